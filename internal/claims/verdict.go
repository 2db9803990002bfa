package claims

import (
	"fmt"
	"maps"
	"math"
	"sort"
	"strings"
	"time"

	"github.com/icestat/icestat/internal/query"
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

// oneSided: "more than 60 percent", "less than 40 percent" bound the value
// on one side only; a less plausible reading that falls far within the
// bound is weak evidence ("less than 40 percent" holds for most small
// parts), so it keeps such a figure from being called contradicted but
// makes it supported only near the bound (nearBound).
func oneSided(c Claim) bool {
	switch c.Comparator {
	case CmpMoreThan, CmpAtLeast, CmpLessThan, CmpAtMost:
		return true
	}
	return false
}

// nearBound: a value within 15% of a one-sided bound (5 points for a
// percentage): "more than 65%" for 65.5%, "below 20,000" for 19,948. A
// bound written to more digits is near in proportion: "more than 143,000"
// within 5%, "más de 81.312" within 2% (as-es-ru24-03's 81,312 of criminal
// arrests had been supported by 90,615 book-ins, 11% above it).
func nearBound(c Claim, v *float64) bool {
	if v == nil {
		return false
	}
	d := math.Abs(*v - c.Value)
	if c.Unit == UnitPercent || c.Unit == UnitPoints {
		return d <= 5
	}
	window := 0.15
	switch sig := sigDigits(c.Value); {
	case math.Abs(c.Value) < 1000:
		// "at least 144" facilities: a small count keeps the wide window
	case sig >= 4:
		window = 0.02
	case sig == 3:
		window = 0.05
	}
	return d <= window*math.Abs(c.Value)
}

// judge tests the readings of one figure and gives its verdict.
func (r *runner) judge(it *Interpretation) (Entry, error) {
	if len(it.byNumber) > 0 {
		return r.judgeByNumber(it, unreadWhy) // bynumber.go
	}
	if len(it.eachPlaces) > 1 {
		return r.judgeEach(it)
	}
	rs := readingsOf(*it)
	if isDetentionMeasure(it.Measure) && it.Period.Kind == "date" && it.Measure != MeasureBookIns && (it.Measure != MeasureFacility || it.Place.Kind == "facility" && it.Period.Text != "") && (it.Claim.Kind == KindCount || it.Claim.Kind == KindShare || it.prevEdition) {
		more, err := r.editionReadings(*it, rs[0].Prior)
		if err != nil {
			return Entry{}, err
		}
		rs = append(rs, more...)
		for _, m := range more {
			// the edition before, with the class readings too ("has
			// dropped to 40%" of those ICE arrested, in the release the
			// article quotes)
			rs = append(rs, classReadings(m)...)
			rs = append(rs, stateSumReadings(m)...)
		}
	}
	if it.Measure == MeasureDetained && it.Claim.Kind == KindChange && it.Baseline != nil && it.Baseline.Kind == "date" {
		// "since January": the first edition of January, not the one in
		// force on January 1 (as of mid-December)
		hist, err := r.detainedHistory()
		if err != nil {
			return Entry{}, err
		}
		if b, ok := firstEditionFrom(hist, it.Baseline.From); ok {
			v := rs[0].It
			nb := Period{Kind: "date", Text: it.Baseline.Text, From: b, To: b, Note: "the first edition as of that day or after"}
			v.Baseline = &nb
			v.Describe = describeDetention(v)
			rs = append(rs, Reading{It: v, Label: "from the first edition as of " + b + " (the first after " + it.Baseline.From + ")", Prior: rs[0].Prior * 0.8})
		}
		if e, ok := firstEditionFrom(hist, it.Period.From); ok && it.Period.Text != "the article's date" && (it.ref == "" || e <= it.ref) {
			// "between Sept. 21, 2025, and Jan. 7, 2026": the editions
			// published after each day may be the ones compared (their
			// figures are often current as of a few days before their
			// date), so the later day too may be read from the next
			for _, bothDays := range []bool{false, true} {
				v := rs[0].It
				v.Period = Period{Kind: "date", Text: it.Period.Text, From: e, To: e, Note: "the first edition as of that day or after"}
				label := "to the first edition as of " + e + " (the first after " + it.Period.From + ")"
				if bothDays {
					b, ok := firstEditionFrom(hist, it.Baseline.From)
					if !ok {
						continue
					}
					v.Baseline = &Period{Kind: "date", Text: it.Baseline.Text, From: b, To: b, Note: "the first edition as of that day or after"}
					label = "from the first edition as of " + b + " " + label
				}
				v.Describe = describeDetention(v)
				rs = append(rs, Reading{It: v, Label: label, Prior: rs[0].Prior * 0.7})
			}
		}
	}
	if it.Measure == MeasureFacility && it.Place.Kind == "facilities" && it.Claim.Kind == KindCount {
		more, err := r.facilityCountReadings(rs[0])
		if err != nil {
			return Entry{}, err
		}
		rs = append(rs, more...)
	}
	if it.Measure == MeasureDetained && (len(it.Filters) == 0 || classShareOnly(it)) && it.Period.Kind == "date" && (it.Claim.Kind == KindCount || it.Claim.Kind == KindShare) {
		more, err := r.archiveGapReading(rs[0])
		if err != nil {
			return Entry{}, err
		}
		rs = append(rs, more...)
	}
	rs = append(rs, detentionReadings(rs[0])...) // readings.go
	rs = append(rs, custodyTotalReading(rs[0])...)
	rs = append(rs, arrestsAsDetention(rs[0])...)
	rs = append(rs, detainedAsEvents(rs[0])...)
	primary, err := r.check(&rs[0].It)
	if err != nil {
		return Entry{}, err
	}
	primary.Reading = rs[0].It.Describe
	if primary.Verdict == Supported && oneSided(it.Claim) && it.Claim.Value != 0 && it.Period.Defaulted && !nearBound(it.Claim, primary.Value) {
		// "At least 63 Ghanaians ... have been deported" (at-en-cgtn-01, a
		// flight's count): under an assumed period, FY2016's 94 satisfies
		// the bound without being near it; a bound that far within an
		// assumed reading says nothing of the figure ("an increase", a
		// direction, has no bound to be near)
		primary = demote(primary, ReasonUnstated, fmt.Sprintf("The most plausible reading (%s) gives %s, within the claim's bound (%s) but far from it, and the sentence does not state the whole question, so the bound says nothing of what the records give.",
			primary.Interpretation, orDash(primary.ValueText), primary.Stated))
	}
	if primary.Verdict == Supported {
		return r.withExplain(it, primary)
	}
	var alts []Alternative
	var best *Entry
	bestLabel := ""
	weak := "" // a less plausible reading within a one-sided bound (oneSided)
	// When the records do not reach the period, only a reading of another
	// period can change that.
	periodBound := primary.Verdict == NotCheckable && (primary.Reason == ReasonPeriodNotCovered || primary.Reason == ReasonNoData ||
		primary.Reason == ReasonPartlyCovered || primary.Reason == ReasonPeriodUnresolved)
	for j := 1; j < len(rs); j++ {
		if !validReading(rs[j].It) {
			continue
		}
		if periodBound && rs[j].It.Period.String() == rs[0].It.Period.String() && rs[j].It.PrintedBy == rs[0].It.PrintedBy && rs[j].It.Measure == rs[0].It.Measure &&
			rs[j].It.Period.Note != lastStoredNote && len(rs[j].It.Filters) == len(rs[0].It.Filters) {
			// (a facility count in the last stored edition, or in a
			// state, is another question: facilityCount)
			continue
		}
		e, err := r.check(&rs[j].It)
		if err != nil {
			return Entry{}, err
		}
		alts = append(alts, Alternative{Reading: rs[j].Label + " — " + e.Interpretation, Prior: round2(rs[j].Prior), Command: e.Command,
			Value: e.Value, ValueText: e.ValueText, Verdict: e.Verdict, Reason: e.Reason, Parts: e.Parts})
		if e.Verdict == Supported && best == nil && (rs[j].Prior >= minSupportPrior || exactWitness(it.Claim, e.Value)) {
			if !oneSided(it.Claim) || nearBound(it.Claim, e.Value) && rs[j].Prior >= 0.5*rs[0].Prior {
				cp := e
				best, bestLabel = &cp, rs[j].Label
			} else if weak == "" {
				weak = rs[j].Label + " gives " + orDash(e.ValueText)
			}
		}
	}
	if best == nil {
		if e, label, ok, err := r.placeFromData(it); err != nil {
			return Entry{}, err
		} else if ok {
			best, bestLabel = &e, label
		}
	}
	if best != nil {
		out := *best
		out.ID, out.Sentence, out.Text, out.Kind, out.Stated = primary.ID, primary.Sentence, primary.Text, primary.Kind, primary.Stated
		out.Under = bestLabel
		out.Reading = out.Interpretation
		first := Alternative{Reading: "most plausible reading — " + primary.Interpretation, Prior: round2(rs[0].Prior), Command: primary.Command,
			Value: primary.Value, ValueText: primary.ValueText, Verdict: primary.Verdict, Reason: primary.Reason, Parts: primary.Parts}
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
	if weak != "" {
		return r.withExplain(it, demote(primary, ReasonOtherReading, fmt.Sprintf("The most plausible reading (%s) gives %s, but another reading fits the claim's bound: %s. That is too weak to call the figure supported, and enough not to call it contradicted.", primary.Interpretation, orDash(primary.ValueText), weak)))
	}
	if strings.HasPrefix(it.Period.Note, lastYearNote) {
		// "Last year ICE removed 267,000 people", written in October: the
		// fiscal year just ended is a reading of its own; when the records
		// cannot test it, the figure cannot be called wrong
		for _, a := range alts {
			if a.Verdict == NotCheckable && (a.Reason == ReasonPartlyCovered || a.Reason == ReasonPeriodNotCovered) {
				return r.withExplain(it, demote(primary, ReasonPartlyCovered, "\"Last year\" in an article of October to December may be the fiscal year just ended, which the records do not cover in full ("+a.Reading+"). So this is not called a contradiction."))
			}
		}
	}
	if isDetentionMeasure(it.Measure) {
		// ICE's published statistics are snapshots every two weeks, dated
		// loosely: a contradiction must hold in the editions around the
		// date and under every criminality class (detention_doubt.go)
		why, err := r.detentionDoubt(it, primary)
		if err != nil {
			return Entry{}, err
		}
		if why != "" {
			return r.withExplain(it, demote(primary, ReasonDefinitionGap, why+" So this is not called a contradiction."))
		}
	}
	// A contradiction needs a stated reading and no other explanation.
	// (a record refuted by an earlier edition above the text's own count
	// holds whatever day the text means: recordBelowEarlier)
	if !firm(*it) && !(primary.earlierRecord && len(it.Unstated) == 1 && it.Unstated["period"] != "" && !it.Place.Approx) {
		var parts []string
		for _, k := range []string{"measure", "place", "period", "source"} {
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
	if v := primary.Value; v != nil && farOff(it.Claim, *v) {
		return r.withExplain(it, demote(primary, ReasonUnlikely, fmt.Sprintf("The most plausible reading (%s) gives %s, more than 1.6 times (or less than 1/1.6 of) the claim's %s, further than a misprint or a rounding would put it: the claim most likely counts something else (another place, period, definition or population), so this is not called a contradiction.",
			primary.Interpretation, orDash(primary.ValueText), primary.Stated)))
	}
	e, err := r.explainEntry(it, primary)
	if err != nil {
		return Entry{}, err
	}
	for _, c := range e.Explain {
		if !readingOf(*it, c) {
			continue
		}
		return demote(e, ReasonOtherReading, fmt.Sprintf("The most plausible reading (%s) gives %s, but the figure %s is exactly what another reading of the records gives: %s (`%s`). The claim may use that reading; it is not called contradicted.",
			primary.Interpretation, orDash(primary.ValueText), primary.Stated, c.Description, c.Command)), nil
	}
	if len(e.Explain) > 0 {
		c := e.Explain[0]
		e.Explanation += fmt.Sprintf(" The figure %s is exactly %s (`%s`): another place or period than the sentence states, which may be where the mistake comes from.", primary.Stated, c.Description, c.Command)
	} else if c, ok, err := r.otherMeasureWitness(it); err != nil {
		return Entry{}, err
	} else if ok {
		e.Explain = append(e.Explain, c)
		e.Explanation += fmt.Sprintf(" The figure %s is exactly %s (`%s`): the other measure, in the place and period the sentence states, which may be where the mistake comes from.", primary.Stated, c.Description, c.Command)
	}
	return e, nil
}

// otherMeasureWitness: for a count of arrests or removals about to be
// called contradicted, the other of the two in the same place and period,
// when it is exactly the figure. "Feeley's field office made 1,736 arrests
// in the 2017 fiscal year" (at-en-tully-02): 1,736 are the Buffalo area's
// FY2017 removals, its arrests 1,494. The measure was stated, so the figure
// stays contradicted; the reader learns where it came from.
func (r *runner) otherMeasureWitness(it *Interpretation) (Candidate, bool, error) {
	other := map[string]string{"arrests": "removals", "removals": "arrests"}[it.Measure]
	c := it.Claim
	if other == "" || len(it.Filters) > 0 || c.Kind != KindCount || c.Comparator != CmpExact || c.Value < 100 || c.Value != math.Trunc(c.Value) || it.Period.Kind != "fy" {
		return Candidate{}, false, nil
	}
	cands, err := r.explain(int64(c.Value), ExplainOptions{Dataset: other, Near: fmt.Sprint(it.Period.FY), Limit: 5, Quick: true})
	if err != nil {
		if queryProblem(err) {
			return Candidate{}, false, nil
		}
		return Candidate{}, false, err
	}
	v := *it
	v.Measure = other
	for _, cd := range cands {
		if cd.Period == it.Period.String() && cd.Definition == "" && readingOf(v, cd) {
			return cd, true, nil
		}
	}
	return Candidate{}, false, nil
}

// exactWitness: the records reproduce an exact count of four or more
// significant digits to the unit. A reading that does so supports the
// figure however little the text says for it (ad-de-5min-03: "271.484
// Abschiebungen" with no year in its sentence is ICE's FY2024 table to the
// unit): a coincidence that exact is far less likely than the writer's
// using that count. It still only supports "under" the reading named.
func exactWitness(c Claim, v *float64) bool {
	return v != nil && c.Kind == KindCount && c.Comparator == CmpExact && c.PerDays == 0 &&
		c.Value >= 1000 && sigDigits(c.Value) >= 4 && *v == c.Value
}

// readingOf tells whether an explain candidate may be a reading of the
// sentence: the same measure, and the place or the period it stated (a
// figure bound to the wrong one of two periods or places of a sentence is
// still explained by the other). A figure that is exactly another area's
// count in another year, when the sentence names its own area and year, is
// a mix-up, not a reading (README's "mixed-up" figures are real errors).
func readingOf(it Interpretation, c Candidate) bool {
	if c.Dataset != "" && c.Dataset != it.Measure {
		return false
	}
	samePlace := false
	switch it.Place.Kind {
	case "national":
		samePlace = c.Place == "nationwide"
	case "aor":
		samePlace = strings.Contains(c.Place, "("+it.Place.AOR+")")
	case "state":
		samePlace = c.Place == it.Place.Name+" (state)" || anyAOROf(c.Place, aorsOfState(it.Place.State))
	default:
		samePlace = true
	}
	samePeriod := c.Period == it.Period.String() || it.Period.Bare && c.Period == fmt.Sprintf("calendar year %d", it.Period.FY)
	return samePlace || samePeriod
}

func anyAOROf(candPlace string, codes []string) bool {
	for _, a := range codes {
		if strings.Contains(candPlace, "("+a+")") {
			return true
		}
	}
	return false
}

// placeFromData: a sentence that names no place ("In 2016, there were
// 1,033 deportations", in an article about one area) may still be about
// one area of responsibility. When the measure and the period are the
// sentence's own and the figure is an exact count of four or more
// significant digits, the one area whose count it is exactly is a reading
// (AggChecker's data-aware choice): a coincidence among two dozen areas is
// unlikely at that precision. It can support a figure, never contradict
// one.
func (r *runner) placeFromData(it *Interpretation) (Entry, string, bool, error) {
	c := it.Claim
	if it.Unstated["place"] == "" || it.Unstated["measure"] != "" || it.Period.Defaulted || it.Period.Text == "" ||
		!strings.Contains(c.Sentence, it.Period.Text) || c.Kind != KindCount || c.Comparator != CmpExact ||
		c.Value != math.Trunc(c.Value) || sigDigits(c.Value) < 4 || it.Measure == "" || isDetentionMeasure(it.Measure) || it.Outcome != "" {
		return Entry{}, "", false, nil
	}
	cands, err := r.explainTargeted(it, int64(c.Value))
	if err != nil {
		if queryProblem(err) {
			return Entry{}, "", false, nil
		}
		return Entry{}, "", false, err
	}
	var codes []string
	for _, cd := range cands {
		if cd.Partial {
			continue
		}
		if i, j := strings.LastIndex(cd.Place, "("), strings.LastIndex(cd.Place, ")"); i >= 0 && j > i {
			codes = appendNew(codes, cd.Place[i+1:j])
		}
	}
	if len(codes) != 1 {
		return Entry{}, "", false, nil
	}
	v := *it
	v.Place = placeOfAOR(codes[0])
	v.Describe = describe(v)
	e, err := r.check(&v)
	if err != nil || e.Verdict != Supported {
		return Entry{}, "", false, err
	}
	return e, "in " + v.Place.String() + " " + placeFromDataNote, true, nil
}

// placeFromDataNote ends the label of a reading placeFromData found.
const placeFromDataNote = "(the sentence names no place; the records give exactly this figure for that area alone)"

// textPlace is the data-aware choice of a place across a text (after
// AggChecker): when the records put one of the text's exact figures in a
// single area, and the text states no place for it ("That's almost 9
// percent more than the 6,651 arrests in fiscal year 2016": San Francisco
// alone), that area is a reading of the text's other figures whose place
// is unstated too. A figure supported under it says so; one it does not
// support keeps its verdict (never contradicted by this reading).
func (r *runner) textPlace(its []Interpretation, es []Entry) error {
	var place *Place
	from := ""
	for i, e := range es {
		if e.Verdict != Supported || !strings.HasSuffix(e.Under, placeFromDataNote) || its[i].eachPlaces != nil {
			continue
		}
		p := e.Detail.Place
		if place != nil && place.AOR != p.AOR {
			return nil // two areas: no single place of the text
		}
		place, from = &p, e.Text
	}
	if place == nil {
		return nil
	}
	for i := range es {
		it := its[i]
		if es[i].Verdict != NotCheckable || es[i].Reason != ReasonUnstated || it.Unstated["place"] == "" || it.Measure == "" ||
			isDetentionMeasure(it.Measure) || it.Place.Kind != "national" || len(it.eachPlaces) > 0 {
			continue
		}
		v := it
		v.Place = *place
		v.Describe = describe(v)
		e, err := r.judge(&v)
		if err != nil {
			if queryProblem(err) {
				continue
			}
			return err
		}
		if e.Verdict != Supported || e.Under != "" {
			continue
		}
		label := "in " + place.String() + " (the sentence names no place; the text's figure " + from + " holds for that area alone)"
		e.ID, e.Sentence, e.Text, e.Kind, e.Stated = es[i].ID, es[i].Sentence, es[i].Text, es[i].Kind, es[i].Stated
		e.Under = label
		e.Reading = e.Interpretation
		e.Alternatives = append([]Alternative{{Reading: "most plausible reading — " + es[i].Interpretation, Command: es[i].Command,
			Value: es[i].Value, ValueText: es[i].ValueText, Verdict: es[i].Verdict, Reason: es[i].Reason, Parts: es[i].Parts}}, es[i].Alternatives...)
		e.Explanation = fmt.Sprintf("Supported under another reading: %s. The most plausible reading (%s) gives %s. %s", label, es[i].Interpretation, orDash(es[i].ValueText), e.Explanation)
		es[i] = e
	}
	return nil
}

// archiveGapReading: no stored edition prints the population near a date
// (before the first archived edition of October 2019, or in the archive's
// gap from October 2019 to September 2020), but a later edition prints
// that month's average daily population: a reading of "held more than
// 37,000 people" in March 2020 (a figure can be supported by it, never
// contradicted: it is an average, not the day's count).
func (r *runner) archiveGapReading(first Reading) ([]Reading, error) {
	hist, err := r.detainedHistory()
	if err != nil {
		return nil, err
	}
	d := first.It.Period.From
	t, err := time.Parse("2006-01-02", d)
	if err != nil || len(d) < 7 {
		return nil, nil
	}
	for _, h := range hist {
		ht, err := time.Parse("2006-01-02", h.AsOf)
		if err == nil && !ht.After(t) && t.Sub(ht) <= 45*24*time.Hour {
			return nil, nil // an edition in force near the date
		}
	}
	v := first.It
	v.Measure = MeasureADP
	v.Period = Period{Kind: "month", Text: first.It.Period.Text, Month: d[:7], Note: "the month's average daily population (no edition near " + d + " is archived)"}
	v.PrintedBy = ""
	v.Unstated = maps.Clone(first.It.Unstated)
	setUnstated(&v, "measure", "the month's average daily population stands for the count on a day no archived edition gives")
	v.Describe = describeDetention(v)
	var out []Reading
	if t.Day() >= 8 {
		out = append(out, Reading{It: v, Label: "the average daily population of " + d[:7] + " (no archived edition prints the population near " + d + "; a later one prints the month's average)", Prior: first.Prior * factorDefinition})
	}
	// (q-lusa2004-01, "There are currently over 35,000 immigrants in
	// detention", dated 2020-04-01: the average of a month that has only
	// begun, less than a week of it before the date, is of days still to
	// come, no reading of "currently"; the last complete month's below is)
	// "currently", early in a month: the last complete month's average
	prev := time.Date(t.Year(), t.Month(), 0, 0, 0, 0, 0, time.UTC).Format("2006-01")
	v.Period = Period{Kind: "month", Text: first.It.Period.Text, Month: prev, Note: "the average daily population of the last complete month (no edition near " + d + " is archived)"}
	v.Describe = describeDetention(v)
	pr := first.Prior * factorDefinition
	if len(out) > 0 {
		pr *= 0.8 // less plausible than the month's own, where it has one
	}
	out = append(out, Reading{It: v, Label: "the average daily population of " + prev + ", the last complete month before " + d + " (no archived edition prints the population near it)", Prior: pr})
	return out, nil
}

// judgeEach tests a figure stated for each of several places: supported
// when every place's records match it; otherwise not checkable, with each
// place's value (a list of places and "each" is loose enough that a
// mismatch is not called a contradiction).
func (r *runner) judgeEach(it *Interpretation) (Entry, error) {
	var first *Entry
	var vals []string
	all := true
	for _, p := range it.eachPlaces {
		v := *it
		v.eachPlaces = nil
		v.Place = p
		v.Describe = describe(v)
		e, err := r.judge(&v)
		if err != nil {
			return Entry{}, err
		}
		if first == nil {
			cp := e
			first = &cp
		}
		vals = append(vals, p.String()+": "+orDash(e.ValueText))
		if e.Verdict != Supported {
			all = false
		}
	}
	out := *first
	out.Value, out.Difference, out.Under = nil, nil, ""
	out.ValueText = strings.Join(vals, "; ")
	out.Interpretation = strings.Replace(out.Interpretation, it.eachPlaces[0].String(), "each of "+placeList(it.eachPlaces), 1)
	out.Reading = out.Interpretation
	if all {
		out.Verdict, out.Reason, out.Reasons = Supported, "", nil
		out.Explanation = "Stated for each of " + placeList(it.eachPlaces) + "; the records give " + out.ValueText + "."
		return out, nil
	}
	out.Verdict, out.Reason, out.Reasons = NotCheckable, ReasonUnstated, []string{ReasonUnstated}
	out.Explanation = "Stated for each of " + placeList(it.eachPlaces) + "; the records give " + out.ValueText + ": not every place matches, and a figure stated for a list of places is not called contradicted."
	return out, nil
}

func placeList(ps []Place) string {
	var s []string
	for _, p := range ps {
		s = append(s, p.String())
	}
	return strings.Join(s, ", ")
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
	if !r.explainAll {
		return e, nil
	}
	return r.explainEntry(it, e)
}

// explainEntry adds the explain candidates of an exact count (a figure
// about to be called contradicted always asks).
func (r *runner) explainEntry(it *Interpretation, e Entry) (Entry, error) {
	c := it.Claim
	if e.Reason == ReasonPeriodNotCovered || e.Reason == ReasonNoData || e.Reason == ReasonPeriodUnresolved {
		return e, nil
	}
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
	var cands []Candidate
	var err error
	cands, err = r.explain(int64(c.Value), ExplainOptions{Dataset: it.Measure, Near: near, Limit: 5, Quick: true})
	if err == nil && len(cands) == 0 && len(it.Filters)+len(it.Base) > 0 {
		// the same qualifiers in every area of responsibility
		cands, err = r.explainTargeted(it, int64(c.Value))
	}
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

// editionReadings: a population "as of" a date may be read from the edition
// in force on that date (the most plausible reading) or from the first
// editions published after it, whose figures are often current as of a
// day or two before their own date ("data current as of February 11" is
// published on February 15); "two weeks ago" may be the edition before.
func (r *runner) editionReadings(it Interpretation, prior float64) ([]Reading, error) {
	hist, err := r.detainedHistory()
	if err != nil {
		return nil, err
	}
	d := it.Period.From
	var out []Reading
	before := ""
	for _, h := range hist {
		if h.AsOf <= d {
			before = h.AsOf
		}
	}
	next := 0
	if it.Period.Text == "the article's date" || it.Period.Text == "currently" {
		// a figure of the article's own day: editions published after the
		// article cannot be its source
		next = 2
	}
	for _, h := range hist {
		if h.AsOf <= d || next >= 2 || it.ref != "" && h.AsOf > it.ref {
			continue // no edition after the article's date is its source
		}
		t1, e1 := time.Parse("2006-01-02", d)
		t2, e2 := time.Parse("2006-01-02", h.AsOf)
		if e1 != nil || e2 != nil || t2.Sub(t1) > 21*24*time.Hour {
			break
		}
		next++
		v := it
		v.Period = Period{Kind: "date", Text: it.Period.Text, From: h.AsOf, To: h.AsOf, Note: "the edition as of " + h.AsOf + ", published after " + d}
		v.Describe = describeDetention(v)
		out = append(out, Reading{It: v, Label: "the edition as of " + h.AsOf + " (the next published after " + d + "; its figures may be current as of that date)", Prior: prior * 0.8})
	}
	// the edition before the one in force
	prev := ""
	for _, h := range hist {
		if h.AsOf < before {
			prev = h.AsOf
		}
	}
	if t1, e1 := time.Parse("2006-01-02", d); prev != "" && e1 == nil {
		// a stale edition is a reading only when it is recent: an archive
		// gap of months is no "edition before"
		if t2, e2 := time.Parse("2006-01-02", prev); e2 != nil || t1.Sub(t2) > 35*24*time.Hour {
			prev = ""
		}
	}
	if prev != "" {
		v := it
		v.Period = Period{Kind: "date", Text: it.Period.Text, From: prev, To: prev, Note: "the edition before the one in force on " + d}
		v.Describe = describeDetention(v)
		out = append(out, Reading{It: v, Label: "the edition as of " + prev + " (the one before the edition in force on " + d + ")", Prior: prior * 0.4})
	}
	return out, nil
}

// firstEditionFrom is the as-of date of the first edition on or after d,
// when one comes within three weeks and d itself has none.
func firstEditionFrom(hist []query.DetainedPoint, d string) (string, bool) {
	t, err := time.Parse("2006-01-02", d)
	if err != nil {
		return "", false
	}
	limit := t.AddDate(0, 0, 21).Format("2006-01-02")
	for _, h := range hist {
		if h.AsOf == d {
			return "", false
		}
		if h.AsOf > d {
			return h.AsOf, h.AsOf <= limit
		}
	}
	return "", false
}

// farOff: a count more than 1.6 times (or less than 1/1.6 of) the
// records' value is read as a different question, not as an error of the
// claim: the errors found in published figures are misprints, roundings,
// stale editions, preliminary figures and wrong years, within a factor of
// 1.6 (the largest in the corpus: a 41 percent change for 71.5 %, a share,
// not a count). Real pages (December 2026 stress runs) showed counts of
// another population near twice the records' ("139,330 removals" of
// Mexicans read against all 256,085).
func farOff(c Claim, computed float64) bool {
	if c.Kind != KindCount || c.Value <= 0 || computed <= 0 {
		return false
	}
	r := computed / c.Value
	return r > 1.6 || r < 1/1.6
}
