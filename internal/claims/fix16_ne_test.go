package claims

import "testing"

// TestRound16NE: readings the sixteenth round's non-English fixer added,
// each from a corpus row (testdata/claims/corpus) misjudged before.
// Expected values are the rows' records_value, computed by
// testdata/claims/expected.py from the FOIA rows and ICE's workbooks (no
// icestat).
func TestRound16NE(t *testing.T) {
	checkReadingCases(t, corpusEngine(t), []readingCase{
		// y-es-millonaria-03: "en Dallas (Texas) se arrestó a 16.520": the
		// state in parentheses only locates the city; the figure is the
		// Dallas area's (FY2017 arrests file, AOR Dallas: 16,520 rows).
		// Before, all three figures were read in Texas (definition gap).
		{"City (State) before its count", "2018-02-12",
			"Sus delegaciones en Houston, Dallas y Atlanta fueron las que mayor número de detenciones registraron, según el informe de ICE. " +
				"En concreto, en Dallas (Texas) se arrestó a 16.520 inmigrantes indocumentados, en Houston (Texas) a 13.565, y en Atlanta (Georgia) a 13.551, según ICE.",
			"16.520", Supported, 16520},
		// the same sentence's Atlanta item (FY2017 arrests file, AOR
		// Atlanta: 13,551 rows); before, read in Texas
		{"City (State) before its count, third item", "2018-02-12",
			"Sus delegaciones en Houston, Dallas y Atlanta fueron las que mayor número de detenciones registraron, según el informe de ICE. " +
				"En concreto, en Dallas (Texas) se arrestó a 16.520 inmigrantes indocumentados, en Houston (Texas) a 13.565, y en Atlanta (Georgia) a 13.551, según ICE.",
			"13.551", Supported, 13551},
		// y-es-millonaria-04: "Chicago (Illinois), con 8.604; Los Ángeles
		// (California), con 8.419; ...": a list of areas' counts after a
		// sentence on arrests, each count its city's area (FY2017 arrests
		// file, AOR Chicago 8,604, AOR Los Angeles 8,419). Before, no claim.
		{"City (State), with N: first item", "2018-02-12",
			"En concreto, en Dallas (Texas) se arrestó a 16.520 inmigrantes indocumentados, en Houston (Texas) a 13.565, y en Atlanta (Georgia) a 13.551, según ICE. " +
				"Por detrás se situaron Chicago (Illinois), con 8.604; Los Ángeles (California), con 8.419; San Francisco (California), con 7.231; San Antonio (Texas), con 8.510; y Nueva Orleans (Louisiana), con 7.968.",
			"8.604", Supported, 8604},
		{"City (State), with N: second item", "2018-02-12",
			"En concreto, en Dallas (Texas) se arrestó a 16.520 inmigrantes indocumentados, en Houston (Texas) a 13.565, y en Atlanta (Georgia) a 13.551, según ICE. " +
				"Por detrás se situaron Chicago (Illinois), con 8.604; Los Ángeles (California), con 8.419; San Francisco (California), con 7.231; San Antonio (Texas), con 8.510; y Nueva Orleans (Louisiana), con 7.968.",
			"8.419", Supported, 8419},
		// h0-esotopa-01 (a guard: the first form of the rule above made it
		// wrong): "un nuevo programa piloto en Houston (Texas) y Baltimore
		// (Maryland), actualmente hay casi 180,000 inmigrantes que ya están
		// siendo controlados con tobilleras": a bare city's "(State)" that
		// heads no count stays a state, and the figure is the national ATD
		// total (2022-01-21_FY22 [ATD FY22 YTD] Total = 164,391)
		{"a bare City (State) outside a list", "2022-02-10",
			"El gobierno está trabajando los detalles de un nuevo plan de rastreo de los inmigrantes indocumentados que esperan procedimientos judiciales, sin necesidad de internarse en un centro de detención de ICE, este plan se pondrá en marcha en las próximas semanas este nuevo programa piloto en Houston (Texas) y Baltimore (Maryland), actualmente hay casi 180,000 inmigrantes que ya están siendo controlados con tobilleras y otros dispositivos de seguimiento GPS, y se dice que este nuevo programa evitará imponer confinamiento en casa y toques de queda para mantener controladas a personas indocumentadas.",
			"casi 180,000", Supported, 164391},
		// u-it-radiocom-02: "La popolazione detenuta dall'Ice ... a gennaio,
		// quando l'agenzia tratteneva circa 39 mila persone": the detained
		// population in January 2025 (Italian lexicon: "popolazione
		// detenuta", "tratteneva", "a gennaio"), the currently-detained
		// Total of the 2025-01-04 edition (Detention FY25 F20 = 39,152).
		// Before, the gloss kept "popolazione detenuta" and "tratteneva":
		// no measure (not-enforcement).
		{"Italian: the agency held about N in January", "2025-11-07",
			"La popolazione detenuta dall’Ice è aumentata di quasi il 70 per cento da quando Donald Trump ha iniziato il suo secondo mandato, a gennaio, quando l’agenzia tratteneva circa 39 mila persone.",
			"circa 39 mila", Supported, 39152},
		// v-ru-haq-03: "На начало 2025 года в центрах временного содержания
		// находилось около 39 тыс. человек": the start of 2025, read as
		// early January (the first 2025 edition, 2025-01-04, Detention FY25
		// F20 = 39,152). Before, "тыс." and the place words were not
		// glossed: no claim.
		{"Russian: at the start of the year, about N thousand held", "2025-11-07",
			"На начало 2025 года в центрах временного содержания находилось около 39 тыс. человек.",
			"около 39 тыс.", Supported, 39152},
		// u-es-ahoramismo-06: "revelaron que em marzo los detenidos en
		// centros de inmigración llegaron a 27,723": "em marzo" (in March)
		// and "llegaron a" (reached); the currently-detained Total of the
		// edition of March 17, 2023 (2023-03-17_FY23 [Detention FY23] F20 =
		// 27,723). Before, no month was read: the edition of 2023-04-28.
		{"Spanish: em + month, llegaron a", "2023-05-01",
			"Los datos, citando al informe de Transactional Records Access Cleanringhpuse (TRAC), un grupo de estudio de la Universidad de Syracuse, revelaron que em marzo los detenidos en centros de inmigración llegaron a 27,723.",
			"27,723", Supported, 27723},
		// y-es-progreso-05: "con respecto a las 27.000 recluidos en el mes
		// julio": the people held in detention in July 2021 (the edition of
		// 2021-07-09, [Detention FY21 YTD] F20 = 27,217). Before, read as
		// detentions in FY2021 (no data).
		{"Spanish: recluidos en el mes julio", "2022-01-14",
			"Esta cifra, contrasta abismalmente, con los 22.142 inmigrantes recluidos en centros de detención repartidos por todo el país." + " " +
				"Paulatinamente, una cifra que ha disminuido de a poco, con respecto a las 27.000 recluidos en el mes julio.",
			"27.000", Supported, 27217},
	})
}
