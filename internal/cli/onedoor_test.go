package cli

import (
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/icestat/icestat/internal/xlsx"
)

// cellValue reads one cell of a workbook straight from the sheet XML (no
// table finder involved): the independent value a published figure must
// equal.
func cellValue(t *testing.T, path, sheet string, col, row int) string {
	t.Helper()
	wb, err := xlsx.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer wb.Close()
	for _, s := range wb.Sheets() {
		if s.Name != sheet {
			continue
		}
		rows, err := wb.Rows(s.Index)
		if err != nil {
			t.Fatal(err)
		}
		defer rows.Close()
		for rows.Next() {
			if rows.RowNum() == row {
				if c := rows.Cells(); col < len(c) {
					return c[col]
				}
				return ""
			}
		}
	}
	t.Fatalf("%s: no sheet %q row %d", path, sheet, row)
	return ""
}

// TestIngestOneDoor: one `icestat ingest` of a facility-population Parquet
// file (given first), two detention-statistics workbooks and a record
// release stores each by its kind, the population after the workbooks
// whose facility tables give its AORs; then `count detained`, `detstats
// facilities` and `count arrests` answer from the one store, and `sources`
// lists the four files with their kinds. Expected values: the people
// detained on 2025-05-23 are the workbook's own cell 'Detention FY25'!F20,
// read directly; the population file holds 888,699 daily rows (the data
// README); Boston FY2018 arrests are 2,908 (zcat | wc -l less six).
func TestIngestOneDoor(t *testing.T) {
	dir := sharedData(t, "ice-detention-stats")
	pq := filepath.Join(dir, "facilities-daily-population-latest.parquet")
	wb25 := filepath.Join(dir, "workbooks", "2025-05-24_FY25_detentionStats05232025.xlsx")
	wb26 := filepath.Join(dir, "workbooks", "2026-04-10_FY26_detentionStats_04092026.xlsx")
	db := filepath.Join(t.TempDir(), "one.duckdb")
	code, out, errs := invoke(t, "ingest", "--db", db, pq, wb25, bundled("BOS_EROArrests_FY2018.csv.gz"), wb26)
	if code != 0 {
		t.Fatalf("exit %d: %s%s", code, out, errs)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 4 || !strings.HasPrefix(lines[3], "facilities-daily-population-latest.parquet: facility population, 888,699 daily rows") ||
		!strings.Contains(out, "2025-05-24_FY25_detentionStats05232025.xlsx: edition 2025-05-24") ||
		!strings.Contains(out, "BOS_EROArrests_FY2018.csv.gz: arrests, 2,908 rows stored") {
		t.Fatalf("ingest output (the population last):\n%s", out)
	}
	want := cellValue(t, wb25, "Detention FY25", 5, 20)
	if _, err := strconv.Atoi(want); err != nil {
		t.Fatalf("cell F20 %q", want)
	}
	code, out, errs = invoke(t, "count", "detained", "--date", "2025-06-01", "--db", db, "--format", "csv")
	if code != 0 || !strings.Contains(out, "2025-05-23,"+want) {
		t.Errorf("count detained: exit %d: %s%s (want %s)", code, out, errs, want)
	}
	code, out, errs = invoke(t, "detstats", "facilities", "--state", "MA", "--month", "2025-05", "--db", db)
	if code != 0 || !strings.Contains(out, "daily facility populations cover 2022-10-01..2026-03-10") {
		t.Errorf("detstats facilities: exit %d: %s%s", code, out, errs)
	}
	code, out, errs = invoke(t, "count", "arrests", "--aor", "BOS", "--fy", "2018", "--db", db, "--format", "csv")
	if code != 0 || !strings.Contains(out, "2908") {
		t.Errorf("count arrests: exit %d: %s%s", code, out, errs)
	}
	code, out, _ = invoke(t, "sources", "--db", db, "--format", "csv")
	if n := strings.Count(out, "\n") - 1; code != 0 || n != 4 || strings.Count(out, ",detention statistics") != 2 || !strings.Contains(out, ",facility population") || !strings.Contains(out, ",records") {
		t.Errorf("sources (%d rows):\n%s", n, out)
	}
	// Again: every file is already stored, nothing changes.
	code, out, _ = invoke(t, "ingest", "--db", db, wb26, pq)
	if code != 0 || strings.Count(out, "already stored as") != 2 {
		t.Errorf("again: exit %d\n%s", code, out)
	}
}
