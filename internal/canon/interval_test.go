package canon

import "testing"

func day(s string) Day {
	d, err := ParseDate(s, false, false)
	if err != nil {
		panic(err)
	}
	return d
}

func TestIntervals(t *testing.T) {
	a := []Interval{{day("2016-10-01"), day("2017-09-30")}}
	b := Union([]Interval{{day("2016-10-01"), day("2017-03-31")}, {day("2017-04-01"), day("2017-06-30")}})
	if len(b) != 1 {
		t.Fatalf("adjacent intervals not merged: %v", b)
	}
	gaps := Subtract(a, b)
	if len(gaps) != 1 || gaps[0].String() != "2017-07-01..2017-09-30" {
		t.Errorf("gaps = %v", gaps)
	}
	if got := Intersect(a, []Interval{{day("2017-09-01"), day("2018-01-01")}}); len(got) != 1 || got[0].String() != "2017-09-01..2017-09-30" {
		t.Errorf("intersect = %v", got)
	}
}

func TestMonthInterval(t *testing.T) {
	for _, c := range []struct {
		key, want string
		ok        bool
	}{
		{"2024-02", "2024-02-01..2024-02-29", true}, // leap year
		{"2023-02", "2023-02-01..2023-02-28", true},
		{"2018-12", "2018-12-01..2018-12-31", true},
		{"2018-13", "", false},
		{"2018-1", "", false},
	} {
		iv, ok := MonthInterval(c.key)
		if ok != c.ok || ok && iv.String() != c.want {
			t.Errorf("MonthInterval(%q) = %v, %v; want %s, %v", c.key, iv, ok, c.want, c.ok)
		}
	}
	if got := AddMonths("2018-11", 3); got != "2019-02" {
		t.Errorf("AddMonths = %s", got)
	}
	if got := AddMonths("2019-01", -1); got != "2018-12" {
		t.Errorf("AddMonths back = %s", got)
	}
	if got := FYInterval(2018).String(); got != "2017-10-01..2018-09-30" {
		t.Errorf("FYInterval(2018) = %s", got)
	}
	var iv Interval
	if err := iv.UnmarshalText([]byte("2017-10-01..2018-09-30")); err != nil || iv != FYInterval(2018) {
		t.Errorf("UnmarshalText = %v, %v", iv, err)
	}
}
