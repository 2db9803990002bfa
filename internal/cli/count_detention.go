package cli

import (
	"context"
	"fmt"
	"io"
	"net/url"
	"strings"

	"github.com/icestat/icestat/internal/detention"
	"github.com/icestat/icestat/internal/table"
)

// detentionMeasureArg returns the detention measure named among the
// positional arguments of `icestat count`, or "". A token that follows a
// flag without "=" is that flag's value, not a positional.
func detentionMeasureArg(args []string) string {
	skip := false
	for _, a := range args {
		if skip {
			skip = false
			continue
		}
		if a == "--" {
			return ""
		}
		if strings.HasPrefix(a, "-") {
			name := strings.TrimLeft(a, "-")
			skip = !strings.Contains(name, "=") && !countBoolFlags[name]
			continue
		}
		if detention.IsMeasure(a) {
			return a
		}
		return ""
	}
	return ""
}

// countBoolFlags are the count flags that take no value.
var countBoolFlags = map[string]bool{"share": true, "persons": true, "dedupe": true, "h": true, "help": true}

var detentionFlagHelp = map[string]string{
	"date":     "as-of date YYYY-MM-DD (detained, atd, facility-adp: the latest edition on or before it; held: one day)",
	"month":    "calendar month YYYY-MM (book-ins, book-outs, held; repeatable)",
	"fy":       "federal fiscal year, e.g. 2025",
	"from":     "first date YYYY-MM-DD",
	"to":       "last date YYYY-MM-DD",
	"aor":      "area of responsibility (atd, facility-adp, held)",
	"state":    "state name or postal code of the facilities (facility-adp, held)",
	"facility": "facility code or name substring (facility-adp, held)",
	"type":     "facility type, e.g. IGSA, SPC, CDF (facility-adp, held)",
	"by":       "detained: agency,criminality; book-ins: month,agency; book-outs: month,reason; atd: aor,technology; facility-adp: facility,state,aor,type; held: facility,state,aor,type,type_grouped,month,date",
}

// runDetentionCount answers `icestat count MEASURE` for the detention
// measures (package detention): ICE's published detention statistics and
// the daily facility populations.
func runDetentionCount(env *Env, args []string) error {
	fs := newFlags(env, "count", "("+strings.Join(detention.Measures, "|")+") [--db PATH] [--date D | --month M | --fy Y | --from D --to D] [--aor A] [--state S] [--facility F] [--by DIM] [--format table|csv|json]")
	db := dbFlag(env, fs)
	format := formatFlag(fs, "table", "table", "csv", "json")
	v := url.Values{}
	for _, k := range detention.Keys[1:] {
		fs.Var(valuesFlag{v, k}, k, detentionFlagHelp[k])
	}
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if err := checkFormat(*format, "table", "csv", "json"); err != nil {
		return err
	}
	if len(pos) != 1 {
		fs.Usage()
		return fmt.Errorf("%w: give exactly one measure", errUsage)
	}
	v.Set("dataset", pos[0])
	q, err := detention.Parse(v)
	if err != nil {
		return fmt.Errorf("%w: %v", errUsage, err)
	}
	st, err := openReader(*db, "")
	if err != nil {
		return err
	}
	defer st.Close()
	res, err := (&detention.Engine{Store: st}).Run(context.Background(), q)
	if err != nil {
		return err
	}
	return writeDetentionResult(env.Stdout, env.Stderr, res, *format)
}

// writeDetentionResult prints a detention answer like writeResult prints a
// count: the table on stdout, warnings and provenance on stderr (JSON
// carries them all).
func writeDetentionResult(out, errw io.Writer, res *detention.Result, format string) error {
	if format == "json" {
		return writeJSON(out, res)
	}
	for _, w := range res.Warnings {
		fmt.Fprintf(errw, "warning: %s\n", w)
	}
	if format == "csv" {
		return res.Table.WriteCSV(out)
	}
	if res.Count == nil {
		fmt.Fprintf(out, "no count: %s\n", res.Coverage.Note)
	} else {
		fmt.Fprintf(out, "%s: %s\n", res.Label, fmtCount(*res.Count))
		if len(res.Table.Rows) > 0 {
			if err := res.Table.WriteText(out); err != nil {
				return err
			}
		}
	}
	for _, r := range res.Revisions {
		fmt.Fprintf(out, "revised: %s %s first published %s (%s), now %s (%s)\n", r.Period, r.Key, fmtCount(r.First), r.FirstEdition, fmtCount(r.Value), r.Edition)
	}
	fmt.Fprintf(errw, "coverage: asked %s; the store holds %s\n", res.Coverage.Asked, res.Coverage.Covered)
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
	return nil
}

func fmtCount(f float64) string {
	if f == float64(int64(f)) {
		return table.Thousands(int64(f))
	}
	return fmt.Sprintf("%.1f", f)
}
