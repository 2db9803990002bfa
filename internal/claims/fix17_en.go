package claims

import (
	"fmt"
	"strings"
	"time"
)

// bookInsClassShare tests the share of a fiscal year's initial book-ins in
// some criminality classes (n-cato-01: "nearly three in four people booked
// into ICE custody this fiscal year had no criminal conviction") against
// the Total row of ICE's table of book-ins by facility type and
// criminality, in the latest edition of that year out by the article's
// date: the classes over the Total. The table counts the year to the
// edition's date; a writer may count another span or another source (a
// leaked count, an analysis of individual records), so a share that does
// not match is not called contradicted.
func (r *runner) bookInsClassShare(it *Interpretation, b *entryBuilder) (Entry, error) {
	c := it.Claim
	var by time.Time
	if it.PrintedBy != "" {
		t, err := time.Parse("2006-01-02", it.PrintedBy)
		if err == nil {
			by = t
		}
	}
	tab, err := r.eng.BookInsByCriminality(r.ctx, it.Period.FY, by)
	if err != nil {
		return Entry{}, err
	}
	classes := crimClasses(it.Filters["criminality"])
	if tab == nil || len(classes) == 0 {
		b.not(ReasonPeriodNotCovered, "No stored edition prints the book-ins of %s by criminality.", it.Period.String())
		return b.finish(NotCheckable), nil
	}
	var part float64
	for _, k := range classes {
		v, ok := tab.Classes[k]
		if !ok {
			b.not(ReasonNoField, "The edition used (%s) has no %s column in its book-ins by criminality.", tab.Source.File, k)
			return b.finish(NotCheckable), nil
		}
		part += v
	}
	total := tab.Classes["Total"]
	share := 100 * part / total
	src := tab.Source.File
	if tab.Source.Sheet != "" {
		src += " [" + tab.Source.Sheet + "]"
	}
	text := fmt.Sprintf("%.1f%% (%s of %s initial book-ins %s are %s; %s as of %s cells %s)", share, formatNumber(part), formatNumber(total), it.Period.String(), strings.Join(classes, " + "), src, tab.Source.AsOf, strings.Join(tab.Cells, ","))
	b.e.Value, b.e.ValueText = &share, text
	b.note("Measure: ICE's initial book-ins of the fiscal year to the edition's date, by criminality (the Total row of its book-ins by facility type and criminality).")
	if !compare(c, share) {
		b.not(ReasonDefinitionGap, "The records give %s where the claim says %s, but the claim may count another span of the year or another source.", text, stated(c))
		return b.finish(NotCheckable), nil
	}
	return r.verdict(it, b, share, text), nil
}

// boundSinceRe: a bound said of a count over every day since a time ("has
// been under 6,000 since March 2021", "has remained above 50,000 since
// June").
var boundSinceRe = lazyRegexp(`(?i)\b(?:has|have|had) (?:been|remained|stayed|held|hovered) (?:steady )?(?:under|below|above|over|less than|more than|fewer than|at or below|at or above)\b[^.;]*\bsince\b`)

// detainedAsideRe: a parenthetical that is a count of the people held
// ("(about 69,000 detained)").
var detainedAsideRe = lazyRegexp(`^\(\s*(?:(?:about|nearly|almost|roughly|around|some|over|more than|approximately)\s+)?[\d,]+\s+(?:people\s+|immigrants\s+)?(?:currently\s+)?detained\s*\)$`)

// detainedAside tells a figure whose parenthetical is a count of the
// people held (o-factually531-01: "converge on high early-January
// snapshots (about 69,000 detained) and clear links between rising arrest
// operations and ..."): the aside is its own part of the sentence, whatever
// events the rest names.
func detainedAside(c Claim) bool {
	pos := c.clauseOff + c.clauseStart
	if pos > len(c.Sentence) {
		return false
	}
	open := strings.LastIndex(c.Sentence[:pos], "(")
	if open < 0 || pos-open > 40 {
		return false
	}
	end := strings.Index(c.Sentence[pos:], ")")
	if end < 0 || end > 60 {
		return false
	}
	return detainedAsideRe.MatchString(c.Sentence[open : pos+end+1])
}

// classShareOnly: a criminality class's share of the people held, and no
// other part named (q-dn200323-02: "Nearly half of those detained by ICE
// are accused of no crime other than civil immigration violations", in
// March 2020, in the archive's gap: the month's average daily population
// by criminality is the reading archiveGapReading adds).
func classShareOnly(it *Interpretation) bool {
	return it.Claim.Kind == KindShare && len(it.Filters) == 1 && len(it.Filters["criminality"]) > 0
}

// calHalfRe: "the first half of 2018", a half of a calendar year (a fiscal
// one, "the first half of FY2019", is quarterRe's); read in periods.
var calHalfRe = lazyRegexp(`(?i)\b(?:the\s+)?(first|second|1st|2nd)\s+half\s+of\s+(?:calendar\s+(?:year\s+)?)?((?:19|20)\d\d)\b`)
