package claims

import (
	"fmt"
	"maps"
	"strconv"
	"strings"
	"time"

	"github.com/icestat/icestat/internal/canon"
	"github.com/icestat/icestat/internal/definitions"
	"github.com/icestat/icestat/internal/place"
	"github.com/icestat/icestat/internal/query"
)

// Readings: after AggChecker (Jo, Trummer et al., SIGMOD 2019), a figure is
// not tested under one reading only. interpret.go gives the most plausible
// reading of each figure; readingsOf adds the other plausible ones — the
// places named elsewhere in the paragraph, headline or dateline, the AOR of
// a state, nationwide; the calendar year of a bare "2017"; removals
// counted without the lag or by departure date; the other criminality
// convention — each with a prior (priors.go). tests.go tests every reading
// against the store (queries cached for the article), and verdict.go
// decides.

// Reading is one way to read a figure.
type Reading struct {
	It    Interpretation
	Label string  // how it differs from the most plausible reading; "" for that one
	Prior float64 // plausibility from the text (priors.go)
}

// maxReadings bounds the readings tested per figure.
const maxReadings = 12

// readingsOf lists the readings of an interpretation, the most plausible
// first.
func readingsOf(it Interpretation) []Reading {
	out := []Reading{{It: it, Prior: prior(it)}}
	if it.Measure == "" || isDetentionMeasure(it.Measure) || it.Outcome != "" || it.Period.Kind == "unresolved" ||
		it.Claim.Kind == KindSuperlative || it.Claim.Kind == KindUniversal || it.Claim.Kind == KindRank {
		return out
	}
	add := func(v Interpretation, label string, factor float64) {
		if len(out) >= maxReadings {
			return
		}
		v.Describe = describe(v)
		for _, r := range out {
			if r.It.Describe == v.Describe && sameFilters(r.It.Filters, v.Filters) {
				return
			}
		}
		out = append(out, Reading{It: v, Label: label, Prior: out[0].Prior * factor})
	}
	// Periods: a bare year is ICE's fiscal year, or the calendar year.
	if it.Period.Bare {
		v := it
		v.Period = calendarOf(it.Period)
		if it.Baseline != nil && it.Baseline.Bare {
			b := calendarOf(*it.Baseline)
			v.Baseline = &b
		}
		add(v, "calendar year "+fmt.Sprint(it.Period.FY)+" (the text wrote a bare year)", factorCalendar)
	}
	// "about 40,000 arrests per year": a yearly rate with no year named
	// (yearlyRateRe) is one of the recent fiscal years, not only the last
	// one before the article, which the records may not reach
	if it.Period.Defaulted && it.Period.Kind == "fy" && it.Claim.Kind == KindCount && yearlyRate(it.Claim) {
		for k := 1; k <= 2; k++ {
			v := it
			v.Period = fyPeriod(it.Period.FY-k, "")
			v.Period.Note = fmt.Sprintf("a yearly rate with no year named: FY%d, %d fiscal year(s) before the last one ended before the article's date", it.Period.FY-k, k)
			add(v, fmt.Sprintf("FY%d (a yearly rate with no year named: a recent fiscal year)", it.Period.FY-k), factorCalendar)
		}
	}
	// "Trump's first year in office", "Obama's final year": read as the
	// fiscal year; twelve months of the term and the calendar year are
	// readings of their own
	if m := termYearRe.FindStringSubmatch(it.Period.Text); m != nil && it.Period.Kind == "fy" {
		y := it.Period.FY // first: the term began in January of FY's year
		first := strings.EqualFold(m[2], "first")
		from, to := fmt.Sprintf("%d-01-20", y), fmt.Sprintf("%d-01-19", y+1)
		label := "the first twelve months of the term"
		if !first {
			label = "the last twelve months of the term"
		}
		v := it
		v.Period = Period{Kind: "range", Text: it.Period.Text, From: from, To: to, Note: label}
		add(v, from+".."+to+" ("+label+")", factorCalendar)
		v.Period = calendarOf(it.Period)
		add(v, "calendar year "+fmt.Sprint(y), factorCalendar)
	}
	// Places: the AORs that cover a state (the records count by AOR).
	if it.Place.Kind == "state" {
		for _, a := range aorsOfState(it.Place.State) {
			v := it
			v.Place = placeOfAOR(a)
			add(v, v.Place.String()+", the area of responsibility, not the state of "+it.Place.Name, factorAOROfState)
		}
	}
	// A change "since the inauguration" that names nothing to compare with:
	// the years a writer's table compares (inaugurationBaselines).
	for _, r := range inaugurationBaselines(it) {
		add(r.It, r.Label, r.Prior)
	}
	// Places named elsewhere in the text, and nationwide: only when the
	// sentence did not state its own place.
	placeOpen := it.Unstated["place"] != "" || it.Place.Approx
	for _, p := range it.altPlaces {
		if !placeOpen {
			break
		}
		v := it
		v.Place = p
		add(v, "in "+p.String()+" (named elsewhere in the text)", factorContextPlace)
		for _, r := range inaugurationBaselines(v) {
			add(r.It, "in "+p.String()+" (named elsewhere in the text), "+r.Label, factorContextPlace*r.Prior)
		}
	}
	// Citizenships named elsewhere: "Last year, 934 were sent back to the
	// French-speaking Caribbean nation" after a sentence on Haitians.
	for _, c := range it.altCountries {
		v := it
		v.Filters = mergeFilters(it.Filters, map[string][]string{"country": {c}})
		add(v, "country="+c+" (named elsewhere in the text)", factorContextPlace)
	}
	// Periods named elsewhere in the sentence.
	for _, p := range it.altPeriods {
		v := it
		v.Period = p
		if b := it.Baseline; b != nil && b.Kind == "fy" && it.Period.Kind == "fy" && p.Kind == "fy" && b.FY == it.Period.FY-1 {
			// a change over the year before: the year before the other period
			nb := fyPeriod(p.FY-1, b.Text)
			v.Baseline = &nb
		}
		label := p.String() + " (another period of the sentence)"
		if strings.Contains(it.Period.Note, carriedNote) {
			label = p.String() + " (another period of the earlier sentence the period is carried from)"
		}
		if p.Text == it.Period.Text && p.Note != "" {
			// another reading of the same words ("the year ending December
			// 2017": ICE's fiscal year 2017)
			label = p.String() + " (" + p.Note + ")"
		}
		add(v, label, factorOtherPeriod)
	}
	// "since the first day of the Trump Administration", read to the
	// article's date: the writer's source may end with the fiscal year the
	// period starts in (ICE's annual report: January 20 to September 30)
	if it.Period.Kind == "range" && strings.Contains(it.Period.Note, "to the article's date") && len(it.Period.From) == 10 {
		y, _ := strconv.Atoi(it.Period.From[:4])
		if it.Period.From[5:7] >= "10" {
			y++
		}
		end := fmt.Sprintf("%d-09-30", y)
		if end < it.Period.To {
			v := it
			v.Period = Period{Kind: "range", Text: it.Period.Text, From: it.Period.From, To: end, Note: "to the end of fiscal year " + strconv.Itoa(y)}
			if b := it.Baseline; b != nil && b.Kind == "range" && len(b.From) == 10 {
				nb := *b
				nb.To = fmt.Sprintf("%d-09-30", y-1)
				v.Baseline = &nb
			}
			add(v, "to the end of fiscal year "+strconv.Itoa(y)+" (the year the period starts in; the source may end there)", factorOtherPeriod)
		}
	}
	// A window from October 1 to a day of the next September is a fiscal
	// year whose end the writer misdated: "EEUU deportó a 256,085
	// extranjeros de su territorio entre el 1 de octubre de 2017 y el 1 de
	// septiembre de 2018 (Informe ICE)" quotes ICE's FY2018 report
	// (h0-martinoticias-01, -02). The fiscal year is a reading that can
	// support the figure; the window as written stays the first reading.
	// Its factor is a definition's, not another period phrase's: a window
	// opening on the fiscal year's first day is the fiscal year by design.
	if it.Period.Kind == "range" && len(it.Period.From) == 10 && len(it.Period.To) == 10 &&
		it.Period.From[5:] == "10-01" && it.Period.To[5:7] == "09" && it.Period.To[8:] != "30" {
		if y, err := strconv.Atoi(it.Period.To[:4]); err == nil && it.Period.From[:4] == strconv.Itoa(y-1) {
			v := it
			v.Period = fyPeriod(y, it.Period.Text)
			v.Period.Note = "the fiscal year the window nearly spans (its end misdated)"
			add(v, "fiscal year "+strconv.Itoa(y)+" (the window runs from its first day into its last month)", factorDefinition)
		}
	}
	// "so far this fiscal year", "since October 1", read to the article's
	// date: the writer's data may end with the last month, or the one before
	if ref, err := time.Parse("2006-01-02", it.Period.To); err == nil && endsOnArticleDate(it.Period, ref) {
		for k := 0; k < 2; k++ {
			end := time.Date(ref.Year(), ref.Month()-time.Month(k), 0, 0, 0, 0, 0, time.UTC)
			if e := end.Format("2006-01-02"); e > it.Period.From {
				v := it
				v.Period = Period{Kind: "range", Text: it.Period.Text, From: it.Period.From, To: e, Note: "to the end of " + end.Format("January 2006") + ", the last month of data before the article's date"}
				if b := it.Baseline; b != nil && b.Kind == "range" && b.From == shiftYear(it.Period.From, -1) {
					// the same days a year before end a year before too
					nb := *b
					nb.To = shiftYear(e, -1)
					v.Baseline = &nb
				}
				add(v, "to the end of "+end.Format("January 2006")+" (the source's data may end with a month)", factorOtherPeriod)
			}
		}
	}
	// "between January and September": to the end of September, or up to
	// it (the writer's data may end early in the last month named)
	if it.Period.Kind == "range" && it.Period.Note == wholeEndMonthNote {
		if to, err := time.Parse("2006-01-02", it.Period.To); err == nil {
			v := it
			v.Period.To = time.Date(to.Year(), to.Month(), 0, 0, 0, 0, 0, time.UTC).Format("2006-01-02")
			v.Period.Note = "up to the last month named, not through it"
			if b := it.Baseline; b != nil && b.Kind == "range" && len(b.To) == 10 {
				if bt, err := time.Parse("2006-01-02", b.To); err == nil {
					nb := *b
					nb.To = time.Date(bt.Year(), bt.Month(), 0, 0, 0, 0, 0, time.UTC).Format("2006-01-02")
					v.Baseline = &nb
				}
			}
			add(v, "to "+v.Period.To+" (up to "+to.Format("January")+", not through it)", factorOtherPeriod)
		}
	}
	// ICE's own first-100-days release (2017-05-17) counted January 22 to
	// April 29, 2017 against January 24 to April 30, 2016: 41,318 against
	// 30,028, "a 37.6 percent increase"
	if v, ok := ice100Days(it); ok {
		add(v, "ICE's first-100-days windows (January 22 - April 29, 2017 against January 24 - April 30, 2016)", factorDefinition)
		addICEScheme(v, "ICE's first-100-days windows, at-large under ICE's own grouping", add)
	}
	if v, ok := ice100Change(it); ok {
		// "a nearly 40 percent spike in immigration arrests in the first
		// 100 days" (fr-slate-01), "トランプ大統領の就任後100日間に ... 約40%
		// 増加した" (up about 40 % in the first 100 days; ak-ja-fxmonster-02):
		// a change over the first 100 days that names no earlier period,
		// written after ICE's release, may relay the release's comparison.
		// The earlier period is not stated, so the primary reading stays
		// not checkable; this one can only support
		add(v, "ICE's release windows (January 22 - April 29, 2017 against January 24 - April 30, 2016, the comparison of ICE's first-100-days release of "+ice100Release+"; the text names no earlier period)", factorDefinition)
	}
	if it.Measure == "arrests" && it.ref >= midMarchRelayed && it.ref < ice100Release &&
		(it.Period.Defaulted || it.Period.Kind == "range" && it.Period.From >= "2017-01-20" && it.Period.From <= "2017-01-22" && it.Period.To >= "2017-03-13" ||
			it.Period.Kind == "fy" && it.Period.FY == 2017 && it.Period.Bare) {
		// an article of the weeks before ICE's first-100-days release
		// that speaks of the arrests since the inauguration may relay the
		// ICE figures the Washington Post and AP published in mid-April
		// 2017: January 20 to March 13, against the same days of 2016 (so
		// may "more than 620 ... in 2017", the year so far)
		v := it
		v.Period = Period{Kind: "range", Text: it.Period.Text, From: "2017-01-20", To: "2017-03-13", Note: "the ICE figures relayed from " + midMarchRelayed}
		if it.Baseline != nil || it.Claim.Kind == KindChange {
			b := Period{Kind: "range", From: "2016-01-20", To: "2016-03-13", Note: "the same days of 2016"}
			v.Baseline = &b
		} else if fromFigure(it.Claim) {
			// e12e1-fgeek-01, "has increased significantly when comparing
			// these time periods - from 16,104 to 21,363": the count it
			// went from is the earlier window's
			v.Period = Period{Kind: "range", Text: it.Period.Text, From: "2016-01-20", To: "2016-03-13", Note: "the same days of 2016 (the count the figures went from), as relayed from " + midMarchRelayed}
		}
		f := factorDefinition
		if it.Unstated["period"] != "" {
			// the period's end was assumed: the window the press had is
			// about as plausible as the assumption
			f = 0.8
		}
		add(v, "the ICE figures relayed from "+midMarchRelayed+" (January 20 - March 13, 2017 against the same days of 2016)", f)
	}
	if it.Measure == "arrests" && it.ref >= midMarchRelayed && it.ref < ice100Release && it.Claim.Kind == KindCount &&
		it.Period.Kind == "fy" && it.Period.FY == 2016 && it.Period.Bare && it.Baseline == nil {
		// the count those figures went from, written with its bare year:
		// "২০১৬ সালে ১৬ হাজার ১০৪ জন ... গ্রেফতার করা হয়েছিল" (in 2016, 16,104
		// were arrested; ak-bn-popular24news-04) is the same days of 2016
		v := it
		v.Period = Period{Kind: "range", Text: it.Period.Text, From: "2016-01-20", To: "2016-03-13", Note: "the same days of 2016 (the count the figures went from), as relayed from " + midMarchRelayed}
		add(v, "the ICE figures relayed from "+midMarchRelayed+" (the same days of 2016, January 20 - March 13, the count the 2017 figures are compared with)", factorDefinition)
	}
	if (it.Period.Defaulted || it.Period.Note == inaugurationToDateNote && it.Period.From == "2017-01-20") && it.Measure == "arrests" && it.ref >= ice100Release && it.ref <= ice100Echo {
		// an article of the weeks after ICE's first-100-days release
		// (2017-05-17) that names no period ("arrests were up 38% from the
		// year before") may relay it
		v := it
		v.Period = Period{Kind: "range", Text: "", From: "2017-01-22", To: "2017-04-29", Note: "ICE's first-100-days window, released " + ice100Release}
		if it.Baseline != nil || it.Claim.Kind == KindChange {
			b := Period{Kind: "range", From: "2016-01-24", To: "2016-04-30", Note: "ICE's comparison window for 2016"}
			v.Baseline = &b
		}
		label, f := "ICE's first-100-days release of "+ice100Release+" (January 22 - April 29, 2017 against January 24 - April 30, 2016; the text names no period)", factorDefinition
		if !it.Period.Defaulted {
			// "since the inauguration" (ak-ja-fxmonster-01, "トランプ大統領
			// 就任以来約40%増", about 40 % up since President Trump's
			// inauguration, on the day of the release): the end of the
			// period, the article's date, was assumed; the release's
			// window is about as plausible
			label, f = "ICE's first-100-days release of "+ice100Release+" (January 22 - April 29, 2017 against January 24 - April 30, 2016; the text names the inauguration as the start)", 0.8
		}
		add(v, label, f)
		addICEScheme(v, "ICE's first-100-days release of "+ice100Release+", at-large under ICE's own grouping", add)
	}
	if it.Place.Kind != "national" && placeOpen {
		v := it
		v.Place = Place{Kind: "national", Name: "nationwide"}
		f := factorNational
		if it.Unstated["place"] != "" {
			f = factorNationalOpen
		}
		add(v, "nationwide", f)
	}
	// Definitions.
	if it.Measure == "removals" {
		for _, b := range []struct{ key, label string }{
			{"excluding-lag", "removals excluding the lag (ICE's annual-report basis: removal date in the year, departure not before it)"},
			{"departed-date", "removals counted by departure date"},
		} {
			if paramAccepted("removals", "removal-basis", b.key) {
				v := it
				v.Filters = mergeFilters(it.Filters, map[string][]string{"removal-basis": {b.key}})
				add(v, b.label, factorDefinition)
			}
		}
	}
	if c := it.Filters["criminality"]; len(c) == 1 && (c[0] == "criminal" || c[0] == "convicted") {
		other := map[string]string{"criminal": "convicted", "convicted": "criminal"}[c[0]]
		v := it
		v.Filters = mergeFilters(it.Filters, map[string][]string{"criminality": {other}})
		add(v, "criminality="+other+" (the other convention for \"criminal\")", factorCriminality)
	}
	if m := it.Filters["method"]; len(m) == 1 && (m[0] == "at-large" || m[0] == "custodial") && len(it.Filters["method-scheme"]) == 0 {
		// the method groupings researchers and ICE publish (definitions.Schemes)
		if paramAccepted(it.Measure, "method-scheme", "ice") {
			v := it
			v.Filters = mergeFilters(it.Filters, map[string][]string{"method-scheme": {"ice"}})
			add(v, m[0]+" under ICE's own grouping (Located, Non-Custodial Arrest, Probation and Parole)", factorDefinition)
		}
		for _, sc := range definitions.Schemes[1:] {
			v := it
			v.Filters = mergeFilters(it.Filters, map[string][]string{"method-scheme": {sc.Name}})
			add(v, m[0]+" under the "+sc.Name+" method grouping", factorDefinition*0.8)
		}
	}
	ice := iceRemovalsReading(out[0]) // ice_removals.go
	var otherYears []Reading
	for _, r := range out[1:] {
		// the other fiscal years a reading names, in ICE's table too:
		// "L'anno scorso ... ha deportato 271.484 immigrati" of 2024-12-20
		// (ah-it-laterrazza-02) is FY2024's, the year just ended
		if r.It.Period.Kind != "fy" || r.It.Period.String() == it.Period.String() || !sameFilters(r.It.Filters, it.Filters) || r.It.Place.String() != it.Place.String() {
			continue
		}
		for _, x := range iceRemovalsReading(r) {
			x.Label = r.Label + ", in ICE's published removals (the \"ICE Removals\" table; the FOIA removal records end in 2019)"
			otherYears = append(otherYears, x)
		}
	}
	if b := it.Baseline; len(ice) == 1 && it.Period.Kind == "fy" && it.Period.FY >= 2020 && !it.Period.Defaulted && (b == nil || b.Kind == "fy" && b.FY >= 2020 && b.Note != firstTermPeakNote) {
		// FY2020 on, the FOIA removal records hold nothing: ICE's own
		// table is the most plausible reading ("ICE deported more than
		// 142,850 immigrants in fiscal 2023", v-de-gg-01 glossed), tested
		// as the records are (not for a period the text does not name:
		// "fewer than 932,000 deportations in its first four years" is no
		// claim about the last fiscal year, r-factually-01)
		ice[0].Label, ice[0].Prior = "", out[0].Prior
		out[0].Label, out[0].Prior = "the FOIA removal records (which end in 2019)", out[0].Prior*factorDefinition
		return append(append(ice, out...), otherYears...)
	}
	return append(append(out, ice...), otherYears...)
}

func sameFilters(a, b map[string][]string) bool {
	return filterText(a) == filterText(b)
}

func placeOfAOR(code string) Place {
	for _, a := range place.AORs() {
		if a.Code == code {
			return Place{Kind: "aor", Name: a.Name + " area of responsibility", AOR: a.Code}
		}
	}
	return Place{Kind: "aor", Name: code, AOR: code}
}

// calendarOf is the calendar year of a bare-year fiscal-year reading.
func calendarOf(p Period) Period {
	if p.Kind != "fy" {
		return p
	}
	return Period{Kind: "range", Text: p.Text, From: fmt.Sprintf("%d-01-01", p.FY), To: fmt.Sprintf("%d-12-31", p.FY), Note: "calendar year " + fmt.Sprint(p.FY)}
}

// inaugurationBaselines are the comparisons a change "since the
// inauguration" that names no earlier period may make ("Arrests ... have
// increased 24 percent in a four-state region since President Donald Trump
// entered office", written in December 2018, is FY2018 against FY2016;
// "aumentaron en más del 65% desde que Donald Trump asumió la Presidencia"
// of May 2018 the inauguration to the end of that fiscal year against the
// same days of 2016). A writer's table compares whole years with the last
// one before the term, or the months since the inauguration with the same
// days a year before: the days since the inauguration to the end of its
// fiscal year against the same days a year before; the last fiscal year
// ended before the article against the last one before the inauguration;
// the last calendar year against the one before the inauguration. The
// sentence states none of them (Prior holds the factor, not a prior), and
// these readings can support a figure, never contradict it (only the
// most plausible reading is ever called contradicted, verdict.go).
func inaugurationBaselines(it Interpretation) []Reading {
	if it.Claim.Kind != KindChange || it.Baseline != nil || it.Period.Kind != "range" ||
		it.Period.Note != inaugurationToDateNote || len(it.Period.From) != 10 || len(it.ref) < 10 {
		return nil
	}
	y, err := strconv.Atoi(it.Period.From[:4])
	if err != nil {
		return nil
	}
	ref, err := time.Parse("2006-01-02", it.ref[:10])
	if err != nil {
		return nil
	}
	var out []Reading
	mk := func(p, b Period, label string) {
		v := it
		v.Period, v.Baseline = p, &b
		v.Unstated = maps.Clone(it.Unstated) // setUnstated writes to the map
		setUnstated(&v, "period", "\"since the inauguration\" names no earlier period: "+label)
		out = append(out, Reading{It: v, Label: label, Prior: factorTermBaseline})
	}
	// the inauguration to the end of its fiscal year (or to the article,
	// if earlier) against the same days a year before
	end := fmt.Sprintf("%d-09-30", y)
	if it.Period.To < end {
		end = it.Period.To
	}
	mk(Period{Kind: "range", Text: it.Period.Text, From: it.Period.From, To: end, Note: "from the inauguration to the end of that fiscal year"},
		Period{Kind: "range", From: shiftYear(it.Period.From, -1), To: shiftYear(end, -1), Note: "the same days a year before"},
		it.Period.From+".."+end+" against the same days a year before (the months since the inauguration)")
	// the last fiscal year ended before the article against the last one
	// before the inauguration
	fy := ref.Year()
	if ref.Month() < time.October {
		fy--
	}
	if fy > y {
		mk(fyPeriod(fy, ""), fyPeriod(y-1, ""), fmt.Sprintf("FY%d against FY%d (the last fiscal year before the article against the last before the inauguration)", fy, y-1))
	}
	// the last calendar year against the one before the inauguration
	if cy := ref.Year() - 1; cy > y {
		mk(calendarOf(fyPeriod(cy, "")), calendarOf(fyPeriod(y-1, "")), fmt.Sprintf("calendar %d against calendar %d (the last calendar year before the article against the one before the inauguration)", cy, y-1))
	}
	return out
}

// yearlyRateRe: a yearly rate right after a count and its noun ("makes
// about 40,000 arrests per year at homes, work sites and public locations",
// "deports some 240,000 people a year", "removes 200,000 annually").
var yearlyRateRe = lazyRegexp(`(?i)^(?:\s+[a-z-]+){0,3}?\s+(?:a|per|each|every)\s+year\b|^(?:\s+[a-z-]+){0,3}?\s+annually\b`)

// yearlyRate tells whether a count is stated as a yearly rate.
func yearlyRate(c Claim) bool {
	end := c.clauseOff + c.clauseEnd
	if end <= 0 || end > len(c.Sentence) {
		return false
	}
	return yearlyRateRe.MatchString(c.Sentence[end:])
}

// validReading tells whether a reading makes a question the query model
// accepts (a definition another branch has not added yet is skipped).
func validReading(it Interpretation) bool {
	if it.Measure == "" || isDetentionMeasure(it.Measure) || it.Outcome != "" {
		return true
	}
	_, err := query.Parse(it.Values(mergeFilters(it.Base, it.Filters), it.Period))
	return err == nil
}

var (
	first100      = Period{Kind: "range", From: "2017-01-20", To: "2017-04-29"}
	first100Prior = Period{Kind: "range", From: "2016-01-20", To: "2016-04-29"}
	// ICE's own 2017 window a calendar year back ("the 2016 period" after
	// "Between January 22, 2017, and April 29, 2017"), which ICE compared
	// with the same weekdays, January 24 to April 30, 2016
	ice100Shifted = Period{Kind: "range", From: "2016-01-22", To: "2016-04-29"}
)

// ice100Days is the reading of a first-100-days figure in the windows of
// ICE's own release.
// ice100Release is the day ICE published its first-100-days arrests
// (41,318 against 30,028); ice100Echo the end of the weeks articles relayed
// them without naming the period.
const ice100Release, ice100Echo = "2017-05-17", "2017-06-30"

// midMarchRelayed is the day the Washington Post published ICE's arrests of
// January 20 to March 13, 2017 (21,362), which the press relayed until
// ICE's first-100-days release.
const midMarchRelayed = "2017-04-16"

// addICEScheme adds the reading of an at-large or custodial figure of ICE's
// first-100-days release under ICE's own method grouping, the one its
// release counted by ("8,381 ... 12,766 aliens at-large": 8,381 and 12,753
// in the records under that grouping, 7,124 and 11,220 under the plain one).
func addICEScheme(v Interpretation, label string, add func(Interpretation, string, float64)) {
	if m := v.Filters["method"]; len(m) == 1 && (m[0] == "at-large" || m[0] == "custodial") && len(v.Filters["method-scheme"]) == 0 && paramAccepted(v.Measure, "method-scheme", "ice") {
		v.Filters = mergeFilters(v.Filters, map[string][]string{"method-scheme": {"ice"}})
		add(v, label, factorDefinition)
	}
}

func ice100Days(it Interpretation) (Interpretation, bool) {
	same := func(p Period, q Period) bool { return p.Kind == "range" && p.From == q.From && p.To == q.To }
	changed := false
	v := it
	if same(it.Period, first100) {
		v.Period = Period{Kind: "range", Text: it.Period.Text, From: "2017-01-22", To: "2017-04-29", Note: "ICE's window: from January 22, 2017"}
		changed = true
	} else if same(it.Period, first100Prior) || same(it.Period, ice100Shifted) {
		v.Period = Period{Kind: "range", Text: it.Period.Text, From: "2016-01-24", To: "2016-04-30", Note: "ICE's comparison window for 2016"}
		changed = true
	}
	if it.Baseline != nil && (same(*it.Baseline, first100Prior) || same(*it.Baseline, ice100Shifted)) {
		b := Period{Kind: "range", Text: it.Baseline.Text, From: "2016-01-24", To: "2016-04-30", Note: "ICE's comparison window for 2016"}
		v.Baseline = &b
		changed = true
	}
	return v, changed
}

// ice100Change is the reading of a change in arrests over the first 100
// days of 2017 (or ICE's window of them) that names no earlier period, in
// an article written after ICE's first-100-days release: the release's
// own comparison, January 22 - April 29, 2017 against January 24 - April
// 30, 2016 (41,426 against 30,028 in the records, +37.96 %).
func ice100Change(it Interpretation) (Interpretation, bool) {
	if it.Measure != "arrests" || it.Claim.Kind != KindChange || it.Baseline != nil || it.ref < ice100Release ||
		it.Period.Kind != "range" || it.Period.To != first100.To || it.Period.From != first100.From && it.Period.From != "2017-01-22" {
		return it, false
	}
	v := it
	v.Period = Period{Kind: "range", Text: it.Period.Text, From: "2017-01-22", To: "2017-04-29", Note: "ICE's first-100-days window, released " + ice100Release}
	v.Baseline = &Period{Kind: "range", From: "2016-01-24", To: "2016-04-30", Note: "ICE's comparison window for 2016, the release's"}
	return v, true
}

// stateSumReadings: "Texas 13,415", "12,259 ... across the state on
// average": TRAC's state figures add up the facilities' average daily
// populations of the fiscal year to date, a reading of a state's count on
// a day.
func stateSumReadings(first Reading) []Reading {
	if first.It.Measure != MeasureHeld || first.It.Place.Kind != "state" || first.It.Claim.Kind != KindCount || first.It.Period.Kind != "date" {
		return nil
	}
	v := first.It
	v.Measure = MeasureFacility
	if v.PrintedBy == "" || v.ref > v.PrintedBy {
		v.PrintedBy = v.ref
	}
	v.Describe = describeDetention(v)
	label := "the state's facilities' average daily populations added up (ICE's facilities table, fiscal year to date; TRAC's state figures)"
	if first.Label != "" {
		label = first.Label + "; " + label
	}
	return []Reading{{It: v, Label: label, Prior: first.Prior * 0.8}}
}

// classReadings are the other readings of a detention figure with a
// criminality class: the other sense of the class words and, for the
// detained population, only the people ICE itself arrested.
func classReadings(first Reading) []Reading {
	var out []Reading
	cl := first.It.Filters["criminality"]
	if len(cl) == 2 && contains(cl, "pending") && contains(cl, "other") {
		cl = []string{"not convicted"} // "no criminal conviction"
	}
	if isDetentionMeasure(first.It.Measure) && len(cl) == 1 {
		// the other sense of the class words: "no criminal record" is
		// written for "no conviction" (pending charges too) as often as for
		// ICE's "other immigration violators", "a criminal record" for a
		// conviction as often as for convictions or pending charges
		classes := []Reading{first}
		other, label := "", ""
		switch cl[0] {
		case "other":
			other, label = "not convicted", "\"no criminal record\" read as no criminal conviction (pending charges + other immigration violators)"
		case "not convicted":
			other, label = "other", "\"no conviction\" read as no criminal record at all (other immigration violators only)"
		case "criminal":
			other, label = "convicted", "\"criminal\" read as convicted only (not pending charges)"
		}
		if other != "" {
			v := first.It
			v.Filters = mergeFilters(first.It.Filters, map[string][]string{"criminality": {other}})
			v.Describe = describeDetention(v)
			if first.Label != "" {
				label = first.Label + "; " + label
			}
			r := Reading{It: v, Label: label, Prior: first.Prior * 0.7}
			classes = append(classes, r)
			out = append(out, r)
		}
		if first.It.Measure == MeasureDetained && (first.It.Claim.Kind == KindCount || first.It.Claim.Kind == KindShare) && len(first.It.Filters["agency"]) == 0 {
			// "16,523 people in ICE detention have no criminal history":
			// the Guardian's and TRAC's class counts are often of the
			// people ICE itself arrested (ICE prints each class by
			// arresting agency)
			for _, c := range classes {
				v := c.It
				v.Filters = mergeFilters(c.It.Filters, map[string][]string{"agency": {"ICE"}})
				v.Describe = describeDetention(v)
				label := "only the people ICE itself arrested (ICE's table by arresting agency), not those CBP arrested"
				if c.Label != "" {
					label = c.Label + "; " + label
				}
				out = append(out, Reading{It: v, Label: label, Prior: c.Prior * 0.7})
			}
		}
	}
	return out
}

// detentionReadings are the other readings of a detention figure: the
// edition out at the end of a month the sentence names (a facility's
// average "in May"), the other sense of "no criminal record", and the
// latest printing instead of the editions out on the article's date.

func detentionReadings(first Reading) []Reading {
	var out []Reading
	if first.It.facMonth != "" {
		if mi, ok := canon.MonthInterval(first.It.facMonth); ok {
			v := first.It
			d := mi.To.String()
			v.Period = Period{Kind: "date", Text: first.It.Period.Text, From: d, To: d, Note: "the edition out at the end of the month named"}
			v.Describe = describeDetention(v)
			out = append(out, Reading{It: v, Label: "the edition out at the end of " + first.It.facMonth + " (the month the sentence names)", Prior: first.Prior * 0.8})
		}
	}
	out = append(out, classReadings(first)...)
	if first.It.Period.Note == monthMiddleNote && len(first.It.Period.From) == 10 {
		// "were held in ICE facilities last month": any day of the month;
		// its first and last editions as readings of their own
		if mi, ok := canon.MonthInterval(first.It.Period.From[:7]); ok {
			for _, d := range []string{first.It.Period.From[:8] + "08", mi.To.String()} {
				v := first.It
				v.Period = Period{Kind: "date", Text: first.It.Period.Text, From: d, To: d, Approx: true, Note: "a day of the month named"}
				v.Describe = describeDetention(v)
				out = append(out, Reading{It: v, Label: "on " + d + " (another day of the month named)", Prior: first.Prior * 0.8})
			}
		}
		if first.It.Measure == MeasureDetained && first.It.Claim.Kind == KindCount && len(first.It.Filters) == 0 {
			// "As of August 2024, the total ICE detention population stood
			// at approximately 41,000": a writer may quote the month's
			// average daily population, which ICE prints for every month
			v := first.It
			v.Measure = MeasureADP
			v.Period = Period{Kind: "month", Text: first.It.Period.Text, Month: first.It.Period.From[:7], Note: "the month's average daily population"}
			v.PrintedBy = ""
			v.Unstated = maps.Clone(first.It.Unstated)
			setUnstated(&v, "measure", "the month's average daily population stands for the people held on a day of it")
			v.Describe = describeDetention(v)
			out = append(out, Reading{It: v, Label: "the average daily population of the month named, " + first.It.Period.From[:7], Prior: first.Prior * factorDefinition})
		}
	}
	if py := first.It.partYear; py[0] != "" {
		// "By late 2025": the population on any day of the part of the
		// year named, a week apart (ICE publishes every two weeks or so),
		// in each sense of the class words
		from, _ := time.Parse("2006-01-02", py[0])
		to, _ := time.Parse("2006-01-02", py[1])
		for _, base := range append([]Reading{first}, classReadings(first)...) {
			for d := from; d.Before(to); d = d.AddDate(0, 0, 7) {
				v := base.It
				v.Period = Period{Kind: "date", Text: first.It.Period.Text, From: d.Format("2006-01-02"), To: d.Format("2006-01-02"), Approx: true, Note: "a day of the part of the year named"}
				v.Describe = describeDetention(v)
				label := "on " + v.Period.From + " (another day of " + first.It.Period.Text + ")"
				if base.Label != "" {
					label = base.Label + "; " + label
				}
				out = append(out, Reading{It: v, Label: label, Prior: base.Prior * 0.8})
			}
		}
	}
	out = append(out, stateSumReadings(first)...)
	if first.It.termPeak != 0 && first.It.Period.Kind == "range" {
		// "the 39,703 reached during the Biden years": the term's last
		// edition, where the population stood when it ended
		v := first.It
		v.termPeak = 0
		d := first.It.Period.To
		v.Period = Period{Kind: "date", Text: first.It.Period.Text, From: d, To: d, Note: "the end of the term"}
		v.Describe = describeDetention(v)
		out = append(out, Reading{It: v, Label: "the edition in force at the end of the term (" + d + "), not its " + map[bool]string{true: "high", false: "low"}[first.It.termPeak > 0], Prior: first.Prior * 0.8})
	}
	if v, ok := atdPeakReading(first.It); ok {
		out = append(out, Reading{It: v, Label: "the ATD total at its height, in any edition to " + v.Period.To + " (the figure is named as a level reached)", Prior: first.Prior * 0.8})
	}
	if first.It.Measure == MeasureHeld && first.It.Place.Kind != "facility" && (first.It.Unstated["place"] != "" || !strings.Contains(first.It.Claim.Sentence, first.It.Place.Name)) {
		// "66.1% of the migrants held in ICE detention had no criminal
		// record", after a sentence on Texas: a place carried from the
		// text is a guess; ICE's national population is a reading too
		v := first.It
		v.Measure = MeasureDetained
		v.Place = Place{Kind: "national", Name: "nationwide", Implicit: true}
		v.Describe = describeDetention(v)
		out = append(out, Reading{It: v, Label: "nationwide (the sentence names no place; " + first.It.Place.String() + " was carried from the text)", Prior: first.Prior * factorContextPlace})
		if pb := first.It.ref; pb != "" && first.It.Period.Text != "" && !strings.Contains(first.It.Claim.Sentence, first.It.Period.Text) {
			// (its date carried too: the edition out on the article's date)
			v.Period = Period{Kind: "date", Text: "the article's date", From: pb, To: pb, Note: "the edition out on the article's date"}
			v.Describe = describeDetention(v)
			out = append(out, Reading{It: v, Label: "nationwide, on the article's date " + pb + " (the sentence names neither place nor date; both were carried from the text)", Prior: first.Prior * factorContextPlace * 0.8})
		}
	}
	if first.It.Measure == MeasureATD && first.It.Place.Kind != "national" && (first.It.Unstated["place"] != "" || !strings.Contains(first.It.Claim.Sentence, first.It.Place.Name)) {
		// "On June 3, a total of 224,725 immigrants were monitored by
		// ICE", after a sentence on the Denver office's (cf-en-trac230613-02):
		// the place carried is a guess; ICE's national total is a reading
		v := first.It
		v.Place = Place{Kind: "national", Name: "nationwide", Implicit: true}
		v.Describe = describeDetention(v)
		out = append(out, Reading{It: v, Label: "nationwide (the sentence names no place; " + first.It.Place.String() + " was carried from the text)", Prior: first.Prior * factorContextPlace})
	}
	if d := strings.TrimPrefix(first.It.Period.Note, fyToDateNote); isAverage(first.It.Measure) && d != first.It.Period.Note && first.It.Period.Text != "" {
		// "an average daily population of 27,292 people as of July 3":
		// the month's average so far, as the next edition prints it
		if day, err := time.Parse("2006-01-02", d); err == nil && day.AddDate(0, 0, 1).Day() != 1 {
			v := first.It
			v.Period = Period{Kind: "month", Text: first.It.Period.Text, Month: d[:7], Note: "the month to " + d}
			v.PrintedBy = day.AddDate(0, 0, 10).Format("2006-01-02")
			v.Describe = describeDetention(v)
			out = append(out, Reading{It: v, Label: "the average of " + day.Format("January 2006") + " to " + d + " (the month so far, in the edition after it)", Prior: first.Prior * 0.8})
		}
	}
	if td := first.It.textDate; td != nil {
		v := first.It
		v.Period = *td
		v.textDate = nil
		v.Describe = describeDetention(v)
		out = append(out, Reading{It: v, Label: "as of " + td.From + " (the date the text gives its figures, " + td.Text + ")", Prior: first.Prior * 0.8})
	}
	if pb, err := time.Parse("2006-01-02", first.It.PrintedBy); err == nil && (len(first.It.Filters[facStatKey]) == 1 || len(first.It.Filters["threat_level"]) == 1 ||
		first.It.Measure == MeasureFacility && first.It.Place.Kind == "facility") {
		// (one facility's average daily population too: "Adams County
		// Detention Center: 2,168 detainees", from the edition before)
		// a statistic over the facilities table: the writer may have
		// downloaded it in the weeks before writing; one facility's
		// figure, from the edition out the day before the article (ICE
		// dates an edition by its data, which may be the article's day)
		days := []int{14, 28}
		if first.It.Place.Kind == "facility" {
			days = []int{1, 14}
		}
		for _, d := range days {
			v := first.It
			v.PrintedBy = pb.AddDate(0, 0, -d).Format("2006-01-02")
			v.Describe = describeDetention(v)
			out = append(out, Reading{It: v, Label: "the editions published by " + v.PrintedBy + " (an earlier download of the facilities table)", Prior: first.Prior * 0.8})
		}
	}
	if ref, err := time.Parse("2006-01-02", first.It.ref); err == nil && first.It.Measure == MeasureBookIns && first.It.Period.Defaulted && first.It.Claim.Kind == KindCount {
		// "Of the 20,535 migrants booked into immigration jails, 6,510 were
		// arrested by ICE": no period named, where TRAC's updates quote the
		// last whole month ICE printed (the month before the article's, or
		// the one before it); a reading the text does not state
		for k := 1; k <= 2; k++ {
			m := time.Date(ref.Year(), ref.Month()-time.Month(k), 1, 0, 0, 0, 0, time.UTC)
			v := first.It
			v.Period = Period{Kind: "month", Month: m.Format("2006-01"), Note: "no period named: a recent whole month, " + m.Format("January 2006")}
			v.Unstated = maps.Clone(first.It.Unstated)
			setUnstated(&v, "period", "the text names no month; a recent whole month is read")
			for _, pb := range []string{first.It.PrintedBy, ""} {
				v.PrintedBy = pb
				v.Describe = describeDetention(v)
				out = append(out, Reading{It: v, Label: "the book-ins of " + m.Format("January 2006") + " (no period named: a recent whole month)", Prior: first.Prior * factorCalendar})
			}
		}
	}
	if pb, err := time.Parse("2006-01-02", first.It.PrintedBy); err == nil && (isAverage(first.It.Measure) || first.It.Measure == MeasureBookIns) {
		// ICE prints every two weeks or so and revises its averages and
		// its monthly book-ins (a month in progress, then complete; late
		// records): the edition before
		v := first.It
		v.PrintedBy = pb.AddDate(0, 0, -14).Format("2006-01-02")
		v.Describe = describeDetention(v)
		out = append(out, Reading{It: v, Label: "the editions published by " + v.PrintedBy + " (the printing before; ICE revises recent months)", Prior: first.Prior * 0.8})
		if m, err := time.Parse("2006-01", first.It.Period.Month); err == nil && first.It.Period.Kind == "month" && isAverage(first.It.Measure) {
			// "In June 2025, the average number of people detained ... was
			// 57,200" (by-en-wlrnppi-01): the month's average as ICE first
			// printed it whole (57,199.3 in the edition of 2025-07-08,
			// revised to 57,412.1 ten days later)
			if fp := m.AddDate(0, 1, 13); fp.Before(pb.AddDate(0, 0, -14)) {
				v := first.It
				v.PrintedBy = fp.Format("2006-01-02")
				v.Describe = describeDetention(v)
				out = append(out, Reading{It: v, Label: "the editions published by " + v.PrintedBy + " (the month's first whole printing; ICE revises recent months)", Prior: first.Prior * 0.7})
			}
		}
	}
	if st := first.It.Filters[facStatKey]; len(st) == 1 && (st[0] == "ghost" || st[0] == "ghost_mean") {
		// "14,812 Ghost Beds in IGSA facilities", "an average of 510.76
		// Ghost Beds per facility": a bed is a ghost only where the
		// minimum exceeds the population; a facility fuller than its
		// minimum has none, not fewer than none (factype.go)
		for _, base := range append([]Reading{first}, out...) {
			v := base.It
			v.Filters = map[string][]string{facTypeKey: base.It.Filters[facTypeKey], facStatKey: {st[0] + "_pos"}}
			v.Describe = describeDetention(v)
			label := "the facilities with empty guaranteed beds only (a facility above its minimum has none)"
			if base.Label != "" {
				label = base.Label + "; " + label
			}
			// (as plausible as the sum with the fuller facilities'
			// negative differences: a writer counts empty beds)
			out = append(out, Reading{It: v, Label: label, Prior: base.Prior})
		}
	}
	if first.It.PrintedBy != "" && !(isAverage(first.It.Measure) && strings.HasPrefix(first.It.Period.Note, fyToDateNote)) {
		// the latest printing, with editions published after the article
		v := first.It
		v.PrintedBy = ""
		v.Describe = describeDetention(v)
		out = append(out, Reading{It: v, Label: "the latest printing (with editions published after the article's date " + first.It.PrintedBy + "; ICE revises recent months)", Prior: first.Prior * 0.8})
	}
	return out
}

// fromFigureToRe: the words after the first figure of "from 16,104 to
// 21,363".
var fromFigureToRe = lazyRegexp(`(?i)^\s+to\s+(?:about\s+|nearly\s+|almost\s+|roughly\s+|some\s+|more than\s+|over\s+|just\s+)?[\d,]+\b`)

// fromFigure tells whether a count is the first figure of "from A to B"
// (e12e1-fgeek-01: "increased ... - from 16,104 to 21,363"): the count
// something went from, in the earlier period compared.
func fromFigure(c Claim) bool {
	rest, ok := afterFrom(c)
	return ok && fromFigureToRe.MatchString(rest)
}

// afterFrom is the sentence after a count written right after "from" ("from
// 16,104 to 21,363": " to 21,363"); ok is false for any other figure.
func afterFrom(c Claim) (string, bool) {
	pos := c.clauseOff + c.clauseStart
	end := pos + len(c.Text)
	if c.Kind != KindCount || pos < 5 || end > len(c.Sentence) || !strings.EqualFold(c.Sentence[pos-5:pos], "from ") {
		return "", false
	}
	return c.Sentence[end:], true
}

// fromToInMonthRe: the words after the first figure of "from 3,024 to
// 4,696 in February".
var fromToInMonthRe = lazyRegexp(`(?i)^\s+to\s+(?:about\s+|nearly\s+|almost\s+|roughly\s+|some\s+|more than\s+|over\s+|just\s+)?[\d,]+\s+(?:[a-z-]+\s+){0,2}?(?:in|during)\s+(` + monthAlt + `)\b`)

// fromFigureMonthBefore: d4-trac210315-04, "those turned over to ICE for
// detention from arrests by the Border Patrol ... climbed, from 3,024 to
// 4,696 in February": a monthly count that went from A to B in a month
// was A in the month before (the month named is B's). ok is false unless
// the figure is the A of such a phrase and is read in the month named.
func fromFigureMonthBefore(it Interpretation) (Period, bool) {
	rest, ok := afterFrom(it.Claim)
	if it.Period.Kind != "month" || !ok {
		return Period{}, false
	}
	m := fromToInMonthRe.FindStringSubmatch(rest)
	if m == nil {
		return Period{}, false
	}
	t, err := time.Parse("2006-01", it.Period.Month)
	if err != nil || !strings.EqualFold(t.Month().String(), m[1]) {
		return Period{}, false
	}
	before := t.AddDate(0, -1, 0).Format("2006-01")
	return Period{Kind: "month", Text: it.Period.Text, Month: before, Note: "the month before " + t.Format("January 2006") + " (the count went from this figure to the next in " + t.Format("January") + ")"}, true
}

// foiaArrestsEnd is the last day the nationwide FOIA arrest records reach
// (ICE's 2019-ICFO-53623 release ends with FY2019's third quarter; its
// fourth is partial). Later arrests are counted nowhere icestat ingests.
const foiaArrestsEnd = "2019-09-30"

// arrestsAsDetention are the readings of an arrests figure the FOIA
// records cannot reach (after FY2019) in ICE's detention statistics, where
// TRAC and the press find "ICE arrests" since: a month's (or a fiscal
// year's) initial book-ins by arresting agency ("In August 2024, ICE
// arrested 8,188 individuals", "CBP arrested 16,508"), and, without a
// period, the people in detention on the article's date whom the agency
// arrested ("the number of immigrants arrested by ICE ... a total of
// 5,979"). The measure is not the one the sentence states, so these
// readings can support a figure, never contradict it.
//
// A count or share of one criminality class ("the share of immigrants
// arrested by ICE with no criminal record", "7,781 arrests of people with
// no criminal record or pending charges", since January 2025) is TRAC's
// reading of the same table: the people in detention on the span's last day
// (or the article's) whom ICE arrested, by criminality class.
func arrestsAsDetention(first Reading) []Reading {
	it := first.It
	crim := it.Filters["criminality"]
	if it.Measure != "arrests" || len(it.Filters) > 0 && (len(crim) == 0 || len(it.Filters) > 1) || it.Outcome != "" ||
		(it.Place.Kind != "national" && !it.Place.Implicit) ||
		!(it.Claim.Kind == KindCount || it.Claim.Kind == KindShare && len(crim) > 0 || it.Claim.Kind == KindChange && it.Claim.Unit == UnitPercent) {
		return nil
	}
	// the agency the sentence names, or ICE's arrests and all of them
	agencies := []string{"ICE", ""}
	from, to := segmentBounds(it.Claim.Sentence, it.Claim.clauseOff+it.Claim.clauseStart)
	seg := strings.ToLower(it.Claim.Sentence[from:to])
	switch ag := arrestingAgency(it.Claim); {
	case ag != "":
		agencies = []string{ag}
	case cbpRe.MatchString(seg) && iceNamedRe.MatchString(seg):
		agencies = []string{""} // "ICE and CBP collectively arrested 21,959"
	case cbpRe.MatchString(seg):
		agencies = []string{"CBP"}
	case iceNamedRe.MatchString(seg):
		agencies = []string{"ICE"} // "ICE made 21,000 arrests in January"
	}
	const why = " (ICE's detention statistics by arresting agency, which TRAC and the press call arrests; the FOIA arrest records end in 2019)"
	mk := func(m, ag string, p Period, label string) Reading {
		v := it
		v.Measure = m
		v.Filters = nil
		if ag != "" || len(crim) > 0 {
			v.Filters = map[string][]string{}
		}
		if ag != "" {
			v.Filters["agency"] = []string{ag}
		}
		if len(crim) > 0 {
			v.Filters["criminality"] = crim
		}
		v.Base, v.Gaps, v.Custody = nil, nil, false
		v.Place = Place{Kind: "national", Name: "nationwide", Implicit: it.Place.Implicit}
		v.Period = p
		v.PrintedBy = it.ref
		v.Unstated = maps.Clone(it.Unstated) // setUnstated writes to the map
		setUnstated(&v, "measure", "the sentence says arrests; ICE's detention statistics count people booked into (or held in) detention by arresting agency")
		v.Describe = describeDetention(v)
		return Reading{It: v, Label: label, Prior: first.Prior * factorDefinition}
	}
	by := func(ag string) string {
		if ag == "" {
			return "any agency"
		}
		return ag
	}
	var out []Reading
	bookIns := it.Period.Kind == "month" && it.Period.Month+"-01" > foiaArrestsEnd ||
		it.Period.Kind == "fy" && !it.Period.Defaulted && fmt.Sprintf("%d-10-01", it.Period.FY-1) > foiaArrestsEnd
	// a month's change with no month compared with ("ICE arrests fell 19%
	// in July", aj-es-eldiariony-01): over the month before, as TRAC
	// compares, a reading the sentence does not state
	unstatedBase := it.Claim.Kind == KindChange && it.Baseline == nil && it.Period.Kind == "month" && len(it.Period.Month) == 7
	if it.Claim.Kind == KindChange && !unstatedBase && (it.Baseline == nil || it.Baseline.Kind != "month" || it.Period.Kind != "month") ||
		len(crim) > 0 {
		bookIns = false
	}
	if bookIns && it.Claim.Kind == KindChange && len(agencies) == 1 && agencies[0] == "ICE" {
		// "ICE arrests fell 19%": TRAC's change of ICE's arrests is that of
		// all its book-ins (the Total row), whichever agency arrested
		agencies = append(agencies, "")
	}
	switch {
	case len(crim) > 0:
		if it.Claim.Kind == KindChange {
			return nil
		}
		// the day the class is counted on: the span's last, or the
		// article's when the span runs to it or none is named
		d := it.ref
		switch k := it.Period.Kind; {
		case k == "date":
			if it.Period.Text == "" || !strings.Contains(it.Claim.Sentence, it.Period.Text) {
				// a day carried from another sentence ("Before Trump's
				// inauguration on January 20, ... That matched trends from
				// the Biden era, where non-criminal arrests typically
				// stayed below 10%"): the sentence's own time is not read
				return nil
			}
			if it.Period.To != "" && it.Period.To < d {
				d = it.Period.To
			}
		case k == "range":
			// a span that runs to the article ("since January 20"); a
			// closed one ("the Biden era, where non-criminal arrests
			// typically stayed below 10%") says more than its last day
			if ref, err := time.Parse("2006-01-02", it.ref); err != nil || it.Period.To < ref.AddDate(0, 0, -31).Format("2006-01-02") {
				return nil
			}
		case it.Period.Defaulted || k == "unresolved":
		default:
			return nil
		}
		if d <= foiaArrestsEnd || it.Period.From != "" && it.Period.From <= foiaArrestsEnd {
			return nil
		}
		p := Period{Kind: "date", Text: it.Period.Text, From: d, To: d, Note: "the people held on " + d + ", by criminality class"}
		for _, ag := range agencies {
			if ag == "" {
				continue // TRAC's class counts are of the people ICE arrested
			}
			out = append(out, mk(MeasureDetained, ag, p, "people in ICE detention on "+d+" whom "+ag+" arrested, by criminality class"+why))
		}
	case bookIns:
		per := it.Period
		if p, ok := fromFigureMonthBefore(it); ok {
			per = p
		}
		for _, ag := range agencies {
			label := "people booked into ICE detention after an arrest by " + by(ag) + " in " + per.String() + why
			r := mk(MeasureBookIns, ag, per, label)
			if unstatedBase {
				b := monthBefore(per)
				b.Text = "the month before (not stated)"
				r.It.Baseline = &b
				setUnstated(&r.It, "baseline", "the sentence names no month the change is over; the month before "+per.String()+" is assumed, as TRAC compares")
				r.It.Describe = describeDetention(r.It)
				r.Label += "; over the month before, " + b.String()
				r.Prior *= 0.8
			}
			out = append(out, r)
			if pb, err := time.Parse("2006-01-02", it.ref); err == nil {
				// ICE revises recent months between editions: the
				// printing before the one out on the article's date
				v := r.It
				v.PrintedBy = pb.AddDate(0, 0, -14).Format("2006-01-02")
				v.Describe = describeDetention(v)
				out = append(out, Reading{It: v, Label: label + "; in the editions published by " + v.PrintedBy + " (the printing before)", Prior: r.Prior * 0.8})
			}
		}
	case it.Claim.Kind == KindCount && (it.Period.Defaulted || it.Period.Kind == "unresolved") && it.ref > foiaArrestsEnd && !singleSpanRe.MatchString(seg):
		// (j-nepyork-08: "over 20,000 undocumented individuals were
		// apprehended in a single month": a count over a span the text
		// does not date, not the people held on a day)
		d := Period{Kind: "date", Text: "the article's date", From: it.ref, To: it.ref, Note: "the population on the article's date " + it.ref}
		for _, ag := range agencies {
			out = append(out, mk(MeasureDetained, ag, d, "people in ICE detention on "+it.ref+" whom "+by(ag)+" arrested"+why))
		}
	}
	return out
}

// singleSpanRe: a count over one unnamed span of time ("in a single
// month", "in one day").
var singleSpanRe = lazyRegexp(`(?i)\bin\s+(?:a|one)\s+(?:single\s+)?(?:day|week|month|year)\b|\bin\s+a\s+single\b`)

// detainedVerbRe ends the text before a figure that is the object of
// "detained" ("ICE agents detained more than 41,000 people", "In FY2019,
// ICE detained 510,854 individuals").
var detainedVerbRe = lazyRegexp(`(?i)\bdetain(?:ed|s)\s+(?:(?:about|nearly|almost|roughly|around|some|over|more than|approximately|an estimated)\s+)?$`)

// peopleDetainedRe: a count of "people detained" in a span the
// sentence's change is of.
var peopleDetainedRe = lazyRegexp(`(?i)\b[\d.,]+\s+(?:people|persons|immigrants|migrants|individuals|noncitizens)\s+(?:(?:were|have been|had been|who were)\s+)?detained\s+(?:in|during)\b`)

// detainedPassiveRe starts the text after a figure that "were detained"
// ("143,470 people were detained" in fiscal 2017: the gloss of
// an-pt-acheiusa-01's "143.470 pessoas foram detidas").
var detainedPassiveRe = lazyRegexp(`(?i)^\s+(?:[a-z]+\s+){0,2}?(?:(?:were|have been|had been|was|who were|that were)\s+(?:[a-z]+\s+)?detained\b|(?:people|persons|immigrants|migrants|individuals|noncitizens)\s+detained\s+(?:in|during|over|between|from|since)\b)`)

// duringMonthRe: a month named as a span ("during the month of May").
var duringMonthRe = lazyRegexp(`(?i)\b(?:during|throughout|over)\s+(?:the\s+month\s+of\s+)?(?:` + monthAlt + `)\b`)

// detainedAsEvents are the event readings of "ICE detained N people" over a
// span of time (a fiscal year, a month, the first 100 days): the people
// taken into custody in it, not those held on a day, which has no span.
// Before ICE's detention statistics (the FOIA years) that is the arrests;
// since, ICE's initial book-ins. The sentence does not name either, so
// these readings can support a figure, never contradict it.
func detainedAsEvents(first Reading) []Reading {
	it := first.It
	c := it.Claim
	if it.Measure != MeasureDetained || c.Kind != KindCount && c.Kind != KindChange || len(it.Filters) > 0 || c.PerDays > 0 ||
		c.Kind == KindChange && (it.Baseline == nil || it.Period.Kind != "fy" || !peopleDetainedRe.MatchString(c.Sentence)) {
		// (a change of "the 158,581 people detained in FY2018 by ICE",
		// "an increase of 11 percent compared with the previous year":
		// of the same people, year on year; af-es-europapress-03's gloss)
		return nil
	}
	if p := it.Period; p.Kind == "date" && p.Note == monthMiddleNote && len(p.From) == 10 && duringMonthRe.MatchString(c.Sentence) {
		// "28,797 people were detained in centers during the month of
		// May" (aw-en-latintimes-04): the month itself, a span
		if mi, ok := canon.MonthInterval(p.From[:7]); ok {
			it.Period = Period{Kind: "month", Text: p.Text, Month: p.From[:7], From: mi.From.String(), To: mi.To.String()}
			it.PrintedBy = first.It.PrintedBy
		}
	}
	switch it.Period.Kind {
	case "fy", "year", "month", "range", "quarter":
	default:
		return nil
	}
	pos := min(len(c.Sentence), c.clauseOff+c.clauseStart)
	end := min(len(c.Sentence), pos+len(c.Text))
	if c.Kind == KindCount && !detainedVerbRe.MatchString(c.Sentence[:pos]) && !detainedPassiveRe.MatchString(c.Sentence[end:]) {
		return nil
	}
	from, to := it.Period.From, it.Period.To
	if it.Period.Kind == "fy" {
		from, to = fmt.Sprintf("%d-10-01", it.Period.FY-1), fmt.Sprintf("%d-09-30", it.Period.FY)
	}
	mk := func(m string, label string) Reading {
		v := it
		v.Measure = m
		v.Filters, v.Base, v.Gaps, v.Custody = nil, nil, nil, false
		v.Unstated = maps.Clone(it.Unstated)
		setUnstated(&v, "measure", "\"detained N people\" over a span of time: the people taken into custody in it (the sentence names neither arrests nor book-ins)")
		if isDetentionMeasure(m) {
			v.Describe = describeDetention(v)
		} else {
			v.PrintedBy = ""
			v.Describe = describe(v)
		}
		return Reading{It: v, Label: label, Prior: first.Prior * factorDefinition}
	}
	var out []Reading
	if to != "" && to <= foiaArrestsEnd {
		out = append(out, mk("arrests", "the people ICE arrested in "+it.Period.String()+" (\"detained\" as taken into custody; the FOIA arrest records)"))
	}
	if from >= "2018-10-01" && (it.Period.Kind == "fy" || it.Period.Kind == "month") {
		// ICE's detention statistics print book-ins from FY2019
		out = append(out, mk(MeasureBookIns, "the people booked into ICE detention in "+it.Period.String()+" (\"detained\" as taken into custody)"))
	}
	return out
}

// atdPeakBeforeRe: words naming the figure after them as a level reached
// at some time, not on a day ("has had as many as 376,000 individuals under
// monitoring", "enormous growth ... that reached nearly 380,000", "peaked
// at", "a high of").
var atdPeakBeforeRe = lazyRegexp(`(?i)\b(?:as many as|reached|reaching|peaked at|peaking at|topped|topping|(?:a|its|the) (?:record |all-time )?(?:high|peak) of)\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|approximately\s+|more than\s+|over\s+|some\s+)?$`)

// atdPeakNamedRe: of those, the words naming the figure as the height
// itself ("peaked at", "a peak of"), not as a level passed ("as many as",
// "reached").
var atdPeakNamedRe = lazyRegexp(`(?i)\b(?:peaked at|peaking at|(?:a|its|the) (?:record |all-time )?(?:high|peak) of)\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|approximately\s+|more than\s+|over\s+|some\s+)?$`)

// atdPeakReading is the reading of a national ATD total named as a level
// reached ("the program has had as many as 376,000 individuals under
// monitoring", o-aila-atd-01; "enormous growth early in the Biden
// administration that reached nearly 380,000", fr-lawprof-03): ICE's
// total in any edition published by the article's date, its height first.
// The sentence dates no edition, so the reading can support the figure,
// never contradict it (atdPeakLevel).
func atdPeakReading(it Interpretation) (Interpretation, bool) {
	c := it.Claim
	if it.Measure != MeasureATD || it.Place.Kind != "national" || len(it.Filters) > 0 || c.Kind != KindCount || it.atdPeak {
		return it, false
	}
	pos := c.clauseOff + c.clauseStart
	if pos > len(c.Sentence) || !atdPeakBeforeRe.MatchString(c.Sentence[max(0, pos-40):pos]) {
		return it, false
	}
	to := it.ref
	if to == "" {
		to = it.PrintedBy
	}
	if to == "" {
		return it, false
	}
	v := it
	v.atdPeak = true
	v.Period = Period{Kind: "range", Text: "any edition to " + to, From: "2000-01-01", To: to, Note: "the level reached in any edition published by the article's date"}
	v.PrintedBy = to
	v.Describe = describeDetention(v)
	return v, true
}
