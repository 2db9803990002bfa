package claims

import (
	"context"
	"strings"
	"testing"
)

// TestSixteenthRoundReadings: readings the sixteenth round added, each from
// a corpus row. Expected values are the rows' records_value (expected.py,
// not icestat) or workbook cells read with openpyxl.
func TestSixteenthRoundReadings(t *testing.T) {
	checkReadingCases(t, corpusEngine(t), []readingCase{
		// y-pt-portalbm-03: a Portuguese clause the gloss reads in full
		// ("ICE deported 258,085 noncitizens in the last fiscal year") is
		// stated, as an English one is: ICE's FY2018 removals are 256,085
		// (records_value; a misprint of one digit). Before, not checkable
		// (reading-unstated: "the sentence is not in English").
		{"a glossed clause read in full is stated", "2019-06-01",
			"O ICE deportou 258.085 estrangeiros no último ano fiscal, entre outubro de 2017 e setembro de 2018, o que significa um aumento de 11% em relação ao período anterior.",
			"258.085", Contradicted, 256085},
		// w-es-pulmon-01: "dijo", "sospechosos", "haber entrado", "lapso"
		// are glossed now, so the clause is read in full: the records give
		// 41,426 arrests from January 22 to April 29, 2017 (records_value)
		{"Spanish words glossed: a 100-day span's arrests", "2017-05-18",
			"El Servicio de Control Inmigración y Aduanas (ICE) dijo que los agentes arrestaron a 41.300 inmigrantes sospechosos de haber entrado ilegalmente al país en un lapso de 100 días del 22 de enero al 29 de abril.",
			"41.300", Contradicted, 41426},
		// y-es-progreso-04: "repartidos por todo el país" glossed; the
		// edition in force, 'Detention FY22'!F20 of
		// 2021-12-30_FY22_detentionStats12292021.xlsx = 20,623, and the
		// next one (2022-01-11, F20 = 22,068, the row's records_value)
		// both differ from 22,142 (openpyxl)
		{"Spanish detained count beside glossed words", "2022-01-14",
			"De esta manera, el TRAC destacó, Los programas de Alternativas a la Detención (ATD) de ICE actualmente están monitoreando a 157.761 de familias y personas solteras, según datos actualizados al 1 de enero de 2022″. Esta cifra, contrasta abismalmente, con los 22.142 inmigrantes recluidos en centros de detención repartidos por todo el país.",
			"22.142", Contradicted, 20623},
		// t-fr-ctninfo-03: "8 % ont un casier judiciaire lié à une
		// infraction grave": "lié", "infraction", "grave" are left as
		// written, so the clause is not read in full and the share (of a
		// serious offence) is never contradicted as the share with a
		// record (the experiment without readable() called it so)
		{"an untranslated qualifier keeps a figure unstated", "2025-06-10",
			"À la date du 1er juin, 51 302 personnes étaient détenues dans des centres de l’Immigration and Customs Enforcement (ICE) — un record absolu depuis la création de l’agence. Pourtant, moins d’un tiers de ces détenus ont été condamnés pour un crime, et seulement 8 % ont un casier judiciaire lié à une infraction grave, comme le révèle CNN, qui a eu accès à des documents internes de l’agence, a rapporté The Independent.",
			"8 %", NotCheckable, 0},
		// u-es-portuguesa-02: "el 3 de diciembre, la agencia contabilizaba
		// ... 36.755": the count of the edition as of 2023-12-07
		// ('Detention FY24'!F20 of 2023-12-08 = 36,755, records_value),
		// not the article's day (the experiment without readable() read
		// 38,498 and called it contradicted)
		{"a Spanish day binds its count", "2024-02-02",
			"El número de extranjeros detenidos por ICE ha ido aumentando en los últimos meses y, el 3 de diciembre, la agencia contabilizaba en sus cárceles un total 36.755 migrantes detenidos, una cifra que aumentó el 5% el 28 de enero de 2024 hasta alcanzar los 38.498 detenidos, según datos de las autoridades migratorias.",
			"36.755", Supported, 36755},
		// u-es-portuguesa-01 in English: a record said of the text's own
		// count, below an edition of the window weeks before the one read
		// ('Detention FY24'!F20 of 2023-11-16 = 39,748 > 38,500; the edition
		// read, 2024-02-02, F20 = 38,498, openpyxl), is no record whichever
		// day the count is of. Before, not checkable (the figure's date
		// unstated).
		{"a record below an earlier edition of its window", "2024-02-02",
			"ICE detention centers held nearly 38,500 migrants in custody, the highest number recorded under the Biden administration, according to a report released Friday by Syracuse University.",
			"the highest number recorded under the Biden administration", Contradicted, 38498},
		// "about 39,000": 39,748 is within the slack "about" gives a
		// figure of two digits, so the figure may be above it, and the
		// record is not called wrong
		{"an approximate count within an earlier edition's reach", "2024-02-02",
			"The detention facilities of Immigration and Customs Enforcement (ICE) hold about 39,000 migrants in custody, the highest number recorded in the administration of President Joe Biden, indicates a report released this Friday by Syracuse University.",
			"the highest number recorded in the administration of President Joe Biden", NotCheckable, 38498},
		// "about 38,500", stated to three digits, is within a fiftieth of
		// its value since the twenty-ninth round (TestAboutLargeFigure), so
		// below 39,748: no record, as u-es-portuguesa-01 (the same
		// sentence in Spanish, "cerca de 38.500") has it, an error
		// expected.py marks and unzip confirms (it had been not checkable
		// under the twentieth "about" allowed before)
		{"an approximate count of three digits below an earlier edition", "2024-02-02",
			"The detention facilities of Immigration and Customs Enforcement (ICE) hold about 38,500 migrants in custody, the highest number recorded in the administration of President Joe Biden, indicates a report released this Friday by Syracuse University.",
			"the highest number recorded in the administration of President Joe Biden", Contradicted, 38498},
	})
}

// TestGlossShownWithContradiction: a contradicted figure of a glossed
// sentence shows the gloss it was read from (y-pt-acheiusa19-04), so that a
// reader who does not read Portuguese sees what was checked.
func TestGlossShownWithContradiction(t *testing.T) {
	rep, err := Check(context.Background(), corpusEngine(t), Input{Date: "2019-06-01", Text: "O ICE deportou 258.085 estrangeiros no ano fiscal de 2018."})
	if err != nil {
		t.Fatal(err)
	}
	e := entryFor(rep, "258.085")
	if e == nil || e.Verdict != Contradicted || !strings.Contains(e.Explanation, `English gloss`) || !strings.Contains(e.Explanation, `"ICE deported 258,085`) {
		t.Fatalf("got %+v, want contradicted with the gloss shown", e)
	}
}
