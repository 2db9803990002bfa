package claims

import (
	"fmt"
	"testing"
)

// TestThirtiethRoundDetentionChanges: the lead's readings of the thirtieth
// round on changes of ICE's detained population. Values are the Total of
// the currently-detained table (cell F20), read with openpyxl
// (`openpyxl.load_workbook(F, data_only=True)[SHEET]['F20'].value`):
//   - 2024-03-15_FY24_detentionStats03142024.xlsx [Detention FY24] 39,111
//   - 2024-03-30_FY24_detentionStats03292024.xlsx [Detention FY24] 36,931
//   - 2025-03-15_FY25_detentionStats03142025.xlsx [Detention FY25] 46,269
//   - 2025-03-28_FY25_detentionStats03262025.xlsx [Detention FY25] 47,892
//   - 2025-10-30_FY25_detentionStats09252025.xlsx [Detention FY25] 59,762
//   - 2025-12-23_FY26_detentionStats12222025.xlsx [Detention FY26] 68,442
//   - 2026-01-09_FY26_detentionStats01082026.xlsx [Detention FY26] 68,990
func TestThirtiethRoundDetentionChanges(t *testing.T) {
	// bq-en-redamerica-02: "That number" after a sentence whose measure
	// is only a stock ("was holding ... in custody"): the same population
	// on its own date, read from the edition after March 24, 2025
	// (47,892); the change is from the sentence before's day, a
	// reference (never contradicted): 46,269 - 39,111 = 7,158 in the
	// editions in force on the two days, 47,892 - 36,931 = 10,961 in the
	// editions published after each, which is "almost 11,000"
	const red = "Data from TRACreports.org shows that as of March 24, 2024, ICE was holding 36,931 individuals in custody. That number was at 47,892 as of March 24, 2025, an increase of almost 11,000."
	// a change over a span of two named days: the population on the
	// second against that on the first. The store has no edition between
	// 2025-08-14 and 2025-09-25, so only the editions published after
	// each day (2025-09-25 and 2026-01-08) give it: 68,990 - 59,762 =
	// 9,228; 8,000 fits no reading, but the span's first day has no
	// edition, so it is not contradicted
	const span = "From Sept. 21, 2025 to Jan. 7, 2026 the number of people in ICE detention grew by %s."
	checkReadingCases(t, corpusEngine(t), []readingCase{
		{"that number after a stock", "2025-03-31", red, "47,892", Supported, 47892},
		{"change from the sentence before", "2025-03-31", red, "almost 11,000", Supported, 10961},
		{"change over two days", "2026-02-01", fmt.Sprintf(span, "9,228"), "9,228", Supported, 9228},
		{"change over two days, no reading", "2026-02-01", fmt.Sprintf(span, "8,000"), "8,000", NotCheckable, 0},
	})
}

// TestPreviousYearOfOneYear: "the previous year" after a figure, in a
// sentence naming one year only, is the year before that one, so a typo is
// contradicted (cc-en-diasporamessenger-06: 240,225 for 240,255); with two
// years named the anchor is a guess and it is not. Removals of FY2016
// (`zcat ICERemovals_FY2016.csv.gz | tail -n +7 | wc -l`): 240,255.
func TestPreviousYearOfOneYear(t *testing.T) {
	const one = "The US Immigration and Customs Enforcement agency (ICE) reported that 226,119 unauthorised immigrants were deported in fiscal 2017, compared to 240,225 in the previous year."
	const two = "ICE deported 256,085 people in fiscal 2018 and 226,119 in fiscal 2017, compared to 240,225 the year before."
	checkReadingCases(t, corpusEngine(t), []readingCase{
		{"one year named", "2018-02-01", one, "240,225", Contradicted, 240255},
		{"two years named", "2019-02-01", two, "240,225", NotCheckable, 0},
	})
}

// TestBareChangeVerb: a verb of change in the past right before a count
// gives the change's size with no "by" ("increased a total of 11,296",
// o-punjab92-03); "rose to" stays the level. ERO arrests by fiscal-year
// file (`zcat EROArrests_FY2017.csv.gz | tail -n +7 | wc -l`, and FY2018):
// 143,470 and 158,581, 15,111 more.
func TestBareChangeVerb(t *testing.T) {
	checkReadingCases(t, corpusEngine(t), []readingCase{
		{"rose N", "2019-02-01", "ICE arrests rose 15,111 in FY2018 from FY2017.", "15,111", Supported, 15111},
		{"increased a total of N", "2019-02-01", "ICE arrests increased a total of 15,111 from FY2017 to FY2018.", "15,111", Supported, 15111},
		{"rose to N", "2019-02-01", "ICE arrests rose to 158,581 in FY2018.", "158,581", Supported, 158581},
	})
}

// TestThirtiethRoundFalseContradiction: the false contradiction of the
// thirtieth round's first measure (cl-en-dwn-01, a press release of
// 2025-06-24): "currently" is the article's day, and a round count there
// within 5 % of the edition in force, in the direction of the next, may be
// a newer count (CBS's internal 59,000 of June 23). Editions (cell F20,
// openpyxl): 2025-06-21_FY25_detentionStats06202025.xlsx 56,397,
// 2025-07-08_FY25_detentionStats07072025.xlsx 57,861. A round count
// against the trend (54,000) is still contradicted.
func TestThirtiethRoundFalseContradiction(t *testing.T) {
	const dwn = "ICE is currently detaining a record breaking %s people in its custody."
	checkReadingCases(t, corpusEngine(t), []readingCase{
		{"along the trend", "2025-06-24", fmt.Sprintf(dwn, "59,000"), "59,000", NotCheckable, 0},
		{"against the trend", "2025-06-24", fmt.Sprintf(dwn, "54,000"), "54,000", Contradicted, 56397},
	})
}

// TestThirtiethRoundRemovals: the lead's readings of the thirtieth round
// on removals. Values: FOIA removals by fiscal-year file (`zcat
// ICERemovals_FY2018.csv.gz | tail -n +7 | wc -l`: 256,085; FY2017
// 226,119); St. Paul AOR (`... | awk -F'|' '{a=$1; gsub(/"/,"",a); if (a ~
// /St. Paul/) n++} END{print n}'`): FY2017 2,841, FY2018 3,423 (+20.5 %);
// ICE's published removals, cell P29 (openpyxl):
// 2019-10-06_FY19-detentionstats.xlsx [Detention FY19] 267,258,
// 2023-11-08_FY23_detentionStats10312023.xlsx [Detention FY23] 142,580,
// 2024-10-01_FY24_detentionStats.xlsx [Detention FY24] 271,484.
func TestThirtiethRoundRemovals(t *testing.T) {
	// ci-en-newamerican-01/-05: "nearly" before a figure of one
	// significant digit allows up to an eighth below it; FY2019 from
	// ICE's year-end table, FY2018 from the FOIA rows no edition prints
	const fy19 = "The Enforcement and Removal Operations bureau of Immigration and Customs Enforcement deported nearly 300,000 illegal aliens in fiscal 2019, the agency reported this week."
	const up = fy19 + " However much the border invasion affected ICE’s interior effort, the agency increased deportations over last year by more than four percent."
	// ck-en-gazette-01: "announced last week" dates the announcement, not
	// the figures of "the past federal fiscal year, which ended in
	// September"; "Iowa and four other states" is a place, no figure
	const gazette = "U.S. Immigration and Customs Enforcement Deputy Director Ronald Vitello announced last week that in the past federal fiscal year, which ended in September, ICE detained 'a record number” of illegal immigrants and that the number of those deported has risen about 13 percent since 2017. In the Midwest region that includes Iowa and four other states, the increase in removals was higher than the national average - a 20 percent jump since 2017."
	// cm-fr-linfore-01, cm-fr-buminteractif-08 (French glosses): "au cours
	// des 12 derniers mois" is the year ICE's annual report counts;
	// "Elles ont ensuite bondi à" carries the measure of the sentence
	// before (180 000 for FY2023's 142,580: carried, so not contradicted)
	const linfore = "D’après les données officielles rendues publiques le 19 décembre, plus de 270 000 individus ont été renvoyés des États-Unis au cours des 12 derniers mois."
	const bum = "Sous l’administration Biden, les expulsions d’immigrants ont augmenté après un ralentissement dû à la pandémie, passant de 59 000 en 2021 à 72 000 en 2022. Elles ont ensuite bondi à 180 000 en 2023, atteignant un record de plus de 271 000 en 2024."
	checkReadingCases(t, corpusEngine(t), []readingCase{
		{"nearly, one significant digit", "2019-12-13", fy19, "nearly 300,000", Supported, 267258},
		{"nearly, more than an eighth below", "2019-12-13", "ICE deported nearly 300,000 illegal aliens in fiscal 2018.", "nearly 300,000", Contradicted, 256085},
		{"change against the FOIA year", "2019-12-13", up, "more than four percent", Supported, 100 * (267258.0 - 256085) / 256085},
		{"past federal fiscal year", "2018-12-16", gazette, "about 13 percent", Supported, 100 * (256085.0 - 226119) / 226119},
		{"region's change", "2018-12-16", gazette, "20 percent", Supported, 100 * (3423.0 - 2841) / 2841},
		{"other states", "2018-12-16", gazette, "four", "", 0},
		{"past 12 months", "2024-12-20", linfore, "plus de 270 000", Supported, 271484},
		{"they then jumped", "2024-12-20", bum, "180 000", NotCheckable, 142580},
		{"they then reached", "2024-12-20", bum, "plus de 271 000", Supported, 271484},
	})
}

// TestThirtiethRoundDetentionPlaces: cl-en-newsnation-01/-02 (Border
// Report, November 2023). A dateline ("McALLEN, Texas (Border Report) —")
// and a place in a later part of the sentence ("and most are housed in
// Texas") are not the population's place; "the most since January 2020"
// is the record's window, not the count's day; "non-U.S. citizens were
// being detained" is the population. Edition
// 2023-11-16_FY24_detentionStats11152023.xlsx [Detention FY24] F20:
// 39,748 (openpyxl).
func TestThirtiethRoundDetentionPlaces(t *testing.T) {
	const head = "ICE detention facilities at highest levels since 2020, report finds\n"
	const nn1 = head + "McALLEN, Texas (Border Report) — The total number of migrants held in U.S. Immigration and Customs Enforcement detention facilities has swelled to nearly 40,000 — the most since January 2020 — and most are housed in Texas, according to a new study."
	const nn2 = head + "Transactional Records Access Clearinghouse (TRAC) of Syracuse University reports that 39,748 non-U.S. citizens were being detained in facilities as of Nov. 5, according to the latest data available."
	checkReadingCases(t, corpusEngine(t), []readingCase{
		{"dateline and later place", "2023-11-17", nn1, "nearly 40,000", Supported, 39748},
		{"citizens being detained", "2023-11-17", nn2, "39,748", Supported, 39748},
	})
}

// TestThirtiethRoundDetentionGlosses: Portuguese and Spanish sentences on
// the people held. cm-pt-portaltela-02: "A população detida pelo ICE"
// (the population detained by ICE) is the population; "para
// aproximadamente 60.000" is "to approximately". cj-es-infobae-02: "fueron
// arrestados inicialmente en la frontera sur" (were arrested initially at
// the southern border) names CBP's arrests. Cells (openpyxl), [Detention
// FY25]: 2025-01-04_FY25_detentionStats01032025.xlsx F20 39,152;
// 2025-08-15_FY25_detentionStats08142025.xlsx F20 59,380;
// 2025-02-04_FY25_detentionStats02032025.xlsx D20 24,356 of F20 39,238.
func TestThirtiethRoundDetentionGlosses(t *testing.T) {
	const tela = "A população detida pelo ICE cresceu quase 50%, passando de cerca de 40.000 em janeiro para aproximadamente 60.000 em setembro."
	const infobae = "De acuerdo con CBS News, más de la mitad de los detenidos por ICE fueron arrestados inicialmente en la frontera sur."
	checkReadingCases(t, corpusEngine(t), []readingCase{
		{"população detida, January", "2025-09-20", tela, "cerca de 40.000", Supported, 39152},
		{"para aproximadamente", "2025-09-20", tela, "para aproximadamente 60.000", Supported, 59380},
		{"arrested at the southern border", "2025-02-05", infobae, "más de la mitad de", Supported, 100 * 24356.0 / 39238},
	})
}

// TestThirtiethRoundRates: cl-en-wavy-04 ("There were 45,356
// asylum-seekers enrolled in ATD through Harlingen": the office that
// enrolls them; 2023-03-01_FY23_detentionStats02282023.xlsx [ATD FY23
// YTD] A74 Harlingen, B74 45,356, openpyxl) and cn-es-newsweekes-03 ("el
// promedio semanal de aproximadamente 5,000 del año pasado", last year's
// weekly average: FY2024's 271,484 removals, P29 of
// 2024-10-01_FY24_detentionStats.xlsx, over its 366 days, times 7; per
// day 741.8).
func TestThirtiethRoundRates(t *testing.T) {
	const wavy = "TRAC reports the total number of migrants enrolled in ATD as of Feb. 11. There were 45,356 asylum-seekers enrolled in ATD through Harlingen."
	const nw = "Si las últimas cifras incluyen las expulsiones fronterizas, la nueva administración se está quedando atrás del promedio semanal de aproximadamente 5,000 del año pasado."
	checkReadingCases(t, corpusEngine(t), []readingCase{
		{"enrolled through Harlingen", "2023-03-01", wavy, "45,356", Supported, 45356},
		{"weekly average of ICE's removals", "2025-03-20", nw, "aproximadamente 5,000", Supported, 271484.0 / 366 * 7},
		// cn-en-factuallya0e-04: "Biden's daily average of 742 in FY
		// 2024", 741.8 rounded (the entry's value is the whole figure)
		{"a whole daily average", "2025-03-20", "ICE removed a daily average of 742 people in FY 2024.", "742", Supported, 742},
	})
}

// TestFirstTermPeakFrench: FY2024's removals "surpassant même les niveaux
// observés durant la première présidence de Donald Trump" (cm-fr-linfore-02)
// and "dépasse tous les chiffres annuels enregistrés par son prédécesseur,
// Donald Trump" (cm-fr-cibercuba-02) are above the first term's peak,
// FY2019's. P29 (openpyxl): 2024-10-01_FY24_detentionStats.xlsx [Detention
// FY24] 271,484; 2019-10-06_FY19-detentionstats.xlsx [Detention FY19]
// 267,258.
func TestFirstTermPeakFrench(t *testing.T) {
	const fy24 = "Le président en exercice des États-Unis, Joe Biden, termine son mandat avec un record de 271,484 migrants expulsés au cours de l'exercice fiscal 2024. "
	const linfore = "Ce chiffre, enregistré à la fin du mandat de Joe Biden, représente le total d’expulsions le plus élevé de ces dix dernières années, surpassant même les niveaux observés durant la première présidence de Donald Trump (2017-2021)."
	const ciber = "C'est le chiffre le plus élevé enregistré depuis plus d'une décennie et dépasse tous les chiffres annuels enregistrés par son prédécesseur, Donald Trump."
	checkReadingCases(t, corpusEngine(t), []readingCase{
		{"surpassant les niveaux", "2024-12-20", fy24 + linfore, "surpassant même les niveaux observés durant la première présidence de Donald Trump", Supported, 100 * (271484.0 - 267258) / 267258},
		{"dépasse tous les chiffres annuels", "2024-12-20", fy24 + ciber, "dépasse tous les chiffres annuels enregistrés par son prédécesseur, Donald Trump", Supported, 100 * (271484.0 - 267258) / 267258},
	})
}
