package claims

import "testing"

// TestRoundNE: readings of non-English corpus rows that general rules
// (lexicon entries of the language, reader rules) win. Expected values are
// the rows' records_value, computed by testdata/claims/expected.py from the
// FOIA rows and ICE's workbooks (no icestat).
func TestRoundNE(t *testing.T) {
	checkReadingCases(t, corpusEngine(t), []readingCase{
		// v-de-gg-06: "befanden sich" (were) is German: the sentence had
		// two German function words only and was not glossed. Currently
		// detained, 2023-10-01_FY23_detentionStats.xlsx [Detention FY23]
		// F20 = 36,845.
		{"befanden sich (German)", "2024-01-07",
			"Am 30. September 2023 befanden sich 36.845 Personen in 150 Hafteinrichtungen in den USA.", "36.845", Supported, 36845},
		// t-it-pressplanet-01: an Italian headline with one function word
		// ("oltre"); "detenzione", "detenuti", "raggiunge" are Italian.
		// Currently detained, 2025-12-23_FY26_detentionStats12222025.xlsx
		// [Detention FY26] F20 = 68,442.
		{"an Italian headline", "2025-12-24",
			"Detenzione ICE raggiunge record storico: oltre 68.400 detenuti al 14 dicembre 2025", "oltre 68.400", Supported, 68442},
		// x-zh-xh-03: AOR cities in Chinese, "的被捕人數" their arrests,
		// "激增" surged. ICE ERO arrests, AOR Detroit, FY2017 3,409 over
		// FY2016 2,241 (records_value 52.1196; the row's New Orleans,
		// Atlanta and Boston figures are 54.0008, 52.8423, 52.5296).
		{"Chinese AOR cities", "2018-02-11",
			"僅在得州達拉斯市,去年就有超過1.65萬人被捕。\n新奧爾良、亞特蘭大、波士頓和底特律的被捕人數也激增超過50%。", "超過50%", Supported, 100 * (3409.0 - 2241) / 2241},
		// x-ja-chiba-01: "1月22日から4月末までに" from January 22 to the end
		// of April, "4万人以上" at least 40,000, "拘束し" arrested, "移民・税関
		// 捜査局" ICE. ICE ERO arrests by Apprehension Date, 2017-01-22 ..
		// 2017-04-30: 41,511.
		{"Japanese from .. to the end of a month, at least N", "2017-05-18",
			"米不法移民拘束が40%増 4万人、犯罪歴なしも多数\n【ロサンゼルス共同】米国土安全保障省の移民・税関捜査局(ICE)は17日までに、トランプ大統領就任後の1月22日から4月末までに不法移民4万人以上を拘束し、前年同期と比べて拘束数が約40%増加したと発表した。",
			"4万人以上", Supported, 41511},
		// w-vi-tinmoi-02: Vietnamese (vietnamese_lexicon.go), glossed
		// "This number has risen significantly since January, when only
		// about 39,000 people were held in detention."; a count in the
		// "when" clause after "since January" is the population in that
		// month, read as "in January" is. Currently detained,
		// 2025-01-04_FY25_detentionStats01032025.xlsx [Detention FY25] F20
		// = 39,152.
		{"Vietnamese, since January, when N", "2025-08-01",
			"Con số này đã tăng đáng kể kể từ tháng 1 năm nay, khi chỉ có khoảng 39.000 người đang bị giam giữ.", "chỉ có khoảng 39.000", Supported, 39152},
		// the English shape the gloss gives (same cell)
		{"since January, when N", "2025-08-01",
			"This number has risen significantly since January, when only about 39,000 people were held in detention.", "about 39,000", Supported, 39152},
		// u-zh-worldjournal-03: "今年1月" in January this year, "拘留人數" the
		// number of people detained, "約為" was about. Currently detained,
		// 2025-01-04_FY25_detentionStats01032025.xlsx [Detention FY25] F20
		// = 39,152.
		{"Chinese 今年1月, 拘留人數約為", "2025-11-07",
			"川普今年1月重返白宮時，ICE的拘留人數約為3.9萬人，10個月內激增近70%。", "約為3.9萬人", Supported, 39152},
		// v-ko-nyk-01: "사상 최고치를 기록" (set an all-time high) glossed
		// "reached a record high", which the reader takes as a record: the
		// 2025-11-21 edition's currently-detained Total (65,135, F20) ranks
		// first among all archived editions up to it (records_value 1, a
		// rank; a record's entry carries the count, so the value is not
		// compared here).
		{"Korean 사상 최고치를 기록", "2025-11-28",
			"이민 구금자수 역대 최다… 단순 체류위반 20배 폭증\n연방 이민세관단속국(ICE)에 의해 구금된 이민자 수가 사상 최고치를 기록했습니다.", "사상 최고치를 기록", Supported, 0},
		// v-ko-atl-01, v-ko-kts-01: an ICE office "monitors 4,736
		// undocumented immigrants through ankle monitors": the Atlanta
		// AOR's whole ATD caseload (ATD-by-AOR table, column B,
		// 2022-04-01_FY22_detentionStats_03312022.xlsx [ATD FY22 YTD] =
		// 4,736; its GPS row is 553) is another reading of the device's
		// count, supported, never contradicted.
		{"an office's ATD caseload called ankle monitors (Korean)", "2022-04-05",
			"애틀랜타에서 전자 발찌를 부착, 이민당국의 모니터링을 받는 서류미비 이민자들이 급증하고 있다고 AJC가 보도했다. 3월 26일 기준, 조지아와 노스 캐롤라이나, 사우스 캐롤라이나까지 관할하는 애틀랜타의 연방이민국(ICE) 오피스는 4736명의 서류 미비 이민자들을 전자발찌 부착을 통해 감시하고 있다.", "4736명", Supported, 4736},
		{"an office's ATD caseload called ankle monitors (Korean, kts)", "2022-04-09",
			"조 바이든 대통령 취임 이후 14개월 동안 불법이민자들을 구금하는 대신 전자 발찌를 채우는 사례가 급증한 것으로 나타났다. 시라큐스 대학 연구기관 TRAC(Transactional Records Access Clearinghouse) 조사에 따르면 조지아, 노스캐롤라이나, 사우스캐롤라이나를 관할하는 애틀랜타 ICE(이민세관단속국) 사무소 지역에서 올 3월 26일 기준으로 총 4,736명이 전자 발찌를 착용하고 있는 것으로 나타났다.", "4,736명", Supported, 4736},
		// t-nl-okxpost-01: Dutch (dutch_lexicon.go): "zonder strafblad"
		// with no criminal record, "door ICE zijn gearresteerd" arrested by
		// ICE; "of" is "or". ICE-arrested Other Immigration Violator over
		// ICE-arrested Total, 2026-01-09_FY26_detentionStats01082026.xlsx
		// [Detention FY26] B23 / B20 = 24,644 / 57,311 (records_value
		// 43.0005).
		{"Dutch criminality classes", "2026-01-15",
			"De bewering van Noem is ONWAAR. Hier zijn de eigen gegevens van ICE over de detentiepopulatie onder degenen die door ICE zijn gearresteerd: - 43% zonder strafblad (stijging van 6% sinds januari vorig jaar) - 29% één of meer eerdere veroordelingen* - 28% één of meer lopende aanklachten *de twee meest voorkomende zijn verkeers- en immigratieovertredingen", "43%", Supported, 100 * 24644.0 / 57311},
		// t-fr-ctninfo-06: "185 000 personnes détenues par l'ICE entre
		// octobre et mai", a count over twice every level of the span (the
		// editions give 37,684 to 49,184), is the people booked in over
		// it: ICE initial book-ins, all agencies, October-May,
		// 2025-06-06_FY25_detentionStats06052025.xlsx [Detention FY25]
		// J20:Q20 = 185,033.
		{"people detained between two months, a flow (French)", "2025-06-10",
			"Les données recueillies par CNN révèlent que sur les 185 000 personnes détenues par l’ICE entre octobre et mai, seulement 10 % ont été condamnées pour des crimes considérés comme graves (meurtres, viols, agressions, vols).", "185 000", Supported, 185033},
		{"people detained between two months, a flow", "2025-06-10",
			"The data gathered by CNN reveal that of the 185,000 people detained by ICE between October and May, only 10% had been convicted of serious crimes.", "185,000", Supported, 185033},
	})
}
