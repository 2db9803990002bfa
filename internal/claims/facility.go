package claims

import (
	"fmt"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/icestat/icestat/internal/answer"
	"github.com/icestat/icestat/internal/canon"
	"github.com/icestat/icestat/internal/place"
	"github.com/icestat/icestat/internal/query"
	"github.com/icestat/icestat/internal/table"
)

// Facility claims: "Stewart Detention Center in Lumpkin, Georgia held the
// largest number of ICE detainees so far in FY 2022, averaging 1,183 per
// day". ICE publishes, in each edition's Facilities sheet, every facility's
// average daily population over the fiscal year to the edition's date; a
// figure next to a facility's name in a sentence about holding people is
// that average, read in the edition out on the article's date.
//
// The text stage finds the name as written (facilityPhrase); the check
// stage resolves it against the facility names the edition lists
// (matchFacility), since ICE abbreviates them ("ADAMS COUNTY DET CENTER").
const MeasureFacility = "facility-adp"

// facilityNameRe: a proper name ending in a facility word, "the Adams
// County Detention Center", "South Texas ICE Processing Center".
var atFacilityRe = lazyRegexp(`(?i)\b(?:at|in|inside|within|for|to)\s+(?:the\s+)*$`)

var facilityNameRe = lazyRegexp(`\b((?:[A-Z][A-Za-z.'-]*\s+){1,6}(?:ICE\s+|Ice\s+)?(?:Detention|Processing|Residential|Correctional|Service|Staging|Contract|Family)\s+(?:Center|Centre|Facility|Complex)|(?:[A-Z][A-Za-z.'-]*\s+){1,3}Annex)\b`)

// facilityPlaceRe: a facility named by its place, "The Otay Mesa
// location had a daily average of 1,389 detainees", "The ICE processing
// center in Adelanto, California, had an average daily population of 16"
// (groups: the noun and the place after "in", or the place and the noun).
var facilityPlaceRe = lazyRegexp(`\b[Tt]he\s+(?:ICE\s+)?((?:detention|processing)\s+(?:center|facility))\s+in\s+([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\b|\b[Tt]he\s+((?:[A-Z][A-Za-z.'-]*\s+){1,3})(location|facility|detention center|detention facility|processing center)\b`)

// notPlaceWordRe: words that begin a capitalized phrase but name no place
// ("the ICE facility", "the Trump administration's facility").
var notPlaceWordRe = lazyRegexp(`^(?:ICE|U\.?S\.?|DHS|Federal|Trump|Biden|Obama|This|That|Each|Every|New|Largest|Main|County|State|City)$`)

// placeNoun is what of a facility word ICE's names carry: "location" none.
func placeNoun(w string) string {
	if strings.EqualFold(w, "location") {
		return ""
	}
	return w
}

// facilityPhrase is the facility named nearest a figure at pos in the
// sentence, when no other figure lies between them; "" when none.
func facilityPhrase(sent string, pos int, figures []int) string {
	best, bestDist := "", 1<<30
	type named struct {
		a, z   int
		phrase string
	}
	var cands []named
	for _, m := range facilityNameRe.FindAllStringSubmatchIndex(sent, -1) {
		cands = append(cands, named{m[2], m[3], sent[m[2]:m[3]]})
	}
	for _, m := range facilityPlaceRe.FindAllStringSubmatchIndex(sent, -1) {
		// "The Otay Mesa location", "the ICE processing center in
		// Adelanto": a facility named by its place (matchFacility wants
		// every word of the phrase in ICE's name, so "location" and "the
		// ... in" are left out)
		if m[2] >= 0 {
			cands = append(cands, named{m[0], m[1], sent[m[4]:m[5]] + " " + sent[m[2]:m[3]]})
			continue
		}
		if w := strings.Fields(sent[m[6]:m[7]]); len(w) > 0 && notPlaceWordRe.MatchString(w[0]) {
			continue
		}
		cands = append(cands, named{m[0], m[1], strings.TrimSpace(strings.TrimSpace(sent[m[6]:m[7]]) + " " + placeNoun(sent[m[8]:m[9]]))})
	}
	for _, c := range cands {
		a, z := c.a, c.z
		d := a - pos
		lo, hi := pos, a
		if a < pos {
			d, lo, hi = pos-z, z, pos
		} else if !atFacilityRe.MatchString(sent[pos:a]) {
			// a name after the figure is its place only when a preposition
			// leads to it ("1,183 at Stewart"), not a new subject ("1,680
			// per day followed by the Stewart Detention Center")
			continue
		}
		if d < 0 || d > 160 {
			continue
		}
		between := false
		for _, f := range figures {
			if f != pos && f > lo && f < hi {
				between = true
			}
		}
		if !between && d < bestDist {
			best, bestDist = c.phrase, d
		}
	}
	return strings.TrimSpace(strings.TrimPrefix(strings.TrimPrefix(best, "The "), "the "))
}

// facilityDate reads a facility figure in the edition out on the article's
// date (ICE's averages run over the fiscal year to the edition's date); a
// month the sentence names is another reading (judge). stated says whether
// the sentence named a period.
func facilityDate(it *Interpretation, ref time.Time, stated bool) {
	if it.Period.Kind == "month" {
		it.facMonth = it.Period.Month
	}
	if end := fmt.Sprintf("%d-09-30", it.Period.FY); it.Period.Kind == "fy" && stated && !it.Period.Defaulted && !ref.IsZero() && end < ref.Format("2006-01-02") {
		// "averaged 1,532 detainees per day in fiscal year 2024": the
		// edition at the end of that fiscal year
		it.Period = Period{Kind: "date", Text: it.Period.Text, From: end, To: end, Note: "the fiscal year named, in the edition at its end"}
		return
	}
	if it.Period.Kind == "date" {
		return
	}
	if ref.IsZero() {
		it.Period = Period{Kind: "unresolved", Unresolved: "a facility's average is read in the edition out on the article's date: give the article's date (--date)"}
		return
	}
	d := ref.Format("2006-01-02")
	it.Period = Period{Kind: "date", Text: "the article's date", From: d, To: d, Note: "the fiscal year to date, in the edition out on the article's date " + d}
	if !stated {
		setUnstated(it, "period", "the sentence names no period (the edition out on the article's date "+d+" assumed)")
	}
}

var (
	// "held the largest number of ICE detainees", "to house the most
	// people", "has become the largest single facility", "record the
	// highest average daily population" (u-es-portuguesa-03's gloss)
	facRankRe = lazyRegexp(`(?i)\b(?:held|hold|holds|holding|house|houses|housed|housing)\s+(?:the\s+)?(?:largest number|most significant number|greatest number|highest number|most)\b|\bthe largest (?:single\s+)?(?:detention\s+)?facility\b|\b(?:has|had|have|has had)\s+(?:the\s+)?(?:largest number|greatest number|highest number|most)\s+(?:of\s+)?(?:ICE\s+|immigrant\s+|immigration\s+)?(?:detentions|detainees|people (?:held )?in (?:ICE )?detention)\b|\b(?:record|records|recorded|register|registers|registered|has|have|had)\s+the\s+(?:highest|largest)\s+average\s+daily\s+(?:population|detainee population)\b|\b(?:lead|leads|led|leading)\s+the\s+(?:nation|country)\s+in\s+(?:the\s+)?(?:number\s+of\s+)?(?:ICE\s+|immigrant\s+|immigration\s+)?(?:detentions|detainees|people (?:held )?in (?:ICE )?detention)\b`)
	// "followed by Louisiana, Arizona, Georgia and California": the states
	// ranked next, in order
	facFollowedRe  = lazyRegexp(`\b(?i:followed by|follow in (?:this|that) order)\W+((?:(?:and\s+)?[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?,?\s*)+)`)
	listSepRe      = lazyRegexp(`,\s*(?:and\s+)?|\s+and\s+`)
	facDetentionRe = lazyRegexp(`(?i)\bdetention\b|\bdetentions\b|\bdetainees\b|\bdetained\b|\bdetaining\b|\bICE custody\b`)
	// the sentence says which fiscal year or edition
	facPeriodRe = lazyRegexp(`(?i)\b(?:FY|fiscal year)\s*\d{2,4}|\bas of\b|\bdata current\b|\bso far\b`)
)

// facilityRanks finds "the most" claims about a facility or a state's
// facilities: rank 1 by ICE's published average daily population.
func facilityRanks(text string, ref time.Time) []Interpretation {
	var out []Interpretation
	var firstState *Interpretation // a state's rank in the sentence before
	firstPara := -1
	for _, s := range splitSentences(text) {
		prev := firstState
		firstState = nil
		if it, ok := facilityOrdinalRank(s, ref); ok {
			out = append(out, it)
			continue
		}
		m := facRankRe.FindStringIndex(s.text)
		if m == nil && prev != nil && firstPara == s.para {
			// "Texas has the largest number of ICE detentions. Other
			// states follow in this order – Louisiana, Arizona, ..."
			next := *prev
			next.Claim.Sentence, next.Claim.Clause = s.text, s.text
			next.Claim.clauseStart, next.Claim.clauseEnd = 0, 0
			out = append(out, statesFollowing(s, next)...)
			continue
		}
		if m == nil || !facDetentionRe.MatchString(s.text) {
			continue
		}
		var pl Place
		if f := facilityNameRe.FindStringSubmatch(s.text); f != nil {
			pl = Place{Kind: "facility", Name: strings.TrimSpace(strings.TrimPrefix(strings.TrimPrefix(f[1], "The "), "the "))}
		} else {
			// the one state named before the rank ("Texas has had the most
			// ICE detentions, followed by Louisiana, ..."), else the one
			// state of the sentence
			for _, text := range []string{s.text[:m[0]], s.text} {
				n := 0
				for _, st := range place.States() {
					if regexp.MustCompile(`\b` + regexp.QuoteMeta(st.Name) + `\b`).MatchString(text) {
						pl = Place{Kind: "state", Name: st.Name, State: st.Code}
						n++
					}
				}
				if n == 1 {
					break
				}
				pl = Place{} // none, or two states: which one is meant is a guess
			}
		}
		if pl.Kind == "" {
			continue
		}
		it := Interpretation{Claim: firstRank(s, m), Measure: MeasureFacility, Place: pl}
		facilityDate(&it, ref, facPeriodRe.MatchString(s.text))
		if !ref.IsZero() {
			it.ref = ref.Format("2006-01-02")
			it.PrintedBy = it.ref
		}
		it.Describe = describeDetention(it)
		out = append(out, it)
		if pl.Kind == "state" {
			out = append(out, statesFollowing(s, it)...)
			firstState, firstPara = &it, s.para
		}
	}
	return out
}

// facOrdinalRankRe: "the country's second busiest ICE jail", "the
// nation's third-largest detention center" (bc-en-ajc-01).
var facOrdinalRankRe = lazyRegexp(`(?i)\b(?:the\s+(?:nation|country|united states|u\.s\.)['’]s\s+|the\s+)(second|third|fourth|fifth|2nd|3rd|4th|5th)[- ](?:largest|busiest|biggest)\s+(?:ICE\s+|immigration\s+|immigrant\s+)?(?:detention\s+)?(?:facility|center|centre|jail|prison|lockup)\b`)

// facilityOrdinalRank reads a facility's rank below the first among ICE's
// facilities ("the Stewart Detention Center, currently the country's
// second busiest ICE jail"): by ICE's published average daily population,
// as the first is (facilityRank never calls another rank contradicted).
// The facility is the one named last before the rank.
func facilityOrdinalRank(s sentence, ref time.Time) (Interpretation, bool) {
	m := facOrdinalRankRe.FindStringSubmatchIndex(s.text)
	if m == nil {
		return Interpretation{}, false
	}
	names := facilityNameRe.FindAllStringSubmatch(s.text[:m[0]], -1)
	if len(names) == 0 {
		return Interpretation{}, false
	}
	name := strings.TrimSpace(strings.TrimPrefix(strings.TrimPrefix(names[len(names)-1][1], "The "), "the "))
	c := firstRank(s, []int{m[0], m[1]})
	c.Value = ordinalValue(s.text[m[2]:m[3]])
	it := Interpretation{Claim: c, Measure: MeasureFacility, Place: Place{Kind: "facility", Name: name}}
	facilityDate(&it, ref, facPeriodRe.MatchString(s.text))
	if !ref.IsZero() {
		it.ref = ref.Format("2006-01-02")
		it.PrintedBy = it.ref
	}
	it.Describe = describeDetention(it)
	return it, true
}

// statesFollowing reads "Texas has the most ICE detentions, followed by
// Louisiana, Arizona, Georgia and California": each state after "followed
// by" a rank of its own (second, third, ...), read as first's is.
func statesFollowing(s sentence, first Interpretation) []Interpretation {
	m := facFollowedRe.FindStringSubmatchIndex(s.text)
	if m == nil || m[2] < first.Claim.clauseEnd {
		return nil
	}
	var out []Interpretation
	rank := 1.0
	list := s.text[m[2]:m[3]]
	for _, part := range strings.Split(listSepRe.ReplaceAllString(list, ","), ",") {
		name := strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(part), "and "))
		if name == "" {
			continue
		}
		var st *place.State
		for _, x := range place.States() {
			if x.Name == name {
				x := x
				st = &x
			}
		}
		if st == nil {
			break // the list ends where its words stop naming states
		}
		rank++
		at := m[2] + strings.Index(list, name)
		c := first.Claim
		c.Text, c.Offset, c.Value = name, s.start+at, rank
		c.clauseStart, c.clauseEnd = at, at+len(name)
		it := first
		it.Claim = c
		it.Place = Place{Kind: "state", Name: st.Name, State: st.Code}
		it.Describe = describeDetention(it)
		out = append(out, it)
	}
	return out
}

// facilityAbbrev expands ICE's abbreviations in facility names.
var facilityAbbrev = map[string]string{
	"det": "detention", "ctr": "center", "cntr": "center", "fac": "facility", "fam": "family",
	"proc": "processing", "corr": "correctional", "cty": "county", "co": "county", "res": "residential",
	"spc": "processing", "ipc": "processing", "centre": "center", "complex": "center", "facility": "center",
}

var facilityWordRe = regexp.MustCompile(`[a-z]+`)

// facilityTokens lowers, splits and expands a name; "center", "facility"
// and "complex" are one word (writers use them interchangeably), and
// "ice" and "the" carry nothing.
func facilityTokens(s string) map[string]bool {
	out := map[string]bool{}
	for _, w := range facilityWordRe.FindAllString(strings.ToLower(s), -1) {
		if x, ok := facilityAbbrev[w]; ok {
			w = x
		}
		if w == "ice" || w == "the" || w == "of" {
			continue
		}
		out[w] = true
	}
	return out
}

// matchFacility returns the listed names whose words include every word
// of the phrase. When none does, the phrase's own words without the kind
// of facility it names ("detention center", "jail") are tried, and kept
// only when they name one facility alone: "the Plymouth County detention
// center" (bc-en-wbur-01) is ICE's "PLYMOUTH COUNTY CORRECTIONAL
// FACILITY".
func matchFacility(phrase string, names []string) []string {
	want := facilityTokens(phrase)
	if len(want) < 2 {
		return nil
	}
	if out := namesWithAll(want, names); len(out) > 0 {
		return out
	}
	own := map[string]bool{}
	distinct := false
	for w := range want {
		if !facilityKindWords[w] {
			own[w] = true
			distinct = distinct || !placeKindWords[w]
		}
	}
	if len(own) == len(want) || !distinct {
		return nil
	}
	if out := namesWithAll(own, names); len(out) == 1 {
		return out
	}
	return nil
}

func namesWithAll(want map[string]bool, names []string) []string {
	var out []string
	for _, n := range names {
		have := facilityTokens(n)
		ok := true
		for w := range want {
			if !have[w] {
				ok = false
				break
			}
		}
		if ok {
			out = append(out, n)
		}
	}
	return out
}

// facilityKindWords name a kind of facility, which writers and ICE's
// lists word differently; placeKindWords name no place alone.
var (
	facilityKindWords = map[string]bool{"detention": true, "correctional": true, "processing": true, "center": true, "jail": true,
		"service": true, "regional": true, "adult": true, "justice": true, "prison": true, "house": true, "correction": true, "immigration": true}
	placeKindWords = map[string]bool{"county": true, "city": true, "north": true, "south": true, "east": true, "west": true, "new": true}
)

// facilitiesNounRe: the figure counts facilities ("179 detention
// facilities", "155 detention centers").
var facilitiesNounRe = lazyRegexp(`^\s+(?:(?:ICE|immigration|immigrant|active)\s+)?(?:detention\s+)?(?:facilities|centers|centres|sites)\b`)

// facNumberFromRe: the figures after it count facilities ("The number of
// detention facilities went from 107 in January 2025 to 212 at the end of
// the year"; s-fr-alg247-05, glossed).
var facNumberFromRe = lazyRegexp(`(?i)\bnumber of (?:(?:ICE|immigration|immigrant|its|active)\s+)?(?:detention\s+)?(?:facilities|centers|centres|sites)\b[^.;:\d]{0,30}?\b(?:went|rose|grew|increased|jumped|climbed|fell|dropped)\s+from\s+$`)

// facNetworkRe, facLocationsRe: a count of the facilities a relative
// clause gives in other words (r-truthorfake59k-04: "its network of
// detention facilities, which now includes at least 144 locations"): the
// figure, followed by "locations" or "sites", is what the facilities
// number.
var (
	facNetworkRe   = lazyRegexp(`(?i)\b(?:detention\s+)?(?:facilities|centers|centres)\s*,?\s+(?:which|that)\s+(?:now\s+)?(?:includes?|included|comprises?|comprised|numbers?|numbered|totals?|totaled|totalled|spans?)\s+(?:(?:at least|more than|over|nearly|about|some|roughly|around|almost)\s+)?$`)
	facLocationsRe = lazyRegexp(`^\s+(?:(?:detention|different|separate)\s+)?(?:locations|sites|facilities)\b`)
)

// figureTailRe: a figure and a few of its own words, a year last (its
// period, "107 in January 2025"), at the end of a text.
var figureTailRe = lazyRegexp(`\d[\d,.]*[^\d.;]{0,30}(?:(?:19|20)\d\d)?\s*$`)

// facilitiesCounted tells a figure that counts the facilities ICE lists.
func facilitiesCounted(c Claim) bool {
	end, pos := c.clauseOff+c.clauseEnd, c.clauseOff+c.clauseStart
	if end > len(c.Sentence) || !facDetentionRe.MatchString(c.Sentence) {
		return false
	}
	if facilitiesNounRe.MatchString(c.Sentence[end:]) {
		return true
	}
	if facLocationsRe.MatchString(c.Sentence[end:]) && facNetworkRe.MatchString(c.Sentence[:pos]) {
		// "facilities, which now includes at least 144 locations"
		return true
	}
	// "from 107 in January 2025 to 212": the first figure right after
	// "from", the second after "to" and the first's period
	before := c.Sentence[:pos]
	if k := strings.LastIndex(before, " to "); k >= 0 && pos-k < 6 {
		before = before[:k]
		if m := figureTailRe.FindStringIndex(before); m != nil {
			before = before[:m[0]]
		}
	}
	return facNumberFromRe.MatchString(before)
}

func facilityWhat(it Interpretation) string {
	if it.Place.Kind == "facilities" {
		if st := it.Filters["state"]; len(st) == 1 {
			return "the number of detention facilities ICE lists in " + st[0] + " (its published facilities table)"
		}
		return "the number of detention facilities ICE lists (its published facilities table)"
	}
	if it.Place.Kind == "state" {
		return "the average daily populations of " + it.Place.String() + "'s detention facilities added up (ICE's published facility figures, fiscal year to date)"
	}
	if st := it.Filters[facStatKey]; len(st) == 1 && (strings.HasPrefix(st[0], "gm") || strings.HasPrefix(st[0], "ghost")) {
		who := "all facilities"
		if t := facTypeList(it.Filters); t != "" {
			who = t + " facilities"
		}
		return "the guaranteed minimums (" + st[0] + ") of " + who + " (ICE's published facilities table)"
	}
	if st := it.Filters[facStatKey]; len(st) == 1 && strings.HasPrefix(st[0], "top:") {
		f := strings.Split(st[0], ":")
		rank := map[string]string{"adp": "average daily population", "gm": "guaranteed minimum"}[f[2]]
		return "the " + facTypeList(it.Filters) + " facilities among the " + f[1] + " largest by " + rank + " (ICE's published facilities table, fiscal year to date)"
	}
	if st := it.Filters[facStatKey]; len(st) == 1 && strings.HasPrefix(st[0], "topshare:") {
		return "the average daily population of the " + strings.TrimPrefix(st[0], "topshare:") + " largest facilities (ICE's published facilities table, fiscal year to date)"
	}
	if st := it.Filters[facStatKey]; len(st) == 1 && st[0] == "fac_empty" {
		return "the share of the guaranteed minimum beds of " + it.Place.Name + " left empty (ICE's published facilities table, fiscal year to date)"
	}
	if st := it.Filters[facStatKey]; len(st) == 1 && st[0] == "types" {
		return "the number of facility types ICE's facilities table names (fiscal year to date)"
	}
	if st := it.Filters[facStatKey]; len(st) == 1 && st[0] == "offshore" {
		return "the number of facilities ICE lists outside the contiguous states (its published facilities table, fiscal year to date)"
	}
	if st := it.Filters[facStatKey]; len(st) == 1 && it.Claim.Kind != KindShare {
		return map[string]string{"count": "the number of ", "adp": "the average daily population of ", "mean": "the mean average daily population per facility of "}[st[0]] +
			facTypeList(it.Filters) + " facilities (ICE's published facilities table, fiscal year to date)"
	}
	if it.Place.Kind == "national" {
		return "the average daily population of all ICE detention facilities (ICE's published facility figures, fiscal year to date)"
	}
	return "the average daily population of " + it.Place.Name + " (ICE's published facility figures, fiscal year to date)"
}

// checkFacility tests a facility's average daily population, a rank among
// facilities, or the number of facilities listed.
func (r *runner) checkFacility(it *Interpretation, b *entryBuilder) (Entry, error) {
	c := it.Claim
	if c.Kind == KindRank {
		return r.facilityRank(it, b)
	}
	if len(it.Filters["threat_level"]) == 1 && c.Kind == KindShare {
		return r.facilityThreatShare(it, b)
	}
	if len(it.Filters[facStatKey]) == 1 {
		return r.facilityTypeCheck(it, b) // factype.go
	}
	if it.Place.Kind == "facilities" && c.Kind == KindChange && it.Baseline != nil {
		return r.facilityCountChange(it, b)
	}
	if it.Place.Kind == "facilities" && c.Kind == KindCount {
		return r.facilityCount(it, b)
	}
	if c.Kind != KindCount {
		b.not(ReasonUnderspecified, "Only a facility's average daily population is tested, not a %s about it.", c.Kind)
		return b.finish(NotCheckable), nil
	}
	if it.Place.Kind == "state" {
		return r.stateFacilityADP(it, b)
	}
	name, list, done, err := r.oneFacility(it, b)
	if done != nil || err != nil {
		return stopped(done), err
	}
	var adp float64
	for _, row := range list.Table.Rows {
		if fmt.Sprint(row[0]) == name {
			adp = table.Float(row[len(row)-1])
		}
	}
	v := url.Values{"dataset": {MeasureFacility}, "date": {it.Period.From}, "facility": {name}}
	if it.PrintedBy != "" {
		v.Set("printed-by", it.PrintedBy)
	}
	res, err := r.runDetention(b, v) // the command a reader can rerun
	if err != nil {
		return Entry{}, err
	}
	if res.Count != nil {
		adp = *res.Count
	}
	text := fmt.Sprintf("%s average daily population of %s (fiscal year to date; %s)", formatDecimal(adp), name, usedText(res))
	b.e.Value, b.e.ValueText = &adp, text
	b.note("Measure: ICE's average daily population of the facility over the fiscal year to the edition's date (Level A-D summed), not the count on one day.")
	// ICE prints the average to a tenth; a whole figure is it rounded or
	// truncated ("2,168 per day" for 2,167.8)
	return r.verdict(it, b, wholeFigure(c, adp), text), nil
}

// oneFacility resolves the facility a figure names against those the
// edition read lists (ICE abbreviates their names): the name as ICE writes
// it and the list, or the entry that says why it cannot be tested.
func (r *runner) oneFacility(it *Interpretation, b *entryBuilder) (string, *query.Result, *Entry, error) {
	stop := func(e Entry) (string, *query.Result, *Entry, error) { return "", nil, &e, nil }
	list, err := r.facilityList(it, b, "facility")
	if err != nil {
		if answer.IsBad(err) {
			b.not(ReasonUnderspecified, "The claim does not make a valid facility question: %v.", err)
			return stop(b.finish(NotCheckable))
		}
		return "", nil, nil, err
	}
	if list.Count == nil || list.Table == nil {
		return stop(notCovered(b, list))
	}
	name, ok := oneFacility(it, b, list)
	if !ok {
		return stop(b.finish(NotCheckable))
	}
	return name, list, nil, nil
}

// oneFacility is the one facility among a facilities table's rows that the
// figure's place names; when it names none or several, the entry says so.
func oneFacility(it *Interpretation, b *entryBuilder, res *query.Result) (string, bool) {
	var names []string
	for _, row := range res.Table.Rows {
		names = append(names, fmt.Sprint(row[0]))
	}
	found := matchFacility(it.Place.Name, names)
	if len(found) != 1 {
		b.not(ReasonPlaceNotCovered, "%q names %d of the %d facilities %s lists; the figure is tested only when it names one.", it.Place.Name, len(found), len(names), usedText(res))
		return "", false
	}
	if len(namesWithAll(facilityTokens(it.Place.Name), found)) == 0 {
		// named by its place, not its kind ("detention center" for a
		// correctional facility): the one facility there, never a
		// contradiction
		setUnstated(it, "place", fmt.Sprintf("%q read as %s, the one facility its place words name", it.Place.Name, found[0]))
	}
	return found[0], true
}

// stopped is the entry an early stop made (the zero entry with an error).
func stopped(e *Entry) Entry {
	if e == nil {
		return Entry{}
	}
	return *e
}

// facilityList asks for the facilities table of the edition read (out on
// the article's date), by facility or by state.
func (r *runner) facilityList(it *Interpretation, b *entryBuilder, dim string) (*query.Result, error) {
	v := url.Values{"dataset": {MeasureFacility}, "date": {it.Period.From}, "by": {dim}}
	if it.PrintedBy != "" {
		v.Set("printed-by", it.PrintedBy)
	}
	return r.runDetention(b, v)
}

// facilityRank tests "the most": the facility's (or the state's) place
// among all by ICE's published average daily population. Like every rank,
// one that does not match is not called contradicted (rank.go).
func (r *runner) facilityRank(it *Interpretation, b *entryBuilder) (Entry, error) {
	c := it.Claim
	dim := "facility"
	if it.Place.Kind == "state" {
		dim = "state"
	}
	res, err := r.facilityList(it, b, dim)
	if err != nil {
		return Entry{}, err
	}
	if res.Count == nil || res.Table == nil {
		return notCovered(b, res), nil
	}
	var keys []string
	for _, row := range res.Table.Rows {
		keys = append(keys, fmt.Sprint(row[0]))
	}
	key := it.Place.State
	if dim == "facility" {
		found := matchFacility(it.Place.Name, keys)
		if len(found) != 1 {
			b.not(ReasonPlaceNotCovered, "%q names %d of the %d facilities %s lists; the rank is tested only when it names one.", it.Place.Name, len(found), len(keys), usedText(res))
			return b.finish(NotCheckable), nil
		}
		key = found[0]
	}
	rank := 0
	for i, k := range keys {
		if k == key {
			rank = i + 1
		}
	}
	if rank == 0 {
		b.not(ReasonPlaceNotCovered, "%s is not among the %d %s values %s lists.", it.Place.Name, len(keys), dim, usedText(res))
		return b.finish(NotCheckable), nil
	}
	rv := float64(rank)
	top := res.Table.Rows[0]
	text := fmt.Sprintf("%s ranks %d of %d by average daily population (largest: %s, %s; %s)", key, rank, len(keys), top[0], formatDecimal(table.Float(top[len(top)-1])), usedText(res))
	b.e.Value, b.e.ValueText = &rv, text
	if rv != c.Value {
		b.not(ReasonDefinitionGap, "The records rank %s %d, not %s, by ICE's fiscal-year average daily population; the sentence may rank by another measure (a day's count, a month), so this is not called a contradiction.", key, rank, formatNumber(c.Value))
		return b.finish(NotCheckable), nil
	}
	return r.verdict(it, b, rv, text), nil
}

// facilityCount tests the number of facilities an edition lists (those
// holding someone in the fiscal year to its date).
func (r *runner) facilityCount(it *Interpretation, b *entryBuilder) (Entry, error) {
	res, err := r.facilityList(it, b, "facility")
	if err != nil {
		return Entry{}, err
	}
	if (res.Count == nil || res.Table == nil) && it.Period.Note == lastStoredNote {
		if d, ok := lastStoredBefore(res.Coverage.Held, it.Period.From); ok {
			it.Period = Period{Kind: "date", Text: it.Period.Text, From: d, To: d, Note: "the last stored edition before " + it.Period.From}
			it.PrintedBy = ""
			it.Describe = describeDetention(*it)
			if res, err = r.facilityList(it, b, "facility"); err != nil {
				return Entry{}, err
			}
		}
	}
	if res.Count == nil || res.Table == nil {
		return notCovered(b, res), nil
	}
	n := float64(len(res.Table.Rows))
	what := "facilities listed"
	if st := it.Filters["state"]; len(st) == 1 {
		col := -1
		for i, c := range res.Table.Columns {
			if c == "state" {
				col = i
			}
		}
		n = 0
		for _, row := range res.Table.Rows {
			if col >= 0 && strings.EqualFold(strings.TrimSpace(fmt.Sprint(row[col])), st[0]) {
				n++
			}
		}
		what = "facilities listed in " + st[0]
	}
	if m := facADPOverRe.FindStringSubmatchIndex(it.Claim.Sentence); m != nil && m[0] >= it.Claim.clauseOff+it.Claim.clauseEnd {
		// "twelve immigrant detention facilities ... currently have an
		// average daily population of over 1,000 detainees each"
		// (e12e1-trac240105-01): the facilities whose fiscal-year ADP is
		// above the bound
		bound, err := strconv.ParseFloat(strings.ReplaceAll(it.Claim.Sentence[m[2]:m[3]], ",", ""), 64)
		if err == nil && bound > 0 && len(it.Filters["state"]) == 0 {
			n = 0
			for _, row := range res.Table.Rows {
				if table.Float(row[len(row)-1]) > bound {
					n++
				}
			}
			what = "facilities with an average daily population over " + formatNumber(bound)
		}
	}
	text := fmt.Sprintf("%s %s (%s)", formatNumber(n), what, usedText(res))
	b.e.Value, b.e.ValueText = &n, text
	b.note("Measure: the facilities ICE's facilities table lists, those that held someone in the fiscal year to the edition's date.")
	return r.verdict(it, b, n, text), nil
}

// facADPOverRe: a bound on each facility's average daily population after
// a count of facilities: "have an average daily population of over 1,000
// detainees each".
var facADPOverRe = lazyRegexp(`(?i)\baverage daily populations?\s+(?:of\s+)?(?:over|more than|above|exceeding|greater than)\s+(\d[\d,]*)\b[^.;]{0,30}\beach\b`)

// lastStoredNote marks the reading of a facility count in the last edition
// stored before the article's date, when none is stored for the month
// before it.
const lastStoredNote = "the last stored edition"

var heldUntilRe = regexp.MustCompile(`\.\.(\d{4}-\d{2}-\d{2})\b`)

// lastStoredBefore is the as-of date of the last stored edition (the end
// of the coverage held) when it is before day d by at most 75 days.
func lastStoredBefore(held, d string) (string, bool) {
	m := heldUntilRe.FindStringSubmatch(held)
	if m == nil {
		return "", false
	}
	t, err1 := time.Parse("2006-01-02", d)
	l, err2 := time.Parse("2006-01-02", m[1])
	if err1 != nil || err2 != nil || !l.Before(t) || t.Sub(l) > 75*24*time.Hour {
		return "", false
	}
	return m[1], true
}

// facilityCountChange tests a percent change in the number of facilities
// listed between two editions (the baseline's and the period's).
func (r *runner) facilityCountChange(it *Interpretation, b *entryBuilder) (Entry, error) {
	was := *it
	was.Period = *it.Baseline
	old, err := r.facilityList(&was, b, "facility")
	if err != nil {
		return Entry{}, err
	}
	now, err := r.facilityList(it, b, "facility")
	if err != nil {
		return Entry{}, err
	}
	if old.Count == nil || old.Table == nil {
		// none stored in the month before the day counted from: the first
		// edition after it (ICE let its page go weeks without one)
		hist, err := r.detainedHistory()
		if err != nil {
			return Entry{}, err
		}
		if d, ok := firstEditionFrom(hist, it.Baseline.From); ok {
			was.Period = Period{Kind: "date", Text: it.Baseline.Text, From: d, To: d, Note: "the first edition after " + it.Baseline.From}
			if old, err = r.facilityList(&was, b, "facility"); err != nil {
				return Entry{}, err
			}
		}
	}
	if old.Count == nil || old.Table == nil {
		return notCovered(b, old), nil
	}
	if now.Count == nil || now.Table == nil {
		return notCovered(b, now), nil
	}
	a, z := float64(len(old.Table.Rows)), float64(len(now.Table.Rows))
	if a == 0 {
		return b.finish(NotCheckable), nil
	}
	v := 100 * (z - a) / a
	text := fmt.Sprintf("%+.1f%% (%s facilities listed, %s; %s, %s)", v, formatNumber(z), usedText(now), formatNumber(a), usedText(old))
	b.e.Value, b.e.ValueText = &v, text
	b.note("Measure: the facilities ICE's facilities table lists (those that held someone in the fiscal year to the edition's date), in the edition out on the article's date against the one out on the day the sentence counts from; a new fiscal year restarts the list, so the figure is not called contradicted.")
	return r.verdict(it, b, v, text), nil
}

// formatDecimal writes ICE's one-decimal averages with thousands separators.
func formatDecimal(f float64) string {
	s := fmt.Sprintf("%.1f", f)
	whole, frac, _ := strings.Cut(s, ".")
	var n float64
	fmt.Sscan(whole, &n)
	if frac == "0" {
		return formatNumber(n)
	}
	return formatNumber(n) + "." + frac
}

// stateFacilityADP tests a state's figure as the sum of its facilities'
// average daily populations (fiscal year to date), the way TRAC tabulates
// states ("Texas 13,415").
func (r *runner) stateFacilityADP(it *Interpretation, b *entryBuilder) (Entry, error) {
	v := url.Values{"dataset": {MeasureFacility}, "date": {it.Period.From}, "state": {it.Place.State}}
	if it.PrintedBy != "" {
		v.Set("printed-by", it.PrintedBy)
	}
	res, refused, err := r.askDetention(b, v, "facility")
	if refused != nil {
		return *refused, nil
	}
	if err != nil {
		return Entry{}, err
	}
	if res.Count == nil {
		return notCovered(b, res), nil
	}
	adp := *res.Count
	text := fmt.Sprintf("%s, the average daily populations of %s's facilities added up (fiscal year to date; %s)", formatDecimal(adp), it.Place.String(), usedText(res))
	b.e.Value, b.e.ValueText = &adp, text
	b.note("Measure: the sum of ICE's fiscal-year average daily populations of the state's facilities (how TRAC tabulates states), not the count on one day.")
	return r.verdict(it, b, wholeFigure(it.Claim, adp), text), nil
}

// ICE threat levels: "detainees classified as 'ICE Threat Level One' make
// up 7% of the detention population", "people with 'No ICE Threat Level'
// make up more than 80%". ICE prints them only in the facilities table, as
// each facility's average daily population over the fiscal year to the
// edition's date; a share of them is tested there, nationally or for the
// facility the sentence names, and never contradicted (the sentence speaks
// of the people held, the table of an average).
var (
	threatLevelRe = lazyRegexp(`(?i)\b(?:ICE\s+)?threat[- ]level\s+(one|two|three|1|2|3|III|II|I)\b|\blevel[- ](one|two|three|1|2|3)\s+(?:ICE\s+)?threats?\b`)
	threatBreakRe = lazyRegexp(`[,;:]|\bwhile\b|\bwhereas\b`)
	noThreatRe    = lazyRegexp(`(?i)\bno\s+(?:ICE\s+)?threat(?:[- ]level)?\b|\bnon-?threat\b`)
)

// threatLevel is ICE's threat level the sentence names nearest the figure
// at pos ("ICE Threat Level 1" ... "No ICE Threat Level") with none of the
// sentence's other figures (at figures) between them; "" when none.
func threatLevel(s string, pos int, figures []int) string {
	best, dist := "", 1<<30
	near := func(a, z int, lv string) {
		d, lo, hi := a-pos, pos, a
		if a < pos {
			d, lo, hi = pos-z, z, pos
		}
		for _, f := range figures {
			if f != pos && f > lo && f < hi {
				return
			}
		}
		if d < 0 {
			d = 0
		}
		if a < pos && threatBreakRe.MatchString(s[lo:hi]) {
			// "7% are Level 1 threats, while 84% have no threat level":
			// the class before a clause break is the other figure's
			d += 60
		}
		if d < dist {
			best, dist = lv, d
		}
	}
	for _, m := range threatLevelRe.FindAllStringSubmatchIndex(s, -1) {
		w := ""
		for k := 2; k+1 < len(m); k += 2 {
			if m[k] >= 0 {
				w = strings.ToLower(s[m[k]:m[k+1]])
			}
		}
		n := map[string]string{"one": "1", "i": "1", "two": "2", "ii": "2", "three": "3", "iii": "3"}[w]
		if n == "" {
			n = w
		}
		near(m[0], m[1], "ICE Threat Level "+n)
	}
	for _, m := range noThreatRe.FindAllStringIndex(s, -1) {
		near(m[0], m[1], "No ICE Threat Level")
	}
	return best
}

// facilityThreatShare tests a threat level's share of the facilities'
// average daily population, nationally or of the facility named.
func (r *runner) facilityThreatShare(it *Interpretation, b *entryBuilder) (Entry, error) {
	lv := it.Filters["threat_level"][0]
	v := url.Values{"dataset": {MeasureFacility}, "date": {it.Period.From}, "by": {"threat_level"}}
	if it.PrintedBy != "" {
		v.Set("printed-by", it.PrintedBy)
	}
	where := "all facilities"
	switch it.Place.Kind {
	case "state":
		v.Set("state", it.Place.State)
		where = it.Place.String() + "'s facilities"
	case "aor":
		v.Set("aor", it.Place.AOR)
		where = it.Place.String() + "'s facilities"
	}
	if it.Place.Kind == "facility" {
		name, _, done, err := r.oneFacility(it, b)
		if done != nil || err != nil {
			return stopped(done), err
		}
		v.Set("facility", name)
		where = name
	}
	res, err := r.runDetention(b, v)
	if err != nil {
		return Entry{}, err
	}
	if res.Count == nil || res.Table == nil || *res.Count == 0 {
		return notCovered(b, res), nil
	}
	var part float64
	for _, row := range res.Table.Rows {
		if fmt.Sprint(row[0]) == lv {
			part = table.Float(row[1])
		}
	}
	share := 100 * part / *res.Count
	text := fmt.Sprintf("%.1f%% (%s of %s average daily population at %s are %s; %s)", share, formatDecimal(part), formatDecimal(*res.Count), where, lv, usedText(res))
	b.e.Value, b.e.ValueText = &share, text
	b.note("Measure: ICE prints threat levels only in its facilities table, as average daily populations over the fiscal year to the edition's date; the share is of that average, not of the people held on one day.")
	return r.verdict(it, b, share, text), nil
}

// facilityCountReadings are the other editions a count of facilities may
// come from. "144 facilities as of April 2025 — up from 111 in October
// 2024": a month's count is also the first edition after the month, whose
// table runs through the month's end (ICE publishes it days later); a
// date carried from an earlier sentence ("as of mid-January" in the
// sentence before "to 225 sites") may not be this figure's, so the edition
// out on the article's date is a reading too.
func (r *runner) facilityCountReadings(first Reading) ([]Reading, error) {
	var out []Reading
	month := first.It.facMonth
	if first.It.Period.Note == "the end of the month named" {
		month = first.It.Period.From[:7]
	}
	if mi, ok := canon.MonthInterval(month); ok {
		hist, err := r.detainedHistory()
		if err != nil {
			return nil, err
		}
		if d, ok := firstEditionFrom(hist, (mi.To + 1).String()); ok {
			v := first.It
			v.Period = Period{Kind: "date", Text: first.It.Period.Text, From: d, To: d, Note: "the first edition after the month named"}
			v.Describe = describeDetention(v)
			out = append(out, Reading{It: v, Label: "the first edition after " + month + " (as of " + d + ", its table through the month's end)", Prior: first.Prior * 0.8})
		}
	}
	if st := first.It.Place.State; st != "" {
		// "The state of Louisiana has become one of the largest hubs for
		// immigration detention ... Currently, there are nine immigration
		// detention facilities": the facilities listed in the state the
		// text names
		v := first.It
		v.Filters = map[string][]string{"state": {st}}
		v.Place.Name = "ICE's detention facilities in " + first.It.Place.State
		v.Describe = describeDetention(v)
		out = append(out, Reading{It: v, Label: "the facilities listed in " + st + " (the state the text names)", Prior: first.Prior})
	}
	if first.It.Period.Kind == "date" && first.It.Period.From != "" {
		// "ERO alone operates or contracts with over 200 detention
		// facilities nationwide" on a day more than a month after the
		// last edition stored: the last one before it, which the writer
		// may have read (ICE let its page go weeks without an edition);
		// facilityCount finds it
		for _, base := range append([]Reading{first}, out...) {
			v := base.It
			v.Period.Note = lastStoredNote
			v.Describe = describeDetention(v)
			// (as plausible as the edition out on the day, which is not
			// stored)
			out = append(out, Reading{It: v, Label: "the last stored edition before " + first.It.Period.From + " (none stored for the weeks before it)", Prior: base.Prior})
		}
	}
	if strings.Contains(first.It.Period.Note, carriedNote) && first.It.PrintedBy != "" {
		v := first.It
		d := first.It.PrintedBy
		v.Period = Period{Kind: "date", Text: "the article's date", From: d, To: d, Note: "the edition out on the article's date"}
		v.Describe = describeDetention(v)
		out = append(out, Reading{It: v, Label: "the edition out on the article's date " + d + " (the sentence itself names no date)", Prior: first.Prior * 0.8})
	}
	return out, nil
}
