package web

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/icestat/icestat/internal/table"
)

// The Check page reads an explanation as sentences: a note every claim
// shares (how possible duplicates were treated) is said once for the
// result rather than in every "why", and a difference reads the way a
// reporter would say it ("the claim says 2,018 — 890 fewer than the
// records"), never as a signed change of the claim against the records.

// sentences splits an explanation at ". " before a capital letter.
func sentences(s string) []string {
	var out []string
	start := 0
	for i := 0; i+2 < len(s); i++ {
		if s[i] == '.' && s[i+1] == ' ' && s[i+2] >= 'A' && s[i+2] <= 'Z' {
			out = append(out, s[start:i+1])
			start = i + 2
		}
	}
	if start < len(s) {
		out = append(out, s[start:])
	}
	return out
}

var diffRe = regexp.MustCompile(`^The records give ([0-9][0-9,]*(?:\.[0-9]+)?); the claim says ([0-9][0-9,]*(?:\.[0-9]+)?): a difference of [+-][0-9,.]+ \([+-][0-9.]+%\)\.$`)

// naturalDifference rewrites "The records give A; the claim says B: a
// difference of +D (+P%)." as "The records give A; the claim says B — D
// fewer than the records." (or more); other sentences are unchanged.
func naturalDifference(s string) string {
	m := diffRe.FindStringSubmatch(s)
	if m == nil {
		return s
	}
	num := func(x string) float64 { f, _ := strconv.ParseFloat(strings.ReplaceAll(x, ",", ""), 64); return f }
	rec, claim := num(m[1]), num(m[2])
	d := claim - rec
	word := "more"
	if d < 0 {
		d, word = -d, "fewer"
	}
	ds := strconv.FormatFloat(d, 'f', 1, 64)
	if d == float64(int64(d)) {
		ds = table.Thousands(int64(d))
	}
	return "The records give " + m[1] + "; the claim says " + m[2] + " — " + ds + " " + word + " than the records."
}

// shareNotes takes out of the explanations the notes on duplicates that
// two or more of them repeat word for word, and returns them once.
func shareNotes(expl []string) ([]string, []string) {
	seen := map[string]int{}
	split := make([][]string, len(expl))
	for i, e := range expl {
		split[i] = sentences(e)
		for _, s := range split[i] {
			if strings.HasPrefix(s, "Duplicates:") {
				seen[s]++
			}
		}
	}
	var shared []string
	for _, ss := range split {
		for _, s := range ss {
			if seen[s] > 1 {
				shared = append(shared, s)
				seen[s] = -1 // listed
			}
		}
	}
	out := make([]string, len(expl))
	for i, ss := range split {
		var keep []string
		for _, s := range ss {
			if seen[s] == -1 {
				continue
			}
			keep = append(keep, naturalDifference(s))
		}
		out[i] = strings.Join(keep, " ")
	}
	return out, shared
}
