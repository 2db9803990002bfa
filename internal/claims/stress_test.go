package claims

import (
	"bufio"
	"context"
	"encoding/json"
	"os"
	"testing"
)

// stressPage is one page of testdata/claims/stress.jsonl: an excerpt of a
// real published page (found with the search tool's pages corpus in
// December 2026, never tuned on before it was run), with the figures whose
// contradiction a reviewer judged a real error of the text.
type stressPage struct {
	ID             string   `json:"id"`
	URL            string   `json:"url"`
	Published      string   `json:"published"`
	DateBasis      string   `json:"date_basis"`
	ContradictedOK []string `json:"contradicted_ok"`
	Text           string   `json:"text"`
}

// TestStressPages runs the checker over whole page excerpts — the way a
// fact-checker pastes them, with headlines, lists and every number — and
// fails on any "contradicted" a reviewer did not judge a real error of the
// text. The pages come from stress runs of December 2026 (helpers read every
// contradiction and checked it with icestat count under other readings):
// the second run found 12 contradictions (8 false), the third 7 (all
// false), the fourth 10 (6 false), the fifth 14 (all false, mostly
// fact-checks quoting a claim they reject), the sixth 8 (1 false, 7 real,
// and one page whose check stopped on a refused question); the doubts and
// readings written from them leave only the ones listed in contradicted_ok
// (ICE's preliminary first-100-days, year-to-date and quarterly figures,
// which the project counts as real errors, TRAC's October 2017 removals, a
// detention count no edition holds, Mexico's own deportation count given
// as ICE's, a typo, a percentage its own figures do not give, GAO's 831
// removals to India, and KPBS's "over 80%" against 71.7 % published). The
// first run's pages (65, 17 false contradictions of 18) are not kept: their
// addresses were not recorded. Three pages (translations from Spanish) are
// left out as not published text.
func TestStressPages(t *testing.T) {
	f, err := os.Open("../../testdata/claims/stress.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var pages []stressPage
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		var p stressPage
		if err := json.Unmarshal(sc.Bytes(), &p); err != nil {
			t.Fatal(err)
		}
		if p.URL == "" || p.Published == "" || p.Text == "" {
			t.Fatalf("%s: url, published and text are required", p.ID)
		}
		pages = append(pages, p)
	}
	eng := corpusEngine(t)
	entries, contradicted, supported := 0, 0, 0
	for _, p := range pages {
		rep, err := Check(context.Background(), eng, Input{Text: p.Text, Date: p.Published})
		if err != nil {
			t.Fatalf("%s: %v", p.ID, err)
		}
		ok := map[string]bool{}
		for _, s := range p.ContradictedOK {
			ok[s] = true
		}
		for _, e := range rep.Entries {
			entries++
			switch e.Verdict {
			case Supported:
				supported++
			case Contradicted:
				contradicted++
				if !ok[e.Text] {
					t.Errorf("false contradiction on %s (%s, %s): %q in %q — %s", p.ID, p.URL, p.Published, e.Text, e.Sentence, e.Explanation)
				}
			}
		}
	}
	t.Logf("stress pages: %d pages, %d entries, %d supported, %d contradicted", len(pages), entries, supported, contradicted)
}
