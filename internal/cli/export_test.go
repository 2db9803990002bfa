package cli

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/icestat/icestat/internal/xlsx"
)

// TestExportRoundTrip: counts over an export (--data) equal counts over the
// store, for a battery of questions, and the manifest accounts for every row.
func TestExportRoundTrip(t *testing.T) {
	db := filepath.Join(t.TempDir(), "e.duckdb")
	files := []string{bundled("BOS_EROArrests_FY2017.csv.gz"), bundled("BOS_EROArrests_FY2019.csv.gz"),
		bundled("BOS_ICERemovals_FY2016.csv.gz"), bundled("arrests_FY2012-FY2019YTD.csv.gz")}
	if code, _, errs := invoke(t, append([]string{"ingest", "--db", db}, files...)...); code != 0 {
		t.Fatal(errs)
	}
	out := filepath.Join(t.TempDir(), "export")
	if code, stdout, errs := invoke(t, "export", "--db", db, "--out", out); code != 0 || !strings.Contains(stdout, "exported") {
		t.Fatalf("%d %s %s", code, stdout, errs)
	}
	var m Manifest
	b, _ := os.ReadFile(filepath.Join(out, "manifest.json"))
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	var parts, srcs int64
	for _, p := range m.Partitions {
		parts += p.Rows
	}
	for _, s := range m.Sources {
		srcs += s.Rows
	}
	if parts != srcs || m.SchemaVersion == 0 || m.Definitions == "" {
		t.Errorf("manifest: %d partition rows vs %d source rows, %+v", parts, srcs, m)
	}
	for _, q := range [][]string{
		{"arrests", "--aor", "BOS", "--fy", "2017"},
		{"arrests", "--aor", "BOS", "--fy", "2019", "--by", "month"},
		{"arrests", "--aor", "SEA", "--by", "fy", "--sort", "key"},
		{"arrests", "--aor", "BOS", "--fy", "2017", "--by", "method_class,country", "--share"},
		{"removals", "--aor", "BOS", "--fy", "2016", "--by", "country", "--limit", "5"},
	} {
		args := append([]string{"count"}, q...)
		c1, fromStore, _ := invoke(t, append(args, "--db", db, "--format", "csv")...)
		c2, fromData, e2 := invoke(t, append(args, "--data", out, "--format", "csv")...)
		if c1 != 0 || c2 != 0 || fromStore != fromData || len(fromStore) < 8 {
			t.Errorf("%v: store %q, export %q (%s)", q, fromStore, fromData, e2)
		}
	}
	for _, e := range []string{"spark", "trino", "clickhouse"} {
		if code, ddl, _ := invoke(t, "export", "--ddl", e, "--location", "s3://b/x"); code != 0 || !strings.Contains(ddl, "s3://b/x/dataset=arrests") {
			t.Errorf("%s ddl: %d %s", e, code, ddl)
		}
	}
	if code, views, _ := invoke(t, "export", "--views"); code != 0 || !strings.Contains(views, "arrests_defined") {
		t.Errorf("views: %d", code)
	}

	// xlsx for spreadsheet users: README sheet, then the rows.
	xdir := filepath.Join(t.TempDir(), "xlsx")
	if code, stdout, errs := invoke(t, "export", "--db", db, "--format", "xlsx", "--out", xdir); code != 0 || !strings.Contains(stdout, "removals.xlsx: 1,344 rows") {
		t.Fatalf("xlsx export: %d %s %s", code, stdout, errs)
	}
	wb, err := xlsx.Open(filepath.Join(xdir, "removals.xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	defer wb.Close()
	if sh := wb.Sheets(); len(sh) != 2 || sh[0].Name != "README" || sh[1].Name != "removals" {
		t.Fatalf("sheets %+v", sh)
	}
	rows, _ := wb.Rows(1)
	n := 0
	for rows.Next() {
		n++
	}
	rows.Close()
	// 1,344 = zcat BOS_ICERemovals_FY2016.csv.gz | tail -n +7 | wc -l, plus the header row.
	if n != 1345 {
		t.Errorf("%d rows in the removals sheet, want 1345", n)
	}
}
