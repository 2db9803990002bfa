package report

import (
	"bytes"
	"context"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
)

// The custody section on the modern fixtures, which are constructed from
// real rows of the 2025-ICLI-00019 release (UWCHR's join, split by
// testdata/modern/make_fixtures.sh). Expected numbers come from awk over the
// fixture files, never from icestat (A, D, T = raw_2025-ICLI-00019_{arrests,
// detentions,detainers}.tsv in testdata/modern):
//
//	awk -F'\t' -v asof=2025-02-17 -f follow.awk A D
//	  → people 42, booked 41; removed 24, detained 16, released 1, not booked 1;
//	    median days to book-in 0 (n 41), to removal 25 (n 24)
//	awk -F'\t' -v asof=2024-06-30 -f follow.awk A D
//	  → booked 18; removed 10, detained 8, not booked 24; median to removal 21 (n 10)
//	awk -F'\t' 'FNR>7 && substr($1,1,10)>="2024-01-08" && substr($1,1,10)<="2025-02-15" {n++; f[$9]++}
//	  END {print n; for (k in f) print f[k], k}' T
//	  → 43 detainers; CHELAN CO. REGIONAL JAIL 10, GRANT COUNTY 7, YAKIMA COUNTY 6
//
// The period 2024-01-08..2025-02-15 is the arrests' whole coverage, so every
// Seattle arrest of the fixture is in the cohort.
func modernFixture(d string) string {
	return filepath.Join("..", "..", "testdata", "modern", "raw_2025-ICLI-00019_"+d+".tsv")
}

func TestCustodySection(t *testing.T) {
	eng := buildStore(t, t.TempDir(), modernFixture("arrests"), modernFixture("detentions"), modernFixture("detainers"))
	tests := []struct {
		asOf                                 string
		booked, removed, detained            string
		released, notBooked, medianToRemoval string
		medianRemoval                        int
	}{
		{"", "41", "24", "16", "<5", "<5", "25", 25},
		{"2024-06-30", "18", "10", "8", "0", "24", "21", 21},
	}
	for _, tt := range tests {
		rep, err := Build(context.Background(), eng, Request{AOR: "SEA", From: "2024-01-08", To: "2025-02-15", AsOf: tt.asOf})
		if err != nil {
			t.Fatal(err)
		}
		a := rep.Custody.Arrests
		if !a.Available || a.Persons.Shown != "42" || a.Booked.Shown != tt.booked {
			t.Fatalf("as of %q: %+v", tt.asOf, a)
		}
		got := map[string]string{}
		for _, c := range a.Status {
			got[c.Key] = c.Shown
		}
		want := map[string]string{"removed": tt.removed, "detained": tt.detained, "released": tt.released, "not booked into detention": tt.notBooked}
		for k, w := range want {
			if got[k] != w {
				t.Errorf("as of %q: %s = %s, want %s (follow.awk)", tt.asOf, k, got[k], w)
			}
		}
		if a.DaysToRemoval.Quantiles["median"] != tt.medianRemoval || a.DaysToBookIn.Quantiles["median"] != 0 {
			t.Errorf("as of %q: medians %v %v", tt.asOf, a.DaysToBookIn.Quantiles, a.DaysToRemoval.Quantiles)
		}
		wantCmd := "icestat follow arrests --aor SEA --from 2024-01-08 --to 2025-02-15"
		if tt.asOf != "" {
			wantCmd += " --as-of " + tt.asOf
		}
		if a.Command != wantCmd {
			t.Errorf("command %q, want %q", a.Command, wantCmd)
		}
	}

	rep, err := Build(context.Background(), eng, Request{AOR: "SEA", From: "2024-01-08", To: "2025-02-15"})
	if err != nil {
		t.Fatal(err)
	}
	d := rep.Custody.Detainers
	if !d.Available || !d.Linked || d.Counts["lodged"].Shown != "43" || d.LiftReasonField {
		t.Fatalf("detainers %+v", d)
	}
	if f := d.Facilities.Groups; len(f) < 3 || f[0].Key != "CHELAN CO. REGIONAL JAIL" || f[0].Cells["lodged"].Shown != "10" || f[1].Cells["lodged"].Shown != "7" || f[2].Cells["lodged"].Shown != "6" {
		t.Errorf("top facilities %+v", f)
	}
	if d.Counties.Note == "" || len(d.Counties.Groups) != 0 {
		t.Errorf("the fixture has no county, yet %+v", d.Counties)
	}

	// Every format shows the section with the follow commands.
	var text, md, html, js bytes.Buffer
	for _, w := range []struct {
		f func() error
	}{{func() error { return rep.WriteText(&text) }}, {func() error { return rep.WriteMarkdown(&md) }}, {func() error { return rep.WriteHTML(&html) }}, {func() error { return rep.WriteJSON(&js) }}} {
		if err := w.f(); err != nil {
			t.Fatal(err)
		}
	}
	for name, out := range map[string]string{"text": text.String(), "md": md.String(), "html": html.String()} {
		for _, want := range []string{"Custody and detainer outcomes", "icestat follow arrests --aor SEA --from 2024-01-08 --to 2025-02-15", "icestat follow detainers --aor SEA --from 2024-01-08 --to 2025-02-15 --by facility", "CHELAN CO. REGIONAL JAIL", "no lift-reason field"} {
			if !strings.Contains(strings.ToLower(out), strings.ToLower(want)) {
				t.Errorf("%s lacks %q", name, want)
			}
		}
		if strings.Contains(out, "honored (lift reason") {
			t.Errorf("%s shows honored counts though the records have no lift reason", name)
		}
	}
	var m struct {
		Custody struct {
			Arrests struct {
				Persons struct{ Count string } `json:"persons"`
			} `json:"arrests"`
		} `json:"custody"`
	}
	if err := json.Unmarshal(js.Bytes(), &m); err != nil || m.Custody.Arrests.Persons.Count != "42" {
		t.Errorf("json custody: %v %+v", err, m)
	}
	if _, err := Build(context.Background(), eng, Request{AOR: "SEA", Month: "2024-03", AsOf: "soon"}); err == nil {
		t.Error("bad as-of accepted")
	}
}

// TestCustodyNotAvailable: when the records cannot be followed the section
// says why in one line and shows no zeros.
func TestCustodyNotAvailable(t *testing.T) {
	tests := []struct {
		name  string
		files []string
		req   Request
		want  string
	}{
		// Arrests with person keys, but no detention stays of their release.
		{"no detentions", []string{modernFixture("arrests")}, Request{AOR: "SEA", Month: "2024-03"}, "no detention stays of release 2025-ICLI-00019 are ingested"},
		// The 2019-era Boston slice has no person key (zcat BOS_EROArrests_FY2018.csv.gz | sed -n 6p: no identifier column).
		{"no person key", []string{sample("BOS_EROArrests_FY2018.csv.gz")}, Request{AOR: "BOS", FY: 2018}, "carries a person key"},
	}
	for _, tt := range tests {
		eng := buildStore(t, t.TempDir(), tt.files...)
		rep, err := Build(context.Background(), eng, tt.req)
		if err != nil {
			t.Fatal(err)
		}
		a := rep.Custody.Arrests
		if a.Available || !strings.Contains(a.Note, tt.want) {
			t.Errorf("%s: %+v", tt.name, a)
		}
		var b bytes.Buffer
		rep.WriteText(&b)
		sec := b.String()[strings.Index(b.String(), "CUSTODY AND DETAINER"):]
		sec = sec[:strings.Index(sec, "CAVEATS")]
		if strings.Contains(sec, "still detained") || strings.Contains(sec, " 0 ") || !strings.Contains(sec, tt.want) {
			t.Errorf("%s: section\n%s", tt.name, sec)
		}
	}
}
