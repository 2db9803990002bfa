package claims

import (
	"strings"
	"testing"
	"time"
)

// Facility names as ICE lists them in the Facilities sheet of
// 2025-06-06_FY25_detentionStats06052025.xlsx and
// 2022-12-23_FY23_detentionStats221222.xlsx (read with
// testdata/claims/expected.py --cells), and sentences from published TRAC
// and news pages (testdata/claims/corpus).
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
		// a facility after the figure is a new subject, not its place
		// (Newsmax, 2025-02-25, stress run 13)
		{"In Texas, the South Texas ICE Processing Center in Pearsall came in second with an average of 1,680 detainees per day followed by the Stewart Detention Center in Lumpkin, Georgia, which averaged 1,531 per day.",
			"1,680", "South Texas ICE Processing Center", "SOUTH TEXAS ICE PROCESSING CENTER"},
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

// ATD technologies named in published sentences (TRAC, 2023-04-03 and
// 2025-08-15) and the labels ICE's ATD tables give them.
func TestATDTechnology(t *testing.T) {
	for _, c := range []struct {
		sent, figure string
		want         []string
	}{
		{"For instance, just 4,874 immigrants are now monitored by GPS ankle monitors, down from 30,000 at the start of the Biden administration.", "4,874", []string{"Ankle Monitor", "GPS"}},
		{"However, the number required to wear ankle monitors has continued to creep up; 26,743 individuals were wearing ankle monitors, while the use of all other specific monitoring technologies declined.", "26,743", []string{"Ankle Monitor", "GPS"}},
		{"ICE monitored 152,106 people through SmartLINK.", "152,106", []string{"SmartLINK"}},
		{"ICE monitored 182,617 people through Alternatives to Detention.", "182,617", nil},
		// TRAC 2024-04-26: the technology is the sentence's subject, and
		// "GPS smartwatches" are wrist-worn, not ankle monitors
		{"GPS ankle monitors, which had declined to under 5,000 in June 2023, also continues to increase and now stands at over 20,000 for the first time since May 2022.", "20,000", []string{"Ankle Monitor", "GPS"}},
		{"Notably, however, the agency's use GPS smartwatches continues to increase, and now reaches a total of 1,441—up from under 1,000 two weeks ago.", "1,441", []string{"Wristworn", "Veriwatch"}},
	} {
		pos := strings.Index(c.sent, c.figure)
		cl := Claim{Sentence: c.sent, clauseStart: pos}
		if got := atdTechnology(cl); strings.Join(got, ",") != strings.Join(c.want, ",") {
			t.Errorf("%q: %v, want %v", c.sent, got, c.want)
		}
	}
}

// "The most" about a facility or a state's facilities (TRAC, 2021-05-05 and
// 2022-12-23): rank claims read in the edition out on the article's date.
func TestFacilityRanks(t *testing.T) {
	ref := time.Date(2022, 12, 23, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		text, kind, name string
	}{
		{"ICE relied on detention facilities in Texas to house the most people during FY 2023, according to data current as of December 13, 2022.", "state", "Texas"},
		{"South Texas Ice Processing Center in Pearsall, Texas held the largest number of ICE detainees so far in FY 2021, averaging 734 per day (as of April 2021).", "facility", "South Texas Ice Processing Center"},
		{"ICE arrested the most people in Texas during FY 2023.", "", ""},
	} {
		its := facilityRanks(c.text, ref)
		if c.kind == "" {
			if len(its) != 0 {
				t.Errorf("%q: %d rank claims, want none (no detention)", c.text, len(its))
			}
			continue
		}
		if len(its) != 1 || its[0].Place.Kind != c.kind || its[0].Place.Name != c.name || its[0].Claim.Value != 1 || its[0].PrintedBy != "2022-12-23" {
			t.Errorf("%q: %+v, want one rank-1 claim about %s %s", c.text, its, c.kind, c.name)
		}
	}
}

// The arresting agency of book-ins, as TRAC (2025-05-27) and an Orlando law
// firm quoting ICE's FY2019 report (2019-12-20) write it.
func TestArrestingAgencyRole(t *testing.T) {
	for _, c := range []struct{ sent, figure, want string }{
		{"According to the most recent data release, records show ICE as the arresting agency for 81 percent of initial book-ins from February through mid-May, 2025.", "81 percent", "ICE"},
		{"73% of all initial book-ins to ICE custody resulted from CBP apprehensions, while overall initial book-ins to ICE custody increased 29% compared to FY 2018.", "73%", "CBP"},
		{"ICE booked 28,797 people into detention in May.", "28,797", ""},
		// Quixote Center, 2020-08-23; TRAC, 2025-05-27 (both agencies: none)
		{"Back in October the percentage of people booked-in from CBP was 54%, or 13,303 of 24,728.", "54%", "CBP"},
		{"The most initial book-ins in a single month took place in October 2024, when 23,616 individuals were booked in by CBP and ICE.", "23,616", ""},
	} {
		pos := strings.Index(c.sent, c.figure)
		cl := Claim{Sentence: c.sent, clauseStart: pos, clauseEnd: pos + len(c.figure)}
		if got := arrestingAgency(cl); got != c.want {
			t.Errorf("%q: agency %q, want %q", c.sent, got, c.want)
		}
	}
}
