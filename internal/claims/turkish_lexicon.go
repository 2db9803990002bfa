package claims

import "strings"

// Turkish is written in the Latin script with letters of its own: the dotless
// "ı" and "ğ" ("tarafından", by; "gözaltında", in detention). Turkish-language
// outlets relay TRAC's and ICE's detention figures (fresh-2026-12y,
// y-tr-abna24-*). Dates are written day, month, year ("29 Haziran 2025 tarihi
// itibarıyla", as of June 29, 2025), numbers with a dot between the thousands
// ("57.861"), which the Spanish number reader reads. The lexicon is small,
// phrases the rows needed; the other words stay as written. As with Spanish, a
// figure counts as stated only where the gloss reads every word of its clause
// (spanish.go, readable); elsewhere it may be supported, never contradicted.

// turkish: two or more words with a letter only Turkish writes ("ı", "ğ").
func turkish(s string) bool {
	n, _ := tellWords(s, func(w string) bool { return strings.ContainsAny(w, "ığ") }, nil)
	return n >= 2
}

var turkishMonths = []string{"", "ocak", "şubat", "mart", "nisan", "mayıs", "haziran", "temmuz", "ağustos", "eylül", "ekim",
	"kasım", "aralık"}

var turkishPhrases = [][2]string{
	// y-tr-abna24-01: "29 Haziran 2025 tarihi itibarıyla ICE tarafından
	// gözaltında tutulan 57.861 kişi bulunmakta." (As of June 29, 2025,
	// there are 57,861 people held in detention by ICE.)
	{"tarafından", "by"},
	{"gözaltında tutulan", "held in detention"},
	{"kişi", "people"},
	// y-tr-abna24-02: "Bu kişilerin %71.7’si – yani 41.000’den fazlası –
	// hiçbir sabıka kaydına sahip değil." (Of these people 71.7%, that is
	// more than 41,000, have no criminal record.): a share written "%N’si"
	// (or "’i", "’ı", "’u", "’ü" after other vowels), "N’den fazlası" more
	// than N
	{"bu kişilerin", "of these people"},
	{"% # ’ si", "$1%"}, {"% # ’ i", "$1%"}, {"% # ’ ı", "$1%"}, {"% # ’ u", "$1%"}, {"% # ’ ü", "$1%"},
	{"% # ' si", "$1%"}, {"% # ' i", "$1%"}, {"% # ' ı", "$1%"}, {"% # ' u", "$1%"}, {"% # ' ü", "$1%"},
	{"# ’ den fazlası", "more than $1"}, {"# ’ dan fazlası", "more than $1"},
	{"# ' den fazlası", "more than $1"}, {"# ' dan fazlası", "more than $1"},
	{"yani", "that is"}, {"yaklaşık", "about"},
	{"hiçbir sabıka kaydına sahip değil", "have no criminal record"},
	{"sabıka kaydına sahip değil", "have no criminal record"},
}

var trLexicon = func() map[string][]esPhrase {
	phrases := append([][2]string(nil), turkishPhrases...)
	// "29 Haziran 2025 tarihi itibarıyla": as of June 29, 2025
	for m := 1; m <= 12; m++ {
		phrases = append(phrases, [][2]string{
			{"# " + turkishMonths[m] + " # tarihi itibarıyla", "as of " + cjkMonths[m] + " $1, $2,"},
			{"# " + turkishMonths[m] + " itibarıyla", "as of " + cjkMonths[m] + " $1,"},
		}...)
	}
	return buildLexicon(phrases, nil, nil)
}()
