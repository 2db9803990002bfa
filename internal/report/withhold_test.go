package report

import (
	"bytes"
	"encoding/json"
	"fmt"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/icestat/icestat/internal/answer"
)

// TestWithholdBostonJune2017: the public copy of the Boston report for
// June 2017 withholds the one small cell of the arrests-by-method
// breakdown and, so that it cannot be derived from the total, the next
// smallest; the exact report keeps both. Expected counts from the raw
// rows (the bundled slice is the nationwide release's Boston rows; the
// same command over ../shared/data/uwchr-2019-ICFO-53623/EROArrests_FY2017.csv.gz
// with $1 ~ /^"Boston/ gives the same):
//
//	zcat testdata/sample/BOS_EROArrests_FY2017.csv.gz | tail -n +7 | awk -F'|' \
//	  '{split($2,d,"/"); if (d[3]==2017 && d[1]==6) {gsub(/"/,"",$3); c[$3]++}} END{for(k in c) print c[k]"\t"k}' | sort -n
//
// prints 2 Other Agency (turned over to INS), 6 Probation and Parole,
// 7 Other efforts, 11, 32, 51, 56, 116 (281 in all): exactly one method
// under 5, so Probation and Parole (6) is the complementary cell. Under
// the ice scheme Probation and Parole is at-large and Other Agency is
// "other", so the ice row's at-large and other (each holding one withheld
// method) are withheld too.
func TestWithholdBostonJune2017(t *testing.T) {
	rep := build(t, sampleEngine(t), Request{AOR: "BOS", Month: "2017-06"})
	pub := rep.Withhold(answer.SmallCell{Threshold: 5})

	exact := breakdown(t, section(t, rep, "arrests"), "method")
	public := breakdown(t, section(t, pub, "arrests"), "method")
	if *exact.Total != 281 || *public.Total != 281 {
		t.Fatalf("method breakdown total: exact %v, public %v, want 281", *exact.Total, *public.Total)
	}
	for _, tc := range []struct {
		key   string
		exact int64
		text  string // "" = shown exactly
	}{
		{"Other Agency (turned over to INS)", 2, "fewer than 5"},
		{"Probation and Parole", 6, "suppressed"},
		{"Other efforts", 7, ""},
		{"Located", 116, ""},
	} {
		if got := rowCount(exact, tc.key); got != tc.exact {
			t.Errorf("exact %s = %d, want %d", tc.key, got, tc.exact)
		}
		for _, r := range public.Rows {
			if r.Key != tc.key {
				continue
			}
			switch {
			case tc.text == "" && (r.Hidden.Has("count") || r.Count != tc.exact):
				t.Errorf("public %s = %d %v, want %d shown", tc.key, r.Count, r.Hidden, tc.exact)
			case tc.text != "" && (r.Hidden["count"] != tc.text || !r.Hidden.Has("share") || r.Count != 0 || r.Share != 0):
				t.Errorf("public %s = %d %v, want withheld %q with its share", tc.key, r.Count, r.Hidden, tc.text)
			}
		}
	}
	var ice *SchemeRow
	for i, x := range section(t, pub, "arrests").Schemes {
		if x.Scheme == "ice" {
			ice = &section(t, pub, "arrests").Schemes[i]
		}
	}
	if ice == nil || !ice.Hidden.Has("at_large") || !ice.Hidden.Has("other") || ice.Hidden.Has("custodial") {
		t.Errorf("ice scheme row: %+v", ice)
	}

	// The renderings of the public copy; the exact report (the command
	// line's) still shows 2 and 6.
	render := func(r *Report, f func(*Report, *bytes.Buffer) error) string {
		var b bytes.Buffer
		if err := f(r, &b); err != nil {
			t.Fatal(err)
		}
		return b.String()
	}
	html := func(r *Report, b *bytes.Buffer) error { return r.WriteHTML(b) }
	text := func(r *Report, b *bytes.Buffer) error { return r.WriteText(b) }
	md := func(r *Report, b *bytes.Buffer) error { return r.WriteMarkdown(b) }
	js := func(r *Report, b *bytes.Buffer) error { return r.WriteJSON(b) }
	for _, tc := range []struct {
		name     string
		f        func(*Report, *bytes.Buffer) error
		exact    []*regexp.Regexp
		withheld []*regexp.Regexp
	}{
		{"html", html,
			[]*regexp.Regexp{regexp.MustCompile(`<th scope="row">Other Agency \(turned over to INS\)</th><td class="n">2</td><td class="n">0\.7%</td>`), regexp.MustCompile(`<th scope="row">Probation and Parole</th><td class="n">6</td>`)},
			[]*regexp.Regexp{regexp.MustCompile(`<th scope="row">Other Agency \(turned over to INS\)</th><td class="n">fewer than 5</td><td></td>`), regexp.MustCompile(`<th scope="row">Probation and Parole</th><td class="n">suppressed</td><td></td>`)}},
		{"text", text,
			[]*regexp.Regexp{regexp.MustCompile(`Other Agency \(turned over to INS\) +2 +0\.7%`), regexp.MustCompile(`Probation and Parole +6 +2\.1%`)},
			[]*regexp.Regexp{regexp.MustCompile(`Other Agency \(turned over to INS\) +fewer than 5\n`), regexp.MustCompile(`Probation and Parole +suppressed\n`)}},
		{"md", md,
			[]*regexp.Regexp{regexp.MustCompile(`\| Other Agency \(turned over to INS\) \| 2 \| 0\.7% \|`)},
			[]*regexp.Regexp{regexp.MustCompile(`\| Other Agency \(turned over to INS\) \| fewer than 5 \|  \|`), regexp.MustCompile(`\| Probation and Parole \| suppressed \|  \|`)}},
		{"json", js,
			[]*regexp.Regexp{regexp.MustCompile(`"key": "Other Agency \(turned over to INS\)",\s*"count": 2,`)},
			[]*regexp.Regexp{regexp.MustCompile(`"key": "Other Agency \(turned over to INS\)",\s*"count": null,\s*"count_text": "fewer than 5",\s*"share": null`), regexp.MustCompile(`"key": "Probation and Parole",\s*"count": null,\s*"count_text": "suppressed",\s*"share": null`)}},
	} {
		ex, pu := render(rep, tc.f), render(pub, tc.f)
		for _, re := range tc.exact {
			if !re.MatchString(ex) {
				t.Errorf("%s: the exact report lacks %s", tc.name, re)
			}
			if re.MatchString(pu) {
				t.Errorf("%s: the public copy shows %s", tc.name, re)
			}
		}
		for _, re := range tc.withheld {
			if !re.MatchString(pu) {
				t.Errorf("%s: the public copy lacks %s", tc.name, re)
			}
		}
	}
	// Withhold left the exact report as it was.
	if rowCount(breakdown(t, section(t, rep, "arrests"), "method"), "Other Agency (turned over to INS)") != 2 || rep.SmallCell != nil {
		t.Error("Withhold changed the exact report")
	}
	noSmallCount(t, render(pub, js))
}

// TestWithholdSmallTotal: a report whose own total is small (Boston
// arrests on 2017-01-20: 3 rows,
//
//	zcat testdata/sample/BOS_EROArrests_FY2017.csv.gz | tail -n +7 | awk -F'|' '$2=="1/20/2017"' | wc -l
//
// ) withholds it in the totals table and the section, the changes
// against the other periods, the fiscal year to date that includes it, and
// the follow note quoting the arrests rows.
func TestWithholdSmallTotal(t *testing.T) {
	rep := build(t, sampleEngine(t), Request{AOR: "BOS", From: "2017-01-20", To: "2017-01-20"})
	wantCount(t, total(t, rep, "arrests"), 3, Complete)
	pub := rep.Withhold(answer.SmallCell{Threshold: 5})
	s := section(t, pub, "arrests")
	if s.Total.Count != nil || s.Total.Hidden["count"] != "fewer than 5" || total(t, pub, "arrests").Count != nil {
		t.Errorf("total: %+v", s.Total)
	}
	for _, c := range s.Comparisons {
		if c.Change != nil || c.Pct != nil {
			t.Errorf("comparison %q shows a change against a withheld count", c.Label)
		}
		if c.Note == "includes the period reported on" && c.Figure.Hidden["count"] != "suppressed" {
			t.Errorf("fiscal year to date shown: %+v", c.Figure)
		}
	}
	for _, b := range s.Breakdowns {
		if b.Total != nil {
			t.Errorf("breakdown %s shows the withheld total %d", b.Dimension, *b.Total)
		}
	}
	var buf bytes.Buffer
	pub.WriteJSON(&buf)
	noSmallCount(t, buf.String())
	buf.Reset()
	pub.WriteText(&buf)
	if strings.Contains(buf.String(), "none of the 3 ") || !strings.Contains(buf.String(), "Administrative arrests, 2017-01-20 to 2017-01-20: fewer than 5.") {
		t.Error("text rendering shows the small total")
	}
	if off := rep.Withhold(answer.SmallCell{}); off.SmallCell == nil || off.SmallCell.Threshold != 0 || *total(t, off, "arrests").Count != 3 {
		t.Error("a rule of 0 must show exact counts and say so")
	}
}

// countFields are the JSON fields of a report that hold counts of records.
var countFields = map[string]bool{"count": true, "total": true, "rest": true, "redacted": true, "empty": true, "since_count": true,
	"rows_in_period": true, "at_large": true, "custodial": true, "other": true, "unknown": true, "rows": true,
	"rows_with_person_key": true, "peak_count": true, "record_count": true, "n": true, "change": true}

// noSmallCount decodes a public report's JSON and fails on any count from
// 1 to 4 (numbers, and follow's counts carried as text).
func noSmallCount(t *testing.T, js string) {
	t.Helper()
	var m any
	if err := json.Unmarshal([]byte(js), &m); err != nil {
		t.Fatal(err)
	}
	var walk func(path string, v any)
	walk = func(path string, v any) {
		switch x := v.(type) {
		case map[string]any:
			for k, val := range x {
				if countFields[k] && k != "change" {
					if s := fmt.Sprint(val); s == "1" || s == "2" || s == "3" || s == "4" {
						t.Errorf("%s/%s = %v in the public JSON", path, k, val)
					}
				}
				walk(path+"/"+k, val)
			}
		case []any:
			for i, e := range x {
				walk(fmt.Sprintf("%s/%d", path, i), e)
			}
		}
	}
	walk("", m)
}

// TestWithholdFiscalYearToDate: the fiscal year to date of a month report
// is the sum of the series' months from October; when one of them is
// withheld the year to date is withheld too (it less the months shown
// would give the month away). The Boston June 2017 report has no small
// month, so one month of its series is set small here to see the rule
// act; unchanged, the year to date is shown.
func TestWithholdFiscalYearToDate(t *testing.T) {
	rep := build(t, sampleEngine(t), Request{AOR: "BOS", Month: "2017-06"})
	fytd := func(r *Report) Figure {
		for _, c := range section(t, r, "arrests").Comparisons {
			if c.Note == "includes the period reported on" {
				return c.Figure
			}
		}
		t.Fatal("no fiscal year to date comparison")
		return Figure{}
	}
	sc := answer.SmallCell{Threshold: 5}
	if f := fytd(rep.Withhold(sc)); f.Hidden.Has("count") || f.Count == nil {
		t.Errorf("year to date withheld without a small month: %+v", f)
	}
	for _, tc := range []struct {
		month    string
		withheld bool
	}{{"2017-02", true}, {"2016-09", false}, {"2017-07", false}} {
		s := section(t, rep, "arrests")
		orig := *s.Series
		pts := slices.Clone(orig.Points)
		for i := range pts {
			if pts[i].Key == tc.month {
				pts[i].Count = 3
			}
		}
		s.Series = &Series{Unit: orig.Unit, Points: pts, Rank: orig.Rank, Command: orig.Command, Query: orig.Query}
		f := fytd(rep.Withhold(sc))
		s.Series = &orig
		if f.Hidden.Has("count") != tc.withheld {
			t.Errorf("month %s small: year to date %+v, withheld want %v", tc.month, f, tc.withheld)
		}
	}
}
