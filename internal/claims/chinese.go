package claims

import (
	"strconv"
	"strings"
	"unicode"
)

// Chinese sentences are glossed with a stem lexicon, as Korean ones are
// (korean.go): Chinese writes no spaces between words, counts with 万 (ten
// thousand: "6萬5135人", 65,135 people) and shares with 成 (tenths: "逾七成", more
// than 70 %), and dates as "2026年1月25日". Chinese-language outlets relay TRAC's
// detention updates (fresh-2026-12v: 14 of its 75 sentences, simplified and
// traditional characters both). As with Spanish, a figure counts as stated
// only where the gloss reads every word of its clause (spanish.go, readable);
// elsewhere it may be supported, never contradicted.

// chinese: the sentence is mostly Han characters.
func chinese(s string) bool { return mostlyScript(s, unicode.Han, 6) }

// chineseStems: simplified and traditional forms.
var chineseStems = map[string]string{
	// agencies
	"移民与海关执法局": "ICE", "移民及海關執法局": "ICE", "移民及海关执法局": "ICE", "移民與海關執法局": "ICE",
	"美国海关和边境保护局": "CBP", "美國海關和邊境保護局": "CBP", "海关和边境保护局": "CBP", "国土安全部": "DHS", "國土安全部": "DHS",
	"替代拘留": "Alternatives to Detention",
	// y-zh-wj-01, -02: Taiwan's word order "拘留替代" (Alternatives to
	// Detention), "計畫" (program), "被納入" (were enrolled in), "約有"
	// (there are about), "只有" (only), "電子腳鐐" (electronic ankle
	// monitors)
	"移民和海關執法局": "ICE", "移民和海关执法局": "ICE", "拘留替代": "Alternatives to Detention", "計畫": "program", "计划": "program",
	"被納入": "were enrolled in", "被纳入": "were enrolled in", "約有": "about", "约有": "about", "只有": "only",
	"使用電子腳鐐": "use electronic ankle monitors", "使用电子脚镣": "use electronic ankle monitors",
	// detention
	"被拘押在ICE拘留设施中的人数": "the number of people held in ICE detention", "被ICE拘留的移民": "immigrants held in ICE detention",
	"被ICE拘留": "held in ICE detention", "拘留的人数": "people detained",
	"拘留的人數": "people detained", "拘留设施": "detention facilities", "拘留設施": "detention facilities",
	"拘留中心": "detention centers", "拘留者": "detainees", "被拘留": "detained", "拘留": "detained", "关押": "held",
	"關押": "held", "拘押": "held", "羁押": "held", "羈押": "held", "被送入ICE拘留系统": "were booked into ICE detention",
	"被送入ICE拘留系統": "were booked into ICE detention", "转入拘留系统": "booked into detention", "逮捕": "arrested",
	"遣返": "deported", "驱逐出境": "deported", "驱逐": "deported", "驅逐": "deported", "电子监控": "electronic monitoring",
	"電子監控": "electronic monitoring",
	// criminality
	"没有刑事定罪记录": "with no criminal conviction", "沒有刑事定罪紀錄": "with no criminal conviction",
	"未曾被刑事定罪": "with no criminal conviction", "无犯罪纪录": "with no criminal record", "無犯罪紀錄": "with no criminal record",
	"无犯罪记录": "with no criminal record", "没有任何刑事指控或定罪": "with no criminal conviction or pending charge",
	"沒有任何刑事指控或定罪": "with no criminal conviction or pending charge", "面臨刑事指控": "with pending criminal charges",
	"面临刑事指控": "with pending criminal charges", "刑事定罪": "criminal convictions", "刑事指控": "criminal charges",
	// hedges, changes, shares
	"超过": "more than", "超過": "more than", "逾": "more than", "约": "about", "約": "about", "近": "nearly",
	"共有": "a total of", "共": "a total of", "增加": "increased", "减少": "decreased", "減少": "decreased",
	"其中": "of whom", "占比": "a share of", "占": "", "即": "that is",
	// periods
	"财政年度": "fiscal year", "財政年度": "fiscal year", "当前": "currently", "目前": "currently", "平均每日": "an average daily",
	// superlatives and places
	"最高人數": "the highest number", "最高人数": "the highest number", "最多": "the most", "全美": "nationwide",
	"德州": "Texas", "得州": "Texas", "旧金山": "San Francisco", "舊金山": "San Francisco", "艾尔帕索": "El Paso", "艾爾帕索": "El Paso",
	// people
	"移民": "immigrants", "人数": "number of people", "人數": "number of people",
	// x-zh-epoch-02, -03: "非法移民" illegal immigrants; "驅逐出境"
	// deported (traditional, as "驱逐出境")
	"非法移民": "illegal immigrants", "驅逐出境": "deported",
	// x-zh-xh-02: "被捕" were arrested, "達拉斯" Dallas; x-zh-cnhan-02:
	// "无证移民" undocumented immigrants, "总共" a total of
	"被捕": "were arrested", "僅在": "only in", "仅在": "only in", "达拉斯": "Dallas", "達拉斯": "Dallas", "无证移民": "undocumented immigrants",
	"無證移民": "undocumented immigrants", "总共": "a total of", "總共": "a total of",
	// x-zh-epoch-05: "驅逐案" removal cases
	"驅逐案": "removals", "驱逐案": "removals",
	// changes: x-zh-wxc-03 "下降了6%" fell 6%, x-zh-epoch-03 "增長了11%"
	// increased 11% (traditional, as "增长")
	"下降了": "fell", "下降": "fell", "增長了": "increased", "增长了": "increased", "增長": "increased", "增长": "increased",
	// "(12月14日)對外宣布": the day something was announced (x-zh-epoch-01)
	"對外宣布": "announced", "对外宣布": "announced", "宣布": "announced",
	// x-zh-xh-03: "新奧爾良、亞特蘭大、波士頓和底特律的被捕人數也激增超過50%" (arrests
	// in New Orleans, Atlanta, Boston and Detroit also surged more than
	// 50%): AOR cities, "被捕人數" the number arrested, "激增" surged, and
	// its context's "去年" last year
	"新奧爾良": "New Orleans", "新奥尔良": "New Orleans", "亞特蘭大": "Atlanta", "亚特兰大": "Atlanta",
	"波士頓": "Boston", "波士顿": "Boston", "底特律": "Detroit", "芝加哥": "Chicago", "紐約": "New York", "纽约": "New York",
	"休士頓": "Houston", "休斯顿": "Houston", "邁阿密": "Miami", "迈阿密": "Miami", "洛杉磯": "Los Angeles", "洛杉矶": "Los Angeles",
	// (with the possessive "的" before it, the cities' arrests; "、" the
	// comma of a list)
	"的被捕人數": "arrests", "的被捕人数": "arrests", "被捕人數": "arrests", "被捕人数": "arrests", "激增": "surged",
	"去年": "last year", "、": ",",
	// u-zh-worldjournal-03: "ICE的拘留人數約為3.9萬人" (the number of people ICE
	// detained was about 39,000): "拘留人數" the detained population, "約為"
	// was about
	"拘留人數": "the number of people detained", "拘留人数": "the number of people detained", "約為": "was about", "约为": "was about",
	// x-zh-wxc-02: "從川普就任到10月份" (from Trump's inauguration to
	// October), "逮捕了" (arrested), "比去年同期上升42%" (compared with the
	// same period last year rose 42%)
	"從川普就任": "From Trump's inauguration", "从川普就任": "From Trump's inauguration", "逮捕了": "arrested",
	"比去年同期": "compared with the same period last year", "上升了": "rose", "上升": "rose",
	// ai-zh-pavatar-01: "去年最后一个季度即10月1日至12月29日" (last year's last
	// quarter, that is, October 1 to December 29)
	// (the span that follows "即" restates the quarter, so the words
	// before it are dropped: one period, not two)
	// ao-zh-epochnj-04: "2017年在新州共有3,189人被捕" (in New Jersey, 3,189
	// people were arrested in 2017); "新州" is the Chinese-American press's
	// short name of New Jersey
	"新泽西州": "New Jersey", "新澤西州": "New Jersey", "新州": "New Jersey",
	"比前一年同期": "compared with the same period a year earlier", "比前一年同期的": "compared with the same period a year earlier",
	"比前一年": "compared with the year before", "比上一年": "compared with the year before", "增加了": "increased by",
	"去年最后一个季度即": "", "去年最後一個季度即": "", "最后一个季度": "last quarter", "最後一個季度": "last quarter",
}

var zhLexicon = newStemLexicon(chineseStems, nil, chineseSpecial)

var (
	// "7万人", "6萬5135人", "70,766人", "180,079名"
	// "25.6萬人", "1.65萬人", "15.8萬名": a decimal before 万
	// (x-zh-epoch-02, -03, x-zh-xh-02: 256,000, 158,000, 16,500)
	// "256,000起驅逐案": 起 counts cases (x-zh-epoch-05)
	// "6万6千人" (Japanese; be-ja-helm-03): thousands after 万 in 千
	zhNumberRe = lazyRegexp(`^(\d{1,4})(?:\.(\d{1,3}))?[万萬](\d[千仟]|\d{1,4})?\s?([人名起])?|^(\d{1,3}(?:,\d{3})+|\d+)\s?([人名起])`)
	// "七成": tenths
	zhTenthsRe = lazyRegexp(`^([一二三四五六七八九])成`)
	// "截至2026年1月25日", "2025年12月", "自1月", "11月16日"
	// "到10月份": to October ("月份", the month), x-zh-wxc-02
	zhDateRe = lazyRegexp(`^(截至|自|从|從|到)?(?:(\d{4})年)?(\d{1,2})月份?(?:(\d{1,2})日)?(以来|以來)?`)
	// "2026财政年度", "2003年"
	// "2016财政年", "2018財年", "2017年財政年度" too (x-zh-cnhan-02,
	// x-zh-wxc-03)
	// "在2018財年" (in FY2018): the preposition too, so that the year
	// reads as the figure's period as in English (x-zh-epoch-01, whose
	// bracketed "(12月14日)" had been taken instead)
	zhFYRe    = lazyRegexp(`^(?:在|于|於)?\s?(\d{4})\s?年?(?:财政年度|財政年度|财政年|財政年|财年|財年)`)
	zhYearRe  = lazyRegexp(`^(\d{4})年`)
	zhRangeRe = lazyRegexp(`^(\d{1,2})月(\d{1,2})日(?:至|到)(\d{1,2})月(\d{1,2})日`)
	zhFYEndRe = lazyRegexp(`^截至9月30日(?:為止|为止)的\s?(\d{4})\s?年?(?:财政年度|財政年度|财政年|財政年|财年|財年)`)
	// "今年1月": a month of this year (u-zh-worldjournal-03: "川普今年1月重返白宮
	// 時", when Trump returned to the White House in January this year);
	// "今年1月以來" since that month
	zhThisYearMonthRe = lazyRegexp(`^今年(\d{1,2})月(以来|以來)?`)
)

var zhDigits = map[string]int{"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}

// chineseSpecial reads Chinese numbers, tenths, dates and years.
func chineseSpecial(rest, _ string) (string, int, bool) {
	if m := zhNumberRe.FindStringSubmatch(rest); m != nil {
		var v int
		unit := ""
		if m[1] != "" {
			a, _ := strconv.Atoi(m[1])
			b, _ := strconv.Atoi(m[3])
			if strings.HasSuffix(m[3], "千") || strings.HasSuffix(m[3], "仟") {
				b, _ = strconv.Atoi(m[3][:1])
				b *= 1000
			}
			v, unit = a*10000+b, m[4]
			if m[2] != "" {
				if m[3] != "" {
					return "", 0, false // "1.5万2000": not a number
				}
				f, _ := strconv.Atoi(m[2])
				for k := len(m[2]); k < 4; k++ {
					f *= 10
				}
				v += f
			}
		} else {
			v, _ = strconv.Atoi(strings.ReplaceAll(m[5], ",", ""))
			unit = m[6]
		}
		text := formatNumber(float64(v))
		if unit == "人" || unit == "名" {
			text += " people"
		}
		return text, len(m[0]), true
	}
	if m := zhTenthsRe.FindStringSubmatch(rest); m != nil {
		return strconv.Itoa(10*zhDigits[m[1]]) + "%", len(m[0]), true
	}
	if m := zhFYRe.FindStringSubmatch(rest); m != nil {
		if strings.HasPrefix(m[0], "在") || strings.HasPrefix(m[0], "于") || strings.HasPrefix(m[0], "於") {
			return "in FY" + m[1], len(m[0]), true
		}
		return "FY" + m[1], len(m[0]), true
	}
	if m := zhThisYearMonthRe.FindStringSubmatch(rest); m != nil {
		if d, ok := cjkDate("", m[1], ""); ok {
			if m[2] != "" {
				return "since " + d, len(m[0]), true
			}
			return "in " + d + " this year", len(m[0]), true
		}
	}
	if m := zhFYEndRe.FindStringSubmatch(rest); m != nil {
		// "截至9月30日為止的2024財年" (an-zh-renminbao-03: the fiscal year
		// 2024, which ended September 30): the year's own last day, not a
		// date of its own
		return "FY" + m[1], len(m[0]), true
	}
	if m := zhRangeRe.FindStringSubmatch(rest); m != nil {
		// "10月1日至12月29日" (ai-zh-pavatar-01): from October 1 to
		// December 29
		d1, ok1 := cjkDate("", m[1], m[2])
		d2, ok2 := cjkDate("", m[3], m[4])
		if ok1 && ok2 {
			return "from " + d1 + " to " + d2, len(m[0]), true
		}
	}
	if m := zhDateRe.FindStringSubmatch(rest); m != nil {
		if d, ok := cjkDate(m[2], m[3], m[4]); ok {
			switch {
			case m[1] == "截至":
				d = "as of " + d
			case m[1] == "到" && m[5] == "":
				d = "to " + d
			case m[1] != "" || m[5] != "":
				d = "since " + d
			case m[4] == "":
				d = "in " + d
			default:
				d = "on " + d
			}
			return d, len(m[0]), true
		}
	}
	if m := zhYearRe.FindStringSubmatch(rest); m != nil {
		return "in " + m[1], len(m[0]), true
	}
	return "", 0, false
}
