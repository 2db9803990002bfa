package claims

import "testing"

// TestRound23NotEnglish: real errors of non-English rows whose figure's
// clause the gloss had left partly untranslated, so that its measure was
// not stated and the figure could not be contradicted. Expected values are
// the rows' records_value, computed by testdata/claims/expected.py from the
// FOIA rows and ICE's workbooks (no icestat).
func TestRound23NotEnglish(t *testing.T) {
	checkReadingCases(t, corpusEngine(t), []readingCase{
		// aa-pt-noticiabrasil-01: "os oficiais de deportação ... prenderam
		// administrativamente 41.318 pessoas" (ICE's deportation officers,
		// that is ERO's, administratively arrested 41,318 people between
		// January 22 and April 29, 2017): the records give 41,426 ERO
		// arrests for those days (the row's records_value); before,
		// "administrativamente" was left as written and "deportação" made
		// the measure removals as well as arrests
		{"prenderam administrativamente", "2017-05-17",
			"\"Entre 22 de janeiro e 29 de abril de 2017, os oficiais de deportação do Departamento de Imigração e Alfândega dos EUA prenderam administrativamente 41.318 pessoas\", informou o órgão em um comunicado nesta quarta-feira (17).",
			"41.318", Contradicted, 41426},
		// af-fr-vice-01: "a recensé 35 604 expulsions en janvier et en
		// février 2017, contre 35 255 pour les deux premiers mois de 2016"
		// (recorded 35,604 removals in January and February 2017, against
		// 35,255 for the first two months of 2016): the records give 37,140
		// removals for 2017-01-01..02-28 and 35,255 for 2016-01-01..02-29
		// (the row's records_values); before, "recensé", "janvier" and
		// "premiers mois" were left as written
		{"a recensé ... en janvier et en février", "2017-04-03",
			"La U.S. Immigration and Customs Enforcement (ICE), l’agence fédérale en charge de l’immigration, a recensé 35 604 expulsions en janvier et en février 2017, contre 35 255 pour les deux premiers mois de 2016, selon les chiffres publiés par le Guardian ce lundi.",
			"35 604", Contradicted, 37140},
		{"les deux premiers mois de", "2017-04-03",
			"La U.S. Immigration and Customs Enforcement (ICE), l’agence fédérale en charge de l’immigration, a recensé 35 604 expulsions en janvier et en février 2017, contre 35 255 pour les deux premiers mois de 2016, selon les chiffres publiés par le Guardian ce lundi.",
			"35 255", Supported, 35255},
	})
}
