package claims

import (
	"fmt"
	"math"
	"slices"
	"strings"
)

// The wording of a check result, one place for every front end (the text,
// Markdown and HTML reports of `icestat check`, POST /api/check and the
// web's Check page): a difference reads the way a reporter would say it,
// and a note that holds for every claim alike is said once for the
// result.

// differenceText says how a contradicted claim differs from the records:
// "The records give 158,581; the claim says 2,908 — 155,673 fewer." diff
// is the records' value minus the claim's (Entry.Difference); a share
// differs in percentage points, other measures are "higher" or "lower".
// A signed change of the claim against the records ("+155,673
// (+5353.3%)") is never printed: its sign and its base read backwards.
func differenceText(records, claim string, diff float64, unit string) string {
	s := fmt.Sprintf("The records give %s; the claim says %s", records, claim)
	d := -diff // how far the claim is above the records
	if d == 0 || math.IsNaN(d) {
		return s + "."
	}
	more, less := "higher", "lower"
	amount := formatNumber(math.Abs(d))
	switch unit {
	case UnitCount:
		more, less = "more", "fewer"
	case UnitPercent, UnitPoints:
		amount += " percentage points"
	}
	word := more
	if d < 0 {
		word = less
	}
	return s + " — " + amount + " " + word + "."
}

// rankGap says how far the period a claim ranks first is from the one the
// records rank first: "2017-03 has 10 more". diff is the claimed period's
// count minus the first one's.
func rankGap(first string, diff float64) string {
	word := "more"
	if diff > 0 {
		word = "fewer"
	}
	return fmt.Sprintf("%s has %s %s", first, formatNumber(math.Abs(diff)), word)
}

// shared keeps a note that holds for every claim of the result alike (how
// possible duplicates of arrests were treated, the same for every count of
// arrests): the result says it once (Report.Notes) rather than in each
// entry's explanation.
func (b *entryBuilder) shared(s string) {
	if !slices.Contains(b.e.notes, s) {
		b.e.notes = append(b.e.notes, s)
	}
}

// resultNotes gathers the entries' shared notes, each once, in the order
// the entries first give them. A note is the result's only when every
// entry that speaks of duplicates shares it (claims over releases with and
// without person keys differ): otherwise it goes back to the start of the
// explanations of the entries that have it.
func resultNotes(entries []Entry) []string {
	var all []string
	for _, e := range entries {
		for _, n := range e.notes {
			if !slices.Contains(all, n) {
				all = append(all, n)
			}
		}
	}
	var out []string
	for _, n := range all {
		everyone := true
		for _, e := range entries {
			if (len(e.notes) > 0 || strings.Contains(e.Explanation, "Duplicates:")) && !slices.Contains(e.notes, n) {
				everyone = false
			}
		}
		if everyone {
			out = append(out, n)
			continue
		}
		for i := range entries {
			if slices.Contains(entries[i].notes, n) {
				entries[i].Explanation = strings.TrimSpace(n + " " + entries[i].Explanation)
			}
		}
	}
	return out
}
