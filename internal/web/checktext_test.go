package web

import (
	"reflect"
	"testing"
)

// The explanations are those `icestat check` gives for three Boston
// claims over testdata/sample (2,834 arrests in FY2017, a claimed 2,018
// against the 2,908 of FY2018 — zcat BOS_EROArrests_FY2018.csv.gz | tail
// -n +7 | wc -l — and a claimed 158,581 FY2018 removals against 2,405).
func TestShareNotesAndDifferences(t *testing.T) {
	dup := "Duplicates: the arrest rows carry no person key, so possible duplicates cannot be told; the count includes every row, as ICE's totals do."
	in := []string{
		dup + " The records give 2,834; the claim says 2,834.",
		dup + " The records give 2,908; the claim says 2,018: a difference of +890 (+44.1%).",
		"Definition variants: no other published definition reproduces it either (removal basis excluding-lag 2,319). The records give 2,405; the claim says 158,581: a difference of -156,176 (-98.5%).",
	}
	out, shared := shareNotes(in)
	want := []string{
		"The records give 2,834; the claim says 2,834.",
		"The records give 2,908; the claim says 2,018 — 890 fewer than the records.",
		"Definition variants: no other published definition reproduces it either (removal basis excluding-lag 2,319). The records give 2,405; the claim says 158,581 — 156,176 more than the records.",
	}
	if !reflect.DeepEqual(out, want) || !reflect.DeepEqual(shared, []string{dup}) {
		t.Errorf("got %q\nshared %q", out, shared)
	}
	// A note only one claim has stays with it.
	out, shared = shareNotes([]string{dup + " The records give 1; the claim says 1."})
	if len(shared) != 0 || out[0] != dup+" The records give 1; the claim says 1." {
		t.Errorf("single: %q %q", out, shared)
	}
}
