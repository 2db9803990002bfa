package query

import (
	"testing"

	"github.com/icestat/icestat/internal/fixture"
	"github.com/icestat/icestat/internal/table"
)

// People in detention by days in custody, from the " ICLOS and Detainees"
// sheet. Expected cells read with `python3 testdata/claims/expected.py
// --cells FILE " ICLOS and Detainees" 13:48` (stdlib zip + XML, not icestat):
//
//	2026-02-03 edition, BV (January 2026, mid): 44 0-180 = 68,579, 45
//	181-365 = 5,268, 46 366-730 = 1,905, 47 >730 = 79, 48 Total = 75,831;
//	BW48 (end of January) = 0, not filled; AW48 (December 2024, end) = 0:
//	the FY2026 editions print FY2025's months as 0.
//	2025-10-30 edition, AW (December 2024, end): 48 Total = 40,806; Adult
//	Facility Aliens 21 181-365 = 2,221, 22 = 553, 23 = 75.
func TestCustodyLength(t *testing.T) {
	s := fixture.Detention(t, "custody-length", "2025-10-30_FY25_detentionStats09252025.xlsx", "2026-02-03_FY26_detentionStats02022026.xlsx")
	cases := []struct {
		args  string
		total float64
		cell  string // the total's cell
		rows  map[string]float64
	}{
		{"dataset=custody-length&date=2026-01-20&by=length", 75831, "BV48",
			map[string]float64{"0-180 Days": 68579, "181-365 Days": 5268, "366-730 Days": 1905, "More than 730 Days": 79}},
		// the latest edition prints December 2024 as 0: the edition before
		// that prints it answers
		{"dataset=custody-length&date=2024-12-31&by=population,length", 40806, "AW48", nil},
		{"dataset=custody-length", 75831, "BV48", nil}, // the latest filled column
	}
	for _, tc := range cases {
		res := ask(t, s, tc.args)
		if res.Count == nil || *res.Count != tc.total {
			t.Errorf("%s: count %v, want %v (%s)", tc.args, res.Count, tc.total, res.Coverage.Note)
			continue
		}
		if len(res.Sources) != 1 || len(res.Sources[0].Cells) == 0 || res.Sources[0].Cells[0] != tc.cell {
			t.Errorf("%s: sources %+v, want the total's cell %s first", tc.args, res.Sources, tc.cell)
		}
		for k, want := range tc.rows {
			if got := rowValue(t, res.Table, k); got != want {
				t.Errorf("%s: %s = %v, want %v", tc.args, k, got, want)
			}
		}
	}
	res := ask(t, s, "dataset=custody-length&date=2024-12-31&by=population,length&printed-by=2026-02-04")
	adult := 0.0
	for _, r := range res.Table.Rows {
		if table.Cell(r[0]) == "Adult Facility Aliens" && table.Cell(r[1]) != "0-180 Days" {
			adult += table.Float(r[2])
		}
	}
	if adult != 2221+553+75 {
		t.Errorf("adults held 181 days or more at the end of December 2024: %v, want %v", adult, 2221+553+75)
	}
	// before the first column (January 2023) nothing answers
	if res := ask(t, s, "dataset=custody-length&date=2022-06-30"); res.Count != nil || !res.Coverage.None {
		t.Errorf("2022-06-30: count %v, coverage %+v: want not covered", res.Count, res.Coverage)
	}
}
