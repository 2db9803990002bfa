package query

import (
	"context"
	"fmt"
	"strconv"
	"strings"

	"github.com/icestat/icestat/internal/answer"
	"github.com/icestat/icestat/internal/canon"
	"github.com/icestat/icestat/internal/store"
	"github.com/icestat/icestat/internal/table"
)

// Row coverage statuses (answer.Answer.RowCoverage).
const (
	StatusComplete = "complete"
	StatusPartial  = "partial"
	StatusSubset   = "subset" // only a program-subset or single-AOR release speaks for the row
	StatusNone     = "none"
)

// covering reports whether a source speaks for the whole of a place (AOR
// codes; nil for national): a release that is no program subset, holds
// rows, and is national or scoped to one of the place's AORs.
func covering(s store.SourceInfo, aors []string) bool {
	if s.Subset != "" || s.RowsStored == 0 {
		return false
	}
	return s.Scope == "" || contains(aors, s.Scope)
}

// allowedSQL is the condition on the rows a question about q's place may
// count: every row of a covering source (a file's rows stay its rows; a row
// dated past its file's stated coverage shows as a group no source covers),
// and rows of other sources — program subsets, another place's release —
// only inside a period the covering sources cover (where they are mostly
// shadowed anyway). So Seattle's FY2012–FY2015 arrests never enter a
// national series unless --include-partial-sources asks for them.
func (sel *selection) allowedSQL(q *Query) (string, []any) {
	aors := q.places()
	var ors []string
	var args []any
	if ids := sel.coveringIDs(aors); len(ids) > 0 {
		ors = append(ors, fmt.Sprintf("source_id IN (%s)", strings.Join(ids, ", ")))
	}
	for _, iv := range sel.placeCover(aors) {
		ors = append(ors, "event_date BETWEEN ? AND ?")
		args = append(args, iv.From.Time(), iv.To.Time())
	}
	if len(ors) == 0 {
		return "FALSE", nil
	}
	// coalesce: an undated row is not allowed (rather than unknown), so
	// that NOT allowed finds it.
	return "coalesce(" + strings.Join(ors, " OR ") + ", FALSE)", args
}

func (sel *selection) coveringIDs(aors []string) []string {
	var ids []string
	for _, s := range sel.used {
		if covering(s, aors) {
			ids = append(ids, strconv.FormatInt(s.ID, 10))
		}
	}
	return ids
}

// status is a coverage in one word.
func status(c Coverage) string {
	switch {
	case c.None:
		return StatusNone
	case c.Complete:
		return StatusComplete
	}
	return StatusPartial
}

// statusOf is the coverage of one row of a grouped answer, decided by the
// same rules as the answer's: the coverage of the row's own question rq
// (q.Narrow of its keys: its place and period); the answer's status whole
// when no filter expresses the row (rq nil).
func (sel *selection) statusOf(rq *Query, whole string) string {
	if rq == nil {
		return whole
	}
	c := sel.coverage(rq)
	if c.Asked == nil {
		// Not a period row: the row is as covered as the answer.
		return whole
	}
	return status(c)
}

// groupKey is the text of a row's keys, to match rows of two queries.
func groupKey(keys []any) string {
	parts := make([]string, len(keys))
	for i, k := range keys {
		parts[i] = KeyText(k)
	}
	return strings.Join(parts, "\x00")
}

// leftOutGroups counts the rows that the allowed condition leaves out, by
// the answer's groups (by fiscal year for a single count), telling rows of
// releases that do not speak for the place (subset) from rows of covering
// releases dated where nothing covers the place (none).
func (e *Engine) leftOutGroups(ctx context.Context, q *Query, sel *selection, dims []string, from, where string, args []any) ([]answer.GroupLeftOut, map[string]int64, error) {
	keyDims := dims
	n := len(q.By)
	if len(keyDims) == 0 {
		keyDims = []string{q.fyColumn() + " AS fy"}
		n = 1
	}
	if sel.allCovering(q) {
		return nil, map[string]int64{}, nil // nothing can fall outside the allowed rows
	}
	sqlText := fmt.Sprintf("SELECT %s, %s AS stray, count(*) AS n FROM %s WHERE %s GROUP BY ALL ORDER BY %s", strings.Join(keyDims, ", "), strayCond(sel, q), from, where, ordinals(n+1))
	t, err := e.Store.Table(ctx, sqlText, args...)
	if err != nil {
		return nil, nil, fmt.Errorf("counting rows left out: %w", err)
	}
	out, byKey := leftOutRows(t.Rows, n)
	return out, byKey, nil
}

// strayCond is the condition on source_id of a covering source's row: left
// out, it is a row dated outside every period the sources cover (else a
// row only a subset or another place's release speaks for).
func strayCond(sel *selection, q *Query) string {
	if cov := sel.coveringIDs(q.places()); len(cov) > 0 {
		return fmt.Sprintf("source_id IN (%s)", strings.Join(cov, ", "))
	}
	return "FALSE"
}

// leftOutRows turns rows of n keys, stray and a count, in key order, into
// the groups left out and their counts by key.
func leftOutRows(rows [][]any, n int) ([]answer.GroupLeftOut, map[string]int64) {
	var out []answer.GroupLeftOut
	byKey := map[string]int64{}
	for _, r := range rows {
		keys := r[:n]
		cnt := table.Int(r[n+1])
		byKey[groupKey(keys)] += cnt
		g := answer.GroupLeftOut{Rows: cnt, Coverage: StatusSubset,
			Reason: "only a program-subset or single-AOR release speaks for it"}
		if b, _ := r[n].(bool); b {
			g.Coverage, g.Reason = StatusNone, "rows dated outside every period the sources cover for this place"
		}
		for _, k := range keys {
			g.Key = append(g.Key, KeyText(k))
		}
		out = append(out, g)
	}
	return out, byKey
}

// leftOutWarning says in words which groups an answer did not add.
func leftOutWarning(q *Query, groups []answer.GroupLeftOut) string {
	if len(groups) == 0 {
		return ""
	}
	var total int64
	var subset, none []string
	for _, g := range groups {
		total += g.Rows
		item := fmt.Sprintf("%s (%s)", groupText(q, g.Key), table.Thousands(g.Rows))
		if g.Coverage == StatusSubset {
			subset = append(subset, item)
		} else {
			none = append(none, item)
		}
	}
	what := "groups"
	if len(q.By) == 0 {
		what = "rows"
	}
	var parts []string
	if len(subset) > 0 {
		if q.IncludePartial {
			parts = append(parts, fmt.Sprintf("%s that only a program-subset or single-AOR release speaks for are included because --include-partial-sources was given (flagged subset; not comparable with the covered ones): %s", what, listSome(subset)))
		} else {
			parts = append(parts, fmt.Sprintf("%s rows not added to the total: %s that only a program-subset or single-AOR release speaks for are left out (--include-partial-sources shows them, flagged subset): %s", table.Thousands(total), what, listSome(subset)))
		}
	}
	if len(none) > 0 {
		parts = append(parts, fmt.Sprintf("rows dated outside every period the %s sources cover for this place: %s", q.Dataset, listSome(none)))
	}
	return strings.Join(parts, "; ")
}

// groupText names a group by its keys ("FY2012", "SEA 2018-05").
func groupText(q *Query, key []string) string {
	parts := make([]string, len(key))
	for i, k := range key {
		parts[i] = k
		dim := "fy"
		if i < len(q.By) {
			dim = q.By[i]
		}
		switch {
		case k == "(none)" && (dim == "fy" || dim == "month" || dim == "week" || dim == "date" || dim == "year"):
			parts[i] = "(no usable date)"
		case dim == "fy":
			parts[i] = "FY" + k
		}
	}
	return strings.Join(parts, " ")
}

func listSome(items []string) string {
	if len(items) > 12 {
		return strings.Join(items[:12], ", ") + fmt.Sprintf(", … %d more", len(items)-12)
	}
	return strings.Join(items, ", ")
}

// gapWarning lists the uncovered periods inside the span of an answer over
// all time (a period asked is warned about by coverageWarnings).
func (q *Query) gapWarning(c Coverage) string {
	if c.Asked != nil || len(c.Gaps) == 0 {
		return ""
	}
	var gaps []string
	for _, g := range c.Gaps {
		gaps = append(gaps, describeGap(g))
	}
	return fmt.Sprintf("gap: no ingested %s source covers %s inside the span %s..%s; the count over all time leaves out those periods", q.Dataset, strings.Join(gaps, ", "), c.Covered[0].From, c.Covered[len(c.Covered)-1].To)
}

// describeGap names an interval as a fiscal year when it is one.
func describeGap(g canon.Interval) string {
	fy := canon.FiscalYear(g.From)
	if canon.FYInterval(fy) == g {
		return fmt.Sprintf("FY%d (%s)", fy, g)
	}
	return g.String()
}

// undatedWarnings counts the rows of covering sources whose key date was
// rejected or missing: they are counted in fiscal-year and all-time answers
// (the fiscal year comes from the title) but belong to no month or date.
func (e *Engine) undatedWarnings(ctx context.Context, q *Query, sel *selection, c Coverage) []string {
	aors := q.places()
	var ids []string
	names := map[int64]store.SourceInfo{}
	for _, s := range sel.used {
		iv, ok := srcInterval(s)
		if !covering(s, aors) || !ok {
			continue
		}
		if c.Asked != nil && len(canon.Intersect(c.Asked, []Interval{iv})) == 0 {
			continue
		}
		ids = append(ids, strconv.FormatInt(s.ID, 10))
		names[s.ID] = s
	}
	if len(ids) == 0 {
		return nil
	}
	t, err := e.undatedRows(ctx, q.Dataset, ids)
	if err != nil {
		return nil
	}
	var w []string
	for _, r := range t.Rows {
		s := names[table.Int(r[0])]
		n := table.Int(r[1])
		if n == 0 {
			continue
		}
		if fy := table.Int(r[2]); fy == n {
			w = append(w, fmt.Sprintf("%s rows of %s have no usable key date (rejected or empty; see `icestat sources`): they count in fiscal-year and all-time answers only, never in a month, week or date", table.Thousands(n), describe(s)))
		} else {
			w = append(w, fmt.Sprintf("%s rows of %s have no usable key date (rejected or empty; see `icestat sources`): they are in no fiscal year, month, week or date, so every count of a period leaves them out (only answers over all time count them)", table.Thousands(n), describe(s)))
		}
	}
	return w
}

// sanityWarnings flags a preferred source with less than half the rows of a
// source it supersedes for the same dataset, place and period (a short
// file whose title claims a whole year).
func (sel *selection) sanityWarnings() []string {
	var w []string
	for _, s := range sel.used {
		sv, ok := srcInterval(s)
		if !ok {
			continue
		}
		for _, h := range sel.shadowed[s.ID] {
			hv, _ := srcInterval(h)
			if h.Scope != s.Scope || h.Subset != s.Subset {
				continue
			}
			ov := canon.Intersect([]Interval{sv}, []Interval{hv})
			if len(ov) == 0 {
				continue
			}
			// s's rows in the overlap, assuming they spread evenly.
			expect := float64(s.RowsStored) * float64(ov[0].Days()) / float64(sv.Days())
			if float64(h.RowsStored)*2 < expect {
				w = append(w, fmt.Sprintf("source check: preferred source %s (%s rows for %s) supersedes %s (%s rows for %s), which holds more than twice as many rows for the same place and period: check that the preferred file is complete", describe(h), table.Thousands(h.RowsStored), hv, describe(s), table.Thousands(s.RowsStored), sv))
			}
		}
	}
	return w
}

// noPersonKey returns "not available (no person key in FILE, …)" when
// rows match but none carries a person key, else "".
func (e *Engine) noPersonKey(ctx context.Context, used []answer.Source, from, where string, args []any) (string, error) {
	var rows, keyed int64
	if err := e.Store.QueryRow(ctx, fmt.Sprintf("SELECT count(*), count(person_key) FROM %s WHERE %s", from, where), args...).Scan(&rows, &keyed); err != nil {
		return "", fmt.Errorf("checking person keys: %w", err)
	}
	if rows == 0 || keyed > 0 {
		return "", nil // no row matched (0 is then a fact), or some rows carry keys
	}
	var names []string
	for _, s := range used {
		n := s.File
		if s.Sheet != "" {
			n += " [" + s.Sheet + "]"
		}
		names = append(names, n)
	}
	if len(names) == 0 {
		return "not available (no person key in the rows counted)", nil
	}
	return "not available (no person key in " + strings.Join(names, ", ") + ")", nil
}

// dropColumn removes column i from a table.
func dropColumn(t *table.Table, i int) *table.Table {
	if i < 0 || i >= len(t.Columns) {
		return t
	}
	out := &table.Table{Columns: append(append([]string{}, t.Columns[:i]...), t.Columns[i+1:]...)}
	for _, r := range t.Rows {
		out.Rows = append(out.Rows, append(append([]any{}, r[:i]...), r[i+1:]...))
	}
	return out
}

// allCovering reports whether every selected source speaks for the whole
// of the question's place (then no row falls outside the allowed ones).
func (sel *selection) allCovering(q *Query) bool {
	for _, s := range sel.used {
		if !covering(s, q.places()) {
			return false
		}
	}
	return true
}
