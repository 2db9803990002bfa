package claims

import "testing"

// TestRmRoundReadings: the readings added in the round on removals by
// country of citizenship and yearly totals (FY2016-FY2019), each failing
// before its rule. Values are the corpus's expected.py figures
// (testdata/claims/expected.py over the raw files), cited per case.
func TestRmRoundReadings(t *testing.T) {
	checkReadingCases(t, corpusEngine(t), []readingCase{
		// "sent home" is a removal (f0-carib-13: Jamaica, FY2017, 782
		// removals)
		{"nationals sent home", "2019-01-15",
			"Some Caribbean nations recorded higher removal numbers last year than in 2017. Jamaica, for example, was responsible for 782 nationals sent home in 2017.", "782", Supported, 782},
		// "sent home with an ankle monitor" is a release, not a removal
		{"sent home with a monitor", "2019-01-15",
			"In 2018, 1,200 families were sent home with ankle monitors.", "1,200", NotCheckable, 0},
		// any verb after "on track to" projects (e12e0-numbersusa-01,
		// expected not checkable: FY2016 was a quarter from its end)
		{"on track to complete only N", "2016-08-03",
			"A recent ICE enforcement report, released by the House Oversight and Government Reform Committee, shows that with 75% of FY16 over ICE is on track to complete only 230,000 deportations, the lowest number since 2006.", "230,000", NotCheckable, 0},
		// a window from October 1 into the next September is also read as
		// the fiscal year (h0-martinoticias-01, -02: FY2018, 256,085
		// removals, 463 of Cuban citizens; the literal window gives 237,483
		// and 424)
		{"a fiscal year misdated at its end (Spanish)", "2018-12-14",
			"Se disparan deportaciones de cubanos\nEEUU deportó a 256,085 extranjeros de su territorio entre el 1 de octubre de 2017 y el 1 de septiembre de 2018. (Informe ICE)", "256,085", Supported, 256085},
		{"a fiscal year misdated at its end", "2018-12-14",
			"ICE deported 463 Cubans between October 1, 2017 and September 1, 2018, according to the agency's annual report.", "463", Supported, 463},
		// "The 137 represented ...": the figure repeated is the subject of
		// the change, with its country and year (g0-gychron-04: Guyana,
		// FY2017 137 against FY2016 93)
		{"the figure repeated as the subject", "2018-01-25",
			"Last week, ICE’s 2017 Enforcement and Removal Operation (ERO) Report revealed that 137 Guyanese were deported from the U.S. in 2017. The 137 represented an increase from 2016", "an increase from", Supported, 0},
		// the count "with" which a country ranks is the country's
		// (f1-amandala-13: China, FY2017, 525), so the change said of it
		// next is China's (f1-amandala-14: 525 against 398 in FY2016)
		{"the change of a rank's count", "2018-01-24",
			"Our newspaper found it interesting that the People’s Republic of China was at the 12th spot in the list of deportations from the US, with 525. This represents an increase when compared to 2016.", "an increase when compared to", Supported, 0},
		// the class an agency focuses on is not the class counted
		// (fr-gitnux-02: FY2018 arrests, 158,581, "159,000")
		{"the class focused on", "2021-01-20",
			"ICE interior removals in FY2018 reached 145,262, focusing on criminal aliens with 159,000 arrests", "159,000", Supported, 158581},
	})
}
