package claims

import "testing"

// TestPortugueseRoundU: Portuguese wordings of fresh-2026-12u that the
// gloss lost; each case's value is the expected figure of its corpus row
// (expected.py), never the checker's output.
func TestPortugueseRoundU(t *testing.T) {
	checkReadingCases(t, corpusEngine(t), []readingCase{
		// "tinham condenações" and "enfrentavam acusações criminais" are
		// ICE's convicted and pending-charges classes (u-pt-gazeta-04:
		// F21 and F22 of Detention FY26, edition 2025-11-21: 17,171 and
		// 16,978)
		{"convictions had", "2025-11-25",
			"Entre os demais detidos, 17.171 tinham condenações (26%) e 16.978 enfrentavam acusações criminais (26%).", "17.171", Supported, 17171},
		{"criminal charges faced", "2025-11-25",
			"Entre os demais detidos, 17.171 tinham condenações (26%) e 16.978 enfrentavam acusações criminais (26%).", "16.978", Supported, 16978},
		// "não têm passagem pela polícia" in "unidades prisionais" of ICE:
		// the currently detained with no criminal record (u-pt-acheiusa-01:
		// F23 / F20 of Detention FY21 YTD, edition 2021-10-02, 16,740 /
		// 22,129 = 75.65 %, more than 75.6 %)
		{"no police record in prison units", "2021-10-05",
			"Mais de 75.6% dos imigrantes que estão detidos em unidades prisionais do U.S. Immigration and Customs Enforcement (ICE) não têm passagem pela polícia.", "Mais de 75.6%", Supported, 0},
		// "detidos apenas por violações civis": held in ICE custody
		// (u-pt-gazeta-03: F23 of Detention FY26, edition 2025-11-21,
		// 30,986)
		{"held only for civil violations", "2025-11-25",
			"Desse total, 30.986 (48%) eram indivíduos sem acusações ou condenações criminais, detidos apenas por violações civis da lei de imigração dos EUA.", "30.986", Supported, 30986},
	})
}
