package claims

import (
	"fmt"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"

	"github.com/icestat/icestat/internal/canon"
	"github.com/icestat/icestat/internal/place"
)

// ---- measures -------------------------------------------------------------

// maskRe hides phrases that name a measure word without being about that
// measure: "removal orders" qualify arrests, "in ICE custody" is a state,
// "ICE holds about 69,000 people" is no detainer (u-de-collector-01's
// gloss).
var maskRe = lazyRegexp(`(?i)\benforcement and removal operations?\b|\bremoval operations?\b|\bfor (?:possible )?(?:deportation|removal)\b|\bimmigration and customs enforcement\b|\b(?:final |removal |deportation )orders?(?: of removal)?\b|\borders? of (?:removal|deportation)\b|\bordered (?:removed|deported)\b|\bremoval proceedings\b|\bpending removal\b|\bremovable\b|\bdeportable\b|\bremain(?:s|ed)? in (?:ice )?custody\b|\bin (?:ice )?custody\b|\bcriminal charges?\b|\bdetainer requests? (?:were |was )?(?:declined|refused|ignored)\b|\bsent home (?:with|to await|pending)\b|\bice holds?(?:\s+(?:about|nearly|almost|roughly|around|some|over|more than|at least|up to|an estimated|\d)|\s*$)`)

type measureRule struct {
	re      *lazyRE
	dataset string
}

var measureRules = []measureRule{
	{lazyRegexp(`\b(?:arrest|arrests|arrested|arresting|apprehend|apprehended|apprehending|apprehensions?|taken into (?:ice |immigration |federal )?custody|took into (?:ice |immigration |federal )?custody|nabbed|rounded up|picked up|seized|detained and arrested)\b`), "arrests"},
	{lazyRegexp(`\bencounter(?:s|ed)?\b`), "encounters"},
	{lazyRegexp(`\bdetainers?\b|\bimmigration holds?\b|\bice holds?\b`), "detainers"},
	{lazyRegexp(`\bbook-?ins?\b|\bbooked into\b|\bbookings?\b|\bdetained\b|\bdetainees?\b|\bdetentions?\b|\binitial book\b|\bdetain(?:s|ing)\b|\baverage daily (?:detention |detained |detainee )?population\b|\badp\b|\b(?:people|persons|immigrants|migrants|noncitizens|individuals) (?:being |currently )?held by (?:ice\b|_{10,})`), "detentions"},
	// "sent home" is a removal as "sent back" is: reports on removals by
	// citizenship write "Jamaica, for example, was responsible for 782
	// nationals sent home in 2017" (f0-carib-13); "sent home with an ankle
	// monitor" is a release, masked (maskRe).
	{lazyRegexp(`\bremov(?:al|als|ed|ing)\b|\bdeport(?:ed|ation|ations|ing|s)?\b|\brepatriat(?:ed|ions?)\b|\bexpelled\b|\bremoves\b|\bforced out\b|\bkicked out\b|\bsent back\b|\bsent home\b`), "removals"},
}

func mask(low string) string {
	return maskRe.ReplaceAllStringFunc(low, func(s string) string { return strings.Repeat("_", len(s)) })
}

// measureIn returns the first measure named in a lower-case text.
func measureIn(low string) string {
	m, _ := measureNear(low, 0)
	return m
}

var nextVerbRe = lazyRegexp(`\s(?:and|but|while|whereas|or)\s`)

// measureAfter is the measure named within a few words after a figure:
// "143,470 arrests", "2,535 were removed", "256,000 people deported".
func measureAfter(low string, end int) string {
	after := window(low, end, end+45)
	if strings.ContainsAny(after, ",;") {
		after = after[:strings.IndexAny(after, ",;")]
	}
	if m := nextVerbRe.FindStringIndex(after); m != nil {
		// "arrested 15,189 people and removed 13,727": the verb after "and"
		// is the next figure's
		after = after[:m[0]]
	}
	masked := mask(after)
	best, bestAt := "", 1<<30
	for _, r := range measureRules {
		if m := r.re.FindStringIndex(masked); m != nil && m[0] < bestAt && len(strings.Fields(masked[:m[0]])) <= 4 {
			best, bestAt = r.dataset, m[0]
		}
	}
	return best
}

// measureBefore is the measure named last before pos in the same clause
// stretch (no clause break between).
func measureBefore(low string, pos int) string {
	pos = max(0, min(pos, len(low)))
	from := 0
	if k := strings.LastIndexAny(low[:pos], ";"); k >= 0 {
		from = k + 1
	}
	masked := mask(low[from:pos])
	best, bestAt := "", -1
	for _, r := range measureRules {
		for _, m := range r.re.FindAllStringIndex(masked, -1) {
			if m[0] > bestAt {
				best, bestAt = r.dataset, m[0]
			}
		}
	}
	return best
}

// measureKinds lists the measures a text names.
func measureKinds(low string) []string {
	masked := mask(low)
	var out []string
	for _, r := range measureRules {
		if r.re.MatchString(masked) && !contains(out, r.dataset) {
			out = append(out, r.dataset)
		}
	}
	return out
}

// measureNear returns the measure whose word is nearest to pos, and its
// distance.
func measureNear(low string, pos int) (string, int) {
	masked := mask(low)
	best, bestD := "", 1<<30
	for _, r := range measureRules {
		for _, m := range r.re.FindAllStringIndex(masked, -1) {
			d := m[0] - pos
			if d < 0 {
				d = pos - m[1]
				if d < 0 {
					d = 0
				}
			}
			if d < bestD {
				best, bestD = r.dataset, d
			}
		}
	}
	return best, bestD
}

// ---- qualifiers -------------------------------------------------------------

type qualRule struct {
	re     *lazyRE
	key    string // query key
	value  string
	gap    *Gap
	custom string
}

var (
	// nationShareRe: the whole of a share is the nation's count ("about 8
	// percent of the nation's removals", "of all arrests nationwide")
	nationShareRe = lazyRegexp(`(?i)^\W*(?:\w+\W+){0,2}?of (?:the )?(?:nation(?:'|’)?s|country(?:'|’)s|national|nationwide|u\.s\.|all (?:\w+ ){0,3}?(?:nationwide|in the (?:country|nation|united states)|across the (?:country|nation))|(?:all )?(?:\w+ ){0,2}?(?:nationwide|across the country))\b`)
	// (q-dn200323-02: "accused of no crime other than civil immigration
	// violations" is reOther's)
	// (r-latintimes-06: "criminal charges or convictions", charges first,
	// is convicted + pending as "convictions or charges" is; "did not have
	// criminal charges or convictions" is neither, in reOther)
	reCriminal  = lazyRegexp(`\bconvictions? or (?:pending )?(?:criminal )?charges?\b|\b(?:pending )?(?:criminal )?charges? or (?:criminal )?convictions?\b|\bconvicted (?:of crimes )?or charged\b|\bcharged (?:with )?or convicted\b|\bcriminal (?:convictions?|records?|histor(?:y|ies)) or (?:pending )?(?:criminal )?charges\b|\bcriminal histor(?:y|ies)\b|\bcriminal records?\b|\bcriminal backgrounds?\b|\bcriminal (?:illegal )?(?:aliens?|foreign nationals?|immigrants?|noncitizens?|non-citizens?|offenders?|migrants?)\b|\bcriminal illegal\b|\bpending criminal charges? or convictions?\b|\bconvicted criminals? (?:or|and) (?:those |aliens )?(?:with )?pending\b`)
	reConvicted = lazyRegexp(`\bconvicted criminals?\b|\bcriminal convictions?\b|\bprior convictions?\b|\b(?:were|had been|been|was) convicted\b|\bconvicted of\b|\bhad convictions?\b|\bwith (?:a |any )?(?:prior )?convictions?\b`)
	rePending   = lazyRegexp(`\bpending (?:criminal )?charges?\b|\b(?:criminal )?charges? pending\b|\bawaiting (?:criminal )?(?:charges|trial)\b|\bfacing (?:criminal )?charges\b|\bcharged with (?:a )?crimes?\b`)
	// "no criminal record": neither convicted nor charged (ICE's "other
	// immigration violators"); "no criminal conviction": pending charges
	// or other immigration violators
	reOther        = lazyRegexp(`\b(?:only|solely|purely|just) (?:for|on|because of) (?:civil )?immigration (?:law )?(?:violations?|offen[cs]es|infractions?)\b|\bno crimes? other than (?:civil )?immigration (?:law )?(?:violations?|offen[cs]es|infractions?)\b|\b(?:do|does|did) not have (?:a |any )?(?:prior )?criminal (?:records?|histor(?:y|ies)|backgrounds?)\b|\b(?:don't|doesn't|didn't|don’t|doesn’t|didn’t) have (?:a |any )?(?:prior )?criminal (?:records?|histor(?:y|ies)|backgrounds?)\b|\bnon-?criminals?\b|\bno (?:prior )?criminal (?:records?|histor(?:y|ies))\b|\bwithout (?:a |any )?criminal (?:records?|histor(?:y|ies))\b|\bother immigration violators?\b|\bno criminal convictions? or (?:pending )?(?:criminal )?charges\b|\bno (?:pending )?(?:criminal )?charges? or (?:criminal )?convictions?\b|\b(?:did not|didn't|do not|don't|does not|doesn't) have (?:a |any )?(?:criminal )?(?:convictions?|records?) or (?:pending )?(?:criminal )?charges?\b|\bneither (?:a )?(?:criminal )?(?:convictions?|records?|convicted) nor (?:an? )?(?:pending )?(?:criminal )?(?:charges?|charged)\b|\bwithout (?:a |any )?(?:criminal )?(?:convictions?|records?) or (?:a |any )?(?:pending )?(?:criminal )?charges?\b|\b(?:did not|didn't|didn’t|do not|don't|don’t|does not|doesn't|doesn’t) have (?:any )?(?:pending )?(?:criminal )?charges? or (?:criminal )?convictions?\b|\bwithout (?:any )?(?:pending )?(?:criminal )?charges? or (?:criminal )?convictions?\b`)
	reNoConviction = lazyRegexp(`\b(?:do|does|did) not have (?:a |any )?(?:criminal )?convictions?\b|\b(?:don't|doesn't|didn't|don’t|doesn’t|didn’t) have (?:a |any )?(?:criminal )?convictions?\b|\bno (?:criminal )?convictions?\b|\bwithout (?:a |any )?(?:criminal )?convictions?\b|\b(?:not|never) (?:been )?convicted\b|\b(?:lack|lacks|lacked|lacking) (?:a |any )?(?:prior )?(?:criminal )?convictions?\b`)
	reFinal        = lazyRegexp(`\b(?:final |removal |deportation )orders?\b|\borders? of (?:removal|deportation)\b|\bordered (?:removed|deported)\b`)
	reAtLarge      = lazyRegexp(`\bat-? ?large\b`)
	reCustodial    = lazyRegexp(`\bcustodial["”’']? (?:arrests?|transfers?)\b|\bfrom (?:local )?(?:jails|prisons)\b|\bjail transfers?\b`)
	re287g         = lazyRegexp(`\b287\s*\(g\)`)
	reWorksite     = lazyRegexp(`\bwork ?sites?\b`)
	reNonCustodial = lazyRegexp(`\bnon-? ?custodial\b`)
	reDeclined     = lazyRegexp(`\b(?:declined|refused|ignored|did not honor|didn't honor|not honored|refused to honor)\b`)

	cbpArrestedRe = lazyRegexp(`\b(?:arrested|apprehended|caught|encountered)\s+by\s+(?:the\s+)?(?:u\.s\.\s+)?(?:cbp|customs and border protection|border patrol)\b`)
	exceptRe      = lazyRegexp(`\b(?:apart from|besides|beyond|excluding|except(?: for)?|other than|aside from|outside of|not from)\s+(?:the\s+)?`)
	notCountryRe  = lazyRegexp(`\bnon-?\s?[a-z]+ans?\b(?:\s+(?:citizens|nationals|immigrants|people))?|\b(?:countries|nations|citizenships|nationalities)\s+other\s+than\s+[a-z]+|\b(?:who|that)\s+(?:were|are|was|is)\s+not\s+[a-z]+(?:an|ian|ese|ish|i)\b|\b\d[\d,]*\s+others\b|\bof other nationalities\b|\bfrom (?:other|all other) countries\b|\bcame from elsewhere\b|\bfrom elsewhere\b`)
	arrestedByRe  = lazyRegexp(`\b(?:arrested|apprehended|caught|encountered)\s+(?:by|at)\s+(?:the\s+)?(?:u\.s\.\s+)?(?:cbp|customs and border protection|border patrol|ice|immigration and customs enforcement|the border)\b|\b(?:it|ice|the agency)\s+(?:had\s+)?arrested\s+itself\b|\b(?:cbp|border patrol|ice)\s+(?:arrests|apprehensions)\b`)
	noFieldRules  = []struct {
		re  *lazyRE
		gap Gap
	}{
		{lazyRegexp(`\babroad\b|\bforeign (?:convictions?|charges?|crimes?|warrants?)\b|\bin (?:their|his|her) (?:home )?countr(?:y|ies)\b|\boverseas\b`), Gap{ReasonNoField, "foreign charges", "the records hold one criminality class per row and do not say whether a conviction or charge is in the U.S. or abroad"}},
		{lazyRegexp(`\bgangs?\b|\bms-13\b|\btren de aragua\b|\bcartels?\b`), Gap{ReasonNoField, "gang membership", "no release has a field for gang membership"}},
		{lazyRegexp(`\binterpol\b|\bred notices?\b`), Gap{ReasonNoField, "Interpol notices", "no release has a field for Interpol notices"}},
		{lazyRegexp(`\bfugitives?\b`), Gap{ReasonNoField, "fugitive status", "the releases have no field for ICE fugitive status"}},
		{lazyRegexp(`\breinstated\b`), Gap{ReasonNoField, "reinstated orders", "the releases have no field for reinstated removal orders"}},
		{lazyRegexp(`\b(?:border|interior) (?:removals?|arrests?|deportations?|enforcement)\b|\binterior of the (?:u\.s\.|united states|country|nation)\b|\b(?:in|from) the interior\b|\brecent (?:border[- ])?(?:crossers|entrants|arrivals)\b|\brecently (?:crossed|entered)\b|\bfrom (?:inside|within) the (?:u\.s\.|united states|country)\b|\bborder patrol\b|\bat the border\b|\bat or near the (?:u\.?s\.? |us |southwest |southern )?border\b|\bports? of entry\b|\bcrossing (?:into )?the (?:country|border)\b`), Gap{ReasonNoField, "border vs interior", "the releases have no field telling border from interior removals (nor the arresting agency)"}},
		{lazyRegexp(`\bsex(?:ual)? (?:offen[sc]es?|offenders?|assault)\b|\bhomicides?\b|\bmurder(?:ers?)?\b|\brapes?\b|\brapists?\b|\bassaults?\b|\bdui\b|\bdrunk driving\b|\bdrug (?:offen[sc]es?|traffick\w*|charges?)\b|\bweapons? offen[sc]es?\b|\bviolent (?:criminal |crimes?|offen[sc]es?|convictions?|felon)|\bconvicted of (?:a |an )?violent\b|\bconvictions? for (?:a |an )?(?:violent|drug|sex|weapons?|serious)\b`), Gap{ReasonNoField, "offence type", "the 2019-era releases have no offence or conviction-type field (only the Seattle productions carry a most serious conviction)"}},
		// "CBP removed 300,000 people in fiscal 2016": CBP's own count, as
		// the subject (stress run 34); "arrested by CBP" is cbpArrestedRe's
		{lazyRegexp(`\b(?:cbp|customs and border protection)(?:['’]s)?\s+(?:agents\s+|officers\s+|officials\s+)?(?:also\s+)?(?:removed|deported|returned|expelled|repatriated|arrested|apprehended|encountered|held|detained|booked)\b`), Gap{ReasonNoField, "another agency's count", "the sentence counts CBP's own actions; the records count ICE's (removals name no arresting agency)"}},
		{lazyRegexp(`\bunaccompanied\b|\bfamily units?\b|\bfamilies\b`), Gap{ReasonNoField, "family status", "the releases used have no family-unit or unaccompanied-minor field"}},
	}
	// "arrested 200 people in a targeted enforcement operation from March 6
	// to March 10", "as part of Operation Cross Check": a part of the
	// arrests of those days
	reOperationPart = lazyRegexp(`\b(?:in|during|through|as part of)\s+(?:an?\s+|the\s+|its\s+|this\s+|that\s+)?(?:[\w-]+\s+){0,3}?(?:operations?|sweeps?|surges?|raids?|crackdowns?|enforcement actions?)\b`)
	reMultiAgency   = lazyRegexp(`\b(?:federal|law enforcement|local|state|agency) partners?\b|\bmulti-?agency\b|\btask forces?\b|\bworking (?:with|alongside) (?:the )?(?:fbi|dea|atf|hsi|u\.s\. marshals|cbp|border patrol|multiple)\b|\bjoint operations?\b`)
	reNonComply     = lazyRegexp(`\b(?:didn't|did not|failed to) (?:comply|depart|leave)\b`)
	reCustody       = lazyRegexp(`\bcustody\b|\bremain(?:s|ed)? detained\b`)
)

var countryRe = func() *lazyRE {
	var names []string
	for k := range countries {
		names = append(names, regexp.QuoteMeta(k))
	}
	sort.Slice(names, func(i, j int) bool { return len(names[i]) > len(names[j]) })
	return lazyRegexp(`\b(` + strings.Join(names, "|") + `)\b`)
}()

// countyFacilityRe: the words after a county's name that make it a
// facility's name.
var countyFacilityRe = lazyRegexp(`(?i)^\s+(?:ICE\s+)?(?:(?:Service\s+)?Processing\s+Center|Detention\s+(?:Center|Facility)|Correctional\s+(?:Center|Facility|Institution)|(?:Regional\s+)?Jail|Adult\s+Detention|Justice\s+Center|Prison|House\s+of\s+Correction)\b`)

// notCitizenRe: a country named as a place or as part of the people
// counted, not as the citizenship of all of them: "New Mexico", "the
// U.S.-Mexico border", "along the border with Mexico", "many of them from
// Mexico and Central America", "including thousands from Mexico", "the
// San Diego region, which borders Mexico" (ay-en-cheatsheet-01); or the
// country that deported them: "la mayoría fueron retornados desde
// México" (bb-es-elheraldo-04: most were returned from Mexico); "48,022
// hondureños ... deportados ..., la mayoría de México y Estados Unidos"
// (bl-es-laprensahn2-03: the countries that deported them, one of them
// the United States).
var notCitizenRe = lazyRegexp(`\bnew mexico\b|\bnew england\b|\bbritish columbia\b|\bpanama city\b|\b[\w-]+[- ]speaking\b|\b(?:u\.s\.[- ]?|us[- ])?mexic(?:o|an)[- ](?:u\.s\.[- ]?|us[- ])?border\b|\bborder (?:with|of) mexico\b|\b(?:which|that) borders? \w+(?: \w+)?\b|\bbordering \w+\b|\bgulf of mexico\b|\bmexico city\b|\b(?:many|most|some|half|a third|a quarter|the majority|all but \w+) of (?:them|whom|those)\b[^.;]*|\bincluding\b[^.;]*|\bmostly\b[^.;]*|\b(?:returned|deported|removed|expelled|repatriated|sent back) from (?:the )?\w+(?: \w+)?\b|\b(?:the majority|most) (?:of|from) (?:the )?\w+(?: \w+)? and (?:the )?united states\b`)

// notCitizenship blanks out (keeping offsets) the countries named as places
// or as part of the people counted.
func notCitizenship(low string) string {
	return notCitizenRe.ReplaceAllStringFunc(low, func(m string) string { return strings.Repeat(" ", len(m)) })
}

type qualResult struct {
	f     map[string][]string
	gaps  []Gap
	notes []string
}

var (
	qualMu    sync.Mutex
	qualCache = map[[2]string]qualResult{}
)

// qualifiers reads the filters and gaps of a lower-case clause. Clauses
// repeat (every figure of a clause asks), so answers are memoised for
// short texts.
func qualifiers(low, dataset string) (map[string][]string, []Gap, []string) {
	if len(low) > 1000 {
		return qualifiersOf(low, dataset)
	}
	k := [2]string{low, dataset}
	qualMu.Lock()
	r, ok := qualCache[k]
	qualMu.Unlock()
	if !ok {
		r.f, r.gaps, r.notes = qualifiersOf(low, dataset)
		qualMu.Lock()
		if len(qualCache) > 4096 {
			qualCache = map[[2]string]qualResult{}
		}
		qualCache[k] = r
		qualMu.Unlock()
	}
	return copyFilters(r.f), append([]Gap(nil), r.gaps...), append([]string(nil), r.notes...)
}

// focusClassRe: a class an agency is said to focus on ("focusing on
// criminal aliens", "with a focus on convicted criminals"), which
// describes its priorities, not the people a figure counts.
var focusClassRe = lazyRegexp(`\b(?:focus(?:ing|ed|es)?|with an? (?:[a-z]+ )?focus) on (?:[a-z]+ )?(?:criminal|convicted)[a-z]*(?: (?:aliens?|immigrants?|noncitizens?|offenders?))?`)

func qualifiersOf(low, dataset string) (map[string][]string, []Gap, []string) {
	f := map[string][]string{}
	var gaps []Gap
	var notes []string
	// (the class an agency focuses on is not the class counted: "ICE
	// interior removals in FY2018 reached 145,262, focusing on criminal
	// aliens with 159,000 arrests", fr-gitnux-02)
	crim := focusClassRe.ReplaceAllString(low, "")
	switch {
	case reOther.MatchString(crim):
		f["criminality"] = []string{"other"}
	case reNoConviction.MatchString(crim):
		f["criminality"] = []string{"pending", "other"}
	case reCriminal.MatchString(crim):
		f["criminality"] = []string{"criminal"}
	case rePending.MatchString(crim) && reConvicted.MatchString(crim):
		f["criminality"] = []string{"criminal"}
	case reConvicted.MatchString(crim):
		f["criminality"] = []string{"convicted"}
	case rePending.MatchString(crim):
		f["criminality"] = []string{"pending"}
	}
	if reFinal.MatchString(low) {
		f["final-order"] = []string{"yes"}
		notes = append(notes, "a final order is recorded as of the data extraction, not necessarily at arrest")
		if reNonComply.MatchString(low) {
			notes = append(notes, "whether the person failed to comply with the order is not in the records")
		}
	}
	switch {
	case reNonCustodial.MatchString(low):
		// "non-custodial arrests": ICE's method "Non-Custodial Arrest", or
		// every arrest not made in a jail (at-large, as Cato writes it);
		// never the custodial arrests its last word spells
		gaps = append(gaps, Gap{ReasonDefinitionGap, "non-custodial arrests", "\"non-custodial\" is ICE's Non-Custodial Arrest method or all at-large arrests, depending on the writer"})
	case reAtLarge.MatchString(low):
		f["method"] = []string{"at-large"}
	case reCustodial.MatchString(low):
		f["method"] = []string{"custodial"}
	case reWorksite.MatchString(low):
		f["method"] = []string{"Worksite Enforcement"}
		// most of ICE's worksite arrests are Homeland Security
		// Investigations' (criminal and administrative), not in these
		// records: ERO's own method is one reading only
		notes = append(notes, "measure ambiguous: ICE's worksite arrests are mostly Homeland Security Investigations', which the ERO records do not hold; ERO's own Worksite Enforcement method is one reading")
	case re287g.MatchString(low):
		f["method"] = []string{"287(g) Program"}
	}
	if dataset == "detainers" && reDeclined.MatchString(low) {
		f["where"] = []string{"lift_reason=Detainer Declined by LEA"}
	}
	seen := map[string]bool{}
	for _, m := range countryRe.FindAllString(notCitizenship(low), -1) {
		c := countries[m]
		if !seen[c] {
			seen[c] = true
			f["country"] = append(f["country"], c)
		}
	}
	for _, r := range noFieldRules {
		if r.re.MatchString(low) {
			gaps = append(gaps, r.gap)
		}
	}
	if dataset == "arrests" && cbpArrestedRe.MatchString(low) && !hasGap(gaps, "border vs interior") {
		// "160,725 arrested by CBP": CBP's arrests, which ICE's records
		// do not hold
		gaps = append(gaps, Gap{ReasonNoField, "arresting agency", "the arrest records are ICE's own; CBP's arrests are not in them"})
	}
	m := notCountryRe.FindString(low)
	for _, x := range exceptRe.FindAllStringIndex(low, -1) {
		// "apart from Mexicans", "not from Mexico": a citizenship named
		// right after (not "excluding the lag")
		if c := countryRe.FindStringIndex(low[x[1]:]); c != nil && c[0] == 0 && m == "" {
			m = low[x[0] : x[1]+c[1]]
		}
	}
	if m != "" {
		// "97,354 non-Mexicans", "people from countries other than
		// Mexico": every citizenship but one, which no filter says
		gaps = append(gaps, Gap{ReasonNoField, "all citizenships but one", "\"" + m + "\" names every citizenship but one; the question would be the total less that citizenship, which is not asked"})
	}
	if dataset == "removals" && arrestedByRe.MatchString(low) && !hasGap(gaps, "border vs interior") {
		// "160,725 arrested by CBP", "95,360 people it had arrested
		// itself": removals by the agency that made the arrest
		gaps = append(gaps, Gap{ReasonNoField, "arresting agency", "the removal records do not say which agency (ICE or CBP) made the arrest"})
	}
	if reOperationPart.MatchString(low) && !reMultiAgency.MatchString(low) {
		gaps = append(gaps, Gap{ReasonDefinitionGap, "an operation's arrests", "an operation's arrests are a part of the area's arrests over its days, which the records do not mark"})
	}
	if reMultiAgency.MatchString(low) {
		gaps = append(gaps, Gap{ReasonDefinitionGap, "multi-agency operation", "the records count ERO administrative arrests; a figure for an operation with partner agencies may include their arrests"})
	}
	if len(f) == 0 {
		f = nil
	}
	return f, gaps, notes
}

// Function words of English and of Spanish, the other language of U.S.
// news on immigration enforcement: a sentence with more of the second is
// not one icestat can read.
var (
	englishWords = map[string]bool{"the": true, "of": true, "and": true, "in": true, "to": true, "was": true, "were": true, "is": true, "are": true,
		"from": true, "by": true, "for": true, "that": true, "with": true, "this": true, "than": true, "people": true, "have": true, "has": true}
	spanishWords = map[string]bool{"el": true, "la": true, "los": true, "las": true, "de": true, "del": true, "que": true, "en": true, "por": true,
		"para": true, "con": true, "una": true, "un": true, "es": true, "fue": true, "fueron": true, "según": true, "más": true, "personas": true, "año": true, "cifra": true}
)

// otherLanguageWords: function words of Portuguese, French, German, Dutch and
// Italian that English does not use, so that a sentence in one of them is
// not read as English (fresh-2026-12s and -12t: 134 of 179 sentences).
var otherLanguageWords = map[string]bool{
	"os": true, "das": true, "em": true, "nas": true, "nos": true, "uma": true, "com": true, "pelo": true, "pela": true,
	"foi": true, "foram": true, "são": true, "não": true, "pessoas": true, "ao": true, "aos": true,
	"quando": true, "quase": true, "sem": true, "detidos": true, "detidas": true, "imigrantes": true,
	"les": true, "des": true, "du": true, "une": true, "est": true, "sont": true, "pour": true, "dans": true, "avec": true,
	"qui": true, "selon": true, "été": true, "aux": true, "personnes": true, "le": true, "ce": true, "cette": true,
	"ces": true, "dont": true, "était": true, "étaient": true, "depuis": true, "ont": true, "au": true, "et": true,
	"der": true, "die": true, "und": true, "ist": true, "sind": true, "mit": true, "von": true, "wurden": true, "eine": true,
	"im": true, "nach": true, "laut": true, "menschen": true, "sich": true, "auf": true, "für": true, "nicht": true,
	"wurde": true, "waren": true, "hat": true, "seit": true, "zum": true, "zur": true, "den": true, "dem": true,
	"am":  true,
	"het": true, "een": true, "van": true, "zijn": true, "werd": true, "werden": true, "voor": true, "volgens": true,
	"il": true, "gli": true, "della": true, "delle": true, "dei": true, "sono": true, "stati": true, "secondo": true,
	"nel": true, "nella": true, "persone": true, "che": true, "ogni": true, "oltre": true, "degli": true, "dalla": true,
	"alla": true, "hanno": true, "quasi": true,
	// more of them, for sentences with few function words (fresh-2026-12u:
	// "O levantamento mostra que a maior parte dos presos está na South
	// Texas ICE Processing Center em Pearsall (TX).", "Die
	// US-Einwanderungsbehörde ICE hält etwa 69.000 Menschen in Gewahrsam.")
	"dos": true, "na": true, "está": true, "estão": true, "mais": true, "há": true, "depois": true, "também": true,
	"até": true, "após": true, "pelos": true, "pelas": true, "seus": true, "suas": true, "ainda": true,
	"etwa": true, "rund": true, "hält": true, "als": true, "über": true, "bei": true, "wird": true, "einer": true,
	"eines": true, "auch": true, "noch": true, "nur": true,
	"nei": true, "negli": true, "sulla": true, "anche": true, "più": true, "è": true, "stato": true,
	"ils": true, "leur": true, "sur": true,
	"hay": true, "también": true, "desde": true, "están": true,
	// Portuguese words English never writes, for short sentences (fresh-2026-12w,
	// w-pt-onevox-02: "As prisões a nível nacional aumentaram em 30%."; w-pt-onevox-06:
	// "A nível nacional, o ICE deteu ... durante o ano fiscal de 2017"; w-pt-jsnews-03:
	// "Em julho do ano passado, o ICE tinha 27.000 imigrantes sob custódia")
	"nível": true, "ano": true, "sob": true, "já": true, "tinha": true,
	// (y-pt-acheiusa19-04: "O ICE deportou 258.085 estrangeiros no ano
	// fiscal de 2018.", a sentence of its own)
	"deportou": true, "deportaram": true, "estrangeiros": true,
	// German and Italian words English never writes (v-de-gg-06: "Am 30.
	// September 2023 befanden sich 36.845 Personen in 150 Hafteinrichtungen
	// in den USA."; t-it-pressplanet-01: "Detenzione ICE raggiunge record
	// storico: oltre 68.400 detenuti al 14 dicembre 2025")
	"befanden": true, "befinden": true, "befand": true, "personen": true,
	"detenzione": true, "detenuti": true, "raggiunge": true,
	// Vietnamese function words (vietnamese_lexicon.go; w-vi-tinmoi-02)
	"của": true, "và": true, "các": true, "những": true, "người": true, "được": true, "này": true, "đã": true,
	"có": true, "đang": true, "bị": true, "là": true, "tháng": true, "năm": true, "với": true, "từ": true, "vào": true,
}

// notEnglish: the sentence is in Spanish (three or more of its function
// words, and more of them than of English ones), or in another language
// (otherLanguageWords) the same way.
func notEnglish(s string) bool {
	en, es := 0, 0
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) }) {
		if englishWords[w] {
			en++
		}
		// a word with "ã" or "õ" is Portuguese ("paralisação"; s-pt-rtp-02:
		// "Durante a paralisação, a agência deportou cerca de 56.000
		// pessoas e deteve aproximadamente 54.000.")
		if spanishWords[w] || otherLanguageWords[w] || strings.ContainsAny(w, "ãõ") {
			es++
		}
	}
	return es >= 3 && es > en
}

// ---- places ---------------------------------------------------------------

type placeMention struct {
	p     Place
	start int
}

var (
	countyRe = lazyRegexp(`\b([A-Z][a-z]+(?:[ -][A-Z][a-z]+)?) County\b`)
	// ("increases at the national level, with a 35 percent rise",
	// ba-en-newsday-05: the New York office of the sentence before is not
	// the place)
	nationalRe  = lazyRegexp(`(?i)\b(?:nationwide|nationally|across the (?:country|nation|united states|u\.s\.)|national(?:ly)? total|in the nation\b|countrywide|(?:at|on) (?:the|a) national (?:level|scale)\b|national-level\b|(?:throughout|all over|around) the (?:country|nation|united states|u\.s\.)|(?:in|across) the (?:country|nation|united states|u\.s\.) as a whole)`)
	theStateRe  = lazyRegexp(`(?i)\b(?:in|across|of|throughout) the state\b`)
	islandRe    = lazyRegexp(`\b(Nantucket|Martha['’]s Vineyard)\b`)
	stateByName = func() map[string]place.State {
		m := map[string]place.State{}
		for _, st := range place.States() {
			m[st.Name] = st
		}
		return m
	}()
	stateAllRe = lazyRegexp(`\b(?:` + stateNamesAlt + `)\b`)
)

// multipleBaselineRe: "36,000 are wearing ankle monitors, double the
// number as of the end of 2024" (bu-en-law360-02): the period of the number
// the figure is a multiple of.
var multipleBaselineRe = lazyRegexp(`(?i)\b(?:double|twice|triple|three times|four times|half)\s+(?:the\s+)?(?:number|level|total|count|figure)\s+(?:as of|in|at|of|from|seen in|recorded in)\s+(?:the\s+)?(?:(?:end|close|start|beginning)(?:\s+of)?\s+)?$`)

// fySpansRe: a clause after "this fiscal year" naming the October it
// began ("which spans October 2023 and this September", "that ran from
// October 2023").
var fySpansRe = lazyRegexp(`(?i)^,?\s+(?:which|that)\s+(?:spans|spanned|ran|runs|covers|covered|began|started)\s+(?:from\s+|in\s+)?Oct(?:ober|\.)?\s+(\d{4})\b`)

// stateRegionRe: a state's ICE region or area ("Iowa's enforcement
// region", "Minnesota's ICE field office"): the area of responsibility
// that covers the state.
var stateRegionRe = lazyRegexp(`\b(` + stateNamesAlt + `)['’]s\s+(?:(?:ICE|ERO|immigration|deportation)\s+)?(?:enforcement\s+)?(?:region|area of responsibility|field office|enforcement area)\b`)

// stateNamesAlt: the states' names as a regexp alternation, longest first.
var stateNamesAlt = func() string {
	var names []string
	for _, st := range place.States() {
		names = append(names, regexp.QuoteMeta(st.Name))
	}
	sort.Slice(names, func(i, j int) bool { return len(names[i]) > len(names[j]) })
	return strings.Join(names, "|")
}()

// aorNames are the city names of the areas of responsibility and their
// variants, longest first.
var aorNames = func() []string {
	var out []string
	for _, a := range place.AORs() {
		if a.Code != "HQ" {
			out = append(out, regexp.QuoteMeta(a.Name))
		}
	}
	// ("NYC": "Deportations by U.S. Immigration and Customs Enforcement
	// officers in NYC skyrocketed", ce-en-forumnews-02)
	out = append(out, "New York", "NYC", "Saint Paul", `St\.? Paul`, "Twin Cities", "Salt Lake", `Washington,? D\.?C\.?`, `D\.C\.`, "Rio Grande Valley", "Harlingen")
	sort.Slice(out, func(i, j int) bool { return len(out[i]) > len(out[j]) })
	return out
}()

var (
	aorAlt = `(` + strings.Join(aorNames, "|") + `)`
	// "ERO Seattle", "ICE's Salt Lake City division", "agents out of the
	// Philadelphia office", "its New Orleans area of operations", "the El
	// Paso area", "the Chicago region", "Detroit ICE figures", "the San
	// Antonio Immigration and Customs Enforcement region" (fr-woai-01).
	aorPhraseRe = lazyRegexp(`\b(?:ICE\s+ERO|ICE['’]s\s+ERO|ERO|ERO['’]s|ICE)\s+` + aorAlt + `\b|` +
		`\b` + aorAlt + `(?:['’]s)?\s+((?:ICE\s+|ERO\s+|Enforcement and Removal Operations\s+|Immigration and Customs Enforcement\s+)?(?:[Ff]ield [Oo]ffice|[Aa]rea of [Rr]esponsibility|[Aa]rea of [Oo]perations|AOR|[Dd]ivision|[Rr]egional [Oo]ffice|[Oo]ffice|[Rr]egion|[Aa]rea|[Ss]ector|[Mm]etro(?:politan)? [Aa]rea)|ICE)\b`)
	aorPairRe = lazyRegexp(`\b` + aorAlt + `\s+and\s+` + aorAlt + `\s+(?:ICE\s+|ERO\s+)?(?:[Aa]reas|[Ff]ield [Oo]ffices|[Oo]ffices|[Rr]egions|[Dd]ivisions|AORs|each)\b`)
	// "followed by Chicago, San Antonio and Los Angeles": a list of area cities
	cityListRe = lazyRegexp(`\b(?:followed by|including|such as|ahead of)\s+((?:the\s+)?` + aorAlt + `(?:\s*,\s*(?:and\s+)?` + aorAlt + `)*(?:\s*,?\s*and\s+` + aorAlt + `)?)`)
	// cities named before a rank verb ("In actual numbers of arrest,
	// however, Dallas and Houston topped the list"): each an area ranked
	rankCityListRe = lazyRegexp(`((?:the\s+)?` + aorAlt + `(?:\s*,\s*(?:and\s+)?` + aorAlt + `)*(?:\s*,?\s*and\s+` + aorAlt + `)?)(?:\s+(?:areas?|offices?|field offices?))?\s+(?:topped|tops|top|headed|heads|led|leads)\s+the\s+(?:list|ranking|rankings|chart|table)\b`)
	cityRe         = lazyRegexp(aorAlt)
	// regions that map to one area of responsibility
	// newspapers named for a place ("The New York Times", "the Houston
	// Chronicle"): their names are no place a figure is about
	outletRe             = lazyRegexp(`\b(?:New York|Los Angeles|Seattle|Chicago|Dallas|Houston|Boston|Denver|Miami|San Francisco|San Antonio|Philadelphia|Atlanta|Detroit|Baltimore|Washington|Texas|Arizona|Salt Lake|Minneapolis|St\.? Louis|Tampa Bay|Orlando|Kansas City|Newark|El Paso|San Diego|Phoenix|New Orleans|Virginia|Florida|Oregon)\s+(?:Times|Post|Tribune|Chronicle|Globe|Herald|Daily News|Star-Tribune|Star Tribune|Morning News|Express-News|Republic|Inquirer|Sun|Free Press|Journal|Observer|Examiner|Bee|Dispatch|Courant|Mercury News|Union-Tribune|Times-Picayune|Public Radio|Public Media|Magazine)\b`)
	facilityNamedPlaceRe = lazyRegexp(`\bCamp\s+(?:East\s+)?[A-Z][a-z]+\b|\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+(?:Soft-Sided|Soft Sided|Detention|Processing|Correctional|Residential|Service Processing)\s+(?:Facility|Center|Centre|Complex)\b`)
	institutionPlaceRe   = lazyRegexp(`\b(?:University|Universidade|Universidad|College)(?:\s+(?:of\s+)?[A-Z][a-z]+){0,2},?\s+(?:in|of|at)\s+(?:the\s+(?:state|estado)\s+of\s+)?(?:New York|[A-Z][a-z]+)\b`)
	greaterBeforeRe      = lazyRegexp(`(?i)\bgreater\s+$`)
	// "Minnesota and four surrounding states" (statesAsAOR)
	neighborStatesRe = lazyRegexp(`^\s+and\s+(?:its\s+)?(?:(two|three|four|five|six|seven|\d)\s+)?(?:surrounding|neighboring|neighbouring|nearby|adjacent|bordering|other)\s+states\b`)
	regionRe         = lazyRegexp(`(?i)\bNew England\b|\b(?:the )?Pacific Northwest\b|\b(?:far )?west(?:ern)? Texas\b|\bnorth(?:ern)? Texas\b|\bsouth(?:ern)? Texas\b|\bupstate New York\b|\bthe Rio Grande Valley\b|\bthe Twin Cities\b|\bthe Upper Midwest\b|\b(?:the )?Mid-?South\b|\bthe Carolinas\b|\bNorthern California\b|\bthe (?:San Francisco )?Bay Area\b|\bSouth Florida\b`)
	// a sentence that opens with an AOR city: "Dallas had the most", or a
	// list item headed by one: "Chicago, with more than 19,000 people
	// monitored;" (w-pt-braztimes-05's gloss)
	leadCityRe = lazyRegexp(`^(?:The\s+)?` + aorAlt + `(?:(?:['’]s)?\s+(?:has|had|have|saw|sees|is|was|led|leads|recorded|registered|made|topped|tops|came|ranked|ranks|occupies|occupied|arrested|deported|removed)\b|,\s+with\b)`)
	// a numbered list item that is only a city: "9) Newark"
	listItemCityRe = lazyRegexp(`^\s*\d{1,2}[).]\s+` + aorAlt + `\s*$`)
	// a city that is the subject of a later clause: "..., currently San
	// Antonio has taken the lead and now monitors 12,435"
	clauseCityRe = lazyRegexp(`(?:[,;]|\b(?:but|while|whereas))\s+(?:(?:currently|now|today|meanwhile|however|instead),?\s+)?(?:the\s+)?` + aorAlt + `(?:['’]s)?\s+(?:has|had|have|saw|sees|is|was|led|leads|recorded|registered|made|topped|tops|came|ranked|ranks|occupies|occupied|arrested|deported|removed|monitors|monitored|now)\b`)
	// a city with its figure, after a verb or a rank in a ranked list:
	// "the second place has Harlingen, Texas, with 42,492, and third
	// Phoenix with 22,722" (bg-es-tracatwork-04, glossed)
	rankedCityRe = lazyRegexp(`\b(?:has|had|is|was|and|then|followed by|first|second|third|fourth|fifth)\s+` + aorAlt + `(?:,\s+[A-Z][a-z]+(?:\s[A-Z][a-z]+)?,)?\s+(?:with|at)\s+(?:about\s+|nearly\s+|almost\s+|more than\s+|over\s+)?\d`)
	// a city written before the measure: "Chicago arrests rose more than
	// 30 percent" is the Chicago area's, never the nation's
	cityMeasureRe = lazyRegexp(`\b` + aorAlt + `(?:['’]s)?\s+(?:ICE\s+|immigration\s+)?(?:arrests|removals|deportations|detainers|apprehensions)\b`)
	// a bare city that names an AOR: "arrests in Chicago"
	// (and "enrolled in ATD through Harlingen", cl-en-wavy-04: the office
	// that enrolls them)
	bareCityRe = lazyRegexp(`\b(?:[Ii]n|[Aa]cross|[Aa]round|[Nn]ear|from|of|(?:enrolled|monitored|supervised)[^.;,]{0,30}?\sthrough)\s+(?:the\s+)?` + aorAlt + `\b`)
	// a clause that describes an area ("…, which covers Oregon and
	// Washington,"): its states are the area's coverage, not the place,
	// and its numbers ("three states") are no claims. A list item's
	// heading does it too: "9) Newark Region includes: all of New Jersey"
	// (d4-nj18-09: the item's figures are the Newark area's, not the
	// state's).
	coverageRe = lazyRegexp(`(?i)(?:[,(—–]\s*(?:which|that)\s+(?:also\s+)?(?:covers?|includes?|spans?|oversees?|handles?|encompass(?:es)?|serves?|is responsible for|has jurisdiction over)|\b(?:covering|encompassing|spanning|responsible for|with jurisdiction over)|\b(?:region|area|office|division)\s+((?:includes|covers|encompasses)\s*:))`)
)

// lookupAORName resolves an AOR city name or variant.
func lookupAORName(name string) (place.AOR, bool) {
	n := strings.ToLower(strings.TrimSpace(name))
	switch {
	case strings.HasPrefix(n, "st") && strings.HasSuffix(n, "paul"), n == "twin cities":
		n = "spm"
	case strings.HasPrefix(n, "washington") && strings.Contains(n, "d"), n == "d.c.":
		n = "was"
	case n == "rio grande valley":
		n = "hlg"
	case n == "salt lake":
		n = "slc"
	}
	a, ok := place.LookupAOR(n)
	return a, ok && a.Code != "HQ"
}

// regionAOR maps a region to the AOR that covers it.
func regionAOR(text string) string {
	t := strings.ToLower(text)
	switch {
	case strings.Contains(t, "new england"):
		return "BOS"
	case strings.Contains(t, "pacific northwest"):
		return "SEA"
	case strings.Contains(t, "mid-south") || strings.Contains(t, "midsouth") || strings.Contains(t, "mid south"):
		return "NOL"
	case strings.Contains(t, "carolinas"):
		return "ATL"
	case strings.Contains(t, "northern california") || strings.Contains(t, "bay area"):
		return "SFR"
	case strings.Contains(t, "south florida"):
		return "MIA"
	case strings.Contains(t, "west"):
		return "ELP"
	case strings.Contains(t, "north"):
		return "DAL"
	case strings.Contains(t, "south") || strings.Contains(t, "rio grande"):
		return "HLG"
	case strings.Contains(t, "upstate"):
		return "BUF"
	case strings.Contains(t, "twin cities") || strings.Contains(t, "upper midwest"):
		return "SPM"
	}
	return ""
}

func stateAfterComma(rest string) bool {
	rest = strings.TrimPrefix(strings.TrimLeft(rest, ", "), "the ")
	for _, pair := range []string{"Dakotas", "Carolinas", "Virgin Islands"} {
		// "which serves Minnesota, the Dakotas, Iowa, and Nebraska"
		if strings.HasPrefix(rest, pair) {
			return true
		}
	}
	for _, st := range place.States() {
		if strings.HasPrefix(rest, st.Name) {
			return true
		}
	}
	return false
}

// coverageSpans are the describing clauses of a text: from "which
// covers" to the end of its list of states.
func coverageSpans(s string) []span {
	var out []span
	for _, m := range coverageRe.FindAllStringSubmatchIndex(s, -1) {
		end, from := m[1], m[0]
		if m[2] >= 0 {
			// "Newark Region includes:": the area's name is no part of
			// what it covers
			from = m[2]
		}
		for {
			// (a line ends it too: "Region includes: all of New Jersey"
			// and, on the next line, "2017 arrests: 3,189")
			k := strings.IndexAny(s[end:], ",;)—–.\n")
			if k < 0 {
				end = len(s)
				break
			}
			end += k
			if s[end] != ',' {
				break
			}
			rest := strings.TrimLeft(s[end+1:], " ")
			if strings.HasPrefix(rest, "and ") || strings.HasPrefix(rest, "or ") || stateAfterComma(rest) {
				end++
				continue
			}
			break
		}
		out = append(out, span{from, end})
	}
	return out
}

var islands = map[string][2]string{"nantucket": {"MA", "nantucket"}, "martha's vineyard": {"MA", "dukes"}, "martha’s vineyard": {"MA", "dukes"}}

// places finds the places a sentence names. ctxState resolves "in the
// state" and counties without a state.
var (
	georgiaRe         = lazyRegexp(`\bGeorgia\b`)
	georgiaCountryRe  = lazyRegexp(`(?i)\b(?:citizens|nationals|natives|people|deportees|migrants|immigrants)\s+(?:of|from)\s+(?:the\s+)?(?:Republic\s+of\s+)?$|\b(?:deport(?:ed|s|ing)?|remov(?:ed|es|ing)|return(?:ed|s|ing)?|sen[dt]|flew|flights?)\b[^.;]{0,40}\bto\s+(?:[A-Z][\w-]*,?\s+(?:and\s+)?){0,4}$`)
	georgiaListSepRe  = lazyRegexp(`^\s*(?:,|and\b|or\b)`)
	georgiaListSepRev = lazyRegexp(`(?:,|\band|\bor)\s*$`)
)

// georgiaCountrySpans marks "Georgia" the country, which is no U.S. state:
// in a list with other countries ("Albania, Georgia and Ghana"), after
// "citizens of", or where people are deported to it (stress run 30: every
// figure of such a sentence was read in Georgia, the state).
func georgiaCountrySpans(s string) []span {
	var out []span
	for _, m := range georgiaRe.FindAllStringIndex(s, -1) {
		before, after := s[max(0, m[0]-40):m[0]], s[m[1]:min(len(s), m[1]+40)]
		inList := georgiaListSepRe.MatchString(after) && len(namedCountries(after)) > 0 ||
			georgiaListSepRev.MatchString(before) && len(namedCountries(before)) > 0
		if inList || georgiaCountryRe.MatchString(s[max(0, m[0]-80):m[0]]) {
			out = append(out, span{m[0], m[1]})
		}
	}
	return out
}

func places(s, ctxState string) []placeMention {
	var out []placeMention
	var used []span
	used = append(used, coverageSpans(s)...)
	for _, m := range outletRe.FindAllStringIndex(s, -1) {
		// "according to ... The New York Times": a newspaper, no place
		used = append(used, span{m[0], m[1]})
	}
	for _, m := range institutionPlaceRe.FindAllStringIndex(s, -1) {
		// "TRAC at Syracuse University in the state of New York": where a
		// source sits, no place a figure is about (t-pt-jsnewsusa-01's
		// gloss)
		used = append(used, span{m[0], m[1]})
	}
	for _, m := range facilityNamedPlaceRe.FindAllStringIndex(s, -1) {
		// "Camp East Montana" (in El Paso), "the Florida Soft-Sided
		// Facility": a facility named for a state is no state
		used = append(used, span{m[0], m[1]})
	}
	used = append(used, georgiaCountrySpans(s)...)
	for _, m := range stateRegionRe.FindAllStringSubmatchIndex(s, -1) {
		// "in Iowa's enforcement region, which also includes Minnesota,
		// ..." (ce-en-dmregister-01): the area of responsibility that
		// covers the state, when one alone does
		aors := place.AORsOfState(stateByName[s[m[2]:m[3]]].Code)
		if len(aors) != 1 || overlaps(used, m[0], m[1]) {
			continue
		}
		for code := range aors {
			p := placeOfAOR(code)
			p.Name = "ERO " + strings.TrimSuffix(p.Name, " area of responsibility")
			out = append(out, placeMention{p, m[0]})
		}
		used = append(used, span{m[0], m[1]})
	}
	regions := regionRe.FindAllStringIndex(s, -1)
	for _, m := range aorPhraseRe.FindAllStringSubmatchIndex(s, -1) {
		if overlaps(used, m[0], m[1]) {
			continue
		}
		if k := slices.IndexFunc(regions, func(r []int) bool { return r[0] < m[4] && r[1] > m[4] }); m[4] >= 0 && k >= 0 {
			// "the upstate New York field office" (at-en-tully-02): the
			// office of the region (Buffalo's), not New York City's, named
			// as an office
			if code := regionAOR(s[regions[k][0]:regions[k][1]]); code != "" {
				p := placeOfAOR(code)
				p.Name = "ERO " + strings.TrimSuffix(p.Name, " area of responsibility")
				out = append(out, placeMention{p, regions[k][0]})
				used = append(used, span{regions[k][0], m[1]})
			}
			continue
		}
		name := ""
		approx := false
		switch {
		case m[2] >= 0: // ERO Boston, ICE's Boston
			name = s[m[2]:m[3]]
		case m[4] >= 0: // Boston field office, the El Paso area
			name = s[m[4]:m[5]]
			suffix := strings.ToLower(s[m[6]:m[7]])
			// "the Houston metro area", "the greater Seattle area": a
			// city's surroundings, not the whole area of responsibility
			approx = strings.Contains(suffix, "metro") || greaterBeforeRe.MatchString(s[:m[0]])
		}
		a, ok := lookupAORName(name)
		if !ok {
			continue
		}
		p := Place{Kind: "aor", Name: "ERO " + a.Name, AOR: a.Code, Approx: approx}
		if approx {
			p.Name = strings.TrimSpace(s[m[0]:m[1]])
		}
		out = append(out, placeMention{p, m[0]})
		used = append(used, span{m[0], m[1]})
	}
	// "the Houston and Atlanta areas": two areas named together
	for _, m := range aorPairRe.FindAllStringSubmatchIndex(s, -1) {
		if overlaps(used, m[0], m[1]) {
			continue
		}
		for _, g := range [][2]int{{m[2], m[3]}, {m[4], m[5]}} {
			if a, ok := lookupAORName(s[g[0]:g[1]]); ok {
				out = append(out, placeMention{Place{Kind: "aor", Name: "ERO " + a.Name, AOR: a.Code}, g[0]})
			}
		}
		used = append(used, span{m[0], m[1]})
	}
	for _, m := range append(cityListRe.FindAllStringSubmatchIndex(s, -1), rankCityListRe.FindAllStringSubmatchIndex(s, -1)...) {
		if overlaps(used, m[2], m[3]) {
			continue
		}
		for _, c := range cityRe.FindAllStringIndex(s[m[2]:m[3]], -1) {
			a, ok := lookupAORName(s[m[2]+c[0] : m[2]+c[1]])
			if !ok || a.Code == "WAS" {
				continue
			}
			out = append(out, placeMention{Place{Kind: "aor", Name: s[m[2]+c[0] : m[2]+c[1]], AOR: a.Code, Approx: true}, m[2] + c[0]})
		}
		used = append(used, span{m[2], m[3]})
	}
	for _, m := range regionRe.FindAllStringIndex(s, -1) {
		if overlaps(used, m[0], m[1]) {
			continue
		}
		text := s[m[0]:m[1]]
		code := regionAOR(text)
		if code == "" {
			continue
		}
		p := placeOfAOR(code)
		p.Name, p.Approx = text, true
		out = append(out, placeMention{p, m[0]})
		used = append(used, span{m[0], m[1]})
	}
	m := leadCityRe.FindStringSubmatchIndex(s)
	if m == nil {
		// a numbered list item that is only an area's city: "10) New York
		// City" under "the 10 regions that saw the largest increase in
		// arrests" (d4-nj18-04; listItemRank)
		m = listItemCityRe.FindStringSubmatchIndex(s)
	}
	if m != nil && !overlaps(used, m[2], m[3]) {
		// "New York City has seen ...", "Dallas had the most ..."
		if a, ok := lookupAORName(s[m[2]:m[3]]); ok && a.Code != "WAS" {
			out = append(out, placeMention{Place{Kind: "aor", Name: s[m[2]:m[3]], AOR: a.Code, Approx: true}, m[2]})
			used = append(used, span{m[2], m[3]})
		}
	}
	ranked := rankedCityRe.FindAllStringSubmatchIndex(s, -1)
	for _, m := range ranked {
		// "Harlingen, Texas, with 42,492": the state names where the city
		// is, not the figure's place
		used = append(used, span{m[3], m[1]})
	}
	for _, m := range append(append(clauseCityRe.FindAllStringSubmatchIndex(s, -1), cityMeasureRe.FindAllStringSubmatchIndex(s, -1)...), ranked...) {
		if overlaps(used, m[2], m[3]) {
			continue
		}
		if a, ok := lookupAORName(s[m[2]:m[3]]); ok && a.Code != "WAS" {
			out = append(out, placeMention{Place{Kind: "aor", Name: s[m[2]:m[3]], AOR: a.Code, Approx: true}, m[2]})
			used = append(used, span{m[2], m[3]})
		}
	}
	for _, m := range bareCityRe.FindAllStringSubmatchIndex(s, -1) {
		if overlaps(used, m[2], m[3]) {
			continue
		}
		a, ok := lookupAORName(s[m[2]:m[3]])
		if !ok || a.Code == "WAS" {
			continue
		}
		rest := s[m[3]:]
		if strings.HasPrefix(rest, " County") || strings.HasPrefix(rest, ",") && stateAfterComma(rest) {
			// "Dallas County", "Houston, Texas" is still the city
			if strings.HasPrefix(rest, " County") {
				continue
			}
		}
		p := Place{Kind: "aor", Name: s[m[2]:m[3]], AOR: a.Code, Approx: true}
		out = append(out, placeMention{p, m[2]})
		used = append(used, span{m[2], m[3]})
	}
	var counties []string
	cstate, cstart := "", -1
	addCounty := func(st, name string, at int) {
		if c, ok := place.LookupCounty(st, name); ok {
			counties = append(counties, c.Name+", "+c.State)
			cstate = c.State
			if cstart < 0 {
				cstart = at
			}
		}
	}
	for _, m := range islandRe.FindAllStringIndex(s, -1) {
		k := islands[strings.ToLower(s[m[0]:m[1]])]
		addCounty(k[0], k[1], m[0])
		used = append(used, span{m[0], m[1]})
	}
	for _, m := range countyRe.FindAllStringSubmatchIndex(s, -1) {
		name := s[m[2]:m[3]]
		st := ctxState
		if st == "" {
			// unique county name across states
			cs, _ := place.Counties()
			var found []place.County
			for _, c := range cs {
				if strings.TrimSuffix(c.Name, " county") == strings.ToLower(name) {
					found = append(found, c)
				}
			}
			if len(found) == 1 {
				st = found[0].State
			}
		}
		if st != "" && countyFacilityRe.MatchString(s[m[1]:]) {
			// "the Otero County Processing Center" (bc-en-nmpoliticalreport-01)
			// is a facility, not the county's facilities together
			continue
		}
		if st != "" {
			addCounty(st, name, m[0])
			used = append(used, span{m[0], m[1]})
		}
	}
	if len(counties) > 0 {
		out = append(out, placeMention{Place{Kind: "county", Name: strings.Join(counties, "; "), State: cstate, Counties: counties}, cstart})
	}
	// one pass for every state name (longest first: "West Virginia"
	// before "Virginia")
	for _, m := range stateAllRe.FindAllStringIndex(s, -1) {
		if overlaps(used, m[0], m[1]) {
			continue
		}
		st, ok := stateByName[s[m[0]:m[1]]]
		if !ok {
			continue
		}
		rest := s[m[1]:]
		if st.Code == "WA" && !strings.HasPrefix(strings.ToLower(rest), " state") && !strings.HasSuffix(strings.ToLower(s[:m[0]]), "state of ") {
			continue
		}
		if st.Code == "NY" && strings.HasPrefix(rest, " City") {
			continue
		}
		out = append(out, placeMention{Place{Kind: "state", Name: st.Name, State: st.Code}, m[0]})
		used = append(used, span{m[0], m[1]})
	}
	out = statesAsAOR(s, out)
	if m := theStateRe.FindStringIndex(s); m != nil && ctxState != "" {
		st, _ := place.LookupState(ctxState)
		out = append(out, placeMention{Place{Kind: "state", Name: st.Name, State: st.Code}, m[0]})
	}
	if m := nationalRe.FindStringIndex(s); m != nil {
		out = append(out, placeMention{Place{Kind: "national", Name: "nationwide"}, m[0]})
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].start < out[j].start })
	return cityStateInParens(s, out) // fix16_ne.go
}

// ParsePlace resolves a --place value: a state, an AOR ("ERO Boston",
// "BOS"), "nationwide", or "County, ST".
func ParsePlace(s string) (Place, error) {
	s = strings.TrimSpace(s)
	switch strings.ToLower(s) {
	case "", "national", "nationwide", "us", "u.s.", "united states":
		return Place{Kind: "national", Name: "nationwide"}, nil
	}
	if st, ok := place.LookupState(s); ok {
		return Place{Kind: "state", Name: st.Name, State: st.Code}, nil
	}
	if a, ok := place.LookupAOR(s); ok {
		return Place{Kind: "aor", Name: a.Name + " area of responsibility", AOR: a.Code}, nil
	}
	if name, stName, ok := strings.Cut(s, ","); ok {
		if st, ok := place.LookupState(strings.TrimSpace(stName)); ok {
			if c, ok := place.LookupCounty(st.Code, name); ok {
				return Place{Kind: "county", Name: c.Name + ", " + c.State, State: c.State, Counties: []string{c.Name + ", " + c.State}}, nil
			}
		}
	}
	return Place{}, fmt.Errorf("unknown place %q (want a state, an area of responsibility such as \"ERO Boston\", \"County, ST\" or \"nationwide\")", s)
}

// AORs returns the AOR codes a place lies in.
func (p Place) AORs() []string {
	switch p.Kind {
	case "aor":
		return []string{p.AOR}
	case "county":
		seen := map[string]bool{}
		var out []string
		for _, c := range p.Counties {
			name, st, _ := strings.Cut(c, ", ")
			if cc, ok := place.LookupCounty(st, name); ok && !seen[cc.AOR] {
				seen[cc.AOR] = true
				out = append(out, cc.AOR)
			}
		}
		return out
	}
	return nil
}

func (p Place) String() string {
	switch p.Kind {
	case "national", "":
		return "nationwide"
	case "state":
		return p.Name + " (state)"
	case "aor":
		return p.Name + " (" + p.AOR + ")"
	case "county":
		return p.Name + " (county, in " + strings.Join(p.AORs(), ", ") + " AOR)"
	}
	return p.Name
}

// ---- periods ----------------------------------------------------------------

type periodMention struct {
	p        Period
	start    int
	baseline bool
	opens    bool       // "since 2016", "from FY2017": where an open span starts
	alt      *Period    // another reading of the same words ("last year": the fiscal year just ended)
	since    *time.Time // "since January 20": a start date to combine with a fiscal year
	fallback *Period    // "since the inauguration" without a fiscal year: up to the article's date
	// span: "between 2016 and 2017", "from 2016 to 2017": both years
	// together, a count's reading (a change's are the two years)
	span *Period
}

const monthAlt = `January|February|March|April|May|June|July|August|September|October|November|December`

// monthAbbr adds the abbreviations newsrooms write: "Jan. 20", "Sept. 30".
const monthAbbr = monthAlt + `|Jan\.?|Feb\.?|Mar\.|Apr\.?|Jun\.|Jul\.|Aug\.?|Sept\.?|Sep\.|Oct\.?|Nov\.?|Dec\.?`

var (
	fySplitRe   = lazyRegexp(`(?i)\b(?:fiscal\s+(?:year\s+)?|FY\s?)(\d{4}|\d{2})[-–/](\d{2})\b`)
	fyRe        = lazyRegexp(`(?i)\b(?:fiscal\s+year|fiscal|FY)\s*'?(\d{4}|\d{2})\b|\b(\d{4})\s+fiscal\s+year\b`)
	monthYearRe = lazyRegexp(`\b(` + monthAlt + `)(?:\s+(\d{1,2}))?,?\s+(\d{4})\b`)
	// "between January 2024 and February 2025", "from March 1, 2024, to June 30, 2024",
	// "between January and March 2025"
	rangeRe      = lazyRegexp(`(?i)\b(?:between|from)\s+(?:(?:early|mid|late)[- ])?(` + monthAbbr + `)(?:\s+(\d{1,2}))?(?:,?\s+(\d{4}))?,?\s+(?:and|to|through|until|thru)\s+(?:the\s+end\s+of\s+)?(` + monthAbbr + `)(?:\s+(\d{1,2}))?(?:,?\s+(\d{4}))?\b`)
	sinceMonthRe = lazyRegexp(`(?i)\bsince\s+(?:early\s+|the\s+(?:start|beginning)\s+of\s+)?(` + monthAlt + `)\b`)
	dayNextRe    = lazyRegexp(`^\s+\d{1,2}(?:st|nd|rd|th)?\b`)
	sinceRe      = lazyRegexp(`(?i)\b(since|after|from)\s+(` + monthAbbr + `)\s+(\d{1,2})\b(?:,?\s+(\d{4}))?`)
	endOfFYRe    = lazyRegexp(`(?i)^\s*(?:to|through|until)\s+the\s+end\s+of\s+the\s+(?:fiscal|budget)\s+year\b`)
	toYearRe     = lazyRegexp(`(?i)^\s*(?:to|through|until|and)\s`)
	sinceYearRe  = lazyRegexp(`(?i)\b(?:since|from)\s+(fiscal\s+(?:year\s+)?|FY\s?)?(\d{4})\b`)
	// "the same period last year": the year named is the baseline's
	samePeriodBeforeRe = lazyRegexp(`(?i)\b(?:the\s+same\s+(?:time\s+)?period|the\s+same\s+(?:\w+\s+)?(?:months|days|weeks|quarter)|that\s+(?:time\s+)?period)\s+(?:in\s+|of\s+|during\s+)?$`)
	// "the same period last year", "the same six months of the previous
	// fiscal year"
	samePeriodRe = lazyRegexp(`(?i)\b(?:the\s+same\s+(?:time\s+)?period|the\s+same\s+(?:\w+\s+)?(?:months|days|weeks|quarter)|that\s+(?:time\s+)?period)(?:\s+(?:in|of|during)\s+(fiscal\s+(?:year\s+)?|FY\s?)?(\d{4})|\s+(?:a\s+year\s+(?:earlier|before)|last\s+year|(?:of\s+|in\s+)?the\s+(?:previous|prior)\s+(?:fiscal\s+)?year))?`)
	// "the 39,328 arrests in the same period of fiscal 2018": a count of
	// the sentence's period in another year
	// "In the same period of 2016 the arrested immigrants totaled 30,000":
	// the phrase leads the sentence, before its figure
	samePeriodLeadRe  = lazyRegexp(`(?i)^\W*(?:in|over|during|for)\s+(?:the\s+same|that)\s+(?:time\s+)?period\s+(?:in|of|during)\s+(fiscal\s+(?:year\s+)?|FY\s?)?(\d{4})\b[^0-9;]{0,80}$`)
	samePeriodAfterRe = lazyRegexp(`(?i)^[^0-9;]{0,40}?\b(?:in|over|during|for)\s+(?:roughly\s+|about\s+|approximately\s+|nearly\s+)?(?:(?:the\s+)?same|that)\s+(?:time\s+)?period\s+(?:in|of|during)\s+(fiscal\s+(?:year\s+)?|FY\s?)?(\d{4})\b`)
	// "a 52 percent increase compared to two years ago"
	overYearsRe       = lazyRegexp(`(?i)^[^,;.\d]{0,20}?\b(?:over|in|during|across)\s+(?:the\s+(?:past|last)\s+)?(two|three|four|five|2|3|4|5)\s+years\b`)
	yearsAgoRe        = lazyRegexp(`(?i)\b(?:compared\s+(?:to|with)|over|from|than|since)\s+(two|three|four|five|2|3|4|5)\s+years\s+(?:ago|earlier|before|prior)\b`)
	inMonthRe         = lazyRegexp(`\b(?:[Ii]n|[Dd]uring|[Ff]or|[Tt]hroughout|[Oo]f|[Ll]ast|[Aa]s (?:late|early) as|[Ff]rom|[Cc]ompared (?:with|to))\s+(` + monthAlt + `)\b`)
	thisMonthRe       = lazyRegexp(`(?i)\b(earlier|early|late|later)\s+this\s+month\b`)
	thisYearRe        = lazyRegexp(`(?i)\bthis (?:fiscal )?year\b`)
	yearNextRe        = lazyRegexp(`^,?\s*\d{4}\b`)
	sinceYearTailRe   = lazyRegexp(`(?i)^\s+of\s+(last|this)\s+year\b`)
	fyToDateRe        = lazyRegexp(`(?i)\bsince the (?:start|beginning) of (?:the )?(?:(\d{4}) fiscal year|fiscal year (\d{4})|(?:current |this )?fiscal year)\b(?: in October)?|\bso far (?:this|in the) fiscal year\b|\bfiscal year to date\b`)
	possessiveRe      = lazyRegexp(`(?:\b(?:Obama|Trump|Biden|Bush|Clinton|president|governor|mayor|director)['’]s|\b(?:his|her))\s+$`)
	ofLastYearRe      = lazyRegexp(`(?i)^,?\s*(?:of |in )?last year\b`)
	ofThisYearRe      = lazyRegexp(`(?i)^,?\s*(?:of |in )?this year\b`)
	lastMonthRe       = lazyRegexp(`(?i)\blast month\b`)
	lastYearRe        = lazyRegexp(`(?i)\b(?:last|past|previous|prior) (fiscal )?year\b|\b(?:last|past) (?:12|twelve) months\b`)
	yearListRe        = lazyRegexp(`^(?:\s*\([^()]{1,20}\))?(?:,\s*|,?\s+and\s+|,?\s+or\s+)(\d{4})\b`) // "in 2017 (312) and 2018 (369)" too
	yearEndingMonthRe = lazyRegexp(`(?i)\b(?:the\s+)?(?:year|12 months|twelve months)\s+(?:ending|ended|that ended|through|to|up to|until)\s+(?:in\s+)?(` + monthAbbr + `),?\s+(\d{4})\b`)
	// "As of June, ICE had made 120,549 arrests in fiscal 2018", "by the
	// end of June": the fiscal year named, to the end of that month
	fyThroughMonthRe = lazyRegexp(`(?i)\b(?:as of|by|by the end of|as of the end of|through|until|up to|at the end of)\s+(?:the end of\s+)?(` + monthAbbr + `)\b`)
	pastYearRe       = lazyRegexp(`(?i)\bpast\s+(?:year|12 months|twelve months)\b|\bthe\s+last\s+(?:year|12 months|twelve months)\b|\blast\s+(?:12|twelve)\s+months\b`)
	soFarRe          = lazyRegexp(`(?i)\bso far\b|\bto date\b|\byear[- ]to[- ]date\b|\bthus far\b`)
	comparedYearRe   = lazyRegexp(`(?i)\b(?:compared (?:to|with)|versus|vs\.?|(?:increase|rise|jump|drop|decrease|decline|fall|up|down) on)\s+(\d{4})\b`)
	// "in the year 2017" (at-en-fiilafm-03) is "in 2017"
	calYearRe         = lazyRegexp(`(?i)\b(?:in|during|for|throughout|through|of) (?:the year )?(calendar (?:year )?)?(\d{4})\b`)
	fyHyphenRangeRe   = lazyRegexp(`(?i)\b(fiscal\s+years?\s+|fiscal\s+|FY\s?)(\d{4})\s*[-–]\s*(FY\s?)?(\d{4}|\d{2})\b`)
	yearsAndTotalRe   = lazyRegexp(`(?i)\bin\s+((?:fiscal\s+(?:years?\s+)?|FY\s?))?(\d{4})\s+and\s+(?:fiscal\s+(?:year\s+)?|FY\s?)?(\d{4}),?\s+(?:a\s+total\s+of|a\s+combined|together|combined|altogether|in\s+all)\b`)
	yearsRangeRe      = lazyRegexp(`(?i)\b(?:between|from)\s+(?:the\s+)?((?:fiscal\s+(?:years?\s+)?|FY\s?))?(\d{4})\s+(?:and|to|through|until)\s+(?:fiscal\s+(?:year\s+)?|FY\s?)?(\d{4})\b`)
	fyEndingRe        = lazyRegexp(`(?i)\b(?:the\s+|its\s+|a\s+)?(?:(?:past|last|previous|latest)\s+)?(?:(?:federal|government)\s+)?(?:(?:fiscal|budget)\s+)?year,?\s+(?:that\s+|which\s+)?(?:ending|ended|ends|that ended|closing|closed)\s+(?:in\s+|on\s+)?Sept(?:ember|\.)?(?:\s+30)?(?:,?\s+(\d{4}))?`)
	monthSpanRe       = lazyRegexp(`(?i)\b(?:from\s+|between\s+)?(January|February|March|April|June|July|August|September|October|November|December)\s+(?:to|through|until|and|-|–)\s+(?:mid-?|early\s+|late\s+)?(January|February|March|April|May|June|July|August|September|October|November|December)\b(?:,?\s+(\d{4})\b)?`)
	firstMonthsCalRe  = lazyRegexp(`(?i)\b(?:(?:the\s+)?first\s+(two|three|four|five|six|seven|eight|nine|ten|eleven|\d{1,2})\s+months\s+of\s+(?:calendar\s+(?:year\s+)?)?(\d{4})|(two|three|four|five|six|seven|eight|nine|ten|eleven|\d{1,2})\s+months\s+into\s+(?:the\s+)?(fiscal\s+(?:year\s+)?|FY\s?)(\d{4}))\b`)
	firstMonthsNowRe  = lazyRegexp(`(?i)\b(?:the\s+)?first\s+(two|three|four|five|six|seven|eight|nine|ten|eleven|\d{1,2})\s+(months|quarters)\s+of\s+(?:the|this)\s+(?:current\s+)?fiscal\s+year\b`)
	firstMonthsYearRe = lazyRegexp(`(?i)\b(?:the\s+)?first\s+(two|three|four|five|six|seven|eight|nine|ten|eleven|\d{1,2})\s+months\s+of\s+(the|this|last)\s+year\b`)
	firstMonthsRe     = lazyRegexp(`(?i)\b(?:the\s+)?first\s+(two|three|four|five|six|seven|eight|nine|ten|eleven|\d{1,2})\s+(months|quarters)\s+of\s+(?:the\s+)?(?:fiscal\s+(?:year\s+)?|FY\s?)(\d{4}|\d{2})\b`)
	asOfWeekdayRe     = lazyRegexp(`(?i)\b(?:as of|through)\s+(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b`)
	calQuarterRe      = lazyRegexp(`(?i)\b(?:the\s+)?(first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter\s+of\s+(?:the\s+)?(?:calendar\s+(?:year\s+)?)?((?:19|20)\d{2})\b`)
	bareQuarterRe     = lazyRegexp(`(?i)\b(?:the\s+)?(first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter\b`)
	quarterRe         = lazyRegexp(`(?i)\b(?:the\s+)?(first|second|third|fourth|1st|2nd|3rd|4th)\s+(?:quarter|half|two\s+quarters)\s+of\s+(?:(?:the\s+)?(?:fiscal\s+(?:year\s+)?|FY\s?)(\d{4}|\d{2})\b|the\s+(\d{4})\s+fiscal\s+year\b)`)
	asOfRe            = lazyRegexp(`(?i)\b(?:as of|on|for|through|current as of)\s+(` + monthAbbr + `)\s+(\d{1,2})\b(?:,?\s+(\d{4}))?`)
	yearNumberRe      = lazyRegexp(`\b(?:19|20)\d\d\b`)
	partOfYearRe      = lazyRegexp(`(?i)\b(?:at\s+)?the\s+(start|beginning|end|close)\s+of\s+(?:the\s+)?(this|last|the)\s+year\b`)
	firstDaysRe       = lazyRegexp(`(?i)\bthe\s+first\s+(two|three|four|five|six|seven|eight|nine|ten|eleven|\d{1,3})\s+days\s+of\s+(?:(this|last)\s+year|(\d{4}))\b`)
	partOfMonthRe     = lazyRegexp(`(?i)\b(?:in\s+|by\s+|as of\s+)?(early|mid|late|the end of|the beginning of|the start of|the middle of)[-\s]+(` + monthAlt + `)\b(?:,?\s+(\d{4}))?`)
	weeksAgoRe        = lazyRegexp(`(?i)\b(a|one|two|three|four|\d|a few|several|some)\s+weeks?\s+ago\b|\b(last) week\b`)
	inaugurationRe    = lazyRegexp(`(?i)\b(?:since|from|after|between)\s+(?:the\s+|his\s+|(?:President\s+)?(?:Donald\s+)?Trump['’]s\s+)(?:Jan(?:uary|\.)?\s+20(?:,?\s+\d{4})?\s+)?inauguration\b|\b(?:since|from|after|between)\s+Inauguration Day\b|\bsince\s+(?:President\s+)?(?:Donald\s+)?Trump\s+(?:took|assumed|entered)\s+office\b|\bsince\s+(?:President\s+)?(?:Donald\s+)?Trump\s+was\s+(?:sworn\s+in|inaugurated)\b|\bsince\s+(?:President\s+)?(?:Donald\s+)?Trump\s+signed\s+(?:the\s+|his\s+)?executive\s+orders\b|\b(?:since|from)\s+the\s+(?:first\s+day|start|beginning)\s+of\s+(?:the\s+)?(?:President\s+)?(?:Donald\s+)?Trump(?:['’]s)?\s+(?:[Aa]dministration|presidency|term)\b`)
	// "1,000 more than the 1,858 that were arrested during fiscal year
	// 2016": a period after "than" is the baseline of the comparison
	thanBeforeRe = lazyRegexp(`(?i)\b(?:more|fewer|less|higher|lower|greater|larger|smaller|up|down|increase|decrease|rise)\b[^.;]{0,80}\bthan\b(?:[^.;,]|,\d){0,60}$`)
	// "the first full fiscal year of the Trump administration"
	// "Obama's final year", "President Trump's first year in office"
	yearStartRe = lazyRegexp(`(?i)\b(?:at|by)\s+the\s+(?:start|beginning|turn)\s+of\s+the\s+(?:new\s+)?year\b`)
	termYearRe  = lazyRegexp(`(?i)\b(Obama|Trump|Biden)['’]s\s+(first|final|last)\s+year\b(?:\s+in\s+office\b)?`)
	// "In Obama's final two years" (f0-gephardt-05): that many fiscal
	// years at the start or end of the term, one period each (figures
	// "respectively" take them in order)
	termYearsRe = lazyRegexp(`(?i)\b(Obama|Trump|Biden)['’]s\s+(first|final|last)\s+(two|three)\s+years\b(?:\s+in\s+office\b)?`)
	adminYearRe = lazyRegexp(`(?i)\b(?:the\s+)?first\s+full\s+(?:fiscal\s+)?year\s+(?:of|under)\s+(?:the\s+)?(?:President\s+)?(?:Donald\s+|Joe\s+)?(Trump|Biden|Obama)(?:['’]s)?(?:\s+(?:administration|presidency))?`)
	// "from 8,000 in FY2017 to 8,800 in FY2018": the first period is the baseline
	fromNumRe    = lazyRegexp(`(?i)\bfrom\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|more than\s+|over\s+|some\s+)?[\d,.]+(?:\s+(?:million|thousand))?(?:\s+[a-z]+){0,3}\s+(?:in|during)\s+$`)
	toNumRe      = lazyRegexp(`(?i)^[^.;]{0,20}?\bto\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|more than\s+|over\s+|some\s+|a record\s+)?\d`)
	first100Re   = lazyRegexp(`(?i)\b(?:during|in|over)\s+(?:President\s+)?(?:Donald\s+)?Trump['’]s\s+first\s+100\s+days(?:\s+in\s+office)?|\bthe\s+first\s+100\s+days\s+of\s+(?:the\s+)?Trump\s+administration\b`)
	endOfAdminRe = lazyRegexp(`(?i)\bat\s+the\s+end\s+of\s+the\s+(?:first\s+)?(Trump|Biden|Obama)\s+administration\b|\bat\s+the\s+end\s+of\s+(?:the\s+four\s+years\s+of\s+)?(?:the\s+)?(Trump|Biden|Obama)['’]?s?\s+(?:administration|presidency)\b`)
	eraRe        = lazyRegexp(`(?i)\b(?:Obama|Bush|Clinton|Trump|Biden|Reagan)(?:['’]s)?\s+(?:era|years|presidency)\b`)
	operationRe  = lazyRegexp(`(?i)\b(?:the\s+)?(?:peaks?\s+of\s+the\s+)?(?:Obama|Bush|Clinton|Trump|Biden|Reagan)(?:['’]s)?\s+(?:era|years|presidency)\b|\bduring (?:the|an?|this|that)\s+(?:[\w-]+\s+){0,3}?(?:operation|surge|enforcement (?:action|operation)|sweep|crackdown)\b|\boperation [A-Z][a-z]+\b`)
	baselineRe   = lazyRegexp(`(?i)(?:\bover|\bfrom|\bthan|\bcompared (?:to|with)|\bversus|\bvs\.?|\bagainst)\s+(?:(?:their|its)\s+(?:levels?|totals?|numbers?)\s+)?(?:in\s+|during\s+)?(?:the\s+)?$`)
	datelineRe   = lazyRegexp(`\b(` + monthAlt + `|Jan\.|Feb\.|Aug\.|Sept\.|Oct\.|Nov\.|Dec\.)\s+(\d{1,2}),\s+(\d{4})\b|\b(\d{4})-(\d{2})-(\d{2})\b`)
)

func fyYear(s string) int {
	y, _ := strconv.Atoi(s)
	if y < 100 {
		y += 2000
	}
	return y
}

func monthNum(s string) int { return monthNames[strings.ToLower(strings.TrimSuffix(s, "."))] }

func fyPeriod(y int, text string) Period {
	return Period{Kind: "fy", Text: text, FY: y}
}

// inaugurationToDateNote is the note of "since the inauguration" read to the
// article's date (readings.go tries the comparisons such a change makes).
const inaugurationToDateNote = "from the inauguration to the article's date"

// lastYearNote begins the note of "last year" read, in an article of
// October to December, as the calendar year before (verdict.go: the fiscal
// year just ended is a reading of its own).
const lastYearNote = "\"last year\" in an article of "

// periods finds the periods a sentence names, resolving relative ones
// against ref (the article's date, zero when unknown).
// countWord reads a small count written as a word or in digits: the
// months of "the first nine months", "8 months into", the years of "two
// years ago" (0 if none).
func countWord(w string) int {
	if n, ok := map[string]int{"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11}[strings.ToLower(w)]; ok {
		return n
	}
	n, _ := strconv.Atoi(w)
	return n
}

// parenYearRe: a year in brackets right after a month: "last August (2019)".
var parenYearRe = lazyRegexp(`^\s*\((\d{4})\)`)

// thisMorningRe: "this morning", "this afternoon": the article's date.
var thisMorningRe = lazyRegexp(`(?i)\bthis\s+(?:morning|afternoon|evening)\b`)

// countDateRe: a full date naming a count ("from the Jan. 16, 2025, count
// of 39,703"): the day the count was taken. Its groups are asOfRe's.
var countDateRe = lazyRegexp(`(?i)\bthe\s+(` + monthAbbr + `)\s+(\d{1,2}),?\s+(\d{4}),?\s+(?:count|figure|level|tally|total|snapshot|population|number)\b`)

// comparedThoseRe: the earlier point of a comparison named after the
// people it counted ("a 19% decrease ... as of mid-February, compared to
// those monitored through the program in December", cl-en-wavy-01).
var comparedThoseRe = lazyRegexp(`(?i)\bcompared (?:to|with)\s+(?:those|that|the (?:number|total|level|figure|count))\b[^,.;]{0,60}?(?:\s(?:in|during|as of|on))?\s+$`)

// newSubjectClauseRe: a clause with a pronoun subject of its own after a
// comma ("..., it has grown"; f2-trac230403-02).
var newSubjectClauseRe = lazyRegexp(`(?i)[,;]\s+(?:it|this|that|they)\s+(?:has|have|had|is|was|are|were)\b`)

func periods(s string, ref time.Time) []periodMention {
	var out []periodMention
	var used []span
	add := func(p Period, from, to int) {
		pm := periodMention{p: p, start: from}
		pm.baseline = baselineRe.MatchString(s[:from]) || thanBaseline(s[:from]) || samePeriodBeforeRe.MatchString(s[:from]) || multipleBaselineRe.MatchString(s[:from]) || comparedThoseRe.MatchString(s[:from]) ||
			fromNumRe.MatchString(s[:from]) && toNumRe.MatchString(s[to:])
		out = append(out, pm)
		used = append(used, span{from, to})
	}
	for _, m := range rangeRe.FindAllStringSubmatchIndex(s, -1) {
		if p, ok := monthRange(s, m, ref); ok {
			end := m[1]
			k := ofLastYearRe.FindStringIndex(s[m[1]:])
			if k == nil {
				k = ofThisYearRe.FindStringIndex(s[m[1]:])
			}
			if k != nil && m[12] < 0 {
				// "From October 1 to December 29 last year" (the gloss of
				// ai-zh-pavatar-01), "between January 22 and April 29 of
				// this year" (s5-wayka2017): the year named gives the span
				// its year (monthRange), not a period of its own
				end = m[1] + k[1]
				p.Text = s[m[0]:end]
			}
			var y int
			if _, err := fmt.Sscanf(p.From, "%d-10-01", &y); err == nil && p.To == fmt.Sprintf("%d-09-30", y+1) && !p.Approx {
				// "From October 1, 2018 to September 30, 2019"
				// (ap-es-telemundo-03's gloss): the days of fiscal year
				// 2019, which ICE's annual figures count
				p = fyPeriod(y+1, p.Text)
			}
			add(p, m[0], end)
		}
	}
	// "the year ending December 2017", "the 12 months ended in June 2018":
	// the twelve months to the end of that month; ICE's fiscal year that
	// ended last by then is another reading (writers relaying ICE's annual
	// report give its year an end it does not have)
	for _, m := range yearEndingMonthRe.FindAllStringSubmatchIndex(s, -1) {
		if overlaps(used, m[0], m[1]) {
			continue
		}
		mon := monthNum(s[m[2]:m[3]])
		y, _ := strconv.Atoi(s[m[4]:m[5]])
		if mon == 0 || y < 1990 || y > 2100 {
			continue
		}
		end := time.Date(y, time.Month(mon)+1, 0, 0, 0, 0, 0, time.UTC)
		from := end.AddDate(0, 0, 1).AddDate(-1, 0, 0)
		text := s[m[0]:m[1]]
		add(Period{Kind: "range", Text: text, From: from.Format("2006-01-02"), To: end.Format("2006-01-02"), Note: "the twelve months to the end of the month named"}, m[0], m[1])
		fy := y
		if mon < 9 {
			fy--
		}
		if mon != 9 {
			alt := fyPeriod(fy, text)
			alt.Note = fmt.Sprintf("ICE's fiscal year %d, the one that ended last by then", fy)
			out[len(out)-1].alt = &alt
		}
	}
	// "since the start of the 2019 fiscal year in October", "so far this
	// fiscal year": the fiscal year to the article's date
	for _, m := range fyToDateRe.FindAllStringSubmatchIndex(s, -1) {
		if overlaps(used, m[0], m[1]) || ref.IsZero() || yearNextRe.MatchString(s[m[1]:]) {
			// ("since the start of the fiscal year in October 2021": the
			// month and year read as "since October 2021")
			continue
		}
		fy := canon.FiscalYear(canon.DayOf(ref))
		if m[2] >= 0 {
			fy, _ = strconv.Atoi(s[m[2]:m[3]])
		} else if m[4] >= 0 {
			fy, _ = strconv.Atoi(s[m[4]:m[5]])
		}
		from := fmt.Sprintf("%d-10-01", fy-1)
		to := ref.Format("2006-01-02")
		if end := fmt.Sprintf("%d-09-30", fy); end < to {
			to = end
		}
		if from > to {
			continue
		}
		add(Period{Kind: "range", Text: s[m[0]:m[1]], From: from, To: to, Note: "the fiscal year to the article's date"}, m[0], m[1])
	}
	for _, m := range sinceRe.FindAllStringSubmatchIndex(s, -1) {
		if overlaps(used, m[0], m[1]) {
			continue
		}
		mon := monthNum(s[m[4]:m[5]])
		day, _ := strconv.Atoi(s[m[6]:m[7]])
		text := s[m[0]:m[1]]
		pm := periodMention{start: m[0]}
		if m[8] >= 0 {
			y, _ := strconv.Atoi(s[m[8]:m[9]])
			t := time.Date(y, time.Month(mon), day, 0, 0, 0, 0, time.UTC)
			pm.since = &t
			pm.p = Period{Kind: "range", Text: text, From: t.Format("2006-01-02")}
		} else {
			pm.p = Period{Kind: "since", Text: text}
			// the year comes from a fiscal year in the same sentence, else the date
			pm.since = &time.Time{}
			*pm.since = time.Date(0, time.Month(mon), day, 0, 0, 0, 0, time.UTC)
		}
		// "from January 20 to the end of FY2017": the sentence's fiscal year
		// gives the year (choosePeriods), not the article's date.
		if !ref.IsZero() && m[8] < 0 && !fyRe.MatchString(s) {
			y := ref.Year()
			t := time.Date(y, time.Month(mon), day, 0, 0, 0, 0, time.UTC)
			if t.After(ref) {
				t = t.AddDate(-1, 0, 0)
			}
			// inside a fiscal year named in the sentence it is combined with
			// it (choosePeriods); otherwise up to the article's date
			pm.fallback = &Period{Kind: "range", Text: text, From: t.Format("2006-01-02"), To: ref.Format("2006-01-02"), Note: "year from the article's date"}
		}
		if strings.EqualFold(s[m[2]:m[3]], "after") {
			pm.p.Note = strings.TrimPrefix(pm.p.Note+"; counted from that day itself, as ICE's reports do", "; ")
		}
		if e := throughMonthRe.FindStringSubmatch(s[m[1]:]); e != nil && (m[8] >= 0 || !ref.IsZero()) {
			// "From Jan. 20 of this year, when President Trump took office,
			// through the end of April": the span ends there
			y := ref.Year()
			if m[8] >= 0 {
				y, _ = strconv.Atoi(s[m[8]:m[9]])
			} else if time.Date(y, time.Month(mon), day, 0, 0, 0, 0, time.UTC).After(ref) {
				// "Since Oct. 1, ... through April 1" in April 2017: the
				// last October 1 before the article, not the next
				y--
			}
			from := time.Date(y, time.Month(mon), day, 0, 0, 0, 0, time.UTC)
			end, approx := throughEnd(e, y, mon)
			if end.After(from) {
				pm.p = Period{Kind: "range", Text: s[m[0] : m[1]+len(e[0])], From: from.Format("2006-01-02"), To: end.Format("2006-01-02"), Note: "from that day to the end named", Approx: approx}
				pm.since, pm.fallback = nil, nil
				// the words in between ("of this year, when ...") are part
				// of the span, not periods of their own
				out = append(out, pm)
				used = append(used, span{m[0], m[1] + len(e[0])})
				continue
			}
		}
		out = append(out, pm)
		used = append(used, span{m[0], m[1]})
	}
	// "since October": read like "since October 1" (the first of the last
	// such month before the article's date, to that date; inside a fiscal
	// year the sentence names, that year's)
	for _, m := range sinceMonthRe.FindAllStringSubmatchIndex(s, -1) {
		if overlaps(used, m[0], m[1]) || ref.IsZero() || dayNextRe.MatchString(s[m[1]:]) || yearNextRe.MatchString(s[m[1]:]) {
			continue
		}
		mon := monthNum(s[m[2]:m[3]])
		if mon == 0 {
			continue
		}
		y := ref.Year()
		if time.Month(mon) > ref.Month() {
			y--
		}
		end := m[1]
		if k := sinceYearTailRe.FindStringSubmatch(s[m[1]:]); k != nil {
			// "since October of last year" (u-es-univision-02's gloss):
			// that year's month, to the article's date
			y, end = ref.Year(), m[1]+len(k[0])
			if strings.EqualFold(k[1], "last") {
				y--
			}
		}
		t := time.Date(y, time.Month(mon), 1, 0, 0, 0, 0, time.UTC)
		day := time.Date(0, time.Month(mon), 1, 0, 0, 0, 0, time.UTC)
		if end > m[1] {
			if t.After(ref) {
				continue
			}
			out = append(out, periodMention{start: m[0], p: Period{Kind: "range", Text: s[m[0]:end], From: t.Format("2006-01-02"), To: ref.Format("2006-01-02"), Note: "from the first of that month to the article's date"}})
			used = append(used, span{m[0], end})
			continue
		}
		pm := periodMention{start: m[0], since: &day, p: Period{Kind: "since", Text: s[m[0]:m[1]]}}
		if !fyRe.MatchString(s) {
			pm.fallback = &Period{Kind: "range", Text: s[m[0]:m[1]], From: t.Format("2006-01-02"), To: ref.Format("2006-01-02"), Note: "from the first of the last " + s[m[2]:m[3]] + " to the article's date"}
		}
		out = append(out, pm)
		used = append(used, span{m[0], m[1]})
	}
	// "over fiscal 2016-2018", "in fiscal years 2016-18", "FY2016-FY2018":
	// fiscal years y1 to y2, read as "between fiscal 2016 and fiscal 2018"
	// (two consecutive years with no "years" may be one fiscal year
	// written as two calendar years, "fiscal 2016-17": not read)
	for _, m := range fyHyphenRangeRe.FindAllStringSubmatchIndex(s, -1) {
		if overlaps(used, m[0], m[1]) {
			continue
		}
		y1, _ := strconv.Atoi(s[m[4]:m[5]])
		y2, _ := strconv.Atoi(s[m[8]:m[9]])
		if y2 < 100 {
			y2 += y1 / 100 * 100
		}
		// "fiscal years 2017-2018", "FY2017-FY2018": two years, plainly
		plural := strings.Contains(strings.ToLower(s[m[2]:m[3]]), "years") || m[6] >= 0
		if y1 < 1990 || y2 <= y1 || y2 > 2100 || y2 == y1+1 && !plural {
			continue
		}
		both := Period{Kind: "range", Text: s[m[0]:m[1]], From: fmt.Sprintf("%d-10-01", y1-1), To: fmt.Sprintf("%d-09-30", y2), Note: fmt.Sprintf("fiscal years %d to %d together", y1, y2)}
		out = append(out, periodMention{p: fyPeriod(y1, s[m[0]:m[1]]), start: m[4], baseline: true}, periodMention{p: fyPeriod(y2, s[m[0]:m[1]]), start: m[8], span: &both})
		used = append(used, span{m[0], m[1]})
	}
	// "between 2017 and 2018", "from fiscal 2017 to 2018": the first is the
	// baseline; "in 2017 and 2018 a total of 584 citizens of Venezuela
	// were removed" (bd-en-cis-01): the two years together too
	var ranges [][]int
	ranges = append(ranges, yearsRangeRe.FindAllStringSubmatchIndex(s, -1)...)
	for _, m := range yearsAndTotalRe.FindAllStringSubmatchIndex(s, -1) {
		m[1] = m[7] // the years, not "a total of" after them
		ranges = append(ranges, m)
	}
	for _, m := range ranges {
		if overlaps(used, m[0], m[1]) {
			continue
		}
		y1, _ := strconv.Atoi(s[m[4]:m[5]])
		y2, _ := strconv.Atoi(s[m[6]:m[7]])
		if y1 < 1990 || y2 < y1 || y2 > 2100 {
			continue
		}
		fiscal := m[2] >= 0
		mk := func(y int) Period {
			if fiscal {
				return fyPeriod(y, s[m[0]:m[1]])
			}
			return bareYear(y, s[m[0]:m[1]])
		}
		both := Period{Kind: "range", Text: s[m[0]:m[1]], From: fmt.Sprintf("%d-10-01", y1-1), To: fmt.Sprintf("%d-09-30", y2), Note: fmt.Sprintf("fiscal years %d to %d together", y1, y2)}
		if !fiscal {
			// bare years: ICE's fiscal years first, the calendar years a reading
			cal := Period{Kind: "range", Text: s[m[0]:m[1]], From: fmt.Sprintf("%d-01-01", y1), To: fmt.Sprintf("%d-12-31", y2), Note: fmt.Sprintf("calendar years %d to %d together", y1, y2)}
			both.Bare = true
			out = append(out, periodMention{p: mk(y1), start: m[4], baseline: true}, periodMention{p: mk(y2), start: m[6], span: &both, alt: &cal})
		} else {
			out = append(out, periodMention{p: mk(y1), start: m[4], baseline: true}, periodMention{p: mk(y2), start: m[6], span: &both})
		}
		used = append(used, span{m[0], m[1]})
	}
	// "the fiscal year ending in September", "the fiscal year that ended Sept. 30"
	for _, m := range fyEndingRe.FindAllStringSubmatchIndex(s, -1) {
		if overlaps(used, m[0], m[1]) {
			continue
		}
		text := s[m[0]:m[1]]
		y := 0
		if m[2] >= 0 {
			y, _ = strconv.Atoi(s[m[2]:m[3]])
		} else if !ref.IsZero() {
			y = ref.Year()
			if ref.Month() < time.October {
				y-- // the last September before the article
			}
		}
		if y == 0 {
			add(Period{Kind: "unresolved", Text: text, Unresolved: fmt.Sprintf("%q needs the article's date (--date)", text)}, m[0], m[1])
			continue
		}
		p := fyPeriod(y, text)
		p.Note = "the fiscal year ending in September " + fmt.Sprint(y)
		add(p, m[0], m[1])
	}
	// "the first six months of fiscal year 2019", "the first two quarters
	// of FY 2019", "the first nine months of FY 2018"
	// the months a "first N months / quarters of" phrase counts (groups 1
	// and 2 of firstMonthsRe and firstMonthsNowRe), 0 when out of range
	firstMonths := func(m []int) int {
		n := countWord(s[m[2]:m[3]])
		if strings.HasPrefix(strings.ToLower(s[m[4]:m[5]]), "quarter") {
			n *= 3
		}
		if n < 1 || n > 11 {
			return 0
		}
		return n
	}
	for _, m := range firstMonthsRe.FindAllStringSubmatchIndex(s, -1) {
		n := firstMonths(m)
		if overlaps(used, m[0], m[1]) || n == 0 {
			continue
		}
		fy := fyYear(s[m[6]:m[7]])
		from := time.Date(fy-1, time.October, 1, 0, 0, 0, 0, time.UTC)
		to := from.AddDate(0, n, -1)
		add(Period{Kind: "range", Text: s[m[0]:m[1]], From: from.Format("2006-01-02"), To: to.Format("2006-01-02"), Note: "part of fiscal year " + fmt.Sprint(fy)}, m[0], m[1])
	}
	// "the first nine months of the fiscal year", no year named: the
	// latest fiscal year whose first months had passed on the article's
	// date (in December 2017, October 2016 to June 2017)
	for _, m := range firstMonthsNowRe.FindAllStringSubmatchIndex(s, -1) {
		n := firstMonths(m)
		if overlaps(used, m[0], m[1]) || ref.IsZero() || n == 0 {
			continue
		}
		fy := ref.Year()
		if ref.Month() >= time.October {
			fy++
		}
		from := time.Date(fy-1, time.October, 1, 0, 0, 0, 0, time.UTC)
		if from.AddDate(0, n, 0).After(ref) {
			fy--
			from = from.AddDate(-1, 0, 0)
		}
		to := from.AddDate(0, n, -1)
		add(Period{Kind: "range", Text: s[m[0]:m[1]], From: from.Format("2006-01-02"), To: to.Format("2006-01-02"), Note: "part of fiscal year " + fmt.Sprint(fy) + ", the latest whose first months had passed on the article's date"}, m[0], m[1])
	}
	// j-trac-a4746-02: "about 860 a month in the first half of 2018": the
	// half of the calendar year named (January - June, July - December)
	for _, m := range calHalfRe.FindAllStringSubmatchIndex(s, -1) {
		if overlaps(used, m[0], m[1]) {
			continue
		}
		y, _ := strconv.Atoi(s[m[4]:m[5]])
		from := time.Date(y, time.January, 1, 0, 0, 0, 0, time.UTC)
		if w := strings.ToLower(s[m[2]:m[3]]); w == "second" || w == "2nd" {
			from = time.Date(y, time.July, 1, 0, 0, 0, 0, time.UTC)
		}
		to := from.AddDate(0, 6, -1)
		add(Period{Kind: "range", Text: s[m[0]:m[1]], From: from.Format("2006-01-02"), To: to.Format("2006-01-02"), Note: "half of calendar " + fmt.Sprint(y)}, m[0], m[1])
	}
	// "the first nine months of 2017": of a calendar year, January on;
	// "eight months into fiscal 2017": of that fiscal year, October on
	for _, m := range firstMonthsCalRe.FindAllStringSubmatchIndex(s, -1) {
		if overlaps(used, m[0], m[1]) {
			continue
		}
		gn, gy, fiscal := 2, 4, false // "the first N months of YEAR"
		if m[2] < 0 {
			gn, gy, fiscal = 6, 10, true // "N months into fiscal YEAR"
		}
		n := countWord(s[m[gn]:m[gn+1]])
		y, _ := strconv.Atoi(s[m[gy]:m[gy+1]])
		if n < 1 || n > 11 || y < 1990 || y > 2100 {
			continue
		}
		from := time.Date(y, time.January, 1, 0, 0, 0, 0, time.UTC)
		note := fmt.Sprintf("the first %d months of calendar %d", n, y)
		if fiscal {
			from = time.Date(y-1, time.October, 1, 0, 0, 0, 0, time.UTC)
			note = fmt.Sprintf("the first %d months of fiscal year %d", n, y)
		}
		to := from.AddDate(0, n, -1)
		add(Period{Kind: "range", Text: s[m[0]:m[1]], From: from.Format("2006-01-02"), To: to.Format("2006-01-02"), Note: note}, m[0], m[1])
	}
	// "In the first six months of the year, ICE deported ..." (y-vi-sbtn-07,
	// glossed; an article of August 2017): of the calendar year, the latest
	// whose first months had passed on the article's date
	for _, m := range firstMonthsYearRe.FindAllStringSubmatchIndex(s, -1) {
		n := countWord(s[m[2]:m[3]])
		if overlaps(used, m[0], m[1]) || ref.IsZero() || n < 1 || n > 11 {
			continue
		}
		from := time.Date(ref.Year(), time.January, 1, 0, 0, 0, 0, time.UTC)
		which := "the latest year whose first months had passed on the article's date"
		if strings.EqualFold(s[m[4]:m[5]], "last") {
			// "In the first three months of last year, the agency arrested
			// 40,140 people" (ba-en-kvue-05, July 2019): of 2018
			from, which = from.AddDate(-1, 0, 0), "the year before the article's"
		} else if from.AddDate(0, n, 0).After(ref) {
			from = from.AddDate(-1, 0, 0)
		}
		to := from.AddDate(0, n, -1)
		add(Period{Kind: "range", Text: s[m[0]:m[1]], From: from.Format("2006-01-02"), To: to.Format("2006-01-02"), Note: fmt.Sprintf("the first %d months of calendar %d, %s", n, from.Year(), which)}, m[0], m[1])
	}
	// "the first quarter of fiscal 2018", "the first half of FY2019"
	for _, m := range quarterRe.FindAllStringSubmatchIndex(s, -1) {
		if overlaps(used, m[0], m[1]) {
			continue
		}
		fy := fyYear(quarterYear(s, m))
		n := map[string]int{"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}[strings.ToLower(s[m[2]:m[3]])]
		months := 3
		if lw := strings.ToLower(s[m[0]:m[1]]); strings.Contains(lw, "half") || strings.Contains(lw, "two quarters") {
			// ("the first two quarters of the 2018 fiscal year": its half)
			months = 6
			if n > 2 {
				continue
			}
		}
		from := time.Date(fy-1, time.October, 1, 0, 0, 0, 0, time.UTC).AddDate(0, months*(n-1), 0)
		to := from.AddDate(0, months, -1)
		add(Period{Kind: "range", Text: s[m[0]:m[1]], From: from.Format("2006-01-02"), To: to.Format("2006-01-02"), Note: "part of fiscal year " + fmt.Sprint(fy)}, m[0], m[1])
	}
	// "the first quarter of 2017" (ar-es-univision-01's gloss, "el primer
	// trimestre del 2017"): a year without "fiscal" names the calendar
	// quarter, January to March; ICE's fiscal quarter of that number
	// (October to December 2016) is another reading of the same words
	for _, m := range calQuarterRe.FindAllStringSubmatchIndex(s, -1) {
		if overlaps(used, m[0], m[1]) {
			continue
		}
		y, _ := strconv.Atoi(s[m[4]:m[5]])
		n := map[string]int{"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}[strings.ToLower(s[m[2]:m[3]])]
		if n == 0 || y < 1990 || y > 2100 {
			continue
		}
		from := time.Date(y, time.January, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 3*(n-1), 0)
		to := from.AddDate(0, 3, -1)
		text := s[m[0]:m[1]]
		add(Period{Kind: "range", Text: text, From: from.Format("2006-01-02"), To: to.Format("2006-01-02"), Note: fmt.Sprintf("quarter %d of calendar %d", n, y)}, m[0], m[1])
		ff := time.Date(y-1, time.October, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 3*(n-1), 0)
		alt := Period{Kind: "range", Text: text, From: ff.Format("2006-01-02"), To: ff.AddDate(0, 3, -1).Format("2006-01-02"), Note: fmt.Sprintf("ICE's fiscal quarter %d of fiscal year %d", n, y)}
		out[len(out)-1].alt = &alt
	}
	// "while in the second quarter, January to March": a bare quarter is
	// one of the fiscal year a quarter of the sentence names
	if qm := quarterRe.FindStringSubmatchIndex(s); qm != nil {
		fy := fyYear(quarterYear(s, qm))
		for _, m := range bareQuarterRe.FindAllStringSubmatchIndex(s, -1) {
			if overlaps(used, m[0], m[1]) {
				continue
			}
			n := map[string]int{"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}[strings.ToLower(s[m[2]:m[3]])]
			from := time.Date(fy-1, time.October, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 3*(n-1), 0)
			to := from.AddDate(0, 3, -1)
			add(Period{Kind: "range", Text: s[m[0]:m[1]], From: from.Format("2006-01-02"), To: to.Format("2006-01-02"), Note: "part of fiscal year " + fmt.Sprint(fy) + " (the quarter's year from the sentence)"}, m[0], m[1])
		}
	}
	// "from October to December 2018", "January to March": months of one
	// span; without a year, the year of a fiscal quarter the sentence
	// names, else the last such span before the article's date
	for _, m := range monthSpanRe.FindAllStringSubmatchIndex(s, -1) {
		if overlaps(used, m[0], m[1]) {
			continue
		}
		m1, m2 := monthNum(s[m[2]:m[3]]), monthNum(s[m[4]:m[5]])
		// "between October and mid-November": the span ends on about that
		// day of its last month, not at the month's end
		endDay := 0
		if w := strings.Fields(strings.ReplaceAll(strings.ToLower(s[m[3]:m[4]]), "-", " ")); len(w) > 0 {
			endDay = map[string]int{"mid": 15, "early": 5, "late": 25}[w[len(w)-1]]
		}
		lastDay := func(y int) time.Time {
			if endDay > 0 {
				return time.Date(y, time.Month(m2), endDay, 0, 0, 0, 0, time.UTC)
			}
			return time.Date(y, time.Month(m2)+1, 0, 0, 0, 0, 0, time.UTC)
		}
		y2 := 0
		switch {
		case m[6] >= 0:
			y2, _ = strconv.Atoi(s[m[6]:m[7]])
		case quarterRe.MatchString(s):
			fy := fyYear(quarterYear(s, quarterRe.FindStringSubmatchIndex(s)))
			y2 = fy
			if m2 >= 10 {
				y2 = fy - 1
			}
		case !ref.IsZero():
			y2 = ref.Year()
			if lastDay(y2).After(ref) {
				y2--
			}
		default:
			continue
		}
		y1 := y2
		if m1 > m2 {
			y1--
		}
		from := time.Date(y1, time.Month(m1), 1, 0, 0, 0, 0, time.UTC)
		p := Period{Kind: "range", Text: s[m[0]:m[1]], From: from.Format("2006-01-02"), To: lastDay(y2).Format("2006-01-02"), Note: "whole months"}
		if endDay > 0 {
			p.Note, p.Approx = "to about the day named of the last month", true
		}
		add(p, m[0], m[1])
	}
	// "as of Thursday": the last such weekday on or before the article's date
	if !ref.IsZero() {
		for _, m := range asOfWeekdayRe.FindAllStringSubmatchIndex(s, -1) {
			if overlaps(used, m[0], m[1]) {
				continue
			}
			want := map[string]time.Weekday{"sunday": time.Sunday, "monday": time.Monday, "tuesday": time.Tuesday, "wednesday": time.Wednesday,
				"thursday": time.Thursday, "friday": time.Friday, "saturday": time.Saturday}[strings.ToLower(s[m[2]:m[3]])]
			d := ref
			for d.Weekday() != want {
				d = d.AddDate(0, 0, -1)
			}
			ds := d.Format("2006-01-02")
			add(Period{Kind: "date", Text: s[m[0]:m[1]], From: ds, To: ds, Note: "the last " + s[m[2]:m[3]] + " on or before the article's date"}, m[0], m[1])
		}
	}
	// "as of June 1": a date (detention populations are counted on one)
	dated := append(asOfRe.FindAllStringSubmatchIndex(s, -1), countDateRe.FindAllStringSubmatchIndex(s, -1)...)
	for _, m := range dated {
		if overlaps(used, m[0], m[1]) {
			continue
		}
		mon := monthNum(s[m[2]:m[3]])
		day, _ := strconv.Atoi(s[m[4]:m[5]])
		y := 0
		if m[6] >= 0 {
			y, _ = strconv.Atoi(s[m[6]:m[7]])
		} else if !ref.IsZero() {
			y = ref.Year()
			if time.Date(y, time.Month(mon), day, 0, 0, 0, 0, time.UTC).After(ref) {
				y--
			}
		}
		text := s[m[0]:m[1]]
		if y == 0 {
			add(Period{Kind: "unresolved", Text: text, Unresolved: fmt.Sprintf("%q names no year; give the article's date (--date)", text)}, m[0], m[1])
			continue
		}
		d := time.Date(y, time.Month(mon), day, 0, 0, 0, 0, time.UTC).Format("2006-01-02")
		add(Period{Kind: "date", Text: text, From: d, To: d, Note: "the date the text names"}, m[0], m[1])
	}
	// "in early February", "by mid-February": an approximate date
	for _, m := range partOfMonthRe.FindAllStringSubmatchIndex(s, -1) {
		if overlaps(used, m[0], m[1]) {
			continue
		}
		mon := monthNum(s[m[4]:m[5]])
		y := 0
		if m[6] >= 0 {
			y, _ = strconv.Atoi(s[m[6]:m[7]])
		} else if !ref.IsZero() {
			y = ref.Year()
			if time.Month(mon) > ref.Month() {
				y--
			}
		}
		if y == 0 {
			continue
		}
		day := map[string]int{"early": 5, "mid": 15, "late": 25, "the end of": 28, "the beginning of": 1, "the start of": 1, "the middle of": 15}[strings.ToLower(s[m[2]:m[3]])]
		d := time.Date(y, time.Month(mon), day, 0, 0, 0, 0, time.UTC).Format("2006-01-02")
		add(Period{Kind: "date", Text: s[m[0]:m[1]], From: d, To: d, Approx: true, Note: "an approximate date"}, m[0], m[1])
	}
	// "as of earlier this month": an approximate date in the article's month
	for _, m := range thisMonthRe.FindAllStringSubmatchIndex(s, -1) {
		if overlaps(used, m[0], m[1]) || ref.IsZero() {
			continue
		}
		day := 5
		switch strings.ToLower(s[m[2]:m[3]]) {
		case "earlier":
			day = (ref.Day() + 1) / 2
		case "late", "later":
			day = 25
		}
		day = max(1, min(day, ref.Day()))
		d := time.Date(ref.Year(), ref.Month(), day, 0, 0, 0, 0, time.UTC).Format("2006-01-02")
		add(Period{Kind: "date", Text: s[m[0]:m[1]], From: d, To: d, Approx: true, Note: "an approximate date in the article's month"}, m[0], m[1])
	}
	// "at the start of this year": an approximate date
	for _, m := range partOfYearRe.FindAllStringSubmatchIndex(s, -1) {
		if overlaps(used, m[0], m[1]) || ref.IsZero() {
			continue
		}
		y := ref.Year()
		switch w := strings.ToLower(s[m[4]:m[5]]); {
		case w == "last":
			y--
		case w == "the":
			// "from 107 in January 2025 to 212 at the end of the year":
			// the year the sentence named before, else the article's
			// (one the writer has seen end)
			before := s[:m[0]]
			if bs := newSubjectClauseRe.FindAllStringIndex(before, -1); len(bs) > 0 {
				// f2-trac230403-02, "Although this still lower than the
				// Biden administration's height of 30,001 in November 2022,
				// it has grown in recent weeks from around 20,500 at the
				// start of the year": a year named before a new clause with
				// its own subject is that clause's, not this one's
				before = before[bs[len(bs)-1][1]:]
			}
			if ys := yearNumberRe.FindAllString(before, -1); len(ys) > 0 {
				y, _ = strconv.Atoi(ys[len(ys)-1])
			} else if w := strings.ToLower(s[m[2]:m[3]]); (w == "end" || w == "close") && ref.Month() < 12 {
				y--
			}
		}
		d := fmt.Sprintf("%d-01-05", y)
		if w := strings.ToLower(s[m[2]:m[3]]); w == "end" || w == "close" {
			d = fmt.Sprintf("%d-12-28", y)
		}
		add(Period{Kind: "date", Text: s[m[0]:m[1]], From: d, To: d, Approx: true, Note: "an approximate date"}, m[0], m[1])
	}
	// "the first 100 days of this year"; "in the first four days of 2018"
	// (the days in words, as the first days of a year are written)
	for _, m := range firstDaysRe.FindAllStringSubmatchIndex(s, -1) {
		if overlaps(used, m[0], m[1]) || ref.IsZero() && m[6] < 0 {
			continue
		}
		n := countWord(s[m[2]:m[3]])
		y := ref.Year()
		switch {
		case m[6] >= 0:
			y, _ = strconv.Atoi(s[m[6]:m[7]])
		case strings.EqualFold(s[m[4]:m[5]], "last"):
			y--
		}
		from := time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC)
		add(Period{Kind: "range", Text: s[m[0]:m[1]], From: from.Format("2006-01-02"), To: from.AddDate(0, 0, n-1).Format("2006-01-02"), Note: fmt.Sprintf("the first %d days of %d", n, y)}, m[0], m[1])
	}
	// "two weeks ago": the population on that date
	for _, m := range weeksAgoRe.FindAllStringSubmatchIndex(s, -1) {
		if overlaps(used, m[0], m[1]) || ref.IsZero() {
			continue
		}
		n := 1
		approx := false
		if m[2] < 0 {
			// "last week"
		} else if w := strings.ToLower(s[m[2]:m[3]]); w == "a few" || w == "several" || w == "some" {
			// "CBS News cited a figure of 59,000 a few weeks ago"
			// (aw-en-kocher-03): about three weeks, not the article's
			// own edition; an approximate date (never contradicted)
			n, approx = 3, true
		} else if w != "a" && w != "one" {
			if v, ok := smallNumbers[w]; ok {
				n = int(v)
			} else if v, err := strconv.Atoi(w); err == nil {
				n = v
			}
		}
		d := ref.AddDate(0, 0, -7*n).Format("2006-01-02")
		add(Period{Kind: "date", Text: s[m[0]:m[1]], From: d, To: d, Approx: approx, Note: "the article's date less " + fmt.Sprint(7*n) + " days"}, m[0], m[1])
	}
	// "since the inauguration", "since Trump took office"
	for _, m := range inaugurationRe.FindAllStringIndex(s, -1) {
		if overlaps(used, m[0], m[1]) {
			continue
		}
		y := 2017
		if !ref.IsZero() && !ref.Before(time.Date(2025, 1, 20, 0, 0, 0, 0, time.UTC)) {
			y = 2025
		}
		text := s[m[0]:m[1]]
		pm := periodMention{start: m[0], p: Period{Kind: "since", Text: text}}
		t := time.Date(0, 1, 20, 0, 0, 0, 0, time.UTC)
		pm.since = &t
		e := throughMonthRe.FindStringSubmatch(s[m[1]:])
		if strings.HasPrefix(strings.ToLower(text), "between") {
			// "Between Inauguration Day and the end of September"
			e = betweenEndRe.FindStringSubmatch(s[m[1]:])
		}
		if e != nil && len(e[0]) < 40 && !ref.IsZero() {
			// "from the inauguration through mid-March"
			if end, approx := throughEnd(e, y, 1); end.After(time.Date(y, 1, 20, 0, 0, 0, 0, time.UTC)) && !end.After(ref) {
				pm.fallback = &Period{Kind: "range", Text: text + e[0], From: fmt.Sprintf("%d-01-20", y), To: end.Format("2006-01-02"), Note: "from the inauguration to the end named", Approx: approx}
			}
		}
		if pm.fallback != nil {
		} else if endOfFYRe.MatchString(s[m[1]:]) {
			// "from his inauguration to the end of the fiscal year"
			if ref.IsZero() || ref.Year() < 2025 {
				y = 2017
			}
			pm.fallback = &Period{Kind: "range", Text: text + " to the end of the fiscal year", From: fmt.Sprintf("%d-01-20", y), To: fmt.Sprintf("%d-09-30", y), Note: "from the inauguration to the end of that fiscal year"}
		} else if !ref.IsZero() {
			pm.fallback = &Period{Kind: "range", Text: text, From: fmt.Sprintf("%d-01-20", y), To: ref.Format("2006-01-02"), Note: inaugurationToDateNote}
		}
		out = append(out, pm)
		used = append(used, span{m[0], m[1]})
	}
	for _, m := range sinceYearRe.FindAllStringSubmatchIndex(s, -1) {
		if overlaps(used, m[0], m[1]) || toYearRe.MatchString(s[m[1]:]) {
			continue // "from 2016 to 2017" is a range
		}
		y, _ := strconv.Atoi(s[m[4]:m[5]])
		if y < 1990 || y > 2100 {
			continue
		}
		p := bareYear(y, s[m[0]:m[1]])
		if m[2] >= 0 {
			p = fyPeriod(y, s[m[0]:m[1]])
		}
		out = append(out, periodMention{p: p, start: m[0], baseline: true, opens: true})
		used = append(used, span{m[0], m[1]})
	}
	for _, m := range first100Re.FindAllStringSubmatchIndex(s, -1) {
		if overlaps(used, m[0], m[1]) {
			continue
		}
		y := 2017
		if !ref.IsZero() && !ref.Before(time.Date(2025, 1, 20, 0, 0, 0, 0, time.UTC)) {
			y = 2025
		}
		add(Period{Kind: "range", Text: s[m[0]:m[1]], From: fmt.Sprintf("%d-01-20", y), To: fmt.Sprintf("%d-04-29", y), Note: "the first 100 days: January 20 to April 29, both included"}, m[0], m[1])
	}
	for _, m := range yearStartRe.FindAllStringIndex(s, -1) {
		if overlaps(used, m[0], m[1]) || ref.IsZero() {
			continue
		}
		// "at the start of the New Year": the first days of the article's
		// year (of the next when it is written in December)
		y := ref.Year()
		if ref.Month() == time.December {
			y++
		}
		d := fmt.Sprintf("%d-01-01", y)
		add(Period{Kind: "date", Text: s[m[0]:m[1]], From: d, To: d, Approx: true, Note: "the first days of " + strconv.Itoa(y)}, m[0], m[1])
	}
	for _, m := range endOfAdminRe.FindAllStringSubmatchIndex(s, -1) {
		if overlaps(used, m[0], m[1]) {
			continue
		}
		// "at the end of the Trump administration": the day before the next inauguration
		g := 2
		if m[2] < 0 {
			g = 4
		}
		end := map[string]string{"trump": "2021-01-19", "biden": "2025-01-19", "obama": "2017-01-19"}[strings.ToLower(s[m[g]:m[g+1]])]
		add(Period{Kind: "date", Text: s[m[0]:m[1]], From: end, To: end, Approx: true, Note: "the last days of that administration"}, m[0], m[1])
	}
	for _, m := range termYearRe.FindAllStringSubmatchIndex(s, -1) {
		if overlaps(used, m[0], m[1]) {
			continue
		}
		// "During Obama's final year", "Trump's first year": the fiscal
		// year of the term's first or last months — a reading the text
		// does not state (interpret.go marks it unstated)
		who, which := strings.ToLower(s[m[2]:m[3]]), strings.ToLower(s[m[4]:m[5]])
		first := map[string]int{"obama": 2009, "trump": 2017, "biden": 2021}[who]
		if who == "trump" && !ref.IsZero() && ref.Year() >= 2025 {
			first = 2025
		}
		fy := first
		if which != "first" {
			// the last fiscal year wholly inside the term (Obama's
			// second term ended in January 2017)
			fy = map[string]int{"obama": 2016, "trump": 2020, "biden": 2024}[who]
			if first == 2025 {
				continue
			}
		}
		p := fyPeriod(fy, s[m[0]:m[1]])
		p.Note = "read as FY" + strconv.Itoa(fy) + ", the last fiscal year wholly in that term"
		if which == "first" {
			p.Note = "read as FY" + strconv.Itoa(fy) + ", the fiscal year in which that term began"
		}
		add(p, m[0], m[1])
	}
	for _, m := range termYearsRe.FindAllStringSubmatchIndex(s, -1) {
		if overlaps(used, m[0], m[1]) {
			continue
		}
		// "In Obama's final two years, those numbers dropped to about
		// 235,000 and 240,000, respectively": FY2015 and FY2016, the last
		// fiscal years wholly in the term (the first: from the fiscal year
		// in which it began), as termYearRe reads one year
		who, which := strings.ToLower(s[m[2]:m[3]]), strings.ToLower(s[m[4]:m[5]])
		n := map[string]int{"two": 2, "three": 3}[strings.ToLower(s[m[6]:m[7]])]
		first := map[string]int{"obama": 2009, "trump": 2017, "biden": 2021}[who]
		if who == "trump" && !ref.IsZero() && ref.Year() >= 2025 {
			first = 2025
		}
		from := first
		if which != "first" {
			if first == 2025 {
				continue
			}
			from = map[string]int{"obama": 2016, "trump": 2020, "biden": 2024}[who] - n + 1
		}
		if !ref.IsZero() && from+n-1 > fiscalYear(ref) {
			continue
		}
		for fy := from; fy < from+n; fy++ {
			p := fyPeriod(fy, s[m[0]:m[1]])
			p.Note = fmt.Sprintf("read as FY%d, one of the %d fiscal years at the %s of that term", fy, n, map[bool]string{true: "start", false: "end"}[which == "first"])
			out = append(out, periodMention{p: p, start: m[0]})
		}
		used = append(used, span{m[0], m[1]})
	}
	for _, m := range adminYearRe.FindAllStringSubmatchIndex(s, -1) {
		if overlaps(used, m[0], m[1]) {
			continue
		}
		// the first fiscal year that starts after the inauguration
		start := map[string]int{"trump": 2017, "biden": 2021, "obama": 2009}[strings.ToLower(s[m[2]:m[3]])]
		if start == 2017 && !ref.IsZero() && ref.Year() >= 2025 {
			start = 2025
		}
		p := fyPeriod(start+1, s[m[0]:m[1]])
		p.Note = fmt.Sprintf("the first fiscal year to start after the inauguration of January %d", start)
		add(p, m[0], m[1])
	}
	// "fiscal 2017-18", "FY 2017/18", "FY17-18": the fiscal year that ends in the
	// second year
	for _, m := range fySplitRe.FindAllStringSubmatchIndex(s, -1) {
		y1, _ := strconv.Atoi(s[m[2]:m[3]])
		y2, _ := strconv.Atoi(s[m[4]:m[5]])
		if y1 < 100 {
			y1 += 2000 // "FY17-18"
		}
		if overlaps(used, m[0], m[1]) || y2 != (y1+1)%100 {
			continue
		}
		p := fyPeriod(y1+1, s[m[0]:m[1]])
		p.Note = fmt.Sprintf("fiscal %d-%02d: ICE's fiscal year %d (October %d to September %d)", y1, y2, y1+1, y1, y1+1)
		add(p, m[0], m[1])
	}
	for _, m := range fyHyphenRangeRe.FindAllStringSubmatchIndex(s, -1) {
		// "fiscal year 2019-2020", "no ano fiscal de 2020-2021"
		// (ch-pt-brasilunidos-01, glossed): one year written with both its
		// calendar years, as "fiscal 2019-20" (two years are plural, read
		// in periods above)
		y1, _ := strconv.Atoi(s[m[4]:m[5]])
		y2, _ := strconv.Atoi(s[m[8]:m[9]])
		if overlaps(used, m[0], m[1]) || y2 != y1+1 || m[6] >= 0 || strings.Contains(strings.ToLower(s[m[2]:m[3]]), "years") {
			continue
		}
		p := fyPeriod(y2, s[m[0]:m[1]])
		p.Note = fmt.Sprintf("fiscal %d-%d: ICE's fiscal year %d (October %d to September %d)", y1, y2, y2, y1, y2)
		add(p, m[0], m[1])
	}
	for _, m := range fyRe.FindAllStringSubmatchIndex(s, -1) {
		if overlaps(used, m[0], m[1]) {
			continue
		}
		g := 2
		if m[2] < 0 {
			g = 4 // "the 2017 fiscal year"
		}
		add(fyPeriod(fyYear(s[m[g]:m[g+1]]), s[m[0]:m[1]]), m[0], m[1])
	}
	for _, m := range monthYearRe.FindAllStringSubmatchIndex(s, -1) {
		if overlaps(used, m[0], m[1]) {
			continue
		}
		if m[4] >= 0 {
			continue // a full date is a moment, not a period
		}
		y, _ := strconv.Atoi(s[m[6]:m[7]])
		add(Period{Kind: "month", Text: s[m[0]:m[1]], Month: fmt.Sprintf("%04d-%02d", y, monthNum(s[m[2]:m[3]]))}, m[0], m[1])
	}
	// "the average daily population of November of last year" (bz-it-
	// focusamerica-06's gloss): that month of the calendar year before the
	// article's, not the fiscal year "last year" alone names
	for _, m := range monthLastYearRe.FindAllStringSubmatchIndex(s, -1) {
		if overlaps(used, m[0], m[1]) || ref.IsZero() {
			continue
		}
		add(Period{Kind: "month", Text: s[m[0]:m[1]], Month: fmt.Sprintf("%04d-%02d", ref.Year()-1, monthNum(s[m[2]:m[3]])), Note: "the month of the year before the article's date " + ref.Format("2006-01-02")}, m[0], m[1])
	}
	for _, m := range inMonthRe.FindAllStringSubmatchIndex(s, -1) {
		if overlaps(used, m[0], m[1]) {
			continue
		}
		rest := strings.TrimLeft(s[m[1]:], " ,")
		if rest != "" && rest[0] >= '0' && rest[0] <= '9' && !countAfterMonthRe.MatchString(s[m[1]:]) {
			continue
		}
		mon := monthNum(s[m[2]:m[3]])
		text := s[m[0]:m[1]]
		if ref.IsZero() {
			add(Period{Kind: "unresolved", Text: text, Unresolved: fmt.Sprintf("%q names no year; give the article's date (--date)", text)}, m[0], m[1])
			continue
		}
		y := ref.Year()
		if mon > int(ref.Month()) || mon == int(ref.Month()) && strings.HasPrefix(strings.ToLower(text), "last") {
			y--
		}
		start := m[0]
		if w := strings.ToLower(s[m[0]:m[2]]); strings.HasPrefix(w, "from") || strings.HasPrefix(w, "compared") {
			start = m[2] // "fell 17.5 percent from June": a baseline (baselineRe reads what precedes)
		}
		if p := parenYearRe.FindStringSubmatch(s[m[1]:]); p != nil {
			// "registered last August (2019)" (t-quixote-02): the year in
			// brackets is the month's, whatever "last" would make it
			if py, _ := strconv.Atoi(p[1]); py >= 1990 && py <= ref.Year() {
				add(Period{Kind: "month", Text: text + p[0], Month: fmt.Sprintf("%04d-%02d", py, mon), Note: "the year the text gives in brackets"}, start, m[1]+len(p[0]))
				continue
			}
		}
		add(Period{Kind: "month", Text: text, Month: fmt.Sprintf("%04d-%02d", y, mon), Note: "year from the article's date " + ref.Format("2006-01-02")}, start, m[1])
	}
	// "last month": the calendar month before the article's
	for _, m := range lastMonthRe.FindAllStringIndex(s, -1) {
		if overlaps(used, m[0], m[1]) {
			continue
		}
		text := s[m[0]:m[1]]
		if ref.IsZero() {
			add(Period{Kind: "unresolved", Text: text, Unresolved: fmt.Sprintf("%q needs the article's date (--date)", text)}, m[0], m[1])
			continue
		}
		lm := time.Date(ref.Year(), ref.Month(), 1, 0, 0, 0, 0, time.UTC).AddDate(0, -1, 0)
		add(Period{Kind: "month", Text: text, Month: lm.Format("2006-01"), Note: "the month before the article's date " + ref.Format("2006-01-02")}, m[0], m[1])
	}
	for _, m := range lastYearRe.FindAllStringSubmatchIndex(s, -1) {
		if overlaps(used, m[0], m[1]) {
			continue
		}
		text := s[m[0]:m[1]]
		if possessiveRe.MatchString(s[:m[0]]) {
			// "During Obama's last year in office": a year of someone's
			// term, not the year before the article
			add(Period{Kind: "unresolved", Text: s[max(0, m[0]-12):m[1]], Unresolved: "a year of someone's term (\"Obama's last year in office\"): give the period with --claims"}, m[0], m[1])
			continue
		}
		if ref.IsZero() {
			add(Period{Kind: "unresolved", Text: text, Unresolved: fmt.Sprintf("%q needs the article's date (--date)", text)}, m[0], m[1])
			continue
		}
		if lw := strings.ToLower(text); strings.HasPrefix(lw, "previous") || strings.HasPrefix(lw, "prior") {
			if ys := namedYearRe.FindAllStringSubmatch(s[:m[0]], -1); len(ys) > 0 {
				// "263,131 in 2018, compared with 218,317 in the previous
				// year": the year before the one the sentence names
				y, _ := strconv.Atoi(ys[len(ys)-1][1])
				p := bareYear(y-1, text)
				p.Note = fmt.Sprintf("the year before %d, the year the sentence names", y)
				if strings.Contains(lw, "fiscal") {
					p.Bare = false
				}
				add(p, m[0], m[1])
				continue
			}
		}
		fy := canon.FiscalYear(canon.DayOf(ref)) - 1
		if strings.HasPrefix(strings.ToLower(text), "last") && strings.HasSuffix(strings.ToLower(text), "year") && fy != ref.Year()-1 && !strings.HasSuffix(strings.ToLower(s[:m[0]]), "the ") {
			// "last year" (not "the last year", the twelve months before)
			// in an article of October to December, the season
			// of ICE's annual report, is the year before the one just
			// reported ("this year"): read as the bare year before the
			// article's year, with the fiscal year just ended as the other
			// reading
			p := bareYear(ref.Year()-1, text)
			p.Note = fmt.Sprintf(lastYearNote+"%s: %d, read as ICE's fiscal year (the calendar year and FY%d are the other readings)", ref.Format("2006-01-02"), ref.Year()-1, fy)
			add(p, m[0], m[1])
			alt := fyPeriod(fy, text)
			alt.Note = "the fiscal year just ended before the article's date"
			out[len(out)-1].alt = &alt
			continue
		}
		// "last year" in January to September: the fiscal year before the
		// article's, or the calendar year (both numbered the year before);
		// "the past year", "the last year", "the past 12 months" (an
		// annual report's year, cm-fr-linfore-01): also the twelve months
		// before the article
		p := bareYear(fy, text)
		p.Note = "read as the fiscal year before the article's date (ICE reports by fiscal year; the calendar year is the other reading)"
		add(p, m[0], m[1])
		if lw := strings.ToLower(text); strings.HasSuffix(strings.ToLower(s[:m[0]]), "the ") && (strings.HasPrefix(lw, "past") || strings.HasPrefix(lw, "last")) {
			to := time.Date(ref.Year(), ref.Month(), 0, 0, 0, 0, 0, time.UTC)
			from := time.Date(to.Year()-1, to.Month()+1, 1, 0, 0, 0, 0, time.UTC)
			alt := Period{Kind: "range", Text: text, From: from.Format("2006-01-02"), To: to.Format("2006-01-02"), Note: "the twelve months before the article's month"}
			out[len(out)-1].alt = &alt
		}
	}
	// "this year": the article's year, a bare year (ICE's fiscal year, or
	// the calendar year)
	for _, m := range thisYearRe.FindAllStringIndex(s, -1) {
		if overlaps(used, m[0], m[1]) || ref.IsZero() {
			continue
		}
		if strings.Contains(strings.ToLower(s[m[0]:m[1]]), "fiscal") {
			// "this fiscal year" in an article of November 2025 is FY2026,
			// the fiscal year under way on its date
			fy := fiscalYear(ref)
			if sm := fySpansRe.FindStringSubmatch(s[m[1]:]); sm != nil {
				// "this fiscal year, which spans October 2023 and this
				// September" (ch-en-kjzz-02, in December 2024): the year
				// the clause names, the one just ended
				y, _ := strconv.Atoi(sm[1])
				add(Period{Kind: "fy", Text: s[m[0]:m[1]], FY: y + 1, Note: fmt.Sprintf("\"this fiscal year\", which the sentence says began in October %d: FY%d", y, y+1)}, m[0], m[1])
				continue
			}
			add(Period{Kind: "fy", Text: s[m[0]:m[1]], FY: fy, Note: fmt.Sprintf("\"this fiscal year\" in an article of %s: FY%d, the fiscal year under way", ref.Format("2006-01-02"), fy)}, m[0], m[1])
			continue
		}
		p := bareYear(ref.Year(), s[m[0]:m[1]])
		p.Note = fmt.Sprintf("\"this year\" in an article of %s: %d, read as ICE's fiscal year (the calendar year is the other reading)", ref.Format("2006-01-02"), ref.Year())
		add(p, m[0], m[1])
	}
	for _, m := range calYearRe.FindAllStringSubmatchIndex(s, -1) {
		if overlaps(used, m[0], m[1]) {
			continue
		}
		y, _ := strconv.Atoi(s[m[4]:m[5]])
		if y < 1990 || y > 2100 {
			continue
		}
		if m[2] >= 0 {
			add(Period{Kind: "range", Text: s[m[0]:m[1]], From: fmt.Sprintf("%d-01-01", y), To: fmt.Sprintf("%d-12-31", y), Note: "calendar year, as the text says"}, m[0], m[1])
			continue
		}
		add(bareYear(y, s[m[0]:m[1]]), m[0], m[1])
		// "in 2015 and 2016", "in 2017, 2018 and 2019": each year of the list
		end := m[1]
		for {
			lm := yearListRe.FindStringSubmatchIndex(s[end:])
			if lm == nil {
				break
			}
			y2, _ := strconv.Atoi(s[end+lm[2] : end+lm[3]])
			if y2 < 1990 || y2 > 2100 || overlaps(used, end+lm[2], end+lm[3]) {
				break
			}
			add(bareYear(y2, s[end+lm[2]:end+lm[3]]), end+lm[2], end+lm[3])
			end += lm[1]
		}
	}
	// "Compared to 2016 when 63 Kenyans were deported", "an increase on
	// 2017 when 34 Irish people were deported": a bare year after "compared
	// to" or "an increase on" is a period too (the earlier one)
	for _, m := range comparedYearRe.FindAllStringSubmatchIndex(s, -1) {
		if overlaps(used, m[2], m[3]) {
			continue
		}
		if y, _ := strconv.Atoi(s[m[2]:m[3]]); y >= 1990 && y <= 2100 {
			add(bareYear(y, s[m[2]:m[3]]), m[2], m[3])
		}
	}
	// "This morning U.S. Immigration and Customs Enforcement removed 2
	// Cuban nationals to Havana" (h1-cubafirst-02): a part of today is the
	// day of the statement, the article's date
	for _, m := range thisMorningRe.FindAllStringIndex(s, -1) {
		if overlaps(used, m[0], m[1]) || ref.IsZero() {
			continue
		}
		d := ref.Format("2006-01-02")
		add(Period{Kind: "range", Text: s[m[0]:m[1]], From: d, To: d, Note: "a part of today: the article's date"}, m[0], m[1])
	}
	for _, m := range operationRe.FindAllStringIndex(s, -1) {
		if overlaps(used, m[0], m[1]) {
			continue
		}
		why := "the dates of an operation are not in the records; give the period with --claims"
		if eraRe.MatchString(s[m[0]:m[1]]) {
			why = "an administration's years are not one period the sentence pins down (which years, counted how); give the period with --claims"
		}
		add(Period{Kind: "unresolved", Text: s[m[0]:m[1]], Unresolved: why}, m[0], m[1])
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].start < out[j].start })
	return out
}

// monthRange reads a rangeRe match: whole months unless a day is given; a
// first month without a year takes the second's (or the year before, when
// it comes later in the calendar: "between November and February 2025").
func monthRange(s string, m []int, ref time.Time) (Period, bool) {
	get := func(i int) string {
		if m[2*i] < 0 {
			return ""
		}
		return s[m[2*i]:m[2*i+1]]
	}
	m1, m2 := monthNum(get(1)), monthNum(get(4))
	if m1 == 0 || m2 == 0 {
		return Period{}, false
	}
	y2, _ := strconv.Atoi(get(6))
	if get(6) == "" {
		if ref.IsZero() {
			return Period{}, false
		}
		// "from Jan. 20 to April 29": the last such span before the article
		y2 = ref.Year()
		if time.Month(m2) > ref.Month() {
			y2--
		}
		if ofLastYearRe.MatchString(s[m[1]:]) {
			// "between January 24 and April 30 of last year": the year
			// before the article's
			y2 = ref.Year() - 1
		} else if ofThisYearRe.MatchString(s[m[1]:]) {
			// "between January 22 and April 29 of this year": the
			// article's year
			y2 = ref.Year()
		}
	}
	y1 := y2
	if get(3) != "" {
		y1, _ = strconv.Atoi(get(3))
	} else if m1 > m2 {
		y1 = y2 - 1
	}
	from := time.Date(y1, time.Month(m1), 1, 0, 0, 0, 0, time.UTC)
	if d := get(2); d != "" {
		n, _ := strconv.Atoi(d)
		from = time.Date(y1, time.Month(m1), n, 0, 0, 0, 0, time.UTC)
		if from.Day() != n {
			return Period{}, false
		}
	}
	to := time.Date(y2, time.Month(m2)+1, 0, 0, 0, 0, 0, time.UTC) // the month's last day
	if d := get(5); d != "" {
		n, _ := strconv.Atoi(d)
		to = time.Date(y2, time.Month(m2), n, 0, 0, 0, 0, time.UTC)
		if to.Day() != n {
			return Period{}, false
		}
	}
	if to.Before(from) {
		return Period{}, false
	}
	note := ""
	if get(5) == "" && to.Sub(from) > 40*24*time.Hour {
		note = wholeEndMonthNote
	}
	// "from late January through September": the first day is a guess
	approx := approxStartRe.MatchString(s[m[0]:m[2]])
	return Period{Kind: "range", Text: s[m[0]:m[1]], From: from.Format("2006-01-02"), To: to.Format("2006-01-02"), Note: note, Approx: approx}, true
}

// approxStartRe: "from late January", "between mid-March".
var approxStartRe = lazyRegexp(`(?i)\b(?:early|mid|late)[- ]$`)

// wholeEndMonthNote marks a span of months read to the end of its last
// month ("between January and September"): writers also mean up to that
// month (readingsOf).
const wholeEndMonthNote = "to the end of the last month named"

// articleDate finds a dateline date near the start of a text.
func articleDate(text string) (time.Time, bool) {
	head := text
	if len(head) > 400 {
		head = head[:400]
	}
	m := datelineRe.FindStringSubmatch(head)
	if m == nil {
		return time.Time{}, false
	}
	if m[1] != "" {
		d, _ := strconv.Atoi(m[2])
		y, _ := strconv.Atoi(m[3])
		return time.Date(y, time.Month(monthNum(m[1])), d, 0, 0, 0, 0, time.UTC), true
	}
	t, err := time.Parse("2006-01-02", m[4]+"-"+m[5]+"-"+m[6])
	return t, err == nil
}

// String describes a period.
func (p Period) String() string {
	switch p.Kind {
	case "fy":
		if p.Note == firstTermPeakNote {
			return "the peak fiscal year of the first Trump term (FY2017-FY2020)"
		}
		return fmt.Sprintf("FY%d", p.FY)
	case "month":
		return p.Month
	case "range":
		if p.To == "" {
			return "from " + p.From
		}
		return p.From + ".." + p.To
	case "unresolved":
		return "unresolved (" + p.Text + ")"
	case "date":
		return "on " + p.From
	}
	return "all periods"
}

// previous is the same length of time one year earlier (for "last year"
// baselines of changes).
func (p Period) previous() Period {
	switch p.Kind {
	case "fy":
		// a bare year's year before is bare too: "in 2018, up from 218,317
		// the year before" may be calendar years
		return Period{Kind: "fy", FY: p.FY - 1, Text: "the previous fiscal year", Bare: p.Bare}
	case "month":
		var y, m int
		fmt.Sscanf(p.Month, "%d-%d", &y, &m)
		return Period{Kind: "month", Month: fmt.Sprintf("%04d-%02d", y-1, m), Text: "the same month a year earlier"}
	case "date":
		// "70,766 on Feb. 2, up 78 percent from a year earlier": the
		// edition in force a year before the day
		if q := p.shifted(-1); q.From != "" {
			q.Text = "a year earlier"
			return q
		}
	}
	return Period{Kind: "unresolved", Unresolved: "no earlier period to compare with"}
}

// namedYearRe: a year named earlier in a sentence ("in 2018", "FY2018").
var namedYearRe = lazyRegexp(`\b(?:FY\s?|fiscal (?:year )?)?((?:19|20)\d\d)\b`)

// bareYear reads "in 2017": ICE's fiscal year, with the calendar year as
// the other reading (readings.go).
// fiscalYear is ICE's fiscal year of a day (FY2026 runs from 1 October
// 2025 to 30 September 2026).
func fiscalYear(t time.Time) int {
	if t.Month() >= time.October {
		return t.Year() + 1
	}
	return t.Year()
}

func bareYear(y int, text string) Period {
	return Period{Kind: "fy", Text: text, FY: y, Bare: true, Note: "a bare year, read as ICE's fiscal year " + fmt.Sprint(y) + " (the calendar year is the other reading)"}
}

// thanBaseline: a period after "more ... than" is the baseline, unless
// "than" only hedges a figure ("rose more than 50% in the last fiscal year").
func thanBaseline(before string) bool {
	if !thanBeforeRe.MatchString(before) {
		return false
	}
	low := lowerASCII(before)
	k := strings.LastIndex(low, "than")
	rest := strings.TrimSpace(low[k+4:])
	if strings.HasPrefix(rest, "any other") || strings.HasPrefix(rest, "all other") || strings.HasPrefix(rest, "every other") {
		return false // "more arrests than any other area in fiscal 2018": places compared, not periods
	}
	return rest == "" || !(rest[0] >= '0' && rest[0] <= '9') && !strings.HasPrefix(rest, "a ") && !strings.HasPrefix(rest, "half")
}

// statesAsAOR reads a list of states that is exactly the coverage of one
// area of responsibility ("in Colorado and Wyoming") as that AOR.
func statesAsAOR(s string, ms []placeMention) []placeMention {
	sort.SliceStable(ms, func(i, j int) bool { return ms[i].start < ms[j].start })
	for i, m := range ms {
		// "Minnesota and four surrounding states", "Iowa and neighboring
		// states": the several-state area of responsibility of that
		// state, as far as the words tell (an approximate place)
		if m.p.Kind != "state" || m.start+len(m.p.Name) > len(s) {
			continue
		}
		n := neighborStatesRe.FindStringSubmatch(s[m.start+len(m.p.Name):])
		aors := aorsOfState(m.p.State)
		if n == nil || len(aors) != 1 {
			continue
		}
		cov := place.StatesOfAOR(aors[0])
		if k := countWord(n[1]); len(cov) < 2 || k > 0 && k != len(cov)-1 {
			continue
		}
		p := placeOfAOR(aors[0])
		p.Name, p.Approx = strings.TrimSpace(m.p.Name+n[0])+" (the "+p.Name+")", true
		ms[i].p = p
	}
	sort.SliceStable(ms, func(i, j int) bool { return ms[i].start < ms[j].start })
	var idx []int
	for i, m := range ms {
		if m.p.Kind == "state" {
			idx = append(idx, i)
		}
	}
	if len(idx) < 2 {
		return ms
	}
	// consecutive states joined by ", ", " and ", " or "
	first, last := idx[0], idx[len(idx)-1]
	for k := 1; k < len(idx); k++ {
		a, b := ms[idx[k-1]], ms[idx[k]]
		if a.start+len(a.p.Name) > b.start || b.start > len(s) {
			return ms
		}
		gap := strings.TrimSpace(s[a.start+len(a.p.Name) : b.start])
		switch strings.TrimSpace(strings.TrimPrefix(gap, ",")) {
		case "", "and", "or":
		default:
			return ms
		}
	}
	var sts []string
	for _, i := range idx {
		sts = append(sts, ms[i].p.State)
	}
	sort.Strings(sts)
	for _, a := range place.AORs() {
		cov := place.StatesOfAOR(a.Code)
		if strings.Join(cov, ",") == strings.Join(sts, ",") {
			end := min(len(s), ms[last].start+len(ms[last].p.Name))
			name := s[ms[first].start:end]
			p := Place{Kind: "aor", Name: name + " (the " + a.Name + " AOR)", AOR: a.Code}
			out := append([]placeMention(nil), ms[:first]...)
			out = append(out, placeMention{p, ms[first].start})
			for _, m := range ms[first+1:] {
				if m.p.Kind != "state" {
					out = append(out, m)
				}
			}
			return out
		}
	}
	return ms
}

// year is the (fiscal or calendar) year a period starts in, for shifts.
// yearIn is the period's year on the sentence's own terms: its fiscal
// year when the text says "fiscal", else year().
func (p Period) yearIn(fiscal bool) int {
	if fiscal && (p.Kind == "range" || p.Kind == "date" || p.Kind == "month") {
		d := p.From
		if p.Kind == "month" {
			d = p.Month + "-01"
		}
		if t, err := time.Parse("2006-01-02", d); err == nil {
			if t.Month() >= time.October {
				return t.Year() + 1
			}
			return t.Year()
		}
	}
	return p.year()
}

func (p Period) year() int {
	switch p.Kind {
	case "fy":
		return p.FY
	case "month":
		var y int
		fmt.Sscanf(p.Month, "%d-", &y)
		return y
	case "range", "date":
		var y int
		fmt.Sscanf(p.From, "%d-", &y)
		return y
	}
	return 0
}

// shifted is the same period n years later (n < 0: earlier).
func (p Period) shifted(n int) Period {
	shift := func(d string) string {
		t, err := time.Parse("2006-01-02", d)
		if err != nil {
			return d
		}
		return t.AddDate(n, 0, 0).Format("2006-01-02")
	}
	switch p.Kind {
	case "fy":
		return Period{Kind: "fy", FY: p.FY + n, Text: p.Text}
	case "month":
		var y, m int
		fmt.Sscanf(p.Month, "%d-%d", &y, &m)
		return Period{Kind: "month", Month: fmt.Sprintf("%04d-%02d", y+n, m)}
	case "range", "date":
		return Period{Kind: p.Kind, From: shift(p.From), To: shift(p.To), Note: fmt.Sprintf("the same dates %d year(s) apart", n), Approx: p.Approx}
	}
	return Period{Kind: "unresolved", Unresolved: "no earlier period to compare with"}
}

// throughEnd is the last day of a span that starts in month mon of year y
// and runs "through the end of April", "until April 29" or "through
// mid-March" (throughMonthRe's match e); approx when the day is a guess.
func throughEnd(e []string, y, mon int) (time.Time, bool) {
	em := monthNum(e[2])
	ey := y
	if em < mon {
		ey++
	}
	end := time.Date(ey, time.Month(em)+1, 0, 0, 0, 0, 0, time.UTC) // the month's last day
	approx := false
	switch strings.ToLower(e[1]) {
	case "mid":
		// "through mid-March": about the 15th
		end, approx = time.Date(ey, time.Month(em), 15, 0, 0, 0, 0, time.UTC), true
	case "early":
		end, approx = time.Date(ey, time.Month(em), 7, 0, 0, 0, 0, time.UTC), true
	case "late":
		approx = true
	}
	if e[3] != "" {
		d, _ := strconv.Atoi(e[3])
		end, approx = time.Date(ey, time.Month(em), d, 0, 0, 0, 0, time.UTC), false
	}
	return end, approx
}

// betweenEndRe: the end of a span "between" a start and a month, in the
// groups of throughMonthRe.
var betweenEndRe = lazyRegexp(`(?i)^\s+and\s+(?:the\s+end\s+of\s+|(mid|early|late)[- ])?(` + monthAbbr + `)(?:\s+(\d{1,2})\b)?`)

// throughMonthRe: where a span that starts on a date ends, later in the
// sentence: "through the end of April", "until April 29".
var throughMonthRe = lazyRegexp(`(?i)^[^.;]{0,90}?\b(?:through|thru|until|to)\s+(?:the\s+end\s+of\s+|(mid|early|late)[- ])?(` + monthAbbr + `)(?:\s+(\d{1,2})\b)?`)

// fyThroughMonth reads "As of June, ICE had made 120,549 arrests in fiscal
// 2018": the fiscal year named, from its first day to the end of the month
// named (a month with a year of its own is a date, read elsewhere).
func fyThroughMonth(s string, fy Period, pos int, prs []periodMention) (Period, bool) {
	if fy.Kind != "fy" {
		return fy, false
	}
	for _, m := range fyThroughMonthRe.FindAllStringSubmatchIndex(s, -1) {
		if m[0]-pos > 120 || pos-m[1] > 120 {
			continue
		}
		other := false
		for _, pm := range prs {
			if pm.p.String() != fy.String() && (pm.start < m[0] || pm.start > m[1]) {
				// "fell to 226,119 in fiscal 2017, then ... 282,242 this
				// fiscal year (as of June)": the month is one figure's
				other = true
			}
		}
		if other {
			return fy, false
		}
		rest := strings.TrimLeft(s[m[1]:], " ,")
		if rest != "" && rest[0] >= '0' && rest[0] <= '9' {
			continue
		}
		mon := monthNum(s[m[2]:m[3]])
		if mon == 0 || mon == 9 {
			continue
		}
		y := fy.FY
		if mon >= 10 {
			y--
		}
		end := time.Date(y, time.Month(mon)+1, 0, 0, 0, 0, 0, time.UTC)
		return Period{Kind: "range", Text: fy.Text + " (" + s[m[0]:m[1]] + ")", From: fmt.Sprintf("%d-10-01", fy.FY-1), To: end.Format("2006-01-02"),
			Note: wholeEndMonthNote}, true // "as of June" may also be to its start (readings.go)
	}
	return fy, false
}

var (
	// monthLastYearRe: "November of last year", "in June last year"
	monthLastYearRe = lazyRegexp(`(?i)\b(?:in|of|during|for)\s+(` + monthAlt + `)\s+(?:of\s+)?last\s+year\b`)
	// countAfterMonthRe: a count after "In January," ("In January,
	// 16,643 people were deported", bw-es-americateve-02, glossed), not a
	// day of the month nor a year
	countAfterMonthRe = lazyRegexp(`^,\s*(?:\d{1,3}(?:,\d{3})+|\d{3}|[1-9]\d{4,})\b`)
)

// quarterYear is the year of a quarterRe match m in s: "of fiscal 2018"
// (group 2) or "of the 2018 fiscal year" (group 3, bx-en-latinovations-02's
// "the first half of the 2016 fiscal year").
func quarterYear(s string, m []int) string {
	if m[4] >= 0 {
		return s[m[4]:m[5]]
	}
	return s[m[6]:m[7]]
}
