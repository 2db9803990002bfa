package answer

import (
	"bytes"
	"encoding/json"
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"

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
		if i < 0 || i >= len(r) {
			return
		}
		r[i] = w
		n++
		if si >= 0 && si < len(r) {
			r[si] = nil
		}
	}
	counts := make([]int64, len(a.Rows))
	for ri, r := range a.Rows {
		if ci >= 0 && ci < len(r) {
			counts[ri], _ = wholeNumber(r[ci])
		}
	}
	cells := s.Cells(counts, complete)
	for ri, r := range a.Rows {
		w := cells[ri]
		if w.Text != "" {
			hide(r, ci, w)
		}
		if pi < 0 || pi >= len(r) {
			continue
		}
		if v, ok := wholeNumber(r[pi]); ok && s.Hides(v) {
			hide(r, pi, Withheld{Text: s.Text(v)})
		} else if w.Secondary {
			hide(r, pi, w)
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
	var k int
	a.Warnings, k = s.WithholdTexts(a.Warnings)
	a.SmallCell = s.Rule(n + k)
}

// Cells is the rule over one table of counts: for each cell, the zero
// Withheld when it is shown, else why it is withheld. A count from 1 to
// Threshold-1 is withheld; when complete says the cells are the whole
// breakdown of a total that is shown (so a single withheld cell could be
// derived by subtraction) and exactly one cell is withheld, the next
// smallest non-zero cell is withheld too ("suppressed", Secondary). Every
// table icestat publishes — an answer's rows, a report's breakdowns, method
// schemes, months and custody outcomes — goes through this one function.
func (s SmallCell) Cells(counts []int64, complete bool) []Withheld {
	out := make([]Withheld, len(counts))
	hidden := 0
	for i, v := range counts {
		if s.Hides(v) {
			out[i] = Withheld{Text: s.Text(v)}
			hidden++
		}
	}
	if hidden != 1 || !complete || len(counts) < 2 {
		return out
	}
	best := -1
	for i, v := range counts {
		if out[i].Text == "" && v > 0 && (best < 0 || v < counts[best]) {
			best = i
		}
	}
	if best >= 0 {
		out[best] = Withheld{Text: "suppressed", Secondary: true}
	}
	return out
}

// Hidden names the fields of a value that the small-cell rule withheld in
// a public copy: JSON field name → the text shown instead ("fewer than 5",
// "suppressed"; "" for a share, change or rank derived from a withheld
// count, which is left out without a text). A value with no Hidden field
// encodes exactly as its type says.
type Hidden map[string]string

// Hide records that field is withheld, with the text shown instead.
func (h *Hidden) Hide(field, text string) {
	if *h == nil {
		*h = Hidden{}
	}
	(*h)[field] = text
}

// Has reports whether field is withheld.
func (h Hidden) Has(field string) bool {
	_, ok := h[field]
	return ok
}

// Show is a count as a rendering shows it: the withheld text, or the
// exact count with thousands separators.
func (h Hidden) Show(field string, n int64) string {
	if t, ok := h[field]; ok {
		if t == "" {
			return "withheld"
		}
		return t
	}
	return table.Thousands(n)
}

// MarshalHidden encodes v (a struct value; call it with a type that lacks
// the caller's MarshalJSON method) as JSON with every hidden field null
// and, when it has a text, a "<field>_text" right after it, so a withheld
// count reads {"count": null, "count_text": "fewer than 5"}. Types holding
// withheld counts call it from their own MarshalJSON; the order of the
// other fields is kept.
func MarshalHidden(v any, h Hidden) ([]byte, error) {
	b, err := json.Marshal(v)
	if err != nil || len(h) == 0 {
		return b, err
	}
	dec := json.NewDecoder(bytes.NewReader(b))
	if t, err := dec.Token(); err != nil || t != json.Delim('{') {
		return nil, fmt.Errorf("answer.MarshalHidden: %T is not a JSON object", v)
	}
	var out bytes.Buffer
	out.WriteByte('{')
	seen := map[string]bool{}
	field := func(k string, raw []byte) {
		if out.Len() > 1 {
			out.WriteByte(',')
		}
		kb, _ := json.Marshal(k)
		out.Write(kb)
		out.WriteByte(':')
		out.Write(raw)
	}
	for dec.More() {
		t, err := dec.Token()
		if err != nil {
			return nil, err
		}
		k, _ := t.(string)
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			return nil, err
		}
		text, hidden := h[k]
		if !hidden {
			if !seen[k] {
				field(k, raw)
			}
			continue
		}
		seen[k] = true
		field(k, []byte("null"))
		if text != "" {
			tb, _ := json.Marshal(text)
			field(k+"_text", tb)
			seen[k+"_text"] = true
		}
	}
	// Hidden fields the type leaves out when empty (omitempty) still say
	// they were withheld.
	keys := make([]string, 0, len(h))
	for k := range h {
		if !seen[k] {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	for _, k := range keys {
		field(k, []byte("null"))
		if h[k] != "" {
			tb, _ := json.Marshal(h[k])
			field(k+"_text", tb)
		}
	}
	out.WriteByte('}')
	return out.Bytes(), nil
}

// rowsText finds the counts of rows the query layer's warnings and the
// reports' notes quote: "3 rows of FILE have no usable key date", "3
// matching rows are held only by …", "group X (3 rows) left out", "none of
// the 3 arrests rows", "3 of the 40 arrests rows have no state".
var rowsText = regexp.MustCompile(`\b([0-9][0-9,]*)( (?:[a-z]+ )?rows\b| of the )`)

// WithholdText withholds the counts of rows a sentence quotes (warnings,
// caveats, notes and explanations are text built from counts). It returns
// the sentence and how many counts it withheld.
func (s SmallCell) WithholdText(t string) (string, int) {
	if s.Threshold <= 0 {
		return t, 0
	}
	n := 0
	out := rowsText.ReplaceAllStringFunc(t, func(m string) string {
		sub := rowsText.FindStringSubmatch(m)
		v, err := strconv.ParseInt(strings.ReplaceAll(sub[1], ",", ""), 10, 64)
		if err != nil || !s.Hides(v) {
			return m
		}
		n++
		return s.Text(v) + sub[2]
	})
	return out, n
}

// WithholdTexts applies WithholdText to a copy of a list of sentences.
func (s SmallCell) WithholdTexts(ts []string) ([]string, int) {
	if ts == nil {
		return nil, 0
	}
	out := make([]string, len(ts))
	n := 0
	for i, t := range ts {
		var k int
		out[i], k = s.WithholdText(t)
		n += k
	}
	return out, n
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
