package claims

import (
	"strings"
	"testing"
)

// Hostile input: one long "sentence" full of figures, and long runs without
// a full stop. Analyze bounds its work (MaxClaims, windows around figures).
func TestLongInput(t *testing.T) {
	for _, s := range []string{strings.Repeat("ICE arrested 1,461 people and about 40 more than 2,800 ", 400), strings.Repeat("a", 100000), strings.Repeat("1 ", 20000)} {
		its, err := Analyze(Input{Text: s, Date: "2025-06-03"})
		if err != nil || len(its) > MaxClaims {
			t.Errorf("%d bytes: %d claims, %v", len(s), len(its), err)
		}
	}
}
