package query

import (
	"context"
	"net/url"
	"strings"
	"testing"
)

// TestStatelessRowsFromTheScan: a state's answer says how many of its rows
// have no state (counted by AOR). The one-pass scan counts them with the
// rest, so placeWarnings asks no statement of its own then; answers are
// the same as with a statement for each part.
func TestStatelessRowsFromTheScan(t *testing.T) {
	e := modernEngine(t)
	// WA: 38 rows with WASHINGTON, 6 with no state and the Seattle AOR (modern_test.go)
	const want = "6 of the rows counted have no state"
	if r := run(t, e, "dataset=arrests&state=WA"); !strings.Contains(strings.Join(r.Warnings, "\n"), want) {
		t.Errorf("state=WA warnings %q, want %q", r.Warnings, want)
	}
	q, err := Parse(url.Values{"dataset": {"arrests"}, "state": {"WA"}})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		sc   *scanned
		want string // "" for no warning
	}{
		{"counted by the scan: no statement is asked (the broken one would fail)", &scanned{nostate: ptr(6)}, want},
		{"counted by the scan: none", &scanned{nostate: ptr(0)}, ""},
		{"not counted by the scan: its own statement (broken here, so no warning)", &scanned{}, ""},
		{"no scan: its own statement", nil, ""},
	}
	for _, tt := range tests {
		got := strings.Join(e.placeWarnings(context.Background(), q, "arrests", "no_such_column = 1", nil, tt.sc), "\n")
		if (tt.want == "" && got != "") || !strings.Contains(got, tt.want) {
			t.Errorf("%s: warnings %q, want %q", tt.name, got, tt.want)
		}
	}
	sameAnswers(t, e, []string{"dataset=arrests&state=WA", "dataset=arrests&state=WA&by=aor", "dataset=arrests&state=WA&by=gender&limit=1",
		"dataset=arrests&state=WA&dedupe=true", "dataset=arrests&state=WA&persons=true", "dataset=arrests&state=WA,OR&method=at-large",
		"dataset=detainers&state=WA", "dataset=encounters&state=WA&by=fy"})
}
