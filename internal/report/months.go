package report

import (
	"fmt"
	"net/url"
	"strconv"

	"github.com/icestat/icestat/internal/answer"
	"github.com/icestat/icestat/internal/table"
)

// MonthView is the month view of a fiscal-year report: the twelve months
// of the year for the place, the largest of them marked, and where that
// month stands among every complete month the store holds ("which month
// was the largest" without a second report).
type MonthView struct {
	Points    []Point       `json:"points"` // the months of the fiscal year
	Peak      string        `json:"peak"`   // the largest month of the year ("2018-03"); "" when none has records
	PeakCount int64         `json:"peak_count"`
	Rank      *Rank         `json:"rank,omitempty"` // the peak among all complete months in the ingested data
	Record    string        `json:"record_month,omitempty"`
	RecordN   int64         `json:"record_count,omitempty"`
	Command   string        `json:"command"`
	Query     url.Values    `json:"query,omitempty"`
	Hidden    answer.Hidden `json:"-"` // fields withheld by the small-cell rule (Withhold)
}

// months builds the month view for a fiscal-year report.
func (b *builder) months(ds string) (*MonthView, error) {
	fy, err := strconv.Atoi(b.rep.Period.Key)
	if err != nil {
		return nil, nil
	}
	res, err := b.run(ds, nil, "by", "month", "sort", "key")
	if err != nil {
		return nil, err
	}
	counts := map[string]int64{}
	for _, r := range res.Rows {
		if r[0] != nil {
			counts[fmt.Sprint(r[0])] = table.Int(r[1])
		}
	}
	all := BuildSeries(counts, res.Coverage.Covered, unitMonth)
	return monthView(all, fy, res.Command, res.Params), nil
}

// monthView picks the months of fiscal year fy out of a monthly series
// and ranks the largest of them among all complete months.
func monthView(all []Point, fy int, cmd string, q url.Values) *MonthView {
	v := &MonthView{Command: cmd, Query: q}
	in := map[string]Point{}
	for _, p := range all {
		in[p.Key] = p
	}
	for i := 0; i < 12; i++ {
		y, m := fy-1, 10+i
		if m > 12 {
			y, m = fy, m-12
		}
		k := fmt.Sprintf("%04d-%02d", y, m)
		if p, ok := in[k]; ok {
			v.Points = append(v.Points, p)
			if p.Count > v.PeakCount {
				v.Peak, v.PeakCount = p.Key, p.Count
			}
		}
	}
	if v.Peak == "" {
		return v
	}
	r := RankPeriod(all, v.Peak, unitMonth)
	v.Rank = &r
	for _, p := range all {
		if p.Complete && p.Count > v.RecordN {
			v.Record, v.RecordN = p.Key, p.Count
		}
	}
	return v
}

// phrase says in words where the peak month stands.
func (v *MonthView) phrase(num func(int64) string) string {
	if v.Peak == "" {
		return "No month of the year has records."
	}
	show := func(field string, n int64) string {
		if v.Hidden.Has(field) {
			return v.Hidden.Show(field, n)
		}
		return num(n)
	}
	s := fmt.Sprintf("The largest month of the year is %s (%s)", v.Peak, show("peak_count", v.PeakCount))
	switch {
	case v.Rank == nil || !v.Rank.Ranked:
		reason := "it is only partly covered"
		if v.Rank != nil && v.Rank.Reason != "" {
			reason = v.Rank.Reason
		}
		s += "; it is not ranked (" + reason + ")"
	case v.Rank.Largest:
		s += ": the largest month on record in the ingested data"
	default:
		s += fmt.Sprintf(": rank %d of %d complete months in the ingested data, not the largest on record", v.Rank.Rank, v.Rank.Of)
	}
	if v.Record != "" && v.Record != v.Peak {
		s += fmt.Sprintf("; the record month is %s (%s)", v.Record, show("record_count", v.RecordN))
	}
	return s + "."
}
