package claims

import (
	"strings"
	"testing"
)

// The guards demote a contradicted entry whose contradiction may come from
// what the records cannot say. Sentences written for this test, in the
// shapes real articles use (guard.go names the articles' patterns); each
// guard also has a case it must leave contradicted.
func TestGuardContradictions(t *testing.T) {
	zero, some := 0.0, 2908.0
	cases := []struct {
		name     string
		measure  string
		kind     string
		sentence string
		text     string
		value    *float64
		sibling  bool // another share of the sentence needs a field the records lack
		demoted  bool
		reason   string
	}{
		{"zero from a field the release lacks", "arrests", KindShare, "Of those arrested in Denver last year, 12 percent had no criminal history.", "12 percent", &zero, false, true, ReasonNoField},
		{"a plain wrong count stays contradicted", "arrests", KindCount, "ICE's Boston office made 2,018 arrests in fiscal 2018.", "2,018", &some, false, false, ""},
		{"CBP and ICE together", "removals", KindCount, "In fiscal 2017, U.S. Customs and Border Protection and U.S. Immigration and Customs Enforcement together removed 295,364 people.", "295,364", &some, false, true, ReasonDefinitionGap},
		{"ICE and CBP together", "arrests", KindCount, "ICE and CBP together arrested 400,000 people in fiscal 2019.", "400,000", &some, false, true, ReasonDefinitionGap},
		{"DHS as a whole", "removals", KindCount, "The Department of Homeland Security carried out 300,000 removals in fiscal 2018.", "300,000", &some, false, true, ReasonDefinitionGap},
		{"ICE alone, CBP named elsewhere", "removals", KindCount, "ICE removed 250,000 people in fiscal 2018, while CBP's numbers rose.", "250,000", &some, false, false, ""},
		{"a rate is not a count", "arrests", KindCount, "The Houston office, with an arrest rate of 1870, led the region.", "1870", &some, false, true, ReasonDefinitionGap},
		{"a count named after the word rate", "arrests", KindCount, "Despite the rate, the office made 1,870 arrests in fiscal 2018.", "1,870", &some, false, false, ""},
		{"facility population without its definition", MeasureHeld, KindCount, "As of May 3, Louisiana held 7,200 people in its detention centers.", "7,200", &some, false, true, ReasonDefinitionGap},
		{"facility average daily population stated", MeasureHeld, KindCount, "Louisiana's facilities had an average daily population of 7,200 in fiscal 2024.", "7,200", &some, false, false, ""},
		{"a share of the same question as a share the records cannot answer", "arrests", KindShare, "People without criminal records made up 55 percent of arrests in Atlanta, compared with 41 percent nationwide.", "41 percent", &some, true, true, ReasonNoField},
		{"a share alone stays contradicted", "arrests", KindShare, "At-large arrests made up 41 percent of arrests nationwide in fiscal 2018.", "41 percent", &some, false, false, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			its := []Interpretation{{Measure: c.measure}}
			es := []Entry{{Sentence: c.sentence, Text: c.text, Kind: c.kind, Value: c.value, Verdict: Contradicted}}
			if c.sibling {
				its = append(its, Interpretation{Measure: c.measure})
				es = append(es, Entry{Sentence: c.sentence, Text: "55 percent", Kind: KindShare, Verdict: NotCheckable, Reason: ReasonNoField})
			}
			guardContradictions(its, es)
			got := es[0]
			if demoted := got.Verdict == NotCheckable; demoted != c.demoted {
				t.Fatalf("verdict %s (%s), want demoted=%v", got.Verdict, got.Explanation, c.demoted)
			}
			if c.demoted && (got.Reason != c.reason || !strings.Contains(got.Explanation, "not called a contradiction")) {
				t.Errorf("reason %q, explanation %q", got.Reason, got.Explanation)
			}
		})
	}
}

// A one-digit round figure ("up from as low as 7,000 in February", TRAC
// 2021-09-14, for 6,906 in the workbook) is not contradicted by a value it
// rounds to; a two-digit one off by more than its rounding is.
func TestGuardRoundFigure(t *testing.T) {
	for _, c := range []struct {
		value, records float64
		demoted        bool
	}{
		{7000, 6906, true},
		{7000, 7499, true},
		{7000, 7600, false},
		{7100, 6906, false},
	} {
		its := []Interpretation{{Measure: MeasureBookIns, Claim: Claim{Kind: KindCount, Unit: UnitCount, Value: c.value, Comparator: CmpExact}}}
		rec := c.records
		es := []Entry{{Sentence: "up from as low as 7,000 in February", Text: "7,000", Kind: KindCount, Value: &rec, Verdict: Contradicted}}
		guardContradictions(its, es)
		if demoted := es[0].Verdict == NotCheckable; demoted != c.demoted {
			t.Errorf("%v for %v: verdict %s, want demoted=%v", c.value, c.records, es[0].Verdict, c.demoted)
		}
	}
}

// An average or a yearly rate of records (Northwest Arkansas
// Democrat-Gazette, 2021-10-27, quoting ICE) is no count of one year; "such
// arrests" counts a kind named before (devicedaily.com, 2018).
func TestGuardAverageAndSuch(t *testing.T) {
	some := 143470.0
	for _, c := range []struct {
		sentence, text string
		demoted        bool
	}{
		{"ICE made about 72,000 administrative arrests during the fiscal year, down from 104,000 during fiscal 2020 and an average of 148,000 annually from 2017 through 2019.", "148,000", true},
		{"(ICE made 94,751 such arrests in the 2016 fiscal year.)", "94,751", true},
		{"ICE made 148,000 arrests in fiscal 2017.", "148,000", false},
		// a rate per population (a probe of stress run 10, 2026-12-04)
		{"Nationwide, ICE made 48 arrests per 100,000 residents in fiscal year 2018.", "48", true},
	} {
		its := []Interpretation{{Measure: "arrests"}}
		es := []Entry{{Sentence: c.sentence, Text: c.text, Kind: KindCount, Value: &some, Verdict: Contradicted}}
		guardContradictions(its, es)
		if demoted := es[0].Verdict == NotCheckable; demoted != c.demoted {
			t.Errorf("%q: %s, want demoted=%v", c.sentence, es[0].Verdict, c.demoted)
		}
	}
}

// A figure the sentence reports as someone else's claim, a goal, or ICE's
// internal data (truthorfake.com fact-checks of 2025, gisrael.com
// 2026-01-14, multinationaltimes.com 2025) is not the writer's own count of
// the published statistics.
func TestGuardReportedFigures(t *testing.T) {
	some := 56397.0
	for _, c := range []struct {
		measure, sentence, text string
		demoted                 bool
	}{
		{MeasureDetained, "The claim that ICE's detained population has surged over 48% since January and reached an all-time high lacks substantiation.", "over 48%", true},
		{MeasureDetained, "Their hope was to have over 100,000 people in detention by today; they've hit 70,000.", "over 100,000", true},
		{MeasureDetained, "The detained population has climbed to a new peak exceeding 60,000, based on internal data from Immigration and Customs Enforcement (ICE).", "exceeding 60,000", true},
		{MeasureDetained, "ICE held 60,000 people in detention on June 20, 2025.", "60,000", false},
	} {
		its := []Interpretation{{Measure: c.measure}}
		es := []Entry{{Sentence: c.sentence, Text: c.text, Kind: KindCount, Value: &some, Verdict: Contradicted}}
		guardContradictions(its, es)
		if demoted := es[0].Verdict == NotCheckable; demoted != c.demoted {
			t.Errorf("%q: %s, want demoted=%v", c.sentence, es[0].Verdict, c.demoted)
		}
	}
}
