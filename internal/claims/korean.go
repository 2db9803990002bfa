package claims

import (
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Korean sentences are glossed too (spanish.go explains the gloss), but not
// word by word: Korean writes its particles onto the words ("구금자는", "구금자의"),
// counts people with a unit ("6만5,135명", 65,135 people) and puts dates and
// verbs after what they govern ("11월 16일 기준", as of November 16).
// Korean-language outlets in the United States relay TRAC's detention updates
// with exact figures (fresh-2026-12v: 41 of its 75 sentences). The gloss scans
// the sentence for the longest stem of its lexicon at each place, reads Korean
// numbers and dates by pattern, drops a particle after what it glossed, and
// leaves the rest as written, which the reader ignores (its word boundaries
// are ASCII ones, so "detainees는" still ends at "s"). As with Spanish, a
// figure counts as stated only where the gloss reads every word of its clause
// (spanish.go, readable); elsewhere it may be supported, never contradicted.

// korean: the sentence is mostly Hangul.
func korean(s string) bool { return mostlyScript(s, unicode.Hangul, 4) }

// mostlyScript: the sentence has at least min letters of the script and no
// more Latin ones ("ICE", "TRAC" stand in Korean and Chinese sentences).
func mostlyScript(s string, script *unicode.RangeTable, min int) bool {
	n, latin := 0, 0
	for _, r := range s {
		switch {
		case unicode.Is(script, r):
			n++
		case r < 128 && unicode.IsLetter(r):
			latin++
		}
	}
	return n >= min && n >= latin
}

// koreanStems: Korean words and phrases and their English, the longest
// tried first.
var koreanStems = map[string]string{
	// agencies and sources
	"연방 이민세관단속국": "ICE", "이민세관단속국": "ICE", "연방이민국": "ICE", "이민국": "ICE", "국경세관보호국": "CBP",
	"국토안보부": "DHS", "추방단속팀": "ERO", "이민서비스국": "USCIS", "시라큐스대 산하 업무기록평가정보센터": "TRAC",
	"업무기록평가정보센터": "TRAC", "시라큐스 대학 연구기관": "", "시라큐스대": "Syracuse University",
	"구금대안프로그램": "Alternatives to Detention", "구금 대안 프로그램": "Alternatives to Detention",
	// detention
	"이민구치소에 수감된 사람은": "people held in ICE detention", "이민구치시설 수감자는": "people held in ICE detention",
	"이민 구치소에 수감중인": "held in ICE detention", "이민구치소": "ICE detention", "이민 구치소": "ICE detention",
	"이민구치시설": "ICE detention facilities", "구치시설": "detention facilities", "수감자": "detainees", "수감된": "held",
	"수감중인": "held", "구금자": "detainees", "구금된": "detained", "구금돼 있는": "detained", "구금돼": "detained",
	"구금돼 있는 이들의 수는": "the number of people held in ICE detention", "구금된 이민자 수가": "the number of immigrants held in ICE detention",
	"구금했다": "detained", "구금하고": "detaining", "구금": "detention", "재소자": "detainees", "전자발찌": "ankle monitors",
	"전자 발찌": "ankle monitors", "감시 모니터링 대상": "people monitored under Alternatives to Detention", "감시": "monitoring",
	"추방": "deported", "체포하고 구금": "arrested and booked into detention", "체포": "arrested",
	// criminality
	"범죄 기록이 없는": "with no criminal record", "범죄기록이 전혀 없고": "have no criminal record",
	"범죄 경력 없는": "with no criminal record", "범죄 전력이 없는": "with no criminal record",
	"형사 처벌을 받은 기록이 없는": "with no criminal conviction", "비범죄자": "noncriminal detainees",
	"비범죄 구금자": "noncriminal detainees", "범죄 전력자": "detainees with criminal convictions",
	"범죄 혐의자": "detainees with pending criminal charges",
	// shares, changes, hedges
	"4분의 3": "three quarters", "3분의 2": "two-thirds", "3분의 1": "a third", "절반": "half", "증가": "increase",
	"감소": "decrease", "늘어난": "increase", "세 배 이상": "more than tripled", "2배 이상": "more than doubled",
	"약": "about", "총": "a total of", "수천명": "thousands of people", "비율": "share",
	// periods
	"지난해말": "the end of last year", "지난 해": "last year", "지난해": "last year", "올해": "this year",
	"현재": "currently", "하루 평균": "an average daily population of", "같은 기간": "in the same period", "이 기간 동안": "during this period",
	// "27만 1,484건의 추방을 단행했는데" (carried out 271,484
	// deportations; y-ko-philforu-02): "건" counts cases
	"건의 추방을 단행했는데": "deportations were carried out", "건의 추방": "deportations",
	"회계연도": "fiscal year", "1년 전에 비해": "compared with a year earlier", "2년 전": "two years earlier",
	// superlatives
	// "사상 최고치를 기록" (set an all-time high): "reached a record high",
	// the words the reader takes as a record (v-ko-nyk-01)
	"역사상 가장 많은": "the highest ever", "사상 최고치를 기록": "reached a record high", "사상 최고치": "a record high", "가장 큰 규모": "the largest",
	"가장 많은": "the most", "역대 처음으로": "for the first time", "이후": "since",
	// places
	"전국적으로": "nationwide", "전국에서": "nationwide", "전국": "nationwide", "미 전역": "nationwide",
	"관할하는": "covering", "오피스": "office", "사무소": "office",
	// people, function words
	"이민자들": "immigrants", "이민자": "immigrants", "사람들": "people", "사람": "people", "하고": "and",
	"에 따르면": "according to",
	// "한인" (Koreans) in a removal count are South Korean citizens, the
	// records' country (ai-ko-naeil-03: "추방 한인 113명→122명", South
	// Koreans deported, 113 -> 122; ai-ko-naeil-09: "추방된 한인들은", the
	// deported Koreans, "들" the plural, "은" the topic)
	"한인들": "South Koreans", "한인": "South Koreans",
	// ai-ko-naeil-12: "국경에서 곧바로 추방된 이민자들" (immigrants deported
	// directly at the border): a part of removals the records do not single
	// out, as English "deported at the border" is read
	"국경에서 곧바로": "directly at the border", "국경에서": "at the border", "곧바로": "directly",
	// South Korean citizens, as the records' country of citizenship
	// (x-ko-hgd-02, -03, -05: "한국 국적자" South Korean nationals, "한인
	// 이민자" South Korean immigrants, "한인 추방자" South Koreans deported)
	"한국":     "South Korea", // ao-ko-shaded17-03: "한국은 37위" (Korea, 37th)
	"한국 국적자": "South Korean nationals", "한인 이민자": "South Korean immigrants", "한인 추방자": "South Koreans deported",
	// x-ko-kt17-02: "전년보다 30% 이상 증가", an increase of more than
	// 30 % compared with the previous year
	"전년보다": "compared with the previous year", "전년 대비": "compared with the previous year",
	// x-ko-rs-03: "ICE 구금 인원은" the number of people held in ICE
	// detention
	"구금 인원": "the number of people held in ICE detention",
	// v-ko-kd25-02: "구금자 중 범죄 경력 없는 이들 비율 4분의 3 달해" (the
	// share of those with no criminal record among the detainees reaches
	// three quarters): "구금자 중" among the detainees, "없는 이들" those
	// without, "달해" reaches
	"구금자 중": "among the detainees", "수감자 중": "among the detainees",
	"범죄 경력 없는 이들": "those with no criminal record", "범죄 기록이 없는 이들": "those with no criminal record",
	"달해": "reaches",
	// fresh-2026-12ae (Korea Daily, Korea Times, Hankook Ilbo on ICE's
	// FY2016-FY2018 arrest and removal reports): the words of its rows
	// ae-ko-kdla-02 ("17일 이민세관단속국(ICE)이 발표한 2018회계연도 불체자 체포 및
	// 추방 통계에 따르면 LA지역의 경우 2018회계연도 체포자는 7854명으로 ..."): "불체자"
	// undocumented immigrants, "체포자" those arrested, "및" and, "통계"
	// statistics, "발표한" released, "지역" area, "X의 경우" (in the case of
	// X) a clause's topic, glossed as a comma after it
	"불체자": "undocumented immigrants", "불법체류자": "undocumented immigrants", "체포자": "arrests", "체포된": "arrested",
	"체포돼": "arrested", "및": "and", "통계": "statistics", "발표한": "released", "지역": "area",
	"경우": ",", "따르면": "according to", "반면": "on the other hand,", "한편": "meanwhile,",
	// ae-ko-kdla-03 ("반면 추방 집행 건수는 8475건으로"): the number of
	// removals carried out; "추방된", "추방돼", "추방당한" deported
	"추방 집행 건수": "the number of removals", "추방이 집행된 건수": "the number of removals", "추방 건수": "the number of removals",
	"추방건수": "the number of removals", "추방된": "deported", "추방돼": "deported", "추방당한": "deported",
	"추방됐다": "were deported", "추방자": "removals",
	// "LA지역" the Los Angeles area (ae-ko-kdla-*; the cities and states
	// themselves: koreanPlaces)
	"LA지역": "the Los Angeles area", "LA 지역": "the Los Angeles area", "LA서": "in Los Angeles",
	// aq-ko-koreadaily-12, -13: "댈러스에서 1만6520명이 체포됐고, ...
	// 애틀랜타에서 1만3551명이 검거됐다" (in Dallas 16,520 people were
	// arrested, and ... in Atlanta 13,551 were apprehended), "뒤를 이어"
	// followed by, "체포 건수" the number of arrests
	"체포됐고": "were arrested, and", "체포됐다": "were arrested", "체포되었다": "were arrested", "검거됐고": "were arrested, and",
	"검거됐다": "were arrested", "검거된": "arrested", "검거": "arrests", "뒤를 이어": "followed by",
	"체포 건수": "the number of arrests",
	// countries of citizenship (ae-ko-kdla-06, ae-ko-hgd18-05,
	// ae-ko-komerica-05..09): "멕시코 출신" (from Mexico), "출신 국가별로는"
	// (by country of origin), "가장 많은" the most, "그 뒤로" followed by
	// (the countries themselves: koreanCountries)
	// "가장 많은 수를 차지했으며" (accounted for the largest number, and),
	// "가장 많았고" (were the most, and): the rank ends its clause, which
	// the English reader needs, so that the list's next country does not
	// take the first one's count (ae-ko-kdla-06)
	"가장 많은 수를 차지했으며": "the most,", "가장 많은 수를 차지했다": "the most.", "가장 많았고": "the most,",
	"가장 많았으며": "the most,",
	"출신":      "from", "출신 국가별로는": "by country,", "국가별로는": "by country,", "그 뒤로": "followed by",
	// ae-ko-hgd18-01 ("올해 추방한인 122명 달해"): South Koreans deported
	"추방한인": "South Koreans deported",
	// fix23-ne: "이는" (this, the topic: what the sentence before counted;
	// ae-ko-hikorean-08: "이는 전년도 11만 4400여명에 비하면 25% 늘어난
	// 것이자" this, compared with more than 114,400 the previous year, ...)
	"이는": "this",
	// ae-ko-hikorean-08: "ICE는 2017회계연도 한해동안 이민단속에서 체포한
	// 이민자들이 14만 3470명이라고 집계했다" (ICE counted the immigrants it
	// arrested in immigration enforcement during fiscal year 2017 at
	// 143,470): "한해동안" during the year, "동안" during, "이민단속"
	// immigration enforcement, "집계했다" counted
	"한해동안": "during the year", "동안": "during", "이민단속에서": "in immigration enforcement", "이민단속": "immigration enforcement",
	"집계했다": "counted",
}

// stemLexicon glosses a language written without spaces between its words
// and their particles (Korean, Chinese): the longest stem at each place,
// or what special reads there (numbers, dates), then a particle dropped.
type stemLexicon struct {
	stems     map[string]string
	list      []string // stems' keys, the longest first
	particles []string
	// words: a stem glosses whole words only (Arabic, arabic.go)
	words bool
	// special reads a number or a date at the start of rest: its English
	// and its length in bytes
	special func(rest string, after string) (string, int, bool)
	// latinParticles: a particle after a Latin-letter name or a closing
	// parenthesis is dropped too (Korean)
	latinParticles bool
}

func newStemLexicon(stems map[string]string, particles []string, special func(string, string) (string, int, bool)) *stemLexicon {
	lx := &stemLexicon{stems: stems, particles: particles, special: special}
	for k := range stems {
		lx.list = append(lx.list, k)
	}
	sort.Slice(lx.list, func(i, j int) bool {
		if len(lx.list[i]) != len(lx.list[j]) {
			return len(lx.list[i]) > len(lx.list[j])
		}
		return lx.list[i] < lx.list[j]
	})
	return lx
}

var koLexicon = func() *stemLexicon {
	lx := newStemLexicon(withKoreanPlaces(withKoreanOrigins(koreanStems)), append(koreanParticles, koreanEndings...), koreanSpecial)
	lx.latinParticles = true
	return lx
}()

// koreanEndings: endings of verbs and of the copula that follow a glossed
// stem or a count, dropped like particles when a word ends after them:
// "추방했다" (deported), "증가했으며" (increased, and), "체포한" (arrested,
// before its noun), "3만6977명이다" (is 36,977 people), "3만348건이었지만"
// (was 30,348, but), "143,470명이라고" (that it was 143,470).
var koreanEndings = []string{"했다", "했으며", "했고", "한", "이다", "이었다", "였다", "이었지만", "였지만", "이라고", "라고"}

// koreanPlaces: the states and the cities of ICE's field offices as Korean
// writes them (ae-ko-kdla-*, ae-ko-kdatl-01, ae-ko-kdcomp-*,
// aq-ko-koreadaily-*). A state is also written with 주 (state): "텍사스주";
// "X에서" (at X) is glossed "in X", which the English reader takes as the
// figure's place ("댈러스에서 1만6520명이 체포됐고", in Dallas 16,520 people
// were arrested).
var koreanPlaces = map[string]string{
	"뉴욕시": "New York City", "뉴욕": "New York", "마이애미": "Miami", "뉴올리언스": "New Orleans", "시카고": "Chicago",
	"휴스턴": "Houston", "댈러스": "Dallas", "달라스": "Dallas", "피닉스": "Phoenix", "시애틀": "Seattle", "덴버": "Denver",
	"보스턴": "Boston", "디트로이트": "Detroit", "필라델피아": "Philadelphia", "볼티모어": "Baltimore", "로스앤젤레스": "Los Angeles",
	"샌디에이고": "San Diego", "샌안토니오": "San Antonio", "엘패소": "El Paso", "애틀랜타": "Atlanta", "샌프란시스코": "San Francisco",
	"뉴왁": "Newark", "뉴어크": "Newark", "솔트레이크시티": "Salt Lake City", "세인트폴": "St. Paul", "버펄로": "Buffalo",
}

var koreanStates = map[string]string{
	"텍사스": "Texas", "플로리다": "Florida", "오클라호마": "Oklahoma", "루이지애나": "Louisiana", "매사추세츠": "Massachusetts",
	"미시간": "Michigan", "뉴저지": "New Jersey", "캘리포니아": "California", "애리조나": "Arizona", "조지아": "Georgia",
	"노스캐롤라이나": "North Carolina", "노스 캐롤라이나": "North Carolina", "사우스캐롤라이나": "South Carolina",
	"사우스 캐롤라이나": "South Carolina", "일리노이": "Illinois", "버지니아": "Virginia", "콜로라도": "Colorado",
	"네바다": "Nevada", "오리건": "Oregon", "펜실베이니아": "Pennsylvania", "미네소타": "Minnesota", "유타": "Utah",
	"미시시피": "Mississippi", "테네시": "Tennessee", "앨라배마": "Alabama", "메릴랜드": "Maryland", "코네티컷": "Connecticut",
	"오하이오": "Ohio", "인디애나": "Indiana", "켄터키": "Kentucky", "미주리": "Missouri", "뉴멕시코": "New Mexico",
	"하와이": "Hawaii", "알래스카": "Alaska", "워싱턴주": "Washington State",
}

// withKoreanPlaces adds koreanPlaces and koreanStates to stems, each also
// with 에서 ("in X") and a state with 주.
func withKoreanPlaces(stems map[string]string) map[string]string {
	add := func(k, v string) {
		stems[k] = v
		stems[k+"에서"] = "in " + v
	}
	for k, v := range koreanPlaces {
		add(k, v)
	}
	for k, v := range koreanStates {
		add(k, v)
		if !strings.HasSuffix(k, "주") {
			add(k+"주", v)
		}
	}
	return stems
}

// koreanCountries: countries of citizenship as Korean writes them, whose
// "X 출신" (from X) is glossed "from X" before what follows, as English
// puts it ("멕시코 출신이 14만1045명이 추방돼": from Mexico 141,045 people
// deported; ae-ko-kdla-06, where "Mexico from 141,045" had given the
// figure the next country, Guatemala)
var koreanCountries = map[string]string{
	"멕시코": "Mexico", "과테말라": "Guatemala", "온두라스": "Honduras", "엘살바도르": "El Salvador",
	"도미니카공화국": "Dominican Republic", "브라질": "Brazil", "에콰도르": "Ecuador", "콜롬비아": "Colombia",
	"중국": "China", "베트남": "Vietnam", "아이티": "Haiti", "자메이카": "Jamaica", "니카라과": "Nicaragua",
	"필리핀": "Philippines",
}

// withKoreanOrigins adds the countries and their "X 출신", "X출신" to stems.
func withKoreanOrigins(stems map[string]string) map[string]string {
	for k, v := range koreanCountries {
		stems[k] = v
		stems[k+" 출신"] = "from " + v
		stems[k+"출신"] = "from " + v
	}
	return stems
}

// koreanParticles may follow a glossed word; the gloss drops them when a
// word ends after them.
var koreanParticles = []string{"에서", "으로", "에는", "은", "는", "이", "가", "을", "를", "의", "에", "로", "와", "과", "도"}

var (
	// "5만6000명", "6만5,135명", "27만 명", "4736명", "2만여명", "28,000명":
	// a number with 만 (ten thousand) and its rest, then the unit
	// "6만5천 명", "3천 명": 천 (thousand) after 만 or alone (x-ko-rs-03)
	// "8475건", "1037건": 건 counts cases (removals; ae-ko-kdla-03,
	// ae-ko-kdcomp-02)
	koNumberRe = lazyRegexp(`^(\d{1,4})만\s?(?:(\d)천|(\d,\d{3}|\d{1,4}))?(여)?\s?(명|건)?|^(\d{1,3}(?:,\d{3})+|\d+)(천)?(여)?\s?(명|건)`)
	// "565명이 줄었다" (fell by 565), "505건이 늘었다" (rose by 505), "34명
	// 증가했다", "3명 줄어": a count and a verb of change after it, the
	// change (ae-ko-kdla-02, -03, ae-ko-komerica-03, ae-ko-kdatl-02)
	koChangeAfterRe = lazyRegexp(`^(?:이|가)?\s?(줄었|줄어|감소|늘었|늘어|증가)[가-힣]*`)
	// "전년도 8419명에 비해" (compared with 8,419 the previous year),
	// "직전 연도보다", "전년도에는 398명": the previous (fiscal) year and a count
	// of it (ae-ko-kdla-02, -03, ae-ko-komerica-09)
	koPrevYearRe = lazyRegexp(`^(?:전년도|전년|직전 연도|직전 회계연도|이전 회계연도)(?:에는|에)?\s?`)
	koCompareRe  = lazyRegexp(`^(?:에 비해|에 비하면|보다)`)
	// "2015~2016회계연도에 비해", "2016년 대비 2018년": compared with a
	// (fiscal) year (ae-ko-kdcomp-02, ae-ko-kdnyq2-11)
	koYearCompareRe = lazyRegexp(`^\s?(?:에 비해|에 비하면|보다|대비)`)
	// "44%가 증가했다", "40%나 급증한", "88% 증가", "11%↑", "25% 급감": a
	// percent change (ae-ko-kdnyq2-11, ae-ko-hikorean-*, ae-ko-kdcomp-01,
	// ae-ko-kdatl-01)
	koRankRe = lazyRegexp(`^(\d{1,3})위`)
	// "[텍사스 맥앨런] =", "[워싱턴=연합뉴스]": a news agency's dateline
	koDatelineRe      = lazyRegexp(`^\[[^\]]{1,40}\]\s*=?\s*`)
	koPercentChangeRe = lazyRegexp(`^(\d+(?:\.\d+)?)\s?%(?:가|나|이)?\s?(증가|급증|늘어|늘었|↑|감소|급감|줄어|줄었|↓)[가-힣]*`)
	// "2025년 12월", "11월 16일", "3월 26일 기준", "12월 5일 현재", "12월 현재"
	koDateRe = lazyRegexp(`^(?:지난\s)?(?:(\d{4})년\s?)?(\d{1,2})월(?:\s?(\d{1,2})일)?(?:\s?(기준|현재|부터|이후|에는|에))?`)
	// "2003년", "2014-2015년"
	koYearRe = lazyRegexp(`^(\d{4})년`)
	// "N명 이상", "N명이 넘는": more than N
	koMoreRe = lazyRegexp(`^\s?(?:이상|이 넘는|을 넘어섰다|를 넘어섰다)`)
	// "30% 이상 증가": more than 30 %, an increase of more than 30 %
	// (x-ko-kt17-02)
	koPercentMoreRe = lazyRegexp(`^(\d+(?:\.\d+)?)\s?%\s?(?:이상|넘게)(\s?(?:증가|늘어|급증))?`)
	// "N명 아래로 줄어들면서", "N명 미만으로 떨어진": fell below N
	// (x-ko-hgd-02, -05)
	koBelowRe = lazyRegexp(`^\s?(?:아래|미만)(?:으로|로)?(\s?(?:줄어|떨어|감소)[가-힣]*)?`)
	// "2016 회계연도", "2016회계연도", "2023~2024회계연도": the fiscal
	// year, named by its last calendar year when two are written
	// (x-ko-hgd-03, -07, x-ko-kd24-03)
	koFYRe = lazyRegexp(`^(?:\d{4}\s?[~-]\s?)?(\d{4})\s?회계연도`)
	// "끝난 회계연도에": (in) the fiscal year that ended (the date before it)
	koEndedFYRe = lazyRegexp(`^\s?끝난\s?회계연도(?:에|에는)?`)
	// "2018~2019회계연도 2분기", "올 2분기": a quarter (ae-ko-kdnyq2-05)
	koQuarterRe = lazyRegexp(`^(?:(?:\d{4}\s?[~-]\s?)?(\d{4})\s?회계연도|(올|올해))\s?([1-4])분기`)
)

var koOrdinals = []string{"", "first", "second", "third", "fourth"}

var cjkMonths = []string{"", "January", "February", "March", "April", "May", "June", "July", "August", "September",
	"October", "November", "December"}

// glossStems glosses one sentence with a stem lexicon.
func glossStems(s string, lx *stemLexicon) []glossPiece {
	var out []glossPiece
	emit := func(from, to int, text string) {
		if text != "" && len(out) > 0 {
			if prev := out[len(out)-1].text; prev != "" && !strings.HasSuffix(prev, " ") {
				text = " " + text
			}
		}
		if text != "" && to < len(s) && (isASCIIDigit(s[to]) || s[to] < 128 && unicode.IsLetter(rune(s[to]))) {
			text += " " // "of whom" before "ICE", "about" before "74.2%"
		}
		out = append(out, glossPiece{from: from, to: to, text: text})
	}
	// skipParticle: past a particle right after a glossed word, when a
	// word ends there
	skipParticle := func(i int) int {
		for _, p := range lx.particles {
			if strings.HasPrefix(s[i:], p) {
				r, _ := utf8.DecodeRuneInString(s[i+len(p):])
				if i+len(p) == len(s) || !unicode.Is(unicode.Hangul, r) {
					return i + len(p)
				}
			}
		}
		return i
	}
	for i := 0; i < len(s); {
		rest := s[i:]
		if i == 0 || !isASCIIDigit(s[i-1]) {
			if text, n, ok := lx.special(rest, s[:i]); ok {
				emit(i, i+n, text)
				i = skipParticle(i + n)
				continue
			}
		}
		if lx.latinParticles && i > 0 && (s[i-1] < 128 && unicode.IsLetter(rune(s[i-1])) || s[i-1] == ')') {
			// a particle after a name written in Latin letters or after
			// a parenthesis, which no stem glossed: "ICE는" (ICE, the
			// topic), "이민세관단속국(ICE)이" (ICE, the subject): dropped as
			// after a glossed word (ae-ko-hikorean-08, ae-ko-kdnyq2-03)
			if j := skipParticle(i); j > i {
				out = append(out, glossPiece{from: i, to: j, text: ""})
				i = j
				continue
			}
		}
		matched := false
		for _, k := range lx.list {
			if strings.HasPrefix(rest, k) && (!lx.words || wholeWord(s, i, i+len(k))) {
				emit(i, i+len(k), lx.stems[k])
				i = skipParticle(i + len(k))
				matched = true
				break
			}
		}
		if matched {
			continue
		}
		r, n := utf8.DecodeRuneInString(rest)
		if next, _ := utf8.DecodeRuneInString(rest[n:]); (r == ',' || r == ';') && next >= 128 {
			// "對外宣布,隨著...": a comma written with no space after it
			// before a word of the language still ends a clause for the
			// English reader (x-zh-epoch-01); "256,000" keeps its comma
			out = append(out, glossPiece{from: i, to: i + n, text: string(r) + " "})
			i += n
			continue
		}
		out = append(out, glossPiece{from: i, to: i + n, text: s[i : i+n], same: true})
		i += n
	}
	return mergeVerbatim(out)
}

// koreanSpecial reads Korean numbers ("6만5,135명", "2만여명", "1800명
// 이상"), dates ("11월 16일 기준", "2025년 12월") and years ("2003년").
func koreanSpecial(rest, before string) (string, int, bool) {
	if strings.TrimSpace(before) == "" {
		if d := koDatelineRe.FindString(rest); d != "" {
			// "[텍사스 맥앨런] =" (McAllen, Texas; y-ko-philforu-01): a
			// dateline, where the article was written, not the place of
			// its figures; dropped
			return "", len(d), true
		}
	}
	if p := koPrevYearRe.FindString(rest); p != "" {
		// "전년도 8419명에 비해": "compared with 8,419 people in the previous
		// year" (ae-ko-kdla-02); "전년도에는 398명": "in the previous year
		// 398 people" (ae-ko-komerica-09)
		if num, n, ok := koreanCount(rest[len(p):]); ok {
			end := len(p) + n
			if c := koCompareRe.FindString(rest[end:]); c != "" {
				return "compared with " + num + " in the previous year,", end + len(c), true
			}
			return "in the previous year, " + num, end, true
		}
	}
	if m := koRankRe.FindStringSubmatch(rest); m != nil {
		// "멕시코 1위, 한국은 37위" (ao-ko-shaded17-03: Mexico first, Korea
		// 37th): a rank
		n, _ := strconv.Atoi(m[1])
		return "ranked " + ordinalText(n), len(m[0]), true
	}
	if m := koPercentChangeRe.FindStringSubmatch(rest); m != nil {
		switch m[2] {
		case "감소", "급감", "줄어", "줄었", "↓":
			return "a decrease of " + m[1] + "%", len(m[0]), true
		}
		return "an increase of " + m[1] + "%", len(m[0]), true
	}
	if text, n, ok := koreanCount(rest); ok {
		return text, n, true
	}
	return koreanDate(rest)
}

// koreanCount reads a Korean number at the start of rest: its English and
// its length in bytes.
func koreanCount(rest string) (string, int, bool) {
	if m := koNumberRe.FindStringSubmatch(rest); m != nil {
		var v int
		approx, unit := false, ""
		if m[1] != "" {
			a, _ := strconv.Atoi(m[1])
			b, _ := strconv.Atoi(strings.ReplaceAll(m[3], ",", ""))
			if m[2] != "" {
				b, _ = strconv.Atoi(m[2])
				b *= 1000
			}
			v, approx, unit = a*10000+b, m[4] != "", m[5]
		} else {
			v, _ = strconv.Atoi(strings.ReplaceAll(m[6], ",", ""))
			if m[7] != "" {
				v *= 1000
			}
			approx, unit = m[8] != "", m[9]
		}
		end := len(m[0])
		if unit == "건" && strings.HasPrefix(rest[end:], "의") {
			// "27만 1,484건의 추방" (271,484 deportations): the stem reads it
			// (y-ko-philforu-02)
			end -= len("건")
			unit = ""
		}
		text := formatNumber(float64(v))
		if r := rest[end:]; unit != "" && !approx && strings.HasPrefix(r, "에서") {
			// "1037건에서 2593건으로" (from 1,037 to 2,593; ae-ko-kdcomp-02)
			r2 := strings.TrimLeft(r[len("에서"):], " ")
			if m2 := koNumberRe.FindStringSubmatch(r2); m2 != nil && (m2[5] != "" || m2[9] != "") {
				if t2, n2, ok := koreanCount(r2); ok && isASCIIDigit(t2[0]) {
					if unit == "명" {
						text += " people"
					}
					return "from " + text + " to " + t2 + ",", len(rest) - len(r2) + n2, true
				}
			}
		}
		if c := koChangeAfterRe.FindStringSubmatch(rest[end:]); c != nil && unit != "" && !approx {
			if unit == "명" {
				text += " people"
			}
			switch c[1] {
			case "줄었", "줄어", "감소":
				return "a decrease of " + text, end + len(c[0]), true
			}
			return "an increase of " + text, end + len(c[0]), true
		}
		if unit == "명" {
			text += " people"
			// "총 24만 255명으로 2012년 40만9,849명 보다": "으로" before a
			// year ends the count's clause, which the year does not
			// date (x-ko-hgd-07)
			if r := rest[end:]; strings.HasPrefix(r, "으로 ") && koYearRe.MatchString(r[len("으로 "):]) {
				return text + ",", end, true
			}
		}
		if mm := koMoreRe.FindString(rest[end:]); mm != "" && unit != "" {
			text, end = "more than "+text, end+len(mm)
		} else if mb := koBelowRe.FindStringSubmatch(rest[end:]); mb != nil && unit != "" && !approx {
			if mb[1] != "" {
				text = "fell below " + text
			} else {
				text = "below " + text
			}
			end += len(mb[0])
		} else if approx {
			text = "more than " + text
		}
		return text, end, true
	}
	return "", 0, false
}

// koreanDate reads a Korean percent, date, fiscal year or year.
func koreanDate(rest string) (string, int, bool) {
	if m := koPercentMoreRe.FindStringSubmatch(rest); m != nil {
		if m[2] != "" {
			return "an increase of more than " + m[1] + "%", len(m[0]), true
		}
		return "more than " + m[1] + "%", len(m[0]), true
	}
	if m := koDateRe.FindStringSubmatch(rest); m != nil {
		if d, ok := cjkDate(m[1], m[2], m[3]); ok {
			// "9월 30일에 끝난 회계연도에" (in the fiscal year that ended
			// September 30; y-ko-philforu-02): the date ends the year
			if e := koEndedFYRe.FindString(rest[len(m[0]):]); e != "" && m[3] != "" {
				return "in the fiscal year that ended " + d + ",", len(m[0]) + len(e), true
			}
			switch m[4] {
			case "기준", "현재":
				d = "as of " + d
			case "부터", "이후":
				d = "since " + d
			default:
				if m[3] == "" {
					d = "in " + d
				} else {
					d = "on " + d
				}
			}
			return d, len(m[0]), true
		}
	}
	if m := koQuarterRe.FindStringSubmatch(rest); m != nil {
		// "2018~2019회계연도 2분기" (the second quarter of FY2019), "올 2분기"
		// (the second quarter this year: which year's quarters, the
		// reader takes from the text; ae-ko-kdnyq2-05)
		q := koOrdinals[m[3][0]-'0']
		if m[1] != "" {
			return "in the " + q + " quarter of fiscal year " + m[1], len(m[0]), true
		}
		return "in the " + q + " quarter", len(m[0]), true
	}
	if m := koFYRe.FindStringSubmatch(rest); m != nil {
		if c := koYearCompareRe.FindString(rest[len(m[0]):]); c != "" {
			return "compared with FY" + m[1] + ",", len(m[0]) + len(c), true
		}
		return "in FY" + m[1], len(m[0]), true
	}
	if m := koYearRe.FindStringSubmatch(rest); m != nil {
		if c := koYearCompareRe.FindString(rest[len(m[0]):]); c != "" {
			return "compared with " + m[1] + ",", len(m[0]) + len(c), true
		}
		return "in " + m[1], len(m[0]), true
	}
	return "", 0, false
}

// cjkDate writes a date given as year, month and day digits (any may be
// empty but the month) in English: "November 16", "January 25, 2026",
// "December 2025".
func cjkDate(y, mon, day string) (string, bool) {
	mo, _ := strconv.Atoi(mon)
	if mo < 1 || mo > 12 {
		return "", false
	}
	d := cjkMonths[mo]
	if day != "" {
		d += " " + day
	}
	if y != "" {
		if day != "" {
			d += ","
		}
		d += " " + y
	}
	return d, true
}

// wholeWord: s[from:to] is whole words, no letter right before or after.
func wholeWord(s string, from, to int) bool {
	if r, _ := utf8.DecodeLastRuneInString(s[:from]); from > 0 && isWordRune(r) {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(s[to:]); to < len(s) && isWordRune(r) {
		return false
	}
	return true
}

func isASCIIDigit(b byte) bool { return b >= '0' && b <= '9' }

// mergeVerbatim joins runs of verbatim pieces into one.
func mergeVerbatim(ps []glossPiece) []glossPiece {
	var out []glossPiece
	for _, p := range ps {
		if n := len(out); n > 0 && p.same && out[n-1].same && out[n-1].to == p.from {
			out[n-1].to = p.to
			out[n-1].text += p.text
			continue
		}
		out = append(out, p)
	}
	return out
}
