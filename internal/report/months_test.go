package report

import (
	"bytes"
	"strconv"
	"strings"
	"testing"
)

// TestMonthViewBostonFY2018: a fiscal-year report shows the months of the
// year, its largest month and where that month stands among all complete
// months. Expected with awk over the sample's Boston arrests files (no
// other sample file has Boston arrests; the FY2018 months sum to the
// report's 2,908):
//
//	for f in 2016 2017 2018 2019; do zcat testdata/sample/BOS_EROArrests_FY$f.csv.gz | tail -n +7 |
//	  awk -F'|' '{split($2,d,"/"); printf "%04d-%02d\n", d[3], d[1]}'; done | sort | uniq -c
//
// FY2018 (2017-10..2018-09): the largest month is 2018-03 with 278; three
// months are larger (2017-03 288, 2017-09 287, 2017-06 281), so it ranks
// 4th, and the record month is 2017-03 (288).
func TestMonthViewBostonFY2018(t *testing.T) {
	eng := sampleEngine(t)
	r := build(t, eng, Request{AOR: "BOS", FY: 2018})
	s := section(t, r, "arrests")
	m := s.Months
	if m == nil || len(m.Points) != 12 {
		t.Fatalf("month view: %+v", m)
	}
	var sum int64
	for _, p := range m.Points {
		sum += p.Count
	}
	if sum != 2908 || m.Peak != "2018-03" || m.PeakCount != 278 || m.Rank == nil || m.Rank.Rank != 4 || m.Record != "2017-03" || m.RecordN != 288 {
		t.Errorf("month view: sum %d, peak %s %d, rank %+v, record %s %d", sum, m.Peak, m.PeakCount, m.Rank, m.Record, m.RecordN)
	}
	var b bytes.Buffer
	if err := r.WriteText(&b); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"The largest month of the year is 2018-03 (278): rank 4 of", "the record month is 2017-03 (288)", "<- largest month"} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("text report lacks %q", want)
		}
	}
	b.Reset()
	if err := r.WriteHTML(&b); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), "Orange: the largest month") || !strings.Contains(b.String(), `class="bar highlight"`) {
		t.Error("HTML report lacks the month chart with the peak highlighted")
	}
}

// TestMonthViewPhrase covers the wording of the other cases.
func TestMonthViewPhrase(t *testing.T) {
	all := []Point{{Key: "2017-10", Count: 5, Complete: true}, {Key: "2017-11", Count: 9, Complete: true}, {Key: "2017-12", Count: 7}, {Key: "2018-10", Count: 4, Complete: true}}
	tests := []struct {
		fy   int
		want string
	}{
		{2018, "The largest month of the year is 2017-11 (9): the largest month on record in the ingested data."},
		{2019, "The largest month of the year is 2018-10 (4): rank 3 of 3 complete months in the ingested data, not the largest on record; the record month is 2017-11 (9)."},
		{2020, "No month of the year has records."},
	}
	for _, tc := range tests {
		if got := monthView(all, tc.fy, "", nil).phrase(func(n int64) string { return strconv.FormatInt(n, 10) }); got != tc.want {
			t.Errorf("FY%d: %q\nwant %q", tc.fy, got, tc.want)
		}
	}
}
