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
		// Korean places with 에서 (at) are the figure's place, and the
		// passive "체포됐고" (were arrested, and) its measure
		// (aq-ko-koreadaily-12): FY2017 arrests of the Dallas and Atlanta
		// areas are 16,520 and 13,551, Houston's 13,565 (zcat
		// EROArrests_FY2017.csv.gz | tail -n +7 | awk -F'|' '{print $1}' |
		// sort | uniq -c); a wrong Houston figure is not contradicted, the
		// city only read as its area
		{"a Korean place with at", "2018-02-09", koDallas, "1만6520명", Supported, 16520},
		{"a Korean place with at, apprehended", "2018-02-09", koDallas, "1만3551명", Supported, 13551},
		{"a Korean place with at, a wrong figure", "2018-02-09", koDallas, "1만3575명", NotCheckable, 13565},
		// a Korean dateline is where the article was written, not the
		// place of its figures (y-ko-philforu-01, with "텍사스" now read
		// as Texas): FY2024 removals are 271,484
		// (2024-10-01_FY24_detentionStats.xlsx, sheet Detention FY24, cell
		// P29, read with openpyxl)
		{"a Korean dateline", "2024-12-21",
			"[텍사스 맥앨런] = 미국 이민 및 세관 집행국(ICE)은 목요일에 발표한 보고서에 따르면 최근 12개월 동안 27만 명 이상을 192개국으로 추방했는데, 이는 10년 만에 가장 높은 연간 집계 수치다.",
			"27만 명 이상", Supported, 271484},
	})
}

const koDallas = "2016~2017회계연도 기간 동안 총 14만3470명이 체포됐다.\n텍사스 댈러스에서 1만6520명이 체포됐고, 휴스턴에서 1만3575명, 애틀랜타에서 1만3551명이 검거됐다."
