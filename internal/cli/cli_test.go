package cli

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// invoke runs icestat in-process and returns exit status, stdout, stderr.
func invoke(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := Main(&Env{Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errb, Getenv: func(string) string { return "" }}, args)
	return code, out.String(), errb.String()
}

func bundled(name string) string { return filepath.Join("..", "..", "testdata", "sample", name) }

func TestIngestCommand(t *testing.T) {
	db := filepath.Join(t.TempDir(), "c.duckdb")
	code, out, errs := invoke(t, "ingest", "--db", db, bundled("BOS_EROArrests_FY2017.csv.gz"), bundled("bookins_FY2012-FY2019YTD.csv.gz"))
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	// 2,834 = zcat BOS_EROArrests_FY2017.csv.gz | tail -n +7 | wc -l; 36,811 = bookins lines - 7.
	for _, want := range []string{"BOS_EROArrests_FY2017.csv.gz: arrests, 2,834 rows stored", "bookins_FY2012-FY2019YTD.csv.gz: detentions, 36,811 rows stored", "coverage 2016-10-01..2017-09-30 (title)"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	// Re-ingesting the same content under another name is a no-op that says so.
	copyPath := filepath.Join(t.TempDir(), "renamed.csv.gz")
	data, _ := os.ReadFile(bundled("BOS_EROArrests_FY2017.csv.gz"))
	os.WriteFile(copyPath, data, 0o644)
	code, out, _ = invoke(t, "ingest", "--db", db, copyPath)
	if code != 0 || !strings.Contains(out, "already stored as BOS_EROArrests_FY2017.csv.gz") {
		t.Errorf("re-ingest: exit %d, %s", code, out)
	}
	// The same content twice in one run is stored once.
	copy2 := filepath.Join(t.TempDir(), "again.csv.gz")
	os.WriteFile(copy2, data, 0o644)
	code, out, _ = invoke(t, "ingest", "--db", filepath.Join(t.TempDir(), "d.duckdb"), copyPath, copy2)
	if code != 0 || !strings.Contains(out, "again.csv.gz: already stored as renamed.csv.gz") {
		t.Errorf("same content twice: exit %d, %s", code, out)
	}
	code, out, _ = invoke(t, "ingest", "--db", db, "--replace", bundled("BOS_EROArrests_FY2017.csv.gz"))
	if code != 0 || !strings.Contains(out, "replaced BOS_EROArrests_FY2017.csv.gz") {
		t.Errorf("replace: exit %d, %s", code, out)
	}

	// A truncated gzip among good files: non-zero exit, a clear error, and
	// the store holds exactly what it held plus the good file.
	raw, _ := os.ReadFile(bundled("BOS_EROArrests_FY2016.csv.gz"))
	bad := filepath.Join(t.TempDir(), "cut.csv.gz")
	os.WriteFile(bad, raw[:len(raw)/2], 0o644)
	code, _, errs = invoke(t, "ingest", "--db", db, bad, bundled("BOS_ICERemovals_FY2016.csv.gz"))
	if code == 0 || !strings.Contains(errs, "cut.csv.gz") || !strings.Contains(errs, "truncated or corrupt") || !strings.Contains(errs, "store unchanged") {
		t.Errorf("truncated file: exit %d, stderr %s", code, errs)
	}
	code, out, _ = invoke(t, "sources", "--db", db, "--format", "json")
	if code != 0 {
		t.Fatal(out)
	}
	var srcs []map[string]any
	if err := json.Unmarshal([]byte(out), &srcs); err != nil {
		t.Fatal(err)
	}
	if len(srcs) != 3 {
		t.Fatalf("%d sources, want 3 (arrests, bookins, removals)", len(srcs))
	}
	for _, k := range []string{"file", "sha256", "dataset", "sheet", "title", "foia", "rows_read", "rows_stored", "rows_rejected", "coverage_from", "coverage_to"} {
		if _, ok := srcs[0][k]; !ok {
			t.Errorf("sources JSON lacks %q", k)
		}
	}
	code, out, errs = invoke(t, "verify", "--db", db)
	if code != 0 || !strings.Contains(out, "ok") {
		t.Errorf("verify: %d %s %s", code, out, errs)
	}
}

func TestCountAndSQLCommands(t *testing.T) {
	db := filepath.Join(t.TempDir(), "c.duckdb")
	if code, _, errs := invoke(t, "ingest", "--db", db, bundled("BOS_EROArrests_FY2019.csv.gz")); code != 0 {
		t.Fatal(errs)
	}
	code, out, errs := invoke(t, "count", "arrests", "--db", db, "--aor", "boston", "--fy", "2019", "--format", "csv")
	// 2,266 = zcat BOS_EROArrests_FY2019.csv.gz | tail -n +7 | wc -l
	// The coverage column: FY2019 is partial (the files stop on 2019-08-31).
	if code != 0 || out != "count,coverage\n2266,partial\n" {
		t.Errorf("count csv: %d %q %s", code, out, errs)
	}
	if !strings.Contains(errs, "partial") || !strings.Contains(errs, "2019-09-01..2019-09-30") {
		t.Errorf("FY2019 not flagged partial: %s", errs)
	}
	code, out, _ = invoke(t, "count", "arrests", "--db", db, "--aor", "BOS", "--month", "2025-05")
	if code != 0 || !strings.Contains(out, "no count") || strings.Contains(out, "\n0\n") {
		t.Errorf("2025-05: %d %q", code, out)
	}
	code, out, _ = invoke(t, "count", "arrests", "--db", db, "--aor", "BOS", "--fy", "2019", "--by", "method_class", "--share", "--format", "csv")
	if code != 0 || !strings.HasPrefix(out, "method_class,count,share,coverage\n") {
		t.Errorf("by method_class: %d %q", code, out)
	}
	code, out, _ = invoke(t, "count", "arrests", "--db", db, "--aor", "BOS", "--fy", "2019", "--format", "json")
	var m map[string]any
	if code != 0 || json.Unmarshal([]byte(out), &m) != nil || m["count"].(float64) != 2266 || m["coverage"] == nil || m["command"] == nil {
		t.Errorf("json: %d %s", code, out)
	}
	if code, _, errs = invoke(t, "count", "arrests", "--db", db, "--aor", "Atlantis"); code != 2 || !strings.Contains(errs, "unknown area of responsibility") {
		t.Errorf("bad aor: %d %s", code, errs)
	}
	// --db before the command, as people type a global option.
	for _, args := range [][]string{{"--db", db, "count", "arrests", "--aor", "BOS", "--fy", "2019", "--format", "csv"}, {"--db=" + db, "count", "arrests", "--aor", "BOS", "--fy", "2019", "--format", "csv"}} {
		if code, out, errs := invoke(t, args...); code != 0 || out != "count,coverage\n2266,partial\n" {
			t.Errorf("%q: %d %q %s", args, code, out, errs)
		}
	}
	code, _, errs = invoke(t, "sql", "--db", db, "DELETE FROM arrests")
	if code == 0 || !strings.Contains(errs, "read-only") {
		t.Errorf("sql write: %d %s", code, errs)
	}
	code, out, _ = invoke(t, "sql", "--db", db, "--format", "csv", "SELECT count(*) AS n FROM arrests")
	if code != 0 || out != "n\n2266\n" {
		t.Errorf("sql: %d %q", code, out)
	}
}

// A result read from a counted view says what the view speaks for: here
// two single-AOR releases and no national one. The periods come from the
// files' title lines (zcat FILE | sed -n 5,6p): "FY2018 in the Boston Area
// of Responsibility" and "(01/01/2012 - 07/06/2019) ... Seattle Area of
// Responsibility".
func TestSQLCountedCoverage(t *testing.T) {
	db := filepath.Join(t.TempDir(), "c.duckdb")
	if code, _, errs := invoke(t, "ingest", "--db", db, bundled("BOS_EROArrests_FY2018.csv.gz"), bundled("arrests_FY2012-FY2019YTD.csv.gz")); code != 0 {
		t.Fatal(errs)
	}
	code, _, errs := invoke(t, "sql", "--db", db, "SELECT fy, count(*) FROM arrests_counted GROUP BY 1")
	for _, want := range []string{"coverage of arrests_counted: no national source", "2017-10-01..2018-09-30 from a single-AOR release (BOS): not national figures",
		"2012-01-01..2019-07-06 from a single-AOR release (SEA): not national figures", "unknown, not 0"} {
		if code != 0 || !strings.Contains(errs, want) {
			t.Errorf("exit %d; stderr lacks %q:\n%s", code, want, errs)
		}
	}
	// A query of the raw tables only gets no coverage line.
	if _, _, errs := invoke(t, "sql", "--db", db, "SELECT count(*) FROM sources"); strings.Contains(errs, "coverage of") {
		t.Errorf("coverage printed for a query of sources: %s", errs)
	}
}

func TestUnknownCommandAndHelp(t *testing.T) {
	if code, _, _ := invoke(t, "frobnicate"); code != 2 {
		t.Errorf("unknown command exit %d", code)
	}
	if code, out, _ := invoke(t, "help"); code != 0 || !strings.Contains(out, "ingest") {
		t.Errorf("help: %d %s", code, out)
	}
}
