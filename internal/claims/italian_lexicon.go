package claims

// Italian sentences are glossed like Spanish ones (spanish.go), with a lexicon
// of their own: Italian outlets relay ICE's detention statistics too
// (fresh-2026-12t: "oltre 68.400 detenuti al 14 dicembre 2025"), with Spanish
// number forms and day-first dates. As with Spanish, a figure counts as stated
// only where the gloss reads every word of its clause (spanish.go, readable);
// elsewhere it may be supported, never contradicted.

// italianOnly: function words of Italian that English, Spanish and the
// other glossed languages do not use.
var italianOnly = map[string]bool{"il": true, "gli": true, "della": true, "delle": true, "dei": true, "degli": true,
	"sono": true, "stati": true, "stato": true, "nel": true, "nella": true, "nei": true, "persone": true, "di": true,
	"è": true, "per": true, "che": true, "dal": true, "dalla": true, "alla": true, "ogni": true, "oltre": true,
	"secondo": true, "anche": true, "più": true, "ha": true, "hanno": true, "quasi": true,
	// words English never writes, for a headline with few function words
	// (t-it-pressplanet-01: "Detenzione ICE raggiunge record storico:
	// oltre 68.400 detenuti al 14 dicembre 2025")
	"detenzione": true, "detenuti": true, "raggiunge": true}

// italian: three or more Italian-only function words, more than Spanish
// ones.
func italian(s string) bool {
	it, es := tellWords(s, func(w string) bool { return italianOnly[w] }, func(w string) bool {
		return spanishWords[w] && w != "la" && w != "de" && w != "con" && w != "una" && w != "un" && w != "in"
	})
	return it >= 3 && it > es
}

var italianPhrases = [][2]string{
	{"immigration and customs enforcement", "Immigration and Customs Enforcement"},
	{"servizio immigrazione e dogane", "Immigration and Customs Enforcement"},
	{"agenzia per l ’ immigrazione e le dogane", "Immigration and Customs Enforcement"},
	{"agenzia per l ' immigrazione e le dogane", "Immigration and Customs Enforcement"},
	{"polizia di frontiera", "Border Patrol"},
	{"centri di detenzione", "detention facilities"},
	{"centro di detenzione", "detention center"},
	{"in detenzione", "in detention"},
	{"senza precedenti penali", "with no criminal record"},
	{"senza precedenti", "with no criminal record"},
	// "il 71,5% di loro non ha precedenti penali" (bj-it-focusamerica-02)
	{"non ha precedenti penali", "has no criminal record"}, {"non hanno precedenti penali", "have no criminal record"},
	{"non aveva precedenti penali", "had no criminal record"}, {"non avevano precedenti penali", "had no criminal record"},
	{"condanne penali", "criminal convictions"},
	{"accuse pendenti", "pending charges"},
	// "Tra il 22 gennaio e il 29 aprile del 2017" (z-it-affari-03, ICE's
	// first-100-days release): a span of days
	{"tra il # {mes} e il # {mes} del #", "between $2 $1 and $4 $3, $5"},
	{"fra il # {mes} e il # {mes} del #", "between $2 $1 and $4 $3, $5"},
	{"tra il # {mes} e il # {mes} #", "between $2 $1 and $4 $3, $5"},
	{"tra il # {mes} e il # {mes}", "between $2 $1 and $4 $3"},
	{"fra il # {mes} e il # {mes}", "between $2 $1 and $4 $3"},
	{"al # {mes} #", "as of $2 $1, $3"},
	{"al # {mes}", "as of $2 $1"},
	{"il # {mes} #", "on $2 $1, $3"},
	{"# {mes} #", "$2 $1, $3"},
	{"# {mes}", "$2 $1"},
	{"{mes} #", "$1 $2"},
	{"nell ’ anno fiscale #", "in FY$1"},
	{"nell ' anno fiscale #", "in FY$1"},
	{"anno fiscale #", "FY$1"},
	{"anno fiscale", "fiscal year"},
	{"record storico", "all-time record"},
	{"più di", "more than"},
	{"meno di", "fewer than"},
	{"per cento", "percent"},
	{"rispetto a", "compared with"},
	{"rispetto al", "compared with the"},
	{"un aumento del", "an increase of"},
	{"un calo del", "a decrease of"},
	{"al giorno", "a day"},
	{"stati uniti", "the United States"},
	// u-it-radiocom-02: "La popolazione detenuta dall’Ice è aumentata di
	// quasi il 70 per cento da quando Donald Trump ha iniziato il suo
	// secondo mandato, a gennaio, quando l’agenzia tratteneva circa 39
	// mila persone."
	{"popolazione detenuta", "detained population"},
	{"dall ’ ice", "by ICE"},
	{"dall ' ice", "by ICE"},
	{"è aumentata di quasi il", "has increased by nearly"},
	{"è aumentata di", "has increased by"},
	{"è aumentato di", "has increased by"},
	// ad-it-swissinfo-01: "gli arresti sono aumentati del 40%" (arrests
	// rose 40 %)
	{"sono aumentati del", "increased by"},
	{"sono aumentate del", "increased by"},
	{"sono diminuiti del", "decreased by"},
	{"sono diminuite del", "decreased by"},
	{"è diminuita di", "has decreased by"},
	{"è diminuito di", "has decreased by"},
	{"da quando", "since"},
	{"ha iniziato il suo secondo mandato", "began his second term"},
	{"secondo mandato", "second term"},
	{"a {mes}", "in $1"},
	// fresh-2026-12bz (focusamerica): "hanno arrestato 41.641 persone in
	// ottobre", "il precedente record di giugno", "si trovano attualmente
	// in detenzione amministrativa", "rispetto alla media giornaliera di
	// novembre dello scorso anno", "rispetto a un anno fa"
	{"in {mes}", "in $1"},
	{"di {mes}", "of $1"},
	{"hanno arrestato", "arrested"},
	{"ha arrestato", "arrested"},
	{"avevano già arrestato", "had already arrested"},
	{"si trovano attualmente in detenzione", "are currently held in detention"},
	{"si trovano in detenzione", "are held in detention"},
	{"media giornaliera", "average daily population"},
	{"rispetto alla", "compared with the"},
	{"rispetto al", "compared with the"},
	{"rispetto a un anno fa", "compared with a year earlier"},
	{"dello scorso anno", "of last year"},
	{"più alto", "highest"},
	{"precedente record", "previous record"},
	{"l ’ agenzia", "the agency"},
	{"l ' agenzia", "the agency"},
	// z-it-ansa-01: "Secondo l'ultimo rapporto dell'Immigrazione e dei
	// controlli doganali degli Stati Uniti, l'Ice, durante l'ultimo anno
	// fiscale (...) sono state registrate 271.484 espulsioni, quasi il
	// doppio delle 142.580 dello stesso periodo del 2023" (according to
	// the latest report of U.S. Immigration and Customs Enforcement, ICE,
	// during the last fiscal year 271,484 removals were recorded, nearly
	// double the 142,580 of the same period of 2023). An elided article
	// glosses as the English one and a space, as in French.
	{"immigrazione e dei controlli doganali degli stati uniti", "U.S. Immigration and Customs Enforcement"},
	{"immigrazione e dei controlli doganali", "Immigration and Customs Enforcement"},
	{"l ’ ultimo rapporto", "the latest report"},
	{"l ' ultimo rapporto", "the latest report"},
	{"l ’ ultimo anno fiscale", "the last fiscal year"},
	{"l ' ultimo anno fiscale", "the last fiscal year"},
	{"l ’ ice", "ICE"},
	{"l ' ice", "ICE"},
	{"l ’", "the "},
	{"l '", "the "},
	{"dell ’", "of the "},
	{"dell '", "of the "},
	{"nell ’", "in the "},
	{"nell '", "in the "},
	{"sono state registrate", "were recorded"},
	{"sono stati registrati", "were recorded"},
	{"quasi il doppio delle", "nearly double the"},
	{"quasi il doppio dei", "nearly double the"},
	{"quasi il doppio", "nearly double"},
	{"il doppio", "double"},
	{"dello stesso periodo del", "of the same period of"},
	{"nello stesso periodo del", "in the same period of"},
	{"stesso periodo", "same period"},
	// fix23-ne: "gli arresti effettuati dagli agenti dell'immigrazione
	// statunitensi sono stati 41.318" (the arrests made by U.S.
	// immigration agents were 41,318; z-it-affari-03); "finire in
	// manette" (to end up in handcuffs) is to be arrested: "in manette
	// sono finite 41.318 persone" (z-it-tgcom-02)
	{"agenti dell ’ immigrazione statunitensi", "U.S. immigration agents"},
	{"agenti dell ' immigrazione statunitensi", "U.S. immigration agents"},
	{"agenti dell ’ immigrazione", "immigration agents"},
	{"agenti dell ' immigrazione", "immigration agents"},
	{"sono stati", "were"},
	{"sono state", "were"},
	{"in manette sono finite", "were arrested"},
	{"in manette sono finiti", "were arrested"},
	{"sono finite in manette", "were arrested"},
	{"sono finiti in manette", "were arrested"},
	{"finite in manette", "arrested"},
	{"finiti in manette", "arrested"},
}

var italianWordsEn = map[string]string{
	"il": "the", "lo": "the", "la": "the", "i": "the", "gli": "the", "le": "the", "l": "the", "un": "a", "una": "a",
	"di": "of", "del": "of the", "della": "of the", "dei": "of the", "degli": "of the", "delle": "of the", "e": "and",
	"a": "to", "in": "in", "nel": "in the", "nella": "in the", "con": "with", "per": "for", "da": "from", "dal": "from the",
	"che": "that", "è": "is", "sono": "are", "erano": "were", "era": "was", "ha": "has", "hanno": "have", "secondo": "according to",
	"oltre": "more than", "quasi": "nearly", "circa": "about", "ogni": "every", "due": "two", "settimane": "weeks",
	"detenuti": "detainees", "detenute": "detainees", "detenuto": "detained", "deteneva": "held", "detiene": "holds",
	"detenzione": "detention", "persone": "people", "migranti": "migrants", "immigrati": "immigrants", "arresti": "arrests",
	"arrestati": "arrested", "arrestate": "arrested", "espulsioni": "deportations", "deportazioni": "deportations",
	"espulsi": "deported", "espulso": "deported", "espulse": "deported", "deportati": "deported", "rapporto": "report", "dati": "data", "raggiunge": "reaches",
	"raggiunto": "reached", "indica": "indicates", "rilasciato": "released", "record": "record", "numero": "number",
	"totale": "total", "mila": "thousand", "quando": "when", "tratteneva": "held", "trattiene": "holds", "agenzia": "agency", "milioni": "million", "attualmente": "currently", "aumento": "increase",
	"durante": "during", "ultimo": "last", "ultimi": "latest", "dello": "of the", "nello": "in the", "registrate": "recorded",
	"registrati": "recorded", "effettuati": "made", "effettuate": "made", "dagli": "by the", "dalle": "by the",
	"agenti": "agents", "immigrazione": "immigration", "statunitensi": "U.S.", "statunitense": "U.S.",
}

var itLexicon = buildLexicon(italianPhrases, italianWordsEn, spanishCountries)
