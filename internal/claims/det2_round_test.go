package claims

import "testing"

// TestDet2RoundReadings: the readings added for detainees' criminality
// shares and changes and for book-ins by arresting agency, each failing
// before its rule. Values are the corpus's expected.py figures
// (testdata/claims/expected.py over the raw files) or the workbook cells
// (`expected.py --cells FILE SHEET LO:HI`), cited per case.
func TestDet2RoundReadings(t *testing.T) {
	checkReadingCases(t, corpusEngine(t), []readingCase{
		// "ICE recorded N book-ins, while CBP logged M": each agency's part
		// of the book-ins, from the fiscal year's first day to a day of
		// the month the edition prints in progress (r-aa-04:
		// 2025-11-21_FY26 edition, Detention FY26, V22 = 54,735 ICE, V21 =
		// 7,066 CBP)
		{"an agency's book-ins recorded, to a day of the month in progress", "2025-11-24",
			"From Oct. 1 to Nov. 15, ICE recorded 54,735 book-ins, while Customs and Border Protection logged 7,066.", "54,735", Supported, 54735},
		{"the other agency's book-ins logged", "2025-11-24",
			"From Oct. 1 to Nov. 15, ICE recorded 54,735 book-ins, while Customs and Border Protection logged 7,066.", "7,066", Supported, 7066},
		// "with ICE making N arrests and CBP contributing another M", in a
		// sentence on the month's book-ins: each agency's book-ins, as an
		// earlier printing gave them (o-punjabnetwork-10: 2025-05-10
		// edition, Detention FY25, O22 = 19,125 ICE, O21 = 3,804 CBP; the
		// 2025-05-13 printing gives 19,126 and 3,802)
		{"an agency's part of a month's book-ins, as arrests", "2025-05-12",
			"In March 2025 alone, 22,929 people were booked into ICE detention, with ICE making 19,125 arrests and Customs and Border Protection (CBP) contributing another 3,804.", "19,125", Supported, 19125},
		{"the other agency's part, contributed", "2025-05-12",
			"In March 2025 alone, 22,929 people were booked into ICE detention, with ICE making 19,125 arrests and Customs and Border Protection (CBP) contributing another 3,804.", "3,804", Supported, 3804},
		// "have also been taken in by ICE": the arresting agency of the
		// people held (j-breitbart-07: 2025-03-28 edition, B20 / F20 =
		// 27,838 of 47,892 = 58.1 %, above half)
		{"detainees taken in by an agency", "2025-03-29",
			"The majority of these detainees have also been taken in by ICE as opposed to previous years when most were detained by Customs and Border Protection (CBP).", "The majority", Supported, 0},
		// "By late 2025": the population on a day of the year's last
		// quarter, every week of it a reading (p-danz-05: the 2025-12-16
		// edition, F22 + F23 = 48,377 not convicted, 73.6 % of F20; the
		// checker read it in January 2017, from the context)
		{"a part of a year", "2026-01-30",
			"Trump Administration Approach: - January 2017: Declared \"all removable aliens\" enforcement priorities.\n\nBy late 2025: **73% of detainees (48,377 people) have no criminal conviction**", "48,377", Supported, 48377},
	})
}
