package claims

import "testing"

// TestRoundW: readings added for fresh-2026-12w, a tuning set. Expected
// values are the rows' records_value, computed by
// testdata/claims/expected.py from the FOIA rows and ICE's workbooks (no
// icestat).
func TestRoundW(t *testing.T) {
	checkReadingCases(t, corpusEngine(t), []readingCase{
		// w-pt-onevox-02: a short Portuguese sentence ("nível") is not
		// English; nationwide arrests FY2017 (143,470) vs FY2016
		// (110,104) in the arrests FOIA file: +30.3 %. Before, read as
		// English: "prisões" not enforcement.
		{"Portuguese 'a nível nacional' short sentence", "2018-02-20",
			"As prisões a nível nacional aumentaram em 30%.", "30%", Supported, 100 * (143470.0 - 110104) / 110104}, // records_value 30.3041
		// w-pt-onevox-06: "deteu" (misspelt "deteve") and "ano" tell
		// Portuguese; FY2017 arrests in the arrests FOIA file: 143,470
		{"Portuguese 'deteu' in 'o ano fiscal de 2017'", "2018-02-20",
			"A nível nacional, o ICE deteu ilegalmente 143.470 imigrantes no país durante o ano fiscal de 2017.", "143.470", Supported, 143470},
		// w-pt-jsnews-03: "sob custódia", "ano" tell Portuguese; currently
		// detained Total, 2021-07-09_FY21_detentionStats07082021.xlsx
		// [Detention FY21 YTD] F20 = 27,217
		{"Portuguese 'em julho do ano passado ... sob custódia'", "2022-01-18",
			"Em julho do ano passado, o ICE tinha 27.000 imigrantes sob custódia, o menor número anterior já registrado.", "27.000", Supported, 27217},
		// w-es-univcopy-01: "la agencia federal encargada de las
		// deportaciones" is ICE, not a count of removals; ATD Total of
		// 2022-04-29_FY22_detentionStats04282022.xlsx = 227,508 (the
		// 2022-05-05 edition, as of 2022-04-23, holds the same total)
		{"the agency in charge of deportations monitors", "2022-05-01",
			"La agencia federal encargada de las deportaciones monitorea a más de 225,000 inmigrantes indocumentados por medio de un sistema de vigilancia electrónico conocido como Alternativa de Detención (Alternatives to Detention -ATD-).",
			"más de 225,000", Supported, 227508},
		// w-es-univcopy-03: "monitoreados electrónicamente", glossed
		// "monitored electronically", is ATD; ATD Total of
		// 2022-01-11_FY22_detentionStats01102022.xlsx = 157,761
		{"monitored electronically (Spanish)", "2022-05-01",
			"A mediados de enero la cifra de inmigrantes monitoreados electrónicamente por ICE era de unos 157,000.", "unos 157,000", Supported, 157761},
		{"monitored electronically", "2022-05-01",
			"In mid-January the number of immigrants monitored electronically by ICE was about 157,000.", "about 157,000", Supported, 157761},
		// w-ja-dailysunny-01: a Japanese sentence (kana) is glossed; the
		// criminality before each count is put after it. ICE column of the
		// currently-detained table, 2025-10-30_FY25_detentionStats09252025.xlsx
		// [Detention FY25]: B23 = 16,523 (other immigration violators),
		// B21 = 15,725 (convicted), B22 = 13,767 (pending charges)
		{"Japanese criminality before a count", "2025-09-27",
			"米移民税関捜査局(ICE)が25日に発表したデータによれば、犯罪歴のない移民の収容者が1万6523人に達し、犯罪歴がある1万5725人や刑事告訴係属中の1万3767人を上回った。",
			"犯罪歴がある1万5725人", Supported, 15725},
		{"Japanese pending charges", "2025-09-27",
			"米移民税関捜査局(ICE)が25日に発表したデータによれば、犯罪歴のない移民の収容者が1万6523人に達し、犯罪歴がある1万5725人や刑事告訴係属中の1万3767人を上回った。",
			"刑事告訴係属中の1万3767人", Supported, 13767},
		// w-ja-dailysunny-03: "現在5万9762人に上り、8月末には": the month end
		// after the clause's end begins a new sentence, so "currently" keeps
		// its figure; currently-detained Total F20 of
		// 2025-10-30_FY25_detentionStats09252025.xlsx = 59,762
		{"Japanese current total before a month's end", "2025-09-27",
			"ICEの収容者総数は現在5万9762人に上り、8月末には過去最高の6万1000人を突破。", "5万9762人", Supported, 59762},
		// w-es-miami24-04: "desde su inauguración el 20 de enero hasta el
		// final del año fiscal el 30 de septiembre" is the span January 20 -
		// September 30 (not "a fines de enero", the month the president took
		// office): arrests FOIA file by Apprehension Date 2017-01-20 ..
		// 2017-09-30 = 110,568; against 2016-01-20 .. 2016-09-30 (77,806)
		// +42.1 %
		{"from the inauguration to the fiscal year's end (Spanish)", "2018-02-09",
			"Según lo reportó el Pew Research Center, el incremento comenzó después de que el presidente Donald Trump asumiera el cargo a fines de enero: desde su inauguración el 20 de enero hasta el final del año fiscal el 30 de septiembre ICE realizó 110,568 arrestos, 42% más que en el mismo período en 2016.", "110,568", Supported, 110568},
		{"42% more than the same period (Spanish)", "2018-02-09",
			"Según lo reportó el Pew Research Center, el incremento comenzó después de que el presidente Donald Trump asumiera el cargo a fines de enero: desde su inauguración el 20 de enero hasta el final del año fiscal el 30 de septiembre ICE realizó 110,568 arrestos, 42% más que en el mismo período en 2016.", "42%", Supported, 100 * (110568.0 - 77806) / 77806}, // records_value 42.1073
		// w-es-miami24-05: a percent in parentheses after "the largest
		// percentage increase in ICE arrests between 2016 and 2017" is
		// that change: Miami AOR arrests FY2017 (6,192) vs FY2016 (3,524)
		// in the arrests FOIA file, +75.7 %
		{"a percentage increase's size in parentheses (Spanish)", "2018-02-09",
			"El área de responsabilidad de Miami, que cubre todo el estado de Florida, Puerto Rico y las Islas Vírgenes registró el mayor aumento porcentual en las detenciones de ICE entre 2016 y 2017 (76%).", "76%", Supported, 100 * (6192.0 - 3524) / 3524}, // records_value 75.7094
		{"a percentage increase's size in parentheses", "2018-02-09",
			"The Miami area of responsibility, which covers all of Florida, Puerto Rico and the Virgin Islands, recorded the largest percentage increase in ICE arrests between 2016 and 2017 (76%).",
			"76%", Supported, 100 * (6192.0 - 3524) / 3524},
		// w-es-elpoder-05: "Ese salto del 75 por ciento", glossed "That 75
		// percent jump", is the change the sentence before gave (the same
		// Miami FY2017 vs FY2016 change, +75.7 %)
		{"a jump named by its size (Spanish)", "2018-03-28",
			"Los arrestos del ICE aumentaron en más de un 75 por ciento entre 2016 y 2017 en el área de responsabilidad de Miami, que cubre toda Florida, Puerto Rico y las Islas Vírgenes" + "\n" +
				"Ese salto del 75 por ciento fue el más grande en las detenciones de ICE en cualquier área del país el año pasado, según el informe del Centro Pew.", "salto del 75 por ciento", Supported, 100 * (6192.0 - 3524) / 3524}, // records_value 75.7094
	})
}
