package claims

import "testing"

// TestTwentyNinthRoundDetention: the lead's readings of the twenty-ninth
// round on ICE's detention statistics, each found in a corpus row. Values
// are ICE's workbook cells, read with openpyxl (row 20 the people held:
// B arrested by ICE, D arrested by CBP, F all; F22 pending charges, F23
// other immigration violators):
//   - 2026-02-03_FY26_detentionStats02022026.xlsx [Detention FY26]: B20
//     59,644, D20 11,122, F20 70,766 (84.28 %, 15.72 %)
//   - 2025-01-04_FY25_detentionStats01032025.xlsx [Detention FY25]: D20
//     24,832 of F20 39,152 (63.42 %)
//   - 2025-11-21_FY26_detentionStats11202025.xlsx [Detention FY26]: F22
//     16,978 + F23 30,986 of F20 65,135 (73.64 %)
//   - 2025-08-15_FY25_detentionStats08142025.xlsx [Detention FY25]: F23
//     26,947 of F20 59,380 (45.38 %)
func TestTwentyNinthRoundDetention(t *testing.T) {
	// ca-en-natcon-05: the figure set off by commas belongs to the clause
	// after it ("of current detainees were arrested by ICE"); "coming from
	// Customs and Border Protection" names the other agency
	const natcon = "The vast majority, 84%, of current detainees were arrested by ICE in the interior of the United States, with only 16% coming from Customs and Border Protection at the border."
	// bs-pt-agencia12-03: "havia sido presa pela Alfândega e Proteção de
	// Fronteiras" (had been arrested by Customs and Border Protection)
	const agencia = "Os números mais recentes refletem a mudança de foco na aplicação da lei migratória: a maioria dos detidos em janeiro havia sido presa pela Alfândega e Proteção de Fronteiras (CBP, na sigla em inglês), agência responsável por patrulhar fronteiras terrestres, portos e aeroportos."
	// bs-es-enlace-05: "no contaba con una condena criminal" (had no
	// criminal conviction; the negation had been dropped and the share
	// read as of the convicted)
	const enlace = "De acuerdo con TRAC, 73.6 por ciento de las personas bajo custodia de ICE hasta noviembre de 2025 no contaba con una condena criminal."
	// bs-pt-ndb-05: "até meados de 2025" (as of mid-2025), glossed "mid-
	// 2025", a part of the year (it had been read as fiscal year 2025, no
	// day at all)
	const ndb = "Um detalhe crucial desmonta parte da narrativa oficial: quase metade dos detidos até meados de 2025 não possuía antecedentes criminais."
	checkReadingCases(t, corpusEngine(t), []readingCase{
		{"84%, of current detainees were arrested by ICE", "2026-02-05", natcon, "84%", Supported, 84.2834},
		{"16% coming from Customs and Border Protection", "2026-02-05", natcon, "16%", Supported, 15.7166},
		{"havia sido presa pela Alfândega e Proteção de Fronteiras", "2025-08-12", agencia, "a maioria", Supported, 63.4246},
		{"no contaba con una condena criminal", "2026-01-19", enlace, "73.6 por ciento", Supported, 73.6378},
		{"até meados de 2025", "2025-12-29", ndb, "quase metade dos detidos", Supported, 45.3806},
	})
}

// TestCarriedPeriodOthers: a sentence without a period of its own carries
// the earlier sentence's; when that sentence named several ("In FY 2016
// there were 240,255 removals; in FY 2017, 226,119 removals; and in FY
// 2018, 256,085 removals"), each is a reading (cb-en-theunitedwest-06).
// Removals of citizens of China by fiscal-year file (`zcat
// ICERemovals_FY2016.csv.gz | tail -n +7 | awk -F'|' '{c=$5; gsub(/"/,"",c);
// if (c=="CHINA, PEOPLES REPUBLIC OF") n++} END{print n}'`, and FY2018):
// FY2016 398, FY2018 726.
func TestCarriedPeriodOthers(t *testing.T) {
	const years = "In FY 2016 there were 240,255 removals; in FY 2017, 226,119 removals; and in FY 2018, 256,085 removals. "
	checkReadingCases(t, corpusEngine(t), []readingCase{
		{"another period of the earlier sentence", "2019-08-01", years + "The report also documents that ICE conducted 726 removals of citizens from the People’s Republic of China who were illegally in the United States.", "726", Supported, 726},
		// no period of the earlier sentence gives it: carried, so never
		// contradicted
		{"no period of the earlier sentence", "2019-08-01", years + "The report also documents that ICE conducted 526 removals of citizens from the People’s Republic of China who were illegally in the United States.", "526", NotCheckable, 398},
	})
}
