// Package textfile reads the delimited text releases of ICE data: pipe,
// comma or tab separated, plain or gzip-compressed, with preamble lines above
// the header and doubled-quote escapes. It only splits text into rows; which
// row is the header and what the columns mean is decided by the caller from
// content. encoding/csv does the splitting: it is well kept, handles RFC 4180
// quoting exactly, and reads these files at several hundred thousand rows a
// second (see BenchmarkRows).
package textfile

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"unicode/utf8"
)

// Delimiters tried, in order of preference when equally good.
var Delimiters = []rune{'|', '\t', ',', ';'}

// sampleBytes is how much decompressed text is examined to choose the
// delimiter.
const sampleBytes = 256 << 10

// MaxLineBytes limits one physical line. encoding/csv holds a whole record
// in memory, so a file that is one endless line (a hostile or mislabelled
// file) would exhaust memory; it is refused with an error naming the line
// instead. Real releases have lines of a few hundred bytes; a 10 MB cell is
// read.
var MaxLineBytes int64 = 64 << 20

// Rows streams the records of a delimited file.
type Rows struct {
	name   string
	f      *os.File
	gz     *gzip.Reader
	csv    *csv.Reader
	rec    []string
	line   int
	err    error
	Delim  rune
	Gzip   bool
	closed bool
	// unzipped counts the bytes the gzip stream gave; a gzip header error
	// after some means bytes that are not gzip follow a whole stream.
	unzipped    *countReader
	sampleLines int // lines of the sample, for errors met while sampling
}

type countReader struct {
	r io.Reader
	n int64
}

func (c *countReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}

// HeaderScore rates a candidate record as a header row; the caller supplies
// it (canon.KnownHeaderCount) so this package stays free of domain rules.
type HeaderScore func(cells []string) int

// Open opens a file, detects gzip from its magic bytes and the delimiter from
// content: the delimiter under which some early record scores best as a
// header wins.
func Open(path string, score HeaderScore) (*Rows, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	r, err := newRows(path, f, score)
	if err != nil {
		f.Close()
		return nil, err
	}
	r.f = f
	return r, nil
}

// NewReader reads an already open file (from its start; the caller closes
// it), as Open does.
func NewReader(name string, f io.ReadSeeker, score HeaderScore) (*Rows, error) {
	if _, err := f.Seek(0, io.SeekStart); err != nil {
		return nil, err
	}
	return newRows(name, f, score)
}

func newRows(name string, f io.ReadSeeker, score HeaderScore) (*Rows, error) {
	r := &Rows{name: name}
	src, err := r.decompressed(f)
	if err != nil {
		return nil, err
	}
	br := bufio.NewReaderSize(src, 1<<20)
	sample, err := br.Peek(sampleBytes)
	if err != nil && err != io.EOF && err != bufio.ErrBufferFull {
		r.sampleLines = bytes.Count(sample, []byte("\n"))
		return nil, r.wrap(r.sampleLines, err)
	}
	if len(bytes.TrimSpace(sample)) == 0 {
		return nil, fmt.Errorf("%s: empty file (no text)", name)
	}
	what := "a text file"
	if r.Gzip {
		what = "text inside the gzip"
	}
	if i := bytes.IndexByte(sample, 0); i >= 0 {
		return nil, fmt.Errorf("%s: line %d: NUL byte: not %s", name, bytes.Count(sample[:i], []byte("\n"))+1, what)
	}
	if n := controlBytes(sample); n > 8 && n > len(sample)/100 {
		return nil, fmt.Errorf("%s: binary content (%d control characters in the first %d bytes): not %s", name, n, len(sample), what)
	}
	var rd io.Reader = br
	if bytes.IndexByte(sample, '\n') < 0 && bytes.IndexByte(sample, '\r') >= 0 {
		// Classic Mac line endings (CR only): read every CR as a line end.
		sample = bytes.ReplaceAll(sample, []byte("\r"), []byte("\n"))
		rd = crReader{br}
	}
	r.Delim = chooseDelimiter(sample, score)
	if bytes.HasPrefix(sample, []byte("\xef\xbb\xbf")) {
		br.Discard(3)
	}
	r.csv = csv.NewReader(&lineLimit{r: rd, max: MaxLineBytes})
	r.csv.Comma = r.Delim
	r.csv.FieldsPerRecord = -1
	r.csv.ReuseRecord = true
	return r, nil
}

func (r *Rows) decompressed(f io.ReadSeeker) (io.Reader, error) {
	var magic [2]byte
	n, _ := io.ReadFull(f, magic[:])
	if _, err := f.Seek(0, io.SeekStart); err != nil {
		return nil, err
	}
	if n == 2 && magic[0] == 0x1f && magic[1] == 0x8b {
		gz, err := gzip.NewReader(f)
		if err != nil {
			return nil, fmt.Errorf("%s: gzip: %w", r.name, err)
		}
		r.gz, r.Gzip = gz, true
		r.unzipped = &countReader{r: gz}
		return r.unzipped, nil
	}
	return f, nil
}

// chooseDelimiter parses the sample under each candidate delimiter and keeps
// the one whose best early record looks most like a header; ties go to the
// delimiter whose records have the most consistent field count.
func chooseDelimiter(sample []byte, score HeaderScore) rune {
	// Cut the sample at its last full line so a record split by the sample
	// boundary does not count.
	if i := bytes.LastIndexByte(sample, '\n'); i > 0 {
		sample = sample[:i+1]
	}
	best, bestScore, bestConsistency := Delimiters[0], -1, -1
	for _, d := range Delimiters {
		c := csv.NewReader(bytes.NewReader(sample))
		c.Comma, c.FieldsPerRecord, c.LazyQuotes = d, -1, true
		s, widths := 0, map[int]int{}
		for i := 0; i < 200; i++ {
			rec, err := c.Read()
			if err != nil {
				break
			}
			if score != nil {
				if v := score(rec); v > s {
					s = v
				}
			}
			widths[len(rec)]++
		}
		consistency := 0
		for w, n := range widths {
			if w > 1 && n > consistency {
				consistency = n
			}
		}
		if s > bestScore || s == bestScore && consistency > bestConsistency {
			best, bestScore, bestConsistency = d, s, consistency
		}
	}
	return best
}

// Next reads the next record. Blank lines are skipped by encoding/csv.
func (r *Rows) Next() bool {
	if r.err != nil || r.closed {
		return false
	}
	rec, err := r.csv.Read()
	if err == io.EOF {
		return false
	}
	if err != nil {
		var pe *csv.ParseError
		if errors.As(err, &pe) {
			if pe.StartLine != pe.Line {
				r.err = fmt.Errorf("%s: line %d (record starting on line %d), column %d: %v", r.name, pe.Line, pe.StartLine, pe.Column, pe.Err)
			} else {
				r.err = fmt.Errorf("%s: line %d, column %d: %v", r.name, pe.Line, pe.Column, pe.Err)
			}
		} else {
			r.err = r.wrap(r.line+1, err)
		}
		return false
	}
	r.line, _ = r.csv.FieldPos(0)
	for i, v := range rec {
		if !utf8.ValidString(v) {
			rec[i] = decodeWindows1252(v)
		}
		if strings.IndexByte(v, 0) >= 0 {
			r.err = fmt.Errorf("%s: line %d, field %d: NUL byte in text", r.name, r.line, i+1)
			return false
		}
	}
	r.rec = rec
	return true
}

func (r *Rows) wrap(line int, err error) error {
	var long *lineTooLong
	if errors.As(err, &long) {
		return fmt.Errorf("%s: line %d is longer than %d bytes (textfile.MaxLineBytes): not a line-oriented text file, or a cell far larger than any release holds", r.name, long.line, long.max)
	}
	if r.Gzip && errors.Is(err, gzip.ErrHeader) && r.unzipped != nil && r.unzipped.n > 0 {
		return fmt.Errorf("%s: the gzip stream ends whole after line %d but is followed by bytes that are not gzip data (trailing garbage): remove them (gzip -t names the problem) and ingest again", r.name, max(line, r.sampleLines))
	}
	if r.Gzip && (errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, gzip.ErrChecksum) || errors.Is(err, gzip.ErrHeader)) {
		return fmt.Errorf("%s: after line %d: gzip stream is truncated or corrupt: %w", r.name, line, err)
	}
	return fmt.Errorf("%s: line %d: %w", r.name, line, err)
}

// RowNum is the 1-based line on which the current record starts.
func (r *Rows) RowNum() int { return r.line }

// Cells returns the current record; it is reused by the next call to Next.
func (r *Rows) Cells() []string { return r.rec }

// Numeric is always false: text files have no typed cells.
func (r *Rows) Numeric(int) bool { return false }

// Err returns the first error met, naming file, line and field.
func (r *Rows) Err() error { return r.err }

// Close releases the file.
func (r *Rows) Close() error {
	r.closed = true
	if r.gz != nil {
		r.gz.Close()
	}
	if r.f != nil {
		return r.f.Close()
	}
	return nil
}

// cp1252 maps bytes 0x80..0x9F of Windows-1252 to runes; the other high bytes
// are the same as Latin-1.
var cp1252 = [32]rune{
	'€', 0x81, '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', 0x8D, 'Ž', 0x8F,
	0x90, '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', 0x9D, 'ž', 'Ÿ',
}

// decodeWindows1252 turns a string that is not valid UTF-8 into UTF-8,
// reading its bytes as Windows-1252 (a superset of Latin-1 for printable
// characters), the encoding of older government spreadsheets exported to
// text. Valid UTF-8 sequences inside it are kept.
func decodeWindows1252(s string) string {
	var b strings.Builder
	b.Grow(len(s) + 8)
	for i := 0; i < len(s); {
		c := s[i]
		if c < 0x80 {
			b.WriteByte(c)
			i++
			continue
		}
		if r, size := utf8.DecodeRuneInString(s[i:]); r != utf8.RuneError || size > 1 {
			b.WriteString(s[i : i+size])
			i += size
			continue
		}
		if c < 0xA0 {
			b.WriteRune(cp1252[c-0x80])
		} else {
			b.WriteRune(rune(c))
		}
		i++
	}
	return b.String()
}

// controlBytes counts the bytes of b that never occur in text: C0 controls
// other than tab, line feed, vertical tab, form feed, carriage return and
// the DOS end-of-file mark, and DEL.
func controlBytes(b []byte) int {
	n := 0
	for _, c := range b {
		if c < 0x20 && c != '\t' && c != '\n' && c != '\v' && c != '\f' && c != '\r' && c != 0x1a || c == 0x7f {
			n++
		}
	}
	return n
}

// crReader turns every carriage return into a line feed.
type crReader struct{ r io.Reader }

func (c crReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	for i := 0; i < n; i++ {
		if p[i] == '\r' {
			p[i] = '\n'
		}
	}
	return n, err
}

// lineLimit fails once a physical line grows past max bytes.
type lineLimit struct {
	r     io.Reader
	max   int64
	since int64 // bytes since the last line feed
	line  int   // line feeds seen
}

type lineTooLong struct {
	line int
	max  int64
}

func (e *lineTooLong) Error() string {
	return fmt.Sprintf("line %d is longer than %d bytes", e.line, e.max)
}

func (l *lineLimit) Read(p []byte) (int, error) {
	n, err := l.r.Read(p)
	b := p[:n]
	for {
		i := bytes.IndexByte(b, '\n')
		if i < 0 {
			l.since += int64(len(b))
			break
		}
		if l.max > 0 && l.since+int64(i) > l.max {
			return 0, &lineTooLong{line: l.line + 1, max: l.max}
		}
		l.line++
		l.since = 0
		b = b[i+1:]
	}
	if l.max > 0 && l.since > l.max {
		return 0, &lineTooLong{line: l.line + 1, max: l.max}
	}
	return n, err
}
