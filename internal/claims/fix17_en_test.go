package claims

import "testing"

// TestRound17En: readings the seventeenth round's English fixer added,
// each from a corpus row. Expected values are the rows' records_value,
// computed by testdata/claims/expected.py from the FOIA rows and ICE's
// workbooks (no icestat).
func TestRound17En(t *testing.T) {
	checkReadingCases(t, corpusEngine(t), []readingCase{
		// n-cato-01: "nearly three in four people booked into ICE custody
		// this fiscal year had no criminal conviction": the share of FY2026's
		// initial book-ins with no conviction, (Pending Criminal Charges +
		// Other Immigration Violator) / Total of the 'Initial Book-Ins by
		// Facility Type and Criminality' table, 2025-11-21 edition
		// ((C29+D29)/E29 = 72.0344 %). Before, a share of book-ins was only
		// tested by arresting agency: underspecified.
		{"a class's share of a fiscal year's book-ins", "2025-11-25",
			"Nonpublic Immigration and Customs Enforcement data leaked to the Cato Institute reveal that nearly three in four people booked into ICE custody this fiscal year had no criminal conviction—contradicting the Trump administration’s claims about deporting “millions and millions of criminal aliens.”",
			"three in four", Supported, 100.0 * 44518 / 61801}, // = 72.0344 (records_value), the cells (C29+D29)/E29
		// r-truthorfake59k-04: "the agency has been expanding its network of
		// detention facilities, which now includes at least 144 locations":
		// the facilities ICE's statistics list (fac_count: 144 in the
		// 2025-05-10 edition's Facilities FY25 sheet, the first with 144).
		// Before, "144 locations" was read as detentions: period-unresolved.
		// The value is not compared: the checker reads the edition in force
		// on the article's date (2025-06-21: 163 listed), which supports
		// "at least 144" as the row's first edition with 144 does.
		{"a network of detention facilities which now includes N locations", "2025-06-25",
			"The report indicates that the population of ICE detainees has been growing rapidly, with numbers swelling from 39,000 in late January to about 48,000 in early April 2025, marking the highest levels seen in five years.\nAdditionally, the ICE Enforcement and Removal Operations Statistics confirm that the agency has been expanding its network of detention facilities, which now includes at least 144 locations, a notable increase from previous counts.",
			"at least 144", Supported, 0},
	})
}
