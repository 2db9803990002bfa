package report

import (
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/icestat/icestat/internal/answer"
	"github.com/icestat/icestat/internal/canon"
)

// Point is one period of a series: a month ("2018-05") or a fiscal year
// ("2018"). Complete says whether the sources used cover the whole period for
// the place; a period that is not complete holds a partial count and is never
// ranked as if it were a whole period.
type Point struct {
	Key      string `json:"key"`
	Count    int64  `json:"count"`
	Complete bool   `json:"complete"`
	// Coverage is the period's coverage status as the engine decided it
	// (complete, partial; subset for a period only a program-subset or
	// single-AOR release speaks for, which is never drawn nor ranked).
	Coverage string        `json:"coverage,omitempty"`
	Hidden   answer.Hidden `json:"-"` // fields withheld by the small-cell rule (Withhold)
}

// Rank places one period among all complete periods of the same length in a
// series. Rank 1 is the largest; tied periods share a rank.
type Rank struct {
	Key    string `json:"key"`
	Unit   string `json:"unit"` // month or fiscal year
	Ranked bool   `json:"ranked"`
	Reason string `json:"reason,omitempty"` // why the period is not ranked
	Count  int64  `json:"count"`
	Rank   int    `json:"rank,omitempty"` // 1 + number of complete periods with a larger count
	Of     int    `json:"of,omitempty"`   // complete periods compared, this one included
	// TiedWith lists the other complete periods with the same count.
	TiedWith []string `json:"tied_with,omitempty"`
	Largest  bool     `json:"largest"`  // no complete period is larger (possibly tied)
	Smallest bool     `json:"smallest"` // no complete period is smaller (possibly tied)
	// Since is the latest earlier complete period with a count at least as
	// large; empty when every earlier complete period is smaller.
	Since      string `json:"since,omitempty"`
	SinceCount int64  `json:"since_count,omitempty"`
	// Between is the number of complete periods strictly between Since and
	// this one: "largest since" is only news when it is above zero.
	Between int `json:"between,omitempty"`
	// Earlier is the number of complete periods before this one.
	Earlier int    `json:"earlier"`
	First   string `json:"first,omitempty"` // first complete period of the series
	Last    string `json:"last,omitempty"`  // last complete period of the series
	// Excluded lists the periods left out because they are not fully covered.
	Excluded []string `json:"excluded,omitempty"`
	// SubsetOnly lists the periods only a program-subset or single-AOR
	// release speaks for: not the place's figures, never drawn or ranked.
	SubsetOnly []string      `json:"subset_only,omitempty"`
	Phrase     string        `json:"phrase"`
	Hidden     answer.Hidden `json:"-"` // fields withheld by the small-cell rule (Withhold)
}

// RankPeriod ranks the period key among the complete periods of series
// (keys sort chronologically: "YYYY-MM" or "YYYY"). unit names the period
// in the phrase ("month", "fiscal year"). It is a pure function.
func RankPeriod(series []Point, key, unit string) Rank {
	pts := append([]Point(nil), series...)
	sort.Slice(pts, func(i, j int) bool { return pts[i].Key < pts[j].Key })
	r := Rank{Key: key, Unit: unit}
	var complete []Point
	idx := -1
	for _, p := range pts {
		if !p.Complete {
			if p.Coverage == "subset" {
				r.SubsetOnly = append(r.SubsetOnly, p.Key)
			} else {
				r.Excluded = append(r.Excluded, p.Key)
			}
			if p.Key == key {
				r.Count = p.Count
				r.Reason = fmt.Sprintf("%s is not fully covered by the ingested sources: a partial %s is not ranked against complete ones", label(key, unit), unit)
			}
			continue
		}
		if p.Key == key {
			idx = len(complete)
			r.Count = p.Count
		}
		complete = append(complete, p)
	}
	if len(complete) > 0 {
		r.First, r.Last = complete[0].Key, complete[len(complete)-1].Key
	}
	if idx < 0 {
		if r.Reason == "" {
			r.Reason = fmt.Sprintf("%s is not covered by the ingested sources for this place", label(key, unit))
		}
		r.Phrase = "not ranked: " + r.Reason
		return r
	}
	r.Ranked = true
	r.Of = len(complete)
	r.Earlier = idx
	larger, smaller := 0, 0
	for i, p := range complete {
		switch {
		case p.Count > r.Count:
			larger++
		case p.Count < r.Count:
			smaller++
		case i != idx:
			r.TiedWith = append(r.TiedWith, p.Key)
		}
	}
	r.Rank = larger + 1
	r.Largest, r.Smallest = larger == 0, smaller == 0
	for i := idx - 1; i >= 0; i-- {
		if complete[i].Count >= r.Count {
			r.Since, r.SinceCount, r.Between = complete[i].Key, complete[i].Count, idx-1-i
			break
		}
	}
	r.Phrase = rankPhrase(r)
	return r
}

func rankPhrase(r Rank) string {
	u := r.Unit
	span := fmt.Sprintf("%d complete %ss, %s to %s", r.Of, u, label(r.First, u), label(r.Last, u))
	tied := ""
	if len(r.TiedWith) > 0 {
		var ls []string
		for _, k := range r.TiedWith {
			ls = append(ls, label(k, u))
		}
		tied = " (tied with " + strings.Join(ls, ", ") + ")"
	}
	switch {
	case r.Of == 1:
		return fmt.Sprintf("the only complete %s in the ingested data: nothing to rank against", u)
	case r.Largest && len(r.TiedWith) == 0:
		return fmt.Sprintf("the largest %s on record in the ingested data (%s)", u, span) + r.excludedNote()
	case r.Largest:
		return fmt.Sprintf("tied for the largest %s on record in the ingested data%s (%s)", u, tied, span) + r.excludedNote()
	}
	s := fmt.Sprintf("rank %d of %d%s (%s; 1 = largest)", r.Rank, r.Of, tied, span)
	switch {
	case r.Earlier == 0:
		s += fmt.Sprintf("; the first complete %s in the ingested data, so there is no earlier %s to compare", u, u)
	case r.Since == "":
		s += fmt.Sprintf("; larger than every earlier %s in the ingested data (since %s)", u, label(r.First, u))
	case r.Between > 0 && r.SinceCount == r.Count:
		s += fmt.Sprintf("; the largest %s since %s, which had the same count", u, label(r.Since, u))
	case r.Between > 0:
		s += fmt.Sprintf("; the largest %s since %s (%s)", u, label(r.Since, u), r.Hidden.Show("since_count", r.SinceCount))
	}
	if r.Smallest {
		s += fmt.Sprintf("; the smallest %s on record in the ingested data", u)
	}
	return s + r.excludedNote()
}

// excludedNote names the partly covered periods left out of the ranking.
func (r Rank) excludedNote() string {
	list := func(keys []string) string {
		var ls []string
		for i, k := range keys {
			if i == 3 {
				ls = append(ls, fmt.Sprintf("and %d more", len(keys)-3))
				break
			}
			ls = append(ls, label(k, r.Unit))
		}
		return strings.Join(ls, ", ")
	}
	s := ""
	if len(r.Excluded) > 0 {
		s += fmt.Sprintf("; partly covered %ss are not ranked (%s)", r.Unit, list(r.Excluded))
	}
	if len(r.SubsetOnly) > 0 {
		s += fmt.Sprintf("; %ss that only a program-subset or single-AOR release speaks for are not this place's figures and are not compared (%s)", r.Unit, list(r.SubsetOnly))
	}
	return s
}

// label renders a series key for people: "2018-05" stays, "2018" becomes
// "FY2018".
func label(key, unit string) string {
	if unit == unitFY && key != "" {
		return "FY" + key
	}
	return key
}

const (
	unitMonth = "month"
	unitFY    = "fiscal year"
)

// Interval is a closed range of days (canon's one period type).
type Interval = canon.Interval

// periodRange returns the days of a series key of the unit.
func periodRange(key, unit string) (canon.Day, canon.Day, bool) {
	if unit == unitMonth {
		iv, ok := canon.MonthInterval(key)
		return iv.From, iv.To, ok
	}
	y, err := strconv.Atoi(key)
	if err != nil || y < 1900 || y > 2100 {
		return 0, 0, false
	}
	return canon.FYStart(y), canon.FYEnd(y), true
}

// BuildSeries turns grouped counts (key -> count) into a chronological
// series marking each period complete or not from the covered intervals.
// Periods inside the covered intervals that have no rows are real zeros and
// are added; periods with rows outside full coverage are kept but not
// complete. Keys that are not periods (NULL dates) are ignored.
func BuildSeries(counts map[string]int64, covered []Interval, unit string) []Point {
	keys := map[string]bool{}
	for k := range counts {
		if _, _, ok := periodRange(k, unit); ok {
			keys[k] = true
		}
	}
	for _, iv := range covered {
		// Zero-fill only periods fully inside coverage, and only over a
		// sane span (a wild coverage date must not make millions of keys).
		if iv.To-iv.From > 366*60 {
			continue
		}
		if unit == unitMonth {
			for k := canon.MonthKey(iv.From); ; k = canon.AddMonths(k, 1) {
				f, t, _ := periodRange(k, unitMonth)
				if f > iv.To {
					break
				}
				if full, _ := canon.Covers(covered, f, t); full {
					keys[k] = true
				}
			}
			continue
		}
		for y := canon.FiscalYear(iv.From); canon.FYStart(y) <= iv.To; y++ {
			if full, _ := canon.Covers(covered, canon.FYStart(y), canon.FYEnd(y)); full {
				keys[strconv.Itoa(y)] = true
			}
		}
	}
	out := make([]Point, 0, len(keys))
	for k := range keys {
		f, t, _ := periodRange(k, unit)
		full, _ := canon.Covers(covered, f, t)
		out = append(out, Point{Key: k, Count: counts[k], Complete: full})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Key < out[j].Key })
	return out
}
