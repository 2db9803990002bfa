package claims

import (
	"fmt"
	"testing"
)

// TestTwentyFourthRoundReadings: the lead's readings of the twenty-fourth
// round, each found in a corpus row.
func TestTwentyFourthRoundReadings(t *testing.T) {
	const ru24 = "El ICE ha deportado a más de 270.000 personas en el año fiscal 2024. De las 113.431 detenciones realizadas, más de %s (71,7%%) correspondieron a individuos con antecedentes delictivos."
	checkReadingCases(t, corpusEngine(t), []readingCase{
		// a round figure of two significant digits under 100,000 is not
		// asked by value in a year (as-de-ottima-05, a false support at
		// its first measure: "17,000" Title 42 flights matched FY2021's
		// average daily population, 17,463.8)
		{"a round figure is not matched by value in a year", "2021-01-01",
			"Darüber hinaus unterstützte ICE ERO CBP trotz des allgemeinen Rückgangs der Umzüge mit 17,000 Luftcharterausweisungen unter Titel 42 und verzeichnete auch einen Anstieg der Umzüge in mehrere Länder, die zuvor nicht kooperierten.",
			"17,000", NotCheckable, 0},
		// (the sentence after the article's first, its fiscal year)
		// a bound written to five digits is near a less plausible
		// reading only within 2% (as-es-ru24-03, a false support at its
		// first measure): FY2024's book-ins of people ICE arrested are
		// 90,615 (2024-10-01_FY24_detentionStats.xlsx, sheet Detention
		// FY24, cell V22, read with openpyxl), 11% above "más de 81.312"
		{"a precise bound far below another reading", "2024-12-20",
			fmt.Sprintf(ru24, "81.312"), "más de 81.312", NotCheckable, 0},
		// the same reading within 2% of a precise bound, and within 15%
		// of a round one, still supports it
		{"a precise bound near another reading", "2024-12-20",
			fmt.Sprintf(ru24, "90.100"), "más de 90.100", Supported, 90615},
		{"a round bound near another reading", "2024-12-20",
			fmt.Sprintf(ru24, "80.000"), "más de 80.000", Supported, 90615},
	})
}
