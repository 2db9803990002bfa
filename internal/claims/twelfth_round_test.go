package claims

import "testing"

// TestTwelfthRoundReadings: spans referred to ("during that period" with a
// year), a count written "N in total", a change whose compared span follows
// its noun ("a 37.6 percent increase from January 24, 2016 to April 30,
// 2016"), "the first time ... over 50,000" said of the detained count, and
// a population that "averaged" (the average daily population) and one that
// "has since fallen to" a level (the latest edition); then readings the
// round's held-out sets (fresh-2026-12s, -12t) showed after they were
// measured, in English, Spanish and Portuguese. Expected values are expected.py's records_value of the corpus
// rows named (arrests and removals of the 2019 release, counted by day).
func TestTwelfthRoundReadings(t *testing.T) {
	const detroit = "Detroit ICE figures show spike in activity, triple the number of non-criminal arrests. There were 582 deportations between Jan. 20 and April 29, 2016. Of those kicked out of the country then, 382, or 66 percent, were convicted of crimes, and 200 were non-criminals. "
	checkReadingCases(t, corpusEngine(t), []readingCase{
		// "This year ... during that period": Jan. 20 - April 29 of 2017
		// against the same days of 2016, in the Detroit area of the
		// sentences before (fr-mlive-07: 917 against 582, +57.56 %, not
		// +53 %)
		{"during that period, this year", "2017-06-15",
			detroit + "This year, the number of deportations during that period grew 53 percent.", "53 percent", Contradicted, 0},
		// the same days' count, written "893 in total" with no noun
		// (fr-mlive-08: 917 removals, Detroit AOR, 2017-01-20..04-29);
		// measure, place and period all carried, so not a contradiction
		{"N in total, every part carried", "2017-06-15",
			detroit + "This year, the number of deportations during that period grew 53 percent. ICE reported 893 in total, with 468, or 52 percent, involving convicted criminals and 425 non-criminals.", "893", NotCheckable, 917},
		// "During that timeframe in 2016": the 2016 days, not FY2016
		// (fr-mlive-04: Detroit AOR arrests 2016-01-20..04-29, 589)
		{"during that timeframe in a year", "2017-06-15",
			"Detroit ICE figures show spike in activity, triple the number of non-criminal arrests. ICE agents made a total of 436 arrests in the two states from Jan. 20 to April 29, a 43.8 percent rise from 303 during that period in 2016. Of the 436, 316 were convicted of a crime and 147 were non-criminals. During that timeframe in 2016, 258 of the 303 arrested had criminal convictions, and 45 were non-criminals.", "303", NotCheckable, 589},
		// "from 8,381 in 2016 to 12,766 in the corresponding period in
		// 2017", two sentences after the days are named: ICE's 2016 window
		// (January 24 - April 30, the same weekdays), at-large under ICE's
		// grouping, 8,381 (d4-myatty-06's records_value); read on FY2016
		// before, on January 22 - April 29, 2016 it was contradicted (7,207)
		{"the corresponding period in a year, ICE's window", "2017-05-17",
			"Between January 22, 2017, and April 29, 2017, the ICE reported that it administratively arrested 41,318 individuals on civil immigration charges. The ICE arrested 30,473 aliens convicted of criminal offenses in the 2017 period compared to 25,786 in the 2016 period. The ICE increased arrests of aliens at-large in the community from 8,381 in 2016 to 12,766 in the corresponding period in 2017, an increase of more than 50 percent.", "8,381", Supported, 8381},
		// the span compared with, after the change's noun (d4-myatty-03:
		// 41,426 arrests 2017-01-22..04-29 against 30,028 on 2016-01-24..
		// 04-30, +37.96 %, not +37.6 %)
		{"increase from one day to another", "2017-05-17",
			"Between January 22, 2017, and April 29, 2017, the ICE reported that it administratively arrested 41,318 individuals on civil immigration charges. This represents a 37.6 percent increase from January 24, 2016 to April 30, 2016, when the ICE arrested 30,028 individuals on civil immigration charges.", "37.6 percent", Contradicted, 0},
		// "the first time ... over 50,000": the 2019-10-06 edition gave
		// 50,922 ('Detention FY19'!F20, expected.py row e12e0-obp-02), so
		// June 2025's 51,302 (2025-06-06 edition F20) is not the first
		{"the first time over a threshold", "2025-06-24",
			"Reports suggest that ICE faces mounting pressure to increase arrests. As of early June, 51,302 individuals were being held in ICE detention centers—marking the first time these facilities have detained over 50,000 people at once.", "the first time", Contradicted, 51302},
		// ... tested on the detained population only: the arrest records
		// start in FY2016 (110,104, expected.py count arrests FY2016), so
		// no earlier year can be compared (a probe written for this
		// guard: at first it was read as "the largest" and contradicted)
		{"the first time over a threshold, arrests", "2017-12-05",
			"In fiscal 2016, ICE arrested 110,104 people, the first time arrests topped 100,000.", "the first time", NotCheckable, 0},
		// "the first time in five years": a window, not all time
		{"the first time within a window", "2025-06-24",
			"ICE held 51,302 people in early June 2025, the first time in five years over 50,000.", "the first time", "", 0},
		// "averaged": the month's average daily population, not one
		// day's count (stress run 32's probe; June 2025 ADP 57,412.1,
		// 'Detention FY25'!J100 of the 2025-07-18 edition, read with
		// expected.py --cells; the 2025-06-20 edition's 56,397 was read)
		{"a population that averaged", "2025-07-20",
			"In June 2025, ICE's daily detention population averaged about 57,400.", "about 57,400", Supported, 57412.1},
		// "has since fallen to about 60,300": the latest edition before
		// the article (60,311, 'Detention FY26'!F20 of the 2026-04-10
		// edition, as of 2026-04-09), not Feb. 2's (stress run 32's probe)
		{"has since fallen to", "2026-04-20",
			"Detention stood at 68,289 on Feb. 12 and has since fallen to about 60,300.", "about 60,300", Supported, 60311},
		// "booked a record 42,116 people into detention": book-ins of
		// December 2025 ('Detention FY26'!L20 of the 2026-04-10 edition,
		// 42,116), not the people held (stress run 32's probe)
		{"booked a record N into detention", "2026-04-20",
			"ICE booked a record 42,116 people into detention in December; as of April 9 it held 60,311.", "42,116", Supported, 42116},
		// the twelfth round's held-out sets, after their measurement:
		// "the year before, at 240,255" (t-politifact-pence-04: FY2016
		// removals, 240,255)
		{"the year before, at N", "2018-07-25",
			"At least 226,119 people were deported by ICE in fiscal year 2017, according to the agency. ICE deported more people the year before, at 240,255.", "240,255", Supported, 240255},
		// "more than" before the edition's exact figure (t-groundnews-04:
		// 43,759, 'Detention FY25'!F20 of the 2025-02-28 edition)
		{"more than the exact figure", "2025-03-07",
			"ICE looks for more space\nWASHINGTON (NEXSTAR) - Immigration and Customs Enforcement (ICE) has detained more than 43,759 people as of last week, leading to concerns over a lack of detention space.", "more than 43,759", Supported, 43759},
		// "people being held by Immigration and Customs Enforcement"
		// (t-quixote-01: 20,018, 'Detention FY20 YTD'!F20 of the
		// 2020-09-18 edition)
		{"people being held by the agency", "2020-09-20",
			"Currently the number of people being held by Immigration and Customs Enforcement is just over 20,000.", "just over 20,000", Supported, 20018},
		// Spanish: people who "permanecen detenidas únicamente por
		// infracciones civiles" are ICE's other immigration violators
		// (s-es-2001online-02: 30,986 of the 2025-11-21 edition)
		{"detained only for civil immigration violations", "2025-11-28",
			"Un total de 30.986 personas permanecen detenidas únicamente por infracciones civiles de la ley migratoria.", "30.986", Supported, 30986},
		// "69 000 personas": thousands set off by a space (s-es-meneame-01:
		// 68,990, 'Detention FY26'!F20 of the 2026-01-09 edition)
		{"thousands set off by a space", "2026-01-12",
			"La administración Trump pretende intensificar las deportaciones y ha aumentado el número de migrantes detenidos. A fecha de 7 de enero, las estadísticas del ICE mostraban que la agencia tenía detenidas a 69 000 personas.", "69 000", Supported, 68990},
		// "la Universidad de Syracuse, en Nueva York": TRAC's home, not the
		// figure's place (t-es-efetyht-01: 39,175, 'Detention FY24'!F20 of
		// the 2024-03-01 edition; read as New York City's facilities before)
		{"the university's town", "2024-02-29",
			"El número de inmigrantes recluidos en los centros de detención del Servicio de Control de Inmigración y Aduanas (ICE) continúa en aumento, al llegar a 39.175 extranjeros bajo custodia federal en la última semana de febrero, indica un informe revelado este jueves por la Universidad de Syracuse, en Nueva York.", "39.175", Supported, 39175},
		// Portuguese, glossed with a lexicon of its own (s-pt-tdtnews-03:
		// 56,945, 'Detention FY25'!F20 of the 2025-08-02 edition, as of
		// 2025-07-27; expected.py's records_value)
		{"a Portuguese sentence", "2025-08-03",
			"Além disso, o número total de pessoas presas foi de 56.945, um leve declínio em relação aos 57.861 detentos registrados um mês antes.", "56.945", Supported, 56945},
	})
}
