package claims

import (
	"strings"
	"testing"
)

func TestQuotesICE(t *testing.T) {
	for s, want := range map[string]bool{
		"ICE made 40,066 at-large arrests in FY2017, according to ICE.":                       true,
		"ICE said it made 40,536 at-large arrests in FY2018.":                                 true,
		"According to ICE’s Fiscal Year 2018 Report ERO made 158,581 administrative arrests.": true,
		"ICE's FY2017 report counts 40,066 at-large arrests.":                                 true,
		"Immigration and Customs Enforcement reported 30,348 at-large arrests.":               true,
		"ICE ERO reports 40,066 at-large arrests.":                                            true,
		"Immigration officers made 30,348 at-large arrests in fiscal year 2016.":              false,
		"Advocates said ICE made 40,066 at-large arrests.":                                    false,
		"The police said 12 people slipped on ice.":                                           false,
	} {
		if got := reQuotesICE.MatchString(s); got != want {
			t.Errorf("quotes ICE(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestICEReadings: a claim quoting ICE is read under ICE's grouping first;
// a claim that does not is read under icestat's default and reproduced by
// the ice variant; removals excluding the lag by the excluding-lag basis;
// a wrong figure is contradicted after every variant was tried. Values:
// testdata/ice-reports/verify.sh (awk over the raw files): at-large FY2017
// 40,066 and FY2016 30,348 (ice), 25,724 (icestat); FY2018 removals
// 256,085, excluding the lag 252,405.
func TestICEReadings(t *testing.T) {
	rep := check(t, Input{Text: "ICE made 40,066 at-large arrests in FY2017, according to ICE. " +
		"Immigration officers made 30,348 at-large arrests in fiscal year 2016. " +
		"Excluding the lag, ICE conducted 252,405 removals in FY2018. " +
		"ICE made 41,066 at-large arrests in FY2017, according to ICE."})
	want := []struct {
		verdict, command, expl string
	}{
		{Supported, "icestat count arrests --fy 2017 --method at-large --method-scheme ice", "read under ICE's own grouping first"},
		{Supported, "icestat count arrests --fy 2016 --method at-large", "first reading (method scheme icestat) gives 25,724; the claim is reproduced under method scheme ice"},
		{Supported, "icestat count removals --fy 2018", "first reading (removal basis removal-date) gives 256,085; the claim is reproduced under removal basis excluding-lag (`icestat count removals --fy 2018 --removal-basis excluding-lag`)"},
		{Contradicted, "icestat count arrests --fy 2017 --method at-large --method-scheme ice", "no other published definition reproduces it either (method scheme icestat 35,501"},
	}
	if len(rep.Entries) != len(want) {
		t.Fatalf("%d entries, want %d", len(rep.Entries), len(want))
	}
	for i, w := range want {
		e := rep.Entries[i]
		if e.Verdict != w.verdict || e.Command != w.command || !strings.Contains(e.Explanation, w.expl) {
			t.Errorf("entry %d: %s %q %q\nwant %s %q containing %q", i+1, e.Verdict, e.Command, e.Explanation, w.verdict, w.command, w.expl)
		}
	}
	if rep.Entries[0].Detail == nil || rep.Entries[0].Detail.Agency != "ice" || rep.Entries[1].Detail.Agency != "" {
		t.Errorf("agency not marked: %+v / %+v", rep.Entries[0].Detail, rep.Entries[1].Detail)
	}
}

// TestICEJanuary20Windows: ICE's "from January 20 to the end of FY N" is the
// plain period N-01-20..N-09-30, also when the article's date is known (the
// sentence's fiscal year gives the year). awk over the raw files
// (testdata/ice-reports/verify.sh): at-large (ice) 31,663 in 2017 and
// 22,094 in 2016.
func TestICEJanuary20Windows(t *testing.T) {
	rep := check(t, Input{Date: "2017-12-05", Text: "ICE made 31,663 at-large arrests from January 20 to the end of FY2017, according to ICE. " +
		"From January 20 through the end of fiscal year 2016, ICE conducted 22,094 at-large arrests, ICE said."})
	want := []string{"icestat count arrests --from 2017-01-20 --to 2017-09-30 --method at-large --method-scheme ice",
		"icestat count arrests --from 2016-01-20 --to 2016-09-30 --method at-large --method-scheme ice"}
	if len(rep.Entries) != len(want) {
		t.Fatalf("%d entries, want %d", len(rep.Entries), len(want))
	}
	for i, w := range want {
		if e := rep.Entries[i]; e.Verdict != Supported || e.Command != w {
			t.Errorf("entry %d: %s %q (%s), want supported %q", i+1, e.Verdict, e.Command, e.Explanation, w)
		}
	}
}
