package claims

import "strconv"

// Vietnamese is written in the Latin script with many diacritics, words of one
// syllable each, spaced ("người", people; "bị giam giữ", detained).
// Vietnamese-language outlets relay U.S. reports on ICE's detention
// (fresh-2026-12w, w-vi-tinmoi-*). The lexicon is small, phrases the rows
// needed; the other words stay as written. As with Spanish, a figure counts as
// stated only where the gloss reads every word of its clause (spanish.go,
// readable); elsewhere it may be supported, never contradicted.

// vietnameseOnly: function words of Vietnamese that no other language
// glossed here writes.
var vietnameseOnly = map[string]bool{"của": true, "và": true, "các": true, "những": true, "người": true, "được": true,
	"này": true, "đã": true, "có": true, "khi": true, "đang": true, "bị": true, "là": true, "tháng": true, "năm": true,
	"trong": true, "với": true, "cho": true, "từ": true, "vào": true}

// vietnamese: the sentence has three or more Vietnamese function words.
func vietnamese(s string) bool {
	return hasWords(s, vietnameseOnly, 3)
}

var vietnamesePhrases = [][2]string{
	// w-vi-tinmoi-02: "Con số này đã tăng đáng kể kể từ tháng 1 năm nay,
	// khi chỉ có khoảng 39.000 người đang bị giam giữ." (This number has
	// risen significantly since January, when only about 39,000 people
	// were held in detention.)
	{"con số này", "this number"},
	{"đã tăng đáng kể", "has risen significantly"},
	{"đã tăng", "has risen"},
	{"chỉ có khoảng", "only about"},
	{"chỉ có", "only"},
	{"người đang bị giam giữ", "people were held in detention"},
	{"người bị giam giữ", "people held in detention"},
	{"đang bị giam giữ", "were held in detention"},
	{"bị giam giữ", "detained"},
	{"sở di trú và hải quan hoa kỳ", "ICE"},
	{"hơn", "more than"},
	{"khoảng", "about"},
	{"khi", "when"},
	{"người", "people"},
	// ae-vi-bqt-04 ("Cụ thể, từ ngày 20/1 đến 30/9, ICE đã bắt giữ gần 111.000
	// người."): specifically, arrested, nearly (the days: viLexicon)
	{"cụ thể", "specifically"},
	{"đã bắt giữ", "arrested"},
	{"bắt giữ", "arrested"},
	{"gần", "nearly"},
	// ae-vi-thoibao17-03 ("...thì trong năm 2017, Hoa Kỳ đã trục xuất 71 người
	// Việt trở lại Việt Nam, gấp đôi con số những người Việt bị trục xuất vào
	// năm 2016."): the United States, deported, Vietnamese, back to
	// Vietnam, double the number of, in a year
	{"hoa kỳ", "the United States"},
	{"đã trục xuất", "deported"},
	{"bị trục xuất", "deported"},
	{"trục xuất", "deported"},
	{"người việt", "Vietnamese"},
	{"trở lại việt nam", "back to Vietnam"},
	{"việt nam", "Vietnam"},
	{"gấp đôi", "double"},
	{"con số những", "the number of"},
	{"con số", "the number of"},
	// ai-vi-tinnuocmy-01..03 ("Chính phủ Hoa Kỳ đã trục xuất 71 người gốc
	// Việt trong năm 2017"; "có 35 người gốc Việt bị đưa trở lại Việt Nam,
	// tăng so với con số 32 người của năm 2015"; "đã bị đưa trở lại Việt Nam
	// trong năm ngoái"): people of Vietnamese origin, the government, were
	// sent back to Vietnam (deported), up from, of (a year), last year
	{"người gốc việt", "Vietnamese"},
	{"gốc việt", "Vietnamese"},
	{"chính phủ", "the government of"},
	{"đã bị đưa trở lại việt nam", "were deported back to Vietnam"},
	{"bị đưa trở lại việt nam", "were deported back to Vietnam"},
	{"tăng so với", "up from"},
	{"của năm #", "in $1"},
	{"trong năm ngoái", "last year"},
	{"năm ngoái", "last year"},
	{"trong số hàng nghìn", "of thousands of"},
	{"cho biết có", "said"},
	{"trong năm #", "in $1"},
	{"vào năm #", "in $1"},
	// y-vi-sbtn-03 ("Theo số liệu của Cơ quan Di trú và Quan thuế ICE cung
	// cấp tối 10 tháng 8, các nhân viên ICE đã thực hiện 75,045 vụ bắt giữ
	// di dân lậu từ tháng 1 đến tháng 6, 2016."): according to the data
	// that Immigration and Customs Enforcement (ICE) released on the
	// evening of August 10, ICE officers made 75,045 arrests of illegal
	// immigrants from January to June 2016. "vụ" counts cases (arrests);
	// "đã thực hiện N vụ bắt giữ" (made N arrests) is glossed "arrested N",
	// as English says it; the days: viLexicon
	{"theo số liệu của", "according to the data of"},
	{"theo số liệu", "according to the data"},
	{"cơ quan di trú và quan thuế", "Immigration and Customs Enforcement"},
	{"cung cấp", "released"},
	{"các nhân viên", "the officers of"},
	{"nhân viên", "officers"},
	{"đã thực hiện # vụ bắt giữ", "arrested $1"},
	{"vụ bắt giữ", "arrests"},
	{"di dân lậu", "illegal immigrants"},
	{"di dân", "immigrants"},
}

var viLexicon = func() map[string][]esPhrase {
	phrases := append([][2]string(nil), vietnamesePhrases...)
	// months are numbered: "tháng 1" (January); "kể từ tháng 1 năm nay",
	// since January of this year
	for m := 1; m <= 12; m++ {
		n := strconv.Itoa(m)
		phrases = append(phrases, [][2]string{
			{"kể từ tháng " + n + " năm nay", "since " + cjkMonths[m]},
			{"kể từ tháng " + n, "since " + cjkMonths[m]},
			{"vào tháng " + n + " năm nay", "in " + cjkMonths[m] + " this year"},
			{"tháng " + n + " năm nay", cjkMonths[m] + " this year"},
			{"vào tháng " + n, "in " + cjkMonths[m]},
			// "từ tháng 1 đến tháng 6" (from January to June; y-vi-sbtn-03)
			{"từ tháng " + n, "from " + cjkMonths[m]},
			{"đến tháng " + n, "to " + cjkMonths[m]},
		}...)
	}
	// a day of a month: "ngày 10 tháng 8" (August 10), and with a time of
	// day before it, "tối 10 tháng 8" (the evening of August 10, read as
	// the day; y-vi-sbtn-03). ("10 tháng" alone is ten months.)
	for m := 1; m <= 12; m++ {
		for _, w := range []string{"ngày", "tối", "sáng", "chiều"} {
			phrases = append(phrases, [2]string{w + " # tháng " + strconv.Itoa(m), "on " + cjkMonths[m] + " $1"})
		}
	}
	// days written day/month: "từ ngày 20/1 đến 30/9", from January 20 to
	// September 30 (ae-vi-bqt-04)
	for m := 1; m <= 12; m++ {
		for d := 1; d <= 31; d++ {
			dm := strconv.Itoa(d) + " / " + strconv.Itoa(m)
			en := cjkMonths[m] + " " + strconv.Itoa(d)
			phrases = append(phrases, [][2]string{
				{"từ ngày " + dm, "from " + en},
				{"đến ngày " + dm, "to " + en},
				{"đến " + dm, "to " + en},
			}...)
			// (not "ngày 30/9" alone: "kết thúc ngày 30/9", ended on
			// September 30, names the end of a fiscal year the sentence
			// names, not the figure's day; ae-vi-bqt-02)
		}
	}
	return buildLexicon(phrases, nil, nil)
}()
