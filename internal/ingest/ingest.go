// Package ingest reads a release file — delimited text (plain or gzip) or an
// xlsx workbook — finds each table in it by content (preamble, title, header
// row), decides its dataset, and normalises every row into the canonical
// layout of package canon. It writes the result to temporary load files and
// describes each table (provenance, coverage, counts, redactions, rejects) so
// that the store can load a whole file in one transaction. It does not touch
// the store itself.
package ingest

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/icestat/icestat/internal/canon"
	"github.com/icestat/icestat/internal/textfile"
	"github.com/icestat/icestat/internal/xlsx"
)

// Options tune a read.
type Options struct {
	// TempDir holds the load files; the default is os.TempDir().
	TempDir string
	// Dataset forces the dataset of every table instead of inferring it.
	Dataset string
	// Progress, when set, is called every progressEvery rows with the rows
	// read so far in this file.
	Progress func(rows int64)
	// Release, when set, is the release tag stored in every row's release
	// column instead of the FOIA number found in the preamble or file name
	// (person keys link rows only within one release, so rows of one
	// release must carry one tag).
	Release string
	// Input, when set, is the file at the path, already opened by the
	// caller with OpenInput (and SHA256 its hash, when the caller computed
	// it): Read then opens nothing itself, except a Parquet file, which
	// DuckDB opens by name. The caller closes it.
	Input  *os.File
	SHA256 string
	// IncludeHidden stores hidden and veryHidden sheets, which are skipped
	// with a message otherwise.
	IncludeHidden bool
}

const progressEvery = 1 << 16

// File is a parsed release file ready to be loaded.
type File struct {
	Path   string
	Name   string // base name as given
	SHA256 string
	Size   int64
	Format string // "text/pipe+gzip", "text/comma", "xlsx", ...
	Parts  []*Part
	dir    string
}

// Part is one table of a file (the file itself for text, a sheet for xlsx).
type Part struct {
	Sheet      string // "" for text files
	SheetIndex int
	Dataset    string
	Title      string
	Preamble   []string
	Unit       string
	FOIA       string
	Release    string // release tag written to the rows: Options.Release, else FOIA
	// ReleaseForced: Options.Release was given, and it also overrides a
	// release column of the table (data_source).
	ReleaseForced bool
	HeaderRow     int
	Headers       []string
	Mapping       canon.Mapping
	Scope         string // AOR code when the table covers one AOR only
	Subset        string // e.g. "Criminal Alien Program" when the table is a program's subset

	CoverageFrom, CoverageTo canon.Day
	HasCoverage              bool
	CoverageBasis            string // "title", "title+data" or "data"
	DataFrom, DataTo         canon.Day
	hasData                  bool
	FYFromTitle              int // fiscal year given to rows when there is no key-date column

	RowsRead     int64
	RowsStored   int64
	RowsRejected int64 // rows that could not be read at all
	// RowsSkipped counts rows that are not records (blank rows, a repeated
	// header, totals, notes, a second table), by reason in Skips; they are
	// neither stored nor rejected: RowsRead = RowsStored + RowsRejected +
	// RowsSkipped.
	RowsSkipped int64
	Skips       map[string]int64
	// MergedFilled counts data cells that were empty because they lie in a
	// merged range and were given the range's top-left value.
	MergedFilled   int64
	ValuesRejected int64 // cells rejected while their row was kept
	Redactions     []Redaction

	Columns     []string // canonical columns in the load file, before redacted, extra, source_row
	MaxLine     int      // longest line of the load file, in bytes
	RowsPath    string   // load file of canonical rows
	RejectsPath string   // load file of rejects

	// Skipped, when not empty, says why the table was not stored (summary
	// or footnote sheets).
	Skipped string
	// Continues names the earlier sheet of the same file whose table this
	// sheet continues: releases split a table across sheets at Excel's
	// 1,048,576-row limit, and a continuation sheet may repeat the header or
	// start straight with data rows. The query layer treats the sheets of
	// one file, dataset, scope and subset as parts of one table.
	Continues string
}

// Redaction counts redacted cells of one released column.
type Redaction struct {
	Header string // as released
	Column string // canonical column, or "" when kept in extra
	Count  int64
}

func (p *Part) observe(d canon.Day) {
	if !p.hasData || d < p.DataFrom {
		p.DataFrom = d
	}
	if !p.hasData || d > p.DataTo {
		p.DataTo = d
	}
	p.hasData = true
}

// HasData reports whether any row had a key date.
func (p *Part) HasData() bool { return p.hasData }

// OpenInput opens a file to ingest. Only a regular file is opened: a FIFO,
// device, socket or directory is refused before it is opened (opening a
// FIFO blocks until a writer comes; reading one more than once cannot
// work), with a message that says how to ingest a stream.
func OpenInput(path string) (*os.File, int64, error) {
	fi, err := os.Stat(path)
	if err != nil {
		return nil, 0, err
	}
	if !fi.Mode().IsRegular() {
		return nil, 0, notRegular(path, fi)
	}
	fh, err := os.Open(path)
	if err != nil {
		return nil, 0, err
	}
	if fi, err = fh.Stat(); err != nil || !fi.Mode().IsRegular() {
		fh.Close()
		if err == nil {
			err = notRegular(path, fi)
		}
		return nil, 0, err
	}
	return fh, fi.Size(), nil
}

func notRegular(path string, fi os.FileInfo) error {
	what := "a special file"
	switch m := fi.Mode(); {
	case m.IsDir():
		return fmt.Errorf("%s: not a regular file (a directory)", path)
	case m&os.ModeNamedPipe != 0:
		what = "a FIFO or pipe"
	case m&os.ModeDevice != 0:
		what = "a device"
	case m&os.ModeSocket != 0:
		what = "a socket"
	}
	return fmt.Errorf("%s: not a regular file (%s): save it to a file first, or give - to read standard input", path, what)
}

// Hash returns the SHA-256 of a file, which identifies it in the store.
func Hash(path string) (string, int64, error) {
	fh, _, err := OpenInput(path)
	if err != nil {
		return "", 0, err
	}
	defer fh.Close()
	return HashReader(path, fh)
}

// HashReader hashes an open file from its start.
func HashReader(path string, fh io.ReadSeeker) (string, int64, error) {
	if _, err := fh.Seek(0, io.SeekStart); err != nil {
		return "", 0, fmt.Errorf("%s: %w", path, err)
	}
	h := sha256.New()
	n, err := io.Copy(h, fh)
	if err != nil {
		return "", 0, fmt.Errorf("%s: %w", path, err)
	}
	return hex.EncodeToString(h.Sum(nil)), n, nil
}

// Read parses a whole file, opening it once (see Options.Input). On error
// nothing is left behind; on success the caller must call Cleanup once the
// load files have been loaded.
func Read(path string, opts Options) (f *File, err error) {
	fh := opts.Input
	if fh == nil {
		if fh, _, err = OpenInput(path); err != nil {
			return nil, err
		}
		defer fh.Close()
	}
	sum := opts.SHA256
	var size int64
	if sum == "" {
		if sum, size, err = HashReader(path, fh); err != nil {
			return nil, err
		}
	} else {
		fi, err := fh.Stat()
		if err != nil {
			return nil, err
		}
		size = fi.Size()
	}
	dir, err := os.MkdirTemp(opts.TempDir, "icestat-ingest-")
	if err != nil {
		return nil, err
	}
	f = &File{Path: path, Name: filepath.Base(path), SHA256: sum, Size: size, dir: dir}
	defer func() {
		if err != nil {
			f.Cleanup()
			f = nil
		}
	}()
	if size == 0 {
		return nil, fmt.Errorf("%s: empty file", path)
	}
	kind, err := sniff(fh)
	if err != nil {
		return nil, err
	}
	switch kind {
	case "xlsx":
		err = f.readWorkbook(fh, opts)
	case "text":
		err = f.readText(fh, opts)
	case "parquet":
		err = f.readParquet(opts)
	default:
		err = fmt.Errorf("%s: %s", path, kind)
	}
	return f, err
}

// sniff decides the format from the first bytes, never from the name.
func sniff(fh io.ReadSeeker) (string, error) {
	if _, err := fh.Seek(0, io.SeekStart); err != nil {
		return "", err
	}
	var head [8]byte
	n, _ := io.ReadFull(fh, head[:])
	b := head[:n]
	switch {
	case bytes.HasPrefix(b, []byte("PK\x03\x04")):
		return "xlsx", nil
	case bytes.HasPrefix(b, []byte("PAR1")):
		if parquetOpener == nil {
			return "Parquet files need the store package linked in (icestat does; this build does not)", nil
		}
		return "parquet", nil
	case bytes.HasPrefix(b, []byte("\xd0\xcf\x11\xe0")):
		return "legacy .xls (OLE2) workbooks are not supported: save as .xlsx", nil
	}
	return "text", nil
}

// Cleanup removes the load files.
func (f *File) Cleanup() {
	if f != nil && f.dir != "" {
		os.RemoveAll(f.dir)
	}
}

// rowSource is what every reader provides.
type rowSource interface {
	Next() bool
	RowNum() int
	Cells() []string
	Numeric(col int) bool
	Err() error
}

// RowSource is a table's rows as text cells, header row included, for
// readers that live outside this package (Parquet, read by DuckDB in package
// store). RowNum numbers the header 1 and data rows from 2.
type RowSource interface {
	rowSource
	Close() error
}

var parquetOpener func(path string) (RowSource, error)

// RegisterParquet installs the Parquet reader. Package store registers one
// in its init, so that DuckDB decodes Parquet while finding the header,
// mapping columns and normalising values stay here, in pure Go, exactly as
// for text and xlsx (a Parquet file of a cleaned export and the same export
// as CSV give the same rows).
func RegisterParquet(open func(path string) (RowSource, error)) { parquetOpener = open }

func (f *File) readParquet(opts Options) error {
	rows, err := parquetOpener(f.Path)
	if err != nil {
		return fmt.Errorf("%s: %w", f.Path, err)
	}
	defer rows.Close()
	f.Format = "parquet"
	p := &Part{}
	if err := f.readTable(p, rows, "", nil, false, false, true, opts); err != nil {
		return err
	}
	if p.Skipped != "" {
		return fmt.Errorf("%s: %s", f.Path, p.Skipped)
	}
	f.Parts = append(f.Parts, p)
	return nil
}

func (f *File) readText(fh *os.File, opts Options) error {
	rows, err := textfile.NewReader(f.Path, fh, canon.KnownHeaderCount)
	if err != nil {
		return err
	}
	defer rows.Close()
	f.Format = "text/" + delimName(rows.Delim)
	if rows.Gzip {
		f.Format += "+gzip"
	}
	p := &Part{}
	if err := f.readTable(p, rows, "", nil, false, false, true, opts); err != nil {
		return err
	}
	if p.Skipped != "" {
		return fmt.Errorf("%s: %s", f.Path, p.Skipped)
	}
	f.Parts = append(f.Parts, p)
	return nil
}

func delimName(d rune) string {
	switch d {
	case '|':
		return "pipe"
	case '\t':
		return "tab"
	case ',':
		return "comma"
	}
	return string(d)
}

func (f *File) readWorkbook(fh *os.File, opts Options) error {
	wb, err := xlsx.NewReader(fh, f.Size, f.Path)
	if err != nil {
		return err
	}
	defer wb.Close()
	f.Format = "xlsx"
	stored, hidden := 0, 0
	var prev *Part // the last stored sheet, which the next may continue
	for _, s := range wb.Sheets() {
		if s.Hidden && !opts.IncludeHidden {
			// A hidden sheet is not part of what the release shows: often a
			// scratch copy or a lookup table. Skipped with a message, and
			// listed in sources as skipped.
			f.Parts = append(f.Parts, &Part{Sheet: s.Name, SheetIndex: s.Index,
				Skipped: fmt.Sprintf("%s sheet: not stored (--include-hidden stores it)", s.State)})
			hidden++
			prev = nil
			continue
		}
		p, err := f.readSheet(wb, s, prev, opts)
		if err != nil {
			return err
		}
		f.Parts = append(f.Parts, p)
		if p.Skipped == "" {
			stored++
			prev = p
		} else {
			prev = nil
		}
	}
	if stored == 0 && hidden > 0 {
		return fmt.Errorf("%s: no visible sheet has a recognisable header row (%d hidden sheets were not read: --include-hidden reads them)", f.Path, hidden)
	}
	if stored == 0 {
		return fmt.Errorf("%s: no sheet has a recognisable header row (looked in the first %d rows of each)", f.Path, headerSearchRows)
	}
	return nil
}

// readSheet reads one sheet's table. The sheet's merged ranges come after
// its rows in the part, so they are known only at the end: a sheet whose
// data rows hold a merged range (an AOR merged over three rows) is read a
// second time with every cell of the range given the range's top-left value
// (Part.MergedFilled counts them). Merges in the title and header rows, the
// usual kind, need no second pass.
func (f *File) readSheet(wb *xlsx.Workbook, s xlsx.SheetInfo, prev *Part, opts Options) (*Part, error) {
	rows, err := wb.Rows(s.Index)
	if err != nil {
		return nil, err
	}
	p := &Part{Sheet: s.Name, SheetIndex: s.Index}
	err = f.readTable(p, rows, s.Name, prev, true, wb.Date1904(), false, opts)
	merged := rows.Merged()
	rows.Close()
	if err != nil || p.Skipped != "" {
		return p, err
	}
	fill := dataMerges(merged, p.HeaderRow)
	if len(fill) == 0 {
		return p, nil
	}
	rows, err = wb.Rows(s.Index)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	p = &Part{Sheet: s.Name, SheetIndex: s.Index}
	err = f.readTable(p, &mergeFill{rowSource: rows, ranges: fill, part: p}, s.Name, prev, true, wb.Date1904(), false, opts)
	return p, err
}

// readTable finds the header of one table, then normalises its rows.
// strictWidth makes a row with a different number of fields from the header
// an error (text files, where it means a broken line); sheets trim trailing
// empty cells, so there it is normal.
//
// prev is the last stored sheet of the same workbook (nil for other
// formats): a sheet with no header row whose first rows fit prev's columns
// (same width, a date in the key-date column) continues prev's table, and a
// sheet that repeats prev's header without a preamble of its own inherits
// prev's title, FOIA number and coverage (see Part.Continues).
func (f *File) readTable(p *Part, rows rowSource, sheet string, prev *Part, serial, date1904, strictWidth bool, opts Options) error {
	where := f.Path
	if sheet != "" {
		where = fmt.Sprintf("%s: sheet %q", f.Path, sheet)
	}
	var above []heldRow
	header := -1
	for rows.Next() {
		cells := append([]string(nil), rows.Cells()...)
		if canon.KnownHeaderCount(cells) >= minHeaderCells {
			header = rows.RowNum()
			p.Headers = trimTrailing(cells)
			break
		}
		h := heldRow{num: rows.RowNum(), cells: cells}
		if prev != nil {
			h.numeric = make([]bool, len(cells))
			for i := range cells {
				h.numeric[i] = rows.Numeric(i)
			}
		}
		above = append(above, h)
		if len(above) >= headerSearchRows {
			break
		}
	}
	if err := rows.Err(); err != nil {
		return err
	}
	var replay []heldRow // data rows read while looking for a header
	var pre preamble
	switch {
	case header < 0 && prev != nil && continuesTable(prev, above, serial, date1904):
		p.Continues = prev.Sheet
		p.Headers, p.Dataset = prev.Headers, prev.Dataset
		pre = preamble{Lines: prev.Preamble, Title: prev.Title, Unit: prev.Unit, FOIA: prev.FOIA}
		replay = above
	case header < 0:
		p.Skipped = fmt.Sprintf("no header row found in the first %d rows (summary or footnote sheet?)", headerSearchRows)
		return nil
	default:
		if err := checkHeaders(where, header, p.Headers); err != nil {
			return err
		}
		lines := make([][]string, len(above))
		for i, h := range above {
			lines[i] = h.cells
		}
		pre = readPreamble(lines, f.Name)
		if prev != nil && len(pre.Lines) == 0 && sameHeaders(prev.Headers, p.Headers) {
			// The header repeated on a continuation sheet, with no preamble.
			p.Continues = prev.Sheet
			pre = preamble{Lines: prev.Preamble, Title: prev.Title, Unit: prev.Unit, FOIA: prev.FOIA}
		} else if prev != nil && pre.Title == prev.Title && pre.Title != "" && sameHeaders(prev.Headers, p.Headers) {
			p.Continues = prev.Sheet
		}
	}
	p.HeaderRow = header
	if header < 0 {
		p.HeaderRow = 0
	}
	p.Preamble, p.Title, p.Unit, p.FOIA = pre.Lines, pre.Title, pre.Unit, pre.FOIA
	p.Release, p.ReleaseForced = opts.Release, opts.Release != ""
	if p.Release == "" {
		p.Release = p.FOIA
	}
	if p.Dataset == "" {
		p.Dataset = opts.Dataset
	}
	if p.Dataset == "" {
		p.Dataset = canon.InferDataset(sheet, p.Title, p.Headers)
	}
	if p.Dataset == "" {
		return fmt.Errorf("%s: row %d: cannot tell which dataset this table holds from its title %q or headers; name it with --dataset", where, header, p.Title)
	}
	p.Mapping = canon.MapHeaders(p.Dataset, p.Headers)
	disambiguate(&p.Mapping)
	cov := titleCoverage(pre.Lines, p.Title)
	p.Scope, p.Subset = cov.Scope, cov.Subset
	if p.Mapping.KeyDate < 0 {
		p.FYFromTitle = cov.FY
	}

	base := fmt.Sprintf("%s/%d", f.dir, len(f.Parts))
	p.RowsPath, p.RejectsPath = base+".rows.tsv", base+".rejects.tsv"
	outF, err := os.Create(p.RowsPath)
	if err != nil {
		return err
	}
	defer outF.Close()
	rejF, err := os.Create(p.RejectsPath)
	if err != nil {
		return err
	}
	defer rejF.Close()
	out := bufio.NewWriterSize(outF, 1<<20)
	rej := bufio.NewWriterSize(rejF, 1<<16)
	n := newNormalizer(p, p.Mapping, serial, date1904, out, rej)
	width := len(p.Headers)
	kind := rowKind{headers: p.Headers, keyDate: p.Mapping.KeyDate, serial: serial, d1904: date1904}
	one := func(num int, cells []string, numeric func(int) bool) error {
		p.RowsRead++
		if why := kind.classify(cells, numeric); why != "" {
			p.skip(why)
			return nil
		}
		if strictWidth && len(cells) != width {
			return fmt.Errorf("%s: line %d: %d fields where the header (line %d) has %d", where, num, len(cells), header, width)
		}
		if err := n.row(num, cells, numeric); err != nil {
			return fmt.Errorf("%s: row %d: %w", where, num, err)
		}
		p.RowsStored++
		if opts.Progress != nil && p.RowsRead%progressEvery == 0 {
			opts.Progress(p.RowsRead)
		}
		return nil
	}
	for _, h := range replay {
		if err := one(h.num, h.cells, h.isNumeric); err != nil {
			return err
		}
	}
	for rows.Next() {
		if err := one(rows.RowNum(), rows.Cells(), rows.Numeric); err != nil {
			return err
		}
	}
	if err := rows.Err(); err != nil {
		return err
	}
	if err := out.Flush(); err != nil {
		return fmt.Errorf("writing load file: %w", err)
	}
	if err := rej.Flush(); err != nil {
		return fmt.Errorf("writing load file: %w", err)
	}
	p.MaxLine = n.maxLine
	for i, c := range n.redCount {
		if c == 0 {
			continue
		}
		r := Redaction{Header: p.Mapping.Headers[i], Count: c}
		if t := p.Mapping.Target[i]; t >= 0 {
			r.Column = canon.Columns[t].Name
		}
		p.Redactions = append(p.Redactions, r)
	}
	p.CoverageFrom, p.CoverageTo, p.HasCoverage = p.DataFrom, p.DataTo, p.hasData
	p.CoverageBasis = "data"
	switch {
	case cov.HasFrom && cov.HasTo:
		p.CoverageFrom, p.CoverageTo, p.HasCoverage, p.CoverageBasis = cov.From, cov.To, true, "title"
	case cov.HasFrom && p.hasData:
		p.CoverageFrom, p.CoverageBasis = cov.From, "title+data"
	}
	return nil
}

func (p *Part) skip(why string) {
	p.RowsSkipped++
	if p.Skips == nil {
		p.Skips = map[string]int64{}
	}
	p.Skips[why]++
}

func trimTrailing(cells []string) []string {
	n := len(cells)
	for n > 0 && strings.TrimSpace(cells[n-1]) == "" {
		n--
	}
	return cells[:n]
}

// checkHeaders refuses header rows whose names cannot identify a column:
// blank names between named ones, and a repeated key-date name (which date
// would the rows be counted by?). Other repeated names occur in real
// releases — the 2025 detainers workbook has "Final Order Yes No" in
// columns 33 and 56 — and are kept apart by disambiguate.
func checkHeaders(where string, row int, headers []string) error {
	seen := map[string]int{}
	for i, h := range headers {
		k := canon.HeaderKey(h)
		if k == "" {
			return fmt.Errorf("%s: header row %d, column %d: blank column name", where, row, i+1)
		}
		if j, dup := seen[k]; dup && canon.IsKeyDateHeader(k) {
			return fmt.Errorf("%s: header row %d, column %d: duplicate column name %q (also column %d)", where, row, i+1, strings.TrimSpace(h), j+1)
		}
		if _, dup := seen[k]; !dup {
			seen[k] = i
		}
	}
	return nil
}

// disambiguate renames the later copies of a repeated header "Name (column
// N)" so that each keeps its own key in the extra JSON and its own redaction
// count; MapHeaders already gives the canonical column to the first.
func disambiguate(m *canon.Mapping) {
	seen := map[string]bool{}
	for i, h := range m.Headers {
		k := canon.HeaderKey(h)
		if seen[k] {
			m.Headers[i] = fmt.Sprintf("%s (column %d)", h, i+1)
		}
		seen[k] = true
	}
}

// heldRow is a row read while looking for the header, kept so that a
// continuation sheet's first data rows are not lost.
type heldRow struct {
	num     int
	cells   []string
	numeric []bool
}

func (h heldRow) isNumeric(col int) bool { return col < len(h.numeric) && h.numeric[col] }

func sameHeaders(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if canon.HeaderKey(a[i]) != canon.HeaderKey(b[i]) {
			return false
		}
	}
	return true
}

// continuesTable reports whether header-less rows continue prev's table:
// prev has a key date, and the first non-empty rows (up to three) are no
// wider than prev's header and hold a date in its key-date column.
func continuesTable(prev *Part, rows []heldRow, serial, date1904 bool) bool {
	kd := prev.Mapping.KeyDate
	if kd < 0 {
		return false
	}
	checked := 0
	for _, h := range rows {
		cells := trimTrailing(h.cells)
		if len(cells) == 0 {
			continue
		}
		if len(cells) > len(prev.Headers) || kd >= len(cells) {
			return false
		}
		if _, err := canon.ParseDate(cells[kd], serial && h.isNumeric(kd), date1904); err != nil {
			return false
		}
		if checked++; checked == 3 {
			break
		}
	}
	return checked > 0
}
