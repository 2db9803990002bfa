package claims

import (
	"strings"
	"unicode"
)

// Portuguese sentences are glossed like Spanish ones (spanish.go), with a
// lexicon of their own: the two languages share most number forms ("56.945",
// "71,1%", "68 mil") and month names, but not their function words ("dos" is
// "two" in Spanish and "of the" in Portuguese), so a sentence takes one
// lexicon or the other. Portuguese outlets (Brazil, Portugal) relay ICE's
// and TRAC's figures as Spanish ones do (fresh-2026-12s and -12t: 42 of
// their 179 sentences). As with Spanish, nothing a Portuguese sentence says
// counts as stated.

// portugueseOnly: function words of Portuguese that Spanish and English do
// not use; portuguese tells a sentence by them.
var portugueseOnly = map[string]bool{"os": true, "das": true, "em": true, "na": true, "nas": true, "nos": true, "um": true,
	"uma": true, "com": true, "pelo": true, "pela": true, "pelos": true, "pelas": true, "foi": true, "foram": true, "são": true,
	"não": true, "mais": true, "pessoas": true, "número": true, "ao": true, "aos": true, "às": true, "segundo": true,
	"dados": true, "até": true, "então": true, "já": true, "há": true, "tinham": true, "têm": true, "estão": true, "eram": true}

// portuguese: the sentence has more Portuguese-only function words than
// Spanish ones.
func portuguese(s string) bool {
	pt, es := 0, 0
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) }) {
		if portugueseOnly[w] {
			pt++
		}
		if spanishWords[w] && w != "de" && w != "que" && w != "para" && w != "por" {
			es++
		}
	}
	return pt >= 2 && pt > es
}

var portuguesePhrases = [][2]string{
	{"serviço de imigração e controle de alfândegas", "Immigration and Customs Enforcement"},
	{"serviço de imigração e alfândega", "Immigration and Customs Enforcement"},
	{"agência de imigração e alfândega", "Immigration and Customs Enforcement"},
	{"imigração e alfândega", "Immigration and Customs Enforcement"},
	{"departamento de segurança interna", "Department of Homeland Security"},
	{"patrulha de fronteira", "Border Patrol"},
	{"o ice", "ICE"},
	{"do ice", "of ICE"},
	{"pelo ice", "by ICE"},
	{"sob custódia do ice", "in ICE custody"},
	{"sob custódia", "in custody"},
	{"centros de detenção do ice", "ICE detention facilities"},
	{"centros de detenção", "detention centers"},
	{"centro de detenção", "detention center"},
	{"detidos pelo ice", "held by ICE"},
	{"presos pelo ice", "held by ICE"},
	{"pessoas detidas", "people detained"},
	{"pessoas presas", "people detained"},
	{"imigrantes detidos", "detained immigrants"},
	{"número total de pessoas presas", "total number of people detained"},
	{"número de pessoas presas", "number of people detained"},
	{"sem antecedentes criminais", "with no criminal record"},
	{"sem antecedentes", "with no criminal record"},
	{"não têm antecedentes criminais", "have no criminal record"},
	{"não tinham antecedentes criminais", "had no criminal record"},
	{"não tinham histórico criminal", "had no criminal history"},
	{"não possuem registros criminais", "have no criminal records"},
	{"histórico criminal", "criminal history"},
	{"antecedentes criminais", "criminal records"},
	{"condenações criminais", "criminal convictions"},
	{"acusações pendentes", "pending charges"},
	{"prisões diárias", "daily arrests"},
	{"média de", "an average of"},
	{"uma média de", "an average of"},
	{"com uma média de", "with an average of"},
	{"por dia", "per day"},
	{"um mês antes", "a month earlier"},
	{"um ano antes", "a year earlier"},
	{"em relação a", "compared with"},
	{"em relação aos", "compared with the"},
	{"em comparação com", "compared with"},
	{"passaram de", "went from"},
	{"de acordo com", "according to"},
	{"ano fiscal", "fiscal year"},
	{"no ano fiscal", "in fiscal year"},
	{"até o final de", "as of the end of"},
	{"até o fim de", "as of the end of"},
	{"alternativas à detenção", "Alternatives to Detention"},
	{"tornozeleiras eletrônicas", "ankle monitors"},
	{"universidade de syracuse", "Syracuse University"},
	{"o maior número de detidos", "the largest number of detainees"},
	{"maior número", "largest number"},
	{"recorde", "record"},
}

var portugueseWordsEn = map[string]string{
	// function words
	"o": "the", "a": "the", "os": "the", "as": "the", "um": "a", "uma": "a", "uns": "some", "umas": "some",
	"de": "of", "do": "of the", "da": "of the", "dos": "of the", "das": "of the", "ao": "to the", "à": "to the",
	"em": "in", "no": "in the", "na": "in the", "nos": "in the", "nas": "in the", "e": "and", "ou": "or",
	"com": "with", "por": "by", "pelo": "by the", "pela": "by the", "para": "for", "que": "that", "entre": "between",
	"desde": "since", "até": "until", "sem": "without", "sobre": "on", "durante": "during", "após": "after",
	"como": "as", "mais": "more", "menos": "fewer", "seu": "its", "sua": "its", "seus": "its", "suas": "its",
	"este": "this", "esta": "this", "esse": "that", "essa": "that", "quando": "when", "onde": "where",
	"também": "also", "mas": "but", "cada": "each", "todos": "all", "não": "not", "já": "already", "se": "",
	"segundo": "according to", "cerca": "about", "aproximadamente": "approximately", "quase": "nearly",
	"atualmente": "currently", "agora": "now", "hoje": "today", "diário": "daily", "diária": "daily",
	"diárias": "daily", "diários": "daily", "total": "total", "mil": "thousand",
	// measures
	"prisões": "arrests", "prisão": "arrest", "detenções": "arrests", "detidos": "detained", "detidas": "detained",
	"detido": "detained", "detida": "detained", "presos": "detained", "presas": "detained", "detentos": "detainees",
	"deportações": "deportations", "deportação": "deportation", "deportados": "deported", "deportadas": "deported",
	"deportou": "deported", "deportaram": "deported", "remoções": "removals", "removidos": "removed",
	"expulsões": "removals", "expulsos": "removed", "custódia": "custody",
	// people and things
	"pessoas": "people", "imigrantes": "immigrants", "migrantes": "migrants", "estrangeiros": "noncitizens",
	"instalações": "facilities", "número": "number", "dados": "data", "relatório": "report", "agência": "agency",
	"governo": "government", "presidente": "President", "administração": "administration", "mandato": "term",
	"aumento": "increase", "redução": "reduction", "queda": "drop", "declínio": "decline", "diminuição": "decrease",
	// verbs
	"foi": "was", "foram": "were", "é": "is", "são": "are", "era": "was", "eram": "were", "tinha": "had",
	"tinham": "had", "tem": "has", "têm": "have", "havia": "there were", "há": "there are", "contava": "had",
	"atingiu": "reached", "chegou": "reached", "registrou": "recorded", "registrados": "recorded",
	"aumentou": "rose", "aumentaram": "rose", "caiu": "fell", "caíram": "fell", "diminuíram": "fell",
	"abriga": "holds", "mantinha": "held", "mantém": "holds", "representa": "represents",
}
