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
		// 2024-10-01_FY24_detentionStats.xlsx) is not contradicted: the
		// day is not stated, and ICE's other tables of the same people,
		// another source or another event of the month may be meant
		// (stress run 32, TestStressRun32)
		{"a month with its year is no stated day", "2025-01-01",
			"As of August 2024, the total ICE detention population stood at approximately 41,000 detainees, marking a 15% increase from the previous month", "approximately 41,000", NotCheckable, 36326},
		// the month's average daily population is a reading of it (cell
		// L99 above, 36,663.5)
		{"a month's population as its average daily population", "2025-01-01",
			"In August 2024, ICE held 36,663 people in detention.", "36,663", Supported, 0},
		// without its year the month stays unstated
		{"a month without its year", "2025-01-01",
			"In August, the total ICE detention population stood at approximately 41,000 detainees.", "approximately 41,000", NotCheckable, 0},
		// a clause of its own, joined by "and" with its verb: the events
		// are the other clause's (l-amheritage-01: 56,397, the 2025-06-20
		// edition, F20); a class named after the figure's part, of other
		// people ("nabbing more people without criminal records"), is not
		// the figure's
		{"a clause joined by 'and had'", "2025-06-22",
			"ICE is now arresting nearly 1,200 illegal immigrants a day and had more than 56,000 people in detention, shattering previous records as the agency begins to fulfill President Trump's promise of mass deportations by nabbing more people without criminal records.", "more than 56,000", Supported, 56397},
		// "amid" ends the part about the people held (r-aa-01: 65,135, the
		// 2025-11-21 edition, F20)
		{"detentions hit N amid deportations", "2025-11-24",
			"ICE detentions hit record 65,000 amid historic deportation pace", "65,000", Supported, 65135},
		// "were being detained" (o-mundoamerica-01: 39,703 in the edition
		// archived 2025-01-17, 39,152 in the one of 2025-01-04: about
		// 40,000 either way)
		{"immigrants were being detained", "2026-02-04",
			"More than 75,000 immigrants were being detained by ICE as of mid-January, up from 40,000 when Trump took office a year earlier, according to federal data released Tuesday.", "40,000", Supported, 0},
		// a record said of the text's own count, on a day after the last
		// stored edition, below an earlier edition (k-oitrend-07: the
		// edition of 2026-02-02 gives 70,766, above 65,765)
		{"a record below an earlier edition", "2026-07-25",
			"ICE currently holds 65,765 individuals in detention facilities — a record high.", "a record", Contradicted, 70766},
		// a round count the earlier high rounds to is no refuted record
		{"a round record near the earlier high", "2026-07-25",
			"ICE currently holds about 70,000 individuals in detention facilities — a record high.", "a record", NotCheckable, 0},
		// the class in the figure's comma-bounded part stays its own, even
		// after "and have" (e12e0-inklnotcrim-02, supported by expected.py)
		{"a class after 'and have' in the figure's part", "2025-10-15",
			"The official statistics are clear: 16,523 people currently in ICE detention were arrested by the agency and have no criminal record whatsoever.", "16,523", Supported, 0},
	})
}
