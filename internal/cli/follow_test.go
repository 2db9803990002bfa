package cli

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
)

// The modern fixtures are constructed from real rows of the 2025-ICLI-00019
// release (see testdata/modern/make_fixtures.sh); expected numbers come from
// awk over them (testdata/modern/follow.awk for follow).
func modernFixture(d string) string {
	return filepath.Join("..", "..", "testdata", "modern", "raw_2025-ICLI-00019_"+d+".tsv")
}

func modernDB(t *testing.T) string {
	db := filepath.Join(t.TempDir(), "m.duckdb")
	if code, _, errs := invoke(t, "ingest", "--db", db, modernFixture("arrests"), modernFixture("detentions"), modernFixture("detainers")); code != 0 {
		t.Fatal(errs)
	}
	return db
}

func TestFollowCommand(t *testing.T) {
	db := modernDB(t)
	// awk -F'\t' -v asof=2025-02-17 -f testdata/modern/follow.awk …arrests.tsv …detentions.tsv:
	// 42 people, 41 booked; removed 24, detained 16, released 1, not booked 1.
	code, out, errs := invoke(t, "follow", "--db", db, "--aor", "SEA")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, want := range []string{"people followed: 42", "booked into detention after the arrest: 41", "removed                    24", "released                   <5", "as of 2025-02-17"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	code, out, _ = invoke(t, "follow", "arrests", "--db", db, "--aor", "SEA", "--exact", "--as-of", "2024-06-30", "--format", "json")
	var m map[string]any
	if code != 0 || json.Unmarshal([]byte(out), &m) != nil {
		t.Fatalf("json: %d %s", code, out)
	}
	// awk … -v asof=2024-06-30 → booked 18, removed 10, detained 8, not booked 24.
	if m["booked_into_detention"].(map[string]any)["count"] != "18" || m["as_of"] != "2024-06-30" {
		t.Errorf("json %v", m)
	}
	code, out, _ = invoke(t, "follow", "detainers", "--db", db, "--by", "facility", "--exact")
	if code != 0 || !strings.Contains(out, "CHELAN CO. REGIONAL JAIL") || !strings.Contains(out, "(no lift reason)") {
		t.Errorf("follow detainers: %d\n%s", code, out)
	}
	if code, _, errs = invoke(t, "follow", "encounters", "--db", db); code != 2 || !strings.Contains(errs, "arrests or detainers") {
		t.Errorf("follow encounters: %d %s", code, errs)
	}
	if code, _, _ = invoke(t, "follow", "--db", db, "--as-of", "yesterday"); code != 2 {
		t.Errorf("bad --as-of: exit %d", code)
	}
}

func TestCountDedupe(t *testing.T) {
	db := modernDB(t)
	// 47 arrests, one possible duplicate (cb7ed403 twice on 2024-08-12).
	code, out, errs := invoke(t, "count", "arrests", "--db", db, "--dedupe", "--format", "csv")
	if code != 0 || out != "count,coverage\n46,complete\n" || !strings.Contains(errs, "--dedupe: 1 possible duplicate rows left out") {
		t.Errorf("count --dedupe: %d %q %s", code, out, errs)
	}
	code, out, errs = invoke(t, "count", "arrests", "--db", db, "--format", "csv")
	if code != 0 || out != "count,coverage\n47,complete\n" || !strings.Contains(errs, "includes 1 possible duplicate") {
		t.Errorf("count: %d %q %s", code, out, errs)
	}
}
