package claims

import "testing"

// TestRound16EN1: readings the sixteenth round's first English fixer
// added, each from a corpus row of the older sets (the first 200 and
// fresh-2026-12 .. 12h). Expected values are the rows' records_value,
// computed by testdata/claims/expected.py from the FOIA rows and ICE's
// workbooks (no icestat).
func TestRound16EN1(t *testing.T) {
	checkReadingCases(t, corpusEngine(t), []readingCase{
		// g0-kpbs-02: "since President Donald Trump took office in January
		// — when ICE detained approximately 39,000 people": the "when"
		// clause after a dash dates the figure to the day the president
		// took office, not the span since it (the edition in force on
		// 2025-01-20: 2025-01-17_FY25_detentionStats01162025.xlsx
		// [Detention FY25] F20 = 39,703). Before, the span 2025-01-20 ..
		// 2025-07-01, whose editions run to 56,397: definition-gap.
		{"a when-clause after a dash, since a president took office", "2025-07-01",
			"The federal government is detaining more than 56,000 immigrants — the most since 2019, according to data from United States Immigration and Customs Enforcement (ICE). Data shows a dramatic increase in immigrant detention since President Donald Trump took office in January — when ICE detained approximately 39,000 people.",
			"approximately 39,000", Supported, 39703},
		// e12e1-trac240315-03: "has expanded from its initial pilot of just
		// 50 people in May 2023 to 365 people according to the latest
		// data": the figure the latest data give is of the edition out on
		// the article's date, not of the month the span starts in (ATD
		// wrist-worn count, 2024-03-15_FY24_detentionStats03142024.xlsx
		// [ATD FY24 YTD] Wristworn = 365). Before, read in May 2023, whose
		// editions list no wrist-worn row: no-field.
		{"a figure 'according to the latest data' after a span's start", "2024-03-15",
			"SmartLINK numbers have been on the decline for months, while GPS ankle monitors, once as low as about 4,000 in June 2023, have increased to 17,796 as of March 9, 2024. Similarly, the latest GPS technology, the VeriWatch GPS smartwatch, has expanded from its initial pilot of just 50 people in May 2023 to 365 people according to the latest data.",
			"365", Supported, 365},
		// d4-trac210315-04: "those turned over to ICE for detention from
		// arrests by the Border Patrol and at ports of entry climbed, from
		// 3,024 to 4,696 in February": the people handed to ICE after
		// another agency's arrests are ICE's book-ins arrested by that
		// agency, and a monthly count that climbed "from A to B in
		// February" was A in January (2021-03-13_FY21_detention-stats_0301.xlsx
		// [Detention FY21 YTD] M21, CBP in January 2021 = 3,024). Before,
		// read as arrests by ICE or any agency in February: no-field.
		{"people turned over to ICE from another agency's arrests, from A to B in a month", "2021-03-15",
			"Currently 60 percent of those who were in ICE detention facilities during February 2021 had been booked into custody from ICE interior arrests. In contrast, those turned over to ICE for detention from arrests by the Border Patrol and at ports of entry climbed, from 3,024 to 4,696 in February after the Biden administration began allowing limited numbers of families and adults, particularly those seeking asylum, to enter the United States.",
			"3,024", Supported, 3024},
		// e12e1-fgeek-01 (2017-04-18): "the number of ICE arrests has
		// increased significantly when comparing these time periods - from
		// 16,104 to 21,363": in the reading of the ICE figures relayed in
		// mid-April 2017 (January 20 - March 13, 2017 against the same days
		// of 2016), the figure the count went from is the earlier window's
		// (ERO arrests by Apprehension Date 2016-01-20 .. 2016-03-13 =
		// 16,104 rows). Before, that reading put both figures in 2017.
		{"from A to B in the relayed windows: A is the earlier window's", "2017-04-18",
			"ICE immigration arrests spike in first months of Trump presidency\nBut it's important to emphasize that the number of ICE arrests has increased significantly when comparing these time periods - from 16,104 to 21,363 - and that almost 75 percent of the 21,363 arrests under the Trump administration involved illegal immigrants with criminal records.",
			"16,104", Supported, 16104},
		// f2-trac230403-02: "Although this still lower than the Biden
		// administration's height of 30,001 in November 2022, it has grown
		// in recent weeks from around 20,500 at the start of the year":
		// "it has grown from" refers back to the population the sentence
		// before counts (the currently-detained total of the first 2023
		// edition, 2023-01-10_FY23_detentionStats01092023.xlsx [Detention
		// FY23] F20 = 20,506). Before, no measure: not-enforcement.
		{"it has grown from N: the number the sentence before counts", "2023-04-03",
			"ICE’s latest numbers show that a total of 26,898 immigrants were held in detention on March 26, 2023. Although this still lower than the Biden administration’s height of 30,001 in November 2022, it has grown in recent weeks from around 20,500 at the start of the year.",
			"around 20,500", Supported, 20506},
		// fr-trac250815-02: "As of August 9, 2025, slightly fewer daily
		// arrests took place than in July so the drop increased to 17.7
		// percent compared with June and the average number of arrests
		// thus far in August was 1,007": in a sentence on daily arrests,
		// the average number of arrests is a daily one (August's book-ins
		// as printed to August 9, over its 9 days:
		// 2025-08-15_FY25_detentionStats08142025.xlsx [Detention FY25] T20
		// = 9,066, / 9 = 1,007.3333). Before, a count of 1,007 arrests in
		// August: period-not-covered.
		{"the average number of arrests, in a sentence on daily arrests", "2025-08-15",
			"Arrests did not recover their pace during the first 9 days of August. As of August 9, 2025, slightly fewer daily arrests took place than in July so the drop increased to 17.7 percent compared with June and the average number of arrests thus far in August was 1,007 – far below the agency’s stated goals.",
			"1,007", Supported, 1007.3333333333334},
	})
}
