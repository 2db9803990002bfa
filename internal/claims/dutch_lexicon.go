package claims

// Dutch sentences relay U.S. fact checks of ICE's detention figures
// (t-nl-okxpost-01: "Hier zijn de eigen gegevens van ICE over de
// detentiepopulatie onder degenen die door ICE zijn gearresteerd: - 43% zonder
// strafblad ..."). The lexicon is small, the phrases of the criminality
// classes and the words around them; other words stay as written. Dutch writes
// "of" for "or" and "de" for "the", which the Spanish lexicon would read as
// Spanish. As with Spanish, a figure counts as stated only where the gloss
// reads every word of its clause (spanish.go, readable); elsewhere it may be
// supported, never contradicted.

// dutchOnly: function words of Dutch that the other glossed languages do
// not write.
var dutchOnly = map[string]bool{"het": true, "een": true, "van": true, "zijn": true, "werd": true, "worden": true,
	"voor": true, "volgens": true, "zonder": true, "door": true, "deze": true, "ook": true, "bij": true, "naar": true,
	"onder": true, "hier": true, "er": true, "wordt": true, "dit": true, "degenen": true, "meer": true, "één": true,
	// words of Dutch alone that a sentence with few function words has
	// (t-nl-knack-03: "Bijna 75 procent van de illegale immigranten die
	// dit jaar werden gearresteerd ...", "Er worden op dit moment ...")
	"bijna": true, "procent": true, "jaar": true, "dag": true, "op": true, "arrestaties": true}

// dutch: three or more Dutch function words.
func dutch(s string) bool {
	return hasWords(s, dutchOnly, 3)
}

var dutchPhrases = [][2]string{
	// t-nl-okxpost-01
	{"hier zijn", "here are"},
	{"de eigen gegevens van", "the own data of"},
	{"over de", "on the"},
	{"onder degenen die", "among those who"},
	{"door ice zijn gearresteerd", "were arrested by ICE"},
	{"zijn gearresteerd", "were arrested"},
	{"werden gearresteerd", "were arrested"},
	{"zonder strafblad", "with no criminal record"},
	{"stijging van", "up"},
	{"daling van", "down"},
	{"één of meer eerdere veroordelingen", "one or more prior convictions"},
	{"één of meer lopende aanklachten", "one or more pending charges"},
	{"eerdere veroordelingen", "prior convictions"},
	{"lopende aanklachten", "pending charges"},
	{"vorig jaar", "last year"},
	// t-nl-knack-03: "Er worden op dit moment 400 arrestaties per dag
	// verricht." (there are currently 400 arrests a day made), after
	// "Bijna 75 procent van de illegale immigranten die dit jaar werden
	// gearresteerd waren veroordeelde criminelen, meldt de ICE." (nearly
	// 75 percent of the illegal immigrants who were arrested this year
	// were convicted criminals, ICE reports)
	{"er worden", "there are"},
	{"op dit moment", "currently"},
	{"per dag", "per day"},
	{"dit jaar", "this year"},
	{"illegale immigranten", "illegal immigrants"},
	{"veroordeelde criminelen", "convicted criminals"},
	{"meldt de ice", "reports ICE"},
	// ag-nl-stvs-01: "Volgens persbureau Reuters zitten er bijna 70.000
	// mensen in detentiecentra van ICE" (according to the news agency
	// Reuters there are nearly 70,000 people in ICE's detention centers)
	{"volgens persbureau", "according to the news agency"},
	{"zitten er", "there are"},
	{"in detentiecentra", "in detention centers"},
	{"in detentie", "in detention"},
	// "ten opzichte (van)", compared with: "ten" is not the English
	// number
	{"ten opzichte van", "compared with"},
	{"ten opzichte", "compared with"},
}

var dutchWordsEn = map[string]string{
	"de": "the", "het": "the", "een": "a", "van": "of", "en": "and", "of": "or", "gegevens": "data",
	"detentiepopulatie": "detention population", "door": "by", "sinds": "since", "januari": "January",
	"arrestaties": "arrests", "mensen": "people", "volgens": "according to", "verricht": "made", "bijna": "nearly", "procent": "percent", "die": "who", "waren": "were",
	"februari": "February", "maart": "March", "mei": "May", "juli": "July", "augustus": "August", "oktober": "October",
}

var nlLexicon = buildLexicon(dutchPhrases, dutchWordsEn, nil)
