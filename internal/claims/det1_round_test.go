package claims

import "testing"

// TestDet1RoundReadings: rules of the det1 round (detention population
// counts, their changes, records and highs). Expected values come from
// testdata/claims/expected.py rows or the workbook cells, cited at each case.
func TestDet1RoundReadings(t *testing.T) {
	checkReadingCases(t, corpusEngine(t), []readingCase{
		// a month with its year that no day of it gives, nor its average
		// (d4-gitnux-02: the August 2024 editions give 36,326 as of
		// 2024-08-15 and 36,223 as of 2024-08-29, cell F20; August's
		// average daily population 36,663.5, cell L99 of Detention FY24 in
		// 2024-10-01_FY24_detentionStats.xlsx)
		{"a month with its year, refuted on every day of it", "2025-01-01",
			"As of August 2024, the total ICE detention population stood at approximately 41,000 detainees, marking a 15% increase from the previous month", "approximately 41,000", Contradicted, 36326},
		// the month's average daily population is a reading of it (cell
		// L99 above, 36,663.5)
		{"a month's population as its average daily population", "2025-01-01",
			"In August 2024, ICE held 36,663 people in detention.", "36,663", Supported, 0},
		// without its year the month stays unstated
		{"a month without its year", "2025-01-01",
			"In August, the total ICE detention population stood at approximately 41,000 detainees.", "approximately 41,000", NotCheckable, 0},
	})
}
