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
		// z-id-bisnis-01: Indonesian "Per awal Juni, sekitar 51.000 migran
		// tanpa dokumen ditahan di penjara ICE" (as of early June, about
		// 51,000 undocumented migrants held in ICE detention):
		// 2025-06-06_FY25_detentionStats06052025.xlsx [Detention FY25] F20
		// = 51,302
		{"Indonesian: about N undocumented migrants held in ICE detention", "2025-06-11",
			"Per awal Juni, sekitar 51.000 migran tanpa dokumen ditahan di penjara ICE—angka tertinggi sejak September 2019.", "sekitar 51.000", Supported, 51302},
		// z-id-bisnis-03: "dari 51.302 orang di fasilitas ICE per 1 Juni"
		// (of 51,302 people in ICE facilities as of June 1):
		// 2025-06-06_FY25_detentionStats06052025.xlsx [Detention FY25] F20 = 51,302
		{"Indonesian: N people in ICE facilities as of June 1", "2025-06-11",
			"Transactional Records Access Clearinghouse memperkirakan, dari 51.302 orang di fasilitas ICE per 1 Juni, sekitar 44% tidak punya rekam kriminal selain pelanggaran imigrasi.", "51.302", Supported, 51302},
		// z-id-goodstats-01: "sepanjang 2024, lebih dari 270 ribu imigran
		// telah dipulangkan paksa" (throughout 2024, more than 270
		// thousand immigrants were deported): 2024-10-01_FY24_detentionStats.xlsx
		// [Detention FY24] P29 = 271,484
		{"Indonesian: more than N thousand immigrants deported", "2025-01-27",
			"Berdasarkan laporan U.S. Immigration and Customs Enforcement (ICE), sepanjang 2024, lebih dari 270 ribu imigran telah dipulangkan paksa ke negara asalnya, menjadikannya angka deportasi tertinggi dalam satu dekade terakhir.", "lebih dari 270 ribu", Supported, 271484},
		// z-pl-tvn24-04: Polish "we wtorek rano ICE przetrzymywało prawie
		// 42 tysiące migrantów" (on Tuesday morning ICE held nearly 42
		// thousand migrants in detention):
		// 2025-02-04_FY25_detentionStats02032025.xlsx [Detention FY25] F20 = 39,238
		{"Polish: ICE held nearly N thousand migrants", "2025-02-05",
			"CBS wskazuje, że we wtorek rano ICE przetrzymywało prawie 42 tysiące migrantów, chociaż w swojej sieci ośrodków (aresztów imigracyjnych) ma do dyspozycji tylko 38 521 miejsc.", "prawie 42 tysiące", Supported, 39238},
		// z-el-protothema-01: Greek "68.000 μετανάστες υπό κράτηση" (68,000
		// migrants in detention): 2026-01-09_FY26_detentionStats01082026.xlsx
		// [Detention FY26] F20 = 68,990
		{"Greek: N migrants in detention", "2026-01-10",
			"Σαρώνει τις ΗΠΑ η ICE: 68.000 μετανάστες υπό κράτηση σε έναν μήνα, χιλιάδες δικαστικές αποφάσεις τις κρίνουν παράνομες", "68.000", Supported, 68990},
	})
}
