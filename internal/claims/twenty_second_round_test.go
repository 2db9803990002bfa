package claims

import "testing"

// TestTwentySecondRoundReadings: the lead's readings of the twenty-second
// round, each found in a corpus row.
func TestTwentySecondRoundReadings(t *testing.T) {
	checkReadingCases(t, corpusEngine(t), []readingCase{
		// "the San Antonio Immigration and Customs Enforcement region"
		// (fr-woai-01) names the San Antonio AOR: its FY2017 arrests are
		// 8,510 (zcat EROArrests_FY2017.csv.gz | awk -F'|' 'NR>6 &&
		// $1=="\"San Antonio Area of Responsibility\""' | wc -l); read as
		// the nation's (143,470) before
		{"a city and the agency's full name before region", "2017-12-05",
			"The San Antonio Immigration and Customs Enforcement region made 8,510 arrests in fiscal year 2017.", "8,510", Supported, 8510},
		// "News Radio 1200 WOAI reports" (fr-woai-01): a station's
		// frequency, no figure
		{"a radio station's number", "2017-12-05",
			"ICE removed 226,119 people in fiscal year 2017, News Radio 1200 WOAI reports.", "1200", "", 0},
	})
}
