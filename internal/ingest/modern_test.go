package ingest

import (
	"bufio"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/icestat/icestat/internal/canon"
	"github.com/icestat/icestat/internal/xlsx"
)

// The modern fixtures are constructed from real rows: testdata/modern/
// make_fixtures.sh splits ../shared/data/modern/joined_df_wa.csv (UWCHR's
// join of the 2025-ICLI-00019 release) by dataset and keeps each dataset's
// distinct rows, in the release's header names under a six-row preamble
// (raw_*.tsv, header on row 7) and in the cleaned snake_case names
// (clean_*.csv). Only the preamble text is invented.
func modern(name string) string { return filepath.Join("..", "..", "testdata", "modern", name) }

func TestModernFixtures(t *testing.T) {
	// Rows: tail -n +8 raw_2025-ICLI-00019_D.tsv | wc -l (= tail -n +2 clean_… | wc -l).
	// Redacted birth dates: awk -F'\t' 'NR>7 && $15 ~ /^\(b\)/' raw_…_arrests.tsv | wc -l → 47.
	tests := []struct {
		dataset string
		rows    int64
		redact  string // a released column
		red     int64  // its redacted cells
	}{
		{"arrests", 47, "Birth Date", 47},
		{"detainers", 47, "Alien File Number", 47},
		// awk -F'\t' 'NR>7 && $23 ~ /^\(b\)/' raw_…_encounters.tsv | wc -l → 77 (two rows are empty)
		{"encounters", 79, "EID Subject ID", 77},
		{"detentions", 104, "", 0},
	}
	for _, tt := range tests {
		for _, layout := range []string{"raw", "clean"} {
			name := layout + "_2025-ICLI-00019_" + tt.dataset + ".tsv"
			header := 7
			if layout == "clean" {
				name = strings.TrimSuffix(name, ".tsv") + ".csv"
				header = 1
			}
			t.Run(name, func(t *testing.T) {
				f := read(t, modern(name))
				p := f.Parts[0]
				if p.Dataset != tt.dataset || p.RowsStored != tt.rows || p.HeaderRow != header {
					t.Errorf("%s %d rows, header row %d; want %s %d rows, header row %d", p.Dataset, p.RowsStored, p.HeaderRow, tt.dataset, tt.rows, header)
				}
				if p.FOIA != "2025-ICLI-00019" || p.Release != "2025-ICLI-00019" {
					t.Errorf("FOIA %q release %q", p.FOIA, p.Release)
				}
				if tt.redact != "" {
					h := tt.redact
					if layout == "clean" {
						h = canon.HeaderKey(h)
					}
					if got := redactions(p)[h]; got != tt.red {
						t.Errorf("%s redacted in %d rows, want %d", h, got, tt.red)
					}
				}
				for _, c := range []string{"person_key", "release", "event_date"} {
					col(p, c) // panics when missing
				}
			})
		}
	}
}

func TestModernArrestValues(t *testing.T) {
	p := read(t, modern("raw_2025-ICLI-00019_arrests.tsv")).Parts[0]
	rows := loadRows(t, p)
	count := func(c string) map[string]int {
		m := map[string]int{}
		for _, r := range rows {
			m[r[col(p, c)]]++
		}
		return m
	}
	// awk -F'\t' 'NR>7 {print $8}' raw_…_arrests.tsv | sort | uniq -c → 41 "1 Convicted Criminal", 6 "2 Pending …"
	if m := count("criminality"); m["convicted"] != 41 || m["pending"] != 6 {
		t.Errorf("criminality %v", m)
	}
	// awk … '{print $13}' → 31 YES, 13 NO, 3 empty
	if m := count("final_order"); m["true"] != 31 || m["false"] != 13 || m[""] != 3 {
		t.Errorf("final order %v", m)
	}
	// awk … '{print $4}' → 44 Seattle, 1 each Chicago, El Paso, Salt Lake City
	if m := count("aor"); m["SEA"] != 44 || m["CHI"] != 1 || m["ELP"] != 1 || m["SLC"] != 1 {
		t.Errorf("aor %v", m)
	}
	// awk … '{print $2}' → 38 WASHINGTON, 1 TEXAS, 1 WISCONSIN, 7 empty
	if m := count("state"); m["WA"] != 38 || m["TX"] != 1 || m["WI"] != 1 || m[""] != 7 {
		t.Errorf("state %v", m)
	}
	if m := count("release"); m["2025-ICLI-00019"] != 47 {
		t.Errorf("release %v", m)
	}
}

// TestModernRawAndCleanAgree: the raw ICE layout and the cleaned export of
// the same rows give the same canonical rows (only extra, which keeps the
// released names, and source_row, shifted by the preamble, differ).
func TestModernRawAndCleanAgree(t *testing.T) {
	for _, d := range []string{"arrests", "detainers", "encounters", "detentions"} {
		raw := read(t, modern("raw_2025-ICLI-00019_"+d+".tsv")).Parts[0]
		clean := read(t, modern("clean_2025-ICLI-00019_"+d+".csv")).Parts[0]
		if strings.Join(raw.Columns, ",") != strings.Join(clean.Columns, ",") {
			t.Errorf("%s: columns differ:\n%v\n%v", d, raw.Columns, clean.Columns)
			continue
		}
		a, b := loadRows(t, raw), loadRows(t, clean)
		if len(a) != len(b) {
			t.Fatalf("%s: %d vs %d rows", d, len(a), len(b))
		}
		n := len(raw.Columns) + 1 // canonical columns and redacted
		for i := range a {
			if strings.Join(a[i][:n], "\t") != strings.Join(b[i][:n], "\t") {
				t.Errorf("%s row %d differs:\n%q\n%q", d, i, a[i][:n], b[i][:n])
				break
			}
		}
	}
}

// The 2025 detainers workbook repeats "Final Order Yes No" (columns 33 and
// 56): the first feeds final_order, the second is kept apart in extra.
func TestRepeatedHeaderKept(t *testing.T) {
	p := read(t, modern("raw_2025-ICLI-00019_detainers.tsv")).Parts[0]
	if h := p.Mapping.Headers[32]; h != "Final Order Yes No" || canon.Columns[p.Mapping.Target[32]].Name != "final_order" {
		t.Errorf("column 33: %q -> %d", h, p.Mapping.Target[32])
	}
	if h := p.Mapping.Headers[55]; h != "Final Order Yes No (column 56)" || p.Mapping.Target[55] != -1 {
		t.Errorf("column 56: %q -> %d", h, p.Mapping.Target[55])
	}
	rows := loadRows(t, p)
	extra := rows[0][len(p.Columns)+1]
	if !strings.Contains(extra, `Final Order Yes No (column 56)`) {
		t.Errorf("extra of row 1 lacks the second Final Order Yes No: %s", extra)
	}
	// The detainer's place is the receiving facility's: aor and state come
	// from Facility AOR / Facility State (awk: all 47 rows Seattle, WASHINGTON).
	for _, r := range rows {
		if r[col(p, "aor")] != "SEA" || r[col(p, "state")] != "WA" {
			t.Fatalf("detainer place %q %q", r[col(p, "aor")], r[col(p, "state")])
		}
	}
}

// TestSplitSheets: a table split across sheets at Excel's row limit. The
// workbook is built here from the raw arrests fixture (real rows): sheet 1
// holds the preamble, header and the first 30 rows; sheet 2 continues with
// the other 17, either straight with data rows (dates as Excel serials) or
// repeating the header. Both become parts of one table: nothing is skipped
// and sheet 2 inherits the FOIA number and title.
func TestSplitSheets(t *testing.T) {
	lines := readLines(t, modern("raw_2025-ICLI-00019_arrests.tsv"))
	pre, header, data := lines[:6], lines[6], lines[7:]
	for _, repeat := range []bool{false, true} {
		path := filepath.Join(t.TempDir(), "split.xlsx")
		fh, err := os.Create(path)
		if err != nil {
			t.Fatal(err)
		}
		w := xlsx.NewWriter(fh)
		s1, _ := w.AddSheet("Arrests")
		for _, l := range pre {
			s1.WriteRow([]any{l})
		}
		s1.WriteRow(cellsOf(header, false))
		for _, l := range data[:30] {
			s1.WriteRow(cellsOf(l, false))
		}
		s2, _ := w.AddSheet("Arrests (2)")
		if repeat {
			s2.WriteRow(cellsOf(header, false))
		}
		for _, l := range data[30:] {
			s2.WriteRow(cellsOf(l, true))
		}
		if err := w.Close(); err != nil {
			t.Fatal(err)
		}
		fh.Close()
		f := read(t, path)
		if len(f.Parts) != 2 {
			t.Fatalf("%d parts", len(f.Parts))
		}
		a, b := f.Parts[0], f.Parts[1]
		if a.RowsStored != 30 || b.RowsStored != 17 || b.Skipped != "" {
			t.Errorf("repeat=%v: rows %d + %d (skipped %q), want 30 + 17", repeat, a.RowsStored, b.RowsStored, b.Skipped)
		}
		if b.Continues != "Arrests" || b.Dataset != "arrests" || b.FOIA != "2025-ICLI-00019" || b.Title != a.Title {
			t.Errorf("repeat=%v: sheet 2 continues %q, dataset %s, FOIA %q, title %q", repeat, b.Continues, b.Dataset, b.FOIA, b.Title)
		}
		// Row 31 of the data (first of sheet 2) is an arrest on the date in
		// its first field; the serial cell must give the same date.
		first := strings.Split(data[30], "\t")[0]
		rows := loadRows(t, b)
		if got := rows[0][col(b, "event_date")]; got != first {
			t.Errorf("repeat=%v: first date of sheet 2 %q, want %q", repeat, got, first)
		}
	}
}

func readLines(t *testing.T, path string) []string {
	t.Helper()
	fh, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer fh.Close()
	var out []string
	sc := bufio.NewScanner(fh)
	for sc.Scan() {
		out = append(out, sc.Text())
	}
	return out
}

// cellsOf splits a tab-separated line into sheet cells; with serial, the
// first field (a YYYY-MM-DD date) is written as an Excel serial number.
func cellsOf(line string, serial bool) []any {
	var out []any
	for i, v := range strings.Split(line, "\t") {
		if i == 0 && serial {
			d, err := canon.ParseDate(v, false, false)
			if err == nil {
				out = append(out, float64(d-canon.NewDay(1899, 12, 30)))
				continue
			}
		}
		out = append(out, v)
	}
	return out
}
