package claims

import (
	"strings"
	"testing"
)

// TestGermanGloss: German forms glossed into the English the reader knows:
// a day of the month with its dot (not a sentence's end), thousands grouped
// with a dot, ICE's German name, a fiscal year. The first two sentences are
// t-de-diebewertung-01 and -02 of the corpus.
func TestGermanGloss(t *testing.T) {
	for _, tc := range []struct {
		de   string
		want []string
	}{
		{"Am 7. Januar 2026 befanden sich fast 69.000 Menschen in ICE-Haftpraxen.",
			[]string{"On January 7, 2026 were nearly 69,000 People in ICE detention"}},
		{"Zum Vergleich: Anfang Januar 2025 waren es weniger als 38.000.",
			[]string{"Early January 2025 there were fewer than 38,000"}},
		{"Im Haushaltsjahr 2023 hat die Einwanderungsbehörde ICE mehr als 142.000 Menschen abgeschoben.",
			[]string{"In FY2023 has ICE more than 142,000 People deported"}},
	} {
		checkGloss(t, tc.de, tc.want)
	}
	// the day's dot ends no sentence
	if n := len(splitSentences("Am 7. Januar 2026 befanden sich fast 69.000 Menschen in Haft.")); n != 1 {
		t.Errorf("a German date split the sentence in %d", n)
	}
}

// TestGermanVerdicts: t-de-diebewertung-01 is supported by ICE's count near
// January 7, 2026 (68,990 in the edition archived 2026-01-09, the row's
// records_value; 68,442 in the one before), and never contradicted.
func TestGermanVerdicts(t *testing.T) {
	checkReadingCases(t, corpusEngine(t), []readingCase{
		{"a German date and count", "2026-01-20",
			"Am 7. Januar 2026 befanden sich fast 69.000 Menschen in ICE-Haftpraxen.", "fast 69.000", Supported, 0},
	})
}

// TestItalianGloss: t-it-pressplanet-02, "al 14 dicembre 2025" (as of) and
// "oltre 68.400" (more than 68,400); and a headline too short to tell its
// language takes the language of the text's other sentences.
func TestItalianGloss(t *testing.T) {
	const body = "Il rapporto, rilasciato ogni due settimane, indica che al 14 dicembre 2025, ICE deteneva oltre 68.400 persone."
	if got := glossSpanish(body).text; !strings.Contains(got, "as of December 14, 2025, ICE held more than 68,400 people") {
		t.Errorf("glossed as %q", got)
	}
	if got := glossSpanish("Detenzione ICE: oltre 68.400 detenuti\n" + body).text; !strings.Contains(got, "more than 68,400 detainees") {
		t.Errorf("a headline before Italian sentences glossed as %q", got)
	}
}
