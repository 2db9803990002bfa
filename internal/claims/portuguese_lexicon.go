package claims

import "strings"

// Portuguese sentences are glossed like Spanish ones (spanish.go), with a
// lexicon of their own: the two languages share most number forms ("56.945",
// "71,1%", "68 mil") and month names, but not their function words ("dos" is
// "two" in Spanish and "of the" in Portuguese), so a sentence takes one
// lexicon or the other. Portuguese outlets (Brazil, Portugal) relay ICE's and
// TRAC's figures as Spanish ones do (fresh-2026-12s and -12t: 42 of their 179
// sentences). As with Spanish, a figure counts as stated only where the gloss
// reads every word of its clause (spanish.go, readable); elsewhere it may be
// supported, never contradicted.

// portugueseOnly: function words of Portuguese that Spanish and English do
// not use; portuguese tells a sentence by them.
var portugueseOnly = map[string]bool{"os": true, "das": true, "em": true, "na": true, "nas": true, "nos": true, "um": true,
	"uma": true, "com": true, "pelo": true, "pela": true, "pelos": true, "pelas": true, "foi": true, "foram": true, "são": true,
	"não": true, "mais": true, "pessoas": true, "número": true, "ao": true, "aos": true, "às": true, "segundo": true,
	"dados": true, "até": true, "então": true, "já": true, "há": true, "tinham": true, "têm": true, "estão": true, "eram": true,
	// words whose Spanish is spelt otherwise ("cuando", "casi", "sin",
	// "detenidos", "inmigrantes"): a sentence of few function words still
	// tells (t-pt-gazetanews-02: "Desde janeiro, quando o republicano
	// reassumiu o cargo, o total de detentos cresceu quase 70%")
	"quando": true, "quase": true, "sem": true, "detidos": true, "detidas": true, "imigrantes": true,
	"nesta": true, "neste": true, "deste": true, "desta": true, "desse": true, "dessa": true,
	// "A nível nacional, o ICE deteu ... durante o ano fiscal de 2017" (w-pt-onevox-06)
	"nível": true, "ano": true, "sob": true,
	// y-pt-acheiusa19-04: "O ICE deportou 258.085 estrangeiros no ano fiscal de 2018."
	"deportou": true, "deportaram": true, "estrangeiros": true}

// portuguese: the sentence has more Portuguese-only words than Spanish
// function words. A word with "ã" or "õ" ("paralisação", "detenções",
// "não") is Portuguese-only too, for Spanish never writes them: a short
// sentence has few function words ("Representa uma redução de 19%.",
// s-pt-tdtnews-02), and without these it took the Spanish lexicon.
func portuguese(s string) bool {
	pt, es := tellWords(s, func(w string) bool { return portugueseOnly[w] || strings.ContainsAny(w, "ãõ") },
		func(w string) bool { return spanishWords[w] && w != "de" && w != "que" && w != "para" && w != "por" })
	return pt >= 2 && pt > es
}

var portuguesePhrases = [][2]string{
	{"o que significa", "which means"}, {"período anterior", "previous period"},
	// "N foram capturados" (N were captured, arrested; y-pt-portalbm-04:
	// "158.581 foram capturados em iniciativas do ERO")
	{"foram capturados", "were arrested"},
	{"foram capturadas", "were arrested"},
	{"serviço de imigração e controle de alfândegas", "Immigration and Customs Enforcement"},
	{"serviço de imigração e alfândega", "Immigration and Customs Enforcement"},
	{"agência de imigração e alfândega", "Immigration and Customs Enforcement"},
	{"imigração e alfândega", "Immigration and Customs Enforcement"},
	{"departamento de segurança interna", "Department of Homeland Security"},
	{"patrulha de fronteira", "Border Patrol"},
	{"o ice", "ICE"},
	{"contou com", "relied on"},
	{"em âmbito nacional", "nationwide"},
	{"a nível nacional", "nationwide"},
	{"solicitantes de asilo", "asylum seekers"},
	{"operações de fiscalização e remoção", "Enforcement and Removal Operations"},
	{"a menos", "fewer"},
	{"em meados de", "in mid-"},
	// bs-pt-ndb-05: "quase metade dos detidos até meados de 2025"
	{"até meados de", "as of mid-"},
	{"em relação ao", "compared with the"},
	{"em relação à", "compared with the"},
	{"programa adt", "ATD program"},
	{"programas adt", "ATD programs"},
	{"sul do texas", "South Texas"},
	{"nova york", "New York"},
	{"nova jersey", "New Jersey"},
	{"nova orleans", "New Orleans"},
	{"carolina do norte", "North Carolina"},
	{"carolina do sul", "South Carolina"},
	{"para abrigar", "to house"},
	{"a maior parte dos", "most of the"},
	{"a maior parte das", "most of the"},
	{"depois do", "after"},
	{"depois da", "after"},
	{"chegam ao local diariamente", "arrive there daily"},
	{"do ice", "of ICE"},
	{"pelo ice", "by ICE"},
	{"sob custódia do ice", "in ICE custody"},
	{"sob custódia", "in custody"},
	{"centros de detenção do ice", "ICE detention facilities"},
	{"centros de detenção", "detention centers"},
	{"centro de detenção", "detention center"},
	{"detidos pelo ice", "held by ICE"},
	{"presos pelo ice", "held by ICE"},
	// bs-pt-agencia12-03: "a maioria dos detidos em janeiro havia sido
	// presa pela Alfândega e Proteção de Fronteiras (CBP ...)": the
	// agency that arrested the people held
	{"havia sido presa pela", "had been arrested by the"},
	{"havia sido preso pelo", "had been arrested by the"},
	{"haviam sido presos pela", "had been arrested by the"},
	{"haviam sido presos pelo", "had been arrested by the"},
	{"alfândega e proteção de fronteiras", "Customs and Border Protection"},
	{"alfândega e proteção das fronteiras", "Customs and Border Protection"},
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
	// ch-pt-brasilunidos-01: "no ano fiscal de 2020-2021", "185.884
	// deportações do anos fiscal de 2019-2020" (sic): the year, no "of"
	{"ano fiscal de", "fiscal year"},
	{"no ano fiscal de", "in fiscal year"},
	{"do ano fiscal de", "of fiscal year"},
	{"do anos fiscal de", "of fiscal year"},
	// ad-pt-gazeta-04: "no exercício financeiro de 2018 da agência de
	// imigração, o ICE retirou 265.000 indivíduos dos EUA" (in the
	// immigration agency's fiscal year 2018, ICE removed 265,000
	// individuals from the U.S.)
	{"exercício financeiro", "fiscal year"},
	{"no exercício financeiro", "in fiscal year"},
	{"exercício fiscal", "fiscal year"},
	{"no exercício fiscal", "in fiscal year"},
	{"até o final de", "as of the end of"},
	{"até o fim de", "as of the end of"},
	{"alternativas à detenção", "Alternatives to Detention"},
	{"tornozeleiras eletrônicas", "ankle monitors"},
	{"universidade de syracuse", "Syracuse University"},
	{"o maior número de detidos", "the largest number of detainees"},
	{"maior número", "largest number"},
	{"recorde", "record"},

	// dates: the Spanish forms ("30 de novembro de 2025", "até 15 de
	// agosto") with Portuguese words around them; without them the month
	// stays Portuguese and the figure takes the article's date or fiscal
	// year (t-pt-scalabrinianas-01: "73% dos imigrantes detidos nos
	// Estados Unidos até 30 de novembro de 2025 não tinham antecedentes
	// criminais")
	{"{mes}", "$1"},
	{"# de {mes} de #", "$2 $1, $3"},
	{"# de {mes}", "$2 $1"},
	{"{mes} de #", "$1 $2"},
	{"em {mes} de #", "in $1 $2"},
	{"em {mes}", "in $1"},
	{"em # de {mes} de #", "on $2 $1, $3"},
	{"em # de {mes}", "on $2 $1"},
	{"até # de {mes} de #", "as of $2 $1, $3"},
	{"até # de {mes}", "as of $2 $1"},
	{"até o dia # de {mes}", "as of $2 $1"},
	{"de # de {mes} a # de {mes}", "from $2 $1 to $4 $3"},
	{"desde {mes}", "since $1"},
	{"até ao final de", "as of the end of"},
	{"até ao fim de", "as of the end of"},
	{"no final de", "at the end of"},
	{"ao final de", "at the end of"},
	{"no início de", "in early"},
	{"desde o início de", "since the start of"},
	{"deste ano", "this year"},
	{"desse ano", "that year"},
	{"do ano passado", "of last year"},
	{"na altura", "at the time"},
	{"na época", "at the time"},

	// "de A para B": Portuguese "para" before a figure is "to", not "for"
	// (s-pt-tdtnews-01: "passaram de 1.224 em junho para 990 em julho")
	{"para ?#", "to"},
	// (cm-pt-portaltela-02: "passando de cerca de 40.000 em janeiro para
	// aproximadamente 60.000 em setembro": a hedge between)
	{"para aproximadamente", "to approximately"},
	{"para cerca de", "to about"},
	{"para quase", "to nearly"},
	{"para mais de", "to more than"},
	{"passou de", "went from"},
	{"passando de", "going from"},

	// quantities and comparisons
	{"{n} em cada {n}", "$1 out of $2"},
	{"{n} de cada {n}", "$1 out of $2"},
	{"por cento", "percent"},
	{"pelo menos", "at least"},
	{"mais da metade de", "more than half of"},
	{"mais da metade dos", "more than half of the"},
	{"mais de", "more than"},
	{"menos de", "fewer than"},
	// "bem menos do que as 185 mil do período anterior" (aj-pt-opovo-02:
	// far fewer than the 185 thousand of the previous period)
	{"bem menos do que", "far fewer than"},
	{"bem mais do que", "far more than"},
	{"menos do que", "fewer than"},
	{"mais do que", "more than"},
	{"não menos de", "no fewer than"},
	// af-pt-acheiusa-01: "73% das pessoas mantidas em detenção pelo ICE ...
	// não tinham condenação criminal"
	{"não tinham condenação criminal", "had no criminal conviction"},
	{"não têm condenação criminal", "have no criminal conviction"},
	{"não tinham condenações criminais", "had no criminal convictions"},
	{"não têm condenações criminais", "have no criminal convictions"},
	{"a metade de", "half of"},
	{"metade dos", "half of the"},
	{"metade de", "half of"},
	{"quase duplicando", "nearly doubling"},
	{"nível mais alto", "highest level"},
	{"o nível mais alto", "the highest level"},
	{"população média diária", "average daily population"},
	{"uma população média diária", "an average daily population"},
	{"a maior instalação", "the largest facility"},
	{"do país", "in the country"},

	// "cerca de N" is "about N", not "about of N" (t-pt-scalabrinianas-03:
	// "cerca de 40.000 imigrantes estavam detidos")
	{"cerca de", "about"},
	// "N detidos" standing alone is N detainees (s-pt-rtp-02: "21.000
	// detidos sem antecedentes criminais")
	{"# detidos", "$1 detainees"},
	// a projection is no figure of the records (s-pt-contextobr-05: "com
	// projeção de atingir 100 mil no início de 2026")
	{"com projeção de atingir", "and is projected to reach"},
	{"com previsão de atingir", "and is projected to reach"},
	// the agency's history, as the English superlatives word it (s-pt-
	// kalango-01: "o nível mais alto nos 23 anos de história da agência")
	{"nos # anos de história da agência", "in the agency's history"},
	{"na história da agência", "in the agency's history"},
	{"nos seus # anos de história", "in its history"},
	{"em seus # anos de história", "in its history"},
	{"na sua história", "in its history"},
	{"em sua história", "in its history"},
	{"perto de", "nearly"},
	{"delas", "of them"},
	{"deles", "of them"},
	{"estavam detidos", "were detained"},
	{"estão detidos", "are detained"},
	{"estão detido", "are detained"},
	{"passou para", "went to"},
	{"número de presos", "number of detainees"},
	{"número de detidos", "number of detainees"},
	{"número de detentos", "number of detainees"},
	{"todos os detidos", "all detainees"},
	{"dados internos", "internal data"},
	{"dados vazados", "leaked data"},
	{"centros prisionais", "detention centers"},
	{"imigrantes indocumentados", "undocumented immigrants"},
	{"centro de detenção do condado de {Name}", "$1 County Detention Center"},
	{"programa de detenção alternativa", "Alternatives to Detention program"},
	{"programa de alternativas à detenção", "Alternatives to Detention program"},
	{"estão inscritos", "are enrolled"},
	{"inscritos", "enrolled"},

	// no criminal record, as the reporters word it ("23.588 deles sem
	// antecedentes criminais", "não possuem antecedentes criminais", "não
	// têm sequer antecedentes criminais", "não possui acusações ou
	// condenações criminais")
	{"não possuem antecedentes criminais", "have no criminal records"},
	{"não possuíam antecedentes criminais", "had no criminal records"},
	{"não possuía antecedentes criminais", "had no criminal records"},
	{"não possui antecedentes criminais", "has no criminal record"},
	{"não têm sequer antecedentes criminais", "have no criminal records"},
	{"não têm sequer", "have no"},
	{"não possui acusações ou condenações criminais", "has no criminal charges or convictions"},
	{"não possuem acusações ou condenações criminais", "have no criminal charges or convictions"},
	{"sem acusações ou condenações criminais", "with no criminal charges or convictions"},

	// ICE's other two criminality classes, as the reporters word them:
	// "condenações" alone are criminal convictions, and to face criminal
	// charges is to have them pending (u-pt-gazeta-04: "17.171 tinham
	// condenações (26%) e 16.978 enfrentavam acusações criminais (26%)")
	{"tinham condenações", "had criminal convictions"},
	{"têm condenações", "have criminal convictions"},
	{"enfrentavam acusações criminais", "faced pending criminal charges"},
	{"enfrentam acusações criminais", "face pending criminal charges"},
	{"acusações criminais pendentes", "pending criminal charges"},
	{"os demais detidos", "the other detainees"},

	// "passagem pela polícia" (a police record) is Brazilian for a criminal
	// record, and "unidades prisionais" (prison units) are the detention
	// facilities (u-pt-acheiusa-01: "Mais de 75.6% dos imigrantes que estão
	// detidos em unidades prisionais do U.S. Immigration and Customs
	// Enforcement (ICE) não têm passagem pela polícia.")
	{"não têm passagem pela polícia", "have no criminal record"},
	{"não tinham passagem pela polícia", "had no criminal record"},
	{"sem passagem pela polícia", "with no criminal record"},
	{"unidades prisionais", "detention facilities"},

	// "detidos apenas por" a civil violation: held in custody, as ICE's
	// count is, not booked in (u-pt-gazeta-03: "30.986 (48%) eram
	// indivíduos sem acusações ou condenações criminais, detidos apenas por
	// violações civis da lei de imigração dos EUA")
	{"detidos apenas por", "held only for"},
	{"detidos somente por", "held only for"},
	{"presos apenas por", "held only for"},
	{"violações civis", "civil violations"},
	// a share of the total before it: "Desse total, 30.986 (48%) eram
	// indivíduos..." (u-pt-gazeta-03)
	{"desse total", "of that total"},
	{"deste total", "of this total"},
	{"indivíduos", "individuals"},
	// the eighteenth round (fresh-2026-12ab): "N estrangeiros estavam nas
	// prisões americanas" (ab-pt-uol-04): people held in U.S. prisons are
	// the detained ("prisões" alone stays arrests)
	{"estavam nas prisões americanas", "were in U.S. detention"},
	{"estão nas prisões americanas", "are in U.S. detention"},
	{"estavam nas prisões", "were in detention"}, {"estão nas prisões", "are in detention"},
	// bs-pt-agencia12-02: "havia cerca de 39 mil pessoas mantidas em
	// prisões destinadas a imigrantes" (held in immigration detention);
	// bs-pt-ndb-03: "a população diária nas instalações do ICE"
	{"mantidas em prisões", "held in detention"}, {"mantidos em prisões", "held in detention"},
	{"a população diária nas instalações do ice", "the number held in ICE detention"},
	{"população diária nas instalações do ice", "number held in ICE detention"},
	{"ultrapassava", "exceeded"}, {"se aproximava de", "approached"},
	// "nos Estados Unidos no fim de 2025" (ab-pt-jpnews-01)
	{"nos estados unidos", "in the United States"}, {"dos estados unidos", "of the United States"},
	{"estados unidos", "the United States"},
	// "EUA" (Estados Unidos da América): ad-pt-gazeta-04, "retirou 265.000
	// indivíduos dos EUA" (removed 265,000 individuals from the U.S.)
	{"nos eua", "in the United States"}, {"dos eua", "of the United States"}, {"eua", "the United States"},
	{"no fim de", "at the end of"}, {"ao fim de", "at the end of"},
	// "metade dos detidos — cerca de 33 mil — não tem acusações" (half of
	// the detainees; t-pt-gazetanews-05): after an article "detidos" is
	// the noun, the detainees
	{"dos detidos", "of the detainees"}, {"das detidas", "of the detainees"},
	{"os detidos", "the detainees"}, {"as detidas", "the detainees"},
	{"metade dos detidos", "half of the detainees"}, {"metade das detidas", "half of the detainees"},
	// people "detidas pelas autoridades migratórias" (taken by the
	// immigration authorities) are arrests, not a detained population
	// (ah-pt-brazilianvoice-03: "metade das 158 mil pessoas detidas pelas
	// autoridades migratórias")
	{"pessoas detidas pelas autoridades migratórias", "people arrested by immigration authorities"},
	{"pessoas detidas pelas autoridades de imigração", "people arrested by immigration authorities"},
	{"imigrantes detidos pelas autoridades migratórias", "immigrants arrested by immigration authorities"},
	{"imigrantes detidos pelas autoridades de imigração", "immigrants arrested by immigration authorities"},
	// Lusa's yearly reports on removals to the Portuguese-speaking
	// countries (fresh-2026-12an): "desceu de 50 em 2019 (68 em 2018)
	// para 15", "subiu para 40, face aos 32 de 2018"
	{"desceu de {n} para {n}", "fell from $1 to $2"},
	{"subiu de {n} para {n}", "rose from $1 to $2"},
	{"desceu de", "fell from"},
	{"desceu para", "fell to"},
	{"caiu de", "fell from"},
	{"subiu de", "rose from"},
	{"face aos", "compared with the"},
	{"face às", "compared with the"},
	{"face ao", "compared with the"},
	{"face à", "compared with the"},
	{"no ano anterior", "the previous year"},
	{"no entanto", "however"},
	// an-pt-acheiusa-01: "número 40% maior do que no ano fiscal de 2016"
	{"maior do que", "higher than"},
	{"menor do que", "lower than"},
	{"menos do que", "fewer than"},
	{"citado acima", "cited above"},
	{"citada acima", "cited above"},
	{"força policial", "police force"},
	{"cabo - verdianos", "Cape Verdeans"},
	{"cabo - verdianas", "Cape Verdeans"},
	{"guiné - bissau", "Guinea-Bissau"},
	// fix23-ne: "os oficiais de deportação ... prenderam administrativamente
	// 41.318 pessoas" (deportation officers ... administratively arrested
	// 41,318 people; aa-pt-noticiabrasil-01). "Deportation Officer" is the
	// title of ICE's ERO officers, who make its administrative arrests: the
	// gloss names the office, so that "deportation" does not make the
	// figure's measure removals as well as arrests
	{"oficiais de deportação", "ERO officers"},
	{"prenderam administrativamente", "administratively arrested"},
	{"prendeu administrativamente", "administratively arrested"},
	// the twenty-fourth round (fresh-2026-12au, au-pt-rbticanada-03, -06):
	// "prenderam 41.318 tendo como base violações das leis migratórias"
	// (arrested 41,318 on the basis of violations of the immigration
	// laws), "de 8.381 no ano passado para 12.766 esse ano" (from 8,381
	// last year to 12,766 this year: "esse ano" beside "no ano passado"
	// is the article's year), "ou seja" (that is)
	{"tendo como base", "on the basis of"},
	{"com base em", "on the basis of"},
	{"leis migratórias", "immigration laws"},
	{"lei migratória", "immigration law"},
	{"leis de imigração", "immigration laws"},
	{"no ano passado", "last year"},
	{"o ano passado", "last year"},
	{"esse ano", "this year"},
	{"este ano", "this year"},
	{"neste ano", "this year"},
	{"ou seja", "that is"},
	{"o mesmo período", "the same period"},
	{"mesmo período", "same period"},
	{"o índice de", "the number of"},
	// au-pt-gazetanews-02: "foram realizadas 21.362 prisões pelo ICE,
	// número maior que as 16.104 realizadas durante o mesmo período de
	// 2016" (21,362 arrests were made by ICE, a larger number than the
	// 16,104 made in the same period of 2016; "realizadas" alone is
	// dropped: "the 16,104 made" was read as a kind of arrests)
	{"foram realizadas", "were made"},
	{"foram realizados", "were made"},
	{"número maior que", "a larger number than"},
	{"número menor que", "a smaller number than"},
	// au-pt-e-global-06: "Quanto à Guiné-Bissau, depois de ter tido
	// quatro deportados em 2019 e cinco em 2018, não registou em 2020
	// qualquer expulsão" (as for Guinea-Bissau, after four deported in
	// 2019 and five in 2018, it recorded no removal in 2020)
	{"quanto à", "as for"},
	{"quanto ao", "as for"},
	{"depois de ter tido", "after"},
	{"não registou", "recorded no"},
	{"não registrou", "recorded no"},
	// "os agentes do Departamento de Operações de Remoção (ERO)": ICE's
	// Enforcement and Removal Operations, whose "removal" is no measure;
	// "detenções nas vizinhanças" (arrests in the neighbourhoods): ICE's
	// at-large arrests, made in the community rather than in a jail
	{"departamento de operações de remoção", "ERO"},
	{"detenções nas vizinhanças", "at-large arrests"},
	{"prisões nas vizinhanças", "at-large arrests"},
}

// portugueseSmall: the small numbers of Portuguese that Spanish spells
// otherwise ("seis em cada dez"), read by the lexicon's "{n}".
var portugueseSmall = map[string]string{"um": "one", "dois": "two", "duas": "two", "três": "three", "quatro": "four",
	"cinco": "five", "seis": "six", "sete": "seven", "oito": "eight", "nove": "nine", "dez": "ten", "onze": "eleven", "doze": "twelve"}

func init() {
	for w, n := range portugueseSmall {
		if spanishSmall[w] == "" {
			spanishSmall[w] = n
		}
	}
}

var portugueseWordsEn = map[string]string{
	// words the sixteenth round found left as written beside a figure
	// (spanish.go, readable; y-pt-portalbm-03: "o que significa um aumento
	// de 11% em relação ao período anterior")
	"significa": "means", "anterior": "previous", "violações": "violations", "violação": "violation",
	"realizadas": "", "realizados": "", "qualquer": "any", "expulsão": "removal",
	"cidadão": "citizen", "registou": "recorded", "depois": "after",
	"vários": "several", "várias": "several", "motivos": "reasons", "sobretudo": "mainly", "ilegal": "illegal",
	"países": "countries", "lusófonos": "Portuguese-speaking", "viu": "saw", "aumentar": "rise",
	"desceu": "fell", "desceram": "fell", "daquela": "of that", "daquele": "of that",
	// function words
	"o": "the", "a": "the", "os": "the", "as": "the", "um": "a", "uma": "a", "uns": "some", "umas": "some",
	"de": "of", "do": "of the", "da": "of the", "dos": "of the", "das": "of the", "ao": "to the", "à": "to the",
	"em": "in", "no": "in the", "na": "in the", "nos": "in the", "nas": "in the", "e": "and", "ou": "or",
	"com": "with", "por": "by", "pelo": "by the", "pela": "by the", "pelos": "by the", "pelas": "by the", "para": "for", "que": "that", "entre": "between",
	"desde": "since", "até": "until", "sem": "without", "sobre": "on", "durante": "during", "após": "after",
	"como": "as", "mais": "more", "menos": "fewer", "seu": "its", "sua": "its", "seus": "its", "suas": "its",
	"este": "this", "esta": "this", "esse": "that", "essa": "that", "quando": "when", "onde": "where",
	"também": "also", "mas": "but", "cada": "each", "todos": "all", "não": "not", "já": "already", "se": "",
	"segundo": "according to", "cerca": "about", "aproximadamente": "approximately", "quase": "nearly",
	"administrativamente": "administratively",
	"atualmente":          "currently", "agora": "now", "hoje": "today", "diário": "daily", "diária": "daily",
	"diárias": "daily", "diários": "daily", "total": "total", "mil": "thousand",
	// measures
	"prisões": "arrests", "prisão": "arrest", "detenções": "arrests", "detidos": "detained", "detidas": "detained",
	"detido": "detained", "detida": "detained", "presos": "detained", "presas": "detained", "detentos": "detainees",
	"deportações": "deportations", "deportação": "deportation", "deportados": "deported", "deportadas": "deported",
	"deportou": "deported", "deportaram": "deported", "retirou": "removed", "retiraram": "removed", "remoções": "removals", "removidos": "removed",
	"expulsões": "removals", "expulsos": "removed", "custódia": "custody",
	// people and things
	"pessoas": "people", "imigrantes": "immigrants", "migrantes": "migrants", "estrangeiros": "noncitizens",
	"instalações": "facilities", "número": "number", "dados": "data", "relatório": "report", "agência": "agency",
	// ch-pt-brasilunidos-01: "55.590 remoções contra 185.884 deportações do
	// anos fiscal de 2019-2020": the year after "contra" is the baseline's
	"contra":  "against",
	"governo": "government", "presidente": "President", "administração": "administration", "mandato": "term",
	"aumento": "increase", "redução": "reduction", "queda": "drop", "declínio": "decline", "diminuição": "decrease",
	// verbs
	"foi": "was", "foram": "were", "é": "is", "são": "are", "era": "was", "eram": "were", "tinha": "had",
	"tinham": "had", "tem": "has", "têm": "have", "havia": "there were", "há": "there are", "contava": "had",
	"atingiu": "reached", "chegou": "reached", "registrou": "recorded", "registrados": "recorded",
	"aumentou": "rose", "aumentaram": "rose", "caiu": "fell", "caíram": "fell", "diminuíram": "fell",
	"abriga": "holds", "mantinha": "held", "mantém": "holds", "representa": "represents",
	"detinha": "held", "manteve": "held", "mantinham": "held", "detém": "holds", "cresceu": "rose", "ultrapassou": "topped",
	"duplicou": "doubled", "estados": "states", "três": "three", "mantidos": "held", "mantidas": "held", "localizadas": "located", "localizados": "located",
	"califórnia": "California", "flórida": "Florida", "geórgia": "Georgia", "luisiana": "Louisiana", "pensilvânia": "Pennsylvania", "metade": "half", "maior": "largest", "início": "start", "final": "end",
	// common words of news reports on ICE figures (fresh-2026-12u's glosses left them untranslated)
	"prendeu": "arrested", "prenderam": "arrested", "deteve": "arrested", "deteu": "arrested", // "deteu": a common misspelling of "deteve" (w-pt-onevox-06)
	"detiveram": "arrested", "mostram": "show",
	"mostra": "shows", "números": "figures", "divulgados": "released", "divulgou": "released", "divulgado": "released",
	"oficiais": "official", "informou": "reported", "informa": "reports", "reportou": "reported", "revelou": "revealed",
	"publicou": "published", "destacou": "noted", "maioria": "majority", "tentando": "trying", "atravessar": "cross",
	"fronteira": "border", "ilegalmente": "illegally", "imigração": "immigration", "alfândega": "customs",
	"diretamente": "directly", "excluindo": "excluding", "aqueles": "those", "aquelas": "those",
	"transferidos": "transferred", "salto": "jump", "estável": "steady", "estáveis": "steady", "ainda": "still",
	"período": "period", "enquanto": "while", "país": "country", "análise": "analysis", "pessoa": "person",
	"liberada": "released", "liberados": "released", "liberadas": "released", "liberado": "released",
	"fiscalização": "enforcement", "obtidos": "obtained", "assumiu": "took office", "capacidade": "capacity",
	"chegando": "reaching", "estão": "are", "está": "is", "estava": "was", "estavam": "were", "últimos": "last",
	"última": "last", "últimas": "last", "último": "last", "primeira": "first", "primeiras": "first", "primeiro": "first",
	"primeiros": "first", "subiu": "rose", "subiram": "rose", "diminuíam": "fell", "diminuiu": "fell",
	"caindo": "falling", "aumentando": "rising", "dias": "days", "dia": "day", "semana": "week", "semanas": "weeks",
	"mês": "month", "meses": "months", "ano": "year", "anos": "years", "recentes": "recent",
	"pesquisadores": "researchers", "descobriram": "found", "geralmente": "usually", "população": "population",
	"pouco": "little", "meados": "mid", "apesar": "despite", "atualizados": "updated", "detenção": "detention",
	"centros": "centers", "centro": "center", "criminais": "criminal", "criminal": "criminal", "antecedentes": "records",
	"condenações": "convictions", "condenação": "conviction", "condenados": "convicted", "acusações": "charges",
	"pendentes": "pending", "crimes": "crimes", "crime": "crime", "nacionalidade": "nationality", "cidadãos": "citizens",
	"famílias": "families", "crianças": "children", "adultos": "adults", "monitoramento": "monitoring",
	"monitorados": "monitored", "tornozeleiras": "ankle monitors", "tornozeleira": "ankle monitor",
	"eletrônica": "electronic", "eletrônicas": "electronic", "programa": "program", "programas": "programs",
	"recorde": "record", "mínimo": "minimum", "máximo": "maximum", "pico": "peak", "média": "average", "médio": "average",
	"taxa": "rate", "nível": "level", "mostrando": "showing", "conforme": "according to", "além": "besides",
	"disso": "that", "só": "only", "apenas": "only", "dobro": "double", "triplo": "triple", "instalação": "facility",
	"operações": "operations", "operação": "operation", "batidas": "raids", "agentes": "agents", "patrulha": "patrol",
	"departamento": "department", "segurança": "security", "sábado": "Saturday",
	"domingo": "Sunday", "quarta": "Wednesday",
	// ICE's ATD program in Portuguese reports ("programa ADT", fresh-2026-12w)
	"adt": "ATD", "monitoradas": "monitored", "monitorado": "monitored", "monitorada": "monitored",
	"acompanhados": "supervised", "acompanhadas": "supervised", "escritório": "office", "escritórios": "offices",
	"colocados": "placed", "colocadas": "placed", "relatou": "reported", "relataram": "reported",
	"significativa": "significant", "significativo": "significant", "outras": "other", "outros": "other",
	"cidades": "cities", "cidade": "city", "incluem": "include", "inclui": "includes", "registraram": "recorded",
	"sendo": "being", "remoção": "removal", "indivíduos": "individuals", "atende": "covers", "asilo": "asylum",
	"solicitantes": "applicants", "relação": "relation", "nacional": "national", "âmbito": "scope",
	"absorções": "intakes", "mostrou": "showed", "mostraram": "showed", "atual": "current", "atuais": "current",
}

// portugueseCountries: the demonyms and country names Portuguese writes
// otherwise than Spanish. Lusa's yearly reports on ICE's removals to the
// Portuguese-speaking countries (fresh-2026-12an: "o número de
// cabo-verdianos deportados ... desceu de 50 em 2019 (68 em 2018)") name
// the citizenship by its demonym.
var portugueseCountries = map[string]string{
	"brasileiros": "Brazilians", "brasileiras": "Brazilians", "brasileiro": "Brazilian", "brasileira": "Brazilian",
	"angolanos": "Angolans", "angolanas": "Angolans", "angolano": "Angolan", "angolana": "Angolan",
	"caboverdianos": "Cape Verdeans", "cabo verde": "Cape Verde",
	"moçambicanos": "Mozambicans", "moçambicanas": "Mozambicans", "moçambique": "Mozambique",
	"guineenses":  "citizens of Guinea-Bissau",
	"portugueses": "Portuguese", "portuguesas": "Portuguese",
	"hondurenhos": "Hondurans", "salvadorenhos": "Salvadorans", "venezuelanos": "Venezuelans", "equatorianos": "Ecuadorians",
	"nicaraguenses": "Nicaraguans", "chineses": "Chinese", "indianos": "Indians", "jamaicanos": "Jamaicans", "haitianos": "Haitians",
	"méxico": "Mexico", "brasil": "Brazil", "angola": "Angola", "portugal": "Portugal",
}
