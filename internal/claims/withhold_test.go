package claims

import (
	"context"
	"strings"
	"testing"

	"github.com/icestat/icestat/internal/answer"
	"github.com/icestat/icestat/internal/fixture"
	"github.com/icestat/icestat/internal/query"
	"github.com/icestat/icestat/internal/store"
)

// TestWithhold: the public copy of a check result withholds a small
// computed count, and a share or change computed from a small count (its
// text quotes the counts), keeping the verdict; the exact result is not
// changed. Counts from the bundled Boston slice:
//
//	zcat testdata/sample/BOS_EROArrests_FY2017.csv.gz | tail -n +7 | wc -l                          # 2834
//	zcat testdata/sample/BOS_EROArrests_FY2016.csv.gz | tail -n +7 | wc -l                          # 1858
//	zcat testdata/sample/BOS_EROArrests_FY2017.csv.gz | tail -n +7 | awk -F'|' '$8=="\"MEXICO\""' | wc -l   # 310
//	zcat testdata/sample/BOS_EROArrests_FY2017.csv.gz | tail -n +7 | awk -F'|' '$2=="1/20/2017"||$2=="1/21/2017"' | wc -l  # 3
//
// The thresholds above 5 are a server's --small-cell, used here to reach
// the larger counts of the share and the change.
func TestWithhold(t *testing.T) {
	ro, err := store.OpenReadOnly(fixture.SampleStore(t))
	if err != nil {
		t.Fatal(err)
	}
	defer ro.Close()
	eng := &query.Engine{Store: ro}
	for _, tc := range []struct {
		name      string
		text      string
		threshold int
		kind      string // the entry looked at
		withheld  string // its value text when withheld; "" = shown
		shown     string // its value text when shown
	}{
		{"small count", "ICE ERO Boston arrested 3 people between January 20 and January 21, 2017.", 5, KindCount, "fewer than 5", ""},
		{"count, rule off", "ICE ERO Boston arrested 3 people between January 20 and January 21, 2017.", 0, KindCount, "", "3"},
		{"share of a small part", "Of the 2,834 people ICE ERO Boston arrested in fiscal year 2017, 5 percent were Mexican nationals.", 500, KindShare,
			"withheld: computed from a count of fewer than 500 records", ""},
		{"share, part large enough", "Of the 2,834 people ICE ERO Boston arrested in fiscal year 2017, 5 percent were Mexican nationals.", 300, KindShare, "", "10.9% (310 of 2,834)"},
		{"change from a small base", "ICE ERO Boston arrests rose 52 percent in fiscal year 2017 from fiscal year 2016.", 2000, KindChange,
			"withheld: computed from a count of fewer than 2000 records", ""},
		{"change, counts large enough", "ICE ERO Boston arrests rose 52 percent in fiscal year 2017 from fiscal year 2016.", 5, KindChange, "", "+52.5% (2,834 in FY2017 vs 1,858 in FY2016)"},
	} {
		rep, err := Check(context.Background(), eng, Input{Text: tc.text, Explain: true})
		if err != nil {
			t.Fatal(err)
		}
		pub, n := rep.Withhold(answer.SmallCell{Threshold: tc.threshold})
		found := false
		for i, e := range pub.Entries {
			if e.Kind != tc.kind {
				continue
			}
			found = true
			exact := rep.Entries[i]
			if exact.Suppressed || exact.Value == nil {
				t.Errorf("%s: Withhold changed the exact entry: %+v", tc.name, exact)
			}
			if e.Verdict != exact.Verdict {
				t.Errorf("%s: verdict %s, exact %s", tc.name, e.Verdict, exact.Verdict)
			}
			switch {
			case tc.withheld != "":
				if !e.Suppressed || e.Value != nil || e.Difference != nil || e.ValueText != tc.withheld || n == 0 ||
					strings.Contains(e.Explanation, exact.ValueText) {
					t.Errorf("%s: public entry %q %v %q (withheld %d)", tc.name, e.ValueText, e.Value, e.Explanation, n)
				}
			default:
				if e.Suppressed || e.Value == nil || e.ValueText != tc.shown || n != 0 {
					t.Errorf("%s: public entry %q %v, want %q shown (withheld %d)", tc.name, e.ValueText, e.Value, tc.shown, n)
				}
			}
		}
		if !found {
			t.Errorf("%s: no %s entry in %+v", tc.name, tc.kind, pub.Entries)
		}
	}
}

// TestWithholdKeepsRanks: a rank ("Louisiana" second among the states,
// "the most of any office") is a place, not a count of records, so the
// small-cell rule leaves it shown; a count of 2 of the same shape is
// withheld. (Entries built here: the rule reads only the entry.)
func TestWithholdKeepsRanks(t *testing.T) {
	two := 2.0
	for _, tc := range []struct {
		kind     string
		withheld bool
	}{{KindRank, false}, {KindCount, true}} {
		v := two
		rep := &Report{Entries: []Entry{{Kind: tc.kind, Value: &v, ValueText: "LA ranks 2 of 41", Verdict: Supported,
			Detail: &Interpretation{Claim: Claim{Kind: tc.kind, Unit: UnitCount, Value: 2}}}}}
		pub, n := rep.Withhold(answer.SmallCell{Threshold: 5})
		e := pub.Entries[0]
		if got := e.Suppressed && e.Value == nil && n == 1; got != tc.withheld {
			t.Errorf("%s: withheld %v (%q, %d), want %v", tc.kind, got, e.ValueText, n, tc.withheld)
		}
	}
}
