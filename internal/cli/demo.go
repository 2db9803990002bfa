package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"slices"

	"github.com/icestat/icestat/internal/canon"
	"github.com/icestat/icestat/internal/load"
	"github.com/icestat/icestat/internal/query"
	"github.com/icestat/icestat/internal/report"
	"github.com/icestat/icestat/internal/store"
)

func init() {
	register(command{"demo", "ingest the bundled real sample into a temporary store and show what it holds", runDemo})
}

// findSample looks for testdata/sample in the working directory and its
// parents, so `go run ./cmd/icestat demo` works from anywhere in the repo.
func findSample() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		p := filepath.Join(dir, "testdata", "sample")
		if fi, err := os.Stat(p); err == nil && fi.IsDir() {
			return p, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("bundled sample testdata/sample not found: run from the icestat checkout or give --sample DIR")
		}
		dir = parent
	}
}

func runDemo(env *Env, args []string) error {
	fs := newFlags(env, "demo", "[--sample DIR] [--keep PATH]")
	sampleDir := fs.String("sample", "", "directory of release files (default: the bundled testdata/sample)")
	keep := fs.String("keep", "", "write the store to PATH and keep it instead of using a temporary one")
	if _, err := parse(fs, args); err != nil {
		return err
	}
	dir := *sampleDir
	if dir == "" {
		var err error
		if dir, err = findSample(); err != nil {
			return err
		}
	}
	// The demo runs the one door, `icestat ingest DIR`: the directory is
	// walked and each file stored by its kind.
	inputs, err := expandInputs(env, "", []string{dir})
	if err != nil {
		return err
	}
	if len(inputs) == 0 {
		return fmt.Errorf("no release files in %s", dir)
	}
	dbPath := *keep
	if dbPath == "" {
		tmp, err := os.MkdirTemp("", "icestat-demo-")
		if err != nil {
			return err
		}
		defer os.RemoveAll(tmp)
		dbPath = filepath.Join(tmp, "demo.duckdb")
	}
	fmt.Fprintf(env.Stdout, "icestat demo: ingesting %d real release files from %s into %s\n\n", len(inputs), dir, dbPath)
	st, err := store.Open(dbPath)
	if err != nil {
		return err
	}
	errs, err := ingestFiles(env, st, inputs, load.Options{}, false)
	st.Close()
	if err != nil {
		return err
	}
	if len(errs) > 0 {
		return errs[0]
	}
	ro, err := store.OpenReadOnly(dbPath)
	if err != nil {
		return err
	}
	defer ro.Close()
	ctx := context.Background()
	fmt.Fprintln(env.Stdout, "\nSources:")
	t, err := ro.Sources(ctx, true)
	if err != nil {
		return err
	}
	t.WriteText(env.Stdout)
	// Counts, not raw rows: answers that carry their coverage (per row) and
	// leave out rows an overlapping, preferred source already counts. The
	// sample holds single-AOR releases, so each is counted for its AOR (a
	// national answer would rightly say "not covered").
	infos, err := ro.SourceInfos(ctx)
	if err != nil {
		return err
	}
	var aors []string
	for _, si := range infos {
		if si.Scope != "" && !slices.Contains(aors, si.Scope) {
			aors = append(aors, si.Scope)
		}
	}
	slices.Sort(aors)
	eng := &query.Engine{Store: ro}
	for _, d := range canon.Datasets {
		for _, a := range aors {
			q, err := query.Parse(url.Values{"dataset": {d}, "aor": {a}, "by": {"fy"}, "sort": {"key"}})
			if err != nil {
				return err
			}
			res, err := eng.Run(ctx, q)
			if err != nil {
				return err
			}
			if len(res.Rows) == 0 {
				continue
			}
			fmt.Fprintf(env.Stdout, "\n%s, %s AOR, by fiscal year (%s):\n", d, a, res.Command)
			for _, w := range res.Warnings {
				fmt.Fprintf(env.Stdout, "warning: %s\n", w)
			}
			if err := writeResult(env.Stdout, io.Discard, res, "table"); err != nil {
				return err
			}
		}
	}
	// End with a report on the sample: Boston AOR, fiscal year 2018.
	dbArg := ""
	if *keep != "" {
		dbArg = " --db " + *keep
	}
	fmt.Fprintf(env.Stdout, "\nReport (icestat report%s --aor BOS --fy 2018; --format html, md or json for other formats):\n\n", dbArg)
	rep, err := report.Build(ctx, &query.Engine{Store: ro}, report.Request{AOR: "BOS", FY: 2018})
	if err != nil {
		return err
	}
	return rep.WriteText(env.Stdout)
}
