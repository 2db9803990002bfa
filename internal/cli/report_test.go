package cli

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/icestat/icestat/internal/table"
)

// TestReportCommand builds a store from bundled files, asks for reports in
// every format, and re-runs each total's `icestat count` command to check
// that it reproduces the figure.
func TestReportCommand(t *testing.T) {
	db := filepath.Join(t.TempDir(), "r.duckdb")
	files := []string{}
	for _, y := range []string{"2017", "2018", "2019"} {
		files = append(files, bundled("BOS_EROArrests_FY"+y+".csv.gz"), bundled("BOS_ICERemovals_FY"+y+".csv.gz"))
	}
	if code, _, errs := invoke(t, append([]string{"ingest", "--db", db}, files...)...); code != 0 {
		t.Fatal(errs)
	}
	code, out, errs := invoke(t, "report", "--db", db, "--aor", "Boston", "--fy", "2018", "--format", "json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var rep struct {
		Totals []struct {
			Dataset string `json:"dataset"`
			Count   *int64 `json:"count"`
			Status  string `json:"status"`
			Command string `json:"command"`
		} `json:"totals"`
	}
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatal(err)
	}
	checked := 0
	for _, f := range rep.Totals {
		if f.Count == nil {
			if f.Status != "none" {
				t.Errorf("%s: no count but status %s", f.Dataset, f.Status)
			}
			continue
		}
		args := strings.Fields(f.Command)[1:] // drop "icestat"
		code, got, errs := invoke(t, append(args, "--db", db, "--format", "csv")...)
		if code != 0 || got != "count,coverage\n"+itoa(*f.Count)+","+f.Status+"\n" {
			t.Errorf("%s: report says %d, `%s` says %q (%s)", f.Dataset, *f.Count, f.Command, got, errs)
		}
		checked++
	}
	// 2,908 arrests (zcat BOS_EROArrests_FY2018.csv.gz | tail -n +7 | wc -l) and 2,405 removals.
	if checked != 2 || *rep.Totals[1].Count != 2908 || *rep.Totals[4].Count != 2405 {
		t.Errorf("totals = %+v", rep.Totals)
	}

	code, out, _ = invoke(t, "report", "--db", db, "--aor", "BOS", "--fy", "2019")
	if code != 0 || !strings.Contains(out, "2,266 (partial, not a total: 2019-09-01..2019-09-30 not covered)") {
		t.Errorf("FY2019 not flagged partial: %d\n%s", code, out)
	}
	code, out, _ = invoke(t, "report", "--db", db, "--aor", "BOS", "--month", "2025-05", "--format", "md")
	if code != 0 || !strings.Contains(out, "| administrative arrests | not covered") {
		t.Errorf("2025-05: %d\n%s", code, out)
	}

	html := filepath.Join(t.TempDir(), "r.html")
	code, _, errs = invoke(t, "report", "--db", db, "--aor", "BOS", "--month", "2018-07", "--format", "html", "--out", html)
	data, _ := os.ReadFile(html)
	if code != 0 || !strings.HasPrefix(string(data), "<!DOCTYPE html>") || !strings.Contains(string(data), "<svg") || !strings.Contains(errs, "report written to") {
		t.Errorf("html: %d %s %.100s", code, errs, data)
	}

	for _, bad := range [][]string{
		{"report", "--db", db, "--fy", "2018"},
		{"report", "--db", db, "--aor", "BOS", "--national", "--fy", "2018"},
		{"report", "--db", db, "--aor", "BOS", "--fy", "2018", "--format", "xml"},
		{"report", "--db", db, "--aor", "Atlantis", "--fy", "2018"},
		{"report", "--db", db, "--aor", "BOS", "--fy", "nineteen"},
	} {
		if code, _, errs := invoke(t, bad...); code != 2 {
			t.Errorf("%v: exit %d, want 2 (%s)", bad, code, errs)
		}
	}
}

func itoa(n int64) string { return strings.TrimSpace(strings.Replace(table.Thousands(n), ",", "", -1)) }
