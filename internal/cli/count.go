package cli

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"net/url"
	"os"
	"strings"

	"github.com/icestat/icestat/internal/answer"
	"github.com/icestat/icestat/internal/canon"
	"github.com/icestat/icestat/internal/query"
	"github.com/icestat/icestat/internal/store"
	"github.com/icestat/icestat/internal/table"
)

func init() {
	register(command{"count", "count records of a dataset with filters and breakdowns, with coverage and provenance", runCount})
}

// valuesFlag collects a repeatable option into url.Values, so the command
// line and the web share query.Parse.
type valuesFlag struct {
	v   url.Values
	key string
}

func (f valuesFlag) String() string     { return "" }
func (f valuesFlag) Set(s string) error { f.v.Add(f.key, s); return nil }

type boolValuesFlag struct{ valuesFlag }

func (f boolValuesFlag) IsBoolFlag() bool { return true }

var queryFlagHelp = map[string]string{
	"aor":                     "area of responsibility: code, short or full name (repeatable)",
	"state":                   "state name or postal code (repeatable)",
	"fy":                      "federal fiscal year, e.g. 2018 or 2016..2018 (repeatable)",
	"month":                   "calendar month YYYY-MM (repeatable)",
	"from":                    "first date YYYY-MM-DD",
	"to":                      "last date YYYY-MM-DD",
	"country":                 "country of citizenship (repeatable)",
	"criminality":             "convicted, pending, other, criminal (convicted or pending) or unknown",
	"method":                  "apprehension method class (at-large, custodial, other, unknown) or a raw method value",
	"method-scheme":           "method class scheme: icestat (default), ddp, uwchr, epc, newsroom, ice (ICE's annual reports)",
	"removal-basis":           "removals: removal-date (default, ICE's totals), excluding-lag (ICE's removals excluding the lag) or departed-date",
	"final-order":             "yes or no",
	"landmark":                "landmark substring, any case",
	"operation":               "operation (repeatable)",
	"gender":                  "gender (repeatable)",
	"where":                   "COLUMN=VALUE on any canonical column (repeatable; COLUMN= for missing)",
	"source":                  "use only this source: id, file name or SHA-256 (repeatable)",
	"by":                      "group by dimensions, comma-separated: " + strings.Join(query.Dimensions(), ", ") + "; detention measures: detained: agency,criminality; book-ins: month,agency; book-outs: month,reason; atd: aor,technology; facility-adp: facility,state,aor,type; held: facility,state,aor,type,type_grouped,month,date; adp, alos: agency,criminality or type, and month; custody-length: population,length",
	"share":                   "add each group's share of the total",
	"persons":                 "also count distinct persons (person_key)",
	"dedupe":                  "leave out possible duplicates (arrests: same person within 24 hours; see icestat definitions)",
	"sort":                    "count (default, descending), -count, or key",
	"include-partial-sources": "also show groups that only a program-subset or single-AOR release speaks for (flagged subset; left out and listed by default)",
	"allow-absent":            "accept a filter value that occurs in no stored source (the answer says so) instead of refusing it as a likely typo",
	"limit":                   "at most this many groups",
	// detention measures only
	"date":       "detention measures: as-of date YYYY-MM-DD (detained, atd, facility-adp: the latest edition on or before it; held: one day; custody-length: the half-month column on or before it; ice-removals: the fiscal year to date in the latest edition on or before it)",
	"printed-by": "detention measures: answer from the editions ICE could have published by this date YYYY-MM-DD only, those with figures as of it or before (what a reader saw then; later editions revise recent months)",
	"facility":   "detention measures: facility code or name substring (facility-adp, held)",
	"type":       "detention measures: facility type, e.g. IGSA, SPC, CDF (facility-adp, held)",
}

// countBoolFlags are the count flags that take no value.
var countBoolFlags = map[string]bool{"share": true, "persons": true, "dedupe": true, "include-partial-sources": true, "allow-absent": true}

// queryFlags registers every key of the front door (query.Keys and
// query.DetentionKeys) as a flag filling v; query.Parse decides which
// engine answers.
func queryFlags(fs *flag.FlagSet, v url.Values) {
	seen := map[string]bool{"dataset": true}
	for _, k := range append(append([]string{}, query.Keys...), query.DetentionKeys...) {
		if seen[k] {
			continue
		}
		seen[k] = true
		if countBoolFlags[k] {
			fs.Var(boolValuesFlag{valuesFlag{v, k}}, k, queryFlagHelp[k])
			continue
		}
		fs.Var(valuesFlag{v, k}, k, queryFlagHelp[k])
	}
}

func openEngine(db, data string, opts ...store.ReadOption) (*query.Engine, *store.Store, error) {
	st, err := openReader(db, data, opts...)
	if err != nil {
		return nil, nil, err
	}
	return &query.Engine{Store: st}, st, nil
}

func runCount(env *Env, args []string) error {
	fs := newFlags(env, "count", "DATASET|MEASURE [--db PATH] [filters] [--by DIM[,DIM...]] [--format table|csv|json]\n\n"+
		"Datasets (records): "+strings.Join(canon.Datasets, ", ")+"\nDetention measures (ICE's published statistics): "+strings.Join(query.Measures, ", ")+
		"\n\nExamples:\n  icestat count arrests --aor BOS --fy 2018\n  icestat count arrests --state MA --fy 2017 --by method_class --share\n  icestat count removals --fy 2016..2018 --by fy,country --limit 10\n  icestat count detained --date 2025-05-31 --by criminality\n  icestat count adp --fy 2023   (ICE's average daily population; alos: average length of stay; one --month or --fy)\n  icestat count custody-length --date 2026-01-15 --by length   (people held by days in custody, mid or end of a month)\n  icestat count ice-removals --fy 2024   (ICE's published removals of a fiscal year; --date D: the year to date in the edition in force)")
	db := dbFlag(env, fs)
	data := dataFlag(fs)
	format := formatFlag(fs, "table", "table", "csv", "json", "xlsx")
	notes := fs.String("notes", "", "with --format csv: also write the answer's notes (command, coverage, every warning, sources with SHA-256, definitions) to this file")
	v := url.Values{}
	queryFlags(fs, v)
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if err := checkFormat(*format, "table", "csv", "json", "xlsx"); err != nil {
		return err
	}
	if *notes != "" && *format != "csv" {
		return fmt.Errorf("%w: --notes goes with --format csv (json carries the notes; xlsx has a notes sheet)", errUsage)
	}
	if len(pos) == 0 {
		return fmt.Errorf("%w: missing the dataset: icestat count DATASET [filters], DATASET one of %s (records) or %s (detention measures); e.g. icestat count arrests --aor BOS --fy 2018 (icestat count -h lists every flag)",
			errUsage, strings.Join(canon.Datasets, ", "), strings.Join(query.Measures, ", "))
	}
	if len(pos) > 1 {
		return fmt.Errorf("%w: give exactly one dataset or measure, not %d (%s); flags go after it with their values: --aor BOS --fy 2018", errUsage, len(pos), strings.Join(pos, " "))
	}
	v.Set("dataset", pos[0])
	q, err := query.Parse(v)
	if err != nil {
		return err
	}
	// One question, then exit: DuckDB runs it on this thread alone
	// (store.OneThread; issue 20).
	eng, st, err := openEngine(*db, *data, store.OneThread())
	if err != nil {
		return err
	}
	defer st.Close()
	res, err := eng.Run(context.Background(), q)
	if err != nil {
		return err
	}
	if err := writeResult(env.Stdout, env.Stderr, res, *format); err != nil {
		return err
	}
	if *notes != "" {
		f, err := os.Create(*notes)
		if err != nil {
			return err
		}
		if err := res.WriteNotes(f, ""); err != nil {
			f.Close()
			return err
		}
		return f.Close()
	}
	return nil
}

// writeResult prints an answer: the table on stdout, warnings and
// provenance on stderr (JSON carries them all).
func writeResult(out, errw io.Writer, res *query.Result, format string) error {
	if format == "json" {
		return writeJSON(out, res)
	}
	for _, w := range res.Warnings {
		if res.Count == nil && format != "csv" && strings.HasPrefix(w, "no count is given") {
			continue // said once, by the "no count" line below
		}
		fmt.Fprintf(errw, "warning: %s\n", w)
	}
	switch format {
	case "csv":
		return res.WriteCSV(out, len(res.Query.Dims()))
	case "xlsx":
		return res.WriteXLSX(out, len(res.Query.Dims()), "")
	}
	for _, n := range res.NotAvailable {
		fmt.Fprintln(out, n)
	}
	keys := len(res.Query.Dims())
	switch {
	case res.Count == nil && res.CountText != "":
		fmt.Fprintf(out, "no count: %s\n", res.CountText)
	case res.Count == nil:
		note := res.Coverage.Note
		if note == "" {
			note = fmt.Sprintf("no ingested %s source covers this place and period", res.Dataset)
		}
		fmt.Fprintf(out, "no count: %s\n", note)
	case res.Label != "":
		fmt.Fprintf(out, "%s: %s\n", res.Label, fmtCount(*res.Count))
		if len(res.Table.Rows) > 0 {
			if err := res.Table.WriteReadable(out, keys); err != nil {
				return err
			}
		}
	default:
		if err := withCoverage(res).WriteReadable(out, keys); err != nil {
			return err
		}
		if len(res.Query.By) > 0 {
			fmt.Fprintf(out, "total: %s\n", fmtCount(*res.Count))
		}
	}
	for _, r := range res.Revisions {
		fmt.Fprintf(out, "revised: %s %s first published %s (%s), now %s (%s)\n", r.Period, r.Key, fmtCount(r.First), r.FirstEdition, fmtCount(r.Value), r.Edition)
	}
	if res.Query.Detention != nil {
		writePublishedSources(errw, res)
		return nil
	}
	var srcs []string
	for _, s := range res.Sources {
		srcs = append(srcs, fmt.Sprintf("%s (%s rows)", s.File+sheetSuffix(s.Sheet), table.Thousands(s.Rows)))
	}
	basis := ""
	if res.RemovalBasis != "" {
		basis = ", removal basis " + res.RemovalBasis
	}
	used := "; sources: " + strings.Join(srcs, ", ")
	if len(srcs) == 0 {
		used = "; no source used"
	}
	fmt.Fprintf(errw, "definitions: %s, method scheme %s%s%s\n", res.Definitions, res.Scheme, basis, used)
	for _, l := range leftOutLines(res.LeftOut) {
		fmt.Fprintln(errw, l)
	}
	return nil
}

// leftOutLines says which overlapping sources an answer left out,
// compactly: one line per reason, each file named once with its sheets
// and rows summed ("left out: a.xlsx (4 sheets, 12,345 rows), b.csv (…)
// — the period and place are also covered by preferred source #12 …"),
// at most four files named per line.
func leftOutLines(left []answer.Source) []string {
	type file struct {
		name   string
		sheets int
		rows   int64
	}
	type group struct{ files []*file }
	var order []string
	groups := map[string]*group{}
	for _, s := range left {
		reason := s.Note
		if i := strings.Index(reason, "left out: "); i >= 0 {
			reason = reason[i+len("left out: "):]
		}
		g := groups[reason]
		if g == nil {
			g = &group{}
			groups[reason] = g
			order = append(order, reason)
		}
		var f *file
		for _, x := range g.files {
			if x.name == s.File {
				f = x
			}
		}
		if f == nil {
			f = &file{name: s.File}
			g.files = append(g.files, f)
		}
		f.sheets++
		f.rows += s.Rows
	}
	var out []string
	for _, reason := range order {
		g := groups[reason]
		var names []string
		for i, f := range g.files {
			if i == 4 {
				names = append(names, fmt.Sprintf("and %d more files", len(g.files)-4))
				break
			}
			d := table.Thousands(f.rows) + " rows"
			if f.sheets > 1 {
				d = fmt.Sprintf("%d sheets, %s", f.sheets, d)
			}
			names = append(names, f.name+" ("+d+")")
		}
		out = append(out, "left out: "+strings.Join(names, ", ")+" — "+reason)
	}
	return out
}

// writePublishedSources names the editions, sheets and cells behind a
// detention measure.
func writePublishedSources(errw io.Writer, res *query.Result) {
	fmt.Fprintf(errw, "coverage: asked %s; the store holds %s\n", res.Coverage.AskedText, res.Coverage.Held)
	for _, s := range res.Sources {
		line := "source: " + s.File
		if s.SHA256 != "" {
			line += " sha256 " + s.SHA256[:min(12, len(s.SHA256))]
		}
		if s.Sheet != "" {
			line += fmt.Sprintf(" [%s]", s.Sheet)
		}
		if s.AsOf != "" {
			line += " as of " + s.AsOf + " (" + s.AsOfBasis + ")"
		}
		if len(s.Periods) > 0 && len(s.Cells) == 0 {
			line += " for " + strings.Join(s.Periods, ", ")
		}
		if s.Note != "" {
			line += " (" + s.Note + ")"
		}
		if len(s.Cells) > 0 {
			cells := s.Cells
			if len(cells) > 12 {
				cells = append(append([]string{}, cells[:12]...), fmt.Sprintf("… %d more", len(s.Cells)-12))
			}
			line += " cells " + strings.Join(cells, ",")
		}
		fmt.Fprintln(errw, line)
	}
}

// withCoverage adds a coverage column to a grouped answer's table when
// some row is not complete (partial, subset or none: flagged per row).
func withCoverage(res *query.Result) *table.Table {
	flag := false
	for _, c := range res.RowCoverage {
		flag = flag || (c != "" && c != query.StatusComplete)
	}
	if !flag || len(res.RowCoverage) != len(res.Table.Rows) {
		return res.Table
	}
	t := &table.Table{Columns: append(append([]string{}, res.Table.Columns...), "coverage")}
	for i, r := range res.Table.Rows {
		t.Rows = append(t.Rows, append(append([]any{}, r...), res.RowCoverage[i]))
	}
	return t
}

func fmtCount(f float64) string {
	if f == float64(int64(f)) {
		return table.Thousands(int64(f))
	}
	return fmt.Sprintf("%.1f", f)
}

func sheetSuffix(s string) string {
	if s == "" {
		return ""
	}
	return " [" + s + "]"
}

func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}
