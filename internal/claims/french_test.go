package claims

import (
	"strings"
	"testing"
)

// TestFrenchGloss: the forms a French sentence writes its figures, dates and
// agencies in, glossed into the English the reader knows. The sentences are
// the corpus rows' (sets fresh-2026-12s and -12t), shortened.
func TestFrenchGloss(t *testing.T) {
	for _, tc := range []struct {
		fr   string
		want []string // in the gloss
	}{
		// s-fr-alg247-03: a date with its day first, thousands set off by a space
		{"Le 7 janvier 2026, 68 990 personnes étaient détenues dans 212 installations.",
			[]string{"On January 7, 2026, 68,990 people were detained in 212 facilities"}},
		// t-fr-ctninfo-02: "1er", the elided article, ICE's name in English
		{"À la date du 1er juin, 51 302 personnes étaient détenues dans des centres de l’Immigration and Customs Enforcement (ICE).",
			[]string{"As of June 1, 51,302 people were detained", "Immigration and Customs Enforcement (ICE)"}},
		// the straight apostrophe as well as the curly one
		{"Les arrestations d'immigrants sans antécédents judiciaires par l'ICE ont bondi de plus de 800 %.",
			[]string{"arrests of immigrants with no criminal record by ICE jumped more than 800 %"}},
		// s-fr-alg247-06: the end of a year, and a year earlier
		{"Fin 2025, la population détenue atteignait 70 805 personnes, contre moins de 40 000 un an plus tôt.",
			[]string{"At the end of 2025, the detained population reached 70,805 people, compared with fewer than 40,000 a year earlier"}},
		// t-fr-okxpost-01: a share of a group, in the fiscal year
		{"65 % des plus de 200 000 personnes arrêtées par l'ICE depuis octobre 2024, le début de l'exercice fiscal actuel, n'avaient aucun antécédent criminel.",
			[]string{"65 % of the more than 200,000 people arrested by ICE since October 2024", "no criminal record"}},
	} {
		checkGloss(t, tc.fr, tc.want)
	}
}

// checkGloss: the gloss of src holds every phrase of want.
func checkGloss(t *testing.T, src string, want []string) {
	t.Helper()
	g := glossSpanish(src).text
	for _, w := range want {
		if !strings.Contains(g, w) {
			t.Errorf("%q glossed as %q, want %q in it", src, g, w)
		}
	}
}

// TestFrenchVerdicts: figures of French sentences of the corpus supported by
// the records' value the row gives (testdata/claims/expected.py computes it
// from ICE's workbooks, without icestat), never contradicted.
func TestFrenchVerdicts(t *testing.T) {
	checkReadingCases(t, corpusEngine(t), []readingCase{
		// s-fr-alg247-03: 68,990 held on 2026-01-07 (edition of 2026-01-09)
		{"a date, day first", "2026-01-20",
			"Le 7 janvier 2026, 68 990 personnes étaient détenues dans 212 installations, hors centres temporaires à la frontière.", "68 990", Supported, 68990},
		// t-fr-ctninfo-02: 51,302 as of June 1, 2025 (edition archived 2025-06-06)
		{"as of the 1st", "2025-06-10",
			"À la date du 1er juin, 51 302 personnes étaient détenues dans des centres de l’Immigration and Customs Enforcement (ICE) — un record absolu depuis la création de l’agence.", "51 302", Supported, 51302},
	})
}
