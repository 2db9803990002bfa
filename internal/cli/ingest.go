package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/icestat/icestat/internal/canon"
	"github.com/icestat/icestat/internal/ingest"
	"github.com/icestat/icestat/internal/store"
	"github.com/icestat/icestat/internal/table"
)

func init() {
	register(command{"ingest", "store release files (text, gzip, xlsx) atomically, one transaction per file", runIngest})
}

func runIngest(env *Env, args []string) error {
	fs := newFlags(env, "ingest", "[--db PATH] [--replace] [--dataset NAME] [--release TAG] FILE...")
	db := dbFlag(env, fs)
	replace := fs.Bool("replace", false, "replace a stored file of the same content or name")
	dataset := fs.String("dataset", "", "force the dataset of every table ("+strings.Join(canon.Datasets, ", ")+")")
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
	// While the next file is parsed, DuckDB leaves the parser a core; for
	// the last file (the only one, often) nothing runs beside it.
	if err := st.ShareCores(len(files) > 1); err != nil {
		return err
	}
	failed, n := 0, 0
	for pf := range parseAhead(env, st, files, *replace, *dataset, work, *release) {
		if n++; n == len(files) && n > 1 {
			if err := st.ShareCores(false); err != nil {
				return err
			}
		}
		if pf.err == nil && pf.file != nil {
			pf.err = storeParsed(env, st, pf, *replace, *release)
		}
		if pf.err != nil {
			fmt.Fprintf(env.Stderr, "icestat ingest: %v (store unchanged for this file)\n", pf.err)
			failed++
		}
	}
	if failed > 0 {
		return fmt.Errorf("%d of %d files failed", failed, len(files))
	}
	return nil
}

// parsedFile is one file parsed ahead of loading.
type parsedFile struct {
	path  string
	file  *ingest.File // nil when nothing is to be done
	start time.Time
	err   error
}

// parseAhead parses the files in order on its own goroutine, one file ahead
// of the loader: Go parses file N+1 while DuckDB loads file N, which keeps
// both cores busy (see bench/README.md). Each file is still loaded in its
// own transaction, in the order given.
func parseAhead(env *Env, st *store.Store, files []string, replace bool, dataset, work, release string) <-chan parsedFile {
	ch := make(chan parsedFile, 1)
	go func() {
		defer close(ch)
		for _, path := range files {
			ch <- parseOne(env, st, path, replace, dataset, work, release)
		}
	}()
	return ch
}

// readFile parses a release file; a variable so that tests can make it fail
// in ways real files cannot (a panic).
var readFile = ingest.Read

func parseOne(env *Env, st *store.Store, path string, replace bool, dataset, work, release string) (pf parsedFile) {
	pf = parsedFile{path: path, start: time.Now()}
	// This runs on parseAhead's goroutine, beyond the reach of Main's
	// recover: a panic while parsing becomes this file's error.
	defer func() {
		if r := recover(); r != nil {
			if pf.file != nil {
				pf.file.Cleanup()
			}
			pf.file, pf.err = nil, fmt.Errorf("%s: internal error while reading the file: %v (a bug in icestat: please report it)", path, r)
		}
	}()
	sum, _, err := ingest.Hash(path)
	if err != nil {
		pf.err = err
		return pf
	}
	if !replace {
		if ex, err := findStored(st, sum, release); err != nil {
			pf.err = err
			return pf
		} else if ex != nil {
			fmt.Fprintf(env.Stdout, "%s: already stored as %s (same SHA-256 %s…): nothing to do; --replace re-ingests it\n", path, ex.File, sum[:12])
			return pf
		}
	}
	opts := ingest.Options{Dataset: dataset, TempDir: work, Release: release}
	var progress *progressLine
	if isTerminal(env.Stderr) {
		progress = &progressLine{w: env.Stderr, name: path, start: pf.start}
		opts.Progress = progress.update
	}
	pf.file, pf.err = readFile(path, opts)
	progress.done()
	return pf
}

// findStored finds a stored file of the same content; with --release, of
// the same content and release (the same bytes under another tag are
// another release, stored beside the first).
func findStored(st *store.Store, sum, release string) (*store.Existing, error) {
	if release != "" {
		return st.FindRelease(context.Background(), sum, release)
	}
	return st.FindFile(context.Background(), sum)
}

// storeParsed loads a parsed file in one transaction and prints its summary.
func storeParsed(env *Env, st *store.Store, pf parsedFile, replace bool, release string) error {
	f := pf.file
	defer f.Cleanup()
	if !replace {
		// The same content may have come twice in this run under two names;
		// the check in parseOne ran before the earlier one was stored.
		if ex, err := findStored(st, f.SHA256, release); err != nil {
			return err
		} else if ex != nil {
			fmt.Fprintf(env.Stdout, "%s: already stored as %s (same SHA-256 %s…): nothing to do; --replace re-ingests it\n", pf.path, ex.File, f.SHA256[:12])
			return nil
		}
	}
	res, err := st.Load(context.Background(), f, replace)
	if err != nil {
		return err
	}
	if len(res.Replaced) > 0 {
		fmt.Fprintf(env.Stdout, "%s: replaced %s\n", pf.path, strings.Join(res.Replaced, ", "))
	}
	elapsed := time.Since(pf.start)
	for _, p := range f.Parts {
		fmt.Fprintln(env.Stdout, summaryLine(f, p, elapsed))
	}
	return nil
}

// ingestOne parses and stores one file; the store changes only if all of
// the file is stored.
func ingestOne(env *Env, st *store.Store, path string, replace bool, dataset string) error {
	pf := parseOne(env, st, path, replace, dataset, "", "")
	if pf.err != nil || pf.file == nil {
		return pf.err
	}
	return storeParsed(env, st, pf, replace, "")
}

func summaryLine(f *ingest.File, p *ingest.Part, elapsed time.Duration) string {
	name := f.Name
	if p.Sheet != "" {
		name += fmt.Sprintf(" [%s]", p.Sheet)
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
	return fmt.Sprintf("%s: %s, %s rows stored, %s rejected rows, %s rejected values, %s redacted cells, %s%s%s",
		name, p.Dataset, table.Thousands(p.RowsStored), table.Thousands(p.RowsRejected), table.Thousands(p.ValuesRejected), table.Thousands(red), cov, extra, rate)
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
