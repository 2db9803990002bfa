package query

import (
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/icestat/icestat/internal/canon"
	"github.com/icestat/icestat/internal/store"
)

// CountedViews gives, per dataset with stored sources, the condition of its
// `<dataset>_counted` view: the rows `icestat count` uses under the
// overlap rules (one source per dataset, place and period — the same
// choice selectSources makes), as SQL with the sources' own values (ids,
// AOR codes, dates) written as literals. No user text enters it. Like the
// raw views it holds every place: a national count over it also needs the
// place's coverage (Seattle's FY2012–FY2015 rows are the only rows for
// those years, so `WHERE fy = 2013` over it counts Seattle alone).
func CountedViews(all []store.SourceInfo) map[string]string {
	out := map[string]string{}
	for _, ds := range canon.Datasets {
		sel, err := selectSources(all, ds, nil)
		if err != nil || len(sel.used) == 0 {
			continue
		}
		cond, args := sel.sourceSQL()
		out[ds] = inline(cond, args)
	}
	return out
}

// OverlappingDatasets lists the datasets whose stored sources overlap (the
// raw view double-counts there).
func OverlappingDatasets(all []store.SourceInfo) []string {
	var out []string
	for _, ds := range canon.Datasets {
		sel, err := selectSources(all, ds, nil)
		if err != nil {
			continue
		}
		if len(sel.shadowed) > 0 {
			out = append(out, ds)
		}
	}
	return out
}

// inline writes the bound arguments of a condition built here as literals
// (times as DATE, strings quoted); the condition has no other '?'.
func inline(cond string, args []any) string {
	var b strings.Builder
	i := 0
	for _, r := range cond {
		if r != '?' || i >= len(args) {
			b.WriteRune(r)
			continue
		}
		switch a := args[i].(type) {
		case time.Time:
			b.WriteString("DATE " + sqlLiteral(a.Format("2006-01-02")))
		case string:
			b.WriteString(sqlLiteral(a))
		default:
			b.WriteString(sqlLiteral(fmt.Sprint(a)))
		}
		i++
	}
	return b.String()
}

// CountedCoverage says, per dataset with stored sources, what its
// `<dataset>_counted` view speaks for: the periods its national sources
// cover, and the periods held only by single-AOR or program-subset
// releases (whose rows are not national figures). `icestat sql` prints it
// beside any result read from the view, so a SQL answer carries its
// coverage like a count does: `SELECT fy, count(*) FROM arrests_counted
// GROUP BY fy` would otherwise show Seattle's FY2013 beside national years
// and a partial FY2019 as if whole.
func CountedCoverage(all []store.SourceInfo) map[string]string {
	out := map[string]string{}
	for _, ds := range canon.Datasets {
		sel, err := selectSources(all, ds, nil)
		if err != nil || len(sel.used) == 0 {
			continue
		}
		national := sel.placeCover(nil)
		parts := []string{"national sources cover " + canon.JoinIntervals(national)}
		if len(national) == 0 {
			parts = []string{"no national source"}
		}
		partial := map[string][]Interval{}
		for _, s := range sel.used {
			iv, ok := srcInterval(s)
			if !ok || s.RowsStored == 0 || (s.Scope == "" && s.Subset == "") {
				continue
			}
			what := "a single-AOR release (" + s.Scope + ")"
			if s.Subset != "" {
				what = "a program-subset release (" + strings.TrimSpace(s.Scope+" "+s.Subset) + ")"
			}
			// Only what no preferred source holds is this release's in the
			// view (sourceSQL leaves the shadowed rows out).
			var shadow []Interval
			for _, h := range sel.shadowed[s.ID] {
				if hv, ok := srcInterval(h); ok {
					shadow = append(shadow, hv)
				}
			}
			partial[what] = append(partial[what], canon.Subtract([]Interval{iv}, canon.Union(shadow))...)
		}
		whats := make([]string, 0, len(partial))
		for w := range partial {
			whats = append(whats, w)
		}
		sort.Strings(whats)
		for _, w := range whats {
			// Inside the national periods the national rows are the ones
			// counted; outside them the view holds only this release's.
			if outside := canon.Subtract(canon.Union(partial[w]), national); len(outside) > 0 {
				parts = append(parts, canon.JoinIntervals(outside)+" from "+w+": not national figures")
			}
		}
		out[ds] = strings.Join(parts, "; ") + "; no stored source covers any other period (a count there is unknown, not 0)"
	}
	return out
}
