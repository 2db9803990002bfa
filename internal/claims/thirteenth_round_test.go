package claims

import "testing"

// TestThirteenthRoundReadings: readings the thirteenth round added, each
// from a corpus row. Expected values are workbook cells, read with
// testdata/claims/expected.py --cells (no icestat).
func TestThirteenthRoundReadings(t *testing.T) {
	checkReadingCases(t, corpusEngine(t), []readingCase{
		// "at the end of 2025": the last weeks of calendar 2025, read on
		// its last day (2025-12-23_FY26_detentionStats12222025.xlsx
		// [Detention FY26] F20 = 68,442); before, FY2025, underspecified
		{"the end of a year", "2026-01-20",
			"At the end of 2025, ICE held 68,400 people in detention.", "68,400", Supported, 68442},
		// s-fr-alg247-06, in English: the figure "a year earlier" is at
		// the end of 2024 (2024-12-21_FY25_detentionStats12182024.xlsx
		// [Detention FY25] F20 = 38,406, the row's records_value)
		{"the end of a year, a year earlier", "2026-01-20",
			"At the end of 2025, the detained population reached 70,805 people, compared with fewer than 40,000 a year earlier.", "fewer than 40,000", Supported, 38406},
		// t-fr-ctninfo-05, in English: "arrests" of one criminality class
		// since January 2025, which the FOIA arrest records do not reach,
		// are TRAC's count of the people held whom ICE arrested, by class
		// (the row's records_value, 7,781 Other Immigration Violators
		// arrested by ICE, edition archived 2025-06-06); before,
		// period-not-covered
		{"arrests of a criminality class after 2019", "2025-06-10",
			"Since January 20, ICE has made 7,781 arrests of people with no criminal record or pending charges, The Independent reported.", "7,781", Supported, 7781},
		// e12e0-obp-05: the same reading does not take a day carried from
		// the sentence before for "the Biden era ... typically stayed
		// below 10%" (the row: not checkable)
		{"arrests of a class, a day carried", "2025-06-24",
			"Before Trump’s inauguration on January 20, non-criminal detainees made up just 6%—around 850 people—of ICE arrests. That matched trends from the Biden era, where non-criminal arrests typically stayed below 10%.", "below 10%", NotCheckable, 0},
		// s-fr-alg247-05, in English: the figures after "the number of
		// detention facilities went from" count facilities (the row's
		// records_value, 107 facilities listed in the edition of
		// 2025-01-17); before, "107 detentions", no data
		{"the number of facilities went from", "2026-01-20",
			"The number of detention facilities went from 107 in January 2025 to 212 at the end of the year.", "107", Supported, 107},
		// t-immigrationinsight-01: "currently" in early November 2025 is
		// the 2025-10-30 edition, the latest out though its figures are of
		// September 20 (ICE published late), and "including SmartLINK ...,
		// Ankle Monitors, and Wrist Monitors" lists what the whole ATD
		// count includes (2025-10-30_FY25_detentionStats09252025.xlsx
		// [ATD FY25 YTD] B30 = 181,210, the row's records_value); before,
		// SmartLINK only, and not covered
		{"currently, the latest edition out late; technologies included", "2025-11-05",
			"According to ICE/DHS data and reported by TRAC (Transactional Records Access Clearinghouse) there are currently 181,000 people wearing Alternatives to Detention Monitors including SmartLINK (smart phone monitoring), Ankle Monitors, and Wrist Monitors.", "181,000", Supported, 181210},
	})
}

// TestSinceWindowNotThePeriod: a superlative's "since March 2020" is the
// window it is compared in, not its date, which is the figure's before it
// (t-kocher-return-03's sentences, joined). Before, the superlative was
// read on 2020-03-15, a day no stored edition covers.
func TestSinceWindowNotThePeriod(t *testing.T) {
	its, err := Analyze(Input{Text: "ICE was holding just over 35,000 immigrants as of September 9, the highest since March 2020.", Date: "2023-09-27"})
	if err != nil {
		t.Fatal(err)
	}
	for _, it := range its {
		if it.Claim.Kind != KindSuperlative {
			continue
		}
		if got := it.Period.String(); got != "on 2023-09-09" {
			t.Errorf("%q read on %s, want on 2023-09-09 (the figure's date)", it.Claim.Text, got)
		}
		if it.Baseline == nil || it.Baseline.From != "2020-04-01" {
			t.Errorf("%q compared within %v, want the window from 2020-04-01", it.Claim.Text, it.Baseline)
		}
		return
	}
	t.Fatal("no superlative read")
}
