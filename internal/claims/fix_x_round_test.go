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
