package claims

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Arabic sentences are glossed with a stem lexicon, as Korean and Chinese ones
// are (korean.go), but word by word: Arabic writes spaces between its words,
// so a stem glosses only a whole word or phrase (a short word such as "أن",
// that, is inside many others). Numbers are written in Arabic-Indic digits
// ("٥٩,٣٨٠", 59,380; "٧٠.٤٪", 70.4 %) or in ASCII ones, dates as "١٠ أغسطس
// ٢٠٢٥" (August 10, 2025). Arabic-language outlets relay TRAC's detention
// updates (fresh-2026-12x: x-ar-nyn-01 .. -03, x-ar-visahq-01 .. -04). As with
// Spanish, a figure counts as stated only where the gloss reads every word of
// its clause (spanish.go, readable); elsewhere it may be supported, never
// contradicted. Persian is written in the same script and is glossed here too:
// its digits ("۱۴۲", 142) and a few phrases (fresh-2026-12x, x-fa-mizan-*,
// whose figures are ICE's workbook removal totals, ice_removals.go).

// arabic: the sentence is mostly in the Arabic script.
func arabic(s string) bool { return mostlyScript(s, unicode.Arabic, 6) }

// arabicStems: Arabic words and phrases and their English, the longest
// tried first; each matches whole words only.
var arabicStems = map[string]string{
	// the agency and its data (x-ar-nyn-01, x-ar-visahq-01)
	"إدارة الهجرة والجمارك الأمريكية": "ICE", "إدارة الهجرة والجمارك": "ICE", "دائرة الهجرة والجمارك": "ICE",
	"وفقًا للبيانات": "according to data", "وفقا للبيانات": "according to data", "التي تم تحديثها": "updated",
	"البيانات": "the data", "أحدث البيانات": "the latest data",
	// detention (x-ar-nyn-01, -02, x-ar-visahq-03, -04)
	"بلغ عدد المحتجزين": "the number of people held in ICE detention", "عدد المحتجزين": "the number of people held in ICE detention", "الأشخاص المحتجزين لدى": "people held by",
	"المحتجزين لدى": "held by", "المحتجزين": "detainees", "المحتجزون": "detainees", "مراكز الاحتجاز": "detention centers",
	"في مراكز": "in detention centers", "الموظفين المحتجزين": "detained employees", "تم احتجاز": "were held in detention",
	"منشأة": "facilities", "منشآت": "facilities", "موزعين في": "spread across",
	// "في مراكز الاحتجاز المدني للهجرة" (in civil immigration detention
	// centers, x-ar-visahq-01): "المدني" civil, "للهجرة" for immigration
	"في مراكز الاحتجاز المدني للهجرة": "in civil immigration detention centers", "مراكز الاحتجاز المدني للهجرة": "civil immigration detention centers",
	"الاحتجاز المدني للهجرة": "civil immigration detention",
	// criminality (x-ar-nyn-01, -03, x-ar-visahq-03)
	"ليس لديهم أي سجل جنائي": "have no criminal record", "ليس لديهم أي إدانة جنائية": "had no criminal conviction",
	"ليس لديهم أي إدانات جنائية": "have no criminal convictions", "لا يحملون سجلات جنائية": "have no criminal records",
	"ليس لديهم سجل جنائي": "have no criminal record",
	// shares and hedges (x-ar-nyn-01, -03, x-ar-visahq-03, -04)
	// "الغالبية العظمى" (the vast majority) read as what it says at
	// least, a majority (x-ar-nyn-01)
	"الغالبية العظمى من": "the majority of", "غالبية": "the majority of", "أي ما يعادل": "that is",
	"ومن بين هؤلاء": "Of these", "من بين هؤلاء": "of these", "أكثر من": "more than", "حوالي": "about",
	"وحوالي": "and about", "نحو": "about",
	// places and verbs (x-ar-nyn-02)
	"في جميع أنحاء البلاد": "nationwide", "بلغ": "reached", "شخصًا": "people", "شخصا": "people", "شخص": "people",
	// Persian (x-fa-mizan-01): "آژانس مهاجرت و گمرک" (the immigration and
	// customs agency), "بیش از" (more than), "هزار" (thousand), "مهاجر
	// را" (migrants, "را" marking the object), "در سال مالی" (in fiscal
	// year), "اخراج کرده است" (has deported)
	"آژانس مهاجرت و گمرک مرزی این کشور": "ICE", "آژانس مهاجرت و گمرک": "ICE", "بیش از": "more than", "هزار": "thousand",
	"مهاجر را": "migrants", "در سال مالی": "in fiscal year", "اخراج کرده است": "deported",
	// Arabic thousands: "حوالي 39 ألفًا" (about 39 thousand,
	// ag-ar-elmanshar-05), "66 ألف شخص" (66 thousand people)
	"ألف": "thousand", "ألفًا": "thousand", "ألفا": "thousand", "آلاف": "thousand",
	// Urdu (ag-ur-dunya-01, -02): "امریکا سے 1 سال میں 2لاکھ 70ہزار تارکین
	// ملک بدر کئے گئے" (from America in 1 year 270,000 migrants were
	// deported); "ملک بدر", exiled from the country; "تارکین" (emigrants,
	// short for "تارکین وطن")
	"امریکا سے": "from the U.S.", "تارکین وطن": "migrants", "تارکین": "migrants", "ملک بدر کئے گئے": "were deported",
	"ملک بدر کیے گئے": "were deported", "ملک بدر": "deported", "امریکی امیگریشن حکام": "U.S. immigration authorities",
	"کے اعداد و شمار کے مطابق": "according to the figures of", "کے مطابق": "according to",
}

var arLexicon = &stemLexicon{}

func init() {
	*arLexicon = *newStemLexicon(arabicStems, nil, arabicSpecial)
	arLexicon.words = true
}

const arDigit = `[0-9٠-٩۰-۹]`

var (
	// "٥٩,٣٨٠", "٧٠.٤٪", "68,417", "٤١٬٨٢٢": a number, then a percent
	// sign
	arNumberRe = lazyRegexp(`^(` + arDigit + `{1,3}(?:[,٬]` + arDigit + `{3})+|` + arDigit + `+)(?:[.٫](` + arDigit + `+))?(\s?[٪%])?`)
	// "حتى ١٠ أغسطس ٢٠٢٥", "14 ديسمبر": a day, a month, a year; "حتى"
	// (up to) before it is as of
	arDateRe = lazyRegexp(`^(حتى\s)?(` + arDigit + `{1,2})\s(يناير|فبراير|مارس|أبريل|ابريل|مايو|يونيو|يوليو|أغسطس|اغسطس|سبتمبر|أكتوبر|اكتوبر|نوفمبر|ديسمبر)(?:\s(` + arDigit + `{4}))?`)
)

var arMonths = map[string]int{"يناير": 1, "فبراير": 2, "مارس": 3, "أبريل": 4, "ابريل": 4, "مايو": 5, "يونيو": 6, "يوليو": 7,
	"أغسطس": 8, "اغسطس": 8, "سبتمبر": 9, "أكتوبر": 10, "اكتوبر": 10, "نوفمبر": 11, "ديسمبر": 12}

// asciiDigits writes Arabic-Indic, Persian, Gujarati, Devanagari and Telugu
// digits as ASCII ones, and the Arabic thousands and decimal separators as
// "," and "." (arabic.go, indic_lexicon.go).
func asciiDigits(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r >= '٠' && r <= '٩':
			b.WriteByte(byte('0' + r - '٠'))
		case r >= '۰' && r <= '۹':
			b.WriteByte(byte('0' + r - '۰'))
		case r >= '૦' && r <= '૯':
			b.WriteByte(byte('0' + r - '૦'))
		case r >= '०' && r <= '९':
			b.WriteByte(byte('0' + r - '०'))
		case r >= '౦' && r <= '౯':
			b.WriteByte(byte('0' + r - '౦'))
		case r >= '০' && r <= '৯': // Bengali
			b.WriteByte(byte('0' + r - '০'))
		case r == '٬':
			b.WriteByte(',')
		case r == '٫':
			b.WriteByte('.')
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// arabicSpecial reads Arabic dates, numbers and commas.
func arabicSpecial(rest, before string) (string, int, bool) {
	if strings.HasPrefix(rest, "،") {
		return ",", len("،"), true
	}
	if r, _ := utf8.DecodeLastRuneInString(before); before != "" && isWordRune(r) {
		return "", 0, false // inside a word
	}
	if m := arDateRe.FindStringSubmatch(rest); m != nil {
		d, ok := cjkDate(asciiDigits(m[4]), strconv.Itoa(arMonths[m[3]]), asciiDigits(m[2]))
		if ok {
			if m[1] != "" {
				d = "as of " + d
			} else {
				d = "on " + d
			}
			return d, len(m[0]), true
		}
	}
	if m := arNumberRe.FindStringSubmatch(rest); m != nil {
		// Urdu lakhs: "2لاکھ 70ہزار" (2 lakh 70 thousand, 270,000;
		// ag-ur-dunya-01)
		if t, e, ok := lakhs(rest, len(m[0]), strings.ReplaceAll(asciiDigits(m[1]), ",", ""), asciiDigits(m[2]), m[3] != "", urduLakh, urduThousand); ok {
			return t, e, true
		}
		text := asciiDigits(m[1])
		if m[2] != "" {
			text += "." + asciiDigits(m[2])
		}
		if m[3] != "" {
			text += "%"
		}
		return text, len(m[0]), true
	}
	return "", 0, false
}

// isWordRune: a letter or a mark on one ("شخصًا" ends in a mark; Gujarati
// "ભારતા" in a spacing one, indic_lexicon.go).
func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Mc, r)
}
