package claims

import "testing"

// TestFacilityRoundReadings: sentences about ICE's facilities table (types
// of facility, guaranteed minimums, ghost beds, counts of facilities). The
// values come from the corpus rows' expected figures (expected.py) or the
// workbook cells named in each comment.
func TestFacilityRoundReadings(t *testing.T) {
	checkReadingCases(t, corpusEngine(t), []readingCase{
		// a fraction in digits after a hedge: the type's share of the
		// guaranteed minimum beds named in the sentence (i0-gmin-04:
		// 2021-04-15 edition, IGSA 21,305 of 34,390 minimum beds, 61.95 %)
		{"a digit fraction, a type's share of the minimums", "2021-04-28",
			"As a type, IGSA's have the largest share of Guaranteed Minimums overall, which is just under 2/3.", "just under 2/3", Supported, 0},
		// (i0-gmin-05: CDF 10,443 of 34,390, 30.37 %)
		{"a type's portion of the minimums", "2021-04-28",
			"However, CDF's, with just under 1/3, also have a large portion of Guaranteed Minimums.", "just under 1/3", Supported, 0},
		// "2/3 of": the ghost beds' share of the minimum beds (i0-gmin-07:
		// 22,960 of 34,390, 66.8 %)
		{"a digit fraction of the minimums", "2021-04-28",
			"At present 2/3 of Guaranteed Minimums are empty Ghost Beds.", "2/3", Supported, 0},
		// a date is no fraction
		{"a date is no fraction", "2021-04-28",
			"On 2/3/2021 ICE reported its guaranteed minimums.", "2/3", "", 0},
	})
}
