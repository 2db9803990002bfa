package xlsx

import (
	"errors"
	"fmt"
	"io"
)

// MaxColumns is Excel's column limit (A..XFD); cells beyond it are an error.
const MaxColumns = 16384

// MaxRowBytes limits the total size of the decoded values of one row.
var MaxRowBytes = 256 << 20

// maxRow bounds row numbers so that arithmetic never overflows.
const maxRow = 1 << 31

// Rows streams the rows of one sheet. It is not safe for concurrent use.
type Rows struct {
	w     *Workbook
	sheet sheetEntry
	rc    io.Closer
	s     *scanner

	state  int // stBefore, stIn, stDone
	depth  int // element depth before <sheetData>
	root   bool
	rowNum int

	cells   []string
	numeric []bool
	rowBuf  []byte
	pend    []pending
	err     error
	merged  []Range // the sheet's merged ranges, read after its rows
}

type pending struct {
	col        int32
	start, end int32
}

const (
	stBefore = iota
	stIn
	stDone
)

// cell types
const (
	ctN = iota
	ctS
	ctB
	ctE
	ctStr
	ctInline
	ctOther
)

// Rows streams one sheet's rows in order. sheet is the 0-based index from
// Sheets. Memory does not grow with the sheet's size. The caller must Close
// the Rows.
func (w *Workbook) Rows(sheet int) (*Rows, error) {
	e, rc, err := w.openSheet(sheet)
	if err != nil {
		return nil, err
	}
	return &Rows{w: w, sheet: e, rc: rc, s: newScanner(rc, MaxValueBytes)}, nil
}

// openSheet opens a sheet's XML part under MaxSheetBytes; errors name the
// workbook and the sheet.
func (w *Workbook) openSheet(sheet int) (sheetEntry, io.ReadCloser, error) {
	if sheet < 0 || sheet >= len(w.sheets) {
		return sheetEntry{}, nil, newErr(fmt.Sprintf("%s: sheet index %d out of range (workbook has %d sheets)", w.name, sheet, len(w.sheets)))
	}
	e := w.sheets[sheet]
	prefix := fmt.Sprintf("%s: sheet %q: ", w.name, e.Name)
	if e.part == "" {
		return e, nil, newErr(prefix+"sheet has no worksheet relationship in the workbook", ErrFormat)
	}
	f := w.file(e.part)
	if f == nil {
		return e, nil, newErr(fmt.Sprintf("%spart %q not found in the archive", prefix, e.part), ErrFormat)
	}
	rc, err := w.openPart(f, MaxSheetBytes, "MaxSheetBytes", prefix)
	return e, rc, err
}

// Sheet describes the sheet being read.
func (r *Rows) Sheet() SheetInfo { return r.sheet.SheetInfo }

// RowNum returns the 1-based row number of the current row, as in Excel
// (from the row's r attribute, or counted when absent).
func (r *Rows) RowNum() int { return r.rowNum }

// Cells returns the current row as a dense slice indexed by 0-based column
// (A=0). Missing cells are ""; trailing empty cells are trimmed, so the slice
// is never empty after Next returned true. The slice (not the strings) is
// reused by the next call to Next: copy it if it must be kept.
func (r *Rows) Cells() []string { return r.cells }

// Numeric reports whether the cell at col of the current row is a non-empty
// numeric cell (t attribute absent or "n"), e.g. a date serial for SerialToDate.
func (r *Rows) Numeric(col int) bool {
	return col >= 0 && col < len(r.numeric) && r.numeric[col]
}

// Err returns the error that ended iteration, if any.
func (r *Rows) Err() error { return r.err }

// Close releases the sheet stream. It is safe to call more than once.
func (r *Rows) Close() error {
	r.state = stDone
	if r.rc != nil {
		c := r.rc
		r.rc = nil
		return c.Close()
	}
	return nil
}

func (r *Rows) prefix() string {
	return fmt.Sprintf("%s: sheet %q: ", r.w.name, r.sheet.Name)
}

// fail records an error and stops iteration.
func (r *Rows) fail(err error) bool {
	r.err = err
	r.state = stDone
	r.cells, r.numeric = r.cells[:0], r.numeric[:0]
	return false
}

func (r *Rows) failf(kind error, format string, args ...any) bool {
	return r.fail(newErr(r.prefix()+fmt.Sprintf(format, args...), kind))
}

// scanFail converts a scanner stop into an error.
func (r *Rows) scanFail() bool {
	e := r.s.err()
	var xe *xerr
	switch {
	case errors.As(e, &xe):
		return r.fail(e)
	case e == errTruncEOF:
		return r.fail(newErr(fmt.Sprintf("%ssheet XML is truncated (unexpected end of data; last row reached: %d)", r.prefix(), r.rowNum), ErrFormat, io.ErrUnexpectedEOF))
	case e == errTooLong:
		return r.fail(newErr(fmt.Sprintf("%srow %d: XML tag or value larger than MaxValueBytes (%d)", r.prefix(), r.rowNum, MaxValueBytes), ErrTooLarge))
	case e == errSyntax:
		return r.fail(newErr(fmt.Sprintf("%smalformed sheet XML (last row reached: %d)", r.prefix(), r.rowNum), ErrFormat))
	default:
		return r.fail(newErr(fmt.Sprintf("%sreading sheet XML (last row reached: %d): %v", r.prefix(), r.rowNum, e), ErrFormat, e))
	}
}

// Next advances to the next row that has at least one non-empty cell value;
// rows whose cells are all empty or style-only are skipped. It returns false
// at the end of the sheet or on error (see Err).
func (r *Rows) Next() bool {
	if r.state == stDone {
		return false
	}
	s := r.s
	if r.state == stBefore {
		for {
			if !s.next() {
				if s.rerr == io.EOF && r.root && r.depth == 0 {
					r.state = stDone // a sheet without <sheetData>
					return false
				}
				return r.scanFail()
			}
			if len(s.name) == 9 && string(s.name) == "sheetData" && s.kind != tagEnd {
				if s.kind == tagEmpty {
					r.state = stDone
					return false
				}
				r.state = stIn
				break
			}
			switch s.kind {
			case tagStart:
				r.depth++
				r.root = true
			case tagEnd:
				r.depth--
			}
		}
	}
	for {
		for s.pos < s.end && isSpace(s.buf[s.pos]) {
			s.pos++
		}
		if handled, empty, ok := r.fastRow(); handled {
			if !ok {
				return false
			}
			if !empty {
				nonEmpty, ok := r.readRow()
				if !ok {
					return false
				}
				if nonEmpty {
					return true
				}
			}
			continue
		}
		if !s.next() {
			return r.scanFail()
		}
		if len(s.name) == 3 && string(s.name) == "row" {
			switch s.kind {
			case tagStart:
				if !r.rowAttr() {
					return false
				}
				nonEmpty, ok := r.readRow()
				if !ok {
					return false
				}
				if nonEmpty {
					return true
				}
			case tagEmpty:
				if !r.rowAttr() {
					return false
				}
			}
			continue
		}
		if s.kind == tagEnd && string(s.name) == "sheetData" {
			r.state = stDone
			r.cells, r.numeric = r.cells[:0], r.numeric[:0]
			r.readMerged()
			return false
		}
	}
}

// readMerged reads the <mergeCell ref=…> elements that follow the sheet
// data, in the same pass over the part: Merged gives them once Next has
// returned false. The rest of the part is small (merges, print settings);
// a malformed rest ends the look without an error, as the rows are whole.
func (r *Rows) readMerged() {
	s := r.s
	for s.next() {
		if s.kind == tagEnd || string(s.name) != "mergeCell" {
			continue
		}
		v, ok := s.attr("ref")
		if !ok {
			continue
		}
		g, ok := parseRange(string(v))
		if !ok {
			r.err = newErr(fmt.Sprintf("%sbad mergeCell ref %q", r.prefix(), v), ErrFormat)
			return
		}
		if len(r.merged) >= MaxMergedCells {
			r.err = newErr(fmt.Sprintf("%smore than %d merged ranges (MaxMergedCells)", r.prefix(), MaxMergedCells), ErrTooLarge)
			return
		}
		r.merged = append(r.merged, g)
	}
}

// Merged returns the sheet's merged ranges, in file order, once Next has
// returned false at the end of the sheet data (nil before).
func (r *Rows) Merged() []Range { return r.merged }

// fastRow parses an unprefixed <row ...> tag that is fully buffered,
// setting rowNum. It returns handled=false, having consumed nothing, for
// anything else; the general path then takes over.
func (r *Rows) fastRow() (handled, empty, ok bool) {
	s := r.s
	b := s.buf[s.pos:s.end]
	if len(b) < 6 || b[0] != '<' || b[1] != 'r' || b[2] != 'o' || b[3] != 'w' || !(b[4] == ' ' || b[4] == '/' || b[4] == '>') {
		return false, false, true
	}
	k := 4
	var rv []byte
	for {
		for k < len(b) && b[k] == ' ' {
			k++
		}
		if k+1 >= len(b) {
			return false, false, true
		}
		if b[k] == '>' {
			k++
			break
		}
		if b[k] == '/' {
			if b[k+1] != '>' {
				return false, false, true
			}
			k += 2
			empty = true
			break
		}
		ns := k
		for k < len(b) && b[k] != '=' && b[k] > ' ' && b[k] != '>' && b[k] != '/' {
			k++
		}
		if k+1 >= len(b) || b[k] != '=' || (b[k+1] != '"' && b[k+1] != '\'') {
			return false, false, true
		}
		ne := k
		q := b[k+1]
		k += 2
		j := 0
		for k+j < len(b) && b[k+j] != q {
			j++
		}
		if k+j >= len(b) {
			return false, false, true
		}
		if ne-ns == 1 && b[ns] == 'r' {
			rv = b[k : k+j]
		}
		k += j + 1
	}
	if rv == nil {
		if r.rowNum >= maxRow {
			return false, false, true
		}
		r.rowNum++
	} else {
		n, good := atoi(rv)
		if !good || n < 1 || n > maxRow || n <= r.rowNum {
			return false, false, true // the general path reports it
		}
		r.rowNum = n
	}
	s.pos += k
	return true, empty, true
}

// rowAttr sets rowNum from the current <row> tag.
func (r *Rows) rowAttr() bool {
	v, ok := r.s.attr("r")
	if !ok {
		if r.rowNum >= maxRow {
			return r.failf(ErrFormat, "too many rows")
		}
		r.rowNum++
		return true
	}
	n := 0
	for _, c := range v {
		if c < '0' || c > '9' || n > maxRow {
			return r.failf(ErrFormat, "invalid row number r=%q after row %d", v, r.rowNum)
		}
		n = n*10 + int(c-'0')
	}
	if n < 1 || n > maxRow {
		return r.failf(ErrFormat, "invalid row number r=%q after row %d", v, r.rowNum)
	}
	if n <= r.rowNum {
		return r.failf(ErrFormat, "row %d comes after row %d: row numbers must increase (rows out of order or repeated)", n, r.rowNum)
	}
	r.rowNum = n
	return true
}

// cellAttrs parses r and t of the current <c> tag. prev is the previous
// column in the row (-1 at the start).
func (r *Rows) cellAttrs(prev int) (col, typ int, ok bool) {
	s := r.s
	b := s.buf[s.tagBase:]
	col = -1
	typ = ctN
	for _, a := range s.attrs {
		if a.ne-a.ns != 1 {
			continue
		}
		v := b[a.vs:a.ve]
		switch b[a.ns] {
		case 'r':
			c, bad := parseCol(v)
			if bad {
				return 0, 0, r.failf(ErrFormat, "row %d: invalid cell reference %q", r.rowNum, v)
			}
			if c >= 0 {
				col = c
			}
		case 't':
			typ = cellType(v)
		}
	}
	if col < 0 {
		col = prev + 1
		if col >= MaxColumns {
			return 0, 0, r.failf(ErrFormat, "row %d: more than %d cells", r.rowNum, MaxColumns)
		}
	}
	return col, typ, true
}

// parseCol parses the column letters of a cell reference such as "AB12".
// It returns -1 for an empty reference (treated as absent) and bad=true for
// an invalid one or a column beyond XFD.
func parseCol(v []byte) (col int, bad bool) {
	c := 0
	for i := 0; i < len(v); i++ {
		ch := v[i]
		if ch >= 'A' && ch <= 'Z' {
			c = c*26 + int(ch-'A') + 1
		} else if ch >= 'a' && ch <= 'z' {
			c = c*26 + int(ch-'a') + 1
		} else {
			break
		}
		if c > MaxColumns {
			return 0, true
		}
	}
	if c == 0 {
		return -1, len(v) != 0
	}
	return c - 1, false
}

func cellType(v []byte) int {
	switch string(v) {
	case "n", "":
		return ctN
	case "s":
		return ctS
	case "b":
		return ctB
	case "e":
		return ctE
	case "str":
		return ctStr
	case "inlineStr":
		return ctInline
	}
	return ctOther
}

// fastCell handles the overwhelmingly common unprefixed forms
//
//	<c r="A7" s="23" t="s"><v>14</v></c>   and   <c r="B1" s="6"/>
//
// directly in the buffer. It returns handled=false, having consumed nothing,
// when the input is anything else or not fully buffered; the general
// tag-by-tag path then takes over. When only the <c> tag matched, it consumes
// that tag and finishes the cell with readCell.
func (r *Rows) fastCell(prev int) (col int, handled, ok bool) {
	s := r.s
	b := s.buf[s.pos:s.end]
	if len(b) < 4 || b[0] != '<' || b[1] != 'c' || !(b[2] == ' ' || b[2] == '/' || b[2] == '>') {
		return 0, false, true
	}
	k := 2
	col, typ := -1, ctN
	empty := false
	for {
		for k < len(b) && b[k] == ' ' {
			k++
		}
		if k+1 >= len(b) {
			return 0, false, true
		}
		if b[k] == '>' {
			k++
			break
		}
		if b[k] == '/' {
			if b[k+1] != '>' {
				return 0, false, true
			}
			k += 2
			empty = true
			break
		}
		ns := k
		for k < len(b) && b[k] != '=' && b[k] > ' ' && b[k] != '>' && b[k] != '/' {
			k++
		}
		if k+1 >= len(b) || b[k] != '=' || (b[k+1] != '"' && b[k+1] != '\'') {
			return 0, false, true
		}
		ne := k
		q := b[k+1]
		k += 2
		j := 0
		for k+j < len(b) && b[k+j] != q {
			j++
		}
		if k+j >= len(b) {
			return 0, false, true
		}
		v := b[k : k+j]
		if ne-ns == 1 {
			switch b[ns] {
			case 'r':
				c, bad := parseCol(v)
				if bad {
					return 0, false, true // let the general path report it
				}
				col = c
			case 't':
				typ = cellType(v)
			}
		}
		k += j + 1
	}
	if col < 0 {
		col = prev + 1
		if col >= MaxColumns {
			return 0, false, true
		}
	}
	if empty {
		s.pos += k
		return col, true, true
	}
	// <v>text</v></c>
	if rest := b[k:]; len(rest) > 3 && rest[0] == '<' && rest[1] == 'v' && rest[2] == '>' {
		vs := k + 3
		if j := indexByte(b[vs:], '<'); j >= 0 {
			ve := vs + j
			if t := b[ve:]; len(t) >= 8 && string(t[:8]) == "</v></c>" {
				v := b[vs:ve]
				if !needsDecode(v) {
					s.pos += ve + 8
					return col, true, r.value(col, typ, v)
				}
			}
		}
	}
	s.pos += k
	return col, true, r.readCell(col, typ)
}

// readRow reads the cells of the current row up to </row>.
func (r *Rows) readRow() (nonEmpty, ok bool) {
	s := r.s
	r.cells, r.numeric, r.rowBuf, r.pend = r.cells[:0], r.numeric[:0], r.rowBuf[:0], r.pend[:0]
	col := -1
	for {
		for s.pos < s.end && isSpace(s.buf[s.pos]) {
			s.pos++
		}
		if c, handled, ok := r.fastCell(col); handled {
			if !ok {
				return false, false
			}
			col = c
			continue
		}
		if b := s.buf[s.pos:s.end]; len(b) >= 6 && string(b[:6]) == "</row>" {
			s.pos += 6
			break
		}
		if !s.next() {
			return false, r.scanFail()
		}
		name := s.name
		if len(name) == 1 && name[0] == 'c' {
			var typ int
			col, typ, ok = r.cellAttrs(col)
			if !ok {
				return false, false
			}
			if s.kind == tagStart {
				if !r.readCell(col, typ) {
					return false, false
				}
			}
			continue
		}
		if s.kind == tagEnd && len(name) == 3 && string(name) == "row" {
			break
		}
	}
	if len(r.pend) > 0 {
		str := string(r.rowBuf)
		for _, p := range r.pend {
			r.cells[p.col] = str[p.start:p.end]
		}
	}
	return len(r.cells) > 0, true
}

// grow makes col addressable in cells/numeric.
func (r *Rows) grow(col int) {
	for len(r.cells) <= col {
		r.cells = append(r.cells, "")
		r.numeric = append(r.numeric, false)
	}
}

func (r *Rows) setStr(col int, v string) {
	if v == "" {
		return
	}
	r.grow(col)
	r.cells[col] = v
	r.numeric[col] = false
}

// setBytes stores a value that must be copied; it becomes a substring of the
// row's single string allocation when the row ends.
func (r *Rows) setBytes(col int, v []byte, numeric, unescape bool) bool {
	if len(v) == 0 {
		return true
	}
	start := len(r.rowBuf)
	if unescape && hasXEscape(v) {
		r.rowBuf = appendUnescapeX(r.rowBuf, v)
	} else {
		r.rowBuf = append(r.rowBuf, v...)
	}
	return r.addPending(col, start, numeric)
}

// addPending records rowBuf[start:] as the value of col.
func (r *Rows) addPending(col, start int, numeric bool) bool {
	if len(r.rowBuf) == start {
		return true
	}
	if len(r.rowBuf) > MaxRowBytes {
		r.rowBuf = r.rowBuf[:start]
		return r.failf(ErrTooLarge, "row %d: row values larger than MaxRowBytes (%d)", r.rowNum, MaxRowBytes)
	}
	r.grow(col)
	r.cells[col] = ""
	r.numeric[col] = numeric
	r.pend = append(r.pend, pending{int32(col), int32(start), int32(len(r.rowBuf))})
	return true
}

// readCell reads the content of a <c> element up to </c>.
func (r *Rows) readCell(col, typ int) bool {
	s := r.s
	for {
		if !s.next() {
			return r.scanFail()
		}
		name := s.name
		switch s.kind {
		case tagStart:
			if len(name) == 1 && name[0] == 'v' {
				txt, ok := s.readText()
				if !ok {
					return r.scanFail()
				}
				if !r.value(col, typ, txt) {
					return false
				}
			} else if len(name) == 2 && string(name) == "is" {
				if !r.inline(col) {
					return false
				}
			}
		case tagEnd:
			if len(name) == 1 && name[0] == 'c' {
				return true
			}
			if len(name) == 3 && string(name) == "row" {
				return r.failf(ErrFormat, "cell %s: </row> inside unclosed <c>", CellRef(col, r.rowNum))
			}
		}
	}
}

func (r *Rows) value(col, typ int, v []byte) bool {
	switch typ {
	case ctN:
		return r.setBytes(col, v, true, false)
	case ctS:
		idx, good := atoi(trimSpace(v))
		if !good {
			return r.failf(ErrFormat, "cell %s: invalid shared string index %q", CellRef(col, r.rowNum), v)
		}
		if idx < 0 || idx >= r.w.sst.len() {
			return r.failf(ErrFormat, "cell %s: shared string index %d out of range (table has %d strings)", CellRef(col, r.rowNum), idx, r.w.sst.len())
		}
		r.setStr(col, r.w.sst.get(idx))
	case ctB:
		switch string(trimSpace(v)) {
		case "1", "true":
			r.setStr(col, "TRUE")
		case "0", "false":
			r.setStr(col, "FALSE")
		default:
			return r.setBytes(col, v, false, false)
		}
	case ctStr, ctInline:
		return r.setBytes(col, v, false, true)
	default: // e, d, unknown: as written
		return r.setBytes(col, v, false, false)
	}
	return true
}

// inline reads <is> ... </is>, concatenating <t> runs outside phonetic <rPh>.
func (r *Rows) inline(col int) bool {
	s := r.s
	start := len(r.rowBuf)
	inRPh := false
	for {
		if !s.next() {
			return r.scanFail()
		}
		name := s.name
		switch s.kind {
		case tagStart:
			if len(name) == 1 && name[0] == 't' && !inRPh {
				txt, ok := s.readText()
				if !ok {
					return r.scanFail()
				}
				r.rowBuf = append(r.rowBuf, txt...)
				if len(r.rowBuf)-start > MaxValueBytes {
					return r.failf(ErrTooLarge, "cell %s: inline string larger than MaxValueBytes (%d)", CellRef(col, r.rowNum), MaxValueBytes)
				}
			} else if string(name) == "rPh" {
				inRPh = true
			}
		case tagEnd:
			switch string(name) {
			case "rPh":
				inRPh = false
			case "is":
				if len(r.rowBuf) > start {
					raw := r.rowBuf[start:]
					if hasXEscape(raw) {
						dec := appendUnescapeX(nil, raw)
						r.rowBuf = append(r.rowBuf[:start], dec...)
					}
				}
				if !r.addPending(col, start, false) {
					return false
				}
				return true
			case "c", "row":
				return r.failf(ErrFormat, "cell %s: unclosed <is>", CellRef(col, r.rowNum))
			}
		}
	}
}

// atoi parses a non-negative decimal integer without allocating.
func atoi(b []byte) (int, bool) {
	if len(b) == 0 || len(b) > 18 {
		return 0, false
	}
	n := 0
	for _, c := range b {
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, true
}

func trimSpace(b []byte) []byte {
	for len(b) > 0 && isSpace(b[0]) {
		b = b[1:]
	}
	for len(b) > 0 && isSpace(b[len(b)-1]) {
		b = b[:len(b)-1]
	}
	return b
}
