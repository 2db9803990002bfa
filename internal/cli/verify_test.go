package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestVerifyDamagedStore: a store with its last 4 KiB cut off is reported
// by verify (read-only and writable) as damaged, with exit 1 — not "ok" —
// and any other command that meets the damage gives the same message, not
// DuckDB's raw error.
func TestVerifyDamagedStore(t *testing.T) {
	db := filepath.Join(t.TempDir(), "s.duckdb")
	if code, _, errs := invoke(t, "ingest", "--db", db, bundled("BOS_EROArrests_FY2018.csv.gz"), bundled("BOS_ICERemovals_FY2016.csv.gz")); code != 0 {
		t.Fatal(errs)
	}
	if code, out, errs := invoke(t, "verify", "--db", db, "--read-only"); code != 0 || !strings.Contains(out, "ok (every block read") {
		t.Fatalf("intact store: exit %d: %s%s", code, out, errs)
	}
	fi, err := os.Stat(db)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.Truncate(db, fi.Size()-4096); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{{"verify", "--read-only"}, {"verify"}, {"sources"}, {"count", "arrests", "--fy", "2018"}, {"ingest", bundled("BOS_EROArrests_FY2017.csv.gz")}} {
		code, out, errs := invoke(t, append(args, "--db", db)...)
		verify := args[0] == "verify"
		if (verify && code != 1) || (code != 0 && (!strings.Contains(errs, db+": damaged: ") || !strings.Contains(errs, "restore from an export or re-ingest"))) || (verify && strings.Contains(out, "ok (")) {
			t.Errorf("%v: exit %d: %s%s", args, code, out, errs)
		}
	}
}
