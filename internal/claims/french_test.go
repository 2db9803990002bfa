package claims

import (
	"context"
	"math"
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
		g := glossSpanish(tc.fr)
		for _, w := range tc.want {
			if !strings.Contains(g.text, w) {
				t.Errorf("%q glossed as %q, want %q in it", tc.fr, g.text, w)
			}
		}
	}
}

// TestFrenchVerdicts: figures of French sentences of the corpus supported by
// the records' value the row gives (testdata/claims/expected.py computes it
// from ICE's workbooks, without icestat), and no French figure contradicted.
func TestFrenchVerdicts(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the corpus store")
	}
	eng := corpusEngine(t)
	rows := map[string]corpusRecord{}
	for _, r := range loadCorpus(t) {
		rows[r.ID] = r
	}
	for _, tc := range []struct{ id, quote, figure string }{
		{"s-fr-alg247-03", "68 990", "68 990 personnes"},
		{"t-fr-ctninfo-02", "51 302", "51 302 personnes"},
	} {
		r, ok := rows[tc.id]
		if !ok {
			t.Fatalf("no corpus row %s", tc.id)
		}
		text, start := corpusInput(r)
		var want *float64
		for _, f := range r.Figures {
			if f.Quote == tc.figure {
				want = f.RecordsValue
			}
		}
		if want == nil {
			t.Fatalf("%s: no figure %q with a records value", tc.id, tc.figure)
		}
		rep, err := Check(context.Background(), eng, Input{Text: text, Date: r.Published})
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, e := range rep.Entries {
			if e.Verdict == Contradicted {
				t.Errorf("%s: %q contradicted; a French sentence states nothing", tc.id, e.Text)
			}
			if e.Detail.Claim.Offset < start || e.Text != tc.quote {
				continue
			}
			found = true
			if e.Verdict != Supported || e.Value == nil || math.Abs(*e.Value-*want) > 0.01*math.Max(1, math.Abs(*want)) {
				t.Errorf("%s: %q %s (%s), want supported by the records' %g", tc.id, e.Text, e.Verdict, e.ValueText, *want)
			}
		}
		if !found {
			var got []string
			for _, e := range rep.Entries {
				got = append(got, e.Text)
			}
			t.Errorf("%s: no entry %q; got %q", tc.id, tc.quote, got)
		}
	}
}
