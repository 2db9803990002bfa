package xlsx

import (
	"os"
	"path/filepath"
	"testing"
)

func TestParseRange(t *testing.T) {
	for ref, want := range map[string]Range{
		"A1:B2":   {0, 1, 1, 2},
		"J5:M5":   {9, 5, 12, 5},
		"$AC$3":   {28, 3, 28, 3},
		"B4:A1":   {0, 1, 1, 4},
		"AA10:A1": {0, 1, 26, 10},
	} {
		got, ok := parseRange(ref)
		if !ok || got != want {
			t.Errorf("%s: %+v %v, want %+v", ref, got, ok, want)
		}
	}
	for _, bad := range []string{"", "1A", "A0", "A", "A1:", "ZZZZ1"} {
		if _, ok := parseRange(bad); ok {
			t.Errorf("%q accepted", bad)
		}
	}
}

// 'Facilities FY19' of the 2019-10-06 detention statistics merges J5:M5
// (the "FY19 ADP: Detainee Classification Level" group header): read from
// xl/worksheets/sheet4.xml <mergeCells> with a throwaway script.
func TestMergedCells(t *testing.T) {
	p, _ := filepath.Abs(filepath.Join("..", "..", "..", "shared", "data", "ice-detention-stats", "workbooks", "2019-10-06_FY19-detentionstats.xlsx"))
	if _, err := os.Stat(p); err != nil {
		t.Skipf("%s not found (the shared data directory is absent): skipping", p)
	}
	w, err := Open(p)
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	for _, s := range w.Sheets() {
		if s.Name != "Facilities FY19" {
			continue
		}
		ms, err := w.MergedCells(s.Index)
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, m := range ms {
			if m.String() == "J5:M5" {
				found = true
			}
		}
		if !found || len(ms) != 16 {
			t.Errorf("%d merges %v", len(ms), ms)
		}
		return
	}
	t.Fatal("no sheet Facilities FY19")
}
