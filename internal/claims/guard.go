package claims

import (
	"fmt"
	"math"
	"strconv"
	"strings"
)

// The last stage before a report is published: a contradicted verdict is
// the worst thing a checker can get wrong (a reporter would print a false
// correction), so every contradicted entry passes these guards, which
// demote it to not checkable when the contradiction may come from what the
// records cannot say rather than from the text. Each guard is a pattern of
// real sentences that was read with a wrong measure or definition:
//
//   - a zero: "10 percent had no criminal history" tested as 0 of 158,581:
//     a qualifier the records carry no values for gives 0, which is the
//     absence of a field, not a count of none;
//   - another agency: "CBP and ICE together carried out 337,287 removals":
//     the records are ICE's own; a figure the sentence gives for CBP and
//     ICE together (or for DHS) counts more than they hold;
//   - a rate: "their arrest rate of 2343" is not a count of arrests;
//   - facility populations: "Texas housing … 13,564" as of a date may be
//     the day's count or the fiscal year's average daily population of the
//     state's facilities (ICE publishes both); unless the sentence says
//     which, the day's count alone cannot contradict it;
//   - a round number: "up from as low as 7,000" for 6,906; a figure with
//     one significant digit is never contradicted by a value it rounds to;
//   - an average or a rate: "an average of 148,000 annually from 2017
//     through 2019" is no count of one year; "such arrests" counts a kind
//     named before;
//   - a claim reported: "The claim that ICE's detained population has
//     surged over 48% ... lacks substantiation" (a fact-check quoting
//     someone), a goal ("their hope was to have over 100,000 people in
//     detention"), ICE's internal data ("based on internal data from
//     ICE") which the published statistics need not match;
//   - a denied figure: "ICE was holding 48,870 individuals in detention,
//     not 59,000 as claimed" reports another's number;
//   - a qualifier carried over: "made up 64 percent of at-large arrests in
//     Philadelphia, compared with 38 percent in the rest of the U.S.": when
//     another share of the same sentence needs a field the records lack,
//     this share is the same question and cannot be contradicted without
//     that field either.
func guardContradictions(its []Interpretation, entries []Entry) {
	noField := map[string]bool{} // sentences where a share needs a field the records lack
	for _, e := range entries {
		if e.Kind == KindShare && e.Verdict == NotCheckable && e.Reason == ReasonNoField {
			noField[e.Sentence] = true
		}
	}
	// sentences where a count names a kind the readings do not single out:
	// its other counts may be of that kind too ("127,992 criminals in
	// fiscal 2017, up from 101,018 in fiscal 2016")
	type namedKind struct {
		word string
		at   int // the entry that names it (its own doubt says so: contradictionDoubt)
	}
	kind := map[string]namedKind{}
	for i, e := range entries {
		if e.Kind == KindCount && i < len(its) {
			if w := unknownKind(&its[i], e); w != "" {
				kind[e.Sentence] = namedKind{w, i}
			}
		}
	}
	for i := range entries {
		e := &entries[i]
		if e.Verdict != Contradicted {
			continue
		}
		if k := kind[e.Sentence]; k.word != "" && k.at != i && (e.Kind == KindCount || e.Kind == KindChange) {
			w := k.word
			*e = demote(*e, ReasonDefinitionGap, "Another figure of the sentence counts \""+w+"\", a kind the readings do not single out, and this one may count the same kind. So this is not called a contradiction.")
			continue
		}
		if why := contradictionDoubt(&its[i], *e, noField[e.Sentence]); why != "" {
			reason := ReasonDefinitionGap
			if e.Value != nil && *e.Value == 0 || noField[e.Sentence] {
				reason = ReasonNoField
			}
			*e = demote(*e, reason, why+" So this is not called a contradiction.")
		}
	}
}

var (
	otherAgency = lazyRegexp(`(?i)\b(customs and border protection|CBP|border patrol)\b[^;]{0,90}\b(ICE|immigration and customs? enforcement)\b[^;]{0,40}\btogether\b|\b(ICE|immigration and customs? enforcement)\b[^;]{0,90}\b(customs and border protection|CBP|border patrol)\b[^;]{0,40}\btogether\b|\b(DHS|department of homeland security)\b[^;]{0,30}\b(carried out|conducted|removed|deported|arrested|apprehended)\b`)
	ratePrefix  = lazyRegexp(`(?i)\brate\s+(of|was|is|at|stood at|reached)\s*$`)
	// agoRe: "a year earlier", "a month ago" name a period, not a rate
	// ("34,546 ..., compared with the same period a year earlier", the
	// gloss of ai-zh-pavatar-01)
	agoRe         = lazyRegexp(`(?i)\ba (?:year|month)\s+(?:earlier|before|ago|later|after|prior)\b`)
	averageRe     = lazyRegexp(`(?i)\baverage(?:d|s)?\b|\bannually\b|\bper year\b|\ba year\b|\beach year\b|\bper month\b|\ba month\b`)
	suchRe        = lazyRegexp(`(?i)\bsuch\s+(?:\w+\s+)?(?:arrests|removals|deportations|detentions|cases|people|individuals|immigrants)\b`)
	claimQuotedRe = lazyRegexp(`(?i)\b(?:the|a|this|that|their|his|her|its)\s+(?:\w+\s+)?claims?\s+(?:that|of|states?|stated|says|said|asserts?|asserted|alleges?|alleged|reads)\b|\bclaim(?:ed|s)?\s+(?:that|of)\b|\bclaims?\s+of\b|\b(?:which|who|that)\s+claim(?:s|ed)?\b|\bfact[- ]check\b|\bfalsely\b|\b(?:post|tweet|meme|video|ad|graphic|message|rumou?r)s?\s+(?:that\s+)?(?:says|said|claims?|claimed|stated|states|asserts?|asserted)\b|(?:['’]s|s['’])\s+(?:figure|number|estimate|count|tally)\s+of\s+$`)
	// a figure the sentence says is wrong: another's number, refuted
	refutedRe = lazyRegexp(`(?i)\bit(?:['’]s| is| was)\s+(?:false|untrue|not true|a myth|wrong to (?:say|claim|suggest))\b|^\W*(?:false|myth|claim|fiction)\s*:|\brating:\s*(?:false|mostly false|pants on fire|misleading)|,\s*(?:the\s+)?(?:[A-Z][\w.]*\s+){1,4}(?:claimed|alleged|asserted|falsely (?:said|claimed))\s*[;.]|\b(?:overstates?|overstated|understates?|understated|exaggerat\w*|inflat(?:es|ed|ing)|(?:is|was|are|were)\s+(?:not|n't)\s+(?:accurate|correct|true|right)|inaccurate|incorrect|misleading|debunk\w*)\b`)
	// a future or scheduled count: "140 Cambodians are scheduled to be
	// deported", "will be deported", "face deportation"
	futureAfterRe = lazyRegexp(`(?i)^\W*(?:[\w-]+\s+){0,3}?(?:(?:are|is|were|was)\s+)?(?:scheduled|slated|set|expected|due|poised)\s+to\b|^\W*(?:[\w-]+\s+){0,3}?(?:will|would|could|may|might)\s+(?:soon\s+)?(?:be\s+)?(?:deported|removed|arrested|detained|sent)\b|^\W*(?:[\w-]+\s+){0,3}?(?:face|faces|facing)\s+(?:deportation|removal)\b`)
	goalRe        = lazyRegexp(`(?i)\b(?:hope|hoped|hopes|goal|goals|target|targets|aim|aims|aimed|plan|plans|planned|wants?|wanted|seeks?|sought|quota|promised?|vowed?|pledged?|expects?|expected|projects?|projected|forecasts?|scheduled|slated|would|will)\b`)
	// detaineesAtRe: the people held at a named place ("of detainees at
	// Otero", "of the people held in Tacoma"), not the nation's.
	detaineesAtRe = lazyRegexp(`\bof\s+(?:the\s+)?(?:detainees|people|immigrants|migrants|men|women|those)\s+(?:(?:held|detained|housed|jailed)\s+)?(?:at|in)\s+(?:the\s+)?(?:[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*)\b`)
	// covidPageRe: ICE's COVID-19 pages (2020-2023), whose custody count
	// is not an edition of the detention statistics.
	covidPageRe    = lazyRegexp(`(?i)\bCOVID(?:-19)?\s+(?:statistics|stats|data|page|website|site|tracker|dashboard|reporting)\b`)
	internalDataRe = lazyRegexp(`(?i)\binternal (?:(?:DHS|ICE|agency|government|federal|Homeland Security)\s+)?(?:data|records|figures|numbers|statistics|documents)\b|\bunpublished\b|\bobtained by\b|\bnot (?:yet )?(?:been )?published\b`)
	leakedRe       = lazyRegexp(`(?i)\bleaked\b|\bnon-?public\b`)
	deniedBeforeRe = lazyRegexp(`(?i)(?:\bnot|\brather than|\binstead of|\bcontrary to(?: the)?|\bnowhere near|\bfar from)\s+(?:the\s+)?(?:claimed\s+|reported\s+|alleged\s+)?$`)
	deniedAfterRe  = lazyRegexp(`(?i)^\s*(?:\w+\s+){0,2}(?:as|that was|that were)\s+(?:claimed|alleged|reported by \w+)\b`)
	facilityWords  = lazyRegexp(`(?i)\b(average daily population|ADP|on an average day|on average)\b`)
)

// contradictionDoubt says why a contradicted entry may not be a
// contradiction ("" when none of the guards applies).
var (
	foreignSourceRe = lazyRegexp(`(?i)\b(?:Guatemalan?|Guatemala['’]s|Honduran?|Honduras(?:['’])?|El Salvador(?:['’]s)?|Salvadoran|Mexico(?:['’]s)?|Mexican|Dominican(?: Republic(?:['’]s)?)?|Ecuador(?:ian|['’]s)?|Colombian?|Colombia['’]s|Haitian?|Haiti['’]s|Nicaraguan?|Venezuelan?)\s+(?:government|authorities|officials|Migration Institute|Institute of Migration|National Migration Institute|foreign ministry|interior ministry|migration (?:data|statistics|authorit(?:y|ies)|agency|office|institute|department|directorate)|General Directorate of Migration|Directorate General of Migration|immigration (?:agency|authorit(?:y|ies)|department|directorate))\b|\bInstituto (?:Nacional|Guatemalteco) de Migraci[oó]n\b|\bDirecci[oó]n General de Migraci[oó]n\b|\bGeneral Directorate of Migration\b|\bDirectorate General of Migration\b|\bInternational Organization for Migration\b|\bIOM\b|\bConmigho\b|\bConsular and Migrat\w+ Observatory\b|\bMigratory Consular Observatory\b|\bmigration data from the Central American country\b|\bMilenio\b|\bMigration Institute\b|\b(?:Immigration|Migration) (?:Service|Department|Directorate|Office)\b|\bMinistry of (?:National Security|Foreign Affairs|Foreign Relations|(?:the )?Interior|Home Affairs|Public Security)\b|\bFederal Police\b|\bNational (?:Office|Institute|Directorate) (?:of|for) Migration\b|\bBorder Police\b|\b(?:Guatemalan?|Honduran?|Salvadoran|Mexican|Dominican|Ecuadorian|Colombian|Haitian|Nicaraguan|Venezuelan|Jamaican|Brazilian|Indian|Nigerian|Ghanaian|Cuban|Peruvian|Chinese|Vietnamese|Cambodian|Filipino)\s+(?:migration|immigration|government|consular)\s+(?:officials|authorities|data|figures|records|statistics)\b|\bfigures from (?:San Salvador|Guatemala City|Tegucigalpa|Mexico City|Managua|Port-au-Prince|Santo Domingo|Bogot[aá]|Quito|Kingston|Accra|Lagos|Abuja|New Delhi|Havana)\b|\bDGME\b|\bIGM\b|\bUnidad de Pol[ií]tica Migratoria\b|\bINM\b`)
	analystSourceRe = lazyRegexp(`\b(?:Government Accountability Office|GAO|Office of (?:the )?Inspector General|OIG)\b`)
	repatriationRe  = lazyRegexp(`(?i)\brepatriat(?:ed|ions?)\b|\bevictions?\b|\breturnees?\b`)
)

var perCapitaRe = lazyRegexp(`(?i)\bper (?:100,000|10,000|1,000|100|capita|million|thousand|hundred)\b|\bfor every (?:100,000|10,000|1,000)\b`)

func contradictionDoubt(it *Interpretation, e Entry, siblingNoField bool) string {
	if e.Value != nil && *e.Value == 0 && e.Kind != KindChange && it.Outcome == "" {
		// (a custody outcome followed person by person, "Most were
		// released" for 0 of them, is a count of linked people, where 0 is
		// a value: not guarded)
		return "The records give 0 for this question: where a text gives a number, a zero means the stored records carry no values for one of its qualifiers in that period (a field a release does not have), not that none occurred."
	}
	if !isDetentionMeasure(it.Measure) && otherAgency.MatchString(e.Sentence) {
		return "The sentence gives the figure for another agency together with ICE (or for DHS as a whole); the records are ICE's own."
	}
	if !isDetentionMeasure(it.Measure) && (notERORe.MatchString(e.Sentence) || nonICEAuthorityRe.MatchString(e.Sentence) && !iceNamedRe.MatchString(strings.ToLower(e.Sentence))) {
		// "Federal immigration authorities removed 337,287 people in
		// fiscal 2018" (DHS's total), "All of ICE's divisions combined
		// arrested 176,428" (ERO and HSI): stress run 28
		return "The sentence does not say the figure is ICE ERO's alone (\"immigration authorities\", \"all of ICE\", HSI, DHS count more than ERO's records)."
	}
	if at := strings.Index(e.Sentence, e.Text); at > 0 && ratePrefix.MatchString(e.Sentence[:at]) {
		return "The sentence calls the figure a rate, which is not a count of records."
	}
	if it.Measure == "removals" && it.foreignSource != "" && (len(it.Filters["country"]) > 0 || repatriationRe.MatchString(e.Sentence)) {
		// "32,833 Guatemalans were expelled from the United States", in an
		// article on the Guatemala Migration Institute's data
		return "The text draws on another government's migration data (" + it.foreignSource + "), which counts returns by its own definitions and calendar; ICE's removal records need not match it."
	}
	if !isDetentionMeasure(it.Measure) && it.analystSource != "" {
		// "In 2016 ... the Salt Lake office made 4,404 arrests", from
		// GAO's report (the records: 4,638 in FY2016, 4,436 in calendar
		// 2016); "151,889 ERO arrests in 2017" (143,470): stress page
		// s5-statista2019
		return "The text gives the figures of an audit of ICE's data (" + it.analystSource + "), which pulls and defines its counts its own way; ICE's FOIA records need not reproduce them."
	}
	if at := strings.Index(e.Sentence, e.Text); at >= 0 && perCapitaRe.MatchString(e.Sentence[max(0, at-40):min(len(e.Sentence), at+len(e.Text)+40)]) {
		// "48 arrests per 100,000 residents": a rate per population
		return "The sentence gives a rate per population (\"per 100,000 residents\"), which is not a count of records."
	}
	if it.Measure == MeasureHeld && e.Kind != KindChange && !facilityWords.MatchString(e.Sentence) {
		// (a change between two days, "doubled since January", compares
		// day counts: a fiscal year's average has no such reading)
		return "A facility population as of a date may be the day's count or the fiscal year's average daily population (ICE publishes both); the sentence does not say which, and only the day's count was tested."
	}
	if c := it.Claim; e.Value != nil && c.Unit == UnitCount && c.Kind == KindCount && c.Comparator == CmpExact && sigDigits(c.Value) == 1 && math.Abs(*e.Value-c.Value) <= roundingUnit(c.Value) {
		return "The figure is a round number (one significant digit) and the records' value rounds to it."
	}
	if at := strings.Index(e.Sentence, e.Text); at >= 0 && e.Kind == KindCount {
		win := e.Sentence[max(0, at-60):min(len(e.Sentence), at+len(e.Text)+60)]
		blank := agoRe.ReplaceAllStringFunc(e.Sentence, func(m string) string { return strings.Repeat(" ", len(m)) })
		if averageRe.MatchString(blank[max(0, at-60):min(len(blank), at+len(e.Text)+60)]) && !isDetentionMeasure(it.Measure) {
			// (a detention figure's average daily population is a measure
			// of its own, tested as such)
			return "The sentence gives an average or a yearly rate (\"an average of 148,000 annually from 2017 through 2019\"), which a count of one period does not test."
		}
		if suchRe.MatchString(win) {
			return "The figure counts a kind named before (\"such arrests\"), which this reading does not single out."
		}
	}
	if at := strings.Index(e.Sentence, e.Text); at >= 0 && (claimQuotedRe.MatchString(e.Sentence[:at]) || strings.HasPrefix(strings.TrimSpace(e.Sentence), "Fact Check")) {
		return "The sentence reports a claim someone else made (\"the claim that …\", a fact-check's headline), not the writer's own figure."
	}
	if at := strings.Index(e.Sentence, e.Text); at >= 0 && (goalRe.MatchString(e.Sentence[max(0, at-80):at]) || futureAfterRe.MatchString(e.Sentence[at+len(e.Text):])) {
		return "The figure is a goal, hope, target or schedule (\"their hope was to have over 100,000 people in detention\", \"140 Cambodians are scheduled to be deported\"), not a count of what happened."
	}
	if refutedRe.MatchString(e.Sentence) {
		return "The sentence says a figure is wrong or overstated (\"the mayor's figure of 250,000 overstates ICE's total\"): it may report someone else's number."
	}
	if isDetentionMeasure(it.Measure) && internalDataRe.MatchString(e.Sentence) {
		return "The sentence cites ICE's internal or unpublished data, which ICE's published statistics need not match on the day."
	}
	if m := detaineesAtRe.FindString(e.Sentence); m != "" && isDetentionMeasure(it.Measure) && it.Place.Kind == "national" && !strings.Contains(m, "United States") && !strings.Contains(m, "America") {
		// "more than 80% of detainees at Otero have no criminal charges
		// or convictions" (bq-en-kanw-02): one facility's detainees, which
		// the national count had contradicted
		return "The sentence speaks of the detainees of one place (\"" + m + "\"), not of everyone ICE holds."
	}
	if isDetentionMeasure(it.Measure) && covidPageRe.MatchString(e.Sentence) {
		// "ICE's COVID statistics page ... indicates that there are 20,430
		// people in ICE custody as of May 14" (bo-en-ppnews-01; the
		// edition of May 13 gives 19,041)
		return "The sentence cites ICE's COVID-19 page, a count of the people in custody ICE kept apart from its detention statistics; the two need not match on the day."
	}
	if at := strings.Index(e.Sentence, e.Text); at >= 0 && (deniedBeforeRe.MatchString(e.Sentence[:at]) || deniedAfterRe.MatchString(e.Sentence[at+len(e.Text):])) {
		return "The sentence denies the figure (\"not 59,000 as claimed\"): it reports someone else's number, not its own."
	}
	if why := unreadQualifier(it, e); why != "" {
		return why
	}
	if e.Kind == KindCount || e.Kind == KindChange && it.Claim.Unit == UnitCount {
		if w := unknownKind(it, e); w != "" {
			return "The figure counts \"" + w + "\", a kind of people or of events the reading does not single out (the records may have no field for it); the reading counts them all."
		}
	}
	if at := strings.Index(e.Sentence, e.Text); at >= 0 && e.Kind == KindCount && samePartAfterRe.MatchString(e.Sentence[at+len(e.Text):]) {
		// "up from 4,138 in the same period of fiscal 2017": the part
		// of that year the sentence's other figure covers
		return "The figure is for \"the same period\" of a year, a part of it the sentence does not pin down, not the whole year."
	}
	if b := it.Baseline; e.Kind == KindChange && b != nil && b.Kind == "fy" && it.Period.Kind == "fy" && b.FY != it.Period.FY-1 && b.Text != "" {
		// "After falling from fiscal 2016 to fiscal 2017, ICE removals
		// rose 13 percent in fiscal 2018": the earlier year of another
		// comparison, not this change's (stress run 29)
		pos := min(len(e.Sentence), it.Claim.clauseOff+it.Claim.clauseStart)
		from, to := segmentBounds(e.Sentence, pos)
		if i := strings.Index(e.Sentence, b.Text); i >= 0 && (i < from || i >= to) {
			return "The earlier period (" + b.Text + ") is named in another part of the sentence, which may compare other years; this change may be over the year before."
		}
	}
	if at := strings.Index(e.Sentence, e.Text); at >= 0 && (orderedBeforeRe.MatchString(e.Sentence[max(0, at-40):at]) && deportedAfterRe.MatchString(e.Sentence[at+len(e.Text):])) {
		// "Immigration judges ordered 200,000 people deported": orders,
		// not removals
		return "The figure counts removal orders (\"ordered ... deported\"), not removals carried out."
	}
	if at := strings.Index(e.Sentence, e.Text); at >= 0 && e.Kind == KindCount && relativeAfterRe.MatchString(e.Sentence[at+len(e.Text):]) && !oneYearAnchor(e.Sentence) {
		// "3,067 people in fiscal 2018, about 3,400 the year before and
		// 2,698 in fiscal 2016": the year before the one named before
		return "The figure's period is relative (\"the year before\") to a period named elsewhere in the sentence, which the reading may have taken wrongly."
	}
	if e.Kind == KindCount && classOfChangeBefore(it, e) {
		return "The figure is the level a change of a class of the records reached (\"arrests of criminals rose 8 percent, to 138,117\"); the reading counts everyone."
	}
	if e.Kind == KindShare && siblingNoField {
		return "Another share of the sentence needs a field the records lack (its qualifier), and this share is read as the same question in another place or period."
	}
	return ""
}

// unreadQualifiers are words of a sentence that narrow or shift what it
// counts in ways the readings do not apply (stress run 25's probes: "ICE
// arrested 144,604 men", "Guatemalans, Hondurans and Salvadorans made up
// 37 percent", "56 percent of the rise", "roughly 5 percent of the
// estimated 1 million Guatemalans living in the U.S.", "Hondurans
// surveyed", "118,045 custodial arrests", "247,000 Hispanic immigrants",
// "564 arrests a day on weekdays", "ICE's other 23 field offices", "in the
// last quarter of fiscal 2018", "in 2017 after Trump took office", "the
// last fiscal year under Obama", "the 12 months ending in September"): a
// figure tested without them may be true of what the sentence says.
var unreadQualifiers = []struct {
	re    *lazyRE
	share bool   // only for shares
	whole bool   // only when the reading took a whole fiscal year or one month
	why   string // the doubt, said to the reader
}{
	{lazyRegexp(`(?i)\b(?:men|women|males?|females?|boys|girls|mothers|fathers)\b`), false, false, "The sentence counts men or women; this reading counts everyone (ICE's records carry a gender field the reading did not apply)."},
	{lazyRegexp(`(?i)\b(?:adults?|minors?|children|juveniles?|teenagers?|over the age of \d+|under the age of \d+|aged \d+)\b`), false, false, "The sentence counts people of an age (adults, minors); the records have no age field."},
	{lazyRegexp(`(?i)\b(?:of|for)\s+(?:the\s+)?(?:\w+\s+)?(?:rise|increase|growth|jump|surge|decline|drop|decrease|fall)\b`), true, false, "The share may be of a change (\"56 percent of the rise\"), not of the total."},
	{lazyRegexp(`(?i)\bliving in\b|\bwho live in\b|\bresiding in\b|\bpopulation of\b|\bestimated\s+[\d.,]+\s*(?:million|thousand)?\s+\w+\s+(?:in|living|residing)\b`), true, false, "The share may be of a population the sentence names (\"of the estimated 1 million Guatemalans living in the U.S.\"), not of the records."},
	{lazyRegexp(`(?i)\bsurvey(?:ed|s)?\b|\bpolled\b|\bpolls?\b|\brespondents\b|\binterviewed\b`), false, false, "The figure may come from a survey, not from ICE's records."},
	{lazyRegexp(`(?i)(?:^|[^-\w])custodial\b|\b(?:in|from) (?:local |county )?(?:jails|prisons)\b`), false, false, "\"Custodial\" arrests are, by ICE's own grouping, every arrest that is not at-large, or only the jail and prison transfers of some methods; the sentence does not say which."},
	{lazyRegexp(`(?i)\bHispanics?\b|\bLatinos?\b|\bLatin Americans?\b|\bfrom the Americas\b|\bCentral Americans?\b|\bNorthern Triangle\b|\bAfricans?\b|\bAsians?\b|\bEuropeans?\b|\bCaribbean\b`), false, false, "The sentence counts a region or an ethnicity, which is a set of citizenships (or no field of the records), not the whole."},
	{lazyRegexp(`(?i)\bweekdays?\b|\bbusiness days?\b|\bworking days?\b`), false, false, "The sentence counts by weekday, not by calendar day."},
	{lazyRegexp(`(?i)\bother\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|\w+teen|twenty[- ]\w+)\s+(?:field\s+)?(?:offices|areas|AORs|regions)\b|\bthe rest of the (?:country|nation|offices|field offices|areas)\b`), false, false, "The figure counts the rest (\"the other 23 field offices\"), not the whole."},
	{lazyRegexp(`(?i)\b(?:first|second|third|fourth|last|final)\s+(?:quarter|half)\s+of\b`), false, true, "The sentence speaks of part of a year (a quarter or a half), not the whole year."},
	{lazyRegexp(`(?i)\b(?:after|since)\s+(?:President\s+)?(?:Donald\s+|Joe\s+|Barack\s+)?(?:Trump|Biden|Obama)\s+(?:took office|was inaugurated|came (?:in)?to office)\b|\bafter (?:the|his) inauguration\b`), false, true, "The sentence counts from an inauguration, part of the year it names."},
	{lazyRegexp(`(?i)\b(?:last|final|first)\s+(?:full\s+)?(?:fiscal\s+)?year\s+(?:under|of)\s+(?:President\s+)?(?:Donald\s+|Joe\s+|Barack\s+)?(?:Obama|Trump|Biden)\b`), false, true, "The sentence names a year of someone's term, which is not the year the reading assumed."},
	{lazyRegexp(`(?i)\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+months\s+(?:ending|ended|through|to|up to)\b`), false, true, "The sentence counts a span of months ending in a month, not that month alone."},
	{lazyRegexp(`(?i)\basylum[- ]seekers?\b|\brefugees\b`), false, false, "The sentence counts asylum seekers or refugees, for which ICE's records have no field."},
	// stress run 28: TRAC's county figures are its own geocoding of
	// ICE's records, not an area of responsibility's count
	{lazyRegexp(`(?i)\bcounty(?:-level)?\s+(?:data|figures|numbers|counts)\b|\bby county\b`), false, false, "The figure comes from county data (TRAC's geocoding of the records), not from an area of responsibility's count."},
	{lazyRegexp(`(?i)\b(?:just\s+|only\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:nations|countries)\b`), true, false, "The share is of a set of countries, not of one."},
	// stress run 26: "compared with 39,748 at the height of the Biden
	// administration" is that term's high, not the count on the date read
	{lazyRegexp(`(?i)\b(?:height|peak|high|low|depths?)\s+(?:of|during|under|in)\s+(?:the\s+)?(?:first\s+|second\s+)?(?:President\s+)?(?:Joe\s+|Donald\s+|Barack\s+)?(?:Biden|Trump|Obama)\b|\b(?:Trump|Biden|Obama)(?:['’]s)?\s+(?:first|second)\s+(?:term|administration)\b|\b(?:first|second)\s+Trump\s+(?:term|administration)\b`), false, false, "The figure may be a high or low of a president's term, not the count on the date the reading took."},
}

// countryListRe: what lies between two citizenships of one list ("Mexico,
// Guatemala and Honduras", "Mexicans and Guatemalans").
var countryListRe = lazyRegexp(`^\s*(?:,\s*(?:and|or|&)?|and|or|&)\s*$`)

// countryList tells a sentence that names citizenships as one list: a
// figure read for one of them may be of them all ("ICE removed 220,329
// people from Mexico, Guatemala and Honduras": stress run 26).
func countryList(s string) bool {
	low := notCitizenship(strings.ToLower(s))
	ms := countryRe.FindAllStringIndex(low, -1)
	for i := 1; i < len(ms); i++ {
		if countries[low[ms[i-1][0]:ms[i-1][1]]] != countries[low[ms[i][0]:ms[i][1]]] && countryListRe.MatchString(low[ms[i-1][1]:ms[i][0]]) {
			return true
		}
	}
	return false
}

// siblingCitizenships: citizenships the records also list under another
// code, which a writer may have added in ("154 South Koreans" = SOUTH
// KOREA + KOREA; "Chinese" with Hong Kong and Macau).
var siblingCitizenships = map[string]string{
	"SOUTH KOREA": "KOREA", "KOREA": "SOUTH KOREA", "CHINA, PEOPLES REPUBLIC OF": "HONG KONG and MACAU",
	"DOMINICAN REPUBLIC": "DOMINICA (whose people are Dominicans too)", "DOMINICA": "the DOMINICAN REPUBLIC",
}

var tracRe = lazyRegexp(`\bTRAC\b|(?i:Transactional Records Access Clearinghouse)`)

// unreadQualifier returns the doubt of the first unread qualifier of the
// figure's sentence the reading did not apply, or "" when there is none. A
// share after two or more citizenships ("Guatemalans, Hondurans and
// Salvadorans made up 37 percent") is of the set, not of one of them.
func unreadQualifier(it *Interpretation, e Entry) string {
	s := e.Sentence
	for _, q := range unreadQualifiers {
		if q.share && e.Kind != KindShare || q.whole && it.Period.Kind != "fy" && it.Period.Kind != "month" {
			continue
		}
		if strings.Contains(q.why, "gender field") && len(it.Filters["gender"]) > 0 ||
			strings.Contains(q.why, "no age field") && isDetentionMeasure(it.Measure) {
			// (ICE's detention statistics count adults: "ICE detained
			// 47,870 adults" is its whole population)
			continue
		}
		if q.re.MatchString(s) {
			return q.why
		}
	}
	for _, c := range it.Filters["country"] {
		if sib := siblingCitizenships[c]; sib != "" {
			return "The records list " + sib + " apart from " + c + "; the writer may have counted them together."
		}
	}
	if tracRe.MatchString(s) && e.Value != nil && it.Claim.Unit == UnitCount && math.Abs(*e.Value-it.Claim.Value) <= math.Max(1, 0.01*it.Claim.Value) {
		// "According to TRAC, ICE made 945 arrests ... in January 2018"
		// for 946: TRAC counts from its own extract of ICE's records
		return "The sentence cites TRAC, which counts from its own extract of ICE's records; a difference within 1% may be the extract's."
	}
	if at := strings.Index(s, e.Text); e.Kind == KindShare && at > 0 && len(namedCountries(s[:at])) >= 2 {
		return "The share follows two or more citizenships: it may be of them together, not of one."
	}
	if len(it.Filters["country"]) == 1 && countryList(s) && !strings.Contains(strings.ToLower(s), "respectively") {
		// ("Guatemala and Honduras ranked second and third with 50,390
		// and 28,894 respectively" pairs each figure with one citizenship)
		return "The sentence names citizenships as one list; the figure may be of them together, not of one."
	}
	return ""
}

// projectionRe ends the text before a projected figure: "on track for about
// 230,000 deportations for FY16", "on pace to reach 400,000". After "on
// track to" any verb projects ("with 75% of FY16 over ICE is on track to
// complete only 230,000 deportations", e12e0-numbersusa-01), and "only" or
// "just" may stand before the figure.
var projectionRe = lazyRegexp(`(?i)\b(?:on (?:track|pace|course) (?:for|to [a-z]+)|projected (?:to (?:reach|hit|be|top) )?|expected to (?:reach|hit|top|surpass)|poised to (?:reach|hit|top|surpass))\s+(?:only\s+|just\s+)?(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|some\s+|more than\s+|over\s+)?$`)

// forecastBeforeRe and forecastAfterRe: a figure someone forecast, planned
// or promised ("ICE's acting director predicted 310,000 removals", "short
// of the 310,000 removals the agency had forecast"; stress run 34).
var (
	forecastBeforeRe = lazyRegexp(`(?i)\b(?:predicted|predicts|forecast|forecasts|forecasted|projected|projects|promised|pledged|vowed|planned|plans|aimed|aims|(?:a|the|its) (?:goal|target|quota|forecast|projection) of)\s+(?:to\s+\w+\s+)?(?:only\s+|just\s+)?(?:about\s+|around\s+|roughly\s+|nearly\s+|some\s+|more than\s+|over\s+|at least\s+)?$`)
	forecastAfterRe  = lazyRegexp(`(?i)^\s*(?:[\w-]+\s+){0,5}?(?:had |has |have |was |were )?(?:forecast|forecasted|predicted|projected|planned|targeted|promised|pledged|budgeted for)\b`)
)

// projections: a projected figure ("on track for about 230,000
// deportations for FY16", written in August) is no count of what happened,
// so the year's final count neither supports nor contradicts it; nor is a
// figure from ICE's internal data one of its published editions.
func projections(entries []Entry) {
	for i := range entries {
		e := &entries[i]
		if e.Verdict == NotCheckable {
			continue
		}
		if at := strings.Index(e.Sentence, e.Text); at >= 0 && (projectionRe.MatchString(e.Sentence[max(0, at-60):at]) ||
			forecastBeforeRe.MatchString(e.Sentence[max(0, at-50):at]) || forecastAfterRe.MatchString(e.Sentence[at+len(e.Text):])) {
			*e = demote(*e, ReasonUnderspecified, "The figure is a projection (\"on track for\"), not a count of what happened; the records' count is shown for comparison.")
		} else if e.Detail != nil && isDetentionMeasure(e.Detail.Measure) && e.Verdict == Contradicted &&
			(leakedRe.MatchString(e.Sentence) || (internalDataRe.MatchString(e.Detail.paraBefore) || leakedRe.MatchString(e.Detail.paraBefore)) && !ownPeriod(*e.Detail)) {
			// "Less than half of the detainees (47%) have criminal records"
			// in a paragraph that began "... some 73,000 people, ...,
			// according to leaked data" (cd-es-colonaldia-03): the writer's
			// figures are the leak's, of another day than any edition's.
			// A published edition that agrees still supports them
			// ("Nonpublic Immigration and Customs Enforcement data leaked
			// to the Cato Institute reveal that nearly three in four ...",
			// n-cato-01)
			*e = demote(*e, ReasonDefinitionGap, "The text cites leaked or internal data of ICE's, which no published edition is, and the sentence names no day of its own; the published figure is shown for comparison.")
		} else if e.Detail != nil && isDetentionMeasure(e.Detail.Measure) && internalDataRe.MatchString(e.Sentence) {
			if e.Verdict == Supported && e.Kind == KindSuperlative {
				// "topped 70,000, the highest level in the agency's
				// history, according to ... data obtained by CBS News"
				// (s-pt-kalango-01): a record the published editions show
				// too is the same record, whatever the day's count
				if e.Under == "" {
					e.Under = "ICE's published editions (the sentence cites internal data)"
				}
				e.Explanation = "The sentence cites ICE's internal or unpublished data; ICE's published editions show the same record. " + e.Explanation
				continue
			}
			if e.Verdict == Supported && e.Kind == KindShare && decimalShareRe.MatchString(e.Text) && !approxWordRe.MatchString(e.Text) {
				// "71.7% of the record 59,000 detainees nationwide have no
				// criminal convictions, according to federal data obtained
				// by CBS News in June" (bc-en-nmpoliticalreport-03): a
				// share to a tenth of a point that an edition of that month
				// gives exactly is that edition's figure, whoever relayed it
				if e.Under == "" {
					e.Under = "ICE's published editions (the sentence cites internal data)"
				}
				e.Explanation = "The sentence cites ICE's internal or unpublished data; a published edition gives the same share to the tenth of a point. " + e.Explanation
				continue
			}
			// ("internal data showing nearly 47% have no criminal record":
			// a snapshot of another day than any published edition's)
			*e = demote(*e, ReasonDefinitionGap, "The sentence cites ICE's internal or unpublished data, which no published edition is; the published figure is shown for comparison.")
		}
	}
}

// ownPeriod tells whether the figure's sentence names its period (a
// sentence that dates its figure speaks of that day, whatever the
// sentence before cites).
func ownPeriod(it Interpretation) bool {
	return it.Period.Text != "" && strings.Contains(it.Claim.Sentence, it.Period.Text) && !it.Period.Defaulted
}

// decimalShareRe: a share written to a tenth of a point or finer;
// approxWordRe: words that make it approximate.
var (
	decimalShareRe = lazyRegexp(`\d[.,]\d+\s*(?:%|percent|per cent)`)
	approxWordRe   = lazyRegexp(`(?i)\b(?:about|nearly|almost|roughly|around|approximately|some|over|more than|less than|under)\b`)
)

// shareCounts: "Around 65 percent, or 133,000 individuals, had no
// criminal record" (bf-en-justsecurity-03) gives the share's own count.
// A reading whose share is of a population that far from it (28,655 of
// the 44,811 people ICE arrested held on a day, against Cato's 133,000
// of 204,000 book-ins) counts another population, however near its
// percentage: it supports nothing.
func shareCounts(entries []Entry) {
	for i := range entries {
		e := &entries[i]
		if e.Verdict != Supported || e.Kind != KindShare {
			continue
		}
		at := strings.Index(e.Sentence, e.Text)
		if at < 0 {
			continue
		}
		m := shareCountAfterRe.FindStringSubmatch(e.Sentence[at+len(e.Text):])
		p := sharePartRe.FindStringSubmatch(e.ValueText)
		if m == nil || p == nil {
			continue
		}
		n, err1 := strconv.ParseFloat(strings.ReplaceAll(m[1], ",", ""), 64)
		part, err2 := strconv.ParseFloat(strings.ReplaceAll(p[1], ",", ""), 64)
		if err1 != nil || err2 != nil || n <= 0 || part <= 0 {
			continue
		}
		if strings.EqualFold(m[2], "thousand") {
			n *= 1000
		} else if strings.EqualFold(m[2], "million") {
			n *= 1e6
		}
		if n/part > 1.5 || part/n > 1.5 {
			*e = demote(*e, ReasonDefinitionGap, fmt.Sprintf("The sentence gives this share as %s people; the reading's share is of %s, so it counts another population.", formatNumber(n), p[0][1:]))
		}
	}
}

var (
	shareCountAfterRe = lazyRegexp(`(?i)^\s*,?\s*(?:or|\(|—|–)\s*(?:about |some |nearly |roughly |around |approximately |more than |over )?(\d[\d,]*(?:\.\d+)?)(?:\s+(thousand|million))?\s+(?:people|individuals|immigrants|migrants|detainees|noncitizens|persons|of them)\b`)
	sharePartRe       = lazyRegexp(`\(([\d,]+(?:\.\d+)?) of (?:the )?[\d,]+(?:\.\d+)?`)
)

// nonICEAuthorityRe: authorities other than ICE's ERO, or none named
// ("federal immigration authorities", "immigration agents", "deported from
// the United States", DHS's statistics office); notERORe: all of ICE, or
// HSI's arrests, beside ERO's.
var (
	nonICEAuthorityRe = lazyRegexp(`(?i)\b(?:federal|U\.S\.|US|American)?\s*immigration\s+(?:authorities|officials|agents|agencies|officers)\b|\bfederal\s+(?:agents|authorities|officers)\b|\bdeported\s+from\s+the\s+(?:United States|U\.S\.|country)\b|\bOffice of Immigration Statistics\b|\bimmigration judges?\b|\bimmigration courts?\b`)
	notERORe          = lazyRegexp(`(?i)\b(?:ICE\s+as\s+a\s+whole|all\s+of\s+ICE(?:['’]s)?|ICE['’]s\s+(?:\w+\s+)?divisions\s+combined|(?:including|counting|plus)\s+(?:both\s+)?HSI|HSI|Homeland Security Investigations)\b`)
)

// recordOfRe ends the text before a figure a record is said of: "a record
// high of more than 60,000".
var recordOfRe = lazyRegexp(`(?i)\brecord(?:[- ](?:high|low|level|number|total|peak))?\s+of\s+(?:about\s+|nearly\s+|almost\s+|roughly\s+|some\s+|around\s+|more than\s+|over\s+|at least\s+)?$`)

// recordOfFigure: "has reached a record high of more than 60,000" says the
// record is that figure; when the records do not give the figure (ICE's
// internal count, not a published edition), the record they show is
// another one, so the superlative is not called supported by it.
func recordOfFigure(entries []Entry) {
	for i := range entries {
		s := &entries[i]
		if s.Kind != KindSuperlative || s.Verdict != Supported {
			continue
		}
		for _, f := range entries {
			if f.Sentence != s.Sentence || f.Kind == KindSuperlative || f.Verdict == Supported {
				continue
			}
			at := strings.Index(f.Sentence, f.Text)
			if at < 0 || !recordOfRe.MatchString(f.Sentence[:at]) {
				continue
			}
			*s = demote(*s, ReasonOtherReading, fmt.Sprintf("The record is said of %s, which the records do not give (%s); the record they show is another figure.", f.Text, orDash(f.ValueText)))
			break
		}
	}
}

// Words that may stand between a count and what it counts without
// narrowing it ("6,500 illegal immigrants", "158,581 administrative
// arrests"), the head nouns of the people or events counted, and the words
// of a relative or prepositional phrase after them that do not narrow it
// either ("people who were arrested by ICE in fiscal 2018").
var (
	neutralModifiers = map[string]bool{"illegal": true, "undocumented": true, "unauthorized": true, "more": true, "new": true,
		"total": true, "additional": true, "other": true, "foreign": true, "noncitizen": true, "non-citizen": true, "immigrant": true,
		"immigration": true, "ice": true, "ero": true, "administrative": true, "of": true, "the": true, "such": true, "separate": true,
		"individual": true, "known": true, "recorded": true, "reported": true, "documented": true, "alleged": true, "suspected": true,
		"at-large": true, "custodial": true, "non-criminal": true, "deportable": true, "removable": true,
		"u.s.": true, "federal": true, "formal": true, "interior": true, "enforcement": true,
		// "with 50,390 and 28,894 respectively": the list's pairing, no kind
		"respectively": true}
	headNouns = map[string]bool{"people": true, "persons": true, "person": true, "individuals": true, "aliens": true, "alien": true,
		"immigrants": true, "migrants": true, "noncitizens": true, "non-citizens": true, "foreigners": true, "nationals": true,
		"citizens": true, "arrests": true, "removals": true, "deportations": true, "encounters": true, "detainers": true,
		"detentions": true, "detainees": true, "apprehensions": true, "returns": true, "repatriations": true, "cases": true,
		"times": true, "book-ins": true, "bookings": true, "residents": true, "others": true, "adults": true,
		"states": true, "counties": true, "areas": true, "offices": true, "facilities": true, "countries": true}
	neutralPhrase = map[string]bool{"who": true, "that": true, "were": true, "was": true, "had": true, "have": true, "has": true,
		"been": true, "are": true, "is": true, "being": true, "arrested": true, "deported": true, "removed": true, "detained": true,
		"apprehended": true, "booked": true, "encountered": true, "by": true, "ice": true, "the": true, "agency": true, "in": true,
		"during": true, "fiscal": true, "year": true, "fy": true, "last": true, "this": true, "its": true, "ero": true, "officers": true,
		"agents": true, "and": true, "or": true, "immigration": true, "customs": true, "enforcement": true, "u.s.": true, "u.s": true,
		"federal": true, "from": true, "to": true, "their": true, "home": true, "countries": true, "country": true, "deportation": true,
		"officials": true, "agency's": true, "ice's": true, "office": true, "area": true, "of": true, "a": true, "nationwide": true,
		"across": true, "nation": true, "united": true, "states": true, "an": true, "for": true, "at": true,
		"than": true, "more": true, "fewer": true, "total": true, "all": true, "over": true, "since": true, "between": true,
		"under": true, "administration": true, "president": true, "trump": true, "obama": true, "biden": true,
		"calendar": true, "month": true, "months": true, "quarter": true, "first": true, "second": true, "third": true, "fourth": true,
		"half": true, "period": true, "same": true, "previous": true, "prior": true, "ago": true, "earlier": true,
		"after": true, "compared": true, "with": true, "up": true, "down": true, "percent": true, "nearly": true, "about": true,
		"alone": true, "overall": true, "together": true, "combined": true, "respectively": true, "each": true, "per": true,
		"day": true, "week": true, "according": true, "data": true, "figures": true, "report": true, "statistics": true,
		"said": true, "says": true, "released": true, "show": true, "shows": true, "showed": true, "new": true, "which": true,
		"covers": true, "responsibility": true, "division": true, "region": true, "operations": true, "removal": true,
		"people": true, "immigrants": true, "individuals": true, "ended": true, "ending": true, "september": true,
		"civil": true, "charges": true, "world": true, "living": true, "illegally": true, "unlawfully": true,
		"residing": true, "here": true, "two": true, "three": true, "four": true, "five": true, "six": true, "seven": true,
		"eight": true, "nine": true, "ten": true, "state": true, "city": true, "cities": true, "counties": true,
		// (everyone ICE arrests or removes lacks status: stress run 29)
		"lacked": true, "lack": true, "legal": true, "lawful": true, "status": true, "papers": true, "documents": true,
		"permission": true, "authorization": true, "without": true}
	kindWordRe = lazyRegexp(`^[\s(]*([A-Za-z0-9][A-Za-z0-9.'’-]*)`)
)

// unknownKind returns the word after a count that narrows what it counts
// in a way the reading did not apply (stress run 28: "138,117 offenders",
// "6,500 criminal removals", "1,923 community arrests", "16,003 jail
// arrests", "160,725 border crossers", "13,814 Mexicanos", "180,000
// people on charter flights", "170,000 people who had been deported
// before"); "" when every word is one a reading reads or that does not
// narrow the count. A citizenship, a place or a period is read.
func unknownKind(it *Interpretation, e Entry) string {
	at := strings.Index(e.Sentence, e.Text)
	if at < 0 {
		return ""
	}
	if m := kindBeforeRe.FindString(e.Sentence[max(0, at-80):at]); m != "" {
		// "The Dallas field office's arrests at jails and prisons totaled
		// 16,325"
		return m
	}
	rest := e.Sentence[at+len(e.Text):]
	var words []string
	for len(words) < 12 {
		m := kindWordRe.FindStringSubmatchIndex(rest)
		if m == nil {
			break // punctuation ends the figure's phrase
		}
		w := strings.ToLower(strings.Trim(rest[m[2]:m[3]], ".'’"))
		words = append(words, strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s"))
		rest = rest[m[1]:]
	}
	read := func(w string) bool {
		return neutralPhrase[w] || countryWord(w) || monthNum(w) > 0 || placeWord(it, w) || strings.ContainsAny(w, "0123456789")
	}
	head := -1
	for i, w := range words {
		if i >= 4 {
			return ""
		}
		if i == 0 && w == "of" {
			// "16,003 of ICE's arrests in fiscal 2018 came through
			// jails": a part, whose kind the rest of the clause says
			for j, x := range words[1:] {
				if narrowInWords[x] && j > 0 && (words[j] == "through" || words[j] == "in" || words[j] == "from") {
					return strings.Join(words, " ")
				}
			}
			return ""
		}
		if headNouns[w] {
			head = i
			break
		}
		if strings.ContainsAny(w, "0123456789") {
			return "" // another figure: "9,634 to 16,520, or 41 percent"
		}
		if neutralModifiers[w] || countryWord(w) {
			continue
		}
		if i > 0 && phraseStop[w] {
			head = i - 1 // "831 Indians in 2018": the demonym is the noun
			break
		}
		if i == 0 && (w == "were" || w == "was" || w == "are") && len(words) > 1 && unknownHeadRe.MatchString(words[1]) &&
			!headNouns[words[1]] && !neutralPhrase[words[1]] && !countryWord(words[1]) && !strings.HasSuffix(words[1], "ed") {
			return strings.Join(words[:2], " ") // "138,117 were criminals"
		}
		if i == 0 && w != "convicted" && (phraseStop[w] || !strings.Contains(w, "-") && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing"))) {
			return "" // a verb or a preposition: the count's noun is elsewhere
		}
		return strings.Join(words[:i+1], " ")
	}
	if head < 0 {
		return ""
	}
	// the phrase after the head noun, to the end of the figure's phrase:
	// "people on charter flights", "people already behind bars",
	// "immigrants from south of the border", "arrests in neighborhoods"
	if head+1 >= len(words) {
		return ""
	}
	after := words[head+1 : min(len(words), head+8)]
	phrase := strings.Join(words[:min(len(words), head+8)], " ")
	switch after[0] {
	case "on", "through", "via", "aboard", "who", "whose", "that", "from", "outside", "already", "with", "without", "away", "behind", "of",
		"at", "inside", "out", "handed", "turned", "released", "transferred", "by":
		for _, w := range after {
			if !read(w) {
				return phrase
			}
		}
	case "in":
		// "in fiscal 2018", "in the Dallas area" read; "in neighborhoods",
		// "in local custody" narrow
		for _, w := range after[1:] {
			if w == "the" || w == "a" {
				continue
			}
			if narrowInWords[w] {
				return phrase
			}
			break
		}
	}
	return ""
}

// oneYearAnchor: the sentence names one year only, so "the previous year"
// can be the year before no other ("226,119 ... were deported in fiscal
// 2017, compared to 240,225 in the previous year", cc-en-diasporamessenger-06).
func oneYearAnchor(s string) bool {
	ys := namedYearRe.FindAllStringSubmatch(s, -1)
	for _, y := range ys {
		if y[1] != ys[0][1] {
			return false
		}
	}
	return len(ys) > 0
}

// orderedBeforeRe, deportedAfterRe: "ordered 200,000 people deported";
// relativeAfterRe: "about 3,400 the year before".
var (
	orderedBeforeRe = lazyRegexp(`(?i)\bordered\s+(?:about\s+|nearly\s+|some\s+|more than\s+|over\s+)?$`)
	deportedAfterRe = lazyRegexp(`(?i)^\s+(?:[\w-]+\s+){0,2}?(?:deported|removed|to be deported|to be removed)\b`)
	relativeAfterRe = lazyRegexp(`(?i)^\s+(?:[\w-]+\s+){0,2}?(?:the|a)\s+(?:year|month|fiscal year)\s+(?:before|earlier|prior)\b|^\s+(?:[\w-]+\s+){0,2}?the\s+(?:previous|prior|preceding)\s+(?:year|month|fiscal year)\b`)
)

// samePartAfterRe: "4,138 in the same period of fiscal 2017".
var samePartAfterRe = lazyRegexp(`(?i)^\s+(?:[\w-]+\s+){0,3}?(?:in|during|over|for)\s+the\s+(?:same|comparable|corresponding|equivalent)\s+(?:time\s+)?(?:period|months|weeks|stretch|span|time\s+frame)\b`)

// kindBeforeRe: a subject before a count that names where the events took
// place ("arrests at jails and prisons totaled 16,325").
var kindBeforeRe = lazyRegexp(`(?i)\b(?:arrests|removals|deportations|apprehensions|people|immigrants|individuals)\s+(?:already\s+)?(?:at|in|inside|from|out in|made at|made in|behind)\s+(?:the\s+|local\s+|county\s+|state\s+)*(?:jails?|prisons?|custody|bars|homes?|workplaces?|community|communities|neighborhoods?|streets?|courthouses?)\b[^.;]*$|\b(?:criminal|jail|prison|community|jail-based|prison-based|community-based)(?:\s+and\s+[\w-]+)?\s+(?:arrests|removals|deportations)\b[^.;]*$`)

// narrowInWords: "arrests in neighborhoods, homes and workplaces", "people in
// local custody": places of arrest, not of the records.
var narrowInWords = map[string]bool{"neighborhoods": true, "neighbourhoods": true, "homes": true, "workplaces": true,
	"jails": true, "jail": true, "prisons": true, "prison": true, "custody": true, "local": true, "county": true,
	"field": true, "courthouses": true, "courts": true, "communities": true, "streets": true, "raids": true,
	"street": true, "community": true, "workplace": true, "home": true}

// phraseStop: words right after a count that start no noun of what it
// counts ("3,067 in fiscal 2018", "5,000 were deported").
var phraseStop = map[string]bool{"in": true, "during": true, "for": true, "from": true, "to": true, "at": true, "on": true,
	"of": true, "by": true, "with": true, "were": true, "was": true, "are": true, "is": true, "had": true, "have": true,
	"has": true, "and": true, "or": true, "than": true, "a": true, "an": true, "per": true, "each": true, "daily": true,
	"since": true, "this": true, "last": true, "over": true, "across": true, "nationwide": true, "percent": true, "more": true,
	"fewer": true, "less": true, "that": true, "who": true, "which": true, "times": true, "people": true, "will": true,
	"would": true, "could": true, "now": true, "as": true, "after": true, "before": true, "between": true, "under": true,
	"total": true, "year": true, "years": true, "month": true, "months": true, "days": true, "weeks": true, "there": true}

// unknownHeadRe: a plural noun right after a count that no reading knows
// ("offenders", "convicts", "lawbreakers", "felons", "crossers").
var unknownHeadRe = lazyRegexp(`^[a-z-]{4,}(?:s|os|as)$`)

// countryWord: a citizenship or its people ("Mexico", "Indians").
func countryWord(w string) bool {
	return countryRe.MatchString(w) || countryRe.MatchString(strings.TrimSuffix(w, "s"))
}

// placeWord tells a word of the place the reading took ("Dallas").
func placeWord(it *Interpretation, w string) bool {
	return it.Place.Name != "" && strings.Contains(strings.ToLower(it.Place.Name), w)
}

// classChangeBeforeRe ends the text before the level a change reached: "...
// rose 8 percent in fiscal 2018, to 138,117".
var classChangeBeforeRe = lazyRegexp(`(?i)\b(?:rose|fell|grew|climbed|jumped|dropped|declined|increased|decreased|soared|sank|dipped|slipped|surged|plunged)\b[^.;]{0,80}?,?\s+to\s+(?:about\s+|nearly\s+|almost\s+|roughly\s+|some\s+|more than\s+|over\s+)?$`)

// classOfChangeBefore: a count that is the level a change reached, whose
// subject names a class the count's reading dropped ("ICE's arrests of
// people with criminal histories rose 8 percent in fiscal 2018, to
// 138,117"; "At-large arrests by ICE's Boston office rose 1 percent in
// fiscal 2018, to 1,923").
func classOfChangeBefore(it *Interpretation, e Entry) bool {
	at := strings.Index(e.Sentence, e.Text)
	if at < 0 || !classChangeBeforeRe.MatchString(e.Sentence[:at]) {
		return false
	}
	if len(it.Filters) > 0 {
		return false
	}
	subject := strings.ToLower(e.Sentence[:at])
	f, gaps, _ := qualifiers(subject, it.Measure)
	return len(f) > 0 || len(gaps) > 0
}
