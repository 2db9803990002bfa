package claims

// Somali sentences relay ICE's removals of Somali citizens
// (fresh-2026-12ak: ak-so-radiodalsan-*). Somali is written in the Latin
// script without accents, with doubled vowels ("Soomaali", "Maraykanka");
// a count comes before its noun ("198 Soomaali ah", 198 Somalis) and the
// verb, with its focus particle "ayaa", comes last. The lexicon is small,
// phrases the rows needed and the common words of the subject (deported,
// Somalis, the U.S., last year); the other words stay as written. As with
// Spanish, a figure counts as stated only where the gloss reads every word
// of its clause (spanish.go, readable); elsewhere it may be supported, never
// contradicted.

// somaliOnly: words of Somali the other glossed languages and English do
// not write.
var somaliOnly = map[string]bool{"ayaa": true, "oo": true, "iyo": true, "waxaa": true, "dalka": true, "laga": true,
	"lagu": true, "soo": true, "sannadkii": true, "magaalada": true, "qof": true, "kuwaas": true, "kuwaasoo": true,
	"halkaasi": true, "ugu": true, "maraykanka": true, "soomaali": true, "soomaaliya": true, "masaafuriyey": true,
	"masaafuriyay": true, "masaafurin": true, "tarxiilay": true, "muqdisho": true, "muqdishu": true}

// somali: three or more Somali words.
func somali(s string) bool {
	return hasWords(s, somaliOnly, 3)
}

var somaliPhrases = [][2]string{
	// ak-so-radiodalsan-01: "Sannadkii hore, 198 Soomaali ah oo laga soo
	// masaafuriyey Maraykanka ayaa lagu soo celiyey magaalada Muqdisho."
	// (last year, 198 Somalis deported from America were returned to the
	// city of Mogadishu)
	{"sannadkii hore", "last year"},
	{"sanadkii hore", "last year"},
	{"sannadkan", "this year"},
	{"# oo soomaali ah", "$1 Somali citizens"},
	{"# soomaali ah", "$1 Somali citizens"},
	{"# qof oo soomaali ah", "$1 Somali citizens"},
	{"# oo qof oo soomaali ah", "$1 Somali citizens"},
	{"laga soo masaafuriyey", "deported"},
	{"laga soo masaafuriyay", "deported"},
	{"la soo masaafuriyey", "deported"},
	{"la soo masaafuriyay", "deported"},
	{"lagasoo masaafuriyay", "deported"},
	{"lagasoo masaafuriyey", "deported"},
	{"laga tarxiilay", "deported"},
	{"masaafuriyey", "deported"},
	{"masaafuriyay", "deported"},
	{"dalka maraykanka", "the United States"},
	{"maraykanka", "the United States"},
	{"hay ’ adda socdaalka maraykanka", "the U.S. immigration agency"},
	{"hay ' adda socdaalka maraykanka", "the U.S. immigration agency"},
	{"ku-dhawaad", "about"},
}

var soLexicon = buildLexicon(somaliPhrases, nil, nil)
