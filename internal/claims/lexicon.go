package claims

import (
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/icestat/icestat/internal/canon"
	"github.com/icestat/icestat/internal/place"
)

// ---- measures -------------------------------------------------------------

// maskRe hides phrases that name a measure word without being about that
// measure: "removal orders" qualify arrests, "in ICE custody" is a state.
var maskRe = regexp.MustCompile(`(?i)\benforcement and removal operations\b|\bremoval operations\b|\bimmigration and customs enforcement\b|\b(?:final |removal |deportation )orders?(?: of removal)?\b|\borders? of (?:removal|deportation)\b|\bordered (?:removed|deported)\b|\bremoval proceedings\b|\bpending removal\b|\bremovable\b|\bdeportable\b|\bremain(?:s|ed)? in (?:ice )?custody\b|\bin (?:ice )?custody\b|\bcriminal charges?\b|\bdetainer requests? (?:were |was )?(?:declined|refused|ignored)\b`)

type measureRule struct {
	re      *regexp.Regexp
	dataset string
}

var measureRules = []measureRule{
	{regexp.MustCompile(`\b(?:arrest|arrests|arrested|arresting|apprehend|apprehended|apprehending|apprehensions?|taken into custody|took into custody|nabbed|rounded up|picked up)\b`), "arrests"},
	{regexp.MustCompile(`\bencounter(?:s|ed)?\b`), "encounters"},
	{regexp.MustCompile(`\bdetainers?\b|\bimmigration holds?\b|\bice holds?\b`), "detainers"},
	{regexp.MustCompile(`\bbook-?ins?\b|\bbooked into\b|\bbookings?\b|\bdetained\b|\bdetentions?\b|\binitial book\b`), "detentions"},
	{regexp.MustCompile(`\bremov(?:al|als|ed|ing)\b|\bdeport(?:ed|ation|ations|ing|s)?\b|\brepatriat(?:ed|ions?)\b|\bexpelled\b|\bremoves\b`), "removals"},
}

func mask(low string) string {
	return maskRe.ReplaceAllStringFunc(low, func(s string) string { return strings.Repeat("_", len(s)) })
}

// measureIn returns the first measure named in a lower-case text.
func measureIn(low string) string {
	m, _ := measureNear(low, 0)
	return m
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
	re     *regexp.Regexp
	key    string // query key
	value  string
	gap    *Gap
	custom string
}

var (
	reCriminal  = regexp.MustCompile(`\bconvictions? or (?:pending )?(?:criminal )?charges?\b|\bconvicted (?:of crimes )?or charged\b|\bcharged (?:with )?or convicted\b|\bcriminal (?:convictions?|records?|histor(?:y|ies)) or (?:pending )?(?:criminal )?charges\b|\bcriminal histor(?:y|ies)\b|\bcriminal (?:illegal )?(?:aliens?|foreign nationals?|immigrants?|noncitizens?|non-citizens?|offenders?|migrants?)\b|\bcriminal illegal\b|\bpending criminal charges? or convictions?\b|\bconvicted criminals? (?:or|and) (?:those |aliens )?(?:with )?pending\b`)
	reConvicted = regexp.MustCompile(`\bconvicted criminals?\b|\bcriminal convictions?\b|\bprior convictions?\b|\b(?:were|had been|been|was) convicted\b|\bconvicted of\b|\bhad convictions?\b`)
	rePending   = regexp.MustCompile(`\bpending (?:criminal )?charges?\b|\bfacing (?:criminal )?charges\b|\bcharged with (?:a )?crimes?\b`)
	reOther     = regexp.MustCompile(`\bnon-?criminals?\b|\bno criminal (?:records?|histor(?:y|ies)|convictions?)\b|\bother immigration violators?\b`)
	reFinal     = regexp.MustCompile(`\b(?:final |removal |deportation )orders?\b|\borders? of (?:removal|deportation)\b|\bordered (?:removed|deported)\b`)
	reAtLarge   = regexp.MustCompile(`\bat-? ?large\b`)
	reCustodial = regexp.MustCompile(`\bcustodial (?:arrests?|transfers?)\b|\bfrom (?:local )?(?:jails|prisons)\b|\bjail transfers?\b`)
	reWorksite  = regexp.MustCompile(`\bworksite\b`)
	reDeclined  = regexp.MustCompile(`\b(?:declined|refused|ignored|did not honor|didn't honor|not honored|refused to honor)\b`)

	noFieldRules = []struct {
		re  *regexp.Regexp
		gap Gap
	}{
		{regexp.MustCompile(`\babroad\b|\bforeign (?:convictions?|charges?|crimes?|warrants?)\b|\bin (?:their|his|her) (?:home )?countr(?:y|ies)\b|\boverseas\b`), Gap{ReasonNoField, "foreign charges", "the records hold one criminality class per row and do not say whether a conviction or charge is in the U.S. or abroad"}},
		{regexp.MustCompile(`\bgangs?\b|\bms-13\b|\btren de aragua\b|\bcartels?\b`), Gap{ReasonNoField, "gang membership", "no release has a field for gang membership"}},
		{regexp.MustCompile(`\binterpol\b|\bred notices?\b`), Gap{ReasonNoField, "Interpol notices", "no release has a field for Interpol notices"}},
		{regexp.MustCompile(`\bfugitives?\b`), Gap{ReasonNoField, "fugitive status", "the releases have no field for ICE fugitive status"}},
		{regexp.MustCompile(`\breinstated\b`), Gap{ReasonNoField, "reinstated orders", "the releases have no field for reinstated removal orders"}},
		{regexp.MustCompile(`\b(?:border|interior) (?:removals?|arrests?|deportations?)\b`), Gap{ReasonNoField, "border vs interior", "the releases have no field telling border from interior removals"}},
		{regexp.MustCompile(`\bsex(?:ual)? (?:offen[sc]es?|offenders?|assault)\b|\bhomicides?\b|\bmurder(?:ers?)?\b|\brapes?\b|\brapists?\b|\bassaults?\b|\bdui\b|\bdrunk driving\b|\bdrug (?:offen[sc]es?|traffick\w*|charges?)\b|\bweapons? offen[sc]es?\b`), Gap{ReasonNoField, "offence type", "the 2019-era releases have no offence or conviction-type field (only the Seattle productions carry a most serious conviction)"}},
		{regexp.MustCompile(`\bunaccompanied\b|\bfamily units?\b|\bfamilies\b`), Gap{ReasonNoField, "family status", "the releases used have no family-unit or unaccompanied-minor field"}},
	}
	reMultiAgency = regexp.MustCompile(`\b(?:federal|law enforcement|local|state|agency) partners?\b|\bmulti-?agency\b|\btask forces?\b|\bworking (?:with|alongside) (?:the )?(?:fbi|dea|atf|hsi|u\.s\. marshals|cbp|border patrol|multiple)\b|\bjoint operations?\b`)
	reNonComply   = regexp.MustCompile(`\b(?:didn't|did not|failed to) (?:comply|depart|leave)\b`)
	reCustody     = regexp.MustCompile(`\bcustody\b|\bremain(?:s|ed)? detained\b`)
)

// countries maps names and demonyms to the upper-case spelling of the
// releases (citizenship).
var countries = map[string]string{
	"mexico": "MEXICO", "mexican": "MEXICO", "mexicans": "MEXICO", "guatemala": "GUATEMALA", "guatemalan": "GUATEMALA",
	"guatemalans": "GUATEMALA", "honduras": "HONDURAS", "honduran": "HONDURAS", "hondurans": "HONDURAS",
	"el salvador": "EL SALVADOR", "salvadoran": "EL SALVADOR", "salvadorans": "EL SALVADOR", "brazil": "BRAZIL",
	"brazilian": "BRAZIL", "brazilians": "BRAZIL", "dominican republic": "DOMINICAN REPUBLIC", "ecuador": "ECUADOR",
	"ecuadorian": "ECUADOR", "colombia": "COLOMBIA", "colombian": "COLOMBIA", "haiti": "HAITI", "haitian": "HAITI",
	"haitians": "HAITI", "nicaragua": "NICARAGUA", "nicaraguan": "NICARAGUA", "jamaica": "JAMAICA", "jamaican": "JAMAICA",
	"china": "CHINA, PEOPLES REPUBLIC OF", "chinese": "CHINA, PEOPLES REPUBLIC OF", "india": "INDIA", "indian": "INDIA",
	"peru": "PERU", "peruvian": "PERU", "cuba": "CUBA", "cuban": "CUBA", "cubans": "CUBA", "romania": "ROMANIA",
	"nigeria": "NIGERIA", "nigerian": "NIGERIA", "canada": "CANADA", "venezuela": "VENEZUELA", "venezuelan": "VENEZUELA",
	"venezuelans": "VENEZUELA", "vietnam": "VIETNAM", "vietnamese": "VIETNAM", "philippines": "PHILIPPINES",
	"filipino": "PHILIPPINES", "cambodia": "CAMBODIA", "cambodian": "CAMBODIA", "somalia": "SOMALIA", "somali": "SOMALIA",
	"pakistan": "PAKISTAN", "ghana": "GHANA", "ukraine": "UKRAINE", "russia": "RUSSIA",
}

var countryRe = func() *regexp.Regexp {
	var names []string
	for k := range countries {
		names = append(names, regexp.QuoteMeta(k))
	}
	sort.Slice(names, func(i, j int) bool { return len(names[i]) > len(names[j]) })
	return regexp.MustCompile(`\b(` + strings.Join(names, "|") + `)\b`)
}()

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

func qualifiersOf(low, dataset string) (map[string][]string, []Gap, []string) {
	f := map[string][]string{}
	var gaps []Gap
	var notes []string
	switch {
	case reCriminal.MatchString(low):
		f["criminality"] = []string{"criminal"}
	case rePending.MatchString(low) && reConvicted.MatchString(low):
		f["criminality"] = []string{"criminal"}
	case reConvicted.MatchString(low):
		f["criminality"] = []string{"convicted"}
	case rePending.MatchString(low):
		f["criminality"] = []string{"pending"}
	case reOther.MatchString(low):
		f["criminality"] = []string{"other"}
	}
	if reFinal.MatchString(low) {
		f["final-order"] = []string{"yes"}
		notes = append(notes, "a final order is recorded as of the data extraction, not necessarily at arrest")
		if reNonComply.MatchString(low) {
			notes = append(notes, "whether the person failed to comply with the order is not in the records")
		}
	}
	switch {
	case reAtLarge.MatchString(low):
		f["method"] = []string{"at-large"}
	case reCustodial.MatchString(low):
		f["method"] = []string{"custodial"}
	case reWorksite.MatchString(low):
		f["method"] = []string{"Worksite Enforcement"}
	}
	if dataset == "detainers" && reDeclined.MatchString(low) {
		f["where"] = []string{"lift_reason=Detainer Declined by LEA"}
	}
	seen := map[string]bool{}
	for _, m := range countryRe.FindAllString(low, -1) {
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
	if reMultiAgency.MatchString(low) {
		gaps = append(gaps, Gap{ReasonDefinitionGap, "multi-agency operation", "the records count ERO administrative arrests; a figure for an operation with partner agencies may include their arrests"})
	}
	if len(f) == 0 {
		f = nil
	}
	return f, gaps, notes
}

// ---- places ---------------------------------------------------------------

type placeMention struct {
	p     Place
	start int
}

var (
	eroRe      = regexp.MustCompile(`\b(?:ICE\s+)?ERO\s+([A-Z][A-Za-z.]+(?:\s+(?:[A-Z][A-Za-z.]+))?(?:\s+City)?)`)
	officeRe   = regexp.MustCompile(`\b([A-Z][a-z.]+(?:\s[A-Z][a-z.]+){0,2})\s+(?:[Ff]ield [Oo]ffice|[Aa]rea of [Rr]esponsibility|AOR)\b`)
	countyRe   = regexp.MustCompile(`\b([A-Z][a-z]+(?:[ -][A-Z][a-z]+)?) County\b`)
	nationalRe = regexp.MustCompile(`(?i)\b(?:nationwide|nationally|across the (?:country|nation|united states|u\.s\.)|national(?:ly)? total|in the nation\b|countrywide)`)
	theStateRe = regexp.MustCompile(`(?i)\b(?:in|across|of|throughout) the state\b`)
	islandRe   = regexp.MustCompile(`\b(Nantucket|Martha['’]s Vineyard)\b`)
	stateREs   = func() []struct {
		re *regexp.Regexp
		st place.State
	} {
		var out []struct {
			re *regexp.Regexp
			st place.State
		}
		for _, s := range place.States() {
			out = append(out, struct {
				re *regexp.Regexp
				st place.State
			}{regexp.MustCompile(`\b` + regexp.QuoteMeta(s.Name) + `\b`), s})
		}
		return out
	}()
)

var islands = map[string][2]string{"nantucket": {"MA", "nantucket"}, "martha's vineyard": {"MA", "dukes"}, "martha’s vineyard": {"MA", "dukes"}}

// places finds the places a sentence names. ctxState resolves "in the
// state" and counties without a state.
func places(s, ctxState string) []placeMention {
	var out []placeMention
	var used []span
	for _, m := range eroRe.FindAllStringSubmatchIndex(s, -1) {
		name := s[m[2]:m[3]]
		words := strings.Fields(name)
		for n := len(words); n > 0; n-- {
			if a, ok := place.LookupAOR(strings.Join(words[:n], " ")); ok && a.Code != "HQ" {
				out = append(out, placeMention{Place{Kind: "aor", Name: "ERO " + a.Name, AOR: a.Code}, m[0]})
				used = append(used, span{m[0], m[1]})
				break
			}
		}
	}
	for _, m := range officeRe.FindAllStringSubmatchIndex(s, -1) {
		if overlaps(used, m[0], m[1]) {
			continue
		}
		words := strings.Fields(s[m[2]:m[3]])
		for k := 0; k < len(words); k++ {
			if a, ok := place.LookupAOR(strings.Join(words[k:], " ")); ok && a.Code != "HQ" {
				out = append(out, placeMention{Place{Kind: "aor", Name: a.Name + " area of responsibility", AOR: a.Code}, m[0]})
				used = append(used, span{m[0], m[1]})
				break
			}
		}
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
		if st != "" {
			addCounty(st, name, m[0])
			used = append(used, span{m[0], m[1]})
		}
	}
	if len(counties) > 0 {
		out = append(out, placeMention{Place{Kind: "county", Name: strings.Join(counties, "; "), State: cstate, Counties: counties}, cstart})
	}
	for _, r := range stateREs {
		for _, m := range r.re.FindAllStringIndex(s, -1) {
			if overlaps(used, m[0], m[1]) {
				continue
			}
			rest := s[m[1]:]
			if r.st.Code == "WA" && !strings.HasPrefix(strings.ToLower(rest), " state") && !strings.HasSuffix(strings.ToLower(s[:m[0]]), "state of ") {
				continue
			}
			if r.st.Code == "NY" && strings.HasPrefix(rest, " City") {
				continue
			}
			if r.st.Code == "VA" && strings.HasSuffix(s[:m[0]], "West ") {
				continue
			}
			out = append(out, placeMention{Place{Kind: "state", Name: r.st.Name, State: r.st.Code}, m[0]})
			used = append(used, span{m[0], m[1]})
		}
	}
	if m := theStateRe.FindStringIndex(s); m != nil && ctxState != "" {
		st, _ := place.LookupState(ctxState)
		out = append(out, placeMention{Place{Kind: "state", Name: st.Name, State: st.Code}, m[0]})
	}
	if m := nationalRe.FindStringIndex(s); m != nil {
		out = append(out, placeMention{Place{Kind: "national", Name: "nationwide"}, m[0]})
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].start < out[j].start })
	return out
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
	since    *time.Time // "since January 20": a start date to combine with a fiscal year
}

const monthAlt = `January|February|March|April|May|June|July|August|September|October|November|December`

var (
	fyRe        = regexp.MustCompile(`(?i)\b(?:fiscal\s+year|fiscal|FY)\s*'?(\d{4}|\d{2})\b`)
	monthYearRe = regexp.MustCompile(`\b(` + monthAlt + `)(?:\s+(\d{1,2}))?,?\s+(\d{4})\b`)
	// "between January 2024 and February 2025", "from March 1, 2024, to June 30, 2024",
	// "between January and March 2025"
	rangeRe     = regexp.MustCompile(`(?i)\b(?:between|from)\s+(` + monthAlt + `)(?:\s+(\d{1,2}))?(?:,?\s+(\d{4}))?,?\s+(?:and|to|through|until|thru)\s+(` + monthAlt + `)(?:\s+(\d{1,2}))?,?\s+(\d{4})\b`)
	sinceRe     = regexp.MustCompile(`(?i)\b(since|after|from)\s+(` + monthAlt + `)\s+(\d{1,2})(?:,?\s+(\d{4}))?`)
	inMonthRe   = regexp.MustCompile(`\b(?:[Ii]n|[Dd]uring|[Ff]or|[Tt]hroughout|[Oo]f|[Ll]ast)\s+(` + monthAlt + `)\b`)
	lastYearRe  = regexp.MustCompile(`(?i)\b(?:last|past|previous|prior) (fiscal )?year\b`)
	calYearRe   = regexp.MustCompile(`(?i)\b(?:in|during|for|throughout|of) (calendar (?:year )?)?(\d{4})\b`)
	operationRe = regexp.MustCompile(`(?i)\bduring the (?:operation|surge|enforcement action)\b|\bthe (?:operation|surge)\b|\boperation [A-Z][a-z]+\b`)
	baselineRe  = regexp.MustCompile(`(?i)(?:\bover|\bfrom|\bthan|\bcompared (?:to|with)|\bversus|\bvs\.?|\bagainst)\s+(?:in\s+|during\s+)?(?:the\s+)?$`)
	datelineRe  = regexp.MustCompile(`\b(` + monthAlt + `|Jan\.|Feb\.|Aug\.|Sept\.|Oct\.|Nov\.|Dec\.)\s+(\d{1,2}),\s+(\d{4})\b|\b(\d{4})-(\d{2})-(\d{2})\b`)
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

// periods finds the periods a sentence names, resolving relative ones
// against ref (the article's date, zero when unknown).
func periods(s string, ref time.Time) []periodMention {
	var out []periodMention
	var used []span
	add := func(p Period, from, to int) {
		pm := periodMention{p: p, start: from}
		pm.baseline = baselineRe.MatchString(s[:from])
		out = append(out, pm)
		used = append(used, span{from, to})
	}
	for _, m := range rangeRe.FindAllStringSubmatchIndex(s, -1) {
		if p, ok := monthRange(s, m); ok {
			add(p, m[0], m[1])
		}
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
			pm.p = Period{Kind: "range", Text: text, From: t.Format("2006-01-02"), To: ref.Format("2006-01-02"), Note: "year from the article's date"}
		}
		if strings.EqualFold(s[m[2]:m[3]], "after") {
			pm.p.Note = strings.TrimPrefix(pm.p.Note+"; counted from that day itself, as ICE's reports do", "; ")
		}
		out = append(out, pm)
		used = append(used, span{m[0], m[1]})
	}
	for _, m := range fyRe.FindAllStringSubmatchIndex(s, -1) {
		if overlaps(used, m[0], m[1]) {
			continue
		}
		add(fyPeriod(fyYear(s[m[2]:m[3]]), s[m[0]:m[1]]), m[0], m[1])
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
	for _, m := range inMonthRe.FindAllStringSubmatchIndex(s, -1) {
		if overlaps(used, m[0], m[1]) {
			continue
		}
		rest := strings.TrimLeft(s[m[1]:], " ,")
		if rest != "" && rest[0] >= '0' && rest[0] <= '9' {
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
		add(Period{Kind: "month", Text: text, Month: fmt.Sprintf("%04d-%02d", y, mon), Note: "year from the article's date " + ref.Format("2006-01-02")}, m[0], m[1])
	}
	for _, m := range lastYearRe.FindAllStringSubmatchIndex(s, -1) {
		if overlaps(used, m[0], m[1]) {
			continue
		}
		text := s[m[0]:m[1]]
		if ref.IsZero() {
			add(Period{Kind: "unresolved", Text: text, Unresolved: fmt.Sprintf("%q needs the article's date (--date)", text)}, m[0], m[1])
			continue
		}
		fy := canon.FiscalYear(canon.DayOf(ref)) - 1
		add(Period{Kind: "fy", Text: text, FY: fy, Note: "read as the fiscal year before the article's date (ICE reports by fiscal year)"}, m[0], m[1])
	}
	for _, m := range calYearRe.FindAllStringSubmatchIndex(s, -1) {
		if overlaps(used, m[0], m[1]) {
			continue
		}
		y, _ := strconv.Atoi(s[m[4]:m[5]])
		if y < 1990 || y > 2100 {
			continue
		}
		add(Period{Kind: "range", Text: s[m[0]:m[1]], From: fmt.Sprintf("%d-01-01", y), To: fmt.Sprintf("%d-12-31", y), Note: "calendar year; ICE's reports count fiscal years"}, m[0], m[1])
	}
	for _, m := range operationRe.FindAllStringIndex(s, -1) {
		if overlaps(used, m[0], m[1]) {
			continue
		}
		add(Period{Kind: "unresolved", Text: s[m[0]:m[1]], Unresolved: "the dates of an operation are not in the records; give the period with --claims"}, m[0], m[1])
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].start < out[j].start })
	return out
}

// monthRange reads a rangeRe match: whole months unless a day is given; a
// first month without a year takes the second's (or the year before, when
// it comes later in the calendar: "between November and February 2025").
func monthRange(s string, m []int) (Period, bool) {
	get := func(i int) string {
		if m[2*i] < 0 {
			return ""
		}
		return s[m[2*i]:m[2*i+1]]
	}
	m1, m2 := monthNum(get(1)), monthNum(get(4))
	y2, _ := strconv.Atoi(get(6))
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
	return Period{Kind: "range", Text: s[m[0]:m[1]], From: from.Format("2006-01-02"), To: to.Format("2006-01-02")}, true
}

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
		return Period{Kind: "fy", FY: p.FY - 1, Text: "the previous fiscal year"}
	case "month":
		var y, m int
		fmt.Sscanf(p.Month, "%d-%d", &y, &m)
		return Period{Kind: "month", Month: fmt.Sprintf("%04d-%02d", y-1, m), Text: "the same month a year earlier"}
	}
	return Period{Kind: "unresolved", Unresolved: "no earlier period to compare with"}
}
