package claims

import "testing"

// TestRound17AA: readings the fix17-aa round added, each from a corpus row
// of fresh-2026-12aa, a tuning set. Expected values are the rows'
// records_value, computed by testdata/claims/expected.py from the FOIA rows
// and ICE's workbooks (no icestat).
func TestRound17AA(t *testing.T) {
	const swRemovals = "Ripoti kutoka idara ya uhamiaji ya Marekani inaonyesha kwamba raia 226,119 walikuwa nchini humo bila kufuata kanuni za uhamiaji na walirudishwa katika mataifa yao mwaka 2017."
	checkReadingCases(t, corpusEngine(t), []readingCase{
		// aa-sw-taifaleo-04: Swahili "zaidi ya wakenya 100 walihamishwa
		// ... mwaka 2017": removals of Kenyan citizens in FY2017 (103 rows of
		// the removals FOIA file, FY2017, citizenship KENYA); before, no
		// gloss for Swahili, no claim
		{"sw: more than N Kenyans removed", "2018-04-01",
			"Zaidi ya wakenya 100 walihamishwa kutoka taifa hilo mwaka 2017 ambayo ilikuwa idadi kubwa ikilinganishwa na miaka ya nyuma.",
			"Zaidi ya wakenya 100", Supported, 103},
		// aa-sw-taifaleo-05: "Mwaka wa 2016 wakenya 63 walirejeshwa": the
		// count after its noun (FOIA removals FY2016, KENYA: 63)
		{"sw: Kenyans N removed in a year", "2018-04-01",
			"Mwaka wa 2016 wakenya 63 walirejeshwa kutoka taifa la Marekani.", "wakenya 63", Supported, 63},
		// aa-sw-taifaleo-06: "Mwaka jana idadi hiyo iliongezeka hadi 103"
		// (last year that number rose to 103) after the FY2016 count: FOIA
		// removals FY2017, KENYA: 103
		{"sw: that number rose to N last year", "2018-04-01",
			"Mwaka wa 2016 wakenya 63 walirejeshwa kutoka taifa la Marekani. Mwaka jana idadi hiyo iliongezeka hadi 103.",
			"103", Supported, 103},
		// aa-sw-taifaleo-09: "raia 521 wenye asili ya kisomali walirejeshwa
		// makwao mwaka jana": FOIA removals FY2017, SOMALIA: 521; and "198
		// mwaka 2016": FY2016, SOMALIA: 198
		{"sw: N citizens of Somali origin", "2018-04-01",
			"Jumla ya raia 521 wenye asili ya kisomali walirejeshwa makwao mwaka jana ikilinganishwa na 198 mwaka 2016.",
			"raia 521 wenye asili ya kisomali", Supported, 521},
		{"sw: compared with N in a year", "2018-04-01",
			"Jumla ya raia 521 wenye asili ya kisomali walirejeshwa makwao mwaka jana ikilinganishwa na 198 mwaka 2016.",
			"198", Supported, 198},
		// aa-sw-taifaleo-10: the U.S. immigration department's report of
		// "raia 226,119 ... walirudishwa ... mwaka 2017": all FOIA removals
		// of FY2017, 226,119
		{"sw: a report shows N citizens were removed", "2018-04-01", swRemovals, "raia 226,119", Supported, 226119},
	})
}
