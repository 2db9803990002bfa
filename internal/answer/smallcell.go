package answer

import (
	"fmt"

	"github.com/icestat/icestat/internal/table"
)

// Withheld stands in a row's cell in place of a count the small-cell rule
// keeps from the public.
type Withheld struct {
	Text string // "fewer than 5", or "suppressed" for a complementary cell
	// Secondary marks a cell withheld only so that another withheld cell
	// cannot be derived from the total by subtraction.
	Secondary bool
}

func (w Withheld) String() string { return w.Text }

// SmallCellRule says, in a public answer, which rule withheld how many cells.
type SmallCellRule struct {
	Threshold int    `json:"threshold"`
	Rule      string `json:"rule"`
	Withheld  int    `json:"suppressed_cells"`
}

// SmallCell is the small-cell rule of a public server: counts from 1 to
// Threshold-1 are shown as "fewer than Threshold". Zero turns it off. The
// command line, for the analyst, shows exact counts and does not apply it.
type SmallCell struct{ Threshold int }

// Hides reports whether the rule withholds the count n.
func (s SmallCell) Hides(n int64) bool {
	return s.Threshold > 0 && n >= 1 && n < int64(s.Threshold)
}

// Text is a count as the public sees it: "1,234" or "fewer than 5".
func (s SmallCell) Text(n int64) string {
	if s.Hides(n) {
		return fmt.Sprintf("fewer than %d", s.Threshold)
	}
	return table.Thousands(n)
}

// Rule describes the rule, with the number of cells it withheld.
func (s SmallCell) Rule(withheld int) *SmallCellRule {
	if s.Threshold <= 0 {
		return &SmallCellRule{Rule: "off: every count is exact"}
	}
	return &SmallCellRule{Threshold: s.Threshold, Withheld: withheld,
		Rule: fmt.Sprintf("counts from 1 to %d are replaced by null with \"fewer than %d\" in the matching _text field; when exactly one cell of a complete table is withheld, the next smallest is withheld too (\"suppressed\") so it cannot be derived from the total; the command line shows exact counts", s.Threshold-1, s.Threshold)}
}

// Apply withholds the answer's small counts in place, before any rendering:
// the total, the count and persons cells of every row (and their shares),
// and the row counts of the sources. complete says whether the rows are the
// whole breakdown of the total (no --limit cut it), in which case a single
// withheld cell is protected by withholding the next smallest too. It is
// the one implementation of the rule: HTML, JSON, CSV and xlsx all render
// the answer it leaves.
func (s SmallCell) Apply(a *Answer, complete bool) {
	if s.Threshold <= 0 {
		a.SmallCell = s.Rule(0)
		return
	}
	n := 0
	if a.Count != nil && *a.Count == float64(int64(*a.Count)) && s.Hides(int64(*a.Count)) {
		a.CountText = s.Text(int64(*a.Count))
		a.Count = nil
		n++
	}
	ci, pi, si := index(a.Columns, "count"), index(a.Columns, "persons"), index(a.Columns, "share")
	hide := func(r []any, i int, w Withheld) {
		r[i] = w
		if si >= 0 && si < len(r) {
			r[si] = nil
		}
	}
	var hidden []int
	for ri, r := range a.Rows {
		for _, i := range []int{ci, pi} {
			if i < 0 || i >= len(r) {
				continue
			}
			if v, ok := wholeNumber(r[i]); ok && s.Hides(v) {
				hide(r, i, Withheld{Text: s.Text(v)})
				if i == ci {
					hidden = append(hidden, ri)
				}
				n++
			}
		}
	}
	if len(hidden) == 1 && complete && len(a.Rows) > 1 && ci >= 0 {
		best, bestV := -1, int64(0)
		for ri, r := range a.Rows {
			if v, ok := wholeNumber(r[ci]); ok && v > 0 && (best < 0 || v < bestV) {
				best, bestV = ri, v
			}
		}
		if best >= 0 {
			r := a.Rows[best]
			hide(r, ci, Withheld{Text: "suppressed", Secondary: true})
			n++
			if pi >= 0 && pi < len(r) {
				if _, ok := r[pi].(Withheld); !ok {
					hide(r, pi, Withheld{Text: "suppressed", Secondary: true})
				}
			}
		}
	}
	for i := range a.GroupsLeftOut {
		if g := &a.GroupsLeftOut[i]; s.Hides(g.Rows) {
			g.RowsText, g.Rows = s.Text(g.Rows), 0
		}
	}
	for _, list := range [][]Source{a.Sources, a.LeftOut} {
		for i := range list {
			if s.Hides(list[i].Rows) {
				list[i].RowsText, list[i].Rows = s.Text(list[i].Rows), 0
			}
		}
	}
	a.SmallCell = s.Rule(n)
}

// Withholds reports whether a cell was withheld.
func Withholds(v any) bool {
	_, ok := v.(Withheld)
	return ok
}

func wholeNumber(v any) (int64, bool) {
	switch x := v.(type) {
	case int64, int32, int, uint64, uint32:
		return table.Int(x), true
	case float64:
		if x == float64(int64(x)) {
			return int64(x), true
		}
	}
	return 0, false
}

func index(s []string, v string) int {
	for i, x := range s {
		if x == v {
			return i
		}
	}
	return -1
}
