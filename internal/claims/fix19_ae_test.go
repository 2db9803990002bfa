package claims

import "testing"

// TestRound19Ae: readings the round added from rows of fresh-2026-12ae, a
// tuning set (Korean, Japanese, Vietnamese and Chinese sentences on ICE's
// FY2016-FY2018 arrests and removals). Expected values are the rows'
// records_value, computed by testdata/claims/expected.py from the FOIA rows
// (no icestat).
func TestRound19Ae(t *testing.T) {
	checkReadingCases(t, corpusEngine(t), []readingCase{
		// ae-ko-kdla-02: "LA지역의 경우" (the Los Angeles area), "체포자" (those
		// arrested), "전년도 N명에 비해" (compared with N the previous year),
		// "N명이 줄었다" (fell by N): ERO arrests, Los Angeles AOR, FY2018 =
		// 7,854 rows and FY2017 = 8,419 rows of the FOIA arrests
		{"ko: the LA area's arrests", "2018-12-17",
			"17일 이민세관단속국(ICE)이 발표한 2018회계연도 불체자 체포 및 추방 통계에 따르면 LA지역의 경우 2018회계연도 체포자는 7854명으로 전년도 8419명에 비해 565명이 줄었다.",
			"7854명", Supported, 7854},
		{"ko: the previous year's count", "2018-12-17",
			"17일 이민세관단속국(ICE)이 발표한 2018회계연도 불체자 체포 및 추방 통계에 따르면 LA지역의 경우 2018회계연도 체포자는 7854명으로 전년도 8419명에 비해 565명이 줄었다.",
			"전년도 8419명에 비해", Supported, 8419},
		// ae-ko-kdla-03: "추방 집행 건수" (the number of removals), "N건" (N
		// cases): removals, Los Angeles AOR, FY2018 = 8,475 rows
		{"ko: removals counted in cases", "2018-12-17",
			"LA지역의 경우 2018회계연도 체포자는 7854명으로 전년도 8419명에 비해 565명이 줄었다.\n반면 추방 집행 건수는 8475건으로 전년도 7970건에 비해 505건이 늘었다.",
			"8475건", Supported, 8475},
		// ae-ko-kdla-06: "멕시코 출신이 N명" (N from Mexico), "가장 많은 수를
		// 차지했으며" (the most, and): removals of citizens of MEXICO in
		// FY2018 = 141,045 rows
		{"ko: from Mexico, the most", "2018-12-17",
			"전국적으로는 ... 추방이 집행된 건수 역시 전년도 22만6119건에서 올해 25만6085건으로 2만9966건이 증가했다.\n국가별로는 멕시코 출신이 14만1045명이 추방돼 가장 많은 수를 차지했으며 그 뒤로 과테말라(5만390명), 온두라스(2만8894명) 순으로 이들은 전년대비 추방자 숫자가 큰 폭으로 늘었다.",
			"14만1045명", Supported, 141045},
		// ae-ko-hgd18-05: a list of countries ("과테말라 5만390명", ...):
		// removals of citizens of GUATEMALA in FY2018 = 50,390 rows
		{"ko: a list of countries", "2018-12-15",
			"이 기간 이민 당국에 체포돼 추방된 전체 이민자는 모두 25만6,085명으로 전년대비 13% 늘어난 것으로 나타났다.\n출신 국가별로는 멕시코가 14만1,045명으로 가장 많았고, 과테말라 5만390명, 온두라스 2만8,894명, 엘살바도르 1만5,445명, 도미니카공화국 1,769명, 브라질 1,691명, 에콰도로 1,264명,콜롬비아 1,162명 등의 순이었다.",
			"5만390명", Supported, 50390},
		// ae-ko-hgd18-01: "추방한인" (South Koreans deported): removals of
		// citizens of SOUTH KOREA in FY2018 = 122 rows
		{"ko: South Koreans deported", "2018-12-15", "올해 추방한인 122명 달해", "122명", Supported, 122},
		// ae-ko-komerica-05: "출신 이민자" (immigrants from) a country named
		// before: removals of citizens of MEXICO in FY2017 = 128,765 rows
		{"ko: Mexico's removals last year", "2018-02-22",
			"가장 많은 이민자가 추방된 출신국가는 멕시코로, 지난해 이 나라 출신 이민자의 12만8765명이 미국에서 추방된 것으로 나타났다.",
			"12만8765명", Supported, 128765},
		// ae-ko-komerica-09: "중국 출신의 이민자" (immigrants from China):
		// removals of citizens of CHINA, PEOPLES REPUBLIC OF in FY2017 = 525
		{"ko: from China", "2018-02-22",
			"멕시코와 과테말라 등 중남미 국가 출신의 이민자들이 가장 많이 추방당한 것으로 나타났는데, 아시아 국가들 중에는 중국 출신의 이민자가 가장 많았다.\n지난해에는 중국 출신의 이민자 525명이 미국에서 추방됐는데, 전년도에는 398명이 추방된 것으로 나타났다.",
			"525명", Supported, 525},
		// ae-ko-kdcomp-02: "2015~2016회계연도에 비해" (compared with FY2016),
		// "N건에서 M건으로" (from N to M): removals, New York City AOR, FY2018
		// = 2,593 rows (FY2016: 1,037)
		{"ko: from N to M", "2019-02-21",
			"보고서에 따르면 뉴욕시 ICE 추방건수는 버락 오바마 행정부 당시인 2015~2016회계연도에 비해 트럼프 행정부 출범 이후인 2017~2018회계연도에 총 1037건에서 2593건으로 150% 증가했다.",
			"1037건에서 2593건", Supported, 2593},
		// ae-ko-kdnyq2-11: "2016년 대비 2018년" (2018 compared with 2016),
		// "44%가 증가했다" (rose 44 %): ERO arrests FY2018 158,581 against
		// FY2016 110,104, +44.03 %
		{"ko: compared with a year", "2019-07-01",
			"한편, 버락 오바마 행정부 당시인 2016년 대비 2018년 이민자 체포가 증가했다는 보고서가 발표됐다.\n워싱턴DC 소재 비영리단체인 '아메리칸이미그레이션카운슬'의 '미 이민규제 패턴 변화' 보고서에 따르면, 지난 2016년 대비 2018년 체포가 44%가 증가했다.",
			"44%가 증가했다", Supported, 0},
		// ae-ko-kdatl-01: "11%↑" (up 11 %): ERO arrests FY2018 158,581
		// against FY2017 143,470, +10.53 %
		{"ko: an arrow for a rise", "2018-12-16", "애틀랜타 불체자 체포 늘었다 이전 회계연도보다 11%↑…애틀랜타 1만5189명",
			"11%↑", Supported, 0},
	})
}
