package claims

import (
	"fmt"
	"math"
	"net/url"
	"sort"
	"strings"

	"github.com/icestat/icestat/internal/place"
	"github.com/icestat/icestat/internal/query"
	"github.com/icestat/icestat/internal/table"
)

// Facility types: analysts write about ICE's facilities table by type of
// contract — "by count the most common type of facility are IGSA's (n=73)",
// "IGSA's (n=8999) and CDF's (n=3567) ... make up 81% of the total ADP",
// "SPC's have the highest mean ADP (M=269.80)", "IGSA's constitute more
// than half of the facilities". Each is a statistic over the edition out on
// the article's date: the number of facilities of a type, their average
// daily populations added up or averaged, or a type's share of the
// facilities or of the population. The writer may have used another
// edition or left facilities out, so these figures are supported, never
// contradicted.

// Filter keys of a facility-type statistic.
const (
	facTypeKey = "facility_type" // the types, as ICE's "Type Detailed" writes them
	facStatKey = "facility_stat" // count, adp, mean
)

// facTypeRe: a type of detention facility, as ICE abbreviates it or in
// words.
var facTypeRe = lazyRegexp(`\b(?:(USMS\s+IGA|USMS\s+CDF|DIGSA|IGSA|CDF|SPC)(?:'?s)?\b|(?i:(service processing centers?)|(contract detention facilit(?:y|ies))|(inter-?governmental service agreements?)))`)

// facTypeName is ICE's "Type Detailed" value for a match of facTypeRe.
func facTypeName(m string) string {
	l := strings.ToLower(strings.TrimSuffix(strings.TrimSuffix(m, "s"), "'"))
	switch {
	case strings.HasPrefix(l, "service processing"):
		return "SPC"
	case strings.HasPrefix(l, "contract detention"):
		return "CDF"
	case strings.HasPrefix(l, "inter"):
		return "IGSA"
	}
	return strings.Join(strings.Fields(strings.ToUpper(strings.TrimSuffix(strings.TrimSuffix(m, "'s"), "s"))), " ")
}

var (
	// between a type and its figure: "IGSA's (n=73)", "USMS IGA's (n= 39)"
	facByTypeRe = lazyRegexp(`(?i)\bby\s+(?:facility\s+)?types?\b`)
	facMeanRe   = lazyRegexp(`\bM\s*=\s*$`)
	facSpreadRe = lazyRegexp(`\b(?:SD|Median|median|sd)\s*=\s*$`)
	facCountRe  = lazyRegexp(`(?i)\bfacilit(?:y|ies)\b|\bnumerous\b|\bkinds?\b|\btypes?\b|\bby count\b`)
	facADPRe    = lazyRegexp(`\bADP\b|(?i:average daily population|total detained|detained population)`)
	// the facilities table's own words, which make a sentence's figures
	// claims even when it names no detention (extract.go)
	facTableRe = lazyRegexp(`(?i)\bguaranteed (?:daily )?(?:minimums?|(?:bed )?minimum|beds?)\b|\bghost beds?\b`)
	facBedsRe  = lazyRegexp(`(?i)\bguaranteed\b|\bghost\b|\bbeds?\b|\bminimums?\b`)
	// a type's superlative among the types: "the most common facility
	// type", "the highest ADP by type", "the most numerous type"
	typeSuperRe = lazyRegexp(`(?i)\b(?:the\s+)?(?:most\s+common|most\s+numerous|largest|highest|greatest)\s+(?:mean\s+|average\s+|total\s+)?(?:(?:kind|type)\s+of\s+facility|facility\s+type|type|ADP\s+by\s+(?:facility\s+)?type)\b`)
	// "Four facilities alone now account for", "the 10 largest
	// facilities hold" (the figure follows) ...
	topShareRe = lazyRegexp(`(?i)\b(\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty)\s+(?:largest\s+|biggest\s+)?(?:detention\s+)?facilities\s+(?:alone\s+)?(?:now\s+)?(?:together\s+)?(?:account\s+for|make\s+up|hold|held|house|housed)\s+$`)
	// ... "of ICE's total detained population", "of all detainees"
	topShareOfRe = lazyRegexp(`(?i)^\s*of\s+(?:all\s+|the\s+)?(?:ICE(?:'s|’s)?\s+)?(?:total\s+)?(?:detained\s+population|detention\s+population|detainees|people\s+in\s+(?:ICE\s+)?detention|average\s+daily\s+population|ADP)\b`)
	superIsRe    = lazyRegexp(`(?i)^\s*(?:are|is|was|were)\s+(?:in\s+)?(?:the\s+)?$`)
	// "6 kinds of facilities", "five facility types"
	facKindsRe = lazyRegexp(`(?i)^\s+(?:different\s+|distinct\s+)?(?:(?:kinds|types)\s+of\s+(?:(?:ICE|detention)\s+)?facilities|facility\s+types)\b`)
	// facilities outside the 48 contiguous states and D.C. (Alaska,
	// Hawaii and the territories): "five facilities located outside of the
	// continental US", "five of which are not located on the continental
	// US"
	offshoreRe = lazyRegexp(`(?i)^\s+(?:(?:ICE|detention)\s+)?facilities\s+(?:that\s+are\s+|are\s+)?(?:located\s+)?(?:outside(?:\s+of)?|not\s+(?:located\s+)?(?:on|in|within))\s+the\s+(?:continental|contiguous)\s+(?:US|U\.S\.?|United States)\b|^\W*of\s+(?:which|them|these)\s+(?:are\s+)?(?:located\s+)?(?:outside(?:\s+of)?|not\s+(?:located\s+)?(?:on|in|within))\s+the\s+(?:continental|contiguous)\s+(?:US|U\.S\.?|United States)\b`)
	// the figure counts "this kind of facility" the sentence named before
	thisKindRe = lazyRegexp(`(?i)\b(?:this|that)\s+(?:kind|type)\s+of\s+facility\W*(?:[nN]\s*=\s*)?$`)
	facOfAllRe = lazyRegexp(`(?i)^[^.;]{0,40}?\bof\s+(?:the\s+|all\s+)?(?:total\s+)?(?:(?:ICE|detention|immigration)\s+){0,2}(?:facilities|ADP|average daily population|detained population|population)\b`)
)

// facilityTypeStat reads a figure about facility types: the types and the
// statistic, false when the figure is none.
func facilityTypeStat(c Claim, figures []int) (types []string, stat string, ok bool) {
	s := c.Sentence
	pos, end := c.clauseOff+c.clauseStart, c.clauseOff+c.clauseEnd
	if pos > len(s) || end > len(s) {
		return nil, "", false
	}
	ms := facTypeRe.FindAllStringIndex(s, -1)
	if c.Kind == KindCount && end <= len(s) {
		if top, by, typs, ok := topFacilities(s, pos, end, c.Value, ms); ok {
			return typs, fmt.Sprintf("top:%d:%s", top, by), true
		}
		switch {
		case facKindsRe.MatchString(s[end:]) && !strings.HasSuffix(strings.ToLower(s[max(0, pos-4):pos]), "the "):
			// (not "any of the three types of facilities": some of them)
			// "The FY21 table lists 6 kinds of facilities": the types
			// the table names
			return nil, "types", true
		case offshoreRe.MatchString(s[end:]):
			// "five facilities located outside of the continental US",
			// "142 facilities, five of which are not located on the
			// continental US"
			return nil, "offshore", true
		}
	}
	if c.Kind == KindShare && end <= len(s) {
		// "Four facilities alone now account for more than ten percent of
		// ICE's total detained population": the N largest facilities'
		// share of the average daily population
		if m := topShareRe.FindStringSubmatch(s[max(0, pos-80):pos]); m != nil && topShareOfRe.MatchString(s[end:]) {
			n, ok := smallNumbers[strings.ToLower(m[1])]
			if !ok {
				if _, err := fmt.Sscanf(m[1], "%g", &n); err != nil {
					n = 0
				}
			}
			if n >= 1 && n == math.Trunc(n) {
				return nil, fmt.Sprintf("topshare:%d", int(n)), true
			}
		}
	}
	if facBedsRe.MatchString(s) {
		return guaranteedStat(c, figures, ms)
	}
	if len(ms) == 0 && !(c.Kind == KindSuperlative && privateRe.MatchString(s[:pos])) {
		return nil, "", false
	}
	before := s[max(0, pos-12):pos]
	if facSpreadRe.MatchString(before) {
		return nil, "", false
	}
	switch c.Kind {
	case KindCount:
		// the type right after the figure ("73 IGSAs"), or the nearest
		// before it with no other figure between ("IGSA's (n=73)", "SPC's
		// have the highest mean ADP (M=269.80")
		t := ""
		for _, m := range ms {
			switch {
			case m[0] >= end && m[0]-end <= 1:
				t = facTypeName(s[m[0]:m[1]])
			case m[1] <= pos && pos-m[1] <= 45 && !figureBetween(figures, pos, m[1], pos):
				t = facTypeName(s[m[0]:m[1]])
			}
		}
		if t == "" && thisKindRe.MatchString(s[max(0, pos-60):pos]) {
			// "SPC's appear to have a higher mean ADP though there are few
			// of this kind of facility (n=5)": the type named last
			if m := lastTypeBefore(ms, pos); m != nil && !figureBetween(figures, pos, m[1], pos) {
				t = facTypeName(s[m[0]:m[1]])
			}
		}
		if t == "" {
			return nil, "", false
		}
		if facMeanRe.MatchString(before) {
			return []string{t}, "mean", true
		}
		// the nearer cue before the figure says what is counted: "total
		// ADP by facility type ... CDF's (n=3567)" the population, "few of
		// this kind of facility (n=5)" the facilities
		window := facByTypeRe.ReplaceAllString(s[max(0, pos-60):pos], "")
		a, c := lastIndex(facADPRe, window), lastIndex(facCountRe, window)
		if a < 0 && c < 0 {
			// none before: the first after it, in its clause ("USMS IGA's
			// (n= 39) are the second most numerous kind of facility")
			after := s[end:]
			if k := strings.IndexAny(after, ";"); k >= 0 {
				after = after[:k]
			}
			after = facByTypeRe.ReplaceAllString(after[:min(len(after), 60)], "")
			a, c = firstIndex(facADPRe, after), firstIndex(facCountRe, after)
			if a >= 0 && c >= 0 {
				a, c = c, a // the earlier wins
			}
		}
		if a > c || a < 0 && c < 0 && facADPRe.MatchString(s) {
			return []string{t}, "adp", true
		}
		return []string{t}, "count", true
	case KindSuperlative:
		// "Private facilities are the most common facility type": the
		// types named before it, or "private" (the contract types)
		types = typesBefore(s, ms, pos)
		if len(types) == 0 && privateRe.MatchString(s[:pos]) {
			types = privateSet
		}
		if len(types) == 0 {
			// "the most common type of facility are IGSA's", "The
			// highest ADP by type is in IGSA's"
			for _, m := range ms {
				if m[0] >= end && m[0]-end <= 30 && superIsRe.MatchString(s[end:m[0]]) {
					types = []string{facTypeName(s[m[0]:m[1]])}
					break
				}
			}
		}
		if len(types) == 0 {
			return nil, "", false
		}
		if facADPRe.MatchString(s[pos:end]) {
			return types, "super_adp", true
		}
		return types, "super_count", true
	case KindShare:
		// the types named before the share in its sentence: "IGSA's and
		// CDF's ... make up 81% of the total ADP"
		types = typesBefore(s, ms, pos)
		of := facOfAllRe.FindString(s[end:])
		if len(types) == 0 || of == "" {
			return nil, "", false
		}
		if strings.Contains(strings.ToLower(of), "facilit") {
			return types, "count", true
		}
		return types, "adp", true
	}
	return nil, "", false
}

// Guaranteed minimums: ICE's contracts pay for a minimum of beds whether
// used or not (the facilities table's "Guaranteed Minimum" column, since
// FY2021); analysts call the paid beds left empty (the minimum less the
// average daily population) "ghost beds". The statistics: how many
// facilities have a minimum (gm_count), a type's share of them
// (gmfac_share) or of its own facilities (gm_of_type), the minimum beds
// added up (gm_beds), averaged (gm_mean) or a type's share of them
// (gmbeds_share); the ghost beds added up (ghost), averaged (ghost_mean), a
// type's share of them (ghost_share), their share of the minimum beds
// (ghost_of_gm), the facilities with any (ghostfac_count) and a type's
// share of those (ghostfac_share).
var (
	// (t-quixote-07: "the 44 private facilities that have a guaranteed
	// daily minimum": "a" and "daily" between; facTableRe likewise)
	gmHaveRe      = lazyRegexp(`(?i)^\W*(?:[\w']+\s+){0,3}?(?:that\s+|which\s+)?(?:have|has)\s+(?:an?\s+)?(?:contractual\s+)?guaranteed\s+(?:daily\s+)?minimums?\b`)
	ghostHaveRe   = lazyRegexp(`(?i)^\W*(?:[\w']+\s+){0,3}?(?:that\s+|which\s+)?(?:have|has)\s+ghost beds?\b`)
	gmBedsRe      = lazyRegexp(`(?i)^\s*(?:guaranteed|guaranteed minimum)\s+beds?\b`)
	ghostBedsRe   = lazyRegexp(`(?i)^\s*ghost\s+beds?\b`)
	perFacilityRe = lazyRegexp(`(?i)^\s*(?:guaranteed|guaranteed minimum|ghost)\s+beds?\s+per\s+facility\b`)
	gmFacAfterRe  = lazyRegexp(`(?i)^\s*facilities\s+(?:that\s+have|with)\s+guaranteed minimums?\b`)
	gmAmongRe     = lazyRegexp(`(?i)\bguaranteed (?:minimum )?beds\s+(?:distributed\s+)?(?:among|across|in|at)\s+$`)
	ofGhostFacRe  = lazyRegexp(`(?i)^\W*(?:of\s+(?:all\s+|the\s+)?facilities\s+(?:with|that\s+have)\s+ghost beds)`)
	ofGMFacRe     = lazyRegexp(`(?i)^\W*(?:of\s+(?:all\s+|the\s+)?facilities\s+(?:with|that\s+have)\s+guaranteed minimums?)`)
	ofTypeRe      = lazyRegexp(`(?i)^\W*of\s+(?:this|that)\s+(?:facility\s+type|type\s+of\s+facility)\b`)
	ofGMBedsRe    = lazyRegexp(`(?i)^\W*of\s+(?:all\s+|the\s+)?(?:ICE\s+)?guaranteed minimum(?:\s+beds|s)?\b`)
	ofGhostBedsRe = lazyRegexp(`(?i)^\W*of\s+(?:the\s+total\s+number\s+of\s+|all\s+|the\s+)?(?:ICE\s+)?ghost\s+beds\b`)
	ghostInTypeRe = lazyRegexp(`(?i)^\s*ghost\s+beds?\s+(?:that\s+)?(?:are\s+)?(?:located\s+)?in\s+(?:the\s+)?$`)
	listGlueRe    = lazyRegexp(`^\s*(?:,\s*(?:and\s+)?|and\s+)$`)
	afterCommaRe  = lazyRegexp(`^[^.;,]*,\s*$`)
	nCountRe      = lazyRegexp(`^\s*\(\s*[nN]\s*=\s*[\d,.]+\s*\)`)
	// a type's "share" or "portion" of the minimum beds or of the ghost
	// beds, named anywhere in the sentence
	shareOfGMRe    = lazyRegexp(`(?i)\b(?:share|portion|proportion)\s+of\s+(?:all\s+|the\s+)?(?:ICE(?:'s)?\s+)?guaranteed minimum(?:\s+beds|s)?\b`)
	shareOfGhostRe = lazyRegexp(`(?i)\b(?:share|portion|proportion)\s+of\s+(?:all\s+|the\s+)?(?:ICE(?:'s)?\s+)?ghost\s+beds\b`)
)

// guaranteedStat reads a figure about guaranteed minimums or ghost beds.
func guaranteedStat(c Claim, figures []int, ms [][]int) (types []string, stat string, ok bool) {
	s := c.Sentence
	pos, end := c.clauseOff+c.clauseStart, c.clauseOff+c.clauseEnd
	after := s[end:]
	for _, f := range figures {
		if f > end && f-end < len(after) {
			after = s[end:f] // up to the next figure
			break
		}
	}
	before := s[max(0, pos-40):pos]
	// the type right after the figure ("30 IGSA's that have"), the types
	// listed after "ghost beds in", or those named before the figure
	for _, m := range ms {
		if m[0] >= end && m[0]-end <= 1 {
			types = []string{facTypeName(s[m[0]:m[1]])}
		}
	}
	if len(types) == 0 {
		// "1293 ghost beds in SPC's", "22960 ghost beds that are located
		// in CDF's, IGSA's, and SPC's"
		in := -1
		for _, m := range ms {
			if in < 0 && m[0] >= end && ghostInTypeRe.MatchString(s[end:m[0]]) || in >= 0 && m[0] >= in && listGlueRe.MatchString(s[in:m[0]]) {
				if n := facTypeName(s[m[0]:m[1]]); !contains(types, n) {
					types = append(types, n)
				}
				in = m[1]
			}
		}
	}
	if len(types) == 0 {
		types = typesBefore(s, ms, pos)
	}
	if len(types) == 0 {
		// "With an average of 510.76 Ghost Beds per facility, IGSA's have
		// the highest mean": the type the clause after the comma opens
		// with
		for _, m := range ms {
			if m[0] >= end && m[0]-end <= 60 && afterCommaRe.MatchString(s[end:m[0]]) {
				types = []string{facTypeName(s[m[0]:m[1]])}
				break
			}
		}
	}
	rest := after
	if c.Kind == KindShare {
		// "35% (n=50) have contractual guaranteed minimums": past the
		// count glued to the share
		rest = nCountRe.ReplaceAllString(s[end:], "")
		switch {
		case ofGhostFacRe.MatchString(rest):
			stat = "ghostfac_share"
		case ofGMFacRe.MatchString(rest):
			stat = "gmfac_share"
		case ofTypeRe.MatchString(rest):
			stat = "gm_of_type"
		case ofGhostBedsRe.MatchString(rest):
			stat = "ghost_share"
		case ofGMBedsRe.MatchString(rest) && strings.Contains(strings.ToLower(rest[:min(len(rest), 80)]), "ghost"):
			stat, types = "ghost_of_gm", nil
		case ofGMBedsRe.MatchString(rest):
			stat = "gmbeds_share"
		case gmHaveRe.MatchString(rest):
			stat = "gm_of_type" // "35% (n=50) have contractual guaranteed minimums"
		case len(types) > 0 && shareOfGhostRe.MatchString(s):
			stat = "ghost_share"
		case len(types) > 0 && shareOfGMRe.MatchString(s):
			// "IGSA's have the largest share of Guaranteed Minimums
			// overall, which is just under 2/3", "CDF's, with just under
			// 1/3, also have a large portion of Guaranteed Minimums": the
			// type's share of the minimum beds, the whole named in the
			// sentence rather than after the figure
			stat = "gmbeds_share"
		default:
			return nil, "", false
		}
		if len(types) == 0 && stat != "ghost_of_gm" && stat != "gm_of_type" {
			return nil, "", false // a type's share, with no type named
		}
		return types, stat, true
	}
	if c.Kind != KindCount {
		return nil, "", false
	}
	switch {
	case perFacilityRe.MatchString(rest) && strings.Contains(strings.ToLower(before), "average"):
		stat = "gm_mean"
		if strings.Contains(strings.ToLower(rest[:min(len(rest), 12)]), "ghost") {
			stat = "ghost_mean"
		}
	case gmHaveRe.MatchString(rest):
		stat = "gm_count"
	case ghostHaveRe.MatchString(rest):
		stat = "ghostfac_count"
	case gmBedsRe.MatchString(rest):
		stat = "gm_beds"
	case ghostBedsRe.MatchString(rest):
		stat = "ghost"
	case gmFacAfterRe.MatchString(rest) || gmAmongRe.MatchString(before):
		stat, types = "gm_count", nil
	default:
		return nil, "", false
	}
	return types, stat, true
}

// guaranteedCheck computes a guaranteed-minimum statistic over the rows of
// the facilities table (the ADP is the last column, the guaranteed minimum
// the one before).
func guaranteedCheck(rows [][]any, typeCol int, types []string, stat string) (float64, string, bool) {
	pos := strings.HasSuffix(stat, "_pos")
	stat = strings.TrimSuffix(stat, "_pos")
	var nT, gmAll, gmT, gmNT, gmFacAll, ghostAll, ghostT, ghostFacAll, ghostFacT float64
	for _, row := range rows {
		adp := table.Float(row[len(row)-1])
		gm := table.Float(row[len(row)-2])
		if pos && gm-adp <= 0 {
			// (ghost beds only where the minimum exceeds the population)
			continue
		}
		isT := len(types) == 0 || typeCol >= 0 && contains(types, strings.ToUpper(strings.TrimSpace(fmt.Sprint(row[typeCol]))))
		if isT {
			nT++
		}
		if gm <= 0 {
			continue
		}
		gmFacAll++
		gmAll += gm
		ghostAll += gm - adp
		if gm > adp {
			ghostFacAll++
		}
		if isT {
			gmNT++
			gmT += gm
			ghostT += gm - adp
			if gm > adp {
				ghostFacT++
			}
		}
	}
	if gmFacAll == 0 {
		return 0, "no facility with a guaranteed minimum in the edition", false
	}
	what := "all facilities"
	if len(types) > 0 {
		what = strings.Join(types, " + ") + " facilities"
	}
	div := func(a, b float64) float64 {
		if b == 0 {
			return 0
		}
		return a / b
	}
	switch stat {
	case "gm_count":
		return gmNT, fmt.Sprintf("%s %s with a guaranteed minimum", formatNumber(gmNT), what), true
	case "ghostfac_count":
		return ghostFacT, fmt.Sprintf("%s %s with a guaranteed minimum above their average daily population", formatNumber(ghostFacT), what), true
	case "gm_of_type":
		v := 100 * div(gmNT, nT)
		return v, fmt.Sprintf("%.1f%% (%s of the %s %s have a guaranteed minimum)", v, formatNumber(gmNT), formatNumber(nT), what), true
	case "gmfac_share":
		v := 100 * div(gmNT, gmFacAll)
		return v, fmt.Sprintf("%.1f%% (%s of the %s facilities with a guaranteed minimum are %s)", v, formatNumber(gmNT), formatNumber(gmFacAll), what), true
	case "ghostfac_share":
		v := 100 * div(ghostFacT, ghostFacAll)
		return v, fmt.Sprintf("%.1f%% (%s of the %s facilities with empty guaranteed beds are %s)", v, formatNumber(ghostFacT), formatNumber(ghostFacAll), what), true
	case "gm_beds":
		return gmT, fmt.Sprintf("%s guaranteed minimum beds in %s", formatNumber(gmT), what), true
	case "gmbeds_share":
		v := 100 * div(gmT, gmAll)
		return v, fmt.Sprintf("%.2f%% (%s of the %s guaranteed minimum beds are in %s)", v, formatNumber(gmT), formatNumber(gmAll), what), true
	case "gm_mean":
		v := div(gmT, gmNT)
		return v, fmt.Sprintf("%.2f guaranteed minimum beds per facility (%s over %s %s with one)", v, formatNumber(gmT), formatNumber(gmNT), what), true
	case "ghost":
		return ghostT, fmt.Sprintf("%s empty guaranteed beds (guaranteed minimum less average daily population) in %s", formatDecimal(ghostT), what), true
	case "ghost_mean":
		v := div(ghostT, gmNT)
		with := "a guaranteed minimum"
		if pos {
			with = "empty guaranteed beds"
		}
		return v, fmt.Sprintf("%.2f empty guaranteed beds per facility (%s over %s %s with %s)", v, formatDecimal(ghostT), formatNumber(gmNT), what, with), true
	case "ghost_share":
		v := 100 * div(ghostT, ghostAll)
		return v, fmt.Sprintf("%.2f%% (%s of the %s empty guaranteed beds are in %s)", v, formatDecimal(ghostT), formatDecimal(ghostAll), what), true
	case "ghost_of_gm":
		v := 100 * div(ghostAll, gmAll)
		return v, fmt.Sprintf("%.1f%% (%s of the %s guaranteed minimum beds are empty: the minimum less the average daily population)", v, formatDecimal(ghostAll), formatNumber(gmAll)), true
	}
	return 0, "", false
}

// facilityTypeCheck tests a statistic over the facilities of some types.
func (r *runner) facilityTypeCheck(it *Interpretation, b *entryBuilder) (Entry, error) {
	types, stat := it.Filters[facTypeKey], it.Filters[facStatKey][0]
	v := url.Values{"dataset": {MeasureFacility}, "date": {it.Period.From}, "by": {"facility"}}
	if it.PrintedBy != "" {
		v.Set("printed-by", it.PrintedBy)
	}
	res, err := r.runDetention(b, v)
	if err != nil {
		return Entry{}, err
	}
	if res.Count == nil || res.Table == nil {
		return notCovered(b, res), nil
	}
	col := -1
	for i, c := range res.Table.Columns {
		if c == "type" {
			col = i
		}
	}
	var n, adp, allN, allADP float64
	for _, row := range res.Table.Rows {
		a := table.Float(row[len(row)-1])
		allN++
		allADP += a
		if col >= 0 && contains(types, strings.ToUpper(strings.TrimSpace(fmt.Sprint(row[col])))) {
			n++
			adp += a
		}
	}
	if top, by, ok := strings.Cut(strings.TrimPrefix(stat, "top:"), ":"); ok && strings.HasPrefix(stat, "top:") {
		n := 0
		fmt.Sscanf(top, "%d", &n)
		val, text := topCheck(res.Table, col, types, n, by)
		text += " (" + usedText(res) + ")"
		b.e.Value, b.e.ValueText = &val, text
		b.note("Measure: the largest facilities of ICE's facilities table (by average daily population over the fiscal year to date, or by guaranteed minimum), in the edition out on the article's date; the writer may have used another edition or ranked by another measure, so the figure is not called contradicted.")
		return r.verdict(it, b, val, text), nil
	}
	if k, ok := strings.CutPrefix(stat, "topshare:"); ok {
		n := 0
		fmt.Sscanf(k, "%d", &n)
		adps := make([]float64, 0, len(res.Table.Rows))
		all := 0.0
		for _, row := range res.Table.Rows {
			a := table.Float(row[len(row)-1])
			adps = append(adps, a)
			all += a
		}
		sort.Sort(sort.Reverse(sort.Float64Slice(adps)))
		top := 0.0
		for _, a := range adps[:min(n, len(adps))] {
			top += a
		}
		val := 100 * top / all
		text := fmt.Sprintf("%.1f%% (the %d largest facilities hold %s of the %s average daily population; %s)", val, n, formatDecimal(top), formatDecimal(all), usedText(res))
		b.e.Value, b.e.ValueText = &val, text
		b.note("Measure: the largest facilities' average daily populations over the fiscal year to date, added up, as a share of all facilities', in the edition out on the article's date; the writer may have used another edition, so the figure is not called contradicted.")
		return r.verdict(it, b, val, text), nil
	}
	if stat == "super_count" || stat == "super_adp" {
		return typeSuperlative(b, res, col, types, stat)
	}
	if stat == "fac_empty" {
		return r.facilityEmpty(it, b, res, col)
	}
	if stat == "types" || stat == "offshore" {
		val, text := facilityKinds(res.Table, stat)
		text += " (" + usedText(res) + ")"
		b.e.Value, b.e.ValueText = &val, text
		b.note("Measure: a count over ICE's facilities table (the facilities holding someone in the fiscal year to the edition's date), in the edition out on the article's date; the writer may have used another edition, so the figure is not called contradicted.")
		return r.verdict(it, b, val, text), nil
	}
	if strings.HasPrefix(stat, "gm") || strings.HasPrefix(stat, "ghost") {
		val, text, ok := guaranteedCheck(res.Table.Rows, col, types, stat)
		if !ok {
			b.not(ReasonNoData, "%s (%s).", text, usedText(res))
			return b.finish(NotCheckable), nil
		}
		text += " (" + usedText(res) + ")"
		b.e.Value, b.e.ValueText = &val, text
		b.note("Measure: ICE's \"Guaranteed Minimum\" column of the facilities table (the beds a contract pays for whether used or not), against each facility's average daily population over the fiscal year to date, in the edition out on the article's date; the writer may have used another edition, so the figure is not called contradicted.")
		return r.verdict(it, b, wholeFigure(it.Claim, val), text), nil
	}
	if n == 0 {
		b.not(ReasonPlaceNotCovered, "No facility of type %s in %s.", strings.Join(types, " or "), usedText(res))
		return b.finish(NotCheckable), nil
	}
	what := strings.Join(types, " + ")
	var val float64
	var text string
	switch {
	case it.Claim.Kind == KindShare && stat == "count":
		val = 100 * n / allN
		text = fmt.Sprintf("%.1f%% (%s of the %s facilities listed are %s; %s)", val, formatNumber(n), formatNumber(allN), what, usedText(res))
	case it.Claim.Kind == KindShare:
		val = 100 * adp / allADP
		text = fmt.Sprintf("%.1f%% (%s of the %s average daily population is in %s facilities; %s)", val, formatDecimal(adp), formatDecimal(allADP), what, usedText(res))
	case stat == "count":
		val = n
		text = fmt.Sprintf("%s %s facilities listed (%s)", formatNumber(n), what, usedText(res))
	case stat == "mean":
		val = adp / n
		text = fmt.Sprintf("%.2f average daily population per %s facility (%s over %s facilities; %s)", val, what, formatDecimal(adp), formatNumber(n), usedText(res))
	default:
		val = adp
		text = fmt.Sprintf("%s average daily population in %s facilities (%s facilities; %s)", formatDecimal(adp), what, formatNumber(n), usedText(res))
	}
	b.e.Value, b.e.ValueText = &val, text
	b.note("Measure: a statistic over ICE's facilities table (the facilities holding someone in the fiscal year to the edition's date, by their \"Type Detailed\"), in the edition out on the article's date; the writer may have used another edition, so the figure is not called contradicted.")
	return r.verdict(it, b, wholeFigure(it.Claim, val), text), nil
}

// typeSuperlative tests that the types named come first among the
// facilities table's types: by the number of facilities ("the most common
// facility type"), or by average daily population, added up or averaged
// per facility ("the highest ADP by type": either). The types named are
// taken together ("private facilities" against each other type). Types
// that do not come first are not called contradicted: the writer may rank
// by another measure.
func typeSuperlative(b *entryBuilder, res *query.Result, col int, types []string, stat string) (Entry, error) {
	n, adp := map[string]float64{}, map[string]float64{}
	const named = "\x00"
	for _, row := range res.Table.Rows {
		t := ""
		if col >= 0 {
			t = strings.ToUpper(strings.TrimSpace(fmt.Sprint(row[col])))
		}
		if contains(types, t) {
			t = named
		}
		n[t]++
		adp[t] += table.Float(row[len(row)-1])
	}
	if n[named] == 0 {
		b.not(ReasonPlaceNotCovered, "No facility of type %s in %s.", strings.Join(types, " or "), usedText(res))
		return b.finish(NotCheckable), nil
	}
	type way struct {
		name string
		v    func(string) float64
	}
	ways := []way{{"facilities", func(t string) float64 { return n[t] }}}
	if stat == "super_adp" {
		ways = []way{{"average daily population", func(t string) float64 { return adp[t] }},
			{"mean average daily population per facility", func(t string) float64 { return adp[t] / n[t] }}}
	}
	what := strings.Join(types, " + ")
	var texts []string
	for _, w := range ways {
		next, nv := "", 0.0
		for t := range n {
			if t != named && (w.v(t) > nv || w.v(t) == nv && t < next) {
				next, nv = t, w.v(t)
			}
		}
		text := fmt.Sprintf("%s: %s %s against %s %s, the next type (%s)", w.name, what, formatDecimal(w.v(named)), next, formatDecimal(nv), usedText(res))
		if w.v(named) > nv {
			one := 1.0
			b.e.Value, b.e.ValueText = &one, text
			b.note("Measure: the types of ICE's facilities table (\"Type Detailed\") ranked by " + w.name + ", in the edition out on the article's date. The records give " + text + ".")
			return b.finish(Supported), nil
		}
		texts = append(texts, text)
	}
	b.not(ReasonDefinitionGap, "The records do not rank %s first (%s); the writer may rank by another measure or edition, so this is not called a contradiction.", what, strings.Join(texts, "; "))
	return b.finish(NotCheckable), nil
}

// emptyBedsRe: a share of a facility's beds left empty, "5% unused bed
// space", "72% available beds", "61% empty".
var emptyBedsRe = lazyRegexp(`(?i)^\s+(?:of\s+(?:its|the)\s+(?:guaranteed\s+)?beds\s+)?(?:unused|empty|available|vacant|unoccupied)(?:\s+(?:bed\s+space|beds?|capacity|space))?\b`)

// facilityEmpty tests a named facility's share of empty beds: its
// guaranteed minimum less its average daily population, over the minimum.
func (r *runner) facilityEmpty(it *Interpretation, b *entryBuilder, res *query.Result, typeCol int) (Entry, error) {
	name, ok := oneFacility(it, b, res)
	if !ok {
		return b.finish(NotCheckable), nil
	}
	for _, row := range res.Table.Rows {
		if fmt.Sprint(row[0]) != name {
			continue
		}
		adp, gm := table.Float(row[len(row)-1]), table.Float(row[len(row)-2])
		if gm <= 0 {
			b.not(ReasonNoData, "%s has no guaranteed minimum in %s.", name, usedText(res))
			return b.finish(NotCheckable), nil
		}
		val := 100 * (gm - adp) / gm
		text := fmt.Sprintf("%.1f%% of the guaranteed minimum of %s empty (%s beds, average daily population %s; %s)", val, name, formatNumber(gm), formatDecimal(adp), usedText(res))
		b.e.Value, b.e.ValueText = &val, text
		b.note("Measure: the facility's guaranteed minimum (ICE's facilities table) less its average daily population over the fiscal year to date, as a share of the minimum.")
		return r.verdict(it, b, val, text), nil
	}
	return b.finish(NotCheckable), nil
}

// facilityKinds counts the types the facilities table names ("types") or
// the facilities it lists outside the contiguous states ("offshore").
func facilityKinds(t *table.Table, stat string) (float64, string) {
	typeCol, stateCol := -1, -1
	for i, c := range t.Columns {
		switch c {
		case "type":
			typeCol = i
		case "state":
			stateCol = i
		}
	}
	seen := map[string]bool{}
	var names []string
	n := 0.0
	for _, row := range t.Rows {
		switch {
		case stat == "types" && typeCol >= 0:
			if k := strings.TrimSpace(fmt.Sprint(row[typeCol])); k != "" && !seen[k] {
				seen[k] = true
				names = append(names, k)
			}
		case stat == "offshore" && stateCol >= 0:
			if st := strings.ToUpper(strings.TrimSpace(fmt.Sprint(row[stateCol]))); st != "" && !contiguous[st] {
				n++
				if !seen[st] {
					seen[st] = true
					names = append(names, st)
				}
			}
		}
	}
	sort.Strings(names)
	if stat == "types" {
		return float64(len(names)), fmt.Sprintf("%d facility types listed (%s)", len(names), strings.Join(names, ", "))
	}
	return n, fmt.Sprintf("%s facilities listed outside the contiguous states (%s)", formatNumber(n), strings.Join(names, ", "))
}

// facTypeList names types for a reading's description.
func facTypeList(f map[string][]string) string {
	t := append([]string(nil), f[facTypeKey]...)
	sort.Strings(t)
	return strings.Join(t, " + ")
}

// figureBetween: one of the figures (other than the one at pos) lies in
// lo..hi.
func figureBetween(figures []int, pos, lo, hi int) bool {
	for _, f := range figures {
		if f != pos && f > lo && f < hi {
			return true
		}
	}
	return false
}

// lastIndex is where re last matches s, -1 when nowhere.
func lastIndex(re *lazyRE, s string) int {
	ms := re.FindAllStringIndex(s, -1)
	if len(ms) == 0 {
		return -1
	}
	return ms[len(ms)-1][0]
}

// statedDecimal: an analyst's "M=269.80" is stated to its decimals, not
// rounded as the extractor takes a decimal count to be; facilities' averages
// are added up from rounded cells, so it holds within a thousandth.
func statedDecimal(c *Claim) {
	if c.Comparator == CmpAbout && c.Tolerance > 0 && c.Tolerance < 0.5 && decimalOnlyRe.MatchString(c.Text) {
		c.Comparator = CmpExact
		c.Tolerance = math.Max(c.Tolerance, 0.001*math.Abs(c.Value))
	}
}

var decimalOnlyRe = lazyRegexp(`^\d[\d,]*\.\d+$`)

// firstIndex is where re first matches s, -1 when nowhere.
func firstIndex(re *lazyRE, s string) int {
	if m := re.FindStringIndex(s); m != nil {
		return m[0]
	}
	return -1
}

// The largest facilities by type: "Of the facilities with the most
// number of detained persons, 9 of the 10 are private (either CDF or
// IGSA)", "18 of the 20 facilities with the largest total detained
// population are private", "The four facilities with the most number of
// guaranteed minimum beds are all IGSA's". The figure counts the facilities
// of the types named (private: the contract and service-agreement types)
// among the N largest, ranked by average daily population or by
// guaranteed minimum.
var (
	// "9 of the 10", "18 of the 20 facilities"
	topOfRe = lazyRegexp(`(?i)^\s+(?:out\s+)?of\s+the\s+(?:top\s+)?(\d+|[a-z]+)\b`)
	// "the facilities with the most number of detained persons", "with the
	// largest total detained population", "with the most number of
	// guaranteed minimum beds", "the 10 largest facilities"
	topWhatRe = lazyRegexp(`(?i)\bwith\s+the\s+(?:most|largest|highest|greatest|biggest)\s+(?:number\s+of\s+|total\s+)?([a-z ]{0,40}?)(?:[.,;:)(]|\s+are\b|$)|\b(?:largest|biggest)\s+(?:detention\s+)?facilities\b`)
	// "are private", "are all IGSA's", "are all private"
	topAreRe   = lazyRegexp(`(?i)\b(?:are|were)\s+(?:all\s+)?(?:privately[- ]run|private(?:ly operated)?|for-profit|(?:USMS\s+IGA|USMS\s+CDF|DIGSA|IGSA|CDF|SPC)(?:'?s)?)\b`)
	privateRe  = lazyRegexp(`(?i)\bprivate|\bfor-profit`)
	facNounRe  = lazyRegexp(`(?i)^\s+(?:(?:detention|ICE)\s+)?facilities\b`)
	gmRankRe   = lazyRegexp(`(?i)\bguaranteed\b|\bminimum\b`)
	popRankRe  = lazyRegexp(`(?i)\bdetain|\bpopulation\b|\bADP\b|\bpeople\b|\bpersons\b|\bimmigrants\b|\blargest\b`)
	privateSet = []string{"CDF", "IGSA", "DIGSA", "USMS CDF"}
)

// topFacilities reads a count of facilities of some types among the N
// largest: N, the ranking ("adp" or "gm") and the types.
func topFacilities(s string, pos, end int, value float64, ms [][]int) (int, string, []string, bool) {
	rest := s[end:]
	top := 0
	if m := topOfRe.FindStringSubmatch(rest); m != nil {
		// "9 of the 10"
		if n, ok := smallNumbers[strings.ToLower(m[1])]; ok {
			top = int(n)
		} else if _, err := fmt.Sscanf(m[1], "%d", &top); err != nil {
			top = 0
		}
		if top <= int(value) {
			return 0, "", nil, false
		}
	} else if facNounRe.MatchString(rest) && topAreRe.MatchString(rest) && strings.Contains(strings.ToLower(rest), " all ") {
		// "The four facilities with the most ... are all IGSA's"
		top = int(value)
	}
	if top <= 0 || value != math.Trunc(value) {
		return 0, "", nil, false
	}
	what := topWhatRe.FindStringSubmatch(s)
	are := topAreRe.FindStringIndex(s)
	if what == nil || are == nil || are[0] < end {
		return 0, "", nil, false
	}
	by := ""
	switch {
	case gmRankRe.MatchString(what[0]):
		by = "gm"
	case popRankRe.MatchString(what[0]):
		by = "adp"
	default:
		return 0, "", nil, false
	}
	// the types named from "are" on ("private (either CDF or IGSA)",
	// "all IGSA's"); "private" alone the contract types
	var types []string
	for _, m := range ms {
		if m[0] >= are[0] {
			if n := facTypeName(s[m[0]:m[1]]); !contains(types, n) {
				types = append(types, n)
			}
		}
	}
	if len(types) == 0 {
		if !privateRe.MatchString(s[are[0]:are[1]]) {
			return 0, "", nil, false
		}
		types = privateSet
	}
	return top, by, types, true
}

// topCheck counts the facilities of the types among the n largest by
// average daily population (by "adp") or guaranteed minimum ("gm").
func topCheck(t *table.Table, typeCol int, types []string, n int, by string) (float64, string) {
	gmCol := -1
	for i, c := range t.Columns {
		if c == "guaranteed_minimum" {
			gmCol = i
		}
	}
	rows := append([][]any(nil), t.Rows...)
	key := func(r []any) float64 {
		if by == "gm" && gmCol >= 0 {
			return table.Float(r[gmCol])
		}
		return table.Float(r[len(r)-1])
	}
	sort.SliceStable(rows, func(i, j int) bool { return key(rows[i]) > key(rows[j]) })
	n = min(n, len(rows))
	k := 0.0
	for _, r := range rows[:n] {
		if typeCol >= 0 && contains(types, strings.ToUpper(strings.TrimSpace(fmt.Sprint(r[typeCol])))) {
			k++
		}
	}
	rank := "average daily population"
	if by == "gm" {
		rank = "guaranteed minimum"
	}
	return k, fmt.Sprintf("%s of the %d facilities with the largest %s are %s", formatNumber(k), n, rank, strings.Join(types, " or "))
}

// lastTypeBefore is the last match of facTypeRe (in ms) that ends before
// pos.
func lastTypeBefore(ms [][]int, pos int) []int {
	var last []int
	for _, m := range ms {
		if m[1] <= pos {
			last = m
		}
	}
	return last
}

// contiguous: the 48 contiguous states and D.C. (the place reference's
// states and D.C., FIPS below 60, less Alaska and Hawaii); a facility
// elsewhere (Alaska, Hawaii, Puerto Rico, Guam, ...) is outside the
// continental US.
var contiguous = map[string]bool{}

func init() {
	for _, st := range place.States() {
		if st.FIPS < "60" && st.Code != "AK" && st.Code != "HI" {
			contiguous[st.Code] = true
		}
	}
}

// typesBefore lists, once each, the facility types (matches ms of
// facTypeRe) the sentence names before pos.
func typesBefore(s string, ms [][]int, pos int) []string {
	var types []string
	for _, m := range ms {
		if m[1] <= pos {
			if n := facTypeName(s[m[0]:m[1]]); !contains(types, n) {
				types = append(types, n)
			}
		}
	}
	return types
}
