package cli

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
)

// TestCountDetention runs `icestat count` for a detention measure on a store
// holding one real edition: 'Detention FY25'!F20 of the 2025-05-24 edition
// = 48870 people detained, F21..F23 = 14909 + 12920 + 21041 by criminality
// (read from the workbook XML, see internal/detention's tests).
func TestCountDetention(t *testing.T) {
	wb := filepath.Join(sharedData(t, "ice-detention-stats", "workbooks"), "2025-05-24_FY25_detentionStats05232025.xlsx")
	db := filepath.Join(t.TempDir(), "d.duckdb")
	if code, out, errs := invoke(t, "detstats", "ingest", "--quiet", "--db", db, wb); code != 0 {
		t.Fatalf("detstats ingest: %d %s %s", code, out, errs)
	}
	code, out, errs := invoke(t, "count", "detained", "--db", db, "--date", "2025-06-01", "--by", "criminality", "--format", "json")
	if code != 0 {
		t.Fatalf("count detained: %d %s", code, errs)
	}
	var doc struct {
		Count   *float64         `json:"count"`
		Rows    []map[string]any `json:"rows"`
		Command string           `json:"command"`
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	if doc.Count == nil || *doc.Count != 48870 || len(doc.Rows) != 3 {
		t.Errorf("count %v rows %v", doc.Count, doc.Rows)
	}
	sum := 0.0
	for _, r := range doc.Rows {
		sum += r["count"].(float64)
	}
	if sum != 14909+12920+21041 {
		t.Errorf("criminality rows sum to %v", sum)
	}
	if !strings.HasPrefix(doc.Command, "icestat count detained") {
		t.Errorf("command %q", doc.Command)
	}
	// Before the only stored edition: no count, said so, exit 0.
	code, out, _ = invoke(t, "count", "detained", "--db", db, "--date", "2024-01-01")
	if code != 0 || !strings.HasPrefix(out, "no count:") {
		t.Errorf("uncovered date: %d %q", code, out)
	}
	// A filter the measure cannot honour is a usage error.
	if code, _, errs = invoke(t, "count", "detained", "--db", db, "--state", "MA"); code != 2 {
		t.Errorf("detained --state: exit %d %s", code, errs)
	}
}
