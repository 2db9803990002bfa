package claims

// German sentences are glossed like Spanish ones (spanish.go), with a lexicon
// of their own. German outlets relay ICE's detention statistics and removal
// totals as the Spanish and French ones do (fresh-2026-12t: "Am 7. Januar 2026
// befanden sich fast 69.000 Menschen in ICE-Haftpraxen"). German groups
// thousands with a dot and writes decimals with a comma, as Spanish does; a
// date puts its day first with a dot ("7. Januar 2026"). As with Spanish, a
// figure counts as stated only where the gloss reads every word of its clause
// (spanish.go, readable); elsewhere it may be supported, never contradicted.

// germanOnly: function words of German that English, Spanish and the other
// glossed languages do not use.
var germanOnly = map[string]bool{"der": true, "die": true, "das": true, "und": true, "ist": true, "sind": true, "mit": true,
	"von": true, "wurden": true, "eine": true, "einen": true, "im": true, "nach": true, "laut": true, "menschen": true, "den": true,
	"dem": true, "des": true, "ein": true, "auf": true, "zu": true, "für": true, "nicht": true, "sich": true, "als": true,
	"wie": true, "bei": true, "aus": true, "zum": true, "zur": true, "waren": true, "war": true, "hat": true, "haben": true,
	"wird": true, "mehr": true, "weniger": true, "seit": true, "über": true, "rund": true, "etwa": true, "fast": true,
	// verbs English never writes, for a sentence with few function words
	// (v-de-gg-06: "Am 30. September 2023 befanden sich 36.845 Personen in
	// 150 Hafteinrichtungen in den USA.")
	"befanden": true, "befinden": true, "befand": true}

// german: the sentence has three or more German-only function words.
func german(s string) bool {
	return hasWords(s, germanOnly, 3)
}

var germanPhrases = [][2]string{
	// agencies
	{"einwanderungs - und zollbehörde", "Immigration and Customs Enforcement"},
	{"der einwanderungsbehörde ice", "of ICE"},
	{"die einwanderungsbehörde ice", "ICE"},
	{"einwanderungsbehörde ice", "ICE"},
	{"die einwanderungsbehörde", "ICE"},
	{"der einwanderungsbehörde", "of ICE"},
	{"einwanderungsbehörde", "ICE"},
	{"ice - haft", "ICE detention"},
	{"in ice - haft", "in ICE detention"},
	{"in ice - gewahrsam", "in ICE custody"},
	{"ice - gewahrsam", "ICE custody"},
	{"in haft", "in detention"},
	{"in ice - haftpraxen", "in ICE detention"},
	{"in ice - haftanstalten", "in ICE detention facilities"},
	{"in ice - hafteinrichtungen", "in ICE detention facilities"},
	{"in ice - haftzentren", "in ICE detention centers"},
	{"in gewahrsam", "in custody"},
	{"grenzschutz", "Border Patrol"},
	{"heimatschutzministerium", "Department of Homeland Security"},
	{"syracuse university", "Syracuse University"},

	// criminality
	{"ohne vorstrafen", "with no criminal record"},
	{"ohne strafregister", "with no criminal record"},
	{"keine vorstrafen", "no criminal record"},
	{"vorbestraft", "convicted"},
	{"anhängige anklagen", "pending charges"},

	// "Der kommissarische Leiter der zuständigen Behörde ICE, Thomas Homan,
	// nannte die Zahl von 41.318 Festnahmen" (w-de-ntv-02)
	{"der kommissarische leiter", "the acting director"},
	{"der zuständigen behörde", "of the responsible agency"},
	{"nannte die zahl von", "cited"},

	// periods
	// "zwischen dem 22. Januar und Ende April" (w-de-ntv-02, ICE's
	// first-100-days release): a span of days
	{"zwischen dem # . {mes} und ende {mes}", "between $2 $1 and the end of $3"},
	{"zwischen dem # . {mes} und dem # . {mes} #", "between $2 $1 and $4 $3, $5"},
	{"zwischen dem # . {mes} und dem # . {mes}", "between $2 $1 and $4 $3"},
	{"vom # . {mes} bis zum # . {mes} #", "from $2 $1 to $4 $3, $5"},
	{"vom # . {mes} bis zum # . {mes}", "from $2 $1 to $4 $3"},
	{"ende {mes}", "the end of $1"},
	{"am # . {mes} #", "on $2 $1, $3"},
	{"am # . {mes}", "on $2 $1"},
	{"# . {mes} #", "$2 $1, $3"},
	{"# . {mes}", "$2 $1"},
	{"zum # . {mes} #", "as of $2 $1, $3"},
	{"stand # . {mes} #", "as of $2 $1, $3"},
	{"anfang {mes} #", "early $1 $2"},
	{"ende {mes} #", "the end of $1 $2"},
	{"ende #", "the end of $1"},
	{"anfang #", "early $1"},
	{"mitte #", "mid-$1"},
	{"im {mes} #", "in $1 $2"},
	{"{mes} #", "$1 $2"},
	// ad-de-profil-01: "im Jahr 2017 ... (die Zahlen wurden für den
	// Zeitraum Oktober 2016 bis September 2017 erhoben)" (in 2017; the
	// figures were collected for the period October 2016 to September
	// 2017)
	{"im jahr #", "in $1"},
	{"{mes} # bis {mes} #", "$1 $2 to $3 $4"},
	{"für den zeitraum", "for the period"},
	{"im haushaltsjahr #", "in FY$1"},
	{"im geschäftsjahr #", "in FY$1"},
	{"im fiskaljahr #", "in FY$1"},
	{"haushaltsjahr #", "FY$1"},
	{"geschäftsjahr #", "FY$1"},
	{"fiskaljahr #", "FY$1"},
	{"ein jahr zuvor", "a year earlier"},
	{"im vorjahr", "the previous year"},
	// af-de-augsburger-01: "Die USA haben im vergangenen Jahr 271.484
	// Einwanderer in fast 200 Länder abgeschoben."
	{"im vergangenen jahr", "in the past year"},
	{"die usa", "the United States"},
	{"länder", "countries"},
	{"zum jahresende", "at the end of the year"},
	{"pro tag", "per day"},
	{"anfang des jahres", "at the start of the year"},
	{"waren es", "there were"},
	{"von ?#", "from"},
	{"auf ?#", "to"},
	{"im durchschnitt", "on average"},

	// ah-de-zeitungderarbeit-02 and -06: a state's facilities "have the
	// highest average daily population" ("haben die texanischen
	// ICE-Gefängnisse die höchste durchschnittliche Tagespopulation"); the
	// separable "aufweisen" puts the object first ("Die höchste ...
	// Tagespopulation weisen die texanischen ICE-Gefängnisse auf": the
	// facilities have it)
	{"die höchste durchschnittliche tagespopulation weisen", "have the highest average daily population"},
	{"die höchste durchschnittliche tagespopulation weist", "has the highest average daily population"},
	{"die höchste durchschnittliche tagespopulation", "the highest average daily population"},
	{"durchschnittliche tagespopulation", "average daily population"},
	// the verb before its subject (V2: "Laut dem Bericht ... haben die
	// texanischen ICE-Gefängnisse die höchste ...", -06)
	{"haben die texanischen ice - gefängnisse", "the Texas ICE detention facilities have"},
	{"haben die ice - gefängnisse", "the ICE detention facilities have"},
	{"ice - gefängnisse", "ICE detention facilities"},
	{"ice - gefängnissen", "ICE detention facilities"},
	{"seit beginn des haushaltsjahres #", "since the start of fiscal year $1"},
	{"laut dem bericht des", "according to the report of"},
	{"an der syracuse university", "at Syracuse University"},
	// ah-de-zeitungderarbeit-04: "Die Zahl der in Einwanderungsgefängnissen
	// Inhaftierten hat den höchsten Stand unter Bidens Präsidentschaft
	// erreicht" (the number held in immigration detention has reached the
	// highest level under Biden's presidency); "hat ... erreicht" is one
	// verb, read at its auxiliary
	{"der in einwanderungsgefängnissen inhaftierten", "of people held in immigration detention"},
	{"in einwanderungsgefängnissen", "in immigration detention"},
	{"hat den höchsten stand", "has reached the highest level"},
	{"den höchsten stand", "the highest level"},
	{"unter bidens präsidentschaft", "under the Biden presidency"},
	{"unter trumps präsidentschaft", "under the Trump presidency"},
	// ah-de-zeitungderarbeit-09: "Nach den ICE-Zahlen sind 67,5 Prozent der
	// Inhaftierten, 25.972 an der Zahl, derzeit nicht vorbestraft" (by
	// ICE's figures 67.5 percent of the detainees, 25,972 in number,
	// currently have no criminal record)
	{"nach den ice - zahlen", "according to ICE figures"},
	{"der inhaftierten", "of the detainees"},
	{"an der zahl", "in number"},
	{"nicht vorbestraft", "with no criminal record"},

	// hedges and comparisons
	{"mehr als", "more than"},
	{"weniger als", "fewer than"},
	{"knapp über", "just over"},
	{"nahezu verdoppelt", "nearly doubled"},
	{"fast verdoppelt", "nearly doubled"},
	{"verdoppelt", "doubled"},
	// af-de-optionnews-02: "Die Abschiebungen haben sich gegenüber 142.580 im
	// gleichen Zeitraum des Vorjahres fast verdoppelt"
	{"haben sich", "have"},
	{"hat sich", "has"},
	{"gegenüber", "compared with"},
	{"im gleichen zeitraum des vorjahres", "in the same period of the previous year"},
	{"im selben zeitraum des vorjahres", "in the same period of the previous year"},
	{"einen zuwachs von", "an increase of"},
	{"ein zuwachs von", "an increase of"},
	{"einen anstieg von", "an increase of"},
	{"ein anstieg von", "an increase of"},
	{"einen rückgang von", "a decrease of"},
	{"im vergleich zu", "compared with"},
	{"zum vergleich", "by comparison"},
	{"so viele wie nie zuvor", "a record"},
}

var germanWordsEn = map[string]string{
	"hält": "holds", "hielt": "held",
	// function words
	"der": "the", "die": "the", "das": "the", "den": "the", "dem": "the", "des": "of the", "ein": "a", "eine": "a",
	"einen": "a", "und": "and", "oder": "or", "in": "in", "im": "in the", "mit": "with", "von": "of", "vom": "of the",
	"auf": "on", "zu": "to", "zum": "to the", "zur": "to the", "für": "for", "nach": "after", "seit": "since", "bei": "at",
	"aus": "from", "als": "than", "wie": "as", "laut": "according to", "über": "over", "rund": "about", "etwa": "about",
	"fast": "nearly", "knapp": "nearly", "nur": "only", "bereits": "already", "derzeit": "currently", "aktuell": "currently",
	"dieser": "this", "diese": "these", "dieses": "this", "es": "it", "sich": "", "nicht": "not", "mehr": "more",
	"weniger": "fewer", "insgesamt": "in total", "tausend": "thousand", "prozent": "percent", "millionen": "million",
	"bis": "until", "zwischen": "between", "davon": "of them", "waren": "were", "war": "was", "ist": "is", "sind": "are",
	"wurden": "were", "wurde": "was", "hat": "has", "haben": "have", "hatte": "had", "befanden": "were", "befinden": "are",
	"befand": "was", "erreichte": "reached", "erreicht": "reached", "stieg": "rose", "sank": "fell", "gestiegen": "risen",
	"gesunken": "fallen", "dokumentiert": "documents", "zeigen": "show", "zeigt": "shows",
	// numbers written out (ad-de-profil-01: "Sechs Prozent weniger
	// Abschiebungen", six percent fewer deportations)
	"zwei": "two", "drei": "three", "vier": "four", "fünf": "five", "sechs": "six", "sieben": "seven", "acht": "eight",
	"neun": "nine", "zehn": "ten", "elf": "eleven", "zwölf": "twelve", "zwanzig": "twenty", "dreißig": "thirty",
	"vierzig": "forty", "fünfzig": "fifty",
	// what a written-out number counts ("seit zehn Jahren", in ten
	// years: a span, not a count of ten)
	"jahre": "years", "jahren": "years", "monate": "months", "monaten": "months", "wochen": "weeks", "tage": "days",
	"tagen": "days",

	// measures
	"festnahmen": "arrests", "festnahme": "arrest", "verhaftungen": "arrests", "festgenommen": "arrested",
	"verhaftet": "arrested", "abschiebungen": "deportations", "abschiebung": "deportation", "abgeschoben": "deported",
	"inhaftiert": "detained", "inhaftierte": "detainees", "inhaftierten": "detainees", "häftlinge": "detainees",
	"haft": "detention", "gewahrsam": "custody", "haftanstalten": "detention facilities", "haftzentren": "detention centers",
	"einrichtungen": "facilities", "hafteinrichtungen": "detention facilities", "abschiebehaft": "immigration detention",

	// people and things
	"menschen": "people", "personen": "people", "migranten": "migrants", "einwanderer": "immigrants",
	"zahl": "number", "zahlen": "figures", "zeitraum": "period", "erhoben": "collected", "us-behörden": "U.S. authorities", "anzahl": "number", "daten": "data", "bericht": "report", "behörde": "agency", "regierung": "government",
	"präsident": "President", "rekord": "record", "höchststand": "record high", "zuwachs": "increase", "anstieg": "increase",
	"rückgang": "decrease", "gruppe": "group", "jahr": "year", "jahres": "of the year", "jahresende": "the end of the year",
	"usa": "the United States", "vereinigten": "United", "staaten": "States",
	// a state's adjective ("die texanischen ICE-Gefängnisse", the Texas
	// ICE detention facilities: ah-de-zeitungderarbeit-06)
	"texanischen": "Texas", "texanische": "Texas", "kalifornischen": "California", "kalifornische": "California",
}

var germanCountries = map[string]string{
	"mexiko": "Mexico", "mexikaner": "Mexicans", "guatemalteken": "Guatemalans", "honduraner": "Hondurans",
	"salvadorianer": "Salvadorans", "kubaner": "Cubans", "haitianer": "Haitians", "venezolaner": "Venezuelans",
	"kolumbianer": "Colombians", "inder": "Indians", "chinesen": "Chinese",
}

var deLexicon = buildLexicon(germanPhrases, germanWordsEn, germanCountries)
