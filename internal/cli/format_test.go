package cli

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/icestat/icestat/internal/answer"
)

// TestCountReadsLikeAReport: tables for people have thousands separators
// and percentages; CSV stays raw. Boston FY2018 arrests by gender: 2,692
// men and 216 women of 2,908 (zcat BOS_EROArrests_FY2018.csv.gz | tail -n
// +7 | awk -F'|' '{print $9}' | sort | uniq -c), shares 92.6% and 7.4%.
func TestCountReadsLikeAReport(t *testing.T) {
	db := filepath.Join(t.TempDir(), "f.duckdb")
	if code, _, errs := invoke(t, "ingest", "--db", db, bundled("BOS_EROArrests_FY2018.csv.gz")); code != 0 {
		t.Fatal(errs)
	}
	code, out, errs := invoke(t, "count", "arrests", "--db", db, "--aor", "BOS", "--fy", "2018", "--by", "gender", "--share")
	want := "gender  count  share\n------  -----  -----\nMale    2,692  92.6%\nFemale    216   7.4%\ntotal: 2,908\n"
	if code != 0 || out != want {
		t.Errorf("table: %d\n%s\nwant\n%s\n%s", code, out, want, errs)
	}
	// A fiscal-year key stays a year (not 2,018).
	if _, out, _ = invoke(t, "count", "arrests", "--db", db, "--aor", "BOS", "--by", "fy"); !strings.Contains(out, "2018  2,908") {
		t.Errorf("by fy: %q", out)
	}
	if _, out, _ = invoke(t, "count", "arrests", "--db", db, "--aor", "BOS", "--fy", "2018", "--by", "gender", "--share", "--format", "csv"); out != "gender,count,share,coverage\nMale,2692,0.925722,complete\nFemale,216,0.074278,complete\n" {
		t.Errorf("csv must stay raw: %q", out)
	}
	// "no count" is said once.
	_, out, errs = invoke(t, "count", "arrests", "--db", db, "--aor", "BOS", "--fy", "2012")
	if n := strings.Count(out+errs, "no count"); n != 1 {
		t.Errorf("no count said %d times:\n%s%s", n, out, errs)
	}
}

// TestCountMessages: errors say what is missing or expected.
func TestCountMessages(t *testing.T) {
	tests := []struct {
		args []string
		want []string
	}{
		{[]string{"count", "--fy", "2018"}, []string{"missing the dataset", "arrests", "e.g. icestat count arrests"}},
		{[]string{"count", "arrests", "boston"}, []string{"exactly one dataset", "arrests boston"}},
		{[]string{"count", "arrests", "--month", "2018-13"}, []string{"the month is 13, want 01 to 12", "2018-03"}},
		{[]string{"count", "arrests", "--month", "May 2018"}, []string{"want YYYY-MM, e.g. 2018-03"}},
	}
	for _, tc := range tests {
		code, _, errs := invoke(t, tc.args...)
		if code != 2 {
			t.Errorf("%v: exit %d", tc.args, code)
		}
		for _, w := range tc.want {
			if !strings.Contains(errs, w) {
				t.Errorf("%v: %q lacks %q", tc.args, errs, w)
			}
		}
		if strings.Contains(errs, "-where value") {
			t.Errorf("%v dumps the usage", tc.args)
		}
	}
	_, out, errs := invoke(t, "count", "-h")
	if h := out + errs; !strings.Contains(h, "Datasets (records): encounters, arrests") || !strings.Contains(h, "Examples:") {
		t.Errorf("count -h: %s", h)
	}
}

func TestLeftOutLines(t *testing.T) {
	note := func(id, f string) string {
		return "#" + id + " " + f + ": 10 matching rows left out: the period and place are also covered by preferred source #1 a.csv"
	}
	got := leftOutLines([]answer.Source{
		{File: "w.xlsx", Sheet: "FY2017", Rows: 1000, Note: note("2", "w.xlsx [FY2017]")},
		{File: "w.xlsx", Sheet: "FY2018", Rows: 2500, Note: note("3", "w.xlsx [FY2018]")},
		{File: "b.csv", Rows: 7, Note: note("4", "b.csv")},
	})
	want := "left out: w.xlsx (2 sheets, 3,500 rows), b.csv (7 rows) — the period and place are also covered by preferred source #1 a.csv"
	if len(got) != 1 || got[0] != want {
		t.Errorf("got %q\nwant %q", got, want)
	}
}
