package claims

import (
	"strings"
	"testing"
)

const presstryContext = "После назначения президентом США Дональда Трампа количество высланных из США граждан стран Европы значительно увеличилось. " +
	"Больше всего в 2017 фискальном году было выслано из страны граждан Румынии, пишет The New York Times со ссылкой на данные Associated Press. " +
	"Первое место по количеству депортированных из США граждан европейских стран занимает Румыния: в 2017 фискальном году (с 1 октября 2016 года по 24 июня 2017 года) было выслано из страны 193 гражданина Румынии против 176 годом ранее."

// TestRound24Cyrillic: Russian and Ukrainian sentences the Cyrillic gloss
// now reads (fresh-2026-12av's av-ru-presstry-*, AP's count of European
// removals relayed by a Moldovan digest; Russian and Ukrainian pages on
// detention). Expected values are the rows' records_value, computed by
// testdata/claims/expected.py from the FOIA rows and ICE's workbooks (no
// icestat).
func TestRound24Cyrillic(t *testing.T) {
	// the gloss: each rule of the language, on the words of a row
	for _, tc := range []struct{ name, text, want string }{
		// av-ru-presstry-02: a country's name in the genitive after
		// "граждан"/"гражданина" (citizens of), declined by its ending
		// ("Румыния" -> "Румынии")
		{"citizens of a country, genitive", "было выслано из страны 193 гражданина Румынии против 176 годом ранее.",
			"were deported from the country 193 citizens of Romania against 176 a year earlier"},
		{"a country in the instrumental, a consonant stem", "Границу с Китаем и из Пакистана.", "with China and from Pakistan"},
		// av-ru-presstry-02: a fiscal year written "фискальном году", and
		// a span of dates "с 1 октября 2016 года по 24 июня 2017 года"
		{"fiscal year, span of dates", "в 2017 фискальном году (с 1 октября 2016 года по 24 июня 2017 года) было выслано",
			"in fiscal year 2017 ( from October 1, 2016 to June 24, 2017) were deported"},
		// av-ru-presstry-04: a demonym in the genitive plural ("молдаван"),
		// "в 2017 году" (in 2017), "годом ранее" (a year earlier)
		{"demonym, year with its word", "Количество молдаван, выдворенных из США в 2017 году составило 24 человека (годом ранее — 15).",
			"The number of Moldovans, deported from the U.S. in 2017 was 24 people ( 15 a year earlier)."},
		// av-ru-presstry-03: ranks, "на третьей строчке" (in third place)
		{"ranks", "Второе место в списке занимает Испания с 117 депортированными, а на третьей строчке разместилась Великобритания",
			"Second place on the list holds Spain with 117 deported, and in third place is United Kingdom"},
		// ag-ru-vedomosti-03: "с N до M" (from N to M); a capitalized word
		// starting a sentence glosses capitalized ("С января", Since
		// January), so that the reader ends the sentence before it
		{"from N to M, a capital after a full stop", "Такое число людей. С января число задержанных увеличилось почти на 70% – с 39 000 до 66 000.",
			"Since January the number of detainees increased by nearly 70% – from 39,000 to 66,000."},
		// ao-ru-5tv-03, y-ru-ria-04: "23-летнюю" (23-year)
		// av-ru-presstry-04: "годом ранее — 15" (a year earlier: 15): the
		// figure first, as English writes it
		{"a year earlier: N", "(годом ранее — 15).", "( 15 a year earlier)."},
		{"a length of years", "впервые за 23-летнюю историю ведомства", "for the first time in a 23-year history of the agency's"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if g := glossSpanish(tc.text); !strings.Contains(g.text, tc.want) {
				t.Errorf("gloss %q\nwant it to contain %q", g.text, tc.want)
			}
		})
	}
	checkReadingCases(t, corpusEngine(t), []readingCase{
		// av-ru-presstry-02: "против 176 годом ранее" (against 176 a year
		// earlier): FY2016 removals of citizens of ROMANIA, 176 rows of
		// the FOIA removals file (records_value 176); before, the clause
		// was not read
		{"176 a year earlier: Romania FY2016", "2017-07-12", presstryContext, "176", Supported, 176},
		// av-ru-presstry-04: "(годом ранее — 15)": FY2016 removals of
		// citizens of MOLDOVA, 15 rows (records_value 15)
		{"Moldovans a year earlier", "2017-07-12", presstryContext + " Количество молдаван, выдворенных из США в 2017 году составило 24 человека (годом ранее — 15).",
			"годом ранее — 15", Supported, 15},
		// ao-ru-kommers-03: "На начало 2025 года таких людей было около 39
		// тыс." (at the start of 2025 there were about 39 thousand such
		// people): the currently-detained total of the first edition of
		// 2025 (2025-01-04_FY25_detentionStats01032025.xlsx, 39,152, the
		// row's records_value); before, "таких людей было" was not read
		{"such people were about 39 thousand", "2025-11-07",
			"К текущей неделе число мигрантов, задержанных Иммиграционной и таможенной полицией США (ICE) и находящихся в центрах временного содержания, достигло 66 тыс. человек. На начало 2025 года таких людей было около 39 тыс.",
			"около 39 тыс.", Supported, 39152},
		// ag-ru-vedomosti-03: "число задержанных увеличилось почти на 70%
		// – с 39 000 до 66 000" (the number of detainees rose by nearly
		// 70%, from 39,000 to 66,000): the January point is the
		// currently-detained total of the edition as of 2025-01-03
		// (39,152, the row's records_value); before, "с 39 000" was read
		// as detentions (the sentence before, of people held, ran on into
		// it) and had no data
		{"from 39,000 in January", "2025-11-07",
			"По данным источников издания, ICE никогда ранее не удерживала под стражей такое число людей, подлежащих депортации. С января, когда Трамп во второй раз вступил в должность, число задержанных увеличилось почти на 70% – с 39 000 до 66 000.",
			"39 000", Supported, 39152},
		// ai-uk-bazar-01 (Ukrainian): "зросла на понад 50% після приходу до
		// влади Трампа" (rose by more than 50% since Trump came to power):
		// the row's records_value is +51.7% (2025-08-15 edition's 59,380
		// against 39,152 of 2025-01-04); against the first edition after
		// the inauguration the rise is above 50% too, so the value is not
		// compared; before, "після приходу до влади" was not read
		{"since Trump came to power", "2025-08-20",
			"Кількість мігрантів в імміграційних центрах зросла на понад 50% після приходу до влади Трампа", "на понад 50%", Supported, 0},
	})
}
