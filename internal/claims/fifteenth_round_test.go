package claims

import (
	"context"
	"testing"
)

// TestFifteenthRoundReadings: readings the fifteenth round added, each from
// a corpus row. Expected values are the rows' records_value or workbook
// cells read with openpyxl (not with icestat).
func TestFifteenthRoundReadings(t *testing.T) {
	checkReadingCases(t, corpusEngine(t), []readingCase{
		// x-es-eds-01: removals of FY2024, after the FOIA removal records
		// end, are ICE's published table: 'Detention FY24'!P29 of
		// 2024-10-01_FY24_detentionStats.xlsx ("ICE Removals: EOFY2024") =
		// 271,484 (openpyxl). Before, not checkable (period not covered).
		{"FY2024 removals, ICE's table (Spanish)", "2024-12-20",
			"Sin embargo, un dato sorprendente contrasta con esta disminución fronteriza: el informe anual del Servicio de Inmigración y Control de Aduanas (ICE) reveló que la administración Biden deportó a 271.484 no ciudadanos en el año fiscal 2024.",
			"271.484", Supported, 271484},
		// x-ko-kd24-03: the same figure in Korean ("2023~2024회계연도")
		{"FY2024 removals, ICE's table (Korean)", "2024-12-22",
			"22일 이민세관단속국(ICE) 연례보고서에 따르면, 2023~2024회계연도에 추방된 비시민권자는 총 27만1484명에 달했다.",
			"27만1484명", Supported, 271484},
		// the change from FY2023: 'Detention FY23'!P29 of
		// 2023-10-01_FY23_detentionStats.xlsx ("ICE Removals: EOFY2023") =
		// 142,580 (openpyxl; x-ko-kd24-04's records_value 90.4082 =
		// 271,484 / 142,580 - 1)
		{"FY2024 removals' rise from FY2023", "2024-12-22",
			"Removals rose 90.4% in fiscal year 2024 from fiscal year 2023.", "90.4%", Supported, 100 * (271484.0 - 142580) / 142580},
		// f2-orlando-01: FY2019's whole year, past the records' end
		// (2019-08-31), is ICE's table in the edition of 2019-10-06
		// ('Detention FY19'!P29, "ICE Removals: FY2019" = 267,258,
		// openpyxl); before, not checkable (partly covered)
		{"FY2019 removals, ICE's table", "2019-12-20",
			"In fiscal year 2019, ICE’s Enforcement and Removal Operations (ERO) officers arrested approximately 143,000 aliens and removed more than 267,000 – which is an increase in removals from the prior year.",
			"more than 267,000", Supported, 267258},
	})
}

// TestExplainICERemovals: icestat explain finds ICE's published removals of
// a fiscal year. 271,484 = 'Detention FY24'!P29 of 2024-10-01 ("ICE
// Removals: EOFY2024"); 69,019 = 'Detention FY22'!P29 of 2022-09-30, the
// last FY2022 edition (as of 2022-09-29), so only the year to date (both
// read with openpyxl).
func TestExplainICERemovals(t *testing.T) {
	eng := corpusEngine(t)
	for _, c := range []struct {
		n       int64
		command string
		partial bool
	}{
		{271484, "icestat count ice-removals --fy 2024", false},
		{69019, "icestat count ice-removals --fy 2022", true},
	} {
		cands, err := Explain(context.Background(), eng, c.n, ExplainOptions{Dataset: MeasureICERemovals})
		if err != nil {
			t.Fatal(err)
		}
		if len(cands) != 1 || cands[0].Command != c.command || cands[0].Partial != c.partial || cands[0].Count != c.n {
			t.Errorf("%d: %+v, want one candidate %q (partial %v)", c.n, cands, c.command, c.partial)
		}
	}
}
