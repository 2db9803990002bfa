package claims

import "testing"

// TestRound16EN2: readings the sixteenth round's second English fixer
// added, each from an English corpus row of the sets fresh-2026-12h-es ..
// 12t (tuning sets). Expected values are the rows' records_value, computed
// by testdata/claims/expected.py from the FOIA rows and ICE's workbooks (no
// icestat).
func TestRound16EN2(t *testing.T) {
	checkReadingCases(t, corpusEngine(t), []readingCase{
		// m-trac-a4700-02: "The Newark ICE office had the fourth highest
		// number of people monitored through the program": an ICE office
		// is an area of responsibility, and what it monitors is ATD
		// (rank of Newark among the AOR rows of the ATD-by-AOR table,
		// 2021-09-17_FY21_detentionStats09162021.xlsx [ATD FY21 YTD]:
		// 4th); before, not about a measure
		{"an ICE office's people monitored", "2021-09-20",
			"The program has been in use since 2004, and as of September 13 there were more than 124,000 immigrants supervised through the program, according to Syracuse University’s Transactional Records Access Clearinghouse. The Newark ICE office had the fourth highest number of people monitored through the program as of September 13, with more than 9,000 individuals enrolled in the program.",
			"fourth highest", Supported, 4},
		// s-fayup-06: "the highest number of ATDs": ATD written as a plural
		// noun (rank of San Francisco among the AOR rows of the ATD table,
		// 2024-03-01_FY24_detentionStats02292024.xlsx [ATD FY24 YTD]: 1st);
		// before, no claim
		{"ATDs", "2024-03-01",
			"Based on the latest data from ICE, an eye-opening report from the Transactional Records Access Clearinghouse (TRAC) at Syracuse University reveals the following key facts:\nThe San Francisco area office has the highest number of ATDs.",
			"has the highest number", Supported, 1},
	})
}
