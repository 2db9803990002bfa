package claims

import (
	"fmt"
	"strings"
	"testing"

	"github.com/icestat/icestat/internal/answer"
)

// hostileInputs: one long "sentence" full of figures, and long runs without
// a full stop.
var hostileInputs = []string{
	strings.Repeat("ICE arrested 1,461 people and about 40 more than 2,800 ", 400),
	strings.Repeat("a", 100000),
	strings.Repeat("1 ", 20000),
}

// Hostile input: Analyze bounds its work (MaxClaims, windows around figures).
func TestLongInput(t *testing.T) {
	for _, s := range hostileInputs {
		its, err := Analyze(Input{Text: s, Date: "2025-06-03"})
		if err != nil || len(its) > MaxClaims {
			t.Errorf("%d bytes: %d claims, %v", len(s), len(its), err)
		}
	}
}

// BenchmarkAnalyzeHostile: the cost of reading text with no full stop,
// where every figure's look-behind once scanned the whole clause before it
// (quadratic; see beforeSpan).
func BenchmarkAnalyzeHostile(b *testing.B) {
	for i, s := range hostileInputs {
		b.Run(fmt.Sprintf("input%d_%dB", i, len(s)), func(b *testing.B) {
			for b.Loop() {
				if _, err := Analyze(Input{Text: s, Date: "2025-06-03"}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// A run with no full stop is cut at spaces into sentences of at most
// maxSentence bytes, none lost; a short sentence is left whole.
func TestSplitSentencesLongRun(t *testing.T) {
	for _, s := range append(hostileInputs, "ICE arrested 143,470 people in FY2017.") {
		var got []string
		for _, st := range splitSentences(s) {
			if len(st.text) > maxSentence {
				t.Errorf("%d-byte input: a %d-byte sentence", len(s), len(st.text))
			}
			if s[st.start:st.start+len(st.text)] != st.text {
				t.Errorf("%d-byte input: sentence at %d is not the text there", len(s), st.start)
			}
			got = append(got, st.text)
		}
		if strings.Join(strings.Fields(strings.Join(got, "")), "") != strings.Join(strings.Fields(s), "") {
			t.Errorf("%d-byte input: the sentences do not give back the text", len(s))
		}
	}
	if n := len(splitSentences(hostileInputs[0])); n < len(hostileInputs[0])/maxSentence {
		t.Errorf("a %d-byte run gave %d sentences", len(hostileInputs[0]), n)
	}
}

// TestMaxNumbers: a text with more numbers (digit runs) than Input.MaxNumbers
// is refused as a bad question before any is read; at the bound, or with no
// bound, it is read.
func TestMaxNumbers(t *testing.T) {
	for _, tc := range []struct {
		text string
		max  int
		bad  bool
	}{
		{"ICE arrested 1,461 people in May.", 2, false}, // "1" and "461"
		{"ICE arrested 1,461 people in May.", 1, true},
		{"ICE arrested 1,461 people in May 2025.", 2, true},
		{"ICE arrested 1,461 people in May 2025.", 0, false},
	} {
		_, err := Analyze(Input{Text: tc.text, Date: "2025-06-03", MaxNumbers: tc.max})
		if answer.IsBad(err) != tc.bad || err != nil && !tc.bad {
			t.Errorf("%q with MaxNumbers %d: %v, want refused %v", tc.text, tc.max, err, tc.bad)
		}
	}
}
