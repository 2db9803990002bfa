package claims

import "testing"

// TestDet3RoundReadings: Alternatives to Detention counts by technology and
// office, and facility-level detention figures. Expected values come from
// the corpus rows' expected.py figures or the workbook cells (`python3
// testdata/claims/expected.py --cells FILE SHEET LO:HI`), never from the
// checker.
func TestDet3RoundReadings(t *testing.T) {
	checkReadingCases(t, corpusEngine(t), []readingCase{
		// "record numbers" on ATD: the edition out on the date against
		// every earlier edition's national ATD total (e12e0-lexisatd-01,
		// r-trac210902-01: 2021-08-25 edition, ATD FY21 YTD B18 117,682;
		// the largest before it, 2021-08-07 edition B18, 112,256)
		{"ATD record numbers", "2021-09-02",
			"ICE is monitoring record numbers of immigrants through its Alternatives to Detention program.", "record numbers", Supported, 117682},
		{"ATD a record number", "2021-09-02",
			"The Alternatives to Detention program now monitors a record number of immigrants.", "a record", Supported, 117682},
		// the program's technologies listed together describe the program:
		// its total, not the ankle monitors' count (h0-univision2-01:
		// 2022-04-14 edition, ATD FY22 YTD B18 216,450; h0-esotopa-01:
		// 2022-01-21 edition B18 164,391, "casi" = within 10 % below)
		{"ankle monitor or phone: the program", "2022-04-20",
			"About 216,000 migrants are in ICE's Alternatives to Detention program, which releases them wearing an ankle monitor or carrying a cell phone with GPS.", "About 216,000", Supported, 216450},
		{"GPS monitors, smartphones and telephonic reporting", "2021-09-02",
			"ICE is monitoring record numbers of immigrants through its Alternatives to Detention programs that rely on GPS monitors, smartphone technology, and telephonic reporting.", "record numbers", Supported, 117682},
		// each technology with its own figure is no list (d4-trac220623-07:
		// the GPS rows of the 2022-06-24 edition sum to 17,578)
		{"two technologies, each with its figure", "2022-06-23",
			"Telephonic reporting is used in 30,653 cases, and GPS ankle monitors, the technology most associated with ATD in the past, are now used in just 17,578 cases.", "17,578", Supported, 17578},
		{"tobilleras y otros dispositivos", "2022-02-10",
			"Actualmente hay casi 180,000 inmigrantes que ya están siendo controlados con tobilleras y otros dispositivos de seguimiento GPS en el programa de Alternativas a la Detención.", "casi 180,000", Supported, 164391},
		// a national ATD total named as a level reached: the total at its
		// height, or any edition it passed through, up to the article's
		// date (fr-lawprof-03: 2022-12-23 edition, ATD FY23 YTD B22,
		// 377,980; o-aila-atd-01: 2023-01-10 edition B22, 376,031); it
		// only supports
		{"ATD level reached: nearly", "2024-01-22",
			"Enrollment in ICE's Alternatives to Detention program grew enormously early in the Biden administration and reached nearly 380,000.", "nearly 380,000", Supported, 377980},
		{"ATD level reached: as many as", "2024-01-01",
			"Since it began, ICE's Alternatives to Detention program has had as many as 376,000 individuals under monitoring.", "376,000", Supported, 376031},
		{"ATD level reached: never contradicted", "2024-01-01",
			"Since it began, ICE's Alternatives to Detention program has had as many as 500,000 individuals under monitoring.", "500,000", NotCheckable, 0},
		// "At that time" opening a sentence: the day the sentence before
		// names (fr-trac250218-02: 2025-01-17 edition, ATD FY25 YTD B32,
		// 188,304 as of 2025-01-11; the edition out on the article's date
		// gives 187,394)
		{"at that time: the day named before", "2025-02-19",
			"TRAC kept its ATD tools updated as of the previous data release, January 11, 2025. At that time, 188,304 families and individuals were reported as monitored.", "188,304", Supported, 188304},
		// the share of ATD participants managed by the K field offices with
		// the most (d4-amica-03; edition current on 2024-11-15, the
		// 2024-11-22 file, ATD FY25 YTD: B156 San Francisco 19,421 + B56
		// Chicago 19,379 + B95 Los Angeles 15,419 + B101 Miami 14,849 +
		// B120 Newark 12,673 = 81,741 of B32 181,888, 44.9 %; expected.py's
		// end-of-FY2024 edition gives 45.1 %); never contradicted
		{"five field offices' share of ATD", "2024-11-15",
			"These 5 field offices account for 45% of all ATD enrollees nationwide.", "45%", Supported, 0},
		{"five field offices' share of ATD: not contradicted", "2024-11-15",
			"These 5 field offices account for 70% of all ATD enrollees nationwide.", "70%", NotCheckable, 0},
	})
}
