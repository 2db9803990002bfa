package ingest

import (
	"archive/zip"
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// bookSheet is one sheet of a crafted workbook.
type bookSheet struct {
	name, state string
	part        string // part name under xl/ (default worksheets/sheetN.xml)
	xml         string // sheet XML; "" for a sheet that shares another's part
}

// craftBook writes a workbook of the given sheets (inline strings).
func craftBook(t *testing.T, sheets ...bookSheet) string {
	t.Helper()
	var wb, rels strings.Builder
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	add := func(name, body string) {
		w, err := zw.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		w.Write([]byte(body))
	}
	for i, s := range sheets {
		part := s.part
		if part == "" {
			part = fmt.Sprintf("worksheets/sheet%d.xml", i+1)
		}
		state := ""
		if s.state != "" {
			state = ` state="` + s.state + `"`
		}
		fmt.Fprintf(&wb, `<sheet name="%s" sheetId="%d"%s r:id="rId%d"/>`, s.name, i+1, state, i+1)
		fmt.Fprintf(&rels, `<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="%s"/>`, i+1, part)
		if s.xml != "" {
			add("xl/"+part, s.xml)
		}
	}
	add("[Content_Types].xml", `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`)
	add("_rels/.rels", `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`)
	add("xl/workbook.xml", `<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>`+wb.String()+`</sheets></workbook>`)
	add("xl/_rels/workbook.xml.rels", `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">`+rels.String()+`</Relationships>`)
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(t.TempDir(), "book.xlsx")
	if err := os.WriteFile(p, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func cellXML(col, row int, v string) string {
	if v == "" {
		return ""
	}
	var b strings.Builder
	b.WriteString(fmt.Sprintf(`<c r="%c%d" t="inlineStr"><is><t>`, 'A'+col, row))
	b.WriteString(strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;").Replace(v))
	b.WriteString(`</t></is></c>`)
	return b.String()
}

// sheetXML lays out rows (numbered from 1 unless nums says otherwise) and
// merged ranges.
func sheetXML(rows [][]string, nums []int, merges ...string) string {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>`)
	for i, r := range rows {
		n := i + 1
		if nums != nil {
			n = nums[i]
		}
		fmt.Fprintf(&b, `<row r="%d">`, n)
		for c, v := range r {
			b.WriteString(cellXML(c, n, v))
		}
		b.WriteString(`</row>`)
	}
	b.WriteString(`</sheetData>`)
	if len(merges) > 0 {
		fmt.Fprintf(&b, `<mergeCells count="%d">`, len(merges))
		for _, m := range merges {
			fmt.Fprintf(&b, `<mergeCell ref="%s"/>`, m)
		}
		b.WriteString(`</mergeCells>`)
	}
	b.WriteString(`<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`)
	return b.String()
}

// realRows returns the title, header and first n data rows of the bundled
// Boston arrests FY2018 slice, as cells.
func realRows(t *testing.T, n int) [][]string {
	head, data := sampleLines(t, "BOS_EROArrests_FY2018.csv.gz")
	var out [][]string
	for _, l := range append([]string{head[4], head[5]}, data[:n]...) {
		var cells []string
		for _, c := range strings.Split(l, "|") {
			cells = append(cells, strings.Trim(c, `"`))
		}
		out = append(out, cells)
	}
	return out
}

// TestMergedDataCells: an AOR merged over three data rows (the other two
// cells empty, as Excel leaves them) gives all three rows the AOR; merges in
// the title row change nothing. Expected AORs are those of the real rows.
func TestMergedDataCells(t *testing.T) {
	rows := realRows(t, 30)                 // row 1 title, row 2 header, rows 3..32 data
	orig := rows[5][0]                      // sheet row 6
	for _, r := range []int{6, 7, 11, 12} { // sheet rows 7, 8 (merge A6:A8) and 12, 13 (merge A11:A13)
		rows[r][0] = ""
	}
	book := craftBook(t, bookSheet{name: "Arrests", xml: sheetXML(rows, nil, "A1:I1", "A6:A8", "A11:A13")})
	f := read(t, book)
	p := f.Parts[0]
	if p.RowsStored != 30 || p.MergedFilled != 4 || p.ValuesRejected != 0 {
		t.Fatalf("stored %d, merged filled %d, rejected values %d; want 30, 4, 0", p.RowsStored, p.MergedFilled, p.ValuesRejected)
	}
	aor := col(p, "aor")
	for _, r := range loadRows(t, p) {
		if r[aor] == "" {
			t.Errorf("row %s has no AOR (the merged range's value is %q)", r[len(r)-1], orig)
		}
	}
}

func TestHiddenSheets(t *testing.T) {
	rows := realRows(t, 40)
	for _, state := range []string{"hidden", "veryHidden"} {
		book := craftBook(t,
			bookSheet{name: "Arrests", xml: sheetXML(rows, nil)},
			bookSheet{name: "Old copy", state: state, xml: sheetXML(rows[:12], nil)})
		f := read(t, book)
		if len(f.Parts) != 2 || f.Parts[0].RowsStored != 40 || !strings.Contains(f.Parts[1].Skipped, state+" sheet") {
			t.Errorf("%s: parts %d, stored %d, second skipped %q", state, len(f.Parts), f.Parts[0].RowsStored, f.Parts[1].Skipped)
		}
		all, err := Read(book, Options{TempDir: t.TempDir(), IncludeHidden: true})
		if err != nil {
			t.Fatal(err)
		}
		if all.Parts[1].Skipped != "" || all.Parts[1].RowsStored != 10 {
			t.Errorf("%s with IncludeHidden: %+v", state, all.Parts[1])
		}
		all.Cleanup()
		// Only hidden sheets: an error that says so.
		only := craftBook(t, bookSheet{name: "Old copy", state: state, xml: sheetXML(rows, nil)})
		if _, err := Read(only, Options{TempDir: t.TempDir()}); err == nil || !strings.Contains(err.Error(), "--include-hidden") {
			t.Errorf("%s only: %v", state, err)
		}
	}
}

func TestWorkbookRefusals(t *testing.T) {
	rows := realRows(t, 5)
	tests := []struct {
		name string
		book []bookSheet
		want string
	}{
		{"one part twice", []bookSheet{{name: "Arrests", xml: sheetXML(rows, nil)}, {name: "Again", part: "worksheets/sheet1.xml"}},
			`sheets "Arrests" and "Again" both point to part "xl/worksheets/sheet1.xml"`},
		{"one name twice", []bookSheet{{name: "Arrests", xml: sheetXML(rows, nil)}, {name: "ARRESTS", xml: sheetXML(rows, nil)}},
			`sheets 1 and 2 are both named "ARRESTS"`},
		{"rows out of order", []bookSheet{{name: "Arrests", xml: sheetXML(rows, []int{1, 2, 3, 5, 4, 6, 7})}},
			`sheet "Arrests": row 4 comes after row 5: row numbers must increase`},
		{"row repeated", []bookSheet{{name: "Arrests", xml: sheetXML(rows, []int{1, 2, 3, 4, 4, 5, 6})}},
			`row 4 comes after row 4`},
	}
	for _, tc := range tests {
		_, err := Read(craftBook(t, tc.book...), Options{TempDir: t.TempDir()})
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: %v, want %q", tc.name, err, tc.want)
		}
	}
}
