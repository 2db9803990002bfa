package claims

import (
	"fmt"
	"math"
	"net/url"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/icestat/icestat/internal/answer"
	"github.com/icestat/icestat/internal/canon"
	"github.com/icestat/icestat/internal/place"
)

// carriedNote marks a period carried from an earlier sentence.
const carriedNote = "carried from an earlier sentence"

// context is what carries from one sentence to the next: the place and
// period in force, and the last count (for "Of those arrested, 277 ...").
type textContext struct {
	place     Place
	placePara int    // the paragraph that named place
	lastPlace *Place // the place named last in the sentence before ("there")
	// every place of the sentence before ("Each area had ...")
	prevPlaces []Place
	lastPara   int
	period     *Period
	periodPar  int // the paragraph that named period
	// the other periods of the sentence that named period ("In FY 2016
	// there were 240,255 removals; in FY 2017, 226,119 ...; and in FY
	// 2018, 256,085"): which one a later sentence carries is a guess
	periodOthers []Period
	// the last span of days within a year the text named ("between Jan.
	// 20 and April 29, 2016"), for "during that period in 2017" and "the
	// 2016 period" in later sentences, which may name years in between
	span    *Period
	measure string
	// the paragraph (+1, 0 for none) whose sentence last named the agency
	// as a whole ("ICE officers made 36,977 arrests ...")
	agencyPara int
	// the paragraph (+1, 0 for none) whose sentence last named the Border
	// Patrol (or CBP) and not ICE: "The agency made 310,531 arrests" after
	// it is the Patrol's
	cbpPara   int
	lastCount *Interpretation
	// the counts of the sentence before ("That's a 36.8 percent jump"
	// is the change between them)
	prevCounts []Interpretation
	// every figure of the sentence before with a measure (ranks refer to
	// changes too)
	prevFigures []Interpretation
	// the one country the last sentence naming countries named, and its
	// paragraph ("In 2017, 5,578 ... were Haitians. Last year, 934 were
	// sent back to the French-speaking Caribbean nation.")
	country     string
	countryPara int
	// the last share of the nation's count a sentence gave ("about 8
	// percent of the nation's removals"): "the 10 percent that the field
	// office averaged last year" is the same share of another period
	nationShare *Interpretation
}

// namedCountries lists the citizenships a text names, in order, once each.
func namedCountries(text string) []string {
	low := strings.ToLower(text)
	var out []string
	for _, m := range countryRe.FindAllString(notCitizenship(low), -1) {
		if c := countries[m]; !slices.Contains(out, c) {
			out = append(out, c)
		}
	}
	return out
}

// figureInTotalRe: "ICE reported 893 in total": the total of what the text
// is counting.
var figureInTotalRe = lazyRegexp(`\d\s+(?:in\s+total|total|all\s+told)\b`)

// allPeopleRe: a clause about everyone, of every citizenship.
var allPeopleRe = lazyRegexp(`\bof all (?:immigrants|migrants|noncitizens|non-citizens|nationalities|countries|foreign nationals|people)\b|\bof every (?:nationality|country)\b`)

// overallAfterRe: the figure's own words name the whole of a measure
// ("a six per cent drop in overall removals").
var (
	overallAfterRe = lazyRegexp(`^[^,;.]{0,30}?\b(?:overall|total)\s+(?:removals|deportations|arrests|deportees)\b`)
	ofToRe         = lazyRegexp(`^\s+(?:of|to)\b`)
)

// officeAnaphorRe: a sentence that speaks of the office named before.
var officeAnaphorRe = lazyRegexp(`(?i)\b(?:the|that|this) (?:field office|office|area of responsibility|division)\b`)

// officeRefRe: a sentence that speaks of the field office named before in
// its paragraph, also by its director's name ("Tom Feeley, the upstate New
// York field office director of ICE, said ... Feeley's field office made
// 1,736 arrests", at-en-tully-02): the place referred to is stated.
var officeRefRe = lazyRegexp(`\b(?:[Tt]he|[Tt]hat|[Tt]his|[Hh]is|[Hh]er|[A-Z][a-z]+['’]s) (?:field office|area of responsibility)\b`)

func hasAnaphor(low string) bool {
	if numberAnaphorRe.MatchString(low) || itHasMovedFromRe.MatchString(low) {
		return true
	}
	for _, p := range []string{"this marked", "that marked", "of those", "of them", "of these", "among them", "among those", "of the total", "of whom", "of that number", "everyone arrested", "all of them", "of these arrests", "those arrested"} {
		if strings.Contains(low, p) {
			return true
		}
	}
	return false
}

// itHasMovedFromRe: f2-trac230403-02, "Although this still lower than the
// Biden administration's height of 30,001 in November 2022, it has grown in
// recent weeks from around 20,500 at the start of the year": a clause whose
// subject is "it" (or "this", "that") and that says the number moved from
// a figure counts what the sentence before counts.
var itHasMovedFromRe = lazyRegexp(`(?i)(?:^\W*|[,;]\s+)(?:that|this|it)\s+(?:has|had|have)\s+(?:grown|risen|fallen|climbed|dropped|increased|decreased|declined|swelled|jumped)\b[^.;,\d]{0,30}\bfrom\b`)

// MaxClaims bounds the claims read from one text: an article has tens, and
// the bound keeps a hostile input from costing more than a long report.
const MaxClaims = 500

// Analyze finds and interprets the claims of a text, and the figures of
// its sentences icestat reads no question in, to be asked by value
// (bynumber.go). It is pure: no store is read.
func Analyze(in Input) ([]Interpretation, error) {
	if in.MaxNumbers > 0 {
		// FindAll stops at the first number past the bound: counting
		// costs no more than reading that much of the text
		if n := len(digitRunRe.FindAllStringIndex(in.Text, in.MaxNumbers+1)); n > in.MaxNumbers {
			return nil, answer.Bad("the text holds more than %d numbers, the most one check reads here: check it in parts (or with `icestat check`, which has no bound)", in.MaxNumbers)
		}
	}
	its, err := analyze(in)
	if err != nil {
		return nil, err
	}
	ref, _ := time.Parse("2006-01-02", strings.TrimSpace(in.Date))
	if in.Date == "" {
		ref, _ = articleDate(hyphens.Replace(in.Text))
	}
	return append(its, byNumberReadings(hyphens.Replace(in.Text), ref, its)...), nil // bynumber.go
}

// digitRunRe is a number as Input.MaxNumbers counts them.
var digitRunRe = lazyRegexp(`[0-9]+`)

// analyze reads the claims of the sentences the reader understands.
func analyze(in Input) ([]Interpretation, error) {
	in.Text = hyphens.Replace(in.Text)
	es := glossSpanish(in.Text) // Spanish sentences are read in an English gloss (spanish.go)
	in.Text = es.text
	var ref time.Time
	if in.Date != "" {
		t, err := time.Parse("2006-01-02", strings.TrimSpace(in.Date))
		if err != nil {
			return nil, fmt.Errorf("bad date %q (want YYYY-MM-DD)", in.Date)
		}
		ref = t
	} else if t, ok := articleDate(in.Text); ok {
		ref = t
	}
	ctx := textContext{place: Place{Kind: "national", Name: "nationwide", Implicit: true}}
	var given *Place
	if in.Place != "" {
		p, err := ParsePlace(in.Place)
		if err != nil {
			return nil, err
		}
		p.Implicit = true
		ctx.place = p
		given = &p
	}
	claims := addOutcomeWords(in.Text, Extract(in.Text))
	if len(claims) > MaxClaims {
		claims = claims[:MaxClaims]
	}
	sents := splitSentences(in.Text)
	foreign := foreignSourceRe.FindString(in.Text) // another government's data, named anywhere
	analyst := analystSourceRe.FindString(in.Text) // an auditor's report on ICE's data
	// Places named anywhere: per paragraph, the headline and the dateline
	// are candidates for figures whose sentence names none (readings.go).
	textPlaces := map[int][]Place{}
	var headPlaces []Place
	anyPlace := in.Place != ""
	plain := make([][]placeMention, len(sents))
	for si, s := range sents {
		plain[si] = places(s.text, "")
		for _, pm := range plain[si] {
			textPlaces[s.para] = appendPlace(textPlaces[s.para], pm.p)
			if si == 0 && s.para == 0 {
				headPlaces = appendPlace(headPlaces, pm.p)
			}
			if pm.p.Kind != "national" {
				anyPlace = true
			}
		}
	}
	// A headline naming one country ("More Kenyans deported during Trump's
	// first year") is a candidate for every figure of the text.
	var headCountry string
	if len(sents) > 0 && sents[0].para == 0 {
		if cs := namedCountries(sents[0].text); len(cs) == 1 {
			headCountry = cs[0]
		}
	}
	if p, ok := datelinePlace(in.Text); ok {
		headPlaces = appendPlace(headPlaces, p)
		anyPlace = true
	}
	var out []Interpretation
	ci := 0
	defaultPlace := ctx.place
	var earlier *Place // a place named in an earlier paragraph
	// the periods the text has named so far (a sentence without its own
	// period takes the one in force; it is stated when it is the only one)
	seenPeriods := map[string]bool{}
	for si, s := range sents {
		if ctx.placePara != s.para && !samePlace(ctx.place, defaultPlace) {
			// A new paragraph does not carry the place of the last one: the
			// text's default (--place or nationwide) is read first, the
			// earlier place is another reading.
			p := ctx.place
			earlier = &p
			ctx.place = defaultPlace
		}
		ctxState := ctx.place.State
		pms := plain[si]
		if ctxState != "" && (strings.Contains(s.text, "County") || theStateRe.MatchString(s.text)) {
			// counties and "the state" resolve against the state in force
			pms = places(s.text, ctxState)
		}
		pms = withoutWithTail(s.text, pms, claims, ci, si)
		pms = withoutDateline(s.text, pms)
		prs := figurePeriods(s.text, periods(s.text, ref))
		prs = append(prs, thenSpan(s.text, ctx.period)...)
		prs, movedBase := thatPeriodIn(s.text, prs, ctx.span, ref)
		// the sentence's own place and period, if any
		var sentPlace *Place
		distinct := 0
		for i, pm := range pms {
			if sentPlace == nil || pm.p.Kind == "county" || sentPlace.Kind == "national" || pm.p.Kind == "state" && sentPlace.Kind == "aor" {
				p := pm.p
				sentPlace = &p
			}
			if i == 0 || !samePlace(pm.p, pms[i-1].p) {
				distinct++
			}
		}
		main, base := choosePeriods(prs, ctx.period)
		firstSet := false
		var sentClaims []Claim
		for k := ci; k < len(claims) && claims[k].Sent == si; k++ {
			sentClaims = append(sentClaims, claims[k])
		}
		sentCountries := namedCountries(s.text)
		resp := respectively(s.text, sentClaims, prs, pms, sentCountries)
		if cols := pipeColumns(sents, si, sentClaims); cols != nil {
			resp = cols
		}
		var sentCounts, sentFigures []Interpretation
		for k := 0; ci < len(claims) && claims[ci].Sent == si; ci, k = ci+1, k+1 {
			c := claims[ci]
			pos := c.clauseOff + c.clauseStart
			cm, cb := main, base
			if cb == nil && c.Kind == KindChange && movedBase != nil {
				// "This year, ... during that period grew 53 percent":
				// compared with the days named before
				cb = movedBase
			}
			periodStated := main != nil && (mainMentions(prs) <= 1 || !main.Approx && mainMentions(exactMentions(prs)) == 1)
			if own := segmentPeriod(s.text, pos, prs, main, ctx.period); own != nil {
				cm, periodStated = own, true
			}
			if c.Kind == KindChange {
				if b, ok := ownBaseline(s.text, c, prs); ok {
					// "a 44 percent increase over fiscal 2016", after "an 11
					// percent increase over fiscal 2017": each change has
					// the baseline written after it
					cb = b
					if cm != nil && cm.String() == b.String() && main != nil && main.String() != b.String() {
						// "up 74 percent from the count of 39,703 on Jan. 16,
						// 2025": that date is the earlier figure's, not the
						// change's own
						cm = main
					}
				} else if cb != nil {
					for _, o := range sentClaims {
						if ob, ok := ownBaseline(s.text, o, prs); ok && o.Offset != c.Offset && o.Kind == KindChange && ob.String() == cb.String() {
							// "rose 29 percent in fiscal 2018, and were 22
							// percent higher than in fiscal 2016": the
							// sentence's baseline is the other figure's
							cb = nil
							break
						}
					}
				}
			}
			if b, ok := fromToBaseline(s.text, c, cb); ok {
				// "from A to B": A is the earlier figure
				cm = b
				periodStated = true
			}
			laterShare := false
			if c.Kind == KindShare && c.Unit == UnitPercent && fromShareBeforeRe.MatchString(s.text[:min(len(s.text), pos)]) {
				// "dropped from 62 percent to 55 percent between fiscal 2016
				// and fiscal 2018": B is the later share (the year range
				// right after it is not its own)
				if p := latestPeriod(prs); p != nil {
					cm, periodStated, laterShare = p, true, true
				}
			}
			adjacent, earlierFigure := false, false
			if p, ok := whenPeriod(s.text, pos, prs); ok {
				// "since October 2019, when ICE detained 49,419"
				cm, periodStated = p, true
			}
			if p, ok := parenPeriod(s.text, pos, prs); ok {
				// "rose in 2017 (312) and 2018 (369)"
				cm, periodStated = p, true
			}
			spanned := false
			for _, pm := range prs {
				if pm.span != nil && c.Kind == KindCount && cm != nil && cm.String() == pm.p.String() && !eachYearRe.MatchString(window(s.text, pm.start-40, pm.start)) &&
					(pos <= pm.start || !yearWordRe.MatchString(window(s.text, pm.start+len(pm.p.Text)+1, pos))) {
					// "Between 2016 and 2017, a total of 5,888 Haitian
					// nationals were removed": both years together
					p := *pm.span
					cm, spanned = &p, true
				}
			}
			// anchor: the period the year before is counted from; "The
			// previous year it removed 235,413 people" after "In FY 2016,
			// ICE removed 240,255" (bn-en-crimmigration-05) is FY2015, not
			// the year before the article, which the phrase's own reading
			// gives
			anchor := cm
			if anchor != nil && relativeYearRe.MatchString(anchor.Text) {
				anchor = nil
			}
			if p, ok := rangeBefore(s.text[min(len(s.text), pos+len(c.Text)):], c, ctx.period); ok {
				// "down 21 percent from the 717 arrested the previous
				// quarter and 48 percent from the 1,096 arrested during
				// same time last year", after a sentence on January to
				// March 2019 (before the adjacent "last year", which is
				// part of the phrase)
				cm, periodStated, adjacent = &p, true, true
			} else if own, ok := adjacentPeriod(s.text, c, prs); ok && !laterShare && !(c.Kind == KindChange && cb != nil && own.String() == cb.String()) {
				cm, periodStated, adjacent = own, true, true
				if sp := spanOf(prs, *own); sp != nil && c.Kind == KindCount && !eachYearRe.MatchString(s.text) && !annualRe.MatchString(s.text) {
					// "6,512 Haitians in fiscal years 2017-2018": the
					// years together, not the first of them
					cm = sp
				}
			} else if (anchor != nil || ctx.period != nil || lastDay(ctx, ref) != nil) && (c.Kind == KindCount || c.Kind == KindShare && c.Unit == UnitPercent) && (yearEarlierRe.MatchString(s.text[min(len(s.text), pos+len(c.Text)):]) || leadYearEarlierRe.MatchString(s.text[:min(len(s.text), pos)]) || yearEarlierAtRe.MatchString(s.text[:min(len(s.text), pos)])) ||
				c.Kind == KindChange && cm != nil && cm.Kind == "fy" && (changeYearEarlierRe.MatchString(s.text[min(len(s.text), pos+len(c.Text)):]) || yearEarlierAtRe.MatchString(s.text[:min(len(s.text), pos)])) {
				// (a change too: "compared with 30 percent growth a year
				// earlier", "the previous year, with 30 percent growth":
				// the change of the year before; stress run 34)
				// (a share too: "slipped to 59 percent in fiscal 2018 from
				// 61 percent a year earlier")
				// "143,470 a year earlier", "the 1,858 who were arrested the
				// year before" (the year before the one in force); "A year
				// earlier, it held 39,703", after "ICE held 68,990 people as
				// of Jan. 8" (that day a year before)
				ref := orPeriod(anchor, ctx.period, lastDay(ctx, ref))
				p := ref.previous()
				cm, periodStated, adjacent = &p, true, true
			} else if ref := orPeriod(cm, ctx.period); ref != nil && ref.Kind == "fy" && c.Kind == KindCount && prevPeriodAfterRe.MatchString(s.text[min(len(s.text), pos+len(c.Text)):]) {
				// "59 thousand deportations, far fewer than the 185 thousand
				// of the previous period" (aj-pt-opovo-02, "do período
				// anterior") after a fiscal year: the year before it
				p := ref.previous()
				p.Text = strings.TrimSpace(prevPeriodAfterRe.FindString(s.text[min(len(s.text), pos+len(c.Text)):]))
				cm, periodStated, adjacent = &p, true, true
			} else if m := yearsEarlierRe.FindStringSubmatch(s.text[min(len(s.text), pos+len(c.Text)):]); m != nil && cm != nil && cm.Kind == "fy" && (c.Kind == KindCount || c.Kind == KindShare && c.Unit == UnitPercent) {
				// "dropped to 55 percent in fiscal 2018 from 62 percent two
				// years earlier": the year in force that many years back
				n := countWord(m[1])
				p := cm.shifted(-n)
				p.Text = strings.TrimSpace(m[0])
				cm, periodStated, adjacent = &p, true, true
			} else if ref := orPeriod(cm, ctx.period); ref != nil && ref.Kind != "fy" && ref.Kind != "unresolved" && ref.Kind != "" && c.Kind == KindCount && sameSpanEarlierRe.MatchString(s.text[:pos]) {
				// "The new figures show that 687 immigrants were arrested
				// from Jan. 20 to April 29 ... For the same period last
				// year, the number was 523" (ba-en-newsday-03): the days in
				// force a year before
				if p := ref.shifted(-1); p.Kind != "" && p.Kind != "unresolved" {
					p.Text = strings.TrimSpace(sameSpanEarlierRe.FindStringSubmatch(s.text[:pos])[1])
					cm, periodStated, adjacent = &p, true, true
				}
			} else if c.Kind == KindCount && (upFromRe.MatchString(s.text[:pos]) || thanTheFigureRe.MatchString(s.text[:pos])) {
				// "up from 143,470": the earlier figure of a change; "13%
				// fewer than the 250,000 deported under Obama" (the gloss
				// of am-pt-acheiusa18-05): the figure compared with, whose
				// period the sentence's own is not
				if cb != nil {
					cm, periodStated = cb, true
				} else {
					periodStated, earlierFigure = false, true
				}
			}
			if cm != nil && c.Kind == KindCount && periodOfFromFigure(s.text, pos, prs) {
				// "decreased from 57,861 four weeks ago to 56,945", "rose
				// from 39,703 on January 16 to 47,892": the date is the
				// earlier figure's; the later one names none
				cm, periodStated = nil, false
			}
			if cm != nil && anchor == nil && cm.Kind == "fy" && relativeYearRe.MatchString(cm.Text) && !ctxPeriodHere(ctx, s.para) {
				// "ICE removed 235,413 people the previous year", with no
				// year before it: the year before the article's is a guess
				// (the writer's year may be another sentence's)
				periodStated = false
			}
			if cm != nil && c.Kind == KindCount && periodOfLaterFigure(s.text, pos, prs) {
				// "there are 59,762 people in ICE custody nationwide, a
				// figure close to the all-time high of 61,000 reached in
				// August" (bl-es-elchicagohispano-03, glossed): the month is
				// the later figure's, in its own part of the sentence
				cm, periodStated = nil, false
			}
			if cm != nil && agoOfLaterFigure(c, sentClaims, prs, *cm) {
				// "The 56,945 people reported as currently detained ... a
				// drop from the 57,861 ICE reported holding four weeks ago":
				// the past date is the later figure's, not this one's
				cm, periodStated = nil, false
			}
			inForce := main
			if inForce == nil && ctx.period != nil && ctx.periodPar == s.para {
				// "That's a 17 percent increase over the 102,500 arrests
				// that occurred during the same period in 2017", after a
				// sentence on October 2017 to June 2018
				inForce = ctx.period
			}
			m := samePeriodAfterRe.FindStringSubmatch(s.text[min(len(s.text), pos+len(c.Text)):])
			if pb := periodBefore(prs, pos); m != nil && main == nil && pb != nil {
				// "from about 126,000 in the first half of the 2017 fiscal
				// year to about 117,000 in the same period in fiscal year
				// 2018" (bx-en-latinovations-03): both periods are
				// baselines of "from ... to", so none is the sentence's; the
				// same period is the one named before the figure
				inForce = pb
			}
			if m == nil && main == nil {
				// "En el mismo período de 2016 los inmigrantes arrestados
				// sumaron 30.000" (w-es-pulmon-02's gloss): the phrase
				// before the figure, the sentence's only period
				m = samePeriodLeadRe.FindStringSubmatch(s.text[:min(pos, len(s.text))])
			}
			if m != nil && c.Kind == KindCount && inForce != nil && inForce.Kind != "unresolved" {
				// "12 percent fewer than the 39,328 arrests in the same
				// period of fiscal 2018": the sentence's period in that year
				var y int
				fmt.Sscan(m[2], &y)
				n := y - inForce.yearIn(m[1] != "")
				if n == 0 && m[1] == "" {
					// "the same period in 2017" for October 2017 to June
					// 2018: a bare year is ICE's fiscal year
					n = y - inForce.yearIn(true)
				}
				if n != 0 {
					if p := inForce.shifted(n); p.Kind != "unresolved" {
						p.Text = strings.TrimSpace(m[0])
						cm, periodStated, adjacent = &p, true, true
					}
				}
			}
			if !earlierFigure && !adjacent && cm == main && main != nil && mainMentions(prs) == 1 && ctx.period != nil && ctx.periodPar == s.para &&
				segmentPeriod(s.text, pos, prs, main, ctx.period) == nil {
				// "It deported 3,408 people, nearly double the 1,731
				// recorded in 2016": the sentence's one period is the later
				// figure's; this one keeps the period in force
				for _, o := range sentClaims {
					if o.Offset <= c.Offset {
						continue
					}
					if op, ok := adjacentPeriod(s.text, o, prs); ok && op.String() == main.String() {
						p := *ctx.period
						cm, periodStated = &p, false
						break
					}
				}
			}
			if !periodStated && !earlierFigure && cm == main {
				// "In the first quarter of FY 2019, from October to December
				// 2018, ICE deported 66,549, while in the second quarter ...":
				// the period phrases leading the figure's clause, when they
				// name one period
				if p := leadingPeriod(s.text, pos, prs); p != nil {
					cm, periodStated = p, true
				}
			}
			cp := sentPlace
			placeNote := ""
			adjPlace := false
			if _, inSeg := segmentPlace(s.text, pos, pms); !inSeg && len(pms) > 0 {
				segFrom, segTo := segmentBounds(s.text, pos)
				before := false
				for _, pm := range pms {
					if pm.start < segFrom {
						before = true
					}
				}
				switch {
				case continues(s.text[segFrom:segTo]) && ctx.lastPlace != nil && ctx.lastPara == s.para:
					// "Agents there seized 16,530, while the Houston office
					// seized 13,565": "there" is the place named last before
					p := *ctx.lastPlace
					cp = &p
				case !before && pms[0].start >= segTo:
					placeNote = placeInOtherPart
				}
			}
			if distinct > 1 && placeNote == "" && (cp == sentPlace) {
				if p, ok := segmentPlace(s.text, pos, pms); ok {
					cp = &p
				} else if p, ok := adjacentPlace(s.text, c, pms); ok {
					// "16,520 people were arrested in the Dallas area last
					// year and 13,585 in Houston": and the bare city of the
					// ellipsis is an area like the one named in full
					if p.Approx && p.Kind == "aor" {
						for _, pm := range pms {
							if pm.p.Kind == "aor" && !pm.p.Approx {
								p.Approx = false
								p.Name = "ERO " + strings.TrimPrefix(p.Name, "ERO ")
							}
						}
					}
					cp, adjPlace = &p, true
				} else if p, ok := placeJustBefore(s.text, c, pms); ok {
					cp = &p
				} else {
					placeNote = "the sentence names several places"
				}
			}
			if placeNote == "" && !adjPlace && cp != nil && cp.Kind == "aor" && otherAreaCity(s.text, cp.AOR, pms) {
				// "the Dallas area made 16,520 arrests and Houston 13,575":
				// a bare area city no place phrase read may be the
				// figure's place
				placeNote = "the sentence also names another area's city"
			}
			if r, ok := resp[k]; ok {
				if r.period != nil {
					cm, periodStated = r.period, true
				}
				if r.place != nil {
					cp, placeNote = r.place, ""
				}
			}
			if cm != nil {
				// "As of June, ICE had made 120,549 arrests in fiscal 2018"
				if p, ok := fyThroughMonth(s.text, *cm, pos, prs); ok {
					cm = &p
				}
			}
			it := interpret(c, ctx, cp, cm, cb, ref)
			for k := si - 1; k >= 0 && sents[k].para == s.para; k-- {
				it.paraBefore = sents[k].text + " " + it.paraBefore
			}
			if it.Claim.Kind == KindChange && it.Baseline != nil && it.Baseline.String() == it.Period.String() {
				// a change compared with its own period ("rose 29 percent
				// from January to April 2017", "a 7 percent drop from Jan.
				// 20 to April 29, 2016" read on those days): no reading of
				// the sentence, whatever misread it (stress run 33)
				it.Baseline = nil
				it.Describe = describe(it)
			}
			if r, ok := resp[k]; ok && r.country != "" && countryMeasures[it.Measure] {
				it.Filters = mergeFilters(it.Filters, map[string][]string{"country": {r.country}})
				it.Describe = describe(it)
			}
			if p, ok := asOfFiscalToDate(it, prs); ok && !reStock.MatchString(s.text) {
				// "As of September 9, just three weeks before the end of the
				// 2017 fiscal year, the Trump administration has only
				// deported 211,068": removals of FY2017 up to that day
				it.Period, periodStated = p, true
				it.Describe = describe(it)
			}
			var demo []Interpretation
			if (c.Kind == KindChange || c.Kind == KindSuperlative || c.Kind == KindRank) && (demonstrativeRe.MatchString(s.text) || c.Kind == KindRank) && len(pms) == 0 {
				if d, ok := demonstrative(c, ctx, prs, ref); ok {
					it, demo = d.it, d.refs
				}
			}
			if earlierFigure && it.Period.Kind == "fy" {
				// "fell to 143,000 from 159,000" with no baseline named: the
				// figure after "from" is the year before the sentence's
				p := it.Period.previous()
				p.Defaulted, p.Note = it.Period.Defaulted, "the year before "+it.Period.String()+": the earlier figure of the change"
				it.Period = p
				it.Describe = describe(it)
			}
			if !periodStated && it.Claim.Kind == KindChange && it.Period.Text != "" && len(prs) > 0 && strings.Contains(s.text, it.Period.Text) {
				// the change's span is the sentence's own period phrase
				// ("by 13 percent over the last year")
				periodStated = true
			}
			// What the sentence itself did not state (verdict.go: such a
			// reading may support a figure but never contradict it).
			un := map[string]string{}
			if it.Measure != "" && measureCarried(it) {
				un["measure"] = "carried from an earlier sentence"
			}
			for _, n := range it.Notes {
				if strings.HasPrefix(n, "measure ambiguous") {
					un["measure"] = strings.TrimPrefix(n, "measure ambiguous: ")
				}
				if strings.HasPrefix(n, "baseline implied") {
					un["period"] = "the earlier period of the change is not stated (" + it.Baseline.String() + " assumed)"
				}
			}
			switch {
			case placeNote != "":
				un["place"] = placeNote
			case cp != nil && cp.Approx:
				un["place"] = cp.Name + " read as the " + it.Place.String() + " area of responsibility"
			case cp == nil && given != nil && samePlace(*given, it.Place):
				// --place: the user stated the article's place
			case cp == nil && ctx.placePara == s.para && !samePlace(ctx.place, defaultPlace) && samePlace(ctx.place, it.Place) && elsewhereRe.MatchString(s.text):
				// "The arrests' spike mirrors increases elsewhere, with a 35
				// percent rise ... in that period" (ba-en-newsday-05 had "at
				// the national level"): the sentence speaks of another
				// place than the one carried
				un["place"] = "the sentence compares with another place (\"" + elsewhereRe.FindString(s.text) + "\"); " + it.Place.String() + " carried from the sentence before"
			case cp == nil && ctx.placePara == s.para && !samePlace(ctx.place, defaultPlace) && samePlace(ctx.place, it.Place) && (continues(s.text) || demonstrativeRe.MatchString(s.text) || thatPeriodRe.MatchString(s.text) ||
				it.Place.Kind == "aor" && officeRefRe.MatchString(s.text)):
				// "Agents there seized ...": the place of the sentence before,
				// referred to; "This year, the number of deportations during
				// that period grew 53 percent": the question of the sentence
				// before (its place too), referred to with its days
			case cp == nil && anyPlace:
				un["place"] = "the sentence names no place (" + it.Place.String() + " assumed)"
			case cp == nil && it.Place.Kind == "national" && localPlaceRefRe.MatchString(s.text):
				// "Immigration and Customs Enforcement officers in the city
				// deported 2,593 people in the 2018 fiscal year"
				// (ba-en-patch-01, after a headline on New York City): a
				// place named before, not the nation
				un["place"] = "the sentence refers to a place named before (\"" + localPlaceRefRe.FindString(s.text) + "\"), nationwide assumed"
			case cp == nil && it.Place.Kind == "national" && !namesAgency(s.text) && ctx.agencyPara != s.para+1:
				// "However, officers made 35,167 arrests" after "ICE officers
				// made 36,977 arrests", in a text naming no place: the
				// agency named in the paragraph is stated for the sentence
				// "Removals also increased ...": nothing says nationwide
				un["place"] = "the sentence names no place and no agency (nationwide assumed)"
			}
			if low := lowerASCII(s.text); ctx.cbpPara == s.para+1 && !iceNamedRe.MatchString(low) && !cbpNamedRe.MatchString(low) && cbpAnaphorRe.MatchString(low) {
				// "Arrests by the U.S. Border Patrol fell to their lowest
				// level in 45 years. The agency made 310,531 arrests ..."
				// (ap-es-elsentinel-02's gloss, "La patrulla efectuó"):
				// the agency is the Patrol, whose arrests ICE's records
				// do not hold
				un["source"] = "the agency of the sentence before is the Border Patrol (CBP), whose arrests and removals are not ICE's records"
			}
			if it.Claim.Kind == KindChange && (it.Period.Bare || it.Baseline != nil && it.Baseline.Bare) {
				// "from 2016 to 2017", "in 2017, compared with the same period
				// in 2016": fiscal years, calendar years or the same part of each
				un["period"] = "bare years: fiscal, calendar or the same part of each year"
			}
			if it.Claim.Kind != KindChange && onlyStarts(prs) {
				// "7,000 arrests in the region since 2016": the year is
				// where a period starts; its end is not stated
				un["period"] = "\"" + prs[0].p.Text + "\" states where the period starts, not its end"
			}
			if unreadDate(s.text, 0, prs) {
				un["period"] = "the figure's own date is not read"
			}
			if at := c.clauseOff + c.clauseStart; c.Kind == KindCount && yearsAndRe.MatchString(window(s.text, at, at+len(c.Text)+60)) {
				// "6,512 Haitians in fiscal 2017 and 2018": the two years
				// together, or each of them
				un["period"] = "two years named together: the figure may be their total or each year's"
			}
			for _, m := range valueChainRe.FindAllStringIndex(s.text, -1) {
				if at := c.clauseOff + c.clauseStart; at >= m[0] && at < m[1] {
					// "went from 110,104 to 143,470 to 158,581 over fiscal
					// 2016-2018": steps over a span, each a period the
					// sentence does not write
					un["period"] = "one of a sequence of values over a span; the sentence does not write each value's period"
				}
			}
			if it.Period.Approx {
				un["period"] = it.Period.Text + " is an approximate date"
			}
			if termYearRe.MatchString(it.Period.Text) || termYearsRe.MatchString(it.Period.Text) {
				un["period"] = "\"" + it.Period.Text + "\" may be a fiscal year, a calendar year or twelve months of the term"
			}
			for _, p := range []*Period{&it.Period, it.Baseline} {
				if p == nil || p.Kind != "fy" || p.Text == "" {
					continue
				}
				if i := strings.Index(s.text, p.Text); i > 0 && samePartRe.MatchString(window(s.text, i-45, i)) {
					// "up from about 25,000 in the same period of fiscal
					// 2018", "a 42 percent increase over the same time
					// period in FY 2016": a part of that year, which the
					// sentence does not pin down
					un["period"] = "the sentence speaks of a part of a year (\"" + samePartRe.FindString(window(s.text, i-45, i)) + p.Text + "\"), not the whole " + p.String()
				}
			}

			if endsOnArticleDate(it.Period, ref) {
				// "since the first day of the Trump Administration", "so far
				// this fiscal year", "since October 1": the period ends where
				// the writer's source ends, which may be before the article
				// (a report's year, the last month of data), even "so far"
				un["period"] = "\"" + it.Period.Text + "\" states where the period starts; its end (the article's date " + ref.Format("2006-01-02") + " assumed) is the source's, not stated"
			}
			if end := periodEnd(it.Period); !ref.IsZero() && end != "" && ref.Format("2006-01-02") < end && it.Period.Kind != "date" {
				// "this year" in May, "in fiscal 2018" in an article of June
				// 2018: the year had not ended, so the figure is a year to date
				un["period"] = it.Period.String() + " had not ended on the article's date " + ref.Format("2006-01-02") + ": the figure is for part of it"
			} else if pastYearRe.MatchString(it.Period.Text) || it.Period.Kind == "range" && pastYearRe.MatchString(window(s.text, pos-40, pos+len(c.Text)+40)) {
				// "In the past year, ICE arrested 151,246": twelve months
				// ending where the writer's data end, a month or more
				// before the article
				un["period"] = "\"" + it.Period.Text + "\" ends where the writer's data end, which may be months before the article's date"
			} else if it.Period.Kind == "fy" && soFarRe.MatchString(s.text) {
				// "So far in fiscal year 2018" in October 2018: the year
				// had ended, but "so far" says the writer's data stop
				// before its end
				un["period"] = "\"so far\" in " + it.Period.String() + ": the writer's data may stop before the year's end"
			}
			carried := ctx.period != nil && ctx.periodPar == s.para && len(prs) == 0 && (thenRe.MatchString(s.text) || alsoLeadRe.MatchString(s.text)) && it.Period.String() == ctx.period.String()
			if ctx.period != nil && len(prs) == 0 && len(seenPeriods) == 1 && seenPeriods[it.Period.String()] && it.Period.String() == ctx.period.String() && !unreadPeriodRe.MatchString(s.text) {
				// the text so far names one period only: a sentence without
				// its own is about that one, as a reader takes it
				carried = true
			}
			if it.Claim.Kind == KindCount && pos <= len(s.text) && includingRe.MatchString(s.text[max(0, pos-25):pos]) {
				for _, w := range sentCounts {
					if w.Measure == it.Measure && samePlace(w.Place, it.Place) && w.Period.String() == it.Period.String() && len(it.Filters) <= len(w.Filters) {
						// "removed 26,917 people in fiscal 2018, including
						// 24,899 Mexicans": a part of that count whose kind
						// was not read (stress run 34)
						un["measure"] = fmt.Sprintf("a part (\"%s\") of the %s counted before in the sentence, of a kind not read", strings.TrimSpace(includingRe.FindString(s.text[max(0, pos-25):pos])), w.Claim.Text)
					}
				}
			}
			if w := wholeOf(out, it); w != nil {
				// "Of the 158,581 people ICE arrested, 141,045 were deported":
				// a part of another measure's population, which the records
				// count only as a whole of its own
				un["measure"] = fmt.Sprintf("a part of the %s %s counted before in the sentence, read as %s", w.Claim.Text, w.Measure, it.Measure)
			}
			if !periodStated && it.Period.Kind == "fy" && relativeYearRe.MatchString(it.Period.Text) && yearAfterNamed(prs, it.Period) {
				periodStated = true
			}
			if it.Period.Defaulted && !refersBack(it) {
				un["period"] = "the text names no period (" + it.Period.String() + ", the fiscal year that ended last before the article's date, assumed)"
			} else if !periodStated && it.Period.Kind == "fy" && relativeYearRe.MatchString(it.Period.Text) && !ctxPeriodHere(ctx, s.para) {
				un["period"] = "\"" + it.Period.Text + "\" names the year before one the text does not give (" + it.Period.String() + ", the year before the article's, assumed)"
			} else if !periodStated && it.Period.Kind != "unresolved" && !refersBack(it) && !carried {
				un["period"] = "the sentence names no period (" + it.Period.String() + " carried from an earlier sentence)"
			} else if strings.Contains(it.Period.Note, yearOfEarlierSentence) {
				// "since October" after a sentence on last year: that
				// year's October, or the last one before the article
				un["period"] = "\"" + it.Period.Text + "\" names no year: " + yearOfEarlierSentence
				for _, pm := range prs {
					if pm.since != nil && pm.fallback != nil && strings.HasPrefix(it.Period.Text, pm.p.Text) {
						it.altPeriods = append(it.altPeriods, *pm.fallback)
					}
				}
			}
			if refersBack(it) && ctx.lastCount != nil {
				// "Of those arrested, 277 ...": the question is the one of
				// the count referred to
				un = copyStrings(ctx.lastCount.Unstated)
				if it.Claim.Kind == KindChange && len(seenPeriods) > 1 {
					// "Compared to 2016 when 26 ... were deported, the number
					// has almost doubled" after counts of 2018 and 2017: which
					// of them "the number" is, is a guess
					if un == nil {
						un = map[string]string{}
					}
					un["period"] = "the change refers back to a count, and the text names counts of several periods"
				}
			}
			if demo != nil {
				// "That's a 36.8 percent jump": the figures referred to
				// stated the question
				un = map[string]string{}
				for _, d := range demo {
					for k, v := range d.Unstated {
						un[k] = v
					}
				}
			}
			if m := thoseYearsRe.FindString(s.text); m != "" {
				// "surpassed 200,000 in both those years": years named in
				// another sentence, which one is a guess
				if un == nil {
					un = map[string]string{}
				}
				un["period"] = "\"" + m + "\" refers to periods named before"
			}
			if un == nil {
				un = map[string]string{}
			}
			if it.Claim.Kind == KindShare && it.Claim.Value > 100 {
				// "un aumento del 189 %": no part is more than its whole
				un["measure"] = "a share above 100 percent is a change or a ratio, which the sentence does not say"
			}
			if spanned && strings.HasSuffix(it.Period.Note, "together") {
				// a count over "between 2016 and 2017" may also be of the
				// last year alone, or of calendar years
				un["period"] = "a span of two years: both together (fiscal or calendar), or the last one alone"
			}
			if it.Measure == "removals" && len(it.Filters["country"]) > 0 && !iceNamedNear(sents, si) {
				// "roughly 152,000 Mexican nationals being deported between
				// January and November 2017" (Mexico's own count, border
				// returns included): a citizenship's deportations are
				// counted by its government and by DHS as a whole too
				un["source"] = "the text does not say the deportations are ICE's: a citizenship's deportations from the United States are also counted by its own government and by DHS as a whole (border returns included)"
				if foreign != "" {
					un["source"] = "the text draws on another government's migration data (" + foreign + "), which counts returns by its own definitions and calendar, and does not say these deportations are ICE's"
				}
			}
			if (notEnglish(s.text) || es.spanish(s.start)) && !es.readable(c.Offset, c.Offset+len(c.Text)) {
				// icestat reads English: in another language only a clause
				// the gloss read in full is stated (spanish.go, readable);
				// elsewhere a figure may be supported, never contradicted
				un["measure"] = "the sentence is not in English, which icestat reads"
			}
			if len(un) > 0 {
				it.Unstated = un
			}
			for _, p := range textPlaces[s.para] {
				if !samePlace(p, it.Place) {
					it.altPlaces = appendPlace(it.altPlaces, p)
				}
			}
			for _, p := range headPlaces {
				if !samePlace(p, it.Place) {
					it.altPlaces = appendPlace(it.altPlaces, p)
				}
			}
			if cp == nil && ctx.place.Kind != "" && !samePlace(ctx.place, it.Place) {
				it.altPlaces = appendPlace(it.altPlaces, ctx.place)
			}
			if cp == nil && earlier != nil && !samePlace(*earlier, it.Place) {
				it.altPlaces = appendPlace(it.altPlaces, *earlier)
			}
			if len(it.Filters["country"]) == 0 && countryMeasures[it.Measure] {
				// a figure without a country in a sentence or text about
				// one: that country is a reading (never stated)
				if len(sentCountries) == 1 {
					it.altCountries = append(it.altCountries, sentCountries[0])
				} else if len(sentCountries) == 0 && ctx.country != "" && ctx.countryPara == s.para {
					it.altCountries = append(it.altCountries, ctx.country)
				}
				if headCountry != "" && !slices.Contains(it.altCountries, headCountry) {
					it.altCountries = append(it.altCountries, headCountry)
				}
			}
			for _, pm := range prs {
				if spanned && pm.span != nil && pm.alt != nil && pm.span.String() == it.Period.String() {
					it.altPeriods = append(it.altPeriods, *pm.alt)
				}
				if pm.alt != nil && pm.p.String() == it.Period.String() {
					it.altPeriods = append(it.altPeriods, *pm.alt)
				}
				if adjacent || resp[k].period != nil {
					break
				}
				if !pm.baseline && pm.p.Kind != "unresolved" && pm.p.Kind != "since" && pm.p.String() != it.Period.String() {
					it.altPeriods = append(it.altPeriods, pm.p)
				}
			}
			if carried && len(prs) == 0 && thatYearRe.MatchString(s.text) {
				// "... in fiscal 2018 rose 9.5% over 2017. That year, the
				// administration removed 128,765 Mexicans" (aj-es-infobae-07,
				// "Ese año"): "that year" may be the year the sentence before
				// named last, its change's baseline, as well as its own
				for _, w := range ctx.prevFigures {
					if b := w.Baseline; b != nil && (b.Kind == "fy" || b.Kind == "year") && b.Kind == it.Period.Kind &&
						w.Period.String() == it.Period.String() && b.String() != it.Period.String() &&
						!slices.ContainsFunc(it.altPeriods, func(q Period) bool { return q.String() == b.String() }) {
						it.altPeriods = append(it.altPeriods, *b)
					}
				}
			}
			others := it.altPeriods
			if main != nil {
				others = append([]Period{*main}, others...)
			}
			if ctx.period != nil && sameMonthsRe.MatchString(s.text) {
				// "In fiscal 2016 the agency arrested 77,806 people over the
				// same months", after a sentence on January 20 to September 30
				others = append(others, *ctx.period)
			}
			if w, ok := partYearWindow(it.Period, others); ok && c.Kind == KindCount {
				// "110,568 arrests [January 20 - September 30] compared to
				// 77,806 in FY2016": the figure compared with a part of a
				// fiscal year may be the same part of its own year
				it.altPeriods = append(it.altPeriods, w)
				setUnstated(&it, "period", "the sentence compares with a part of a fiscal year ("+w.Note+"); \""+it.Period.Text+"\" may mean the same part of that year")
			}
			if c.Kind == KindCount || c.Kind == KindShare {
				if ps := eachPlaces(s.text, c, sentClaims, k, pms, ctx); len(ps) > 1 {
					it.eachPlaces = ps
					it.Place = ps[0]
					delete(it.Unstated, "place")
					if len(it.Unstated) == 0 {
						it.Unstated = nil
					}
					it.Describe = describe(it)
				}
			}
			out = append(out, it)
			if c.Kind == KindCount && it.Measure != "" && it.Period.Kind != "unresolved" {
				sentCounts = append(sentCounts, it)
			}
			if it.Measure != "" && it.Period.Kind != "unresolved" && (c.Kind == KindCount || c.Kind == KindChange) {
				sentFigures = append(sentFigures, it)
			}
			if it.Measure != "" {
				ctx.measure = it.Measure
			}
			if it.BaseNational && it.Place.Kind == "aor" {
				cp := it
				ctx.nationShare = &cp
			}
			// The first count of a sentence that is not itself a part of an
			// earlier count is what "those arrested" refers to later; the
			// counts after it in the sentence are parts of it.
			if c.Kind == KindCount && it.Measure != "" && !firstSet && !hasAnaphor(strings.ToLower(c.Sentence)) {
				cp := it
				ctx.lastCount = &cp
				firstSet = true
			}
		}
		ctx.prevCounts, ctx.prevFigures = sentCounts, sentFigures
		if len(sentCountries) == 1 {
			ctx.country, ctx.countryPara = sentCountries[0], s.para
		} else if len(sentCountries) > 1 {
			ctx.country = "" // which of them a later figure is about is a guess
		}
		if namesAgency(s.text) {
			ctx.agencyPara = s.para + 1
		}
		switch low := lowerASCII(s.text); {
		case iceNamedRe.MatchString(low):
			ctx.cbpPara = 0
		case cbpNamedRe.MatchString(low):
			ctx.cbpPara = s.para + 1
		}
		if k := measureKinds(attributionRe.ReplaceAllString(lowerASCII(s.text), "")); len(k) == 1 && len(sentClaims) == 0 {
			// "Dallas has led in the number of ICE arrests": a sentence
			// without figures still names the measure the next ones count
			ctx.measure = k[0]
		}
		if len(pms) > 0 {
			p := pms[len(pms)-1].p
			ctx.lastPlace, ctx.lastPara = &p, s.para
			ctx.prevPlaces = nil
			for _, pm := range pms {
				ctx.prevPlaces = appendPlace(ctx.prevPlaces, pm.p)
			}
		}
		// carry the sentence's place (not counties) and period forward
		if sentPlace != nil && sentPlace.Kind != "county" {
			p := *sentPlace
			p.Implicit = true
			ctx.place, ctx.placePara = p, s.para
		}
		if main != nil && main.Kind != "unresolved" && !termYearsRe.MatchString(main.Text) {
			// (an unresolved period, "the Obama years", "an operation", is
			// no period a later sentence can be about; nor is one of the
			// years of "Obama's final two years", f0-gephardt-06)
			p := *main
			ctx.period, ctx.periodPar = &p, s.para
			ctx.periodOthers = nil
			for _, pm := range prs {
				if q := pm.p; q.Kind != "unresolved" && q.Kind != "since" && !pm.baseline && q.String() != p.String() &&
					!slices.ContainsFunc(ctx.periodOthers, func(o Period) bool { return o.String() == q.String() }) {
					ctx.periodOthers = append(ctx.periodOthers, q)
				}
			}
		}
		for _, pm := range prs {
			if dayspanWithinYear(pm.p) && !pm.baseline {
				p := pm.p
				ctx.span = &p
			}
		}
		for _, pm := range prs {
			if pm.p.Kind != "unresolved" && pm.p.Kind != "since" {
				seenPeriods[pm.p.String()] = true
			}
		}
	}
	if !ref.IsZero() {
		for i := range out {
			out[i].ref = ref.Format("2006-01-02")
		}
	}
	markOutcomes(out, ref)
	parentheticalChanges(out)
	for i := range out {
		out[i].foreignSource, out[i].analystSource = foreign, analyst
	}
	return es.restore(detentionPass(in.Text, ref, out)), nil
}

// fromToPctRe: "increasing from 9,634 to 16,520 (41 percent)".
var (
	fromToPctRe = lazyRegexp(`(?i)\bfrom\s+([\d,]+)\s+(?:\w+\s+){0,4}?to\s+([\d,]+)(?:\s+\w+){0,3}?\s*\(\s*(?:an?\s+|up\s+|down\s+)?([\d.]+\s*(?:percent|%))`)
	// "only growing about 1 percent from 8,425 to 8,510"
	pctFromToRe = lazyRegexp(`(?i)\b(?:grow(?:ing|s)?|grew|ris(?:ing|es)|rose|up|increas(?:ing|ed|es)|jump(?:ing|ed|s)?|fall(?:ing|s)?|fell|down|declin(?:ing|ed|es)|dropp(?:ing|ed)|drops?|decreas(?:ing|ed|es))\s+(?:by\s+)?(?:about\s+|nearly\s+|roughly\s+|some\s+|almost\s+|around\s+|more than\s+)?(([\d.]+)\s*(?:percent|%))\s*,?\s+from\s+([\d,]+)\s+(?:\w+\s+){0,4}?to\s+([\d,]+)`)
)

// parentheticalChanges reads a percentage in parentheses after "from A to
// B" as the change from A to B: the question of B over the period of A.
func parentheticalChanges(its []Interpretation) {
	for i := range its {
		c := its[i].Claim
		if c.Kind != KindChange && c.Kind != KindShare || c.Unit != UnitPercent || its[i].Baseline != nil {
			continue
		}
		type span3 struct{ pct, a, b int }
		var spans []span3
		for _, m := range fromToPctRe.FindAllStringSubmatchIndex(c.Sentence, -1) {
			spans = append(spans, span3{m[6], m[2], m[4]})
		}
		for _, m := range pctFromToRe.FindAllStringSubmatchIndex(c.Sentence, -1) {
			spans = append(spans, span3{m[2], m[6], m[8]})
		}
		for _, sp := range spans {
			if pos := c.clauseOff + c.clauseStart; pos > sp.pct || sp.pct >= pos+len(c.Text) {
				continue
			}
			var a, b *Interpretation
			for j := range its {
				o := &its[j]
				if o.Claim.Sentence != c.Sentence || o.Claim.Kind != KindCount {
					continue
				}
				switch o.Claim.clauseOff + o.Claim.clauseStart {
				case sp.a:
					a = o
				case sp.b:
					b = o
				}
			}
			if a == nil || b == nil || b.Measure == "" || a.Measure != b.Measure || a.Period.String() == b.Period.String() {
				continue
			}
			it := &its[i]
			it.Claim.Kind, it.Claim.Direction = KindChange, 1
			if b.Claim.Value < a.Claim.Value {
				it.Claim.Direction = -1
			}
			it.Measure, it.Place, it.Filters, it.Base = b.Measure, b.Place, b.Filters, b.Base
			it.Period = b.Period
			bl := a.Period
			it.Baseline = &bl
			it.Unstated = copyStrings(b.Unstated)
			for k, v := range a.Unstated {
				if it.Unstated == nil {
					it.Unstated = map[string]string{}
				}
				it.Unstated[k] = v
			}
			if a.Claim.Value > 0 && !compare(it.Claim, math.Abs(100*(b.Claim.Value-a.Claim.Value)/a.Claim.Value)) {
				// the sentence's own figures fix the question: a percentage
				// that does not follow from them is wrong under any reading
				// that gives them
				it.Unstated = nil
				it.Notes = append(it.Notes, fmt.Sprintf("the sentence's own figures give %+.1f%% from %s to %s", 100*(b.Claim.Value-a.Claim.Value)/a.Claim.Value, a.Claim.Text, b.Claim.Text))
			}
			it.Notes = append(it.Notes, "the percentage is read as the change from "+a.Claim.Text+" to "+b.Claim.Text)
			it.Describe = describe(*it)
		}
	}
}

// yearOfEarlierSentence marks a start without a year ("since October")
// read in the fiscal year of an earlier sentence.
const yearOfEarlierSentence = "the fiscal year of an earlier sentence"

// choosePeriods picks the period a sentence is about and the baseline of a
// change ("over FY2016").
func choosePeriods(prs []periodMention, ctxPeriod *Period) (*Period, *Period) {
	var main, base *Period
	var since *periodMention
	for i := range prs {
		pm := prs[i]
		if pm.since != nil && pm.p.Kind == "since" {
			since = &prs[i]
			continue
		}
		if pm.baseline {
			if base == nil {
				p := pm.p
				base = &p
			}
			continue
		}
		if main == nil {
			p := pm.p
			main = &p
		}
	}
	if since != nil {
		// "after January 20" inside a fiscal year: from that day to the end
		// of the fiscal year.
		fy := main
		if (fy == nil || fy.Kind != "fy") && (since.fallback == nil ||
			ctxPeriod != nil && ctxPeriod.Kind == "fy" && since.fallback.To > fmt.Sprintf("%d-09-30", ctxPeriod.FY)) {
			// the fiscal year in force, when it had ended by the article's
			// date ("since the inauguration" in a report on that year)
			fy = ctxPeriod
		}
		if fy != nil && fy.Kind == "fy" && since.fallback != nil && len(since.fallback.From) == 10 && since.fallback.From[:4] > fmt.Sprint(fy.FY) {
			// "From the start of the Trump Administration through the end
			// of the fiscal year, ERO made 110,568 arrests compared to 77,806
			// in FY2016": the inauguration's own year, not the compared one
			fy = nil
		}
		if fy != nil && fy == ctxPeriod && since.fallback != nil && len(since.fallback.From) == 10 &&
			(since.fallback.From < fmt.Sprintf("%d-10-01", fy.FY-1) || since.fallback.From > fmt.Sprintf("%d-09-30", fy.FY)) {
			// "since October" in June 2017 after a sentence on last year:
			// the last October, not the one before the earlier year
			fy = nil
		}
		if fy != nil && fy.Kind == "fy" {
			y := fy.FY
			if since.since.Month() >= 10 {
				y--
			}
			from := time.Date(y, since.since.Month(), since.since.Day(), 0, 0, 0, 0, time.UTC)
			p := Period{Kind: "range", Text: since.p.Text + " (in FY" + fmt.Sprint(fy.FY) + ")", From: from.Format("2006-01-02"),
				To: fmt.Sprintf("%d-09-30", fy.FY), Note: "from that day to the end of FY" + fmt.Sprint(fy.FY) + ", the day itself included as in ICE's reports"}
			if fy == ctxPeriod && since.fallback != nil {
				// the year is an earlier sentence's: a guess, with the
				// article's date the other reading (interpret reads both)
				p.Note += "; " + yearOfEarlierSentence
			}
			main = &p
		} else if since.fallback != nil {
			p := *since.fallback
			main = &p
		} else {
			p := Period{Kind: "unresolved", Text: since.p.Text, Unresolved: fmt.Sprintf("%q names no year; give the article's date (--date)", since.p.Text)}
			main = &p
		}
	}
	return main, base
}

func interpret(c Claim, ctx textContext, sentPlace *Place, main, base *Period, ref time.Time) Interpretation {
	it := Interpretation{Claim: c}
	// Words far from the figure say nothing about it; windows also keep
	// the work linear on very long "sentences".
	const reach = 400
	clauseLow := lowerASCII(c.Clause)
	low := window(clauseLow, c.clauseStart-reach, c.clauseEnd+reach)
	pos := c.clauseStart - max(0, c.clauseStart-reach)
	sentPos := c.clauseOff + c.clauseStart
	sentLow := window(lowerASCII(c.Sentence), sentPos-reach, sentPos+reach)
	// The figure's own stretch (between its neighbours) says what it
	// counts; a measure word right after it ("2,535 were removed",
	// "143,470 arrests") wins over a nearer one before it.
	own, ownPos := low, pos
	if c.bounded {
		own = window(clauseLow, c.prevEnd, c.nextStart)
		ownPos = c.clauseStart - max(0, min(c.prevEnd, len(clauseLow)))
		if c.nextStart < len(clauseLow) && ownPos+len(c.Text) <= len(own) {
			// "arrests are up 2.6 percent and removal orders increased by
			// 23.8 percent": after the figure, a conjunction starts the
			// next figure's subject, whose qualifiers are not this one's
			if m := nextSubjectRe.FindStringIndex(own[ownPos+len(c.Text):]); m != nil {
				own = own[:ownPos+len(c.Text)+m[0]]
			}
		}
		low, pos = own, ownPos
	}
	m := measureAfter(own, ownPos+len(c.Text))
	if k := nounOfRe.FindStringSubmatch(own[:max(0, min(len(own), ownPos))]); k != nil {
		// "the arrest of nearly 160,000 undocumented immigrants and the
		// deportation of 256,085": the noun the figure completes
		m = measureIn(k[1])
	}
	ambiguous := ""
	if m == "" {
		// the noun phrase before the figure in its clause ("the number of
		// ICE deportations dropped 6 percent to 226,119 ... amid falling
		// apprehensions"), else the nearest word around it
		clausePos := c.clauseStart
		m = measureBefore(clauseLow, clausePos)
		if m == "" {
			m, _ = measureNear(own, ownPos)
		}
		if m == "" {
			m, _ = measureNear(sentLow, sentPos-max(0, sentPos-reach))
		}
		if k := measureKinds(attributionRe.ReplaceAllString(sentLow, "")); len(k) > 1 {
			ambiguous = strings.Join(k, " and ")
		}
	}
	if ambiguous != "" {
		it.Notes = append(it.Notes, "measure ambiguous: the sentence names "+ambiguous)
	} else if m != "" {
		if m == "removals" && countryWideRe.MatchString(sentLow) && !iceNamedRe.MatchString(sentLow) {
			// "The United States deported 337,287 people in fiscal 2018":
			// the country's removals (DHS's total, CBP's too), not ICE's
			it.Notes = append(it.Notes, "measure ambiguous: the country's removals (ICE's and CBP's, as DHS counts them), not only ICE's")
		} else if v := stopVerbRe.FindString(window(sentLow, sentPos-40, sentPos)); v != "" {
			// "the United States stopped 38,000 undocumented Guatemalans and
			// returned 33,000": the figure's own verb is not one the records
			// count
			it.Notes = append(it.Notes, "measure ambiguous: the figure's own verb ("+strings.TrimSpace(v)+") is not one the records count")
		} else if ownSegmentWithoutMeasure(sentLow, sentPos, len(c.Text)) {
			// "just over 1,600 undocumented Brazilians attempted to reach
			// the US through Mexico, and ICE arrested them": the measure is
			// another clause's, said of them
			it.Notes = append(it.Notes, "measure ambiguous: the figure's own clause names no measure; "+m+" is named in another clause")
		}
	}
	anaphor := hasAnaphor(sentLow)
	// a class of the people counted before ("15,725 people do possess a
	// known criminal background", after a sentence on those detained)
	// counts the same thing
	if m == "" && !ownStock(c.Sentence) && (anaphor || c.Kind == KindShare || c.Kind == KindUniversal || c.Kind == KindChange || c.Kind == KindRank || strings.Contains(low, "were ") || strings.Contains(low, "had ") || comparedStartRe.MatchString(sentLow[:min(sentPos, len(sentLow))]) || figureInTotalRe.MatchString(low) || namesClass(low) || countryTally(clauseLow, c.clauseStart) || areaTally(c.Clause, c.clauseStart)) {
		m = ctx.measure
		if m != "" {
			it.Notes = append(it.Notes, "measure carried from the previous sentence")
		}
	}
	it.Measure = m
	// qualifiers: from the clause; for the first clause of a sentence also
	// the parts of the sentence before it.
	f, gaps, notes := qualifiers(asides(low, pos, pos+len(c.Text)), m)
	if len(f["country"]) > 1 {
		// "141,045 Mexicans and 50,390 Guatemalans": each figure its own country
		// A country after the figure is its own only with no comma or
		// "and" between ("19 for Dominica"); across one it starts the next item
		// ("St. Lucia was responsible for 28 nationals removed, Antigua and
		// Barbuda for 24"), and the country before is the figure's.
		best, bestD := "", 1<<30
		if list := countryListAfter(notCitizenship(low), pos+len(c.Text)); len(list) > 1 && c.Kind == KindCount {
			// "More than 100 Kenyans, Somalis and South Sudanese"
			// (cc-en-pakistantoday-01): the figure's noun is the list,
			// every country of it together (it had been the Kenyans
			// alone)
			f["country"] = list
			bestD = -1
		}
		for _, cm := range countryRe.FindAllStringIndex(notCitizenship(low), -1) {
			if bestD < 0 {
				break
			}
			d := cm[0] - (pos + len(c.Text))
			if c.Kind == KindRank {
				// "Guatemala, Belize's neighbor to the west and south, ranked
				// 2nd", "Jamaica was 11th, while Guyana was at the 30th spot":
				// the country ranked is the nearest one before the rank, not
				// one in a possessive
				if d >= 0 || possessiveAfterRe.MatchString(low[cm[1]:]) {
					continue
				}
				d = pos - cm[1]
			}
			switch {
			case c.Kind == KindRank:
			case d < 0 && pos > 0 && low[pos-1] == '(' && strings.TrimSpace(low[cm[1]:pos-1]) == "":
				// "deportations to Tonga (22) were larger than those of
				// Samoa (3)" (at-en-looptonga-02): the country right before
				// the bracket
				d = -1 << 20
			case d < 0 && tallyNounRe.MatchString(low[:cm[0]]) && andRe.MatchString(low[cm[1]:pos]):
				// "81 Israelis and 82 Frenchmen": the country before is the
				// noun of the figure before it
				d = pos - cm[1] + 3000
			case d < 0:
				d = pos - cm[1] + 1000 // before the figure: farther than after it
			case strings.ContainsAny(low[pos+len(c.Text):cm[0]], ",;") || andRe.MatchString(low[pos+len(c.Text):cm[0]]):
				// after a comma or an "and": the last resort ("Trinidad and
				// Tobago saw 128 being sent back home and Bahamas 95")
				d += 2000
			}
			if d < bestD {
				best, bestD = countries[low[cm[0]:cm[1]]], d
			}
		}
		if best != "" {
			f["country"] = []string{best}
		}
	}
	if after := low[min(len(low), max(pos, 0)+len(c.Text)):]; len(f["country"]) > 0 && pos >= 0 {
		if m := overallAfterRe.FindStringIndex(after); m != nil && !ofToRe.MatchString(after[m[1]:]) {
			// "Despite a six per cent drop in overall removals, there was
			// a significant rise in removal of migrants from ... Gambia"
			// (at-en-fiilafm-05): the whole, no country's ("total removals
			// of Mexicans" keep theirs)
			delete(f, "country")
		}
	}
	if after := low[min(len(low), max(pos, 0)+len(c.Text)):]; len(f["country"]) > 0 && pos >= 0 {
		if k := partAfterRe.FindStringIndex(after); k != nil {
			// "a total of 271,484 deportations, of which Mexico accounts
			// for 87,298" (cd-es-feedman-01, glossed): a country named
			// only after "of which" is the part's, not the total's
			at := pos + len(c.Text) + k[0]
			if !slices.ContainsFunc(countryRe.FindAllStringIndex(notCitizenship(low), -1), func(cm []int) bool { return cm[0] < at }) {
				delete(f, "country")
			}
		}
	}
	if len(f["country"]) > 0 && pos >= 0 {
		// "removals of Mexican nationals were down, but administrative
		// arrests of all immigrants were up 30 percent" (bd-en-fromthetrenches-04):
		// the figure's own clause names everyone, no country
		if from, to := segmentBounds(low, pos); allPeopleRe.MatchString(low[from:min(to, len(low))]) {
			delete(f, "country")
		}
	}
	if cl := nearestClass(low, pos, pos+len(c.Text)); cl != "" && len(f["criminality"]) > 0 {
		// "the number with a criminal record is 15,725, with another
		// 13,767 having pending criminal charges": each figure its class
		f["criminality"] = []string{cl}
	}
	if isWholeBefore(window(clauseLow, c.clauseStart-60, c.clauseStart)) && c.Kind == KindCount {
		// "Of the 158,581 people arrested, 66 percent had ...": the
		// qualifiers are the part's, not the whole's
		f = nil
		gaps = definitionGaps(gaps)
	}
	it.Filters, it.Gaps = f, gaps
	it.Notes = append(it.Notes, notes...)
	if c.Kind == KindShare && shareOfNumberRe.MatchString(window(low, pos+len(c.Text), pos+len(c.Text)+40)) {
		// "the number of Somalis on the flight were half the total number
		// of Somalis deported in 2016": the whole is named after the
		// share, the part is the sentence's subject
		it.Notes = append(it.Notes, "measure ambiguous: the share's whole is named after it and its part is the sentence's subject, which may not be a count the records hold")
	}
	if arithmeticRe.MatchString(window(sentLow, 0, sentPos)) {
		// "An average detained population of 109 x 142 facilities results
		// in 15478": the writer's own arithmetic, not a count reported
		it.Notes = append(it.Notes, "measure ambiguous: the figure is the result of the writer's own arithmetic, not a count reported")
	}
	if c.Kind == KindCount && len(f) == 0 && partOfAfterRe.MatchString(window(low, pos+len(c.Text), pos+len(c.Text)+60)) {
		// "Some 174,923 of the removals involved individuals who were
		// apprehended ...": a part of the removals, by words not read
		it.Notes = append(it.Notes, "measure ambiguous: the figure is a part of the "+m+" (\""+strings.TrimSpace(window(low, pos, pos+len(c.Text)+40))+"…\"), by words not read")
	}
	// multi-agency context anywhere in the sentence
	if _, g2, _ := qualifiers(asides(sentLow, -1, -1), m); len(g2) > 0 {
		for _, g := range g2 {
			if g.Code == ReasonDefinitionGap && !hasGap(it.Gaps, g.What) {
				it.Gaps = append(it.Gaps, g)
			}
		}
	}
	if c.Kind == KindUniversal && reCustody.MatchString(low) {
		it.Custody = true
		it.Filters = removeKey(it.Filters, "final-order") // "pending removal" is not an order
	}
	if it.Measure == "removals" && len(it.Filters["final-order"]) > 0 {
		// "ICE removed 240,255 under an order of removal"
		// (bn-en-crimmigration-04): every removal carries out an order, so
		// the words describe removals, not a part of them (the records
		// have no final-order field to count it by)
		it.Filters = removeKey(it.Filters, "final-order")
		it.Notes = slices.DeleteFunc(it.Notes, func(n string) bool {
			return strings.Contains(n, "final order") || strings.Contains(n, "comply with the order")
		})
	}
	// place
	if sentPlace != nil {
		it.Place = *sentPlace
	} else {
		it.Place = ctx.place
	}
	// period
	switch {
	case c.Kind == KindChange && main == nil && base != nil && ctx.period != nil:
		it.Period = *ctx.period
	case main != nil:
		it.Period = *main
	case ctx.period != nil:
		it.Period = *ctx.period
		it.Period.Note = strings.TrimPrefix(it.Period.Note+"; "+carriedNote, "; ")
		it.altPeriods = append(it.altPeriods, ctx.periodOthers...)
	default:
		it.Period = Period{Kind: "unresolved", Unresolved: "the text names no period"}
		if !ref.IsZero() {
			it.Period.Unresolved = "the text names no period for this figure"
			if m != "" && thatTimeframeRe.MatchString(c.Sentence) {
				// fr-wbtv-02: "ICE made 15,189 arrests in the field office
				// during that timeframe": the period is one another
				// sentence names ("over the last 15 months"), not the
				// fiscal year a default would read
				it.Period.Unresolved = "the figure's period is one another sentence names (\"" + thatTimeframeRe.FindString(c.Sentence) + "\"), which is not read"
			} else if m != "" {
				// an article about the records speaks of the latest year
				// they report: the fiscal year that ended last before its
				// date (a default, never stated)
				it.Period = lastEndedFY(ref)
			}
		}
	}
	// context: "Of those arrested, 277 ..." refers to the last count.
	if ctx.lastCount != nil && (anaphor || c.Kind == KindShare || c.Kind == KindUniversal) && ctx.lastCount.Measure == m && sentPlace == nil {
		lc := ctx.lastCount
		if c.Kind == KindShare || c.Kind == KindUniversal {
			it.Base = copyFilters(lc.Filters)
			if len(it.Filters["country"]) > 0 {
				// "Guatemalans made up 11 percent of arrests" after a
				// sentence on Mexicans: one citizenship is never a part of
				// another, so the whole is not the Mexicans'
				it.Base = removeKey(it.Base, "country")
			}
		} else {
			it.Filters = mergeFilters(lc.Filters, it.Filters)
		}
		if main == nil {
			it.Period = lc.Period
		}
		it.Place = lc.Place
		for _, g := range lc.Gaps {
			if g.Code == ReasonDefinitionGap && !hasGap(it.Gaps, g.What) {
				it.Gaps = append(it.Gaps, g)
			}
		}
		it.Notes = append(it.Notes, fmt.Sprintf("refers to the %s counted before (%q)", lc.Measure, lc.Claim.Text))
	}
	if c.Kind == KindShare && it.Base == nil {
		// "54 percent of arrests were of convicted criminals": the base is
		// the measure with no qualifier.
		it.Base = map[string][]string{}
	}
	if c.Kind == KindShare && nationShareRe.MatchString(own[max(0, min(len(own), ownPos+len(c.Text))):]) {
		// "carried out about 8 percent of the nation's removals": the
		// place's part of the national count
		it.BaseNational = true
	} else if ns := ctx.nationShare; c.Kind == KindShare && ns != nil && len(it.Filters) == 0 && sentPlace == nil &&
		(m == "" || m == ns.Measure) && officeAnaphorRe.MatchString(sentLow) {
		// "That's down a little bit from the 10 percent that the field
		// office averaged last year": the same office's share of the
		// nation's count, in its own period
		it.Measure, it.Place, it.BaseNational = ns.Measure, ns.Place, true
		it.Notes = append(it.Notes, fmt.Sprintf("the share of the nation's %s of the office named before (%q)", ns.Measure, ns.Claim.Text))
		setUnstated(&it, "place", "\"the field office\" read as the office of the share before")
	}
	if c.Kind == KindChange || c.Kind == KindRank && c.RankBy != RankCount {
		samePeriod := samePeriodRe.FindStringSubmatch(sentLow)
		after := own[max(0, min(len(own), ownPos+len(c.Text))):]
		m := yearsAgoRe.FindStringSubmatch(after)
		if m == nil {
			// "Houston arrests rose 10 percent over two years": from the
			// year that many years before the claim's
			m = overYearsRe.FindStringSubmatch(after)
		}
		if tp := firstTermPeakRe.FindString(own); tp != "" && it.Measure == "removals" && it.Period.Kind == "fy" && it.Period.FY > 2020 {
			// "4,226 more than the peak of Trump's first term" (z-it-ansa-02,
			// z-uk-freshbuzz-01, glossed): the term's fiscal year with the
			// most removals, which the data say (ice_removals.go, firstTermPeak)
			it.Baseline = &Period{Kind: "fy", FY: 2020, Text: tp, Note: firstTermPeakNote}
		} else if m != nil && it.Period.Kind != "unresolved" {
			// "a 52 percent increase compared to two years ago": the
			// claim's period that many years before, whatever baseline
			// another part of the sentence names
			n := countWord(m[1])
			if b := it.Period.shifted(-n); b.Kind != "unresolved" {
				b.Text = m[0]
				it.Baseline = &b
			}
		} else if samePeriod != nil && it.Period.Kind == "range" {
			// "8 % less than the same period the previous year": the
			// claim's own part of a year, a year before
			n := -1
			if samePeriod[2] != "" {
				var y int
				fmt.Sscan(samePeriod[2], &y)
				n = y - it.Period.yearIn(samePeriod[1] != "")
			}
			if b := it.Period.shifted(n); n != 0 && b.Kind != "unresolved" {
				b.Text = samePeriod[0]
				it.Baseline = &b
			}
		} else if base != nil && relativeYearRe.MatchString(base.Text) && it.Period.Kind != "unresolved" {
			// "over the previous year": the year before the claim's own
			b := it.Period.previous()
			b.Text = base.Text
			it.Baseline = &b
		} else if base != nil && base.Kind == "unresolved" && lastYearRe.MatchString(base.Text) && it.Period.Kind != "unresolved" {
			b := it.Period.previous()
			b.Text = base.Text
			it.Baseline = &b
		} else if m := samePeriodRe.FindStringSubmatch(sentLow); m != nil && it.Period.Kind != "unresolved" && it.Period.Kind != "fy" {
			// "over the same period", "in that period last year", "the same
			// time period in 2016": the claim's own period in another year
			n := -1
			if m[2] != "" {
				var y int
				fmt.Sscan(m[2], &y)
				n = y - it.Period.yearIn(m[1] != "")
			}
			b := it.Period.shifted(n)
			b.Text = m[0]
			if n != 0 {
				it.Baseline = &b
			}
		} else if base != nil && base.Kind == "fy" && it.Period.Kind == "fy" && base.FY > it.Period.FY && spanYearRe.MatchString(base.Text) {
			// "increased by 13 percent over the last year", the last year
			// later than the year in force: the change is over that year
			it.Period = *base
			b := base.previous()
			it.Baseline = &b
		} else if base != nil && base.String() == it.Period.String() && base.Kind == "fy" {
			// "by 13 percent over the last year" when the last year is the
			// claim's own: over the year before it
			b := it.Period.previous()
			it.Baseline = &b
		} else if (base == nil || base.Kind == "unresolved") && it.Period.Kind == "month" && len(it.Period.Month) == 7 && prevMonthRe.MatchString(sentLow) {
			// "fell 19% in July compared with the previous month"
			// (aj-es-eldiariony-02, "con respecto al mes anterior"): the
			// month before the claim's own, stated
			b := monthBefore(it.Period)
			b.Text = prevMonthRe.FindString(sentLow)
			it.Baseline = &b
		} else if base != nil {
			b := *base
			it.Baseline = &b
		} else if strings.Contains(sentLow, "same period last year") || strings.Contains(sentLow, "a year earlier") || strings.Contains(sentLow, "previous year") || strings.Contains(sentLow, "prior year") || strings.Contains(sentLow, "prior fiscal year") || strings.Contains(sentLow, "previous fiscal year") || strings.Contains(sentLow, "last year") || thanTheLastRe.MatchString(sentLow) {
			b := it.Period.previous()
			it.Baseline = &b
		} else if m := fromYearTotalRe.FindStringSubmatch(sentLow); m != nil && it.Period.Kind == "fy" && m[1] == fmt.Sprint(it.Period.FY-1) {
			// "In fiscal year 2017, ICE removed 226,119, a 30% decrease
			// from the 2016 total": the year before, named, of the same
			// kind as the fiscal year in force
			b := it.Period.previous()
			it.Baseline = &b
		} else if it.Period.Kind == "fy" && c.Unit != UnitRatio {
			// "rose more than 50% in the last fiscal year": over the year
			// before, which the sentence implies but does not state
			b := it.Period.previous()
			it.Baseline = &b
			it.Notes = append(it.Notes, "baseline implied: the year before")
		} else if it.Period.Kind == "range" && isDetentionFree(it.Measure) && sinceStartRe.MatchString(sentLow) && len(it.Period.From) == 10 && len(it.Period.To) == 10 && it.Period.To < shiftYear(it.Period.From, 1) {
			// "have increased 24 percent ... since President Donald Trump
			// entered office": over the same days a year before, as ICE
			// and the press compare such spans
			b := it.Period.shifted(-1)
			it.Baseline = &b
			it.Notes = append(it.Notes, "baseline implied: the same days a year before")
		}
	}
	if c.Kind == KindSuperlative {
		w, ok := sinceWindow(c.Text, ref) // the superlative's own scope first
		if !ok {
			w, ok = adminWindow(c.Clause, ref)
		}
		if ok {
			// "the highest levels under Biden's administration": compared
			// within that window only; "This marked the highest ...": on
			// the date of the figure before
			it.Baseline = &w
			if before := it.Period.To != "" && it.Period.To < w.From || it.Period.Kind == "month" && len(w.From) >= 7 && it.Period.Month < w.From[:7]; before && w.From != "" {
				// "just over 35,000 ... as of September 9, the highest
				// since March 2020": the month read is the window's start,
				// not the figure's date
				it.Period = Period{Kind: "unresolved"}
			}
			if it.Period.Kind == "unresolved" {
				if ctx.lastCount != nil && anaphor {
					it.Period = ctx.lastCount.Period
					it.Measure = ctx.lastCount.Measure
				} else if ctx.period != nil {
					it.Period = *ctx.period
				}
			}
		}
		it.Granularity = "month"
		if strings.Contains(low, "any year") || strings.Contains(low, "fiscal year") || it.Period.Kind == "fy" && !strings.Contains(low, "month") {
			it.Granularity = "fy"
		}
		if anyQuarterRe.MatchString(low) {
			// "dropped in the second quarter of fiscal 2019 to the lowest
			// of any quarter under the Trump administration" (quarters.go)
			it.Granularity = "quarter"
		}
		it.AllTime = superScopeRe.MatchString(c.Clause) && (strings.Contains(low, "any administration") || strings.Contains(low, "ever") || strings.Contains(low, "to date") || strings.Contains(low, "history") || strings.Contains(low, "on record") || strings.Contains(low, "all-time")) || recordRe.MatchString(c.Text) ||
			// "lower than at any time during the Obama administration"
			// (bi-en-reuters-02): eight years, of which the records hold
			// only the last (they begin in FY2016)
			strings.Contains(strings.ToLower(superScopeRe.FindString(c.Clause)), "obama")
	}
	quotesICE(&it)
	it.Describe = describe(it)
	return it
}

var (
	yearsEarlierRe = lazyRegexp(`(?i)^\s*(?:[a-z]+\s+){0,4}?(two|three|four|five|[2-5]) (?:fiscal )?years (?:earlier|before)\b`)
	yearEarlierRe  = lazyRegexp(`(?i)^\s*(?:[a-z]+\s+){0,6}?(?:a year (?:earlier|before|ago)|the (?:year|fiscal year) (?:before|prior)|(?:in |during )?the (?:previous|prior|preceding) (?:fiscal )?year)\b`)
	// leadYearEarlierRe: a sentence opening with "a year earlier", the
	// figure in that clause.
	// changeYearEarlierRe: a change's noun and then the year it belongs to
	// ("30 percent growth a year earlier"); "up 30 percent from a year
	// earlier" is a baseline, not this
	changeYearEarlierRe = lazyRegexp(`(?i)^\s*(?:growth|rise|increase|jump|gain|surge|drop|decline|decrease|fall|dip)\s+(?:a year (?:earlier|before|ago)|the (?:year|fiscal year) before|(?:in |during )?the (?:previous|prior|preceding) (?:fiscal )?year)\b`)
	// yearEarlierAtRe: "ICE deported more people the year before, at
	// 240,255": the figure right after the phrase is that year's
	// (or a "when" clause after it: "a spike from a year ago when the
	// number of detainees was 22,886", ah-newsamericasnow-02)
	yearEarlierAtRe   = lazyRegexp(`(?i)\b(?:a year (?:earlier|before|ago)|the (?:year|fiscal year) before|the (?:previous|prior|preceding) (?:fiscal )?year)(?:,?\s+(?:at|with)\s+(?:about|nearly|almost|roughly|around|some|more than|over|just over|just under)?|,?\s+when\b[^0-9;.,]{0,60})\s*$`)
	leadYearEarlierRe = lazyRegexp(`(?i)^\s*(?:a year (?:earlier|before|ago)|the (?:year|fiscal year) (?:before|prior)|(?:in |during )?the (?:previous|prior|preceding) (?:fiscal )?year)(?:,\s+|\s+)[^,;.]*$`)
	// prevPeriodAfterRe: "the 185,000 of the previous period": the figure
	// right before it is of the period before the one in force.
	prevPeriodAfterRe = lazyRegexp(`(?i)^\s*(?:[a-z]+\s+){0,2}?(?:of|in|during|for)\s+the\s+(?:previous|prior|preceding)\s+period\b`)
	// thanTheFigureRe: the text before the figure a comparison is made
	// with: "13% fewer than the", "less than the", "more than the" (a
	// hedge has no article: "more than 250,000")
	thanTheFigureRe = lazyRegexp(`(?i)\b(?:fewer|more|less|lower|higher|greater|smaller)\s+than\s+(?:the|those|that)\s+(?:(?:about|around|roughly|nearly|almost|some|approximately)\s+)?$`)
	upFromRe        = lazyRegexp(`(?i)\b(?:up|down|rising|falling|increasing|decreasing|climbing|dropping|rose|fell|jumped|grew|increased|decreased|declined|dropped|slid|slipped|dipped|spiked|climbed|surged|soared|plunged|plummeted|sank|tumbled|edged)\s+(?:\S+\s+){0,6}?from\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|more than\s+|over\s+|some\s+|just\s+)?$`)
)

var wholeBeforeRe = lazyRegexp(`(?:^|[^a-z])(?:of|out of|among)\s+(?:the\s+|all\s+|those\s+|these\s+)?(?:(?:[a-z.-]+\s+){0,4}?[a-z.-]+['’]s\s+)?(?:about\s+|nearly\s+|more than\s+|roughly\s+|some\s+)?$`)

// asideRes are words that say nothing of whom a figure counts: a cause
// ("which officials attributed to declining apprehensions at the border",
// "due to ..."), a part of the people named after them ("mostly Somalis
// who sought asylum, but also some permanent U.S. residents with criminal
// convictions", "including ..."), and both classes at once ("aliens with
// criminal and non-criminal backgrounds").
var asideRes = []*lazyRE{
	lazyRegexp(`\b(?:which|that|something|a (?:drop|decline|decrease|rise|increase|change))\s+(?:[\w-]+\s+){0,3}?(?:attributed|attributes|blamed|blames|credited|credits|linked|links)\b(?:u\.s\.|[^.;])*|\b(?:attributed|blamed|credited)\s+(?:it\s+|this\s+|that\s+|the\s+(?:[\w-]+\s+)?(?:drop|decline|decrease|increase|rise|change)\s+)?(?:to|on)\b(?:u\.s\.|[^.;])*|\b(?:because of|due to|owing to|driven by|thanks to)\b(?:u\.s\.|[^.;])*`),
	lazyRegexp(`\b(?:mostly|including|among them|but also)\b(?:u\.s\.|[^.;])*`),
	// a part of them in a relative clause: "close to 60,000 detainees, ...,
	// most of whom have not been convicted of any crime" counts them all
	lazyRegexp(`\b(?:most|many|some|half|nearly all|almost all|a (?:majority|third|quarter|fraction)|the (?:majority|bulk)|(?:one|two)[- ](?:thirds?|quarters?)|a large share|a small share|few|none|all but \w+)\s+of\s+(?:whom|which|them)\b(?:u\.s\.|[^.;])*`),
	lazyRegexp(`\b(?:both\s+)?(?:criminal|convicted)\s+and\s+non-?\s?criminal\b|\bnon-?\s?criminal\s+and\s+criminal\b`),
	// a share of them after a dash or a comma: "ICE arrested 155,000
	// immigrants – 30% with no criminal record" (the gloss of
	// am-pt-acheiusa18-03's "– 30% sem passagem pela polícia")
	lazyRegexp(`(?:[,—–]|\s-)\s+(?:(?:about|nearly|roughly|some|more than|over|almost|around)\s+)?\d+(?:[.,]\d+)?\s*(?:%|percent|per cent)\s+(?:of them\s+)?(?:with|without|had|have|who|were|are|convicted|had no|no)\b(?:u\.s\.|[^.;])*`),
}

// asides blanks (keeping offsets) the asides of a clause that do not hold
// the figure at [from, to) (-1: none does), so their words are not read as
// the figure's qualifiers.
func asides(low string, from, to int) string {
	b := []byte(low)
	for _, re := range asideRes {
		for _, m := range re.FindAllStringIndex(low, -1) {
			if from >= 0 && m[0] < to && from < m[1] {
				continue // the figure's own words
			}
			for i := m[0]; i < m[1]; i++ {
				b[i] = ' '
			}
		}
	}
	return string(b)
}

// arithmeticRe: the words before a figure the writer computed ("109 x 142
// facilities results in", "multiplied by 365 gives").
var arithmeticRe = lazyRegexp(`\d\s*(?:x|×|\*)\s*\d[^.;]*?\b(?:results? in|equals?|gives?|yields?|comes? to|is)\s+(?:about\s+|roughly\s+|around\s+)?$|\b(?:multiplied|divided) by\b[^.;]*?\b(?:results? in|equals?|gives?|yields?|comes? to|is)\s+(?:about\s+|roughly\s+|around\s+)?$`)

// eachYearRe: "Each year between 2015 and 2018, ...": figures of single
// years, not of the span; yearWordRe: a year named between the span and a
// figure ("... with the 2018 total amounting to 261,523").
var (
	annualRe   = lazyRegexp(`(?i)\b(?:annual|yearly)\b`)
	eachYearRe = lazyRegexp(`(?i)\b(?:each|every|per) year\b|\bannually\b`)
	yearWordRe = lazyRegexp(`\b(?:19|20)\d\d\b`)
)

// tallyNounRe: a figure right before a word ("81 Israelis").
var tallyNounRe = lazyRegexp(`\d\s+$`)

// andRe: an "and" between words.
var andRe = lazyRegexp(`\band\b`)

// possessiveAfterRe: a name followed by "'s" ("Belize's neighbor").
var possessiveAfterRe = lazyRegexp(`^['’]s\b`)

// amountOfRe: "a total of 47 Irish people", "a high of 55,000": the "of"
// introduces the figure itself, not a whole it is a part of.
var amountOfRe = lazyRegexp(`\b(?:total|sum|high|low|record|peak|average|maximum|minimum|tally|count)\s+of\s+(?:about\s+|nearly\s+|more than\s+|roughly\s+|some\s+)?$`)

// isWholeBefore: the words before a figure name a whole it is a part of
// ("Of the 158,581 people arrested, ...").
func isWholeBefore(before string) bool {
	return wholeBeforeRe.MatchString(before) && !amountOfRe.MatchString(before)
}

func definitionGaps(gs []Gap) []Gap {
	var out []Gap
	for _, g := range gs {
		if g.Code == ReasonDefinitionGap {
			out = append(out, g)
		}
	}
	return out
}

// spanYearRe: "over the last year", "in the past fiscal year": the span a
// change happened in, not a year it is compared with.
var spanYearRe = lazyRegexp(`(?i)^(?:the\s+)?(?:last|past)\s+(?:fiscal\s+)?year$`)

// yearAfterNamed: the sentence names the fiscal year after p, which "the
// previous year" is then the year before ("deported in fiscal 2017,
// compared to 240,225 in the previous year", cc-en-diasporamessenger-06).
func yearAfterNamed(prs []periodMention, p Period) bool {
	written, after := false, false
	for _, pm := range prs {
		switch {
		case pm.p.Kind == "fy" && pm.p.FY == p.FY && relativeYearRe.MatchString(pm.p.Text):
			written = true // (the sentence's own words, not a year supplied)
		case pm.p.Kind == "fy" && pm.p.FY == p.FY+1:
			after = true
		}
	}
	return written && after
}

var relativeYearRe = lazyRegexp(`(?i)\b(?:previous|prior|preceding)\s+(?:fiscal\s+)?year\b`)

func hasGap(gs []Gap, what string) bool {
	for _, g := range gs {
		if g.What == what {
			return true
		}
	}
	return false
}

func copyFilters(f map[string][]string) map[string][]string {
	if f == nil {
		return nil
	}
	out := map[string][]string{}
	for k, v := range f {
		out[k] = append([]string(nil), v...)
	}
	return out
}

func mergeFilters(a, b map[string][]string) map[string][]string {
	if len(a) == 0 && len(b) == 0 {
		return nil
	}
	out := copyFilters(a)
	if out == nil {
		out = map[string][]string{}
	}
	for k, v := range b {
		out[k] = append([]string(nil), v...)
	}
	return out
}

func removeKey(f map[string][]string, k string) map[string][]string {
	if f == nil {
		return nil
	}
	delete(f, k)
	if len(f) == 0 {
		return nil
	}
	return f
}

// Values is the query (url.Values, the keys of query.Parse) that counts
// the claim's measure with extra filters, over its place and period.
func (it *Interpretation) Values(filters map[string][]string, period Period) url.Values {
	v := url.Values{}
	v.Set("dataset", it.Measure)
	keys := make([]string, 0, len(filters))
	for k := range filters {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		for _, x := range filters[k] {
			v.Add(k, x)
		}
	}
	switch it.Place.Kind {
	case "state":
		v.Set("state", it.Place.State)
	case "aor":
		v.Set("aor", it.Place.AOR)
	case "county":
		for _, a := range it.Place.AORs() {
			v.Add("aor", a)
		}
	}
	period.setValues(v)
	return v
}

// setValues puts a period into query parameters (fy, month, from/to).
func (p Period) setValues(v url.Values) {
	switch p.Kind {
	case "fy":
		v.Set("fy", fmt.Sprint(p.FY))
	case "month":
		v.Set("month", p.Month)
	case "range":
		if p.From != "" {
			v.Set("from", p.From)
		}
		if p.To != "" {
			v.Set("to", p.To)
		}
	}
}

// stated renders the claim's figure.
func stated(c Claim) string {
	var v string
	switch c.Unit {
	case UnitPercent:
		v = strings.TrimSuffix(strings.TrimSuffix(fmt.Sprintf("%.1f", c.Value), "0"), ".") + "%"
	case UnitPoints:
		v = strings.TrimSuffix(strings.TrimSuffix(fmt.Sprintf("%.1f", c.Value), "0"), ".") + " percentage points"
	case UnitRatio:
		v = "×" + strings.TrimSuffix(strings.TrimSuffix(fmt.Sprintf("%.2f", c.Value), "0"), ".0")
	default:
		v = formatNumber(c.Value)
	}
	if c.Kind == KindChange && c.Unit != UnitRatio {
		// a change held signed ("a drop of more than 2,000" as -2,000)
		// is written with its direction once
		v = strings.TrimPrefix(v, "-")
		if c.Direction < 0 {
			v = "−" + v
		} else {
			v = "+" + v
		}
	}
	switch c.Comparator {
	case CmpAbout:
		v = "about " + v
	case CmpNearly:
		v = "nearly " + v
	case CmpMoreThan:
		v = "more than " + v
	case CmpJustOver:
		v = "just over " + v
	case CmpAtLeast:
		v = "at least " + v
	case CmpLessThan:
		v = "less than " + v
	case CmpAtMost:
		v = "at most " + v
	case CmpRange:
		hi := formatNumber(c.Value2)
		if c.Unit == UnitPercent {
			hi += "%"
		}
		v = v + " to " + hi
	}
	if c.Kind == KindSuperlative {
		if firstTimeAbove(c) {
			return "the first time above " + formatNumber(c.Value)
		}
		if c.Direction < 0 {
			return "the smallest"
		}
		return "the largest"
	}
	if c.Kind == KindRank {
		word := map[bool]string{true: "highest", false: "lowest"}[c.Direction >= 0]
		switch {
		case c.RankBy == RankOnlyDecrease:
			return "the only one with fewer"
		case c.RankBy == RankOnlyIncrease:
			return "the only one with more"
		case c.Comparator == CmpAtMost:
			return fmt.Sprintf("among the %d %s", int(c.Value), word)
		}
		return fmt.Sprintf("%s %s", ordinalText(int(c.Value)), word)
	}
	return v
}

func filterText(f map[string][]string) string {
	var keys []string
	for k := range f {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var parts []string
	for _, k := range keys {
		parts = append(parts, k+"="+strings.Join(f[k], "|"))
	}
	return strings.Join(parts, ", ")
}

func describe(it Interpretation) string {
	if it.Measure == "" {
		return fmt.Sprintf("%s: not about a measure the records hold", stated(it.Claim))
	}
	var b strings.Builder
	subject := it.Measure
	if len(it.Base) > 0 {
		subject += " [" + filterText(it.Base) + "]"
	}
	switch it.Claim.Kind {
	case KindCount:
		fmt.Fprintf(&b, "%s %s", stated(it.Claim), it.Measure)
		if len(it.Filters) > 0 {
			fmt.Fprintf(&b, " with %s", filterText(it.Filters))
		}
	case KindShare, KindUniversal:
		q := filterText(it.Filters)
		if it.Custody {
			q = strings.TrimPrefix(q+", in ICE custody as of the article's date", ", ")
		}
		if q == "" && it.BaseNational && it.Place.Kind != "national" {
			fmt.Fprintf(&b, "share of the nation's %s: %s", subject, stated(it.Claim))
			break
		}
		if q == "" {
			q = "(no qualifier found)"
		}
		fmt.Fprintf(&b, "share of %s with %s: %s", subject, q, stated(it.Claim))
	case KindChange:
		what := subject
		if len(it.Filters) > 0 {
			what += " with " + filterText(it.Filters)
		}
		bl := "an unstated earlier period"
		if it.Baseline != nil {
			bl = it.Baseline.String()
		}
		fmt.Fprintf(&b, "change in %s, %s vs %s: %s", what, it.Period.String(), bl, stated(it.Claim))
	case KindRank:
		if cs := it.Filters["country"]; it.Place.Kind != "aor" && len(cs) == 1 && countryMeasures[it.Measure] {
			// a citizenship among all of them (rank.go)
			what := subject
			if f := removeKey(copyFilters(it.Filters), "country"); len(f) > 0 {
				what += " with " + filterText(f)
			}
			fmt.Fprintf(&b, "citizenship %s ranks %s among all citizenships by %s; period %s", cs[0], stated(it.Claim), what, it.Period.String())
			return b.String()
		}
		what := subject
		if len(it.Filters) > 0 {
			what += " with " + filterText(it.Filters)
		}
		by := "by " + what
		if it.Claim.RankBy != RankCount {
			bl := "an unstated earlier period"
			if it.Baseline != nil {
				bl = it.Baseline.String()
			}
			by = "by the change in " + what + " from " + bl
		}
		fmt.Fprintf(&b, "%s ranks %s among the areas of responsibility %s", it.Place.String(), stated(it.Claim), by)
		fmt.Fprintf(&b, "; period %s", it.Period.String())
		return b.String()
	case KindSuperlative:
		what := subject
		if len(it.Filters) > 0 {
			what += " with " + filterText(it.Filters)
		}
		fmt.Fprintf(&b, "%s %s of any %s", stated(it.Claim), what, it.Granularity)
		if it.AllTime {
			b.WriteString(" ever recorded")
		}
		fmt.Fprintf(&b, ": %s is the %s", it.Period.String(), strings.TrimPrefix(stated(it.Claim), "the "))
		fmt.Fprintf(&b, "; in %s", it.Place.String())
		return b.String()
	}
	fmt.Fprintf(&b, "; in %s; period %s", it.Place.String(), it.Period.String())
	return b.String()
}

// segmentPeriod is the period named in the claim's own comma-separated part
// of the sentence ("Of the 143,470 arrests in FY2017, 110,568 occurred after
// January 20": the second figure is after January 20), or nil.
func segmentPeriod(sent string, pos int, prs []periodMention, main, ctxPeriod *Period) *Period {
	from, to := segmentBounds(sent, pos)
	for i := range prs {
		pm := prs[i]
		if pm.start < from || pm.start >= to || pm.baseline {
			continue
		}
		if pm.start > pos && (comparedRe.MatchString(sent[pos:pm.start]) || fromBetweenRe.MatchString(sent[pos:pm.start]) || laterFigureRe.MatchString(sent[pos:pm.start])) {
			// "110,568 arrests compared to 77,806 in FY2016": the period
			// after the comparison is the compared figure's; so is the
			// period after "stood at 112,870 and that increased to 151,889
			// in 2017"
			continue
		}
		if pm.since != nil && pm.p.Kind == "since" {
			list := []periodMention{pm}
			for _, o := range prs {
				if o.p.Kind == "fy" && !o.baseline {
					list = append(list, o)
					break
				}
			}
			m, _ := choosePeriods(list, ctxPeriod)
			return m
		}
		p := pm.p
		return &p
	}
	return nil
}

// laterFigureRe: a change to another figure between a figure and a period
// phrase ("112,870 and that increased to 151,889 in 2017"), so the period is
// the later figure's.
var laterFigureRe = lazyRegexp(`(?i)\b(?:increased|increasing|rose|rising|grew|growing|jumped|climbed|fell|falling|dropped|declined|declining|decreased|soared|surged)\b[^.;]{0,30}?\bto\s+(?:about |nearly |almost |more than |over |some |roughly |around )?\d`)

// ownBaselineGapRe: the words between a change and the period it is
// measured from ("increase over fiscal 2016", "more than in fiscal 2016",
// "fewer than on Jan. 16, 2025", "up 7 percent from the first half of").
var ownBaselineGapRe = lazyRegexp(`(?i)^[^,;:()\d]{0,40}?\b(?:over|than|from|since|compared (?:with|to)|versus|vs\.?)\s+(?:(?:in|during|on|of|for)\s+)?(?:the\s+)?$`)

// ownBaselineFigureGapRe: the earlier figure written between a change and
// the date it was counted on ("up 74 percent from the count of 39,703 on
// Jan. 16, 2025"): that date is the change's baseline.
var ownBaselineFigureGapRe = lazyRegexp(`(?i)^\s*(?:over|than|from|compared (?:with|to))\s+(?:the\s+)?(?:(?:count|level|total|figure|tally|population|number)\s+of\s+)?(?:about\s+|roughly\s+|nearly\s+|around\s+|some\s+)?\d[\d,.]*(?:\s+(?:million|thousand))?(?:\s+(?:people|detainees|immigrants|individuals|noncitizens))?\s+$`)

// ownBaselineStartRe: a period mention that begins with its comparison word.
// changeNounGapRe: the noun of a change between its percent and the period
// that opens with "from" ("a 37.6 percent increase from January 24, 2016 to
// April 30, 2016": the span compared with).
var changeNounGapRe = lazyRegexp(`(?i)^\s*(?:increase|rise|jump|spike|surge|climb|gain|hike|drop|decline|decrease|fall|dip|reduction)\s*$`)

var ownBaselineStartRe = lazyRegexp(`(?i)^(?:over|than|from)\s`)

// ownBaseline is the period a change figure is measured from when the
// sentence writes it right after the figure, with no other figure between.
func ownBaseline(sent string, c Claim, prs []periodMention) (*Period, bool) {
	end := c.clauseOff + c.clauseStart + len(c.Text)
	if end > len(sent) {
		return nil, false
	}
	for i := range prs {
		pm := prs[i]
		if pm.start < end || pm.start > end+60 || pm.p.Kind == "unresolved" {
			continue
		}
		if ownBaselineGapRe.MatchString(sent[end:pm.start]) || (strings.TrimSpace(sent[end:pm.start]) == "" || changeNounGapRe.MatchString(sent[end:pm.start])) && ownBaselineStartRe.MatchString(sent[pm.start:]) ||
			pm.p.Kind == "date" && ownBaselineFigureGapRe.MatchString(sent[end:pm.start]) {
			// (the mention may hold the word: "up 7 percent from fiscal
			// year 2016", read as where an open span starts)
			p := pm.p
			return &p, true
		}
		return nil, false
	}
	return nil, false
}

// describesPeriodRe: a relative clause describing the period just named.
var describesPeriodRe = lazyRegexp(`(?i)\b(?:which|that)\s+(?:began|begins|started|starts|ended|ends|ran|runs)\b[^,;.]{0,25}$`)

// clauseBreakRe ends a clause for leadingPeriod: the next clause may name
// its own period.
var clauseBreakRe = lazyRegexp(`(?i)\bwhile\b|\bwhereas\b|\bbut\b|;|\band\b[^,]{0,30}\b(?:in|during)\b`)

// leadingPeriod is the period the phrases before a figure in its clause
// name, when they all name the same days ("the first quarter of FY 2019,
// from October to December 2018"); nil when they name none or several.
func leadingPeriod(sent string, pos int, prs []periodMention) *Period {
	start := 0
	for _, m := range clauseBreakRe.FindAllStringIndex(sent[:min(pos, len(sent))], -1) {
		start = m[1]
	}
	var got *Period
	for i := range prs {
		pm := prs[i]
		if pm.start < start || pm.start >= pos || pm.baseline || pm.p.Kind == "since" || pm.p.Kind == "unresolved" || pm.p.Approx {
			continue
		}
		if describesPeriodRe.MatchString(sent[max(0, pm.start-45):pm.start]) {
			continue // "FY 2019, which began in October last year": said of the period named
		}
		if got != nil && (got.From != pm.p.From || got.To != pm.p.To || got.From == "" && got.String() != pm.p.String()) {
			return nil
		}
		p := pm.p
		if got == nil {
			got = &p
		}
	}
	return got
}

// ---- binding figures to places and periods --------------------------------

func samePlace(a, b Place) bool {
	return a.Kind == b.Kind && a.State == b.State && a.AOR == b.AOR && strings.Join(a.Counties, ";") == strings.Join(b.Counties, ";")
}

func appendPlace(ps []Place, p Place) []Place {
	for _, q := range ps {
		if samePlace(p, q) {
			return ps
		}
	}
	return append(ps, p)
}

// shareOfNumberRe: a share followed by the whole it is of ("half the total
// number of Somalis deported").
var shareOfNumberRe = lazyRegexp(`^\s*(?:of\s+)?(?:the\s+|all\s+)?(?:total\s+|overall\s+)?(?:number|count|total)\s+of\b`)

// partOfAfterRe: a figure followed by "of the removals", "of those
// arrested": a part of a whole the sentence then qualifies.
var partOfAfterRe = lazyRegexp(`^\s*(?:of|out of)\s+(?:the|these|those|all|its|their)\s+(?:[a-z-]+\s+){0,2}?(?:removals|arrests|deportations|deportees|encounters|detainers|arrested|removed|deported)\b`)

// countryWideRe: the country, not ICE, as the subject of removals.
var countryWideRe = lazyRegexp(`\b(?:the united states|the u\.s\.|the us|america|the federal government|the trump administration|the biden administration|the obama administration|the government)\s+(?:has\s+|have\s+|had\s+)?(?:deported|removed|expelled|returned)\b|\bdeportations from the (?:united states|u\.s\.)\b`)

// iceNamedRe: ICE or its removal office named in a sentence.
var iceNamedRe = lazyRegexp(`\bice\b|\bimmigration and customs enforcement\b|\bero\b|\benforcement and removal operations?\b`)

// stopVerbRe: verbs right before a figure that count something the
// records do not (people stopped or caught at a border).
var stopVerbRe = lazyRegexp(`\b(?:stopped|intercepted|turned (?:away|back)|blocked)\s+(?:about |nearly |almost |roughly |some |over |more than |at least )?$`)

// ownSegmentWithoutMeasure: the figure's own part of the sentence (up to
// ", and" or a semicolon) names a verb but no measure, and a later part
// names one ("1,600 Brazilians attempted to reach the US, and ICE arrested
// them").
func ownSegmentWithoutMeasure(low string, pos, n int) bool {
	if pos < 0 || pos+n > len(low) {
		return false
	}
	end := len(low)
	if k := strings.Index(low[pos+n:], ", and "); k >= 0 {
		end = pos + n + k
	} else {
		return false
	}
	start := strings.LastIndexAny(low[:pos], ";:") + 1
	if k := strings.LastIndex(low[:pos], ", "); k+2 > start {
		start = k + 2
	}
	seg := low[start:end]
	return len(measureKinds(seg)) == 0 && attemptVerbRe.MatchString(seg) && len(measureKinds(low[end:])) > 0
}

// attemptVerbRe: verbs of what the people counted did themselves.
var attemptVerbRe = lazyRegexp(`\b(?:attempted|tried|sought|crossed|entered|came|arrived|fled|traveled|travelled|migrated)\b`)

// shiftYear moves a day YYYY-MM-DD by n years (the text when unparsable).
func shiftYear(d string, n int) string {
	t, err := time.Parse("2006-01-02", d)
	if err != nil {
		return d
	}
	return t.AddDate(n, 0, 0).Format("2006-01-02")
}

// samePartRe: a part of a year named by reference to another.
var samePartRe = lazyRegexp(`(?i)\b(?:same|comparable|corresponding|equivalent)\s+(?:time\s+)?(?:period|months|weeks|stretch|span|time\s+frame)\s+(?:in|of|during)\s+(?:the\s+)?$`)

// fromMentionRe: a period mention read with its "from" ("from 2016", a
// year the figure comes down or up from; not "from Jan. 20 through April
// 29", a span).
var fromMentionRe = lazyRegexp(`(?i)^from\s`)

// fromBetweenRe: words between a figure and a period that make the period
// another figure's.
var fromBetweenRe = lazyRegexp(`(?i)\b(?:from|than|versus|vs\.?)\s+(?:the\s+)?$`)

// sinceStartRe: a change "since" a start the sentence names.
var sinceStartRe = lazyRegexp(`\bsince\b`)

// isDetentionFree: a records measure (arrests, removals ...), not one of
// ICE's detention statistics, whose changes over a span compare levels.
func isDetentionFree(m string) bool {
	return m != "" && !isDetentionMeasure(m) && m != "detentions"
}

// sameMonthsRe: a figure said to be of the same part of the year as the
// sentence before.
var sameMonthsRe = lazyRegexp(`(?i)\b(?:over|during|in|for)\s+the\s+same\s+(?:months|weeks|period|time\s+(?:frame|period))\b`)

// partYearWindow: when a figure's period is a whole fiscal year and the
// sentence names a part of another fiscal year (January 20 to September
// 30), the same part of the figure's year.
func partYearWindow(p Period, others []Period) (Period, bool) {
	if p.Kind != "fy" {
		return Period{}, false
	}
	for _, o := range others {
		if o.Kind != "range" || len(o.From) != 10 || len(o.To) != 10 {
			continue
		}
		from, err1 := time.Parse("2006-01-02", o.From)
		to, err2 := time.Parse("2006-01-02", o.To)
		if err1 != nil || err2 != nil {
			continue
		}
		fy := canon.FiscalYear(canon.DayOf(from))
		if fy != canon.FiscalYear(canon.DayOf(to)) || fy == p.FY || from.Format("01-02") == "10-01" && to.Format("01-02") == "09-30" {
			continue
		}
		w := o.shifted(p.FY - fy)
		w.Text = p.Text
		w.Note = fmt.Sprintf("%s to %s of fiscal year %d, the same part of the year as %s", w.From[5:], w.To[5:], p.FY, o.Text)
		return w, true
	}
	return Period{}, false
}

// classPhrases are the phrases of each criminality class filter.
var classPhrases = []struct {
	re    *lazyRE
	class string
}{{reOther, "other"}, {reNoConviction, "not convicted"}, {reCriminal, "criminal"}, {reConvicted, "convicted"}, {rePending, "pending"}}

// nonPrefixRe: "non-" (or "non ") right before a class phrase negates it.
var nonPrefixRe = lazyRegexp(`\bnon[- ]?$`)

// nearestClass is the criminality class named nearest a figure at
// low[from:to] when the clause names more than one ("" when it names one or
// none): the nearest after the figure, else the nearest before. A class
// phrase inside a longer one ("pending charges" in "convictions or pending
// charges") is the longer one's.
func nearestClass(low string, from, to int) string {
	type mention struct {
		start, end int
		class      string
	}
	var ms []mention
	for _, x := range classPhrases {
		for _, m := range x.re.FindAllStringIndex(low, -1) {
			if x.class != "other" && nonPrefixRe.MatchString(low[:m[0]]) {
				// "non-criminal immigrants made up 14% of detainees"
				// (g1-factly-02): not "criminal immigrants"
				continue
			}
			ms = append(ms, mention{m[0], m[1], x.class})
		}
	}
	var kept []mention
	classes := map[string]bool{}
	for i, m := range ms {
		inside := false
		for j, o := range ms {
			if i != j && o.start <= m.start && m.end <= o.end && o.end-o.start > m.end-m.start {
				inside = true
				break
			}
		}
		if !inside {
			kept = append(kept, m)
			classes[m.class] = true
		}
	}
	if len(classes) < 2 {
		return ""
	}
	best, bestD := "", 1<<30
	for _, m := range kept {
		d := m.start - to
		if d < 0 {
			d = from - m.end + 1000 // before the figure: farther than after it
		}
		if d >= 0 && d < bestD {
			best, bestD = m.class, d
		}
	}
	return best
}

// namesClass tells whether a lower-case clause names one of ICE's
// criminality classes.
func namesClass(low string) bool {
	for _, x := range classPhrases {
		if x.re.MatchString(low) {
			return true
		}
	}
	return false
}

func measureCarried(it Interpretation) bool {
	for _, n := range it.Notes {
		if strings.HasPrefix(n, "measure carried") {
			return true
		}
	}
	return false
}

func refersBack(it Interpretation) bool {
	for _, n := range it.Notes {
		if strings.HasPrefix(n, "refers to") {
			return true
		}
	}
	return false
}

// parenPeriod: a figure in parentheses right after a period is that
// period's ("The number rose in 2017 (312) and 2018 (369) before easing in
// 2019 (286)").
func parenPeriod(sent string, pos int, prs []periodMention) (*Period, bool) {
	for i := range prs {
		end := prs[i].start + len(prs[i].p.Text)
		if prs[i].start < pos && end <= pos && prs[i].p.Kind != "since" && prs[i].p.Kind != "unresolved" && openParenRe.MatchString(sent[end:pos]) {
			p := prs[i].p
			return &p, true
		}
	}
	return nil, false
}

var openParenRe = lazyRegexp(`^\s*\(\s*(?:about |around |nearly |more than |over )?$`)

// adjacentPeriod is a period phrase right after the figure, before any
// other figure or clause break: "from 3,000 in FY2017 to 4,000 in FY2018"
// gives each figure its own year.
func adjacentPeriod(sent string, c Claim, prs []periodMention) (*Period, bool) {
	end := c.clauseOff + c.clauseEnd
	for i := range prs {
		pm := prs[i]
		if pm.start < end || pm.start > end+40 || pm.p.Kind == "unresolved" || pm.p.Kind == "since" {
			continue
		}
		between := sent[end:pm.start]
		if strings.ContainsAny(between, "0123456789,;:()—–") || fromBetweenRe.MatchString(between) || fromMentionRe.MatchString(pm.p.Text) && pm.p.Kind == "fy" {
			// "fell to 218,317 from 2016's total": the period after "from"
			// is the earlier figure's
			continue
		}
		if (c.Kind == KindChange || c.Kind == KindRank) && pm.baseline {
			continue
		}
		w := strings.Fields(between)
		if len(w) > 4 {
			continue
		}
		p := pm.p
		return &p, true
	}
	return nil, false
}

var (
	fromBeforeRe = lazyRegexp(`(?i)\bfrom\s+(?:about |around |roughly |nearly |almost |more than |over |some |just over |just under )?$`)
	toAfterRe    = lazyRegexp(`(?i)^[^0-9;]{0,40}?\bto\s+(?:about |around |roughly |nearly |almost |more than |over |some |just over |just under |a record )?\d`)
)

// yearsAndRe: two years joined by "and" ("in fiscal 2017 and 2018").
var yearsAndRe = lazyRegexp(`(?i)\bin\s+(?:fiscal\s+(?:years?\s+)?|FY\s?)?(?:19|20)\d\d\s+(?:and|&)\s+(?:fiscal\s+(?:year\s+)?|FY\s?)?(?:19|20)\d\d\b`)

// valueChainRe: three or more values in a row ("from 28,880 to 36,704 to
// 31,262"), with no period phrase between them.
var valueChainRe = lazyRegexp(`(?i)\bfrom\s+[\d,.]+\s*(?:%|percent)?\s+to\s+[\d,.]+\s*(?:%|percent)?\s+(?:to|and then|then)\s+[\d,.]+`)

// spanOf is the span of years ("fiscal years 2017-2018", "between 2016
// and 2017") whose first year is the mention p, if any.
func spanOf(prs []periodMention, p Period) *Period {
	for _, pm := range prs {
		if pm.span != nil && pm.p.Text == p.Text && p.Text != "" && p.String() != pm.p.String() {
			sp := *pm.span
			return &sp
		}
	}
	return nil
}

// latestPeriod is the period of the sentence that ends last, when its
// period phrases name two or more.
func latestPeriod(prs []periodMention) *Period {
	var got *Period
	n := 0
	for i := range prs {
		e := periodEnd(prs[i].p)
		if e == "" {
			continue
		}
		n++
		if got == nil || e > periodEnd(*got) {
			p := prs[i].p
			got = &p
		}
	}
	if n < 2 {
		return nil
	}
	return got
}

// fromShareBeforeRe: the later share of "from A percent to B percent".
var fromShareBeforeRe = lazyRegexp(`(?i)\bfrom\s+(?:about |around |roughly |nearly |almost |more than |over |some |just over |just under )?\d+(?:\.\d+)?\s*(?:%|percent|pct)\s+to\s+(?:about |around |roughly |nearly |almost |more than |over |some |just over |just under )?$`)

// fromToBaseline: in "from A to B" A is the earlier figure, counted over
// the baseline period of the sentence.
func fromToBaseline(sent string, c Claim, base *Period) (*Period, bool) {
	if base == nil || c.Kind != KindCount && !(c.Kind == KindShare && c.Unit == UnitPercent) {
		return nil, false
	}
	start, end := c.clauseOff+c.clauseStart, c.clauseOff+c.clauseEnd
	if !fromBeforeRe.MatchString(sent[:start]) || !toAfterRe.MatchString(sent[end:]) {
		return nil, false
	}
	b := *base
	return &b, true
}

// segmentPlace is the one place named in the figure's own part of the
// sentence (between commas, semicolons or dashes).
func segmentPlace(sent string, pos int, pms []placeMention) (Place, bool) {
	from, to := segmentBounds(sent, pos)
	var found []Place
	for _, pm := range pms {
		if pm.start >= from && pm.start < to {
			found = appendPlace(found, pm.p)
		}
	}
	if len(found) == 1 {
		return found[0], true
	}
	return Place{}, false
}

var (
	yearListPairRe   = lazyRegexp(`\b(?:19|20)\d\d(?:,\s*(?:19|20)\d\d)*,?\s+and\s+(?:19|20)\d\d\b`)
	figureListPairRe = lazyRegexp(`\b\d[\d,.]*\d(?:,\s*\d[\d,.]*\d)*,?\s+and\s+\d[\d,.]*\d\b`)
)

// hyphens: the Unicode hyphens pages use inside words ("three‑quarters",
// "COVID‑19", U+2010/U+2011), read as the ASCII hyphen the lexicon knows.
var hyphens = strings.NewReplacer("\u2010", "-", "\u2011", "-")

// placeGapRe: what may stand between a place and its figure in a list
// ("Texas 13,415", "Louisiana with 7,493", "California: 3,801").
var placeGapRe = lazyRegexp(`^[\s,:(]*(?:with|had|held|has|at|\(|–|—|-)?\s*(?:about|nearly|roughly|around|some|over|more than|almost)?\s*$`)

// placeBeforeEach binds the figures of a list in which each count follows
// its own place ("Texas held 13,415 people, Louisiana 7,493 and California
// 3,801"); nil unless every count of the sentence (two or more) has a
// place right before it, the places distinct.
func placeBeforeEach(sent string, cs []Claim, idx []int, pms []placeMention) map[int]binding {
	if len(idx) < 2 || len(pms) < len(idx) {
		return nil
	}
	out := map[int]binding{}
	seen := map[string]bool{}
	for _, k := range idx {
		c := cs[k]
		pos := c.clauseOff + c.clauseStart
		var got *placeMention
		for j := range pms {
			pm := pms[j]
			end := placeEnd(sent, pm)
			if end <= pos && placeGapOK(sent[end:pos]) { // fix16_ne.go
				got = &pms[j]
			}
		}
		if got == nil || seen[got.p.String()] {
			return nil
		}
		seen[got.p.String()] = true
		p := got.p
		out[k] = binding{place: &p}
	}
	return out
}

// placeEnd is where a place mention's name ends in the sentence (after its
// first word, the rest of a capitalized name).
func placeEnd(sent string, pm placeMention) int {
	i := pm.start
	for i < len(sent) && (sent[i] == ' ' || sent[i] == '.' || sent[i] >= 'A' && sent[i] <= 'Z' || sent[i] >= 'a' && sent[i] <= 'z') {
		if sent[i] == ' ' && (i+1 >= len(sent) || sent[i+1] < 'A' || sent[i+1] > 'Z') {
			break
		}
		i++
	}
	return i
}

// binding is a place or period given to one figure by "respectively".
type binding struct {
	period  *Period
	place   *Place
	country string // "Haiti and the Dominican Republic, with 5,578 and 1,986 deportations respectively"
}

// respectively pairs the figures of "A and B, respectively" with the
// periods, places or countries (cos, the sentence's citizenships in order)
// the sentence lists in the same order.
func respectively(sent string, cs []Claim, prs []periodMention, pms []placeMention, cos []string) map[int]binding {
	var idx, ranks []int
	for k, c := range cs {
		if c.Kind == KindCount || c.Kind == KindShare {
			idx = append(idx, k)
		}
		if c.Kind == KindRank {
			ranks = append(ranks, k)
		}
	}
	if len(ranks) > 1 {
		// "The Houston and Atlanta areas followed with the second- and
		// third-highest totals": the ranks of the places, in order
		var pls []Place
		for _, pm := range pms {
			pls = appendPlace(pls, pm.p)
		}
		out := map[int]binding{}
		if len(pls) == len(ranks) {
			for i, k := range ranks {
				p := pls[i]
				out[k] = binding{place: &p}
			}
		} else if len(pls) == 0 && (len(cos) == len(ranks) || len(cos) > 1 && len(cos) < len(ranks) && strings.Contains(strings.ToLower(sent), "respectively")) {
			// "Jamaica and Guyana placed 11th and 30th respectively"; with
			// a rank more ("..., with Guyana at the 30th spot") the list's
			// ranks come first, and the rest keep the name before them
			for i, k := range ranks[:len(cos)] {
				out[k] = binding{country: cos[i]}
			}
			if len(idx) == len(cos) && strings.Contains(strings.ToLower(sent), "respectively") {
				// "Guatemala and Honduras ranked second and third with
				// 50,390 and 28,894 respectively": the figures too
				for i, k := range idx {
					out[k] = binding{country: cos[i]}
				}
			}
		}
		return out
	}
	if b := placeBeforeEach(sent, cs, idx, pms); b != nil {
		return b
	}
	if !strings.Contains(strings.ToLower(sent), "respectively") && !(yearListPairRe.MatchString(sent) && figureListPairRe.MatchString(sent)) {
		// "removals in 2017 and 2016, when 2,746 and 1,033 people were
		// removed": a list of years and a list of figures pair in order
		return nil
	}
	out := map[int]binding{}
	var pers []Period
	for _, pm := range prs {
		if pm.p.Kind != "unresolved" && pm.p.Kind != "since" {
			pers = append(pers, pm.p)
		}
	}
	if len(idx) > 1 && len(pers) == len(idx) {
		for i, k := range idx {
			p := pers[i]
			out[k] = binding{period: &p}
		}
		return out
	}
	var pls []Place
	for _, pm := range pms {
		pls = appendPlace(pls, pm.p)
	}
	if len(idx) > 1 && len(pls) == len(idx) {
		for i, k := range idx {
			p := pls[i]
			out[k] = binding{place: &p}
		}
		return out
	}
	if len(idx) > 1 && len(cos) == len(idx) && strings.Contains(strings.ToLower(sent), "respectively") {
		// countries listed in the order of their figures
		for i, k := range idx {
			out[k] = binding{country: cos[i]}
		}
	}
	return out
}

var datelineCityRe = lazyRegexp(`^\s*([A-Z][A-Z.]+(?:\s+[A-Z][A-Z.]+){0,2})\s*(?:,\s*[A-Z][A-Za-z.]+\s*)?(?:\(|—|–|-)`)

// datelinePlace reads the dateline city ("BOSTON (June 3, 2025) —") as
// the area of responsibility named after it, an approximate place.
func datelinePlace(text string) (Place, bool) {
	m := datelineCityRe.FindStringSubmatch(text)
	if m == nil {
		return Place{}, false
	}
	if a, ok := place.LookupAOR(m[1]); ok && a.Code != "HQ" && len(m[1]) > 3 {
		return Place{Kind: "aor", Name: a.Name + " (dateline)", AOR: a.Code, Approx: true}, true
	}
	return Place{}, false
}

func copyStrings(m map[string]string) map[string]string {
	if len(m) == 0 {
		return nil
	}
	out := make(map[string]string, len(m))
	for k, v := range m {
		out[k] = v
	}
	return out
}

// exactMentions drops the approximate period phrases of a sentence: in "As
// of January 12, 2025, at the end of the Biden administration" the second
// describes the first.
func exactMentions(prs []periodMention) []periodMention {
	var out []periodMention
	for _, pm := range prs {
		if !pm.p.Approx {
			out = append(out, pm)
		}
	}
	return out
}

// mainMentions counts the period phrases of a sentence that are not
// baselines: with several, a figure outside their clauses has no stated
// period of its own.
func mainMentions(prs []periodMention) int {
	n := 0
	for _, pm := range prs {
		if !pm.baseline && pm.p.Kind != "since" {
			n++
		}
	}
	return n
}

// segmentBounds is the part of a sentence around pos between clause
// breaks: ", ", "; ", dashes, and " but ", " while ", " whereas ".
func segmentBounds(sent string, pos int) (int, int) {
	pos = max(0, min(pos, len(sent)))
	brk := func(i int) int {
		switch {
		case strings.HasPrefix(sent[i:], ", women and children") && strings.HasSuffix(sent[:i], "men"):
			// "more than 19,791 men, women and children in its detention
			// facilities" (aa-es-efe-01, glossed): one noun phrase
			return 0
		case (sent[i] == ',' || sent[i] == ';' || sent[i] == ':') && i+1 < len(sent) && sent[i+1] == ' ':
			return 1
		case strings.HasPrefix(sent[i:], "—"), strings.HasPrefix(sent[i:], "–"), strings.HasPrefix(sent[i:], " - "):
			return 1
		case strings.HasPrefix(sent[i:], " but "), strings.HasPrefix(sent[i:], " while "), strings.HasPrefix(sent[i:], " whereas "),
			strings.HasPrefix(sent[i:], " even as "), strings.HasPrefix(sent[i:], " although "), strings.HasPrefix(sent[i:], " even though "):
			return 1
		}
		return 0
	}
	from, to := 0, len(sent)
	for i := pos - 1; i > 0; i-- {
		if brk(i) > 0 {
			from = i
			break
		}
	}
	for i := pos; i < len(sent); i++ {
		if brk(i) > 0 {
			to = i
			break
		}
	}
	return from, to
}

// agencyRe: a sentence about the agency as a whole ("ICE arrested ...")
// reads as nationwide when it names no place.
// continuationRe: a sentence that refers to the place and period of the
// one before ("Agents there ...", "The office also ...").
// existentialThereRe: "there were 158,581 arrests" says nothing of a place.
var existentialThereRe = lazyRegexp(`(?i)\bthere\s+(?:were|was|are|is|have been|has been|had been|will be)\b`)

// continues tells a sentence that refers to the place named before
// ("Agents there", "the office").
func continues(s string) bool {
	return continuationRe.MatchString(existentialThereRe.ReplaceAllString(s, ""))
}

var continuationRe = lazyRegexp(`(?i)\b(?:there|the (?:two|three|four|five|six) states|both states|that office|the office|that area|the area|that region|the region|the division|that division|the field office|that field office)\b`)

// thenSpanRe: a span that starts where the sentence before does ("President
// Trump signed the order on January 22. Between then and April 29, ...
// officers arrested 41,318 individuals"): "then" is the day that sentence
// names, which counts as stated (an anaphor, like "Agents there" after a
// sentence naming the office).
var thenSpanRe = lazyRegexp(`(?i)\b(?:between\s+then\s+and|from\s+then\s+(?:to|through|until|till|thru))\s+(` + monthAbbr + `)\s+(\d{1,2})\b(?:,?\s+(\d{4}))?`)

// thenSpan is the span of "between then and April 29" from the day the
// sentence before names: nothing when it names no single day (after "between
// Jan. 20 and Jan. 31", "then" is the span's last day or its first: stress
// run 32).
func thenSpan(text string, before *Period) []periodMention {
	if before == nil || len(before.From) != 10 || before.Kind != "date" {
		return nil
	}
	m := thenSpanRe.FindStringSubmatchIndex(text)
	if m == nil {
		return nil
	}
	from, err := time.Parse("2006-01-02", before.From)
	if err != nil {
		return nil
	}
	mon := monthNum(text[m[2]:m[3]])
	day, _ := strconv.Atoi(text[m[4]:m[5]])
	y := from.Year()
	if m[6] >= 0 {
		y, _ = strconv.Atoi(text[m[6]:m[7]])
	}
	to := time.Date(y, time.Month(mon), day, 0, 0, 0, 0, time.UTC)
	if mon == 0 || day < 1 || day > 31 || to.Day() != day {
		return nil
	}
	if m[6] < 0 && to.Before(from) {
		to = to.AddDate(1, 0, 0) // "between then and March 1" after a December day
	}
	if to.Before(from) {
		return nil
	}
	return []periodMention{{p: Period{Kind: "range", Text: text[m[0]:m[1]], From: before.From, To: to.Format("2006-01-02"), Note: "from the day the sentence before names (\"then\")"}, start: m[0]}}
}

// thatPeriodRe: the days an earlier sentence names, referred to ("during
// that period", "during that timeframe", "in the corresponding period", "the
// same 100-day period in 2016"). "The same period" alone is left out: it is
// mostly a baseline ("than the same period the previous year"), which the
// change readings handle.
var thatPeriodRe = lazyRegexp(`(?i)\b(?:during|in|over|for|within)\s+(?:that|this|the\s+corresponding|the\s+comparable|that\s+same|the\s+same\s+\d+-day)\s+(?:time\s*frame|timeframe|period|span|stretch|window)\b`)

// namedYearPeriodRe: "in the 2017 period compared to 25,786 in the 2016 period":
// the days named before, in the year written.
var namedYearPeriodRe = lazyRegexp(`(?i)\bthe\s+(?:same\s+|corresponding\s+|comparable\s+|equivalent\s+)?(?:((?:19|20)\d\d)|prior-year|previous-year|year-earlier|year-ago)\s+(?:period|time\s*frame|timeframe|window|month)\b`)

// movedYearRe: a year mention thatPeriodIn moves the earlier days to.
var movedYearRe = lazyRegexp(`(?i)^(?:this|that)\s+year$|^(?:(?:in|of|during|for)\s+)?(\d{4})$`)

// dayspanWithinYear: a span of named days shorter than a year ("between Jan.
// 20 and April 29, 2016"), or a month, which a later sentence may refer to
// in another year.
func dayspanWithinYear(p Period) bool {
	return p.Kind == "range" && !p.Approx && len(p.From) == 10 && len(p.To) == 10 && shiftYear(p.From, 1) > p.To || p.Kind == "month" && len(p.Month) == 7
}

// thatPeriodIn reads "during that period" with a year as the days an earlier
// sentence names, in that year: after "There were 582 deportations between
// Jan. 20 and April 29, 2016", "This year, the number of deportations during
// that period grew 53 percent" is about Jan. 20 - April 29, 2017, compared
// with the same days of 2016; "During that timeframe in 2016, 258 of the 303
// arrested ..." is about the 2016 days themselves, not the fiscal year 2016;
// "from 8,381 in 2016 to 12,766 in the corresponding period in 2017" moves
// both years, and "in the 2017 period" its own. The year mentions are
// replaced; with one year moved, the earlier days are returned as a
// change's baseline. Only a span of named days within one year, or a month,
// is moved.
func thatPeriodIn(text string, prs []periodMention, before *Period, ref time.Time) ([]periodMention, *Period) {
	loc := thatPeriodRe.FindStringIndex(text)
	own := namedYearPeriodRe.FindAllStringSubmatchIndex(text, -1)
	if before == nil || !dayspanWithinYear(*before) {
		before, loc = nil, nil // only "the 2016 period" after a span of the sentence itself
		for _, pm := range prs {
			if len(own) > 0 && pm.start < own[0][0] && dayspanWithinYear(pm.p) {
				p := pm.p
				before = &p
			}
		}
		if before == nil {
			return prs, nil
		}
	}
	if loc == nil && own == nil {
		return prs, nil
	}
	in := func(y int, text, phrase string, start int, baseline bool) periodMention {
		p := before.shifted(y - before.year())
		p.Text = text + " (" + phrase + ")"
		p.Note = fmt.Sprintf("the days an earlier sentence names (%s), in %d", before.String(), y)
		return periodMention{p: p, start: start, baseline: baseline}
	}
	var out []periodMention
	moved, differ, movedBase := 0, false, false
	for _, pm := range prs {
		m := movedYearRe.FindStringSubmatch(strings.TrimSpace(pm.p.Text))
		if loc == nil || pm.p.Kind != "fy" || m == nil || m[1] == "" && ref.IsZero() {
			out = append(out, pm)
			continue
		}
		y := ref.Year()
		if m[1] != "" {
			y, _ = strconv.Atoi(m[1])
		}
		// ("during that period this year": the period of the figure, not
		// a baseline)
		mp := in(y, pm.p.Text, text[loc[0]:loc[1]], pm.start, pm.baseline && m[1] != "")
		out = append(out, mp)
		moved++
		differ, movedBase = y != before.year(), mp.baseline
	}
	for _, m := range own {
		// "the 2016 period": no period mention of its own (periods reads
		// no bare year there); the days are the last span named before it,
		// in this sentence ("between January 22 and April 29, 2017,
		// compared with 30,028 during the 2016 period") or an earlier one
		span := before
		for _, pm := range prs {
			if pm.start < m[0] && dayspanWithinYear(pm.p) {
				p := pm.p
				span = &p
			}
		}
		y := span.year() - 1 // "the prior-year period"
		if m[2] >= 0 {
			y, _ = strconv.Atoi(text[m[2]:m[3]])
		}
		p := span.shifted(y - span.year())
		p.Text = text[m[0]:m[1]] + " (the days named before)"
		p.Note = fmt.Sprintf("the days named before (%s), in %d", span.String(), y)
		out = append(out, periodMention{p: p, start: m[0]})
		moved++
	}
	if moved == 1 && differ && !movedBase && len(own) == 0 {
		// "This year, ... during that period grew 53 percent": a change
		// is compared with the days named before
		b := *before
		return out, &b
	}
	return out, nil
}

// includingRe: a part of the count before it ("including 24,899 Mexicans",
// "among them 4,641").
// countryListAfter: the countries of a list right after a figure ("100
// Kenyans, Somalis and South Sudanese"), joined by commas and "and" or
// "or" alone, nothing else between; nil when fewer than two.
func countryListAfter(low string, at int) []string {
	var out []string
	rest := low[min(at, len(low)):]
	off := 0
	for {
		m := countryRe.FindStringIndex(rest[off:])
		if m == nil || strings.Trim(rest[off:off+m[0]], " ,") != "" && !listJoinRe.MatchString(rest[off:off+m[0]]) {
			break
		}
		out = append(out, countries[rest[off+m[0]:off+m[1]]])
		off += m[1]
	}
	if len(out) < 2 {
		return nil
	}
	return out
}

// listJoinRe: what joins the items of a list.
var listJoinRe = lazyRegexp(`^\s*,?\s*(?:and|or)\s+$`)

// partAfterRe: words after a total that start its parts.
var partAfterRe = lazyRegexp(`(?i)\b(?:of which|of whom|among them|among whom|including)\b`)

var includingRe = lazyRegexp(`(?i)\b(?:including|includes|included|among them|among whom|of whom|of which|of those|of them)\s+(?:about\s+|nearly\s+|almost\s+|roughly\s+|some\s+|more than\s+|over\s+)?$`)

// unreadPeriodRe: a period phrase periods does not read ("The year before
// Trump took office", "The previous calendar year", "in the year before
// Trump's inauguration"): the sentence has a period of its own, so the one
// in force is not carried to it as stated (stress run 34).
var unreadPeriodRe = lazyRegexp(`(?i)\b(?:the|a|that|this|its|previous|prior|preceding|next|following|same)\s+(?:(?:previous|prior|preceding|next|following|calendar|fiscal|same)\s+)?(?:year|month|quarter|period|decade|week)\b`)

// prevMonthRe: a change over the month before ("compared with the
// previous month", "from the month before", "over the prior month").
var prevMonthRe = lazyRegexp(`(?i)\b(?:the|a)\s+(?:previous|prior|preceding)\s+month\b|\bthe\s+month\s+before\b`)

// orPeriod is the first of its periods that is not nil.
func orPeriod(ps ...*Period) *Period {
	for _, p := range ps {
		if p != nil {
			return p
		}
	}
	return nil
}

// monthBefore is the calendar month before a month period.
func monthBefore(p Period) Period {
	var y, m int
	fmt.Sscanf(p.Month, "%d-%d", &y, &m)
	t := time.Date(y, time.Month(m), 1, 0, 0, 0, 0, time.UTC).AddDate(0, -1, 0)
	return Period{Kind: "month", Month: t.Format("2006-01"), Note: "the month before " + t.AddDate(0, 1, 0).Format("January 2006")}
}

// thatYearRe: "that year", which may be any year the sentence before
// named, not only its own.
var thatYearRe = lazyRegexp(`(?i)\b(?:that|the same)\s+(?:fiscal\s+)?year\b`)

// alsoLeadRe: a sentence that goes on with the one before, its subject
// and "also" leading it ("It also deported 56,315", the gloss of
// ad-es-laprensafl-03's "También deportó a 56,315"): with no period of its
// own, it is of the period of the one before, as a reader takes it.
var alsoLeadRe = lazyRegexp(`(?i)^\W*(?:(?:it|ice|the agency|they|agents|officers|ero|the same agency)\s+)?(?:also|too)\b`)

// thenRe: a sentence that refers to the period of the one before.
var thenRe = lazyRegexp(`(?i)\b(?:that year|the same year|that fiscal year|the same fiscal year|that period|the same period|during that time|at that time|at the time|then)\b`)

// nounOfRe: "the arrest of nearly 160,000": a measure noun the figure
// completes, right before it.
var nounOfRe = lazyRegexp(`\b(arrests?|deportations?|removals?|detentions?|apprehensions?)\s+of\s+(?:about|nearly|almost|roughly|around|some|over|more than|just over|just under|at least)?\s*$`)

// thoseYearsRe: periods referred to, not named.
var thoseYearsRe = lazyRegexp(`(?i)\b(?:both|those|these|each of those|either of those)\s+(?:two\s+|three\s+)?(?:years|months|periods|quarters)\b`)

// endsOnArticleDate: a span read from a start the text names to the
// article's date.
func endsOnArticleDate(p Period, ref time.Time) bool {
	return p.Kind == "range" && !ref.IsZero() && p.To == ref.Format("2006-01-02") && strings.Contains(p.Note, "article's date")
}

// iceNamedNear: the sentence at si, the one before it in its paragraph or
// the headline names ICE (iceNamedRe).
func iceNamedNear(sents []sentence, si int) bool {
	named := func(k int) bool { return iceNamedRe.MatchString(strings.ToLower(sents[k].text)) }
	return named(si) || si > 0 && sents[si-1].para == sents[si].para && named(si-1) || len(sents) > 0 && sents[0].para == 0 && named(0)
}

// cbpNamedRe: a sentence naming the Border Patrol or CBP; cbpAnaphorRe:
// one whose subject refers back to an agency ("the agency", "the Patrol",
// "its agents").
var (
	cbpNamedRe   = lazyRegexp(`\b(?:border patrol|customs and border protection|cbp)\b`)
	cbpAnaphorRe = lazyRegexp(`^\W*(?:the (?:agency|patrol|same agency)|it|they|its (?:agents|officers)|agents|officers)\b`)
)

var agencyRe = lazyRegexp(`(?i)\bthe country\b|\bthe nation\b|\bICE\b|\bimmigration and customs enforcement\b|\bERO\b|\benforcement and removal operations?\b|\bthe agency\b|\bimmigration (?:officials|authorities|agents|officers)\b|\bnationwide\b|\bnationally\b|\bnational\b|\bacross the (?:country|nation|united states|u\.s\.)\b|\bthe (?:u\.s\.|united states)\b|\bthe (?:trump|obama|biden|bush) administration\b|\bthe (?:federal )?government\b|\bfederal (?:immigration )?(?:officials|authorities|agents|officers)\b`)

// namesAgency is agencyRe outside the phrases naming one local office
// of it: "The Enforcement and Removal Operations office arrested 5,754
// people" (f2-seatimes-03, in a Salt Lake City article) is about a
// field office the sentence does not name, never the whole agency, so
// its place is unstated (and placeFromData may find it). "ICE's Office
// of ..." is a headquarters office and still the agency.
func namesAgency(s string) bool {
	if !agencyRe.MatchString(s) {
		return false
	}
	for _, m := range localOfficeRe.FindAllString(s, -1) {
		if !ofOfficeRe.MatchString(m) {
			// the office is the actor; "according to the agency's
			// report" after it names the source, not the place
			return false
		}
	}
	return true
}

var (
	localOfficeRe = lazyRegexp(`(?i)\b(?:the|its|this|that|our)\s+(?:local\s+|regional\s+)?(?:(?:ICE|ERO|U\.S\. immigration and customs enforcement|immigration and customs enforcement|enforcement and removal operations?)(?:['’]s?)?\s+)?(?:(?:ERO|enforcement and removal operations?)\s+)?(?:field\s+)?office\b(?:\s+(?:of|for)\b)?`)
	ofOfficeRe    = lazyRegexp(`(?i)\s(?:of|for)$`)
)

// unreadDate: the figure's own part of the sentence names a month that no
// period phrase read ("in December 3erd"): its date is not known.
func unreadDate(sent string, _ int, prs []periodMention) bool {
	from, to := 0, len(sent)
	low := lowerASCII(sent[from:to])
	for _, w := range strings.FieldsFunc(low, func(r rune) bool { return !(r >= 'a' && r <= 'z') }) {
		if _, ok := monthNames[w]; !ok || len(w) < 3 || w == "may" || w == "mar" {
			continue
		}
		k := from + strings.Index(low, w)
		read := false
		for _, pm := range prs {
			if k >= pm.start && k < pm.start+len(pm.p.Text)+2 {
				read = true
			}
		}
		if !read {
			return true
		}
	}
	return false
}

// attributionRe: the source a sentence cites ("according to ICE arrest
// and deportation statistics", "data released by ...") names the
// publication, not what the figure counts, so its measure words do not make
// the sentence's measure ambiguous.
var attributionRe = lazyRegexp(`\baccording to\b[^,;—–]*|\b(?:arrests?|removals?|deportations?|detention|enforcement)(?:\s+and\s+(?:arrests?|removals?|deportations?|detention))?\s+(?:statistics|data|figures|numbers|reports?)\b`)

// demonstrativeRe: a sentence whose subject is the figure of the sentence
// before: "That's a 36.8 percent jump", "That was a 34.6 percent increase
// over the same period in 2016", "This marked the highest level". The
// figure repeated, or "the figure", "the number", "the total", is the same
// subject: "137 Guyanese were deported from the U.S. in 2017. The 137
// represented an increase from 2016" (g0-gychron-04).
// ("This figure, revealed in The Guardian's latest analysis of biweekly
// ICE data, surpasses the previous record set just two weeks earlier",
// m-lawsb-02: "this figure" with an aside between commas, and a verb of
// passing a record)
var demonstrativeRe = lazyRegexp(`^(?:This|That|It|The (?:\d[\d,]*|figure|number|total|tally)|(?:This|That) (?:figure|number|total|tally))(?:,[^,.;]{1,120},)?(?:['’]s|\s+(?:was|is|marked|marks|represents|represented|amounts to|amounted to|meant|means|surpasses|surpassed|breaks|broke|exceeds|exceeded)\b)`)

type demoReading struct {
	it   Interpretation
	refs []Interpretation // the counts referred to
}

// demonstrative reads a change or superlative whose subject is the figure
// of the sentence before: measure, place and qualifiers are that figure's;
// for a change between two counts of one measure and place in different
// periods ("from 6,192 in 2017 to 8,419 in 2018. That's a 36.8 percent
// jump"), the change is from the first to the second; with one count, its
// period is the change's and the sentence's own phrase ("over the same
// period in 2016") gives the baseline.
func demonstrative(c Claim, ctx textContext, prs []periodMention, ref time.Time) (demoReading, bool) {
	pc := ctx.prevCounts
	if c.Kind == KindRank {
		// "That's the largest one-year increase among the areas", "No
		// other area saw a bigger increase": the area, periods and measure
		// of the figure before
		if len(ctx.prevFigures) == 0 {
			return demoReading{}, false
		}
		last := ctx.prevFigures[len(ctx.prevFigures)-1]
		if last.Place.Kind != "aor" {
			return demoReading{}, false
		}
		cx := ctx
		cx.measure = last.Measure
		main, pl := last.Period, last.Place
		var base *Period
		if last.Baseline != nil {
			b := *last.Baseline
			base = &b
		}
		it := interpret(c, cx, &pl, &main, base, ref)
		if it.Measure != last.Measure {
			return demoReading{}, false
		}
		it.Filters = mergeFilters(last.Filters, it.Filters)
		it.Notes = append(it.Notes, fmt.Sprintf("refers to the %s figure of the sentence before (%q)", last.Measure, last.Claim.Text))
		it.Describe = describe(it)
		return demoReading{it: it, refs: []Interpretation{last}}, true
	}
	if len(pc) == 0 {
		return demoReading{}, false
	}
	last := pc[len(pc)-1]
	var first *Interpretation
	for i := len(pc) - 2; i >= 0; i-- {
		if pc[i].Measure == last.Measure && samePlace(pc[i].Place, last.Place) && pc[i].Period.String() != last.Period.String() && len(pc[i].Filters) == len(last.Filters) {
			first = &pc[i]
			break
		}
	}
	yearBefore := c.Kind == KindChange && first == nil && len(prs) == 0 && last.Period.Kind == "fy" && yearBeforeRe.MatchString(c.Sentence)
	if c.Kind == KindChange && first == nil && len(prs) == 0 && !yearBefore {
		return demoReading{}, false // a change with no earlier figure or period to compare with
	}
	cx := ctx
	cx.measure = last.Measure
	main := last.Period
	var base *Period
	if first != nil && c.Kind == KindChange {
		b := first.Period
		base = &b
	} else if yearBefore {
		// "That's an increase of 25 percent from 114,434 a year earlier":
		// over the fiscal year before the one counted
		b := last.Period.previous()
		base = &b
	} else if b, ok := ownBaseline(c.Sentence, c, prs); ok {
		// "That was 1,638 more than in fiscal 2017 and 6,323 more than in
		// fiscal 2016": each change's own baseline
		base = b
	} else {
		for _, pm := range prs {
			if pm.baseline {
				b := pm.p
				base = &b
				break
			}
		}
	}
	pl := last.Place
	it := interpret(c, cx, &pl, &main, base, ref)
	if it.Measure != last.Measure {
		return demoReading{}, false
	}
	it.Filters = mergeFilters(last.Filters, it.Filters)
	it.Notes = append(it.Notes, fmt.Sprintf("refers to the %s counted in the sentence before (%q)", last.Measure, last.Claim.Text))
	it.Describe = describe(it)
	refs := []Interpretation{last}
	if first != nil {
		refs = append(refs, *first)
	}
	return demoReading{it: it, refs: refs}, true
}

func ordinalText(n int) string {
	suf := "th"
	if n%100 < 11 || n%100 > 13 {
		switch n % 10 {
		case 1:
			suf = "st"
		case 2:
			suf = "nd"
		case 3:
			suf = "rd"
		}
	}
	return fmt.Sprint(n) + suf
}

// eachRe: a figure stated for every one of several places.
var eachRe = lazyRegexp(`(?i)\beach\b|\bboth\b|\bapiece\b`)

// eachAreaRe: "Each area had around 13,500 arrests": the places of the
// sentence before.
var eachAreaRe = lazyRegexp(`(?i)\b(?:each|both)\s+(?:of\s+(?:those|these|the)\s+)?(?:areas?|offices?|field offices?|regions?|divisions?|cities)\b`)

// eachPlaces is the list of places a figure is stated for with "each":
// those named between the figure before it and this one ("followed by
// Chicago, San Antonio and Los Angeles, each with roughly 8,500 arrests"),
// or those of the sentence before ("Each area had around 13,500").
func eachPlaces(sent string, c Claim, cs []Claim, k int, pms []placeMention, ctx textContext) []Place {
	pos := c.clauseOff + c.clauseStart
	from, to := segmentBounds(sent, pos)
	seg := sent[from:to]
	if !eachRe.MatchString(seg) {
		return nil
	}
	if m := eachAreaRe.FindStringIndex(sent[from:min(len(sent), pos)]); m != nil {
		var out []Place
		for _, p := range ctx.prevPlaces {
			if p.Kind == "aor" {
				out = appendPlace(out, p)
			}
		}
		return out
	}
	start := 0
	if k > 0 && k-1 < len(cs) {
		start = cs[k-1].clauseOff + cs[k-1].clauseEnd
	}
	var out []Place
	for _, pm := range pms {
		if pm.start >= start && pm.start < pos && pm.p.Kind == "aor" {
			out = appendPlace(out, pm.p)
		}
	}
	return out
}

// periodEnd is the last day of a period (YYYY-MM-DD), "" when unknown.
func periodEnd(p Period) string {
	switch p.Kind {
	case "fy":
		return fmt.Sprintf("%04d-09-30", p.FY)
	case "month":
		var y, m int
		if _, err := fmt.Sscanf(p.Month, "%d-%d", &y, &m); err == nil {
			return time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Format("2006-01-02")
		}
	case "range":
		return p.To
	}
	return ""
}

// nextSubjectRe: a conjunction that opens another figure's clause.
var nextSubjectRe = lazyRegexp(`\s(?:and|while|but|whereas)\s+(?:the\s+|its\s+|their\s+)?[a-z]+(?:\s+[a-z]+)?\s+(?:are|were|is|was|rose|fell|increased|decreased|grew|dropped|jumped|climbed|declined)\b`)

// wholeOf is the count of the same sentence that a figure is a part of
// ("Of the 158,581 people arrested, ..."), when it counts another measure.
func wholeOf(out []Interpretation, it Interpretation) *Interpretation {
	if it.Claim.Kind != KindCount || it.Measure == "" {
		return nil
	}
	for i := len(out) - 1; i >= 0 && out[i].Claim.Sent == it.Claim.Sent; i-- {
		w := out[i]
		if w.Claim.Kind != KindCount || w.Measure == "" || w.Measure == it.Measure || w.Claim.Clause != it.Claim.Clause {
			continue
		}
		if isWholeBefore(window(lowerASCII(w.Claim.Clause), w.Claim.clauseStart-60, w.Claim.clauseStart)) {
			return &out[i]
		}
	}
	return nil
}

// thatTimeframeRe: a period named by pointing back at another sentence's
// ("during that timeframe", "over that time span").
var thatTimeframeRe = lazyRegexp(`(?i)\b(?:during|in|over|within|for)\s+(?:that|this)\s+(?:timeframe|time[- ]frame|time span|span of time)\b`)

// lastEndedFY is the fiscal year that ended last before the article's
// date (ICE's fiscal year ends on September 30), the default period of a
// figure whose text names none.
func lastEndedFY(ref time.Time) Period {
	y := ref.Year()
	if ref.Month() < time.October {
		y--
	}
	return Period{Kind: "fy", FY: y, Defaulted: true, Note: fmt.Sprintf("no period named: FY%d, the fiscal year that ended last before the article's date %s", y, ref.Format("2006-01-02"))}
}

// elsewhereRe: words by which a sentence turns from the place of the one
// before to another.
var elsewhereRe = lazyRegexp(`(?i)\belsewhere\b|\bother (?:areas|regions|offices|field offices|states|cities|parts of the country)\b|\bthe rest of the (?:country|nation|state)\b|\bmirror(?:s|ed|ing)?\b|\b(?:a|the) national (?:trend|pattern|increase|rise|decline|drop)\b`)

// localPlaceRefRe: a sentence about "the city" or "the region" speaks of
// a place named before, never of the nation.
var localPlaceRefRe = lazyRegexp(`(?i)\b(?:in|across|throughout|around)\s+the\s+(?:city|region|county)\b|\bthe\s+(?:city|region|county)['’]s\b`)

// sameSpanEarlierRe: "For the same period last year, the number was":
// the figure after it counts the period in force a year before.
var sameSpanEarlierRe = lazyRegexp(`(?i)\b((?:the\s+same\s+(?:time\s+)?period|that\s+(?:same\s+)?(?:time\s+)?period|the\s+same\s+(?:\w+\s+)?(?:months|days|weeks))\s+(?:a\s+year\s+(?:earlier|before|ago)|last\s+year|(?:of\s+|in\s+)?the\s+(?:previous|prior)\s+year))\b[^0-9;]*$`)

// lastDay: with no period in force, a population counted before is the
// people held on the article's date, and "a year ago" is that day a year
// before: "... now over 31,000 migrants in ICE detention. That's ... a
// spike from a year ago when the number of detainees was 22,886"
// (ah-newsamericasnow-02).
func lastDay(ctx textContext, ref time.Time) *Period {
	if lc := ctx.lastCount; lc == nil || !isDetentionMeasure(lc.Measure) && lc.Measure != "detentions" || ref.IsZero() {
		return nil
	}
	d := ref.Format("2006-01-02")
	return &Period{Kind: "date", From: d, To: d, Note: "the article's date"}
}

// mentionEnd is where a period mention's words end in the sentence. A
// mention's text may begin before its start ("from June" starts at
// "June"), so start plus the text's length can run into the words after
// it ("... from June when the number was 29,613", ah-newsamericasnow-02).
func mentionEnd(sent string, pm periodMention) int {
	if strings.HasPrefix(sent[min(pm.start, len(sent)):], pm.p.Text) {
		return pm.start + len(pm.p.Text)
	}
	lo := max(0, pm.start-len(pm.p.Text))
	if k := strings.Index(sent[lo:min(len(sent), pm.start+len(pm.p.Text))], pm.p.Text); k >= 0 {
		return lo + k + len(pm.p.Text)
	}
	return min(len(sent), pm.start+len(pm.p.Text))
}

// yearWhenRe: the words between a period and a figure it dates, "2016
// when only" (no other figure or clause between).
var yearWhenRe = lazyRegexp(`(?i)^\s*,?\s*when\b[^0-9;.,]{0,60}$`)

var whenRe = lazyRegexp(`(?i)^[\s,]*(?:when|at which point|at that time|then)\b`)

// whenDashRe: a "when" clause set off by a dash (g0-kpbs-02: "since
// President Donald Trump took office in January — when ICE detained
// approximately 39,000 people").
var whenDashRe = lazyRegexp(`(?i)^\s*(?:—|–|-)\s*when\b`)

// whenPeriod: a figure in a "when ..." clause belongs to the period named
// just before the clause.
func whenPeriod(sent string, pos int, prs []periodMention) (*Period, bool) {
	from, _ := segmentBounds(sent, pos)
	if whenDashRe.MatchString(sent[from:min(pos, len(sent))]) {
		// g0-kpbs-02, "since President Donald Trump took office in January
		// — when ICE detained approximately 39,000 people": the clause
		// after the dash dates its figure to the day the president took
		// office, the start of the span before it, not the span
		for i := len(prs) - 1; i >= 0; i-- {
			pm := prs[i]
			if pm.start >= from {
				continue
			}
			if pm.p.Kind == "since" && pm.fallback != nil && pm.fallback.From != "" && inaugurationRe.MatchString(pm.p.Text) && !strings.Contains(sent[pm.start+len(pm.p.Text):from], ",") {
				d := pm.fallback.From
				return &Period{Kind: "date", Text: pm.p.Text, From: d, To: d, Note: "the day the president took office (the clause after the dash dates its figure to it)"}, true
			}
		}
		return nil, false
	}
	if !whenRe.MatchString(sent[from:min(pos, len(sent))]) {
		// "an increase from 2016 when only 93 Guyanese were deported":
		// the period right before "when", in the figure's own clause
		for i := len(prs) - 1; i >= 0; i-- {
			end := mentionEnd(sent, prs[i])
			if prs[i].start < pos && end <= pos && prs[i].p.Kind != "since" && prs[i].p.Kind != "" && prs[i].p.Kind != "unresolved" && yearWhenRe.MatchString(sent[end:pos]) {
				p := prs[i].p
				return &p, true
			}
		}
		return nil, false
	}
	var best *Period
	for i := range prs {
		if prs[i].start < from && prs[i].p.Kind != "since" && prs[i].p.Kind != "" {
			p := prs[i].p
			best = &p
		}
	}
	return best, best != nil
}

// ("under Biden's administration"; "in the administration of President Joe
// Biden", u-es-portuguesa-01's gloss)
var adminWindowRe = lazyRegexp(`(?i)\b(?:under|during)\s+(?:the\s+)?(?:four\s+years\s+of\s+)?(?:President\s+)?(?:Joe\s+|Donald\s+|Barack\s+)?(Biden|Trump|Obama)(?:['’]s)?\s+(?:administration|presidency|tenure|years)\b|\b(?:under|during|in)\s+the\s+administration\s+of\s+(?:the\s+)?(?:President\s+)?(?:Joe\s+|Donald\s+|Barack\s+)?(Biden|Trump|Obama)\b`)

// adminWindow is the span of the administration a superlative is limited
// to ("under Biden's administration"); a Trump window is the term in force
// at the article's date.
func adminWindow(text string, ref time.Time) (Period, bool) {
	m := adminWindowRe.FindStringSubmatch(text)
	if m == nil {
		return Period{}, false
	}
	from, to := "", ""
	switch strings.ToLower(m[1] + m[2]) {
	case "biden":
		from, to = "2021-01-20", "2025-01-19"
	case "obama":
		from, to = "2009-01-20", "2017-01-19"
	case "trump":
		from, to = "2017-01-20", "2021-01-19"
		if !ref.IsZero() && !ref.Before(time.Date(2025, 1, 20, 0, 0, 0, 0, time.UTC)) {
			from, to = "2025-01-20", "2029-01-19"
		}
	}
	return Period{Kind: "range", Text: m[0], From: from, To: to, Note: "the comparison window: " + m[0]}, true
}

// onlyStarts reports whether every period the sentence names is the start
// of an open span ("since 2016", "from FY2017") and none is a whole period.
func onlyStarts(prs []periodMention) bool {
	for _, pm := range prs {
		if !pm.opens {
			return false
		}
	}
	return len(prs) > 0
}

// agoOfLaterFigure: a relative past date ("four weeks ago", "last week")
// dates the figure it follows, the compared one. When another figure of the
// sentence stands between claim c and that phrase, the phrase is not c's
// period: c keeps its own ("currently", the article's date).
func agoOfLaterFigure(c Claim, sentClaims []Claim, prs []periodMention, p Period) bool {
	ago := strings.HasPrefix(p.Note, "the article's date less")
	cEnd := c.clauseOff + c.clauseEnd
	sent := c.Sentence
	for _, pm := range prs {
		if pm.p.Text != p.Text || pm.p.From != p.From || pm.start < cEnd {
			continue
		}
		for _, o := range sentClaims {
			if o.Offset == c.Offset {
				continue
			}
			op := o.clauseOff + o.clauseStart
			if op < cEnd || op >= pm.start || o.Kind != KindCount {
				continue
			}
			// "removed 3,125 people ..., compared to 3,253 people removed in
			// the 2018 fiscal year": any period after the compared figure
			// is that figure's
			if ago || op <= len(sent) && comparedRe.MatchString(sent[cEnd:op]) {
				return true
			}
		}
	}
	return false
}

// toFigureRe / fromFigureRe: "from A <period> to B" (the text before B).
var (
	toFigureRe   = lazyRegexp(`(?i)\bto\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|more than\s+|over\s+|some\s+|just\s+|a record\s+)?$`)
	fromFigureRe = lazyRegexp(`(?i)\bfrom\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|more than\s+|over\s+|some\s+|just\s+)?\d[\d,.]*`)
)

// ownStock: the sentence counts the people held ("69.000 Menschen in
// Gewahrsam", bz-de-tt-01's gloss) and names no event, so no measure of the
// sentence before (there, deportations) is carried into it.
func ownStock(sent string) bool {
	return reStock.MatchString(sent) && !reEvent.MatchString(sent)
}

// periodBefore is the last period the sentence names before pos, if any.
func periodBefore(prs []periodMention, pos int) *Period {
	var got *Period
	for i := range prs {
		if prs[i].start < pos && prs[i].p.Kind != "unresolved" {
			p := prs[i].p
			got = &p
		}
	}
	return got
}

// ctxPeriodHere: a period is in force from an earlier sentence of the
// paragraph.
func ctxPeriodHere(ctx textContext, para int) bool {
	return ctx.period != nil && ctx.periodPar == para
}

// periodOfLaterFigure: the sentence's one period phrase is in another part
// of it than the figure at pos, after a later figure of that part ("...,
// a figure close to the all-time high of 61,000 reached in August").
func periodOfLaterFigure(sent string, pos int, prs []periodMention) bool {
	if pos > len(sent) || len(prs) != 1 || prs[0].start <= pos {
		return false
	}
	_, to := segmentBounds(sent, pos)
	from, _ := segmentBounds(sent, prs[0].start)
	if prs[0].start < to || from < to {
		return false
	}
	return strings.ContainsAny(sent[from:prs[0].start], "0123456789")
}

// periodOfFromFigure: the figure at pos is B of "from A <period> to B" and
// every period the sentence names stands between A and B (A's), none after
// B.
func periodOfFromFigure(sent string, pos int, prs []periodMention) bool {
	if pos > len(sent) || !toFigureRe.MatchString(sent[:pos]) {
		return false
	}
	ms := fromFigureRe.FindAllStringIndex(sent[:pos], -1)
	if len(ms) == 0 || len(prs) == 0 {
		return false
	}
	aEnd := ms[len(ms)-1][1]
	for _, pm := range prs {
		if pm.start < aEnd || pm.start >= pos {
			return false
		}
	}
	return true
}

// comparedRe: the words that introduce the figure a first one is compared
// with ("compared to 3,253", "up from 143,470", "versus").
var comparedRe = lazyRegexp(`(?i)\b(?:compared (?:to|with)|versus|vs\.?|up from|down from|as against)\b`)

// adjacentPlaceRe: the words between a figure and a place phrase that
// introduce the figure's own place: a preposition ending them ("13,585 in
// Houston", "16,520 people were arrested in the Dallas area").
var adjacentPlaceRe = lazyRegexp(`(?i)^[a-z ]{0,60}?\b(?:in|at|from|for|out of|across)\s+(?:the\s+|its\s+|ice['’]s\s+)?$`)

var conjunctionRe = lazyRegexp(`(?i)\b(?:and|or|while|but|whereas|than|compared|versus|vs)\b`)

// adjacentPlace is the place phrase right after the figure, introduced by a
// preposition, before any other figure, conjunction or clause break: in
// "Dallas arrested 16,520 and Houston 13,565" the first figure gets none
// ("and" starts the next figure's subject).
func adjacentPlace(sent string, c Claim, pms []placeMention) (Place, bool) {
	end := c.clauseOff + c.clauseEnd
	for _, pm := range pms {
		if pm.start < end || pm.start > end+60 {
			continue
		}
		between := sent[end:pm.start]
		if strings.ContainsAny(between, "0123456789,;:()—–") || conjunctionRe.MatchString(between) {
			return Place{}, false
		}
		if adjacentPlaceRe.MatchString(between) {
			return pm.p, true
		}
		return Place{}, false
	}
	return Place{}, false
}

// cityStateGapRe: the state written after a city ("Harlingen, Texas,").
var cityStateGapRe = lazyRegexp(`^,\s+[A-Z][a-z]+(?:\s[A-Z][a-z]+)?,`)

// placeJustBefore is the place written right before the figure, in a part
// of the sentence of its own: "the second place has Harlingen, Texas, with
// 42,492" (bg-es-tracatwork-04, glossed).
func placeJustBefore(sent string, c Claim, pms []placeMention) (Place, bool) {
	pos := c.clauseOff + c.clauseStart
	for j := len(pms) - 1; j >= 0; j-- {
		pm := pms[j]
		if pm.start >= pos {
			continue
		}
		end := placeEnd(sent, pm)
		if end > pos {
			return Place{}, false
		}
		gap := sent[end:pos]
		if m := cityStateGapRe.FindStringIndex(gap); m != nil {
			gap = gap[m[1]:]
		}
		return pm.p, placeGapOK(gap)
	}
	return Place{}, false
}

// otherAreaCity tells whether the sentence names an area city other than the
// area aor, and other than the areas its place phrases read, outside any
// phrase that describes an area's coverage: a second place the place
// phrases did not read ("... and Houston 13,575").
func otherAreaCity(sent, aor string, pms []placeMention) bool {
	read := map[string]bool{}
	for _, pm := range pms {
		read[pm.p.AOR] = true
	}
	if m := coverageRe.FindStringIndex(sent); m != nil {
		sent = sent[:m[0]]
	}
	for _, m := range cityRe.FindAllStringSubmatch(sent, -1) {
		if a, ok := lookupAORName(m[1]); ok && a.Code != aor && !read[a.Code] {
			return true
		}
	}
	return false
}

// withTailRe: ", with the San Francisco and Chicago offices monitoring the
// largest number": an absolute clause after the figures that ranks places
// within the whole the figures count.
var withTailRe = lazyRegexp(`(?i),\s+with\s+(?:the\s+)?[^,;]*?\b(?:largest|most|highest|biggest|greatest|fewest|lowest|smallest)\b`)

// withoutWithTail drops the place mentions of a with-clause that follows
// every figure of sentence si (claims from index ci on): those places rank
// within the whole, they are not where the figures were counted.
func withoutWithTail(sent string, pms []placeMention, claims []Claim, ci, si int) []placeMention {
	m := withTailRe.FindStringIndex(sent)
	if m == nil {
		return pms
	}
	for k := ci; k < len(claims) && claims[k].Sent == si; k++ {
		if claims[k].clauseOff+claims[k].clauseEnd > m[0] {
			return pms
		}
	}
	var out []placeMention
	for _, pm := range pms {
		if pm.start < m[0] {
			out = append(out, pm)
		}
	}
	return out
}

// thanTheLastRe: a change "than the last" (ad-cleveland-02: "36 percent
// more people were deported in the 2017 fiscal year than the last"), "than
// the year before", "than the one before": the year before, stated. "than
// the last two years" names another span and does not match.
var thanTheLastRe = lazyRegexp(`\bthan (?:in )?the (?:(?:last|previous|prior|preceding)(?: one| year| fiscal year)?|year before|one before)(?:$|[^\w\s]|\s+(?:and|but|when|while|under|in|during)\b)`)

// fromYearTotalRe: "from the 2016 total", "compared with the 2016 level":
// a change's baseline named by its year alone.
var fromYearTotalRe = lazyRegexp(`\b(?:from|over|compared (?:to|with)|than) (?:the )?(?:fiscal (?:year )?|fy ?)?(\d{4})(?:['’]s)? (?:total|level|figure|number|count|tally)s?\b`)

// yearBeforeRe: a change's baseline named relative to the year counted.
var yearBeforeRe = lazyRegexp(`(?i)\b(?:a year (?:earlier|before|ago)|the (?:year|fiscal year) before|the (?:previous|prior|preceding) (?:fiscal )?year)\b`)

// asOfFiscalToDate: a count of events (arrests, removals, encounters) "as of"
// a day is the running total of the fiscal year up to that day, when the
// sentence names no other period or only that fiscal year.
func asOfFiscalToDate(it Interpretation, prs []periodMention) (Period, bool) {
	p := it.Period
	if p.Kind != "date" || p.Approx || !strings.HasPrefix(strings.ToLower(p.Text), "as of") ||
		(it.Measure != "arrests" && it.Measure != "removals" && it.Measure != "encounters") || it.Claim.Kind != KindCount {
		return Period{}, false
	}
	d, err := time.Parse("2006-01-02", p.From)
	if err != nil {
		return Period{}, false
	}
	fy := d.Year()
	if d.Month() >= 10 {
		fy++
	}
	for _, pm := range prs {
		if pm.p.Text == p.Text && pm.p.From == p.From {
			continue
		}
		if pm.p.Kind != "fy" || pm.p.FY != fy || pm.p.Bare {
			return Period{}, false
		}
	}
	return Period{Kind: "range", Text: p.Text, From: fmt.Sprintf("%d-10-01", fy-1), To: p.From,
		Note: fmt.Sprintf("FY%d up to that day: a running total", fy)}, true
}

var (
	quarterBeforeRe  = lazyRegexp(`(?i)^\s*(?:[a-z]+\s+){0,6}?(?:the (?:previous|prior|preceding) quarter|the quarter before)\b`)
	sameTimeBeforeRe = lazyRegexp(`(?i)^\s*(?:[a-z]+\s+){0,6}?(?:the )?same (?:time|period|quarter|months?|stretch) (?:last year|a year (?:earlier|before)|(?:of|in) the (?:previous|prior) year)\b`)
)

// rangeBefore: a count followed by "the previous quarter" or "the same time
// last year" is counted over the span in force (a range of days named in
// the sentence before) moved back a quarter or a year.
func rangeBefore(after string, c Claim, in *Period) (Period, bool) {
	if in == nil || in.Kind != "range" || c.Kind != KindCount {
		return Period{}, false
	}
	from, e1 := time.Parse("2006-01-02", in.From)
	to, e2 := time.Parse("2006-01-02", in.To)
	if e1 != nil || e2 != nil {
		return Period{}, false
	}
	months := 0
	switch {
	case quarterBeforeRe.MatchString(after):
		// a quarter: the first day of a month to the last of the second
		// month after it
		if from.Day() != 1 || !to.AddDate(0, 0, 1).Equal(from.AddDate(0, 3, 0)) {
			return Period{}, false
		}
		months = 3
	case sameTimeBeforeRe.MatchString(after):
		months = 12
	default:
		return Period{}, false
	}
	f := from.AddDate(0, -months, 0)
	t := to.AddDate(0, -months, 0)
	if months == 3 {
		t = from.AddDate(0, 0, -1) // the quarter's last day
	}
	return Period{Kind: "range", Text: in.Text, From: f.Format("2006-01-02"), To: t.Format("2006-01-02"),
		Note: fmt.Sprintf("%s moved back %d months", in.String(), months)}, true
}

// yearCellRe: a table cell that is a year, with a footnote mark or not:
// "2016 [1]", "FY 2018".
var yearCellRe = lazyRegexp(`^\s*(?:FY\s*)?((?:19|20)\d\d)\s*(?:\[\d+\]|\*+)?\s*$`)

// pipeColumns reads a row of a table written with pipes whose header, in a
// sentence before, is a run of years (e12e1-ohss35-01: "Agency | 2012 |
// 2013 | ... | 2021 [3] |" then "ICE Enforcement and Removal Operations
// (ERO) Administrative Arrests | 290,622 | 229,698 | ... |"): when the row
// has as many figures as the header has years, each figure is its
// column's year, in order.
func pipeColumns(sents []sentence, si int, cs []Claim) map[int]binding {
	row := sents[si].text
	if strings.Count(row, "|") < 3 || len(cs) < 2 {
		return nil
	}
	for _, c := range cs {
		if c.Kind != KindCount {
			return nil
		}
	}
	// the row's figures are its cells after the label, one a cell
	cells := strings.Split(row, "|")
	var figCells int
	for _, cell := range cells[1:] {
		if strings.TrimSpace(cell) != "" {
			figCells++
		}
	}
	if figCells != len(cs) {
		return nil
	}
	for k := si - 1; k >= 0 && k >= si-3; k-- {
		var years []int
		best := []int(nil)
		for _, cell := range strings.Split(sents[k].text, "|") {
			if m := yearCellRe.FindStringSubmatch(cell); m != nil {
				y, _ := strconv.Atoi(m[1])
				if len(years) == 0 || y == years[len(years)-1]+1 {
					years = append(years, y)
					if len(years) > len(best) {
						best = years
					}
					continue
				}
				years = []int{y}
				continue
			}
			years = nil
		}
		if len(best) != len(cs) {
			continue
		}
		out := map[int]binding{}
		for i := range cs {
			p := bareYear(best[i], strconv.Itoa(best[i]))
			p.Note = "the year of the figure's column in the table's header"
			out[i] = binding{period: &p}
		}
		return out
	}
	return nil
}

// figurePeriods: the period mentions that may date the sentence's figures.
// It drops the start of a record's window, and the day a statement was
// made ("announced last week that in the past federal fiscal year ... the
// number of those deported has risen about 13 percent", ck-en-gazette-01)
// when the sentence names a fiscal year: that day dates the announcement,
// not the figures.
func figurePeriods(s string, prs []periodMention) []periodMention {
	prs = slices.DeleteFunc(slices.Clone(prs), func(pm periodMention) bool {
		// "has swelled to nearly 40,000 — the most since January 2020 —"
		// (cl-en-newsnation-01): the start of a record's window, not a
		// period of the counts before it (the record reads it itself); a
		// figure after it may be of that time ("the most since September
		// 2019, ... when ICE detentions capped at 50,000", f2-trac6017-02)
		end := min(pm.start+len(pm.p.Text), len(s))
		return recordSinceEndRe.MatchString(s[:min(pm.start, len(s))]) && !strings.ContainsAny(s[end:], "0123456789")
	})
	drop := -1
	for i, pm := range prs {
		if pm.p.Kind == "date" && attributionVerbEndRe.MatchString(s[:min(pm.start, len(s))]) {
			drop = i
			break
		}
	}
	if drop < 0 || len(prs) < 2 {
		return prs
	}
	for i, pm := range prs {
		if i != drop && pm.p.Kind == "fy" {
			// (a day or a month beside it may be the figure's own: "In an
			// update released on February 27, 2025, ICE reported that the
			// number of detainees ... has increased to 43,759, the highest
			// detention level since November 2019", trac-250228-01)
			return slices.Delete(prs, drop, drop+1)
		}
	}
	return prs
}

// recordSinceEndRe: text ending in a record's "since".
var recordSinceEndRe = lazyRegexp(`(?i)\b(?:most|highest|largest|biggest|greatest|lowest|fewest|smallest)\s+(?:[a-z]+\s+){0,2}?since\s+$`)

// attributionVerbEndRe: text ending in the verb of a statement.
var attributionVerbEndRe = lazyRegexp(`(?i)\b(?:announced|said|says|reported|told|released|published|stated|revealed|confirmed|disclosed)\s+(?:on\s+)?$`)

// placeInOtherPart: the note of a place named only after the figure's part
// of the sentence ("has swelled to nearly 40,000 ... and most are housed in
// Texas").
const placeInOtherPart = "the sentence names its place in another part"

// withoutDateline drops the places of a news dateline opening the
// sentence ("McALLEN, Texas (Border Report) — The total number of
// migrants held ... has swelled to nearly 40,000", cl-en-newsnation-01):
// where the reporter writes from, not the place of the figures (the text's
// first dateline is a candidate of its own, datelinePlace).
func withoutDateline(s string, pms []placeMention) []placeMention {
	m := sentenceDatelineRe.FindStringIndex(s)
	if m == nil {
		return pms
	}
	return slices.DeleteFunc(slices.Clone(pms), func(pm placeMention) bool { return pm.start < m[1] })
}

// sentenceDatelineRe: a city in capitals, a state and an agency, then a
// dash.
var sentenceDatelineRe = lazyRegexp(`^\s*[A-Z][A-Za-z.'’]*[A-Z]{2}[A-Za-z.'’]*(?:\s+[A-Z][A-Za-z.'’]*)*,\s*[A-Z][A-Za-z.]+(?:\s+[A-Z][A-Za-z.]+)?\s*(?:\([^)]{1,40}\)\s*)?[—–-]+\s*`)
