package query

import (
	"fmt"
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
