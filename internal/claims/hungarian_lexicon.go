package claims

// Hungarian sentences relay USAFacts's figures of ICE's detention facilities
// (fresh-2026-12aa: aa-hu-piacesprofit-*). Hungarian is written in the Latin
// script with "ő" and "ű", letters no other glossed language writes, and
// numbers with a space between the thousands ("510 850"), which the Spanish
// number reader reads. Its suffixes join a word ("februárjában", in
// February), so the lexicon holds the suffixed forms the rows write. The
// lexicon is small, phrases the rows needed; the other words stay as
// written. As with Spanish, a figure counts as stated only where the gloss
// reads every word of its clause (spanish.go, readable); elsewhere it may be
// supported, never contradicted.

// hungarianOnly: words of Hungarian the other glossed languages and English
// do not write.
var hungarianOnly = map[string]bool{"az": true, "és": true, "hogy": true, "volt": true, "ezek": true, "között": true,
	"összesen": true, "száma": true, "található": true, "fenn": true, "országszerte": true, "legmagasabb": true,
	"legnépesebb": true, "közé": true, "tartozik": true, "átlagosan": true, "napi": true, "fogvatartott": true,
	"fogvatartotti": true, "központot": true, "központ": true, "megyei": true, "állambeli": true, "első": true,
	"évében": true, "éves": true, "egy": true, "államokban": true, "működik": true}

// hungarian: three or more Hungarian words.
func hungarian(s string) bool {
	return hasWords(s, hungarianOnly, 3)
}

var hungarianPhrases = [][2]string{
	// aa-hu-piacesprofit-01: "Az ICE országszerte 122 fogvatartotti
	// központot tart fenn" (ICE runs 122 detention centers nationwide)
	{"az ice", "ICE"},
	{"országszerte", "nationwide"},
	{"# fogvatartotti központot tart fenn", "operates $1 detention centers"},
	{"fogvatartotti központot", "detention centers"},
	// aa-hu-piacesprofit-02: "A legnépesebb táborok közé tartozik a
	// Mississippi állambeli Natchezben található Adams megyei fogva tartási
	// központ (2025 februárjában átlagosan napi 2148 fogvatartott); ... és
	// a georgiai Lumpkinban található Stewart Fogolytábor (1559)." (among
	// the most populous camps are the Adams County detention center in
	// Natchez, Mississippi (an average of 2148 detainees a day in February
	// 2025); ... and the Stewart detention camp in Lumpkin, Georgia (1559)):
	// a facility's name is the English name's words, in Hungarian
	{"a legnépesebb táborok közé tartozik", "among the most populous camps are"},
	{"{Name} megyei fogva tartási központ", "$1 County Detention Center"},
	{"{Name} fogolytábor", "$1 Detention Center"},
	{"# januárjában", "in January $1"},
	{"# februárjában", "in February $1"},
	{"# márciusában", "in March $1"},
	{"átlagosan napi # fogvatartott", "an average of $1 detainees a day"},
	{"és", "and"},
}

var huLexicon = buildLexicon(hungarianPhrases, nil, nil)
