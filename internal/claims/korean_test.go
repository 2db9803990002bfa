package claims

import "testing"

// TestKoreanGloss: Korean numbers with 만 (ten thousand) and the unit 명,
// dates with 기준 or 현재 after them, particles dropped after a glossed
// word. The sentences are rows of the corpus (set fresh-2026-12v).
func TestKoreanGloss(t *testing.T) {
	for _, tc := range []struct {
		ko   string
		want []string
	}{
		// v-ko-nyk-02: "6만5,135명" is 65,135 people; "11월 16일 기준", as of November 16
		{"ICE가 연방 의회에 제출한 공식 통계에 따르면 지난 11월 16일 기준 전국 이민구치시설 수감자는 6만5,135명, 2003년 ICE가 창설된 이후 가장 큰 규모입니다.",
			[]string{"as of November 16", "people held in ICE detention 65,135 people"}},
		// v-ko-kd21-02: "12월 5일 현재", as of December 5; 2만1952명 = 21,952
		{"시라큐스대 산하 업무기록평가정보센터(TRAC)가 15일 발표한 보고서에 따르면, 지난 12월 5일 현재 이민세관단속국(ICE) 이민구치소에 수감된 사람은 총 2만1952명으로 집계됐다.",
			[]string{"as of December 5", "a total of 21,952 people"}},
		// v-ko-kts-04: "20만명을 넘어섰다", more than 200,000
		{"TRAC에 따르면 가장 최근 자료인 3월 26일 기준으로 미 전역의 감시 모니터링 대상이 역대 처음으로 20만명을 넘어섰다.",
			[]string{"as of March 26", "more than 200,000 people"}},
	} {
		checkGloss(t, tc.ko, tc.want)
	}
}

// TestKoreanVerdicts: figures of Korean rows of the corpus supported by the
// row's records_value (expected.py, from ICE's workbooks), never
// contradicted.
func TestKoreanVerdicts(t *testing.T) {
	checkReadingCases(t, corpusEngine(t), []readingCase{
		// v-ko-kd21-02: 21,952 detained as of 2021-12-05 (edition of 2021-12-10)
		{"a count as of a day", "2021-12-16",
			"시라큐스대 산하 업무기록평가정보센터(TRAC)가 15일 발표한 보고서에 따르면, 지난 12월 5일 현재 이민세관단속국(ICE) 이민구치소에 수감된 사람은 총 2만1952명으로 집계됐다.", "2만1952명", Supported, 21952},
		// v-ko-kd25-07: "구금돼 있는 이들의 수는", the number of people
		// held (65,135 in the edition of 2025-11-21, the row's
		// records_value); before, a count of no measure
		{"the number of people held", "2025-11-24",
			"이처럼 셧다운 기간에도 계속해서 불법이민자 단속을 이어가면서 현재 전국적으로 구금돼 있는 이들의 수는 6만5140명에 달한다.", "6만5140명", Supported, 65135},
		// v-ko-kd21-05: 145,463 on ATD (2021-12-10 edition)
		{"ATD, currently", "2021-12-16",
			"또, 12월 현재 ICE는 구금대안프로그램(ATD·ICE Alternatives to Detention)에 따라 총 14만5463명을 구금하는 대신 감시하고 있는 것으로 나타났다.", "14만5463명", Supported, 145463},
	})
}

// TestChineseGloss: Chinese numbers with 万/萬 and the unit 人, tenths (成),
// dates with 截至 before them, simplified and traditional characters (rows
// of the corpus, set fresh-2026-12v).
func TestChineseGloss(t *testing.T) {
	for _, tc := range []struct {
		zh   string
		want []string
	}{
		// v-zh-chl-02
		{"根据最新统计,截至2026年1月25日的数据,被拘押在ICE拘留设施中的人数共70,766人,其中52,504人未曾被刑事定罪,占比约74.2%。",
			[]string{"as of January 25, 2026", "the number of people held in ICE detention a total of 70,766 people", "52,504 people with no criminal conviction", "about 74.2%"}},
		// v-zh-tw-02, traditional: 6萬5135人 = 65,135
		{"從數據可發現，截至11月16日，ICE在全美各拘留設施關押6萬5135人。",
			[]string{"as of November 16", "held 65,135 people"}},
		// v-zh-chl-01: 逾七成, more than 70 %
		{"当前移民与海关执法局(ICE)在全美拘留的人数超过7万人,其中逾七成没有刑事定罪记录。",
			[]string{"more than 70,000 people", "more than 70% with no criminal conviction"}},
	} {
		checkGloss(t, tc.zh, tc.want)
	}
}

// TestChineseVerdicts: v-zh-chl-06, 42,128 book-ins in December 2025 (the
// row's records_value), and v-zh-chl-02's share, 74.2 % of 70,766 held
// without a conviction (records_value 74.19).
func TestChineseVerdicts(t *testing.T) {
	checkReadingCases(t, corpusEngine(t), []readingCase{
		{"book-ins of a month", "2026-02-04", "2025年12月共有42,128人被送入ICE拘留系统。", "42,128人", Supported, 42128},
		// v-zh-tw-03: "被ICE拘留的移民", immigrants held in ICE detention,
		// 30,986 Other Immigration Violators (edition of 2025-11-21, the
		// row's records_value); before, read as detention events
		{"immigrants held, by class", "2025-11-27",
			"官方數據顯示，截至11月16日，被ICE拘留的移民中，有3萬986人(占48%)在美國沒有任何刑事指控或定罪，僅因違反移民法的「民事法律」而被拘留。", "3萬986人", Supported, 30986},
		{"a share as of a day", "2026-02-04",
			"根据最新统计,截至2026年1月25日的数据,被拘押在ICE拘留设施中的人数共70,766人,其中52,504人未曾被刑事定罪,占比约74.2%。", "约74.2%", Supported, 0},
	})
}
