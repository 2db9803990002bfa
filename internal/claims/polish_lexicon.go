package claims

// Polish sentences relay U.S. reports of ICE's detention figures
// (fresh-2026-12z: z-pl-tvn24-*). Polish writes letters of its own ("ł", "ś",
// "ż", "ź", "ą", "ę", "ń") and numbers with a space between the thousands ("38
// 521") or "tysiące"/"tysięcy" (thousand) after them. The lexicon is small,
// phrases the rows needed; the other words stay as written. As with Spanish, a
// figure counts as stated only where the gloss reads every word of its clause
// (spanish.go, readable); elsewhere it may be supported, never contradicted.

import "strings"

// polish: two or more words with a letter only Polish writes among the
// glossed languages ("ł", "ś", "ż", "ź", "ą", "ę"), and a Polish
// function word.
func polish(s string) bool {
	n, fw := tellWords(s, func(w string) bool { return strings.ContainsAny(w, "łśżźąę") },
		func(w string) bool { return polishOnly[w] })
	return n >= 2 && fw >= 1
}

var polishOnly = map[string]bool{"że": true, "się": true, "jest": true, "oraz": true, "przez": true, "który": true,
	"która": true, "które": true, "chociaż": true, "tylko": true, "prawie": true, "ponad": true, "we": true, "w": true}

var polishPhrases = [][2]string{
	// z-pl-tvn24-04: "CBS wskazuje, że we wtorek rano ICE przetrzymywało
	// prawie 42 tysiące migrantów" (CBS reports that on Tuesday morning
	// ICE held nearly 42 thousand migrants in detention)
	{"wskazuje , że", "reports that"},
	{"we wtorek rano", "on Tuesday morning"},
	{"przetrzymywało", "held in detention"},
	{"przetrzymuje", "holds in detention"},
	{"prawie", "nearly"},
	{"ponad", "more than"},
	{"tysiące", "thousand"},
	{"tysięcy", "thousand"},
	{"migrantów", "migrants"},
	{"imigrantów", "immigrants"},
	// ag-pl-fakt-02: "kiedy Trump rozpoczynał prezydenturę w styczniu
	// bieżącego roku, w aresztach Urzędu ds. Imigracji i Egzekwowania Ceł,
	// znanego jako ICE, przebywało ok. 39 tys. osób" (when Trump began his
	// presidency in January of this year, about 39 thousand people were
	// held in the jails of Immigration and Customs Enforcement, known as
	// ICE)
	{"urzędu ds . imigracji i egzekwowania ceł", "of Immigration and Customs Enforcement"},
	{"urząd ds . imigracji i egzekwowania ceł", "Immigration and Customs Enforcement"},
	{"znanego jako ice", "known as ICE"},
	{"w aresztach", "in detention"}, {"w areszcie", "in detention"},
	{"przebywało", "were held"}, {"przebywa", "are held"},
	{"ok .", "about"}, {"około", "about"}, {"tys .", "thousand"}, {"osób", "people"},
	{"kiedy trump rozpoczynał prezydenturę", "when Trump began his presidency"},
	{"w styczniu bieżącego roku", "in January this year"},
	{"w styczniu", "in January"},
}

var plLexicon = buildLexicon(polishPhrases, nil, nil)
