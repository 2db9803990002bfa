package claims

import (
	"strings"
	"testing"
)

// TestTwentyFirstRoundReadings: readings the twenty-first round added.
// Expected values are the corpus rows' records_value, computed by
// testdata/claims/expected.py from ICE's tables (no icestat).
func TestTwentyFirstRoundReadings(t *testing.T) {
	checkReadingCases(t, corpusEngine(t), []readingCase{
		// ag-az-fuyuzat-03 (fuyuzat.az, 2024-12-20): "271 484 miqrantı
		// 192 ölkəyə qovub ki, bu da 2023-cü ildəkindən təxminən iki dəfə
		// çoxdur" (twice as many as in 2023). The Azerbaijani gloss reads
		// the figure in the year it is compared with, FY2023 (142,580);
		// asked by value, it is ICE's FY2024 removals, 271,484
		// (2024-10-01_FY24_detentionStats.xlsx, 'Detention FY24'!P29)
		{"by value after an unread question: the article's fiscal year", "2024-12-20",
			"ABŞ İmmiqrasiya və Gömrük Mühafizəsi (ICE) sentyabrın 30-da başa çatan maliyyə ilində 270 mindən çox miqrantı deportasiya edib. “Hesabat dövründə xidmət rəsmiləri 271 484 miqrantı 192 ölkəyə qovub ki, bu da 2023-cü ildəkindən təxminən iki dəfə çoxdur”, – hesabatda qeyd olunub.",
			"271 484", Supported, 271484},
		// af-es-dlasamericas-04 (2025-08-30) names fiscal year 2025, which
		// no stored edition prints whole; asked by value in the article's
		// years it would be FY2024's 271,484, a false support
		{"by value keeps a fiscal year the sentence names", "2025-08-30",
			"Estas se suman a las 71,405 registradas en los últimos tres meses del gobierno de Joe Biden, entre octubre y diciembre de 2024. En conjunto, el año fiscal 2025 —que concluye el 30 de septiembre— acumula alrededor de 271,000 expulsiones.",
			"alrededor de 271,000", NotCheckable, 0},
		// ag-ru-nashiusa-04 (nashiusa.com, 2018-01-01), a row of a Russian
		// list of the countries whose removals grew most: under the line
		// "1. Гаити:", "2017 год: 5 578" is Haiti's removals of FY2017,
		// 5,578 (expected.py over the removals file, citizenship HAITI)
		{"by value: the country of the list's heading, in Russian", "2018-01-01",
			"Вот как выглядит топ-11 стран, количество депортаций куда значительно увеличилось:\n1. Гаити:\n2016 год: 310\n2017 год: 5 578",
			"5 578", Supported, 5578},
		// ag-ru-nashiusa-02: "— Мексика: 56,9%" under "депортированных из
		// Соединенных Штатов": Mexico's share of FY2017 removals, 128,765 of
		// 226,119 = 56.9457 % (expected.py over the removals file); the
		// decimal comma had been read as "9%"
		{"by value: a country's share with a decimal comma, in Russian", "2018-01-01",
			"Хотя мексиканцы, латиноамериканца и гаитяне составляют 9 из 10 человек, депортированных из Соединенных Штатов.\nВот как это выглядит в процентном соотношении:\n— Мексика: 56,9%\n— Гватемала: 14,8%",
			"56,9%", Supported, 0},
	})
}

// TestDecimalCommaShare: "56,9%" is one figure, 56.9 percent, in text the
// reader takes as it is written, and "1,234" stays a count.
func TestDecimalCommaShare(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want []string
	}{
		{"Mexico: 56,9%", []string{"Mexico", ":", "56.9"}},
		{"Mexico: 14,8 %", []string{"Mexico", ":", "14.8"}},
		{"Mexico: 1,234 people", []string{"Mexico", ":", "1,234", "people"}},
		{"5,9, and 10 %", []string{"5", ",", "9", ",", "and", "10", "%"}},
	} {
		var got []string
		for _, tok := range tokenize(tc.s) {
			got = append(got, tok.s)
		}
		if len(got) > len(tc.want) {
			got = got[:len(tc.want)]
		}
		if strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("%q: %q, want %q", tc.s, got, tc.want)
		}
	}
}
