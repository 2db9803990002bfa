package claims

// Swahili sentences relay ICE's annual removal figures for Kenya and Somalia
// (fresh-2026-12aa: aa-sw-taifaleo-*). Swahili is written in the Latin
// script without accents; numbers with a comma between the thousands
// ("226,119"), which the Spanish number reader reads as thousands, and a
// noun before its count ("wakenya 63": 63 Kenyans). The lexicon is small,
// phrases the rows needed; the other words stay as written. As with Spanish,
// a figure counts as stated only where the gloss reads every word of its
// clause (spanish.go, readable); elsewhere it may be supported, never
// contradicted.

// swahiliOnly: words of Swahili the other glossed languages and English do
// not write.
var swahiliOnly = map[string]bool{"mwaka": true, "miaka": true, "kutoka": true, "zaidi": true, "idadi": true,
	"hiyo": true, "hilo": true, "kwamba": true, "raia": true, "taifa": true, "mataifa": true, "ilikuwa": true,
	"walikuwa": true, "ikilinganishwa": true, "jumla": true, "walirejeshwa": true, "walihamishwa": true,
	"walirudishwa": true, "nchini": true, "bila": true, "katika": true, "jana": true, "wakenya": true,
	"uhamiaji": true, "ambayo": true, "ambapo": true, "wenye": true, "asili": true, "idara": true,
	"inaonyesha": true, "marekani": true, "iliongezeka": true, "ripoti": true, "watu": true, "makwao": true}

// swahili: three or more Swahili words.
func swahili(s string) bool {
	return hasWords(s, swahiliOnly, 3)
}

var swahiliPhrases = [][2]string{
	// aa-sw-taifaleo-04: "Zaidi ya wakenya 100 walihamishwa kutoka taifa
	// hilo mwaka 2017 ambayo ilikuwa idadi kubwa ikilinganishwa na miaka ya
	// nyuma." (more than 100 Kenyans were removed from that country in
	// 2017, a large number compared with the years before)
	{"zaidi ya wakenya #", "more than $1 Kenyans"},
	{"zaidi ya", "more than"},
	{"wakenya #", "$1 Kenyans"},
	{"wakenya", "Kenyans"},
	{"walihamishwa", "were deported"},
	{"walirejeshwa makwao", "were deported home"},
	{"walirejeshwa", "were deported"},
	{"na walirudishwa", "and were deported"},
	{"walirudishwa", "were deported"},
	{"kutoka taifa hilo", "from that country"},
	{"kutoka taifa la marekani", "from the United States"},
	{"kutoka marekani", "from the United States"},
	{"ambayo ilikuwa idadi kubwa", ", which was a large number"},
	{"ikilinganishwa na", "compared with"},
	{"miaka ya nyuma", "the previous years"},
	// aa-sw-taifaleo-05: "Mwaka wa 2016 wakenya 63 walirejeshwa kutoka
	// taifa la Marekani." (in 2016, 63 Kenyans were removed from the United
	// States)
	{"mwaka wa #", "in $1,"},
	{"mwaka #", "in $1"},
	{"mwaka jana", "last year"},
	// aa-sw-taifaleo-06: "Mwaka jana idadi hiyo iliongezeka hadi 103." (last
	// year that number rose to 103)
	{"idadi hiyo", "that number"},
	{"iliongezeka hadi", "rose to"},
	// aa-sw-taifaleo-09: "Jumla ya raia 521 wenye asili ya kisomali
	// walirejeshwa makwao mwaka jana ikilinganishwa na 198 mwaka 2016." (a
	// total of 521 citizens of Somali origin were removed home last year,
	// against 198 in 2016)
	{"jumla ya", "a total of"},
	{"raia # wenye asili ya kisomali", "$1 Somali citizens"},
	{"raia #", "$1 citizens"},
	// aa-sw-taifaleo-10: "Ripoti kutoka idara ya uhamiaji ya Marekani
	// inaonyesha kwamba raia 226,119 walikuwa nchini humo bila kufuata
	// kanuni za uhamiaji na walirudishwa katika mataifa yao mwaka 2017." (a
	// report of the U.S. immigration department shows that 226,119 citizens
	// who were in the country without following the immigration rules were
	// returned to their countries in 2017)
	{"ripoti kutoka idara ya uhamiaji ya marekani", "a report from the U.S. immigration department"},
	{"idara ya uhamiaji ya marekani", "the U.S. immigration department"},
	{"inaonyesha kwamba", "shows that"},
	{"walikuwa nchini humo", "who were in the country"},
	{"bila kufuata kanuni za uhamiaji", "without following immigration rules"},
	{"katika mataifa yao", "to their countries"},
	// aa-sw-taifaleo-11: "Mwaka 2016 ambapo Rais Trump aliingia uongozini
	// idadi hiyo ilikuwa 240,225 hii ikiwa ni ongezeko la watu 13,106." (in
	// 2016, when President Trump took office, that number was 240,225,
	// this being an increase of 13,106 people): "ambapo" when, "rais"
	// president, "aliingia uongozini" took office, "ilikuwa" was, "hii
	// ikiwa ni" this being, "ongezeko la" an increase of, "watu" people
	{"ambapo", "when"},
	{"rais", "President"},
	{"aliingia uongozini", "took office"},
	{"ilikuwa", "was"},
	{"hii ikiwa ni", ", this being"},
	{"ongezeko la watu #", "an increase of $1 people"},
	{"ongezeko la", "an increase of"},
	{"watu #", "$1 people"},
	{"watu", "people"},
}

var swLexicon = buildLexicon(swahiliPhrases, nil, nil)
