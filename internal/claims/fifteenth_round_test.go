package claims

import "testing"

// TestFifteenthRoundReadings: readings the fifteenth round added, each from
// a corpus row. Expected values are the rows' records_value or workbook
// cells read with openpyxl (not with icestat).
func TestFifteenthRoundReadings(t *testing.T) {
	checkReadingCases(t, corpusEngine(t), []readingCase{
		// d4-gitnux-02 (a real error): "As of August 2024" names a month,
		// not its day. The editions in force on a day of it give 37,004
		// (2024-07-19_FY24_detentionStats07182024.xlsx [Detention FY24]
		// F20), 36,326 (2024-08-16_..., F20, the month's middle, the
		// reading shown) and 36,223 (2024-08-30_..., F20); none is about
		// 41,000. Before, the unstated day kept it from a contradiction.
		{"a month's population no edition of it gives", "2025-01-01",
			"As of August 2024, the total ICE detention population stood at approximately 41,000 detainees, marking a 15% increase from the previous month", "approximately 41,000", Contradicted, 36326},
		// the same month read true: the edition as of August 15 (36,326)
		{"a month's population an edition of it gives", "2025-01-01",
			"As of August 2024, the total ICE detention population stood at approximately 36,300 detainees.", "approximately 36,300", Supported, 36326},
	})
}
