package claims

import (
	"strings"
	"unicode"
)

// French sentences are glossed like Spanish and Portuguese ones (spanish.go),
// with a lexicon of their own. French outlets (France, Belgium, Switzerland,
// Quebec, Haiti, Algeria) relay ICE's detention statistics and TRAC's
// summaries much as Spanish ones do (fresh-2026-12s and -12t: 16 of their 179
// sentences). French writes thousands with a space ("68 990", a no-break or a
// narrow no-break space as often as a plain one) and decimals with a comma,
// which spanishNumber reads already; what is French is the vocabulary, the
// dates ("le 1er juin", "fin 2025") and the elided articles ("l’ICE",
// "d’immigrants"). As with Spanish, a figure counts as stated only where the
// gloss reads every word of its clause (spanish.go, readable); elsewhere it
// may be supported, never contradicted.

// frenchOnly: function words of French that Spanish, Portuguese and English
// do not use; french tells a sentence by them. The elided articles count:
// "l’ICE" splits into "l" and "ice".
var frenchOnly = map[string]bool{"les": true, "des": true, "du": true, "une": true, "est": true, "sont": true, "pour": true,
	"dans": true, "avec": true, "qui": true, "selon": true, "été": true, "aux": true, "au": true, "ont": true, "était": true,
	"étaient": true, "depuis": true, "personnes": true, "cette": true, "ces": true, "sur": true, "par": true, "avait": true,
	"avaient": true, "dont": true, "mais": true, "chiffre": true, "nombre": true, "et": true, "ou": true, "plus": true,
	"moins": true, "le": true, "l": true, "d": true, "qu": true, "n": true, "ce": true, "leur": true, "ils": true}

// french: the sentence has two or more French-only function words, and more
// of them than Spanish or Portuguese ones.
func french(s string) bool {
	fr, other := tellWords(s, func(w string) bool { return frenchOnly[w] }, func(w string) bool {
		return portugueseOnly[w] || spanishWords[w] && w != "de" && w != "la" && w != "en" && w != "un" && w != "que"
	})
	if fr < 2 || fr <= other {
		return false
	}
	// German writes "des" too (its genitive): a sentence with more German
	// function words than French ones is German (ah-de-zeitungderarbeit-06:
	// "Laut dem Bericht des Transactional Records Access Clearinghouse ...
	// seit Beginn des Haushaltsjahres 2024", two "des" and eight German
	// words)
	if de, _ := tellWords(s, func(w string) bool { return germanOnly[w] }, nil); de > fr {
		return false
	}
	// Italian elides its articles as French does ("l'ultimo rapporto",
	// "l'Ice"): a sentence with more Italian function words than French
	// ones is Italian (z-it-ansa-01, three "l'" and eight Italian words)
	it, _ := tellWords(s, func(w string) bool { return italianOnly[w] }, nil)
	return it <= fr
}

// tellWords counts the lower-case words of s that one language's test and
// the other's (nil: none) accept: the glossed languages are told apart by
// their function words.
func tellWords(s string, one, other func(string) bool) (int, int) {
	a, b := 0, 0
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) }) {
		if one(w) {
			a++
		}
		if other != nil && other(w) {
			b++
		}
	}
	return a, b
}

// hasWords: at least n of the lower-case words of s are in only, a
// language's own function words (the detectors of the languages glossed
// word by word).
func hasWords(s string, only map[string]bool, n int) bool {
	k, _ := tellWords(s, func(w string) bool { return only[w] }, nil)
	return k >= n
}

// frenchPhrases: an elided article is written with either apostrophe
// ("l’ICE", "l'ICE"); frenchLexicon adds the straight one to each phrase
// written here with the curly one.
var frenchPhrases = [][2]string{
	// elided articles: the gloss writes the English word and a space
	{"l ’", "the "},
	{"d ’", "of "},
	{"qu ’", "that "},
	{"n ’", "not "},
	{"jusqu ’ au", "until the"},
	{"jusqu ’ à", "until"},
	{"aujourd ’ hui", "today"},
	{"# % des", "$1 % of the"},
	{"# pour cent des", "$1 percent of the"},
	{"non - criminels", "noncriminals"},
	{"fin d ’ année", "the end of the year"},
	// ah-fr-7infos-01: "ont expulsé plus de 270 000 personnes en un an,
	// selon des estimations officielles publiées le 19 décembre" (over a
	// year: the last one)
	{"en un an", "in the past year"},
	{"a rapporté", "reported"},
	{"ont rapporté", "reported"},

	// agencies
	{"l ’ ice", "ICE"},
	{"de l ’ ice", "of ICE"},
	{"par l ’ ice", "by ICE"},
	{"à l ’ ice", "to ICE"},
	{"l ’ immigration and customs enforcement", "Immigration and Customs Enforcement"},
	{"de l ’ immigration and customs enforcement", "of Immigration and Customs Enforcement"},
	{"service de l ’ immigration et des douanes", "Immigration and Customs Enforcement"},
	{"services de l ’ immigration et des douanes", "Immigration and Customs Enforcement"},
	{"agence de l ’ immigration et des douanes", "Immigration and Customs Enforcement"},
	{"police de l ’ immigration et des douanes", "Immigration and Customs Enforcement"},
	{"la police fédérale de l ’ immigration", "ICE"},
	{"police fédérale de l ’ immigration", "ICE"},
	{"la police de l ’ immigration", "ICE"},
	{"police de l ’ immigration", "ICE"},
	{"agents de l ’ ice", "ICE agents"},
	{"centres de détention de l ’ ice", "ICE detention facilities"},
	{"sous la garde de l ’ ice", "in ICE custody"},
	{"en détention", "in detention"},
	{"la police des frontières", "Border Patrol"},
	{"police des frontières", "Border Patrol"},
	{"douanes et de la protection des frontières", "Customs and Border Protection"},
	{"douanes et protection des frontières", "Customs and Border Protection"},
	{"département de la sécurité intérieure", "Department of Homeland Security"},
	{"l ’ agence", "the agency"},
	{"université de syracuse", "Syracuse University"},
	{"alternatives à la détention", "Alternatives to Detention"},
	{"bracelets électroniques", "ankle monitors"},

	// criminality
	{"sans antécédents judiciaires", "with no criminal record"},
	{"sans antécédents criminels", "with no criminal record"},
	{"sans antécédent criminel", "with no criminal record"},
	{"sans antécédents", "with no criminal record"},
	{"sans casier judiciaire", "with no criminal record"},
	{"sans dossier judiciaire", "with no criminal record"},
	// bs-fr-mercy-01/-03: "n'ont pas de condamnations pénales", "n'ont
	// aucun casier judiciaire" (the negation's "ne ... pas" glossed whole)
	{"n ’ ont pas de condamnations pénales", "have no criminal convictions"},
	{"n ’ ont pas de condamnation pénale", "have no criminal conviction"},
	{"n ’ ont aucune condamnation pénale", "have no criminal conviction"},
	{"n ’ avaient pas de condamnation pénale", "had no criminal conviction"},
	{"n ’ avaient pas de condamnations pénales", "had no criminal convictions"},
	{"n ’ ont aucun casier judiciaire", "have no criminal record"},
	{"n ’ ont pas de casier judiciaire", "have no criminal record"},
	{"des détenus actuels", "of the current detainees"},
	{"détenus actuels", "current detainees"},
	{"aucun antécédent criminel", "no criminal record"},
	{"aucun antécédent judiciaire", "no criminal record"},
	{"ni condamnation ni poursuite", "no criminal conviction or charge"},
	{"casier judiciaire", "criminal record"},
	{"antécédents judiciaires", "criminal records"},
	{"antécédents criminels", "criminal records"},
	{"condamnations pénales", "criminal convictions"},
	{"condamnation pénale", "criminal conviction"},
	{"charges en instance", "pending charges"},
	{"accusations en instance", "pending charges"},
	{"poursuites en cours", "pending charges"},
	{"ont été condamnés", "were convicted"},
	{"ont été condamnées", "were convicted"},
	{"condamnés pour", "convicted of"},

	// measures
	{"personnes détenues", "people detained"},
	{"personnes arrêtées", "people arrested"},
	{"personnes expulsées", "people deported"},
	{"étaient détenues", "were detained"},
	{"étaient détenus", "were detained"},
	{"sont détenues", "are detained"},
	{"sont détenus", "are detained"},
	{"ont été arrêtés", "were arrested"},
	{"ont été arrêtées", "were arrested"},
	{"ont été expulsés", "were deported"},
	{"ont été expulsées", "were deported"},
	{"a arrêté", "arrested"},
	{"ont arrêté", "arrested"},
	{"a expulsé", "deported"},
	{"ont expulsé", "deported"},
	{"la population détenue", "the detained population"},
	{"population détenue", "detained population"},
	{"centres de détention", "detention facilities"},
	{"le nombre de centres", "the number of detention facilities"},
	{"le nombre d ’ installations", "the number of detention facilities"},
	{"centre de détention", "detention center"},
	{"population quotidienne moyenne", "average daily population"},
	{"en moyenne", "on average"},
	{"une moyenne de", "an average of"},
	{"par jour", "per day"},
	{"par mois", "per month"},

	// periods
	{"l ’ exercice fiscal #", "FY$1"},
	{"exercice fiscal #", "FY$1"},
	{"l ’ année fiscale #", "FY$1"},
	{"année fiscale #", "FY$1"},
	{"au cours de l ’ exercice fiscal #", "in FY$1"},
	// "Au cours de l'exercice 2024" (u-fr-helm-01): "exercice" alone is
	// the fiscal year of an agency's accounts
	{"au cours de l ’ exercice #", "in FY$1"},
	{"au cours de l ’ année fiscale #", "in FY$1"},
	{"l ’ exercice #", "FY$1"},
	{"l ’ exercice fiscal", "the fiscal year"},
	{"exercice fiscal", "fiscal year"},
	{"l ’ année fiscale", "the fiscal year"},
	{"année fiscale", "fiscal year"},
	{"l ’ année précédente", "the previous year"},
	{"l ’ année dernière", "last year"},
	{"l ’ an dernier", "last year"},
	{"un an plus tôt", "a year earlier"},
	{"un an auparavant", "a year earlier"},
	{"la même période", "the same period"},
	{"le # er {mes} #", "on $2 1, $3"},
	{"le # er {mes}", "on $2 1"},
	{"le # {mes} #", "on $2 $1, $3"},
	{"le # {mes}", "on $2 $1"},
	{"# er {mes} #", "$2 1, $3"},
	{"# er {mes}", "$2 1"},
	{"# {mes} #", "$2 $1, $3"},
	{"# {mes}", "$2 $1"},
	{"à la date du # er {mes} #", "as of $2 1, $3"},
	{"à la date du # er {mes}", "as of $2 1"},
	{"à la date du # {mes} #", "as of $2 $1, $3"},
	{"à la date du # {mes}", "as of $2 $1"},
	{"au # er {mes} #", "as of $2 1, $3"},
	{"au # er {mes}", "as of $2 1"},
	{"au # {mes} #", "as of $2 $1, $3"},
	{"au # {mes}", "as of $2 $1"},
	{"jusqu ’ au # {mes} #", "through $2 $1, $3"},
	{"jusqu ’ à fin {mes}", "through the end of $1"},
	{"en {mes} #", "in $1 $2"},
	{"{mes} #", "$1 $2"},
	// a month alone ("de 39 000 en janvier", bs-fr-fautquon-02)
	{"{mes}", "$1"},
	{"depuis {mes}", "since $1"},
	{"depuis le # {mes}", "since $2 $1"},
	{"depuis le # er {mes}", "since $2 1"},
	{"entre {mes} et {mes}", "between $1 and $2"},
	{"fin {mes} #", "at the end of $1 $2"},
	{"fin {mes}", "at the end of $1"},
	{"fin #", "at the end of $1"},
	{"à la fin de #", "at the end of $1"},
	// "à la fin de cette même année fiscale, un total de 36 845
	// non-citoyens étaient toujours en détention" (be-fr-thewaynefocus-04)
	{"à la fin de cette même année fiscale", "at the end of the same fiscal year"},
	{"à la fin de cette année fiscale", "at the end of that fiscal year"},
	{"à la fin de l ’ année fiscale", "at the end of the fiscal year"},
	{"à la fin de l ’ exercice", "at the end of the fiscal year"},
	// "273 220 personnes ont été placées en détention par l'ICE"
	// (be-fr-thewaynefocus-02): booked into detention, an event
	{"ont été placées en détention", "were placed in detention"},
	{"ont été placés en détention", "were placed in detention"},
	{"ont été placées en rétention", "were placed in detention"},
	{"ont été placés en rétention", "were placed in detention"},
	{"début {mes} #", "early $1 $2"},
	{"début #", "early $1"},
	{"en #", "in $1"},

	// hedges and comparisons
	{"plus de", "more than"},
	{"moins de", "fewer than"},
	{"moins d ’ un tiers", "less than a third"},
	{"près de", "nearly"},
	{"au moins", "at least"},
	{"un peu plus de", "slightly more than"},
	{"un total de", "a total of"},
	{"pour cent", "percent"},
	{"un tiers", "a third"},
	{"deux tiers", "two-thirds"},
	{"trois quarts", "three quarters"},
	{"plus de la moitié", "more than half"},
	{"la moitié", "half"},
	{"la majorité", "the majority"},
	{"en hausse de", "up"},
	{"en baisse de", "down"},
	{"une hausse de", "an increase of"},
	{"une augmentation de", "an increase of"},
	{"une baisse de", "a decrease of"},
	{"une diminution de", "a decrease of"},
	{"par rapport à", "compared with"},
	{"par rapport au", "compared with the"},
	// cm-fr-buminteractif-07/-08, cm-fr-linfore-01, cm-fr-dailymotion-01:
	// "les expulsions ... ont augmenté ..., passant de 59 000 en 2021 à
	// 72 000 en 2022. Elles ont ensuite bondi à 180 000 en 2023,
	// atteignant un record de plus de 271 000", "D'après les données
	// officielles rendues publiques le 19 décembre, plus de 270 000
	// individus ont été renvoyés des États-Unis au cours des 12 derniers
	// mois", "relayées par l'Agence France-Presse" (the agency, not France)
	{"agence france - presse", "AFP"},
	{"l ' agence france - presse", "AFP"},
	{"l ’ agence france - presse", "AFP"},
	// cm-fr-linfore-02, cm-fr-cibercuba-02: FY2024's removals "surpassant
	// même les niveaux observés durant la première présidence de Donald
	// Trump", "dépasse tous les chiffres annuels enregistrés par son
	// prédécesseur, Donald Trump": above every year of the first term, so
	// above its peak (ice_removals.go)
	{"surpassant même", "surpassing even"},
	{"surpassant", "surpassing"},
	{"les niveaux observés durant la première présidence de donald trump", "the peak of Trump's first term"},
	{"tous les chiffres annuels enregistrés par son prédécesseur , donald trump", "the peak of Trump's first term"},
	{"ont augmenté", "increased"},
	{"passant de", "going from"},
	{"elles ont ensuite", "they then"},
	{"ils ont ensuite", "they then"},
	{"atteignant", "reaching"},
	{"au cours des 12 derniers mois", "in the past 12 months"},
	{"au cours des douze derniers mois", "in the past 12 months"},
	{"d ’ après", "according to"},
	{"d ' après", "according to"},
	{"rendues publiques", "released"},
	{"données officielles", "official data"},
	{"estimations officielles", "official estimates"},
	{"relayées par", "relayed by"},
	{"renvoyés des", "removed from"},
	{"expulsés des", "deported from"},
	{"ont été expulsés des", "were deported from"},
	{"a bondi de", "jumped"},
	{"ont bondi de", "jumped"},
	{"a augmenté de", "rose"},
	// af-fr-voaafrique-03: "le nombre de personnes expulsées des États-Unis a
	// diminué d'environ 6% au cours de l'année fiscale 2017"
	{"a diminué d ’ environ", "fell by about"},
	{"a diminué de", "fell by"},
	{"a diminué", "fell"},
	{"ont diminué de", "fell by"},
	{"ont augmenté de", "rose"},
	// the participle apart from its auxiliary ("les arrestations ... ont,
	// rien que l'année dernière, augmenté de 30%", aj-fr-yabiladi-06)
	{"augmenté de", "risen by"},
	{"augmentées de", "risen by"},
	{"diminué de", "fallen by"},
	{"diminuées de", "fallen by"},
	{"rien que", "just"},
	{"ces derniers", "the latter"},
	{"ces dernières", "the latter"},
	{"a presque doublé", "nearly doubled"},
	{"a doublé", "doubled"},
	{"a triplé", "tripled"},
	{"est passé de", "went from"},
	{"est passée de", "went from"},
	{"sont passés de", "went from"},
	{"un record historique", "an all-time record"},
	{"record historique", "all-time record"},
	{"un record absolu", "an all-time record"},
	{"record absolu", "all-time record"},
	{"le plus élevé", "the highest"},
	{"le plus haut", "the highest"},
	{"avoisinait les", "was about"},
	{"avoisine les", "is about"},

	// places
	{"états - unis", "the United States"},
	{"aux états - unis", "in the United States"},
	{"la maison blanche", "the White House"},
	{"à l ’ échelle nationale", "nationwide"},
	{"dans tout le pays", "nationwide"},
	// fix23-ne: "a recensé 35 604 expulsions en janvier et en février
	// 2017, contre 35 255 pour les deux premiers mois de 2016" (recorded
	// 35,604 removals in January and February 2017, against 35,255 for the
	// first two months of 2016; af-fr-vice-01)
	{"en {mes} et en {mes} #", "in $1 and $2 $3"},
	{"en {mes} et {mes} #", "in $1 and $2 $3"},
	{"deux premiers mois", "first two months"},
	{"trois premiers mois", "first three months"},
	{"six premiers mois", "first six months"},
	{"premiers mois", "first months"},
	{"premier mois", "first month"},
	{"a recensé", "recorded"},
	{"ont recensé", "recorded"},
}

var frenchWordsEn = map[string]string{
	// (be-fr-thewaynefocus-04)
	"toutefois": "however", "toujours": "still", "citoyens": "citizens", "même": "same",
	// function words
	"le": "the", "la": "the", "les": "the", "un": "a", "une": "a", "des": "", "de": "of", "du": "of the",
	"au": "to the", "aux": "to the", "à": "to", "et": "and", "ou": "or", "dans": "in", "en": "in", "avec": "with",
	"par": "by", "pour": "for", "sur": "on", "entre": "between", "depuis": "since", "sans": "without", "selon": "according to",
	"dont": "including", "ce": "this", "cette": "this", "ces": "these", "ils": "they", "qui": "who", "que": "that",
	"mais": "but", "soit": "that is", "contre": "compared with", "y": "", "ne": "", "pas": "", "aucun": "no",
	"aucune": "no", "seulement": "only", "environ": "about", "presque": "nearly", "quelque": "some", "leur": "their",
	"tandis": "while", "pourtant": "yet", "avant": "before", "après": "after", "parmi": "among", "chaque": "each",
	"actuellement": "currently", "aujourd": "today", "hui": "", "mille": "thousand", "milliers": "thousands",
	"deux": "two", "trois": "three", "quatre": "four", "cinq": "five", "dix": "ten", "nouveaux": "new", "nouvelles": "new",
	"autres": "other", "total": "total", "quotidien": "daily", "quotidienne": "daily", "moyenne": "average",

	// measures
	"arrestations": "arrests", "arrestation": "arrest", "interpellations": "arrests", "arrêtés": "arrested",
	"arrêtées": "arrested", "arrêté": "arrested", "interpellés": "arrested", "expulsions": "deportations",
	"expulsion": "deportation", "expulsés": "deported", "expulsées": "deported", "expulsé": "deported",
	"renvoyés": "deported", "reconduites": "removals", "détenus": "detained", "détenues": "detained",
	"détenu": "detained", "détenue": "detained", "détention": "detention", "détenait": "held", "détient": "holds",
	"garde": "custody", "condamnés": "convicted", "condamnées": "convicted", "condamnations": "convictions",

	// people and things
	"personnes": "people", "immigrants": "immigrants", "immigrés": "immigrants", "migrants": "migrants",
	"étrangers": "noncitizens", "sans-papiers": "undocumented immigrants", "adultes": "adults", "familles": "families",
	"installations": "facilities", "établissements": "facilities", "centres": "centers", "nombre": "number",
	"chiffre": "figure", "chiffres": "figures", "données": "data", "rapport": "report", "agence": "agency",
	"création": "creation", "recensé": "recorded", "recensés": "recorded", "recensées": "recorded",
	"gouvernement": "government", "administration": "administration", "président": "President", "mandat": "term",
	"hausse": "increase", "augmentation": "increase", "baisse": "decrease", "diminution": "decrease",
	"croissance": "growth", "record": "record", "part": "share", "proportion": "share", "pic": "peak",

	// verbs
	"est": "is", "sont": "are", "était": "was", "étaient": "were", "a": "has", "ont": "have", "avait": "had",
	"avaient": "had", "été": "been", "compte": "counts", "comptait": "had", "atteint": "reached", "atteignait": "reached",
	"dépasse": "exceeds", "dépassait": "exceeded", "dépassé": "exceeded", "représente": "represents",
	"représentent": "represent", "marque": "marks", "révèle": "reveals", "révèlent": "reveal", "rapporte": "reports",
	"publiées": "published", "publiés": "published", "comme": "as", "hors": "excluding", "suivis": "followed",
	"frontière": "border", "isolés": "single", "ajouté": "added", "explosé": "soared", "bondi": "jumped",
}

// frenchCountries glosses the countries and demonyms most often named.
var frenchCountries = map[string]string{
	"mexique": "Mexico", "mexicains": "Mexicans", "mexicaines": "Mexicans", "guatemala": "Guatemala",
	"guatémaltèques": "Guatemalans", "honduras": "Honduras", "honduriens": "Hondurans", "salvador": "El Salvador",
	"salvadoriens": "Salvadorans", "cuba": "Cuba", "cubains": "Cubans", "haïti": "Haiti", "haïtiens": "Haitians",
	"venezuela": "Venezuela", "vénézuéliens": "Venezuelans", "colombie": "Colombia", "colombiens": "Colombians",
	"équateur": "Ecuador", "équatoriens": "Ecuadorians", "brésil": "Brazil", "brésiliens": "Brazilians",
	"inde": "India", "indiens": "Indians", "chine": "China", "chinois": "Chinese",
	"cambodge": "Cambodia", "cambodgiens": "Cambodians", "cambodgiennes": "Cambodians",
}

// frenchLexicon: the French phrases, each elided one with both apostrophes.
func frenchLexicon() map[string][]esPhrase {
	phrases := append([][2]string(nil), frenchPhrases...)
	for _, p := range frenchPhrases {
		if strings.Contains(p[0], "’") {
			phrases = append(phrases, [2]string{strings.ReplaceAll(p[0], "’", "'"), p[1]})
		}
	}
	return buildLexicon(phrases, frenchWordsEn, frenchCountries)
}

var frLexicon = frenchLexicon()
