package query

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/icestat/icestat/internal/answer"

	"github.com/icestat/icestat/internal/canon"
	"github.com/icestat/icestat/internal/place"
	"github.com/icestat/icestat/internal/store"
)

// Interval is a closed range of days (canon's one period type).
type Interval = canon.Interval

// asked returns the period the query asks about, or nil for "all time".
func (q *Query) asked() []Interval {
	var ivs []Interval
	for _, y := range q.FYs {
		ivs = append(ivs, canon.FYInterval(y))
	}
	for _, m := range q.Months {
		iv, _ := canon.MonthInterval(m)
		ivs = append(ivs, iv)
	}
	if q.From != nil || q.To != nil {
		lo, hi := canon.DayOf(canon.MinDate), canon.DayOf(canon.MaxDate)
		if q.From != nil {
			lo = *q.From
		}
		if q.To != nil {
			hi = *q.To
		}
		bound := []Interval{{From: lo, To: hi}}
		if len(ivs) == 0 {
			return bound
		}
		return canon.Intersect(canon.Union(ivs), bound)
	}
	return canon.Union(ivs)
}

func srcInterval(s store.SourceInfo) (Interval, bool) {
	if !s.HasCoverage {
		return Interval{}, false
	}
	return Interval{From: canon.DayOf(s.CoverageFrom), To: canon.DayOf(s.CoverageTo)}, true
}

// priorityLess orders sources by the documented default: national before
// AOR-scoped, complete before program subsets, the newer release before the
// older (releaseNewer), coverage ending later first, then the latest
// ingested.
func priorityLess(a, b store.SourceInfo) bool {
	if (a.Scope == "") != (b.Scope == "") {
		return a.Scope == ""
	}
	if (a.Subset == "") != (b.Subset == "") {
		return a.Subset == ""
	}
	if n := releaseNewer(releaseOf(a), releaseOf(b)); n != 0 {
		return n > 0
	}
	if !a.CoverageTo.Equal(b.CoverageTo) {
		return a.CoverageTo.After(b.CoverageTo)
	}
	return a.ID > b.ID
}

// releaseNewer compares two FOIA numbers (2025-ICLI-00019): 1 when a is the
// later request, -1 when b is, 0 when either is missing or they cannot be
// ordered. The request year orders them; within one year and one office
// code the request number does. A later request is a later release of the
// records (the 2026 releases restate what the 2025 ones hold).
func releaseNewer(a, b string) int {
	if da, db := isDateTag(a), isDateTag(b); da || db {
		// Date tags (ingest --release 2025-06-26) order by date; a date and
		// a FOIA number cannot be ordered.
		if !da || !db {
			return 0
		}
		return strings.Compare(a, b)
	}
	ya, oa, na, okA := splitFOIA(a)
	yb, ob, nb, okB := splitFOIA(b)
	switch {
	case !okA || !okB || a == b:
		return 0
	case ya != yb:
		return cmpInt(ya, yb)
	case oa == ob:
		return cmpInt(na, nb)
	}
	return 0
}

func splitFOIA(s string) (year int, office string, num int, ok bool) {
	parts := strings.Split(s, "-")
	if len(parts) != 3 {
		return 0, "", 0, false
	}
	y, e1 := strconv.Atoi(parts[0])
	n, e2 := strconv.Atoi(parts[2])
	return y, parts[1], n, e1 == nil && e2 == nil
}

func cmpInt(a, b int) int {
	switch {
	case a > b:
		return 1
	case a < b:
		return -1
	}
	return 0
}

// tableKey groups the sources that are parts of one released table: the
// sheets of one file holding the same dataset, scope and subset (a table
// split at Excel's row limit, or one sheet per fiscal year). They never
// shadow one another, and they rank together, by the latest coverage end of
// the group.
func tableKey(s store.SourceInfo) string {
	return s.SHA256 + "\x00" + releaseOf(s) + "\x00" + s.Scope + "\x00" + s.Subset
}

// releaseOf is the release a source belongs to: its tag (ingest --release
// or detected), else its FOIA number. The same file ingested under two
// release tags is two releases.
func releaseOf(s store.SourceInfo) string {
	if s.Release != "" {
		return s.Release
	}
	return s.FOIA
}

// isDateTag reports whether a release tag is a date (YYYY-MM-DD).
func isDateTag(s string) bool {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return false
	}
	_, err := time.Parse("2006-01-02", s)
	return err == nil
}

func scopesMeet(a, b string) bool { return a == "" || b == "" || a == b }

// selection is the outcome of choosing sources for a dataset.
type selection struct {
	used     []store.SourceInfo
	shadowed map[int64][]store.SourceInfo // source -> preferred sources overlapping it
	explicit bool
}

func selectSources(all []store.SourceInfo, dataset string, explicit []string) (*selection, error) {
	var cands []store.SourceInfo
	for _, s := range all {
		if s.Dataset == dataset {
			cands = append(cands, s)
		}
	}
	sel := &selection{shadowed: map[int64][]store.SourceInfo{}}
	if len(explicit) > 0 {
		sel.explicit = true
		for _, want := range explicit {
			found := false
			for _, s := range cands {
				if strconv.FormatInt(s.ID, 10) == want || s.File == want || s.SHA256 == want {
					sel.used = append(sel.used, s)
					found = true
				}
			}
			if !found {
				return nil, bad("no stored %s source matches --source %q (see `icestat sources`)", dataset, want)
			}
		}
		return sel, nil
	}
	groupEnd := map[string]store.SourceInfo{} // per table: its member with the latest coverage end
	for _, s := range cands {
		k := tableKey(s)
		if g, ok := groupEnd[k]; !ok || s.CoverageTo.After(g.CoverageTo) || (s.CoverageTo.Equal(g.CoverageTo) && s.ID > g.ID) {
			groupEnd[k] = s
		}
	}
	sort.SliceStable(cands, func(i, j int) bool {
		a, b := cands[i], cands[j]
		if tableKey(a) == tableKey(b) {
			return a.ID < b.ID
		}
		return priorityLess(groupEnd[tableKey(a)], groupEnd[tableKey(b)])
	})
	for i, s := range cands {
		iv, ok := srcInterval(s)
		for _, h := range cands[:i] {
			if tableKey(h) == tableKey(s) || h.RowsStored == 0 {
				continue // a source with zero rows supersedes nothing
			}
			hv, hok := srcInterval(h)
			if ok && hok && scopesMeet(s.Scope, h.Scope) && hv.From <= iv.To && iv.From <= hv.To {
				sel.shadowed[s.ID] = append(sel.shadowed[s.ID], h)
			}
		}
		sel.used = append(sel.used, s)
	}
	return sel, nil
}

// sourceSQL restricts rows to the selected sources, leaving out rows that a
// preferred source also covers.
func (sel *selection) sourceSQL() (string, []any) {
	if len(sel.used) == 0 {
		return "FALSE", nil
	}
	var clean []string
	var args []any
	var ors []string
	for _, s := range sel.used {
		hs := sel.shadowed[s.ID]
		if len(hs) == 0 {
			clean = append(clean, strconv.FormatInt(s.ID, 10))
			continue
		}
		var cover []string
		var cargs []any
		sv, _ := srcInterval(s)
		for _, h := range hs {
			hv, _ := srcInterval(h)
			place := "TRUE"
			if h.Scope != "" {
				place = "aor = ?"
				cargs = append(cargs, h.Scope)
			}
			// Rows without a key date (fiscal year from the title) are
			// covered when the preferred source spans this source's period.
			undated := "FALSE"
			if hv.From <= sv.From && hv.To >= sv.To {
				undated = "TRUE"
			}
			cover = append(cover, fmt.Sprintf("(%s AND (event_date BETWEEN ? AND ? OR (event_date IS NULL AND %s)))", place, undated))
			cargs = append(cargs, hv.From.Time(), hv.To.Time())
		}
		ors = append(ors, fmt.Sprintf("(source_id = %d AND NOT (%s))", s.ID, strings.Join(cover, " OR ")))
		args = append(args, cargs...)
	}
	if len(clean) > 0 {
		ors = append([]string{fmt.Sprintf("source_id IN (%s)", strings.Join(clean, ", "))}, ors...)
	}
	return "(" + strings.Join(ors, " OR ") + ")", args
}

// places returns the AORs the query is about, or nil for national.
func (q *Query) places() []string {
	var out []string
	out = append(out, q.AORs...)
	for _, st := range q.States {
		for a := range place.AORsOfState(st) {
			out = appendUnique(out, a)
		}
	}
	sort.Strings(out)
	return out
}

// Coverage says how much of the asked period the sources used cover for the
// asked place (the envelope's type).
type Coverage = answer.Coverage

// placeCover is what the selected sources cover for a place (AOR codes;
// nil for national): the periods of the sources that speak for the whole
// place — national or scoped to the place's AOR, never a program subset —
// and with rows (a source with zero rows never makes a period covered).
func (sel *selection) placeCover(aors []string) []Interval {
	coverFor := func(aor string) []Interval {
		var ivs []Interval
		for _, s := range sel.used {
			iv, ok := srcInterval(s)
			if !ok || s.Subset != "" || s.RowsStored == 0 {
				continue
			}
			if s.Scope == "" || s.Scope == aor {
				ivs = append(ivs, iv)
			}
		}
		return canon.Union(ivs)
	}
	if len(aors) == 0 {
		return coverFor("")
	}
	covered := coverFor(aors[0])
	for _, a := range aors[1:] {
		covered = canon.Intersect(covered, coverFor(a))
	}
	return covered
}

func (sel *selection) coverage(q *Query) Coverage {
	covered := sel.placeCover(q.places())
	c := Coverage{Asked: q.asked(), Covered: covered}
	if c.Asked == nil {
		// All time: complete when the covered periods leave no gap inside
		// their span (a series over all time says which periods are missing).
		c.None = len(covered) == 0
		if !c.None {
			c.Gaps = canon.Subtract([]Interval{{From: covered[0].From, To: covered[len(covered)-1].To}}, covered)
		}
		c.Complete = !c.None && len(c.Gaps) == 0
		return c
	}
	c.Gaps = canon.Subtract(c.Asked, covered)
	c.Complete = len(c.Gaps) == 0
	c.None = len(canon.Intersect(c.Asked, covered)) == 0
	return c
}
