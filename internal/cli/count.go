package cli

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"net/url"
	"strings"

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
	"aor":           "area of responsibility: code, short or full name (repeatable)",
	"state":         "state name or postal code (repeatable)",
	"fy":            "federal fiscal year, e.g. 2018 or 2016..2018 (repeatable)",
	"month":         "calendar month YYYY-MM (repeatable)",
	"from":          "first date YYYY-MM-DD",
	"to":            "last date YYYY-MM-DD",
	"country":       "country of citizenship (repeatable)",
	"criminality":   "convicted, pending, other, criminal (convicted or pending) or unknown",
	"method":        "apprehension method class (at-large, custodial, other, unknown) or a raw method value",
	"method-scheme": "method class scheme: icestat (default), ddp, uwchr, epc, newsroom, ice (ICE's annual reports)",
	"removal-basis": "removals: removal-date (default, ICE's totals), excluding-lag (ICE's removals excluding the lag) or departed-date",
	"final-order":   "yes or no",
	"landmark":      "landmark substring, any case",
	"operation":     "operation (repeatable)",
	"gender":        "gender (repeatable)",
	"where":         "COLUMN=VALUE on any canonical column (repeatable; COLUMN= for missing)",
	"source":        "use only this source: id, file name or SHA-256 (repeatable)",
	"by":            "group by dimensions, comma-separated: " + strings.Join(query.Dimensions(), ", "),
	"share":         "add each group's share of the total",
	"persons":       "also count distinct persons (person_key)",
	"dedupe":        "leave out possible duplicates (arrests: same person within 24 hours; see icestat definitions)",
	"sort":          "count (default, descending), -count, or key",
	"limit":         "at most this many groups",
}

// queryFlags registers every query key as a flag filling v.
func queryFlags(fs *flag.FlagSet, v url.Values) {
	for _, k := range query.Keys {
		if k == "dataset" {
			continue
		}
		if k == "share" || k == "persons" || k == "dedupe" {
			fs.Var(boolValuesFlag{valuesFlag{v, k}}, k, queryFlagHelp[k])
			continue
		}
		fs.Var(valuesFlag{v, k}, k, queryFlagHelp[k])
	}
}

func openEngine(db, data string) (*query.Engine, *store.Store, error) {
	st, err := openReader(db, data)
	if err != nil {
		return nil, nil, err
	}
	return &query.Engine{Store: st}, st, nil
}

func runCount(env *Env, args []string) error {
	if detentionMeasureArg(args) != "" {
		return runDetentionCount(env, args)
	}
	fs := newFlags(env, "count", "DATASET [--db PATH] [filters] [--by DIM[,DIM...]] [--format table|csv|json]")
	db := dbFlag(env, fs)
	data := dataFlag(fs)
	format := formatFlag(fs, "table", "table", "csv", "json")
	v := url.Values{}
	queryFlags(fs, v)
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if err := checkFormat(*format, "table", "csv", "json"); err != nil {
		return err
	}
	if len(pos) != 1 {
		fs.Usage()
		return fmt.Errorf("%w: give exactly one dataset", errUsage)
	}
	v.Set("dataset", pos[0])
	q, err := query.Parse(v)
	if err != nil {
		return fmt.Errorf("%w: %v", errUsage, err)
	}
	eng, st, err := openEngine(*db, *data)
	if err != nil {
		return err
	}
	defer st.Close()
	res, err := eng.Run(context.Background(), q)
	if err != nil {
		return err
	}
	return writeResult(env.Stdout, env.Stderr, res, *format)
}

// writeResult prints a count result; warnings go to stderr except in JSON,
// which carries them.
func writeResult(out, errw io.Writer, res *query.Result, format string) error {
	if format == "json" {
		return writeJSON(out, resultJSON(res))
	}
	for _, w := range res.Warnings {
		fmt.Fprintf(errw, "warning: %s\n", w)
	}
	if format == "csv" {
		return res.Table.WriteCSV(out)
	}
	if res.Total == nil {
		fmt.Fprintf(out, "no count: no ingested %s source covers this place and period\n", res.Dataset)
	} else {
		if err := res.Table.WriteText(out); err != nil {
			return err
		}
		if len(res.Query.By) > 0 {
			fmt.Fprintf(out, "total: %s\n", table.Thousands(*res.Total))
		}
	}
	var srcs []string
	for _, s := range res.Sources {
		srcs = append(srcs, fmt.Sprintf("%s (%s rows)", s.File+sheetSuffix(s.Sheet), table.Thousands(s.Rows)))
	}
	basis := ""
	if res.RemovalBasis != "" {
		basis = ", removal basis " + res.RemovalBasis
	}
	fmt.Fprintf(errw, "definitions: %s, method scheme %s%s; sources: %s\n", res.Definitions, res.Scheme, basis, strings.Join(srcs, ", "))
	for _, s := range res.LeftOut {
		fmt.Fprintf(errw, "left out: %s%s: %s\n", s.File, sheetSuffix(s.Sheet), s.Note)
	}
	return nil
}

func sheetSuffix(s string) string {
	if s == "" {
		return ""
	}
	return " [" + s + "]"
}

// resultJSON is the JSON form of a count answer.
func resultJSON(res *query.Result) map[string]any {
	rows := []map[string]any{}
	if res.Table != nil {
		rows = res.Table.Records()
	}
	b, _ := json.Marshal(res)
	var m map[string]any
	json.Unmarshal(b, &m)
	m["rows"] = rows
	m["query"] = res.Query.Values()
	return m
}

func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}
