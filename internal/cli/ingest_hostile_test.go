package cli

// Hostile and broken inputs (issue 6), end to end through Main: each one
// either is stored correctly or fails with an error that names the file and
// the place, a non-zero exit, and a store that is exactly as before (every
// table's row count, the sources list, and `icestat verify`).

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"compress/gzip"
	"context"
	"fmt"
	"io"
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/icestat/icestat/internal/ingest"
	"github.com/icestat/icestat/internal/load"
	"github.com/icestat/icestat/internal/store"
	"github.com/icestat/icestat/internal/textfile"
)

// hostileHeader is a real arrests header (the columns of
// BOS_EROArrests_FY2017.csv.gz) plus two typed columns.
const hostileHeader = `"Area of Responsibility"|"Apprehension Date"|"Apprehension Method"|"Citizenship"|"Gender"|"Year of Birth"|"Final Order Yes No"`

func hostileRow(date, country string) string {
	return fmt.Sprintf(`"Boston Area of Responsibility"|%s|"Located"|"%s"|"Male"|1980|Yes`, date, country)
}

// hostileDir is a scratch directory on tmpfs when there is one (DuckDB's
// syncs make a disk slow under load; a kill, unlike a power cut, loses
// nothing that tmpfs keeps), else t.TempDir().
func hostileDir(t testing.TB) string {
	t.Helper()
	if fi, err := os.Stat("/dev/shm"); err == nil && fi.IsDir() {
		if d, err := os.MkdirTemp("/dev/shm", "icestat-hostile-"); err == nil {
			t.Cleanup(func() { os.RemoveAll(d) })
			return d
		}
	}
	return t.TempDir()
}

func hostileWrite(t testing.TB, dir, name string, data []byte) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func hostileGzip(data []byte) []byte {
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	zw.Write(data)
	zw.Close()
	return b.Bytes()
}

// hostileSnapshot describes everything a failed ingest must leave alone:
// the row count of every table of the store and the list of sources. It
// also requires `icestat verify` to pass.
func hostileSnapshot(t testing.TB, db string) string {
	t.Helper()
	if code, out, errs := invoke(t.(*testing.T), "verify", "--db", db); code != 0 {
		t.Fatalf("verify failed (exit %d): %s%s", code, out, errs)
	}
	st, err := store.OpenReadOnly(db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	ctx := context.Background()
	rows, err := st.Query(ctx, `SELECT table_name FROM information_schema.tables WHERE table_schema = 'main' AND table_type = 'BASE TABLE' ORDER BY table_name`)
	if err != nil {
		t.Fatal(err)
	}
	var tables []string
	for rows.Next() {
		var n string
		rows.Scan(&n)
		tables = append(tables, n)
	}
	rows.Close()
	var b strings.Builder
	for _, tb := range tables {
		var n int64
		if err := st.QueryRow(ctx, `SELECT count(*) FROM "`+tb+`"`).Scan(&n); err != nil {
			t.Fatal(err)
		}
		fmt.Fprintf(&b, "%s=%d ", tb, n)
	}
	srcs, err := st.Query(ctx, `SELECT id, file, sha256, coalesce(sheet, ''), rows_stored FROM sources ORDER BY id`)
	if err != nil {
		t.Fatal(err)
	}
	defer srcs.Close()
	for srcs.Next() {
		var id, n int64
		var file, sha, sheet string
		srcs.Scan(&id, &file, &sha, &sheet, &n)
		fmt.Fprintf(&b, "\n%d %s %s [%s] %d", id, file, sha[:12], sheet, n)
	}
	return b.String()
}

// hostileStore makes a store holding one real file.
func hostileStore(t *testing.T) string {
	t.Helper()
	db := filepath.Join(hostileDir(t), "h.duckdb")
	if code, _, errs := invoke(t, "ingest", "--db", db, bundled("BOS_EROArrests_FY2017.csv.gz")); code != 0 {
		t.Fatal(errs)
	}
	return db
}

// hostileSQL runs a read-only query through the sql command and returns its
// CSV output without the header line.
func hostileSQL(t *testing.T, db, q string) string {
	t.Helper()
	code, out, errs := invoke(t, "sql", "--db", db, "--format", "csv", q)
	if code != 0 {
		t.Fatalf("sql %s: %s", q, errs)
	}
	_, body, _ := strings.Cut(out, "\n")
	return body
}

// TestHostileTextInputsRefused: broken text files fail with the file and
// the line or column named, exit 1, and leave the store unchanged.
func TestHostileTextInputsRefused(t *testing.T) {
	db := hostileStore(t)
	dir := t.TempDir()
	var many strings.Builder
	many.WriteString(hostileHeader + "\n")
	for i := 0; i < 20000; i++ {
		many.WriteString(hostileRow(fmt.Sprintf("10/%d/2016", 1+i%28), "MEXICO") + "\n")
	}
	gz := hostileGzip([]byte(many.String()))
	rnd := rand.New(rand.NewSource(1))
	noise := make([]byte, 200000)
	rnd.Read(noise)
	noNUL := bytes.ReplaceAll(noise, []byte{0}, []byte{1})
	lateNUL := []byte(many.String()[:300000])
	lateNUL = append(lateNUL[:bytes.LastIndexByte(lateNUL, '\n')+1], []byte(hostileRow("10/1/2016", "PE\x00RU")+"\n")...)
	tests := []struct {
		name string
		data []byte
		want []string // substrings of stderr besides the file name
	}{
		{"truncated.csv.gz", gz[:len(gz)/2], []string{"gzip stream is truncated or corrupt"}},
		{"binary.csv.gz", hostileGzip(noise), []string{"NUL byte: not text inside the gzip"}},
		{"binary-nonul.csv.gz", hostileGzip(noNUL), []string{"binary content", "not text inside the gzip"}},
		{"binary.csv", noNUL, []string{"binary content", "not a text file"}},
		{"empty.csv", nil, []string{"empty file"}},
		{"blank.csv", []byte("\n \n\t\n"), []string{"empty file"}},
		{"preamble.csv", []byte("\"ERO-LESA Statistical Tracking Unit\"\n\"For Official Use Only (FOUO)/Pre-decisional\"\n\"2019-ICFO-53623\"\n"), []string{"no header row found"}},
		{"blankcol.csv", []byte(strings.Replace(hostileHeader, `"Apprehension Method"`, `""`, 1) + "\n" + hostileRow("10/1/2016", "PERU") + "\n"), []string{"header row 1, column 3: blank column name"}},
		{"dupdate.csv", []byte(strings.Replace(hostileHeader, `"Apprehension Method"`, `"Apprehension Date"`, 1) + "\n" + hostileRow("10/1/2016", "PERU") + "\n"), []string{"header row 1, column 3: duplicate column name \"Apprehension Date\" (also column 2)"}},
		{"wide.csv", []byte(hostileHeader + "\n" + hostileRow("10/1/2016", "PERU") + "\n" + hostileRow("10/2/2016", "PERU") + "|extra\n"), []string{"line 3: 8 fields where the header (line 1) has 7"}},
		{"narrow.csv", []byte(hostileHeader + "\n" + hostileRow("10/1/2016", "PERU") + "\n\"Boston Area of Responsibility\"|10/2/2016\n"), []string{"line 3: 2 fields where the header (line 1) has 7"}},
		{"quote.csv", []byte(hostileHeader + "\n" + hostileRow("10/1/2016", "PERU") + "\n" + `"Boston Area of Responsibility"|10/2/2016|"Located"|"PERU"|"Male"|1980|"Yes` + "\nBoston|10/3/2016|Located|PERU|Male|1980|Yes\n"), []string{"(record starting on line 3)", "extraneous or missing \" in quoted-field"}},
		{"nul.csv", []byte(hostileHeader + "\n" + hostileRow("10/1/2016", "PE\x00RU") + "\n"), []string{"line 2: NUL byte: not a text file"}},
		{"latenul.csv", lateNUL, []string{"field 4: NUL byte in text"}},
		{"old.xls", append([]byte("\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"), noise[:4096]...), []string{"legacy .xls (OLE2) workbooks are not supported"}},
	}
	before := hostileSnapshot(t, db)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			path := hostileWrite(t, dir, tc.name, tc.data)
			code, out, errs := invoke(t, "ingest", "--db", db, path)
			if code != 1 {
				t.Errorf("exit %d, want 1; stdout %q", code, out)
			}
			for _, w := range append([]string{path + ":", "store unchanged for this file"}, tc.want...) {
				if !strings.Contains(errs, w) {
					t.Errorf("stderr lacks %q:\n%s", w, errs)
				}
			}
			if after := hostileSnapshot(t, db); after != before {
				t.Errorf("store changed:\nbefore %s\nafter  %s", before, after)
			}
		})
	}
	// The line-number of a late NUL: the bad row is the last line.
	if n := bytes.Count(lateNUL, []byte("\n")); !t.Failed() {
		_, _, errs := invoke(t, "ingest", "--db", db, filepath.Join(dir, "latenul.csv"))
		if !strings.Contains(errs, fmt.Sprintf("line %d, field 4", n)) {
			t.Errorf("late NUL not placed on line %d: %s", n, errs)
		}
	}
}

// TestHostileEndlessLine: a file that is one endless line is refused at
// textfile.MaxLineBytes (lowered here to 1 MiB so the test stays small)
// instead of being held in memory.
func TestHostileEndlessLine(t *testing.T) {
	old := textfile.MaxLineBytes
	textfile.MaxLineBytes = 1 << 20
	defer func() { textfile.MaxLineBytes = old }()
	db := hostileStore(t)
	before := hostileSnapshot(t, db)
	data := []byte(hostileHeader + "\n" + hostileRow("10/1/2016", "PERU") + "\n" + strings.Repeat("x|", 2<<20))
	path := hostileWrite(t, t.TempDir(), "endless.csv", data)
	code, _, errs := invoke(t, "ingest", "--db", db, path)
	if code != 1 || !strings.Contains(errs, path+": line 3 is longer than 1048576 bytes (textfile.MaxLineBytes)") {
		t.Errorf("exit %d: %s", code, errs)
	}
	if after := hostileSnapshot(t, db); after != before {
		t.Errorf("store changed:\nbefore %s\nafter  %s", before, after)
	}
}

// TestHostileTextInputsStored: odd but readable text is stored exactly.
func TestHostileTextInputsStored(t *testing.T) {
	db := hostileStore(t)
	dir := t.TempDir()
	h, r1, r2, r3 := hostileHeader, hostileRow("10/1/2016", "MEXICO"), hostileRow("10/2/2016", "PERU"), hostileRow("10/3/2016", "CHILE")
	tests := []struct {
		name  string
		data  string
		query string // answered after the ingest, compared with want
		want  string
	}{
		{"mixed-endings.csv", h + "\r\n" + r1 + "\n" + r2 + "\r\n" + r3 + "\n",
			`SELECT count(*), count(*) FILTER (WHERE contains(country || gender || extra, chr(13))) FROM arrests a JOIN sources s ON s.id = a.source_id WHERE s.file = 'mixed-endings.csv'`, "3,0\n"},
		{"cr-only.csv", h + "\r" + r1 + "\r" + r2 + "\r" + r3 + "\r",
			`SELECT count(*), string_agg(country, ' ' ORDER BY source_row) FROM arrests a JOIN sources s ON s.id = a.source_id WHERE s.file = 'cr-only.csv'`, "3,MEXICO PERU CHILE\n"},
		{"bom.csv", "\xef\xbb\xbf" + h + "\n" + r1 + "\n",
			`SELECT aor, country FROM arrests a JOIN sources s ON s.id = a.source_id WHERE s.file = 'bom.csv'`, "BOS,MEXICO\n"},
		{"latin1.csv", h + "\n" + hostileRow("10/1/2016", "C\xd4TE D'IVOIRE") + "\n" + hostileRow("10/2/2016", "CURA\xc7AO") + "\n",
			`SELECT string_agg(country, ';' ORDER BY source_row) FROM arrests a JOIN sources s ON s.id = a.source_id WHERE s.file = 'latin1.csv'`, "CÔTE D'IVOIRE;CURAÇAO\n"},
		{"cp1252.csv", h + "\n" + hostileRow("10/1/2016", "C\xd4TE D\x92IVOIRE") + "\n",
			`SELECT country FROM arrests a JOIN sources s ON s.id = a.source_id WHERE s.file = 'cp1252.csv'`, "CÔTE D’IVOIRE\n"},
		{"dupcol.csv", strings.Replace(h, `"Gender"`, `"Citizenship"`, 1) + "\n" + r1 + "\n",
			`SELECT country, extra FROM arrests a JOIN sources s ON s.id = a.source_id WHERE s.file = 'dupcol.csv'`, "MEXICO,\"{\"\"Citizenship (column 5)\"\":\"\"Male\"\"}\"\n"},
		// Bad values: every row is kept, each bad value is a reject with its
		// reason, row and column.
		{"badvalues.csv", h + "\n" +
			hostileRow("2/30/2017", "PERU") + "\n" +
			hostileRow("10/1/1066", "PERU") + "\n" +
			hostileRow("10/1/3016", "PERU") + "\n" +
			strings.Replace(strings.Replace(r1, "1980", "abc", 1), "Yes", "maybe", 1) + "\n" +
			strings.Replace(r2, "1980", "19800", 1) + "\n" +
			hostileRow("13/45/2017", "PERU") + "\n",
			`SELECT (SELECT count(*) FROM arrests a JOIN sources s ON s.id = a.source_id WHERE s.file = 'badvalues.csv') || ' rows; ' || string_agg("row" || ' ' || "column" || ' ' || raw || ': ' || reason || ' ' || row_kept, '; ' ORDER BY "row", "column") FROM rejects WHERE file = 'badvalues.csv'`,
			"6 rows; 2 Apprehension Date 2/30/2017: impossible calendar date true; 3 Apprehension Date 10/1/1066: date outside 1900-01-01..2100-12-31 true; 4 Apprehension Date 10/1/3016: date outside 1900-01-01..2100-12-31 true; 5 Final Order Yes No maybe: not yes/no true; 5 Year of Birth abc: not a year true; 6 Year of Birth 19800: year outside 1900..2100 true; 7 Apprehension Date 13/45/2017: impossible calendar date true\n"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			path := hostileWrite(t, dir, tc.name, []byte(tc.data))
			if code, out, errs := invoke(t, "ingest", "--db", db, path); code != 0 {
				t.Fatalf("exit %d: %s%s", code, out, errs)
			}
			if got := hostileSQL(t, db, tc.query); got != tc.want {
				t.Errorf("got  %q\nwant %q", got, tc.want)
			}
			hostileSnapshot(t, db) // verify passes
		})
	}
	// The same file under two names: a no-op that says so.
	twin := hostileWrite(t, dir, "twin.csv", []byte(h+"\n"+r1+"\n"+r2+"\n"+r3+"\n"))
	if code, out, errs := invoke(t, "ingest", "--db", db, twin); code != 0 {
		t.Fatalf("exit %d: %s%s", code, out, errs)
	}
	before := hostileSnapshot(t, db)
	renamed := hostileWrite(t, t.TempDir(), "renamed.csv", []byte(h+"\n"+r1+"\n"+r2+"\n"+r3+"\n"))
	code, out, errs := invoke(t, "ingest", "--db", db, renamed)
	if code != 0 || !strings.Contains(out, renamed+": already stored as twin.csv (same SHA-256") {
		t.Errorf("same content under another name: exit %d, %s%s", code, out, errs)
	}
	if after := hostileSnapshot(t, db); after != before {
		t.Errorf("store changed:\nbefore %s\nafter  %s", before, after)
	}
}

// TestHostileHugeCell: a 10 MB cell in a text column, in an unmapped column
// and in a date column is stored whole (DuckDB's max_line_size is raised for
// the file) or rejected with its full raw value.
func TestHostileHugeCell(t *testing.T) {
	if testing.Short() {
		t.Skip("writes and loads 40 MB")
	}
	db := hostileStore(t)
	big := strings.Repeat("x", 10<<20)
	h := hostileHeader + `|"Notes"`
	data := h + "\n" +
		hostileRow("10/1/2016", "MEXICO") + `|"` + big + `"` + "\n" +
		hostileRow("10/2/2016", big) + "|short\n" +
		hostileRow(big, "PERU") + "|short\n"
	path := hostileWrite(t, t.TempDir(), "huge.csv", []byte(data))
	if code, out, errs := invoke(t, "ingest", "--db", db, path); code != 0 {
		t.Fatalf("exit %d: %s%s", code, out, errs)
	}
	got := hostileSQL(t, db, `SELECT string_agg(coalesce(length(country), 0) || ' ' || coalesce(length(extra), 0), '; ' ORDER BY source_row) FROM arrests a JOIN sources s ON s.id = a.source_id WHERE s.file = 'huge.csv'`)
	want := fmt.Sprintf("6 %d; %d 17; 4 17\n", len(big)+len(`{"Notes":""}`), len(big))
	if got != want {
		t.Errorf("lengths %q, want %q", got, want)
	}
	if got := hostileSQL(t, db, `SELECT length(raw), reason FROM rejects WHERE file = 'huge.csv'`); got != fmt.Sprintf("%d,not a date\n", len(big)) {
		t.Errorf("reject %q", got)
	}
}

// ---- xlsx ----

// hostileCell is an inline-string cell for a string, a numeric cell for a
// number (date serials).
func hostileCell(col int, row int, v any) string {
	ref := fmt.Sprintf("%c%d", 'A'+col, row)
	switch x := v.(type) {
	case string:
		var b strings.Builder
		xmlEscapeTo(&b, x)
		return fmt.Sprintf(`<c r="%s" t="inlineStr"><is><t>%s</t></is></c>`, ref, b.String())
	default:
		return fmt.Sprintf(`<c r="%s"><v>%v</v></c>`, ref, x)
	}
}

func xmlEscapeTo(b *strings.Builder, s string) {
	r := strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;")
	b.WriteString(r.Replace(s))
}

func hostileRowXML(row int, vals ...any) string {
	var b strings.Builder
	fmt.Fprintf(&b, `<row r="%d">`, row)
	for i, v := range vals {
		b.WriteString(hostileCell(i, row, v))
	}
	b.WriteString("</row>")
	return b.String()
}

var hostileXLSXHeader = []any{"Area of Responsibility", "Apprehension Date", "Apprehension Method", "Citizenship", "Gender"}

const hostileSheetHead = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n" +
	`<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheetData>`
const hostileSheetTail = `</sheetData></worksheet>`

// hostileBookParts returns the parts of a one-sheet workbook named "S"
// (without the sheet itself) plus the shared strings when sst is not "".
func hostileBookParts(date1904 bool, sst string) [][2]string {
	d := "0"
	if date1904 {
		d = "1"
	}
	rels := `<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>`
	parts := [][2]string{
		{"[Content_Types].xml", `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`},
		{"_rels/.rels", `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`},
		{"xl/workbook.xml", `<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><workbookPr date1904="` + d + `"/><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>`},
	}
	if sst != "" {
		rels += `<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>`
		parts = append(parts, [2]string{"xl/sharedStrings.xml", `<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">` + sst + `</sst>`})
	}
	return append(parts, [2]string{"xl/_rels/workbook.xml.rels", `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` + rels + `</Relationships>`})
}

// hostileBook is a one-sheet workbook with the given sheet XML.
func hostileBook(t testing.TB, date1904 bool, sst, sheet string) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, p := range append(hostileBookParts(date1904, sst), [2]string{"xl/worksheets/sheet1.xml", sheet}) {
		w, err := zw.CreateHeader(&zip.FileHeader{Name: p[0], Method: zip.Deflate})
		if err != nil {
			t.Fatal(err)
		}
		io.WriteString(w, p[1])
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// hostileBomb is a workbook whose sheet part inflates to about inflated
// bytes (a header row, then empty styled rows) from a few bytes per KiB, and
// whose zip header declares declared bytes. The deflate stream is built
// from one compressed chunk repeated: the chunk is a whole number of periods
// of the row pattern and longer than deflate's 32 KiB window, so the window
// is the same before every copy and each copy decodes to the same bytes.
func hostileBomb(t testing.TB, inflated int64, declared uint64) []byte {
	t.Helper()
	pattern := `<row s="1" customFormat="1"><c s="1"/><c s="2"/></row>`
	chunk := []byte(strings.Repeat(pattern, (1<<20)/len(pattern)))
	var z bytes.Buffer
	fw, _ := flate.NewWriter(&z, flate.BestCompression)
	io.WriteString(fw, hostileSheetHead+hostileRowXML(1, hostileXLSXHeader...))
	fw.Write(chunk)
	fw.Flush()
	head := append([]byte(nil), z.Bytes()...)
	fw.Write(chunk)
	fw.Flush()
	rep := append([]byte(nil), z.Bytes()[len(head):]...)
	io.WriteString(fw, hostileSheetTail)
	fw.Close()
	tail := append([]byte(nil), z.Bytes()[len(head)+len(rep):]...)
	copies := int(inflated/int64(len(chunk))) - 1
	var stream bytes.Buffer
	stream.Write(head)
	for i := 0; i < copies; i++ {
		stream.Write(rep)
	}
	stream.Write(tail)

	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, p := range hostileBookParts(false, "") {
		w, _ := zw.CreateHeader(&zip.FileHeader{Name: p[0], Method: zip.Deflate})
		io.WriteString(w, p[1])
	}
	w, err := zw.CreateRaw(&zip.FileHeader{Name: "xl/worksheets/sheet1.xml", Method: zip.Deflate,
		CompressedSize64: uint64(stream.Len()), UncompressedSize64: declared})
	if err != nil {
		t.Fatal(err)
	}
	w.Write(stream.Bytes())
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// TestHostileWorkbooksRefused: broken workbooks fail naming the workbook,
// sheet and cell or row; the store is unchanged.
func TestHostileWorkbooksRefused(t *testing.T) {
	db := hostileStore(t)
	dir := t.TempDir()
	good := hostileSheetHead + hostileRowXML(1, hostileXLSXHeader...) + hostileRowXML(2, "Boston Area of Responsibility", 43009, "Located", "PERU", "Male") + hostileSheetTail
	cut := good[:strings.Index(good, `<row r="2">`)+30]
	badSST := hostileSheetHead + hostileRowXML(1, hostileXLSXHeader...) + `<row r="2"><c r="A2" t="s"><v>0</v></c><c r="B2"><v>43009</v></c><c r="C2" t="s"><v>7</v></c></row>` + hostileSheetTail
	var zipOnly bytes.Buffer
	zw := zip.NewWriter(&zipOnly)
	w, _ := zw.Create("word/document.xml")
	io.WriteString(w, "<w:document/>")
	zw.Close()
	goodBook := hostileBook(t, false, "", good)
	tests := []struct {
		name string
		data []byte
		want []string
	}{
		{"notzip.xlsx", append([]byte("PK\x03\x04"), bytes.Repeat([]byte("junk"), 1000)...), []string{"not an xlsx workbook (not a zip archive)"}},
		{"cutzip.xlsx", goodBook[:len(goodBook)/2], []string{"not an xlsx workbook (not a zip archive)"}},
		{"noworkbook.xlsx", zipOnly.Bytes(), []string{"not an xlsx workbook (zip archive has no xl/workbook.xml part)"}},
		{"cut.xlsx", hostileBook(t, false, "", cut), []string{`sheet "S": sheet XML is truncated`, "last row reached: 2"}},
		{"badsst.xlsx", hostileBook(t, false, `<si><t>Boston Area of Responsibility</t></si>`, badSST), []string{`sheet "S": cell C2: shared string index 7 out of range (table has 1 strings)`}},
		// A bomb whose header tells the truth is refused before inflating;
		// one whose header lies is refused when it inflates past the
		// declared size.
		{"bomb-honest.xlsx", hostileBomb(t, 5<<30, 5<<30), []string{`sheet "S": part "xl/worksheets/sheet1.xml" is larger than the limit of 4294967296 bytes uncompressed (MaxSheetBytes)`}},
		{"bomb-lying.xlsx", hostileBomb(t, 64<<20, 1<<20), []string{`sheet "S": part "xl/worksheets/sheet1.xml" inflates to more than the 1048576 bytes its zip header declares (a zip bomb or a corrupt archive)`}},
	}
	before := hostileSnapshot(t, db)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			path := hostileWrite(t, dir, tc.name, tc.data)
			code, out, errs := invoke(t, "ingest", "--db", db, path)
			if code != 1 {
				t.Errorf("exit %d, want 1; stdout %q", code, out)
			}
			for _, w := range append([]string{path + ":", "store unchanged for this file"}, tc.want...) {
				if !strings.Contains(errs, w) {
					t.Errorf("stderr lacks %q:\n%s", w, errs)
				}
			}
			if after := hostileSnapshot(t, db); after != before {
				t.Errorf("store changed:\nbefore %s\nafter  %s", before, after)
			}
		})
	}
}

// TestHostileWorkbook1904: the same dates written as 1900-system and
// 1904-system serials give the same event dates and fiscal years.
func TestHostileWorkbook1904(t *testing.T) {
	db := hostileStore(t)
	dir := t.TempDir()
	// 43009 = 2017-10-01 and 43100 = 2017-12-31 in the 1900 system; the
	// 1904 system counts 1,462 days fewer.
	for _, tc := range []struct {
		name     string
		date1904 bool
		a, b     int
	}{{"d1900.xlsx", false, 43009, 43100}, {"d1904.xlsx", true, 43009 - 1462, 43100 - 1462}} {
		sheet := hostileSheetHead + hostileRowXML(1, hostileXLSXHeader...) +
			hostileRowXML(2, "Boston Area of Responsibility", tc.a, "Located", "PERU", "Male") +
			hostileRowXML(3, "Boston Area of Responsibility", tc.b, "Located", "CHILE", "Female") + hostileSheetTail
		path := hostileWrite(t, dir, tc.name, hostileBook(t, tc.date1904, "", sheet))
		if code, out, errs := invoke(t, "ingest", "--db", db, path); code != 0 {
			t.Fatalf("%s: exit %d: %s%s", tc.name, code, out, errs)
		}
		got := hostileSQL(t, db, `SELECT string_agg(event_date || ' FY' || fy, '; ' ORDER BY source_row) FROM arrests a JOIN sources s ON s.id = a.source_id WHERE s.file = '`+tc.name+`'`)
		if got != "2017-10-01 FY2018; 2017-12-31 FY2018\n" {
			t.Errorf("%s: %q", tc.name, got)
		}
	}
	hostileSnapshot(t, db)
}

// TestHostilePanicBecomesError: a panic while parsing (on the parse-ahead
// goroutine) is that file's error, and a panic in a command is exit 3 with a
// message, never a Go stack dump.
func TestHostilePanicBecomesError(t *testing.T) {
	db := hostileStore(t)
	before := hostileSnapshot(t, db)
	old := load.ReadFile
	load.ReadFile = func(path string, opts ingest.Options) (*ingest.File, error) {
		if strings.HasSuffix(path, "boom.csv") {
			var m map[string]int
			m["x"]++ // nil map write: a real runtime panic
		}
		return old(path, opts)
	}
	defer func() { load.ReadFile = old }()
	boom := hostileWrite(t, t.TempDir(), "boom.csv", []byte(hostileHeader+"\n"+hostileRow("10/1/2016", "PERU")+"\n"))
	code, _, errs := invoke(t, "ingest", "--db", db, boom, bundled("BOS_ICERemovals_FY2016.csv.gz"))
	if code != 1 || !strings.Contains(errs, boom+": internal error while reading the file: assignment to entry in nil map") || strings.Contains(errs, "goroutine ") {
		t.Errorf("exit %d: %s", code, errs)
	}
	if after := hostileSnapshot(t, db); !strings.Contains(after, "BOS_ICERemovals_FY2016.csv.gz") || strings.Contains(after, "boom.csv") {
		t.Errorf("the good file after the panicking one must be stored, the other not: %s", after)
	}
	if strings.Count(hostileSnapshot(t, db), "\n") != strings.Count(before, "\n")+1 {
		t.Errorf("exactly one source must have been added")
	}

	commands["hostile-panic"] = command{"hostile-panic", "test only", func(*Env, []string) error { panic("boom") }}
	defer delete(commands, "hostile-panic")
	code, out, errs := invoke(t, "hostile-panic")
	if code != 3 || !strings.Contains(errs, "icestat hostile-panic: internal error: boom") || strings.Contains(errs, "goroutine ") || out != "" {
		t.Errorf("exit %d, stdout %q, stderr %q", code, out, errs)
	}
}

// TestHostileStaleWorkDirs: the work directory of an ingest process that no
// longer exists is removed by the next ingest; one of a live process stays.
func TestHostileStaleWorkDirs(t *testing.T) {
	tmp := t.TempDir()
	t.Setenv("TMPDIR", tmp)
	gone := exec.Command("true")
	if err := gone.Run(); err != nil {
		t.Skip("no `true` command to make a dead process id")
	}
	dead := filepath.Join(tmp, fmt.Sprintf("%s%d-123", ingestWorkPrefix, gone.Process.Pid))
	live := filepath.Join(tmp, fmt.Sprintf("%s%d-456", ingestWorkPrefix, os.Getppid()))
	other := filepath.Join(tmp, "icestat-ingest-789") // not ours to judge
	for _, d := range []string{dead, live, other} {
		os.MkdirAll(filepath.Join(d, "icestat-ingest-1"), 0o755)
		os.WriteFile(filepath.Join(d, "icestat-ingest-1", "0.rows.tsv"), []byte("x\n"), 0o644)
	}
	db := filepath.Join(hostileDir(t), "s.duckdb")
	if code, _, errs := invoke(t, "ingest", "--db", db, bundled("BOS_EROArrests_FY2017.csv.gz")); code != 0 {
		t.Fatal(errs)
	}
	for d, want := range map[string]bool{dead: false, live: true, other: true} {
		if _, err := os.Stat(d); (err == nil) != want {
			t.Errorf("%s: exists %v, want %v", d, err == nil, want)
		}
	}
	if w := hostileWorkDirs(t, tmp); len(w) != 1 || w[0] != live {
		t.Errorf("work directories after the ingest: %v", w)
	}
}
