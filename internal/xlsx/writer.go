package xlsx

import (
	"archive/zip"
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"
)

// MaxSheetRows is Excel's row limit per sheet.
const MaxSheetRows = 1048576

// Writer streams a workbook: sheets are written one after another, rows
// one at a time, so memory does not grow with the data. Strings are written
// inline (no shared-string table to hold in memory) and can never be
// formulas; dates are written as ISO text, readable in any spreadsheet.
type Writer struct {
	zw     *zip.Writer
	sheets []string
	cur    *SheetWriter
	// DateSerials writes time.Time values as Excel date serials in a date
	// style (m/d/yyyy, or m/d/yyyy h:mm when the value has a time of day),
	// as spreadsheet programs and R's writexl do, instead of ISO text.
	DateSerials bool
}

// NewWriter starts a workbook on w.
func NewWriter(w io.Writer) *Writer { return &Writer{zw: zip.NewWriter(w)} }

// SheetWriter writes the rows of one sheet.
type SheetWriter struct {
	w    *Writer
	buf  *bufio.Writer
	rows int
}

// AddSheet finishes the current sheet and starts a new one. Sheet names are
// cut to Excel's 31 characters.
func (w *Writer) AddSheet(name string) (*SheetWriter, error) {
	if err := w.finishSheet(); err != nil {
		return nil, err
	}
	if len(name) > 31 {
		name = name[:31]
	}
	w.sheets = append(w.sheets, name)
	fw, err := w.zw.Create(fmt.Sprintf("xl/worksheets/sheet%d.xml", len(w.sheets)))
	if err != nil {
		return nil, err
	}
	s := &SheetWriter{w: w, buf: bufio.NewWriterSize(fw, 1<<16)}
	s.buf.WriteString(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n" +
		`<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>`)
	w.cur = s
	return s, nil
}

// Sheets returns the names of the sheets begun so far.
func (w *Writer) Sheets() []string { return w.sheets }

// Rows is the number of rows written to the sheet so far.
func (s *SheetWriter) Rows() int { return s.rows }

// WriteRow appends a row. Values may be nil, string, bool, integers, floats
// or time.Time.
func (s *SheetWriter) WriteRow(vals []any) error {
	if s.rows >= MaxSheetRows {
		return fmt.Errorf("sheet %q is full (%d rows)", s.w.sheets[len(s.w.sheets)-1], MaxSheetRows)
	}
	s.rows++
	b := s.buf
	b.WriteString(`<row r="`)
	b.WriteString(strconv.Itoa(s.rows))
	b.WriteString(`">`)
	for i, v := range vals {
		ref := CellRef(i, s.rows)
		switch x := v.(type) {
		case nil:
			continue
		case string:
			if x == "" {
				continue
			}
			b.WriteString(`<c r="` + ref + `" t="inlineStr"><is><t xml:space="preserve">`)
			xmlEscape(b, x)
			b.WriteString(`</t></is></c>`)
		case bool:
			v := "0"
			if x {
				v = "1"
			}
			b.WriteString(`<c r="` + ref + `" t="b"><v>` + v + `</v></c>`)
		case int, int32, int64, uint32, uint64:
			b.WriteString(`<c r="` + ref + `"><v>` + fmt.Sprint(x) + `</v></c>`)
		case float64:
			b.WriteString(`<c r="` + ref + `"><v>` + strconv.FormatFloat(x, 'g', -1, 64) + `</v></c>`)
		case time.Time:
			if !s.w.DateSerials {
				b.WriteString(`<c r="` + ref + `" t="inlineStr"><is><t>` + x.Format("2006-01-02") + `</t></is></c>`)
				continue
			}
			style := "1"
			if x.Hour() != 0 || x.Minute() != 0 || x.Second() != 0 {
				style = "2"
			}
			b.WriteString(`<c r="` + ref + `" s="` + style + `"><v>` + strconv.FormatFloat(dateSerial(x), 'f', -1, 64) + `</v></c>`)
		default:
			b.WriteString(`<c r="` + ref + `" t="inlineStr"><is><t xml:space="preserve">`)
			xmlEscape(b, fmt.Sprint(x))
			b.WriteString(`</t></is></c>`)
		}
	}
	_, err := b.WriteString(`</row>`)
	return err
}

// dateSerial is t as an Excel serial of the 1900 date system: days since
// 1899-12-30, the time of day as the fraction (to the second).
func dateSerial(t time.Time) float64 {
	base := time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC)
	u := time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), 0, time.UTC)
	secs := int64(u.Sub(base) / time.Second)
	days := float64(secs/86400) + float64(secs%86400)/86400
	return days
}

func xmlEscape(b *bufio.Writer, s string) {
	for _, r := range s {
		switch {
		case r == '<':
			b.WriteString("&lt;")
		case r == '>':
			b.WriteString("&gt;")
		case r == '&':
			b.WriteString("&amp;")
		case r == '"':
			b.WriteString("&quot;")
		case r < 0x20 && r != '\t' && r != '\n' && r != '\r':
			// Not allowed in XML 1.0; such control characters carry no text.
		default:
			b.WriteRune(r)
		}
	}
}

func (w *Writer) finishSheet() error {
	if w.cur == nil {
		return nil
	}
	w.cur.buf.WriteString(`</sheetData></worksheet>`)
	err := w.cur.buf.Flush()
	w.cur = nil
	return err
}

// Close writes the workbook parts and finishes the archive.
func (w *Writer) Close() error {
	if err := w.finishSheet(); err != nil {
		return err
	}
	var sheets, rels, types strings.Builder
	for i, name := range w.sheets {
		n := i + 1
		var esc strings.Builder
		eb := bufio.NewWriter(&esc)
		xmlEscape(eb, name)
		eb.Flush()
		fmt.Fprintf(&sheets, `<sheet name="%s" sheetId="%d" r:id="rId%d"/>`, esc.String(), n, n)
		fmt.Fprintf(&rels, `<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet%d.xml"/>`, n, n)
		fmt.Fprintf(&types, `<Override PartName="/xl/worksheets/sheet%d.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`, n)
	}
	parts := []struct{ name, body string }{
		{"[Content_Types].xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` + types.String() + `</Types>`},
		{"_rels/.rels", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`},
		{"xl/workbook.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>` + sheets.String() + `</sheets></workbook>`},
		{"xl/_rels/workbook.xml.rels", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` + rels.String() + `</Relationships>`},
	}
	if w.DateSerials {
		// styles: 0 general, 1 date (built-in format 14), 2 date and time (22)
		parts = append(parts, struct{ name, body string }{"xl/styles.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="22" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>`})
		parts[0].body = strings.Replace(parts[0].body, `</Types>`, `<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>`, 1)
		parts[3].body = strings.Replace(parts[3].body, `</Relationships>`, fmt.Sprintf(`<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`, len(w.sheets)+1), 1)
	}
	for _, p := range parts {
		fw, err := w.zw.Create(p.name)
		if err != nil {
			return err
		}
		if _, err := io.WriteString(fw, p.body); err != nil {
			return err
		}
	}
	return w.zw.Close()
}
