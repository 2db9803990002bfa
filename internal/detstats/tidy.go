package detstats

import (
	"fmt"
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/icestat/icestat/internal/xlsx"
)

// Table is one interpreted table of an edition.
type Table struct {
	Kind       string // stable kind across layouts; "" when unrecognised
	Sheet      string
	SheetIndex int
	Ref        string // title cell, e.g. "A18"
	Range      string // whole block, e.g. "A18:F23"
	Title      string // title text as printed (footnote marks kept)
	Marks      string // footnote marks found in the title, headers or labels
	AsOf       time.Time
	AsOfFrom   string // "title", "notes", "file name", "" when unknown
	FY         int    // fiscal year of the table (from title, sheet or file)
	HeaderRows int    // levels of header
	KeyNames   []string
	Rows       int // body rows
	Values     []Value
	Totals     []TotalCheck
	Notes      []string
}

// Value is one tidy value.
type Value struct {
	Row, Col int      // sheet cell (1-based row, 0-based column)
	Keys     []string // row keys, outermost first (sections first)
	Measure  string   // column name, stable across years (FY tokens removed)
	Period   string   // YYYY-MM, YYYY-MM-DD, FYnnnn or "" when the column is not a period
	Num      float64
	HasNum   bool
	Text     string // text cell (attributes such as a facility's AOR, or "#N/A")
	Mark     string // footnote marks on the row label or column header
	Total    bool   // value of a totals row or totals column
}

// Cell returns the value's cell in A1 notation.
func (v *Value) Cell() string { return xlsx.CellRef(v.Col, v.Row) }

// TotalCheck is one totals row (or column) value checked against its parts.
type TotalCheck struct {
	Cell    string
	Keys    string
	Measure string
	Total   float64
	Sum     float64
	Parts   int
	OK      bool
	Axis    string // "row" (a totals row) or "column" (a Total column)
}

var (
	markRE    = regexp.MustCompile(`(\*+|[¹²³⁴⁵⁶⁷⁸⁹⁰]+)`)
	fyTokenRE = regexp.MustCompile(`(?i)\b(EO)?FY ?(\d{4}|\d{2})\b( YTD)?`)
	totalRE   = regexp.MustCompile(`(?i)^(grand )?totals?$`)
	avgRowRE  = regexp.MustCompile(`(?i)^(.*?)\s*average$`)
	monthsRE  = regexp.MustCompile(`(?i)^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?$`)
	fyColRE   = regexp.MustCompile(`(?i)^FY ?(\d{4}|\d{2})$`)
	yearRE    = regexp.MustCompile(`^(19|20)\d\d$`)
	dateColRE = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`)
	monYearRE = regexp.MustCompile(`(?i)^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*[- ](\d{4})\b`)
	attrColRE = regexp.MustCompile(`(?i)zip|date|code|phone|fiscal year`)
	// Columns and tables whose values are not additive (averages, shares).
	nonSumColRE   = regexp.MustCompile(`(?i)percent|%|\balos\b|\balip\b|average length|average number|\blength\b|\bcosts?\b|\brate\b|\bratio\b|average time`)
	nonSumTableRE = regexp.MustCompile(`(?i)length of stay|\balos\b|average time|in custody length|average number`)
)

// Keys for rows ICE printed without a label: unlabelled where the figure is
// not part of the table (below a body that has a labelled total), noLabel
// where it is one of a parent's parts (a technology row under an AOR).
const (
	unlabelled = "(unlabelled figure)"
	noLabel    = "(no label)"
)

// subsumed lists row labels that ICE prints beside their own total: they
// are left out when a totals row is added up.
var subsumed = map[string]string{
	"bond set by ice": "bonded out",
	"bond set by ij":  "bonded out",
}

// stripMarks removes footnote marks, returning the clean text and the marks.
func stripMarks(s string) (string, string) {
	ms := markRE.FindAllString(s, -1)
	if len(ms) == 0 {
		return strings.TrimSpace(s), ""
	}
	clean := strings.Join(strings.Fields(markRE.ReplaceAllString(s, " ")), " ")
	return clean, strings.Join(ms, "")
}

func isTotal(s string) bool {
	c, _ := stripMarks(s)
	return totalRE.MatchString(c)
}

// normMeasure makes a column name stable across years.
func normMeasure(s string) string {
	s = fyTokenRE.ReplaceAllString(s, "")
	s = strings.Join(strings.Fields(s), " ")
	s = strings.Trim(s, " :-/")
	return s
}

func monthNum(s string) int {
	m := monthsRE.FindStringSubmatch(strings.TrimSpace(s))
	if m == nil {
		return 0
	}
	return map[string]int{"jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12}[strings.ToLower(m[1])]
}

// column describes one band column after interpretation.
type column struct {
	role     int // roleKey, roleAttr, roleMeasure, roleSkip
	name     string
	measure  string
	period   string
	mark     string
	total    bool // a "Total" column
	group    string
	summable bool
	month    int // month column whose year comes from the fiscal year
	// hdrYear: the year a header cell gave this month column (carried
	// right across the span until the next year cell)
	hdrYear int
}

const (
	roleSkip = iota
	roleKey
	roleAttr
	roleMeasure
)

// interpret turns a raw table into tidy values and totals checks.
func interpret(rt *RawTable, fy int) *Table {
	t := &Table{Sheet: rt.Sheet, SheetIndex: rt.SheetIndex, Ref: rt.Ref(), Range: rt.Range(), Title: rt.Title,
		HeaderRows: len(rt.HeaderRows), Notes: rt.Notes, FY: fy}
	var marks []string
	addMark := func(m string) {
		if m != "" {
			marks = append(marks, m)
		}
	}
	_, tm := stripMarks(rt.Title)
	addMark(tm)
	if f := fyOf(rt.Title); f > 0 {
		t.FY = f
	}
	n := rt.BandEnd - rt.BandStart + 1
	// Column statistics over body rows.
	nText := make([]int, n)
	nNum := make([]int, n)
	col0Blank := 0
	col1WhenBlank := 0
	for _, b := range rt.Body {
		if b.Section {
			continue
		}
		for j, c := range b.Cells {
			if c.empty() {
				continue
			}
			if c.Num {
				nNum[j]++
			} else {
				nText[j]++
			}
		}
		if b.Cells[0].empty() {
			col0Blank++
			if n > 1 && !b.Cells[1].empty() && !b.Cells[1].Num {
				col1WhenBlank++
			}
		}
	}
	cols := make([]column, n)
	for j := 0; j < n; j++ {
		var parts []string
		cm := ""
		for _, h := range rt.Header {
			p := h[j]
			if p == "" {
				continue
			}
			p, m := stripMarks(p)
			if m != "" {
				cm += m
			}
			if len(parts) == 0 || parts[len(parts)-1] != p {
				parts = append(parts, p)
			}
		}
		addMark(cm)
		cols[j].name = strings.Join(parts, " / ")
		cols[j].mark = cm
		switch {
		case j == 0:
			cols[j].role = roleKey
		case j == 1 && col0Blank > 0 && col1WhenBlank == col0Blank && nText[1] > nNum[1]:
			cols[j].role = roleKey
		case nNum[j] == 0 && nText[j] == 0:
			cols[j].role = roleSkip
		case nText[j] > nNum[j] || (nNum[j] > 0 && attrColRE.MatchString(cols[j].name) && !fyColRE.MatchString(lastPart(parts))):
			cols[j].role = roleAttr
		default:
			cols[j].role = roleMeasure
		}
		// Measure and period from the header parts.
		var mparts []string
		var period string
		year := 0
		for _, p := range parts {
			switch {
			case yearRE.MatchString(p):
				year, _ = strconv.Atoi(p)
			case monthNum(p) > 0:
				m := monthNum(p)
				y := year
				if y == 0 {
					cols[j].month = m
					y = t.FY
					if m >= 10 {
						y--
					}
				}
				if y > 0 {
					period = fmt.Sprintf("%04d-%02d", y, m)
				}
				cols[j].hdrYear = year
			case dateColRE.MatchString(p):
				period = p[:7]
			case monYearRE.MatchString(p):
				m := monYearRE.FindStringSubmatch(p)
				period = fmt.Sprintf("%s-%02d", m[2], monthNum(m[1]))
			case fyColRE.MatchString(p):
				period = "FY" + fullYear(fyColRE.FindStringSubmatch(p)[1])
			default:
				mparts = append(mparts, p)
			}
		}
		if period == "" && year > 0 {
			period = strconv.Itoa(year)
		}
		cols[j].period = period
		cols[j].measure = normMeasure(strings.Join(mparts, " / "))
		if cols[j].measure == "" {
			if period != "" {
				cols[j].measure = "value"
			} else {
				cols[j].measure = cols[j].name
			}
		}
		if len(mparts) > 0 {
			cols[j].total = isTotal(mparts[len(mparts)-1])
			cols[j].group = strings.Join(mparts[:len(mparts)-1], " / ")
		}
		cols[j].summable = !nonSumColRE.MatchString(cols[j].name) && !nonSumTableRE.MatchString(rt.Title)
	}
	nextYears(cols)
	// Key names.
	for j := 0; j < n; j++ {
		if cols[j].role == roleKey {
			t.KeyNames = append(t.KeyNames, cols[j].name)
		}
	}
	// Row keys.
	type rowKeys struct {
		keys []string
		mark string
	}
	var rows []rowKeys
	var bodies []BodyRow
	section := ""
	hasSection := false
	prev0 := ""
	// Section rows head repeated row labels (the same day bands under each
	// population); without repeats a label-only row is an ordinary row.
	useSections := false
	seenLabel := map[string]bool{}
	for _, b := range rt.Body {
		if l := b.Cells[0].Text; !b.Section && l != "" {
			if seenLabel[l] {
				useSections = true
			}
			seenLabel[l] = true
		}
	}
	lastBody := -1
	for i, b := range rt.Body {
		if !b.Section {
			lastBody = i
		}
	}
	sawTotal := false
	for bi, b := range rt.Body {
		// A label-only row whose label also heads rows with values is an
		// empty row of the body ("No Tech" with no participants under one
		// AOR, ATD FY23), not a section; a "Total" section heads the
		// totals of the rows under it.
		if l := b.Cells[0].Text; b.Section && useSections && (!seenLabel[l] || isTotal(l)) {
			section, _ = stripMarks(b.Cells[0].Text)
			hasSection = true
			continue
		}
		var ks []string
		mk := ""
		others := false // a key other than the first is filled
		for j := 0; j < n; j++ {
			if cols[j].role != roleKey {
				continue
			}
			k, m := stripMarks(b.Cells[j].Text)
			mk += m
			if j > 0 && k != "" {
				others = true
			}
			ks = append(ks, k)
		}
		// The first key is filled down under merged or blank cells when a
		// lower key names the row (reason / criminality, FY / parole status).
		if ks[0] == "" && others {
			ks[0] = prev0
		} else if ks[0] != "" {
			prev0 = ks[0]
		}
		// An unlabelled last row is the table's total (ATD by AOR, FY21) —
		// unless the table already has a labelled total: then it is a
		// figure ICE left without a label (117,682 under a Total of 136,026
		// in the 2021-09 editions), kept under its own key and never added
		// up or taken as a total.
		if bi == lastBody && !others && ks[0] == "" {
			if sawTotal {
				ks[0] = unlabelled
				t.Notes = append(t.Notes, fmt.Sprintf("row %d: a figure without a label below the body; the table has a labelled total, so it is kept as %q and not checked as a total", b.Row, unlabelled))
			} else {
				ks[0] = "Total"
			}
		}
		if isTotal(ks[0]) {
			sawTotal = true
		}
		addMark(mk)
		if hasSection {
			ks = append([]string{section}, ks...)
		}
		rows = append(rows, rowKeys{ks, mk})
		bodies = append(bodies, b)
	}
	if hasSection {
		t.KeyNames = append([]string{"section"}, t.KeyNames...)
	}
	// One key column with a hidden hierarchy: "CBP Average" rows heading
	// their criminality rows, or AOR rows heading repeated technology rows.
	if len(t.KeyNames) == 1 && len(rows) > 2 {
		labels := make([]string, len(rows))
		for i, r := range rows {
			labels[i] = r.keys[0]
		}
		// the first number of each row, to tell a parent printed twice
		// from a child (see hierarchy)
		firsts := make([]float64, len(rows))
		for i, b := range bodies {
			firsts[i] = math.NaN()
			for _, c := range b.Cells[1:] {
				if c.Num {
					firsts[i] = c.F
					break
				}
			}
		}
		if nk := hierarchy(labels, firsts); nk != nil {
			for i := range rows {
				rows[i].keys = nk[i]
			}
			name := t.KeyNames[0]
			if a, b, ok := strings.Cut(name, "/"); ok {
				t.KeyNames = []string{strings.TrimSpace(a), strings.TrimSpace(b)}
			} else {
				t.KeyNames = []string{"group", name}
			}
		}
	}
	// A totals row leaves lower levels blank: they are totals too.
	for i := range rows {
		ks := rows[i].keys
		for k := range ks {
			if isTotal(ks[k]) {
				ks[k] = "Total"
				for d := k + 1; d < len(ks); d++ {
					if ks[d] == "" {
						ks[d] = "Total"
					}
				}
				break
			}
		}
	}
	t.Rows = len(rows)
	// Values.
	for i, b := range bodies {
		rowFY := 0
		for _, k := range rows[i].keys {
			if m := fyColRE.FindStringSubmatch(k); m != nil {
				rowFY, _ = strconv.Atoi(fullYear(m[1]))
			}
		}
		rowTotal := slices.Contains(rows[i].keys, "Total") && !slices.Contains(rows[i].keys, unlabelled)
		for j := 0; j < n; j++ {
			c := cols[j]
			if c.role != roleMeasure && c.role != roleAttr {
				continue
			}
			cell := b.Cells[j]
			if cell.empty() {
				continue
			}
			v := Value{Row: b.Row, Col: rt.BandStart + j, Keys: rows[i].keys, Measure: c.measure, Period: c.period,
				Mark: rows[i].mark + c.mark, Total: rowTotal || c.total}
			// Rows that are fiscal years (credible-fear tables): months
			// belong to the row's year, "FY Overall" is that year.
			if rowFY > 0 {
				switch {
				case c.month > 0:
					y := rowFY
					if c.month >= 10 {
						y--
					}
					v.Period = fmt.Sprintf("%04d-%02d", y, c.month)
				case c.period == "" && strings.Contains(strings.ToLower(c.measure), "fy overall"):
					v.Period = fmt.Sprintf("FY%d", rowFY)
				}
			}
			if c.role == roleMeasure && cell.Num {
				v.Num, v.HasNum = cell.F, true
			} else {
				v.Text = cell.Text
				if c.role == roleAttr && cell.Num && strings.Contains(strings.ToLower(c.name), "date") {
					if d, err := xlsx.SerialToDate(cell.F, false); err == nil {
						v.Text = d.Format("2006-01-02")
					}
				}
			}
			t.Values = append(t.Values, v)
		}
	}
	// Totals rows.
	keyStr := func(ks []string) string { return strings.Join(ks, " / ") }
	for i, b := range bodies {
		tk := rows[i].keys
		k := -1
		for d, s := range tk {
			if s == "Total" {
				k = d
				break
			}
		}
		if k < 0 {
			continue
		}
		match := func(rk []string, wantSub bool) bool {
			if len(rk) != len(tk) || rk[k] == "Total" {
				return false
			}
			for d := range tk {
				if d == k {
					continue
				}
				if tk[d] != "Total" {
					if rk[d] != tk[d] {
						return false
					}
				} else if (rk[d] == "Total") != wantSub {
					return false
				}
			}
			return true
		}
		var parts []int
		for _, want := range []bool{true, false} {
			parts = parts[:0]
			for p := range rows {
				if p != i && !slices.Contains(rows[p].keys, unlabelled) && match(rows[p].keys, want) {
					parts = append(parts, p)
				}
			}
			if len(parts) > 0 {
				break
			}
		}
		// Reasons that are themselves parts of another listed reason
		// ("Bond Set by ICE" and "by IJ" make up "Bonded Out").
		present := map[string]bool{}
		for _, p := range parts {
			present[strings.ToLower(rows[p].keys[k])] = true
		}
		kept := parts[:0:0]
		for _, p := range parts {
			if parent, ok := subsumed[strings.ToLower(rows[p].keys[k])]; ok && present[parent] {
				continue
			}
			kept = append(kept, p)
		}
		parts = kept
		// One part is an "of which" line (removals with an FSC detention),
		// not a breakdown: nothing to add up.
		if len(parts) < 2 {
			continue
		}
		for j := 0; j < n; j++ {
			c := cols[j]
			if c.role != roleMeasure || !c.summable || !b.Cells[j].Num {
				continue
			}
			sum, np := 0.0, 0
			tot := b.Cells[j].F
			integral := tot == math.Trunc(tot)
			for _, p := range parts {
				if pc := bodies[p].Cells[j]; pc.Num {
					sum += pc.F
					np++
					integral = integral && pc.F == math.Trunc(pc.F)
				}
			}
			if np == 0 {
				continue
			}
			t.Totals = append(t.Totals, TotalCheck{Cell: xlsx.CellRef(rt.BandStart+j, b.Row), Keys: keyStr(tk),
				Measure: strings.TrimSpace(c.measure + " " + c.period), Total: tot, Sum: sum, Parts: np, OK: near(tot, sum, np, integral), Axis: "row"})
		}
	}
	// Totals columns: "Total" = the other summable columns of its group.
	for j := 0; j < n; j++ {
		c := cols[j]
		if c.role != roleMeasure || !c.total || !c.summable || c.period != "" {
			continue
		}
		var parts []int
		for p := 0; p < n; p++ {
			q := cols[p]
			if p != j && q.role == roleMeasure && !q.total && q.group == c.group && q.summable {
				parts = append(parts, p)
			}
		}
		// Monthly columns: the Total column sums the months.
		if len(parts) == 0 {
			for p := 0; p < n; p++ {
				q := cols[p]
				if q.role == roleMeasure && len(q.period) == 7 && q.summable {
					parts = append(parts, p)
				}
			}
		}
		if len(parts) < 2 {
			continue
		}
		for i, b := range bodies {
			if !b.Cells[j].Num {
				continue
			}
			sum, np := 0.0, 0
			tot := b.Cells[j].F
			integral := tot == math.Trunc(tot)
			for _, p := range parts {
				if pc := b.Cells[p]; pc.Num {
					sum += pc.F
					np++
					integral = integral && pc.F == math.Trunc(pc.F)
				}
			}
			if np == 0 {
				continue
			}
			t.Totals = append(t.Totals, TotalCheck{Cell: xlsx.CellRef(rt.BandStart+j, b.Row), Keys: keyStr(rows[i].keys),
				Measure: c.measure, Total: tot, Sum: sum, Parts: np, OK: near(tot, sum, np, integral), Axis: "column"})
		}
	}
	t.Marks = strings.Join(dedup(marks), " ")
	return t
}

func lastPart(p []string) string {
	if len(p) == 0 {
		return ""
	}
	return p[len(p)-1]
}

// near compares a total with the sum of its parts: exactly for counts;
// for averages printed with decimals, within their rounding (0.06 a part).
func near(a, b float64, parts int, integral bool) bool {
	tol := 0.02
	if !integral {
		tol = 0.06 * float64(parts)
	}
	return math.Abs(a-b) <= tol+1e-9*math.Abs(a)
}

func dedup(s []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, x := range s {
		if !seen[x] {
			seen[x] = true
			out = append(out, x)
		}
	}
	return out
}

func fullYear(s string) string {
	if len(s) == 2 {
		return "20" + s
	}
	return s
}

// fyOf finds a fiscal year in a text ("FY2026", "FY26", "FY 2021",
// "EOFY2020"); of several ("FY2023 - FY2025") the latest.
func fyOf(s string) int {
	best := 0
	for _, m := range fyTokenRE.FindAllStringSubmatch(s, -1) {
		y, _ := strconv.Atoi(fullYear(m[2]))
		if y >= 2000 && y <= 2100 && y > best {
			best = y
		}
	}
	return best
}

// hierarchy recognises a hidden second level in one label column and
// returns two keys per row, or nil.
func hierarchy(labels []string, firsts []float64) [][]string {
	// "X Average" rows head the rows below them; "Average" is the total.
	nAvg := 0
	for _, l := range labels {
		if avgRowRE.MatchString(l) {
			nAvg++
		}
	}
	if nAvg >= 2 && avgRowRE.MatchString(labels[0]) {
		out := make([][]string, len(labels))
		parent := ""
		for i, l := range labels {
			if m := avgRowRE.FindStringSubmatch(l); m != nil {
				parent = strings.TrimSpace(m[1])
				if parent == "" {
					parent = "Total"
				}
				out[i] = []string{parent, "Total"}
				continue
			}
			out[i] = []string{parent, l}
		}
		return out
	}
	// Repeated labels (technologies) under unique labels (AORs).
	count := map[string]int{}
	for _, l := range labels {
		count[l]++
	}
	rep := 0
	for l, c := range count {
		if c >= 3 && !isTotal(l) {
			rep++
		}
	}
	if rep == 0 {
		return nil
	}
	out := make([][]string, len(labels))
	parent := ""
	parents := 0
	seen := map[string]int{}
	pVal, run := math.NaN(), 0.0 // the parent's number and its children's sum so far
	for i, l := range labels {
		v := firsts[i]
		// A label printed once or twice is still a child while the parent's
		// children do not yet add up to the parent and it fits in what is
		// left ("No Tech" under one AOR only; "VeriWatch" under two).
		fits := parent != "" && !math.IsNaN(pVal) && !math.IsNaN(v) && run < pVal && run+v <= pVal
		// A label printed twice that is not such a child is a parent when
		// the child rows after it add up to its number (ICE lists "Houston"
		// twice in some ATD tables; the second becomes "Houston (2)"); else
		// this is not such a hierarchy.
		twiceParent := false
		if count[l] == 2 && !fits {
			sum, n := 0.0, 0
			for j := i + 1; j < len(labels) && count[labels[j]] >= 3 && !isTotal(labels[j]); j++ {
				if !math.IsNaN(firsts[j]) {
					sum += firsts[j]
					n++
				}
			}
			twiceParent = n >= 2 && sum == v
		}
		switch {
		case isTotal(l):
			out[i] = []string{"Total", "Total"}
		case l == "" && parent != "":
			out[i] = []string{parent, noLabel}
		case count[l] >= 3 || fits:
			if parent == "" {
				return nil
			}
			out[i] = []string{parent, l}
		case count[l] == 2 && !twiceParent:
			return nil
		default:
			seen[l]++
			parent = l
			if seen[l] > 1 {
				parent = fmt.Sprintf("%s (%d)", l, seen[l])
			}
			parents++
			out[i] = []string{parent, "Total"}
			pVal, run = v, 0
			continue
		}
		if !math.IsNaN(v) && out[i][0] == parent {
			run += v
		}
	}
	if parents < 2 {
		return nil
	}
	return out
}

// nextYears mends month columns past a missing year cell: ICE's "ICLOS and
// Detainees" sheet of 2026-02-03 heads January 2023, 2024 and 2025 with a
// year but not January 2026, so that column carried 2025 and repeated
// January 2025's period (so do the editions of 2024-01-19 to 2024-02-16
// for January 2024, and of 2026-02-13 and 2026-04-10: found by listing
// every mended column over the 147 editions). Months run forward across a sheet; a month before
// the one to its left under the same year cell starts the next year.
func nextYears(cols []column) {
	prevYear, prevMonth, bump := 0, 0, 0
	for j := range cols {
		y := cols[j].hdrYear
		if y == 0 || len(cols[j].period) != 7 {
			continue
		}
		m, _ := strconv.Atoi(cols[j].period[5:])
		if y != prevYear {
			bump = 0
		} else if m < prevMonth {
			bump++
		}
		if bump > 0 {
			cols[j].period = fmt.Sprintf("%04d-%02d", y+bump, m)
		}
		prevYear, prevMonth = y, m
	}
}
