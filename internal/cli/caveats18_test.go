package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/icestat/icestat/internal/xlsx"
)

// TestCaveatsTravel (issue 18) on the bundled sample: the Seattle arrests
// release (identical to ../shared/data/uwchr-seattle, same SHA-256) and the
// Seattle workbook, whose FY2018 Arrests sheet (Criminal Alien Program,
// 1,410 rows: README of the shared data) overlaps it, plus the Boston
// FY2018 slice. Expected values by awk over the raw files:
//
//	zcat arrests_FY2012-FY2019YTD.csv.gz | tail -n +8 | awk -F'|' '{split($1,a,"/"); fy=(a[1]>=10)?a[3]+1:a[3]; c[fy]++} END{print c[2018]}'  → 3067
//	zcat BOS_EROArrests_FY2018.csv.gz | tail -n +7 | wc -l                                                               → 2908
func TestCaveatsTravel(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "c.duckdb")
	if code, _, errs := invoke(t, "ingest", "--db", db, bundled("arrests_FY2012-FY2019YTD.csv.gz"),
		bundled("2018-ICFO-36170_Seattle_Encounters_Arrests_Removals.xlsx"), bundled("BOS_EROArrests_FY2018.csv.gz")); code != 0 {
		t.Fatal(errs)
	}

	// A typo is an error (exit 2) naming the nearest value, never a 0.
	code, out, errs := invoke(t, "count", "arrests", "--db", db, "--aor", "BOS", "--country", "MEXCO")
	if code != 2 || !strings.Contains(errs, "did you mean MEXICO?") || strings.Contains(out, "0") {
		t.Errorf("--country MEXCO: exit %d, %q %q", code, out, errs)
	}
	code, _, errs = invoke(t, "count", "arrests", "--db", db, "--aor", "BOS", "--method", "atlarge")
	if code != 2 || !strings.Contains(errs, "at-large, custodial, other, unknown") {
		t.Errorf("--method atlarge: exit %d, %q", code, errs)
	}
	code, _, errs = invoke(t, "count", "arrests", "--db", db, "--aor", "BOS", "--country", "MEXCO", "--allow-absent")
	if code != 0 || !strings.Contains(errs, "value not present in any source") {
		t.Errorf("--allow-absent: exit %d, %q", code, errs)
	}

	// CSV with its coverage column and the notes beside it.
	notes := filepath.Join(dir, "notes.txt")
	code, out, errs = invoke(t, "count", "arrests", "--db", db, "--aor", "BOS", "--fy", "2018", "--format", "csv", "--notes", notes)
	if code != 0 || out != "count,coverage\n2908,complete\n" {
		t.Errorf("csv: exit %d %q %s", code, out, errs)
	}
	b, err := os.ReadFile(notes)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"command: icestat count arrests --aor BOS --fy 2018", "coverage: complete", "source: BOS_EROArrests_FY2018.csv.gz sha256 ", "definitions: "} {
		if !strings.Contains(string(b), want) {
			t.Errorf("notes lack %q:\n%s", want, b)
		}
	}
	// State answers say the AOR first.
	code, out, errs = invoke(t, "count", "arrests", "--db", db, "--state", "MA", "--fy", "2018")
	if code != 0 || !strings.HasPrefix(out, "arrests, Massachusetts — counted as the Boston AOR (CT, MA, ME, NH, RI, VT): 2,908") ||
		!strings.HasPrefix(errs, "warning: Massachusetts — counted as the Boston AOR: CT, MA, ME, NH, RI, VT") {
		t.Errorf("--state MA: %q %q", out, errs)
	}

	// xlsx: a data sheet and a notes sheet.
	code, out, errs = invoke(t, "count", "arrests", "--db", db, "--aor", "SEA", "--fy", "2018", "--by", "month", "--format", "xlsx")
	if code != 0 {
		t.Fatal(errs)
	}
	path := filepath.Join(dir, "a.xlsx")
	os.WriteFile(path, []byte(out), 0o644)
	wb, err := xlsx.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer wb.Close()
	if sh := wb.Sheets(); len(sh) != 2 || sh[0].Name != "data" || sh[1].Name != "notes" {
		t.Errorf("sheets %+v", sh)
	}

	// SQL: the raw view counts the overlap twice and says so; the counted
	// view counts as icestat does.
	code, out, errs = invoke(t, "sql", "--db", db, "--format", "csv", "SELECT count(*) AS n FROM arrests WHERE aor = 'SEA' AND fy = 2018")
	if code != 0 || out != "n\n4477\n" || !strings.Contains(errs, "arrests_counted") {
		t.Errorf("raw view: exit %d %q %q (want 3,067 + 1,410 = 4,477 and a note)", code, out, errs)
	}
	code, out, errs = invoke(t, "sql", "--db", db, "--format", "csv", "SELECT count(*) AS n FROM arrests_counted WHERE aor = 'SEA' AND fy = 2018")
	// No overlap note; the view's coverage instead: only single-AOR
	// releases here (the Seattle workbook's rows are shadowed by the
	// Seattle arrests file, which covers 2012-01-01..2019-07-06 by its title).
	if code != 0 || out != "n\n3067\n" || strings.Contains(errs, "counted twice") ||
		!strings.HasPrefix(errs, "coverage of arrests_counted: no national source;") || !strings.Contains(errs, "2012-01-01..2019-07-06 from a single-AOR release (SEA)") ||
		strings.Contains(errs, "program-subset") {
		t.Errorf("counted view: exit %d %q %q (want 3,067 and the view's coverage, no overlap note)", code, out, errs)
	}
	code, out, _ = invoke(t, "count", "arrests", "--db", db, "--aor", "SEA", "--fy", "2018", "--format", "csv")
	if code != 0 || out != "count,coverage\n3067,complete\n" {
		t.Errorf("count agrees with arrests_counted: %q", out)
	}
}
