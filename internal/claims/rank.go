package claims

import (
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"

	"github.com/icestat/icestat/internal/place"
	"github.com/icestat/icestat/internal/table"
)

// Rank claims place one area of responsibility among all of them: "the
// fifth-highest of any office", "Miami's office came in 10th overall",
// "had among the fewest ICE arrests", "the largest one-year increase among
// the agency's coverage areas", "more than any other area", "No other
// enforcement area saw a bigger increase", "the only ICE office where
// arrests declined". Extraction (rankClaims) is pure; the test (rank)
// counts every area in one grouped query. A rank depends on which offices
// compete (headquarters, blank areas, cities that are not areas) and on
// the reading of "increase" (count or percent), so a rank that does not
// match is never called contradicted: it is not checkable with the ranks
// the records give.

// Rank bases.
const (
	RankCount        = "count"         // by the measure's count
	RankChange       = "change"        // by the change from the baseline (count or percent)
	RankOnlyDecrease = "only-decrease" // the only area whose count fell
	RankOnlyIncrease = "only-increase" // the only area whose count rose
)

const ordAlt = `first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\d{1,2}(?:st|nd|rd|th)`

var (
	ordinals = map[string]float64{"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
		"eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12}
	// "the second- and third-highest totals"
	rankPairRe = lazyRegexp(`(?i)\b(` + ordAlt + `)-?\s+and\s+(?:the\s+)?(` + ordAlt + `)[- ](highest|largest|most|biggest|greatest|lowest|fewest|smallest)\b`)
	// "the fifth-highest", "the 10th largest"
	rankOrdRe = lazyRegexp(`(?i)\b(` + ordAlt + `)[- ](highest|largest|most|biggest|greatest|lowest|fewest|smallest)\b`)
	// "came in 10th overall", "ranked third", "Guatemala came second with
	// 52,755", "Guatemala and Honduras ranked second and third": a second
	// ordinal is the next name's rank (respectively)
	rankPlaceRe = lazyRegexp(`(?i)\b(?:came in|came|ranked|ranks|finished|placed)\s+(?:the\s+)?(` + ordAlt + `)(?:(?:\s*,)?\s+and\s+(?:the\s+)?(` + ordAlt + `))?\b`)
	// "was at the 12th spot in the list of deportations", "took second
	// place", "continued in 3rd and 4th places on the list"
	rankSpotRe = lazyRegexp(`(?i)\b(?:at|in|took|occupied|held)\s+(?:the\s+)?(` + ordAlt + `)(?:(?:\s*,)?\s+and\s+(?:the\s+)?(` + ordAlt + `))?\s+(?:spots?|places?|positions?)\b`)
	// "It is also the 13th on the ICE list of removals by country", "Fifth
	// and sixth on the list were ... Haiti and the Dominican Republic"
	rankListRe = lazyRegexp(`(?i)\b(?:the\s+)?(` + ordAlt + `)(?:(?:\s*,)?\s+and\s+(?:the\s+)?(` + ordAlt + `))?\s+on\s+(?:the\s+|ice['’]s\s+|its\s+)(?:[\w'’-]+\s+){0,3}?(?:list|ranking|rankings|table)\b`)
	// "Dallas and Houston topped the list", "Mexico led the list": the
	// names before the verb hold the first places between them
	rankToppedRe = lazyRegexp(`(` + rankNameList + `)(?:\s+(?:areas?|offices?|field offices?|regions?))?\s+(?:topped|tops|top|headed|heads|led|leads)\s+the\s+(?:list|ranking|rankings|chart|table)\b`)
	// "The top country globally is Mexico": the name after the verb is first
	rankTopIsRe = lazyRegexp(`(?i)\bthe\s+top\s+(?:[a-z-]+\s+){0,2}?(?:country|nation|nationality|citizenship|office|area|field office|region)\b[^.;,]{0,40}?\b(?:is|was|remains|remained)\s+(?-i:(` + rankName + `))`)
	// "... is Mexico followed by Guatemala and Honduras": after a first
	// place, the names that follow take the next places in order
	rankFollowedRe     = lazyRegexp(`^[,;]?\s*(?:(?:and|then)\s+)?followed\s+(?:closely\s+)?by\s+(?:the\s+)?(` + rankName + `)((?:(?:\s*,\s*|\s+and\s+|\s*,\s*and\s+)(?:the\s+)?` + rankName + `)*)`)
	rankFollowedItemRe = lazyRegexp(rankName)
	// "The other nations rounding up the top ten nations with citizens
	// deported from the US are Nicaragua, ...": each country named is
	// among the first ten
	rankRoundRe = lazyRegexp(`(?i)\b(?:round(?:s|ed|ing)?\s+(?:up|out|off)|complet(?:e|es|ed|ing)|(?:make|makes|made|making)\s+up)\s+the\s+top\s+(five|ten|fifteen|twenty|\d{1,2})\b`)
	// "Haiti was responsible for the largest single drop": a country's
	// change ranked among all citizenships (the country is the subject,
	// found before the verb)
	rankCountryChangeRe = lazyRegexp(`(?i)\s+(?:was responsible for|accounted for|had|saw|recorded|posted|registered|showed|experienced)\s+the\s+(largest|biggest|greatest|steepest|sharpest|highest)\s+(?:(?:single|one-year|annual|year-over-year|overall)\s+)*(?:drops?|declines?|decreases?|falls?|reductions?|increases?|rises?|jumps?|growth)\b`)
	// "the biggest drop", "the largest single decline": the most negative
	// change, not the highest
	rankDropAfterRe = lazyRegexp(`(?i)^\s*(?:(?:single|one-year|annual|year-over-year|percentage|percent|overall)\s+)*(?:drops?|declines?|decreases?|falls?|reductions?|dips?|plunges?|decrease)\b`)
	// "leads the nation in"
	// "leads the nation in", "currently San Antonio has taken the lead"
	rankLeadRe = lazyRegexp(`(?i)\b(?:lead|leads|led|leading)\s+the\s+(?:nation|country|U\.S\.|United States)\s+in\b|\b(?:has|have|had)\s+(?:now\s+)?taken\s+the\s+lead\b`)
	// "among the fewest": in the first five
	rankAmongRe = lazyRegexp(`(?i)\bamong the (fewest|lowest|smallest|most|highest|largest)\b`)
	// "the largest one-year increase ... among the agency's coverage areas"
	rankTopRe = lazyRegexp(`(?i)\b(largest|biggest|greatest|highest|most|fewest|lowest|smallest)\b[^.;]{0,60}?\b(?:among|of)\s+(?:the\s+|all\s+|its\s+|ice['’]s\s+|the agency['’]s\s+|any\s+)?(?:[a-z-]+\s+){0,2}(?:areas|offices|field offices|regions|divisions|aors|office|area|field office|region|division)\b`)
	// "more than any other area", "No other enforcement area saw a bigger increase"
	rankOtherRe = lazyRegexp(`(?i)\b(more|fewer|less|higher|lower|larger|bigger|greater|smaller)\s+(?:\w+\s+){0,3}?than\s+any\s+other\s+(?:\w+\s+)?(?:area|office|field office|region|division|aor)\b|\bno other\s+(?:[a-z-]+\s+){0,2}(?:area|office|field office|region|division|aor)\s+(?:\w+\s+){0,2}(?:saw|had|recorded|posted|made|reported)\s+(?:a\s+)?(bigger|larger|greater|higher|more|smaller|fewer|lower)\b`)
	// "the only ICE office where immigration arrests actually declined"
	rankOnlyRe   = lazyRegexp(`(?i)\b(?:the\s+)?(?:only|lone|sole)\s+(?:[a-z-]+\s+){0,2}(?:office|area|field office|region|division|aor)\b[^.;]{0,60}?\b(declined|decreased|fell|dropped|fewer|decline|decrease|increased|rose|grew|more|increase)\b`)
	rankChangeRe = lazyRegexp(`(?i)\b(?:increases?|rises?|jumps?|grew|growth|spikes?|upticks?|declines?|drops?|decreases?|gains?)\b`)
)

// rankName is a capitalised name of one to three words ("Mexico", "El
// Salvador", "San Antonio", "the Dominican Republic" without its article).
const rankName = `[A-Z][A-Za-z.'’-]*(?:\s+[A-Z][A-Za-z.'’-]*){0,2}`

// rankNameList is a list of names: "Dallas and Houston", "Brazil, Ecuador,
// and Colombia".
const rankNameList = rankName + `(?:(?:\s*,\s*|\s+and\s+|\s*,\s*and\s+)` + rankName + `)*`

// listItems counts the names of a list ("Brazil, Ecuador, and Colombia":
// 3). A name with "and" inside ("Trinidad and Tobago") counts twice, which
// only loosens an "at most" rank.
func listItems(s string) int {
	return len(rankFollowedItemRe.FindAllString(s, -1))
}

func ordinalValue(s string) float64 {
	s = strings.ToLower(s)
	if v, ok := ordinals[s]; ok {
		return v
	}
	n, _ := strconv.Atoi(strings.TrimRight(s, "stndrh"))
	return float64(n)
}

func rankDirection(w string) int {
	switch strings.ToLower(w) {
	case "lowest", "fewest", "smallest", "fewer", "less", "lower":
		return -1
	}
	return 1
}

// dropDirection turns the direction of a superlative of size ("the
// biggest", "a bigger") into the most negative change when a fall follows
// it: "the biggest drop in arrests of any office" is the lowest change, not
// the highest.
func dropDirection(cl string, end, d int) int {
	if d > 0 && rankDropAfterRe.MatchString(cl[end:]) {
		return -1
	}
	return d
}

// nameEnd drops the full stop that ends a sentence from a name's span
// ("... and Honduras.").
func nameEnd(cl string, end int) int {
	if end > 0 && cl[end-1] == '.' {
		return end - 1
	}
	return end
}

func skipSpace(s string) int {
	return len(s) - len(strings.TrimLeft(s, " ,;"))
}

// changesBetween is each key's change from then to now, as a difference
// and, where then is above zero, as a percent (keys missing then are left
// out).
func changesBetween(now, then map[string]float64) (diff, pct map[string]float64) {
	diff, pct = map[string]float64{}, map[string]float64{}
	for a, v := range now {
		o, in := then[a]
		if !in {
			continue
		}
		diff[a] = v - o
		if o > 0 {
			pct[a] = 100 * (v - o) / o
		}
	}
	return diff, pct
}

// rankClaims finds the rank claims of a clause, skipping bytes already used.
func rankClaims(cl string, used []span) ([]Claim, []span) {
	var out []Claim
	add := func(c Claim, from, to int) {
		c.Kind, c.Unit = KindRank, UnitCount
		if c.Comparator == "" {
			c.Comparator = CmpExact
		}
		if c.RankBy == "" {
			c.RankBy = RankCount
			if rankChangeRe.MatchString(cl) {
				c.RankBy = RankChange
			}
		}
		c.clauseStart, c.clauseEnd = from, to
		c.Text = strings.TrimSpace(cl[from:to])
		out = append(out, c)
		used = append(used, span{from, to})
	}
	for _, m := range rankPairRe.FindAllStringSubmatchIndex(cl, -1) {
		if overlaps(used, m[0], m[1]) {
			continue
		}
		d := rankDirection(cl[m[6]:m[7]])
		add(Claim{Value: ordinalValue(cl[m[2]:m[3]]), Direction: d}, m[2], m[3])
		add(Claim{Value: ordinalValue(cl[m[4]:m[5]]), Direction: d}, m[4], m[1])
	}
	for _, m := range rankOrdRe.FindAllStringSubmatchIndex(cl, -1) {
		if overlaps(used, m[0], m[1]) {
			continue
		}
		add(Claim{Value: ordinalValue(cl[m[2]:m[3]]), Direction: dropDirection(cl, m[5], rankDirection(cl[m[4]:m[5]]))}, m[0], m[1])
	}
	for _, re := range []*lazyRE{rankPlaceRe, rankSpotRe, rankListRe} {
		for _, m := range re.FindAllStringSubmatchIndex(cl, -1) {
			if overlaps(used, m[0], m[1]) {
				continue
			}
			if m[4] < 0 {
				add(Claim{Value: ordinalValue(cl[m[2]:m[3]]), Direction: 1}, m[0], m[1])
				continue
			}
			// "Guatemala and Honduras ranked second and third": one rank
			// each, bound to the names in order (respectively)
			add(Claim{Value: ordinalValue(cl[m[2]:m[3]]), Direction: 1}, m[0], m[3])
			add(Claim{Value: ordinalValue(cl[m[4]:m[5]]), Direction: 1}, m[4], m[1])
		}
	}
	for _, m := range rankToppedRe.FindAllStringSubmatchIndex(cl, -1) {
		// "Dallas and Houston topped the list": each of the n names is
		// among the first n (one claim a name, bound in order); one name
		// is first
		if overlaps(used, m[0], m[1]) {
			continue
		}
		n := listItems(cl[m[2]:m[3]])
		if n <= 1 {
			add(Claim{Value: 1, Direction: 1}, m[3], m[1])
			continue
		}
		for i := 0; i < n; i++ {
			add(Claim{Value: float64(n), Comparator: CmpAtMost, Direction: 1}, m[3], m[1])
		}
	}
	if m := rankRoundRe.FindStringSubmatchIndex(cl); m != nil && !overlaps(used, m[0], m[1]) {
		// "... rounding up the top ten ... are Nicaragua, from Central
		// America": one rank a country named in the clause, each at its
		// own name (so that the name is the one ranked)
		n := ordinalValue(cl[m[2]:m[3]])
		if w, ok := map[string]float64{"five": 5, "ten": 10, "fifteen": 15, "twenty": 20}[strings.ToLower(cl[m[2]:m[3]])]; ok {
			n = w
		}
		for _, cm := range countryRe.FindAllStringIndex(notCitizenship(strings.ToLower(cl)), -1) {
			if n > 0 && !overlaps(used, cm[0], cm[1]) {
				add(Claim{Value: n, Comparator: CmpAtMost, Direction: 1}, cm[0], cm[1])
			}
		}
	}
	for _, m := range rankCountryChangeRe.FindAllStringSubmatchIndex(cl, -1) {
		// "Haiti was responsible for the largest single drop" (not "...
		// the largest drop since 2014" or "on record": a comparison with
		// its own past, a superlative)
		if overlaps(used, m[0], m[1]) || superScopeRe.MatchString(cl[m[1]:min(len(cl), m[1]+40)]) {
			continue
		}
		low := notCitizenship(strings.ToLower(cl[:m[0]]))
		for _, cm := range countryRe.FindAllStringIndex(low, -1) {
			if cm[1] == m[0] && !overlaps(used, cm[0], m[0]) {
				add(Claim{Value: 1, Direction: dropDirection(cl, m[3], 1), RankBy: RankChange}, cm[0], m[1])
			}
		}
	}
	for _, m := range rankTopIsRe.FindAllStringSubmatchIndex(cl, -1) {
		// "The top country globally is Mexico followed by Guatemala and
		// Honduras": first, then second and third
		if overlaps(used, m[0], m[1]) {
			continue
		}
		add(Claim{Value: 1, Direction: 1}, m[0], m[1])
		f := rankFollowedRe.FindStringSubmatchIndex(cl[m[1]:])
		if f == nil {
			continue
		}
		add(Claim{Value: 2, Direction: 1}, m[1]+skipSpace(cl[m[1]:]), nameEnd(cl, m[1]+f[3]))
		prev, rest := m[1]+f[3], m[1]+f[4]
		for k, it := range rankFollowedItemRe.FindAllStringIndex(cl[rest:m[1]+f[5]], -1) {
			add(Claim{Value: float64(3 + k), Direction: 1}, prev+skipSpace(cl[prev:]), nameEnd(cl, rest+it[1]))
			prev = rest + it[1]
		}
	}
	for _, m := range rankLeadRe.FindAllStringIndex(cl, -1) {
		// "Dallas leads the nation in arrests": first ("... in the number
		// of people held in ICE detention" is a facilities rank:
		// facilityRanks)
		if overlaps(used, m[0], m[1]) || detentionWordRe.MatchString(cl[m[1]:min(len(cl), m[1]+80)]) {
			continue
		}
		add(Claim{Value: 1, Direction: 1}, m[0], m[1])
	}
	for _, m := range rankAmongRe.FindAllStringSubmatchIndex(cl, -1) {
		if overlaps(used, m[0], m[1]) {
			continue
		}
		// "among the fewest": in the first five
		add(Claim{Value: 5, Comparator: CmpAtMost, Direction: rankDirection(cl[m[2]:m[3]])}, m[0], m[1])
	}
	for _, m := range rankTopRe.FindAllStringSubmatchIndex(cl, -1) {
		if overlaps(used, m[0], m[1]) {
			continue
		}
		add(Claim{Value: 1, Direction: dropDirection(cl, m[3], rankDirection(cl[m[2]:m[3]]))}, m[0], m[1])
	}
	for _, m := range rankOtherRe.FindAllStringSubmatchIndex(cl, -1) {
		if overlaps(used, m[0], m[1]) {
			continue
		}
		w, end := "", m[1]
		if m[2] >= 0 {
			w, end = cl[m[2]:m[3]], m[3]
		} else if m[4] >= 0 {
			w, end = cl[m[4]:m[5]], m[5]
		}
		add(Claim{Value: 1, Direction: dropDirection(cl, end, rankDirection(w))}, m[0], m[1])
	}
	for _, m := range rankOnlyRe.FindAllStringSubmatchIndex(cl, -1) {
		if overlaps(used, m[0], m[1]) {
			continue
		}
		by := RankOnlyIncrease
		if decreaseWords[strings.ToLower(cl[m[2]:m[3]])] || strings.HasPrefix(strings.ToLower(cl[m[2]:m[3]]), "decl") {
			by = RankOnlyDecrease
		}
		add(Claim{Value: 1, Direction: 1, RankBy: by}, m[0], m[1])
	}
	return out, used
}

// rank tests a rank claim: every area of responsibility counted in one
// grouped query (and the baseline's, for a change).
func (r *runner) rank(it *Interpretation, b *entryBuilder) (Entry, error) {
	c := it.Claim
	// What is ranked: an area of responsibility among the field offices,
	// or a citizenship among all of them ("Belize ranked 47th", "China was
	// at the 12th spot in the list of deportations").
	by, mine, among := "aor", it.Place.AOR, "areas"
	if cs := it.Filters["country"]; it.Place.Kind != "aor" && len(cs) == 1 && countryMeasures[it.Measure] {
		by, mine, among = "country", cs[0], "citizenships"
	} else if it.Place.Kind != "aor" && len(cs) == 0 && len(it.altCountries) == 1 && countryMeasures[it.Measure] {
		// "Somalia had most of its citizens ... kicked out. It is also the
		// 13th on the ICE list of removals by country": the country of the
		// sentence before, a reading (a rank is never contradicted)
		by, mine, among = "country", it.altCountries[0], "citizenships"
		b.note("The country ranked is " + mine + ", named elsewhere in the text (a reading).")
	} else if it.Place.Kind != "aor" {
		b.not(ReasonUnderspecified, "A rank among areas of responsibility needs the area ranked; the sentence names %s.", it.Place.String())
		return b.finish(NotCheckable), nil
	}
	countsOf := func(x *Interpretation, per Period) (map[string]float64, bool, error) {
		f := mergeFilters(x.Base, x.Filters)
		if by == "country" {
			f = removeKey(f, "country")
		}
		v := x.Values(f, per)
		if by == "aor" {
			v.Del("aor")
			v.Del("state")
		}
		v.Set("by", by)
		res, err := r.run(v)
		if err != nil {
			if queryProblem(err) {
				return nil, false, nil
			}
			return nil, false, err
		}
		r.addCommand(b.e, res)
		if x == it && per == it.Period {
			// the grouped query that ranks, not one member's count, is the
			// command a reader reruns
			b.e.Command, b.e.Query = res.Command, res.Params
		}
		if res.Total == nil || !res.Coverage.Complete {
			return nil, false, nil
		}
		out := map[string]float64{}
		for _, row := range res.Rows {
			if by == "country" {
				if k := fmt.Sprint(row[0]); k != "" && k != "UNKNOWN" && k != "<nil>" {
					out[k] += table.Float(row[1])
				}
				continue
			}
			a, ok := place.LookupAOR(fmt.Sprint(row[0]))
			if !ok || a.Code == "HQ" {
				continue // headquarters and blank areas are no field office
			}
			out[a.Code] += table.Float(row[1])
		}
		return out, true, nil
	}
	counts := func(per Period) (map[string]float64, bool, error) { return countsOf(it, per) }
	now, ok, err := counts(it.Period)
	if err != nil {
		return Entry{}, err
	}
	if !ok {
		b.not(ReasonPeriodNotCovered, "The %s records do not cover all of %s, so the %s cannot be ranked.", it.Measure, it.Period.String(), among)
		return b.finish(NotCheckable), nil
	}
	if _, in := now[mine]; !in {
		b.not(ReasonPlaceNotCovered, "The records give no %s for %s in %s.", it.Measure, mine, it.Period.String())
		return b.finish(NotCheckable), nil
	}
	type score struct {
		aor string
		v   float64
	}
	rankOf := func(vals map[string]float64, dir int) (int, []score) {
		var ss []score
		for a, v := range vals {
			ss = append(ss, score{a, v})
		}
		sort.Slice(ss, func(i, j int) bool {
			if ss[i].v != ss[j].v {
				return (ss[i].v > ss[j].v) == (dir >= 0)
			}
			return ss[i].aor < ss[j].aor
		})
		mine := vals[mine]
		n := 1
		for _, s := range ss {
			if (dir >= 0 && s.v > mine) || (dir < 0 && s.v < mine) {
				n++
			}
		}
		return n, ss
	}
	matches := func(n int) bool {
		if c.Comparator == CmpAtMost {
			return float64(n) <= c.Value
		}
		return float64(n) == c.Value
	}
	var bases []struct {
		label string
		vals  map[string]float64
	}
	otherMeasure := map[string]bool{} // the bases of a measure other than the reading's
	if c.RankBy == RankCount {
		bases = append(bases, struct {
			label string
			vals  map[string]float64
		}{"by " + it.Measure + " in " + it.Period.String(), now})
		if n, _ := rankOf(now, c.Direction); !matches(n) && strings.HasPrefix(it.Unstated["measure"], "the sentence names ") {
			// "the San Antonio ... region ranks first in the total number
			// of arrests and deportations" (fr-woai-01): the rank by each
			// measure the sentence names is a reading (a rank is never
			// contradicted, so a reading can only support it)
			for _, m := range measureKinds(strings.ToLower(c.Sentence)) {
				if m == it.Measure || m != "arrests" && m != "removals" && m != "encounters" {
					continue
				}
				x := *it
				x.Measure = m
				alt, ok, err := countsOf(&x, it.Period)
				if err != nil {
					return Entry{}, err
				}
				if _, in := alt[mine]; ok && in {
					label := "by " + m + " in " + it.Period.String() + " (the sentence names " + it.Measure + " and " + m + ")"
					otherMeasure[label] = true
					bases = append(bases, struct {
						label string
						vals  map[string]float64
					}{label, alt})
				}
			}
		}
		if n, _ := rankOf(now, c.Direction); !matches(n) && it.Unstated["period"] != "" {
			// "It is also the 13th on the ICE list of removals by country"
			// in a text whose figures are of 2017: the rank in a period
			// named elsewhere in the text is another reading (a rank is
			// never contradicted, so a reading can only support it)
			alts, why := it.altPeriods, map[string]string{}
			if it.Period.Kind == "fy" && it.Period.Defaulted && it.ref != "" && it.ref < fmt.Sprintf("%04d-01-01", it.Period.FY+1) {
				// a text of October to December 2018 with no year: the
				// fiscal year just ended was not yet published, so its
				// ranks may be of the year before (l-theinfong-africa2018)
				p := it.Period.previous()
				alts, why[p.String()] = append([]Period{p}, alts...), "the fiscal year before, as "+it.Period.String()+" had ended less than three months before the text"
			}
			for _, p := range alts {
				if p.Kind != "fy" || p.String() == it.Period.String() {
					continue
				}
				label := "a period named elsewhere in the text"
				if w := why[p.String()]; w != "" {
					label = w
				}
				alt, ok, err := counts(p)
				if err != nil {
					return Entry{}, err
				}
				if _, in := alt[mine]; ok && in {
					bases = append(bases, struct {
						label string
						vals  map[string]float64
					}{"by " + it.Measure + " in " + p.String() + " (" + label + ")", alt})
				}
			}
		}
	} else {
		if it.Baseline == nil || it.Baseline.Kind == "unresolved" {
			b.not(ReasonUnderspecified, "The rank of a change names no earlier period to compare with.")
			return b.finish(NotCheckable), nil
		}
		then, ok, err := counts(*it.Baseline)
		if err != nil {
			return Entry{}, err
		}
		if !ok {
			b.not(ReasonPeriodNotCovered, "The %s records do not cover all of %s, so the change cannot be ranked.", it.Measure, it.Baseline.String())
			return b.finish(NotCheckable), nil
		}
		diff, pct := changesBetween(now, then)
		if c.RankBy == RankOnlyDecrease || c.RankBy == RankOnlyIncrease {
			var which []string
			for a, d := range diff {
				if (c.RankBy == RankOnlyDecrease && d < 0) || (c.RankBy == RankOnlyIncrease && d > 0) {
					which = append(which, a)
				}
			}
			sort.Strings(which)
			val := float64(len(which))
			text := fmt.Sprintf("%d areas with %s %s in %s than in %s (%s); %s: %+.0f", len(which), map[string]string{RankOnlyDecrease: "fewer", RankOnlyIncrease: "more"}[c.RankBy],
				it.Measure, it.Period.String(), it.Baseline.String(), strings.Join(which, ", "), mine, diff[mine])
			b.e.Value, b.e.ValueText = &val, text
			if len(which) == 1 && which[0] == mine {
				b.note("The records give " + text + ".")
				return b.finish(Supported), nil
			}
			b.not(ReasonDefinitionGap, "The records give %s: not the only one under this reading of the periods and areas (a rank is not called contradicted: it depends on which offices compete and on the periods compared).", text)
			return b.finish(NotCheckable), nil
		}
		bases = append(bases,
			struct {
				label string
				vals  map[string]float64
			}{"by the change in " + it.Measure + " from " + it.Baseline.String() + " to " + it.Period.String(), diff},
			struct {
				label string
				vals  map[string]float64
			}{"by the percent change in " + it.Measure + " from " + it.Baseline.String() + " to " + it.Period.String(), pct})
		if it.Unstated["period"] != "" && it.Period.Kind == "fy" && it.ref != "" && it.ref > fmt.Sprintf("%04d-09-30", it.Period.FY+1) {
			// "That was roughly half the number of Caribbean nationals
			// removed in fiscal year 2017. Haiti was responsible for the
			// largest single drop": the year carried from before may be
			// the one compared with, and the next (ended) year the drop's
			next := Period{Kind: "fy", FY: it.Period.FY + 1, Text: "the year after"}
			later, ok, err := counts(next)
			if err != nil {
				return Entry{}, err
			}
			if _, in := later[mine]; ok && in {
				diff2, pct2 := changesBetween(later, now)
				label := " (" + it.Period.String() + ", carried from before, as the year compared with)"
				bases = append(bases,
					struct {
						label string
						vals  map[string]float64
					}{"by the change in " + it.Measure + " from " + it.Period.String() + " to " + next.String() + label, diff2},
					struct {
						label string
						vals  map[string]float64
					}{"by the percent change in " + it.Measure + " from " + it.Period.String() + " to " + next.String() + label, pct2})
			}
		}
	}
	var tried []string
	for _, bs := range bases {
		n, ss := rankOf(bs.vals, c.Direction)
		top := []string{}
		for i := 0; i < len(ss) && i < 3; i++ {
			top = append(top, fmt.Sprintf("%s %s", ss[i].aor, formatRankValue(ss[i].v)))
		}
		val := float64(n)
		text := fmt.Sprintf("%s ranks %d of %d %s %s (first: %s)", mine, n, len(ss), among, bs.label, strings.Join(top, ", "))
		tried = append(tried, text)
		if matches(n) {
			b.e.Value, b.e.ValueText = &val, text
			if otherMeasure[bs.label] {
				b.e.Under = "the rank " + bs.label
			}
			if by == "country" {
				b.note("The records give " + text + "; rows without a citizenship (or UNKNOWN) are not ranked.")
			} else {
				b.note("The records give " + text + "; headquarters and rows without an area are not ranked.")
			}
			return b.finish(Supported), nil
		}
		if b.e.Value == nil {
			b.e.Value, b.e.ValueText = &val, text
		}
	}
	b.not(ReasonDefinitionGap, "The records give %s; a rank is not called contradicted (it depends on which %s compete, on ties and on the periods compared).", strings.Join(tried, "; "), among)
	return b.finish(NotCheckable), nil
}

func formatRankValue(v float64) string {
	if v != math.Trunc(v) {
		return fmt.Sprintf("%+.1f%%", v)
	}
	return formatNumber(v)
}
