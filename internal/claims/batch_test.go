package claims

import (
	"context"
	"encoding/json"
	"testing"
)

// TestArticleReadAhead: an article's record counts read ahead together
// (batch.go, query.Prefetch) give the very report they give read one by
// one (every entry, verdict, value, reading, command and warning), with
// far fewer statements: the readings of a figure (other periods, method
// schemes, removal bases, qualifiers) are one statement per dataset and
// place, not one each.
func TestArticleReadAhead(t *testing.T) {
	eng := sharedEngine(t)
	tests := []struct {
		name string
		in   Input
		// most: the statements the article may take read ahead; fewer:
		// at most this share of those it takes read one by one
		most  int64
		fewer float64
	}{
		{"the 2,000-word benchmark article", Input{Text: article2000(), Place: "Massachusetts"}, 30, 0.2},
		{"the Center Square excerpt (no 2025 records)", Input{Text: centerSquare, Place: "Massachusetts", Date: "2025-06-03"}, 15, 1},
		{"published sentences", Input{Text: published[0].text + " " + published[1].text + " " + published[2].text}, 20, 0.7},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			its, err := Analyze(tt.in)
			if err != nil {
				t.Fatal(err)
			}
			check := func(ahead bool) (string, int64) {
				n0 := eng.Store.Statements()
				rep, err := checkAllWith(context.Background(), newAnswers(eng), its, false, ahead)
				if err != nil {
					t.Fatal(err)
				}
				n := eng.Store.Statements() - n0
				b, err := json.Marshal(rep)
				if err != nil {
					t.Fatal(err)
				}
				return string(b), n
			}
			one, nOne := check(false)
			batched, nBatched := check(true)
			if batched != one {
				t.Errorf("read ahead, the report differs:\n%s\none by one:\n%s", batched, one)
			}
			if nBatched > tt.most || float64(nBatched) > tt.fewer*float64(nOne) {
				t.Errorf("%d statements read ahead (%d one by one), want at most %d and %.0f%% of them", nBatched, nOne, tt.most, 100*tt.fewer)
			}
			t.Logf("%d statements read ahead, %d one by one", nBatched, nOne)
		})
	}
}
