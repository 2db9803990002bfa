package query

import (
	"context"
	"math"
	"net/url"
	"os"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/icestat/icestat/internal/fixture"
	"github.com/icestat/icestat/internal/store"
	"github.com/icestat/icestat/internal/table"
)

// adpEditions are the real editions behind the adp/alos tests: the end of
// FY2019, two early FY2021 editions (February 2021 by arresting agency,
// first printed while in progress), the
// two end-of-FY2023 editions, the end of FY2024, and two printings of June
// 2025 (first in 2025-07-08, revised in 2025-10-30).
var adpEditions = []string{
	"2019-10-06_FY19-detentionstats.xlsx",
	"2021-03-13_FY21_detention-stats_0301.xlsx",
	"2021-03-18_FY21_detention-stats_0317.xlsx",
	"2023-10-01_FY23_detentionStats.xlsx",
	"2023-11-08_FY23_detentionStats10312023.xlsx",
	"2024-10-01_FY24_detentionStats.xlsx",
	"2025-07-08_FY25_detentionStats07072025.xlsx",
	"2025-10-30_FY25_detentionStats09252025.xlsx",
}

// openFixture opens a store built once by fixture.Once, closed at the end of
// the test.
func openFixture(t *testing.T, key string, editions ...string) *store.Store {
	t.Helper()
	fixture.Shared(t, "ice-detention-stats", "workbooks")
	path := fixture.Once(t, key, func(path, _ string) error { return fixture.LoadEditions(path, editions...) })
	s, err := store.Open(path)
	if err != nil {
		t.Fatalf("opening %s: %v", path, err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// avgRow returns the value column of the row whose first cells are key.
func avgRow(t *testing.T, tb *table.Table, col string, key ...string) float64 {
	t.Helper()
	ci := -1
	for i, c := range tb.Columns {
		if c == col {
			ci = i
		}
	}
	if ci < 0 {
		t.Fatalf("no column %q in %v", col, tb.Columns)
	}
rows:
	for _, r := range tb.Rows {
		for i, k := range key {
			if table.Cell(r[i]) != k {
				continue rows
			}
		}
		return table.Float(r[ci])
	}
	t.Fatalf("no row %v in %v", key, tb.Rows)
	return 0
}

// Expected values were read from the workbooks' XML with
// `python3 testdata/claims/expected.py --cells FILE SHEET ROWS` (stdlib
// zipfile + ElementTree, the cell values as stored), never from icestat:
//   - FY2019 ADP: 'Detention FY19'!N59 ("Average", column "FY Overall") of
//     2019-10-06_FY19 = 50165.43836 (ICE's footnote dates it 9/30/2019).
//   - FY2023 ADP: 'Detention FY23'!N76 = 28289.2136986301 (B76, October
//     2022: 28830.7096774194) in both
//     2023-10-01_FY23 and 2023-11-08_FY23 (10/31/2023): no revision; ALOS
//     N93 = 37.5270032482528.
//   - FY2024 ADP 'Detention FY24'!N99 = 37721.8032786885, ALOS N116 =
//     46.9012317072288 of 2024-10-01_FY24.
//   - February 2021 ADP by agency, 'Detention FY21 YTD' column F of
//     2021-03-18_FY21 (footnote: data as of 3/13/2021): ICE F55 = 8491.25,
//     CBP F51 = 5607.46429, Average F59 = 14098.71429 (ICE share 0.6023:
//     "60 percent … booked in from ICE arrests"). 2021-03-13_FY21 (footnote
//     date 2/27/2021, so February was still in progress) prints F59 =
//     14087.14815 (= 380353 person-days / 27 days).
//   - June 2025 ADP, 'Detention FY25'!J100: 57199.2857142857 in
//     2025-07-08 (as of 7/7/2025, the first printing after June), 57392.6
//     in 2025-10-30 (as of 9/25/2025).
//
// The tolerance allows for the five or six decimals quoted here.
func TestADPALOS(t *testing.T) {
	s := openFixture(t, "adp", adpEditions...)
	cases := []struct {
		name, args string
		want       float64
		file, cell string
		complete   bool
	}{
		{"FY2019 ADP", "dataset=adp&fy=2019", 50165.43836, "2019-10-06_FY19-detentionstats.xlsx", "N59", true},
		{"FY2023 ADP", "dataset=adp&fy=2023", 28289.2136986301, "2023-11-08_FY23_detentionStats10312023.xlsx", "N76", true},
		{"FY2023 ALOS", "dataset=alos&fy=2023", 37.5270032482528, "2023-11-08_FY23_detentionStats10312023.xlsx", "N93", true},
		{"FY2024 ADP", "dataset=adp&fy=2024", 37721.8032786885, "2024-10-01_FY24_detentionStats.xlsx", "N99", true},
		{"FY2024 ALOS", "dataset=alos&fy=2024", 46.9012317072288, "2024-10-01_FY24_detentionStats.xlsx", "N116", true},
		{"Feb 2021 ADP", "dataset=adp&month=2021-02", 14098.71429, "2021-03-18_FY21_detention-stats_0317.xlsx", "F59", true},
		{"Feb 2021 ADP in progress", "dataset=adp&month=2021-02&printed-by=2021-03-05", 14087.14815, "2021-03-13_FY21_detention-stats_0301.xlsx", "F59", false},
		{"June 2025 ADP, latest printing", "dataset=adp&month=2025-06", 57392.6, "2025-10-30_FY25_detentionStats09252025.xlsx", "J100", true},
		{"June 2025 ADP as printed by 2025-07-10", "dataset=adp&month=2025-06&printed-by=2025-07-10", 57199.2857142857, "2025-07-08_FY25_detentionStats07072025.xlsx", "J100", true},
		// FY2025 printed by 2025-07-10: the year to date at 7/7/2025, partial.
		{"FY2025 ADP to date", "dataset=adp&fy=2025&printed-by=2025-07-10", -1, "2025-07-08_FY25_detentionStats07072025.xlsx", "", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			res := ask(t, s, c.args)
			if res.Count == nil {
				t.Fatalf("no value: %s", res.Coverage.Note)
			}
			if c.want >= 0 && math.Abs(*res.Count-c.want) > 1e-5 {
				t.Errorf("value %v, want %v", *res.Count, c.want)
			}
			if res.Coverage.Complete != c.complete {
				t.Errorf("complete %v, want %v (%s)", res.Coverage.Complete, c.complete, res.Coverage.Note)
			}
			if len(res.Sources) != 1 || res.Sources[0].File != c.file || c.cell != "" && !contains(res.Sources[0].Cells, c.cell) {
				t.Errorf("sources %+v, want %s cell %s", res.Sources, c.file, c.cell)
			}
		})
	}

	// The revision of June 2025 is shown with its first printing.
	res := ask(t, s, "dataset=adp&month=2025-06")
	if len(res.Revisions) != 1 || math.Abs(res.Revisions[0].First-57199.2857142857) > 1e-5 || res.Revisions[0].FirstEdition != "2025-07-08_FY25_detentionStats07072025.xlsx" {
		t.Errorf("revisions %+v, want the first printing 57199.29 of 2025-07-08", res.Revisions)
	}
	// FY2023 is printed the same by both end-of-year editions: no revision.
	if res := ask(t, s, "dataset=adp&fy=2023"); len(res.Revisions) != 0 {
		t.Errorf("FY2023 revisions %+v, want none", res.Revisions)
	}

	// FY2023 by month, from the same end-of-year table: twelve months,
	// October 2022 = 'Detention FY23'!B76 of 2023-11-08 = 28830.7096774194.
	res = ask(t, s, "dataset=adp&fy=2023&by=month")
	if len(res.Table.Rows) != 12 || math.Abs(avgRow(t, res.Table, "adp", "2022-10")-28830.7096774194) > 1e-5 || !contains(res.Sources[0].Cells, "B76") {
		t.Errorf("FY2023 by month: rows %v cells %v, want 12 months, 2022-10 = 28830.71 (B76)", res.Table.Rows, res.Sources[0].Cells)
	}

	// By arresting agency: ICE's share of February 2021.
	res = ask(t, s, "dataset=adp&month=2021-02&by=agency")
	if got := avgRow(t, res.Table, "adp", "ICE"); math.Abs(got-8491.25) > 1e-5 {
		t.Errorf("ICE %v, want 8491.25", got)
	}
	if got := avgRow(t, res.Table, "adp", "CBP"); math.Abs(got-5607.46429) > 1e-5 {
		t.Errorf("CBP %v, want 5607.46429", got)
	}
	if got := avgRow(t, res.Table, "share", "ICE"); math.Abs(got-8491.25/14098.71429) > 1e-6 {
		t.Errorf("ICE share %v, want %v", got, 8491.25/14098.71429)
	}
	if len(res.Table.Rows) != 2 || !contains(res.Sources[0].Cells, "F55") || !contains(res.Sources[0].Cells, "F51") {
		t.Errorf("rows %v cells %v, want ICE and CBP from F55 and F51", res.Table.Rows, res.Sources[0].Cells)
	}

	// Not covered: no stored edition prints January 2020 (the FY20
	// editions are not in this store) nor FY2022; never 0.
	for _, args := range []string{"dataset=adp&month=2020-01", "dataset=alos&fy=2022", "dataset=adp&month=2017-05"} {
		res := ask(t, s, args)
		if res.Count != nil || !res.Coverage.None || !strings.Contains(res.Coverage.Note, "not covered") {
			t.Errorf("%s: count %v coverage %+v, want not covered", args, res.Count, res.Coverage)
		}
	}
}

func TestADPRefused(t *testing.T) {
	for _, args := range []string{
		"dataset=adp",                                // no period
		"dataset=adp&date=2025-06-01",                // a date
		"dataset=alos&from=2025-01-01&to=2025-03-31", // averages do not add
		"dataset=adp&month=2025-01&month=2025-02",    // several months
		"dataset=adp&fy=2025&by=type,agency",         // two tables
		"dataset=adp&fy=2025&aor=BOS",                // national only
		"dataset=alos&fy=2025&by=reason",             // no such dimension
	} {
		v, _ := url.ParseQuery(args)
		if _, err := Parse(v); err == nil {
			t.Errorf("%s accepted", args)
		}
	}
}

// Every edition of ../shared/data: loaded together, each edition's fiscal
// year is answered for adp and alos as published by its archive date, from
// an edition at most 45 days older; no error, a value, never "not covered".
// The tables are found by kind whatever the edition's layout (the ADP
// table sits at row ~51 in FY2019, ~66-76 in FY2023, ~89-100 in FY2024).
var fyNameRE = regexp.MustCompile(`_FY(\d{2})`)

func TestADPEveryEdition(t *testing.T) {
	if testing.Short() {
		t.Skip("loads every edition (about 10 s)")
	}
	dir := fixture.Shared(t, "ice-detention-stats", "workbooks")
	ents, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var files []string
	for _, e := range ents {
		if strings.HasSuffix(e.Name(), ".xlsx") {
			files = append(files, e.Name())
		}
	}
	sort.Strings(files)
	if len(files) < 100 {
		t.Fatalf("%d workbooks in %s, want the whole archive", len(files), dir)
	}
	s := openFixture(t, "adp-all", files...)
	for _, f := range files {
		d, err := time.Parse("2006-01-02", f[:10])
		if err != nil {
			t.Fatalf("%s: no archive date: %v", f, err)
		}
		// The fiscal year the file name says (FYnn) and that of a week
		// before the archive date: ICE's names sometimes lag (the
		// 2024-11-16 "FY24" edition prints FY2025), and an edition of early
		// October still prints the year just ended.
		w := d.AddDate(0, 0, -7)
		fys := []int{w.Year()}
		if w.Month() >= 10 {
			fys[0]++
		}
		if m := fyNameRE.FindStringSubmatch(f); m != nil {
			if y, _ := strconv.Atoi(m[1]); 2000+y != fys[0] {
				fys = append(fys, 2000+y)
			}
		}
		for _, m := range []string{"adp", "alos"} {
			recent := false
			for _, fy := range fys {
				args := "dataset=" + m + "&fy=" + strconv.Itoa(fy) + "&printed-by=" + d.Format("2006-01-02")
				v, _ := url.ParseQuery(args)
				q, err := Parse(v)
				if err != nil {
					t.Fatalf("%s: %v", args, err)
				}
				res, err := (&Engine{Store: s}).Run(context.Background(), q)
				if err != nil {
					t.Errorf("%s (%s): %v", args, f, err)
					continue
				}
				if res.Count == nil {
					continue
				}
				if *res.Count <= 0 || len(res.Sources) != 1 {
					t.Errorf("%s (%s): count %v, sources %+v", args, f, *res.Count, res.Sources)
					continue
				}
				asOf, _ := time.Parse("2006-01-02", res.Sources[0].AsOf)
				if d.Sub(asOf) <= 45*24*time.Hour {
					recent = true
				}
			}
			if !recent {
				t.Errorf("%s: no %s for FY %v as published by %s from an edition at most 45 days older", f, m, fys, d.Format("2006-01-02"))
			}
		}
	}
}
