package claims

import "testing"

// TestSpanishRoundU: Spanish sentences of the set fresh-2026-12u that the
// gloss read wrong (a phrase it did not know). Expected values are
// expected.py's rows (records_value).
func TestSpanishRoundU(t *testing.T) {
	checkReadingCases(t, corpusEngine(t), []readingCase{
		// "estaban en diferentes cárceles": people in jails are ICE's
		// detained population (u-es-ahoramismo-01: 24,944, the
		// 2023-04-29 edition as of 2023-04-28)
		{"people in jails are detained", "2023-05-01",
			"Un informe de la Universidad de Syracuse logró establecer que hasta el pasado 22 de abril, un total de 24,944 inmigrantes estaban en diferentes cárceles de Estados Unidos.", "24,944", Supported, 24944},
		// "superó ya los 25,000": an estimate past the records' last
		// count, not a figure they hold (u-es-ahoramismo-01: not checkable)
		{"already exceeded, an estimate", "2023-05-01",
			"Hasta el pasado 22 de abril, un total de 24,944 inmigrantes estaban en diferentes cárceles de Estados Unidos, por lo que se estima que la cifra superó ya los 25,000 casos este 1 de mayo.", "superó ya los 25,000", NotCheckable, 0},
		// "arrestados en un centro de ICE": the arrested held in a center
		// are its detained population (u-es-ahoramismo-04: Texas's FY2023
		// facility ADPs added up, 9,973.59, the 2023-04-29 edition)
		{"arrested held in a center", "2023-05-01",
			"Otro detalle importante que compartió el estudio es que la amplia mayoría de los detenidos se encuentran concentrados en un solo estado: Texas, con 9,974 arrestados en un centro de ICE.", "9,974", Supported, 0},
	})
}
