package claims

import (
	"reflect"
	"testing"
)

// TestPlainNumbers: the counts written in digits a sentence icestat does not
// read is matched by (bynumber.go), in the scripts and groupings real pages
// use.
func TestPlainNumbers(t *testing.T) {
	type num struct {
		text  string
		value int64
		year  bool
	}
	for _, tc := range []struct {
		name, s string
		want    []num
	}{
		{"comma thousands and a year (aa-sw-taifaleo-10)", "raia 226,119 walikuwa ... mwaka 2017.", []num{{"226,119", 226119, false}, {"2017", 2017, true}}},
		{"Indian lakh grouping (aa-ta-namathu-04)", "2024ல் 2,71,484 பேரையும்", []num{{"2024", 2024, true}, {"2,71,484", 271484, false}}},
		{"space thousands (aa-hu-piacesprofit-04)", "2019-ben volt a legmagasabb, 510 850.", []num{{"2019", 2019, true}, {"510 850", 510850, false}}},
		{"a year then a count, spaced", "v roce 2016 143 470 za minulý rok", []num{{"2016", 2016, true}, {"143 470", 143470, false}}},
		{"dot thousands", "41.318 Festnahmen", []num{{"41.318", 41318, false}}},
		{"Khmer digits", "ជនជាតិកម្ពុជា ៣៧នាក់", []num{{"៣៧", 37, false}}},
		{"a decimal comma is no count", "37,6% mais alto", nil},
		{"a percent is no count", "zaidi ya 1,200 %", nil},
		{"money is no count", "ilitumia $1,250 kwa siku", nil},
		{"a date is no count", "17.05.2017", nil},
		{"mixed marks are no count", "1.234,567", nil},
		// thousands written out (ag-hy-aurora-01, z-ru-iguide-04)
		{"Armenian thousands", "ավելի քան 270 հազար միգրանտ", []num{{"270 հազար", 270000, false}}},
		{"Russian thousands", "более 267 тысяч депортаций", []num{{"267 тысяч", 267000, false}}},
		{"a decimal of thousands", "142,5 тыс. человек", []num{{"142,5 тыс.", 142500, false}}},
		{"a word that only starts like one", "270 minut", []num{{"270", 270, false}}},
		{"minutes are no thousands", "a wait of 270 min", []num{{"270", 270, false}}},
		// thousands and three digits are one number (h0-elmomento-01's
		// 38,521 beds, composed since the twenty-second round:
		// TestRound22AkThousands); Nepali hundreds in words are not
		// composed (aa-ne-indreni-05)
		{"thousands and three digits", "38 mil 521 camas", []num{{"38 mil 521", 38521, false}}},
		{"Nepali thousands and hundreds", "चीनका ३७ हजार ९ सय ८", []num{{"९", 9, false}, {"८", 8, false}}},
	} {
		var got []num
		for _, n := range plainNumbers(tc.s) {
			got = append(got, num{n.text, n.value, n.year})
		}
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%s: plainNumbers(%q) = %v, want %v", tc.name, tc.s, got, tc.want)
		}
	}
}

// TestByNumberReadings: figures of sentences in languages icestat has no
// lexicon for, supported when the records give them for one of the
// questions asked by value, and never contradicted. Sentences are corpus
// rows of fresh-2026-12aa and -12ab; expected values are the rows' records_value,
// computed by testdata/claims/expected.py from ICE's workbooks (no
// icestat). Before bynumber.go none of them had a claim.
func TestByNumberReadings(t *testing.T) {
	checkReadingCases(t, corpusEngine(t), []readingCase{
		// aa-am-ethinsider-01 (Amharic, 2024-12-20): "271,000 ገደማ
		// ስደተኞችን ... መልሳለች" (returned about 271,000 migrants), no year
		// in digits: the article's last fiscal year, FY2024, whose ICE
		// Removals total is 'Detention FY24'!P29 of the year-end edition
		// (2024-10-01_FY24_detentionStats.xlsx) = 271,484
		{"am: about 271,000 removed", "2024-12-20",
			"አሜሪካ ካለፈው ዓመት ጥር እስከ መስከረም ባሉት ወራት ብቻ፤ 271,000 ገደማ ስደተኞችን ወደ 192 ሀገራት በግዳጅ መልሳለች።",
			"271,000", Supported, 271484},
		// the same Amharic sentence before another: its full stop "።" ends
		// it, so the other's year (2019) is not its year
		{"am: a sentence ends at the Ethiopic full stop", "2024-12-20",
			"አሜሪካ ካለፈው ዓመት ጥር እስከ መስከረም ባሉት ወራት ብቻ፤ 271,000 ገደማ ስደተኞችን ወደ 192 ሀገራት በግዳጅ መልሳለች። Az elfogások száma 2019-ben volt a legmagasabb, 510 850.",
			"271,000", Supported, 271484},
		// aa-hu-piacesprofit-04 (Hungarian, glossed, no claim read): "Az
		// elfogások száma 2019-ben volt a legmagasabb, 510 850": ICE's
		// initial book-ins of FY2019, 'Detention FY19'!E29 of the
		// 2019-10-06 edition = 510,854, which 510 850 rounds
		{"hu: 510 850 book-ins in 2019", "2025-03-05",
			"Az elfogások száma 2019-ben volt a legmagasabb, 510 850.", "510 850", Supported, 510854},
		// ab-ka-newsge-02 (Georgian, 2024-12-20): "წელს მოხდა 270 000-ზე მეტი
		// ადამიანის დეპორტაცია" (this year more than 270 000 people were
		// deported): two significant digits, at least 10,000; FY2024's ICE
		// Removals, 'Detention FY24'!P29 of the year-end edition = 271,484
		{"ka: more than 270 000 deported this year", "2024-12-20",
			"საემიგრაციო და საბაჟო სამსახურის ანგარიშის თანახმად, წელს მოხდა 270 000-ზე მეტი ადამიანის დეპორტაცია, რომლებიც 192 ქვეყნიდან იყვნენ.",
			"270 000", Supported, 271484},
		// aa-cs-idnes-01 (Czech): "z 110 568 v roce 2016" — FOIA arrests of
		// FY2016 are 110,104 (a real error, expected contradicted), but a
		// figure read by value alone is never contradicted; "na 143 470 za
		// minulý rok" (last year) is asked of 2016 only, the one year the
		// sentence names in digits
		{"cs: a wrong figure is not contradicted by value alone", "2018-06-07",
			"Od Trumpova nástupu do prezidentské funkce vyletěl roční počet zatčených imigrantů v USA z 110 568 v roce 2016 na 143 470 za minulý rok.",
			"110 568", NotCheckable, 0},
		// v-zh-tw-05 (Chinese, glossed, 2025-11-27): "另有1萬6978人(26%)面臨刑事
		// 指控" (another 16,978 people face criminal charges): the gloss
		// lost the measure (not an enforcement measure); asked by value, the
		// people held with pending criminal charges in the 2025-11-21
		// edition (data as of 2025-11-20), 16,978 (the row's records_value)
		{"zh: a glossed count whose measure was lost, asked by value", "2025-11-27",
			"數據並顯示，另有1萬6978人(26%)面臨刑事指控。", "1萬6978人", Supported, 16978},
		// d4-gitnux-06 (English): "142,000 detainees released from ICE
		// custody in FY2023" is a real error (148,002 final releases); its
		// measure is read from English words, so it is not asked by value
		// (ICE's FY2023 removals, 142,580, would "support" it)
		{"en: a measure read in English is not asked by value", "2025-01-01",
			"142,000 detainees released from ICE custody in FY2023, 65% on own recognizance", "142,000", NotCheckable, 0},
		// English sentences keep the reader's verdict: no figure by value
		{"en: an English sentence is read, not matched", "2018-06-07",
			"The 2,148 figure was printed on page 143,470 of the book.", "143,470", "", 0},
	})
}

// TestWorthMatching: a round figure in words is not matched by value ("67
// тысяч" matched an average daily population of 66,568.9 by rounding,
// y-ru-ria-05); three written digits are ("270 հազար", ag-hy-aurora-01).
func TestWorthMatching(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"около 67 тысяч задержанных", false},
		{"mais de 17 mil autodeportações", false},
		{"ավելի քան 270 հազար միգրանտ", true},
		{"271 484 miqrantı", true},
		{"2,750", true},
		{"2,700", false},
		{"2,000", false},
	} {
		ns := plainNumbers(tc.s)
		if len(ns) != 1 || worthMatching(ns[0]) != tc.want {
			t.Errorf("%q: %+v, want one figure worth matching: %v", tc.s, ns, tc.want)
		}
	}
}
