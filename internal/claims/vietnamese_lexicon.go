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
		}...)
	}
	return buildLexicon(phrases, nil, nil)
}()
