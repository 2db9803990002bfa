package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func sharedData(t *testing.T, parts ...string) string {
	t.Helper()
	p, _ := filepath.Abs(filepath.Join(append([]string{"..", "..", "..", "shared", "data"}, parts...)...))
	if _, err := os.Stat(p); err != nil {
		t.Skipf("%s not found (the shared data directory is absent): skipping", p)
	}
	return p
}

func TestDetstatsCommand(t *testing.T) {
	wb := sharedData(t, "ice-detention-stats", "workbooks")
	db := filepath.Join(t.TempDir(), "d.duckdb")
	a := filepath.Join(wb, "2019-10-06_FY19-detentionstats.xlsx")
	b := filepath.Join(wb, "2026-04-10_FY26_detentionStats_04092026.xlsx")
	code, out, errs := invoke(t, "detstats", "ingest", "--db", db, a, b)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if !strings.Contains(out, "2019-10-06_FY19-detentionstats.xlsx: edition 2019-10-06,") || !strings.Contains(out, "detstats: 2 editions stored, 0 already stored, 0 failed") {
		t.Errorf("ingest output:\n%s", out)
	}
	// Same content again: a no-op that says so.
	code, out, _ = invoke(t, "detstats", "ingest", "--db", db, b)
	if code != 0 || !strings.Contains(out, "already stored as 2026-04-10_FY26_detentionStats_04092026.xlsx") {
		t.Errorf("re-ingest: exit %d\n%s", code, out)
	}
	code, out, errs = invoke(t, "detstats", "tables", "--db", db)
	if code != 0 || !strings.Contains(out, "2 editions,") || !strings.Contains(out, "2026-04-10_FY26_detentionStats_04092026.xlsx") {
		t.Errorf("tables: exit %d %s\n%s", code, errs, out)
	}
	code, out, _ = invoke(t, "detstats", "tables", "--db", db, "--kinds", "--format", "csv")
	if code != 0 || !strings.Contains(out, "detained_by_agency_criminality,2,2,") {
		t.Errorf("tables --kinds:\n%s", out)
	}
	// 'Detention FY26'!B20 = 51428: ICE-arrested detainees, total; the
	// 2019 edition's 18881 is dated by 'Footnotes'!B71 ("snapshot as of
	// 10/04/2019").
	code, out, _ = invoke(t, "detstats", "series", "--db", db, "--kind", "detained_by_agency_criminality", "--key1", "Total", "--measure", "ICE", "--format", "csv")
	if code != 0 || !strings.Contains(out, "2026-04-10,2026-04-09,Total,,,ICE,,51428") || !strings.Contains(out, "2019-10-06,2019-10-04,Total,,,ICE,,18881") {
		t.Errorf("series: exit %d\n%s", code, out)
	}
	code, _, errs = invoke(t, "detstats", "series", "--db", db)
	if code != 2 || !strings.Contains(errs, "--kind is required") {
		t.Errorf("series without --kind: %d %s", code, errs)
	}
	code, _, _ = invoke(t, "detstats", "nonsense")
	if code != 2 {
		t.Errorf("unknown subcommand: exit %d", code)
	}
}

func TestDetstatsFacilitiesCommand(t *testing.T) {
	parquet := filepath.Join(sharedData(t, "ice-detention-stats"), "facilities-daily-population-latest.parquet")
	db := filepath.Join(t.TempDir(), "f.duckdb")
	code, out, errs := invoke(t, "detstats", "facilities", "--db", db, "--load", parquet, "--state", "Massachusetts", "--month", "2025-05", "--by", "facility")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if !strings.Contains(out, "facility_population: 888,699 rows") || !strings.Contains(out, "days_in_period") {
		t.Errorf("output:\n%s", out)
	}
	code, out, _ = invoke(t, "detstats", "facilities", "--db", db, "--state", "MA", "--month", "2019-01")
	if code != 0 || !strings.Contains(out, "no data for 2019-01-01..2019-01-31") {
		t.Errorf("no-data month: exit %d\n%s", code, out)
	}
	code, _, errs = invoke(t, "detstats", "facilities", "--db", db, "--by", "county")
	if code != 2 || !strings.Contains(errs, "unknown --by") {
		t.Errorf("bad --by: %d %s", code, errs)
	}
}
