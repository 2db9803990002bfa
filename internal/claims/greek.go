package claims

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Greek sentences are glossed with a stem lexicon, as Arabic and Russian ones
// are (arabic.go, indic_lexicon.go): Greek writes its own script with spaces
// between words, so a phrase glosses whole words only. Numbers are written
// with a dot between the thousands ("68.000") and a decimal comma. Greek
// outlets relay ICE's detention figures (fresh-2026-12z: z-el-protothema-*).
// The lexicon is small, phrases the rows needed; the other words stay as
// written. As with Spanish, a figure counts as stated only where the gloss
// reads every word of its clause (spanish.go, readable); elsewhere it may be
// supported, never contradicted.

// greek: the sentence is mostly in the Greek script.
func greek(s string) bool { return mostlyScript(s, unicode.Greek, 6) }

// greekStems (z-el-protothema-01, -02); a phrase that starts a sentence
// is written with a capital too (capitalStems)
var greekStems = map[string]string{
	// z-el-protothema-01: "Σαρώνει τις ΗΠΑ η ICE: 68.000 μετανάστες υπό
	// κράτηση σε έναν μήνα" (ICE sweeps the U.S.: 68,000 migrants in
	// detention in one month)
	"σαρώνει τις ΗΠΑ η": "sweeping the U.S. is", "μετανάστες υπό κράτηση": "migrants in detention",
	"σε έναν μήνα": "in one month", "χιλιάδες δικαστικές αποφάσεις": "thousands of court rulings",
	"τις κρίνουν παράνομες": "find them unlawful",
	// z-el-protothema-02: "Ο αριθμός των ατόμων που τελούν υπό κράτηση
	// είναι αυξημένος κατά περίπου 75% σε σχέση με την περίοδο πριν από
	// την ανάληψη των καθηκόντων από τον Τραμπ" (the number of people in
	// detention is up about 75% compared with the period before Trump
	// took office)
	"ο αριθμός των ατόμων που τελούν υπό κράτηση": "the number of people held in detention",
	"υπό κράτηση": "in detention", "είναι αυξημένος κατά": "is up", "περίπου": "about",
	"σε σχέση με την περίοδο πριν από την ανάληψη των καθηκόντων από τον Τραμπ": "compared with before Trump took office",
}

var elLexicon = func() *stemLexicon {
	lx := newStemLexicon(capitalStems(greekStems), nil, greekSpecial)
	lx.words = true
	return lx
}()

// elNumberRe: "68.000" (a dot between the thousands), "12,5" (a decimal
// comma), then maybe a percent sign
var elNumberRe = lazyRegexp(`^([0-9]{1,3}(?:\.[0-9]{3})+|[0-9]+)(?:,([0-9]+))?(\s?%)?`)

// greekSpecial reads Greek numbers.
func greekSpecial(rest, before string) (string, int, bool) {
	if r, _ := utf8.DecodeLastRuneInString(before); before != "" && isWordRune(r) {
		return "", 0, false // inside a word
	}
	m := elNumberRe.FindStringSubmatch(rest)
	if m == nil || !wholeWordAt(rest, len(m[0])) {
		return "", 0, false
	}
	text := strings.ReplaceAll(m[1], ".", ",")
	if m[2] != "" {
		text += "." + m[2]
	}
	if m[3] != "" {
		text += "%"
	}
	return text, len(m[0]), true
}
