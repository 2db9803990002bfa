package claims

import (
	"strings"
	"unicode"
)

// Japanese sentences are glossed with a stem lexicon, as Chinese ones are
// (chinese.go), whose number, date and year forms Japanese shares ("1万6523 人",
// 16,523 people; "8月末", the end of August). Japanese writes its particles and
// verb endings in kana ("が", "の", "に達し", "を上回った"), which Chinese never does: a
// sentence with kana is Japanese. Japanese-language outlets relay ICE's
// detention statistics (fresh-2026-12w: 4 sentences). As with Spanish, a
// figure counts as stated only where the gloss reads every word of its clause
// (spanish.go, readable); elsewhere it may be supported, never contradicted.

// japanese: the sentence is mostly Han characters and kana (as many as
// its Latin letters, six at least), three of them kana at least.
func japanese(s string) bool {
	kana, cjk, latin := 0, 0, 0
	for _, r := range s {
		switch {
		case unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r):
			kana++
			cjk++
		case unicode.Is(unicode.Han, r):
			cjk++
		case r < 128 && unicode.IsLetter(r):
			latin++
		}
	}
	return kana >= 3 && cjk >= 6 && cjk >= latin
}

// japaneseStems: words and phrases, with the particles around them that
// the reader needs dropped or read (w-ja-dailysunny-01: "犯罪歴のない移民の収容者が
// 1万6523人に達し、犯罪歴がある1万5725人や刑事告訴係属中の1万3767人を上回った";
// w-ja-dailysunny-03: "ICEの収容者総数は現在5万9762人に上り").
var japaneseStems = map[string]string{
	// agencies
	"米移民税関捜査局": "ICE", "移民税関捜査局": "ICE", "米税関・国境警備局": "CBP", "税関・国境警備局": "CBP",
	// detention
	"移民の収容者が": "immigrant detainees", "移民が": "immigrants", "の収容者総数は": "detention population is", "収容者総数は": "the total number of detainees is",
	"収容者総数": "the total number of detainees", "収容者が": "detainees", "収容者": "detainees", "収容施設": "detention facilities",
	// criminality (ICE's columns: convicted, pending charges, other
	// immigration violators)
	"犯罪歴のない": "with no criminal record", "犯罪歴がない": "with no criminal record", "犯罪歴がある": "with a criminal conviction",
	"刑事告訴係属中の": "with pending criminal charges", "刑事告訴係属中": "with pending criminal charges",
	// verbs, hedges, sources
	"に達し": "reached", "に達した": "reached", "に上り": "", "に上る": "", "に上り、": ".", "に達し、": ".", "を上回った": "exceeding", "を突破": "topped",
	"発表したデータによれば": "according to data released", "によれば": "according to", "によると": "according to",
	"約": "about", "現在": "currently", "過去最高の": "a record high of", "過去最高": "a record high",
	"には": ",", "や": "and", "が": "", "、": ",", "。": ".", "(ICE)が": ",", "(ICE)": "",
	// x-ja-chiba-01 ("移民・税関捜査局(ICE)は17日までに、...1月22日から4月末までに
	// 不法移民4万人以上を拘束し"): the agency written with a middle dot,
	// illegal immigrants, "拘束" (taking into custody: ICE's arrests),
	// "までに" by, "と発表した" announced
	"移民・税関捜査局": "ICE", "米移民・税関捜査局": "ICE", "不法移民": "illegal immigrants", "拘束し": "arrested",
	"拘束した": "arrested", "拘束": "arrested", "拘束数": "arrests", "までに": "by", "と発表した": "announced",
	"増加した": "increased", "増加": "increased",
	// ae-ja-globalia-01 ("米国移民関税執行局(ICE)は過去12か月間で27万人以上を...強制送還し"):
	// the agency's other spelling (関税, customs duties), "過去12か月間で"
	// in the past 12 months, "強制送還" deportation
	"米国移民関税執行局": "ICE", "移民関税執行局": "ICE", "過去12か月間で": "in the past 12 months",
	"過去12カ月間で": "in the past 12 months", "強制送還し": "deported", "強制送還した": "deported",
	// ae-ja-sunny-04 and its context ("ニューヨーク市会計監査局が21日に発表した報告書に
	// よると、移民税関捜査局(ICE)が市で逮捕または強制退去処分とした不法移民の数が、過去2年間で
	// 急増している。昨年、移民法違反によりICEの職員に逮捕された不法移民の数は、16年に比べて
	// 88%増の3476人。"): a report released, by the city's comptroller, the
	// number arrested or removed, last year, by ICE officers, the number
	"会計監査局": "comptroller", "発表した報告書によると": "according to the report released", "報告書によると": "according to the report",
	"逮捕または強制退去処分とした": "arrested or removed", "不法移民の数が": "the number of illegal immigrants",
	"不法移民の数は": "the number of illegal immigrants", "過去2年間で": "in the past two years", "急増している": "surged",
	"昨年": "last year", "移民法違反により": "for immigration law violations", "ICEの職員に": "by ICE officers",
	"逮捕された": "arrested",
}

// jaCities: cities with an ICE field office, as Japanese writes them;
// "X市" is the city (ニューヨーク市, New York City), and a later "市で" (in
// the city) is that city (ae-ja-sunny-04's context: "ニューヨーク市会計監査局
// ...ICEが市で逮捕または強制退去処分とした不法移民の数").
var jaCities = map[string]string{
	"ニューヨーク": "New York", "ロサンゼルス": "Los Angeles", "シカゴ": "Chicago", "マイアミ": "Miami",
	"アトランタ": "Atlanta", "ヒューストン": "Houston", "ダラス": "Dallas", "サンフランシスコ": "San Francisco",
	"ボストン": "Boston", "フィラデルフィア": "Philadelphia", "シアトル": "Seattle", "デンバー": "Denver",
	"デトロイト": "Detroit", "ニューオーリンズ": "New Orleans", "フェニックス": "Phoenix", "サンディエゴ": "San Diego",
	"サンアントニオ": "San Antonio",
}

// jaCity: the English of a city with its "市" ("New York City", the
// AOR's name; other cities by their name).
func jaCity(en string) string {
	if en == "New York" {
		return "New York City"
	}
	return en
}

// withJaCities adds the cities and their "X市" to stems.
func withJaCities(stems map[string]string) map[string]string {
	for k, v := range jaCities {
		stems[k] = v
		stems[k+"市"] = jaCity(v)
	}
	return stems
}

var jaLexicon = newStemLexicon(withJaCities(japaneseStems), nil, japaneseSpecial)

var (
	// "8月末": the end of a month
	jaMonthEndRe = lazyRegexp(`^(\d{1,2})月末`)
	// "25日に": a day of the month, without its month (dropped)
	jaDayRe = lazyRegexp(`^\d{1,2}日に?`)
	// "1月22日から": from a day; "4月末までに", "4月末まで": to the end of a
	// month (x-ja-chiba-01: "1月22日から4月末までに不法移民4万人以上を拘束し",
	// from January 22 to the end of April, more than 40,000 arrested)
	jaFromRe       = lazyRegexp(`^(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日から`)
	jaToMonthEndRe = lazyRegexp(`^(\d{1,2})月末まで(?:に)?`)
	// "16年に比べて" (compared with 2016): a year of two digits compared with
	// (ae-ja-sunny-04)
	jaYearCompareRe = lazyRegexp(`^(?:(\d{4})|(\d{2}))年(?:度)?に比べて`)
	// "88%増の", "18%減少": a percent change (ae-ja-sunny-04)
	// "約40%増" (about 40 % up): "約" (about) before the share is the
	// change's hedge, "an increase of about 40%" (ak-ja-fxmonster-01)
	jaPercentChangeRe = lazyRegexp(`^(約)?(\d+(?:\.\d+)?)%(増|減)(?:加|少)?(?:の|し)?`)
	// "トランプ大統領就任以来" (since President Trump's inauguration),
	// "トランプ大統領の就任後100日間に" (in the 100 days after President Trump's
	// inauguration), "就任から100日で": the term's periods as English names
	// them (ak-ja-fxmonster-01, -02)
	jaSinceInaugurationRe = lazyRegexp(`^(?:(?:米国の|米)?(?:ドナルド・)?トランプ(?:米)?大統領の?|トランプ氏の?)就任(?:以来|してから)`)
	jaFirst100Re          = lazyRegexp(`^(?:(?:米国の|米)?(?:ドナルド・)?トランプ(?:米)?大統領の?|トランプ氏の?)就任(?:後|から)(?:最初の)?100日(?:間)?(?:に|で|の間に)?`)
	// "[ニューヨーク 17日 ロイター] -": Reuters' dateline, the city in capitals
	// as English datelines write it ("NEW YORK (Reuters) -"), the day
	// dropped
	jaReutersDatelineRe = lazyRegexp(`^\[([^\s\]]+)\s+\d{1,2}日\s+ロイター\](?:\s*[-–—])?`)
)

// jaQualRe: criminality before a count ("犯罪歴のない移民の収容者が1万6523人",
// detainees with no criminal record, 16,523 people), which the gloss puts
// after it as English does ("16,523 detainees with no criminal record"):
// the reader reads a count's kind after it (w-ja-dailysunny-01); the
// English of each is its japaneseStems entry
var jaQualRe = lazyRegexp(`^(犯罪歴のない|犯罪歴がない|犯罪歴がある|刑事告訴係属中の)(移民の収容者が|収容者が|移民が)?`)

// japaneseSpecial reads Japanese month ends and bare days, then the forms
// Japanese shares with Chinese.
func japaneseSpecial(rest, before string) (string, int, bool) {
	if m := jaQualRe.FindStringSubmatch(rest); m != nil {
		if num, n, ok := chineseSpecial(rest[len(m[0]):], before+m[0]); ok && num != "" && isASCIIDigit(num[0]) {
			text := num
			if m[2] != "" {
				text = strings.TrimSuffix(num, " people") + " " + japaneseStems[m[2]]
			}
			return text + " " + japaneseStems[m[1]], len(m[0]) + n, true
		}
	}
	if strings.HasPrefix(rest, "市で") {
		// "市で" (in the city): the last "X市" named before it in the
		// sentence (ae-ja-sunny-04)
		at, city := -1, ""
		for k, v := range jaCities {
			if i := strings.LastIndex(before, k+"市"); i > at {
				at, city = i, jaCity(v)
			}
		}
		if city != "" {
			return "in " + city, len("市で"), true
		}
	}
	if m := jaYearCompareRe.FindStringSubmatch(rest); m != nil {
		y := m[1]
		if y == "" {
			y = "20" + m[2]
		}
		return "compared with " + y + ",", len(m[0]), true
	}
	if m := jaPercentChangeRe.FindStringSubmatch(rest); m != nil {
		about := ""
		if m[1] != "" {
			about = "about "
		}
		if m[3] == "減" {
			return "a decrease of " + about + m[2] + "%,", len(m[0]), true
		}
		return "an increase of " + about + m[2] + "%,", len(m[0]), true
	}
	if m := jaReutersDatelineRe.FindStringSubmatch(rest); m != nil && before == "" {
		if city, ok := jaCities[m[1]]; ok {
			return strings.ToUpper(city) + " (Reuters) -", len(m[0]), true
		}
	}
	if m := jaFirst100Re.FindString(rest); m != "" {
		return "during President Trump's first 100 days", len(m), true
	}
	if m := jaSinceInaugurationRe.FindString(rest); m != "" {
		return "since President Trump's inauguration", len(m), true
	}
	if m := jaFromRe.FindStringSubmatch(rest); m != nil {
		if d, ok := cjkDate(m[1], m[2], m[3]); ok {
			return "from " + d, len(m[0]), true
		}
	}
	if m := jaToMonthEndRe.FindStringSubmatch(rest); m != nil {
		if d, ok := cjkDate("", m[1], ""); ok {
			return "to the end of " + d, len(m[0]), true
		}
	}
	// "4万人以上": a count and "以上" (or more) after it, at least that
	// many (x-ja-chiba-01)
	if num, n, ok := chineseSpecial(rest, before); ok && num != "" && isASCIIDigit(num[0]) && strings.HasPrefix(rest[n:], "以上") {
		return "at least " + num, n + len("以上"), true
	}
	if m := jaMonthEndRe.FindStringSubmatch(rest); m != nil {
		if d, ok := cjkDate("", m[1], ""); ok {
			d = "at the end of " + d
			// after a clause's end ("5万9762人に上り、8月末には": reached 59,762;
			// at the end of August), a new sentence (w-ja-dailysunny-03)
			if strings.HasSuffix(before, "に上り、") || strings.HasSuffix(before, "に達し、") {
				d = capitalized(d)
			}
			return d, len(m[0]), true
		}
	}
	if m := jaDayRe.FindString(rest); m != "" {
		return " ", len(m), true // not "": the gloss spaces the next word after it
	}
	return chineseSpecial(rest, before)
}
