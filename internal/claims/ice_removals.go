package claims

import (
	"fmt"
	"net/url"
	"strconv"
	"strings"

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
		it.Claim.Kind != KindCount && it.Claim.Kind != KindChange || it.Claim.PerDays > 0 && (it.Claim.Kind != KindCount || it.Period.Kind != "fy") {
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
	partial, partialNote := !res.Coverage.Complete, res.Coverage.Note
	if it.Period.Kind == "fy" && it.Period.FY >= 2020 && !partial && !yearEnd(res) {
		// FY2021's total is the year to date printed on 2021-10-01, the
		// day after the year ended (57,627), not a table of its year-end
		// figures, which ICE later gave as 59,011 (k-oitrend-12,
		// z-ru-iguide-09): a lower bound, as a year still running is
		partial, partialNote = true, "the latest table of "+it.Period.String()+" is a year to date, not a table titled as the year's final figures (\"EOFY\"), which ICE revises"
	}
	if c.Kind == KindChange && it.Baseline.Note == firstTermPeakNote {
		p, err := r.firstTermPeak(b)
		if err != nil || p == nil {
			return Entry{}, err
		}
		it.Baseline = p
	}
	if c.Kind == KindChange {
		bres, refused, err := ask(*it.Baseline)
		if refused != nil || err != nil {
			if refused != nil {
				return *refused, nil
			}
			return Entry{}, err
		}
		if bres.Count == nil && it.Baseline.Kind == "fy" && it.Baseline.FY < 2019 {
			// "increased deportations over last year by more than four
			// percent" in FY2019 (ci-en-newamerican-05): no archived
			// edition prints FY2018 whole, but the FOIA removal records
			// do (256,085, ICE's own annual figure)
			foia, err := r.run(url.Values{"dataset": {"removals"}, "fy": {strconv.Itoa(it.Baseline.FY)}})
			if err != nil {
				return Entry{}, err
			}
			if foia.Count != nil && foia.Coverage.Complete {
				bres = foia
				b.note(fmt.Sprintf("%s from the FOIA removal records (%s), which no archived edition prints whole.", it.Baseline.String(), formatNumber(*foia.Count)))
			}
		}
		if bres.Count == nil || *bres.Count == 0 {
			return notCovered(b, bres), nil
		}
		if !bres.Coverage.Complete {
			partial, partialNote = true, bres.Coverage.Note
		} else if it.Baseline.Kind == "fy" && it.Baseline.FY >= 2020 && !yearEnd(bres) {
			partial, partialNote = true, "the latest table of "+it.Baseline.String()+" is a year to date, not a table titled as the year's final figures (\"EOFY\"), which ICE revises"
		}
		base := *bres.Count
		x := 100 * (n - base) / base
		text = fmt.Sprintf("%+.1f%% (%s in %s vs %s in %s)", x, formatNumber(n), it.Period.String(), formatNumber(base), it.Baseline.String())
		switch c.Unit {
		case UnitRatio:
			x = n / base
		case UnitCount:
			// "4,226 more than the peak of Trump's first term"
			x = n - base
			text = fmt.Sprintf("%s (%s in %s vs %s in %s)", signed(x), formatNumber(n), it.Period.String(), formatNumber(base), it.Baseline.String())
		}
		n = x
	}
	if c.PerDays > 0 {
		// "last year's weekly average of approximately 5,000" removals
		// (cn-es-newsweekes-03): the year's total over its days
		days := 365.0
		if y := it.Period.FY; y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			days = 366 // (the fiscal year holds the February of its own number)
		}
		total := n
		n = total / days * c.PerDays
		text = fmt.Sprintf("%.1f per %s (%s removals over the %.0f days of %s; %s)", n, perUnit(c.PerDays), formatNumber(total), days, it.Period.String(), usedText(res))
	}
	b.e.Value, b.e.ValueText = &n, text
	if partial && !(c.Kind == KindCount && (c.Comparator == CmpMoreThan || c.Comparator == CmpAtLeast) && compare(c, n)) {
		b.not(ReasonPartlyCovered, "ICE's table gives %s: %s, so it cannot test a figure for the whole period.", text, partialNote)
		return b.finish(NotCheckable), nil
	}
	if c.PerDays > 0 {
		// "Biden's daily average of 742 in FY 2024" for 741.8: a whole
		// rate is the average rounded or truncated (cn-en-factuallya0e-04)
		n = wholeFigure(c, n)
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

// firstTermPeakRe: the peak of a first presidential term named as the earlier
// point of a comparison ("4,226 more than the peak of Trump's first term",
// "surpassing the peak of Trump's first term").
var firstTermPeakRe = lazyRegexp(`(?i)\b` + firstTermPeakWords)

// surpassFirstTermPeakRe: "surpassing the peak of Trump's first term"
// (z-uk-freshbuzz-01, glossed), a rise above that peak with no figure.
var surpassFirstTermPeakRe = lazyRegexp(`(?i)\b(?:surpass(?:ing|ed|es)?|exceed(?:ing|ed|s)?|topp(?:ing|ed)|eclips(?:ing|ed|es)|outpac(?:ing|ed|es))\s+(?:even\s+)?` + firstTermPeakWords)

const firstTermPeakWords = `the\s+(?:peak|high|highest\s+(?:level|total|number|year))\s+(?:of|during|in|under|reached\s+(?:in|during|under))\s+(?:(?:President\s+)?(?:Donald\s+)?Trump['’]s\s+first\s+(?:term|administration|presidency)|the\s+first\s+Trump\s+(?:administration|term|presidency))\b`

// firstTermPeakNote marks a baseline read from firstTermPeakRe until firstTermPeak
// resolves it to a fiscal year.
const firstTermPeakNote = "the fiscal year of the first Trump term with the most removals"

// firstTermPeak is the fiscal year of the first Trump term (FY2017-FY2020) with
// the most removals: the FOIA records for FY2017 and FY2018 (ICE's annual
// reports give the same 226,119 and 256,085), ICE's published table for
// FY2019 and FY2020 (the records stop on 2019-08-31). Nil, with the entry
// finished as not checkable, when a year has no figure.
func (r *runner) firstTermPeak(b *entryBuilder) (*Period, error) {
	var best *Period
	var most float64
	seen := make([]string, 0, 4)
	for fy := 2017; fy <= 2020; fy++ {
		var n float64
		if fy <= 2018 {
			res, err := r.run(url.Values{"dataset": {"removals"}, "fy": {strconv.Itoa(fy)}})
			if err != nil {
				return nil, err
			}
			if res.Total == nil || !res.Coverage.Complete {
				b.not(ReasonPeriodNotCovered, "The records do not give FY%d's removals whole, so the first term's peak cannot be found.", fy)
				b.finish(NotCheckable)
				return nil, nil
			}
			r.addCommand(b.e, res)
			n = float64(*res.Total)
		} else {
			res, refused, err := r.askDetention(b, url.Values{"dataset": {MeasureICERemovals}, "fy": {strconv.Itoa(fy)}}, "ICE removals")
			if refused != nil || err != nil || res.Count == nil || !res.Coverage.Complete {
				if err == nil && refused == nil {
					b.not(ReasonPeriodNotCovered, "ICE's table does not give FY%d's removals whole, so the first term's peak cannot be found.", fy)
					b.finish(NotCheckable)
				}
				return nil, err
			}
			n = *res.Count
		}
		seen = append(seen, fmt.Sprintf("FY%d %s", fy, formatNumber(n)))
		if best == nil || n > most {
			best, most = &Period{Kind: "fy", FY: fy}, n
		}
	}
	best.Text = "the peak of the first Trump term"
	best.Note = fmt.Sprintf("the fiscal year of the first Trump term with the most removals (%s)", strings.Join(seen, ", "))
	b.note("Period: " + best.Note + ".")
	return best, nil
}

// yearEnd: the answer's table is titled as a year's final figures ("ICE
// Removals: EOFY2023"). Other tables of a year that has ended are years to
// date printed soon after its end, which ICE revises.
func yearEnd(res *query.Result) bool {
	return len(res.Sources) > 0 && strings.Contains(res.Sources[0].Title, "EOFY")
}
