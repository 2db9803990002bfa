package detstats

import (
	"fmt"
	"math"
	"regexp"
	"strings"

	"github.com/icestat/icestat/internal/xlsx"
)

// RawTable is one table as laid out in a sheet, before interpretation.
type RawTable struct {
	Sheet      string
	SheetIndex int
	Row, Col   int // title cell (1-based row, 0-based column)
	Title      string
	BandStart  int // first and last column of the table
	BandEnd    int
	HeaderRows []int
	// Header holds, per header row, the text of each column of the band
	// (upper levels filled right across their merged or implied span).
	Header [][]string
	Body   []BodyRow
	Notes  []string // note lines between title and header and after the body
}

// BodyRow is one row of a table body; Cells is indexed from BandStart.
type BodyRow struct {
	Row     int
	Cells   []Cell
	Section bool // a label-only row that heads the rows below it
}

// Ref is the title cell in A1 notation.
func (t *RawTable) Ref() string { return xlsx.CellRef(t.Col, t.Row) }

// Range is the table's block in A1 notation.
func (t *RawTable) Range() string {
	last := t.Row
	if n := len(t.Body); n > 0 {
		last = t.Body[n-1].Row
	}
	return xlsx.CellRef(t.BandStart, t.Row) + ":" + xlsx.CellRef(t.BandEnd, last)
}

// Stray is a block of numbers that no table claimed: reported, not dropped.
type Stray struct {
	Sheet string
	Ref   string // first cell
	Cells int
	Text  string // nearest text to its left or above
}

var noteRE = regexp.MustCompile(`(?i)^(\*|source|data source|data from|data are|data represents|data provided|note|this list|ice enforcement and removal operations|costs listed|from '|court data|only participants|these statistics|u\.s\. immigration and customs|please note|blank space|odo inspections|all q|the data|figures|fy\d+ (ice )?detention data is|n/a$)`)

func isNote(s string) bool {
	s = firstLine(s)
	return noteRE.MatchString(s) || len(s) > 160
}

// firstLine is the first non-empty line of a cell (titles sometimes carry an
// explanation below a line break).
func firstLine(s string) string {
	for _, l := range strings.Split(s, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			return l
		}
	}
	return ""
}

type finder struct {
	g       *Grid
	claimed map[[2]int]bool
}

type pos struct {
	col  int
	cell Cell
}

// cells returns the unclaimed non-empty cells of row r within [c0, c1].
func (f *finder) cells(r, c0, c1 int) []pos {
	cs := f.g.rows[r]
	var out []pos
	for c := c0; c <= c1 && c < len(cs); c++ {
		if !cs[c].empty() && !f.claimed[[2]int{r, c}] {
			out = append(out, pos{c, cs[c]})
		}
	}
	return out
}

func isYear(x float64) bool   { return x == math.Trunc(x) && x >= 1990 && x <= 2100 }
func isSerial(x float64) bool { return x == math.Trunc(x) && x >= 32000 && x <= 60000 }

// headerLike: at least two cells, mostly text; numbers only as column
// labels: a row of date serials (month columns written as dates, first
// column empty) or of years ("Population | 2023 | 2024").
func headerLike(cs []pos, c0 int) bool {
	if len(cs) < 2 {
		return false
	}
	nNum, nYear, nSerial := 0, 0, 0
	for _, p := range cs {
		if p.cell.Num {
			nNum++
			if isYear(p.cell.F) {
				nYear++
			}
			if isSerial(p.cell.F) {
				nSerial++
			}
		}
	}
	switch {
	case nNum == 0:
		return true
	case nSerial == nNum && nNum >= 2 && cs[0].col != c0:
		return true
	case nYear == nNum && nNum < len(cs):
		return true
	}
	return false
}

// bodyLike: a number right of the first column.
func bodyLike(cs []pos, c0 int) bool {
	for _, p := range cs {
		if p.col > c0 && p.cell.Num {
			return true
		}
	}
	return false
}

func singleText(cs []pos, c0 int) (string, bool) {
	if len(cs) == 1 && cs[0].col == c0 && !cs[0].cell.Num {
		return cs[0].cell.Text, true
	}
	return "", false
}

// nextRow returns the first row after r with unclaimed cells in the band,
// within max rows, or 0.
func (f *finder) nextRow(r, c0, c1, max int) int {
	for rr := r + 1; rr <= r+max && rr <= f.g.MaxRow; rr++ {
		if len(f.cells(rr, c0, c1)) > 0 {
			return rr
		}
	}
	return 0
}

func (f *finder) titleCandidate(r, c int) bool {
	g := f.g
	cell := g.At(r, c)
	if cell.empty() || cell.Num || f.claimed[[2]int{r, c}] || isNote(cell.Text) {
		return false
	}
	if c > 0 && !g.At(r, c-1).empty() && !f.claimed[[2]int{r, c - 1}] {
		return false
	}
	if e := g.extent(r, c); !g.At(r, e+1).empty() && !f.claimed[[2]int{r, e + 1}] {
		return false
	}
	return true
}

// findTables finds the tables of a sheet and the numbers left over.
func findTables(g *Grid) ([]*RawTable, []Stray) {
	f := &finder{g: g, claimed: map[[2]int]bool{}}
	var out []*RawTable
	for r := 1; r <= g.MaxRow; r++ {
		cs := g.rows[r]
		for c := 0; c < len(cs); c++ {
			if !f.titleCandidate(r, c) {
				continue
			}
			if t := f.tryTable(r, c, ""); t != nil {
				out = append(out, t)
			}
		}
	}
	// Untitled tables: a header row followed by a body, after notes only.
	for r := 2; r <= g.MaxRow; r++ {
		cs := f.cells(r, 0, g.MaxCol)
		if len(cs) < 2 || !headerLike(cs, cs[0].col) {
			continue
		}
		c := cs[0].col
		if nx := f.nextRow(r, c, g.MaxCol, 2); nx == 0 || !bodyLike(f.cells(nx, c, g.MaxCol), c) {
			continue
		}
		if len(f.cells(r-1, 0, g.MaxCol)) > 0 && len(f.cells(r-1, 0, g.MaxCol)) > 1 {
			continue
		}
		if t := f.tryTable(r-1, c, strings.TrimSpace(g.Sheet)); t != nil {
			out = append(out, t)
		}
	}
	return out, f.strays()
}

// titleRow reports whether a row holds two or more text cells that each
// stand alone (empty neighbours beyond their merged span) followed by a
// header row: side-by-side table titles rather than header labels.
func (f *finder) titleRow(r int, cs []pos) bool {
	if len(cs) < 2 {
		return false
	}
	for _, p := range cs {
		if p.cell.Num || !f.titleCandidate(r, p.col) {
			return false
		}
	}
	nx := f.nextRow(r, cs[0].col, f.g.MaxCol, 2)
	return nx > 0 && headerLike(f.cells(nx, cs[0].col, f.g.MaxCol), cs[0].col)
}

// labelsThenBody reports whether row r starts a run of short label-only rows
// that ends in a body row within three rows.
func (f *finder) labelsThenBody(r, c0, c1 int) bool {
	for rr := r; rr <= r+3; rr++ {
		cs := f.cells(rr, c0, c1)
		if bodyLike(cs, c0) {
			return rr > r
		}
		txt, ok := singleText(cs, c0)
		if !ok || isNote(txt) || len(txt) > 60 {
			return false
		}
	}
	return false
}

func (f *finder) tryTable(r, c int, untitled string) *RawTable {
	g := f.g
	limit := g.MaxCol
	for cc := g.extent(r, c) + 1; cc <= g.MaxCol; cc++ {
		if !g.At(r, cc).empty() && !f.claimed[[2]int{r, cc}] {
			limit = cc - 1
			break
		}
	}
	full := g.At(r, c).Text
	if untitled != "" {
		full = untitled
	}
	t := &RawTable{Sheet: g.Sheet, SheetIndex: g.Index, Row: r, Col: c, Title: firstLine(full)}
	var pre []string
	if rest := strings.TrimSpace(strings.Replace(full, t.Title, "", 1)); rest != "" {
		pre = append(pre, strings.Join(strings.Fields(rest), " "))
	}
	bodyStart := 0
	blanks := 0
	for rr := r + 1; rr <= r+14 && rr <= g.MaxRow; rr++ {
		cs := f.cells(rr, c, limit)
		if len(cs) == 0 {
			blanks++
			if blanks > 3 {
				return nil
			}
			continue
		}
		blanks = 0
		if txt, ok := singleText(cs, c); ok {
			if isNote(txt) {
				pre = append(pre, txt)
				continue
			}
			// Labels directly heading body rows start the body.
			if len(t.HeaderRows) > 0 && f.labelsThenBody(rr, c, limit) {
				bodyStart = rr
				break
			}
			return nil
		}
		if f.titleRow(rr, cs) {
			return nil // a row of separate titles: this was a sheet heading
		}
		if headerLike(cs, c) || (len(cs) == 1 && !cs[0].cell.Num && cs[0].col != c) {
			t.HeaderRows = append(t.HeaderRows, rr)
			continue
		}
		if bodyLike(cs, c) {
			bodyStart = rr
			break
		}
		return nil
	}
	if bodyStart == 0 || len(t.HeaderRows) == 0 {
		return nil
	}
	// The band: header columns from c, allowing one-column gaps.
	occ := map[int]bool{}
	for _, hr := range append(t.HeaderRows, bodyStart) {
		for _, p := range f.cells(hr, c, limit) {
			for cc := p.col; cc <= g.extent(hr, p.col) && cc <= limit; cc++ {
				occ[cc] = true
			}
		}
	}
	end, gap := c, 0
	for cc := c; cc <= limit; cc++ {
		if occ[cc] {
			end, gap = cc, 0
		} else if gap++; gap >= 2 {
			break
		}
	}
	t.BandStart, t.BandEnd = c, end
	// Body.
	lastBody := 0
	for rr := bodyStart; rr <= g.MaxRow; rr++ {
		cs := f.cells(rr, c, end)
		if len(cs) == 0 {
			nx := f.nextRow(rr, c, end, 3)
			if nx == 0 {
				break
			}
			ncs := f.cells(nx, c, end)
			if nx <= rr+1 && bodyLike(ncs, c) && !headerLike(ncs, c) {
				continue // one blank row inside a body
			}
			txt, ok := singleText(ncs, c)
			if !ok || isNote(txt) || len(txt) > 60 {
				break
			}
			nn := f.nextRow(nx, c, end, 2)
			if nn == 0 || nn != nx+1 {
				break
			}
			if nncs := f.cells(nn, c, end); !bodyLike(nncs, c) || headerLike(nncs, c) {
				break
			}
			rr = nx - 1 // continue at the section label
			continue
		}
		if txt, ok := singleText(cs, c); ok {
			if isNote(txt) || len(txt) > 80 {
				break
			}
			nx := f.nextRow(rr, c, end, 1)
			if nx > 0 && bodyLike(f.cells(nx, c, end), c) {
				t.Body = append(t.Body, f.bodyRow(rr, c, end, true))
				continue
			}
			if (lastBody == rr-1 && nx == rr+1) || f.labelsThenBody(rr, c, end) {
				t.Body = append(t.Body, f.bodyRow(rr, c, end, false))
				lastBody = rr
				continue
			}
			break
		}
		if !bodyLike(cs, c) && headerLike(cs, c) {
			// text-only row: a new header (untitled table) unless body follows
			// and it carries no header words; keep it as a body row of text
			// values only when it sits between body rows.
			nx := f.nextRow(rr, c, end, 1)
			if !(lastBody == rr-1 && nx == rr+1 && bodyLike(f.cells(nx, c, end), c)) {
				break
			}
		}
		t.Body = append(t.Body, f.bodyRow(rr, c, end, false))
		lastBody = rr
	}
	// Drop trailing section rows with nothing below.
	for len(t.Body) > 0 && t.Body[len(t.Body)-1].Section {
		t.Body = t.Body[:len(t.Body)-1]
	}
	if len(t.Body) == 0 {
		return nil
	}
	// Trailing notes: single text cells at c right after the body.
	last := t.Body[len(t.Body)-1].Row
	var post []string
	var postRows []int
	for rr := last + 1; rr <= g.MaxRow && rr <= last+6; rr++ {
		cs := f.cells(rr, c, end)
		if len(cs) == 0 {
			continue
		}
		txt, ok := singleText(cs, c)
		if !ok && len(cs) == 1 && !cs[0].cell.Num {
			txt, ok = cs[0].cell.Text, isNote(cs[0].cell.Text)
		}
		if !ok || !isNote(txt) {
			break
		}
		post = append(post, txt)
		postRows = append(postRows, rr)
	}
	t.Notes = append(pre, post...)
	// Header texts with upper levels filled right.
	for i, hr := range t.HeaderRows {
		row := make([]string, end-c+1)
		leaf := i == len(t.HeaderRows)-1
		cur, curEnd := "", -1
		for cc := c; cc <= end; cc++ {
			cell := g.At(hr, cc)
			txt := headerText(cell)
			if txt != "" {
				row[cc-c] = txt
				cur, curEnd = txt, g.extent(hr, cc)
				if !leaf && curEnd == cc {
					curEnd = end // no merge: an upper level spans until the next label
				}
				continue
			}
			if m, ok := g.covered(hr, cc); ok {
				row[cc-c] = headerText(g.At(m.Row1, m.Col1))
				continue
			}
			if cc <= curEnd {
				row[cc-c] = cur
			}
		}
		t.Header = append(t.Header, row)
	}
	// Claim.
	claim := func(rr int) {
		for cc := c; cc <= end; cc++ {
			f.claimed[[2]int{rr, cc}] = true
		}
	}
	for cc := c; cc <= max(end, g.extent(r, c)); cc++ {
		f.claimed[[2]int{r, cc}] = true
	}
	for rr := r + 1; rr <= last; rr++ {
		claim(rr)
	}
	for _, rr := range postRows {
		claim(rr)
	}
	return t
}

func headerText(c Cell) string {
	if c.empty() {
		return ""
	}
	if c.Num && isSerial(c.F) {
		if d, err := xlsx.SerialToDate(c.F, false); err == nil {
			return d.Format("2006-01-02")
		}
	}
	return strings.Join(strings.Fields(c.Text), " ")
}

func (f *finder) bodyRow(r, c0, c1 int, section bool) BodyRow {
	cells := make([]Cell, c1-c0+1)
	for _, p := range f.cells(r, c0, c1) {
		cells[p.col-c0] = p.cell
	}
	return BodyRow{Row: r, Cells: cells, Section: section}
}

// strays lists unclaimed numeric cells, grouped by row runs.
func (f *finder) strays() []Stray {
	g := f.g
	var out []Stray
	var cur *Stray
	lastRow := -10
	for r := 1; r <= g.MaxRow; r++ {
		for c, cell := range g.rows[r] {
			if !cell.Num || f.claimed[[2]int{r, c}] {
				continue
			}
			if cur == nil || r > lastRow+1 {
				out = append(out, Stray{Sheet: g.Sheet, Ref: xlsx.CellRef(c, r), Text: f.labelNear(r, c)})
				cur = &out[len(out)-1]
			}
			cur.Cells++
			lastRow = r
		}
	}
	return out
}

func (f *finder) labelNear(r, c int) string {
	for rr := r; rr >= 1 && rr > r-6; rr-- {
		cs := f.g.rows[rr]
		for cc := min(c, len(cs)-1); cc >= 0; cc-- {
			if !cs[cc].empty() && !cs[cc].Num {
				return fmt.Sprintf("%s: %s", xlsx.CellRef(cc, rr), short(cs[cc].Text, 60))
			}
		}
	}
	return ""
}

func short(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if len(s) > n {
		return s[:n] + "…"
	}
	return s
}
