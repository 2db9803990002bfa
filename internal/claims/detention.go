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
	"github.com/icestat/icestat/internal/table"

	"github.com/icestat/icestat/internal/query"
)

// Detention claims: figures about the detained population ("ICE is holding
// a record 66,000 people"), the people held in a place's facilities ("the
// number detained in Massachusetts doubled since January"), who is detained
// ("most people in detention have no criminal conviction") and monthly
// book-ins ("ICE booked in 40,000 people in May"). They are tested against
// ICE's published detention statistics and the daily facility populations
// (package detention), not against FOIA rows, and each verdict names the
// edition or file used.
const (
	MeasureDetained = "detained" // ICE's published currently-detained population, national
	MeasureHeld     = "held"     // people held in a place's facilities (daily facility populations)
	MeasureBookIns  = "book-ins" // ICE's published monthly initial book-ins, national
	MeasureATD      = "atd"      // people on ICE's Alternatives to Detention programs
	MeasureADP      = "adp"      // ICE's published national average daily population (a month or a fiscal year)
	MeasureALOS     = "alos"     // ICE's published average length of stay in detention, days
)

// monthMiddleNote: a month named for a count of people held, read as its
// middle day.
const monthMiddleNote = "a month, read as its middle day"

// adpOfComparison: every average daily population the sentence names comes
// after the figure, in what it is compared with ("More than 65,000 people
// are currently held in detention, an increase of 67% compared with the
// average daily population of November of last year", bz-it-focusamerica-06's
// gloss): the figure is the people held, not an average.
func adpOfComparison(c Claim) bool {
	s, end := c.Sentence, c.clauseOff+c.clauseEnd
	ms := reADP.FindAllStringIndex(s, -1)
	if len(ms) == 0 || end > len(s) {
		return false
	}
	for _, m := range ms {
		if m[0] < end || !comparedRe.MatchString(s[end:m[0]]) {
			return false
		}
	}
	return true
}

// currentlyOfLaterFigure: the figure is A of "from A <period> to B
// today" ("est passé de 39 000 en janvier à plus de 60 000 aujourd’hui",
// bs-fr-fautquon-02, glossed): the "today" is B's, after it, and A keeps
// the month named between them.
func currentlyOfLaterFigure(c Claim, p Period) bool {
	sent, start, end := c.Sentence, c.clauseOff+c.clauseStart, c.clauseOff+c.clauseEnd
	if p.Defaulted || p.Text == "" || end > len(sent) || !fromBeforeRe.MatchString(sent[:start]) {
		return false
	}
	after := sent[end:]
	m := toAfterRe.FindStringIndex(after)
	if m == nil || !strings.Contains(after[:m[1]], p.Text) {
		return false
	}
	// every "today" of the sentence after A comes after B
	for _, w := range currentlyRe.FindAllStringIndex(sent, -1) {
		if w[0] < end+m[1] {
			return false
		}
	}
	return true
}

// isAverage: ICE's published averages over a month or a fiscal year.
func isAverage(m string) bool { return m == MeasureADP || m == MeasureALOS }

func isDetentionMeasure(m string) bool {
	return m == MeasureDetained || m == MeasureHeld || m == MeasureBookIns || m == MeasureATD || m == MeasureFacility || m == MeasureCustody || isAverage(m)
}

var (
	// the national average daily population: "an average daily population
	// of 50,165", "detained an average of 38,585 individuals per day", "on
	// an average day in June"
	reADP = lazyRegexp(`(?i)\baverage daily (?:detention |detained |detainee )?population\b|\baverage number of (?:people|individuals|immigrants|migrants|noncitizens) (?:detained|held|in (?:ICE )?(?:detention|custody))\b|\bADP\b|\ban average of\s+(?:about\s+|nearly\s+|roughly\s+|more than\s+|over\s+)?[\d,]+\s+(?:people|individuals|detainees|immigrants|migrants|noncitizens)?\s*(?:in (?:ICE |immigration )?(?:detention|custody)\s*)?(?:per|a|each) day\b|\bon an average day\b|\bon average,?\s+(?:daily|per day|a day|each day)\b|\bdetained,?\s+on average,?\s+[\d,]+\s+(?:\w+\s+)?(?:per|a|each) day\b|\b(?:population|detainees)\b[^.;\d]{0,30}?\baveraged\b|\bheld,?\s+on average\b`)
	// "recorded 57,200 people on average in June 2025": this figure is an
	// average daily population (not every figure of its sentence: "a
	// broader count ... at around 83,400 people")
	adpFigureRe = lazyRegexp(`(?i)^[\d,.]+\s+(?:people|individuals|detainees|immigrants|migrants|noncitizens)\s+on average\s+(?:in|during|over)\s+(?:` + monthAlt + `|fiscal year|FY)`)
	// the average length of stay in detention (days)
	daysAfterRe = lazyRegexp(`^\s*days?\b`)
	stayRe      = lazyRegexp(`(?i)\baverage (?:length of )?(?:stay|detention)\b|\blength of stay\b|\bALOS\b|\bstayed (?:in detention )?(?:for )?an average of\b|\bheld (?:for )?an average of\b|\bspen[dt]s? (?:for )?an average of\b|\bspending (?:for )?an average of\b`)
	// a stock of people in custody, not an event
	// ("Of those detained by ICE, 56% (28,864) have a criminal record",
	// aw-en-latintimes-05: the people held, in the present tense)
	reStock = lazyRegexp(`(?i)\b(?:detain(?:s|ed|ing)?\s+(?:(?:about|nearly|almost|roughly|around|some|over|more than)\s+)?[\d,]+\s+(?:illegal|undocumented|adult)\s+(?:people|individuals|adults|immigrants|migrants|noncitizens|aliens)|holding|holds|held|being held|in (?:ice |immigrant |immigration )?(?:physical )?(?:detention|custody)(?: centers| facilities)?|in (?:its|their|ICE['’]s) (?:custody|detention (?:centers|facilities))|in (?:U\.S\. )?Immigration and Customs Enforcement(?: \(ICE\))? (?:detention|custody)|(?:number|people|immigrants|migrants|noncitizens|individuals|adults) (?:(?:were |are |was |is )?being |were |are |was |remain |remained |remains |stay |stayed )?(?:currently |now |still )?detained|detained (?:migrants|immigrants|people|individuals|adults)|[\d,]+\s+(?:(?:people|individuals|immigrants|migrants|noncitizens|adults)\s+)?(?:were\s+|are\s+)?detained\s+as\s+of\b|\bcitizens (?:were|are) being detained\b|detained population|population detained by (?:ICE|the agency)|detainee (?:population|count|total)|(?:people|individuals|immigrants|migrants|noncitizens|adults) (?:currently |now )?(?:jailed|locked up) (?:nationwide |across the country |in the U\.S\. )?(?:on|for) (?:civil )?immigration (?:cases|charges|violations)|(?:ICE|the agency) detains|detention (?:population|levels?|numbers?|totals?|counts?)|levels? of detention|(?:(?:ICE|immigration|immigrant)\s+)?detentions?\s+(?:hit|hits|reached|rose to|climbed to|stood at|stands at|topped|surpassed|grew to|fell to|dropped to)|detainees|detain(?:s|ed|ing)?\s+(?:(?:about|nearly|almost|roughly|around|some|over|more than)\s+)?[\d,]+\s+(?:people|individuals|adults|immigrants|migrants|noncitizens)|^\W*of (?:those|the (?:people|individuals|immigrants|migrants|noncitizens)) (?:currently )?detained by (?:ice|the agency)\b[^.;]{0,60}?\b(?:have|are|do)\b)`)
	// events, which the FOIA rows count ("released" as publication is no event)
	reEvent       = lazyRegexp(`(?i)\b(?:arrest\w*|deport\w*|remov\w*|releas\w*|apprehen\w*|encounter\w*)\b`)
	rePublication = lazyRegexp(`(?i)\b(?:data|update|figures|statistics|report|numbers|release)\s+(?:\w+\s+)?(?:were\s+|was\s+)?released\b|\breleased\s+(?:by|on|data|its|their|figures|statistics)\b|\bstatistical release\b|\b(?:latest|recent|data|weekly|biweekly|new|current|previous|last) release\b|\brelease of (?:the |its )?(?:data|statistics|figures)\b`)
	// "detentions" or "detainees" (detentionsAfterRecords)
	detentionWordRe = lazyRegexp(`(?i)\bdetentions?\b|\bdetainees?\b`)
	// a policy named, not events counted: "as President Trump's policy of
	// mass deportation ... continues"
	rePolicy = lazyRegexp(`(?i)\b(?:mass\s+)?deportations?\s+(?:policy|policies|agenda|campaign|plans?|push|drive|efforts?|crackdown)\b|\bpolicy of (?:mass\s+)?deportations?\b|\bmass deportations?\b`)
	// "monitored with VeriWatch, a wrist-worn GPS monitor", "GPS
	// wristbands": ICE's wrist-worn ATD device, by its name or its kind
	// "immigrants monitored electronically by ICE" (w-es-univcopy-03's
	// gloss) as "electronically monitored"
	// "ICE was monitoring a total of 224,725 immigrants" (y-es-estrellas-02's
	// gloss): people monitored, counted, are ATD's
	// ("ATDs": s-fayup-06's "the highest number of ATDs", the program's
	// initials as a plural noun); "immigrants it was supposed to monitor",
	// "monitored by ICE", "released into the country with electronic
	// tracking devices" (fresh-2026-12cf, on ICE's ATD counts)
	reATD = lazyRegexp(`(?i)\b(?:(?:is|was|are|were) monitoring|monitors) (?:a total of |about |more than |nearly |some )?\d[\d,.]*(?: thousand| million)? (?:immigrants|migrants|people|noncitizens|individuals)\b|\balternatives? to detention\b|\bATDs?\b|\belectronically monitored\b|\bmonitored electronically\b|\bankle[- ]monitors?\b|\bsmartlink\b|\bsmartwatch(?:es)?\b|\bveriwatch\b|\bwrist[- ]?worn\s+(?:GPS\s+)?(?:monitors?|devices?|trackers?)\b|\bGPS\s+wristbands?\b|\belectronic monitoring\b|\b(?:people|immigrants|migrants|noncitizens|individuals) (?:it|ICE|the agency)(?:['’]s| is| was| has been) monitoring\b|\b(?:it|ICE|the agency) (?:is|was|were) supposed to monitor\b|\bmonitored by (?:ICE|the agency)\b|\b(?:electronic )?tracking devices\b`)
	// the people an ATD sentence speaks of, in the sentence after it
	// ("The Newark ICE office had the fourth highest number of people
	// monitored through the program", m-trac-a4700-02: an ICE or ERO
	// office, or an area office, is an area of responsibility)
	aorWordRe   = lazyRegexp(`\bAOR(?:'?s)?\b|\b(?:ICE|ERO)\s+offices?\b|(?i:\barea of responsibility\b|\bfield offices?\b|\barea offices?\b)`)
	reMonitored = lazyRegexp(`(?i)\bmonitored\b|\bmonitoring\b|\benrolled\b|\bunder the program\b|\bin the program\b|\bsupervised (?:through|by|under|in) the program\b|\bankle monitors?\b`)
	// ATD technologies as ICE's tables name them
	reAnkle     = lazyRegexp(`(?i)\bankle[- ]monitor|\bGPS\b`)
	reAnkleWord = lazyRegexp(`(?i)\bankle\b`)
	reSmartLINK = lazyRegexp(`(?i)\bsmartlink\b|\bsmartphone app\b`)
	reWristworn = lazyRegexp(`(?i)\bwrist[- ]?worn\b|\bsmartwatch(?:es)?\b|\bveriwatch\b|\bwristbands?\b`)
	reBookIn    = lazyRegexp(`(?i)\bbook(?:ed|s|ing)?[- ]in(?:to)?\b|\b(?:were|was|been|being) placed in(?:to)? (?:ICE |immigration )?detention\b|\bbook-ins?\b|\binitial book-?ins?\b|\bbook(?:ed|s|ing)?\s+(?:(?:a|an)\s+(?:record|all-time\s+high(?:\s+of)?|unprecedented)\s+)?(?:(?:about|nearly|almost|roughly|around|some|over|more than)\s+)?[\d,]+\s+(?:\w+\s+){0,2}into\s+(?:ice\s+)?(?:detention|custody)\b`)
	// "most … have no criminal conviction"
	largestGroupRe    = lazyRegexp(`(?i)\b(?:the\s+)?(?:single\s+)?(?:largest|biggest)\s+(?:single\s+)?(?:group|category|class|share|portion)\b`)
	reMostUnconvicted = lazyRegexp(`(?i)\b(most|the majority|a majority|more than half)\b[^.;]*?\b(?:(?:no|without(?: a| any)?) criminal (?:convictions?|records?)|(?:not|never) (?:been )?convicted)`)
	presentRe         = lazyRegexp(`(?i)\b(?:is|are|has|have|now|currently|remains?|holds|detains|stands?|since)\b`)
	// cbpHoldsRe: CBP holding people in its own custody ("CBP held 45,000
	// people in its facilities", "in Border Patrol custody")
	cbpHoldsRe = lazyRegexp(`(?i)\b(?:cbp|customs and border protection|(?:the )?border patrol)(?:['’]s)?\s+(?:also\s+|was\s+|were\s+)?(?:held|holds|holding|detained|detains|had)\b|\bin (?:cbp|border patrol|customs and border protection)(?:['’]s)? (?:custody|facilities|stations|holding)\b`)
	// sinceMovedRe: "and has since fallen to about": a level after the one
	// dated before it in the sentence
	sinceMovedRe = lazyRegexp(`(?i)\b(?:has|have)\s+since\s+(?:\w+\s+)?(?:fallen|dropped|dipped|declined|slipped|sunk|risen|climbed|grown|increased|decreased|rebounded|edged\s+(?:up|down)|ticked\s+(?:up|down))(?:\s+(?:back\s+)?(?:to|below|under|above|over|past))?\s+(?:about|around|roughly|nearly|almost|some|more than|over|just over|just under|under|fewer than|less than)?\s*$`)
	currentlyRe  = lazyRegexp(`(?i)\b(?:currently|now|today|at present|presently|this week)\b`)
	facListedRe  = lazyRegexp(`(?i)\blist(?:s|ed|ing)?\b|\boperat(?:es|ed|ing)\b|\bin use\b|\brelease[sd]?\b|\bdata\b|\bstatistics\b|\bspreadsheet\b|\bused\b|\busing\b|\bheld\b|\bhousing\b|\bhoused\b|\bholding\b|\bwere detained\b|\bwith (?:at least one|detainees|people)\b`)
	// latestAfterRe: a figure the latest data give, said right after it
	// ("to 365 people according to the latest data")
	latestAfterRe   = lazyRegexp(`(?i)^\s*(?:[a-z-]+\s+){0,2}?(?:according to|in|per|by)\s+(?:the\s+|ICE['’]s\s+)?(?:latest|most recent|newest)\s+(?:data|figures|numbers|statistics)\b`)
	latestReleaseRe = lazyRegexp(`(?i)\b(?:latest|most recent|newest|current)\s+(?:release|data|update|figures|statistics|edition)\b|\btoday\b|\bcurrently\b`)
	otherTimeRe     = lazyRegexp(`(?i)\bago\b|\bearl(?:y|ier)\b|\blate\b|\bend of\b|\bbeginning of\b|\bstart of\b|\bwhen\b|\blast (?:year|month|week|summer|fall|winter|spring)\b|\bprevious(?:ly)?\b|\bformer\b|\bback in\b|\bat the time\b`)
	asOfWordRe      = lazyRegexp(`(?i)^(?:current )?as of\b`)
	// a level Congress funds or ICE is budgeted for ("funds ICE to maintain
	// an average of 45,000 people in detention per day"), not a count
	fundingRe = lazyRegexp(`(?i)\bfund(?:s|ed|ing)?\b|\bbudget(?:ed|s)?\b|\bappropriat\w*|\bcapacity\b`)
	// a facility named in the paragraph, and words naming the nation
	facilityNamedRe = lazyRegexp(`(?i)\b(?:detention|processing|residential|correctional|family) (?:center|centre|facility)\b|\bcounty jail\b|\bthe facility\b`)
	nationalWordRe  = lazyRegexp(`(?i)\bICE\b|\bImmigration and Customs Enforcement\b|\bnationwide\b|\bnational(?:ly)?\b|\bthe agency\b|\bacross the (?:country|nation|United States)\b`)
	daysCoveredRe   = lazyRegexp(`(?i)\bfirst (\d{1,2}) days of\b(?:\s+(?:the\s+month\s+of\s+)?(` + monthAlt + `)\b)?`)
	fyEndRe         = lazyRegexp(`(?i)\b(?:at|by) the (?:end|close) of (?:the |that |this )?(?:same )?(?:fiscal|FY)`)
	bookedRe        = lazyRegexp(`(?i)\bbooked\b|\bbook-?ins?\b`)
	reasonClauseRe  = lazyRegexp(`(?i)\b(?:due to|because|as a result of|owing to|thanks to|driven by)\b|\bas\s+(?:(?:federal|immigration|ICE|the|U\.S\.|border)\s+)*$`)
	// "has dropped to 40%", "reached": a level at the end of a change
	levelReachedRe = lazyRegexp(`(?i)\b(?:risen|rose|grown|grew|climbed|jumped|surged|soared|swelled|increased|fallen|fell|dropped|declined|decreased|shrunk|shrank|sunk|sank|plunged|plummeted)\s+to\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|just\s+(?:over|under)\s+|more than\s+|over\s+|under\s+)?$|\b(?:reached|hit)\s+(?:a\s+(?:record|new high|new low)\s+(?:of\s+)?)?(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|more than\s+|over\s+)?$`)
	// "over 2025", "during fiscal year 2024": a change across a whole year
	overYearRe   = lazyRegexp(`(?i)\b(?:over|during|throughout|across)\s+(?:the\s+(?:course\s+of\s+)?)?(?:(fiscal|calendar)\s+(?:year\s+)?)?((?:19|20)\d\d)\b`)
	reSinceMonth = lazyRegexp(`(?i)\bsince (january|february|march|april|may|june|july|august|september|october|november|december)\b(?:,? (\d{4}))?`)
)

// The arresting agency of people detained or booked in: "arrested by CBP",
// "Customs and Border Protection (CBP) arrested 29,818" (ICE publishes the
// detained population and book-ins by arresting agency, ICE or CBP).
//
// "the agency" is ICE in ICE's statistics ("16,523 people currently in ICE
// detention were arrested by the agency"), unless the sentence names CBP.
const agencyAlt = `(?:U\.S\.\s+)?(?:Customs and Border Protection(?:\s*\(CBP\))?|Border Patrol|CBP|Immigration and Customs Enforcement(?:\s*\(ICE\))?|ICE|(?:the\s+)?agency)`

var (
	// the figure is a part of the people detained or booked in: "of those
	// in detention", "of all detainees", "of the 22,794 people booked into
	// detention" (not "ICE arrested 2,000 people who are now held")
	detainedWholeRe = lazyRegexp(`(?i)\b(?:of|out of)\s+(?:the\s+|all\s+|those\s+|these\s+|current\s+|(?:immigrants|migrants|people|noncitizens|individuals)\s+)[^.;]{0,40}?(?:\bin (?:ice |immigration )?detention\b|\bdetainees\b|\bdetained\b|\bin (?:ice )?custody\b|\bbooked into\b|\bholding\b|\bholds\b|\bheld\b)`)
	// "detainees who are arrested by Customs and Border Protection (CBP),
	// which fell from 25,248": the detained people an agency arrested
	detaineesArrestedRe = lazyRegexp(`(?i)\b(?:detainees|detained (?:people|immigrants|migrants|individuals|noncitizens)|(?:people|immigrants|migrants|individuals|noncitizens) (?:held )?in (?:ICE |immigration )?(?:detention|custody))\s+(?:who\s+(?:are|were|had been)\s+)?(?:originally\s+|initially\s+)?(?:arrested|apprehended)\s+by\s+(?:the\s+)?(` + agencyAlt + `)`)
	// "Of 39,300 ICE arrestees held as of June 14, 37% had criminal
	// convictions": the sentence's subject, the people held whom ICE
	// arrested
	agencyArresteesRe = lazyRegexp(`\b(` + agencyAlt + `)\s+arrestees\s+(?:held|in (?:detention|custody))\b`)
	agencyArrestedRe  = lazyRegexp(`(?i)\b(?:originally\s+|initially\s+)?(?:arrested|apprehended|taken into custody)\s+(?:by\s+(?:the\s+)?` + agencyAlt + `|(?:originally\s+|initially\s+)?` + atBorder + `)`)
	agencyArrestRe    = lazyRegexp(`\b` + agencyAlt + `\s+(?:originally\s+)?arrest(?:ed|ees)\b`)
	agencyBeforeRe    = lazyRegexp(`\b(` + agencyAlt + `)\s+(?:originally\s+)?arrested\s+(?:about\s+|nearly\s+|some\s+|roughly\s+)?\(?$`)
	// "CBP added 5,112 people later booked into ICE detention": the people
	// CBP handed to ICE are those it arrested (said of CBP only: "ICE
	// added 5,000 detainees" is the population's growth)
	cbpHandedRe = lazyRegexp(`\b((?:U\.S\.\s+)?(?:Customs and Border Protection(?:\s*\(CBP\))?|Border Patrol|CBP))\s+(?:added|sent|transferred|turned over|handed over|referred)\s+(?:about\s+|nearly\s+|some\s+|roughly\s+|more than\s+|over\s+|another\s+)?$`)
	// "ICE recorded 54,735 book-ins, while Customs and Border Protection
	// logged 7,066", "with ICE making 19,125 arrests and CBP contributing
	// another 3,804": in a sentence on book-ins, the agency named just
	// before a figure gives its part of them (bookInAgencyPart)
	agencyPartRe = lazyRegexp(`\b(` + agencyAlt + `)\s+(?:recorded|logged|made|making|contributed|contributing|accounted\s+for|accounting\s+for|booked(?:\s+in)?)\s+(?:another\s+|an\s+additional\s+|about\s+|nearly\s+|some\s+|roughly\s+|more than\s+|over\s+)?$`)
	agencyRoleRe = lazyRegexp(`(?i)\b(` + agencyAlt + `)\s+(?:was\s+|is\s+)?(?:as\s+)?the\s+arresting\s+agency\b|\bresult(?:ed|ing|s)?\s+from\s+(?:an?\s+|the\s+)?(` + agencyAlt + `)\s+(?:apprehensions?|arrests?)\b|\bbook(?:ed|ings?)?[- ]in\s+(?:from|by)\s+(?:the\s+)?(` + agencyAlt + `)\b|` + agencyAfterArrest)
	// "immigrants detained after an ICE arrest": the arresting agency of
	// the people held, no arrests counted
	agencyAfterArrest   = `\b(?:detained|held|booked(?:\s+in)?|jailed)\s+(?:after|following)\s+(?:an?\s+|the(?:ir)?\s+)?(` + agencyAlt + `)\s+(?:arrests?|apprehensions?)\b`
	agencyAfterArrestRe = lazyRegexp(agencyAfterArrest)
	// "the share of immigrants ... who had criminal convictions has fallen":
	// the subject of a sentence of shares
	shareSubjectRe  = lazyRegexp(`(?i)\bthe (?:share|percentage|proportion|fraction) of\b[^.;]*$`)
	bothAgenciesRe  = lazyRegexp(`^\s*(?:and|&|or)\s+(?:the\s+)?` + agencyAlt + `\b`)
	agencySubjectRe = lazyRegexp(`(?i)\b(?:(?:who|that)\s+(?:were|was|had been|are)|(?:number of|the)\s+(?:individuals|people|immigrants|migrants|noncitizens|persons))\s+(?:originally\s+)?arrested\s+by\s+(?:the\s+)?(` + agencyAlt + `)`)
	// d4-trac210315-04, "those turned over to ICE for detention from
	// arrests by the Border Patrol and at ports of entry climbed, from
	// 3,024 to 4,696": the people handed to ICE after another agency's
	// arrests, the sentence's subject (ICE's book-ins by arresting agency)
	handedFromArrestsRe = lazyRegexp(`(?i)\b(?:turned|handed)\s+over\s+to\s+(?:ICE|Immigration and Customs Enforcement)\b[^.;,]{0,30}?\b(?:from|after|following)\s+(?:an?\s+|the(?:ir)?\s+)?(?:arrests?|apprehensions?)\s+(?:made\s+)?by\s+(?:the\s+)?(` + agencyAlt + `)`)
	// "5,119 ICE book-in arrests": the agency right after the figure
	// "39,300 ICE arrestees held": the people held whom ICE arrested
	agencyFigureRe  = lazyRegexp(`^\s*(` + agencyAlt + `)\s+(?:(?:initial\s+)?book[- ]?ins?|arrestees)\b`)
	iceDetaineesRe  = lazyRegexp(`\bICE(?:['’]s)? detainees\b`)
	agencyByAfterRe = lazyRegexp(`^\s*(?:were\s+|was\s+)?by\s+(?:the\s+)?(` + agencyAlt + `)\b`)
	iceNameRe       = lazyRegexp(`\bICE\b|\bImmigration and Customs Enforcement\b`)
	cbpRe           = lazyRegexp(`(?i)\bCBP\b|\bCustoms and Border Protection\b|\bBorder Patrol\b`)
	// "The majority of these detainees have also been taken in by ICE":
	// who took the people held into custody is who arrested them; "with
	// only 16% coming from Customs and Border Protection": the agency the
	// people held came from
	agencyAfterRe = lazyRegexp(`(?i)^[^.;]*?\b(?:(?:were|was|are|(?:had|have|has)(?:\s+also)?\s+been)\s+(?:also\s+)?(?:originally\s+|initially\s+)?(?:arrested|apprehended|taken in|taken into custody)\s+by|coming\s+from|came\s+from)\s+(?:the\s+)?(` + agencyAlt + `)`)
)

// borderArrestAfterRe: the people a figure counts were arrested at the
// border.
var borderArrestAfterRe = lazyRegexp(`(?i)^[^.;]*?\b(?:were|was|are|(?:had|have|has)\s+been)\s+(?:originally\s+|initially\s+)?(?:arrested|apprehended|caught)\s+(?:originally\s+|initially\s+)?` + atBorder)

// atBorder: "at the (southern) border", where CBP arrests.
const atBorder = `at\s+the\s+(?:southern\s+|southwest\s+|U\.S\.-Mexico\s+)?border\b`

// otherAgencyAfter tells whether the sentence names an arresting agency
// after at ("ICE's current release" names none).
func otherAgencyAfter(s string, at int) bool {
	rest := s[at:]
	return agencyArrestedRe.MatchString(rest) || agencyArrestRe.MatchString(rest) || agencyRoleRe.MatchString(rest)
}

// arrestingAgency is the agency that arrested the people a figure counts,
// "ICE" or "CBP", when its own part of the sentence says so.
func arrestingAgency(c Claim) string {
	pos := c.clauseOff + c.clauseStart
	end := c.clauseOff + c.clauseEnd
	s := c.Sentence
	if pos > len(s) || end > len(s) {
		return ""
	}
	from, to := segmentBounds(s, pos)
	if strings.TrimSpace(s[end:max(end, to)]) == "" && to < len(s) && s[to] == ',' {
		// "The vast majority, 84%, of current detainees were arrested by
		// ICE": a figure set off by commas belongs to the clause after it
		_, to = segmentBounds(s, to+1)
	}
	name := ""
	if m := agencyBeforeRe.FindStringSubmatch(s[max(from, pos-80):pos]); m != nil {
		name = m[1]
	} else if m := cbpHandedRe.FindStringSubmatch(s[max(from, pos-80):pos]); m != nil {
		name = m[1]
	} else if m := bookInAgencyPart(s, pos); m != "" {
		name = m
	} else if m := agencyAfterRe.FindStringSubmatch(s[end:max(end, to)]); m != nil {
		name = m[1]
	} else if borderArrestAfterRe.MatchString(s[end:max(end, to)]) {
		// "más de la mitad de los detenidos por ICE fueron arrestados
		// inicialmente en la frontera sur" (cj-es-infobae-02, glossed
		// "were arrested initially at the southern border"): CBP's arrests
		name = "CBP"
	} else if m := agencyFigureRe.FindStringSubmatch(s[end:]); m != nil {
		name = m[1]
	} else if m := agencyByAfterRe.FindStringSubmatch(s[end:]); m != nil {
		// "31,273 people were booked into ICE detention; 27,475 by ICE,
		// 3,798 by CBP"
		name = m[1]
	} else if m := agencyRoleRe.FindStringSubmatchIndex(s[from:to]); m != nil && !bothAgenciesRe.MatchString(s[from+m[1]:to]) {
		// "ICE as the arresting agency for 81 percent of initial book-ins",
		// "book-ins ... resulted from CBP apprehensions" (not "booked in
		// by CBP and ICE": both)
		for k := 2; k+1 < len(m); k += 2 {
			if m[k] >= 0 {
				name = s[from+m[k] : from+m[k+1]]
			}
		}
	} else if m := agencySubjectRe.FindStringSubmatch(s[from:pos]); m != nil {
		// "The number of immigrants in ICE detention who were arrested by
		// Immigration and Customs Enforcement ... has grown to over 12,000"
		name = m[1]
	} else if ms := agencySubjectRe.FindAllStringSubmatch(s[:pos], -1); len(ms) == 1 && (cbpRe.MatchString(ms[0][1]) || !cbpRe.MatchString(s[:pos])) {
		// "The number of immigrants arrested by ICE and booked into civil
		// immigration detention fell ..., from 5,119 in January ... to
		// 1,970 in February" (cd-es-noticias2025-01, glossed): the
		// sentence's subject, in an earlier clause, naming one agency
		name = ms[0][1]
	} else if ms := agencyArresteesRe.FindAllStringSubmatch(s[from:pos], -1); len(ms) == 1 {
		name = ms[0][1]
	} else if ms := handedFromArrestsRe.FindAllStringSubmatch(s[:pos], -1); len(ms) == 1 {
		// d4-trac210315-04: "those turned over to ICE for detention from
		// arrests by the Border Patrol ... climbed, from 3,024 to 4,696"
		name = ms[0][1]
	} else if ms := detaineesArrestedRe.FindAllStringSubmatchIndex(s[:pos], -1); len(ms) == 1 && !otherAgencyAfter(s, ms[0][1]) {
		// "Detainees arrested by ICE have continued to inch upward ...,
		// including a minor increase from 11,683 to 11,803": the
		// sentence's subject, when it names one agency
		name = s[ms[0][2]:ms[0][3]]
	}
	switch n := strings.ToLower(name); {
	case n == "":
		return ""
	case strings.HasSuffix(n, "agency"):
		if cbpRe.MatchString(s) {
			return ""
		}
	case strings.Contains(n, "customs and border") || strings.Contains(n, "border patrol") || strings.Contains(n, "cbp"):
		return "CBP"
	}
	return "ICE"
}

// bookInAgencyPart is the agency named just before the figure at pos in a
// sentence on book-ins ("ICE recorded 54,735 book-ins, while Customs and
// Border Protection logged 7,066"; "22,929 people were booked into ICE
// detention, with ICE making 19,125 arrests and Customs and Border
// Protection (CBP) contributing another 3,804"): ICE prints book-ins by
// arresting agency, and the agency's "arrests" there are its part of them.
// Outside a sentence on book-ins it names nothing ("ICE made 1,000
// arrests" counts arrests).
func bookInAgencyPart(s string, pos int) string {
	if pos > len(s) || !reBookIn.MatchString(s) || !cbpRe.MatchString(s) || !iceNameRe.MatchString(s) {
		// only where both agencies' parts are set side by side: "ICE
		// booked 28,797 people into detention in May" is every book-in,
		// ICE being the agency that books
		return ""
	}
	if m := agencyPartRe.FindStringSubmatch(s[max(0, pos-80):pos]); m != nil {
		return m[1]
	}
	return ""
}

// detentionPass rereads the interpretations of sentences about detention
// as detention questions and adds the share claims ("most …") the number
// extractor cannot see. ref is the article's date (zero when unknown).
func detentionPass(text string, ref time.Time, its []Interpretation) []Interpretation {
	var prevStock *Interpretation // the last figure read as a detained population
	// sentences about Alternatives to Detention: the next sentence's
	// "monitored" / "enrolled" people are ATD participants too
	sents := splitSentences(text)
	atdBefore := func(off int) bool {
		k := sort.Search(len(sents), func(k int) bool { return sents[k].start > off }) - 1
		for j := k - 1; j >= 0 && j >= k-2 && sents[j].para == sents[k].para; j-- {
			if reATD.MatchString(sents[j].text) {
				return true
			}
		}
		return false
	}
	// "only 13% of those involved in the program use these devices"
	// (bg-es-elautomata-01, glossed), after sentences on ankle monitors:
	// the one technology the paragraph's last sentences name
	techBefore := func(c Claim) []string {
		from, to := segmentBounds(c.Sentence, c.clauseOff+c.clauseStart)
		if c.Kind != KindShare || !techAnaphorRe.MatchString(c.Sentence[from:to]) {
			return nil
		}
		k := sort.Search(len(sents), func(k int) bool { return sents[k].start > c.Offset }) - 1
		for j := k - 1; k >= 0 && j >= 0 && j >= k-2 && sents[j].para == sents[k].para; j-- {
			if t := technologyIn(sents[j].text); t != nil {
				return t
			}
		}
		return nil
	}
	// the one day the sentence just before names, in the same paragraph
	// (atThatTimeRe)
	dateBefore := func(off int) *Period {
		k := sort.Search(len(sents), func(k int) bool { return sents[k].start > off }) - 1
		if k < 1 || sents[k-1].para != sents[k].para {
			return nil
		}
		var d *Period
		for _, pm := range periods(sents[k-1].text, ref) {
			if pm.p.Kind != "date" || pm.p.From == "" {
				continue
			}
			if d != nil && d.From != pm.p.From {
				return nil // two days: which one is meant is a guess
			}
			q := pm.p
			d = &q
		}
		for _, m := range fullDateRe.FindAllStringSubmatch(sents[k-1].text, -1) {
			// a date named bare ("the previous data release, January 11,
			// 2025"), which periods reads only after "as of", "on" ...
			y, _ := strconv.Atoi(m[3])
			day, _ := strconv.Atoi(m[2])
			t := time.Date(y, time.Month(monthNum(m[1])), day, 0, 0, 0, 0, time.UTC)
			if monthNum(m[1]) == 0 || t.Day() != day || !ref.IsZero() && t.After(ref) {
				continue
			}
			ds := t.Format("2006-01-02")
			if d != nil && d.From != ds {
				return nil
			}
			if d == nil {
				d = &Period{Kind: "date", Text: m[0], From: ds, To: ds}
			}
		}
		return d
	}
	// book-ins named in the sentence just before, in the same paragraph
	bookedBefore := func(off int) bool {
		k := sort.Search(len(sents), func(k int) bool { return sents[k].start > off }) - 1
		return k >= 1 && sents[k-1].para == sents[k].para && bookedRe.MatchString(sents[k-1].text)
	}
	// the date the text gives its figures, found once per text
	var older *Period
	olderRead := false
	textDate := func() *Period {
		if !olderRead {
			older, olderRead = olderTextDate(sents, ref), true
		}
		return older
	}
	// a facility named in the sentences just before, in the same paragraph
	facilityBefore := func(off int) bool {
		k := sort.Search(len(sents), func(k int) bool { return sents[k].start > off }) - 1
		for j := k; j >= 0 && j >= k-2 && sents[j].para == sents[max(k, 0)].para; j-- {
			if facilityNamedRe.MatchString(sents[j].text) {
				return true
			}
		}
		return false
	}
	// the one state the sentence just before names, in the same paragraph
	// ("The state of Louisiana has become one of the largest hubs for
	// immigration detention ... Currently, there are nine immigration
	// detention facilities")
	stateBefore := func(off int) string {
		k := sort.Search(len(sents), func(k int) bool { return sents[k].start > off }) - 1
		if k < 1 || sents[k-1].para != sents[k].para {
			return ""
		}
		st := ""
		for _, pm := range places(sents[k-1].text, "") {
			if pm.p.Kind != "state" || st != "" && pm.p.State != st {
				if pm.p.Kind == "state" {
					return ""
				}
				continue
			}
			st = pm.p.State
		}
		return st
	}
	for i := range its {
		it := &its[i]
		s := it.Claim.Sentence
		levelsDuring(it)
		// "arrested by CBP", "ICE arrested": who arrested the people
		// detained or booked in (ICE's tables by arresting agency), not
		// arrests counted
		s2 := withoutArrestingAgency(s)
		byAgency := s2 != s && (reStock.MatchString(s2) || reBookIn.MatchString(s2)) && (detainedWholeRe.MatchString(s) || detaineesArrestedRe.MatchString(s)) ||
			bookInAgencyPart(s, it.Claim.clauseOff+it.Claim.clauseStart) != ""
		if it.Measure != "" && it.Measure != "detentions" && !(it.Measure == "arrests" && byAgency) {
			if !onlyInReason(s, it.Claim, reEvent) && !stockInOwnSegment(s, it.Claim) {
				continue
			}
			// "the number of people in ICE custody increased to 37,395 as
			// of early September, largely because of increased ICE and CBP
			// arrests", "In the wake of ... mass deportations, there are
			// more than 41,000 in ICE custody": the events are another
			// clause's
			it.Measure = "detentions"
			setUnstated(it, "measure", "the sentence also names "+measureIn(strings.ToLower(s))+", in another clause")
		}

		event := reEvent.MatchString(eventless(s2))
		crim := it.Filters["criminality"]
		if it.Claim.Kind == KindShare && len(crim) == 0 {
			// "the share of immigrants detained after an ICE arrest who had
			// criminal convictions has fallen ... from 62% of detainees to
			// 31%": every share of the sentence is of the class its subject
			// names
			pos := min(len(s), it.Claim.clauseOff+it.Claim.clauseStart)
			if m := shareSubjectRe.FindStringIndex(s[:pos]); m != nil {
				f, _, _ := qualifiers(strings.ToLower(s[m[0]:pos]), "")
				crim = f["criminality"]
			}
		}
		var figs []int
		for _, o := range its {
			if o.Claim.Sentence == s && o.Claim.Kind != KindRank && o.Claim.Kind != KindSuperlative {
				// (a rank, "came in second", names no other figure's place)
				figs = append(figs, o.Claim.clauseOff+o.Claim.clauseStart)
			}
		}
		if it.Claim.Kind == KindCount && facilitiesCounted(it.Claim) {
			// "The latest release listed 179 detention facilities"
			it.Measure = MeasureFacility
			it.Filters, it.Base, it.Gaps, it.Custody = nil, nil, nil, false
			st := ""
			if it.Place.Kind == "state" {
				// (a state the text names: its facilities are a reading,
				// facilityCountReadings)
				st = it.Place.State
			} else if it.Place.Kind != "aor" && !nationalRe.MatchString(s) {
				st = stateBefore(it.Claim.Offset)
			}
			it.Place = Place{Kind: "facilities", Name: "ICE's detention facilities", State: st}
			if from, to := segmentBounds(it.Claim.Sentence, it.Claim.clauseOff+it.Claim.clauseStart); latestReleaseRe.MatchString(it.Claim.Sentence[from:to]) {
				// "The latest release listed 179": the edition out on the
				// article's date, whatever date another clause names
				it.Period = Period{Kind: "unresolved"}
			} else if it.Period.Kind == "month" {
				if mi, ok := canon.MonthInterval(it.Period.Month); ok {
					d := mi.To.String()
					it.Period = Period{Kind: "date", Text: it.Period.Text, From: d, To: d, Note: "the end of the month named"}
				}
			}
			facilityDate(it, ref, it.Period.Kind == "date")
			if !facListedRe.MatchString(it.Claim.Sentence) {
				// "ICE maintains 131 facilities": ICE's statistics list the
				// facilities that held people this fiscal year, not every
				// facility it contracts or maintains
				setUnstated(it, "measure", "the sentence does not say it counts the facilities ICE's statistics list (those that held people this fiscal year)")
			}
			if it.ref != "" {
				it.PrintedBy = it.ref
			}
			it.Describe = describeDetention(*it)
			continue
		}
		if m := facChangeRe.FindStringSubmatch(s); m != nil && it.Claim.Kind == KindChange && it.Claim.Unit == UnitPercent && !ref.IsZero() {
			// "a 30% increase in the number of Immigration and Customs
			// Enforcement (ICE) detention facilities" "over the past six
			// months": the facilities listed in the edition out on the
			// article's date against the one that many months before
			if k, ok := smallNumbers[strings.ToLower(m[1])]; ok && k >= 1 {
				d, b := ref.Format("2006-01-02"), ref.AddDate(0, -int(k), 0).Format("2006-01-02")
				it.Measure = MeasureFacility
				it.Filters, it.Base, it.Gaps, it.Custody = nil, nil, nil, false
				it.Place = Place{Kind: "facilities", Name: "ICE's detention facilities"}
				it.Period = Period{Kind: "date", Text: m[0], From: d, To: d, Note: "the edition out on the article's date"}
				it.Baseline = &Period{Kind: "date", Text: m[0], From: b, To: b, Note: "the edition out " + m[1] + " months before"}
				setUnstated(it, "measure", "the sentence does not say it counts the facilities ICE's statistics list (those that held people in the fiscal year)")
				it.Describe = describeDetention(*it)
				continue
			}
		}
		if lv := threatLevel(s, it.Claim.clauseOff+it.Claim.clauseStart, figs); lv != "" && it.Claim.Kind == KindShare {
			// "detainees classified as 'ICE Threat Level One' make up 7%
			// of the detention population" (facility.go)
			it.Measure = MeasureFacility
			if !(it.Place.Kind == "state" || it.Place.Kind == "aor") || it.Place.Implicit {
				// (a state's or an area's facilities are added up)
				it.Place = Place{Kind: "national", Name: "nationwide", Implicit: it.Place.Implicit}
			}
			if fac := facilityPhrase(s, it.Claim.clauseOff+it.Claim.clauseStart, figs); fac != "" {
				it.Place = Place{Kind: "facility", Name: fac}
			}
			facilityStatistic(it, ref, map[string][]string{"threat_level": {lv}}, "ICE prints threat levels only as facilities' average daily populations over the fiscal year to date, not as the people held on one day")
			continue
		}
		if end := it.Claim.clauseOff + it.Claim.clauseEnd; it.Claim.Kind == KindShare && end <= len(s) && emptyBedsRe.MatchString(s[end:]) {
			// "the South Texas ICE Processing Center had roughly 5% unused
			// bed space in the facility, while others like the Golden
			// State Annex had 72% available beds": the facility's
			// guaranteed minimum left empty (factype.go)
			if fac := facilityPhrase(s, it.Claim.clauseOff+it.Claim.clauseStart, figs); fac != "" {
				it.Place = Place{Kind: "facility", Name: fac}
				facilityStatistic(it, ref, map[string][]string{facStatKey: {"fac_empty"}}, "a facility's beds left empty, read as its guaranteed minimum less its average daily population; the writer may count beds otherwise")
				continue
			}
		}
		if types, stat, ok := facilityTypeStat(it.Claim, figs); ok {
			// "IGSA's (n=73)", "IGSA's constitute more than half of the
			// facilities" (factype.go)
			statedDecimal(&it.Claim)
			it.Place = Place{Kind: "national", Name: "nationwide", Implicit: true}
			facilityStatistic(it, ref, map[string][]string{facTypeKey: types, facStatKey: {stat}}, "a statistic over ICE's facilities table; the writer's edition and selection of facilities may differ")
			continue
		}
		fac := ""
		if it.Claim.Kind == KindCount && (reStock.MatchString(s2) || reADP.MatchString(s2) || it.Claim.PerDays > 0) && (!event || onlyInReason(s, it.Claim, reEvent)) {
			// ("the Adams County Detention Center averaged 2,171 detainees
			// per day in September 2025 as federal immigration arrests
			// continued to climb", bk-en-visavergems-01: the arrests are
			// the background)
			fac = facilityPhrase(s, it.Claim.clauseOff+it.Claim.clauseStart, figs)
		}
		// people held on a day, in the sentence or the figure's own part
		// of it; or "detentions" after the FOIA records end
		stock := reStock.MatchString(s) && !event || stockSegment(it.Claim)
		afterRecords := !stock && detentionsAfterRecords(*it)
		switch {
		case it.Claim.Kind == KindCount && custodyDays(it.Claim) > 0 && (stock || reStock.MatchString(s[min(len(s), it.Claim.clauseOff+it.Claim.clauseEnd):])):
			// "7,252 people in custody at least six months": ICE's table
			// of detainees by days in custody (custodylength.go)
			custodyReading(it, custodyDays(it.Claim), ref)
		case fac != "":
			// a figure beside a facility's name: its average daily population
			it.Measure = MeasureFacility
			it.Filters, it.Base, it.Gaps, it.Custody = nil, nil, nil, false
			it.Place = Place{Kind: "facility", Name: fac}
			facilityDate(it, ref, !it.Period.Defaulted && it.Period.Kind != "unresolved" && it.Period.Kind != "")
			if !facilityNameRe.MatchString(fac) {
				// "The Otay Mesa location": a facility named by its place
				// may be another facility there (supported, never
				// contradicted)
				setUnstated(it, "place", "the facility is named by its place, not by its name")
			}
		case stayRe.MatchString(s) && !fundingRe.MatchString(s) && len(it.Filters) == 0 && !countryRe.MatchString(strings.ToLower(s)) && daysAfterRe.MatchString(s[min(len(s), it.Claim.clauseOff+it.Claim.clauseEnd):]) && (it.Place.Kind == "national" || it.Place.Implicit) && it.Claim.Kind == KindCount:
			// "an average length of stay of 34 days": ICE's national
			// average length of stay of a month or a fiscal year
			it.Measure = MeasureALOS
			it.Filters, it.Base, it.Gaps, it.Custody = nil, nil, nil, false
			nationalOnly(it)
			adpPeriod(it, ref)
		case (reADP.MatchString(s) && !adpOfComparison(it.Claim) || adpFigureRe.MatchString(s[min(len(s), it.Claim.clauseOff+it.Claim.clauseStart):])) && !sinceMoved(it.Claim) && !reBookIn.MatchString(s2) && !fundingRe.MatchString(s) && len(it.Filters) == 0 && !countryRe.MatchString(strings.ToLower(s)) && (it.Place.Kind == "national" || it.Place.Implicit) && (it.Claim.Kind == KindCount || it.Claim.Kind == KindSuperlative) && !event:
			// ICE's national average daily population over a month or a
			// fiscal year (a facility's average is read above)
			it.Measure = MeasureADP
			it.Filters, it.Base, it.Gaps, it.Custody = nil, nil, nil, false
			if facilityBefore(it.Claim.Offset) && !nationalWordRe.MatchString(s) {
				// "average daily population … around 1,330 a day in late
				// January", after a paragraph on the Dilley facility
				setUnstated(it, "place", "the paragraph names a detention facility; the average may be that facility's")
			}
			nationalOnly(it)
			it.Claim.PerDays = 0
			adpPeriod(it, ref)
		case reATD.MatchString(s) || reMonitored.MatchString(s) && atdBefore(it.Claim.Offset) && (it.Place.Kind == "national" || it.Place.Implicit || it.Place.AOR != "") ||
			it.Measure == "" && atdAnaphorRe.MatchString(s) && atdBefore(it.Claim.Offset) ||
			reMonitored.MatchString(s) && aorWordRe.MatchString(s) && it.Place.AOR != "" && it.Measure == "":
			// "the AOR's with most immigrants monitoring, including San
			// Francisco at 18,630": what an ICE office monitors is ATD
			it.Measure = MeasureATD
			it.Filters, it.Base, it.Gaps, it.Custody = nil, nil, nil, false
			// ICE prints several ATD totals (by AOR, by technology, family
			// units), revised between editions
			setUnstated(it, "measure", "ICE publishes several ATD counts")
			if tech := atdTechnology(it.Claim); len(tech) > 0 {
				it.Filters = map[string][]string{"technology": tech}
			} else if tech := techBefore(it.Claim); len(tech) > 0 {
				it.Filters = map[string][]string{"technology": tech}
			}
			// an office carried from the sentences before and marked so
			// ("There were 2,921 people on some form of electronic
			// monitoring in September 2019" after two on the Chicago field
			// office, bf-en-ru24-02) stays: supported, never contradicted;
			// a city read as an area ("con sede en la ciudad de Nueva
			// York", af-es-independiente-02) gives way to the nation
			if it.Place.AOR == "" || it.Place.Implicit && (it.Unstated["place"] == "" || it.Place.Approx) {
				it.Place = Place{Kind: "national", Name: "nationwide", Implicit: it.Place.Implicit}
			}
			if end := fmt.Sprintf("%d-09-30", it.Period.FY); it.Period.Kind == "fy" && !it.Period.Defaulted && !it.Period.Bare && it.Period.Text != "" && strings.Contains(s, it.Period.Text) &&
				!ref.IsZero() && end < ref.Format("2006-01-02") && it.Claim.Kind == KindCount {
				// "decreased from 321,000 people in fiscal year 2022 to
				// 194,427 people in fiscal year 2023" (bf-en-ru24-05): a
				// count on ATD in a fiscal year the sentence names, which
				// has ended, read on its last day (ICE's year-end count;
				// not stated as such)
				it.Period = Period{Kind: "date", Text: it.Period.Text, From: end, To: end, Note: "the last day of the fiscal year named"}
				setUnstated(it, "period", "a count on ATD \"in\" a fiscal year, read on its last day")
			}
			detentionDates(it, ref)
			yearsBackBaseline(it)
		case reBookIn.MatchString(s2) && !onlyInReason(s, it.Claim, reBookIn):
			it.Measure = MeasureBookIns
			it.Filters, it.Base, it.Gaps, it.Custody = nil, nil, nil, false
			if it.Period.Kind == "range" && it.Period.Approx {
				// "from February through mid-May": ICE prints book-ins by
				// month, the last one to its edition's date
				if t, err := time.Parse("2006-01-02", it.Period.To); err == nil && t.Day() != t.AddDate(0, 1, -t.Day()).Day() {
					it.Period.To = t.AddDate(0, 1, -t.Day()).Format("2006-01-02")
					it.Period.Note = "whole months (ICE prints book-ins by month; the last month to its edition's date)"
				}
			}
			if t, err := time.Parse("2006-01-02", it.Period.To); err == nil && it.Period.Kind == "range" && !it.Period.Approx &&
				strings.HasSuffix(it.Period.From, "-01") && t.Day() != t.AddDate(0, 1, -t.Day()).Day() {
				// "From Oct. 1 to Nov. 15, ICE recorded 54,735 book-ins": ICE
				// prints the month in progress to its edition's date, which
				// is near the day named, not on it (so never a contradiction)
				it.Period.To = t.AddDate(0, 1, -t.Day()).Format("2006-01-02")
				it.Period.Note = dayEndNote + t.Format("2006-01-02") + ")"
				setUnstated(it, "period", "ICE prints the last month to its edition's date, not to the day named")
			}
			if ag := arrestingAgency(it.Claim); ag != "" {
				it.Filters = map[string][]string{"agency": {ag}}
			} else if it.Claim.Kind == KindShare && len(crim) > 0 {
				// n-cato-01: "nearly three in four people booked into ICE
				// custody this fiscal year had no criminal conviction": a
				// class's share of the book-ins (bookInsClassShare)
				it.Filters = map[string][]string{"criminality": crim}
			}
			if it.Place.Implicit && it.Place.Kind != "national" {
				it.Notes = append(it.Notes, "ICE publishes book-ins nationally; the claim is read as national")
				it.Place = Place{Kind: "national", Name: "nationwide", Implicit: true}
			}
		case stock || afterRecords:
			if afterRecords {
				setUnstated(it, "measure", "\"detentions\" after the FOIA records end may be ICE's book-ins or the people it held on a day")
			}
			it.Filters, it.Base, it.Custody = nil, nil, false
			it.Gaps = offenceGaps(it.Gaps)
			if len(crim) > 0 && classOnlyAfter(it.Claim) {
				// "... and had more than 56,000 people in detention,
				// shattering previous records as the agency begins to ...
				// by nabbing more people without criminal records": the
				// class describes other people, after the figure's part;
				// the whole population is read (unstated: never
				// contradicted)
				crim = nil
				setUnstated(it, "measure", "the sentence names a criminality class only after the figure's part of it, of other people")
			}
			if len(crim) > 0 {
				// "25,471 ... have no criminal record": ICE's criminality
				// classes; "16,523 ... were arrested by the agency and have
				// no criminal record": of the people one agency arrested
				it.Filters = map[string][]string{"criminality": crim}
				if ag := arrestingAgency(it.Claim); ag != "" && it.Claim.Kind == KindCount {
					it.Filters["agency"] = []string{ag}
				}
			} else if ag := arrestingAgency(it.Claim); ag != "" {
				// "23,119 of the people in detention were arrested by CBP"
				it.Filters = map[string][]string{"agency": {ag}}
			}
			if it.Claim.Kind == KindShare && len(it.Filters["agency"]) == 0 && iceDetaineesRe.MatchString(s) {
				// "18% of ICE detainees do not have a criminal record":
				// everyone ICE holds, or the people ICE itself arrested,
				// whom analysts of ICE's arrests (Cato, TRAC) call so
				setUnstated(it, "measure", "\"ICE detainees\" may be everyone ICE holds or only the people ICE itself arrested (ICE's table by arresting agency)")
			}
			if it.Claim.Kind == KindShare && !bookedRe.MatchString(s) && bookedBefore(it.Claim.Offset) {
				// "93% of people booked in ICE detention centers have no
				// violent criminal convictions. Another 65% of detainees
				// have no prior criminal history": a share of the book-ins
				// the paragraph speaks of, or of those held on a day
				setUnstated(it, "measure", "the sentence before speaks of the people booked in; the share may be of them, not of those held on a day")
			}
			if it.Place.Kind == "national" || it.Place.Implicit || it.Unstated["place"] == placeInOtherPart {
				// (a place named only in a later part of the sentence, "and
				// most are housed in Texas" (cl-en-newsnation-01), is no
				// place of the population: the nation's, unstated)
				it.Measure = MeasureDetained
				it.Place = Place{Kind: "national", Name: "nationwide", Implicit: it.Place.Implicit || it.Unstated["place"] != ""}
			} else {
				it.Measure = MeasureHeld
			}
			detentionDates(it, ref)
			daySpanChange(it)
			fromToOverWeeks(it, ref)
			sinceFromTo(it)
			riseStart(it)
			termPeak(it, ref)
			if it.Claim.Kind == KindChange && it.Baseline == nil && prevReleaseRe.MatchString(s) {
				it.prevEdition = true
			}
			prevStock = it
		case it.Measure == "detentions" && prevStock != nil && (refersBack(*it) || measureCarried(*it)) && !event,
			stockAnaphor(it, prevStock, s) && !event:
			// (the second: "ICE was holding 36,931 individuals in custody.
			// That number was at 47,892 as of March 24, 2025", where the
			// sentence before names its measure only as a stock, which the
			// generic reading does not carry; bq-en-redamerica-02)
			if it.Measure == "" {
				it.Notes = append(it.Notes, "measure carried from the previous sentence")
				if it.Claim.Kind == KindChange && it.Baseline == nil && prevStock.Period.Kind == "date" {
					// "That number was at 47,892 as of March 24, 2025, an
					// increase of almost 11,000": from the figure before,
					// on its day (a reference: supported, never contradicted)
					b := prevStock.Period
					it.Baseline = &b
					setUnstated(it, "period", "the change is read from the figure of the sentence before, on its date")
				}
			}
			// "the number was still roughly 21,000" after a sentence about
			// the detained population: the same population
			it.Filters, it.Base, it.Gaps, it.Custody = nil, nil, nil, false
			if len(crim) > 0 {
				// "Nearly 55% of them had no criminal record"
				it.Filters = map[string][]string{"criminality": crim}
			}
			if it.Claim.Kind == KindShare && bookedRe.MatchString(s) {
				// "65% of those booked had no criminal convictions", after
				// "ICE has booked 204,297 people into detention": a share of
				// the book-ins, not of the people held on a day
				setUnstated(it, "measure", "the share may be of the people booked in, not of those held on a day")
			}
			if it.Claim.Kind == KindShare {
				for j := i - 1; j >= 0 && its[j].Claim.Offset >= prevStock.Claim.Offset; j-- {
					if its[j].Claim.Kind == KindChange {
						// "the detained population grew by 11,296 people.
						// Breaking down that growth: 72% were ...": a share
						// of the change, not of the population
						setUnstated(it, "measure", "the share may be of the change just described ("+its[j].Claim.Text+"), not of the population")
						break
					}
				}
			}
			it.Measure = prevStock.Measure
			it.Place = prevStock.Place
			detentionDates(it, ref)
			if it.Measure == MeasureDetained {
				termPeak(it, ref) // "The number exceeds the 39,703 reached during the Biden years"
			}
		case it.Measure == "" && prevStock != nil && it.Claim.Kind == KindSuperlative && demonstrativeRe.MatchString(s) && !event && it.Claim.Sent-prevStock.Claim.Sent == 1:
			// "This figure, revealed in The Guardian's latest analysis of
			// biweekly ICE data, surpasses the previous record set just two
			// weeks earlier" (m-lawsb-02), after "ICE reported holding more
			// than 68,400 people as of December 14": the record is the
			// population the sentence before counts, on its day; which
			// edition that day reads is the other sentence's, so it may
			// support the record, never contradict it
			it.Filters, it.Base, it.Gaps, it.Custody = nil, nil, nil, false
			it.Measure, it.Place, it.Period, it.PrintedBy = prevStock.Measure, prevStock.Place, prevStock.Period, prevStock.PrintedBy
			it.Notes = append(it.Notes, fmt.Sprintf("the record of the figure of the sentence before (%q)", prevStock.Claim.Text))
			setUnstated(it, "period", "the sentence names no date: the record is of the figure of the sentence before, on its date")
		case it.Measure == "" && prevStock != nil && it.Claim.Kind == KindShare && len(crim) > 0 && !event && it.Claim.Sent-prevStock.Claim.Sent == 1:
			// a class's share in a line right after one on the population
			// ("Of 39,300 ICE arrestees held as of June 14, 37% had criminal
			// convictions" / "33% had pending criminal charges"): of the same
			// people, the same arresting agency's
			it.Filters, it.Base, it.Gaps, it.Custody = map[string][]string{"criminality": crim}, nil, nil, false
			if ag := prevStock.Filters["agency"]; len(ag) > 0 {
				it.Filters["agency"] = ag
			}
			it.Notes = append(it.Notes, "measure carried from the previous sentence")
			it.Measure = prevStock.Measure
			it.Place = prevStock.Place
			detentionDates(it, ref)
		default:
			continue
		}
		if from, to := segmentBounds(s, it.Claim.clauseOff+it.Claim.clauseStart); (it.Measure == MeasureDetained || it.Measure == MeasureHeld) && cbpHoldsRe.MatchString(s[from:to]) {
			// "On that day, CBP held 45,000 people in its facilities": CBP's
			// own custody, which ICE's editions do not count (stress run 34)
			setUnstated(it, "source", "the figure counts people CBP holds in its own custody, not ICE's detention")
		}
		if it.Period.Text == "the article's date" && (it.Measure == MeasureDetained || it.Measure == MeasureATD) && len(periods(s, ref)) == 0 && atThatTimeRe.MatchString(s) {
			if d := dateBefore(it.Claim.Offset); d != nil {
				// "... updated as of the previous data release, January
				// 11, 2025. At that time, 188,304 families and individuals
				// were reported as monitored": the day the sentence before
				// names, stated by reference
				it.Period = *d
				it.Period.Note = "the date the sentence before names (\"" + strings.TrimSpace(atThatTimeRe.FindString(s)) + "\")"
				// (a reference, not a date of its own: kept unstated, so
				// it can support the figure, never contradict it)
				setUnstated(it, "period", "the sentence names no date; \""+strings.TrimSpace(atThatTimeRe.FindString(s))+"\" is read as the day the sentence before names, "+d.Text)
			}
		}
		if it.Period.Text == "the article's date" && (it.Measure == MeasureDetained || it.Measure == MeasureHeld || it.Measure == MeasureATD) && len(periods(s, ref)) == 0 {
			if td := textDate(); td != nil {
				it.textDate = td
				setUnstated(it, "period", "the text dates its figures "+td.Text+", well before the article's date; the present tense may speak of that day")
			}
		}
		if it.ref != "" && it.Measure != MeasureHeld && it.PrintedBy == "" {
			// an article quotes the editions out on its date; later
			// printings revise recent months (a reading of its own, judge)
			it.PrintedBy = it.ref
		}
		it.Describe = describeDetention(*it)
	}
	// shares the extractor does not find: "most people in detention have no
	// criminal conviction"
	var added []Interpretation
	for _, s := range splitSentences(text) {
		m := reMostUnconvicted.FindStringSubmatchIndex(s.text)
		if m == nil || !reStock.MatchString(s.text) || reEvent.MatchString(s.text) {
			continue
		}
		c := Claim{Sentence: s.text, Clause: s.text, Text: s.text[m[2]:m[3]], Offset: s.start + m[2], Kind: KindShare,
			Comparator: CmpMoreThan, Value: 50, Unit: UnitPercent}
		it := Interpretation{Claim: c, Measure: MeasureDetained, Place: Place{Kind: "national", Name: "nationwide", Implicit: true},
			Filters: map[string][]string{"criminality": {"not convicted"}}}
		detentionDates(&it, ref)
		it.Describe = describeDetention(it)
		added = append(added, it)
	}
	for _, s := range splitSentences(text) {
		// "the single largest group held in these detention centers are
		// immigrants with no criminal record": a class's rank among ICE's
		// three criminality classes
		m := largestGroupRe.FindStringIndex(s.text)
		if m == nil || !reStock.MatchString(s.text) || reEvent.MatchString(eventless(s.text)) {
			continue
		}
		f, _, _ := qualifiers(strings.ToLower(s.text[m[1]:]), MeasureDetained)
		cl := f["criminality"]
		if len(cl) != 1 || len(crimClasses(cl)) != 1 {
			continue // a class of its own, not a sum of two ("no conviction")
		}
		it := Interpretation{Claim: firstRank(s, m), Measure: MeasureDetained, Place: Place{Kind: "national", Name: "nationwide", Implicit: true},
			Filters: map[string][]string{"criminality": cl}}
		added = append(added, datedRank(it, ref))
	}
	added = append(added, atdRanks(text, ref)...)
	added = append(added, facilityRanks(text, ref)...)
	sort.SliceStable(added, func(i, j int) bool { return added[i].Claim.Offset < added[j].Claim.Offset })
	if len(added) == 0 {
		return its
	}
	// keep text order and number the claims again
	out := make([]Interpretation, 0, len(its)+len(added))
	j := 0
	for _, it := range its {
		for j < len(added) && added[j].Claim.Offset < it.Claim.Offset {
			out = append(out, added[j])
			j++
		}
		out = append(out, it)
	}
	out = append(out, added[j:]...)
	for i := range out {
		out[i].Claim.ID = i + 1
	}
	return out
}

// onlyInReason: the sentence names people held before the figure, and the
// words re finds (book-ins, arrests, removals) only in a clause after it
// giving a reason ("holding 21,952 ..., down from more than 27,000 in June
// due to shorter lengths of stay for immigrants booked into detention";
// "increased to 37,395 ..., largely because of increased ICE and CBP
// arrests").
func onlyInReason(s string, c Claim, re *lazyRE) bool {
	end := c.clauseOff + c.clauseEnd
	if end > len(s) {
		return false
	}
	m := re.FindStringIndex(s)
	return m != nil && m[0] >= end && reStock.MatchString(s[:end]) && reasonClauseRe.MatchString(s[end:m[0]])
}

// eventless is s without the words that name events but count none: a
// release of statistics ("data released Friday") or a policy ("mass
// deportation").
func eventless(s string) string {
	return rePolicy.ReplaceAllString(rePublication.ReplaceAllString(s, ""), "")
}

// stockInOwnSegment: the figure's own part of the sentence speaks of people
// held and of no event, while another part names deportations ("In the
// wake of ... mass deportations, there are more than 41,000 in ICE
// custody").
func stockInOwnSegment(s string, c Claim) bool {
	pos := c.clauseOff + c.clauseStart
	if pos > len(s) || c.Kind != KindCount {
		return false
	}
	from, to := stockPart(s, pos)
	seg := s[from:to]
	return reStock.MatchString(seg) && !reEvent.MatchString(seg) && reEvent.MatchString(s)
}

// nationalOnly reads a figure ICE publishes nationally only (its averages)
// as national; a place carried from another sentence is said to be set
// aside, and stays a reason the figure is not fully stated.
func nationalOnly(it *Interpretation) {
	if it.Place.Kind != "national" && it.Unstated["place"] != "" {
		it.Unstated["place"] = "the sentence names no place (" + it.Place.String() + " carried from the text); ICE publishes this average nationally only"
	}
	it.Place = Place{Kind: "national", Name: "nationwide", Implicit: it.Place.Implicit}
}

// fyToDateNote begins the note of an average read as the fiscal year to
// date of an edition (adpPeriod): a reading the sentence did not state.
const fyToDateNote = "the fiscal year to date in the edition out on "

// adpPeriod: ICE prints the average daily population of each month and of
// the fiscal year (to date while it runs). A month or a fiscal year named
// is asked as such; a date or no period ("ICE detains an average of …") is
// the fiscal year to date in the edition out then, which the sentence does
// not state.
func adpPeriod(it *Interpretation, ref time.Time) {
	d := ""
	switch {
	case it.Period.Kind == "month" && (asOfWordRe.MatchString(it.Period.Text) || strings.Contains(strings.ToLower(it.Claim.Sentence), "as of "+strings.ToLower(it.Period.Text))):
		// "As of February 2024, the average daily population was …": the
		// fiscal year to date in the editions of that month
		if mi, ok := canon.MonthInterval(it.Period.Month); ok {
			d = mi.To.String()
		}
	case it.Period.Kind == "fy" || it.Period.Kind == "month":
		return
	case it.Period.Kind == "date" && it.Period.From != "":
		d = it.Period.From
	case !ref.IsZero():
		d = ref.Format("2006-01-02")
	default:
		it.Period = Period{Kind: "unresolved", Unresolved: "an average daily population is over a month or a fiscal year: give the article's date (--date)"}
		return
	}
	t, err := time.Parse("2006-01-02", d)
	if err != nil {
		return
	}
	fy := t.Year()
	if t.Month() >= time.October {
		fy++
	}
	it.Period = fyPeriod(fy, it.Period.Text)
	it.Period.Note = fyToDateNote + d
	it.PrintedBy = d
	setUnstated(it, "period", "a date names no span to average over (fiscal year "+strconv.Itoa(fy)+" to date assumed)")
}

// averageVerdict judges an average (ICE's average daily population or
// length of stay, a daily rate of book-ins): ICE prints averages with
// decimals (a whole figure is the average rounded or cut), and revises it
// between editions (a month in progress, then complete; late records), so a
// figure within 3% of the printing read may be another printing and is not
// called a contradiction.
func (r *runner) averageVerdict(it *Interpretation, b *entryBuilder, n float64, text string) Entry {
	c := it.Claim
	b.e.Value, b.e.ValueText = &n, text
	m := n
	if !compare(c, n) {
		m = wholeFigure(c, n) // the average rounded or cut to the claim's whole figure
	}
	if !compare(c, m) && c.Value > 0 && math.Abs(n-c.Value)/n < 0.03 {
		b.not(ReasonDefinitionGap, "ICE revises its figures between editions (a month in progress, then complete); the claim's %s is within 3%% of %s, and may be from another printing.", stated(c), text)
		return b.finish(NotCheckable)
	}
	return r.verdict(it, b, m, text)
}

// averageFits: a claim fits an average printed with decimals when it is the
// average itself, or its whole part rounded or cut.
func averageFits(c Claim, n float64) bool {
	return compare(c, n) || wholeFigure(c, n) == c.Value
}

// wholeFigure is the claim's whole figure when it is v rounded or cut ("2,168
// per day" for 2,167.8, as writers print ICE's averages), else v.
func wholeFigure(c Claim, v float64) float64 {
	if w := c.Value; w == math.Trunc(w) && (math.Round(v) == w || math.Trunc(v) == w) {
		return w
	}
	return v
}

// askDetention runs a detention question; one the query model refuses
// makes the claim not checkable (the entry returned instead).
func (r *runner) askDetention(b *entryBuilder, v url.Values, what string) (*query.Result, *Entry, error) {
	res, err := r.runDetention(b, v)
	if err != nil {
		if answer.IsBad(err) {
			b.not(ReasonUnderspecified, "The claim does not make a valid %s question: %v.", what, err)
			e := b.finish(NotCheckable)
			return nil, &e, nil
		}
		return nil, nil, err
	}
	return res, nil, nil
}

// asOfDayRe: "As of August 9, 2025": the day a month's figures run to
// (fr-trac250815-02).
var asOfDayRe = lazyRegexp(`(?i)\bas of\s+(` + monthAlt + `)\s+(\d{1,2})\b(?:,?\s+(\d{4}))?`)

// bookInsPerDay tests a daily average of book-ins over a month ("an average
// of 990 daily initial book-ins through the first 26 days of July"), as
// TRAC computes it: the month's book-ins as printed by the article's date,
// over the days the edition covers (the whole month once it ended, to the
// edition's date while it ran).
func (r *runner) bookInsPerDay(it *Interpretation, b *entryBuilder) (Entry, error) {
	res, refused, err := r.askDetention(b, detentionValues(it, it.Period), "detention")
	if refused != nil {
		return *refused, nil
	}
	if err != nil {
		return Entry{}, err
	}
	mi, ok := canon.MonthInterval(it.Period.Month)
	if res.Count == nil || !ok {
		return notCovered(b, res), nil
	}
	from, _ := time.Parse("2006-01-02", mi.From.String())
	to, _ := time.Parse("2006-01-02", mi.To.String())
	if !res.Coverage.Complete && len(res.Sources) > 0 {
		asOf, err := time.Parse("2006-01-02", res.Sources[0].AsOf)
		if err != nil || asOf.Before(from) || asOf.After(to) {
			b.not(ReasonPartlyCovered, "The edition used prints %s only in part, as of a day it does not date within the month.", it.Period.String())
			return b.finish(NotCheckable), nil
		}
		to = asOf
	}
	days := to.Sub(from).Hours()/24 + 1
	stated := false
	if m := daysCoveredRe.FindStringSubmatch(it.Claim.Sentence); m != nil && (m[2] == "" || monthNum(m[2]) == int(from.Month())) {
		// "through the first 26 days of July": the days the text says the
		// figures cover
		if k, err := strconv.Atoi(m[1]); err == nil && k > 0 && float64(k) <= days {
			days, stated = float64(k), true
			to = from.AddDate(0, 0, k-1)
		}
	} else if m := asOfDayRe.FindStringSubmatch(it.Claim.Sentence); m != nil && monthNum(m[1]) == int(from.Month()) {
		// fr-trac250815-02, "As of August 9, 2025, ... the average number
		// of arrests thus far in August was 1,007": the days of the month
		// the text says the figures run to
		if k, err := strconv.Atoi(m[2]); err == nil && k > 0 && float64(k) <= days && (m[3] == "" || m[3] == fmt.Sprint(from.Year())) {
			days, stated = float64(k), true
			to = from.AddDate(0, 0, k-1)
		}
	}
	n := *res.Count / days
	text := fmt.Sprintf("%.1f per day (%s book-ins over the %.0f days %s..%s; %s)", n, formatNumber(*res.Count), days, from.Format("2006-01-02"), to.Format("2006-01-02"), usedText(res))
	b.note("Measure: ICE's initial book-ins of the month as printed, divided by the days the edition covers (TRAC's daily rate).")
	if asOf, err := time.Parse("2006-01-02", firstAsOf(res)); !stated && !averageFits(it.Claim, n) && (!res.Coverage.Complete || err == nil && asOf.Sub(to).Hours() < 14*24) {
		// a month in progress, or the first edition after its end, may
		// print it through an earlier day than the edition's date ("the
		// first 26 days of July" in the edition as of August 1): the days
		// it covers are not printed
		b.e.Value, b.e.ValueText = &n, text
		if k, v, ok := partialMonthAverage(res, it.Period, *res.Count, func(v float64) bool { return averageFits(it.Claim, v) }); ok {
			// "990 during July" in the edition as of August 1, which prints
			// July through the 26th: a guess at the days it covers, which
			// may support the figure, never contradict it
			text = fmt.Sprintf("%.1f per day (%s book-ins over the first %d days of %s, if the edition as of %s prints the month that far; %s)", v, formatNumber(*res.Count), k, it.Period.String(), firstAsOf(res), usedText(res))
			b.e.Value, b.e.ValueText = &v, text
			setUnstated(it, "period", fmt.Sprintf("the days of %s the edition as of %s covers are not printed; the first %d are read", it.Period.String(), firstAsOf(res), k))
			return r.verdictOK(it, b, text), nil
		}
		b.not(ReasonDefinitionGap, "The edition used (as of %s) may print the month only through an earlier day, so the days to divide by are not known; %s.", firstAsOf(res), text)
		return b.finish(NotCheckable), nil
	}
	return r.averageVerdict(it, b, n, text), nil
}

func firstAsOf(res *query.Result) string {
	if len(res.Sources) == 0 {
		return ""
	}
	return res.Sources[0].AsOf
}

// fullDateRe: a day with its month and year ("January 11, 2025").
var fullDateRe = lazyRegexp(`(?i)\b(` + monthAbbr + `)\s+(\d{1,2}),?\s+((?:19|20)\d\d)\b`)

// atThatTimeRe: a sentence that opens by pointing at the day the sentence
// before names ("At that time, 188,304 families and individuals were
// reported as monitored").
var atThatTimeRe = lazyRegexp(`(?i)^\W*(?:at that time|at the time|as of then|as of that date|on that date|on that day|by then|by that date)\b`)

// olderTextDate is the latest "as of" date (or month) the text names that
// lies more than 45 days before the article's date: an undated page whose
// figures are "as of February 2024", read in 2025. nil when there is none.
func olderTextDate(sents []sentence, ref time.Time) *Period {
	if ref.IsZero() {
		return nil
	}
	limit := ref.AddDate(0, 0, -45).Format("2006-01-02")
	var best *Period
	for _, st := range sents {
		for _, pm := range periods(st.text, ref) {
			p := pm.p
			if !asOfWordRe.MatchString(p.Text) && !asOfWordRe.MatchString(st.text) {
				continue
			}
			switch p.Kind {
			case "date":
			case "month":
				mi, ok := canon.MonthInterval(p.Month)
				if !ok {
					continue
				}
				// the middle of the month, like "in May, ICE held"
				d := mi.From.String()[:8] + "15"
				p = Period{Kind: "date", Text: p.Text, From: d, To: d, Note: "the middle of the month the text dates its figures by"}
			default:
				continue
			}
			if p.From > limit || p.From == "" {
				continue
			}
			if best == nil || p.From > best.From {
				q := p
				best = &q
			}
		}
	}
	return best
}

// detentionDates sets the date of a population claim (the article's date:
// "ICE is holding" speaks of the day it was written) and, for "since
// January", the baseline date.
// partYearRe: "By late 2025", "in early 2024", "mid-2025", "at the end of
// 2025": a part of a year, with the year written out (the calendar year: a
// writer who means the fiscal one says so, which fyEndRe reads). Without
// it the bare year was a fiscal year, which no population has
// (s-pt-contextobr-01: "73% of the 68,000 immigrants detained in the United
// States as of the end of 2025 have no criminal records", TRAC's figures of
// the edition of 2025-12-23).
var partYearRe = lazyRegexp(`(?i)\b(early|late|mid|(?:end|close) of)(?:-\s*|\s)((?:19|20)\d\d)\b`)

// partOfYear reads a population named with a part of a year ("By late
// 2025: 73% of detainees (48,377 people) have no criminal conviction") as
// the one on a day of it: the last day of the part (or the article's date,
// if earlier) first, every week of the part a reading of its own
// (readings.go). Which day the writer took is not said, so the period is
// never stated. Only for a sentence naming no date, month or fiscal year
// of its own.
func partOfYear(it *Interpretation, ref time.Time) bool {
	m := partYearRe.FindStringSubmatch(it.Claim.Sentence)
	if m == nil {
		return false
	}
	if k := strings.Index(it.Claim.Sentence, m[0]); baselineRe.MatchString(it.Claim.Sentence[:k]) || multipleBaselineRe.MatchString(it.Claim.Sentence[:k]) {
		// "36,000 are wearing ankle monitors, double the number as of the
		// end of 2024": the part of the year is the baseline's
		return false
	}
	for _, pm := range periods(it.Claim.Sentence, ref) {
		if k := pm.p.Kind; k == "date" || k == "month" || k == "range" || k == "fy" && !pm.p.Bare {
			return false
		}
	}
	y, _ := strconv.Atoi(m[2])
	if it.Period.Kind == "fy" && it.Period.FY == y-1 && yearBeforeRe.MatchString(it.Claim.Sentence) {
		// "At the end of 2025, ... 70,805 people, compared with fewer
		// than 40,000 a year earlier": the figure read a year before is
		// at the same part of that year
		y--
	}
	from, to := time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(y, 3, 31, 0, 0, 0, 0, time.UTC)
	switch w := strings.ToLower(m[1]); {
	case w == "late":
		from, to = time.Date(y, 10, 1, 0, 0, 0, 0, time.UTC), time.Date(y, 12, 31, 0, 0, 0, 0, time.UTC)
	case w == "mid":
		from, to = time.Date(y, 5, 1, 0, 0, 0, 0, time.UTC), time.Date(y, 8, 31, 0, 0, 0, 0, time.UTC)
	case strings.HasPrefix(w, "end") || strings.HasPrefix(w, "close"):
		// the last weeks of December: ICE's editions come every two
		// weeks or so, and the writer's may be the year's last or the
		// first of the next, which the readings try
		from, to = time.Date(y, 12, 1, 0, 0, 0, 0, time.UTC), time.Date(y, 12, 31, 0, 0, 0, 0, time.UTC)
	}
	if !ref.IsZero() && to.After(ref) {
		to = ref
	}
	if to.Before(from) {
		return false
	}
	d := to.Format("2006-01-02")
	it.Period = Period{Kind: "date", Text: m[0], From: d, To: d, Approx: true, Note: "a part of a year (" + m[0] + "), read on its last day; its other weeks are readings"}
	it.partYear = [2]string{from.Format("2006-01-02"), d}
	it.Unstated = nil
	setUnstated(it, "period", strconv.Quote(m[0])+" names no day")
	return true
}

func detentionDates(it *Interpretation, ref time.Time) {
	if partOfYear(it, ref) {
		return
	}
	if it.Period.Kind == "fy" && fyEndRe.MatchString(it.Claim.Sentence) {
		// "At the end of FY2023, ICE held 36,845": the last day of that
		// fiscal year
		d := fmt.Sprintf("%d-09-30", it.Period.FY)
		it.Period = Period{Kind: "date", Text: it.Period.Text, From: d, To: d, Note: "the last day of the fiscal year named"}
	}
	if it.Period.Kind == "fy" && !ref.IsZero() && it.Period.FY == fiscalYear(ref) && !it.Period.Bare {
		// "nearly half of detainees ...", after a sentence on book-ins
		// "this fiscal year": a population in the fiscal year under way is
		// the one on the article's date
		d := ref.Format("2006-01-02")
		it.Period = Period{Kind: "date", Text: it.Period.Text, From: d, To: d, Note: "the fiscal year under way: the population on the article's date " + d}
		setUnstated(it, "period", "a population named with a fiscal year under way (the article's date assumed)")
	}
	if it.Period.Kind != "date" && it.Period.Kind != "unresolved" && len(periods(it.Claim.Sentence, ref)) == 0 &&
		presentRe.MatchString(it.Claim.Sentence) && !otherTimeRe.MatchString(it.Claim.Sentence) {
		// "Also, 21,667 out of the 27,217 held in ICE detention have no
		// criminal record", after a sentence on June's book-ins: a
		// population in the present tense is the article's day's
		delete(it.Unstated, "period")
		if len(it.Unstated) == 0 {
			it.Unstated = nil
		}
		it.Period = Period{Kind: "unresolved"}
	}
	if it.Period.Kind == "fy" || it.Period.Kind == "unresolved" || it.Period.Defaulted {
		// "ICE held 36,233 people in detention in 2024, according to data
		// updated as of August 25, 2024": the population is the one on
		// the date the data are current as of
		for _, pm := range periods(it.Claim.Sentence, ref) {
			if pm.p.Kind == "date" && asOfWordRe.MatchString(pm.p.Text) {
				it.Period = pm.p
				// the date is stated: a doubt about the year ("in 2024"
				// had not ended) no longer applies
				if strings.Contains(it.Unstated["period"], "had not ended") {
					delete(it.Unstated, "period")
					if len(it.Unstated) == 0 {
						it.Unstated = nil
					}
				}
				return
			}
		}
	}
	if it.Claim.PerDays > 0 && it.Period.Kind == "date" && !ref.IsZero() && it.Period.From < ref.Format("2006-01-02") {
		// "Since ... two weeks ago ..., ICE has been increasing the number
		// of detainees by around 400 each day": from that date to the
		// article's
		b := it.Period
		it.Baseline = &b
		d := ref.Format("2006-01-02")
		it.Period = Period{Kind: "date", Text: "the article's date", From: d, To: d, Note: "the population on the article's date " + d}
		return
	}
	if m := reSinceMonth.FindStringSubmatch(it.Claim.Sentence); m != nil && it.Claim.Kind == KindChange {
		mon := monthNum(m[1])
		y := ref.Year()
		if m[2] != "" {
			fmt.Sscan(m[2], &y)
		} else if !ref.IsZero() && mon > int(ref.Month()) {
			y--
		}
		if !ref.IsZero() || m[2] != "" {
			d := time.Date(y, time.Month(mon), 1, 0, 0, 0, 0, time.UTC)
			it.Baseline = &Period{Kind: "date", Text: m[0], From: d.Format("2006-01-02"), To: d.Format("2006-01-02"), Note: "the first day of the month named"}
			// "since January": from then to the article's date; which of
			// the month's editions the writer compared with is not said
			// (from 39,703 of January 16, ICE's population had risen 42%
			// by late June 2025; from the edition in force on January 1,
			// 47%: stress run 26), so never a contradiction
			delete(it.Unstated, "period")
			if it.Measure != MeasureHeld {
				// (the daily facility populations have every day)
				setUnstated(it, "period", "\"since "+m[1]+"\": which of that month's editions the writer compared with is not said")
			}
		}
	}
	if p := it.Period; it.Claim.Kind == KindChange && it.Measure == MeasureDetained && it.Baseline == nil && p.Kind == "range" &&
		strings.HasSuffix(p.From, "-01-20") && p.To != "" && strings.HasPrefix(strings.ToLower(strings.TrimSpace(p.Text)), "since") {
		// "is up about 75% since Trump took office" (z-el-protothema-02,
		// glossed): the population on the article's date against the one
		// on inauguration day, not a span of days
		termStartChange(it, p.Text, p.From, p.To)
		return
	}
	if m := thanTermStartRe.FindString(it.Claim.Sentence); m != "" && it.Claim.Kind == KindChange && it.Measure == MeasureDetained && !ref.IsZero() &&
		(it.Baseline == nil || slices.ContainsFunc(it.Notes, func(n string) bool { return strings.HasPrefix(n, "baseline implied") })) {
		// "up about 75% compared with the period before Trump took office"
		// (z-el-protothema-02's words), "73% more people than when Trump
		// took office": the same comparison, the term's start named as the
		// earlier point
		y := 2017
		if !ref.Before(time.Date(2025, 1, 20, 0, 0, 0, 0, time.UTC)) {
			y = 2025
		}
		termStartChange(it, m, fmt.Sprintf("%d-01-20", y), ref.Format("2006-01-02"))
		return
	}
	if pos := it.Claim.clauseOff + it.Claim.clauseStart; it.Period.Kind == "range" && it.Period.To != "" && (it.Claim.Kind == KindCount || it.Claim.Kind == KindShare) &&
		pos <= len(it.Claim.Sentence) && levelReachedRe.MatchString(it.Claim.Sentence[max(0, pos-40):pos]) {
		// "the percentage of ICE detainees with criminal convictions has
		// dropped to 40% ... since January": the level reached at the end
		// of the span, not a span of days
		d := it.Period.To
		it.Period = Period{Kind: "date", Text: it.Period.Text, From: d, To: d, Approx: it.Period.Approx, Note: "the level reached at the end of the span named"}
	}
	if m := overYearRe.FindStringSubmatch(it.Claim.Sentence); m != nil && it.Claim.Kind == KindChange && it.Measure == MeasureDetained {
		// "a roughly 75-78 percent increase in ICE's detained population
		// over 2025": from the year's first day to its last (or the
		// article's date), calendar unless the text says fiscal; a
		// writer's editions may differ, so unstated
		y, _ := strconv.Atoi(m[2])
		from, to := time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(y, 12, 31, 0, 0, 0, 0, time.UTC)
		if strings.EqualFold(m[1], "fiscal") {
			from, to = time.Date(y-1, 10, 1, 0, 0, 0, 0, time.UTC), time.Date(y, 9, 30, 0, 0, 0, 0, time.UTC)
		}
		if !ref.IsZero() && to.After(ref) {
			to = ref
		}
		if from.Before(to) {
			it.Baseline = &Period{Kind: "date", Text: m[0], From: from.Format("2006-01-02"), To: from.Format("2006-01-02"), Note: "the start of the year named"}
			it.Period = Period{Kind: "date", Text: m[0], From: to.Format("2006-01-02"), To: to.Format("2006-01-02"), Note: "the end of the year named (or the article's date)"}
			setUnstated(it, "period", "a change over a year: from the edition at its start to the one at its end, as the writer's editions may differ")
			return
		}
	}
	if !ref.IsZero() && sinceMoved(it.Claim) {
		// "stood at a record 70,766 on Feb. 2 and has since fallen to
		// about 60,300": the latest count the writer had, not the earlier
		// day's; which edition that was is not said, so it may support,
		// never contradict (stress run 32)
		d := ref.Format("2006-01-02")
		it.Period = Period{Kind: "date", Text: "has since", From: d, To: d, Note: "the population on the article's date " + d + " (\"has since\" moved to it)"}
		setUnstated(it, "period", "\"has since\" names no date: the writer's latest edition, before the article's date")
		return
	}
	if end := it.Claim.clauseOff + it.Claim.clauseEnd; !ref.IsZero() && it.Claim.Kind == KindCount && end <= len(it.Claim.Sentence) && latestAfterRe.MatchString(it.Claim.Sentence[end:]) {
		// e12e1-trac240315-03, "has expanded from its initial pilot of
		// just 50 people in May 2023 to 365 people according to the latest
		// data": the figure the latest data give is the population on the
		// article's date, not on the day the span starts (the earlier
		// figure keeps its month)
		d := ref.Format("2006-01-02")
		it.Period = Period{Kind: "date", Text: "the latest data", From: d, To: d, Note: "the population on the article's date " + d + " (the latest data the text cites)"}
		return
	}
	from, to := segmentBounds(it.Claim.Sentence, it.Claim.clauseOff+it.Claim.clauseStart)
	if currentlyRe.MatchString(it.Claim.Sentence[from:to]) && (it.Period.Kind != "date" || len(periods(it.Claim.Sentence, ref)) == 0) && !ref.IsZero() &&
		!currentlyOfLaterFigure(it.Claim, it.Period) {
		// "those currently detained", after a sentence about four weeks
		// ago: the article's date, not the date carried
		d := ref.Format("2006-01-02")
		it.Period = Period{Kind: "date", Text: "currently", From: d, To: d, Note: "the population on the article's date " + d}
		if strings.HasPrefix(it.Unstated["period"], "the text names no period (") {
			// "currently", in the figure's own part of the sentence, states
			// the date: the edition in force on the article's date
			delete(it.Unstated, "period")
			if len(it.Unstated) == 0 {
				it.Unstated = nil
			}
		}
		return
	}
	if it.Period.Defaulted || thisYearRe.MatchString(it.Period.Text) && it.Period.Bare {
		// a population is counted on a day, not over a defaulted year
		if it.Period.Defaulted && strings.HasPrefix(it.Unstated["period"], "the text names no period (") {
			delete(it.Unstated, "period")
			if len(it.Unstated) == 0 {
				it.Unstated = nil
			}
		}
		it.Period = Period{Kind: "unresolved"}
	}
	if it.Period.Kind == "month" && it.Measure != MeasureBookIns && it.Claim.Kind != KindChange {
		// a population in a month ("in May, ICE held 21,000"): on a day
		// of that month, read as its middle (an approximate date)
		var y, mo int
		if _, err := fmt.Sscanf(it.Period.Month, "%d-%d", &y, &mo); err == nil {
			d := time.Date(y, time.Month(mo), 15, 0, 0, 0, 0, time.UTC).Format("2006-01-02")
			it.Period = Period{Kind: "date", Text: it.Period.Text, From: d, To: d, Approx: true, Note: monthMiddleNote}
			setUnstated(it, "period", "a month names no day (its middle assumed)")
		}
	}
	if b := it.Baseline; b != nil && b.Kind == "month" && it.Claim.Kind == KindChange && (it.Measure == MeasureDetained || it.Measure == MeasureATD) {
		// "a 19% decrease ... as of mid-February, compared to those
		// monitored through the program in December" (cl-en-wavy-01): the
		// population of the earlier month, on its middle day
		var y, mo int
		if _, err := fmt.Sscanf(b.Month, "%d-%d", &y, &mo); err == nil {
			d := time.Date(y, time.Month(mo), 15, 0, 0, 0, 0, time.UTC).Format("2006-01-02")
			it.Baseline = &Period{Kind: "date", Text: b.Text, From: d, To: d, Approx: true, Note: monthMiddleNote}
			setUnstated(it, "period", "the earlier month names no day (its middle assumed)")
		}
	}
	switch it.Period.Kind {
	case "date", "month", "fy", "range":
	default:
		it.Period.Kind = "unresolved"
	}
	if it.Period.Kind == "unresolved" || it.Period.Kind == "range" && it.Baseline != nil {
		if ref.IsZero() {
			it.Period = Period{Kind: "unresolved", Unresolved: "a population is counted on a date: give the article's date (--date)"}
			return
		}
		d := ref.Format("2006-01-02")
		it.Period = Period{Kind: "date", Text: "the article's date", From: d, To: d, Note: "the population on the article's date " + d}
		if !presentRe.MatchString(it.Claim.Sentence) || otherTimeRe.MatchString(it.Claim.Sentence) {
			// a past-tense figure, or a sentence naming another time
			// ("since the end of the Biden administration, when roughly
			// 39,000 people were being held", "two weeks ago"): not
			// stated as the article's day
			setUnstated(it, "period", "the sentence names no date for the figure (the article's date "+d+" assumed)")
		}
	}
}

func setUnstated(it *Interpretation, part, why string) {
	if it.Unstated == nil {
		it.Unstated = map[string]string{}
	}
	if it.Unstated[part] == "" {
		it.Unstated[part] = why
	}
}

func describeDetention(it Interpretation) string {
	d := describeDetentionQuestion(it)
	switch {
	case it.termPeak > 0:
		d = "the highest of the editions' " + d
	case it.termPeak < 0:
		d = "the lowest of the editions' " + d
	}
	if it.PrintedBy != "" {
		d += ", in the editions ICE had published by " + it.PrintedBy
		if it.PrintedBy == it.ref {
			d += " (the article's date)"
		}
	}
	return d
}

func describeDetentionQuestion(it Interpretation) string {
	c := it.Claim
	what := map[string]string{
		MeasureDetained: "people in ICE detention (ICE's published currently-detained count)",
		MeasureHeld:     "people held in " + it.Place.String() + "'s detention facilities (daily facility populations)",
		MeasureBookIns:  "initial book-ins into ICE detention (ICE's published monthly figures)",
		MeasureATD:      "people on ICE's Alternatives to Detention programs (ICE's published ATD count" + atdScope(it) + ")",
		MeasureFacility: facilityWhat(it),
		MeasureADP:      "people in ICE detention on an average day (ICE's published average daily population)",
		MeasureALOS:     "days in ICE detention on average (ICE's published average length of stay)",
		MeasureCustody:  custodyWhat(it),
	}[it.Measure]
	if cl := it.Filters["criminality"]; len(cl) > 0 && c.Kind == KindCount {
		what += " who are " + strings.Join(crimClasses(cl), " + ")
		if ag := it.Filters["agency"]; len(ag) == 1 {
			what += " and were arrested by " + ag[0]
		}
	} else if ag := it.Filters["agency"]; len(ag) == 1 && c.Kind == KindCount {
		what += " arrested by " + ag[0]
	}
	switch c.Kind {
	case KindShare:
		if st := it.Filters[facStatKey]; len(st) == 1 && st[0] == "fac_empty" {
			return what + ", " + it.Period.String()
		}
		if st := it.Filters[facStatKey]; len(st) == 1 && strings.HasPrefix(st[0], "topshare:") {
			return "share of all facilities' average daily population held by the " + strings.TrimPrefix(st[0], "topshare:") + " largest (ICE's published facilities table, fiscal year to date), " + it.Period.String()
		}
		if lv := it.Filters["threat_level"]; len(lv) == 1 {
			return fmt.Sprintf("share of %s at %s, %s", what, lv[0], it.Period.String())
		}
		if st := it.Filters[facStatKey]; len(st) == 1 && (strings.HasPrefix(st[0], "gm") || strings.HasPrefix(st[0], "ghost")) {
			return fmt.Sprintf("%s, %s", what, it.Period.String())
		} else if len(st) == 1 && st[0] == "count" {
			return fmt.Sprintf("share of the facilities ICE lists that are %s, %s", facTypeList(it.Filters), it.Period.String())
		} else if len(st) == 1 {
			return fmt.Sprintf("share of %s in %s facilities, %s", what, facTypeList(it.Filters), it.Period.String())
		}
		if it.Measure == MeasureATD && len(it.Filters["technology"]) > 0 {
			return fmt.Sprintf("share of all ATD participants that are %s, %s", what, it.Period.String())
		}
		if ag := it.Filters["agency"]; len(ag) == 1 && len(it.Filters["criminality"]) == 0 {
			return fmt.Sprintf("share of %s arrested by %s, %s", what, ag[0], it.Period.String())
		}
		cl := it.Filters["criminality"]
		if len(cl) == 0 {
			cl = []string{"pending", "other"}
		}
		if ag := it.Filters["agency"]; len(ag) == 1 {
			return fmt.Sprintf("share of %s whom %s itself arrested who are %s, %s", what, ag[0], strings.Join(crimClasses(cl), " + "), it.Period.String())
		}
		return fmt.Sprintf("share of %s who are %s, %s", what, strings.Join(crimClasses(cl), " + "), it.Period.String())
	case KindChange:
		base := "an unstated earlier date"
		if it.prevEdition {
			base = "the edition before (\"the last reporting period\")"
		}
		if it.Baseline != nil {
			base = it.Baseline.String()
		}
		return fmt.Sprintf("change in %s, %s vs %s", what, it.Period.String(), base)
	case KindSuperlative:
		if st := it.Filters[facStatKey]; len(st) == 1 && strings.HasPrefix(st[0], "super_") {
			return "the " + facTypeList(it.Filters) + " facilities first among the types of ICE's facilities table (by number, or by average daily population), " + it.Period.String()
		}
		most, within := "largest", ""
		if it.Claim.Direction < 0 {
			most = "smallest"
		}
		if it.Baseline != nil && it.Baseline.Kind == "range" {
			within = " " + it.Baseline.Text
		}
		if firstTimeAbove(it.Claim) {
			return fmt.Sprintf("%s, %s, is above %s for the first time in what ICE has published", what, it.Period.String(), formatNumber(it.Claim.Value))
		}
		return fmt.Sprintf("%s, %s, is the %s ICE has published%s", what, it.Period.String(), most, within)
	}
	return fmt.Sprintf("%s, %s", what, it.Period.String())
}

// detentionValues turns a detention claim into a detention question.
func detentionValues(it *Interpretation, per Period) url.Values {
	v := url.Values{"dataset": {it.Measure}}
	switch it.Measure {
	case MeasureHeld:
		if it.Place.State != "" {
			v.Set("state", it.Place.State)
		} else if it.Place.AOR != "" {
			v.Set("aor", it.Place.AOR)
		}
	case MeasureATD:
		if it.Place.AOR != "" {
			v.Set("aor", it.Place.AOR)
		}
	}
	if it.PrintedBy != "" && it.Measure != MeasureHeld {
		v.Set("printed-by", it.PrintedBy)
	}
	if per.Kind == "date" {
		v.Set("date", per.From) // a detention question may ask for one day
	} else {
		per.setValues(v)
	}
	return v
}

// runDetention answers one detention question and records its command.
func (r *runner) runDetention(b *entryBuilder, v url.Values) (*query.Result, error) {
	q, err := query.Parse(v)
	if err != nil {
		return nil, err
	}
	res, err := r.runQuery(q)
	if err != nil {
		return nil, err
	}
	r.addCommand(b.e, res)
	return res, nil
}

// usedText names the edition (or file) and cells behind an answer.
func usedText(res *query.Result) string {
	if len(res.Sources) == 0 {
		return ""
	}
	s := res.Sources[0]
	out := s.File
	if s.Sheet != "" {
		out += " [" + s.Sheet + "]"
	}
	if s.AsOf != "" {
		out += " as of " + s.AsOf
	}
	if len(s.Cells) > 0 && len(s.Cells) <= 6 {
		out += " cells " + strings.Join(s.Cells, ",")
	}
	if len(s.Periods) > 0 && len(s.Cells) == 0 {
		out += " for " + strings.Join(s.Periods, ", ")
	}
	return out
}

// notCovered makes a claim not checkable because its date or period lies
// outside what the editions or the daily populations cover.
func notCovered(b *entryBuilder, res *query.Result) Entry {
	reason := ReasonPeriodNotCovered
	if strings.HasPrefix(res.Coverage.Note, "place not covered") {
		reason = ReasonPlaceNotCovered
	}
	b.not(reason, "%s; the store holds %s.", upperFirst(res.Coverage.Note), res.Coverage.Held)
	return b.finish(NotCheckable)
}

func upperFirst(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// checkDetention tests a detention claim.
func (r *runner) checkDetention(it *Interpretation, b *entryBuilder) (Entry, error) {
	c := it.Claim
	e := b.e
	for _, g := range it.Gaps {
		if g.Code == ReasonNoField {
			// "5 percent ... had violent criminal convictions"
			b.not(ReasonNoField, "ICE's detention statistics have no field for %s: they count criminality classes, not offences.", g.What)
			return b.finish(NotCheckable), nil
		}
	}
	if (it.Measure == MeasureDetained || it.Measure == MeasureHeld) && c.Kind == KindCount && boundSinceRe.MatchString(c.Sentence) {
		// d4-trac220623-04: "has been under 6,000 since March 2021": a
		// bound on every edition since a time (fix17_en.go), not the count
		// on one day
		b.not(ReasonUnderspecified, "The claim bounds the count in every edition since a time (%q); only the count on one day is read, which cannot test it.", boundSinceRe.FindString(c.Sentence))
		return b.finish(NotCheckable), nil
	}
	if it.Measure == MeasureFacility {
		return r.checkFacility(it, b)
	}
	if it.Measure == MeasureCustody {
		if c.Kind != KindCount {
			b.not(ReasonUnderspecified, "Only a count of the people held a number of days or more is tested.")
			return b.finish(NotCheckable), nil
		}
		return r.custodyCount(it, b)
	}
	if it.Measure == MeasureBookIns && it.Place.Kind != "national" {
		b.not(ReasonPlaceNotCovered, "ICE publishes book-ins nationally only; no published figure covers %s (the FOIA detention rows would, where ingested).", it.Place.String())
		return b.finish(NotCheckable), nil
	}
	if it.Measure == MeasureATD && len(it.Filters["technology"]) > 0 && c.Kind == KindCount {
		return r.atdTechnology(it, b)
	}
	if k := atdTopK(c.Sentence); it.Measure == MeasureATD && c.Kind == KindShare && len(it.Filters["technology"]) == 0 && it.Place.Kind == "national" && k > 0 {
		return r.atdTopShare(it, b, k)
	}
	if it.Measure == MeasureATD && len(it.Filters["technology"]) > 0 && c.Kind == KindShare && atdProgramShare(c) {
		return r.atdTechnologyShare(it, b)
	}
	if it.Measure == MeasureATD && len(it.Filters["technology"]) > 0 {
		// "Ankle monitor enrollment has fallen 1.6 percent since June": a
		// change or share of one technology, which the ATD total does not
		// answer (it had supported the claim with the total's change)
		b.not(ReasonUnderspecified, "Only a count of the people on one ATD technology is tested, not a %s of it.", c.Kind)
		return b.finish(NotCheckable), nil
	}
	if it.Measure == MeasureHeld && c.Kind != KindCount && c.Kind != KindChange {
		b.not(ReasonNoField, "Only counts and changes of the people held in %s's facilities can be tested.", it.Place.String())
		return b.finish(NotCheckable), nil
	}
	if it.Measure == MeasureBookIns && c.Kind == KindChange && it.Period.Kind == "month" && it.Baseline != nil && it.Baseline.Kind == "month" {
		return r.bookInsChange(it, b)
	}
	if it.Measure == MeasureBookIns && c.Kind == KindShare && len(it.Filters["agency"]) == 0 && len(it.Filters["criminality"]) > 0 && it.Period.Kind == "fy" {
		// n-cato-01: a class's share of a fiscal year's book-ins
		// (fix17_en.go)
		return r.bookInsClassShare(it, b)
	}
	if it.Measure == MeasureBookIns && c.Kind != KindCount && !(c.Kind == KindShare && len(it.Filters["agency"]) == 1) {
		b.not(ReasonUnderspecified, "Only a count of book-ins in a month or fiscal year can be tested against ICE's monthly figures.")
		return b.finish(NotCheckable), nil
	}
	if c.PerDays == 1 && c.Kind == KindCount && it.Measure == MeasureBookIns && it.Period.Kind == "month" && len(it.Filters) == 0 {
		return r.bookInsPerDay(it, b)
	}
	if c.PerDays > 0 && c.Kind != KindChange && !isAverage(it.Measure) {
		b.not(ReasonUnderspecified, "A daily average of %s is not tested against ICE's published figures.", it.Measure)
		return b.finish(NotCheckable), nil
	}
	if ag := it.Filters["agency"]; it.Measure == MeasureDetained && c.Kind == KindCount && (len(it.Filters) == 0 || len(it.Filters) == 1 && len(ag) == 1) && it.Period.Kind != "date" && it.Period.From != "" && it.Period.To != "" {
		return r.detainedLevel(it, b)
	}
	if it.Measure == MeasureDetained && c.Kind == KindRank && len(crimClasses(it.Filters["criminality"])) == 1 {
		return r.classRank(it, b)
	}
	if it.Measure == MeasureATD && c.Kind == KindRank && it.Place.AOR != "" {
		return r.atdRank(it, b)
	}
	if it.atdPeak {
		return r.atdPeakLevel(it, b)
	}
	v := detentionValues(it, it.Period)
	agency := ""
	if ag := it.Filters["agency"]; len(ag) == 1 && len(it.Filters["criminality"]) == 0 && (it.Measure == MeasureDetained || it.Measure == MeasureBookIns) {
		agency = ag[0]
		v.Set("by", "agency")
	} else if len(ag) == 1 && len(it.Filters["criminality"]) > 0 {
		// a class of the people one agency arrested: the command a reader
		// reruns is the table by agency and criminality
		v.Set("by", "agency,criminality")
	} else if c.Kind == KindShare {
		v.Set("by", "criminality")
	}
	res, err := r.runDetention(b, v)
	if err != nil {
		if answer.IsBad(err) {
			b.not(ReasonUnderspecified, "The claim does not make a valid detention question: %v.", err)
			return b.finish(NotCheckable), nil
		}
		return Entry{}, err
	}
	if res.Count == nil {
		if c.Kind == KindSuperlative && strings.Contains(res.Coverage.Note, "after the last stored edition") {
			if e, ok, err := r.recordBelowEarlier(it, b); err != nil || ok {
				return e, err
			}
		}
		return notCovered(b, res), nil
	}
	if day := strings.TrimPrefix(it.Period.Note, dayEndNote); !res.Coverage.Complete && day != it.Period.Note && res.Coverage.Note == "" && monthInProgressNear(res, day) {
		// "From Oct. 1 to Nov. 15": the book-ins printed so far, the last
		// month to the edition's date near the day named
		b.note("The last month was in progress in the edition used: the figure is of the book-ins printed to its date, near the day named (" + strings.TrimSuffix(day, ")") + ").")
	} else if !res.Coverage.Complete && agency != "" && c.Kind == KindShare && res.Coverage.Note == "" {
		// a share of the book-ins printed so far: the last month was in
		// progress when published ("from February through mid-May")
		b.note("The last month was in progress in the edition used: the share is of the book-ins printed so far.")
	} else if !res.Coverage.Complete && isAverage(it.Measure) && it.PrintedBy != "" {
		// what a reader saw then: the average of the month or fiscal year
		// so far, as ICE printed it while it ran
		b.note("The period was running in the edition used: its average daily population so far.")
	} else if !res.Coverage.Complete {
		n := *res.Count
		e.Value, e.ValueText = &n, formatNumber(n)+" (partial)"
		b.not(ReasonPartlyCovered, "The published figures cover only part of %s (%s); %s is not a total.", it.Period.String(), strings.Join(res.Warnings, "; "), formatNumber(n))
		return b.finish(NotCheckable), nil
	}
	n := *res.Count
	used := usedText(res)
	if agency != "" && (c.Kind == KindCount || c.Kind == KindShare) {
		return r.byAgency(it, b, res, agency)
	}
	switch c.Kind {
	case KindCount:
		if cl := it.Filters["criminality"]; len(cl) > 0 && it.Measure == MeasureDetained {
			part, names, used2, err := r.detainedClasses(it, b, cl)
			if err != nil {
				return Entry{}, err
			}
			if part == nil {
				b.not(ReasonNoField, "The edition used has no criminality table.")
				return b.finish(NotCheckable), nil
			}
			text := fmt.Sprintf("%s detained are %s (%s)", formatNumber(*part), names, used2)
			e.Value, e.ValueText = part, text
			return r.verdict(it, b, *part, text), nil
		}
		if it.Measure == MeasureBookIns && !compare(c, n) && c.Value > 0 && math.Abs(n-c.Value)/c.Value < 0.01 &&
			!(len(res.Revisions) == 1 && compare(c, res.Revisions[0].First)) {
			// ICE revises recent months between editions: a figure within 1%
			// may be an intermediate printing
			e.Value, e.ValueText = &n, fmt.Sprintf("%s (%s)", formatNumber(n), used)
			printing := "the latest printing"
			if it.PrintedBy != "" {
				printing = "the printing out on " + it.PrintedBy
			}
			b.not(ReasonDefinitionGap, "ICE revises recent months' book-ins between editions; %s gives %s, within 1%% of the claim's %s, which may be another printing.", printing, formatNumber(n), stated(c))
			return b.finish(NotCheckable), nil
		}
		if it.Measure == MeasureBookIns && !compare(c, n) && len(res.Revisions) == 1 && compare(c, res.Revisions[0].First) {
			// ICE revises recent months: the figure is the first printing
			rv := res.Revisions[0]
			first := rv.First
			text := fmt.Sprintf("%s as first published (%s); later revised to %s (%s)", formatNumber(first), rv.FirstEdition, formatNumber(n), rv.Edition)
			e.Value, e.ValueText = &first, text
			e.Under = "the month as first published (" + rv.FirstEdition + "), before ICE revised it"
			b.note("Supported under another reading: " + e.Under + ".")
			return r.verdict(it, b, first, text), nil
		}
		if isAverage(it.Measure) {
			if end := periodEnd(it.Period); !res.Coverage.Complete && it.ref != "" && end != "" && it.ref > end && !strings.HasPrefix(it.Period.Note, fyToDateNote) &&
				!(c.Comparator == CmpExact && sigDigits(c.Value) >= 3 && compare(c, wholeFigure(c, n))) {
				// the store has the period only as printed while it ran; the
				// writer, after its end, may quote the final average (unless
				// the figure is, to the unit, what ICE printed while it ran:
				// "25,519 on an average day in the month of June", written
				// in July from the edition as of June 24)
				e.Value, e.ValueText = &n, formatNumber(n)+" (partial)"
				b.not(ReasonPartlyCovered, "The stored editions print %s only while it ran (%s); the article, written after it ended, may quote the final average.", it.Period.String(), used)
				return b.finish(NotCheckable), nil
			}
			return r.averageVerdict(it, b, n, fmt.Sprintf("%s (%s)", formatNumber(n), used)), nil
		}
		text := formatNumber(n)
		if it.Measure == MeasureHeld {
			text = fmt.Sprintf("%s held on %s in %s's facilities (daily count, %s)", formatNumber(n), it.Period.From, it.Place.String(), used)
		} else {
			text = fmt.Sprintf("%s (%s)", formatNumber(n), used)
		}
		e.Value, e.ValueText = &n, text
		return r.verdict(it, b, n, text), nil
	case KindShare:
		cl := it.Filters["criminality"]
		if ag := it.Filters["agency"]; len(ag) == 1 && len(cl) > 0 {
			return r.classShareOfAgency(it, b, ag[0], cl)
		}
		if len(cl) == 0 {
			// no qualifier read: which part the share is of is a guess
			b.not(ReasonUnderspecified, "No qualifier (criminality class or arresting agency) was found to say which part of the %s the share is about.", describeDetention(Interpretation{Claim: Claim{Kind: KindCount}, Measure: it.Measure, Place: it.Place, Period: it.Period}))
			return b.finish(NotCheckable), nil
		}
		classes := crimClasses(cl)
		var part float64
		for _, row := range res.Table.Rows {
			if contains(classes, fmt.Sprint(row[0])) {
				part += table.Float(row[1])
			}
		}
		p := 100 * part / n
		text := fmt.Sprintf("%.1f%% (%s of %s detained are %s; %s)", p, formatNumber(part), formatNumber(n), strings.Join(classes, " + "), used)
		e.Value, e.ValueText = &p, text
		b.note("Definition: ICE's criminality classes; \"no criminal record\" = other immigration violators (neither convicted nor charged); \"no conviction\" = pending criminal charges + other immigration violators.")
		return r.verdict(it, b, p, text), nil
	case KindSuperlative:
		return r.detainedRecord(it, b, res)
	case KindChange:
		if it.Baseline == nil && it.prevEdition {
			// "increased by about 1,500 people since the last reporting
			// period": from the edition before the one read
			hist, err := r.detainedHistory()
			if err != nil {
				return Entry{}, err
			}
			cur, prev := firstAsOf(res), ""
			for _, h := range hist {
				if h.AsOf < cur {
					prev = h.AsOf
				}
			}
			if prev != "" {
				v := *it
				v.Baseline = &Period{Kind: "date", Text: "the last reporting period", From: prev, To: prev, Note: "the edition before the one read (as of " + cur + ")"}
				it = &v
			}
		}
		if it.Baseline == nil {
			b.not(ReasonUnderspecified, "The change names no earlier date to compare with.")
			return b.finish(NotCheckable), nil
		}
		if len(it.Filters["criminality"]) > 0 {
			// "the number ... with criminal convictions has slightly less
			// than doubled": a class's change, which this test does not
			// single out
			b.not(ReasonUnderspecified, "The change is of one criminality class (%s); only changes of the whole detained population are tested.", strings.Join(crimClasses(it.Filters["criminality"]), " + "))
			return b.finish(NotCheckable), nil
		}
		if s := it.Claim.Sentence; len(it.Filters["agency"]) > 0 || withoutArrestingAgency(s) != s {
			// "The number of ICE arrestees in detention has more than
			// tripled since January": the change of the people one agency
			// arrested, not of everyone held (stress run 26)
			b.not(ReasonUnderspecified, "The change may be of the people one agency arrested; only changes of the whole detained population are tested.")
			return b.finish(NotCheckable), nil
		}
		if it.Baseline.Kind == "unresolved" || it.Baseline.Kind == "date" && it.Baseline.From == "" {
			// an earlier point the reading could not date is never the
			// edition before by default (stress run 30: "up 78 percent
			// from a year earlier" was tested against the same edition)
			b.not(ReasonPeriodUnresolved, "The earlier point of the change is not dated: %s.", orDash(it.Baseline.Unresolved))
			return b.finish(NotCheckable), nil
		}
		then, err := r.runDetention(b, detentionValues(it, *it.Baseline))
		if err != nil {
			if answer.IsBad(err) {
				b.not(ReasonUnderspecified, "The earlier point of the change does not make a valid detention question: %v.", err)
				return b.finish(NotCheckable), nil
			}
			return Entry{}, err
		}
		if then.Count == nil {
			return notCovered(b, then), nil
		}
		o := *then.Count
		if o == 0 {
			b.not(ReasonUnderspecified, "The figure on %s is 0: nothing to compare with.", it.Baseline.String())
			return b.finish(NotCheckable), nil
		}
		measure := "ICE's published currently-detained count"
		switch it.Measure {
		case MeasureHeld:
			measure = fmt.Sprintf("the daily count of people held in %s's facilities (daily facility populations)", it.Place.String())
		case MeasureATD:
			measure = "ICE's published count of people on Alternatives to Detention"
		}
		var computed float64
		var text string
		if c.PerDays > 0 {
			return r.detentionRate(it, b, res, then)
		}
		switch c.Unit {
		case UnitRatio:
			computed = n / o
			text = fmt.Sprintf("×%.2f (%s on %s vs %s on %s)", computed, formatNumber(n), it.Period.From, formatNumber(o), it.Baseline.From)
		case UnitCount:
			computed = n - o
			text = fmt.Sprintf("%s (%s on %s vs %s on %s)", signed(computed), formatNumber(n), it.Period.From, formatNumber(o), it.Baseline.From)
		default:
			computed = 100 * (n - o) / o
			text = fmt.Sprintf("%+.1f%% (%s on %s vs %s on %s)", computed, formatNumber(n), it.Period.From, formatNumber(o), it.Baseline.From)
		}
		e.Value, e.ValueText = &computed, text
		b.note("Measure: " + measure + ".")
		if c.Unit != UnitRatio && c.Direction != 0 && computed*float64(c.Direction) < 0 {
			return r.verdict(reversed(it), b, computed, text), nil
		}
		if c.Unit != UnitRatio && compare(c, math.Abs(computed)) {
			return r.verdictOK(it, b, text), nil
		}
		return r.verdict(it, b, computed, text), nil
	}
	b.not(ReasonUnderspecified, "Unknown claim kind %q.", c.Kind)
	return b.finish(NotCheckable), nil
}

// detainedRecord checks "a record": the count on the date against every
// earlier edition's total.
func (r *runner) detainedRecord(it *Interpretation, b *entryBuilder, res *query.Result) (Entry, error) {
	// "the lowest number ever", "fell to their lowest point since last
	// fall": the smallest, not the largest
	low := it.Claim.Direction < 0
	atd := it.Measure == MeasureATD
	if atd && (low || it.Place.Kind != "national" || len(it.Filters) > 0 || it.Baseline != nil) {
		// an area's or a technology's ATD record, a low or a window: ICE
		// prints no series of those that this test reads
		b.not(ReasonUnderspecified, "Only records of the national ATD total are tested, not of an area, a technology, a low or a window.")
		return b.finish(NotCheckable), nil
	}
	if it.Measure != MeasureDetained && !atd {
		// book-ins, averages: their records are not the detained
		// population's editions (stress run 27)
		b.not(ReasonUnderspecified, "Only records of the detained population and of the ATD total are tested, not of %s.", it.Measure)
		return b.finish(NotCheckable), nil
	}
	if atd {
		return r.atdRecord(it, b, res)
	}
	hist, err := r.detainedHistory()
	if err != nil {
		return Entry{}, err
	}
	asOf := res.Sources[0].AsOf
	n := *res.Count
	if s := it.Claim.Sentence; len(it.Filters["agency"]) > 0 || len(it.Filters["criminality"]) > 0 || withoutArrestingAgency(s) != s || classWordRe.MatchString(s) || lengthWordRe.MatchString(s) {
		// "The number of people held after ICE arrests reached 42,074 on
		// Aug. 1, a record": the record of one class, which the totals
		// of the editions do not test (stress run 27)
		b.not(ReasonUnderspecified, "The record is said of one class of the people held (by arresting agency or criminality); only the whole detained population's records are tested (%s).", usedText(res))
		return b.finish(NotCheckable), nil
	}
	if monthRecordRe.MatchString(it.Claim.Sentence) {
		// "the highest April count on record": the record of one month of
		// the year, which the all-time series does not test (stress run 32)
		b.not(ReasonUnderspecified, "The record is said of one month (of the year, or of a single month); only records of all the stored editions are tested (%s).", usedText(res))
		return b.finish(NotCheckable), nil
	}
	if firstTimeAbove(it.Claim) {
		return r.firstTimeOver(it, b, res, hist)
	}
	win := it.Baseline
	if win != nil && win.Kind == "range" {
		// "under Biden's administration": the editions of that window; the
		// archive must reach its start
		first := ""
		for _, h := range hist {
			if h.AsOf >= win.From {
				first = h.AsOf
				break
			}
		}
		t0, e0 := time.Parse("2006-01-02", win.From)
		t1, e1 := time.Parse("2006-01-02", first)
		if first == "" || e0 != nil || e1 != nil || t1.Sub(t0) > 45*24*time.Hour {
			b.not(ReasonPartlyCovered, "The stored editions do not reach the start of the comparison window (%s, from %s): the first edition in it is %s.", win.Text, win.From, orDash(first))
			return b.finish(NotCheckable), nil
		}
		b.note(fmt.Sprintf("Compared with the editions %s (%s..%s).", win.Text, win.From, win.To))
	}
	best, earlier := extremeBefore(hist, asOf, low, func(h query.DetainedPoint) bool {
		return win == nil || win.Kind != "range" || h.AsOf >= win.From && h.AsOf <= win.To
	})
	e := b.e
	e.Value = &n
	if best == nil {
		return noEarlierEdition(b, res), nil
	}
	if fig, ok := statedCountBeside(it.Claim); ok && !low && fig.Value > best.Total && n <= best.Total {
		// "detaining about 59,000 immigrants—the highest number ever
		// recorded": the record is said of the text's own figure, above
		// every earlier edition, though the edition read is not (the
		// figure may come from another source or day)
		b.not(ReasonDefinitionGap, "The record is said of the text's figure %s, above every earlier edition (the highest %s as of %s), though the edition read gives %s as of %s: the figure, and so the record, may come from another source or day.", stated(fig), formatNumber(best.Total), best.AsOf, formatNumber(n), asOf)
		return b.finish(NotCheckable), nil
	}
	highest, above := "highest", n > best.Total
	if low {
		highest, above = "lowest", n < best.Total
	}
	e.ValueText = fmt.Sprintf("%s as of %s (%s); the %s of the %d earlier editions is %s as of %s (%s cell %s)",
		formatNumber(n), asOf, res.Sources[0].File, highest, earlier, formatNumber(best.Total), best.AsOf, best.File, best.Cell)
	if win == nil || win.Kind != "range" {
		b.note(fmt.Sprintf("Compared with every stored edition since %s (ICE's published figures; earlier years are not in the store).", hist[0].AsOf))
	}
	if above && low && (win == nil || win.Kind != "range") {
		// the archive starts in October 2019: the lowest of its editions
		// is not shown the lowest ever (the 1990s held far fewer)
		b.not(ReasonPartlyCovered, "The records give %s: the smallest stored, but the stored editions start on %s, so a low of all time cannot be tested.", e.ValueText, hist[0].AsOf)
		return b.finish(NotCheckable), nil
	}
	if above && !low && (win == nil || win.Kind != "range") {
		// the archive starts in October 2019: the months before it, which
		// ICE printed as averages, may have held more (stress run 30:
		// 51,302 in June 2025 "the highest ever" was supported, though
		// August 2019 averaged 55,238.5 and peaked at 55,654)
		if peak, month, ok := r.preArchivePeak(b, hist[0].AsOf); ok && peak >= n {
			b.not(ReasonPartlyCovered, "The records give %s, the largest stored, but the stored editions start on %s; before them ICE's average daily population was %s in %s (single days ran higher still), so a record of all time cannot be told.", e.ValueText, hist[0].AsOf, formatNumber(peak), month)
			return b.finish(NotCheckable), nil
		}
	}
	if above {
		b.note("The records give " + e.ValueText + ": the " + map[bool]string{true: "smallest", false: "largest"}[low] + " published.")
		return b.finish(Supported), nil
	}
	if win != nil && strings.HasPrefix(win.Note, sinceWindowNote) && !windowYearRe.MatchString(win.Text) {
		// "the lowest point since last fall", "in six months": where the
		// window starts is loosely said (since.go)
		b.not(ReasonUnstated, "The records give %s; the window %q names no year, so where it starts is a guess (%s), and this is not called a contradiction.", e.ValueText, win.Text, win.From)
		return b.finish(NotCheckable), nil
	}
	if fig, ok := recordCount(it.Claim); ok && !low && roundsTo(best.Total, fig.Value) {
		// "A record 70,000 immigrants are in detention" (bo-en-fox47-01,
		// 2026-02-17): the text's own count is the record edition's
		// (70,766 as of 2026-02-02), the one before the edition in force
		// (68,289): the writer's figure, and its record, may be of that day
		b.not(ReasonUnstated, "The records give %s: the text's own %s is the level of the record edition (%s as of %s), so the record may be said of that day's figure, though a later edition is lower; this is not called a contradiction.", e.ValueText, stated(fig), formatNumber(best.Total), best.AsOf)
		return b.finish(NotCheckable), nil
	}
	d := n - best.Total
	e.Difference = &d
	b.note("The records give " + e.ValueText + ": not a record.")
	if fig, ok := statedCountBeside(it.Claim); ok && !low && ownCountBelow(fig, *best) && daysBetween(best.AsOf, asOf) >= 14 {
		// "albergan cerca de 38.500 migrantes, la cifra más alta registrada
		// en la administración Biden" (u-es-portuguesa-01, February 2024):
		// the record is said of the text's own count, and an edition of
		// the window weeks before the one read (39,748 as of 2023-11-15)
		// is above it, so it is no record whichever day the count is of
		e.earlierRecord = true
		b.note(fmt.Sprintf("The text's own %s is below the %s of an earlier edition: not a record, whichever day the figure is of.", stated(fig), formatNumber(best.Total)))
	}
	return b.finish(Contradicted), nil
}

// ownCountBelow: the text's own count, exact or approximate (not a bound:
// "more than 38,000" may be above every edition), is below an earlier
// edition's total by more than its own precision.
func ownCountBelow(fig Claim, p query.DetainedPoint) bool {
	return (fig.Comparator == CmpExact || fig.Comparator == CmpAbout || fig.Comparator == CmpNearly) && p.Total > fig.Value && !compare(fig, p.Total)
}

// daysBetween is the number of days from a to b (dates YYYY-MM-DD; 0 when
// either does not parse).
func daysBetween(a, b string) float64 {
	t0, e0 := time.Parse("2006-01-02", a)
	t1, e1 := time.Parse("2006-01-02", b)
	if e0 != nil || e1 != nil {
		return 0
	}
	return t1.Sub(t0).Hours() / 24
}

// extremeBefore is the highest edition (the lowest when low) of those
// dated before asOf that keep accepts (all when keep is nil), and how many
// editions it was chosen from.
func extremeBefore(hist []query.DetainedPoint, asOf string, low bool, keep func(query.DetainedPoint) bool) (*query.DetainedPoint, int) {
	var best *query.DetainedPoint
	n := 0
	for i := range hist {
		if hist[i].AsOf >= asOf {
			break
		}
		if keep != nil && !keep(hist[i]) {
			continue
		}
		n++
		if best == nil || low && hist[i].Total < best.Total || !low && hist[i].Total > best.Total {
			best = &hist[i]
		}
	}
	return best, n
}

// sinceMoved: "and has since fallen to about 60,300": the figure is the
// level reached after the one the sentence dates, not that day's or month's
// (an average's sentence included: stress run 33).
func sinceMoved(c Claim) bool {
	at := c.clauseOff + c.clauseStart
	return at <= len(c.Sentence) && sinceMovedRe.MatchString(c.Sentence[max(0, at-60):at])
}

// noEarlierEdition is the verdict of a record or a first time with no
// stored edition before the one read (detainedRecord, firstTimeOver,
// atdRecord).
func noEarlierEdition(b *entryBuilder, res *query.Result) Entry {
	b.not(ReasonUnderspecified, "No earlier edition is stored to compare %s with.", usedText(res))
	return b.finish(NotCheckable)
}

// firstTimeAbove: "the first time ... over 50,000", a superlative with a
// threshold (extract.go, firstTimeOverRe).
func firstTimeAbove(c Claim) bool {
	return c.Kind == KindSuperlative && c.Comparator == CmpMoreThan && c.Value > 0
}

// firstTimeOver checks "the first time ... over 50,000" said of the
// detained count of an edition: no earlier edition above the threshold.
// An earlier edition above it contradicts when it is dated a month or more
// before the period read (the day meant may be any of a loosely dated span:
// "as of early June"); with none stored above it, the months before the archive (ICE's
// averages of 2019) may have been, so the claim is supported only when
// they were not either. Whether the day's own count is above the threshold
// is the count's claim, not this one.
func (r *runner) firstTimeOver(it *Interpretation, b *entryBuilder, res *query.Result, hist []query.DetainedPoint) (Entry, error) {
	c := it.Claim
	asOf := res.Sources[0].AsOf
	n := *res.Count
	start := asOf
	if it.Period.Kind == "month" && it.Period.Month+"-01" < start {
		start = it.Period.Month + "-01"
	} else if len(it.Period.From) == 10 && it.Period.From < start {
		start = it.Period.From
	}
	before := start
	if t, err := time.Parse("2006-01-02", start); err == nil {
		before = t.AddDate(0, -1, 0).Format("2006-01-02")
	}
	best, earlier := extremeBefore(hist, before, false, nil)
	e := b.e
	e.Value = &n
	if best == nil {
		return noEarlierEdition(b, res), nil
	}
	e.ValueText = fmt.Sprintf("%s as of %s (%s); the highest of the %d editions before %s is %s as of %s (%s cell %s)",
		formatNumber(n), asOf, res.Sources[0].File, earlier, before, formatNumber(best.Total), best.AsOf, best.File, best.Cell)
	b.note(fmt.Sprintf("Compared with every stored edition since %s (ICE's published figures; earlier years are not in the store).", hist[0].AsOf))
	if best.Total > c.Value {
		d := best.Total - c.Value
		e.Difference = &d
		b.note(fmt.Sprintf("The records give %s: an earlier edition was already above %s.", e.ValueText, formatNumber(c.Value)))
		// (which day of the loosely dated span is meant does not matter:
		// the earlier edition is a month or more before it)
		e.earlierRecord = true
		return b.finish(Contradicted), nil
	}
	if n <= c.Value {
		b.not(ReasonUnderspecified, "The edition read (%s) is not above %s itself; that is the count's own claim.", usedText(res), formatNumber(c.Value))
		return b.finish(NotCheckable), nil
	}
	if peak, month, ok := r.preArchivePeak(b, hist[0].AsOf); ok && peak > c.Value {
		b.not(ReasonPartlyCovered, "No stored edition before %s is above %s, but the stored editions start on %s; before them ICE's average daily population was %s in %s.", before, formatNumber(c.Value), hist[0].AsOf, formatNumber(peak), month)
		return b.finish(NotCheckable), nil
	}
	b.note("The records give " + e.ValueText + ": none earlier above " + formatNumber(c.Value) + ".")
	return b.finish(Supported), nil
}

// atdRecord checks "record numbers" on ICE's Alternatives to Detention
// programs against every earlier edition's national ATD total ("ICE is
// monitoring record numbers of immigrants through its 'Alternatives to
// Detention' programs", TRAC, 2021-09-02, when the 2021-08-24 edition's
// total was above every archived one). It can only support: ICE prints
// several ATD counts and revises them, the archive starts in October 2019,
// and a writer's "record" may rest on ICE's own longer series, so a count
// below an earlier edition is not called a contradiction.
func (r *runner) atdRecord(it *Interpretation, b *entryBuilder, res *query.Result) (Entry, error) {
	hist, err := r.eng.ATDHistory(r.ctx)
	if err != nil {
		return Entry{}, err
	}
	asOf := res.Sources[0].AsOf
	n := *res.Count
	best, earlier := extremeBefore(hist, asOf, false, nil)
	e := b.e
	e.Value = &n
	if best == nil {
		return noEarlierEdition(b, res), nil
	}
	e.ValueText = fmt.Sprintf("%s as of %s (%s); the highest of the %d earlier editions is %s as of %s (%s cell %s)",
		formatNumber(n), asOf, res.Sources[0].File, earlier, formatNumber(best.Total), best.AsOf, best.File, best.Cell)
	b.note(fmt.Sprintf("Compared with every stored edition's national ATD total since %s (ICE's published figures; earlier years are not in the store).", hist[0].AsOf))
	if n > best.Total {
		b.note("The records give " + e.ValueText + ": the largest published.")
		return b.finish(Supported), nil
	}
	d := n - best.Total
	e.Difference = &d
	b.not(ReasonDefinitionGap, "The records give %s: not above every earlier edition; ICE prints several ATD counts and revises them, so this is not called a contradiction.", e.ValueText)
	return b.finish(NotCheckable), nil
}

// atdPeakLevel tests a national ATD total named as a level reached ("as
// many as 376,000 individuals under monitoring") against the editions
// published by the period's end: the largest, else any one of them. It
// only supports: the sentence dates no edition, and ICE revises its ATD
// counts.
func (r *runner) atdPeakLevel(it *Interpretation, b *entryBuilder) (Entry, error) {
	hist, err := r.eng.ATDHistory(r.ctx)
	if err != nil {
		return Entry{}, err
	}
	var in []query.DetainedPoint
	for _, h := range hist {
		if h.AsOf >= it.Period.From && h.AsOf <= it.Period.To {
			in = append(in, h)
		}
	}
	if len(in) == 0 {
		b.not(ReasonPeriodNotCovered, "No stored edition with an ATD total is as of a day in %s.", it.Period.String())
		return b.finish(NotCheckable), nil
	}
	hi := in[0]
	for _, h := range in {
		if h.Total > hi.Total {
			hi = h
		}
	}
	b.note("Measure: the national ATD total of every stored edition as of a day to " + it.Period.To + " (ICE's published figures; the archive starts in October 2019).")
	text := fmt.Sprintf("%s at its height (%s, as of %s) in the %d editions as of %s..%s", formatNumber(hi.Total), hi.File, hi.AsOf, len(in), in[0].AsOf, in[len(in)-1].AsOf)
	b.e.Value, b.e.ValueText = &hi.Total, text
	if compare(it.Claim, hi.Total) {
		b.note(fmt.Sprintf("The records give %s; the claim says %s.", text, stated(it.Claim)))
		return b.finish(Supported), nil
	}
	// ("atteignant un pic de 370 000", bz-fr-saviez-02: the figure is the
	// height itself, not a level passed on the way to it)
	pos := it.Claim.clauseOff + it.Claim.clauseStart
	height := pos > len(it.Claim.Sentence) || atdPeakNamedRe.MatchString(it.Claim.Sentence[max(0, pos-40):pos])
	for i := range in {
		if !height && compare(it.Claim, in[i].Total) {
			// "as many as 376,000": a level the total passed through
			v := in[i].Total
			b.e.Value = &v
			b.e.ValueText = fmt.Sprintf("%s (%s, as of %s); %s", formatNumber(v), in[i].File, in[i].AsOf, text)
			b.note(fmt.Sprintf("The records give %s; the claim says %s.", b.e.ValueText, stated(it.Claim)))
			return b.finish(Supported), nil
		}
	}
	b.not(ReasonDefinitionGap, "The records give %s; no edition fits the claim's %s. The sentence dates no edition and ICE revises its ATD counts, so this is not called a contradiction.", text, stated(it.Claim))
	return b.finish(NotCheckable), nil
}

// atdTopRe: a number of ICE's field offices the share is of ("under the
// jurisdiction of just five ICE Field Offices", "These 5 field offices
// account for 45% of all ATD enrollees nationwide").
var atdTopRe = lazyRegexp(`(?i)\b(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)\s+(?:(?:largest|biggest|top)\s+)?(?:ICE\s+|ERO\s+)?(?:field\s+offices|area\s+offices|AORs|areas\s+of\s+responsibility)\b`)

// atdTopK is the number of field offices a share of ATD participants is
// said of (0 if none, or if the sentence names two such numbers).
func atdTopK(s string) int {
	k := 0
	for _, m := range atdTopRe.FindAllStringSubmatch(s, -1) {
		n, ok := smallNumbers[strings.ToLower(m[1])]
		if !ok {
			v, err := strconv.Atoi(m[1])
			if err != nil {
				continue
			}
			n = float64(v)
		}
		if n < 1 || n > 25 || k != 0 && k != int(n) {
			return 0
		}
		k = int(n)
	}
	return k
}

// atdTopShare tests the share of ICE's ATD participants managed by the K
// field offices with the most ("Nearly half of all ATD enrollees
// nationwide are under the jurisdiction of just five ICE Field Offices";
// "These 5 field offices account for 45% of all ATD enrollees"): the K
// largest AOR totals of the edition over its national total. The writer
// may rank the offices in another edition, so a share that does not fit is
// not called a contradiction.
func (r *runner) atdTopShare(it *Interpretation, b *entryBuilder, k int) (Entry, error) {
	v := detentionValues(it, it.Period)
	v.Set("by", "aor")
	res, refused, err := r.askDetention(b, v, "ATD")
	if refused != nil {
		return *refused, nil
	}
	if err != nil {
		return Entry{}, err
	}
	if res.Count == nil || *res.Count == 0 || res.Table == nil || len(res.Table.Rows) < k {
		b.not(ReasonPeriodNotCovered, "No edition gives the ATD participants of %d field offices on that date (%s).", k, res.Coverage.Note)
		return b.finish(NotCheckable), nil
	}
	var part float64
	var names []string
	for _, row := range res.Table.Rows[:k] {
		part += table.Float(row[1])
		names = append(names, fmt.Sprint(row[0]))
	}
	p := 100 * part / *res.Count
	text := fmt.Sprintf("%.1f%% (%s of %s ATD participants are managed by the %d largest field offices, %s; %s)", p, formatNumber(part), formatNumber(*res.Count), k, strings.Join(names, ", "), usedText(res))
	b.e.Value, b.e.ValueText = &p, text
	b.note(fmt.Sprintf("Measure: the share of the national ATD total held by the %d field offices with the most participants in the edition read.", k))
	if compare(it.Claim, p) {
		b.note(fmt.Sprintf("The records give %s; the claim says %s.", text, stated(it.Claim)))
		return b.finish(Supported), nil
	}
	b.not(ReasonDefinitionGap, "The records give %s where the claim says %s; the writer may rank the offices in another edition, so this is not called a contradiction.", text, stated(it.Claim))
	return b.finish(NotCheckable), nil
}

// monthRecordRe: a record for one month of the year or for a month ("the
// highest April count on record", "the most ever for the month of May":
// stress run 32), not the all-time one.
var monthRecordRe = lazyRegexp(`\b(?:` + monthAlt + `)\s+(?:count|total|figure|level|tally|population)s?\b|(?i:\b(?:for|in)\s+(?:the\s+)?month\b|\b(?:for|in|of)\s+(?:a|any|one)\s+(?:single\s+)?month\b|\bmonthly\b)`)

// recordBelowEarlier checks "a record high" said of the text's own count
// on a day after the last stored edition ("ICE currently holds 65,765
// individuals in detention facilities — a record high", July 2026): the
// day's edition is missing, but an earlier edition above the count (70,766
// as of 2026-01-24) makes it no record, whatever that day's edition gives.
// Only an exact or approximate count, of the whole population, is tested
// ("more than N" may be above every edition); ok is false when the test
// does not apply.
func (r *runner) recordBelowEarlier(it *Interpretation, b *entryBuilder) (Entry, bool, error) {
	s := it.Claim.Sentence
	fig, found := statedCountBeside(it.Claim)
	counts := 0
	for _, o := range Extract(s) {
		if o.Kind == KindCount && o.Offset < it.Claim.clauseOff+it.Claim.clauseStart {
			counts++
		}
	}
	// (one count only, in a sentence naming no event: "ICE arrests 1,200
	// a day and holds 60,000 — a record" says the record of which?)
	if counts != 1 || reEvent.MatchString(eventless(s)) || it.Measure != MeasureDetained || it.Claim.Direction < 0 || it.Baseline != nil || len(it.Filters) > 0 || !found ||
		fig.Comparator != CmpExact && fig.Comparator != CmpAbout && fig.Comparator != CmpNearly || withoutArrestingAgency(s) != s || classWordRe.MatchString(s) || lengthWordRe.MatchString(s) ||
		monthRecordRe.MatchString(s) {
		return Entry{}, false, nil
	}
	hist, err := r.detainedHistory()
	if err != nil {
		return Entry{}, false, err
	}
	var best *query.DetainedPoint
	for i := range hist {
		if hist[i].AsOf < it.Period.From && (best == nil || hist[i].Total > best.Total) {
			best = &hist[i]
		}
	}
	if best == nil || best.Total <= fig.Value || compare(fig, best.Total) {
		return Entry{}, false, nil
	}
	e := b.e
	n, d := best.Total, fig.Value-best.Total
	e.Value, e.Difference, e.earlierRecord = &n, &d, true
	e.ValueText = fmt.Sprintf("the text's %s on %s is below %s, the total of an earlier edition, dated %s (%s cell %s)", stated(fig), it.Period.From, formatNumber(best.Total), best.AsOf, best.File, best.Cell)
	b.note("No stored edition is as of " + it.Period.From + ", but the record is said of the text's own figure; the records give " + e.ValueText + ": not a record, whatever that day's edition gives.")
	return b.finish(Contradicted), true, nil
}

// preArchivePeak is the largest monthly average daily population ICE
// printed for the months before the first stored currently-detained
// edition (first), with its month.
func (r *runner) preArchivePeak(b *entryBuilder, first string) (float64, string, bool) {
	t, err := time.Parse("2006-01-02", first)
	if err != nil {
		return 0, "", false
	}
	res, err := r.runDetention(b, url.Values{"dataset": {MeasureADP}, "fy": {strconv.Itoa(fiscalYear(t.AddDate(0, 0, -t.Day())))}, "by": {"month"}})
	if err != nil || res.Table == nil {
		return 0, "", false
	}
	peak, month := 0.0, ""
	for _, row := range res.Table.Rows {
		if len(row) < 2 || fmt.Sprint(row[0]) >= first[:7] {
			continue
		}
		if x := table.Float(row[1]); x > peak {
			peak, month = x, fmt.Sprint(row[0])
		}
	}
	return peak, month, month != ""
}

// lengthWordRe: a length of custody ("detained more than a year").
var lengthWordRe = lazyRegexp(`(?i)\b(?:more than|at least|longer than|over|upwards of)\s+(?:six months|half a year|a year|one year|two years|\d+\s+(?:days|months|years))\b`)

// classWordRe: words of a criminality class of the people held.
var classWordRe = lazyRegexp(`(?i)\b(?:criminal (?:record|history|conviction|charge)s?|convict(?:ed|ions?)|pending (?:criminal )?charges|non-?criminals?|immigration violators?|threat level)\b`)

// statedCountBeside is a count the superlative's sentence states, before
// it in the same sentence ("about 59,000 immigrants—the highest number").
// roundsTo: v rounded or cut to the precision a round figure is written
// to gives the figure ("70,000" for 70,766; not "38,500" for 39,748).
func roundsTo(v, figure float64) bool {
	half := roundingUnit(figure)
	if half == 0 {
		return v == figure
	}
	return v >= figure-half && v < figure+2*half
}

// recordCount is the text's own count a record is said of: before it
// (statedCountBeside), or right after ("A record 70,000 immigrants").
func recordCount(c Claim) (Claim, bool) {
	if o, ok := statedCountBeside(c); ok {
		return o, true
	}
	end := c.clauseOff + c.clauseEnd
	for _, o := range Extract(c.Sentence) {
		if o.Kind == KindCount && o.Unit != UnitPercent && o.Offset >= end && o.Offset <= end+3 {
			return o, true
		}
	}
	return Claim{}, false
}

func statedCountBeside(c Claim) (Claim, bool) {
	for _, o := range Extract(c.Sentence) {
		if o.Kind == KindCount && o.Offset < c.clauseOff+c.clauseStart && o.Unit != UnitPercent {
			return o, true
		}
	}
	return Claim{}, false
}

// byAgency tests a count or share of the people detained (or booked in)
// that one agency arrested, from ICE's table by arresting agency.
func (r *runner) byAgency(it *Interpretation, b *entryBuilder, res *query.Result, agency string) (Entry, error) {
	c, e := it.Claim, b.e
	var part *float64
	if res.Table != nil {
		for _, row := range res.Table.Rows {
			if len(row) > 1 && strings.EqualFold(fmt.Sprint(row[0]), agency) {
				x := table.Float(row[1])
				part = &x
			}
		}
	}
	if part == nil || res.Count == nil || *res.Count == 0 {
		b.not(ReasonNoField, "The edition used prints no figure for people arrested by %s.", agency)
		return b.finish(NotCheckable), nil
	}
	n := *res.Count
	used := usedText(res)
	what := "detained"
	if it.Measure == MeasureBookIns {
		what = "booked in"
	}
	var val float64
	var text string
	if c.Kind == KindShare {
		val = 100 * *part / n
		text = fmt.Sprintf("%.1f%% (%s of the %s %s were arrested by %s; %s)", val, formatNumber(*part), formatNumber(n), what, agency, used)
	} else {
		val = *part
		text = fmt.Sprintf("%s %s, arrested by %s (of %s; %s)", formatNumber(*part), what, agency, formatNumber(n), used)
	}
	e.Value, e.ValueText = &val, text
	if it.Measure == MeasureBookIns && !compare(c, val) {
		if pv, ptext, ed, ok := r.earlierAgencyPrinting(it, res, agency); ok {
			// ICE revises recent months: the figure is an earlier printing
			e.Value, e.ValueText = &pv, ptext
			e.Under = "the printing of the edition as of " + ed + ", before ICE revised the month"
			b.note("Supported under another reading: " + e.Under + ".")
			return r.verdict(it, b, pv, ptext), nil
		}
		// ICE revises recent months' book-ins between editions, and the
		// question is answered from the latest printing
		printing := "the latest printing"
		if it.PrintedBy != "" {
			printing = "the printing out on " + it.PrintedBy
		}
		b.not(ReasonDefinitionGap, "ICE revises recent months' book-ins between editions; %s gives %s, which may not be the printing the claim quotes.", printing, text)
		return b.finish(NotCheckable), nil
	}
	return r.verdict(it, b, val, text), nil
}

// dayEndNote begins the note of a book-in period named to a day of a month
// ("From Oct. 1 to Nov. 15"), read as whole months to the edition's date.
const dayEndNote = "whole months, the last printed to its edition's date (the text names "

// monthInProgressNear tells whether the only gap of a book-in answer is its
// last month, in progress when published, in an edition as of a day within
// ten days of day (YYYY-MM-DD).
func monthInProgressNear(res *query.Result, day string) bool {
	day = strings.TrimSuffix(day, ")")
	t, err := time.Parse("2006-01-02", day)
	if err != nil || len(res.Sources) == 0 || len(res.Sources[0].AsOf) < 10 {
		return false
	}
	a, err := time.Parse("2006-01-02", res.Sources[0].AsOf[:10])
	if err != nil || math.Abs(a.Sub(t).Hours()/24) > 10 {
		return false
	}
	inProgress := false
	for _, w := range res.Warnings {
		if strings.HasPrefix(w, "partial:") {
			if !strings.Contains(w, "month in progress") {
				return false
			}
			inProgress = true
		}
	}
	return inProgress
}

// earlierAgencyPrinting looks for one agency's book-ins (a count, or a
// share of the month's) as an earlier edition printed them: ICE revises
// recent months in every edition, and an article quotes the one its writer
// read ("with ICE making 19,125 arrests" for March 2025 is the printing of
// May 9; the edition of May 12 gives 19,126). It tries the editions as of
// a day from the period's start to the one used, newest first, and gives
// the first whose figure matches the claim (a reading that can only
// support).
func (r *runner) earlierAgencyPrinting(it *Interpretation, used *query.Result, agency string) (float64, string, string, bool) {
	if len(used.Sources) == 0 || len(used.Sources[0].AsOf) < 10 {
		return 0, "", "", false
	}
	last := used.Sources[0].AsOf[:10]
	start := it.Period.From
	if it.Period.Kind == "month" {
		start = it.Period.Month + "-01"
	} else if it.Period.Kind == "fy" {
		start = fmt.Sprintf("%04d-10-01", it.Period.FY-1)
	}
	if start == "" {
		return 0, "", "", false
	}
	hist, err := r.detainedHistory()
	if err != nil {
		return 0, "", "", false
	}
	tried := 0
	for k := len(hist) - 1; k >= 0 && tried < 8; k-- {
		d := hist[k].AsOf
		if len(d) < 10 || d[:10] >= last {
			continue
		}
		if d[:10] < start {
			break
		}
		tried++
		v := detentionValues(it, it.Period)
		v.Set("by", "agency")
		v.Set("printed-by", d[:10])
		q, err := query.Parse(v)
		if err != nil {
			return 0, "", "", false
		}
		res, err := r.runQuery(q)
		if err != nil || res.Count == nil || res.Table == nil || !res.Coverage.Complete && it.Claim.Kind == KindCount && !strings.HasPrefix(it.Period.Note, dayEndNote) {
			continue
		}
		for _, row := range res.Table.Rows {
			if len(row) < 2 || !strings.EqualFold(fmt.Sprint(row[0]), agency) {
				continue
			}
			x := table.Float(row[1])
			what := "booked in, arrested by " + agency
			if it.Claim.Kind == KindShare && *res.Count > 0 {
				x = 100 * x / *res.Count
				what = "of the book-ins were arrested by " + agency
			}
			if compare(it.Claim, x) {
				shown := formatNumber(x)
				if it.Claim.Kind == KindShare {
					shown = fmt.Sprintf("%.1f%%", x)
				}
				return x, fmt.Sprintf("%s %s (%s)", shown, what, usedText(res)), d[:10], true
			}
		}
	}
	return 0, "", "", false
}

// detentionRate tests a rate of change of the detained population ("by
// around 400 each day"): the change between the two editions, per day,
// over the days between the dates the text names and, as the other
// reading, between the editions' own as-of dates.
func (r *runner) detentionRate(it *Interpretation, b *entryBuilder, now, then *query.Result) (Entry, error) {
	c := it.Claim
	n, o := *now.Count, *then.Count
	asOf := func(res *query.Result) string {
		if len(res.Sources) > 0 && len(res.Sources[0].AsOf) >= 10 {
			return res.Sources[0].AsOf[:10]
		}
		return ""
	}
	var texts []string
	var first *float64
	for _, span := range [][2]string{{it.Baseline.From, it.Period.From}, {asOf(then), asOf(now)}} {
		d := daysBetween(span[0], span[1])
		if d <= 0 {
			continue
		}
		rate := (n - o) / d * c.PerDays
		text := fmt.Sprintf("%s per %s (%s on %s to %s on %s: %s over %.0f days)", signed(math.Round(rate)), perUnit(c.PerDays),
			formatNumber(o), span[0], formatNumber(n), span[1], signed(n-o), d)
		texts = append(texts, text)
		if first == nil {
			first = &rate
		}
		if (c.Direction == 0 || rate*float64(c.Direction) >= 0) && compare(c, math.Abs(rate)) {
			b.e.Value, b.e.ValueText = &rate, text
			return r.verdictOK(it, b, text), nil
		}
	}
	if first == nil {
		b.not(ReasonUnderspecified, "The rate's two dates are not far enough apart to divide by.")
		return b.finish(NotCheckable), nil
	}
	b.e.Value, b.e.ValueText = first, strings.Join(texts, "; or ")
	return r.verdict(it, b, *first, b.e.ValueText), nil
}

// classShareOfAgency tests a share of the people one agency arrested in
// some criminality classes ("a third of people now in ICE custody have no
// criminal convictions, compared to just 6% in January": of those ICE
// itself arrested, Austin Kocher's reading of ICE's table by arresting
// agency and criminality).
func (r *runner) classShareOfAgency(it *Interpretation, b *entryBuilder, agency string, cl []string) (Entry, error) {
	counts, res, done, err := r.agencyClasses(it, b)
	if err != nil {
		return Entry{}, err
	}
	if done != nil {
		return *done, nil
	}
	classes := crimClasses(cl)
	var part, whole float64
	for class, n := range counts[agency] {
		whole += n
		if contains(classes, class) {
			part += n
		}
	}
	if whole == 0 {
		b.not(ReasonNoField, "The edition used prints no criminality of the people %s arrested.", agency)
		return b.finish(NotCheckable), nil
	}
	p := 100 * part / whole
	text := fmt.Sprintf("%.1f%% (%s of the %s detained whom %s arrested are %s; %s)", p, formatNumber(part), formatNumber(whole), agency, strings.Join(classes, " + "), usedText(res))
	b.e.Value, b.e.ValueText = &p, text
	return r.verdict(it, b, p, text), nil
}

// agencyClasses asks ICE's table of the people detained on the claim's
// date by arresting agency and criminality class: counts[agency][class],
// with the agencies summed under "". done is the entry to give when the
// question is refused or the date not covered.
func (r *runner) agencyClasses(it *Interpretation, b *entryBuilder) (map[string]map[string]float64, *query.Result, *Entry, error) {
	v := detentionValues(it, it.Period)
	v.Set("by", "agency,criminality")
	res, refused, err := r.askDetention(b, v, "detention")
	if refused != nil || err != nil {
		return nil, nil, refused, err
	}
	if res.Count == nil || res.Table == nil {
		e := notCovered(b, res)
		return nil, nil, &e, nil
	}
	counts := map[string]map[string]float64{"": {}}
	for _, row := range res.Table.Rows {
		if len(row) < 3 {
			continue
		}
		agency, class, n := fmt.Sprint(row[0]), fmt.Sprint(row[1]), table.Float(row[2])
		if counts[agency] == nil {
			counts[agency] = map[string]float64{}
		}
		counts[agency][class] += n
		counts[""][class] += n
	}
	return counts, res, nil, nil
}

// rankAmong is key's place, 1 = largest, among the values (ties count
// against it).
func rankAmong(values map[string]float64, key string) float64 {
	rank := 1.0
	for k, n := range values {
		if k != key && n >= values[key] {
			rank++
		}
	}
	return rank
}

// fromToWeeksRe: "a minor increase from 11,683 to 11,803 over the past two
// weeks" (TRAC's updates between two releases).
var fromToWeeksRe = lazyRegexp(`(?i)\bfrom\s+(?:about\s+|nearly\s+|roughly\s+)?([\d,]+)\s+to\s+(?:about\s+|nearly\s+|roughly\s+)?([\d,]+)\s+(?:over|in|during|within)\s+the\s+(?:past|last|previous)\s+(two|three|four|five|six|\d)\s+weeks\b`)

// fromToOverWeeks dates the two figures of "from A to B over the past two
// weeks": A the article's date less the weeks, B the article's date (the
// releases the text compares), whatever other period the sentence names.
func fromToOverWeeks(it *Interpretation, ref time.Time) {
	if ref.IsZero() || it.Claim.Kind != KindCount {
		return
	}
	s := it.Claim.Sentence
	pos := it.Claim.clauseOff + it.Claim.clauseStart
	for _, m := range fromToWeeksRe.FindAllStringSubmatchIndex(s, -1) {
		n := int(smallNumbers[strings.ToLower(s[m[6]:m[7]])])
		if n == 0 {
			n, _ = strconv.Atoi(s[m[6]:m[7]])
		}
		d := ref
		switch {
		case pos >= m[2] && pos < m[3]:
			d = ref.AddDate(0, 0, -7*n)
		case pos >= m[4] && pos < m[5]:
		default:
			continue
		}
		day := d.Format("2006-01-02")
		it.Period = Period{Kind: "date", Text: s[m[0]:m[1]], From: day, To: day, Note: "the release " + strconv.Itoa(7*n) + " days before the article's date, or the article's own"}
		if it.Unstated != nil {
			delete(it.Unstated, "period")
		}
		return
	}
}

// thanTermStartRe: the start of a presidential term named as the earlier
// point of a comparison ("than when Trump took office", "compared with the
// period before Trump took office").
var thanTermStartRe = lazyRegexp(`(?i)\b(?:than|compared\s+(?:with|to)|from)\s+(?:the\s+(?:period|time|level|number)\s+)?(?:before|when)\s+(?:President\s+)?(?:Donald\s+)?Trump\s+(?:took|assumed|entered|returned\s+to)\s+office\b`)

// termStartChange reads a change of the detained population as the
// population on to against the one on from, the day a term began. Which
// edition near that day the writer took is not said (ICE's editions come
// every two weeks or so), so the period is unstated: it may support, never
// contradict.
func termStartChange(it *Interpretation, text, from, to string) {
	it.Baseline = &Period{Kind: "date", Text: text, From: from, To: from, Note: "the population when the term began"}
	it.Period = Period{Kind: "date", Text: text, From: to, To: to, Note: "the population at the end of the span (the article's date)"}
	it.Notes = slices.DeleteFunc(it.Notes, func(n string) bool { return strings.HasPrefix(n, "baseline implied") })
	setUnstated(it, "period", strconv.Quote(text)+": which edition near "+from+" the writer compared with is not said")
}

// sinceFromToRe: the two figures of "from A to B" ("going from 39,000 to
// 66,000").
var sinceFromToRe = lazyRegexp(`(?i)\bfrom\s+(?:about\s+|nearly\s+|roughly\s+|around\s+)?(\d[\d,.]*(?:\s+(?:thousand|million))?)\s+to\s+`)

// sinceFromTo dates A of "since January ..., going from A to B": the
// population when the span began, not the level anywhere in it (t-pt-
// gazetanews-02: "Since January, when the Republican took office again,
// the total of detainees grew nearly 70% — going from 39,000 to 66,000",
// the edition of 2025-01-04). Which edition of the first month the writer
// took is not said: its first day is the reading, every week of that month
// another (partYear), and the period is never stated.
func sinceFromTo(it *Interpretation) {
	p := it.Period
	if it.Claim.Kind != KindCount || p.Kind != "range" || p.From == "" || !strings.HasPrefix(strings.ToLower(strings.TrimSpace(p.Text)), "since") {
		return
	}
	from, err := time.Parse("2006-01-02", p.From)
	if err != nil {
		return
	}
	s := it.Claim.Sentence
	pos := it.Claim.clauseOff + it.Claim.clauseStart
	// "since January, when only about 39,000 people were being held": a
	// count in a "when" clause right after the span's "since" names the
	// population when the span began, as "from A" does (w-vi-tinmoi-02,
	// glossed: "This number has risen significantly since January, when
	// only about 39,000 people were held in detention")
	if i := strings.LastIndex(strings.ToLower(s[:min(pos, len(s))]), strings.ToLower(strings.TrimSpace(p.Text))); i >= 0 &&
		sinceWhenRe.MatchString(s[i+len(strings.TrimSpace(p.Text)):min(pos, len(s))]) && from.Day() == 1 {
		// the month the "when" clause dates, read as "in January" is
		// (its 15th; the month's other weeks are readings)
		sinceStart(it, from, p, from.AddDate(0, 0, 14), "the month named by \"when\" after "+strconv.Quote(p.Text)+", read as \"in\" that month is", "a count at the start of "+strconv.Quote(p.Text)+" names no day")
		return
	}
	for _, m := range sinceFromToRe.FindAllStringSubmatchIndex(s, -1) {
		if pos < m[2] || pos >= m[3] {
			continue
		}
		sinceStart(it, from, p, from, "the start of the span ("+p.Text+"), where the rise began; its other weeks are readings", "\"from A\" after "+strconv.Quote(p.Text)+" names no day")
		return
	}
}

// sinceWhenRe: the words between "since <month>" and a count in a "when"
// clause after it (", when only about").
var sinceWhenRe = lazyRegexp(`(?i)^\s*,?\s*when\b[^0-9;.,]{0,60}$`)

// sinceStart reads a count as the population at the start of the span p
// that begins on from: the day read is the reading, every week of the
// span's first month another, and the period is never stated.
func sinceStart(it *Interpretation, from time.Time, p Period, read time.Time, note, why string) {
	end := from.AddDate(0, 1, -1)
	if to, err := time.Parse("2006-01-02", p.To); err == nil && to.Before(end) {
		end = to
	}
	if read.After(end) {
		read = end
	}
	d := read.Format("2006-01-02")
	it.Period = Period{Kind: "date", Text: p.Text, From: d, To: d, Approx: true, Note: note}
	it.partYear = [2]string{from.Format("2006-01-02"), end.Format("2006-01-02")}
	setUnstated(it, "period", why)
}

// offenceGaps keeps the gap of an offence type ("had violent criminal
// convictions"): ICE's detention statistics count criminality classes, not
// offences, so such a part of those held is not checkable.
func offenceGaps(gs []Gap) []Gap {
	var out []Gap
	for _, g := range gs {
		if g.What == "offence type" {
			out = append(out, g)
		}
	}
	return out
}

// classRank tests "the largest group held are those with no criminal
// record": the class's place among ICE's three criminality classes of the
// people detained, in all and among those ICE itself arrested (the
// Guardian's reading). A rank that does not match is not called
// contradicted (rank.go).
func (r *runner) classRank(it *Interpretation, b *entryBuilder) (Entry, error) {
	c := it.Claim
	want := crimClasses(it.Filters["criminality"])[0]
	counts, res, done, err := r.agencyClasses(it, b)
	if err != nil {
		return Entry{}, err
	}
	if done != nil {
		return *done, nil
	}
	text := func(m map[string]float64, who string) string {
		return fmt.Sprintf("%s ranks %s of 3 classes among %s (Convicted Criminal %s, Pending Criminal Charges %s, Other Immigration Violator %s; %s)", want,
			formatNumber(rankAmong(m, want)), who, formatNumber(m["Convicted Criminal"]), formatNumber(m["Pending Criminal Charges"]), formatNumber(m["Other Immigration Violator"]), usedText(res))
	}
	all, ice := counts[""], counts["ICE"]
	rv := rankAmong(all, want)
	b.e.Value, b.e.ValueText = &rv, text(all, "all people detained")
	if rv != c.Value {
		if ri := rankAmong(ice, want); ice != nil && ri == c.Value {
			b.e.Value, b.e.ValueText = &ri, text(ice, "the people ICE itself arrested")
			b.e.Under = "only the people ICE itself arrested (ICE's table by arresting agency), not those CBP arrested"
			b.note("Supported under another reading: " + b.e.Under + ".")
			return r.verdict(it, b, ri, b.e.ValueText), nil
		}
		b.not(ReasonDefinitionGap, "The records rank %s %s among ICE's criminality classes, not %s; the sentence may count another group, so this is not called a contradiction.", want, formatNumber(rv), formatNumber(c.Value))
		return b.finish(NotCheckable), nil
	}
	return r.verdict(it, b, rv, b.e.ValueText), nil
}

// atdRankRe: "has the highest number in ATD", "with the largest number
// currently in ATD programs".
var atdRankRe = lazyRegexp(`(?i)\b(?:has|had|have|with)\s+(?:the\s+)?(?:largest|highest|greatest|biggest)\s+number\b|\b(?:has|had|have|with)\s+the\s+most\b`)

// atdRanks finds "the ICE Harlingen area office has the largest number
// currently in ATD programs": an area's rank among ICE's ATD participants
// by area of responsibility, in the edition out on the article's date.
func atdRanks(text string, ref time.Time) []Interpretation {
	var out []Interpretation
	for _, s := range splitSentences(text) {
		m := atdRankRe.FindStringIndex(s.text)
		if m == nil || !reATD.MatchString(s.text) {
			continue
		}
		var aors []Place
		for _, pm := range places(s.text[:m[0]], "") {
			if pm.p.Kind == "aor" && pm.p.AOR != "" {
				aors = append(aors, pm.p)
			}
		}
		if len(aors) != 1 {
			continue // none, or two areas: which one ranks is a guess
		}
		out = append(out, datedRank(Interpretation{Claim: firstRank(s, m), Measure: MeasureATD, Place: aors[0]}, ref))
	}
	return out
}

// firstRank is the claim "the largest" found at s.text[m[0]:m[1]]: rank 1
// by count.
func firstRank(s sentence, m []int) Claim {
	c := Claim{Sentence: s.text, Clause: s.text, Text: s.text[m[0]:m[1]], Offset: s.start + m[0], Kind: KindRank,
		Comparator: CmpExact, Value: 1, Unit: UnitCount, RankBy: RankCount}
	c.clauseStart, c.clauseEnd = m[0], m[1]
	return c
}

// datedRank reads a rank of ICE's published statistics in the edition out
// on the article's date.
func datedRank(it Interpretation, ref time.Time) Interpretation {
	detentionDates(&it, ref)
	if !ref.IsZero() {
		it.ref = ref.Format("2006-01-02")
		it.PrintedBy = it.ref
	}
	it.Describe = describeDetention(it)
	return it
}

// atdRank tests an area's rank among ICE's ATD participants by area of
// responsibility. A rank that does not match is not called contradicted
// (rank.go).
func (r *runner) atdRank(it *Interpretation, b *entryBuilder) (Entry, error) {
	c := it.Claim
	v := detentionValues(it, it.Period)
	v.Del("aor")
	v.Set("by", "aor")
	res, refused, err := r.askDetention(b, v, "ATD")
	if refused != nil {
		return *refused, nil
	}
	if err != nil {
		return Entry{}, err
	}
	if res.Count == nil || res.Table == nil {
		return notCovered(b, res), nil
	}
	counts := map[string]float64{}
	top, topN := "", -1.0
	for _, row := range res.Table.Rows {
		k, n := fmt.Sprint(row[0]), table.Float(row[1])
		counts[k] = n
		if n > topN {
			top, topN = k, n
		}
	}
	own, ok := counts[it.Place.AOR]
	if !ok {
		b.not(ReasonPlaceNotCovered, "%s is not among the %d areas %s lists.", it.Place.String(), len(counts), usedText(res))
		return b.finish(NotCheckable), nil
	}
	rank := rankAmong(counts, it.Place.AOR)
	text := fmt.Sprintf("%s ranks %s of %d areas by ATD participants (%s; largest: %s, %s; %s)", it.Place.AOR, formatNumber(rank), len(counts), formatNumber(own), top, formatNumber(topN), usedText(res))
	b.e.Value, b.e.ValueText = &rank, text
	if rank != c.Value {
		b.not(ReasonDefinitionGap, "The records rank %s %s among the areas, not %s; ICE prints several ATD counts (and revises them), so this is not called a contradiction.", it.Place.AOR, formatNumber(rank), formatNumber(c.Value))
		return b.finish(NotCheckable), nil
	}
	return r.verdict(it, b, rank, text), nil
}

// crimClasses maps criminality filters to ICE's published classes.
func crimClasses(cl []string) []string {
	var out []string
	for _, c := range cl {
		switch c {
		case "convicted":
			out = append(out, "Convicted Criminal")
		case "pending":
			out = append(out, "Pending Criminal Charges")
		case "other":
			out = append(out, "Other Immigration Violator")
		case "criminal":
			out = append(out, "Convicted Criminal", "Pending Criminal Charges")
		case "not convicted":
			out = append(out, "Pending Criminal Charges", "Other Immigration Violator")
		}
	}
	return out
}

// detainedClasses counts the detained population of some criminality
// classes on the claim's date.
func (r *runner) detainedClasses(it *Interpretation, b *entryBuilder, cl []string) (*float64, string, string, error) {
	v := detentionValues(it, it.Period)
	v.Set("by", "criminality")
	agency := ""
	if ag := it.Filters["agency"]; len(ag) == 1 {
		// ICE's table by arresting agency and criminality
		agency = ag[0]
		v.Set("by", "agency,criminality")
	}
	res, err := r.runDetention(b, v)
	if err != nil || res.Count == nil || res.Table == nil {
		return nil, "", "", err
	}
	classes := crimClasses(cl)
	var part float64
	found := false
	for _, row := range res.Table.Rows {
		if agency != "" {
			// agency, criminality, count, share
			if len(row) > 2 && fmt.Sprint(row[0]) == agency && contains(classes, fmt.Sprint(row[1])) {
				part += table.Float(row[2])
				found = true
			}
			continue
		}
		if contains(classes, fmt.Sprint(row[0])) {
			part += table.Float(row[1])
			found = true
		}
	}
	if !found {
		return nil, "", "", nil
	}
	names := strings.Join(classes, " + ")
	if agency != "" {
		names += " arrested by " + agency
	}
	return &part, names, usedText(res), nil
}

// atdTechnology names the monitoring technologies the figure's own part of
// the sentence speaks of ("26,743 individuals were wearing ankle monitors"),
// as ICE's ATD tables label them (the labels changed over the years: GPS,
// then Ankle Monitor).
func atdTechnology(c Claim) []string {
	t := atdTechnologyNamed(c)
	if len(t) == 2 && t[0] == "Ankle Monitor" && techListed(c.Sentence) {
		// "programs that rely on GPS monitors, smartphone technology, and
		// telephonic reporting", "los libera portando un grillete o un
		// celular con GPS", "con tobilleras y otros dispositivos de
		// seguimiento GPS": the program's technologies listed together
		// describe the program, so the figure is its total, not one
		// technology's count
		return nil
	}
	return t
}

// otherTechRe: a monitoring technology other than an ankle monitor, or
// "other devices", in a list with one (English and Spanish).
var otherTechRe = lazyRegexp(`(?i)\bsmart\s?phones?\b|\btelephon(?:ic|e)\b|\b(?:cell|mobile)\s?phones?\b|\bphone apps?\b|\bcelular(?:es)?\b|\btel[eé]fon(?:o|e)s?\b|\bvoice (?:reporting|recognition|verification)\b|\b(?:and|or|y|e|o|u) (?:other|otros|otras) (?:[\pL-]+ ){0,2}(?:devices|technolog(?:y|ies)|dispositivos|tecnolog[ií]as)\b`)

// techListed: an ankle monitor (or GPS) and another technology are named
// within a few words of each other, with no clause break between: a list
// of the program's technologies ("GPS monitors, smartphone technology, and
// telephonic reporting"; "un grillete o un celular con GPS"), not one
// technology set against another ("... on SmartLINK, while GPS ankle
// monitors ...").
// techIncludedRe: after a figure, technologies the figure includes.
var techIncludedRe = lazyRegexp(`(?i)^[^.;:]{0,80}?\b(?:including|includes|such as|among them)\s+(?:the\s+)?(?:SmartLINK|GPS|ankle|wrist|smart\s?phone|phone|telephon)`)

func techListed(s string) bool {
	for _, a := range reAnkle.FindAllStringIndex(s, -1) {
		for _, o := range otherTechRe.FindAllStringIndex(s, -1) {
			lo, hi := min(a[1], o[1]), max(a[0], o[0])
			if hi-lo > 40 {
				continue
			}
			between := s[min(lo, hi):max(lo, hi)]
			// (a figure between them gives each technology its own count:
			// "Telephonic reporting is used in 30,653 cases, and GPS ankle
			// monitors ... in just 17,578 cases")
			if !strings.ContainsAny(between, ";:.0123456789") && !strings.Contains(between, " while ") && !strings.Contains(between, " but ") {
				return true
			}
		}
	}
	return false
}

// atdTechnologyNamed is the technology the claim's part of the sentence,
// or else the sentence, names (atdTechnology).
func atdTechnologyNamed(c Claim) []string {
	if end := c.clauseOff + c.clauseEnd; end <= len(c.Sentence) && techIncludedRe.MatchString(c.Sentence[end:]) {
		// "181,000 people wearing Alternatives to Detention Monitors
		// including SmartLINK (smart phone monitoring), Ankle Monitors,
		// and Wrist Monitors": the technologies the whole count includes
		return nil
	}
	if end := c.clauseOff + c.clauseEnd; end <= len(c.Sentence) {
		// "... these wrist-worn devices is small compared to the 155,000
		// SmartLINK smartphone apps" (bf-en-dailyprivateinvestigation-02):
		// the technology named right after the figure is its own
		if t := technologyIn(c.Sentence[end:min(len(c.Sentence), end+25)]); t != nil {
			return t
		}
	}
	from, to := segmentBounds(c.Sentence, c.clauseOff+c.clauseStart)
	if t := technologyIn(c.Sentence[from:to]); t != nil {
		return t
	}
	if techTogether(c.Sentence[from:to]) {
		// the figure's own part names the program's devices together: it
		// is the program's count, whatever other sentences name
		return nil
	}
	// "GPS ankle monitors, which had declined ..., now stands at over
	// 20,000": the technology is the subject, when the sentence names one
	sent := strings.ReplaceAll(strings.ReplaceAll(c.Sentence, "GPS smartwatch", "smartwatch"), "GPS Smartwatch", "smartwatch")
	if reWristworn.MatchString(sent) && !reAnkleWord.MatchString(sent) {
		// "monitored with VeriWatch, a wrist-worn GPS monitor", "the
		// program of GPS wristbands": the GPS is the wrist-worn device's
		sent = strings.ReplaceAll(sent, "GPS", "")
	}
	var all [][]string
	for _, m := range []*lazyRE{reWristworn, reSmartLINK, reAnkle} {
		if m.MatchString(sent) {
			all = append(all, technologyIn(m.FindString(sent)))
		}
	}
	if len(all) == 1 {
		return all[0]
	}
	if pos := c.clauseOff + c.clauseStart; len(all) > 1 && pos <= len(c.Sentence) {
		// "SmartLINK numbers have been on the decline for months, while
		// GPS ankle monitors, once as low as about 4,000 in June 2023, have
		// increased to 17,796" (e12e1-trac240315-02): one technology set
		// against another; a figure after "while" is the technology that
		// clause names
		if ms := techContrastRe.FindAllStringIndex(c.Sentence[:pos], -1); len(ms) > 0 {
			seg := c.Sentence[ms[len(ms)-1][1]:pos]
			if !strings.ContainsAny(seg, ";.") {
				if t := technologyIn(seg); t != nil {
					return t
				}
			}
		}
	}
	return nil
}

// techContrastRe: a clause set against the one before it ("..., while GPS
// ankle monitors ...").
var techContrastRe = lazyRegexp(`(?i)(?:,\s*|\s)(?:while|whereas|but)\s`)

// electronicMonitorsRe: "electronic monitors" worn by people, a device
// the program lists beside its phone app.
var electronicMonitorsRe = lazyRegexp(`(?i)\belectronic monitors?\b`)

// techTogether: the phone app and a worn device named together.
func techTogether(seg string) bool {
	return reSmartLINK.MatchString(seg) && (reAnkleWord.MatchString(seg) || electronicMonitorsRe.MatchString(seg))
}

func technologyIn(seg string) []string {
	switch {
	case reWristworn.MatchString(seg): // "GPS smartwatches" are wrist-worn
		// (ICE's tables named the device "Veriwatch" in 2023, "Wristworn"
		// later; an edition prints one of the two)
		return []string{"Wristworn", "Veriwatch"}
	case reSmartLINK.MatchString(seg) && !techTogether(seg):
		// "to use the SmartLINK phone app to send ICE their GPS data": GPS
		// is what the app sends, not an ankle monitor
		return []string{"SmartLINK"}
	case reSmartLINK.MatchString(seg):
		// "GPS ankle bracelets and the SmartLink app ... about 180,000",
		// "llevan monitores electrónicos o usan la app SmartLink"
		// (bg-es-visaverge-01): two technologies together, not one of them
		return nil
	case reAnkle.MatchString(seg):
		return []string{"Ankle Monitor", "GPS"}
	case reSmartLINK.MatchString(seg):
		return []string{"SmartLINK"}
	}
	return nil
}

func atdScope(it Interpretation) string {
	var out string
	if it.Place.AOR != "" {
		out += ", " + it.Place.String() + " AOR"
	}
	if t := it.Filters["technology"]; len(t) > 0 {
		out += ", monitored by " + strings.Join(t, " / ")
	}
	return out
}

// atdOnTechnology reads the edition's ATD table by technology and adds
// the rows of the technologies the reading names. done is the finished
// entry when the table cannot answer.
func (r *runner) atdOnTechnology(it *Interpretation, b *entryBuilder) (res *query.Result, n float64, labels []string, done *Entry, err error) {
	v := detentionValues(it, it.Period)
	v.Set("by", "technology")
	res, refused, err := r.askDetention(b, v, "ATD")
	if refused != nil || err != nil {
		return nil, 0, nil, refused, err
	}
	if res.Count == nil || res.Table == nil {
		e := notCovered(b, res)
		return nil, 0, nil, &e, nil
	}
	want := it.Filters["technology"]
	for _, row := range res.Table.Rows {
		for _, w := range want {
			if strings.EqualFold(fmt.Sprint(row[0]), w) {
				n += table.Float(row[len(row)-1])
				labels = append(labels, fmt.Sprint(row[0]))
			}
		}
	}
	if len(labels) == 0 {
		b.not(ReasonNoField, "The edition used (%s) lists no %s row among its ATD technologies.", usedText(res), strings.Join(want, " or "))
		e := b.finish(NotCheckable)
		return nil, 0, nil, &e, nil
	}
	return res, n, labels, nil, nil
}

// orEntry is *e, or the zero entry.
func orEntry(e *Entry) Entry {
	if e == nil {
		return Entry{}
	}
	return *e
}

// atdTechnology tests a count of ATD participants monitored by one
// technology: the edition's row of that label.
func (r *runner) atdTechnology(it *Interpretation, b *entryBuilder) (Entry, error) {
	res, n, labels, done, err := r.atdOnTechnology(it, b)
	if done != nil || err != nil {
		return orEntry(done), err
	}
	text := fmt.Sprintf("%s monitored by %s (%s)", formatNumber(n), strings.Join(labels, " + "), usedText(res))
	b.e.Value, b.e.ValueText = &n, text
	if cmp := it.Claim.Comparator; it.Place.AOR != "" && it.Claim.Kind == KindCount && !compare(it.Claim, n) && (cmp == CmpExact || cmp == CmpAbout || cmp == CmpNearly) {
		// (a bound, "more than 2,000 on ankle monitors", would fit the
		// larger caseload whatever the device's count: only a count
		// stated as a number is read so)
		// "Atlanta's ICE office monitors 4,736 undocumented immigrants
		// through ankle monitors" (v-ko-atl-01, v-ko-kts-01, glossed): a
		// writer calls an office's whole ATD caseload by its best-known
		// device; the office's count over every technology is another
		// reading (never a contradiction: the device was named)
		tv := detentionValues(it, it.Period)
		if tres, trefused, terr := r.askDetention(b, tv, "ATD"); trefused == nil && terr == nil && tres.Count != nil && compare(it.Claim, *tres.Count) {
			total := *tres.Count
			ttext := fmt.Sprintf("%s on ATD, every technology (%s)", formatNumber(total), usedText(tres))
			b.e.Value, b.e.ValueText = &total, ttext
			b.e.Under = "the office's whole ATD caseload (every technology), not only " + strings.Join(labels, " + ")
			b.note("Supported under another reading: " + b.e.Under + "; " + text + ".")
			b.note(fmt.Sprintf("The records give %s; the claim says %s.", ttext, stated(it.Claim)))
			return b.finish(Supported), nil
		}
	}
	return r.verdict(it, b, n, text), nil
}

// techAnaphorRe: a device or technology named by pointing back to it.
var techAnaphorRe = lazyRegexp(`(?i)\b(?:these|those|this|that)\s+(?:devices?|technolog(?:y|ies))\b`)

// atdProgramShareRe: a share whose whole is the program's participants
// ("13% of the participants in the program ... used this technology",
// bg-es-infobae-01 glossed; "of ATD participants", "of those enrolled in
// the program").
var atdProgramShareRe = lazyRegexp(`(?i)^\s*(?:percent|per cent|%)?\s*of\s+(?:all\s+|the\s+)?(?:(?:ATD|program|ATD program)\s+(?:participants|enrollees)|(?:participants|enrollees|people|those|persons|individuals|immigrants|migrants|noncitizens)\s+(?:enrolled\s+|involved\s+)?in\s+(?:the\s+|ICE['’]s\s+)?(?:ATD\b|program\b|Alternatives to Detention\b))`)

// atdProgramShare: the share's own words name the program's participants
// as its whole.
func atdProgramShare(c Claim) bool {
	end := c.clauseOff + c.clauseEnd
	return end <= len(c.Sentence) && atdProgramShareRe.MatchString(c.Sentence[end:])
}

// atdTechnologyShare tests the share of ATD participants monitored by one
// technology: that technology's row over the program's total, in one
// edition.
func (r *runner) atdTechnologyShare(it *Interpretation, b *entryBuilder) (Entry, error) {
	res, n, labels, done, err := r.atdOnTechnology(it, b)
	if done != nil || err != nil {
		return orEntry(done), err
	}
	if *res.Count == 0 {
		return notCovered(b, res), nil
	}
	p := 100 * n / *res.Count
	text := fmt.Sprintf("%.1f%% (%s of %s ATD participants monitored by %s; %s)", p, formatNumber(n), formatNumber(*res.Count), strings.Join(labels, " + "), usedText(res))
	b.e.Value, b.e.ValueText = &p, text
	b.note("Measure: the share of ATD participants on one technology, its row over the program's total in the edition read.")
	return r.verdict(it, b, p, text), nil
}

// detentionsAfterRecords: a figure about "detentions" in its own part of
// the sentence, with no event there, for a period after the FOIA records
// end (or none stated): ICE's published detention statistics are the only
// records of it ("comprising 23% of total ICE detentions", "Now, ...").
func detentionsAfterRecords(it Interpretation) bool {
	c := it.Claim
	if it.Measure != "detentions" || c.Kind != KindCount && c.Kind != KindShare {
		return false
	}
	if !it.Period.Defaulted && (it.Period.From == "" || it.Period.From < "2019-10-01") && (it.Period.Kind != "fy" || it.Period.FY < 2020) {
		return false
	}
	from, to := segmentBounds(c.Sentence, c.clauseOff+c.clauseStart)
	seg := c.Sentence[from:to]
	return (detentionWordRe.MatchString(seg) || c.Kind == KindShare && ofThoseDetainedRe.MatchString(seg)) && !reEvent.MatchString(eventless(seg)) && !reBookIn.MatchString(seg)
}

// ofThoseDetainedRe: the whole of a share after the records end is the
// people held, as TRAC writes it ("71.7 percent of those detained had no
// criminal record", ad-es-elmundosv-04 in English; "El 71.7% de los
// detenidos" glossed).
var ofThoseDetainedRe = lazyRegexp(`(?i)\bof\s+(?:those|the people|people|the individuals|individuals|the immigrants|immigrants|the migrants|migrants|the persons|persons)\s+(?:currently\s+|now\s+)?detained\b`)

// stockSegment: the figure's own part of the sentence speaks of people in
// detention and of no event, though another part does ("... has fallen
// slightly from two weeks ago to 34,373, driven by fewer numbers of CBP
// arrests that result in detention").
func stockSegment(c Claim) bool {
	if c.Kind != KindCount && c.Kind != KindChange && c.Kind != KindShare {
		return false
	}
	if detainedAside(c) {
		return true
	}
	from, to := stockPart(c.Sentence, c.clauseOff+c.clauseStart)
	seg := c.Sentence[from:to]
	// (who arrested the people held is no event counted: "64% of all
	// current detainees were arrested by ICE", after "ICE arrests continue
	// to drive detention numbers:")
	return reStock.MatchString(seg) && !reEvent.MatchString(eventless(withoutArrestingAgency(seg))) && !reBookIn.MatchString(seg)
}

// stockBreakRe: where a part of a sentence about the people held ends and
// one about events begins without a comma: a clause joined by "and" with a
// verb of its own ("ICE is now arresting nearly 1,200 illegal immigrants a
// day and had more than 56,000 people in detention"), and "amid" ("ICE
// detentions hit record 65,000 amid historic deportation pace").
var stockBreakRe = lazyRegexp(`(?i)\s(?:amid|and\s+(?:now\s+|currently\s+|still\s+)?(?:had|has|have|held|holds|is|was|were|are)\b)`)

// stockPart is the figure's own part of the sentence (segmentBounds),
// narrowed to the clause of stockBreakRe that holds it.
func stockPart(sent string, pos int) (int, int) {
	from, to := segmentBounds(sent, pos)
	pos = max(from, min(pos, to))
	for _, m := range stockBreakRe.FindAllStringIndex(sent[from:to], -1) {
		if b := from + m[0]; b < pos {
			from = b
		} else if b >= pos {
			to = b
			break
		}
	}
	return from, to
}

// classOnlyAfter: a count whose sentence names a criminality class only
// after the figure's own part (stockPart), never in it or before it.
func classOnlyAfter(c Claim) bool {
	if c.Kind != KindCount {
		return false
	}
	// (the comma-bounded part, not stockPart's clause: "16,523 people
	// currently in ICE detention were arrested by the agency and have no
	// criminal record" names the figure's own class)
	from, to := segmentBounds(c.Sentence, c.clauseOff+c.clauseStart)
	return !crimWordsRe.MatchString(c.Sentence[:to]) && crimWordsRe.MatchString(c.Sentence[to:]) && from < to
}

// withoutArrestingAgency drops the words that say who arrested the people
// held or booked in ("arrested by CBP", "ICE arrestees", "detained after an
// ICE arrest"), which count no arrests.
func withoutArrestingAgency(s string) string {
	return agencyArrestRe.ReplaceAllString(agencyArrestedRe.ReplaceAllString(agencyAfterArrestRe.ReplaceAllString(s, "detained"), ""), "")
}

// termPeakRe: "Joe Biden's high of nearly 40,000", "the Biden-era peak of".
// prevReleaseRe: a change from ICE's edition before ("since the last
// reporting period", "from the previous release").
var prevReleaseRe = lazyRegexp(`(?i)\b(?:since|from|over|compared (?:with|to)|than (?:in|at))\s+the\s+(?:last|previous|prior|preceding)\s+(?:reporting period|release|data release|update|report|edition|data|detention data|count|snapshot)\b`)

// termAfterRe and passedBeforeRe: "exceeds the 39,703 reached during the
// Biden years" (termPeak).
var (
	termAfterRe    = lazyRegexp(`(?i)^\s*(?:people\s+|detainees\s+)?(?:reached|recorded|set|seen|hit|held|detained)\s+(?:during|under|in)\s+(?:the\s+)?(?:joe\s+|donald\s+|president\s+)?(biden|trump)(?:['’]s)?(?:\s+(?:years|administration|era|presidency|term))?\b`)
	passedBeforeRe = lazyRegexp(`(?i)\b(exceed(?:s|ed|ing)?|surpass(?:es|ed|ing)?|tops|topped|breaks|broke|(?:is|was|are|were|remains|stays)\s+(?:well\s+)?(?:above|below|higher than|lower than|more than|fewer than|under))\s+(?:the\s+)?$`)
)

var termPeakRe = lazyRegexp(`(?i)\b(?:joe\s+|donald\s+)?(biden|trump)(?:['’]s|-era|\s+era['’]?s?|\s+administration['’]s)?\s+(?:all-time\s+|record\s+)?(high|peak|low)\s+of\s+(?:about\s+|nearly\s+|almost\s+|roughly\s+|around\s+|more than\s+|over\s+|some\s+|just\s+(?:over|under)\s+)?$`)

// termPeak reads a population named as a president's high or low: the
// largest (smallest) of the editions as of a day of that term; the term of
// a name whose terms are two is the one under way at the article's date or
// the last before it. Unstated: which editions a writer looked at varies.
func termPeak(it *Interpretation, ref time.Time) {
	c := it.Claim
	pos := c.clauseOff + c.clauseStart
	if c.Kind != KindCount || pos > len(c.Sentence) {
		return
	}
	m := termPeakRe.FindStringSubmatch(c.Sentence[max(0, pos-60):pos])
	if m == nil {
		// "The number exceeds the 39,703 reached during the Biden years":
		// a level a later one passes is that term's high (below it, its
		// low)
		end := c.clauseOff + c.clauseEnd
		a := termAfterRe.FindStringSubmatch(c.Sentence[min(len(c.Sentence), end):])
		b := passedBeforeRe.FindStringSubmatch(c.Sentence[max(0, pos-40):pos])
		if a == nil || b == nil {
			return
		}
		m = []string{strings.TrimSpace(a[0]), a[1], "high"}
		if strings.Contains(strings.ToLower(b[1]), "below") || strings.Contains(strings.ToLower(b[1]), "lower") || strings.Contains(strings.ToLower(b[1]), "fewer") || strings.Contains(strings.ToLower(b[1]), "under") {
			m[2] = "low"
		}
	}
	from, to := "2021-01-20", "2025-01-19"
	if strings.EqualFold(m[1], "trump") {
		from, to = "2017-01-20", "2021-01-19"
		if !ref.IsZero() && !ref.Before(time.Date(2025, 1, 20, 0, 0, 0, 0, time.UTC)) {
			from, to = "2025-01-20", ref.Format("2006-01-02")
		}
	}
	it.Period = Period{Kind: "range", Text: m[0], From: from, To: to, Note: "the term of the president named"}
	it.termPeak = 1
	if strings.EqualFold(m[2], "low") {
		it.termPeak = -1
	}
	setUnstated(it, "period", "a president's high or low: which editions the writer compared is not said")
}

// detainedLevel tests a level held over a span ("has remained steady at
// just under 40,000 since October", "around 14,000 in February and March"):
// every edition as of a day in the span (published by the article's date)
// must fit the figure. A level is loose wording, so a span whose editions
// do not all fit is not called a contradiction.
func (r *runner) detainedLevel(it *Interpretation, b *entryBuilder) (Entry, error) {
	hist, err := r.detainedHistory()
	column, whom := "Total", ""
	if ag := it.Filters["agency"]; len(ag) == 1 {
		// the people one agency arrested: that column of every edition
		column, whom = ag[0], " arrested by "+ag[0]
		hist, err = r.eng.DetainedHistoryOf(r.ctx, column)
	}
	if err != nil {
		return Entry{}, err
	}
	to := it.Period.To
	if it.PrintedBy != "" && it.PrintedBy < to {
		to = it.PrintedBy
	}
	var in []query.DetainedPoint
	for _, h := range hist {
		if h.AsOf >= it.Period.From && h.AsOf <= to {
			in = append(in, h)
		}
	}
	if len(in) == 0 {
		b.not(ReasonPeriodNotCovered, "No stored edition is as of a day in %s.", it.Period.String())
		return b.finish(NotCheckable), nil
	}
	lo, hi := in[0], in[0]
	fit := 0
	for _, h := range in {
		if h.Total < lo.Total {
			lo = h
		}
		if h.Total > hi.Total {
			hi = h
		}
		if compare(it.Claim, h.Total) {
			fit++
		}
	}
	text := fmt.Sprintf("%s to %s%s in the %d editions as of %s..%s (lowest %s, %s; highest %s, %s)", formatNumber(lo.Total), formatNumber(hi.Total), whom, len(in), in[0].AsOf, in[len(in)-1].AsOf, lo.AsOf, lo.File, hi.AsOf, hi.File)
	if it.termPeak != 0 {
		// a term's high or low: the largest or smallest edition, when the
		// archive reaches back to the term's start
		peak, which := hi, "highest"
		if it.termPeak < 0 {
			peak, which = lo, "lowest"
		}
		b.e.Value, b.e.ValueText = &peak.Total, text
		b.note(fmt.Sprintf("Measure: the %s of ICE's published currently-detained counts%s in the editions as of a day of the term.", which, whom))
		if len(hist) == 0 || hist[0].AsOf > it.Period.From {
			b.not(ReasonPartlyCovered, "The stored editions begin after %s: the %s of the term may lie before them (%s).", it.Period.From, which, text)
			return b.finish(NotCheckable), nil
		}
		return r.verdict(it, b, peak.Total, text), nil
	}
	b.e.Value, b.e.ValueText = &hi.Total, text
	if whom != "" {
		b.note("Measure: ICE's published currently-detained count" + whom + " (column " + column + " of the Total row), every edition as of a day in the span.")
	} else {
		b.note("Measure: ICE's published currently-detained count, every edition as of a day in the span.")
	}
	if fit == len(in) && lowerBoundFar(it.Claim, lo.Total) {
		b.not(ReasonUnlikely, "The records give %s, more than twice the claim's lower bound %s in every edition: a writer bounds a count near it, so the claim most likely counts a part of this population; it is not called supported.", text, stated(it.Claim))
		return b.finish(NotCheckable), nil
	}
	if fit == len(in) {
		b.note(fmt.Sprintf("The records give %s; the claim says %s.", text, stated(it.Claim)))
		return b.finish(Supported), nil
	}
	if fit == 0 && len(it.Filters) == 0 && it.Period.Kind == "range" && it.Claim.Value > 2*hi.Total {
		// "185,000 people detained by ICE between October and May"
		// (t-fr-ctninfo-06, glossed): a count over twice every level of
		// the span counts the people booked in over it, not those held on
		// a day; that reading is tested, and only its support is kept (a
		// level's loose wording is never called a contradiction)
		alt := *it
		alt.Measure, alt.Filters, alt.Base, alt.Gaps, alt.Custody = MeasureBookIns, nil, nil, nil, false
		ec := *b.e
		if e, err := r.checkDetention(&alt, &entryBuilder{e: &ec}); err == nil && e.Verdict == Supported {
			e.Under = "the people booked into detention over the span (ICE's monthly initial book-ins), not the population held on a day"
			e.Explanation = "Supported under another reading: " + e.Under + "; the levels held are " + text + ". " + e.Explanation
			return e, nil
		}
	}
	b.not(ReasonDefinitionGap, "The records give %s; %d of the %d editions fit the claim's %s. A level over a span is loose wording (which editions, rounded how), so this is not called a contradiction.", text, fit, len(in), stated(it.Claim))
	return b.finish(NotCheckable), nil
}

// bookInsChange tests a change of a month's book-ins against an earlier
// month's ("Arrests during the month of July fell by 17.5 percent from
// their levels during June"), as printed by the article's date: the
// monthly totals, or their daily rates when the months differ in length
// (TRAC compares daily rates).
func (r *runner) bookInsChange(it *Interpretation, b *entryBuilder) (Entry, error) {
	c := it.Claim
	month := func(p Period) (float64, int, *query.Result, error) {
		v := url.Values{"dataset": {MeasureBookIns}, "month": {p.Month}, "by": {"agency"}}
		if it.PrintedBy != "" {
			v.Set("printed-by", it.PrintedBy)
		}
		res, err := r.runDetention(b, v)
		if err != nil || res.Count == nil || !res.Coverage.Complete {
			return 0, 0, res, err
		}
		n := *res.Count
		if ag := it.Filters["agency"]; len(ag) == 1 && res.Table != nil {
			n = 0
			for _, row := range res.Table.Rows {
				if strings.EqualFold(strings.TrimSpace(fmt.Sprint(row[0])), ag[0]) {
					n = table.Float(row[len(row)-1])
				}
			}
		}
		mi, _ := canon.MonthInterval(p.Month)
		return n, mi.To.Time().Day(), res, nil
	}
	n, dn, now, err := month(it.Period)
	if err != nil {
		return Entry{}, err
	}
	o, do, then, err := month(*it.Baseline)
	if err != nil {
		return Entry{}, err
	}
	if now == nil || then == nil || n == 0 || o == 0 {
		res := now
		if n != 0 {
			res = then
		}
		if res == nil {
			b.not(ReasonPeriodNotCovered, "No published book-ins for %s and %s.", it.Period.String(), it.Baseline.String())
			return b.finish(NotCheckable), nil
		}
		return notCovered(b, res), nil
	}
	if c.Unit != UnitPercent {
		b.not(ReasonUnderspecified, "Only a percent change of a month's book-ins is tested.")
		return b.finish(NotCheckable), nil
	}
	who := "all agencies"
	if ag := it.Filters["agency"]; len(ag) == 1 {
		who = "arrested by " + ag[0]
	}
	total := 100 * (n - o) / o
	rate := 100 * (n/float64(dn) - o/float64(do)) / (o / float64(do))
	text := fmt.Sprintf("%+.1f%% (book-ins %s: %s in %s vs %s in %s; %s)", total, who, formatNumber(n), it.Period.String(), formatNumber(o), it.Baseline.String(), usedText(now))
	computed := total
	okDir := func(v float64) bool { return c.Direction == 0 || v*float64(c.Direction) > 0 }
	if !(okDir(total) && compare(c, math.Abs(total))) && okDir(rate) && compare(c, math.Abs(rate)) {
		computed = rate
		text = fmt.Sprintf("%+.1f%% per day (book-ins %s: %s over the %d days of %s vs %s over the %d days of %s; %s)", rate, who, formatNumber(n), dn, it.Period.String(), formatNumber(o), do, it.Baseline.String(), usedText(now))
		b.note("Measure: the change of the daily rate, as TRAC computes it (the months differ in length).")
	}
	if !(okDir(computed) && compare(c, math.Abs(computed))) {
		if k, v, ok := partialMonthRate(now, it.Period, n, o, do, func(v float64) bool { return okDir(v) && compare(c, math.Abs(v)) }); ok {
			// "fell 19% in July" in the edition as of August 1, which
			// prints July through the 26th (TRAC's "first 26 days"): a
			// guess at the days the edition covers, which may support the
			// figure, never contradict it
			text = fmt.Sprintf("%+.1f%% per day (book-ins %s: %s over the first %d days of %s, if the edition as of %s prints the month that far, vs %s over the %d days of %s; %s)", v, who, formatNumber(n), k, it.Period.String(), firstAsOf(now), formatNumber(o), do, it.Baseline.String(), usedText(now))
			b.e.Value, b.e.ValueText = &v, text
			b.note(fmt.Sprintf("Measure: the change of the daily rate, as TRAC computes it, with %s read through its %s day: an edition published soon after a month prints it only through an earlier day, which it does not state.", it.Period.String(), ordinalText(k)))
			setUnstated(it, "period", fmt.Sprintf("the days of %s the edition as of %s covers are not printed; the first %d are read", it.Period.String(), firstAsOf(now), k))
			return r.verdictOK(it, b, text), nil
		}
	}
	b.e.Value, b.e.ValueText = &computed, text
	if okDir(computed) && compare(c, math.Abs(computed)) {
		return r.verdictOK(it, b, text), nil
	}
	return r.verdict(it, b, computed, text), nil
}

// partialMonthAverage: a month's daily average of book-ins (n over its
// days) when the edition used came out in the month or less than two weeks
// after its end and may print it only through an earlier day it does not
// state: each last day partialMonthDays gives is tried, and the first whose
// average fits returned; a guess, which may support a figure, never
// contradict it.
func partialMonthAverage(res *query.Result, p Period, n float64, fits func(float64) bool) (int, float64, bool) {
	for _, k := range partialMonthDays(res, p) {
		if v := n / float64(k); fits(v) {
			return k, v, true
		}
	}
	return 0, 0, false
}

// partialMonthDays: the days of month p an edition (res) out in the month
// or less than two weeks after its end may print it through, short of the
// whole month: four to six days before the edition's date (the edition as
// of 2025-08-01 prints July through the 26th), up to the day before the
// month's end. A wider window is a free parameter that fits nearly any
// rate: trying two weeks of last days supported "Arrests in May rose 60
// percent from April" on the edition as of 2025-06-05, which prints May
// whole (+22.1 %; TestArrestsAfterTheRecords).
func partialMonthDays(res *query.Result, p Period) []int {
	const partialLagMin, partialLagMax = 4, 6
	mi, ok := canon.MonthInterval(p.Month)
	asOf, err := time.Parse("2006-01-02", firstAsOf(res))
	if !ok || err != nil {
		return nil
	}
	from, _ := time.Parse("2006-01-02", mi.From.String())
	to, _ := time.Parse("2006-01-02", mi.To.String())
	if asOf.Before(from) || asOf.Sub(to).Hours() >= 14*24 {
		return nil
	}
	last := to.AddDate(0, 0, -1) // (the whole month is the rate tested before)
	if asOf.Before(last) {
		last = asOf
	}
	var out []int
	if l := asOf.AddDate(0, 0, -partialLagMin); l.Before(last) {
		last = l
	}
	for d := asOf.AddDate(0, 0, -partialLagMax); !d.After(last); d = d.AddDate(0, 0, 1) {
		if !d.Before(from) {
			out = append(out, int(d.Sub(from).Hours()/24)+1)
		}
	}
	return out
}

// partialMonthRate: the change of a month's daily rate of book-ins (n) over
// an earlier month's (o over its od days) when the edition used (res) came
// out in the month or less than two weeks after its end, and so may print
// it only through an earlier day it does not state (the edition as of
// 2025-08-01 prints July through the 26th). It tries each last day
// partialMonthDays gives and returns the first whose rate fits; a guess,
// which may support a figure, never contradict it.
func partialMonthRate(res *query.Result, p Period, n, o float64, od int, fits func(float64) bool) (int, float64, bool) {
	if o == 0 || od == 0 {
		return 0, 0, false
	}
	for _, k := range partialMonthDays(res, p) {
		v := 100 * (n/float64(k) - o/float64(od)) / (o / float64(od))
		if fits(v) {
			return k, v, true
		}
	}
	return 0, 0, false
}

// riseFromRe: the figure starts a rise or fall "from X to Y" ("has risen
// from 39,703 to 56,816"): X is the population at an earlier date the
// sentence may not give.
var riseToRe = lazyRegexp(`(?i)^[^.;]{0,20}?\bto\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|approximately\s+|an estimated\s+|more than\s+|over\s+|just over\s+|some\s+|a record\s+)?\d`)

var riseFromRe = lazyRegexp(`(?i)\bfrom\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|more than\s+|over\s+|some\s+|just\s+)?$`)

// riseStart marks the start value of "from X to Y" (a count or a share)
// as of an unstated date when the sentence gives none for it
// (fromToOverWeeks dates "over the past two weeks"): it may be supported,
// never contradicted, by the population on the article's date.
func riseStart(it *Interpretation) {
	c := it.Claim
	pos := c.clauseOff + c.clauseStart
	end := c.clauseOff + c.clauseEnd
	if c.Kind != KindCount && c.Kind != KindShare || pos > len(c.Sentence) || end > len(c.Sentence) || !riseFromRe.MatchString(c.Sentence[:pos]) ||
		!riseToRe.MatchString(c.Sentence[end:]) || strings.HasPrefix(it.Period.Note, "the release ") {
		return
	}
	setUnstated(it, "period", "the start of a change \"from "+c.Text+" to ...\": the value at an earlier date the sentence does not give")
}

// atdAnaphorRe: a sentence that names no measure but refers to the count
// of the sentence before ("There were 2,921 people on some form of
// electronic monitoring in September 2019. That number jumped to 19,160
// last month", bf-en-ru24-03; "Nearly 500 of these wrist devices").
var atdAnaphorRe = lazyRegexp(`(?i)^\s*(?:that|this|the) (?:number|figure|total|count)\b|\bthe program\b|\b(?:under|in) these programs\b|\bthese (?:wrist |wrist-worn |GPS |ankle )?(?:devices|monitors|trackers)\b`)

// yearsBackBaseline: a change of a population "in the past five years"
// or "compared to two years ago" is from the day that many years before
// the one read ("The number of people being monitored electronically by
// ... Chicago field office has grown by 556% in the past five years",
// bf-en-ru24-01). The day is approximate: ICE's editions fall near it.
func yearsBackBaseline(it *Interpretation) {
	c := it.Claim
	if c.Kind != KindChange || it.Baseline != nil || it.Period.Kind != "date" {
		return
	}
	after := c.Sentence[min(len(c.Sentence), c.clauseOff+c.clauseStart+len(c.Text)):]
	m := yearsAgoRe.FindStringSubmatch(after)
	if m == nil {
		m = overYearsRe.FindStringSubmatch(after)
	}
	if m == nil {
		return
	}
	n := countWord(m[1])
	if b := it.Period.shifted(-n); b.Kind == "date" {
		b.Text, b.Approx = strings.TrimSpace(m[0]), true
		it.Baseline = &b
		setUnstated(it, "period", strconv.Quote(b.Text)+": a day that many years before, approximately")
	}
}

// facChangeRe: a change in the number of facilities over the months
// before the article: "a 30% increase in the number of ... detention
// facilities" with "over the past six months" in the sentence.
var facChangeRe = lazyRegexp(`(?i)\bover\s+the\s+(?:past|last)\s+(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+months\b[^.;]*\bnumber\s+of\s+(?:[A-Za-z()]+\s+){0,6}?(?:detention\s+)?facilities\b`)

// facilityStatistic reads a figure as a statistic over the facilities
// table (filters say which), in the edition out on the article's date;
// why says what the sentence leaves unstated, so that it supports and
// never contradicts.
func facilityStatistic(it *Interpretation, ref time.Time, filters map[string][]string, why string) {
	it.Measure = MeasureFacility
	it.Filters, it.Base, it.Gaps, it.Custody = filters, nil, nil, false
	facilityDate(it, ref, !it.Period.Defaulted && it.Period.Kind != "unresolved" && it.Period.Kind != "")
	setUnstated(it, "measure", why)
	if it.ref != "" {
		it.PrintedBy = it.ref
	}
	it.Describe = describeDetention(*it)
}

// levelsDuring: a level compared with "detention levels during the Biden
// presidency" (levelsDuringRe; o-usimmigrationmy-04) is read as above the
// window's highest edition, which supports it; the writer may mean the
// window's usual levels, so it is never contradicted.
func levelsDuring(it *Interpretation) {
	if it.Claim.Kind == KindSuperlative && levelsDuringRe.MatchString(it.Claim.Text) {
		setUnstated(it, "measure", "\"levels during\" a window may be its usual levels, not its highest")
	}
}

// stockAnaphor: a count or change with no measure of its own, in the
// sentence right after one on the detained population, that points back
// to it ("That number was at 47,892 as of March 24, 2025").
func stockAnaphor(it, prev *Interpretation, s string) bool {
	return it.Measure == "" && prev != nil && (it.Claim.Kind == KindCount || it.Claim.Kind == KindChange) &&
		it.Claim.Sent-prev.Claim.Sent == 1 && numberAnaphorRe.MatchString(s)
}

// daySpanChange reads a change of the population over a span of two named
// days ("From Sept. 21, 2025 to Jan. 7, 2026 the number of people in ICE
// detention grew by 9,228") as the population on the second day against
// that on the first, not as every edition of the span.
func daySpanChange(it *Interpretation) {
	p := it.Period
	if it.Claim.Kind != KindChange || it.Baseline != nil || p.Kind != "range" || !daySpanRe.MatchString(p.Text) {
		return
	}
	from, err1 := time.Parse("2006-01-02", p.From)
	to, err2 := time.Parse("2006-01-02", p.To)
	if err1 != nil || err2 != nil || !from.Before(to) {
		return
	}
	it.Baseline = &Period{Kind: "date", Text: p.Text, From: p.From, To: p.From, Note: "the first day of the span"}
	it.Period = Period{Kind: "date", Text: p.Text, From: p.To, To: p.To, Note: "the last day of the span"}
}

// daySpanRe: a span from one named day to another ("between Sept. 21,
// 2025, and Jan. 7, 2026", "from June 1 to June 15").
var daySpanRe = lazyRegexp(`(?i)^\s*(?:between|from)\s+\w+\.?\s+\d{1,2}\b[^;]*?\b(?:and|to|through|until)\s+\w+\.?\s+\d{1,2}\b`)
