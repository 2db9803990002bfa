package claims

import "unicode/utf8"

// Russian and Ukrainian phrases the sixteenth round added to the Cyrillic
// stem lexicon (indic_lexicon.go's ruLexicon glosses both: Ukrainian is
// written in the same script). Outlets in both languages relay ICE's
// fiscal-year removal totals (fresh-2026-12z: z-ru-iguide-*,
// z-uk-freshbuzz-*). Numbers are written with "тысячи"/"тысяч"/"тис."
// (thousand) after them and years as "2019-м" (in 2019), dates as a day
// and a month in the genitive ("30 вересня", September 30). As with every
// glossed language, a figure counts as stated only where the gloss reads
// every word of its clause (spanish.go, readable).
var cyrillicStemsZ = map[string]string{
	// z-ru-iguide-03: "В минувшем финансовом году федералы депортировали
	// 142 тысячи мигрантов." (in the last fiscal year the federal
	// authorities deported 142 thousand migrants)
	"в минувшем финансовом году": "in the last fiscal year", "в прошлом финансовом году": "in the last fiscal year",
	"федералы": "federal authorities", "депортировали": "deported", "депортировала": "deported", "депортировал": "deported",
	"тысячи": "thousand", "тысяч": "thousand", "мигрантов": "migrants", "мигранта": "migrants",
	// z-ru-iguide-04: "более 267 тысяч депортаций" (more than 267
	// thousand deportations)
	"более": "more than", "депортаций": "deportations",
	// z-ru-iguide-09: "ICE депортировала 185 884 человека в 2020
	// финансовом году" (ICE deported 185,884 people in fiscal year
	// 2020); "человека" is "people" after a number ending in 2-4
	"финансовом году": "fiscal year", "человека": "people", "агентства": "the agency",
	// z-uk-freshbuzz-02 (Ukrainian): "Імміграційна та митна служба США
	// (ICE) депортувала понад 270 тис. мігрантів за фінансовий рік, що
	// закінчився 30 вересня." (ICE deported more than 270 thousand
	// migrants in the fiscal year that ended September 30)
	"імміграційна та митна служба сша": "U.S. Immigration and Customs Enforcement", "депортувала": "deported",
	"депортували": "deported", "понад": "more than", "тис.": "thousand", "тисяч": "thousand", "мігрантів": "migrants",
	"за фінансовий рік, що закінчився": "in the fiscal year that ended", "за фінансовий рік": "in the fiscal year",
	// ai-uk-bazar-02 (Ukrainian): "наразі в імміграційних центрах для
	// утримання під вартою перебувають рекордні 60 000 іммігрантів"
	// (currently a record 60,000 immigrants are held in immigration
	// detention centers): currently, held, a record, immigrants
	"згідно з даними": "according to data from", "наразі": "currently",
	"в імміграційних центрах для утримання під вартою": "in immigration detention centers",
	"в імміграційних центрах":                          "in immigration detention centers", "перебувають": "are held",
	"рекордні": "a record", "іммігрантів": "immigrants",
	// ag-ru-moscow24-02, -03, ag-ru-canews-02 (Russian): "за последний
	// финансовый год депортировала 270 000 мигрантов" (deported 270,000
	// migrants in the last fiscal year); "за финансовый год, закончившийся
	// 30 сентября" (in the fiscal year that ended September 30);
	// "выслали" (expelled, deported); "в 192 страны" (to 192 countries)
	"за последний финансовый год": "in the last fiscal year", "за прошлый финансовый год": "in the last fiscal year",
	"за финансовый год, закончившийся": "in the fiscal year that ended", "за финансовый год": "in the fiscal year",
	"выслали": "deported", "выслала": "deported", "депортированы": "were deported", "было депортировано": "were deported",
	"депортировано": "were deported", "мигрантам": "migrants", "страны": "countries", "стран": "countries",
	// ag-ru-vedomosti-03: "С января, когда Трамп во второй раз вступил в
	// должность, число задержанных увеличилось почти на 70%" (since
	// January, when Trump took office for the second time, the number of
	// detainees rose by nearly 70%)
	"с января": "since January", "когда трамп во второй раз вступил в должность": "when Trump took office for the second time",
	"когда Трамп во второй раз вступил в должность": "when Trump took office for the second time",
	"увеличилось": "increased", "выросло": "increased", "почти на": "by nearly", "почти": "nearly",
	// y-ru-usaimig-03: "Это самый высокий уровень за все время наблюдений
	// по таким сводкам." (this is the highest level on record in such
	// reports; "за все время наблюдений", over all the time of
	// observation, is "on record"); Ukrainian writes "найвищий рівень за
	// всю історію спостережень"
	"это самый высокий уровень за все время наблюдений": "this is the highest level on record",
	"самый высокий уровень за все время наблюдений":     "the highest level on record",
	"за все время наблюдений":                           "on record", "самый высокий уровень": "the highest level",
	"по таким сводкам": "in such reports", "это": "this is",
	"це найвищий рівень за всю історію спостережень": "this is the highest level on record",
	"найвищий рівень за всю історію спостережень":    "the highest level on record",
	"за всю історію спостережень":                    "on record", "найвищий рівень": "the highest level", "це": "this is",
}

// cyrillicMonths: the months in the genitive, as a day before them
// writes them ("30 вересня", "15 декабря")
var cyrillicMonths = map[string]int{
	"января": 1, "февраля": 2, "марта": 3, "апреля": 4, "мая": 5, "июня": 6, "июля": 7, "августа": 8, "сентября": 9,
	"октября": 10, "ноября": 11, "декабря": 12,
	"січня": 1, "лютого": 2, "березня": 3, "квітня": 4, "травня": 5, "червня": 6, "липня": 7, "серпня": 8, "вересня": 9,
	"жовтня": 10, "листопада": 11, "грудня": 12,
}

// cyrillicStems: russianStems with the phrases above.
func cyrillicStems() map[string]string {
	out := map[string]string{}
	for k, v := range russianStems {
		out[k] = v
	}
	for k, v := range cyrillicStemsZ {
		out[k] = v
	}
	return out
}

// cyYearRe: a year with the ending of an ordinal, "в 2019-м" (in 2019,
// z-ru-iguide-04), "в 2022-м"; "в" (in) before it is optional
var cyYearRe = lazyRegexp(`^(?:[вВуУ] )?((?:19|20)[0-9]{2})-(?:ому|му|го|м|й)`)

// cyFYRe: a fiscal year named by its number, "за 2024 финансовый год"
// (for fiscal year 2024, ag-ru-moscow24-01), "в 2020 финансовом году" (in
// fiscal year 2020), Ukrainian "за 2024 фінансовий рік"
var cyFYRe = lazyRegexp(`^(?:[зЗ]а|[вВуУ]) ((?:19|20)[0-9]{2}) (?:финансовый год|финансовом году|фінансовий рік|фінансовому році)`)

// cyDecimalShareRe: a share with a decimal comma, "56,9%", "14,8 %"
var cyDecimalShareRe = lazyRegexp(`^([0-9]{1,3}),([0-9]{1,2})\s?%`)

// cyrillicSpecial reads a fiscal year or a year with an ordinal ending,
// then what indicSpecial reads (numbers, a day and a month).
func cyrillicSpecial(rest, before string) (string, int, bool) {
	if m := cyDecimalShareRe.FindStringSubmatch(rest); m != nil {
		if r, _ := utf8.DecodeLastRuneInString(before); before == "" || !isWordRune(r) && !isASCIIDigit(before[len(before)-1]) {
			// "Мексика: 56,9%" (ag-ru-nashiusa-02): Russian and
			// Ukrainian write a decimal comma
			return m[1] + "." + m[2] + "%", len(m[0]), true
		}
	}
	if m := cyFYRe.FindStringSubmatch(rest); m != nil && wholeWordAt(rest, len(m[0])) {
		if r, _ := utf8.DecodeLastRuneInString(before); before == "" || !isWordRune(r) {
			return "in fiscal year " + m[1], len(m[0]), true
		}
	}
	if m := cyYearRe.FindStringSubmatch(rest); m != nil && wholeWordAt(rest, len(m[0])) {
		if r, _ := utf8.DecodeLastRuneInString(before); before == "" || !isWordRune(r) {
			return "in " + m[1], len(m[0]), true
		}
	}
	return indicSpecial(rest, before, cyrillicMonths)
}

func cyrillicLexicon() *stemLexicon {
	lx := newStemLexicon(capitalStems(cyrillicStems()), nil, cyrillicSpecial)
	lx.words = true
	return lx
}
