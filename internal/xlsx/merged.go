package xlsx

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"strings"
)

// Range is a rectangular block of cells, 0-based columns and 1-based rows
// as in Rows (A1 = col 0, row 1), both ends inclusive.
type Range struct {
	Col1, Row1, Col2, Row2 int
}

// Contains reports whether the cell (col, row) lies in the range.
func (g Range) Contains(col, row int) bool {
	return col >= g.Col1 && col <= g.Col2 && row >= g.Row1 && row <= g.Row2
}

// String is the range in A1:B2 notation.
func (g Range) String() string {
	return CellRef(g.Col1, g.Row1) + ":" + CellRef(g.Col2, g.Row2)
}

// MaxMergedCells bounds the number of merged ranges read from one sheet.
var MaxMergedCells = 1 << 20

// MergedCells returns the merged ranges of a sheet (the <mergeCell ref=…>
// elements that follow the sheet data), in file order. It streams the sheet
// part under the same size limit as Rows and keeps only the ranges; a
// malformed ref is an error naming it.
func (w *Workbook) MergedCells(sheet int) ([]Range, error) {
	e, rc, err := w.openSheet(sheet)
	if err != nil {
		return nil, err
	}
	prefix := fmt.Sprintf("%s: sheet %q: ", w.name, e.Name)
	defer rc.Close()
	br := bufio.NewReaderSize(rc, 64<<10)
	var out []Range
	tag := []byte("mergeCell")
	for {
		// Find the next '<', then look at the element name (any prefix).
		if _, err := br.ReadSlice('<'); err != nil {
			if err == bufio.ErrBufferFull {
				continue
			}
			if err == io.EOF {
				return out, nil
			}
			return nil, newErr(fmt.Sprintf("%sreading merged cells: %v", prefix, err), ErrFormat, err)
		}
		head, _ := br.Peek(64)
		name := head
		if i := bytes.IndexAny(name, " \t\r\n/>"); i >= 0 {
			name = name[:i]
		}
		if i := bytes.IndexByte(name, ':'); i >= 0 {
			name = name[i+1:]
		}
		if !bytes.Equal(name, tag) {
			continue
		}
		el, err := br.ReadSlice('>')
		if err != nil {
			return nil, newErr(fmt.Sprintf("%sunterminated mergeCell element", prefix), ErrFormat)
		}
		ref := attr(el, "ref")
		g, ok := parseRange(ref)
		if !ok {
			return nil, newErr(fmt.Sprintf("%sbad mergeCell ref %q", prefix, ref), ErrFormat)
		}
		if len(out) >= MaxMergedCells {
			return nil, newErr(fmt.Sprintf("%smore than %d merged ranges (MaxMergedCells)", prefix, MaxMergedCells), ErrTooLarge)
		}
		out = append(out, g)
	}
}

// attr extracts attribute name's value from an element's bytes.
func attr(el []byte, name string) string {
	s := string(el)
	for _, q := range []string{`"`, `'`} {
		key := " " + name + "=" + q
		if i := strings.Index(s, key); i >= 0 {
			rest := s[i+len(key):]
			if j := strings.Index(rest, q); j >= 0 {
				return rest[:j]
			}
		}
	}
	return ""
}

// parseRange parses "A1:B2" (or a single "A1") into a Range.
func parseRange(ref string) (Range, bool) {
	a, b, found := strings.Cut(ref, ":")
	if !found {
		b = a
	}
	c1, r1, ok1 := parseRef(a)
	c2, r2, ok2 := parseRef(b)
	if !ok1 || !ok2 {
		return Range{}, false
	}
	if c2 < c1 {
		c1, c2 = c2, c1
	}
	if r2 < r1 {
		r1, r2 = r2, r1
	}
	return Range{Col1: c1, Row1: r1, Col2: c2, Row2: r2}, true
}

// parseRef parses "AB12" into a 0-based column and 1-based row.
func parseRef(s string) (col, row int, ok bool) {
	s = strings.ReplaceAll(s, "$", "")
	i := 0
	col = 0
	for i < len(s) && s[i] >= 'A' && s[i] <= 'Z' {
		col = col*26 + int(s[i]-'A'+1)
		i++
		if col > MaxColumns {
			return 0, 0, false
		}
	}
	if i == 0 || i == len(s) {
		return 0, 0, false
	}
	for _, c := range s[i:] {
		if c < '0' || c > '9' {
			return 0, 0, false
		}
		row = row*10 + int(c-'0')
		if row >= maxRow {
			return 0, 0, false
		}
	}
	if row == 0 {
		return 0, 0, false
	}
	return col - 1, row, true
}
