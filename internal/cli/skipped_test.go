package cli

import (
	"compress/gzip"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestIngestSkippedRowsStored: rows that are not records are counted in
// sources by reason and never reach the dataset: the real Boston FY2018
// arrests (2,908 records: zcat | wc -l = 2,914, less six) with the header
// repeated after every 1,000 records (2), two blank rows, a totals row and
// a note: 2,914 rows read = 2,908 stored + 0 rejected + 6 skipped, and
// `sql SELECT count(*)` counts the records only.
func TestIngestSkippedRowsStored(t *testing.T) {
	fh, err := os.Open(bundled("BOS_EROArrests_FY2018.csv.gz"))
	if err != nil {
		t.Fatal(err)
	}
	zr, _ := gzip.NewReader(fh)
	raw, err := io.ReadAll(zr)
	fh.Close()
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(string(raw), "\n"), "\n")
	header := lines[5]
	seps := strings.Count(header, "|")
	var b strings.Builder
	for i, l := range lines {
		if i > 6 && (i-6)%1000 == 0 {
			b.WriteString(header + "\n")
		}
		if i == 100 {
			b.WriteString(strings.Repeat("|", seps) + "\n" + strings.Repeat(" |", seps) + "\n")
		}
		b.WriteString(l + "\n")
	}
	b.WriteString(`"Total"|2908` + strings.Repeat("|", seps-1) + "\n")
	b.WriteString(`"Source: ICE Enforcement and Removal Operations, LESA STU"` + strings.Repeat("|", seps) + "\n")
	path := filepath.Join(t.TempDir(), "mixed.csv")
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(t.TempDir(), "s.duckdb")
	code, out, errs := invoke(t, "ingest", "--db", db, path)
	if code != 0 || !strings.Contains(out, "mixed.csv: arrests, 2,908 rows stored") ||
		!strings.Contains(out, "6 rows skipped as not records (blank 2, repeated header 2, total 1, note or title 1)") {
		t.Fatalf("exit %d: %s%s", code, out, errs)
	}
	code, out, errs = invoke(t, "sql", "--db", db, "--format", "csv", `SELECT rows_read, rows_stored, rows_rejected, rows_skipped, skip_reasons, (SELECT count(*) FROM arrests) AS n FROM sources`)
	want := `2914,2908,0,6,"{""blank"":2,""note or title"":1,""repeated header"":2,""total"":1}",2908`
	if code != 0 || !strings.Contains(out, want) {
		t.Errorf("exit %d: %s%s\nwant %s", code, out, errs, want)
	}
	if code, out, errs := invoke(t, "sources", "--db", db); code != 0 || !strings.Contains(out, "rows_skipped") {
		t.Errorf("sources: exit %d: %s%s", code, out, errs)
	}
	if code, out, _ := invoke(t, "verify", "--db", db); code != 0 {
		t.Errorf("verify: %s", out)
	}
}
