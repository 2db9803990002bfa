// Package load is the one ingest orchestration of icestat: it takes the
// files a user has, parses each (package ingest, pure Go) one file ahead of
// the store, and stores each in its own transaction (package store), so that
// a file either is stored whole or leaves the store as it was. `icestat
// ingest` (internal/cli) and the admin upload `POST /api/ingest`
// (internal/web) both call Files, so they accept the same files, tags and
// options and report the same counts.
package load

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/icestat/icestat/internal/detstats"
	"github.com/icestat/icestat/internal/ingest"
	"github.com/icestat/icestat/internal/place"
	"github.com/icestat/icestat/internal/store"
)

// Options tune a run; they apply to every file of it.
type Options struct {
	// Replace re-ingests files of the same content or name.
	Replace bool
	// Dataset forces the dataset of every table.
	Dataset string
	// Release is the release tag of every row and source of the run
	// (ingest --release); "" detects it per file.
	Release string
	// IncludeHidden stores hidden and veryHidden sheets too.
	IncludeHidden bool
	// TempDir holds the load files (os.TempDir() when empty).
	TempDir string
	// Reference is the facility reference CSV joined to a daily
	// facility-population file; "" uses the bundled one
	// (place.FacilitiesCSV).
	Reference string
	// Progress, when set, is called when a file starts parsing and returns
	// the row callback for it (nil for none) and a function called when the
	// parse ends.
	Progress func(in Input, start time.Time) (rows func(int64), done func())
}

// Input is one file to store: Path is read, Name is recorded in the store
// (the base name of Path when empty; an upload is saved under a fixed name).
type Input struct {
	Path string
	Name string
}

// Result is what happened to one file. Exactly one of File, Edition or
// Population (stored), Existing (the same content was stored already:
// nothing done) or Err is set.
type Result struct {
	Input
	Index int    // position in the inputs given to Files
	Kind  string // KindRecords, KindDetstats or KindPopulation ("" when the kind could not be told)
	// File is a stored record release; Edition a stored detention-statistics
	// workbook; Population a stored facility-population file.
	File       *ingest.File
	Edition    *detstats.Edition
	Population *store.FacilityPopulationInfo
	Existing   *store.Existing
	Replaced   []string // files removed by Replace
	IDs        []int64  // source ids of File's parts
	Elapsed    time.Duration
	Err        error
}

// ReadFile parses a release file; a variable so that tests can make it fail
// in ways real files cannot (a panic).
var ReadFile = ingest.Read

// Files stores each input in its own transaction, in the order given, and
// calls each with its result (File's load files are removed after each
// returns). It returns how many files failed; err is set only when the run
// could not go on at all.
//
// Every kind the project reads goes through here (KindOf decides by
// content): record releases, detention-statistics workbooks and the daily
// facility-population file. The population file is stored after the other
// files of the run, whatever its place among them, because its facilities
// take their AOR from the workbooks' facility tables; Result.Index gives
// each result's place among the inputs.
func Files(ctx context.Context, st *store.Store, ins []Input, opts Options, each func(Result)) (failed int, err error) {
	// While the next file is parsed, DuckDB leaves the parser a core; for
	// the last file (the only one, often) nothing runs beside it.
	if err := st.ShareCores(len(ins) > 1); err != nil {
		return 0, err
	}
	n := 0
	var deferred []parsed
	finish := func(pf parsed) {
		if pf.Err == nil && pf.Existing == nil {
			storeParsed(ctx, st, &pf, opts)
		}
		pf.Elapsed = time.Since(pf.start)
		if pf.Err != nil {
			failed++
		}
		each(pf.Result)
		pf.File.Cleanup()
	}
	for pf := range parseAhead(ctx, st, ins, opts) {
		if n++; n == len(ins) && n > 1 {
			if err := st.ShareCores(false); err != nil {
				pf.File.Cleanup()
				return failed, err
			}
		}
		if pf.Kind == KindPopulation && pf.Err == nil && pf.Existing == nil {
			// stored after the workbooks of the run (nothing to parse:
			// DuckDB reads it while storing)
			deferred = append(deferred, pf)
			continue
		}
		finish(pf)
	}
	for _, pf := range deferred {
		finish(pf)
	}
	return failed, nil
}

// Stored finds a stored file of the same content; with a release tag, of
// the same content and release (the same bytes under another tag are
// another release, stored beside the first).
func Stored(ctx context.Context, st *store.Store, sum, release string) (*store.Existing, error) {
	if release != "" {
		return st.FindRelease(ctx, sum, release)
	}
	return st.FindFile(ctx, sum)
}

type parsed struct {
	Result
	start time.Time
}

// parseAhead parses the files in order on its own goroutine, one file ahead
// of the loader: Go parses file N+1 while DuckDB loads file N, which keeps
// both cores busy (see bench/README.md). Each file is still loaded in its
// own transaction, in the order given.
func parseAhead(ctx context.Context, st *store.Store, ins []Input, opts Options) <-chan parsed {
	ch := make(chan parsed, 1)
	go func() {
		defer close(ch)
		for i, in := range ins {
			ch <- parseOne(ctx, st, in, i, opts)
		}
	}()
	return ch
}

func parseOne(ctx context.Context, st *store.Store, in Input, index int, opts Options) (pf parsed) {
	named := in.Name != ""
	if !named {
		in.Name = filepath.Base(in.Path)
	}
	pf = parsed{Result: Result{Input: in, Index: index}, start: time.Now()}
	// This runs on parseAhead's goroutine, beyond the reach of any caller's
	// recover: a panic while parsing becomes this file's error.
	defer func() {
		if r := recover(); r != nil {
			pf.File.Cleanup()
			pf.File, pf.Edition, pf.Err = nil, nil, fmt.Errorf("%s: internal error while reading the file: %v (a bug in icestat: please report it)", in.Path, r)
		}
	}()
	// The file is opened once: hashed, then parsed from the same handle.
	fh, _, err := ingest.OpenInput(in.Path)
	if err != nil {
		pf.Err = err
		return pf
	}
	defer fh.Close()
	sum, size, err := ingest.HashReader(in.Path, fh)
	if err != nil {
		pf.Err = err
		return pf
	}
	if pf.Kind, pf.Err = kindOf(in.Path, fh); pf.Err != nil {
		return pf
	}
	switch pf.Kind {
	case KindDetstats:
		// An edition is identified by its content; the same bytes again
		// are a no-op, --replace or not.
		if f, err := st.FindEdition(ctx, sum); err != nil || f != "" {
			pf.Err = err
			if f != "" {
				pf.Existing = &store.Existing{File: f, SHA256: sum}
			}
			return pf
		}
		pf.Edition, pf.Err = detstats.ReadEditionFrom(in.Path, in.Name, fh, size, sum)
		if pf.Edition != nil && named {
			pf.Edition.Path = in.Name // an upload: recorded by its name
		}
		return pf
	case KindPopulation:
		if !opts.Replace {
			src, err := st.FacilityPopulationSource(ctx)
			if err != nil {
				pf.Err = err
				return pf
			}
			if src != nil && src.SHA256 == sum {
				pf.Existing = &store.Existing{File: src.File, SHA256: sum}
			}
		}
		return pf // read by DuckDB while it is stored
	}
	if !opts.Replace {
		if pf.Existing, pf.Err = Stored(ctx, st, sum, opts.Release); pf.Err != nil || pf.Existing != nil {
			return pf
		}
	}
	ro := ingest.Options{Dataset: opts.Dataset, TempDir: opts.TempDir, Release: opts.Release, IncludeHidden: opts.IncludeHidden, Input: fh, SHA256: sum}
	done := func() {}
	if opts.Progress != nil {
		var rows func(int64)
		rows, done = opts.Progress(in, pf.start)
		ro.Progress = rows
	}
	pf.File, pf.Err = ReadFile(in.Path, ro)
	done()
	if pf.File != nil && named {
		// an upload: the store records the name it was sent under, not
		// where it was saved
		pf.File.Name, pf.File.Path = in.Name, in.Name
	}
	return pf
}

// storeParsed stores a parsed file in one transaction.
func storeParsed(ctx context.Context, st *store.Store, pf *parsed, opts Options) {
	switch pf.Kind {
	case KindDetstats:
		// The same content may have come twice in this run.
		if f, err := st.FindEdition(ctx, pf.Edition.SHA256); err != nil || f != "" {
			pf.Err = err
			if f != "" {
				pf.Existing, pf.Edition = &store.Existing{File: f, SHA256: pf.Edition.SHA256}, nil
			}
			return
		}
		if _, err := st.LoadEdition(ctx, pf.Edition); err != nil {
			pf.Edition, pf.Err = nil, err
		}
		return
	case KindPopulation:
		ref, cleanup, err := reference(opts)
		if err != nil {
			pf.Err = err
			return
		}
		defer cleanup()
		pf.Population, pf.Err = st.LoadFacilityPopulation(ctx, pf.Path, ref, place.StateAORs())
		return
	}
	f := pf.File
	if !opts.Replace {
		// The same content may have come twice in this run under two names;
		// the check in parseOne ran before the earlier one was stored.
		if pf.Existing, pf.Err = Stored(ctx, st, f.SHA256, opts.Release); pf.Err != nil || pf.Existing != nil {
			f.Cleanup()
			pf.File = nil
			return
		}
	}
	res, err := st.Load(ctx, f, opts.Replace)
	if err != nil {
		f.Cleanup()
		pf.File, pf.Err = nil, err
		return
	}
	pf.Replaced, pf.IDs = res.Replaced, res.IDs
}

// reference returns the facility reference CSV to join: Options.Reference,
// else the bundled one written to a temporary file (DuckDB reads it by
// name) under the name it is recorded by.
func reference(opts Options) (string, func(), error) {
	if opts.Reference != "" {
		return opts.Reference, func() {}, nil
	}
	dir, err := os.MkdirTemp(opts.TempDir, "icestat-reference-")
	if err != nil {
		return "", nil, err
	}
	path := filepath.Join(dir, "detention_facilities.csv")
	if err := os.WriteFile(path, place.FacilitiesCSV, 0o600); err != nil {
		os.RemoveAll(dir)
		return "", nil, err
	}
	return path, func() { os.RemoveAll(dir) }, nil
}
