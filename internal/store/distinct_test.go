package store

import (
	"context"
	"testing"
)

// TestFindValue: one matching value of a column without reading its
// distinct values, as `icestat count` checks a filter value. The sample's
// values, from `zcat testdata/sample/BOS_EROArrests_FY2017.csv.gz | tail -n
// +7 | awk -F'|' '{gsub(/"/,""); print $8}' | sort | uniq -c` (citizenship:
// GUATEMALA 467 rows, no ATLANTIS) and `... print $4}' | grep -i shirley |
// sort -u` (landmark: "MCI SHIRLEY MEDIUM/MAXIMUM").
func TestFindValue(t *testing.T) {
	ctx := context.Background()
	s, _ := newStore(t)
	load(t, s, sample("BOS_EROArrests_FY2017.csv.gz"), false)
	for _, c := range []struct {
		column, value string
		how           ValueMatch
		want          string // "" for none
	}{
		{"country", "GUATEMALA", MatchExact, "GUATEMALA"},
		{"country", "guatemala", MatchExact, ""},
		{"country", "guatemala", MatchFold, "GUATEMALA"},
		{"country", "GUATEMAL", MatchFold, ""},
		{"country", "ATLANTIS", MatchFold, ""},
		{"landmark", "shirley medium", MatchSubstring, "MCI SHIRLEY MEDIUM/MAXIMUM"},
		{"landmark", "shirley medium", MatchFold, ""},
	} {
		cached, found, ok, err := s.FindValue(ctx, "arrests", c.column, c.value, c.how)
		if err != nil || cached != nil || ok != (c.want != "") || found != c.want {
			t.Errorf("FindValue(%s, %q, %d) = %v %q %v %v, want %q", c.column, c.value, c.how, cached, found, ok, err, c.want)
		}
	}
	// Once the distinct values are read, they are used (a server).
	vals, err := s.DistinctValues(ctx, "arrests", "country")
	if err != nil || len(vals) == 0 {
		t.Fatal(vals, err)
	}
	if cached, _, ok, err := s.FindValue(ctx, "arrests", "country", "ATLANTIS", MatchExact); err != nil || ok || len(cached) != len(vals) {
		t.Errorf("FindValue after DistinctValues: %d cached values, ok %v, %v; want the %d distinct values", len(cached), ok, err, len(vals))
	}
	if _, _, _, err := s.FindValue(ctx, "arrests", "fy", "2017", MatchExact); err == nil {
		t.Error("FindValue on a number column: no error")
	}
}
