package claims

import (
	"fmt"
	"slices"
	"strings"

	"github.com/icestat/icestat/internal/answer"
)

// Withhold returns the check result as a public server shows it, with the
// small-cell rule (answer.SmallCell) applied once to the typed entries
// before any rendering (the web's Check page, its HTML download and POST
// /api/check): a computed count of records from 1 to the threshold-1 is
// withheld with everything that would state it — the difference from the
// claim, the other readings, the readings that reproduce the figure, and
// an explanation quoting it. The receiver is not changed (the command line
// shows exact counts). It returns the copy and the number of counts
// withheld.
//
// The verdict stays: it says whether the claim matches the records, which
// is what a reader came for; a supported claim of "3 arrests" says no more
// than the claim itself.
func (r *Report) Withhold(sc answer.SmallCell) (*Report, int) {
	out := *r
	out.Entries = slices.Clone(r.Entries)
	n := 0
	for i := range out.Entries {
		e := &out.Entries[i]
		n += withholdEntry(e, sc)
		// Explanations and warnings quote counts of rows ("3 of the 40
		// arrests rows have no state").
		var k, m int
		e.Explanation, k = sc.WithholdText(e.Explanation)
		e.Warnings, m = sc.WithholdTexts(e.Warnings)
		n += k + m
	}
	return &out, n
}

// smallCount reports whether v is a whole count the rule withholds.
func smallCount(sc answer.SmallCell, v *float64) bool {
	return v != nil && *v == float64(int64(*v)) && sc.Hides(int64(*v))
}

func withholdEntry(e *Entry, sc answer.SmallCell) int {
	// a rank ("the second most") is a place, not a count of records
	count := e.Detail != nil && e.Detail.Claim.Unit == UnitCount && e.Detail.Claim.Kind != KindRank
	switch {
	case count && smallCount(sc, e.Value):
		text := sc.Text(int64(*e.Value))
		e.Suppressed = true
		e.Value, e.ValueText, e.Difference, e.Alternatives, e.Explain = nil, text, nil, nil, nil
		e.Explanation = fmt.Sprintf("The records hold %s such records (small-cell rule of this server; the command line shows the exact count). Verdict: %s.", text, e.Verdict)
		return 1
	case slices.ContainsFunc(e.Parts, sc.Hides):
		// A share, change or superlative of a small count gives it away
		// (with the other count, which the text quotes).
		e.Suppressed = true
		e.Value, e.Difference, e.Alternatives, e.Explain = nil, nil, nil, nil
		e.ValueText = fmt.Sprintf("withheld: computed from a count of %s records", fewerThan(sc))
		e.Explanation = fmt.Sprintf("The records' figure is computed from a count of fewer than %d records and is withheld (small-cell rule of this server; the command line shows it). Verdict: %s.", sc.Threshold, e.Verdict)
		return 1
	}
	n := 0
	quoted := false // an explanation quoting a withheld count is replaced
	e.Alternatives = slices.Clone(e.Alternatives)
	for i := range e.Alternatives {
		a := &e.Alternatives[i]
		text := ""
		switch {
		case count && smallCount(sc, a.Value):
			text = sc.Text(int64(*a.Value))
		case slices.ContainsFunc(a.Parts, sc.Hides):
			text = "withheld: computed from a count of " + fewerThan(sc) + " records"
		default:
			continue
		}
		quoted = quoted || a.ValueText != "" && strings.Contains(e.Explanation, a.ValueText)
		a.Value, a.ValueText = nil, text
		n++
	}
	// The readings that reproduce the stated figure exactly would say the
	// records hold that small count under them.
	if slices.ContainsFunc(e.Explain, func(c Candidate) bool { return sc.Hides(c.Count) }) {
		e.Explain = slices.DeleteFunc(slices.Clone(e.Explain), func(c Candidate) bool { return sc.Hides(c.Count) })
		if len(e.Explain) == 0 {
			e.Explain = nil
		}
		quoted = quoted || e.Reason == ReasonOtherReading
		n++
	}
	if quoted {
		e.Explanation = fmt.Sprintf("The reading used (%s) gives %s. Verdict: %s. Counts of other readings tested are withheld by the small-cell rule of this server (fewer than %d records); the command line shows them.",
			e.Interpretation, orDash(e.ValueText), e.Verdict, sc.Threshold)
	}
	return n
}

// fewerThan is the rule's words for a withheld count.
func fewerThan(sc answer.SmallCell) string { return fmt.Sprintf("fewer than %d", sc.Threshold) }
