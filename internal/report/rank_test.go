package report

import (
	"reflect"
	"strconv"
	"strings"
	"testing"

	"github.com/icestat/icestat/internal/canon"
)

// bosMonthly is Boston AOR administrative arrests per month, FY2016 to
// FY2019 (2015-10 .. 2019-08), derived from the raw bundled files with:
//
//	cd testdata/sample; for y in 2016 2017 2018 2019; do zcat BOS_EROArrests_FY$y.csv.gz | tail -n +7; done |
//	  awk -F'|' '{d=$2; gsub(/"/,"",d); split(d,a,"/"); printf "%04d-%02d\n", a[3], a[1]}' | sort | uniq -c
//
// Every month is fully covered (the files' titles cover 2015-10-01 .. 2019-08-31).
const bosMonthly = `2015-10:105 2015-11:160 2015-12:145 2016-01:123 2016-02:134 2016-03:156 2016-04:217 2016-05:157
2016-06:164 2016-07:143 2016-08:207 2016-09:147 2016-10:152 2016-11:178 2016-12:156 2017-01:204 2017-02:242 2017-03:288
2017-04:247 2017-05:274 2017-06:281 2017-07:263 2017-08:262 2017-09:287 2017-10:229 2017-11:253 2017-12:198 2018-01:266
2018-02:229 2018-03:278 2018-04:238 2018-05:252 2018-06:248 2018-07:263 2018-08:247 2018-09:207 2018-10:238 2018-11:229
2018-12:210 2019-01:246 2019-02:226 2019-03:233 2019-04:199 2019-05:253 2019-06:126 2019-07:154 2019-08:152`

// seaMonthly is Seattle AOR administrative arrests per month from the
// Seattle release (coverage 2012-01-01 .. 2019-07-06, so 2019-07 is a
// partial month), derived with:
//
//	zcat testdata/sample/arrests_FY2012-FY2019YTD.csv.gz | tail -n +8 |
//	  awk -F'|' '{d=$1; gsub(/"/,"",d); split(d,a,"/"); printf "%04d-%02d\n", a[3], a[1]}' | sort | uniq -c
const seaMonthly = `2012-01:693 2012-02:915 2012-03:740 2012-04:669 2012-05:753 2012-06:751 2012-07:731 2012-08:777
2012-09:591 2012-10:704 2012-11:608 2012-12:582 2013-01:610 2013-02:517 2013-03:605 2013-04:631 2013-05:605 2013-06:538
2013-07:572 2013-08:636 2013-09:557 2013-10:558 2013-11:502 2013-12:431 2014-01:500 2014-02:422 2014-03:488 2014-04:412
2014-05:293 2014-06:295 2014-07:271 2014-08:246 2014-09:297 2014-10:319 2014-11:231 2014-12:224 2015-01:205 2015-02:225
2015-03:278 2015-04:245 2015-05:251 2015-06:267 2015-07:241 2015-08:276 2015-09:215 2015-10:235 2015-11:207 2015-12:231
2016-01:173 2016-02:236 2016-03:240 2016-04:253 2016-05:225 2016-06:225 2016-07:218 2016-08:247 2016-09:208 2016-10:229
2016-11:240 2016-12:217 2017-01:255 2017-02:274 2017-03:408 2017-04:264 2017-05:312 2017-06:283 2017-07:307 2017-08:285
2017-09:302 2017-10:242 2017-11:262 2017-12:240 2018-01:317 2018-02:289 2018-03:256 2018-04:261 2018-05:298 2018-06:185
2018-07:227 2018-08:244 2018-09:246 2018-10:207 2018-11:192 2018-12:229 2019-01:241 2019-02:226 2019-03:241 2019-04:181
2019-05:211 2019-06:186 2019-07:17`

func parseCounts(t testing.TB, s string) map[string]int64 {
	t.Helper()
	m := map[string]int64{}
	for _, f := range strings.Fields(s) {
		k, v, _ := strings.Cut(f, ":")
		n, err := strconv.ParseInt(v, 10, 64)
		if err != nil {
			t.Fatal(err)
		}
		m[k] = n
	}
	return m
}

func day(s string) canon.Day {
	d, err := canon.ParseDate(s, false, false)
	if err != nil {
		panic(err)
	}
	return d
}

func bosSeries(t testing.TB) []Point {
	return BuildSeries(parseCounts(t, bosMonthly), []Interval{{From: day("2015-10-01"), To: day("2019-08-31")}}, unitMonth)
}

func seaSeries(t testing.TB) []Point {
	return BuildSeries(parseCounts(t, seaMonthly), []Interval{{From: day("2012-01-01"), To: day("2019-07-06")}}, unitMonth)
}

func TestBuildSeries(t *testing.T) {
	bos := bosSeries(t)
	if len(bos) != 47 || bos[0].Key != "2015-10" || bos[46].Key != "2019-08" {
		t.Fatalf("BOS series: %d points %v..%v", len(bos), bos[0], bos[len(bos)-1])
	}
	for _, p := range bos {
		if !p.Complete {
			t.Errorf("%s marked partial", p.Key)
		}
	}
	sea := seaSeries(t)
	last := sea[len(sea)-1]
	if last.Key != "2019-07" || last.Complete || last.Count != 17 {
		t.Errorf("SEA last month = %+v, want 2019-07 partial with 17", last)
	}
	// Not covered is not zero: with FY2018 missing (the BOS encounters
	// sample has FY2016, FY2017 and FY2019 only), FY2018 months are absent
	// rather than zeros, while a covered month without rows is a real 0.
	cov := []Interval{{From: day("2015-10-01"), To: day("2017-09-30")}, {From: day("2018-10-01"), To: day("2019-08-31")}}
	counts := map[string]int64{"2015-10": 5, "2019-08": 7, "2018-03": 2}
	s := BuildSeries(counts, cov, unitMonth)
	keys := map[string]Point{}
	for _, p := range s {
		keys[p.Key] = p
	}
	if _, ok := keys["2018-01"]; ok {
		t.Error("an uncovered month with no rows was filled in")
	}
	if p := keys["2018-03"]; p.Complete || p.Count != 2 {
		t.Errorf("rows in an uncovered month: %+v, want kept as partial", p)
	}
	if p, ok := keys["2016-05"]; !ok || !p.Complete || p.Count != 0 {
		t.Errorf("covered month without rows: %+v %v, want a complete 0", p, ok)
	}
	if len(s) != 24+11+1 {
		t.Errorf("%d points, want 36 (24 + 11 covered months + 1 partial)", len(s))
	}
	// Fiscal years: FY2019 is partial (coverage ends 2019-08-31).
	fy := BuildSeries(map[string]int64{"2016": 1858, "2017": 2834, "2018": 2908, "2019": 2266}, []Interval{{From: day("2015-10-01"), To: day("2019-08-31")}}, unitFY)
	want := []Point{{Key: "2016", Count: 1858, Complete: true}, {Key: "2017", Count: 2834, Complete: true}, {Key: "2018", Count: 2908, Complete: true}, {Key: "2019", Count: 2266}}
	if !reflect.DeepEqual(fy, want) {
		t.Errorf("FY series = %v, want %v", fy, want)
	}
}

// The ranks below count the complete months with a larger count, derived
// from the same awk output, e.g. for 229 in Boston:
//
//	... | sort | uniq -c | awk '{c[$2]=$1} END {for (k in c) if (c[k]>229) n++; print n+1}'   # 21
//
// (for Seattle, leave out the partial month: awk '$2!="2019-07"{...}').
func TestRankPeriod(t *testing.T) {
	bos, sea := bosSeries(t), seaSeries(t)
	fy := []Point{{Key: "2016", Count: 1858, Complete: true}, {Key: "2017", Count: 2834, Complete: true}, {Key: "2018", Count: 2908, Complete: true}, {Key: "2019", Count: 2266}}
	for _, c := range []struct {
		name     string
		series   []Point
		key      string
		unit     string
		ranked   bool
		rank, of int
		tied     []string
		largest  bool
		smallest bool
		since    string
		between  int
		phrase   string // substring of the phrase
	}{
		// 288 is the maximum of bosMonthly (sort -n on the counts).
		{"BOS largest month", bos, "2017-03", unitMonth, true, 1, 47, nil, true, false, "", 0, "the largest month on record in the ingested data (47 complete months, 2015-10 to 2019-08)"},
		// 2017-07 = 263 ties 2018-07; six months are larger (288, 287, 281, 278, 274, 266);
		// the month before (2017-06, 281) is larger, so no "largest since".
		{"BOS tie, no superlative", bos, "2017-07", unitMonth, true, 7, 47, []string{"2018-07"}, false, false, "2017-06", 0, "rank 7 of 47 (tied with 2018-07)"},
		// 2018-07 = 263: the latest earlier month at least as large is 2018-03 (278), three months back.
		{"BOS tie, largest since", bos, "2018-07", unitMonth, true, 7, 47, []string{"2017-07"}, false, false, "2018-03", 3, "the largest month since 2018-03 (278)"},
		// 229 three times: 2017-10, 2018-02, 2018-11; 20 months are larger.
		{"BOS three-way tie", bos, "2018-02", unitMonth, true, 21, 47, []string{"2017-10", "2018-11"}, false, false, "2018-01", 0, "tied with 2017-10, 2018-11"},
		// 2019-05 = 253 ties 2017-11 (9 months larger); since 2018-07 (263), nine months back.
		{"BOS largest since, tie elsewhere", bos, "2019-05", unitMonth, true, 10, 47, []string{"2017-11"}, false, false, "2018-07", 9, "the largest month since 2018-07 (263)"},
		// The first month of the data: 105 is also the minimum.
		{"BOS first month", bos, "2015-10", unitMonth, true, 47, 47, nil, false, true, "", 0, "the first complete month in the ingested data, so there is no earlier month to compare; the smallest month on record"},
		// 2016-04 = 217 exceeds all six earlier months (105..160).
		{"BOS larger than all earlier", bos, "2016-04", unitMonth, true, 25, 47, nil, false, false, "", 0, "larger than every earlier month in the ingested data (since 2015-10)"},
		// Seattle: 2019-07 holds only 2019-07-01..06 (17 arrests): not ranked.
		{"SEA partial month", sea, "2019-07", unitMonth, false, 0, 0, nil, false, false, "", 0, "not ranked: 2019-07 is not fully covered"},
		// With the partial 17 left out, 2016-01 (173) is the smallest complete month.
		{"SEA smallest complete month", sea, "2016-01", unitMonth, true, 90, 90, nil, false, true, "2015-12", 0, "the smallest month on record in the ingested data; partly covered months are not ranked (2019-07)"},
		// SEA first month 2012-01 = 693; larger: 915, 740, 753, 751, 731, 777, 704.
		{"SEA first month", sea, "2012-01", unitMonth, true, 8, 90, nil, false, false, "", 0, "the first complete month in the ingested data"},
		// 2019-03 = 241 equals 2019-01 (two months back) and 2015-07; 59 complete months are larger.
		{"SEA since an equal month", sea, "2019-03", unitMonth, true, 60, 90, []string{"2015-07", "2019-01"}, false, false, "2019-01", 1, "the largest month since 2019-01, which had the same count"},
		{"month outside the data", bos, "2025-05", unitMonth, false, 0, 0, nil, false, false, "", 0, "not ranked: 2025-05 is not covered"},
		// BOS fiscal years (zcat | wc -l): FY2019 ends 2019-08-31, partial.
		{"FY largest", fy, "2018", unitFY, true, 1, 3, nil, true, false, "", 0, "the largest fiscal year on record in the ingested data (3 complete fiscal years, FY2016 to FY2018); partly covered fiscal years are not ranked (FY2019)"},
		{"FY partial", fy, "2019", unitFY, false, 0, 0, nil, false, false, "", 0, "FY2019 is not fully covered"},
	} {
		t.Run(c.name, func(t *testing.T) {
			r := RankPeriod(c.series, c.key, c.unit)
			if r.Ranked != c.ranked || r.Rank != c.rank || r.Of != c.of || !reflect.DeepEqual(r.TiedWith, c.tied) ||
				r.Largest != c.largest || r.Smallest != c.smallest || r.Since != c.since || r.Between != c.between {
				t.Errorf("got ranked=%v rank=%d/%d tied=%v largest=%v smallest=%v since=%q between=%d",
					r.Ranked, r.Rank, r.Of, r.TiedWith, r.Largest, r.Smallest, r.Since, r.Between)
			}
			if !strings.Contains(r.Phrase, c.phrase) {
				t.Errorf("phrase %q lacks %q", r.Phrase, c.phrase)
			}
		})
	}
}
