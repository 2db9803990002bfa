package claims

import "testing"

// TestRmRoundReadings: the readings added in the round on removals by
// country of citizenship and yearly totals (FY2016-FY2019), each failing
// before its rule. Values are the corpus's expected.py figures
// (testdata/claims/expected.py over the raw files), cited per case.
func TestRmRoundReadings(t *testing.T) {
	checkReadingCases(t, corpusEngine(t), []readingCase{
		// "sent home" is a removal (f0-carib-13: Jamaica, FY2017, 782
		// removals)
		{"nationals sent home", "2019-01-15",
			"Some Caribbean nations recorded higher removal numbers last year than in 2017. Jamaica, for example, was responsible for 782 nationals sent home in 2017.", "782", Supported, 782},
		// "sent home with an ankle monitor" is a release, not a removal
		{"sent home with a monitor", "2019-01-15",
			"In 2018, 1,200 families were sent home with ankle monitors.", "1,200", NotCheckable, 0},
	})
}
