package xlsx

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"
)

// seattlePath is resolved relative to the package directory: CI clones the
// repository next to shared/.
var seattlePath = filepath.Join("..", "..", "..", "shared", "data", "uwchr-seattle",
	"2018-ICFO-36170_Seattle_Encounters_Arrests_Removals.xlsx")

func openSeattle(tb testing.TB) *Workbook {
	tb.Helper()
	if _, err := os.Stat(seattlePath); err != nil {
		tb.Skipf("real sample workbook not available (%v); clone the shared data next to the repository to run this test", err)
	}
	w, err := Open(seattlePath)
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { w.Close() })
	return w
}

type gotRow struct {
	num   int
	cells []string
}

// readAll reads a whole sheet, copying the reused Cells slices.
func readAll(w *Workbook, sheet int) ([]gotRow, error) {
	r, err := w.Rows(sheet)
	if err != nil {
		return nil, err
	}
	defer r.Close()
	var out []gotRow
	for r.Next() {
		out = append(out, gotRow{r.RowNum(), append([]string(nil), r.Cells()...)})
	}
	return out, r.Err()
}

// TestSeattle checks the real LibreOffice-written FOIA release.
//
// Expected data-row counts (rows after header row 6 that have at least one
// non-empty cell value) were derived independently of this package from the
// unzipped XML, per xl/worksheets/sheetN.xml (sheet order from
// xl/workbook.xml + xl/_rels/workbook.xml.rels: rId2..rId7 -> sheet1..sheet6):
//
//	unzip -q FILE -d /tmp/seax; cd /tmp/seax/xl/worksheets
//	sed 's/<row /\n<row /g' sheetN.xml | grep '^<row ' | grep -E '<v>|<is>' |
//	  sed -E 's/^<row r="([0-9]+)".*/\1/' | awk '$1>=7{n++} END{print n}'
//
// which gives 1410, 7829, 1267, 2656, 11712, 1917 — the same figures as the
// data README. (Total <row> elements: 1416, 7835, 1273, 2662, 11718, 1923;
// the difference is rows 1-6, of which row 4 is empty.) The file has no
// empty shared strings, so "has <v>" equals "has a non-empty value".
func TestSeattle(t *testing.T) {
	w := openSeattle(t)
	wantNames := []string{"FY2018 Arrests", "FY2018 Encounters", "FY2018 Removals", "FY2017 Arrests", "FY2017 Encounters", "FY2017 Removals"}
	sheets := w.Sheets()
	if len(sheets) != len(wantNames) {
		t.Fatalf("got %d sheets, want %d: %+v", len(sheets), len(wantNames), sheets)
	}
	for i, s := range sheets {
		if s.Name != wantNames[i] || s.Index != i || s.Hidden {
			t.Errorf("sheet %d = %+v, want name %q index %d visible", i, s, wantNames[i], i)
		}
	}
	if w.Date1904() {
		t.Error("Date1904 = true; workbookPr has date1904=\"false\"")
	}
	if n := w.SharedStrings(); n != 463 {
		t.Errorf("shared strings = %d, want 463 (sst uniqueCount)", n)
	}

	arrestHeader := []string{"Event Number", "Area of Responsibility", "Apprehension Landmark", "Operation", "Processing Disposition", "Date of Birth", "Country of Citizenship", "Gender", "Arrest Method", "Arrest Date"}
	encounterHeader := []string{"Event Number", "Event Area of Responsibility", "Landmark", "Operation", "Processing Disposition", "Date of Birth", "Country of Citizenship", "Gender"}
	removalHeader := []string{"Event Number", "Area of Responsibility", "Date of Birth", "Country of Citizenship", "Gender", "Removal Case COL", "Final Charge Section", "Arrest Date"}

	type cellCheck struct {
		ref     string // for the message
		row     int
		col     int
		want    string
		numeric bool
	}
	tests := []struct {
		sheet    int
		dataRows int
		header   []string
		cells    []cellCheck
	}{
		{0, 1410, arrestHeader, []cellCheck{
			// sheet1.xml <c r="A1" s="5" t="s"><v>0</v></c>, sst[0]
			{"A1", 1, 0, "ERO-LESA Statistical Tracking Unit", false},
			// <c r="C7" s="24" t="s"><v>16</v></c>, sst[16]
			{"C7", 7, 2, "FRANKLIN CO. JAIL", false},
			// D7 is absent from row 7
			{"D7", 7, 3, "", false},
			// <c r="J7" s="27" t="n"><v>43010</v></c>: Arrest Date serial
			{"J7", 7, 9, "43010", true},
			// last row: <c r="I1416" s="29" t="s"><v>29</v></c>, <c r="J1416" s="30" t="n"><v>43217</v></c>
			{"I1416", 1416, 8, "Non-Custodial Arrest", false},
			{"J1416", 1416, 9, "43217", true},
		}},
		{1, 7829, encounterHeader, []cellCheck{
			// <c r="C7" s="24" t="s"><v>117</v></c>, sst[117]
			{"C7", 7, 2, "WASHINGTON COUNTY JAIL", false},
			// <c r="G7" s="36" t="s"><v>61</v></c>
			{"H7", 7, 7, "Male", false},
		}},
		{2, 1267, removalHeader, []cellCheck{
			// <c r="F7" s="52" t="n"><v>2</v></c>
			{"F7", 7, 5, "2", true},
			// <c r="G7" s="52" t="s"><v>352</v></c>
			{"G7", 7, 6, "212a6Ai", false},
			// <c r="H7" s="53" t="n"><v>41449</v></c>
			{"H7", 7, 7, "41449", true},
			// <c r="F8" s="52" t="s"><v>353</v></c>
			{"F8", 8, 5, "NA", false},
		}},
		{3, 2656, arrestHeader, nil},
		{4, 11712, encounterHeader, nil},
		{5, 1917, removalHeader, nil},
	}
	for _, tc := range tests {
		t.Run(wantNames[tc.sheet], func(t *testing.T) {
			r, err := w.Rows(tc.sheet)
			if err != nil {
				t.Fatal(err)
			}
			defer r.Close()
			data := 0
			var nums []int
			pending := map[int][]cellCheck{}
			for _, c := range tc.cells {
				pending[c.row] = append(pending[c.row], c)
			}
			for r.Next() {
				n := r.RowNum()
				if n <= 7 {
					nums = append(nums, n)
				}
				cells := r.Cells()
				if len(cells) == 0 || cells[len(cells)-1] == "" {
					t.Fatalf("row %d: cells not trimmed/empty: %q", n, cells)
				}
				if n == 6 && strings.Join(cells, "|") != strings.Join(tc.header, "|") {
					t.Errorf("header row 6 = %q, want %q", cells, tc.header)
				}
				if n >= 7 {
					data++
				}
				for _, c := range pending[n] {
					got := ""
					if c.col < len(cells) {
						got = cells[c.col]
					}
					if got != c.want || r.Numeric(c.col) != c.numeric {
						t.Errorf("%s = %q numeric=%v, want %q numeric=%v", c.ref, got, r.Numeric(c.col), c.want, c.numeric)
					}
					if c.numeric && c.col == 9 && n == 7 {
						d, err := SerialToDate(43010, w.Date1904())
						if err != nil || d.Format("2006-01-02") != "2017-10-02" {
							t.Errorf("J7 date = %v %v, want 2017-10-02 (first days of FY2018)", d, err)
						}
					}
				}
				delete(pending, n)
			}
			if err := r.Err(); err != nil {
				t.Fatal(err)
			}
			if data != tc.dataRows {
				t.Errorf("data rows = %d, want %d", data, tc.dataRows)
			}
			if fmt.Sprint(nums) != "[1 2 3 5 6 7]" {
				t.Errorf("first row numbers = %v, want [1 2 3 5 6 7] (row 4 is empty)", nums)
			}
			for _, cs := range pending {
				for _, c := range cs {
					t.Errorf("cell %s never seen", c.ref)
				}
			}
		})
	}
}

// ---- constructed workbooks ----

type zpart struct{ name, body string }

// buildZip writes the parts into a zip archive (deflated unless store).
func buildZip(tb testing.TB, store bool, parts ...zpart) []byte {
	tb.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, p := range parts {
		m := zip.Deflate
		if store {
			m = zip.Store
		}
		f, err := zw.CreateHeader(&zip.FileHeader{Name: p.name, Method: m})
		if err != nil {
			tb.Fatal(err)
		}
		io.WriteString(f, p.body)
	}
	if err := zw.Close(); err != nil {
		tb.Fatal(err)
	}
	return buf.Bytes()
}

const nsMain = `xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"`

type tsheet struct {
	name, xml string
	hidden    bool
}

type tbook struct {
	sheets   []tsheet
	sst      string // complete sharedStrings.xml, "" for none
	date1904 bool
	store    bool
	noRels   bool // omit _rels/.rels (fallback to xl/workbook.xml)
}

func (b tbook) parts() []zpart {
	var sheets, rels strings.Builder
	var ps []zpart
	for i, s := range b.sheets {
		state := ""
		if s.hidden {
			state = ` state="hidden"`
		}
		fmt.Fprintf(&sheets, `<sheet name="%s" sheetId="%d"%s r:id="rId%d"/>`, s.name, i+1, state, i+1)
		fmt.Fprintf(&rels, `<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet%d.xml"/>`, i+1, i+1)
		ps = append(ps, zpart{fmt.Sprintf("xl/worksheets/sheet%d.xml", i+1), s.xml})
	}
	if b.sst != "" {
		rels.WriteString(`<Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>`)
		ps = append(ps, zpart{"xl/sharedStrings.xml", b.sst})
	}
	d := "false"
	if b.date1904 {
		d = "1"
	}
	head := []zpart{
		{"[Content_Types].xml", `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`},
	}
	if !b.noRels {
		head = append(head, zpart{"_rels/.rels", `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`})
	}
	head = append(head,
		zpart{"xl/workbook.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n" + `<workbook ` + nsMain + `><workbookPr date1904="` + d + `"/><sheets>` + sheets.String() + `</sheets></workbook>`},
		zpart{"xl/_rels/workbook.xml.rels", `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` + rels.String() + `</Relationships>`},
	)
	return append(head, ps...)
}

func (b tbook) bytes(tb testing.TB) []byte { return buildZip(tb, b.store, b.parts()...) }

func sheetXML(rows string) string {
	return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n" + `<worksheet ` + nsMain + `><dimension ref="A1"/><sheetData>` + rows + `</sheetData><pageMargins left="0.7"/></worksheet>`
}

func sstXML(items ...string) string {
	return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n" + `<sst ` + nsMain + ` count="9" uniqueCount="9">` + strings.Join(items, "") + `</sst>`
}

func fmtRows(rows []gotRow) string {
	var sb strings.Builder
	for _, r := range rows {
		fmt.Fprintf(&sb, "%d:%q ", r.num, r.cells)
	}
	return sb.String()
}

func open(tb testing.TB, data []byte) (*Workbook, error) {
	return NewReader(bytes.NewReader(data), int64(len(data)), "test.xlsx")
}

func TestConstructed(t *testing.T) {
	simpleSST := sstXML(`<si><t>zero</t></si>`, `<si><t>one</t></si>`)
	type cellNum struct {
		row, col int
	}
	tests := []struct {
		name     string
		book     tbook
		want     []gotRow
		numeric  []cellNum // cells that must report Numeric
		date1904 bool
	}{
		{
			name: "inline strings",
			book: tbook{sheets: []tsheet{{name: "S1", xml: sheetXML(
				`<row r="1"><c r="A1" t="inlineStr"><is><t>hello</t></is></c>` +
					`<c r="B1" t="inlineStr"><is><r><rPr><b/></rPr><t>bold</t></r><r><t xml:space="preserve"> run </t></r><rPh sb="0" eb="1"><t>PHON</t></rPh></is></c>` +
					`<c r="C1" t="inlineStr"><is><t>a &amp; b &lt;c&gt; &quot;d&quot; &apos;e&apos; &#233;&#x20AC;</t></is></c>` +
					`<c r="D1" t="inlineStr"><is><t>line1_x000D__x000A_line2 _x005F_x0041_</t></is></c>` +
					`<c r="E1" t="inlineStr"><is><t><![CDATA[<raw & cdata>]]></t></is></c></row>`)}}},
			want: []gotRow{{1, []string{"hello", "bold run ", `a & b <c> "d" 'e' é€`, "line1\r\nline2 _x0041_", "<raw & cdata>"}}},
		},
		{
			name: "rich-text shared strings",
			book: tbook{
				sst: sstXML(
					`<si><r><rPr><b/><sz val="11"/></rPr><t>Rich</t></r><r><rPr><i/></rPr><t xml:space="preserve"> text</t></r></si>`,
					`<si><t>漢字</t><rPh sb="0" eb="2"><t>かんじ</t></rPh><phoneticPr fontId="1"/></si>`,
					`<si/>`,
					"<si><t>Tom &amp; Jerry\r\n&#38;</t></si>",
					`<si><t/></si>`),
				sheets: []tsheet{{name: "S1", xml: sheetXML(
					`<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v> 3 </v></c><c r="E1" t="s"><v>4</v></c></row>` +
						`<row r="2"><c r="A2" t="s"><v>2</v></c><c r="B2" t="s"><v>4</v></c></row>`)}}},
			want: []gotRow{{1, []string{"Rich text", "漢字", "", "Tom & Jerry\n&"}}},
		},
		{
			name: "1904 date system and value types",
			book: tbook{date1904: true, sst: simpleSST, sheets: []tsheet{{name: "S1", xml: sheetXML(
				`<row r="1"><c r="A1"><v>0</v></c><c r="B1" t="n" s="3"><v>1.5E-3</v></c><c r="C1" t="b"><v>1</v></c><c r="D1" t="b"><v>0</v></c>` +
					`<c r="E1" t="e"><v>#N/A</v></c><c r="F1" t="str"><f>A1&amp;"x"</f><v>0x</v></c><c r="G1"><f>1+1</f><v>2</v></c><c r="H1" t="d"><v>2018-01-01T00:00:00</v></c></row>`)}}},
			want:     []gotRow{{1, []string{"0", "1.5E-3", "TRUE", "FALSE", "#N/A", "0x", "2", "2018-01-01T00:00:00"}}},
			numeric:  []cellNum{{1, 0}, {1, 1}, {1, 6}},
			date1904: true,
		},
		{
			name: "missing r attributes",
			book: tbook{sst: simpleSST, sheets: []tsheet{{name: "S1", xml: sheetXML(
				`<row><c t="s"><v>0</v></c><c/><c t="s"><v>1</v></c></row>` +
					`<row><c><v>5</v></c></row>` +
					`<row r="10"><c r="C10"><v>7</v></c><c><v>8</v></c></row>` +
					`<row><c t="inlineStr"><is><t>x</t></is></c></row>`)}}},
			want:    []gotRow{{1, []string{"zero", "", "one"}}, {2, []string{"5"}}, {10, []string{"", "", "7", "8"}}, {11, []string{"x"}}},
			numeric: []cellNum{{2, 0}, {10, 2}, {10, 3}},
		},
		{
			name: "prefixed element names",
			book: tbook{
				sst: `<?xml version="1.0"?><x:sst xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:si><x:t>pre</x:t></x:si><x:si><x:r><x:t>fix</x:t></x:r><x:r><x:t>ed</x:t></x:r></x:si></x:sst>`,
				sheets: []tsheet{{name: "S1", xml: `<?xml version="1.0"?><x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>` +
					`<x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="B1" t="s"><x:v>1</x:v></x:c><x:c r="C1"><x:v>3.25</x:v></x:c><x:c r="D1" t="inlineStr"><x:is><x:t>in</x:t></x:is></x:c></x:row>` +
					`<x:row r="2"/><x:row r="3"><x:c r="A3" s="1"/></x:row></x:sheetData></x:worksheet>`}}},
			want:    []gotRow{{1, []string{"pre", "fixed", "3.25", "in"}}},
			numeric: []cellNum{{1, 2}},
		},
		{
			name: "sparse rows, styled empties, pretty-printed XML",
			book: tbook{sst: simpleSST, noRels: true, sheets: []tsheet{{name: "S1", xml: sheetXML(`
  <row r="3" spans="1:6">
    <c r="C3" s="1" t="s">
      <v>0</v>
    </c>
    <!-- a comment <c r="D3"><v>9</v></c> -->
    <c r="F3" s="2"><v>42</v></c>
    <c r="G3" s="6"/><c r="H3" s="6"></c><c r="I3" t="s" s="6"/>
  </row>
  <row r="4" s="7" customFormat="1"><c r="A4" s="7"/><c r="B4" s="7"/></row>
  <row r="5" ht="15"/>
  <row r="6" x14ac:dyDescent="0.25"><c r="B6" t="str"><f>""</f><v></v></c></row>
  <row r='10' ht='20&gt;'><c r='J10' s='1'><v>1</v></c></row>
`)}}},
			want:    []gotRow{{3, []string{"", "", "zero", "", "", "42"}}, {10, []string{"", "", "", "", "", "", "", "", "", "1"}}},
			numeric: []cellNum{{3, 5}, {10, 9}},
		},
		{
			name: "hidden sheet and sheet without sheetData",
			book: tbook{sheets: []tsheet{
				{name: "Visible", xml: sheetXML(`<row r="1"><c r="A1"><v>1</v></c></row>`)},
				{name: "Hidden", hidden: true, xml: `<?xml version="1.0"?><worksheet ` + nsMain + `><dimension ref="A1"/></worksheet>`},
			}},
			want:    []gotRow{{1, []string{"1"}}},
			numeric: []cellNum{{1, 0}},
		},
	}
	for _, tc := range tests {
		for _, store := range []bool{false, true} {
			tc.book.store = store
			t.Run(fmt.Sprintf("%s/store=%v", tc.name, store), func(t *testing.T) {
				w, err := open(t, tc.book.bytes(t))
				if err != nil {
					t.Fatal(err)
				}
				if w.Date1904() != tc.date1904 {
					t.Errorf("Date1904 = %v, want %v", w.Date1904(), tc.date1904)
				}
				for i, s := range tc.book.sheets {
					if got := w.Sheets()[i]; got.Name != s.name || got.Hidden != s.hidden || got.Index != i {
						t.Errorf("sheet %d = %+v, want %q hidden=%v", i, got, s.name, s.hidden)
					}
				}
				r, err := w.Rows(0)
				if err != nil {
					t.Fatal(err)
				}
				defer r.Close()
				var got []gotRow
				isNum := map[cellNum]bool{}
				for r.Next() {
					got = append(got, gotRow{r.RowNum(), append([]string(nil), r.Cells()...)})
					for c := range r.Cells() {
						if r.Numeric(c) {
							isNum[cellNum{r.RowNum(), c}] = true
						}
					}
					if r.Numeric(-1) || r.Numeric(len(r.Cells())) {
						t.Error("Numeric out of range must be false")
					}
				}
				if err := r.Err(); err != nil {
					t.Fatal(err)
				}
				if fmtRows(got) != fmtRows(tc.want) {
					t.Errorf("rows:\n got %s\nwant %s", fmtRows(got), fmtRows(tc.want))
				}
				wantNum := map[cellNum]bool{}
				for _, c := range tc.numeric {
					wantNum[c] = true
				}
				if fmt.Sprint(isNum) != fmt.Sprint(wantNum) {
					t.Errorf("numeric cells = %v, want %v", isNum, wantNum)
				}
				if r.Next() {
					t.Error("Next after end returned true")
				}
				if len(tc.book.sheets) > 1 {
					rows, err := readAll(w, 1)
					if err != nil || len(rows) != 0 {
						t.Errorf("sheet without sheetData: %v %v", rows, err)
					}
				}
			})
		}
	}
}

func TestErrors(t *testing.T) {
	sst := sstXML(`<si><t>a</t></si>`, `<si><t>b</t></si>`)
	goodSheet := sheetXML(`<row r="1"><c r="A1" t="s"><v>0</v></c></row><row r="2"><c r="A2"><v>1</v></c></row>`)
	// a sheet cut off in the middle of row 3
	full := sheetXML(`<row r="1"><c r="A1"><v>1</v></c></row><row r="2"><c r="A2"><v>2</v></c></row><row r="3"><c r="A3"><v>3</v></c></row>`)
	truncated := full[:strings.Index(full, `<row r="3">`)+len(`<row r="3"><c r="A3"><v>`)]
	big := sheetXML(strings.Repeat(`<row><c><v>1</v></c></row>`, 200))

	tests := []struct {
		name     string
		data     func(t *testing.T) []byte
		setup    func() (undo func())
		openErr  []string // substrings expected in the Open error
		rowsErr  []string // substrings expected in the Rows/Next error
		sentinel error
	}{
		{
			name:     "not a zip",
			data:     func(*testing.T) []byte { return []byte("Event Number,Area\n1,2\n") },
			openErr:  []string{"test.xlsx: not an xlsx workbook (not a zip archive)"},
			sentinel: ErrNotWorkbook,
		},
		{
			name:     "empty file",
			data:     func(*testing.T) []byte { return nil },
			openErr:  []string{"test.xlsx: not an xlsx workbook (not a zip archive)"},
			sentinel: ErrNotWorkbook,
		},
		{
			name: "zip without workbook",
			data: func(t *testing.T) []byte {
				return buildZip(t, false, zpart{"word/document.xml", "<w:document/>"}, zpart{"hello.txt", "hi"})
			},
			openErr:  []string{"test.xlsx: not an xlsx workbook (zip archive has no xl/workbook.xml part)"},
			sentinel: ErrNotWorkbook,
		},
		{
			name: "bad shared string index",
			data: func(t *testing.T) []byte {
				return tbook{sst: sst, sheets: []tsheet{{name: "Data", xml: sheetXML(`<row r="1"><c r="A1" t="s"><v>1</v></c></row><row r="2"><c r="A2"/><c r="B2" t="s"><v>5</v></c></row>`)}}}.bytes(t)
			},
			rowsErr:  []string{`test.xlsx: sheet "Data": `, "cell B2", "shared string index 5 out of range", "2 strings"},
			sentinel: ErrFormat,
		},
		{
			name:    "shared string index without sst",
			data:    func(t *testing.T) []byte { return tbook{sheets: []tsheet{{name: "Data", xml: goodSheet}}}.bytes(t) },
			rowsErr: []string{`test.xlsx: sheet "Data": cell A1: shared string index 0 out of range (table has 0 strings)`},
		},
		{
			name:     "truncated sheet",
			data:     func(t *testing.T) []byte { return tbook{sheets: []tsheet{{name: "Cut", xml: truncated}}}.bytes(t) },
			rowsErr:  []string{`test.xlsx: sheet "Cut": sheet XML is truncated`, "last row reached: 3"},
			sentinel: io.ErrUnexpectedEOF,
		},
		{
			name:    "truncated before sheetData",
			data:    func(t *testing.T) []byte { return tbook{sheets: []tsheet{{name: "Cut", xml: full[:60]}}}.bytes(t) },
			rowsErr: []string{`test.xlsx: sheet "Cut": sheet XML is truncated`, "last row reached: 0"},
		},
		{
			name: "malformed tag",
			data: func(t *testing.T) []byte {
				return tbook{sheets: []tsheet{{name: "M", xml: sheetXML(`<row r="1"><c r="A1"><v>1</v></c></row><row r="2"><c r=A2><v>1</v></c></row>`)}}}.bytes(t)
			},
			rowsErr: []string{`test.xlsx: sheet "M": malformed sheet XML (last row reached: 2)`},
		},
		{
			name: "column beyond XFD",
			data: func(t *testing.T) []byte {
				return tbook{sheets: []tsheet{{name: "M", xml: sheetXML(`<row r="7"><c r="XFE7"><v>1</v></c></row>`)}}}.bytes(t)
			},
			rowsErr: []string{`test.xlsx: sheet "M": row 7: invalid cell reference "XFE7"`},
		},
		{
			name: "sheet over lowered MaxSheetBytes",
			data: func(t *testing.T) []byte { return tbook{sheets: []tsheet{{name: "Big", xml: big}}}.bytes(t) },
			setup: func() func() {
				old := MaxSheetBytes
				MaxSheetBytes = 1000
				return func() { MaxSheetBytes = old }
			},
			rowsErr:  []string{`test.xlsx: sheet "Big": part "xl/worksheets/sheet1.xml" is larger than the limit of 1000 bytes uncompressed (MaxSheetBytes)`},
			sentinel: ErrTooLarge,
		},
		{
			name: "shared strings over lowered MaxSharedStringsBytes",
			data: func(t *testing.T) []byte {
				return tbook{sst: sstXML(strings.Repeat(`<si><t>xxxxxxxxxx</t></si>`, 100)), sheets: []tsheet{{name: "S", xml: goodSheet}}}.bytes(t)
			},
			setup: func() func() {
				old := MaxSharedStringsBytes
				MaxSharedStringsBytes = 512
				return func() { MaxSharedStringsBytes = old }
			},
			openErr:  []string{`test.xlsx: part "xl/sharedStrings.xml" is larger than the limit of 512 bytes uncompressed (MaxSharedStringsBytes)`},
			sentinel: ErrTooLarge,
		},
		{
			name: "value over lowered MaxValueBytes",
			data: func(t *testing.T) []byte {
				return tbook{sheets: []tsheet{{name: "V", xml: sheetXML(`<row r="1"><c r="A1" t="inlineStr"><is><t>` + strings.Repeat("x", 300<<10) + `</t></is></c></row>`)}}}.bytes(t)
			},
			setup: func() func() {
				old := MaxValueBytes
				MaxValueBytes = 100 << 10
				return func() { MaxValueBytes = old }
			},
			rowsErr:  []string{`test.xlsx: sheet "V": row 1: XML tag or value larger than MaxValueBytes`},
			sentinel: ErrTooLarge,
		},
		{
			name:    "sheet index out of range",
			data:    func(t *testing.T) []byte { return tbook{sheets: []tsheet{{name: "S", xml: goodSheet}}}.bytes(t) },
			rowsErr: []string{"test.xlsx: sheet index 1 out of range (workbook has 1 sheets)"},
		},
		{
			name: "sheet part missing",
			data: func(t *testing.T) []byte {
				ps := tbook{sheets: []tsheet{{name: "Gone", xml: goodSheet}}}.parts()
				return buildZip(t, false, ps[:len(ps)-1]...)
			},
			rowsErr: []string{`test.xlsx: sheet "Gone": part "xl/worksheets/sheet1.xml" not found in the archive`},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if tc.setup != nil {
				defer tc.setup()()
			}
			w, err := open(t, tc.data(t))
			checkErr := func(err error, want []string) {
				t.Helper()
				if err == nil {
					t.Fatalf("no error, want %q", want)
				}
				if !strings.HasPrefix(err.Error(), "test.xlsx: ") {
					t.Errorf("error %q does not start with the workbook name", err)
				}
				for _, s := range want {
					if !strings.Contains(err.Error(), s) {
						t.Errorf("error %q does not contain %q", err, s)
					}
				}
				if tc.sentinel != nil && !errors.Is(err, tc.sentinel) {
					t.Errorf("error %q is not %v", err, tc.sentinel)
				}
			}
			if tc.openErr != nil {
				checkErr(err, tc.openErr)
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			sheet := 0
			if strings.Contains(tc.name, "index out of range") {
				sheet = 1
			}
			_, err = readAll(w, sheet)
			checkErr(err, tc.rowsErr)
		})
	}
}

// TestLimitReaderCounts checks that sizes are enforced by counting bytes,
// independently of the (possibly lying) zip header.
func TestLimitReaderCounts(t *testing.T) {
	sentinel := errors.New("over")
	l := &limitReader{r: strings.NewReader(strings.Repeat("x", 1000)), limit: 999, err: sentinel}
	n, err := io.Copy(io.Discard, l)
	if err != sentinel || n > 999 {
		t.Fatalf("copied %d, err %v; want <= 999 and the limit error", n, err)
	}
	l = &limitReader{r: strings.NewReader(strings.Repeat("x", 1000)), limit: 1000, err: sentinel}
	if n, err := io.Copy(io.Discard, l); err != nil || n != 1000 {
		t.Fatalf("exact limit: %d %v", n, err)
	}
}

func TestOpenFile(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "book.xlsx")
	data := tbook{sheets: []tsheet{{name: "S", xml: sheetXML(`<row r="1"><c r="A1"><v>1</v></c></row>`)}}}.bytes(t)
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	w, err := Open(p)
	if err != nil {
		t.Fatal(err)
	}
	rows, err := readAll(w, 0)
	if err != nil || len(rows) != 1 {
		t.Fatalf("%v %v", rows, err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := Open(filepath.Join(dir, "missing.xlsx")); err == nil {
		t.Fatal("no error for missing file")
	}
	bad := filepath.Join(dir, "bad.xlsx")
	os.WriteFile(bad, []byte("not a zip"), 0o644)
	if _, err := Open(bad); err == nil || err.Error() != bad+": not an xlsx workbook (not a zip archive)" {
		t.Fatalf("got %v", err)
	}
}

// TestManyEmptyRows: 1,000,000 empty styled rows, then one data row. Next must
// skip them without allocating per row.
func TestManyEmptyRows(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a 60 MB sheet")
	}
	var sb strings.Builder
	for i := 1; i <= 1_000_000; i++ {
		fmt.Fprintf(&sb, `<row r="%d" s="3" customFormat="1"><c r="A%d" s="3"/><c r="B%d" s="4"/></row>`, i, i, i)
	}
	sb.WriteString(`<row r="1000001"><c r="C1000001"><v>99</v></c></row>`)
	data := tbook{sheets: []tsheet{{name: "S", xml: sheetXML(sb.String())}}}.bytes(t)
	sb = strings.Builder{}
	w, err := open(t, data)
	if err != nil {
		t.Fatal(err)
	}
	runtime.GC()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	start := time.Now()
	r, err := w.Rows(0)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for r.Next() {
		n++
		if r.RowNum() != 1000001 || fmt.Sprint(r.Cells()) != "[  99]" {
			t.Errorf("row %d = %q", r.RowNum(), r.Cells())
		}
	}
	if err := r.Err(); err != nil {
		t.Fatal(err)
	}
	r.Close()
	elapsed := time.Since(start)
	runtime.ReadMemStats(&after)
	if n != 1 {
		t.Errorf("got %d rows, want 1", n)
	}
	alloc := after.TotalAlloc - before.TotalAlloc
	t.Logf("skipped 1,000,000 empty rows in %v, allocated %d bytes in total", elapsed, alloc)
	if alloc > 1<<20 {
		t.Errorf("allocated %d bytes while skipping empty rows; memory must stay flat", alloc)
	}
	if elapsed > 10*time.Second {
		t.Errorf("took %v to skip 1M empty rows", elapsed)
	}
}

func TestSerialToDate(t *testing.T) {
	tests := []struct {
		serial   float64
		date1904 bool
		want     string
		wantErr  bool
	}{
		{1, false, "1900-01-01 00:00:00", false},
		{59, false, "1900-02-28 00:00:00", false},
		{60, false, "", true}, // the nonexistent 1900-02-29
		{61, false, "1900-03-01 00:00:00", false},
		{43101, false, "2018-01-01 00:00:00", false},
		{43010, false, "2017-10-02 00:00:00", false},
		{43101.5, false, "2018-01-01 12:00:00", false},
		{43101.75, false, "2018-01-01 18:00:00", false},
		{43101.999999999, false, "2018-01-02 00:00:00", false}, // rounds to the ms
		{43101.99999999, false, "2018-01-01 23:59:59.999", false},
		{0, true, "1904-01-01 00:00:00", false},
		{1, true, "1904-01-02 00:00:00", false},
		{41639, true, "2018-01-01 00:00:00", false}, // 43101 - 1462
		{2958465, false, "9999-12-31 00:00:00", false},
		{2958466, false, "", true},
		{-1, false, "", true},
	}
	for _, tc := range tests {
		got, err := SerialToDate(tc.serial, tc.date1904)
		if tc.wantErr {
			if err == nil {
				t.Errorf("SerialToDate(%v, %v) = %v, want error", tc.serial, tc.date1904, got)
			}
			continue
		}
		if err != nil || got.Format("2006-01-02 15:04:05.999") != tc.want {
			t.Errorf("SerialToDate(%v, %v) = %v, %v; want %s", tc.serial, tc.date1904, got, err, tc.want)
		}
	}
}

func TestCellRef(t *testing.T) {
	for _, tc := range []struct {
		col  int
		want string
	}{{0, "A1"}, {25, "Z1"}, {26, "AA1"}, {701, "ZZ1"}, {702, "AAA1"}, {16383, "XFD1"}} {
		if got := CellRef(tc.col, 1); got != tc.want {
			t.Errorf("CellRef(%d) = %s, want %s", tc.col, got, tc.want)
		}
		c, bad := parseCol([]byte(tc.want))
		if bad || c != tc.col {
			t.Errorf("parseCol(%s) = %d %v", tc.want, c, bad)
		}
	}
}

// ---- fuzzing ----

// fuzzSST is used when the fuzz input is taken as sheet XML.
var fuzzSST = sstXML(`<si><t>a</t></si>`, `<si><r><t>b</t></r><r><t>c</t></r></si>`, `<si/>`)

// FuzzRows feeds each input three ways: as a whole .xlsx file, as the sheet
// XML of a fixed workbook, and as the shared-string part of a fixed workbook.
// Nothing may panic, and the Rows invariants must hold.
func FuzzRows(f *testing.F) {
	seeds := []string{
		sheetXML(`<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>x</t></is></c><c r="C1"><v>1.5</v></c></row>`),
		sheetXML(`<row><c t="s"><v>1</v></c><c/><c t="b"><v>1</v></c><c t="e"><v>#N/A</v></c></row><row r="5"><c r="Z5" t="str"><f>1</f><v>s</v></c></row>`),
		`<x:worksheet xmlns:x="m"><x:sheetData><x:row r="2"><x:c r="B2"><x:v>3</x:v></x:c></x:row></x:sheetData></x:worksheet>`,
		sheetXML("<row r='1'><c r='A1'><v><![CDATA[x]]>&amp;&#65;</v></c><!-- c --><?pi x?></row>"),
		sstXML(`<si><t>a</t></si>`, `<si><r><t>b</t></r><rPh><t>p</t></rPh></si>`),
	}
	for _, s := range seeds {
		f.Add([]byte(s))
	}
	// whole workbooks, stored and deflated
	for _, store := range []bool{true, false} {
		f.Add(tbook{store: store, sst: fuzzSST, sheets: []tsheet{{name: "S", xml: seeds[0]}, {name: "T", xml: seeds[1], hidden: true}}}.bytes(f))
		f.Add(tbook{store: store, date1904: true, sheets: []tsheet{{name: "S", xml: seeds[2]}}}.bytes(f))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		check := func(zipData []byte) {
			w, err := open(t, zipData)
			if err != nil {
				if !strings.HasPrefix(err.Error(), "test.xlsx: ") {
					t.Fatalf("error without workbook name: %v", err)
				}
				return
			}
			for i := range w.Sheets() {
				r, err := w.Rows(i)
				if err != nil {
					continue
				}
				for n := 0; n < 10000 && r.Next(); n++ {
					c := r.Cells()
					if len(c) == 0 || c[len(c)-1] == "" || len(c) > MaxColumns || r.RowNum() < 1 {
						t.Fatalf("bad row %d: %q", r.RowNum(), c)
					}
					for j := range c {
						r.Numeric(j)
					}
				}
				if err := r.Err(); err != nil && !strings.HasPrefix(err.Error(), "test.xlsx: ") {
					t.Fatalf("error without workbook name: %v", err)
				}
				r.Close()
			}
		}
		check(data)
		check(buildZip(t, true, tbook{sst: fuzzSST, sheets: []tsheet{{name: "F", xml: string(data)}}}.parts()...))
		check(buildZip(t, true, tbook{sst: string(data), sheets: []tsheet{{name: "F", xml: seeds[1]}}}.parts()...))
	})
}

// ---- benchmarks ----

// BenchmarkRowsSeattle reads all six sheets of the real workbook (Open is
// outside the loop) and reports non-empty rows returned per second.
func BenchmarkRowsSeattle(b *testing.B) {
	w := openSeattle(b)
	rows, xmlBytes := 0, int64(0)
	for _, f := range w.zr.File {
		if strings.HasPrefix(f.Name, "xl/worksheets/") {
			xmlBytes += int64(f.UncompressedSize64)
		}
	}
	b.ReportAllocs()
	b.SetBytes(xmlBytes)
	for b.Loop() {
		for i := range w.Sheets() {
			r, err := w.Rows(i)
			if err != nil {
				b.Fatal(err)
			}
			for r.Next() {
				rows++
			}
			if err := r.Err(); err != nil {
				b.Fatal(err)
			}
			r.Close()
		}
	}
	b.ReportMetric(float64(rows)/b.Elapsed().Seconds(), "rows/s")
}

// BenchmarkInflateSeattle measures only the DEFLATE decompression of the same
// sheet parts (the floor for any reader using the standard library).
func BenchmarkInflateSeattle(b *testing.B) {
	w := openSeattle(b)
	var n int64
	for b.Loop() {
		for _, f := range w.zr.File {
			if strings.HasPrefix(f.Name, "xl/worksheets/") {
				rc, _ := f.Open()
				m, _ := io.Copy(io.Discard, rc)
				rc.Close()
				n += m
			}
		}
	}
	b.ReportMetric(26821*float64(b.N)/b.Elapsed().Seconds(), "rows/s")
}

// BenchmarkRowsSynthetic reads a constructed 200,000-row sheet with typical
// FOIA content (shared strings, a date serial, trailing styled cells).
func BenchmarkRowsSynthetic(b *testing.B) {
	var sb strings.Builder
	for i := 1; i <= 200_000; i++ {
		fmt.Fprintf(&sb, `<row r="%d"><c r="A%d" t="s"><v>0</v></c><c r="B%d" t="s"><v>1</v></c><c r="C%d"><v>%d</v></c><c r="D%d" t="inlineStr"><is><t>x</t></is></c><c r="E%d" s="2"/></row>`, i, i, i, i, 43000+i%365, i, i)
	}
	data := tbook{sst: sstXML(`<si><t>MEXICO</t></si>`, `<si><t>Male</t></si>`), sheets: []tsheet{{name: "S", xml: sheetXML(sb.String())}}}.bytes(b)
	w, err := open(b, data)
	if err != nil {
		b.Fatal(err)
	}
	rows := 0
	b.ReportAllocs()
	for b.Loop() {
		r, _ := w.Rows(0)
		for r.Next() {
			rows++
		}
		r.Close()
	}
	b.ReportMetric(float64(rows)/b.Elapsed().Seconds(), "rows/s")
}

// BenchmarkEncodingXMLSeattle is the baseline the package comment cites: just
// tokenizing the same sheet parts with encoding/xml (which general libraries
// such as excelize build on), without even building cell values.
func BenchmarkEncodingXMLSeattle(b *testing.B) {
	w := openSeattle(b)
	rows := 0
	for b.Loop() {
		for _, f := range w.zr.File {
			if !strings.HasPrefix(f.Name, "xl/worksheets/") {
				continue
			}
			rc, _ := f.Open()
			d := xml.NewDecoder(rc)
			for {
				tok, err := d.Token()
				if err != nil {
					break
				}
				if se, ok := tok.(xml.StartElement); ok && se.Name.Local == "row" {
					rows++
				}
			}
			rc.Close()
		}
	}
	b.ReportMetric(float64(rows)/b.Elapsed().Seconds(), "rows/s")
}
