package cli

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
)

// TestIngestRelease: the same fixture (constructed from real rows of
// 2025-ICLI-00019, see testdata/modern) ingested twice under two --release
// tags is two releases; the newer tag wins in count whatever the ingest
// order, and the older is listed under sources left out with all its rows.
// Expected: 47 arrests (awk -F'\t' 'NR>7' raw_2025-ICLI-00019_arrests.tsv | wc -l).
func TestIngestRelease(t *testing.T) {
	tests := []struct {
		name         string
		first, later string // tags in ingest order
		newer        string
	}{
		{"dates, older first", "2025-06-26", "2026-01-15", "2026-01-15"},
		{"dates, newer first", "2026-01-15", "2025-06-26", "2026-01-15"},
		{"FOIA numbers", "2026-ICLI-00003", "2025-ICLI-00019", "2026-ICLI-00003"},
	}
	for _, tt := range tests {
		db := filepath.Join(t.TempDir(), "r.duckdb")
		for _, tag := range []string{tt.first, tt.later} {
			if code, _, errs := invoke(t, "ingest", "--db", db, "--release", tag, modernFixture("arrests")); code != 0 {
				t.Fatalf("%s: ingest --release %s: %s", tt.name, tag, errs)
			}
		}
		// The same tag again is a no-op.
		if code, out, _ := invoke(t, "ingest", "--db", db, "--release", tt.later, modernFixture("arrests")); code != 0 || !strings.Contains(out, "already stored") {
			t.Errorf("%s: re-ingest under the same tag: %d %s", tt.name, code, out)
		}
		_, out, _ := invoke(t, "sources", "--db", db)
		if !strings.Contains(out, tt.first) || !strings.Contains(out, tt.later) || !strings.Contains(out, "release") {
			t.Errorf("%s: sources do not show the tags:\n%s", tt.name, out)
		}
		code, out, errs := invoke(t, "count", "arrests", "--db", db, "--format", "json")
		var r struct {
			Total   int64 `json:"count"`
			Sources []struct {
				ID int64 `json:"id"`
			} `json:"sources"`
			LeftOut []struct {
				Rows    int64  `json:"rows"`
				Release string `json:"release"`
			} `json:"sources_left_out"`
		}
		if code != 0 || json.Unmarshal([]byte(out), &r) != nil {
			t.Fatalf("%s: count: %d %s %s", tt.name, code, out, errs)
		}
		older := tt.first
		if older == tt.newer {
			older = tt.later
		}
		if r.Total != 47 || len(r.Sources) != 1 || len(r.LeftOut) != 1 || r.LeftOut[0].Release != older || r.LeftOut[0].Rows != 47 {
			t.Errorf("%s: used %+v, left out %+v; want the %s release left out with 47 rows", tt.name, r.Sources, r.LeftOut, older)
		}
		// The text answer names the preferred release.
		_, _, errs = invoke(t, "count", "arrests", "--db", db)
		if !strings.Contains(errs, "preferred source") || !strings.Contains(errs, "(release "+tt.newer+")") {
			t.Errorf("%s: %s", tt.name, errs)
		}
	}
	for _, bad := range []string{"v2", "2025-13-01", "2025-icli-19", "latest"} {
		code, _, errs := invoke(t, "ingest", "--db", filepath.Join(t.TempDir(), "x.duckdb"), "--release", bad, modernFixture("arrests"))
		if code != 2 || !strings.Contains(errs, "2025-ICLI-00019") {
			t.Errorf("--release %s: exit %d %s", bad, code, errs)
		}
	}
}
