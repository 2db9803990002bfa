package cli

import (
	"context"
	"fmt"
	"io"
	"net/url"
	"strings"

	"github.com/icestat/icestat/internal/canon"
	"github.com/icestat/icestat/internal/query"
	"github.com/icestat/icestat/internal/table"
)

func init() {
	register(command{"follow", "follow the people arrested (or the detainers lodged) in a place and period: book-ins, custody, releases, removals", runFollow})
}

// followSkip are the count options that do not apply to a follow.
var followSkip = map[string]bool{"dataset": true, "by": true, "share": true, "persons": true, "sort": true, "limit": true, "dedupe": true, "removal-basis": true}

func runFollow(env *Env, args []string) error {
	fs := newFlags(env, "follow", "[arrests|detainers] [--db PATH] [filters, e.g. --aor BOS --month 2025-05] [--as-of YYYY-MM-DD] [--exact] [--by DIM] [--format table|json]")
	db := dbFlag(env, fs)
	data := dataFlag(fs)
	format := formatFlag(fs, "table", "table", "json")
	asOf := fs.String("as-of", "", "outcomes as of this date (default: the last date in the linked records)")
	exact := fs.Bool("exact", false, "show counts below 5 exactly (for the analyst; public outputs show <5)")
	by := fs.String("by", "", "detainers: group by one of "+strings.Join(query.FollowDimensions(), ", "))
	v := url.Values{}
	for _, k := range query.Keys {
		if !followSkip[k] {
			fs.Var(valuesFlag{v, k}, k, queryFlagHelp[k])
		}
	}
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if err := checkFormat(*format, "table", "json"); err != nil {
		return err
	}
	switch len(pos) {
	case 0:
		v.Set("dataset", "arrests")
	case 1:
		v.Set("dataset", pos[0])
	default:
		fs.Usage()
		return fmt.Errorf("%w: give at most one of arrests, detainers", errUsage)
	}
	q, err := query.Parse(v)
	if err != nil {
		return fmt.Errorf("%w: %v", errUsage, err)
	}
	fq := query.FollowQuery{Cohort: q, Exact: *exact, By: *by}
	if *asOf != "" {
		d, err := canon.ParseDate(*asOf, false, false)
		if err != nil {
			return fmt.Errorf("%w: bad --as-of %q (want YYYY-MM-DD)", errUsage, *asOf)
		}
		fq.AsOf = &d
	}
	eng, st, err := openEngine(*db, *data)
	if err != nil {
		return err
	}
	defer st.Close()
	res, err := eng.Follow(context.Background(), fq)
	if err != nil {
		if _, ok := err.(*query.Error); ok {
			return fmt.Errorf("%w: %v", errUsage, err)
		}
		return err
	}
	if *format == "json" {
		return writeJSON(env.Stdout, res)
	}
	return writeFollow(env.Stdout, env.Stderr, res)
}

func writeFollow(out, errw io.Writer, r *query.FollowResult) error {
	for _, w := range r.Warnings {
		fmt.Fprintf(errw, "warning: %s\n", w)
	}
	fmt.Fprintf(out, "%s\n", r.Command)
	if r.Coverage.None {
		fmt.Fprintf(out, "no outcome: no ingested %s source covers this place and period\n", r.Cohort)
		return nil
	}
	if r.NotAvailable != "" {
		fmt.Fprintf(out, "%s counted: %s; outcomes: %s\n", r.Cohort, r.Rows.Shown, r.NotAvailable)
		return nil
	}
	asOf := r.AsOf
	if r.AsOfDefault {
		asOf += " (the last date in the linked records)"
	}
	fmt.Fprintf(out, "as of %s\n", asOf)
	small := ""
	if !r.Exact {
		small = "; counts below 5 shown as <5 (--exact for the analyst)"
	}
	if r.Cohort == "arrests" {
		fmt.Fprintf(out, "arrests counted: %s; without a person key: %s; people followed: %s; booked into detention after the arrest: %s%s\n\n",
			r.Rows.Shown, r.NoKey.Shown, r.Persons.Shown, r.Booked.Shown, small)
		if err := cellTable("status", "people", r.Status).WriteText(out); err != nil {
			return err
		}
		if len(r.ReleaseReasons) > 0 {
			fmt.Fprintln(out)
			cellTable("release reason (released)", "people", r.ReleaseReasons).WriteText(out)
		}
		if len(r.RemovalMonths) > 0 {
			fmt.Fprintln(out)
			cellTable("removal month", "people", r.RemovalMonths).WriteText(out)
		}
	} else {
		fmt.Fprintf(out, "detainers counted: %s; without a person key: %s; followed by an ICE book-in: %s%s\n\n", r.Rows.Shown, r.NoKey.Shown, r.Booked.Shown, small)
		t := &table.Table{Columns: r.GroupColumns}
		for _, g := range r.Groups {
			row := []any{g.Key}
			for _, c := range query.FollowGroupColumns {
				row = append(row, g.Cells[c].Shown)
			}
			t.Rows = append(t.Rows, row)
		}
		if err := t.WriteText(out); err != nil {
			return err
		}
		fmt.Fprintln(out)
		cellTable("lift reason", "detainers", r.LiftReasons).WriteText(out)
	}
	fmt.Fprintln(out)
	start := "arrest"
	if r.Cohort == "detainers" {
		start = "detainer"
	}
	writeDist(out, "days from "+start+" to book-in", r.DaysToBookIn)
	writeDist(out, "days from "+start+" to removal", r.DaysToRemoval)
	var srcs []string
	for _, s := range r.Sources {
		srcs = append(srcs, s.File+sheetSuffix(s.Sheet))
	}
	fmt.Fprintf(errw, "definitions: %s (icestat definitions: follow, detainer outcome, small cells); cohort sources: %s\n", r.Definitions, strings.Join(srcs, ", "))
	return nil
}

func cellTable(key, count string, cells []query.Cell) *table.Table {
	t := &table.Table{Columns: []string{key, count}}
	for _, c := range cells {
		t.Rows = append(t.Rows, []any{c.Key, c.Shown})
	}
	return t
}

func writeDist(out io.Writer, name string, d *query.Dist) {
	if d == nil {
		return
	}
	fmt.Fprintf(out, "%s: n=%s", name, d.Shown)
	if d.Quantiles != nil {
		for _, q := range query.FollowQuantiles {
			fmt.Fprintf(out, ", %s %d", q.Name, d.Quantiles[q.Name])
		}
	}
	if d.Note != "" {
		fmt.Fprintf(out, " (%s)", d.Note)
	}
	fmt.Fprintln(out)
}
