package cli

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"

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
	fmt.Fprintln(env.Stdout, "\nRows by dataset, area of responsibility and fiscal year:")
	t, err = ro.ReadQuery(ctx, `
		SELECT dataset, aor, fy, count(*) AS rows FROM (
		  SELECT 'encounters' AS dataset, aor, fy FROM encounters UNION ALL
		  SELECT 'arrests', aor, fy FROM arrests UNION ALL
		  SELECT 'detentions', aor, fy FROM detentions UNION ALL
		  SELECT 'removals', aor, fy FROM removals)
		GROUP BY ALL ORDER BY dataset, aor, fy`)
	if err != nil {
		return err
	}
	if err := t.WriteText(env.Stdout); err != nil {
		return err
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
