package claims

import (
	"fmt"
	"net/url"
	"strconv"

	"github.com/icestat/icestat/internal/query"
)

// MeasureICERemovals is ICE's published count of its removals, a fiscal
// year to date, from the "ICE Removals" table of every detention-statistics
// edition (query: ice-removals). The FOIA removal records end in 2019; a
// sentence about the removals of a later year ("ICE removed 271,484
// noncitizens in FY2024") is read against ICE's own table.
const MeasureICERemovals = "ice-removals"

// iceRemovalsReading: a national count of removals (or its change) in a
// fiscal year the records do not cover whole (FY2019 on), or a span of one
// ending on a day, read as ICE's published table. Its parts are those of the sentence's reading;
// the measure is ICE's publication rather than the records, a reading of
// its own (readings.go), so it may support a figure, never contradict one.
func iceRemovalsReading(first Reading) []Reading {
	it := first.It
	if it.Measure != "removals" || it.Place.Kind != "national" || len(it.Filters) > 0 || it.Outcome != "" ||
		it.Claim.Kind != KindCount && it.Claim.Kind != KindChange || it.Claim.PerDays > 0 {
		return nil
	}
	switch {
	case it.Period.Kind == "fy" && it.Period.FY >= 2019:
		// (FY2019: the records stop on 2019-08-31; the edition of
		// 2019-10-06 prints the year to September 30)
	case it.Period.Kind == "range" && it.Period.From >= "2019-10-01" && len(it.Period.From) == 10 && it.Period.From[5:] == "10-01" && it.Claim.Kind == KindCount:
		// "so far this fiscal year": from October 1 to a day
	default:
		return nil
	}
	if it.Claim.Kind == KindChange && (it.Baseline == nil || it.Baseline.Kind != "fy") {
		return nil
	}
	v := it
	v.Measure = MeasureICERemovals
	v.Describe = describe(v)
	return []Reading{{It: v, Label: "ICE's published removals (the \"ICE Removals\" table of its detention statistics; the FOIA removal records end in 2019)", Prior: first.Prior * factorDefinition}}
}

// iceRemovalsValues is the question of one period of the reading.
func iceRemovalsValues(it *Interpretation, p Period) url.Values {
	v := url.Values{"dataset": {MeasureICERemovals}}
	if p.Kind == "fy" {
		v.Set("fy", strconv.Itoa(p.FY))
	} else {
		v.Set("date", p.To)
	}
	if it.PrintedBy != "" {
		v.Set("printed-by", it.PrintedBy)
	}
	return v
}

// checkICERemovals tests a count of removals, or its change from the year
// before, against ICE's published table. A year printed only while it ran
// answers a lower bound ("more than 300,000 in FY2025") and nothing else.
func (r *runner) checkICERemovals(it *Interpretation, b *entryBuilder) (Entry, error) {
	c := it.Claim
	ask := func(p Period) (*query.Result, *Entry, error) {
		return r.askDetention(b, iceRemovalsValues(it, p), "ICE removals")
	}
	res, refused, err := ask(it.Period)
	if refused != nil || err != nil {
		if refused != nil {
			return *refused, nil
		}
		return Entry{}, err
	}
	if res.Count == nil {
		return notCovered(b, res), nil
	}
	n := *res.Count
	text := fmt.Sprintf("%s (%s)", formatNumber(n), usedText(res))
	partial := !res.Coverage.Complete
	if c.Kind == KindChange {
		bres, refused, err := ask(*it.Baseline)
		if refused != nil || err != nil {
			if refused != nil {
				return *refused, nil
			}
			return Entry{}, err
		}
		if bres.Count == nil || *bres.Count == 0 {
			return notCovered(b, bres), nil
		}
		partial = partial || !bres.Coverage.Complete
		base := *bres.Count
		x := 100 * (n - base) / base
		if c.Unit == UnitRatio {
			x = n / base
		}
		text = fmt.Sprintf("%+.1f%% (%s in %s vs %s in %s)", 100*(n-base)/base, formatNumber(n), it.Period.String(), formatNumber(base), it.Baseline.String())
		n = x
	}
	b.e.Value, b.e.ValueText = &n, text
	if partial && !(c.Kind == KindCount && (c.Comparator == CmpMoreThan || c.Comparator == CmpAtLeast) && compare(c, n)) {
		b.not(ReasonPartlyCovered, "ICE's table gives %s: %s, so it cannot test a figure for the whole period.", text, res.Coverage.Note)
		return b.finish(NotCheckable), nil
	}
	return r.verdict(it, b, n, text), nil
}

// explainICERemovals: the fiscal years whose removals ICE's table gives as
// exactly n ("267,258 = ICE's published removals, FY2019"), from FY2019
// (the first year an archived edition prints whole) to the last year any
// edition prints; a year printed only while it ran is marked partial.
func (r *runner) explainICERemovals(n int64) ([]Candidate, error) {
	var out []Candidate
	for fy := 2019; fy <= 2100; fy++ {
		res, err := r.run(url.Values{"dataset": {MeasureICERemovals}, "fy": {strconv.Itoa(fy)}})
		if err != nil {
			return nil, err
		}
		if res.Count == nil {
			if res.Coverage.None && fy > 2019 {
				return out, nil
			}
			continue
		}
		if int64(*res.Count) != n || *res.Count != float64(n) {
			continue
		}
		c := Candidate{Count: n, Command: res.Command, Dataset: MeasureICERemovals, Place: "nationwide", Period: fmt.Sprintf("FY%d", fy),
			Description: fmt.Sprintf("ICE's published removals, FY%d (%s)", fy, usedText(res)), Score: 0.5}
		if !res.Coverage.Complete {
			c.Partial, c.Score = true, 0.25
			c.Description += ", the year to date: " + res.Coverage.Note
		}
		out = append(out, c)
	}
	return out, nil
}
