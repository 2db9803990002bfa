// Package cli holds icestat's commands, one file per command. cmd/icestat
// only calls Main.
package cli

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"sort"
	"strings"

	"github.com/icestat/icestat/internal/answer"
	"github.com/icestat/icestat/internal/store"
)

// command is one subcommand.
type command struct {
	name    string
	summary string
	run     func(env *Env, args []string) error
}

// Env carries the process's streams so commands can be tested in-process.
type Env struct {
	Stdin  io.Reader
	Stdout io.Writer
	Stderr io.Writer
	Getenv func(string) string
}

var commands = map[string]command{}

func register(c command) { commands[c.name] = c }

// errUsage marks an error whose message is a usage text. It is a bad
// question like any other (answer.Error): exit status 2.
var errUsage = &answer.Error{Msg: "usage"}

// Main runs icestat with args (without the program name) and returns the
// process exit status.
//
// A panic anywhere in the command's own goroutine is a bug, but it must not
// reach the user as a Go stack dump: it is reported as an internal error
// with exit status 3 (the stack is printed when ICESTAT_TRACE is set).
// Ingest stores a file in one transaction, so a panic leaves the store as
// it was.
func Main(env *Env, args []string) (code int) {
	if env.Getenv == nil {
		env.Getenv = os.Getenv
	}
	defer func() {
		if r := recover(); r != nil {
			name := "icestat"
			if len(args) > 0 {
				name += " " + args[0]
			}
			fmt.Fprintf(env.Stderr, "%s: internal error: %v\n(this is a bug in icestat: please report it with the command line; ICESTAT_TRACE=1 prints the stack. A file being ingested is stored whole or not at all)\n", name, r)
			if env.Getenv("ICESTAT_TRACE") != "" {
				env.Stderr.Write(debug.Stack())
			}
			code = 3
		}
	}()
	// `icestat --db PATH COMMAND ...` is how people type a global option;
	// it becomes the default store of the command (as ICESTAT_DB would).
	if db, rest, ok := leadingDB(args); ok {
		getenv := env.Getenv
		env.Getenv = func(k string) string {
			if k == "ICESTAT_DB" {
				return db
			}
			return getenv(k)
		}
		args = rest
	}
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		usage(env.Stdout)
		return 0
	}
	c, ok := commands[args[0]]
	if !ok {
		fmt.Fprintf(env.Stderr, "icestat: unknown command %q\n\n", args[0])
		usage(env.Stderr)
		return 2
	}
	if err := c.run(env, args[1:]); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		fmt.Fprintf(env.Stderr, "icestat %s: %v\n", c.name, err)
		if answer.IsBad(err) {
			return 2
		}
		return 1
	}
	return 0
}

// leadingDB takes a --db PATH (or --db=PATH, -db) given before the command.
func leadingDB(args []string) (db string, rest []string, ok bool) {
	if len(args) == 0 {
		return "", args, false
	}
	a := args[0]
	for _, p := range []string{"--db=", "-db="} {
		if strings.HasPrefix(a, p) {
			return a[len(p):], args[1:], true
		}
	}
	if (a == "--db" || a == "-db") && len(args) > 1 {
		return args[1], args[2:], true
	}
	return "", args, false
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "icestat turns ICE enforcement records released under FOIA into exact, reproducible numbers.")
	fmt.Fprintln(w, "\nUsage: icestat COMMAND [options]\n\nCommands:")
	names := make([]string, 0, len(commands))
	for n := range commands {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(w, "  %-12s %s\n", n, commands[n].summary)
	}
	fmt.Fprintln(w, "\nThe store is ./icestat.duckdb unless --db PATH or ICESTAT_DB say otherwise.")
	fmt.Fprintln(w, "Run `icestat COMMAND -h` for a command's options.")
}

// newFlags makes a flag set that reports errors instead of exiting.
func newFlags(env *Env, name, args string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(env.Stderr)
	fs.Usage = func() {
		fmt.Fprintf(env.Stderr, "Usage: icestat %s %s\n\nOptions:\n", name, args)
		fs.PrintDefaults()
	}
	return fs
}

// parse parses flags that may stand before, between or after positional
// arguments ("icestat count arrests --fy 2018" and "icestat count --fy 2018
// arrests" mean the same) and returns the positionals.
func parse(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return nil, err
			}
			return nil, fmt.Errorf("%w: %v", errUsage, err)
		}
		args = fs.Args()
		if len(args) == 0 {
			return pos, nil
		}
		if args[0] == "--" {
			return append(pos, args[1:]...), nil
		}
		pos = append(pos, args[0])
		args = args[1:]
	}
}

// dbFlag adds --db with the ICESTAT_DB default.
func dbFlag(env *Env, fs *flag.FlagSet) *string {
	def := env.Getenv("ICESTAT_DB")
	if def == "" {
		def = store.DefaultPath
	}
	return fs.String("db", def, "store file (env ICESTAT_DB)")
}

// openWritable opens a store for writing and says on stderr what opening it
// recovered: rows of an earlier ingest that was killed before it committed
// (store.Recovered explains why DuckDB can leave them).
func openWritable(env *Env, name, path string) (*store.Store, error) {
	st, err := store.Open(path)
	if err != nil {
		return nil, err
	}
	for _, r := range st.Recovered() {
		fmt.Fprintf(env.Stderr, "icestat %s: %s: recovered after a crash: %s\n", name, path, r)
	}
	return st, nil
}

// dataFlag adds --data: answer from an exported Parquet dataset instead of
// a store file.
func dataFlag(fs *flag.FlagSet) *string {
	return fs.String("data", "", "read an exported Parquet dataset directory (icestat export) instead of a store")
}

// openReader opens the store, or the export when data is set, read-only.
func openReader(db, data string, opts ...store.ReadOption) (*store.Store, error) {
	if data != "" {
		return store.OpenData(data, opts...)
	}
	return store.OpenReadOnly(db, opts...)
}

// formatFlag adds --format with the given choices.
func formatFlag(fs *flag.FlagSet, def string, choices ...string) *string {
	return fs.String("format", def, "output format: "+strings.Join(choices, ", "))
}

func checkFormat(f string, choices ...string) error {
	for _, c := range choices {
		if f == c {
			return nil
		}
	}
	return fmt.Errorf("%w: unknown --format %q (want %s)", errUsage, f, strings.Join(choices, ", "))
}

// isTerminal reports whether w is a character device (a terminal), where a
// progress display makes sense.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}
