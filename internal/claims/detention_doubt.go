package claims

import (
	"fmt"
	"math"
	"net/url"
	"strings"
	"time"

	"github.com/icestat/icestat/internal/query"
	"github.com/icestat/icestat/internal/table"
)

// Doubts before a detention figure is called contradicted. ICE publishes
// its detention statistics about every two weeks, files are dated by when
// they were archived rather than by the data's day, writers quote internal
// snapshots (CBS's, a FOIA night count) and loose classes ("no criminal
// record"), and a sentence about detention carries other numbers (beds
// funded, contract capacity, the sum of facilities' averages). Real text
// run through the checker (four runs of 50-70 pages, December 2026)
// showed false contradictions of these kinds, so a detention figure is
// contradicted only when:
//
//   - the sentence does not call it capacity, beds or an average;
//   - it is not the change of one criminality class tested on the whole;
//   - the edition read is not over 16 days older than the date (ICE
//     publishes every two weeks: older means the store misses editions);
//   - it is a count of the detained population that no edition as of a day
//     from five weeks before to three weeks after the date read gives, nor
//     one criminality class, two adjacent classes or the total in the
//     editions around; a round current figure along the published trend is
//     no contradiction either;
//   - it is a share that no criminality class, nor two adjacent classes,
//     gives in the edition read or the next one;
//   - it is a month's book-ins no arresting agency's part gives, or a
//     number of facilities no nearby edition lists.

// crimWordsRe: a criminality class named in a sentence.
var crimWordsRe = lazyRegexp(`(?i)\bconvict(?:ed|ions?)\b|\bcriminal (?:records?|charges?|histor(?:y|ies)|convictions?)\b|\bpending charges\b|\bno criminal\b`)

// notHeadcountRe: words that make a detention figure something other than
// the people held on a day.
var notHeadcountRe = lazyRegexp(`(?i)\b(?:beds?|capacity|funded|funding|budget(?:ed)?|authorized|average daily|ADP|added up|facility listing|on average|per day|a day|daily)\b`)

// detentionDoubt says why a contradicted detention entry may not be a
// contradiction ("" when none of the doubts applies).
func (r *runner) detentionDoubt(it *Interpretation, e Entry) (string, error) {
	c := it.Claim
	if e.earlierRecord {
		return "", nil
	}
	if from, to := segmentBounds(c.Sentence, c.clauseOff+c.clauseStart); it.Measure == MeasureDetained && notHeadcountRe.MatchString(c.Sentence[max(0, from-60):to]) {
		return "The sentence speaks of beds, capacity or an average near the figure, which is not the count of people held on a day.", nil
	}
	if c.Kind == KindChange && crimWordsRe.MatchString(c.Sentence) && len(it.Filters["criminality"]) == 0 {
		return "The sentence speaks of a criminality class (\"with criminal convictions\"), and the change was tested on the whole detained population.", nil
	}
	if it.Measure == MeasureFacility && it.Place.Kind == "facilities" && c.Kind == KindCount {
		return r.facilityCountDoubt(it)
	}
	if it.Measure == MeasureDetained && c.Kind == KindCount && len(it.Filters) == 0 && it.Period.Kind == "date" {
		if why, err := r.facilitySumDoubt(it); err != nil || why != "" {
			return why, err
		}
	}
	if it.Measure == MeasureFacility && it.Place.Kind == "facility" && c.Kind == KindCount {
		return r.facilityADPDoubt(it)
	}
	if it.Measure == MeasureBookIns && c.Kind == KindCount && len(it.Filters["criminality"]) == 0 {
		return r.bookInsDoubt(it)
	}
	if it.Measure != MeasureDetained || it.Period.Kind != "date" {
		return "", nil
	}
	d, err := time.Parse("2006-01-02", it.Period.From)
	if err != nil {
		return "", nil
	}
	if why := staleEdition(e, d); why != "" {
		return why, nil
	}
	if why, err := r.archiveGap(it, d); err != nil || why != "" {
		return why, err
	}
	switch c.Kind {
	case KindCount:
		if why, err := r.classCountDoubt(it, d); err != nil || why != "" {
			return why, err
		}
		if len(it.Filters) > 0 {
			return "", nil
		}
		hist, err := r.detainedHistory()
		if err != nil {
			return "", err
		}
		lo, hi := d.AddDate(0, 0, -35).Format("2006-01-02"), d.AddDate(0, 0, 21).Format("2006-01-02")
		var before, after *query.DetainedPoint
		for i, h := range hist {
			if h.AsOf >= lo && h.AsOf <= hi && compare(c, h.Total) {
				return fmt.Sprintf("The edition as of %s (%s) gives %s, which matches; the figure may be of that day or from that release.", h.AsOf, h.File, formatNumber(h.Total)), nil
			}
			if h.AsOf <= it.Period.From {
				before = &hist[i]
			} else if after == nil && h.AsOf <= hi {
				after = &hist[i]
			}
		}
		if (it.Period.Text == "the article's date" || it.ref != "" && it.Period.From == it.ref) && roundingUnit(c.Value) >= 500 && before != nil && after != nil && before.AsOf >= lo &&
			(c.Value-before.Total)*(after.Total-before.Total) > 0 && math.Abs(c.Value-before.Total) <= 0.05*before.Total {
			// "ICE has detained 59,000 people" (CBS's internal count of
			// June 23, 2025, when the editions went from 56,397 to 57,861):
			// a round count further along the published trend; the same
			// said "currently" on the article's day (cl-en-dwn-01: "ICE is
			// currently detaining a record breaking 59,000 people")
			return fmt.Sprintf("The figure is a round number for a population ICE counts daily but publishes every two weeks; it lies within 5%% of the edition as of %s (%s), in the direction of the next (%s, %s), so a newer count may give it.", before.AsOf, formatNumber(before.Total), after.AsOf, formatNumber(after.Total)), nil
		}
	case KindShare:
		for _, day := range []time.Time{d, d.AddDate(0, 0, 14)} {
			v := url.Values{"dataset": {MeasureDetained}, "date": {day.Format("2006-01-02")}, "by": {"criminality"}}
			if it.PrintedBy != "" && day.Format("2006-01-02") > it.PrintedBy {
				v.Set("printed-by", day.Format("2006-01-02"))
			} else if it.PrintedBy != "" {
				v.Set("printed-by", it.PrintedBy)
			}
			b := &entryBuilder{e: &Entry{}}
			res, err := r.runDetention(b, v)
			if err != nil || res.Count == nil || res.Table == nil || *res.Count == 0 {
				continue
			}
			classes := map[string]float64{}
			for _, row := range res.Table.Rows {
				classes[fmt.Sprint(row[0])] = table.Float(row[1]) // criminality, count, share
			}
			conv, pend, other := classes["Convicted Criminal"], classes["Pending Criminal Charges"], classes["Other Immigration Violator"]
			for _, x := range []struct {
				name string
				n    float64
			}{{"convicted", conv}, {"pending charges", pend}, {"other immigration violators", other},
				{"convicted or pending charges", conv + pend}, {"pending charges or other immigration violators", pend + other}} {
				if p := 100 * x.n / *res.Count; compare(c, p) {
					return fmt.Sprintf("The share of %s is %.1f%% in the edition as of %s, which matches: the sentence's class words (\"criminal record\", \"convicted\") are used loosely.", x.name, p, strings.TrimSpace(res.Sources[0].AsOf)), nil
				}
			}
		}
	}
	return "", nil
}

var facAverageRe = lazyRegexp(`(?i)\baverag\w*\b|\bADP\b|\bper day\b|\ba day\b|\beach day\b|\bdaily\b`)

// facilityCountDoubt: the number of facilities an edition lists changes
// from one edition to the next; a count that an edition from five weeks
// before to three weeks after the date read lists is no contradiction.
func (r *runner) facilityCountDoubt(it *Interpretation) (string, error) {
	return r.nearbyFacilityTables(it, []int{-35, -28, -21, -14, -7, 7, 14, 21}, func(res *query.Result) string {
		if n := float64(len(res.Table.Rows)); compare(it.Claim, n) {
			return fmt.Sprintf("The edition as of %s (%s) lists %s facilities, which matches; the figure may be from that release.", res.Sources[0].AsOf, res.Sources[0].File, formatNumber(n))
		}
		return ""
	})
}

// nearbyFacilityTables asks for the facilities table of the editions in
// force the given days away from the date read, until match finds a reason.
func (r *runner) nearbyFacilityTables(it *Interpretation, days []int, match func(*query.Result) string) (string, error) {
	d, err := time.Parse("2006-01-02", it.Period.From)
	if err != nil {
		return "", nil
	}
	for _, off := range days {
		day := d.AddDate(0, 0, off).Format("2006-01-02")
		b := &entryBuilder{e: &Entry{}}
		res, err := r.runDetention(b, url.Values{"dataset": {MeasureFacility}, "date": {day}, "by": {"facility"}})
		if err != nil {
			return "", err
		}
		if res.Count == nil || res.Table == nil || len(res.Sources) == 0 {
			continue
		}
		if why := match(res); why != "" {
			return why, nil
		}
	}
	return "", nil
}

// facilitySumDoubt: TRAC's national and state figures "as of" a date are
// sums of the facilities' average daily populations ("Of the nearly 39,000
// people detained nationwide by ICE as of Feb. 8, a total of 12,259 were
// being held in the Lone Star State"), not ICE's currently-detained count: a
// sum an edition near the date gives is no contradiction.
func (r *runner) facilitySumDoubt(it *Interpretation) (string, error) {
	return r.nearbyFacilityTables(it, []int{0, -14, -7, 7, 14, 21}, func(res *query.Result) string {
		var sum float64
		for _, row := range res.Table.Rows {
			sum += table.Float(row[len(row)-1])
		}
		if compare(it.Claim, sum) || math.Round(sum) == it.Claim.Value {
			return fmt.Sprintf("The facilities' average daily populations of the edition as of %s (%s) add up to %s, which matches: the figure may be such a sum (TRAC's tables), not the count of people held on one day.", res.Sources[0].AsOf, res.Sources[0].File, formatDecimal(sum))
		}
		return ""
	})
}

// staleEdition: ICE publishes every two weeks, so an edition read more than
// 16 days before the date asked means the store misses the ones between
// (the archive has gaps); a figure of those days cannot be contradicted.
func staleEdition(e Entry, d time.Time) string {
	m := editionAsOfRe.FindStringSubmatch(e.ValueText)
	if m == nil {
		return ""
	}
	asOf, err := time.Parse("2006-01-02", m[1])
	if err != nil || d.Sub(asOf) <= 16*24*time.Hour {
		return ""
	}
	return fmt.Sprintf("The edition read is as of %s, %d days before the date asked; ICE publishes every two weeks, so the store misses the editions between.", m[1], int(d.Sub(asOf).Hours()/24))
}

// archiveGap: a date the text names ("ICE held 61,226 people in detention
// on August 24") that falls between two stored editions more than three
// weeks apart, days after the earlier one: ICE publishes about every two
// weeks, so the edition of that date is likely one the archive misses.
func (r *runner) archiveGap(it *Interpretation, d time.Time) (string, error) {
	if it.Period.Text == "the article's date" || it.Period.Defaulted {
		return "", nil
	}
	hist, err := r.detainedHistory()
	if err != nil {
		return "", err
	}
	day := d.Format("2006-01-02")
	var before, after *query.DetainedPoint
	for i, h := range hist {
		if h.AsOf <= day {
			before = &hist[i]
		} else if after == nil {
			after = &hist[i]
		}
	}
	if before == nil {
		return "", nil
	}
	b, err := time.Parse("2006-01-02", before.AsOf)
	if err != nil || d.Sub(b) <= 3*24*time.Hour {
		return "", nil
	}
	next := "none later"
	if after != nil {
		a, err := time.Parse("2006-01-02", after.AsOf)
		if err != nil || a.Sub(b) <= 21*24*time.Hour {
			return "", nil
		}
		next = "the next as of " + after.AsOf
	}
	return fmt.Sprintf("The text names %s; the store's editions around it are as of %s and %s, and ICE publishes about every two weeks, so the edition of that date is likely missing from the archive.", day, before.AsOf, next), nil
}

var editionAsOfRe = lazyRegexp(`\bas of (\d{4}-\d{2}-\d{2})\b`)

// classCountDoubt: a count of the detained population that one
// criminality class, two adjacent classes or the whole population gives
// in the edition read ("—22,797 individuals—do not have a criminal
// record", where the class words stand apart from the figure; "51,302
// individuals in ICE detention, with a significant portion lacking
// criminal records", where they qualify no figure).
func (r *runner) classCountDoubt(it *Interpretation, d time.Time) (string, error) {
	for _, off := range []int{0, -14, 7, 14, 21} {
		day := d.AddDate(0, 0, off).Format("2006-01-02")
		v := url.Values{"dataset": {MeasureDetained}, "date": {day}, "by": {"criminality"}}
		b := &entryBuilder{e: &Entry{}}
		res, err := r.runDetention(b, v)
		if err != nil || res.Count == nil || res.Table == nil || len(res.Sources) == 0 {
			continue
		}
		if why := classMatch(it.Claim, res); why != "" {
			return why + " (edition as of " + res.Sources[0].AsOf + ")", nil
		}
	}
	return "", nil
}

func classMatch(c Claim, res *query.Result) string {
	cl := map[string]float64{}
	for _, row := range res.Table.Rows {
		cl[fmt.Sprint(row[0])] = table.Float(row[1])
	}
	conv, pend, other := cl["Convicted Criminal"], cl["Pending Criminal Charges"], cl["Other Immigration Violator"]
	for _, x := range []struct {
		name string
		n    float64
	}{{"all people detained", *res.Count}, {"convicted", conv}, {"pending charges", pend}, {"other immigration violators", other},
		{"convicted or pending charges", conv + pend}, {"pending charges or other immigration violators", pend + other}} {
		if x.n > 0 && compare(c, x.n) {
			return fmt.Sprintf("The count of %s is %s, which matches: the sentence's class words may not qualify this figure as read", x.name, formatNumber(x.n))
		}
	}
	return ""
}

// bookInsDoubt: a month's book-ins that one arresting agency gives ("the
// percentage of people booked-in from CBP was 54%, or 13,303 of 24,728").
func (r *runner) bookInsDoubt(it *Interpretation) (string, error) {
	v := detentionValues(it, it.Period)
	v.Del("agency")
	v.Set("by", "agency")
	b := &entryBuilder{e: &Entry{}}
	for _, printed := range []string{v.Get("printed-by"), ""} {
		// the printing read, then the latest: ICE's first printing of a
		// month, even in an edition dated after it, may stop days short
		// of its end ("ICE booked 27,000 people into detention in July",
		// 25,747 as first printed, 27,457 arrested by ICE later)
		if printed == "" {
			if v.Get("printed-by") == "" {
				break
			}
			v.Del("printed-by")
		}
		res, err := r.runDetention(b, v)
		if err != nil || res.Count == nil || res.Table == nil {
			continue
		}
		if printed == "" && compare(it.Claim, *res.Count) {
			return fmt.Sprintf("A later printing gives %s book-ins (%s), which matches: ICE's first printing of a month may not cover all of it.", formatNumber(*res.Count), usedText(res)), nil
		}
		for _, row := range res.Table.Rows {
			if n := table.Float(row[1]); n > 0 && compare(it.Claim, n) {
				return fmt.Sprintf("The book-ins of people arrested by %v are %s (%s), which matches: the figure may be one agency's part, or another printing.", row[0], formatNumber(n), usedText(res)), nil
			}
		}
	}
	return "", nil
}

// facilityADPDoubt: a facility's fiscal-year average grows with every
// edition; one that an edition from two weeks before to three weeks after
// the date read gives is no contradiction ("averaging 2,161 per day as of
// March 2025", from the edition of April 16).
func (r *runner) facilityADPDoubt(it *Interpretation) (string, error) {
	if !facAverageRe.MatchString(it.Claim.Sentence) {
		// "Stewart ... held 1,974 detainees on March 1, 2026": a day's
		// count, which ICE's fiscal-year average does not test
		return "The sentence does not call the figure an average: it may be the facility's count on one day, while ICE's facility figure is its fiscal-year average.", nil
	}
	if it.facMonth != "" {
		// "held an average of 1,175 people a day in December 2025": the
		// month's own average, not the fiscal year's
		return "The sentence names a month: its average may be that month's (from the daily counts), not ICE's fiscal-year average.", nil
	}
	return r.nearbyFacilityTables(it, []int{-14, -7, 7, 14, 21}, func(res *query.Result) string {
		for _, row := range res.Table.Rows {
			name := fmt.Sprint(row[0])
			if len(matchFacility(it.Place.Name, []string{name})) == 0 {
				continue
			}
			adp := table.Float(row[len(row)-1])
			if compare(it.Claim, adp) || math.Round(adp) == it.Claim.Value || math.Trunc(adp) == it.Claim.Value {
				return fmt.Sprintf("The edition as of %s (%s) gives %s an average of %s, which matches; the figure may be from that release.", res.Sources[0].AsOf, res.Sources[0].File, name, formatDecimal(adp))
			}
		}
		return ""
	})
}
