package claims

import (
	"strings"
	"testing"
)

// Facility names as ICE lists them in the Facilities sheet of
// 2025-06-06_FY25_detentionStats06052025.xlsx and
// 2022-12-23_FY23_detentionStats221222.xlsx (read with
// testdata/claims/expected.py --cells), and sentences from published TRAC
// and news pages (testdata/claims/corpus.jsonl).
func TestFacilityPhrase(t *testing.T) {
	names := []string{"ADAMS COUNTY DET CENTER", "SOUTH TEXAS ICE PROCESSING CENTER", "SOUTH TEXAS FAMILY RESIDENTIAL CENTER1",
		"STEWART DETENTION CENTER", "OTERO COUNTY PROCESSING CENTER", "ADELANTO ICE PROCESSING CENTER"}
	for _, c := range []struct {
		sent, figure, phrase, name string
	}{
		{"The Adams County Detention Center in Mississippi has become the largest single facility, averaging more than 2,100 detainees each day.",
			"2,100", "Adams County Detention Center", "ADAMS COUNTY DET CENTER"},
		{"The Adams County Detention Facility in Natchez, Mississippi, however, held the most immigrants — 2,168 per day in May.",
			"2,168", "Adams County Detention Facility", "ADAMS COUNTY DET CENTER"},
		{"South Texas Family Residential Center in Dilley, Texas continues to hold the largest number of ICE detainees so far in FY 2023, averaging 1,630 per day (as of December 2022).",
			"1,630", "South Texas Family Residential Center", "SOUTH TEXAS FAMILY RESIDENTIAL CENTER1"},
		{"Only 13 facilities report holding over 1,000 immigrants, including 1,659 at the the South Texas ICE Processing Center located in Pearsall, Texas.",
			"1,659", "South Texas ICE Processing Center", "SOUTH TEXAS ICE PROCESSING CENTER"},
		// the facility is nearer another figure: not this one's
		{"Only 13 facilities report holding over 1,000 immigrants, including 1,659 at the the South Texas ICE Processing Center located in Pearsall, Texas.",
			"1,000", "", ""},
		{"ICE held 39,000 people nationwide on June 1.", "39,000", "", ""},
	} {
		var figs []int
		for _, f := range []string{"13 ", "1,000", "1,659", c.figure} {
			if i := strings.Index(c.sent, f); i >= 0 {
				figs = append(figs, i)
			}
		}
		pos := strings.Index(c.sent, c.figure)
		got := facilityPhrase(c.sent, pos, figs)
		if got != c.phrase {
			t.Errorf("%q in %q: phrase %q, want %q", c.figure, c.sent, got, c.phrase)
			continue
		}
		if c.phrase == "" {
			continue
		}
		m := matchFacility(got, names)
		if len(m) != 1 || m[0] != c.name {
			t.Errorf("%q matches %v, want only %s", got, m, c.name)
		}
	}
	if m := matchFacility("South Texas Center", names); len(m) != 2 {
		t.Errorf("an ambiguous name matches %v, want both South Texas facilities (then the figure is not tested)", m)
	}
}
