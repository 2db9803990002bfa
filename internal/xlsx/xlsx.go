// Package xlsx is a small, fast, streaming, read-only reader for .xlsx
// (Office Open XML SpreadsheetML) workbooks, written for ingesting U.S. ICE
// FOIA releases whose sheets can reach Excel's limit of 1,048,576 rows.
//
// # Why hand-written
//
// Sheet XML is scanned by a hand-written byte-level tokenizer over a
// refillable buffer instead of encoding/xml or a general spreadsheet library.
// Measured on the real Seattle workbook
// (2018-ICFO-36170_Seattle_Encounters_Arrests_Removals.xlsx: six sheets,
// 12 MB of sheet XML, 26,821 non-empty rows), one core of a shared 2-vCPU VM:
//
//	this package (BenchmarkRowsSeattle)                     ~24.5 ms  ~1.1 M rows/s
//	DEFLATE alone (BenchmarkInflateSeattle)                   ~14 ms  ~1.9 M rows/s
//	encoding/xml tokens only (BenchmarkEncodingXMLSeattle)   ~350 ms  ~75 k rows/s
//
// so merely tokenizing with encoding/xml, which general libraries such as
// excelize build on, is ~14x slower than producing the rows here, and more
// than half of this package's time is the standard library's decompressor.
// (excelize itself was not benchmarked: it is not a dependency of this module.)
// Memory does not grow with the sheet: one buffer (64 KiB, growing only to
// hold the largest single tag or cell value), one reused row slice and at
// most one string allocation per returned row (shared strings are not copied). Only the shared-string table is held
// in memory, as a single string plus offsets.
//
// # Limits
//
//   - Read-only; values are returned as text exactly as stored: numbers are not
//     reformatted and number formats/styles are not applied (use Rows.Numeric
//     and SerialToDate for date serials). Formulas are not evaluated; the
//     cached result in <v> is returned.
//   - Only UTF-8 parts are supported (all known writers use UTF-8). Text is
//     never trimmed (as if xml:space="preserve" were always set); entities,
//     CDATA and the _xHHHH_ escapes of string cells are decoded.
//   - DOCTYPE declarations are skipped and custom entities are never expanded;
//     unknown entity references are kept literally.
//   - Merged cells, hyperlinks, comments, rich-text formatting, charts and
//     pivot caches are ignored.
//   - Columns are limited to Excel's 16,384 (A..XFD); parts larger than
//     MaxSheetBytes/MaxSharedStringsBytes/MaxMetadataBytes and single tags or
//     values larger than MaxValueBytes are refused with an error. Sizes are
//     counted while decompressing; zip headers are not trusted.
//
// Every error message starts with the workbook name and, where it applies,
// sheet "NAME" and the row or cell.
package xlsx

import (
	"archive/zip"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"os"
	"path"
	"strconv"
	"strings"
)

// Size limits, enforced while decompressing (bytes actually read are counted;
// the sizes declared in zip headers are not trusted). They may be lowered
// (or raised) by the program before opening a workbook.
var (
	// MaxSharedStringsBytes limits the uncompressed size of xl/sharedStrings.xml.
	MaxSharedStringsBytes int64 = 256 << 20
	// MaxSheetBytes limits the uncompressed size of one worksheet part.
	MaxSheetBytes int64 = 4 << 30
	// MaxMetadataBytes limits workbook.xml and the relationship parts.
	MaxMetadataBytes int64 = 64 << 20
	// MaxValueBytes limits a single XML tag or cell/string value.
	MaxValueBytes = 16 << 20
)

// Sentinel errors, usable with errors.Is.
var (
	// ErrNotWorkbook reports a file that is not an xlsx workbook at all.
	ErrNotWorkbook = errors.New("not an xlsx workbook")
	// ErrTooLarge reports a part or value over one of the size limits.
	ErrTooLarge = errors.New("size limit exceeded")
	// ErrFormat reports malformed workbook content.
	ErrFormat = errors.New("malformed workbook")
)

// xerr is an error with a fixed message that matches one or more sentinels
// and/or wraps a cause.
type xerr struct {
	msg  string
	errs []error
}

func (e *xerr) Error() string   { return e.msg }
func (e *xerr) Unwrap() []error { return e.errs }

func newErr(msg string, errs ...error) error {
	var es []error
	for _, e := range errs {
		if e != nil {
			es = append(es, e)
		}
	}
	return &xerr{msg: msg, errs: es}
}

// SheetInfo describes one sheet of a workbook.
type SheetInfo struct {
	Name   string
	Index  int // 0-based order in the workbook
	Hidden bool
	State  string // "hidden" or "veryHidden" when Hidden, else ""
}

type sheetEntry struct {
	SheetInfo
	part string // zip part name, "" if the relationship could not be resolved
}

// Workbook is an open workbook. Its methods may be called from several
// goroutines, and several Rows may be open at once.
type Workbook struct {
	name     string
	zr       *zip.Reader
	files    map[string]*zip.File // exact name and lower-cased name
	closer   io.Closer
	sheets   []sheetEntry
	date1904 bool
	sst      sst
}

// Open opens a workbook file. It reads the workbook part, relationships, the
// 1904 flag and the shared-string table; sheet XML is streamed later.
func Open(filename string) (*Workbook, error) {
	f, err := os.Open(filename)
	if err != nil {
		return nil, err
	}
	st, err := f.Stat()
	if err != nil {
		f.Close()
		return nil, err
	}
	w, err := NewReader(f, st.Size(), filename)
	if err != nil {
		f.Close()
		return nil, err
	}
	w.closer = f
	return w, nil
}

// NewReader is Open over any io.ReaderAt (used for uploads); name is used in
// error messages.
func NewReader(r io.ReaderAt, size int64, name string) (*Workbook, error) {
	zr, err := zip.NewReader(r, size)
	if err != nil && !(errors.Is(err, zip.ErrInsecurePath) && zr != nil) {
		return nil, newErr(name+": not an xlsx workbook (not a zip archive)", ErrNotWorkbook, err)
	}
	w := &Workbook{name: name, zr: zr, files: make(map[string]*zip.File, len(zr.File)*2)}
	for _, f := range zr.File {
		n := strings.TrimPrefix(strings.ReplaceAll(f.Name, "\\", "/"), "/")
		if _, dup := w.files[n]; !dup {
			w.files[n] = f
		}
		if l := strings.ToLower(n); l != n {
			if _, dup := w.files[l]; !dup {
				w.files[l] = f
			}
		}
	}
	if err := w.readMeta(); err != nil {
		return nil, err
	}
	return w, nil
}

// Close releases the file opened by Open. Rows obtained earlier must not be
// used afterwards.
func (w *Workbook) Close() error {
	if w.closer != nil {
		c := w.closer
		w.closer = nil
		return c.Close()
	}
	return nil
}

// Name returns the name used in error messages.
func (w *Workbook) Name() string { return w.name }

// Sheets returns the sheets in workbook order.
func (w *Workbook) Sheets() []SheetInfo {
	out := make([]SheetInfo, len(w.sheets))
	for i, s := range w.sheets {
		out[i] = s.SheetInfo
	}
	return out
}

// Date1904 reports whether the workbook uses the 1904 date system.
func (w *Workbook) Date1904() bool { return w.date1904 }

// SharedStrings returns the number of entries in the shared-string table.
func (w *Workbook) SharedStrings() int { return w.sst.len() }

func (w *Workbook) file(name string) *zip.File {
	name = strings.TrimPrefix(name, "/")
	if f := w.files[name]; f != nil {
		return f
	}
	return w.files[strings.ToLower(name)]
}

// limitReader counts bytes read and fails once more than limit were produced.
type limitReader struct {
	r     io.Reader
	n     int64
	limit int64
	err   error // the error to return when over the limit
}

func (l *limitReader) Read(p []byte) (int, error) {
	if l.n > l.limit {
		return 0, l.err
	}
	if rem := l.limit - l.n + 1; int64(len(p)) > rem {
		p = p[:rem]
	}
	n, err := l.r.Read(p)
	l.n += int64(n)
	if l.n > l.limit {
		return 0, l.err
	}
	return n, err
}

// openPart opens a zip part with a size limit. varName names the limit in
// errors; prefix is the context ("BOOK: " or "BOOK: sheet \"S\": ").
func (w *Workbook) openPart(f *zip.File, limit int64, varName, prefix string) (io.ReadCloser, error) {
	tooBig := newErr(fmt.Sprintf("%spart %q is larger than the limit of %d bytes uncompressed (%s)", prefix, f.Name, limit, varName), ErrTooLarge)
	if f.UncompressedSize64 > uint64(limit) {
		return nil, tooBig
	}
	rc, err := f.Open()
	if err != nil {
		return nil, newErr(fmt.Sprintf("%scannot open part %q: %v", prefix, f.Name, err), ErrFormat, err)
	}
	bomb := newErr(fmt.Sprintf("%spart %q inflates to more than the %d bytes its zip header declares (a zip bomb or a corrupt archive)", prefix, f.Name, f.UncompressedSize64), ErrTooLarge, zip.ErrFormat)
	return struct {
		io.Reader
		io.Closer
	}{&limitReader{r: &declaredReader{r: rc, declared: f.UncompressedSize64, err: bomb}, limit: limit, err: tooBig}, rc}, nil
}

// declaredReader names the error archive/zip returns (a bare zip.ErrFormat)
// when a part inflates past the size its header declares: the signature of
// a zip bomb whose header lies.
type declaredReader struct {
	r        io.Reader
	n        uint64
	declared uint64
	err      error
}

func (d *declaredReader) Read(p []byte) (int, error) {
	n, err := d.r.Read(p)
	d.n += uint64(n)
	if errors.Is(err, zip.ErrFormat) && d.n >= d.declared {
		return n, d.err
	}
	return n, err
}

func (w *Workbook) readSmallPart(f *zip.File) ([]byte, error) {
	rc, err := w.openPart(f, MaxMetadataBytes, "MaxMetadataBytes", w.name+": ")
	if err != nil {
		return nil, err
	}
	defer rc.Close()
	b, err := io.ReadAll(rc)
	if err != nil {
		var xe *xerr
		if errors.As(err, &xe) {
			return nil, err
		}
		return nil, newErr(fmt.Sprintf("%s: reading part %q: %v", w.name, f.Name, err), ErrFormat, err)
	}
	return b, nil
}

type rel struct{ id, typ, target, mode string }

// readRels parses a relationships part; a missing part yields no relations.
func (w *Workbook) readRels(name string) ([]rel, error) {
	f := w.file(name)
	if f == nil {
		return nil, nil
	}
	b, err := w.readSmallPart(f)
	if err != nil {
		return nil, err
	}
	var rels []rel
	d := xml.NewDecoder(strings.NewReader(string(b)))
	d.Strict = false
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, newErr(fmt.Sprintf("%s: malformed part %q: %v", w.name, name, err), ErrFormat, err)
		}
		if se, ok := tok.(xml.StartElement); ok && se.Name.Local == "Relationship" {
			var r rel
			for _, a := range se.Attr {
				switch a.Name.Local {
				case "Id":
					r.id = a.Value
				case "Type":
					r.typ = a.Value
				case "Target":
					r.target = a.Value
				case "TargetMode":
					r.mode = a.Value
				}
			}
			rels = append(rels, r)
		}
	}
	return rels, nil
}

// resolve turns a relationship target into a part name relative to base's directory.
func resolve(base, target string) string {
	target = strings.ReplaceAll(target, "\\", "/")
	if strings.HasPrefix(target, "/") {
		return path.Clean(target)[1:]
	}
	p := path.Join(path.Dir(base), target)
	return strings.TrimPrefix(p, "/")
}

func relsName(part string) string {
	return path.Join(path.Dir(part), "_rels", path.Base(part)+".rels")
}

func (w *Workbook) readMeta() error {
	// Locate the workbook part through the package relationships, falling
	// back to the conventional name.
	wbPart := ""
	rels, err := w.readRels("_rels/.rels")
	if err != nil {
		return err
	}
	for _, r := range rels {
		if strings.HasSuffix(r.typ, "/officeDocument") && r.mode != "External" {
			if p := resolve("", r.target); w.file(p) != nil {
				wbPart = p
				break
			}
		}
	}
	if wbPart == "" {
		wbPart = "xl/workbook.xml"
	}
	wf := w.file(wbPart)
	if wf == nil {
		return newErr(w.name+": not an xlsx workbook (zip archive has no xl/workbook.xml part)", ErrNotWorkbook)
	}
	b, err := w.readSmallPart(wf)
	if err != nil {
		return err
	}
	type rawSheet struct{ name, rid, state string }
	var raw []rawSheet
	d := xml.NewDecoder(strings.NewReader(string(b)))
	d.Strict = false
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return newErr(fmt.Sprintf("%s: malformed part %q: %v", w.name, wbPart, err), ErrFormat, err)
		}
		se, ok := tok.(xml.StartElement)
		if !ok {
			continue
		}
		switch se.Name.Local {
		case "workbookPr":
			for _, a := range se.Attr {
				if a.Name.Local == "date1904" {
					v := strings.TrimSpace(a.Value)
					w.date1904 = v == "1" || v == "true"
				}
			}
		case "sheet":
			var s rawSheet
			for _, a := range se.Attr {
				switch {
				case a.Name.Local == "name" && a.Name.Space == "":
					s.name = a.Value
				case a.Name.Local == "state":
					s.state = a.Value
				case a.Name.Local == "id" && a.Name.Space != "":
					s.rid = a.Value
				}
			}
			raw = append(raw, s)
		}
	}
	wbRels, err := w.readRels(relsName(wbPart))
	if err != nil {
		return err
	}
	byID := make(map[string]rel, len(wbRels))
	sstPart := ""
	for _, r := range wbRels {
		byID[r.id] = r
		if strings.HasSuffix(r.typ, "/sharedStrings") && r.mode != "External" && sstPart == "" {
			sstPart = resolve(wbPart, r.target)
		}
	}
	for i, s := range raw {
		e := sheetEntry{SheetInfo: SheetInfo{Name: s.name, Index: i, Hidden: s.state == "hidden" || s.state == "veryHidden"}}
		if e.Hidden {
			e.State = s.state
		}
		if r, ok := byID[s.rid]; ok && r.mode != "External" {
			e.part = resolve(wbPart, r.target)
		}
		w.sheets = append(w.sheets, e)
	}
	// Two sheets of one name, or two sheets over one part, would be read
	// (and counted) twice: Excel allows neither, so such a file is refused.
	byName := map[string]int{}
	byPart := map[string]int{}
	for i, e := range w.sheets {
		k := strings.ToLower(e.Name)
		if j, dup := byName[k]; dup {
			return newErr(fmt.Sprintf("%s: sheets %d and %d are both named %q (sheet names must differ)", w.name, j+1, i+1, e.Name), ErrFormat)
		}
		byName[k] = i
		if e.part == "" {
			continue
		}
		pk := strings.ToLower(e.part)
		if j, dup := byPart[pk]; dup {
			return newErr(fmt.Sprintf("%s: sheets %q and %q both point to part %q (each sheet must have its own part)", w.name, w.sheets[j].Name, e.Name, e.part), ErrFormat)
		}
		byPart[pk] = i
	}
	if sstPart == "" || w.file(sstPart) == nil {
		if p := path.Join(path.Dir(wbPart), "sharedStrings.xml"); w.file(p) != nil {
			sstPart = p
		} else {
			sstPart = ""
		}
	}
	if sstPart != "" {
		if err := w.readSST(w.file(sstPart)); err != nil {
			return err
		}
	}
	return nil
}

// colName returns the column letters for a 0-based column index.
func colName(c int) string {
	var b [8]byte
	i := len(b)
	c++
	for c > 0 && i > 0 {
		c--
		i--
		b[i] = byte('A' + c%26)
		c /= 26
	}
	return string(b[i:])
}

// CellRef formats a 0-based column and 1-based row as an A1 reference.
func CellRef(col, row int) string { return colName(col) + strconv.Itoa(row) }
