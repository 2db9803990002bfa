package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestICECountCommands runs the commands of issue 21 on the nationwide
// 2019-ICFO-53623 files: ICE's own at-large arrests (--method-scheme ice)
// and ICE's removals excluding the lag (--removal-basis excluding-lag).
// Expected values are ICE's published figures, derived independently with
// zcat and awk by testdata/ice-reports/verify.sh.
func TestICECountCommands(t *testing.T) {
	dir := filepath.Join("..", "..", "..", "shared", "data", "uwchr-2019-ICFO-53623")
	var files []string
	for _, f := range []string{"EROArrests_FY2016", "EROArrests_FY2017", "EROArrests_FY2018", "ICERemovals_FY2016", "ICERemovals_FY2017", "ICERemovals_FY2018"} {
		p := filepath.Join(dir, f+".csv.gz")
		if _, err := os.Stat(p); err != nil {
			t.Skipf("skipping: %s not found (the shared FOIA data sit beside the checkout in CI)", p)
		}
		files = append(files, p)
	}
	db := filepath.Join(t.TempDir(), "ice.duckdb")
	if code, _, errs := invoke(t, append([]string{"ingest", "--db", db}, files...)...); code != 0 {
		t.Fatal(errs)
	}
	for fy, want := range map[string]string{"2016": "at-large,30348,complete", "2017": "at-large,40066,complete", "2018": "at-large,40536,complete"} {
		code, out, errs := invoke(t, "count", "arrests", "--db", db, "--fy", fy, "--by", "method_class", "--method-scheme", "ice", "--format", "csv")
		if code != 0 || !strings.Contains(out, "\n"+want+"\n") {
			t.Errorf("FY%s arrests by method_class under ice: %d %q %s, want a row %s", fy, code, out, errs, want)
		}
	}
	for fy, want := range map[string]string{"2016": "235,524", "2017": "220,649", "2018": "252,405"} {
		code, out, errs := invoke(t, "count", "removals", "--db", db, "--fy", fy, "--removal-basis", "excluding-lag")
		if code != 0 || !strings.Contains(out, want) || !strings.Contains(errs, "removal basis excluding-lag") {
			t.Errorf("FY%s removals excluding the lag: %d %q %s, want %s", fy, code, out, errs, want)
		}
	}
	if code, _, errs := invoke(t, "count", "arrests", "--db", db, "--fy", "2017", "--removal-basis", "excluding-lag"); code != 2 || !strings.Contains(errs, "removals only") {
		t.Errorf("--removal-basis on arrests: %d %s", code, errs)
	}
	code, out, _ := invoke(t, "definitions")
	for _, want := range []string{"[ICE/1]", "ice: ICE's ERO annual reports", "REMOVAL BASES", "excluding-lag"} {
		if code != 0 || !strings.Contains(out, want) {
			t.Errorf("definitions lacks %q", want)
		}
	}
}
