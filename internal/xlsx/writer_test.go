package xlsx

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// TestWriterRoundTrip writes a workbook and reads it back with this
// package's reader.
func TestWriterRoundTrip(t *testing.T) {
	var buf bytes.Buffer
	w := NewWriter(&buf)
	s, err := w.AddSheet("README & notes")
	if err != nil {
		t.Fatal(err)
	}
	s.WriteRow([]any{"source", "=HYPERLINK(\"x\")", "<b>"})
	s2, _ := w.AddSheet("arrests")
	s2.WriteRow([]any{"event_date", "fy", "aor", "final_order"})
	s2.WriteRow([]any{time.Date(2017, 3, 1, 0, 0, 0, 0, time.UTC), int32(2017), "BOS", true})
	s2.WriteRow([]any{nil, int64(2018), "", false})
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(t.TempDir(), "w.xlsx")
	os.WriteFile(p, buf.Bytes(), 0o644)
	wb, err := Open(p)
	if err != nil {
		t.Fatal(err)
	}
	defer wb.Close()
	if got := wb.Sheets(); len(got) != 2 || got[0].Name != "README & notes" || got[1].Name != "arrests" {
		t.Fatalf("sheets %+v", got)
	}
	rows, _ := wb.Rows(0)
	rows.Next()
	if c := rows.Cells(); c[1] != `=HYPERLINK("x")` || c[2] != "<b>" || rows.Numeric(1) {
		t.Errorf("README row %q: a formula-like text must stay text", c)
	}
	rows.Close()
	rows, _ = wb.Rows(1)
	var got [][]string
	for rows.Next() {
		got = append(got, append([]string(nil), rows.Cells()...))
	}
	rows.Close()
	if len(got) != 3 || got[1][0] != "2017-03-01" || got[1][1] != "2017" || got[1][3] != "TRUE" || got[2][1] != "2018" || got[2][3] != "FALSE" {
		t.Errorf("rows %q", got)
	}
}
