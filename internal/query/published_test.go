package query

import (
	"path/filepath"
	"testing"

	"github.com/icestat/icestat/internal/table"
)

// TestPublishedFigures reproduces figures ICE published in its annual ERO
// reports from the nationwide FOIA files. The expected values are ICE's, not
// icestat's:
//   - Fiscal Year 2016 ICE Enforcement and Removal Operations Report: 240,255 removals;
//     by citizenship Mexico 149,821, Guatemala 33,940, Honduras 21,994, El Salvador 20,538.
//     110,104 administrative arrests.
//   - Fiscal Year 2017 ICE ERO Report: 143,470 administrative arrests; 226,119 removals;
//     Mexico 128,765, Guatemala 33,570, Honduras 22,381, El Salvador 18,838, Haiti 5,578.
//   - Fiscal Year 2018 ICE ERO Report: 158,581 administrative arrests; 256,085 removals;
//     Mexico 141,045, Guatemala 50,390, Honduras 28,894, El Salvador 15,445.
func TestPublishedFigures(t *testing.T) {
	dir := filepath.Dir(sharedFile(t, "uwchr-2019-ICFO-53623/EROArrests_FY2016.csv.gz"))
	var files []string
	for _, f := range []string{"EROArrests_FY2016", "EROArrests_FY2017", "EROArrests_FY2018", "ICERemovals_FY2016", "ICERemovals_FY2017", "ICERemovals_FY2018"} {
		files = append(files, filepath.Join(dir, f+".csv.gz"))
	}
	e := sampleEngine(t, files...)
	totals := map[string]int64{
		"dataset=arrests&fy=2016":  110104,
		"dataset=arrests&fy=2017":  143470,
		"dataset=arrests&fy=2018":  158581,
		"dataset=removals&fy=2016": 240255,
		"dataset=removals&fy=2017": 226119,
		"dataset=removals&fy=2018": 256085,
	}
	for q, want := range totals {
		r := run(t, e, q)
		if got := total(t, r); got != want || !r.Coverage.Complete {
			t.Errorf("%s = %d (complete %v), ICE published %d", q, got, r.Coverage.Complete, want)
		}
	}
	byCountry := map[int]map[string]int64{
		2016: {"MEXICO": 149821, "GUATEMALA": 33940, "HONDURAS": 21994, "EL SALVADOR": 20538},
		2017: {"MEXICO": 128765, "GUATEMALA": 33570, "HONDURAS": 22381, "EL SALVADOR": 18838, "HAITI": 5578},
		2018: {"MEXICO": 141045, "GUATEMALA": 50390, "HONDURAS": 28894, "EL SALVADOR": 15445},
	}
	for fy, want := range byCountry {
		r := run(t, e, "dataset=removals&by=country&fy="+itoa(fy))
		got := map[string]int64{}
		for _, row := range r.Rows {
			got[row[0].(string)] = table.Int(row[1])
		}
		for c, n := range want {
			if got[c] != n {
				t.Errorf("FY%d removals of %s = %d, ICE published %d", fy, c, got[c], n)
			}
		}
	}
}

func itoa(n int) string {
	return string(rune('0'+n/1000)) + string(rune('0'+n/100%10)) + string(rune('0'+n/10%10)) + string(rune('0'+n%10))
}
