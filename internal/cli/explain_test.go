package cli

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
)

// TestExplainCommand: on the bundled Boston slice, 2,834 is Boston AOR
// arrests in FY2017 (zcat BOS_EROArrests_FY2017.csv.gz | tail -n +7 | wc -l).
func TestExplainCommand(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "e.duckdb")
	if code, _, errs := invoke(t, "ingest", "--db", db, bundled("BOS_EROArrests_FY2017.csv.gz")); code != 0 {
		t.Fatal(errs)
	}
	code, out, errs := invoke(t, "explain", "--db", db, "--format", "json", "--near", "FY2017", "2,834")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var cands []struct {
		Command     string `json:"command"`
		Count       int64  `json:"count"`
		Description string `json:"description"`
	}
	if err := json.Unmarshal([]byte(out), &cands); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	found := false
	for _, c := range cands {
		if c.Count != 2834 || c.Description == "" {
			t.Errorf("candidate %+v", c)
		}
		found = found || c.Command == "icestat count arrests --aor BOS --fy 2017"
	}
	if !found {
		t.Errorf("no Boston FY2017 reading in %s", out)
	}
	if code, out, _ := invoke(t, "explain", "--db", db, "99999999"); code != 0 || !strings.Contains(out, "No reading") {
		t.Errorf("exit %d: %s", code, out)
	}
	if code, _, _ := invoke(t, "explain", "--db", db, "many"); code == 0 {
		t.Error("explain many: exit 0")
	}
}
