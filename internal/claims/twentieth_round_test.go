package claims

import (
	"context"
	"strings"
	"testing"
)

// miamiContext is the sentence before w-es-miami24-03 on its page
// (miaminews24.com, 2018-02-09): it names the agency.
const miamiContext = "De acuerdo a un análisis realizado por Univision, ICE realizó un total de 143,470 arrestos en el año fiscal 2017, lo que representa un aumento de 30% con respecto al año anterior. "

// TestTwentiethRoundReadings: readings the twentieth round added. Expected
// values are the corpus rows' records_value, computed by
// testdata/claims/expected.py from the FOIA rows (no icestat).
func TestTwentiethRoundReadings(t *testing.T) {
	checkReadingCases(t, corpusEngine(t), []readingCase{
		// w-es-miami24-03: "En la Florida ... 3,534 personas en 2016,
		// mientras que en 2017 detuvo a 6,192": 6,192 is exactly the Miami
		// AOR's arrests of FY2017, which settles the sentence's place as
		// that area; its FY2016 arrests are 3,524 (calendar 2016: 3,639),
		// so 3,534 is a misprint (expected.py: arrests file, AOR Miami)
		{"anchor: a sibling reproduced exactly settles the place", "2018-02-09",
			miamiContext + "En la Florida, la agencia detuvo a 3,534 personas en 2016, mientras que en 2017 detuvo a 6,192.",
			"3,534", Contradicted, 3524},
		// the same with a round sibling: 6,200 reproduces nothing exactly,
		// so Florida's 3,534 stays a state figure the AOR-only records
		// cannot test
		{"anchor: a round sibling settles nothing", "2018-02-09",
			miamiContext + "En la Florida, la agencia detuvo a 3,534 personas en 2016, mientras que en 2017 detuvo a 6,200.",
			"3,534", NotCheckable, 0},
		// ag-hy-aurora-03 (2024-12-20) says ICE removed "271,400" migrants
		// in the last fiscal year; ICE's FY2024 table gives 271,484
		// (2024-10-01_FY24_detentionStats.xlsx, 'Detention FY24'!P29, by
		// `unzip -p ... xl/worksheets/sheet4.xml`), which rounds to
		// 271,500: a figure of four significant digits is stated to its
		// last digit, not truncated (the row's Armenian is not read, so the
		// English of it is tested)
		{"four significant digits are not a truncation", "2024-12-20",
			"ICE removed 271,400 people in fiscal year 2024.",
			"271,400", Contradicted, 271484},
		// ae-ko-hikorean-08 (2017-12-05): "이는 전년도 11만 4400여명에
		// 비하면" (compared with over 114,400 the previous year): "에 비하면"
		// is "에 비해" in the conditional; the figure is FY2016's arrests,
		// 110,104 (expected.py over the arrests file), not FY2017's 143,470,
		// which had supported "more than 114,400" falsely. Since the
		// thirtieth round "전년도" (the previous year), in a text naming one
		// fiscal year, is that year's predecessor, stated: the figure is
		// contradicted, as the corpus row (a real error) has it
		{"ko: 에 비하면, the previous year's figure", "2017-12-05",
			"ICE는 2017회계연도 한해동안 이민단속에서 체포한 이민자들이 14만 3470명이라고 집계했다. 이는 전년도 11만 4400여명에 비하면 25% 늘어난 것이자 특히 트럼프 행정부가 출범한 후만 계산하면 무려 40%나 급증한 것이다",
			"전년도 11만 4400여명에 비하면", Contradicted, 110104},
		// a round figure still is: 271,000 for the same 271,484
		{"a round figure may be truncated", "2024-12-20",
			"ICE removed 271,000 people in fiscal year 2024.",
			"271,000", Supported, 271484},
	})
}

// TestAnchoredContradictionShowsItsReading: a figure contradicted under
// its sibling's reading names that reading as the one used and the
// sentence's own as the first alternative, and is never labelled
// "supported under" (the Check page showed "Supported under" on a
// contradicted claim).
func TestAnchoredContradictionShowsItsReading(t *testing.T) {
	rep, err := Check(context.Background(), corpusEngine(t), Input{Date: "2018-02-09",
		Text: miamiContext + "En la Florida, la agencia detuvo a 3,534 personas en 2016, mientras que en 2017 detuvo a 6,192."})
	if err != nil {
		t.Fatal(err)
	}
	e := entryFor(rep, "3,534")
	if e == nil || e.Verdict != Contradicted {
		t.Fatalf("3,534: %+v, want contradicted", e)
	}
	if e.Under != "" || !strings.Contains(e.Reading, "Miami area of responsibility") ||
		len(e.Alternatives) == 0 || !strings.HasPrefix(e.Alternatives[0].Reading, "the sentence's own reading") || !strings.Contains(e.Alternatives[0].Reading, "Florida (state)") {
		t.Errorf("under %q, reading %q, alternatives %+v", e.Under, e.Reading, e.Alternatives)
	}
}
