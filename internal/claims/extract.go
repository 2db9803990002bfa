package claims

import (
	"math"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// sentence is one sentence of the input with its byte offset.
type sentence struct {
	text  string
	start int
	para  int
}

var abbreviations = map[string]bool{
	"u.s": true, "u.s.a": true, "ee": true, // "EE. UU." (Spanish: the United States; ac-es-quiroga-01)
	"mr": true, "mrs": true, "ms": true, "dr": true, "st": true, "jan": true, "feb": true,
	"mar": true, "apr": true, "aug": true, "sept": true, "sep": true, "oct": true, "nov": true, "dec": true,
	"mass": true, "no": true, "gov": true, "sen": true, "rep": true, "calif": true, "ariz": true, "fla": true,
	"vs": true, "inc": true, "co": true, "jr": true, "sr": true, "a.m": true, "p.m": true, "u.s.c": true,
	"e.g": true, "i.e": true, "conn": true, "n.h": true, "r.i": true, "vt": true, "d.c": true, "n.y": true,
	"n.j": true, "pa": true, "tex": true, "wash": true, "ore": true, "ga": true, "ill": true, "mich": true,
	"minn": true, "colo": true, "approx": true, "fig": true, "sec": true, "dept": true, "gen": true, "lt": true,
}

// scriptFullStops end a sentence in the scripts that have their own:
// Ethiopic "።", Devanagari and Bengali "।" and "॥", Myanmar "။", Urdu
// "۔", Khmer "៕", and the ideographic "。", "！", "？" (an Amharic
// sentence and the Hungarian one after it are two sentences, each with its
// own years).
const scriptFullStops = "።।॥။۔៕。！？"

// maxSentence bounds a sentence's length: a longer run with no full stop
// is cut at a space. No published sentence runs that long (the corpus's
// longest is 606 bytes), but text without full stops (a pasted table, a
// hostile request) would otherwise make every figure's reading scan the
// whole run, quadratic in its length (BenchmarkAnalyzeHostile).
const maxSentence = 2000

// splitSentences splits text into sentences: at blank lines and line breaks,
// and after '.', '!', '?' or '…' followed by space and a capital, digit,
// quote or ellipsis, unless the word before the full stop is an
// abbreviation ("U.S.", "Mass.", "Jan.") or an initial; also at a script's
// own full stop (scriptFullStops), and a run longer than maxSentence is cut.
func splitSentences(text string) []sentence {
	var out []sentence
	para := 0
	emitOne := func(from, to int) {
		s := text[from:to]
		lead := len(s) - len(strings.TrimLeftFunc(s, unicode.IsSpace))
		s = strings.TrimSpace(s)
		if s != "" {
			out = append(out, sentence{text: s, start: from + lead, para: para})
		}
	}
	emit := func(from, to int) {
		for to-from > maxSentence {
			// a run with no full stop (a pasted table, hostile input):
			// cut at the last space before the bound
			cut := from + maxSentence
			if sp := strings.LastIndexAny(text[from:cut], " \t"); sp > 0 {
				cut = from + sp
			}
			for cut > from && !utf8.RuneStart(text[cut]) {
				cut--
			}
			emitOne(from, cut)
			from = cut
		}
		emitOne(from, to)
	}
	start := 0
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		if r == '\n' {
			emit(start, i)
			j := i + size
			blank := false
			for j < len(text) && (text[j] == '\n' || text[j] == '\r' || text[j] == ' ' || text[j] == '\t') {
				if text[j] == '\n' {
					blank = true
				}
				j++
			}
			if blank {
				para++
			}
			start = j
			i = j
			continue
		}
		if strings.ContainsRune(scriptFullStops, r) {
			// a full stop of a script that writes no other: the
			// sentence ends there, whatever follows
			j := i + size
			for j < len(text) {
				c, cs := utf8.DecodeRuneInString(text[j:])
				if c == '"' || c == '”' || c == '’' || c == '」' || c == '』' || c == ')' || c == '）' {
					j += cs
					continue
				}
				break
			}
			emit(start, j)
			for j < len(text) && (text[j] == ' ' || text[j] == '\t') {
				j++
			}
			start, i = j, j
			continue
		}
		if r == '.' || r == '!' || r == '?' || r == '…' {
			j := i + size
			// closing quotes and brackets stay with the sentence
			for j < len(text) {
				c, cs := utf8.DecodeRuneInString(text[j:])
				if c == '"' || c == '”' || c == '’' || c == '\'' || c == ')' {
					j += cs
					continue
				}
				break
			}
			if j < len(text) && (text[j] == ' ' || text[j] == '\t') {
				k := j
				for k < len(text) && (text[k] == ' ' || text[k] == '\t') {
					k++
				}
				if k < len(text) {
					c, _ := utf8.DecodeRuneInString(text[k:])
					if (unicode.IsUpper(c) || unicode.IsDigit(c) || c == '"' || c == '“' || c == '…' || c == '\'' || c == '‘' || c == '(') &&
						(r != '.' || !abbreviationBefore(text, i) || placeAbbreviationEnds(text, i, k)) {
						emit(start, j)
						start = k
						i = k
						continue
					}
				}
			}
		}
		i += size
	}
	emit(start, len(text))
	return out
}

func abbreviationBefore(text string, dot int) bool {
	if ordinalDay(text, dot) {
		return true
	}
	k := wordStart(text, dot)
	w := strings.ToLower(text[k:dot])
	if w == "" {
		return false
	}
	if abbreviations[w] {
		return true
	}
	// a single capital letter: an initial
	if utf8.RuneCountInString(w) == 1 {
		c, _ := utf8.DecodeRuneInString(text[k:])
		return unicode.IsUpper(c)
	}
	return false
}

// wordStart is where the word before the dot at dot begins (letters and
// dots: "U.S", "Mass").
func wordStart(text string, dot int) int {
	k := dot
	for k > 0 {
		c, s := utf8.DecodeLastRuneInString(text[:k])
		if unicode.IsLetter(c) || c == '.' {
			k -= s
			continue
		}
		break
	}
	return k
}

// placeAbbreviations are the abbreviations that can end a sentence: a
// place's ("... unlawfully in the U.S. From January to March
// this year, it arrested 36,977 people", ba-en-kvue-06).
var placeAbbreviations = map[string]bool{
	"u.s": true, "u.s.a": true, "d.c": true, "n.y": true, "n.j": true, "n.h": true, "r.i": true, "mass": true, "calif": true,
	"ariz": true, "fla": true, "conn": true, "vt": true, "pa": true, "tex": true, "wash": true, "ore": true, "ga": true,
	"ill": true, "mich": true, "minn": true, "colo": true,
}

// sentenceOpeners are words that begin a sentence and never follow a
// place's abbreviation inside one ("the U.S. Border Patrol" does not split,
// "in the U.S. From January ..." does).
var sentenceOpeners = map[string]bool{
	"The": true, "In": true, "From": true, "It": true, "But": true, "And": true, "This": true, "That": true,
	"These": true, "Those": true, "On": true, "At": true, "For": true, "During": true, "Since": true, "After": true,
	"Before": true, "When": true, "While": true, "He": true, "She": true, "They": true, "We": true, "Its": true,
	"Their": true, "According": true, "Meanwhile": true, "However": true, "There": true, "Of": true, "ICE": true,
}

// placeAbbreviationEnds: the dot at dot ends a place's abbreviation and
// the word at next opens a sentence, so the dot is a full stop too.
func placeAbbreviationEnds(text string, dot, next int) bool {
	if !placeAbbreviations[strings.ToLower(text[wordStart(text, dot):dot])] {
		return false
	}
	e := next
	for e < len(text) && (unicode.IsLetter(rune(text[e])) && text[e] < utf8.RuneSelf) {
		e++
	}
	return e < len(text) && (text[e] == ' ' || text[e] == ',') && sentenceOpeners[text[next:e]]
}

// ordinalDay: the dot ends a German day of the month ("Am 7. Januar
// 2026"), one or two digits before it and a month's name after it.
func ordinalDay(text string, dot int) bool {
	k := dot
	for k > 0 && dot-k < 3 && text[k-1] >= '0' && text[k-1] <= '9' {
		k--
	}
	if k == dot || dot-k > 2 || k > 0 && text[k-1] != ' ' && text[k-1] != '(' {
		return false
	}
	rest := strings.TrimLeft(text[dot+1:], " \u00a0")
	end := strings.IndexFunc(rest, func(r rune) bool { return !unicode.IsLetter(r) })
	if end < 0 {
		end = len(rest)
	}
	return germanMonthNames[rest[:end]]
}

var germanMonthNames = map[string]bool{"Januar": true, "Jänner": true, "Februar": true, "März": true, "April": true, "Mai": true, "Juni": true,
	"Juli": true, "August": true, "September": true, "Oktober": true, "November": true, "Dezember": true}

// clause is a part of a sentence between semicolons.
type clause struct {
	text  string
	start int // offset within the sentence
}

func splitClauses(s string) []clause {
	var out []clause
	start := 0
	for i := 0; i <= len(s); i++ {
		if i == len(s) || s[i] == ';' {
			out = append(out, clause{s[start:i], start})
			start = i + 1
		}
	}
	return out
}

var (
	monthNames = map[string]int{"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
		"august": 8, "september": 9, "october": 10, "november": 11, "december": 12, "jan": 1, "feb": 2, "mar": 3,
		"apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12}
	timeUnits = map[string]bool{"year": true, "years": true, "quarter": true, "quarters": true, "month": true, "months": true, "day": true, "days": true,
		"hour": true, "hours": true, "week": true, "weeks": true, "minute": true, "minutes": true, "mile": true,
		"miles": true, "dollars": true, "dollar": true, "cents": true, "a.m": true, "p.m": true, "am": true, "pm": true,
		"feet": true, "pounds": true, "kilograms": true, "grams": true, "acres": true, "beds": true, "seconds": true,
		"decades": true, "decade": true, "centuries": true, "times": true, "o'clock": true, "th": true, "st": true,
		"nd": true, "rd": true, "percentile": true, "billion": true}
	idWords = map[string]bool{"order": true, "no": true, "number": true, "section": true, "title": true, "form": true,
		"chapter": true, "article": true, "rule": true, "page": true, "pages": true, "route": true, "highway": true,
		"interstate": true, "fy": true, "fiscal": true, "since": false, "h.r": true, "bill": true, "act": false,
		"district": true, "ward": true, "precinct": true, "flight": true, "docket": true, "case": false, "i": true,
		"level": true,                  // "ICE Threat Level 1"
		"radio": true, "channel": true} // "News Radio 1200 WOAI" (fr-woai-01): a station
	peopleNouns = map[string]bool{"people": true, "persons": true, "person": true, "individuals": true, "aliens": true,
		"alien": true, "immigrants": true, "migrants": true, "nationals": true, "noncitizens": true, "non": true,
		"foreigners": true, "foreign": true, "illegal": true, "undocumented": true, "criminals": true,
		"offenders": true, "fugitives": true, "members": true, "men": true, "women": true, "children": true,
		"minors": true, "families": true, "adults": true, "detainees": true, "arrests": true, "removals": true,
		"deportations": true, "deportees": true, "encounters": true, "detainers": true, "returns": true,
		"arrestees": true, "convictions": true, "targets": true, "suspects": true, "workers": true,
		"residents": true, "criminal": true, "administrative": true, "at": true, "book": true, "apprehensions": true,
		"unaccompanied": true, "mexican": true, "guatemalan": true, "honduran": true, "salvadoran": true,
		"chinese": true, "indian": true, "brazilian": true, "deportable": true, "removable": true, "convicted": true,
		"gang": true, "sex": true, "murderers": true, "rapists": true, "cases": true, "detentions": true,
		"bookings": true, "initial": true, "interior": true, "ice": true, "ero": true, "more": true, "fewer": true,
		"additional": true, "were": true, "was": true, "had": true, "have": true, "are": true, "remain": true,
		"remained": true, "of": true}
	subjectVerbs = map[string]bool{"were": true, "was": true, "had": true, "have": true, "are": true, "remain": true, "remained": true}
)

var addedRe = lazyRegexp(`(?i)\badd(?:ed|s|ing)?\s+$`)

var hedgeRe = lazyRegexp(`(?i)\b(nearly|almost|approached|approaching|neared|nearing|close to|just under|just shy of|about|around|near|roughly|approximately|approx\.|some|an estimated|estimated|more than|over|upwards of|in excess of|above|exceeding|exceeded|exceeds|surpassed|surpassing|surpasses|topped|topping|at least|no fewer than|no less than|fewer than|less than|under|below|up to|at most|no more than|just over|just more than|slightly more than|a little more than|a bit more than|slightly over|a little over|barely over|just above|slightly above|a total of|an additional)\s+$`)

func hedgeComparator(h string) string {
	switch strings.ToLower(h) {
	case "nearly", "almost", "close to", "just under", "just shy of", "approached", "approaching", "neared", "nearing":
		return CmpNearly
	case "about", "around", "near", "roughly", "approximately", "approx.", "some", "an estimated", "estimated":
		return CmpAbout
	case "more than", "over", "upwards of", "in excess of", "above", "exceeding",
		"exceeded", "exceeds", "surpassed", "surpassing", "surpasses", "topped", "topping":
		return CmpMoreThan
	case "just over", "just more than", "slightly more than", "a little more than", "a bit more than", "slightly over",
		"a little over", "barely over", "just above", "slightly above":
		return CmpJustOver
	case "at least", "no fewer than", "no less than":
		return CmpAtLeast
	case "fewer than", "less than", "under", "below":
		return CmpLessThan
	case "up to", "at most", "no more than":
		return CmpAtMost
	}
	return CmpExact
}

var (
	increaseWords = map[string]bool{"up": true, "rose": true, "risen": true, "rise": true, "rising": true, "increased": true,
		"increase": true, "increases": true, "grew": true, "grown": true, "growth": true, "jumped": true, "jump": true, "climbed": true,
		"surged": true, "surge": true, "gain": true, "gained": true, "higher": true, "more": true, "spike": true, "spiked": true, "hike": true,
		// (stress run 28: verbs that were read as a share)
		"soared": true, "swelled": true, "leapt": true, "leaped": true, "rocketed": true, "ballooned": true, "skyrocketed": true,
		"mushroomed": true, "expanded": true, "advanced": true, "escalated": true, "multiplied": true, "accelerated": true,
		"climb": true, "grow": true, "soar": true, "increasing": true}
	decreaseWords = map[string]bool{"down": true, "fell": true, "fallen": true, "fall": true, "falling": true, "decreased": true,
		"decrease": true, "decreases": true, "dropped": true, "drop": true, "declined": true, "decline": true, "plunged": true,
		"plunge": true, "reduction": true, "reduced": true, "lower": true, "fewer": true, "less": true, "slid": true, "dip": true,
		"sank": true, "slipped": true, "tumbled": true, "shrank": true, "shrunk": true, "plummeted": true, "dipped": true,
		"slumped": true, "nosedived": true, "cratered": true, "dwindled": true, "eased": true, "retreated": true, "contracted": true,
		"cut": true, "sink": true, "shrink": true, "decreasing": true, "declining": true}
	superRe      = lazyRegexp(`(?i)\b(largest|highest|most|biggest|greatest|lowest|fewest|smallest)\b`)
	superScopeRe = lazyRegexp(`(?i)\b(?:under|during)\s+(?:the\s+)?(?:four\s+years\s+of\s+)?(?:President\s+)?(?:Joe\s+|Donald\s+|Barack\s+)?(?:Biden|Trump|Obama)(?:['’]s)?\s+(?:administration|presidency|tenure|years)\b|\b(?:under|during|in)\s+the\s+administration\s+of\s+(?:the\s+)?(?:President\s+)?(?:Joe\s+|Donald\s+|Barack\s+)?(?:Biden|Trump|Obama)\b|\bof any (month|year|fiscal year|quarter|week|day|administration)|\bto date\b|\bever\b|\bon record\b|\bin (?:its|the agency's|agency) history\b|\bany administration\b|\ball-time\b|\bsince records began\b|\bin (?:a|one) (month|year|fiscal year|day|week)\b(?:\s+and\s+a\s+half\b)?|` + sinceScope)
	// levelsDuringRe: "larger than detention levels during the Biden
	// presidency", "higher than the levels seen under Trump's administration"
	levelsDuringRe = lazyRegexp(`(?i)\b(higher|larger|greater|bigger|lower|smaller) than (?:(?:the|detention|detained|population)\s+){0,2}levels?\s+(?:(?:seen|recorded|reached)\s+)?(?:under|during)\s+(?:the\s+)?(?:President\s+)?(?:Joe\s+|Donald\s+|Barack\s+)?(?:Biden|Trump|Obama)(?:['’]s)?\s+(?:administration|presidency|tenure|years)\b`)
	anyPointRe     = lazyRegexp(`(?i)\b(higher|larger|greater|bigger|more|lower|smaller|fewer) than (?:at )?any (?:other )?(?:point|time)\s+(?:under|during)\s+(?:the\s+)?(?:President\s+)?(?:Joe\s+|Donald\s+|Barack\s+)?(?:Biden|Trump|Obama)(?:['’]s)?\s+(?:administration|presidency|tenure|years)\b`)
	// firstTimeOverRe: "the first time ... over 50,000" (a threshold crossed
	// for the first time); "the first time since" is a window, not this
	firstTimeOverRe = lazyRegexp(`(?i)\bthe first time\b(?:\s+in\s+(?:history|its\s+history|the\s+agency's\s+history|ice's\s+history))?([^.;:\d]{0,70}?)\b(?:over|more than|above|exceeded|exceeding|topped|topping|surpassed|surpassing|passed|crossed)\s+(\d{1,3}(?:,\d{3})+|\d{4,})\b`)
	// firstTimeWindowRe: "the first time in six years", "since 2019", "this
	// year", "under Biden": a first time within a window, not of all time
	firstTimeWindowRe = lazyRegexp(`(?i)\b(?:since|in|during|under|this|within|after|for|of)\b`)
	// firstTimeAfterWindowRe: the window written after the threshold ("the
	// first time detention topped 50,000 since 2019", "... this year",
	// "... in more than five years", "... under Trump")
	firstTimeAfterWindowRe = lazyRegexp(`(?i)^[^.;]*?\b(?:since|so far|to date|this (?:year|decade|month|term|administration|century)|in (?:[\w-]+ ){0,3}(?:years?|decades?|months?|administration|presidency|term)|under (?:president |the )?\w+|during (?:the |his |her |this )?\w+|in (?:recent|modern) \w+|in (?:his|her|the) (?:first|second) term)\b`)
	// attributedRe: "which advocates called the first time", "ICE claimed
	// it was the first time": a claim the text reports, not makes
	attributedRe = lazyRegexp(`(?i)\b(?:called|calls|claimed|claims|said|says|described|describes|touted|touts|boasted|boasts|according to|declared|declares|hailed|hails)\b`)
	recordRe     = lazyRegexp(`(?i)\b(?:a|an all-time|new|the)\s+record\b|\brecord[- ](?:high|low|numbers?|levels?|breaking)\b|\ban unprecedented (?:level|number|high|total)\b|\b(?:surpass(?:es|ed|ing)?|break(?:s|ing)?|broke|exceed(?:s|ed|ing)?) the (?:previous|prior|last) record\b`)
	universalRe  = lazyRegexp(`(?i)\b(everyone|every one|everybody|all of (?:them|those|these)|all (?:those|the people|the individuals|the aliens|the immigrants|of the people))\b[^.;]{0,60}?\b(remains?|are|were|is|had|have|has)\b`)
	multRe       = lazyRegexp(`(?i)\b(nearly |almost |more than |roughly |about )?(doubled|tripled|quadrupled|halved|doubling|tripling)\b`)
	fractionRe   = lazyRegexp(`(?i)\b(more than |nearly |almost |about |roughly |less than |fewer than |over |just over |just under |at least |under )?(a majority|the majority|half|one-half|a third|one-third|one third|two-thirds|two thirds|a quarter|one-quarter|one quarter|three-quarters|three quarters|a fifth|one-fifth|a tenth|[12]/3|[13]/4|1/2)\b`)
)

// partBeforeWholeRe: "25,471 out of 38,258 ... have no criminal record":
// the part's qualifiers come after the whole.
var partBeforeWholeRe = lazyRegexp(`(?i)^\s*(?:out of|of)\s|^\s*(?:[a-z]+\s*){0,2}?(?:,\s*(?:or|comprising|representing|making up|accounting for)|\(|—|–|\s-\s)\s*(?:or\s+)?(?:about\s+|nearly\s+|some\s+|roughly\s+)?\d`)

var outOfWordsRe = lazyRegexp(`(?i)\b(one|two|three|four|five|six|seven|eight|nine)\s+(?:out\s+)?(?:of|in)\s+(ten|five|four|three)\b`)

var directionRe = lazyRegexp(`(?i)\b(?:a|an)\s+(?:(?:slight|small|modest|sharp|significant|dramatic|large|big|steep|marked|slight overall|overall)\s+)?(increase|rise|jump|decrease|decline|drop)\s+(?:over|from|(?:when\s+)?compared (?:to|with)|since)\b`)

// vagueMoreRe: "thousands more", "hundreds fewer" (a change of at least two
// of the unit).
var vagueMoreRe = lazyRegexp(`(?i)\b(hundreds of thousands|tens of thousands|thousands|hundreds)\s+(more|fewer)\b`)

// directionVerbRe: a direction stated by an adverb and a verb, "arrests and
// deportations sharply increased during the past year" (an adverb of size:
// a bare "increased" is too often another clause's).
var directionVerbRe = lazyRegexp(`(?i)\b(?:sharply|significantly|dramatically|steeply|markedly|substantially)\s+(increased|rose|jumped|climbed|grew|decreased|declined|dropped|fell)\b|\b(?:were|was)\s+(up|down)\s+(?:in|for|during)\s+(?:fiscal|FY|the\s+(?:fiscal\s+)?year|\d{4})`)

// comparativeRe: a direction stated as "fewer people were deported in
// fiscal year 2017 than in 2016", "more immigrants were arrested in 2018
// than in 2017" (not "more than 200 people were deported").
// comparativeActiveRe: the same in the active voice ("the government
// deported in 2017 fewer illegal immigrants than last year", glossed from
// aj-es-forbes-mx-01's "deportó en 2017 menos inmigrantes ilegales que el
// año pasado"): at least one word between "fewer"/"more" and "than", so
// "deported more than 200" is no comparison.
var comparativeActiveRe = lazyRegexp(`(?i)\b(?:deported|removed|arrested)\s+(?:(?:in|during)\s+(?:fiscal\s+(?:year\s+)?)?\d{4}\s+)?(?:many\s+|far\s+|even\s+)?(fewer|more)\s+(?:[a-z-]+\s+){1,4}?than\b`)

// measureEndRe: the end of a measure noun after "in" ("in the arrests").
var measureEndRe = lazyRegexp(`(?i)^\s+(?:in|of)\s+(?:the\s+)?(?:number\s+of\s+)?(?:arrests|deportations|removals)\b`)

// measureUpDownRe: "removals overall are down" (glossed from
// aj-es-forbes-mx-08's "Las remociones en general están en baja"): a
// direction of a measure, without a figure; the period is the sentence's,
// or none (then a default the sentence does not state).
var measureUpDownRe = lazyRegexp(`(?i)\b(?:arrests|deportations|removals)\s+(?:overall\s+|in general\s+)?(?:are|were)\s+(down|up)\b`)

// figureNextRe: a figure right after ("arrests were up 37.6% in 2017",
// "up 8.9-fold"): the figure is the claim, not the bare direction.
var figureNextRe = lazyRegexp(`(?i)^\s+(?:by\s+)?(?:about\s+|nearly\s+|almost\s+|roughly\s+|around\s+|more than\s+|over\s+|some\s+)?(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|half|a\s+third|a\s+quarter|a\s+fifth)`)

// raisedMeasureRe: an agent raised or cut a measure ("ICE agents increased
// the arrests of immigrants in fiscal year 2017", glossed from
// aj-es-generacionnews-04's "aumentaron las detenciones de inmigrantes en
// el año fiscal 2017"): a change over the year before, without a figure.
// The year must follow in the clause ("se han aumentado las detenciones"
// after "since Trump's arrival", h0-latinopinion-02, names no span read).
var raisedMeasureRe = lazyRegexp(`(?i)\b(increased|decreased|reduced)\s+(?:the\s+)?(?:number\s+of\s+)?(?:arrests|deportations|removals)\b`)

var raisedMeasureYearRe = lazyRegexp(`(?i)^[^.;:]{0,40}?\b(?:in|during)\s+(?:FY\s?|fiscal\s+(?:year\s+)?)?(?:19|20)\d\d\b`)

// directionInSinceRe: "the dramatic increase in the arrests of
// undocumented immigrants since Donald Trump reached the White House"
// (glossed from aj-es-generacionnews-01): a direction of a measure since a
// start the sentence names, without a figure.
// So is "The drop of the deportations reflects a general trend ... during
// FY2017" (aj-es-enfoqueaguascalientes-03): a year the clause names after
// it.
var directionInSinceRe = lazyRegexp(`(?i)\b(?:a|an|the)\s+(?:(?:slight|small|modest|sharp|significant|dramatic|large|big|steep|marked|overall)\s+)?(increase|rise|jump|decrease|decline|drop|fall)\s+(?:in|of)\s+(?:the\s+)?(?:number\s+of\s+)?(?:arrests|deportations|removals)\b[^.;:]{0,100}?(?:\bsince\b|\b(?:in|during)\s+(?:FY\s?|fiscal\s+(?:year\s+)?)?(?:19|20)\d\d\b)`)

var comparativeRe = lazyRegexp(`(?i)\b(fewer|more)\s+(?:[a-z-]+\s+){0,3}?(?:were|was|have been|had been)\s+(?:deported|removed|arrested)\b[^.;]{0,80}?\bthan\b`)

// digitFraction: a fraction in digits ("just under 2/3", "2/3 of
// Guaranteed Minimums are empty Ghost Beds") is a share only with a hedge
// before it or "of" after it, and never a piece of a date or a ratio
// ("on 2/3/2021", "24/7", "12/3").
func digitFraction(cl string, m []int, rest string) bool {
	if m[4] > 0 && (cl[m[4]-1] == '/' || cl[m[4]-1] >= '0' && cl[m[4]-1] <= '9' || cl[m[4]-1] == '.') {
		return false
	}
	if m[5] < len(cl) && (cl[m[5]] == '/' || cl[m[5]] >= '0' && cl[m[5]] <= '9') {
		return false
	}
	return m[2] >= 0 || strings.HasPrefix(rest, "of ")
}

var fractions = map[string]float64{"a majority": 50, "the majority": 50, "half": 50, "one-half": 50, "a third": 100.0 / 3,
	"one-third": 100.0 / 3, "one third": 100.0 / 3, "two-thirds": 200.0 / 3, "two thirds": 200.0 / 3, "a quarter": 25,
	"one-quarter": 25, "one quarter": 25, "three-quarters": 75, "three quarters": 75, "a fifth": 20, "one-fifth": 20, "a tenth": 10,
	"1/3": 100.0 / 3, "2/3": 200.0 / 3, "1/4": 25, "3/4": 75, "1/2": 50}

// rankWithCountRe: the words between a rank and the count it ranks by
// ("at the 12th spot in the list of deportations, with 525", "ranked
// third with 22,381 removals"): no clause of its own, the count after
// "with".
var rankWithCountRe = lazyRegexp(`^[^.;:]{0,80}\bwith\s+(?:about\s+|some\s+|nearly\s+|almost\s+|more than\s+|over\s+|roughly\s+)?$`)

// Extract finds the quantitative claims of a text, in order. It never
// fails: text without figures gives none.
func Extract(text string) []Claim {
	var out []Claim
	sents := splitSentences(text)
	for si, s := range sents {
		if c, ok := listItemRank(sents, si); ok {
			c.Sentence, c.Clause, c.Sent, c.sentStart, c.Offset = s.text, s.text, si, s.start, s.start+c.clauseStart
			c.bounded, c.nextStart = true, len(s.text)
			c.ID = len(out) + 1
			out = append(out, c)
			continue
		}
		for _, cl := range splitClauses(s.text) {
			cs := extractClause(cl.text)
			for k := range cs {
				cs[k].bounded, cs[k].nextStart = true, len(cl.text)
				if k > 0 {
					cs[k].prevEnd = cs[k-1].clauseEnd
				}
				if k+1 < len(cs) && !partBeforeWholeRe.MatchString(cl.text[cs[k].clauseEnd:]) {
					cs[k].nextStart = cs[k+1].clauseStart
				}
			}
			for k := 1; k < len(cs); k++ {
				// "105,736 in fiscal 2017 to 105,140 in fiscal 2018": a figure
				// whose own stretch names no measure shares the noun phrase
				// (measure and qualifiers) of the one before it
				// (also a count after a rank: "Mexico was once again in first
				// place with 139,330")
				if cs[k].prevEnd > cs[k].nextStart {
					// a figure inside the stretch of the one before it (a
					// superlative's clause holding a count): nothing of its
					// own to read
					cs[k].prevEnd = min(cs[k].prevEnd, cs[k].clauseStart)
				}
				own := lowerASCII(cl.text[cs[k].prevEnd:cs[k].nextStart])
				if measureIn(own) == "" && (cs[k].Kind == cs[k-1].Kind && cs[k].Unit == cs[k-1].Unit || cs[k-1].Kind == KindRank && cs[k].Kind == KindCount) {
					cs[k].prevEnd = cs[k-1].prevEnd
				} else if cs[k-1].Kind == KindRank && cs[k].Kind == KindCount && rankWithCountRe.MatchString(lowerASCII(cl.text[cs[k-1].clauseEnd:cs[k].clauseStart])) {
					// "the People's Republic of China was at the 12th spot in
					// the list of deportations from the US, with 525"
					// (f1-amandala-13, -14): the count "with" which a
					// country or area ranks is the ranked one's, even when
					// the words between name the measure
					cs[k].prevEnd = cs[k-1].prevEnd
				}
			}
			for _, c := range cs {
				if c.Kind == KindCount && yearAfterRe.MatchString(cl.text[:c.clauseStart]) && bareYearRe.MatchString(c.Text) {
					continue // "in February and March of 2021 at around 14,000": a year
				}
				c.Sentence = s.text
				c.Clause = cl.text
				c.Sent = si
				c.sentStart = s.start
				c.clauseOff = cl.start
				c.Offset = s.start + cl.start + c.clauseStart
				c.ID = len(out) + 1
				out = append(out, c)
			}
		}
	}
	return out
}

// listItemRe: a numbered list item that is only a name: "10) New York
// City", "9) Newark".
var listItemRe = lazyRegexp(`^\s*(\d{1,2})[).]\s+(` + rankName + `)\s*$`)

// listHeaderRe: the sentence that opens a ranked list of areas or
// countries: "Here are the 10 regions that saw the largest increase in
// arrests in fiscal 2017 compared to the previous year:".
var listHeaderRe = lazyRegexp(`(?i)\bthe\s+(?:top\s+)?(\d{1,2}|five|ten|fifteen|twenty)\s+(?:regions|areas|offices|field offices|countries|nationalities)\s+(?:that|which|with)\b[^.]*?\b(largest|biggest|greatest|highest|most|fewest|lowest|smallest)\b[^.]*:\s*$`)

// listItemRank reads a numbered list item that is only a name, under a
// header that ranks the list ("Here are the 10 regions that saw the largest
// increase in arrests ...:" then "10) New York City", d4-nj18-04): the
// item's number is the name's rank, by the header's measure and order. The
// header is the sentence before or an earlier one with only list items (and
// their lines) after it.
func listItemRank(sents []sentence, si int) (Claim, bool) {
	m := listItemRe.FindStringSubmatchIndex(sents[si].text)
	if m == nil {
		return Claim{}, false
	}
	n, _ := strconv.Atoi(sents[si].text[m[2]:m[3]])
	for k := si - 1; k >= 0 && k >= si-12; k-- {
		h := listHeaderRe.FindStringSubmatch(sents[k].text)
		if h == nil {
			if len(sents[k].text) > 80 {
				return Claim{}, false // prose between: no longer the list
			}
			continue
		}
		size := ordinalValue(h[1])
		if w, ok := map[string]float64{"five": 5, "ten": 10, "fifteen": 15, "twenty": 20}[strings.ToLower(h[1])]; ok {
			size = w
		}
		if n < 1 || float64(n) > size {
			return Claim{}, false
		}
		c := Claim{Kind: KindRank, Unit: UnitCount, Comparator: CmpExact, Value: float64(n), Direction: rankDirection(h[2]), RankBy: RankCount}
		if rankChangeRe.MatchString(sents[k].text) {
			c.RankBy = RankChange
		}
		c.clauseStart, c.clauseEnd = m[2], m[1]
		c.Text = strings.TrimSpace(sents[si].text[m[2]:m[1]])
		return c, true
	}
	return Claim{}, false
}

var (
	bareYearRe  = lazyRegexp(`^(?:19[5-9]\d|20\d\d)$`)
	yearAfterRe = lazyRegexp(`(?i)(?:\b(?:of|in|during|throughout|since|from|to|until|through|after|before|and|early|late|mid)|January|February|March|April|May|June|July|August|September|October|November|December),?\s+$`)
)

// lowerASCII lower-cases ASCII letters only, so the result has the same
// byte offsets as s: positions found in one index the other. strings.ToLower
// can change the length (invalid UTF-8 becomes U+FFFD, "İ" grows), which
// FuzzExtract showed turns into an out-of-range slice.
func lowerASCII(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

// span marks clause bytes already used by a claim.
type span struct{ from, to int }

func overlaps(used []span, from, to int) bool {
	for _, u := range used {
		if from < u.to && u.from < to {
			return true
		}
	}
	return false
}

func extractClause(cl string) []Claim {
	var out []Claim
	var used []span
	toks := tokenize(cl)
	add := func(c Claim, from, to int) {
		c.clauseStart, c.clauseEnd = from, to
		c.Text = strings.TrimSpace(cl[from:to])
		out = append(out, c)
		used = append(used, span{from, to})
	}
	lowCl := lowerASCII(cl)
	// ATD sentences count people monitored ("electronically monitored
	// stood at 182,617", "GPS ankle monitors ... stands at over 20,000")
	// (and analysts' statistics over ICE's facilities table: "34390
	// guaranteed beds distributed among 50 facilities", "IGSA's (n=73)";
	// factype.go), or a list item of an ATD list: "Seattle, with more
	// than 10,000 monitored." (w-pt-braztimes-07's gloss)
	hasMeasure := measureIn(lowCl) != "" || reATD.MatchString(cl) || reMonitored.MatchString(cl) || facTableRe.MatchString(cl) || facTypeRe.MatchString(cl)

	// Universal statements: "Everyone arrested remains in ICE custody".
	if m := universalRe.FindStringIndex(cl); m != nil {
		c := Claim{Kind: KindUniversal, Comparator: CmpExact, Value: 100, Unit: UnitPercent}
		end := m[1]
		if k := strings.Index(lowCl[m[0]:], "custody"); k >= 0 && m[0]+k+7 > end {
			end = m[0] + k + 7
		}
		add(c, m[0], end)
	}
	// Multiplicative changes: "doubled", "more than tripled".
	for _, m := range multRe.FindAllStringSubmatchIndex(cl, -1) {
		if overlaps(used, m[0], m[1]) {
			continue
		}
		w := strings.ToLower(cl[m[4]:m[5]])
		c := Claim{Kind: KindChange, Unit: UnitRatio, Comparator: CmpAbout, Direction: 1}
		switch {
		case strings.HasPrefix(w, "doubl"):
			c.Value = 2
		case strings.HasPrefix(w, "tripl"):
			c.Value = 3
		case w == "quadrupled":
			c.Value = 4
		case w == "halved":
			c.Value, c.Direction = 0.5, -1
		}
		if m[2] >= 0 {
			c.Comparator = hedgeComparator(strings.TrimSpace(cl[m[2]:m[3]]))
		}
		add(c, m[0], m[1])
	}
	// Directions without a figure: "a slight increase over the previous
	// year", "a decline from FY2017".
	for _, m := range directionRe.FindAllStringSubmatchIndex(cl, -1) {
		if overlaps(used, m[0], m[1]) {
			continue
		}
		c := Claim{Kind: KindChange, Unit: UnitPercent, Comparator: CmpMoreThan, Value: 0, Direction: 1}
		if decreaseWords[strings.ToLower(cl[m[2]:m[3]])] {
			c.Direction = -1
		}
		add(c, m[0], m[1])
	}
	for _, m := range vagueMoreRe.FindAllStringSubmatchIndex(cl, -1) {
		// "thousands more illegal immigrants are being arrested this year
		// compared to last": a change of at least two thousand
		if overlaps(used, m[0], m[1]) {
			continue
		}
		v := map[string]float64{"hundreds": 200, "thousands": 2000, "tens of thousands": 20000, "hundreds of thousands": 200000}[strings.ToLower(cl[m[2]:m[3]])]
		c := Claim{Kind: KindChange, Unit: UnitCount, Comparator: CmpAtLeast, Value: v, Direction: 1}
		if strings.EqualFold(cl[m[4]:m[5]], "fewer") {
			c.Direction = -1
		}
		add(c, m[0], m[1])
	}
	for _, m := range directionVerbRe.FindAllStringSubmatchIndex(cl, -1) {
		if overlaps(used, m[0], m[1]) {
			continue
		}
		c := Claim{Kind: KindChange, Unit: UnitPercent, Comparator: CmpMoreThan, Value: 0, Direction: 1}
		w := m[2:4]
		if w[0] < 0 {
			w = m[4:6] // "were up in fiscal year 2017"
		}
		if decreaseWords[strings.ToLower(cl[w[0]:w[1]])] {
			c.Direction = -1
		}
		end := m[1]
		if m[4] >= 0 {
			end = m[5] // the claim is "were up"; the period is the sentence's
		}
		add(c, m[0], end)
	}
	for _, m := range surpassFirstTermPeakRe.FindAllStringIndex(cl, -1) {
		// above the first Trump term's peak: a rise of more than nothing
		// from it (ice_removals.go)
		if !overlaps(used, m[0], m[1]) {
			add(Claim{Kind: KindChange, Unit: UnitPercent, Comparator: CmpMoreThan, Value: 0, Direction: 1}, m[0], m[1])
		}
	}
	for _, m := range directionInSinceRe.FindAllStringSubmatchIndex(cl, -1) {
		if overlaps(used, m[0], m[1]) {
			continue
		}
		c := Claim{Kind: KindChange, Unit: UnitPercent, Comparator: CmpMoreThan, Value: 0, Direction: 1}
		if decreaseWords[strings.ToLower(cl[m[2]:m[3]])] {
			c.Direction = -1
		}
		// the claim is the noun and its measure; the start is the
		// sentence's period
		low := strings.ToLower(cl[m[0]:m[1]])
		end := m[0] + strings.Index(low, " in ")
		if k := strings.Index(low, " of "); k >= 0 && (k < end-m[0] || end < m[0]) {
			end = m[0] + k
		}
		if k := measureEndRe.FindStringIndex(cl[end:m[1]]); k != nil {
			end += k[1]
		}
		add(c, m[0], end)
	}
	// changes stated without a figure, each with the word of its group 1
	// that says a fall: "removals overall are down" (none after it),
	// "increased the arrests ... in 2018" (a year after it), "deported
	// fewer X than", "fewer were deported than"
	for _, d := range []struct {
		re    *lazyRE
		after func(rest string) bool // what the text after the match must be
		fall  func(w string) bool
	}{
		{measureUpDownRe, func(rest string) bool { return !figureNextRe.MatchString(rest) }, func(w string) bool { return strings.EqualFold(w, "down") }},
		{raisedMeasureRe, raisedMeasureYearRe.MatchString, func(w string) bool { return !strings.EqualFold(w, "increased") }},
		{comparativeActiveRe, nil, func(w string) bool { return strings.EqualFold(w, "fewer") }},
		{comparativeRe, nil, func(w string) bool { return strings.EqualFold(w, "fewer") }},
	} {
		for _, m := range d.re.FindAllStringSubmatchIndex(cl, -1) {
			if overlaps(used, m[0], m[1]) || d.after != nil && !d.after(cl[m[1]:]) {
				continue
			}
			c := Claim{Kind: KindChange, Unit: UnitPercent, Comparator: CmpMoreThan, Value: 0, Direction: 1}
			if d.fall(cl[m[2]:m[3]]) {
				c.Direction = -1
			}
			add(c, m[0], m[1])
		}
	}
	// "Seven out of ten (25,875)": a share in words
	for _, m := range outOfWordsRe.FindAllStringSubmatchIndex(cl, -1) {
		if overlaps(used, m[0], m[1]) {
			continue
		}
		a, b := smallNumbers[strings.ToLower(cl[m[2]:m[3]])], smallNumbers[strings.ToLower(cl[m[4]:m[5]])]
		if b == 0 || a >= b {
			continue
		}
		// "one in four" is the share whose "one in N" rounds to four: 1/4.5
		// to 1/3.5 (22 % to 29 %), not the numerator rounded (one of four
		// is 1.33 of four for 33 %, which a reader calls one in three)
		add(Claim{Kind: KindShare, Unit: UnitPercent, Value: 100 * a / b, Comparator: CmpAbout, Tolerance: math.Max(2.5, 100*a/(b-0.5)-100*a/b)}, m[0], m[1])
	}
	// Fractions as shares: "more than half", "a third", "two-thirds".
	for _, m := range fractionRe.FindAllStringSubmatchIndex(cl, -1) {
		if overlaps(used, m[0], m[1]) {
			continue
		}
		w := strings.ToLower(cl[m[4]:m[5]])
		rest := strings.TrimSpace(lowCl[m[1]:])
		if strings.Contains(w, "/") && !digitFraction(cl, m, rest) {
			continue
		}
		// "a third time", "half an hour", "the first half of": not shares.
		if strings.HasPrefix(rest, "time") || strings.HasPrefix(rest, "an hour") || strings.HasPrefix(rest, "a ") ||
			strings.HasPrefix(rest, "century") || strings.HasPrefix(rest, "of the year") || strings.HasPrefix(rest, "of fy") ||
			strings.HasPrefix(rest, "of fiscal") || strings.HasPrefix(rest, "of the fiscal") || strings.HasPrefix(rest, "-") {
			continue
		}
		before := strings.TrimSpace(lowCl[:m[0]])
		if strings.HasSuffix(before, "first") || strings.HasSuffix(before, "second") || strings.HasSuffix(before, "the") && !strings.HasPrefix(w, "the") {
			continue
		}
		if (w == "a quarter" || w == "one quarter" || w == "one-quarter") && !strings.HasPrefix(rest, "of") && fractionChange(lowCl[:m[0]], rest) == 0 {
			continue
		}
		// a fraction is a coarse figure: "nearly a third" is 30-33 %
		c := Claim{Kind: KindShare, Unit: UnitPercent, Value: fractions[w], Comparator: CmpAbout, Tolerance: math.Max(2.5, fractions[w]/10)}
		if w == "a majority" || w == "the majority" {
			c.Comparator = CmpMoreThan
		}
		if m[2] >= 0 {
			c.Comparator = hedgeComparator(strings.TrimSpace(cl[m[2]:m[3]]))
		}
		if d := fractionChange(lowCl[:m[0]], rest); d != 0 {
			// "jumped by nearly a third", "roughly one-third more people
			// than the previous year": a percent change, not a share
			c.Kind, c.Direction = KindChange, d
		}
		add(c, m[0], m[1])
	}

	// Figures in digits or words.
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if overlaps(used, t.start, t.end) {
			continue
		}
		n, ok := parseNumber(toks, i)
		if !ok {
			continue
		}
		if skipNumber(cl, toks, i, n) || inCoverage(cl, t.start, toks, n.next) {
			i = n.next - 1
			continue
		}
		start, end := t.start, toks[n.next-1].end
		c := Claim{Kind: KindCount, Unit: UnitCount, Value: n.value, Comparator: CmpExact, Tolerance: n.tolerance}
		j := n.next
		// percent
		pct, points := false, false
		if j+1 < len(toks) && (toks[j].low == "percentage" || toks[j].low == "percent" || toks[j].s == "%") && (toks[j+1].low == "points" || toks[j+1].low == "point") {
			// "fell 8 percentage points": a difference of shares, never a count
			pct, points, end, j = true, true, toks[j+1].end, j+2
		} else if j < len(toks) && (toks[j].s == "%" || toks[j].low == "percent" || toks[j].low == "pct") {
			pct, end, j = true, toks[j].end, j+1
		} else if j+1 < len(toks) && toks[j].low == "per" && toks[j+1].low == "cent" {
			pct, end, j = true, toks[j+1].end, j+2
		} else if j+1 < len(toks) && toks[j].s == "-" && (toks[j+1].low == "percent" || toks[j+1].low == "pct") {
			// "a 25-percent increase"
			pct, end, j = true, toks[j+1].end, j+2
		} else if j+1 < len(toks) && toks[j].s == "-" && !toks[j+1].num && toks[j].start == toks[j-1].end {
			// "a 25-year-old", "a 10-day": a compound adjective, not a figure
			i = n.next - 1
			continue
		}
		// range: "between 1,200 and 1,500", "1,200 to 1,500", "1,200-1,500"
		// (not the steps of "went from 110,104 to 143,470 to 158,581")
		if j+1 < len(toks) && (toks[j].low == "to" || toks[j].s == "-" || toks[j].s == "–" || toks[j].low == "and" && prevWord(toks, i) == "between") {
			if n2, ok := parseNumber(toks, j+1); ok && n2.value > n.value && prevWord(toks, i) != "from" && prevWord(toks, i) != "to" && wordBeforeHedge(toks, i) != "by" &&
				(!pct || n2.next < len(toks) && (toks[n2.next].s == "%" || toks[n2.next].low == "percent")) {
				c.Comparator, c.Value2 = CmpRange, n2.value
				end = toks[n2.next-1].end
				j = n2.next
				if j < len(toks) && (toks[j].s == "%" || toks[j].low == "percent") {
					pct, end, j = true, toks[j].end, j+1
				}
				if prevWord(toks, i) == "between" {
					start = toks[i-1].start
				}
			}
		}
		// hedge before
		if c.Comparator == CmpExact {
			// only the few words before the figure can hedge it
			w0 := max(0, start-40)
			if m := hedgeRe.FindStringSubmatchIndex(cl[w0:start]); m != nil {
				h := strings.ToLower(cl[w0+m[2] : w0+m[3]])
				if h == "up to" && addedRe.MatchString(cl[w0:w0+m[2]]) {
					h = "" // "added up to 41,318": a total, not a bound
				}
				if cmp := hedgeComparator(h); cmp != CmpExact {
					c.Comparator = cmp
					start = w0 + m[2]
				}
			}
		}
		if c.Comparator == CmpExact && n.tolerance > 0 && !(pct && n.tolerance < 0.5) && !(n.tolerance >= 1 && sigDigits(c.Value) >= 3) {
			// "1.5 million" is a rounded figure; "34.6 percent" is stated to
			// its decimal (compare: rounded or truncated). "215 thousand"
			// ("215 mil", am-pt-acheiusa18-05) is stated to the thousand,
			// as "215,000" is: not anything within a twentieth
			c.Comparator = CmpAbout
		}
		rj := j
		if rj < len(toks) && (peopleNoun(toks[rj].low) || measureIn(toks[rj].low) != "") && !subjectVerbs[toks[rj].low] {
			rj++ // "700 people a day", "400 arrests per day"
		}
		if !pct && (j < len(toks) && toks[j].low == "daily" || dailyRateRe.MatchString(lowCl[:start]) || dailyFromToRe.MatchString(lowCl[:start]) || dailyFigureRoseRe.MatchString(lowCl[:start]) || dailyAverageNumberRe.MatchString(lowCl[:start]) || rj > 0 && verbDailyRe.MatchString(lowCl[toks[rj-1].end:])) {
			// "an average of 990 daily initial book-ins", "the daily rate
			// of 1,224 arrests": a daily average
			c.PerDays = 1
		} else if !pct && weeklyRateRe.MatchString(lowCl[:start]) {
			// "the weekly average of approximately 5,000" (cn-es-newsweekes-03,
			// glossed): an average over weeks
			c.PerDays = 7
		}
		if !pct && rj+1 < len(toks) && (toks[rj].low == "each" || toks[rj].low == "a" || toks[rj].low == "per" || toks[rj].low == "every") && rateDays[toks[rj+1].low] > 0 {
			j = rj
			// "by around 400 each day": a rate of change
			// "by around 400 each day" after "increasing": a rate of change;
			// "deported about 700 people a day": a daily average
			c.PerDays = rateDays[toks[j+1].low]
			if dir, changed := rateDirection(lowCl[max(0, start-60):start]); changed && !rateLevelRe.MatchString(lowCl[:start]) {
				c.Kind, c.Direction = KindChange, dir
			}
			end, j = toks[j+1].end, j+2
			add(c, start, end)
			i = j - 1
			continue
		}
		if pct {
			c.Unit = UnitPercent
			c.Kind = KindShare
			if c.Tolerance == 0 {
				c.Tolerance = 0.5
			}
			if dir := changeAround(toks, i, j); dir != 0 {
				c.Kind, c.Direction = KindChange, dir
			}
			if points {
				c.Unit, c.Kind = UnitPoints, KindChange
				if c.Direction == 0 {
					c.Direction = 1
					c.Comparator = CmpAbout // no direction read: the size only
				}
			}
		} else {
			// "15,111 more arrests ... than", "an increase of 33,366"
			if dir := countChange(toks, i, j, lowCl); dir != 0 {
				c.Kind, c.Direction = KindChange, dir
			} else if !hasMeasure && !countCandidate(toks, j) && !numberAnaphorRe.MatchString(lowCl[:t.start]) && !countryTally(lowCl, start) && !areaTally(cl, start) &&
				!(thereWereRe.MatchString(lowCl[:t.start]) && (j == len(toks) || toks[j].s == "." || toks[j].s == ",")) &&
				!(comparedStartRe.MatchString(lowCl[:t.start]) && comparedPeriodRe.MatchString(lowCl[end:])) &&
				!agencyByAfterRe.MatchString(cl[end:]) && !inYearList(lowCl, t.start) && !inTotalRe.MatchString(lowCl[end:]) {
				// ("27,475 by ICE, 3,798 by CBP": an agency's part of the
				// count before; "...; 387 in 2016 and 474 in 2017": the
				// next items of a list of yearly figures)
				i = n.next - 1
				continue
			}
		}
		add(c, start, end)
		i = j - 1
	}

	// Ranks among areas: "the fifth-highest", "came in 10th" (rank.go).
	rks, used2 := rankClaims(cl, used)
	out, used = append(out, rks...), used2

	// Superlatives: "the largest total ... of any month", "a record".
	if m := quantitySuperlative(cl); m != nil && !overlaps(used, m[0], m[1]) && !otherLevel(lowCl, m[0]) {
		if sc := superScope(cl, m[1]); sc != nil && sc[0] < 160 {
			// extend to the last scope phrase nearby: "the largest total to
			// date in the state of any month"
			for _, more := range superScopeRe.FindAllStringIndex(cl[m[1]:], -1) {
				if more[0] < 160 && !personalRecord(cl, m[1]+more[0]) {
					sc = more
				}
			}
			c := Claim{Kind: KindSuperlative, Direction: 1}
			switch strings.ToLower(cl[m[2]:m[3]]) {
			case "lowest", "fewest", "smallest":
				c.Direction = -1
			}
			from := m[0]
			if k := strings.LastIndex(lowCl[:m[0]], "the "); k >= 0 && m[0]-k <= 4 {
				from = k
			}
			add(c, from, m[1]+sc[1])
		}
	} else if m := notSeenRe.FindStringSubmatchIndex(cl); m != nil && !overlaps(used, m[0], m[1]) && hasMeasure {
		// "decreased to levels not seen since last fall": the lowest since
		c := Claim{Kind: KindSuperlative, Direction: 1}
		if fallRe.MatchString(cl[:m[0]]) || strings.EqualFold(cl[m[2]:m[3]], "lows") {
			c.Direction = -1
		}
		add(c, m[0], m[1])
	} else if m := anyPointRe.FindStringSubmatchIndex(cl); m != nil && !overlaps(used, m[0], m[1]) && hasMeasure {
		// "remains higher than at any point during the Biden
		// administration": a superlative within the window named
		add(comparedSuperlative(cl[m[2]:m[3]]), m[0], m[1])
	} else if m := levelsDuringRe.FindStringSubmatchIndex(cl); m != nil && !overlaps(used, m[0], m[1]) && hasMeasure {
		// "the current detained population is substantially larger than
		// detention levels during the Biden presidency" (o-usimmigrationmy-04):
		// the comparison anyPointRe reads, with the window's levels for its
		// points; the writer may mean their usual level, not the highest,
		// so it is never contradicted (detentionPass: levelsDuring)
		add(comparedSuperlative(cl[m[2]:m[3]]), m[0], m[1])
	} else if m := firstTimeOverRe.FindStringSubmatchIndex(cl); m != nil && hasMeasure && !firstTimeWindowRe.MatchString(cl[m[2]:m[3]]) &&
		!firstTimeAfterWindowRe.MatchString(cl[m[1]:]) && !attributedRe.MatchString(window(lowCl, m[0]-60, m[0])) {
		// "marking the first time these facilities have detained over
		// 50,000 people at once": no earlier count above 50,000, a
		// superlative with a threshold (the count itself is a claim of its
		// own)
		if v, err := strconv.ParseFloat(strings.ReplaceAll(cl[m[4]:m[5]], ",", ""), 64); err == nil && v >= 1000 {
			add(Claim{Kind: KindSuperlative, Direction: 1, Comparator: CmpMoreThan, Value: v}, m[0], m[0]+len("the first time"))
		}
	} else if m := recordRe.FindStringIndex(cl); m != nil && !overlaps(used, m[0], m[1]) && (hasMeasure || demonstrativeRe.MatchString(cl)) && !otherLevel(lowCl, m[0]) {
		// (a record of the figure before: "This figure ... surpasses the
		// previous record", m-lawsb-02; interpret reads it as that figure's)
		c := Claim{Kind: KindSuperlative, Direction: 1}
		if strings.Contains(strings.ToLower(cl[m[0]:m[1]]), "low") || recordLowRe.MatchString(cl[m[1]:]) {
			// "a record low of 13,258" (stress run 27: read as a high)
			c.Direction = -1
		}
		add(c, m[0], m[1])
	}
	// A facility type's superlative: "Private facilities are the most
	// common facility type", "Service Processing Centers (SPC) have the
	// highest ADP by type" (factype.go).
	if m := typeSuperRe.FindStringIndex(cl); m != nil && !overlaps(used, m[0], m[1]) && (facTypeRe.MatchString(cl) || privateRe.MatchString(cl)) {
		add(Claim{Kind: KindSuperlative, Direction: 1}, m[0], m[1])
	}
	sortByStart(out)
	return out
}

func sortByStart(cs []Claim) {
	for i := 1; i < len(cs); i++ {
		for j := i; j > 0 && cs[j].clauseStart < cs[j-1].clauseStart; j-- {
			cs[j], cs[j-1] = cs[j-1], cs[j]
		}
	}
}

// wordBeforeHedge is the word before a figure and its hedge ("by" in "up
// by over 18,000 to 182,607": a change and the level it reached, not a
// range).
func wordBeforeHedge(toks []token, i int) string {
	k := i - 1
	for k >= 0 && hedgeToken[toks[k].low] {
		k--
	}
	if k >= 0 {
		return toks[k].low
	}
	return ""
}

func prevWord(toks []token, i int) string {
	if i > 0 {
		return toks[i-1].low
	}
	return ""
}

// yearDeterminers, yearEventNouns: "the 2017 deportations", "its 2018
// arrests" (skipNumber).
var (
	yearDeterminers = map[string]bool{"the": true, "its": true, "their": true, "this": true, "that": true, "ice's": true, "ice’s": true}
	yearEventNouns  = map[string]bool{"deportations": true, "removals": true, "arrests": true, "apprehensions": true, "detentions": true, "encounters": true, "expulsions": true}
)

// skipNumber tells figures that are not claims: years, days of the month,
// identifiers (287(g), I-247A, FY2017, Executive Order 13,768), money, ages,
// durations, list markers.
// placeCountNouns: what a number of places counts ("two Caribbean
// islands", "deportations to 197 countries").
var placeCountNouns = map[string]bool{"countries": true, "nations": true, "islands": true}

// splitYearRe: a year and a dash right before a figure ("2017-18").
var splitYearRe = lazyRegexp(`\b(?:(?:19|20)\d\d|FY\s?\d\d)[-–]$`)

func skipNumber(cl string, toks []token, i int, n number) bool {
	t := toks[i]
	if !t.num && i >= 2 && toks[i-1].s == "-" && toks[i-2].num && toks[i-2].end == toks[i-1].start && toks[i-1].end == t.start {
		// "7-Eleven": a name, not eleven of anything
		return true
	}
	if t.num {
		// glued to letters or brackets: identifiers and ordinals
		if t.start > 0 {
			r, _ := utf8.DecodeLastRuneInString(cl[:t.start])
			if unicode.IsLetter(r) || r == '$' || r == '#' || r == '§' || r == '/' || r == '.' {
				return true
			}
			if (r == '-' || r == '–') && len(t.s) == 2 && splitYearRe.MatchString(cl[:t.start]) {
				return true // "fiscal 2017-18": the second half of a year
			}
			if r == '-' && t.start > 1 {
				r2, _ := utf8.DecodeLastRuneInString(cl[:t.start-1])
				if unicode.IsLetter(r2) {
					return true
				}
			}
			if r == ':' {
				return true
			}
			if r == '(' && t.end < len(cl) && cl[t.end] == ')' && n.value < 100 && !strings.Contains(t.s, ",") && !countryTally(strings.ToLower(cl), t.start) {
				// a list marker: (1); "(25,875)" is a figure, and so is a
				// country's count in brackets, "Samoa (3), Fiji (12)"
				// (at-en-looptonga-02)
				return true
			}
		}
		last := toks[n.next-1]
		if last.end < len(cl) {
			r, _ := utf8.DecodeRuneInString(cl[last.end:])
			if unicode.IsLetter(r) || r == '(' || r == '/' {
				return true
			}
			if r == ':' && last.end+1 < len(cl) && cl[last.end+1] >= '0' && cl[last.end+1] <= '9' {
				return true // a time of day
			}
		}
		// years
		if !strings.Contains(t.s, ",") && !strings.Contains(t.s, ".") && len(t.s) == 4 && n.value >= 1950 && n.value <= 2099 && n.next == i+1 {
			if !(n.next < len(toks) && (toks[n.next].s == "%" || toks[n.next].low == "percent" || peopleNoun(toks[n.next].low) && !subjectVerbs[toks[n.next].low] && toks[n.next].low != "of")) {
				return true
			}
			if i > 0 && yearDeterminers[toks[i-1].low] && n.next < len(toks) && yearEventNouns[toks[n.next].low] {
				// "The 2017 deportations were lower than ..."
				// (bi-en-reuters-02): a year naming the events, not 2,017
				return true
			}
		}
	}
	if i > 0 {
		p := toks[i-1].low
		if idWords[p] {
			return true
		}
		if p == "." && i > 1 && n.value <= 31 && !strings.Contains(t.s, ",") {
			// "Jan. 20", "Sept. 30"
			if _, ok := monthNames[toks[i-2].low]; ok {
				return true
			}
		}
		if _, ok := monthNames[p]; ok && n.value <= 31 && !strings.Contains(t.s, ",") {
			return true
		}
		if p == "$" || p == "age" || p == "aged" || p == "ages" {
			return true
		}
		if p == "[" && n.next < len(toks) && toks[n.next].s == "]" {
			// a citation marker: "federal agencies.[3]"
			return true
		}
	}
	if n.next < len(toks) {
		w := toks[n.next].low
		if timeUnits[w] && !(w == "days" && stayRe.MatchString(cl)) {
			// "34 days" is a figure where the text speaks of the average
			// length of stay in detention
			return true
		}
		if w == "offices" || (w == "field" || w == "ice" || w == "ero") && n.next+1 < len(toks) && toks[n.next+1].low == "offices" {
			// "just five ICE Field Offices": a number of offices, not of people
			return true
		}
		if placeCountNouns[w] || n.next+1 < len(toks) && placeCountNouns[toks[n.next+1].low] && !peopleNoun(w) {
			// "two Caribbean islands", "197 countries": a number of places
			return true
		}
		if _, ok := monthNames[w]; ok && n.value <= 31 && !strings.Contains(t.s, ",") && !strings.Contains(t.s, ".") {
			// a day-first date: "(15 Mar 2021)", "8 February 2024" ("5 may
			// be" is a figure: "may" only with a year after it)
			if y := n.next + 1; w != "may" && w != "mar" || y < len(toks) && len(toks[y].s) == 4 && strings.HasPrefix(toks[y].s, "20") {
				return true
			}
		}
		// "the preceding three fiscal years", "two consecutive months"
		if n.next+1 < len(toks) && timeUnits[toks[n.next+1].low] {
			switch w {
			case "fiscal", "calendar", "consecutive", "straight", "full", "previous", "preceding", "prior", "past", "more", "additional":
				return true
			}
		}
		if w == "-" && n.next+1 < len(toks) && timeUnits[toks[n.next+1].low] {
			return true
		}
	}
	return false
}

func peopleNoun(w string) bool { return peopleNouns[w] }

// weeklyRateRe: "a weekly average of 5,000".
var weeklyRateRe = lazyRegexp(`\bweekly (?:rate|average) of\s+(?:about\s+|nearly\s+|roughly\s+|around\s+|approximately\s+|more than\s+|over\s+)?$`)

// dailyRateRe: "the daily rate of 1,224", "a daily average of 990".
var dailyRateRe = lazyRegexp(`\bdaily (?:rate|average) of\s+(?:about\s+|nearly\s+|roughly\s+|around\s+|more than\s+|over\s+)?$`)

// dailyFromToRe: a daily count that went from one figure to another, both
// daily averages ("the daily arrests went from 1,224 in June to 990 in
// July", TRAC's rates of book-ins, relayed by s-pt-tdtnews-01); "daily"
// stands before the noun, away from either figure.
var dailyFromToRe = lazyRegexp(`\bdaily (?:arrests|book-?ins|bookings|removals|deportations)\b[^.;:\d]{0,30}?\b(?:went|fell|rose|dropped|climbed|increased|decreased|declined|grew|jumped)\s+from\s+(?:about\s+|nearly\s+|around\s+)?(?:[\d,.]+\s+(?:in|on|during)\s+[a-z]+(?:\s+\d{4})?\s+to\s+(?:about\s+|nearly\s+|around\s+)?)?$`)

// dailyFigureRoseRe: a daily average the sentence gave, then "a figure
// that rose to" another ("a daily average of 666 daily arrests from
// January to June 2025, a figure that rose to 990 during July",
// aj-es-noticiaslatam-01, glossed): the second figure is a daily average
// too.
var dailyFigureRoseRe = lazyRegexp(`\bdaily (?:average|rate)\b[^.;:]{0,80}?\b(?:a\s+|the\s+)?figure\s+(?:that|which)\s+(?:rose|fell|climbed|dropped|grew|increased|decreased|declined|jumped)\s+to\s+(?:about\s+|nearly\s+|around\s+|roughly\s+)?$`)

// dailyAverageNumberRe: fr-trac250815-02, "slightly fewer daily arrests
// took place than in July ... and the average number of arrests thus far in
// August was 1,007": in a clause on daily counts, the average number of
// them is a daily average.
var dailyAverageNumberRe = lazyRegexp(`\bdaily (arrests|book-?ins|bookings|removals|deportations)\b(?:[^.;:]|\.\d){0,140}?\bthe average number of (?:daily )?(arrests|book-?ins|bookings|removals|deportations)\b[^.;:\d]{0,40}?\b(?:was|were|is|stood at|came to)\s+(?:about\s+|nearly\s+|roughly\s+|around\s+|just\s+)?$`)

// rateDays: the days of a rate's unit ("each day", "a week").
// verbDailyRe: "More than 400 people have been arrested daily": a daily
// average, the rate after the verb.
var verbDailyRe = lazyRegexp(`^\s+(?:(?:have|has|had|were|was|are|is|being|been)\s+)*(?:arrested|deported|removed|detained|booked|apprehended|expelled|encountered|released)\s+(?:daily|a day|per day|each day|every day)\b`)

var rateDays = map[string]float64{"day": 1, "week": 7, "month": 30.4}

// rateDirection: "increasing ... by 400 each day" (+1), "falling by" (-1);
// changed is false when no word of change stands before the rate (a daily
// average: "deported about 700 people a day").
// rateLevelRe: a rate the count rose or fell to is its level, not a rate
// of change (j-trac-a4746-02: "The number continued to rise to about 860
// a month in the first half of 2018"; "by 400 a day" stays a change).
var rateLevelRe = lazyRegexp(`\bto\s*$`)

func rateDirection(before string) (int, bool) {
	d, changed := 1, false
	for _, w := range strings.FieldsFunc(before, func(r rune) bool { return !(r >= 'a' && r <= 'z') }) {
		switch {
		case w == "more":
		case increaseWords[w] || w == "increasing" || w == "growing" || w == "adding":
			d, changed = 1, true
		case decreaseWords[w] || w == "decreasing" || w == "declining" || w == "dropping" || w == "shedding":
			d, changed = -1, true
		}
	}
	return d, changed
}

// numberAnaphorRe: "that number jumped to 2,535", "the number was still
// roughly 21,000": the figure counts what the sentence before counted.
// inTotalRe: "ICE reported 893 in total": a count of what the text is
// about, though no noun follows it.
var inTotalRe = lazyRegexp(`^\s+(?:in\s+total|total|all\s+told)\b`)

var numberAnaphorRe = lazyRegexp(`(?i)\b(?:that|this|these|those) (?:numbers?|figures?|totals?|counts?)\b|\bthe (?:(?:fy ?)?\d{4} |latest |new )?(?:numbers|figures|totals) (?:did |have |had |were |are |also |then )?(?:drop|dropp|fell|rose|r[ai]se|climb|jump|increas|decreas|declin|grew|grow|dip|is|are|were|was|show|reached|hit)|\bthe (?:number|figure|total|count)(?:,\s+(?:however|though|in turn|meanwhile|also|too|then|by contrast),)? (?:was|is|had|has|stood|rose|fell|jumped|climbed|dropped|grew|reached|hit|increased|decreased|declined|exceeds|exceeded|surpasses|surpassed|tops|topped)\b|^\W*(?:that|this|it|they|these|those) (?:then )?(?:rose|fell|jumped|climbed|dropped|grew|increased|decreased|declined|swelled) (?:again )?to\b|\b(?:counts|numbers|totals|levels|figures) (?:stabilized|stabilised|hovered|leveled off|levelled off|settled|plateaued|held steady|remained|stayed)\b` +
	// j-trac-a4746-02: "The number continued to rise to about 860 a month"
	`|\bthe (?:number|figure|total|count) (?:continued|continues|has continued) to (?:rise|fall|climb|grow|increase|decrease|decline|drop)\b`)

// yearListItemRe: the yearly figures a clause starts with ("387 in 2016
// and 474 in 2017").
var yearListItemRe = lazyRegexp(`^\s*(?:and\s+)?` + yearListItem + `(?:(?:\s*,\s*|\s+and\s+|\s*,\s*and\s+)` + yearListItem + `)*`)

const yearListItem = `(?:about\s+|some\s+|nearly\s+|almost\s+|over\s+)?\d[\d,]*\s+in\s+(?:fiscal\s+(?:year\s+)?|fy\s*)?(?:19|20)\d\d\b`

// inYearList tells whether the figure at pos is one of the yearly figures
// a clause is made of: "The figure was 296 in 2015; 387 in 2016 and 474 in
// 2017" (after the semicolon, the list goes on with no noun).
func inYearList(lowCl string, pos int) bool {
	m := yearListItemRe.FindStringIndex(lowCl)
	return m != nil && pos < m[1]
}

// comparedStartRe and comparedPeriodRe: a sentence that gives only the
// figure of an earlier period to compare with, its measure the sentence
// before's ("That compared with about 10,000 in the previous two-week
// period", "There were just over 30,000 in the same period of 2016", the
// gloss of z-it-affari-04's "Erano stati poco più di 30.000 nello stesso
// periodo del 2016"). The measure is carried, so the figure may be
// supported, never contradicted.
var (
	comparedStartRe  = lazyRegexp(`^\W*(?:(?:that|this|it)\s+(?:compared|compares|compare)\s+(?:with|to)|(?:that|this|it)\s+(?:was|is)\s+(?:up|down)\s+from|(?:there|they)\s+(?:were|had been|have been)|versus|compared\s+(?:with|to))\s+(?:(?:only|just|about|nearly|roughly|around|approximately|almost|over|more than|fewer than|less than|under|some|slightly more than|just over|a little more than|just under)\s+)*(?:the\s+)?$`)
	comparedPeriodRe = lazyRegexp(`^\s*(?:(?:in|during|over|for)\s+(?:the\s+same\s+(?:time\s+)?period|that\s+(?:same\s+)?period|the\s+(?:previous|prior|preceding)\s+|(?:fiscal\s+(?:year\s+)?)?(?:19|20)\d\d\b)|(?:a|one)\s+year\s+(?:earlier|before|ago)\b|the\s+(?:year|month)\s+before\b|last\s+year\b)`)
)

// thereWereRe: "In 2009, there were 297,898 arrests by ICE. In 2017 there
// were only 143,470.": a figure that ends its clause after "there were"
// counts what the sentence before counted (interpret.go carries the measure).
var thereWereRe = lazyRegexp(`\bthere (?:were|was|are|had been|have been) (?:(?:only|just|about|nearly|roughly|around|approximately|almost|over|more than|fewer than|less than|under|some) )*$`)

// countCandidate: a figure in a clause without a measure word is a claim
// when a person or event noun follows it closely ("11 million immigrants")
// or it is the subject of a verb ("790 were charged").
// countryTallyRe: the words between a country and the figure right after
// it in a list of countries' counts ("Dominica 10, Grenada 10",
// "followed by Jamaica 787", "Grenada (nine)", "the Jamaican total as 787").
var countryTallyRe = lazyRegexp(`^(?:\s*(?:with|:|\(|-|–|—|total(?:\s+was|\s+as|\s+of|\s+at)?)?\s*(?:some|about|nearly|around|roughly)?\s*)$`)

// countryTally: a figure right after a country's name, in a list of
// countries' counts. Its measure comes from the sentences before
// (interpret.go), so it is checked only when they name one.
func countryTally(lowCl string, start int) bool {
	w := window(lowCl, start-60, start)
	ms := countryRe.FindAllStringIndex(notCitizenship(w), -1)
	return len(ms) > 0 && countryTallyRe.MatchString(w[ms[len(ms)-1][1]:])
}

func countCandidate(toks []token, j int) bool {
	for k := j; k < len(toks) && k < j+4; k++ {
		if peopleNoun(toks[k].low) {
			return true
		}
		if toks[k].s == "," || toks[k].s == "." {
			return false
		}
	}
	return false
}

// changeAround finds the direction of a percentage change around a figure:
// "up 30 percent", "rose by 12%", "a 30 percent rise", "an 11% increase",
// "a decrease of nearly 10 percent", "30 percent more than".
func changeAround(toks []token, i, j int) int {
	for k := j; k < len(toks) && k < j+2; k++ {
		if d := dirWord(toks[k].low); d != 0 {
			return d
		}
	}
	k := i - 1
	for k >= 0 && hedgeToken[toks[k].low] {
		k--
	}
	if k >= 1 && toks[k].low == "to" && dirWord(toks[k-1].low) != 0 {
		// "has dropped to 40%", "rose to 60 percent": the level reached,
		// not the change
		return 0
	}
	if k >= 1 && toks[k].low == "from" && (toks[k-1].low == "up" || toks[k-1].low == "down") {
		// "55 percent of ICE removals in fiscal 2018, down from 57 percent
		// a year earlier": the earlier level, not a change
		return 0
	}
	if percentFromTo(toks, k, j) {
		// "Mexico's share fell from 62 percent in fiscal 2016 to 55
		// percent in fiscal 2018": two levels, neither a change
		return 0
	}
	for k := i - 1; k >= 0 && k >= i-5; k-- {
		w := toks[k].low
		if w == "," || w == ";" || w == "." {
			break
		}
		if w == "up" && k > 0 && (toks[k-1].low == "made" || toks[k-1].low == "make" || toks[k-1].low == "makes" || toks[k-1].low == "making") {
			continue // "Mexicans made up 59 percent": a share, not a rise
		}
		if d := dirWord(w); d != 0 && w != "more" && w != "less" && w != "fewer" {
			return d
		}
	}
	if k >= 0 && toks[k].low == "by" {
		// "it had increased the number of Cambodian immigrants it had
		// deported from 2017 to 2018 by 279%" (cc-en-globalnews-03): "by"
		// gives the size of the change its clause's verb names, however
		// far before it
		for m := k - 1; m >= 0 && m >= k-20; m-- {
			w := toks[m].low
			if w == "." || w == ";" {
				break
			}
			if d := dirWord(w); d != 0 && w != "more" && w != "less" && w != "fewer" && w != "up" && w != "down" {
				return d
			}
		}
	}
	if i >= 1 && toks[i-1].s == "(" && j < len(toks) && toks[j].s == ")" {
		// "recorded the largest percentage increase in ICE arrests between
		// 2016 and 2017 (76%)" (w-es-miami24-05's gloss): a percent in
		// parentheses after a percentage change in its clause is that
		// change's size
		for m := i - 2; m >= 1 && m >= i-16; m-- {
			if toks[m].s == "." || toks[m].s == ";" || toks[m].s == ")" {
				break
			}
			if (toks[m-1].low == "percentage" || toks[m-1].low == "percent") && dirWord(toks[m].low) != 0 {
				return dirWord(toks[m].low)
			}
		}
	}
	if k >= 1 && toks[k].low == "and" && j < len(toks) && comparedWord[toks[j].low] {
		// "up 7 percent from fiscal 2017 and 83 percent from fiscal 2016":
		// the second percent, with its own baseline, is a change in the
		// direction of the first
		for m := k - 1; m >= 2 && m >= k-12; m-- {
			if toks[m].s == ";" || toks[m].s == "." && toks[m-1].low != "vs" && !monthAbbrDot(toks[m-1].low) {
				break // ("from Nov. 20 and 74 percent": an abbreviation's dot)
			}
			if (toks[m].low == "percent" || toks[m].s == "%") && toks[m-1].num {
				for q := m - 2; q >= 0 && q >= m-6; q-- {
					if w := toks[q].low; dirWord(w) != 0 && w != "more" && w != "less" && w != "fewer" {
						return dirWord(w)
					}
				}
				return 0
			}
		}
	}
	if k >= 1 && toks[k].low == "a" && listedPercentWord[toks[k-1].low] {
		k-- // "registered a 17%" ("registró un 17%")
	}
	if k >= 0 && listedPercentWord[toks[k].low] && !(j < len(toks) && toks[j].low == "of") {
		// "Miami registró el mayor aumento de arrestos con un 76%, seguido
		// de Dallas con un 71% y St Paul con 67%" (bx-es-elpais502-03's
		// gloss): a percent listed "with" an area after a percentage change
		// is a change of the same kind ("with 71% of them" is a share)
		return listedChange(toks, k)
	}
	return 0
}

// listedPercentWord: the words that list a figure beside a name ("Dallas
// with 71%", "El Paso registered 17%", "in Phoenix it was 20%").
var listedPercentWord = map[string]bool{"with": true, "registered": true, "recorded": true, "was": true, "at": true}

// listedChange is the direction of the nearest percentage before toks[k] in
// its sentence (not past a full stop or semicolon) when that percentage is
// a change (a noun or verb of increase or decrease in the eight tokens
// before it, not a comparative: "an increase lower than") or is itself
// listed after one ("followed by Dallas with 71% and St Paul with 67%"),
// else 0.
func listedChange(toks []token, k int) int {
	for m := k - 1; m >= 1 && m >= k-30; m-- {
		if toks[m].s == "." || toks[m].s == ";" {
			return 0
		}
		if (toks[m].s == "%" || toks[m].low == "percent") && toks[m-1].num {
			for q := m - 2; q >= 0 && q >= m-9; q-- {
				if toks[q].s == "." || toks[q].s == ";" {
					return 0
				}
				if w := toks[q].low; dirWord(w) != 0 && !comparativeWord[w] {
					return dirWord(w)
				}
			}
			q := m - 2
			if q >= 1 && toks[q].low == "a" {
				q--
			}
			if q >= 0 && listedPercentWord[toks[q].low] {
				return listedChange(toks, q)
			}
			return 0
		}
	}
	return 0
}

// comparativeWord: words of increase or decrease that compare rather than
// change ("lower than", "more than", "up to").
var comparativeWord = map[string]bool{"more": true, "less": true, "fewer": true, "lower": true, "up": true, "down": true}

// monthAbbrDot: a month's name that takes an abbreviation's dot ("Nov.").
func monthAbbrDot(w string) bool {
	_, ok := monthNames[w]
	return ok
}

// comparedWord: the words that put a baseline after a figure.
var comparedWord = map[string]bool{"from": true, "over": true, "vs": true, "vs.": true, "versus": true, "than": true, "compared": true}

// percentFromTo tells whether a percent (its first token before at k, its
// end at j) is one end of "from A percent ... to B percent".
func percentFromTo(toks []token, k, j int) bool {
	isPct := func(m int) bool {
		return m < len(toks) && (toks[m].s == "%" || toks[m].low == "percent" || toks[m].low == "pct")
	}
	stop := func(m int) bool { return toks[m].s == "," || toks[m].s == ";" || toks[m].s == "." }
	if k >= 0 && toks[k].low == "from" {
		for m := j; m+2 < len(toks) && m < j+8 && !stop(m); m++ {
			if toks[m].low != "to" {
				continue
			}
			n := m + 1
			for n < len(toks) && hedgeToken[toks[n].low] {
				n++ // "to nearly 10 percent"
			}
			if n+1 < len(toks) && toks[n].num && isPct(n+1) {
				return true
			}
		}
	}
	if k >= 0 && toks[k].low == "to" {
		for m := k - 1; m >= 1 && m >= k-8 && !stop(m); m-- {
			if toks[m].num && isPct(m+1) && toks[m-1].low == "from" {
				return true
			}
		}
	}
	return false
}

func dirWord(w string) int {
	if increaseWords[w] {
		return 1
	}
	if decreaseWords[w] {
		return -1
	}
	return 0
}

// countChange detects differences stated as counts: "15,111 more arrests
// in FY 2018 than in FY 2017", "an increase of 33,366".
func countChange(toks []token, i, j int, lowCl string) int {
	if j < len(toks) {
		w := toks[j].low
		after := window(lowCl, toks[j].end, toks[j].end+200)
		if (w == "more" || w == "fewer" || w == "additional") && (strings.Contains(after, " than ") || strings.Contains(after, " between ") ||
			strings.Contains(after, " since ") || strings.Contains(after, " compared ") || strings.Contains(after, " from ")) {
			if w == "fewer" {
				return -1
			}
			return 1
		}
	}
	// "an uptick of nearly 7,000": hedges may stand between "of" and the
	// figure.
	k := i - 1
	for k >= 1 && hedgeToken[toks[k].low] {
		k--
	}
	if k >= 1 && toks[k].low == "by" {
		// "has grown by about 9,000", "fell by 1,200"
		switch w := toks[k-1].low; {
		case w == "grown" || w == "grew" || increaseWords[w] && w != "more" && w != "up" && w != "higher":
			return 1
		case w == "shrunk" || w == "shrank" || decreaseWords[w] && w != "fewer" && w != "less" && w != "lower" && w != "down":
			return -1
		}
	}
	v := k
	if v >= 3 && toks[v].low == "of" && toks[v-1].low == "total" && toks[v-2].low == "a" {
		v -= 3 // "increased a total of 11,296"
	}
	if v >= 0 && v < i && bareChangeVerb[toks[v].low] != 0 && (j == len(toks) || !countLevelAfter[toks[j].low]) {
		// "single-day ICE detentions increased a total of 11,296"
		// (o-punjab92-03), "arrests rose 15,111": a verb in the past right
		// before a count gives its size, as "by" would ("rose to" is the
		// level)
		return bareChangeVerb[toks[v].low]
	}
	if k >= 1 && toks[k].low == "of" {
		switch toks[k-1].low {
		case "increase", "rise", "jump", "gain", "uptick", "surge", "spike", "climb", "growth":
			return 1
		case "decrease", "drop", "decline", "reduction", "dip", "downturn", "fall":
			return -1
		}
	}
	return 0
}

// hedgeToken are the words of a hedge that may stand before a figure
// ("nearly", "more than", "about").
var hedgeToken = map[string]bool{"nearly": true, "almost": true, "about": true, "around": true, "roughly": true, "approximately": true,
	"some": true, "over": true, "more": true, "than": true, "just": true, "under": true, "less": true, "at": true, "least": true}

// window returns s[from:to] clipped to s, on rune boundaries as far as the
// regexps care (they work on bytes and tolerate cut runes).
func window(s string, from, to int) string {
	from = max(0, min(from, len(s)))
	to = max(from, min(to, len(s)))
	return s[from:to]
}

// inCoverage: a figure in a clause describing an area ("which covers
// three states") is no claim.
func inCoverage(cl string, at int, toks []token, next int) bool {
	if next >= len(toks) {
		return false
	}
	if next+1 < len(toks) && toks[next+1].low == "states" {
		switch toks[next].low {
		case "surrounding", "neighboring", "neighbouring", "nearby", "adjacent", "bordering", "other":
			// "Minnesota and four surrounding states": a place
			return true
		}
	}
	switch toks[next].low {
	case "states", "state", "counties", "territories", "regions":
	default:
		return false
	}
	for _, sp := range coverageSpans(cl) {
		if at >= sp.from && at < sp.to {
			return true
		}
	}
	return false
}

// degreeMostRe: "most" before an adjective or adverb is a degree ("perhaps
// most striking", "the most recent", "most likely", "most notably"), not a
// quantity compared across months or editions ("the most arrests of any
// month", "the most in a single month").
var degreeMostRe = lazyRegexp(`(?i)^\s+(?:[a-z]+(?:ing|ly|ed|ful|ous|ive|ic|ical|able|ible|ant|ent)|notable|important|common|severe|vulnerable|dangerous|serious|concerning|alarming|troubling|startling|remarkable|significant|recent|likely|often|frequent|visible|prominent|populous)\b`)

// partitiveMostRe: "most of the past year", "most of them" (the greater
// part of something), not "the most of any month" (bu-en-fmeproject-01).
var partitiveMostRe = lazyRegexp(`(?i)^\s+of\s+(?:the|its|their|them|those|these|this|that|his|her|our|us)\b`)

// otherLevelRe ends the text before a superlative that names another
// level than the figure's: "68,289 ..., down from the highest level ever
// recorded", "close to the highest", "2,477 fewer than the highest", "up
// from the lowest number on record", "twice the lowest level", "no longer
// the highest" (stress run 27: each was tested as the figure's record).
var otherLevelRe = lazyRegexp(`(?:\b(?:down|up|off|away|back|sharply|slipped|slid|fell|fallen|dropped|drop|declined|decline|retreated|rose|risen|climbed|recovered)\s+(?:\w+\s+)?from|\b(?:below|above|beneath|under|over|close to|near|nearly|almost|shy of|short of|compared with|compared to|versus|vs\.?|fewer than|more than|less than|lower than|higher than|greater than|twice|double|triple|half|after reaching|after hitting|after|from)|\bno longer\b[^.;]*|\bnot(?:\s+yet)?(?:\s+at)?)\s+(?:the|its|their|a|an|that)?\s*$`)

// recordLowRe: "a record" followed by "low".
var recordLowRe = lazyRegexp(`(?i)^[- ]+lows?\b`)

// otherLevel: the superlative at byte at of the clause (lower case) names
// a level other than its figure's.
func otherLevel(lowCl string, at int) bool {
	return otherLevelRe.MatchString(lowCl[max(0, at-60):at])
}

// oneOfRe ends the text before "one of the highest", "among the largest".
var oneOfRe = lazyRegexp(`(?i)\b(?:one of|among|some of)\s+(?:the\s+)?(?:(?:very|ten|five|three|two)\s+)?$`)

// quantitySuperlative is the first superlative word of a clause that
// compares quantities (see degreeMostRe), as superRe's submatch indexes.
func quantitySuperlative(cl string) []int {
	for _, m := range superRe.FindAllStringSubmatchIndex(cl, -1) {
		if strings.EqualFold(cl[m[2]:m[3]], "most") && (degreeMostRe.MatchString(cl[m[1]:]) || partitiveMostRe.MatchString(cl[m[1]:])) {
			continue
		}
		if oneOfRe.MatchString(cl[:m[0]]) {
			// "one of the highest detention counts on record": among the
			// largest, which no test of "the largest" can judge
			continue
		}
		return m
	}
	return nil
}

// personalRecordRe: "convictions on record", "no criminal history on
// record" speak of a person's file, not of a record high.
var personalRecordRe = lazyRegexp(`(?i)\b(?:convictions?|charges?|history|offen[cs]es?|crimes?)\s+$`)

// personalRecord tells a scope phrase at cl[at:] that is a person's record
// ("no criminal convictions on record").
func personalRecord(cl string, at int) bool {
	return strings.HasPrefix(strings.ToLower(cl[at:]), "on record") && personalRecordRe.MatchString(cl[:at])
}

// superScope is the first scope phrase after position from ("of any month",
// "on record", "to date"), skipping a person's record, relative to from.
func superScope(cl string, from int) []int {
	for _, sc := range superScopeRe.FindAllStringIndex(cl[from:], -1) {
		if !personalRecord(cl, from+sc[0]) {
			return sc
		}
	}
	return nil
}

// changeByRe / moreThanRe: the words around a fraction that make it the
// size of a change ("arrests jumped by nearly a third", "one-third more
// people than in the previous year").
var (
	changeByRe = lazyRegexp(`\b(?:(jumped|rose|risen|increased|grew|grown|climbed|surged|soared|up)|(fell|fallen|dropped|declined|decreased|plunged|shrunk|shrank|down))\s+(?:by\s+)?$`)
	moreThanRe = lazyRegexp(`^(?:(more)|(fewer|less))\b[^.;]{0,60}?\bthan\b`)
)

// fractionChange is the direction of a change a fraction states (+1, -1),
// or 0 for a share. before and rest are the lowercased text before and
// after the fraction.
func fractionChange(before, rest string) int {
	if m := changeByRe.FindStringSubmatch(before); m != nil {
		if m[1] != "" {
			return 1
		}
		return -1
	}
	if m := moreThanRe.FindStringSubmatch(rest); m != nil {
		if m[1] != "" {
			return 1
		}
		return -1
	}
	return 0
}

// comparedSuperlative is the superlative a comparison with every point of a
// window makes ("higher than at any point during ..."): a low when the
// comparative is "lower", "smaller" or "fewer".
func comparedSuperlative(comparative string) Claim {
	c := Claim{Kind: KindSuperlative, Direction: 1}
	switch strings.ToLower(comparative) {
	case "lower", "smaller", "fewer":
		c.Direction = -1
	}
	return c
}

// bareChangeVerb: the verbs of a change, in the past, that give its size
// with no "by" ("increased 11,296"; not "declined", which refuses: "Jails
// in Suffolk County declined 300 detainers"); countLevelAfter: the words
// after a count that make it a level or an object instead ("rose 2,000
// times", "fell 500 short", "dropped 40 charges").
var (
	bareChangeVerb = map[string]int{"increased": 1, "rose": 1, "grew": 1, "jumped": 1, "climbed": 1, "surged": 1, "soared": 1, "swelled": 1,
		"decreased": -1, "fell": -1, "dropped": -1, "plunged": -1, "plummeted": -1, "dipped": -1, "shrank": -1, "tumbled": -1}
	countLevelAfter = map[string]bool{"times": true, "short": true, "feet": true, "miles": true, "points": true, "places": true, "spots": true,
		"detainers": true, "requests": true, "charges": true, "cases": true}
)
