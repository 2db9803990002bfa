package claims

import "testing"

// TestRoundX: readings the fix-x round added, each from a corpus row of
// fresh-2026-12x, a tuning set. Expected values are the rows'
// records_value, computed by testdata/claims/expected.py from the FOIA rows
// and ICE's workbooks (no icestat). Glossed sentences are never
// contradicted; these cases are supported ones.
func TestRoundX(t *testing.T) {
	checkReadingCases(t, corpusEngine(t), []readingCase{
		// x-ko-hgd-03: "2016 회계연도" is FY2016, "한국 국적자" South
		// Korean nationals: ICE removals of citizens of SOUTH KOREA in
		// FY2016 (77 rows of the removals FOIA release)
		{"한국 국적자, 2016 회계연도", "2017-01-04",
			"연방국토안보부(DHS) 산하 연방이민세관단속국(ICE)이 2일 공개한 ‘2016 회계연도 이민 단속 및 추방 통계’에 따르면 이 기간 이민당국의 명령에 의해 미국에서 강제 추방된 한국 국적자는 77명을 기록했다.",
			"77명", Supported, 77},
		// x-ko-hgd-02: "100명 아래로 줄어들면서", fell below 100 (removals of
		// SOUTH KOREA citizens in FY2016: 77 rows)
		{"N명 아래로 줄어", "2017-01-04",
			"한인 강제추방 작년 77명...20년만에 최저\n지난해 강제 추방된 한인 이민자가 100명 아래로 줄어들면서 20여년 만에 최저 수준을 기록한 것으로 나타났다.",
			"100명 아래로 줄어들면서", Supported, 77},
		// x-ko-hgd-07: "2016회계연도", FY2016: ICE removals, 240,255 rows
		{"2016회계연도", "2017-01-04",
			"미국내 전체 추방 이민자도 가파른 감소세를 나타내고 있다. 2016회계연도 국경이나 미국내에서 체포돼 추방된 이민자는 총 24만 255명으로 2012년 40만9,849명 보다 41%, 2014년 31만5,943명보다 24% 줄었다.",
			"24만 255명", Supported, 240255},
		// x-zh-epoch-02: "在上一個財政年度 ... 超過25.6萬人", more than
		// 256,000 deported in the last fiscal year (ICE removals, FY2018:
		// 256,085 rows)
		{"N.N萬人 deported", "2018-12-15",
			"美國移民與海關執法局(U.S. Immigration and Customs Enforcement)也在一份報告中詳細說明了截至9月30日的上一個財政年度的執法情況。據移民與海關執法局代理局長羅納德•維蒂耶洛(Ronald D. Vitiello)透露,在上一個財政年度,被驅逐出境的非法移民的人數增加了約13% ,超過25.6萬人。",
			"超過25.6萬人", Supported, 256085},
		// x-zh-epoch-03: "超過15.8萬名" more than 158,000 arrested in the
		// last fiscal year (FY2018 ERO arrests: 158,581 rows)
		{"N.N萬名 arrested", "2018-12-15",
			"據移民與海關執法局代理局長羅納德•維蒂耶洛(Ronald D. Vitiello)透露,在上一個財政年度,被驅逐出境的非法移民的人數增加了約13% ,超過25.6萬人。移民與海關執法局還逮捕了超過15.8萬名非法居住在美國的移民,該數字比一年前增長了11% 。",
			"超過15.8萬名", Supported, 158581},
		// x-zh-xh-02: "超過1.65萬人" more than 16,500 arrested last year
		// in Dallas (Dallas AOR ERO arrests, FY2017: 16,520 rows)
		{"N.NN萬人, Dallas", "2018-02-11",
			"非法移民被捕人數尤以佛羅里達州、得克薩斯州北部和俄克拉何馬州居多。僅在得州達拉斯市,去年就有超過1.65萬人被捕。",
			"超過1.65萬人", Supported, 16520},
		// x-zh-cnhan-02: "2016财政年" FY2016: more than 240,000 deported
		// (ICE removals in FY2016: 240,255 rows)
		{"财政年", "2017-04-12",
			"根据ICE的声明,执法人员在2016财政年中总共遣返了超过24万无证移民,其中70%是在以非法途径试图进入美国时被拘留,另外的30%则大部分有刑事犯罪纪录。",
			"超过24万", Supported, 240255},
		// x-zh-wxc-03: "2017年財政年度" FY2017, "下降了6%" fell 6%: ICE
		// removals FY2017 over FY2016 (records_value -5.8837 %, a rounded
		// percent: the value is not compared)
		{"下降了N%", "2017-12-06",
			"川普在當選總統之後,很快承諾要遣返或監禁200萬有犯罪記錄的外國人,他說這些人是黑幫和毒販,其數字可能達到300萬。但是在2017年財政年度,從美國驅逐出境的人數下降了6%。",
			"6%", Supported, 0},
	})
}

// TestRoundXArabic: Arabic sentences of fresh-2026-12x, glossed by
// arabic.go; supported, never contradicted.
func TestRoundXArabic(t *testing.T) {
	checkReadingCases(t, corpusEngine(t), []readingCase{
		// x-ar-nyn-02: Arabic-Indic digits, "حتى ١٠ أغسطس ٢٠٢٥" as of
		// August 10, 2025, "عدد المحتجزين" the number held: the
		// currently-detained Total of the edition of 2025-08-15
		// (2025-08-15_FY25_detentionStats08142025.xlsx [Detention FY25]
		// F20 = 59,380)
		{"عدد المحتجزين, Arabic-Indic digits", "2025-08-18",
			"وفقًا للبيانات التي تم تحديثها حتى ١٠ أغسطس ٢٠٢٥، بلغ عدد المحتجزين في مراكز ICE في جميع أنحاء البلاد ٥٩,٣٨٠ شخصًا.",
			"٥٩,٣٨٠", Supported, 59380},
		// x-ar-nyn-03: "ومن بين هؤلاء" of these, "أي ما يعادل ٧٠.٤٪" that
		// is 70.4 %, "ليس لديهم أي إدانة جنائية" had no criminal
		// conviction: (F22 + F23) / F20 of the same edition, 70.4311 %
		// (not compared)
		{"ليس لديهم أي إدانة جنائية", "2025-08-18",
			"وفقًا للبيانات التي تم تحديثها حتى ١٠ أغسطس ٢٠٢٥، بلغ عدد المحتجزين في مراكز ICE في جميع أنحاء البلاد ٥٩,٣٨٠ شخصًا. ومن بين هؤلاء، كان ٤١,٨٢٢ شخصًا، أي ما يعادل ٧٠.٤٪، ليس لديهم أي إدانة جنائية.",
			"٧٠.٤٪", Supported, 0},
		// x-ar-visahq-04: "أكثر من 200 منشأة", more than 200 facilities:
		// the facilities listed in [Facilities FY26] of
		// 2025-12-23_FY26_detentionStats12222025.xlsx (216)
		{"أكثر من N منشأة", "2025-12-23",
			"وتواجه فرق الموارد البشرية صعوبة في تحديد أماكن الموظفين المحتجزين، الذين أصبحوا موزعين في أكثر من 200 منشأة، العديد منها في مناطق نائية تفتقر إلى الخدمات القانونية.",
			"أكثر من 200", Supported, 216},
		// x-ar-visahq-03: "غالبية المحتجزين لا يحملون سجلات جنائية", the
		// majority of detainees have no criminal records: (F22 + F23) /
		// F20 of the 2025-12-23 edition, 73.8772 % (a share above half;
		// the value is not compared)
		{"غالبية المحتجزين", "2025-12-23",
			"وعلى عكس الرسائل الرسمية التي تؤكد أن العمليات تستهدف المجرمين، تكشف البيانات أن غالبية المحتجزين لا يحملون سجلات جنائية.",
			"غالبية", Supported, 0},
		// x-ar-nyn-01: "الغالبية العظمى من الأشخاص المحتجزين لدى إدارة
		// الهجرة والجمارك ... ليس لديهم أي سجل جنائي", the vast majority of
		// people held by ICE have no criminal record: (F22 + F23) / F20
		// of the 2025-08-15 edition, 70.4311 % (not compared)
		{"الغالبية العظمى", "2025-08-18",
			"في تناقض صارخ مع الخطاب السياسي الذي يركز على ترحيل “المجرمين الخطرين”، كشفت أحدث البيانات الصادرة عن “مركز تبادل المعلومات حول سجلات الإجراءات الحكومية” (TRAC) في جامعة سيراكيوز أن الغالبية العظمى من الأشخاص المحتجزين لدى إدارة الهجرة والجمارك (ICE) ليس لديهم أي سجل جنائي.",
			"الغالبية العظمى من", Supported, 0},
	})
}

// TestRoundXKoreanThousands: 천 (thousand) in Korean numbers.
func TestRoundXKoreanThousands(t *testing.T) {
	checkReadingCases(t, corpusEngine(t), []readingCase{
		// x-ko-rs-03: "ICE 구금 인원은 약 6만5천 명", about 65,000 held: the
		// currently-detained Total of the edition of 2025-11-21
		// (2025-11-21_FY26_detentionStats11202025.xlsx [Detention FY26]
		// F20 = 65,135, the row's records_value); before, 6만5 was read as
		// 60,005. icestat reads the edition of data as of 2025-12-03
		// (65,735), which supports "about 65,000" too, so the value is
		// not compared
		{"6만5천 명", "2025-12-08",
			"백악관의 강경파 스티븐 밀러가 ICE에 하루 3천 명 체포라는 사실상 쿼터를 요구했다는 증언이 나오면서, 실제로는 위험범 추적보다 직장·거리 단속 같은 쉬운 표적에 집중하게 됐다는 내부 비판도 이어집니다. 이 같은 단속 확대 속에 ICE 구금 인원은 약 6만5천 명으로 취임 초기보다 크게 늘었고, 정식 재판 없이 자진 출국을 택한 이민자도 2만2천 명을 넘어서 현장의 공포 분위기를 반영합니다.",
			"약 6만5천 명", Supported, 0},
	})
}

// TestRoundXChanges: percent changes and case counts.
func TestRoundXChanges(t *testing.T) {
	checkReadingCases(t, corpusEngine(t), []readingCase{
		// x-ko-kt17-02: "전년보다 30% 이상 증가", an increase of more than
		// 30 % over the previous year: ICE ERO arrests FY2017 over FY2016
		// (143,470 vs 110,104 rows: records_value 30.3041 %, not compared)
		{"N% 이상 증가", "2017-12-06",
			"국토안보부 산하 이민세관단속국(ICE)은 회계연도 기준으로 불법 이민자 14만3,470명을 체포했다고 밝혔다. 이는 전년보다 30% 이상 증가한 것이다.",
			"30% 이상 증가", Supported, 0},
		// x-zh-epoch-05: "總共256,000起驅逐案", a total of 256,000 removal
		// cases: ICE removals, FY2018 (256,085 rows)
		{"N起驅逐案", "2018-12-15",
			"據透露,在總共256,000起驅逐案中,有145,262起案件是已經被判有罪,22,796起是刑事指控,仍懸而未決。",
			"256,000起", Supported, 256085},
	})
}
