package cli

import (
	"context"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/icestat/icestat/internal/canon"
	"github.com/icestat/icestat/internal/ingest"
	"github.com/icestat/icestat/internal/store"
)

func init() {
	register(command{"ingest", "store release files (text, gzip, xlsx) atomically, one transaction per file", runIngest})
}

func runIngest(env *Env, args []string) error {
	fs := newFlags(env, "ingest", "[--db PATH] [--replace] [--dataset NAME] FILE...")
	db := dbFlag(env, fs)
	replace := fs.Bool("replace", false, "replace a stored file of the same content or name")
	dataset := fs.String("dataset", "", "force the dataset of every table ("+strings.Join(canon.Datasets, ", ")+")")
	files, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(files) == 0 {
		fs.Usage()
		return fmt.Errorf("%w: no files given", errUsage)
	}
	if *dataset != "" && !canon.IsDataset(*dataset) {
		return fmt.Errorf("%w: unknown dataset %q (want %s)", errUsage, *dataset, strings.Join(canon.Datasets, ", "))
	}
	st, err := store.Open(*db)
	if err != nil {
		return err
	}
	defer st.Close()
	failed := 0
	for _, path := range files {
		if err := ingestOne(env, st, path, *replace, *dataset); err != nil {
			fmt.Fprintf(env.Stderr, "icestat ingest: %v (store unchanged for this file)\n", err)
			failed++
		}
	}
	if failed > 0 {
		return fmt.Errorf("%d of %d files failed", failed, len(files))
	}
	return nil
}

// ingestOne parses and stores one file; the store changes only if all of
// the file is stored.
func ingestOne(env *Env, st *store.Store, path string, replace bool, dataset string) error {
	ctx := context.Background()
	sum, _, err := ingest.Hash(path)
	if err != nil {
		return err
	}
	if !replace {
		if ex, err := st.FindFile(ctx, sum); err != nil {
			return err
		} else if ex != nil {
			fmt.Fprintf(env.Stdout, "%s: already stored as %s (same SHA-256 %s…): nothing to do; --replace re-ingests it\n", path, ex.File, sum[:12])
			return nil
		}
	}
	start := time.Now()
	opts := ingest.Options{Dataset: dataset}
	var progress *progressLine
	if isTerminal(env.Stderr) {
		progress = &progressLine{w: env.Stderr, name: path, start: start}
		opts.Progress = progress.update
	}
	f, err := ingest.Read(path, opts)
	progress.done()
	if err != nil {
		return err
	}
	defer f.Cleanup()
	res, err := st.Load(ctx, f, replace)
	if err != nil {
		return err
	}
	if len(res.Replaced) > 0 {
		fmt.Fprintf(env.Stdout, "%s: replaced %s\n", path, strings.Join(res.Replaced, ", "))
	}
	elapsed := time.Since(start)
	for _, p := range f.Parts {
		fmt.Fprintln(env.Stdout, summaryLine(f, p, elapsed))
	}
	return nil
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
		rate = fmt.Sprintf(", %s rows/s", thousands(int64(float64(p.RowsStored)/s)))
	}
	return fmt.Sprintf("%s: %s, %s rows stored, %s rejected rows, %s rejected values, %s redacted cells, %s%s%s",
		name, p.Dataset, thousands(p.RowsStored), thousands(p.RowsRejected), thousands(p.ValuesRejected), thousands(red), cov, extra, rate)
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
	fmt.Fprintf(p.w, "\r%s: %s rows read (%s rows/s)…", p.name, thousands(rows), thousands(int64(float64(rows)/max(el, 1e-9))))
	p.shown = true
}

func (p *progressLine) done() {
	if p != nil && p.shown {
		fmt.Fprint(p.w, "\r\033[K")
	}
}
