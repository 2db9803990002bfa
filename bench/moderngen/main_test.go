package main

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/icestat/icestat/internal/ingest"
)

func eventDates(t *testing.T, f *ingest.File) []string {
	t.Helper()
	var out []string
	for _, p := range f.Parts {
		ev := slices.Index(p.Columns, "event_date")
		if ev < 0 {
			t.Fatalf("%s: no event_date in %v", p.Sheet, p.Columns)
		}
		b, err := os.ReadFile(p.RowsPath)
		if err != nil {
			t.Fatal(err)
		}
		for _, l := range strings.Split(strings.TrimSuffix(string(b), "\n"), "\n") {
			out = append(out, strings.Split(l, "\t")[ev])
		}
	}
	slices.Sort(out)
	return out
}

// TestGeneratedReleasesIngest: every generated dataset, as a workbook split
// into sheets (a 2,000-row sheet limit standing in for Excel's 1,048,576),
// as CSV and as Parquet from the same seed, is ingested whole: stored rows = the rows
// written (5,000, the -rows given), no row skipped, the continuation sheets
// joined to the first, and the same key dates from both formats.
func TestGeneratedReleasesIngest(t *testing.T) {
	dir := t.TempDir()
	fixtures := filepath.Join("..", "..", "testdata", "modern")
	for ds := range datasets {
		t.Run(ds, func(t *testing.T) {
			var files []*ingest.File
			for _, format := range []string{"xlsx", "csv", "parquet"} {
				g, err := newGenerator(fixtures, ds, 7)
				if err != nil {
					t.Fatal(err)
				}
				path := filepath.Join(dir, ds+"-latest."+format)
				if err := g.write(path, format, 5000, 2000); err != nil {
					t.Fatal(err)
				}
				f, err := ingest.Read(path, ingest.Options{TempDir: dir})
				if err != nil {
					t.Fatal(err)
				}
				defer f.Cleanup()
				var stored, skipped int64
				for _, p := range f.Parts {
					stored += p.RowsStored
					skipped += p.RowsSkipped
				}
				wantParts := 1
				if format == "xlsx" {
					wantParts = 3 // 1,999 + 1,999 + 1,002 data rows under a header each
					for _, p := range f.Parts[1:] {
						if p.Continues != "Sheet1" && p.Continues != "Sheet2" {
							t.Errorf("sheet %s does not continue the table (%q)", p.Sheet, p.Continues)
						}
					}
				}
				if len(f.Parts) != wantParts || stored != 5000 || skipped != 0 {
					t.Errorf("%s: %d parts, %d stored, %d skipped", format, len(f.Parts), stored, skipped)
				}
				files = append(files, f)
			}
			a := eventDates(t, files[0])
			for i, f := range files[1:] {
				if b := eventDates(t, f); !slices.Equal(a, b) {
					t.Errorf("xlsx and %s key dates differ", []string{"CSV", "Parquet"}[i])
				}
			}
		})
	}
}
