package claims

import (
	"context"
	"math"
	"strings"
	"testing"
)

// TestRound22Ak2: a change in arrests over the first 100 days of 2017 that
// names no earlier period, written after ICE's first-100-days release
// (2017-05-17), is supported under the release's windows: January 22 -
// April 29, 2017 against January 24 - April 30, 2016. The counts are the
// FOIA rows' (testdata/claims/README.md, "Correction (twenty-second
// round)"; `zcat EROArrests_FY2016.csv.gz | awk ...` over the two windows):
// 41,426 against 30,028, +37.9579 %, fr-slate-01's records_value. The
// reading is a less plausible one: it may support, never contradict.
func TestRound22Ak2(t *testing.T) {
	eng := corpusEngine(t)
	const slate = "Last month, U.S. Immigration and Customs Enforcement released data showing it had achieved a nearly 40 percent spike in immigration arrests in the first 100 days of the Trump administration."
	const fxmonster = "[ニューヨーク 17日 ロイター] - 米移民税関捜査局(ICE)が17日に発表した統計によると、移民規則違反者の対象範囲を拡大する大統領令を背景に、トランプ大統領の就任後100日間に不法移民の疑いで拘束された人の数が、約40%増加した。"
	const release = 37.9579 // (41,426 - 30,028) / 30,028, fr-slate-01's records_value
	for _, tc := range []struct {
		name, date, text, claim, verdict string
		value                            float64 // 0: not checked
	}{
		// fr-slate-01 (expected supported since the twenty-second round's
		// correction): "nearly 40 percent" of +37.96 %; before, not
		// checkable (the change names no earlier period)
		{"fr-slate-01 nearly 40 percent", "2017-06-20", slate, "nearly 40 percent", Supported, release},
		// ak-ja-fxmonster-02: "トランプ大統領の就任後100日間に ... 約40%増加した"
		// (up about 40 % in the 100 days after President Trump's
		// inauguration), on the day of the release: about 40 (35-45, the
		// row's tolerance) of +37.96 % (the row's records_value, 36.26 %
		// against 2016-01-22..04-29, fits too); before, not checkable
		{"ak-ja-fxmonster-02 約40%増加", "2017-05-17", fxmonster, "約40%増加し", Supported, release},
		// a change the release's windows do not fit is never contradicted
		// by them: the earlier period is not stated
		{"60 percent, not contradicted", "2017-06-20", strings.Replace(slate, "nearly 40", "60", 1), "60 percent", NotCheckable, 0},
		// before the release, nothing written relays it
		{"before the release", "2017-05-10", slate, "nearly 40 percent", NotCheckable, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rep, err := Check(context.Background(), eng, Input{Date: tc.date, Text: tc.text})
			if err != nil {
				t.Fatal(err)
			}
			e := entryFor(rep, tc.claim)
			if e == nil {
				t.Fatalf("no entry %q in %+v", tc.claim, rep.Entries)
			}
			if e.Verdict != tc.verdict {
				t.Fatalf("%s (%s): %s; want %s", e.Verdict, e.Reason, e.ValueText, tc.verdict)
			}
			if tc.value != 0 {
				if e.Value == nil || math.Abs(*e.Value-tc.value) > 0.001 {
					t.Errorf("value %v %s; want %v", ptrValue(e.Value), e.ValueText, tc.value)
				}
				if !strings.HasPrefix(e.Under, "ICE's release windows") {
					t.Errorf("under %q; want ICE's release windows", e.Under)
				}
			}
		})
	}
}
