package query

import (
	"context"
	"fmt"
	"math"
	"net/url"
	"path/filepath"
	"strings"
	"testing"

	"github.com/icestat/icestat/internal/fixture"
	"github.com/icestat/icestat/internal/store"
	"github.com/icestat/icestat/internal/table"
)

// The tests run on a store built once from five real editions and the real
// daily facility populations of ../shared/data (skipped when absent).
// Expected numbers were read straight from the workbooks' XML with a
// python3 zipfile + ElementTree script (cell values as stored in the sheet),
// or computed by SQL written here over read_parquet.
var testEditions = []string{
	"2019-10-06_FY19-detentionstats.xlsx",
	"2020-09-01_FY20-detentionstats.xlsx",
	"2024-04-26_FY24_detentionStats04252024.xlsx",
	"2025-05-24_FY25_detentionStats05232025.xlsx",
	"2025-06-06_FY25_detentionStats06052025.xlsx",
	"2025-10-30_FY25_detentionStats09252025.xlsx",
}

// testStore returns the package's shared store of testEditions and the
// daily facility populations (package fixture, built and opened once).
func testStore(t *testing.T) *store.Store {
	t.Helper()
	return fixture.Detention(t, "detention", testEditions...)
}

func ask(t *testing.T, s *store.Store, args string) *Result {
	t.Helper()
	v, err := url.ParseQuery(args)
	if err != nil {
		t.Fatal(err)
	}
	q, err := Parse(v)
	if err != nil {
		t.Fatalf("%s: %v", args, err)
	}
	res, err := (&Engine{Store: s}).Run(context.Background(), q)
	if err != nil {
		t.Fatalf("%s: %v", args, err)
	}
	return res
}

func rowValue(t *testing.T, tb *table.Table, key string) float64 {
	t.Helper()
	for _, r := range tb.Rows {
		if table.Cell(r[0]) == key {
			for i, c := range tb.Columns {
				if c == "count" || c == "adp" {
					return table.Float(r[i])
				}
			}
		}
	}
	t.Fatalf("no row %q in %v", key, tb.Rows)
	return 0
}

func TestPublishedMeasures(t *testing.T) {
	s := testStore(t)
	const may24 = "2025-05-24_FY25_detentionStats05232025.xlsx"
	const jun06 = "2025-06-06_FY25_detentionStats06052025.xlsx"
	const oct30 = "2025-10-30_FY25_detentionStats09252025.xlsx"
	const apr26 = "2024-04-26_FY24_detentionStats04252024.xlsx"
	cases := []struct {
		name, args string
		want       float64 // -1: not covered (nil count)
		file       string  // edition used
		cell       string  // a cell the answer must cite
		rows       map[string]float64
		command    string
	}{
		// 'Detention FY25'!F20 of the 2025-05-24 edition (as of 05/23/2025 in
		// ICE's file name) = 48870; F21..F23 the criminality split.
		{name: "detained latest on or before the date", args: "dataset=detained&date=2025-06-01&by=criminality", want: 48870, file: may24, cell: "F20",
			rows:    map[string]float64{"Convicted Criminal": 14909, "Pending Criminal Charges": 12920, "Other Immigration Violator": 21041},
			command: "icestat count detained --date 2025-06-01 --by criminality"},
		// B20 (ICE arrests) = 31095, D20 (CBP) = 17775.
		{name: "detained by agency", args: "dataset=detained&date=2025-05-23&by=agency", want: 48870, file: may24, cell: "B20",
			rows: map[string]float64{"ICE": 31095, "CBP": 17775}},
		{name: "detained between editions too far apart", args: "dataset=detained&date=2020-03-01", want: -1},
		{name: "detained before the first edition", args: "dataset=detained&date=2019-01-01", want: -1},
		{name: "detained after the last edition", args: "dataset=detained&date=2026-01-15", want: -1},
		// 'Detention FY25'!Q20 of the 2025-10-30 edition = 28880 (May 2025);
		// Q21 CBP 5238, Q22 ICE 23642.
		{name: "book-ins of a month, latest printing", args: "dataset=book-ins&month=2025-05&by=agency", want: 28880, file: oct30, cell: "Q20",
			rows: map[string]float64{"ICE": 23642, "CBP": 5238}, command: "icestat count book-ins --month 2025-05 --by agency"},
		{name: "book-ins before any edition", args: "dataset=book-ins&month=2018-05", want: -1},
		// 'ATD FY25 YTD'!A42 = "Boston", B42 = 8748 in the 2025-06-06 edition
		// (table title: as of 05/17/2025).
		{name: "ATD in an AOR", args: "dataset=atd&aor=boston&date=2025-06-01", want: 8748, file: jun06, cell: "B42",
			command: "icestat count atd --aor BOS --date 2025-06-01"},
		// The 2024-04-26 edition prints ATD participants twice: 'ATD FY24
		// YTD' (title: as of 04/20/2024), B32 = 184318, and 'ATD EOFY23'
		// (title: as of 9/30/2023), B32 = 194427 (python3
		// testdata/claims/expected.py --cells FILE SHEET 32:32). A date in
		// April 2024 is answered by the year to date, the end of FY2023 by
		// the other sheet.
		{name: "ATD beside an end-of-year sheet", args: "dataset=atd&date=2024-04-25", want: 184318, file: apr26, cell: "B32"},
		{name: "ATD at the end of the year before", args: "dataset=atd&date=2023-10-01", want: 194427, file: apr26, cell: "B32"},
		// 'Facilities FY25' row 126 of the 2025-05-24 edition: PLYMOUTH COUNTY
		// CORRECTIONAL FACILITY, N126..Q126 = 142.37668 + 280.30942 +
		// 0.26457 + 1.05830 = 424.0 (one decimal).
		{name: "facility ADP as published", args: "dataset=facility-adp&facility=plymouth&date=2025-06-01", want: 424.0, file: may24, cell: "N126"},
		{name: "facility ADP of a state", args: "dataset=facility-adp&state=MA&date=2025-06-01", want: 424.0, file: may24, cell: "Q126"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			res := ask(t, s, c.args)
			if c.want < 0 {
				if res.Count != nil || !res.Coverage.None || !strings.Contains(res.Coverage.Note, "not covered") {
					t.Fatalf("want not covered, got %v %+v", res.Count, res.Coverage)
				}
				return
			}
			if res.Count == nil {
				t.Fatalf("no count: %+v %v", res.Coverage, res.Warnings)
			}
			if math.Abs(*res.Count-c.want) > 1e-9 {
				t.Errorf("count %v, want %v", *res.Count, c.want)
			}
			if len(res.Sources) == 0 || res.Sources[0].File != c.file || res.Sources[0].SHA256 == "" {
				t.Errorf("sources %+v, want %s", res.Sources, c.file)
			} else if !contains(res.Sources[0].Cells, c.cell) {
				t.Errorf("cells %v do not cite %s", res.Sources[0].Cells, c.cell)
			}
			for k, v := range c.rows {
				if got := rowValue(t, res.Table, k); got != v {
					t.Errorf("%s = %v, want %v", k, got, v)
				}
			}
			if c.command != "" && res.Command != c.command {
				t.Errorf("command %q, want %q", res.Command, c.command)
			}
		})
	}
}

// A month a later edition revised shows both printings: 'Detention
// FY25'!Q20 is 28797 in the 2025-06-06 edition (first printing after May
// ended) and 28880 in the 2025-10-30 edition.
func TestBookInsRevision(t *testing.T) {
	res := ask(t, testStore(t), "dataset=book-ins&month=2025-05")
	if len(res.Revisions) != 1 {
		t.Fatalf("revisions %+v", res.Revisions)
	}
	r := res.Revisions[0]
	if r.First != 28797 || r.FirstEdition != "2025-06-06_FY25_detentionStats06052025.xlsx" || r.Value != 28880 {
		t.Errorf("revision %+v", r)
	}
}

// held: people in Massachusetts facilities in May 2025, checked against SQL
// written here over the Parquet file and the reference CSV (person-days of
// the facilities whose reference state is MA, over 31 days).
func TestHeld(t *testing.T) {
	s := testStore(t)
	dir := fixture.SharedData()
	want, err := s.Table(context.Background(), `SELECT round(sum(p.n_detained) / 31.0, 1), max(d.held) FROM read_parquet(?) p
JOIN read_csv(?, header=true, all_varchar=true) r ON r.detention_facility_code = p.detention_facility_code
JOIN (SELECT CAST(p2.date AS DATE) AS day, sum(p2.n_detained) AS held FROM read_parquet(?) p2
      JOIN read_csv(?, header=true, all_varchar=true) r2 ON r2.detention_facility_code = p2.detention_facility_code
      WHERE upper(r2.state) = 'MA' AND CAST(p2.date AS DATE) BETWEEN DATE '2025-05-01' AND DATE '2025-05-31' GROUP BY 1) d
  ON d.day = CAST(p.date AS DATE)
WHERE upper(r.state) = 'MA' AND CAST(p.date AS DATE) BETWEEN DATE '2025-05-01' AND DATE '2025-05-31'`,
		filepath.Join(dir, "ice-detention-stats", "facilities-daily-population-latest.parquet"), filepath.Join(dir, "reference", "detention_facilities.csv"),
		filepath.Join(dir, "ice-detention-stats", "facilities-daily-population-latest.parquet"), filepath.Join(dir, "reference", "detention_facilities.csv"))
	if err != nil {
		t.Fatal(err)
	}
	res := ask(t, s, "dataset=held&state=massachusetts&month=2025-05")
	if res.Count == nil || *res.Count != table.Float(want.Rows[0][0]) {
		t.Fatalf("held %v, want %v", res.Count, want.Rows[0][0])
	}
	if res.Details["peak"] != table.Float(want.Rows[0][1]) {
		t.Errorf("peak %v, want %v", res.Details["peak"], want.Rows[0][1])
	}
	if res.Command != "icestat count held --state MA --month 2025-05" {
		t.Errorf("command %q", res.Command)
	}
	if out := ask(t, s, "dataset=held&state=MA&month=2022-05"); out.Count != nil || !out.Coverage.None {
		t.Errorf("May 2022 is before the daily populations: %+v", out.Coverage)
	}
	if out := ask(t, s, "dataset=held&state=MA&from=2026-03-01&to=2026-03-31"); out.Count == nil || out.Coverage.Complete {
		t.Errorf("March 2026 is covered through 2026-03-10 only: %+v", out.Coverage)
	}
}

func TestParseRefuses(t *testing.T) {
	for _, args := range []string{
		"dataset=detained&month=2025-05",
		"dataset=book-ins&date=2025-05-01",
		"dataset=book-ins&from=2025-05-02&to=2025-05-31",
		"dataset=detained&state=MA",
		"dataset=atd&state=MA",
		"dataset=detained&by=reason",
		"dataset=nothing",
	} {
		v, _ := url.ParseQuery(args)
		if _, err := Parse(v); err == nil {
			t.Errorf("%s: accepted", args)
		}
	}
}

func TestDetainedHistory(t *testing.T) {
	h, err := (&Engine{Store: testStore(t)}).DetainedHistory(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if len(h) != len(testEditions) {
		t.Fatalf("%d points: %+v", len(h), h)
	}
	for i := 1; i < len(h); i++ {
		if h[i].AsOf <= h[i-1].AsOf {
			t.Errorf("not in date order: %+v", h)
		}
	}
	// 2025-05-24 edition (the fourth in date order), 'Detention FY25'!F20.
	if h[3].Total != 48870 || h[3].Cell != "F20" {
		t.Errorf("point %+v", h[3])
	}
	// the same edition's arresting-agency columns, B20 31,095 (ICE) and
	// D20 17,775 (CBP), read with expected.py --cells
	for col, want := range map[string]struct {
		v    float64
		cell string
	}{"ICE": {31095, "B20"}, "CBP": {17775, "D20"}} {
		h, err := (&Engine{Store: testStore(t)}).DetainedHistoryOf(context.Background(), col)
		if err != nil || len(h) != len(testEditions) || h[3].Total != want.v || h[3].Cell != want.cell {
			t.Errorf("%s column: %+v (%v), want %v in %s", col, h, err, want.v, want.cell)
		}
	}
	if _, err := (&Engine{Store: testStore(t)}).DetainedHistoryOf(context.Background(), "Percent ICE"); err == nil {
		t.Error("a percent column was accepted")
	}
}

// --printed-by answers from the editions out on a day: an article of
// 2025-06-10 saw May 2025 as first printed ('Detention FY25'!Q20 of the
// 2025-06-06 edition, 28797 by expected.py --cells), not the 28880 a later
// edition revised it to; a day before May ended, no edition printed May
// whole. Held counts have no editions, so the flag is refused there.
func TestBookInsPrintedBy(t *testing.T) {
	s := testStore(t)
	res := ask(t, s, "dataset=book-ins&month=2025-05&printed-by=2025-06-10")
	if res.Count == nil || *res.Count != 28797 || len(res.Revisions) != 0 {
		t.Fatalf("count %v revisions %+v, want 28797 as first printed", res.Count, res.Revisions)
	}
	if len(res.Sources) != 1 || res.Sources[0].File != "2025-06-06_FY25_detentionStats06052025.xlsx" || !contains(res.Sources[0].Cells, "Q20") {
		t.Errorf("sources %+v", res.Sources)
	}
	if !strings.Contains(strings.Join(res.Warnings, "\n"), "as published by 2025-06-10") {
		t.Errorf("warnings %q do not say which editions were left out", res.Warnings)
	}
	if !strings.Contains(res.Command, "--printed-by 2025-06-10") {
		t.Errorf("command %q does not reproduce the question", res.Command)
	}
	early := ask(t, s, "dataset=book-ins&month=2025-05&printed-by=2025-05-30")
	if early.Count != nil && early.Coverage.Complete {
		t.Errorf("May 2025 as published by 2025-05-30: %v, complete; want not covered or partial", *early.Count)
	}
	if _, err := Parse(url.Values{"dataset": {"held"}, "date": {"2025-05-01"}, "printed-by": {"2025-06-01"}}); err == nil {
		t.Error("held with --printed-by accepted")
	}
}

// Two facilities may share a name: the Facilities FY25 sheet of the
// 2025-10-30 edition lists CLINTON COUNTY JAIL in NY (ADP 5.44) and in IN
// (8.04), and 189 facilities in all (Level A-D summed per row by
// testdata/claims/expected.py's facility_adp). Each is its own row, never
// summed into one.
func TestFacilityADPSameName(t *testing.T) {
	res := ask(t, testStore(t), "dataset=facility-adp&date=2025-09-30&by=facility")
	if res.Table == nil || len(res.Table.Rows) != 189 {
		t.Fatalf("rows %v, want 189 facilities", res.Table)
	}
	got := map[string]float64{}
	for _, r := range res.Table.Rows {
		if r[0] == "CLINTON COUNTY JAIL" {
			got[fmt.Sprint(r[2])] = table.Float(r[len(r)-1])
		}
	}
	if len(got) != 2 || got["NY"] != 5.4 || got["IN"] != 8 {
		t.Errorf("CLINTON COUNTY JAIL rows %v, want NY 5.4 and IN 8.0", got)
	}
}

// ICE prints threat levels only in its facilities table. Expected sums by
// testdata/claims/expected.py's facility_col_sums over the 2025-10-30
// edition's Facilities FY25 sheet (the four "ICE Threat Level" columns
// added over its rows): Level 1 3,144.7, Level 2 1,748.8, Level 3
// 2,383.3, none 40,273.7.
func TestFacilityADPByThreatLevel(t *testing.T) {
	res := ask(t, testStore(t), "dataset=facility-adp&date=2025-09-30&by=threat_level")
	if res.Table == nil {
		t.Fatal("no table")
	}
	want := map[string]float64{"ICE Threat Level 1": 3144.7, "ICE Threat Level 2": 1748.8, "ICE Threat Level 3": 2383.3, "No ICE Threat Level": 40273.7}
	for _, r := range res.Table.Rows {
		k := fmt.Sprint(r[0])
		if w, ok := want[k]; !ok || math.Abs(table.Float(r[1])-w) > 0.2 {
			t.Errorf("%s: %v, want %v", k, r[1], want[k])
		}
		delete(want, k)
	}
	if len(want) > 0 {
		t.Errorf("levels missing: %v", want)
	}
}

// An edition "filtered through" a month's last day prints that month whole:
// the FY2019 end-of-year edition (data through 09/30/2019, its footnote)
// gives September 2019's book-ins complete. Its twelve monthly book-ins,
// cells J20:U20 of Detention FY19, sum to 510,854 (expected.py --cells
// 2019-10-06_FY19-detentionstats.xlsx "Detention FY19" 20:20, summed by
// awk).
func TestBookInsThroughMonthEnd(t *testing.T) {
	res := ask(t, testStore(t), "dataset=book-ins&fy=2019")
	if res.Count == nil || *res.Count != 510854 {
		t.Fatalf("FY2019 book-ins %v, want 510,854", res.Count)
	}
	if !res.Coverage.Complete {
		t.Errorf("FY2019 book-ins partial (%v): the edition as of 2019-09-30 prints September whole", res.Warnings)
	}
}
