package canon

import (
	"sort"
	"strconv"
	"strings"
)

// Interval is a closed range of days. It is the one period type of icestat:
// what a question asks, what a source covers and what a series slot spans
// are all Intervals, so coverage is computed the same way everywhere.
type Interval struct {
	From Day `json:"-"`
	To   Day `json:"-"`
}

func (iv Interval) String() string {
	if iv.From == iv.To {
		return iv.From.String()
	}
	return iv.From.String() + ".." + iv.To.String()
}

// JoinIntervals writes periods as a reader sees them in a note:
// "2015-10-01..2016-09-30, 2017-10-01..2018-09-30".
func JoinIntervals(ivs []Interval) string {
	s := make([]string, len(ivs))
	for i, iv := range ivs {
		s[i] = iv.String()
	}
	return strings.Join(s, ", ")
}

// MarshalText renders the interval as "FROM..TO" (or one day) in JSON.
func (iv Interval) MarshalText() ([]byte, error) { return []byte(iv.String()), nil }

// UnmarshalText reads what MarshalText wrote.
func (iv *Interval) UnmarshalText(b []byte) error {
	s := string(b)
	a, z := s, s
	if i := indexDots(s); i >= 0 {
		a, z = s[:i], s[i+2:]
	}
	from, err := ParseDate(a, false, false)
	if err != nil {
		return err
	}
	to, err := ParseDate(z, false, false)
	if err != nil {
		return err
	}
	iv.From, iv.To = from, to
	return nil
}

func indexDots(s string) int {
	for i := 0; i+1 < len(s); i++ {
		if s[i] == '.' && s[i+1] == '.' {
			return i
		}
	}
	return -1
}

// Days is the number of days in the interval.
func (iv Interval) Days() int64 { return int64(iv.To-iv.From) + 1 }

// FYInterval is fiscal year fy: 1 October of fy-1 through 30 September of fy.
func FYInterval(fy int) Interval { return Interval{FYStart(fy), FYEnd(fy)} }

// MonthInterval returns the days of a "YYYY-MM" month; ok is false for
// anything else.
func MonthInterval(key string) (Interval, bool) {
	if len(key) != 7 || key[4] != '-' {
		return Interval{}, false
	}
	y, err1 := strconv.Atoi(key[:4])
	m, err2 := strconv.Atoi(key[5:])
	if err1 != nil || err2 != nil || m < 1 || m > 12 || y < 1 {
		return Interval{}, false
	}
	ny, nm := y, m+1
	if nm == 13 {
		ny, nm = y+1, 1
	}
	return Interval{NewDay(y, m, 1), NewDay(ny, nm, 1) - 1}, true
}

// MonthKey returns the "YYYY-MM" month of a day.
func MonthKey(d Day) string {
	y, m, _ := d.Civil()
	return strconv.Itoa(y) + "-" + string([]byte{byte('0' + m/10), byte('0' + m%10)})
}

// AddMonths moves a "YYYY-MM" key by n months (n may be negative).
func AddMonths(key string, n int) string {
	y, _ := strconv.Atoi(key[:4])
	m, _ := strconv.Atoi(key[5:])
	t := y*12 + m - 1 + n
	return MonthKey(NewDay(t/12, t%12+1, 1))
}

// Union merges overlapping or adjacent intervals into a sorted list.
func Union(ivs []Interval) []Interval {
	if len(ivs) == 0 {
		return nil
	}
	s := append([]Interval(nil), ivs...)
	sort.Slice(s, func(i, j int) bool { return s[i].From < s[j].From })
	out := []Interval{s[0]}
	for _, iv := range s[1:] {
		last := &out[len(out)-1]
		if iv.From <= last.To+1 {
			if iv.To > last.To {
				last.To = iv.To
			}
			continue
		}
		out = append(out, iv)
	}
	return out
}

// Subtract returns the parts of a not covered by b (both unions).
func Subtract(a, b []Interval) []Interval {
	var out []Interval
	for _, iv := range a {
		cur := []Interval{iv}
		for _, c := range b {
			var next []Interval
			for _, x := range cur {
				if c.To < x.From || c.From > x.To {
					next = append(next, x)
					continue
				}
				if c.From > x.From {
					next = append(next, Interval{x.From, c.From - 1})
				}
				if c.To < x.To {
					next = append(next, Interval{c.To + 1, x.To})
				}
			}
			cur = next
		}
		out = append(out, cur...)
	}
	return out
}

// Intersect returns the days in both a and b.
func Intersect(a, b []Interval) []Interval {
	var out []Interval
	for _, x := range a {
		for _, y := range b {
			from, to := max(x.From, y.From), min(x.To, y.To)
			if from <= to {
				out = append(out, Interval{from, to})
			}
		}
	}
	return Union(out)
}

// Covers tells whether ivs cover every day of [from, to] (full) and whether
// they touch it at all (some).
func Covers(ivs []Interval, from, to Day) (full, some bool) {
	var inside int64
	for _, iv := range ivs {
		lo, hi := max(iv.From, from), min(iv.To, to)
		if lo <= hi {
			inside += int64(hi-lo) + 1
		}
	}
	return inside == int64(to-from)+1, inside > 0
}
