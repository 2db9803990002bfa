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
		// ae-ko-kdnyq2-05: "2018~2019회계연도 2분기" (the second quarter of
		// FY2019), "올 2분기" (the second quarter this year): removals
		// January-March 2019, the row's records_value 63,555 (expected.py);
		// "약" (about) 63,600 holds, so the value is not pinned here
		{"ko: a quarter of a fiscal year", "2019-07-01",
			"최근 ICE가 발표한 '2018~2019회계연도 2분기 추방통계'에 따르면 올 2분기 추방된 이민자는 약 6만3600명이다.",
			"약 6만3600명", Supported, 0},
		// ae-ja-sunny-04: "市で" (in the city) is the "ニューヨーク市" named
		// before it, "16年に比べて" (compared with 2016), "88%増の" (up 88 %):
		// ERO arrests, New York City AOR, FY2018 = 3,476 rows
		{"ja: in the city named before", "2019-02-22",
			"ニューヨーク市会計監査局が21日に発表した報告書によると、移民税関捜査局(ICE)が市で逮捕または強制退去処分とした不法移民の数が、過去2年間で急増している。\n昨年、移民法違反によりICEの職員に逮捕された不法移民の数は、16年に比べて88%増の3476人。",
			"3476人", Supported, 3476},
		// ae-ja-globalia-01: "米国移民関税執行局" (ICE, written with 関税),
		// "過去12か月間で" (in the past 12 months), "強制送還し" (deported):
		// ICE Removals FY2024 Total, 2024-10-01_FY24_detentionStats.xlsx
		// [Detention FY24] P29 = 271,484
		{"ja: ICE's other spelling", "2024-12-20",
			"米国移民関税執行局(ICE)は過去12か月間で27万人以上を119カ国に強制送還し、過去10年間で最多の年間送還数を記録した。",
			"27万人以上", Supported, 271484},
		// ae-vi-bqt-04: "từ ngày 20/1 đến 30/9" (from January 20 to
		// September 30), "đã bắt giữ" (arrested), "gần" (nearly): ERO
		// arrests 2017-01-20..2017-09-30 = 110,568 rows
		{"vi: days written day/month", "2017-12-06",
			"Cụ thể, từ ngày 20/1 đến 30/9, ICE đã bắt giữ gần 111.000 người.",
			"gần 111.000", Supported, 110568},
		// ae-vi-thoibao17-03: "đã trục xuất 71 người Việt" (deported 71
		// Vietnamese): removals of citizens of VIETNAM in FY2017 = 71 rows
		{"vi: Vietnamese deported", "2018-02-01",
			"Theo ông Raedy, phát ngôn viên của cơ quan kiểm soát di trú và thuế quan ICE thì trong năm 2017, Hoa Kỳ đã trục xuất 71 người Việt trở lại Việt Nam, gấp đôi con số những người Việt bị trục xuất vào năm 2016.",
			"71", Supported, 71},
		// ae-vi-bqt-02 (right before the round, kept): "kết thúc ngày
		// 30/9" (ended September 30) does not date the figure, which is of
		// FY2017 (removals FY2017, 220,649 rows without the lag; the row's
		// records_value 226,119)
		{"vi: the day a fiscal year ended", "2017-12-06",
			"Cơ quan Di trú và Hải quan Mỹ (ICE) thông báo đã trục xuất gần 226.000 người khỏi nước này trong tài khóa 2017, kết thúc ngày 30/9 vừa qua, giảm 6% so với tài khóa trước đó.",
			"gần 226.000", Supported, 0},
	})
}
