package claims

import "testing"

// TestSeventeenthRoundReadings: readings the seventeenth round added, each
// from a corpus row. Expected values are the rows' records_value
// (expected.py, not icestat) or workbook cells read with openpyxl.
func TestSeventeenthRoundReadings(t *testing.T) {
	checkReadingCases(t, corpusEngine(t), []readingCase{
		// z-el-protothema-02 ("αυξημένος κατά περίπου 75% σε σχέση με την
		// περίοδο πριν από την ανάληψη των καθηκόντων από τον Τραμπ") in
		// English: the population on the article's date against the one
		// when the term began, 68,990 ('Detention FY26'!F20 of 2026-01-09)
		// against 39,703 ('Detention FY25'!F20 of 2025-01-17) = +73.77 %
		// (records_value 73.7652). Before, not checkable (a change over a
		// span of days, or over the fiscal year before).
		{"a detained change since the term began", "2026-01-10",
			"The number of people held in ICE detention is up about 75% since Trump took office.",
			"about 75%", Supported, (68990.0 - 39703) / 39703 * 100},
		{"a detained change against the period before the term", "2026-01-10",
			"The number of people in detention is up about 75% compared with the period before Trump took office.",
			"about 75%", Supported, (68990.0 - 39703) / 39703 * 100},
		// the same comparison with a wrong size: which edition near January
		// 20 the writer took is not said, so never a contradiction
		{"a detained change since the term began, wrong size", "2026-01-10",
			"ICE is holding 20% more people than when Trump took office.",
			"20%", NotCheckable, (68990.0 - 39703) / 39703 * 100},
		// y-vi-sbtn-07 ("Trong 6 tháng đầu năm, ICE trục xuất 105,178
		// người", August 2017) in English: the first six months of the
		// calendar year under way, January to June 2017, 107,106 removals
		// (records_value; ICE's preliminary count 105,178 is no reading's).
		// Before, the fiscal year before the article's (FY2016), unstated.
		{"the first six months of the year", "2017-08-12",
			"In the first six months of the year, ICE deported 105,178 people.",
			"105,178", Contradicted, 107106},
		// z-it-ansa-02 / z-uk-freshbuzz-01 in English (AP, December 2024):
		// FY2024's 271,484 against the first Trump term's peak year,
		// FY2019's 267,258 (ICE's published tables, P29 of 'Detention FY24'
		// and 'ICE Removals: FY2019'; the FOIA FY2017 and FY2018 are
		// lower): 4,226 more (records_value of z-uk-freshbuzz-01). Before,
		// "surpassing ..." was no claim and "4,226" was read against FY2023
		// in the FOIA records, which end in 2019 (not checkable).
		{"more than the peak of the first term", "2024-12-20",
			"ICE removed 271,484 people in fiscal 2024, 4,226 more than the peak of Trump's first term.",
			"4,226", Supported, 4226},
		{"surpassing the peak of the first term", "2024-12-20",
			"Deportations this year reached a 10-year high, surpassing the peak of Trump's first term.",
			"surpassing the peak of Trump's first term", Supported, (271484.0 - 267258) / 267258 * 100},
		// ICE's table may support, never contradict: a misprinted
		// difference (z-it-ansa-02's 4.236) is not checkable
		{"a wrong difference from the first term's peak", "2024-12-20",
			"ICE removed 271,484 people in fiscal 2024, 4,236 more than the peak of Trump's first term.",
			"4,236", NotCheckable, 0},
		// in January, the first months of the year under way have not
		// passed: the year before's
		{"the first six months of the year, early in the next", "2018-01-15",
			"In the first six months of the year, ICE deported 107,106 people.",
			"107,106", Supported, 107106},
	})
}
