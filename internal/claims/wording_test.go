package claims

import (
	"strings"
	"testing"
)

// TestDifferenceText: a difference reads as a reporter would say it, with
// the claim measured against the records, never as a signed change. The
// first case is issue 20's (a claimed 2,908 against 158,581 in the
// records, once printed as "+155,673 (+5353.3%)").
func TestDifferenceText(t *testing.T) {
	for _, tc := range []struct {
		records, claim string
		diff           float64 // records minus claim
		unit, want     string
	}{
		{"158,581", "2,908", 155673, UnitCount, "The records give 158,581; the claim says 2,908 — 155,673 fewer."},
		{"143,470", "153,470", -10000, UnitCount, "The records give 143,470; the claim says 153,470 — 10,000 more."},
		{"64.1%", "70%", -5.9, UnitPercent, "The records give 64.1%; the claim says 70% — 5.9 percentage points higher."},
		{"30.3%", "20%", 10.3, UnitPercent, "The records give 30.3%; the claim says 20% — 10.3 percentage points lower."},
		{"1.3", "2", -0.7, UnitRatio, "The records give 1.3; the claim says 2 — 0.7 higher."},
		{"2,908", "more than 2,908", 0, UnitCount, "The records give 2,908; the claim says more than 2,908."},
	} {
		if got := differenceText(tc.records, tc.claim, tc.diff, tc.unit); got != tc.want {
			t.Errorf("got  %q\nwant %q", got, tc.want)
		}
		if got := differenceText(tc.records, tc.claim, tc.diff, tc.unit); strings.Contains(got, "+") || strings.Contains(got, "difference of") {
			t.Errorf("signed change in %q", got)
		}
	}
	if got := rankGap("2017-03", -10); got != "2017-03 has 10 more" {
		t.Errorf("rank gap %q", got)
	}
}

// TestDuplicatesNoteOnce: the note on possible duplicates that holds for
// every count of arrests (the 2019 release has no person key) is said
// once for the result, in no entry's explanation; a difference in the
// entries reads naturally. 143,470 FY2017 arrests: zcat
// EROArrests_FY2017.csv.gz | tail -n +7 | wc -l (check_test.go).
func TestDuplicatesNoteOnce(t *testing.T) {
	rep := check(t, Input{Text: "ICE made a total of 143,470 arrests in fiscal 2017. ICE made a total of 153,470 arrests in fiscal 2017."})
	if len(rep.Entries) != 2 {
		t.Fatalf("%d entries", len(rep.Entries))
	}
	if len(rep.Notes) != 1 || !strings.HasPrefix(rep.Notes[0], "Duplicates: the arrest rows carry no person key") {
		t.Errorf("result notes %q", rep.Notes)
	}
	for _, e := range rep.Entries {
		if strings.Contains(e.Explanation, "Duplicates:") {
			t.Errorf("entry %d still says: %s", e.ID, e.Explanation)
		}
	}
	if e := rep.Entries[1]; e.Verdict != Contradicted || !strings.Contains(e.Explanation, "The records give 143,470; the claim says 153,470 — 10,000 more.") {
		t.Errorf("entry 2: %s %s", e.Verdict, e.Explanation)
	}
	var b strings.Builder
	if err := rep.WriteText(&b); err != nil {
		t.Fatal(err)
	}
	if strings.Count(b.String(), "Duplicates:") != 1 {
		t.Errorf("the text report says the duplicates note %d times:\n%s", strings.Count(b.String(), "Duplicates:"), b.String())
	}
	for _, write := range []func(*strings.Builder) error{
		func(w *strings.Builder) error { return rep.WriteMarkdown(w) },
		func(w *strings.Builder) error { return rep.WriteHTML(w) },
	} {
		var w strings.Builder
		if err := write(&w); err != nil || strings.Count(w.String(), "Duplicates:") != 1 {
			t.Errorf("a report says the duplicates note %d times", strings.Count(w.String(), "Duplicates:"))
		}
	}
}
