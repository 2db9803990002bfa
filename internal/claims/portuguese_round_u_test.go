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
	})
}
