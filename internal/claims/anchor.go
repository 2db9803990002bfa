package claims

import (
	"fmt"
	"maps"
	"reflect"
	"slices"
	"sort"
	"strings"
)

// anchoredSiblings settles, sentence by sentence, the doubts a figure
// shares with a sibling the records reproduce exactly (AggChecker's
// data-aware choice, for a whole sentence). "En la Florida, la agencia
// detuvo a 3,534 personas en 2016, mientras que en 2017 detuvo a 6,192":
// 6,192 is exactly the Miami area's arrests of FY2017, so the sentence
// counts ICE's arrests in the Miami area by fiscal year, and 3,534 is
// tested under that reading (3,524: a misprint). Likewise a place or an
// agency the sentence leaves unstated is settled for its other figures
// when one of them, under the same reading, is reproduced exactly.
//
// Only an exact count of four or more significant digits is an anchor
// (exactWitness): a coincidence that precise is far less likely than the
// writer's using that reading. Only doubts about the place and the agency
// that the anchor had itself, word for word, are settled; any other doubt
// keeps the sibling not checkable (anchoredReading lists the cases). The
// sibling is then judged as any figure is: every other reading is still
// tested, and the guards after (guard.go) still apply.
func (r *runner) anchoredSiblings(its []Interpretation, es []Entry) error {
	for i := range es {
		if i >= len(its) || !isAnchor(its[i], es[i]) {
			continue
		}
		a := es[i].Detail
		for j := range es {
			if j == i || j >= len(its) || its[j].Claim.Sentence != its[i].Claim.Sentence || es[j].Verdict != NotCheckable ||
				es[j].Reason != ReasonUnstated && es[j].Reason != ReasonDefinitionGap {
				continue
			}
			v, settled, ok := anchoredReading(its[i], *a, its[j])
			if !ok {
				continue
			}
			e, err := r.judge(&v)
			if err != nil {
				if queryProblem(err) {
					continue
				}
				return err
			}
			if e.Verdict == NotCheckable {
				continue
			}
			why := fmt.Sprintf("The sentence's figure %s is exactly what the records give under this reading (%s, %s), which settles what the sentence leaves open for this figure too (%s)",
				es[i].Stated, a.Describe, orDash(es[i].ValueText), strings.Join(settled, "; "))
			e.ID, e.Sentence, e.Text, e.Kind, e.Stated = es[j].ID, es[j].Sentence, es[j].Text, es[j].Kind, es[j].Stated
			if e.Verdict == Supported && e.Under == "" && a.Place.String() != its[j].Place.String() {
				// (a contradicted entry names its reading as Reading; Under
				// is only ever a supported one's: "supported under")
				e.Under = "in " + a.Place.String() + ", as the sentence's figure " + es[i].Stated + " is"
			}
			e.Reading = e.Interpretation
			e.Alternatives = append([]Alternative{{Reading: "the sentence's own reading — " + es[j].Interpretation, Command: es[j].Command,
				Value: es[j].Value, ValueText: es[j].ValueText, Verdict: es[j].Verdict, Reason: es[j].Reason, Parts: es[j].Parts}}, e.Alternatives...)
			e.Explanation = why + ". " + e.Explanation
			es[j] = e
		}
	}
	return nil
}

// isAnchor: a count of records (not a detention snapshot, whose editions
// and dates have doubts of their own) reproduced exactly, under the
// figure's own reading or under another place the text names or implies
// (not one found from the data alone).
func isAnchor(it Interpretation, e Entry) bool {
	if e.Verdict != Supported || e.Detail == nil || !exactWitness(it.Claim, e.Value) || isDetentionMeasure(it.Measure) || strings.HasSuffix(e.Under, placeFromDataNote) ||
		len(it.byNumber) > 0 || len(it.eachPlaces) > 0 || it.Measure == "" {
		return false
	}
	a := e.Detail
	return a.Measure == it.Measure && a.Period.String() == it.Period.String() && a.Outcome == it.Outcome && reflect.DeepEqual(a.Filters, it.Filters)
}

// anchoredReading is the sibling's reading under the anchor's: its own
// measure, period and filters, the anchor's place, and the doubts about
// place and agency it shares with the anchor dropped. ok is false when
// the sibling is about something else (another measure or place phrase)
// or keeps a doubt the anchor cannot settle.
//
// What the stress pages and the published statements taught (each was a
// false "contradicted" of a first version):
//   - only a count is a sibling: a change's baseline is one the anchor
//     says nothing about, and ICE's own releases compute changes from
//     preliminary figures ("arrested 3,189 people in fiscal year 2017, a
//     34.7 percent increase": 3,189 is Newark's FY2017 count exactly, the
//     records give +41.9 %);
//   - a period doubt is never settled: the anchor's year is not the
//     sibling's ("2,746 people removed in 2017 and 1,033 people removed in
//     2016", its period carried from an earlier sentence);
//   - nor a place doubt when the sentence names more than one place ("In
//     FY2017 the Dallas area made 16,520 arrests and Houston 13,575": the
//     anchor settles Dallas, not Houston), nor one the anchor's own place
//     was found from the data (placeFromData) rather than the text.
func anchoredReading(anchor Interpretation, a Interpretation, sib Interpretation) (Interpretation, []string, bool) {
	if sib.Measure != anchor.Measure || sib.Place.String() != anchor.Place.String() || sib.Place.Implicit != anchor.Place.Implicit ||
		sib.Period.Defaulted || sib.Period.Text == "" || len(sib.byNumber) > 0 || len(sib.eachPlaces) > 0 || sib.Outcome != anchor.Outcome ||
		sib.Claim.Kind != KindCount || len(sib.altPlaces) > 0 || len(anchor.altPlaces) > 0 {
		return Interpretation{}, nil, false
	}
	v := sib
	v.Unstated = nil
	var settled []string
	keys := slices.Collect(maps.Keys(sib.Unstated))
	sort.Strings(keys)
	for _, k := range keys {
		why := sib.Unstated[k]
		if k != "place" && k != "source" || anchor.Unstated[k] != why || strings.Contains(why, "another") {
			return Interpretation{}, nil, false
		}
		settled = append(settled, k+": "+why)
	}
	if a.Place.String() != anchor.Place.String() || a.Place.Approx != anchor.Place.Approx {
		v.Place = a.Place
		settled = append(settled, "place: "+a.Place.String())
	}
	if v.Place.Approx {
		settled = append(settled, "place: "+v.Place.Name+" read as an area of responsibility")
		v.Place.Approx = false
	}
	if len(settled) == 0 {
		return Interpretation{}, nil, false // nothing the anchor settles: the sibling's verdict stands
	}
	v.Describe = describe(v)
	return v, settled, true
}
