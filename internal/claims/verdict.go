package claims

import (
	"fmt"
	"math"
	"sort"
	"strings"
)

// Verdicts over readings (readings.go, priors.go):
//
//   - supported: the most plausible reading matches within the claim's own
//     precision; when only a less plausible reading matches, the entry is
//     supported *under that reading* and names it (Entry.Under);
//   - contradicted: only when the sentence stated measure, place and period
//     itself (priors.go: firm), no reading tested matches, and no other
//     reading of the store reproduces an exact figure (explain.go); the
//     entry shows the reading used and the closest alternatives;
//   - not checkable: otherwise, with the reason and the readings tested,
//     so the reader still learns what the records say.

// judge tests the readings of one figure and gives its verdict.
func (r *runner) judge(it *Interpretation) (Entry, error) {
	rs := readingsOf(*it)
	primary, err := r.check(&rs[0].It)
	if err != nil {
		return Entry{}, err
	}
	primary.Reading = rs[0].It.Describe
	if primary.Verdict == Supported {
		return r.withExplain(it, primary)
	}
	var alts []Alternative
	var best *Entry
	bestLabel := ""
	for j := 1; j < len(rs); j++ {
		if !validReading(rs[j].It) {
			continue
		}
		e, err := r.check(&rs[j].It)
		if err != nil {
			return Entry{}, err
		}
		alts = append(alts, Alternative{Reading: rs[j].Label + " — " + e.Interpretation, Prior: round2(rs[j].Prior), Command: e.Command,
			Value: e.Value, ValueText: e.ValueText, Verdict: e.Verdict, Reason: e.Reason})
		if e.Verdict == Supported && best == nil && rs[j].Prior >= minSupportPrior {
			cp := e
			best, bestLabel = &cp, rs[j].Label
		}
	}
	if best != nil {
		out := *best
		out.ID, out.Sentence, out.Text, out.Kind, out.Stated = primary.ID, primary.Sentence, primary.Text, primary.Kind, primary.Stated
		out.Under = bestLabel
		out.Reading = out.Interpretation
		first := Alternative{Reading: "most plausible reading — " + primary.Interpretation, Prior: round2(rs[0].Prior), Command: primary.Command,
			Value: primary.Value, ValueText: primary.ValueText, Verdict: primary.Verdict, Reason: primary.Reason}
		var rest []Alternative
		for _, a := range alts {
			if !strings.HasPrefix(a.Reading, bestLabel+" — ") {
				rest = append(rest, a)
			}
		}
		out.Alternatives = append([]Alternative{first}, closest(it.Claim, rest)...)
		out.Explanation = fmt.Sprintf("Supported under another reading: %s. The most plausible reading (%s) gives %s. %s",
			bestLabel, primary.Interpretation, orDash(primary.ValueText), best.Explanation)
		return r.withExplain(it, out)
	}
	primary.Alternatives = closest(it.Claim, alts)
	if primary.Verdict != Contradicted {
		return r.withExplain(it, primary)
	}
	// A contradiction needs a stated reading and no other explanation.
	if !firm(*it) {
		var parts []string
		for _, k := range []string{"measure", "place", "period"} {
			if why, ok := it.Unstated[k]; ok {
				parts = append(parts, k+": "+why)
			}
		}
		if it.Place.Approx && it.Unstated["place"] == "" {
			parts = append(parts, "place: "+it.Place.Name+" is read as an area of responsibility, not stated as one")
		}
		return r.withExplain(it, demote(primary, ReasonUnstated, fmt.Sprintf("The most plausible reading (%s) gives %s where the claim says %s, but the sentence does not state the whole question (%s), and no other reading tested matches, so this is not a contradiction.",
			primary.Interpretation, orDash(primary.ValueText), primary.Stated, strings.Join(parts, "; "))))
	}
	e, err := r.withExplain(it, primary)
	if err != nil {
		return Entry{}, err
	}
	if len(e.Explain) > 0 {
		c := e.Explain[0]
		return demote(e, ReasonOtherReading, fmt.Sprintf("The most plausible reading (%s) gives %s, but the figure %s is exactly what another reading of the records gives: %s (`%s`). The claim may use that reading; it is not called contradicted.",
			primary.Interpretation, orDash(primary.ValueText), primary.Stated, c.Description, c.Command)), nil
	}
	return e, nil
}

// demote turns a contradicted entry into a not checkable one.
func demote(e Entry, reason, why string) Entry {
	e.Verdict = NotCheckable
	e.Reason = reason
	e.Reasons = appendNew(e.Reasons, reason)
	e.Difference = nil
	e.Explanation = why + " " + e.Explanation
	return e
}

// withExplain adds the readings of the whole store that reproduce an exact
// count (explain.go), for the reader to see where a figure may come from.
func (r *runner) withExplain(it *Interpretation, e Entry) (Entry, error) {
	c := it.Claim
	if c.Kind != KindCount || c.Unit != UnitCount || c.Comparator != CmpExact || c.Value < 100 || c.Value != math.Trunc(c.Value) ||
		it.Measure == "" || isDetentionMeasure(it.Measure) {
		return e, nil
	}
	near := ""
	if it.Period.Kind == "fy" {
		near = fmt.Sprint(it.Period.FY)
	} else if it.Period.From != "" {
		near = it.Period.From
	}
	cands, err := r.explain(int64(c.Value), ExplainOptions{Dataset: it.Measure, Near: near, Limit: 5})
	if err != nil {
		if queryProblem(err) {
			return e, nil
		}
		return Entry{}, err
	}
	for _, cd := range cands {
		if cd.Command != e.Command && !contains(e.Commands, cd.Command) {
			e.Explain = append(e.Explain, cd)
		}
	}
	return e, nil
}

// closest orders alternatives by how near their value is to the stated one.
func closest(c Claim, alts []Alternative) []Alternative {
	dist := func(a Alternative) float64 {
		if a.Value == nil {
			return math.Inf(1)
		}
		return math.Abs(*a.Value - c.Value)
	}
	sort.SliceStable(alts, func(i, j int) bool { return dist(alts[i]) < dist(alts[j]) })
	if len(alts) > 6 {
		alts = alts[:6]
	}
	return alts
}

func round2(x float64) float64 { return math.Round(x*100) / 100 }
