package claims

import (
	"testing"
	"time"
)

// TestSinceWindow: the window of a superlative starts the day after the
// time named and runs to the article's date (dates by the calendar).
func TestSinceWindow(t *testing.T) {
	apr := time.Date(2026, 4, 11, 0, 0, 0, 0, time.UTC)
	cases := []struct {
		text string
		ref  time.Time
		from string // "" when no window
	}{
		{"their lowest point since last fall", apr, "2025-12-21"},
		{"the lowest since fall 2022", apr, "2022-12-21"},
		{"levels not seen since the summer of 2024", apr, "2024-09-22"},
		{"the lowest in six months", apr, "2025-10-12"},
		{"the highest in the past 3 months", apr, "2026-01-12"},
		{"the lowest since the start of the fiscal year", time.Date(2024, 4, 16, 0, 0, 0, 0, time.UTC), "2023-10-01"},
		{"the highest since January", apr, "2026-02-01"},
		{"the highest since May", apr, "2025-06-01"},
		{"the highest since mid-March 2025", apr, "2025-04-01"},
		{"the highest ever", apr, ""},
		{"the lowest since fall 2026", apr, ""}, // not yet over
	}
	for _, tc := range cases {
		w, ok := sinceWindow(tc.text, tc.ref)
		if tc.from == "" {
			if ok {
				t.Errorf("%q: window %+v, want none", tc.text, w)
			}
			continue
		}
		if !ok || w.From != tc.from || w.To != tc.ref.Format("2006-01-02") || w.Kind != "range" {
			t.Errorf("%q: window %+v (%v), want from %s to %s", tc.text, w, ok, tc.from, tc.ref.Format("2006-01-02"))
		}
	}
}
