package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/icestat/icestat/internal/canon"
	"github.com/icestat/icestat/internal/ingest"
	"github.com/icestat/icestat/internal/load"
	"github.com/icestat/icestat/internal/store"
	"github.com/icestat/icestat/internal/table"
)

func init() {
	register(command{"ingest", "store every file ICE publishes (record releases, detention-statistics workbooks, daily facility populations), one transaction per file", runIngest})
}

func runIngest(env *Env, args []string) error {
	fs := newFlags(env, "ingest", "[--db PATH] [--replace] [--dataset NAME] [--release TAG] [--include-hidden] [--reference CSV] FILE|DIR|-...")
	db := dbFlag(env, fs)
	replace := fs.Bool("replace", false, "replace a stored file of the same content or name")
	dataset := fs.String("dataset", "", "force the dataset of every table ("+strings.Join(canon.Datasets, ", ")+")")
	ref := fs.String("reference", "", "facility reference CSV joined to a daily facility-population file (default: the bundled detention_facilities.csv)")
	hidden := fs.Bool("include-hidden", false, "store hidden and veryHidden sheets of workbooks too (skipped with a message otherwise)")
	release := fs.String("release", "", "release tag of every row and source of this run, overriding the one detected from the preamble or file name: "+ingest.ReleaseTagHelp)
	files, err := parse(fs, args)
	if err != nil {
		return err
	}
	if *release != "" {
		if err := ingest.CheckReleaseTag(*release); err != nil {
			return fmt.Errorf("%w: --release: %v", errUsage, err)
		}
	}
	if len(files) == 0 {
		fs.Usage()
		return fmt.Errorf("%w: no files given", errUsage)
	}
	if *dataset != "" && !canon.IsDataset(*dataset) {
		return fmt.Errorf("%w: unknown dataset %q (want %s)", errUsage, *dataset, strings.Join(canon.Datasets, ", "))
	}
	st, err := openWritable(env, "ingest", *db)
	if err != nil {
		return err
	}
	defer st.Close()
	work, err := ingestWorkDir()
	if err != nil {
		return err
	}
	defer os.RemoveAll(work)
	ins, err := expandInputs(env, work, files)
	if err != nil {
		return err
	}
	if len(ins) == 0 {
		return fmt.Errorf("%w: no release files found in %s", errUsage, strings.Join(files, ", "))
	}
	opts := load.Options{Replace: *replace, Dataset: *dataset, Release: *release, IncludeHidden: *hidden, TempDir: work, Reference: *ref}
	errs, err := ingestFiles(env, st, ins, opts, true)
	if err != nil {
		return err
	}
	if failed := len(errs); failed > 0 {
		return fmt.Errorf("%d of %d files failed", failed, len(ins))
	}
	return nil
}

// dataExts are the file names a directory walk takes: the formats icestat
// reads (the kind is still decided by content). Other files in a directory
// (README.md, checksums) are listed as not taken; given by name, any file is
// read.
var dataExts = []string{".csv", ".tsv", ".psv", ".txt", ".gz", ".xlsx", ".parquet"}

// expandInputs turns the arguments into inputs: a directory into the data
// files under it (walked, in name order; hidden files and directories left
// out), "-" into standard input read once into a file in work.
func expandInputs(env *Env, work string, args []string) ([]load.Input, error) {
	var ins []load.Input
	stdin := false
	for _, a := range args {
		if a == "-" {
			if stdin {
				return nil, fmt.Errorf("%w: - (standard input) given twice", errUsage)
			}
			stdin = true
			path := filepath.Join(work, "stdin")
			out, err := os.OpenFile(path, os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0o600)
			if err != nil {
				return nil, err
			}
			_, err = io.Copy(out, env.Stdin)
			if cerr := out.Close(); err == nil {
				err = cerr
			}
			if err != nil {
				return nil, fmt.Errorf("reading standard input: %w", err)
			}
			ins = append(ins, load.Input{Path: path, Name: "stdin"})
			continue
		}
		fi, err := os.Stat(a)
		if err != nil {
			return nil, err
		}
		if !fi.IsDir() {
			ins = append(ins, load.Input{Path: a})
			continue
		}
		var left []string
		err = filepath.WalkDir(a, func(p string, d os.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if p != a && strings.HasPrefix(d.Name(), ".") {
				if d.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
			if d.IsDir() {
				return nil
			}
			ext := strings.ToLower(filepath.Ext(d.Name()))
			if !slices.Contains(dataExts, ext) || !d.Type().IsRegular() {
				left = append(left, d.Name())
				return nil
			}
			ins = append(ins, load.Input{Path: p})
			return nil
		})
		if err != nil {
			return nil, err
		}
		if len(left) > 0 {
			fmt.Fprintf(env.Stdout, "%s: not taken (not a release file by its name; give a file by name to ingest it anyway): %s\n", a, strings.Join(left, ", "))
		}
	}
	return ins, nil
}

// ingestFiles stores the files with load.Files, printing each file's
// summary, and returns the errors of those that failed (printed too when
// printErrs).
func ingestFiles(env *Env, st *store.Store, ins []load.Input, opts load.Options, printErrs bool) ([]error, error) {
	var errs []error
	if isTerminal(env.Stderr) {
		opts.Progress = func(in load.Input, start time.Time) (func(int64), func()) {
			p := &progressLine{w: env.Stderr, name: in.Path, start: start}
			return p.update, p.done
		}
	}
	_, err := load.Files(context.Background(), st, ins, opts, func(r load.Result) {
		switch {
		case r.Err != nil:
			errs = append(errs, r.Err)
			if !printErrs {
				return
			}
			msg := r.Err.Error()
			if r.Name == "stdin" {
				msg = strings.ReplaceAll(msg, r.Path, "- (standard input)")
			}
			fmt.Fprintf(env.Stderr, "icestat ingest: %s (store unchanged for this file)\n", msg)
		case r.Existing != nil:
			fmt.Fprintf(env.Stdout, "%s: already stored as %s (same SHA-256 %s…): nothing to do; --replace re-ingests it\n", r.Path, r.Existing.File, r.Existing.SHA256[:12])
		case r.Edition != nil:
			e := r.Edition
			t, rec, ps, f := e.Stats()
			fmt.Fprintf(env.Stdout, "%s: edition %s, %d tables (%d of known kind), totals checks %d passed, %d failed, %d unrecognised\n",
				e.File, e.Date.Format("2006-01-02"), t, rec, ps, f, len(e.Unrecognised))
		case r.Population != nil:
			info := r.Population
			ref := "the bundled facility reference"
			if opts.Reference != "" {
				ref = filepath.Base(opts.Reference)
			}
			fmt.Fprintf(env.Stdout, "%s: facility population, %s daily rows, %d facilities, %s..%s; %d facility codes not in %s; %d facilities without an AOR\n",
				r.Name, table.Thousands(info.Rows), info.Facilities, info.From.Format("2006-01-02"), info.To.Format("2006-01-02"), info.Unmatched, ref, info.NoAOR)
		case r.File != nil:
			if len(r.Replaced) > 0 {
				fmt.Fprintf(env.Stdout, "%s: replaced %s\n", r.Path, strings.Join(r.Replaced, ", "))
			}
			for _, p := range r.File.Parts {
				fmt.Fprintln(env.Stdout, summaryLine(r.File, p, r.Elapsed))
			}
		}
	})
	return errs, err
}

func summaryLine(f *ingest.File, p *ingest.Part, elapsed time.Duration) string {
	name := terminalSafe(f.Name)
	if p.Sheet != "" {
		name += fmt.Sprintf(" [%s]", terminalSafe(p.Sheet))
	}
	if p.Skipped != "" {
		return fmt.Sprintf("%s: skipped: %s", name, p.Skipped)
	}
	var red int64
	for _, r := range p.Redactions {
		red += r.Count
	}
	cov := "no dated rows"
	if p.HasCoverage {
		cov = fmt.Sprintf("coverage %s..%s (%s)", p.CoverageFrom, p.CoverageTo, p.CoverageBasis)
	}
	extra := ""
	if p.Scope != "" {
		extra += ", " + p.Scope + " only"
	}
	if p.Subset != "" {
		extra += ", " + p.Subset + " only"
	}
	rate := ""
	if s := elapsed.Seconds(); s > 0 {
		rate = fmt.Sprintf(", %s rows/s", table.Thousands(int64(float64(p.RowsStored)/s)))
	}
	skipped := ""
	if p.RowsSkipped > 0 {
		var by []string
		for _, why := range ingest.SkipReasons {
			if n := p.Skips[why]; n > 0 {
				by = append(by, fmt.Sprintf("%s %s", why, table.Thousands(n)))
			}
		}
		skipped = fmt.Sprintf(", %s rows skipped as not records (%s)", table.Thousands(p.RowsSkipped), strings.Join(by, ", "))
	}
	if p.MergedFilled > 0 {
		skipped += fmt.Sprintf(", %s merged cells given their range's top-left value", table.Thousands(p.MergedFilled))
	}
	return fmt.Sprintf("%s: %s, %s rows stored, %s rejected rows, %s rejected values, %s redacted cells%s, %s%s%s",
		name, p.Dataset, table.Thousands(p.RowsStored), table.Thousands(p.RowsRejected), table.Thousands(p.ValuesRejected), table.Thousands(red), skipped, cov, extra, rate)
}

// terminalSafe returns s as it is, or Go-quoted when it holds a control
// character (a newline, an escape sequence) or a bidirectional-text control
// that would rewrite what the terminal shows: sheet and file names come
// from the files ingested.
func terminalSafe(s string) string {
	for _, r := range s {
		if unicode.IsControl(r) || unicode.Is(unicode.Bidi_Control, r) || r == utf8.RuneError {
			return strconv.QuoteToASCII(s)
		}
	}
	return s
}

// progressLine redraws one status line on a terminal.
type progressLine struct {
	w     io.Writer
	name  string
	start time.Time
	shown bool
}

func (p *progressLine) update(rows int64) {
	el := time.Since(p.start).Seconds()
	fmt.Fprintf(p.w, "\r%s: %s rows read (%s rows/s)…", p.name, table.Thousands(rows), table.Thousands(int64(float64(rows)/max(el, 1e-9))))
	p.shown = true
}

func (p *progressLine) done() {
	if p != nil && p.shown {
		fmt.Fprint(p.w, "\r\033[K")
	}
}

// ingestWorkPrefix names the directory that holds one ingest process's load
// files, under the system temporary directory (TMPDIR): the process id is in
// the name so that a later ingest can tell the leftovers of a killed process
// from the files of one still running.
const ingestWorkPrefix = "icestat-ingest-pid"

// ingestWorkDir removes the work directories of ingest processes that no
// longer exist (killed, or out of power, before their own cleanup ran) and
// makes this process's own.
func ingestWorkDir() (string, error) {
	tmp := os.TempDir()
	removeStaleWorkDirs(tmp)
	dir, err := os.MkdirTemp(tmp, fmt.Sprintf("%s%d-", ingestWorkPrefix, os.Getpid()))
	if err != nil {
		return "", fmt.Errorf("making a directory for load files in %s (set TMPDIR to use another): %w", tmp, err)
	}
	return dir, nil
}

func removeStaleWorkDirs(tmp string) {
	ents, err := os.ReadDir(tmp)
	if err != nil {
		return
	}
	for _, e := range ents {
		rest, ok := strings.CutPrefix(e.Name(), ingestWorkPrefix)
		if !ok || !e.IsDir() {
			continue
		}
		num, _, ok := strings.Cut(rest, "-")
		pid, err := strconv.Atoi(num)
		if !ok || err != nil || pid <= 0 || pid == os.Getpid() || processAlive(pid) {
			continue
		}
		os.RemoveAll(filepath.Join(tmp, e.Name()))
	}
}

// processAlive reports whether a process with this id exists.
func processAlive(pid int) bool {
	p, err := os.FindProcess(pid)
	if err != nil {
		return false
	}
	if runtime.GOOS == "windows" {
		return true // FindProcess opened it, so it exists
	}
	err = p.Signal(syscall.Signal(0))
	return err == nil || errors.Is(err, syscall.EPERM)
}
