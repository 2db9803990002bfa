package claims

import "strings"

// Azerbaijani is written in the Latin script with the letter "ə" that no
// other glossed language writes ("maliyyə ilində", in the fiscal year;
// "müqayisədə", compared with), besides the Turkish "ı" and "ğ". Azerbaijani
// outlets relay ICE's fiscal-year removal totals and NBC News's monthly
// removals (fresh-2026-12ag: ag-az-fuyuzat-*, ag-az-ucnoqta-*). Ordinal years
// are written "2024-cü" (the 2024th), with the ending -ci/-cı/-cu/-cü; numbers
// with a space between the thousands ("271 484") or "min" (thousand) after
// them. The lexicon is small: the agency, removals, the fiscal year, the
// hedges; other words stay as written. As with every glossed language, a
// figure counts as stated only where the gloss reads every word of its clause
// (spanish.go, readable); elsewhere it may be supported, never contradicted.

// azerbaijani: two or more words with "ə".
func azerbaijani(s string) bool {
	n, _ := tellWords(s, func(w string) bool { return strings.ContainsRune(w, 'ə') }, nil)
	return n >= 2
}

var azerbaijaniMonths = []string{"", "yanvar", "fevral", "mart", "aprel", "may", "iyun", "iyul", "avqust", "sentyabr",
	"oktyabr", "noyabr", "dekabr"}

var azerbaijaniPhrases = [][2]string{
	// the agency: "ABŞ İmmiqrasiya və Gömrük Mühafizəsi (ICE)"
	// (ag-az-fuyuzat-02, ag-az-ucnoqta-01)
	{"abş immiqrasiya və gömrük mühafizəsi", "U.S. Immigration and Customs Enforcement"},
	{"immiqrasiya və gömrük mühafizəsi", "Immigration and Customs Enforcement"},
	{"abş", "the U.S."}, {"abş - dan", "from the U.S."}, {"abş - da", "in the U.S."},
	// removals: "deportasiya edib" (has deported, ag-az-fuyuzat-02),
	// "deportasiya edilib" (were deported), "deportasiya edilən" (deported,
	// before its noun, ag-az-ucnoqta-01), "ölkədən çıxarıb" (has removed
	// from the country, ag-az-fuyuzat-01)
	{"deportasiya edib", "deported"}, {"deportasiya edilib", "were deported"}, {"deportasiya edilən", "deported"},
	{"deportasiya edilmişdir", "were deported"}, {"deportasiya olunub", "were deported"},
	{"ölkədən çıxarıb", "deported"}, {"ölkədən çıxarılıb", "were deported"},
	{"miqrantı", "migrants"}, {"miqrant", "migrants"}, {"miqrantın", "migrants"}, {"nəfər", "people"},
	// the fiscal year: "2024-cü maliyyə ilində" (in fiscal year 2024,
	// ag-az-fuyuzat-01); "sentyabrın 30-da başa çatan maliyyə ilində" (in
	// the fiscal year that ended September 30, ag-az-fuyuzat-02)
	{"# - cü maliyyə ilində", "in fiscal year $1"}, {"# - ci maliyyə ilində", "in fiscal year $1"},
	{"# - cı maliyyə ilində", "in fiscal year $1"}, {"# - cu maliyyə ilində", "in fiscal year $1"},
	{"sentyabrın # - da başa çatan maliyyə ilində", "in the fiscal year that ended September $1"},
	{"maliyyə ilində", "in the fiscal year"},
	// amounts: "270 min" (270 thousand), "270 mindən çox" (more than 270
	// thousand, ag-az-fuyuzat-02), "təxminən" (about)
	{"# mindən çox", "more than $1 thousand"}, {"# min", "$1 thousand"},
	{"təxminən", "about"}, {"daha çox", "more"},
	// ag-az-fuyuzat-03: "271 484 miqrantı 192 ölkəyə qovub ki, bu da
	// 2023-cü ildəkindən təxminən iki dəfə çoxdur" (expelled 271,484
	// migrants to 192 countries, which is about twice as many as in 2023)
	{"qovub", "deported"}, {"qovulub", "were deported"}, {"# ölkəyə", "to $1 countries"},
	{"bu da", "which is"}, {"iki dəfə çoxdur", "twice as many"}, {"iki dəfə çox", "twice as many"},
}

var azLexicon = func() map[string][]esPhrase {
	phrases := append([][2]string(nil), azerbaijaniPhrases...)
	// "2025-ci ilin fevral ayında": in February 2025 (ag-az-ucnoqta-01);
	// "fevral ayında": in February
	for m := 1; m <= 12; m++ {
		for _, suf := range []string{"ci", "cı", "cu", "cü"} {
			phrases = append(phrases, [2]string{"# - " + suf + " ilin " + azerbaijaniMonths[m] + " ayında", "in " + cjkMonths[m] + " $1"})
		}
		phrases = append(phrases, [2]string{azerbaijaniMonths[m] + " ayında", "in " + cjkMonths[m]})
	}
	// "2023-cü ildəkindən təxminən iki dəfə çoxdur": about twice as many
	// as in 2023 (ag-az-fuyuzat-03; "ildəkindən", than the one in the
	// year)
	for _, suf := range []string{"ci", "cı", "cu", "cü"} {
		phrases = append(phrases, [][2]string{
			{"# - " + suf + " ildəkindən təxminən iki dəfə çoxdur", "about twice as many as in $1"},
			{"# - " + suf + " ildəkindən iki dəfə çoxdur", "twice as many as in $1"},
		}...)
	}
	return buildLexicon(phrases, nil, nil)
}()
