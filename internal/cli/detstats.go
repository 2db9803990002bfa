package cli

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/icestat/icestat/internal/detstats"
	"github.com/icestat/icestat/internal/load"
	"github.com/icestat/icestat/internal/place"
	"github.com/icestat/icestat/internal/store"
	"github.com/icestat/icestat/internal/table"
)

func init() {
	register(command{"detstats", "ICE's published detention statistics: ingest workbooks, list tables, series, facility populations", runDetstats})
}

const detstatsUsage = `Usage: icestat detstats SUBCOMMAND [options]

Subcommands:
  ingest [--db PATH] DIR|FILE...     store detentionStats workbooks (atomic per file; same SHA-256 = no-op)
  tables [--db PATH] [--kinds|--unrecognised|--failed] [--format table|csv|json]
                                     tables found per edition, totals checks passed/failed, unrecognised tables
  series [--db PATH] --kind KIND [--key1 K] [--key2 K] [--measure M] [--period P] [--edition latest|all]
                                     one measure over editions and as-of dates (revised values marked)
  facilities [--db PATH] [--load PARQUET --reference CSV] [--state ST] [--aor AOR] [--type T]
             [--facility F] [--month YYYY-MM | --from D --to D] [--by state,aor,type,facility,month]
                                     daily facility populations (average daily population, peak, coverage)
  kinds                              the table kinds recognised`

func runDetstats(env *Env, args []string) error {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" {
		fmt.Fprintln(env.Stdout, detstatsUsage)
		if len(args) == 0 {
			return fmt.Errorf("%w: no subcommand", errUsage)
		}
		return nil
	}
	switch args[0] {
	case "ingest":
		return detstatsIngest(env, args[1:])
	case "tables":
		return detstatsTables(env, args[1:])
	case "series":
		return detstatsSeries(env, args[1:])
	case "facilities":
		return detstatsFacilities(env, args[1:])
	case "kinds":
		for _, k := range detstats.Kinds() {
			fmt.Fprintln(env.Stdout, k)
		}
		return nil
	}
	fmt.Fprintln(env.Stderr, detstatsUsage)
	return fmt.Errorf("%w: unknown subcommand %q", errUsage, args[0])
}

// expandWorkbooks turns directories into their .xlsx files (sorted).
func expandWorkbooks(paths []string) ([]string, error) {
	var out []string
	for _, p := range paths {
		fi, err := os.Stat(p)
		if err != nil {
			return nil, err
		}
		if !fi.IsDir() {
			out = append(out, p)
			continue
		}
		m, err := filepath.Glob(filepath.Join(p, "*.xlsx"))
		if err != nil {
			return nil, err
		}
		sort.Strings(m)
		out = append(out, m...)
	}
	return out, nil
}

func detstatsIngest(env *Env, args []string) error {
	fs := newFlags(env, "detstats ingest", "[--db PATH] DIR|FILE...")
	db := dbFlag(env, fs)
	quiet := fs.Bool("quiet", false, "print only the summary")
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) == 0 {
		fs.Usage()
		return fmt.Errorf("%w: no files given", errUsage)
	}
	files, err := expandWorkbooks(pos)
	if err != nil {
		return err
	}
	st, err := openWritable(env, "detstats", *db)
	if err != nil {
		return err
	}
	defer st.Close()
	work, err := ingestWorkDir()
	if err != nil {
		return err
	}
	defer os.RemoveAll(work)
	// An alias of `icestat ingest`: the same orchestration (load.Files),
	// which tells workbooks from other files by content.
	start := time.Now()
	var stored, skipped, failed, tables, recognised, passed, failedChecks, unrec int
	ins := make([]load.Input, len(files))
	for i, f := range files {
		ins[i] = load.Input{Path: f}
	}
	_, err = load.Files(context.Background(), st, ins, load.Options{TempDir: work}, func(r load.Result) {
		switch {
		case r.Err != nil:
			fmt.Fprintf(env.Stderr, "icestat detstats ingest: %v (store unchanged for this file)\n", r.Err)
			failed++
		case r.Existing != nil:
			if !*quiet {
				fmt.Fprintf(env.Stdout, "%s: already stored as %s (same SHA-256 %s…): nothing to do\n", r.Path, r.Existing.File, r.Existing.SHA256[:12])
			}
			skipped++
		case r.Edition != nil:
			e := r.Edition
			t, rc, ps, f := e.Stats()
			stored++
			tables, recognised, passed, failedChecks, unrec = tables+t, recognised+rc, passed+ps, failedChecks+f, unrec+len(e.Unrecognised)
			if !*quiet {
				fmt.Fprintf(env.Stdout, "%s: edition %s, %d tables (%d of known kind), totals checks %d passed, %d failed, %d unrecognised\n",
					e.File, e.Date.Format("2006-01-02"), t, rc, ps, f, len(e.Unrecognised))
			}
		case r.File != nil:
			stored++
			if !*quiet {
				for _, p := range r.File.Parts {
					fmt.Fprintln(env.Stdout, summaryLine(r.File, p, r.Elapsed))
				}
			}
		case r.Population != nil:
			stored++
			if !*quiet {
				fmt.Fprintf(env.Stdout, "%s: facility population, %s daily rows\n", r.Name, table.Thousands(r.Population.Rows))
			}
		}
	})
	if err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "detstats: %d editions stored, %d already stored, %d failed; %d tables (%d of known kind), totals checks %d passed, %d failed; %d unrecognised; %.1fs\n",
		stored, skipped, failed, tables, recognised, passed, failedChecks, unrec, time.Since(start).Seconds())
	if failed > 0 {
		return fmt.Errorf("%d of %d files failed", failed, len(files))
	}
	return nil
}

func detstatsTables(env *Env, args []string) error {
	fs := newFlags(env, "detstats tables", "[--db PATH] [--kinds|--unrecognised|--failed] [--format table|csv|json]")
	db := dbFlag(env, fs)
	kinds := fs.Bool("kinds", false, "one line per table kind across editions")
	unrec := fs.Bool("unrecognised", false, "list unrecognised tables and numbers outside tables, by sheet and cell")
	failedF := fs.Bool("failed", false, "list failed totals checks")
	format := formatFlag(fs, "table", "table", "csv", "json")
	if _, err := parse(fs, args); err != nil {
		return err
	}
	if err := checkFormat(*format, "table", "csv", "json"); err != nil {
		return err
	}
	what := "editions"
	switch {
	case *kinds:
		what = "kinds"
	case *unrec:
		what = "unrecognised"
	case *failedF:
		what = "failed"
	}
	st, err := store.OpenReadOnly(*db)
	if err != nil {
		return err
	}
	defer st.Close()
	t, err := st.DetstatsTables(context.Background(), what)
	if err != nil {
		return err
	}
	if err := t.Write(env.Stdout, *format); err != nil {
		return err
	}
	if what == "editions" && *format == "table" {
		var tables, passed, failed, unrecN int64
		for _, r := range t.Rows {
			tables += table.Int(r[4])
			unrecN += table.Int(r[6])
			passed += table.Int(r[7])
			failed += table.Int(r[8])
		}
		fmt.Fprintf(env.Stdout, "\n%d editions, %d tables, totals checks %d passed / %d failed, %d unrecognised (icestat detstats tables --unrecognised / --failed lists them)\n",
			len(t.Rows), tables, passed, failed, unrecN)
	}
	return nil
}

func detstatsSeries(env *Env, args []string) error {
	fs := newFlags(env, "detstats series", "[--db PATH] --kind KIND [--key1 K] [--key2 K] [--key3 K] [--measure M] [--period P]")
	db := dbFlag(env, fs)
	kind := fs.String("kind", "", "table kind (icestat detstats kinds)")
	key1 := fs.String("key1", "", "first row key, e.g. Total, an AOR, a facility name")
	key2 := fs.String("key2", "", "second row key")
	key3 := fs.String("key3", "", "third row key")
	measure := fs.String("measure", "", "measure (column), e.g. Total, value, ADP: Criminality / Male Crim")
	period := fs.String("period", "", "period of the column (YYYY-MM, FYnnnn)")
	revised := fs.Bool("revised", false, "only values that differ from an earlier edition's")
	format := formatFlag(fs, "table", "table", "csv", "json")
	if _, err := parse(fs, args); err != nil {
		return err
	}
	if err := checkFormat(*format, "table", "csv", "json"); err != nil {
		return err
	}
	if *kind == "" {
		fs.Usage()
		return fmt.Errorf("%w: --kind is required", errUsage)
	}
	st, err := store.OpenReadOnly(*db)
	if err != nil {
		return err
	}
	defer st.Close()
	t, err := st.Series(context.Background(), store.SeriesFilter{Kind: *kind, Key1: *key1, Key2: *key2, Key3: *key3,
		Measure: *measure, Period: *period, RevisedOnly: *revised})
	if err != nil {
		return err
	}
	if len(t.Rows) == 0 {
		fmt.Fprintln(env.Stdout, "no stored edition has this series (no data, not 0)")
		return nil
	}
	return t.Write(env.Stdout, *format)
}

// stateAORs maps each state that lies in exactly one AOR to that AOR.
func stateAORs() map[string]string { return place.StateAORs() }

func detstatsFacilities(env *Env, args []string) error {
	fs := newFlags(env, "detstats facilities", "[--db PATH] [--load PARQUET [--reference CSV]] [filters] [--by DIMS]")
	db := dbFlag(env, fs)
	load := fs.String("load", "", "(re)load facility_population from this Parquet file first")
	ref := fs.String("reference", "", "facility reference CSV (detention_facilities.csv; default: next to the Parquet file's data dir)")
	state := fs.String("state", "", "state postal code or name")
	aor := fs.String("aor", "", "area of responsibility code")
	typ := fs.String("type", "", "facility type (type_detailed or type_grouped)")
	facility := fs.String("facility", "", "facility code or name substring")
	month := fs.String("month", "", "calendar month YYYY-MM")
	fromS := fs.String("from", "", "first date YYYY-MM-DD")
	toS := fs.String("to", "", "last date YYYY-MM-DD")
	by := fs.String("by", "", "group by, comma-separated: state, aor, type, type_grouped, facility, month, date")
	format := formatFlag(fs, "table", "table", "csv", "json")
	if _, err := parse(fs, args); err != nil {
		return err
	}
	if err := checkFormat(*format, "table", "csv", "json"); err != nil {
		return err
	}
	q := store.FacilityQuery{AOR: *aor, Type: *typ, Facility: *facility}
	if *state != "" {
		s, ok := place.LookupState(*state)
		if !ok {
			return fmt.Errorf("%w: unknown state %q", errUsage, *state)
		}
		q.State = s.Code
	}
	if *aor != "" {
		a, ok := place.LookupAOR(*aor)
		if !ok {
			return fmt.Errorf("%w: unknown AOR %q", errUsage, *aor)
		}
		q.AOR = a.Code
	}
	if *month != "" {
		m, err := time.Parse("2006-01", *month)
		if err != nil {
			return fmt.Errorf("%w: --month wants YYYY-MM: %v", errUsage, err)
		}
		q.From, q.To = m, m.AddDate(0, 1, -1)
	}
	for _, d := range []struct {
		s   string
		dst *time.Time
	}{{*fromS, &q.From}, {*toS, &q.To}} {
		if d.s == "" {
			continue
		}
		t, err := time.Parse("2006-01-02", d.s)
		if err != nil {
			return fmt.Errorf("%w: dates are YYYY-MM-DD: %v", errUsage, err)
		}
		*d.dst = t
	}
	if !q.From.IsZero() && !q.To.IsZero() && q.To.Before(q.From) {
		return fmt.Errorf("%w: --to is before --from", errUsage)
	}
	if *by != "" {
		for _, b := range strings.Split(*by, ",") {
			b = strings.TrimSpace(b)
			if _, ok := store.FacilityDims[b]; !ok {
				return fmt.Errorf("%w: unknown --by %q (want state, aor, type, type_grouped, facility, month, date)", errUsage, b)
			}
			q.By = append(q.By, b)
		}
	}
	ctx := context.Background()
	if *load != "" {
		r := *ref
		if r == "" {
			r = filepath.Join(filepath.Dir(filepath.Dir(*load)), "reference", "detention_facilities.csv")
		}
		st, err := openWritable(env, "detstats", *db)
		if err != nil {
			return err
		}
		info, err := st.LoadFacilityPopulation(ctx, *load, r, stateAORs())
		st.Close()
		if err != nil {
			return err
		}
		fmt.Fprintf(env.Stdout, "facility_population: %s rows, %d facilities, %s..%s; %d facility codes not in %s; %d facilities without an AOR\n",
			table.Thousands(info.Rows), info.Facilities, info.From.Format("2006-01-02"), info.To.Format("2006-01-02"), info.Unmatched, filepath.Base(r), info.NoAOR)
	}
	st, err := store.OpenReadOnly(*db)
	if err != nil {
		return err
	}
	defer st.Close()
	t, note, err := st.FacilityPopulation(ctx, q)
	if err != nil {
		return err
	}
	if t == nil {
		fmt.Fprintln(env.Stdout, note)
		return nil
	}
	if err := t.Write(env.Stdout, *format); err != nil {
		return err
	}
	if *format == "table" {
		fmt.Fprintln(env.Stdout, "\n"+note+"; average daily population = person-days / calendar days in the period")
	}
	return nil
}
