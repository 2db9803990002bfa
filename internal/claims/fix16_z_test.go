package claims

import "testing"

// TestRound16Z: readings the sixteenth round added for fresh-2026-12z, a
// tuning set. Expected values are the rows' records_value, computed by
// testdata/claims/expected.py from the FOIA rows and ICE's workbooks (no
// icestat).
func TestRound16Z(t *testing.T) {
	checkReadingCases(t, corpusEngine(t), []readingCase{
		// z-ru-iguide-03: Russian "в минувшем финансовом году федералы
		// депортировали N тысячи мигрантов" (in the last fiscal year the
		// federal authorities deported N thousand migrants):
		// 2023-10-01_FY23_detentionStats.xlsx [Detention FY23] P29 = 142,580
		{"Russian: deported N thousand migrants last fiscal year", "2024-03-15",
			"В минувшем финансовом году федералы депортировали 142 тысячи мигрантов.", "142 тысячи", Supported, 142580},
		// z-ru-iguide-04: "В 2019-м ... более 267 тысяч депортаций" (in
		// 2019, more than 267 thousand deportations):
		// 2019-10-06_FY19-detentionstats.xlsx [Detention FY19] P29 = 267,258
		{"Russian: in 2019-м more than N thousand deportations", "2024-03-15",
			"В 2019-м показатель был еще большим - более 267 тысяч депортаций просителей убежища.", "более 267 тысяч", Supported, 267258},
		// z-ru-iguide-09: "ICE депортировала N человека в 2020 финансовом
		// году" (ICE deported N people in fiscal year 2020):
		// 2020-10-01_FY20-detentionstats.xlsx [Detention EOFY2020] P29 = 185,884
		{"Russian: ICE deported N people in the 2020 fiscal year", "2024-03-15",
			"По данным агентства, ICE депортировала 185 884 человека в 2020 финансовом году, 59 011 в 2021-м и 72 177 в 2022-м.", "185 884", Supported, 185884},
		// z-uk-freshbuzz-02: Ukrainian "ICE депортувала понад 270 тис.
		// мігрантів за фінансовий рік, що закінчився 30 вересня" (deported
		// more than 270 thousand migrants in the fiscal year that ended
		// September 30): 2024-10-01_FY24_detentionStats.xlsx [Detention FY24] P29 = 271,484
		{"Ukrainian: deported more than N thousand in the fiscal year ended September 30", "2024-12-20",
			"Імміграційна та митна служба США (ICE) депортувала понад 270 тис. мігрантів за фінансовий рік, що закінчився 30 вересня.", "понад 270 тис.", Supported, 271484},
	})
}
