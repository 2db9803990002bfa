package claims

import (
	"bytes"
	"context"
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/icestat/icestat/internal/fixture"
	"github.com/icestat/icestat/internal/query"
	"github.com/icestat/icestat/internal/store"
)

// The tests below check claims against a store built from the shared FOIA
// data (../shared/data beside the checkout): the nationwide 2019-ICFO-53623
// release (FY2016–FY2019, ending 2019-08-31) and the Seattle productions.
// Expected values are derived from the raw files, not from icestat:
//
//	zcat EROArrests_FY2016.csv.gz | tail -n +7 | wc -l   → 110,104
//	zcat EROArrests_FY2017.csv.gz | tail -n +7 | wc -l   → 143,470
//	zcat EROArrests_FY2018.csv.gz | tail -n +7 | wc -l   → 158,581
//	zcat ICERemovals_FY2016.csv.gz | tail -n +7 | wc -l  → 240,255
//	zcat ICERemovals_FY2017.csv.gz | tail -n +7 | wc -l  → 226,119
//	zcat ICERemovals_FY2018.csv.gz | tail -n +7 | wc -l  → 256,085
//	zcat ICERemovals_FY2018.csv.gz | tail -n +7 | awk -F'|' '$5=="\"MEXICO\""' | wc -l → 141,045
//	zcat EROArrests_FY2017.csv.gz | tail -n +7 | awk -F'|' '{d=$2; gsub(/"/,"",d); split(d,a,"/");
//	    if (sprintf("%04d%02d%02d",a[3],a[1],a[2]) >= "20170120") n++} END {print n}'  → 110,568
//	zcat EROArrests_FY201[6-9].csv.gz | tail -n +7 | awk -F'|' '{split($2,a,"/"); printf "%04d-%02d\n", a[3], a[1]}'
//	    | sort | uniq -c | sort -rn | head -2   → 14,364 in 2017-08, 14,280 in 2018-05
//	zcat EROArrests_FY2018.csv.gz | tail -n +7 | awk -F'|' '$1=="\"Boston Area of Responsibility\""' | wc -l → 2,908

var (
	sharedOnce sync.Once
	sharedEng  *query.Engine
	sharedErr  error
)

func sharedData() string { return filepath.Join("..", "..", "..", "shared", "data") }

// sharedEngine builds (once per test binary) a store from every nationwide
// and Seattle file of the shared data. ICESTAT_CLAIMS_DB names an existing
// store to use instead (read-only), to save the ~30 s of ingest.
func sharedEngine(tb testing.TB) *query.Engine {
	tb.Helper()
	nat, _ := filepath.Glob(filepath.Join(sharedData(), "uwchr-2019-ICFO-53623", "*.csv.gz"))
	if len(nat) == 0 {
		tb.Skipf("skipping: the shared FOIA data are not at %s (they sit beside the checkout in CI)", sharedData())
	}
	sharedOnce.Do(func() {
		if p := os.Getenv("ICESTAT_CLAIMS_DB"); p != "" {
			s, err := store.OpenReadOnly(p)
			sharedEng, sharedErr = &query.Engine{Store: s}, err
			return
		}
		sea, _ := filepath.Glob(filepath.Join(sharedData(), "uwchr-seattle", "*"))
		path := fixture.Once(tb, "claims-shared", func(path, tmp string) error { return fixture.Load(path, tmp, append(nat, sea...)...) })
		s, err := store.Open(path)
		if err != nil {
			sharedErr = err
			return
		}
		sharedEng = &query.Engine{Store: s}
	})
	if sharedErr != nil {
		tb.Fatal(sharedErr)
	}
	return sharedEng
}

func TestMain(m *testing.M) {
	code := m.Run()
	if sharedEng != nil {
		sharedEng.Store.Close()
	}
	closeCorpus()
	fixture.Cleanup()
	os.Exit(code)
}

func check(t *testing.T, in Input) *Report {
	t.Helper()
	rep, err := Check(context.Background(), sharedEngine(t), in)
	if err != nil {
		t.Fatal(err)
	}
	return rep
}

// TestCenterSquareNotCheckable: the article of issue 4, about May 2025 in
// Massachusetts, checked against records that end in 2019: one entry per
// figure, every one not checkable, with the right reason.
func TestCenterSquareNotCheckable(t *testing.T) {
	rep := check(t, Input{Text: centerSquare, Date: "2025-06-03", Place: "Massachusetts"})
	want := []struct {
		text    string
		reason  string // primary reason
		reasons []string
		expl    string
	}{
		{"nearly 1,500", ReasonPeriodNotCovered, nil, "2015-10-01..2019-08-31"},
		{"the largest total", ReasonPeriodNotCovered, nil, "covers 2025-05"},
		{"1,461", ReasonPeriodNotCovered, nil, "2025-05"},
		{"more than half", ReasonPeriodNotCovered, nil, "2025-05"},
		{"790", ReasonNoField, []string{ReasonPeriodNotCovered}, "U.S. or abroad"},
		{"277", ReasonPeriodNotCovered, nil, "2025-05"},
		{"Everyone arrested remains in ICE custody", ReasonNoField, []string{ReasonPeriodNotCovered}, "detention records"},
		{"40", ReasonPeriodNotCovered, nil, "BOS"},
	}
	if len(rep.Entries) != len(want) {
		for _, e := range rep.Entries {
			t.Logf("%q %s", e.Text, e.Verdict)
		}
		t.Fatalf("%d entries, want %d", len(rep.Entries), len(want))
	}
	for i, w := range want {
		e := rep.Entries[i]
		if !strings.HasPrefix(e.Text, w.text) || e.Verdict != NotCheckable || e.Reason != w.reason || !strings.Contains(e.Explanation, w.expl) {
			t.Errorf("entry %d: %q %s (%s) %q\nwant %q not checkable (%s) containing %q", i+1, e.Text, e.Verdict, e.Reason, e.Explanation, w.text, w.reason, w.expl)
		}
		for _, r := range w.reasons {
			if !contains(e.Reasons, r) {
				t.Errorf("entry %d reasons %v lack %s", i+1, e.Reasons, r)
			}
		}
		if e.Value != nil {
			t.Errorf("entry %d gives a value %v for a period no source covers", i+1, *e.Value)
		}
		if e.Command == "" || !strings.HasPrefix(e.Command, "icestat count arrests") {
			t.Errorf("entry %d command %q", i+1, e.Command)
		}
	}
	if rep.Summary[Supported] != 0 || rep.Summary[Contradicted] != 0 {
		t.Errorf("summary %v", rep.Summary)
	}
	// Without the article's date "In May" cannot be placed: still nothing is
	// supported or contradicted.
	rep = check(t, Input{Text: centerSquare, Place: "Massachusetts"})
	for _, e := range rep.Entries {
		if e.Verdict != NotCheckable {
			t.Errorf("without a date: %q is %s", e.Text, e.Verdict)
		}
	}
}

// Published statements about FY2016–FY2019 enforcement. Sources:
//   - [rtt] RTT News / dpa-AFX, 12 Feb 2018, "30% rise in ICE arrests under Trump administration"
//     (finanznachrichten.de/nachrichten-2018-02/42989402), relaying ICE's FY2017 ERO report.
//   - [ice17] ICE, "Fiscal Year 2017 ICE Enforcement and Removal Operations Report" (Dec 2017),
//     https://www.ice.gov/removal-statistics/2017 ("110,568 occurred after January 20").
//   - [ice18] ICE, "Fiscal Year 2018 ICE Enforcement and Removal Operations Report" (Dec 2018),
//     https://www.ice.gov/doclib/about/offices/ero/pdf/eroFY2018Report.pdf, as relayed by
//     informedconservative.blog, 19 Dec 2018 ("ICE had a productive year despite Liberal opposition").
//   - [ice16] ICE, "Fiscal Year 2016 ICE Enforcement and Removal Operations Report" (Dec 2016).
//   - [aic] American Immigration Council, "Changing Patterns of Interior Immigration Enforcement in
//     the United States, 2016-2018" (July 2019), relaying ICE's at-large arrests: "increased from
//     30,348 in FY 2016 to 40,066 in FY 2017" (testdata/ice-reports/figures.json).
//   - [texan] The Texan, 19 Dec 2019, "ICE Operations Reveal Immigration-Related Arrests Declined,
//     Removals Increased in 2019", relaying ICE's FY2019 figures.
var published = []struct {
	source, text string
	verdict      string  // comma-separated: the verdict of each figure in order (the last repeats)
	value        float64 // a computed value one of the figures must have, when given
	reason       string
}{
	{"rtt", "ICE made a total of 143,470 arrests in fiscal 2017, a 30 percent rise from fiscal 2016.", Supported, 143470, ""},
	{"rtt", "In FY2017, ICE conducted 226,119 removals, which is a slight overall decrease from the prior fiscal year.", Supported, 226119, ""},
	{"ice17", "Of the 143,470 administrative arrests in FY2017, 110,568 occurred after January 20.", Supported, 110568, ""},
	{"ice18", "ICE Enforcement and Removal Operations made 158,581 administrative arrests in fiscal year 2018.", Supported, 158581, ""},
	{"ice18", "ICE made 15,111 more arrests in FY 2018 than in FY 2017 which is a 11% increase.", Supported, 15111, ""},
	{"ice18", "ICE removed 141,045 Mexican nationals in FY2018.", Supported, 141045, ""},
	{"ice18", "ERO conducted 256,085 removals in FY2018, a 13 percent increase over FY2017.", Supported, 256085, ""},
	{"ice16", "In FY2016, ICE conducted 240,255 removals.", Supported, 240255, ""},
	// ICE's own groupings (definition set ice): a sentence that quotes ICE
	// reads at-large under --method-scheme ice first; one that does not is
	// read under icestat's default and reproduced under the ice variant;
	// removals excluding the lag under --removal-basis excluding-lag.
	// Values: testdata/ice-reports/verify.sh (awk over the raw files).
	{"aic", "ICE made 40,066 at-large arrests in FY2017, according to ICE.", Supported, 40066, ""},
	{"ice18", "ICE said it made 40,536 at-large arrests in FY2018.", Supported, 40536, ""},
	{"aic", "Immigration officers made 30,348 at-large arrests in fiscal year 2016.", Supported, 30348, ""},
	{"ice18", "Excluding the lag, ICE conducted 252,405 removals in FY2018.", Supported, 252405, ""},
	{"aic (altered)", "ICE made 41,066 at-large arrests in FY2017, according to ICE.", Contradicted, 40066, ""},
	// Altered numbers: contradicted, with the difference.
	{"rtt (altered)", "ICE made a total of 153,470 arrests in fiscal 2017.", Contradicted, 143470, ""},
	{"ice16 (altered)", "In FY2016, ICE conducted 250,255 removals.", Contradicted, 240255, ""},
	{"ice18 (altered)", "ERO conducted 256,085 removals in FY2018, a 25 percent increase over FY2017.", Supported + "," + Contradicted, 0, ""},
	{"ice18 (altered)", "ICE removed more than 150,000 Mexican nationals in FY2018.", Contradicted, 141045, ""},
	// Missing fields and uncovered periods: not checkable.
	{"ice18", "In FY 2018, ERO arrested 138,117 aliens with criminal histories.", NotCheckable, 0, ReasonNoField},
	{"ice18", "The largest percentage of aliens arrested by ICE in FY2018 are convicted criminals (66 percent).", NotCheckable, 0, ReasonNoField},
	// "Of the 143,470 arrests": the whole, without the part's qualifiers
	{"rtt", "Of the 143,470 arrests in FY2017, 92 percent had a criminal conviction, a pending criminal charge, were an ICE fugitive or were processed with a reinstated final order.", Supported + "," + NotCheckable, 143470, ReasonNoField},
	{"texan", "Only 143,099 administrative arrests were made by ICE in FY2019, reflecting a decrease of nearly 10 percent compared to last year.", NotCheckable, 0, ReasonPartlyCovered},
	{"ice18", "ICE issued 177,147 detainers in FY2018.", NotCheckable, 0, ReasonNoData},
	// a state figure that is the AOR's: supported under the Boston AOR reading, named in Entry.Under
	{"invented", "ICE arrested 2,908 people in Massachusetts in FY2018.", Supported, 2908, ""},
	{"invented", "ICE arrested 30 people on Nantucket in FY2018.", NotCheckable, 0, ReasonNoField},
	{"invented", "ICE arrested 50,000 people in FY2012.", NotCheckable, 0, ReasonPeriodNotCovered},
	{"invented", "ICE arrested 14,364 people in August 2017, the most of any month.", Supported, 14364, ""},
	{"invented", "ICE arrested 14,280 people in May 2018, the largest total of any month.", Supported + "," + Contradicted, 14280, ""},
	// a lower bound is put near the count: 256,085 removals in FY2018 (zcat
	// above) support "more than 200,000", not a part bounded at 100,000
	// (years lived in the country: no field, and a total over twice the
	// bound), nor a part with a criminal record (no criminality field)
	// the agency named in the sentence before, in a text naming no place,
	// states the place of the next one (143,470 arrests in FY2017, zcat
	// above); with no agency named anywhere, nationwide is only assumed
	{"invented", "ICE made 158,581 arrests in FY2018. However, officers made 143,570 arrests in FY2017.", Supported + "," + Contradicted, 143470, ""},
	{"invented", "There were 158,581 arrests in FY2018. However, officers made 143,570 arrests in FY2017.", Supported + "," + NotCheckable, 143470, ReasonUnstated},
	// a place right after its figure, behind a preposition, is the figure's
	// own; the bare city of the ellipsis is an area like the one named in
	// full (FY2017: zcat EROArrests_FY2017.csv.gz | tail -n +7 | awk -F'|'
	// '{print $1}' | sort | uniq -c → Dallas 16,520, Houston 13,565)
	{"invented", "ICE arrested 16,520 people in the Dallas area in FY2017 and 13,575 in Houston.", Supported + "," + Contradicted, 13565, ""},
	// "Houston 13,575": no preposition binds it, and the bare city is a
	// second place: not read as Dallas's (it was, contradicted, before)
	{"invented", "In FY2017 the Dallas area made 16,520 arrests and Houston 13,575.", Supported + "," + NotCheckable, 16520, ""},
	// "nearly a third" is 30-33 %: FY2017 arrests rose 30.3 % (143,470 /
	// 110,104, zcat above)
	{"invented", "ICE arrests jumped by nearly a third in FY2017.", Supported, 0, ""},
	// a baseline named by its year ("from the 2016 total") is stated: FY2017
	// removals fell 5.9 % (226,119 / 240,255, zcat above), not 30 %
	{"invented", "In fiscal year 2017, ICE removed 226,119 people, a 30% decrease from the 2016 total.", Supported + "," + Contradicted, 226119, ""},
	{"invented", "In fiscal year 2017, ICE removed 226,119 people, a 30% decrease.", Supported + "," + NotCheckable, 226119, ReasonUnstated},
	// "That's ... a year earlier": the change of the count before, over the
	// fiscal year before it (FY2017 arrests +30.3 %, zcat above)
	{"invented", "ICE made 143,470 arrests in fiscal year 2017. That's an increase of 25 percent from a year earlier.", Supported + "," + Contradicted, 143470, ""},
	{"invented", "ICE made 143,470 arrests in fiscal year 2017. That's an increase of 30 percent from a year earlier.", Supported, 143470, ""},
	// the period after a compared figure is that figure's, not the first
	// one's: 150,000 has no period of its own (it was tested, and
	// contradicted, against FY2017's 143,470)
	{"invented", "ICE arrested 150,000 people, compared to 143,470 arrested in fiscal year 2017.", NotCheckable + "," + Supported, 143470, ""},
	// "the two states" after a sentence naming the area that covers them is
	// that area (Denver FY2018 removals: zcat ICERemovals_FY2018.csv.gz |
	// tail -n +7 | awk -F'|' '{print $1}' | sort | uniq -c → 3,253)
	// ("two" counts states, not removals: not tested)
	{"invented", "ICE's Denver field office covers Colorado and Wyoming. Officers removed 3,523 people from the two states in fiscal year 2018.", Contradicted + "," + NotCheckable, 3253, ""},
	{"invented", "ICE removed more than 200,000 people in FY2018.", Supported, 256085, ""},
	{"invented", "More than 100,000 of those ICE deported in FY2018 had lived in the United States for over a decade.", NotCheckable, 0, ReasonUnlikely},
	{"invented", "More than 130,000 of the people ICE removed in FY2018 had a criminal record.", NotCheckable, 0, ReasonNoField},
}

// TestNationShare: "about 8 percent of the nation's removals" is the
// place's part of the national count. San Diego Union-Tribune, 2019-03-25;
// 5,410 of 67,618 removals in October-December 2018 (8.0008 %), computed by
// testdata/claims/expected.py (stdlib Python over the FOIA removals file,
// row d4-sdut19-01).
func TestNationShare(t *testing.T) {
	rep := check(t, Input{Date: "2019-03-25", Text: "The San Diego Field Office for Immigration and Customs Enforcement carried out about 8 percent of the nation's removals in the first quarter of fiscal 2019, according to data released by the agency."})
	if len(rep.Entries) != 1 || rep.Entries[0].Verdict != Supported || rep.Entries[0].Value == nil || math.Abs(*rep.Entries[0].Value-8.0008) > 0.001 {
		t.Fatalf("entries %+v", rep.Entries)
	}
}

// TestForeignGovernmentData: an article on another government's migration
// data (The Media Times, 2020-01-03, Reuters on the Guatemala Migration
// Institute) counts returns its own way; ICE's removals to Guatemala
// cannot contradict them (stress run 11 found this false contradiction).
func TestForeignGovernmentData(t *testing.T) {
	rep := check(t, Input{Date: "2020-01-03", Text: "Last year, the United States deported 54,547 people to Guatemala with 486 flights, the highest since at least 2007, according to data from the Guatemala Migration Institute. In 2017, the year Trump took office, 32,833 Guatemalans were expelled from the United States."})
	e := entryFor(rep, "32,833")
	if e == nil || e.Verdict == Contradicted || !strings.Contains(e.Explanation, "another government") {
		t.Fatalf("entry %+v", e)
	}
}

func TestPublishedClaims(t *testing.T) {
	eng := sharedEngine(t)
	for _, p := range published {
		rep, err := Check(context.Background(), eng, Input{Text: p.text})
		if err != nil {
			t.Fatal(err)
		}
		if len(rep.Entries) == 0 {
			t.Errorf("[%s] %q: no claim found", p.source, p.text)
			continue
		}
		// p.verdict lists the verdicts of the sentence's figures in order;
		// one verdict applies to all of them.
		verdicts := strings.Split(p.verdict, ",")
		for i, e := range rep.Entries {
			want := verdicts[min(i, len(verdicts)-1)]
			if e.Verdict != want || p.reason != "" && want == NotCheckable && e.Reason != p.reason {
				t.Errorf("[%s] %q: %q is %s (%s): %s\n  want %s %s", p.source, p.text, e.Text, e.Verdict, e.Reason, e.Explanation, want, p.reason)
			}
			if e.Verdict == Contradicted && e.Difference == nil {
				t.Errorf("[%s] %q: contradicted without a difference", p.source, e.Text)
			}
		}
		found := p.value == 0
		for _, e := range rep.Entries {
			found = found || e.Value != nil && *e.Value == p.value
		}
		if !found {
			t.Errorf("[%s] %q: no figure has the value %v", p.source, p.text, p.value)
		}
	}
}

func TestChangeValues(t *testing.T) {
	rep := check(t, Input{Text: published[0].text})
	// 143,470 / 110,104 − 1 = 30.3 %
	if len(rep.Entries) != 2 || rep.Entries[1].Kind != KindChange || rep.Entries[1].Value == nil || int(*rep.Entries[1].Value*10) != 303 {
		t.Fatalf("change entry: %+v", rep.Entries)
	}
	if len(rep.Entries[1].Commands) != 2 || rep.Entries[1].Commands[1] != "icestat count arrests --fy 2016" {
		t.Errorf("commands %v", rep.Entries[1].Commands)
	}
	rep = check(t, Input{Text: "ICE made a total of 153,470 arrests in fiscal 2017."})
	if d := rep.Entries[0].Difference; d == nil || *d != -10000 || !strings.Contains(rep.Entries[0].Explanation, "the claim says 153,470 — 10,000 more.") {
		t.Errorf("difference %v: %s", d, rep.Entries[0].Explanation)
	}
}

const claimsYAML = `
place: nationwide
claims:
  - text: "FY2017 administrative arrests (ICE FY2017 ERO report)"
    measure: arrests
    period: FY2017
    value: 143470
  - measure: removals
    filters: {country: MEXICO}
    period: FY2018
    comparator: about
    value: 141,000
  - measure: arrests
    kind: change
    period: FY2018
    baseline: FY2017
    value: 11%
  - measure: arrests
    place: ERO Boston
    period: FY2018
    comparator: more-than
    value: 3000
  - measure: arrests
    kind: share
    filters: {criminality: convicted}
    period: FY2018
    value: 66%
  - measure: removals
    period: 2019-09
    value: 20000
`

func TestClaimsFile(t *testing.T) {
	its, _, err := ParseFile([]byte(claimsYAML))
	if err != nil {
		t.Fatal(err)
	}
	rep, err := CheckInterpretations(context.Background(), sharedEngine(t), its)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{Supported, Supported, Supported, Contradicted, NotCheckable, NotCheckable}
	for i, w := range want {
		if e := rep.Entries[i]; e.Verdict != w {
			t.Errorf("claim %d (%s) = %s: %s, want %s", i+1, e.Interpretation, e.Verdict, e.Explanation, w)
		}
	}
	if rep.Entries[4].Reason != ReasonNoField || rep.Entries[5].Reason != ReasonPeriodNotCovered {
		t.Errorf("reasons %s, %s", rep.Entries[4].Reason, rep.Entries[5].Reason)
	}
	for _, bad := range []string{"claims: [{measure: tweets, value: 1}]", "claims: [{measure: arrests, period: FY17x, value: 1}]",
		"claims: [{measure: arrests, filters: {color: red}, value: 1}]", "claims: [{measure: arrests, kind: change, value: 5%}]", "nonsense: 1"} {
		if _, _, err := ParseFile([]byte(bad)); err == nil {
			t.Errorf("ParseFile(%q) gave no error", bad)
		}
	}
}

func TestRenderers(t *testing.T) {
	rep := check(t, Input{Text: published[0].text + ` <script>alert(1)</script> In FY2017, ICE removed 226,119 people.`})
	var b bytes.Buffer
	if err := rep.WriteJSON(&b); err != nil {
		t.Fatal(err)
	}
	var back Report
	if err := json.Unmarshal(b.Bytes(), &back); err != nil || len(back.Entries) != len(rep.Entries) || back.Entries[0].Command == "" {
		t.Errorf("JSON round trip: %v %+v", err, back)
	}
	b.Reset()
	rep.WriteHTML(&b)
	if strings.Contains(b.String(), "<script>") || !strings.Contains(b.String(), "icestat count arrests --fy 2017") {
		t.Errorf("HTML not escaped or without commands")
	}
	b.Reset()
	rep.WriteMarkdown(&b)
	if !strings.Contains(b.String(), "`icestat count arrests --fy 2017`") || !strings.Contains(b.String(), "**supported**") {
		t.Errorf("Markdown:\n%s", b.String())
	}
	b.Reset()
	rep.WriteText(&b)
	if !strings.Contains(b.String(), "SUPPORTED") || !strings.Contains(b.String(), "3 claims: 3 supported") {
		t.Errorf("text:\n%s", b.String())
	}
}

// TestSpanThroughMonth: a span from a date "through the end of April" ends
// there, not with the fiscal year (article dated 2017-05-15):
//
//	zcat EROArrests_FY2017.csv.gz | tail -n +7 | awk -F'|' '$1=="\"Atlanta Area of Responsibility\"" {d=$2;
//	    gsub(/"/,"",d); split(d,a,"/"); k=sprintf("%04d%02d%02d",a[3],a[1],a[2]);
//	    if (k>="20170120" && k<="20170430") n++} END {print n}'   → 4,264
func TestSpanThroughMonth(t *testing.T) {
	for _, c := range []struct {
		text, verdict string
	}{
		{"From Jan. 20 of this year, when President Trump took office, through the end of April, ICE's Atlanta Field Office arrested 4,246 people.", Contradicted},
		{"From Jan. 20 of this year, when President Trump took office, through the end of April, ICE's Atlanta Field Office arrested 4,264 people.", Supported},
	} {
		rep := check(t, Input{Text: c.text, Date: "2017-05-15"})
		if len(rep.Entries) != 1 {
			t.Fatalf("%q: %d entries", c.text, len(rep.Entries))
		}
		e := rep.Entries[0]
		if e.Verdict != c.verdict || e.Value == nil || *e.Value != 4264 {
			t.Errorf("%q: %s %v (%s), want %s 4264", c.text, e.Verdict, e.Value, e.Explanation, c.verdict)
		}
	}
}

// TestAsOfRunningTotal: removals "as of" a day are the fiscal year's running
// total up to it (article dated 2017-09-15):
//
//	zcat ICERemovals_FY2017.csv.gz | tail -n +7 | awk -F'|' '{d=$10; gsub(/"/,"",d); split(d,a,"/");
//	    k=sprintf("%04d%02d%02d",a[3],a[1],a[2]); if (k>="20161001" && k<="20170909") n++} END {print n}'  → 214,678
func TestAsOfRunningTotal(t *testing.T) {
	for _, c := range []struct {
		text, verdict string
	}{
		{"As of September 9, three weeks before the end of fiscal year 2017, ICE had deported 211,068 people.", Contradicted},
		{"As of September 9, three weeks before the end of fiscal year 2017, ICE had deported 214,678 people.", Supported},
	} {
		rep := check(t, Input{Text: c.text, Date: "2017-09-15"})
		if len(rep.Entries) != 1 {
			t.Fatalf("%q: %d entries", c.text, len(rep.Entries))
		}
		e := rep.Entries[0]
		if e.Verdict != c.verdict || e.Value == nil || *e.Value != 214678 {
			t.Errorf("%q: %s %v (%s), want %s 214678", c.text, e.Verdict, e.Value, e.Explanation, c.verdict)
		}
	}
}

// TestQuarterBefore: "the previous quarter" and "the same time last year"
// move the span of the sentence before back a quarter or a year (article
// dated 2019-07-02; San Diego arrests by month:
//
//	zcat EROArrests_FY2018.csv.gz EROArrests_FY2019.csv.gz | tail -n +7 | awk -F'|'
//	    '$1=="\"San Diego Area of Responsibility\"" {d=$2; gsub(/"/,"",d); split(d,a,"/");
//	    printf "%04d-%02d\n", a[3], a[1]}' | sort | uniq -c
//	    → 2019-01..03: 253+175+144 = 572; 2018-10..12: 260+253+205 = 718; 2018-01..03: 349+299+496 = 1,144
//
// (the AOR filter leaves out the second file's header lines)
func TestQuarterBefore(t *testing.T) {
	text := "Officers in the San Diego area arrested 572 people between January and March of this year. That's down from the 728 arrested the previous quarter and from the 1,144 arrested during the same time last year."
	rep := check(t, Input{Text: text, Date: "2019-07-02"})
	want := map[string]struct {
		verdict string
		value   float64
	}{"572": {Supported, 572}, "728": {Contradicted, 718}, "1,144": {Supported, 1144}}
	for _, e := range rep.Entries {
		w, ok := want[e.Text]
		if !ok {
			continue
		}
		delete(want, e.Text)
		if e.Verdict != w.verdict || e.Value == nil || *e.Value != w.value {
			t.Errorf("%q: %s %v (%s), want %s %v", e.Text, e.Verdict, e.Value, e.Explanation, w.verdict, w.value)
		}
	}
	for k := range want {
		t.Errorf("no entry %q among %+v", k, rep.Entries)
	}
}

// A question the store refuses (a filter value no stored source holds:
// declined detainers, Washington Times 2019-12-12) makes that claim not
// checkable; the report still comes out (it used to stop the whole check).
func TestRefusedQuestionIsOneEntry(t *testing.T) {
	rep := check(t, Input{Text: "In fiscal year 2019, state law enforcement refused at least 563 detainers. ICE ERO Boston arrested 2,834 people in fiscal year 2017.", Date: "2019-12-12"})
	if len(rep.Entries) != 2 || rep.Entries[0].Verdict != NotCheckable || rep.Entries[0].Reason != ReasonNoField {
		t.Fatalf("%+v, want the detainers figure not checkable (no-field) and the report whole", rep.Entries)
	}
	if rep.Entries[1].Verdict != Supported {
		t.Errorf("the other claim: %s, want supported", rep.Entries[1].Verdict)
	}
}

// TestPartsOfYears: stress run 18's false contradictions on periods, and
// the readings that support the figures instead. Expected values by awk
// over the raw files (apprehension date in column 2 of
// EROArrests_FY2016.csv.gz, removal date in column 10 of
// ICERemovals_FY2019.csv.gz, rows after the header line 6):
//
//	arrests 2016-01-20..2016-09-30: 77,806
//	removals 2018-10-01..2019-03-31: 131,994
func TestPartsOfYears(t *testing.T) {
	cases := []struct {
		name, date, text, claim string
		value                   float64
		under                   string // "" when supported under the most plausible reading
	}{
		// homelandprepnews.com, 2017-12-06: the compared figure of a part
		// of a fiscal year is the same part of the year before
		{"compared with a fiscal year", "2017-12-06", "From the start of the Trump Administration through the end of the fiscal year, however, ERO made 110,568 arrests compared to 77,806 in FY2016, a 40 percent increase.", "77,806", 77806, "2016-01-20..2016-09-30"},
		{"over the same months", "2017-12-10", "ICE arrested 110,568 people after Jan. 20 this year. In fiscal 2016 the agency arrested 77,806 people over the same months.", "77,806", 77806, "2016-01-20..2016-09-30"},
		// "so far this fiscal year" and "since October 1" run to where the
		// writer's data end: the last month, not the article's day
		{"so far this fiscal year", "2019-04-15", "So far this fiscal year, ICE has deported 131,994 people.", "131,994", 131994, "to the end of March 2019"},
		{"since October 1", "2019-04-15", "ICE has deported 131,994 people since October 1.", "131,994", 131994, "to the end of March 2019"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			e := entryFor(check(t, Input{Date: c.date, Text: c.text}), c.claim)
			if e == nil {
				t.Fatalf("no entry for %q", c.claim)
			}
			if e.Verdict != Supported || e.Value == nil || *e.Value != c.value || !strings.Contains(e.Under, c.under) {
				t.Errorf("%s under %q, value %v (%s), want supported under %q, %v: %s", e.Verdict, e.Under, deref(e.Value), e.ValueText, c.under, c.value, e.Explanation)
			}
		})
	}
	// a change "since President Trump took office", no baseline named: the
	// same days a year before (awk over column 2 of EROArrests_FY2016 and
	// FY2017: 2016-01-20..2016-05-17 36,763, 2017-01-20..2017-05-17
	// 49,721, +35.2 %); a reading the sentence did not state, so a figure
	// it does not give is never contradicted
	since := Input{Date: "2017-05-17", Text: "ICE arrests have increased 35 percent since President Trump took office."}
	if e := entryFor(check(t, since), "35 percent"); e == nil || e.Verdict != Supported || e.Value == nil || math.Abs(*e.Value-100*(49721.0-36763)/36763) > 1e-9 {
		t.Errorf("since the inauguration: %+v", e)
	}
	since.Text = strings.Replace(since.Text, "35", "50", 1)
	if e := entryFor(check(t, since), "50 percent"); e == nil || e.Verdict != NotCheckable {
		t.Errorf("since the inauguration, 50 percent: %+v", e)
	}
	// an approximate end ("through mid-March"), another government's
	// count, a date between two stored editions far apart: never
	// contradicted
	for _, in := range []Input{
		{Date: "2017-04-28", Text: "From Jan. 20 through mid-March, ICE arrested 21,360 people nationwide, up roughly 30 percent over the same period last year."},
		{Date: "2019-01-04", Text: "The United States deported 1,725 Dominicans last year, down from 1,992 in 2017, according to the Dominican migration agency."},
		{Date: "2019-01-10", Text: "According to the IOM, the United States deported 15,100 Salvadorans in 2018."},
	} {
		noContradiction(t, in)
	}
}

// TestPlaceWordsAndParts: stress run 17's false contradictions. "New
// Mexico" and "the border with Mexico" name places, not Mexican citizens;
// "of the Boston field office's roughly 2,900 arrests" is the whole the
// at-large share is of; an operation's arrests are a part of the area's.
// Expected values by awk over EROArrests_FY2018.csv.gz (rows after the
// header line 6, column 1): El Paso 2,159, San Antonio 10,749, Boston
// 2,908; Houston 2017-03-06..2017-03-10 (EROArrests_FY2017.csv.gz,
// column 2): 273.
func TestPlaceWordsAndParts(t *testing.T) {
	supported := []struct {
		text, claim string
		value       float64
	}{
		{"ICE's El Paso field office, which covers West Texas and New Mexico, made more than 2,100 arrests in fiscal year 2018.", "more than 2,100", 2159},
		{"ICE's San Antonio field office, along the border with Mexico, made more than 8,000 arrests in fiscal year 2018.", "more than 8,000", 10749},
		{"ICE's San Antonio field office arrested 10,749 people in fiscal 2018, including thousands from Mexico and Central America.", "10,749", 10749},
		{"In fiscal year 2018, about 64 percent of the Boston field office's roughly 2,900 arrests were made at large.", "roughly 2,900", 2908},
	}
	for _, c := range supported {
		e := entryFor(check(t, Input{Date: "2019-01-10", Text: c.text}), c.claim)
		if e == nil || e.Verdict != Supported || e.Value == nil || *e.Value != c.value {
			t.Errorf("%q: %+v, want supported with %v", c.text, e, c.value)
		}
	}
	for _, text := range []string{
		"ICE officers in the Houston area arrested 200 people in a targeted enforcement operation from March 6 to March 10, 2017.",
		"ICE officers arrested 200 people in the Houston area from March 6 to March 10, 2017, as part of Operation Cross Check.",
	} {
		e := entryFor(check(t, Input{Date: "2017-03-15", Text: text}), "200")
		if e == nil || e.Verdict == Contradicted {
			t.Errorf("%q: %+v, want not contradicted (an operation's arrests are a part of the area's 273)", text, e)
		}
	}
	// the control: the area's arrests of those days, stated as such
	if e := entryFor(check(t, Input{Date: "2017-03-15", Text: "ICE's Houston field office arrested 200 people from March 6 to March 10, 2017."}), "200"); e == nil || e.Verdict != Contradicted || e.Value == nil || *e.Value != 273 {
		t.Errorf("control: %+v, want contradicted by 273", e)
	}
}

// TestHeldOutMends: the false contradictions of the held-out set
// fresh-2026-12f when first measured, each a rule of its own. "Between
// January and September" may run up to September, not through it
// (awk over column 2 of EROArrests_FY2016/2017.csv.gz: January-August
// 2016 73,234, 2017 103,015, a rise of 29,781; through September 33,520).
// The others are never contradicted: a part of the removals by words not
// read, people stopped at a border, people who tried to cross "and ICE
// arrested them".
func TestHeldOutMends(t *testing.T) {
	const jamaicans = "Close to 800 Jamaicans were numbered among more than 240,000 individuals who were deported from the United States in 2016. A report from the US Immigration and Customs Enforcement (ICE) gave the Jamaican total as 787."
	e := entryFor(check(t, Input{Date: "2017-11-10", Text: "Arrests of immigrants by Immigration & Customs Enforcement (ICE) increased by nearly 30,000 between January and September of this year compared to the same period in 2016."}), "nearly 30,000")
	if e == nil || e.Verdict != Supported || e.Value == nil || *e.Value != 103015-73234 || !strings.Contains(e.Under, "not through it") {
		t.Errorf("January to September: %+v", e)
	}
	// the second held-out set's (fresh-2026-12g): "from 2016 when only 93
	// Guyanese were deported" dates the 93 (awk over column 5 of
	// ICERemovals_FY2016.csv.gz: 93 GUYANA; FY2017 137)
	guy := check(t, Input{Date: "2018-01-05", Text: "The report highlights that this figure of 137 for 2017 represents an increase from 2016 when only 93 Guyanese were deported."})
	if e := entryFor(guy, "93"); e == nil || e.Verdict != Supported || e.Value == nil || *e.Value != 93 {
		t.Errorf("93 Guyanese in 2016: %+v", e)
	}
	for _, in := range []Input{
		// a share whose whole is named after it and whose part (people on
		// a flight) the records do not count
		{Date: "2017-01-05", Text: "According to ICE, the number of Somalis on the flight were half the total number of Somalis deported in 2016, which was under 200 for the entire year."},
		{Date: "2017-01-05", Text: jamaicans + " Some 174,923 of the removals involved individuals who were apprehended at or near the US border or ports of entry."},
		{Date: "2017-01-05", Text: jamaicans + " Some 174,923 of the removals involved individuals who had recently arrived."},
		{Date: "2017-12-20", Text: "This tally of Cuban deportations is small compared with deportations to other countries — the United States stopped 38,000 undocumented Guatemalans and returned 33,000 to Guatemala in fiscal 2017, for example."},
		{Date: "2019-03-01", Text: "In 2018, just over 1,600 undocumented Brazilians attempted to reach the US through Mexico, and Immigration and Customs Agency (ICE) arrested them."},
	} {
		noContradiction(t, in)
	}
}

// TestCountriesFromTheData: every citizenship of the releases is read by
// its names and demonyms, a country before a figure is its own across a
// comma, and a country named in the sentence before or the headline is a
// reading of a figure whose clause names none. Expected values by awk over
// column 5 of ICERemovals_FY2016-2018.csv.gz (zcat | awk -F'|' 'NR>6
// {c[$5]++}'): IRELAND FY2018 47; ST. LUCIA FY2018 28, ANTIGUA-BARBUDA 24;
// HAITI FY2016 310, FY2017 5,578, FY2018 934; BELIZE FY2017 82; MOROCCO
// FY2016 22; the others in the comments below.
func TestCountriesFromTheData(t *testing.T) {
	for _, c := range []struct {
		date, text, claim string
		value             float64
		under             bool // supported under another reading (the country named elsewhere)
	}{
		// "Irish" and "Moroccans" were missing from a hand list, and "a
		// total of 47" was read as a part of a whole named before it
		{"2019-01-08", "A total of 47 Irish people were removed from the US in 2018, according to the latest figures from the Immigration and Customs Enforcement (ICE).", "47", 47, false},
		{"2018-06-25", "In 2016: 22 Moroccans were deported.", "22", 22, false},
		{"2018-01-24", "In 2017, a total of 82 persons were deported to Belize.", "82", 82, false},
		// the country before the figure, not the next item's after a comma
		{"2019-01-15", "In 2018, St. Lucia was responsible for 28 nationals removed, Antigua and Barbuda for 24, 19 for Dominica.", "28", 28, false},
		{"2019-01-15", "In 2018, St. Lucia was responsible for 28 nationals removed, Antigua and Barbuda for 24, 19 for Dominica.", "24", 24, false},
		// the sentence before names the country; "French-speaking" is not France
		{"2019-01-15", "In 2017, 5,578 of 9,066 Caribbean nationals removed from the U.S. were Haitians. Last year, 934 were sent back to the French-speaking Caribbean nation.", "934", 934, true},
		{"2018-01-18", "Haiti topped the list of the highest number of deportations with 5,578 Haitians being deported in 2017. This is compared to the 310 that was deported in 2016.", "310", 310, true},
		// a number in hyphenated words (GUYANA FY2017: 137)
		{"2018-01-18", "ONE-hundred-and-thirty-seven Guyanese were deported from the United States in 2017.", "ONE-hundred-and-thirty-seven", 137, false},
		// "Compared to 2016 when 63 ..." dates the 63 (KENYA FY2016: 63)
		{"2018-01-25", "Compared to 2016 when 63 Kenyans were deported, the high number of deportees last year significantly reflects an exponential increase in African deportations.", "63", 63, false},
		// "an increase on 2017 when 34 ..." dates the 34 (IRELAND FY2017:
		// 34; stress run 21 found it read as FY2018 and contradicted)
		{"2019-01-08", "A total of 47 Irish people were removed from the US in 2018, an increase on 2017 when 34 Irish people were deported.", "34", 34, false},
		// "the year ending December 2017" is calendar 2017 (116 by removal
		// date, column 10, in FY2017-2018 files), ICE's FY2017 (103) a
		// reading
		{"2018-01-25", "About 103 Kenyans living in the US were deported in the year ending December 2017.", "About 103", 103, true},
		// countries listed in the order of their figures, "respectively";
		// "two Caribbean islands" is no figure (DOMINICAN REPUBLIC FY2017:
		// 1,986)
		{"2018-01-24", "In 2017, fifth and sixth on the list of deportations were two Caribbean islands, Haiti and the Dominican Republic, with 5,578 and 1,986 deportations respectively.", "1,986", 1986, false},
		// a country's tally after its name, the measure from the sentence
		// before (JAMAICA FY2016: 787)
		{"2017-01-05", "Close to 800 Jamaicans were numbered among more than 240,000 individuals who were deported from the United States in 2016. A report from ICE gave the Jamaican total as 787.", "787", 787, false},
	} {
		e := entryFor(check(t, Input{Date: c.date, Text: c.text}), c.claim)
		if e == nil || e.Verdict != Supported || e.Value == nil || *e.Value != c.value || (e.Under != "") != c.under {
			t.Errorf("%q in %q: %+v, want supported with %v (under another reading %v)", c.claim, c.text, e, c.value, c.under)
		}
	}
	// "New England" names no country: all of the Boston AOR's removals
	// (awk: column 1 matching Boston in ICERemovals_FY2018.csv.gz, 2,405)
	if e := entryFor(check(t, Input{Date: "2019-01-15", Text: "The Boston field office, which covers New England, removed 2,405 people in 2018."}), "2,405"); e == nil || e.Verdict != Supported || e.Under != "" {
		t.Errorf("New England: %+v", e)
	}
	// a figure of the whole nation in a text about one country is not that
	// country's
	noContradiction(t, Input{Date: "2019-01-15", Text: "In 2017, 5,578 Haitians were removed. ICE removed 256,085 people in fiscal 2018."})
}

// TestAsidesAndSinceMonth: a cause ("which officials attributed to
// declining apprehensions at the border"), a part named after the people
// counted ("mostly Somalis ..., but also some permanent U.S. residents with
// criminal convictions", "most of whom had criminal convictions") and
// "criminal and non-criminal" qualify nothing;
// "since October" runs from the first of the last October to the article's
// date. Expected values: ICE's totals 240,255 and 226,119 (README, awk
// over ICERemovals_FY2016/2017: rows after line 6), -5.9 %; SOMALIA
// removals with removal date (column 10) 2016-10-01..2017-06-04 in
// ICERemovals_FY2017.csv.gz by awk: 420.
func TestAsidesAndSinceMonth(t *testing.T) {
	for _, c := range []struct {
		date, text, claim string
		value             float64
	}{
		{"2017-12-05", "Deportations were down about six percent nationally in fiscal 2017, which officials attributed to declining apprehensions at the border.", "about six percent", 100 * (226119 - 240255) / 240255.0},
		{"2017-01-05", "Some 240,255 aliens with criminal and non-criminal backgrounds were removed from the United States of America in 2016.", "Some 240,255", 240255},
		// a part of them in a relative clause ("most of whom ...", corpus
		// n-beyondborders-01) counts no one apart: all 226,119
		{"2017-12-20", "ICE removed 226,119 people in fiscal 2017, most of whom had criminal convictions.", "226,119", 226119},
		{"2017-06-04", "Nationally, more than 260 people were deported to Somalia since October — mostly Somalis who sought asylum unsuccessfully, but also some permanent U.S. residents with criminal convictions.", "more than 260", 420},
		// after a sentence on last year, "since October" is still the last
		// October (it was read in FY2016, 198, and called contradicted)
		{"2017-06-04", "Eight months into the fiscal year, deportations to Somalia have already outpaced last year's record-setting numbers. Nationally, more than 260 people were deported to Somalia since October.", "more than 260", 420},
	} {
		e := entryFor(check(t, Input{Date: c.date, Text: c.text}), c.claim)
		if e == nil || e.Verdict != Supported || e.Value == nil || math.Abs(*e.Value-c.value) > 0.05 {
			t.Errorf("%q: %+v, want supported with %v", c.text, e, c.value)
		}
	}
}

// TestComparativeDirection: "fewer people were deported in fiscal year
// 2017 than in 2016" is a direction without a figure; "more than 200
// people were deported" is no comparative. ICE's totals (README; awk over
// ICERemovals_FY2016/2017): 240,255 and 226,119, -5.9 %.
func TestComparativeDirection(t *testing.T) {
	const fewer = "Data from U.S. Immigration and Customs Enforcement show that overall, fewer people were deported in fiscal year 2017 than in 2016."
	e := entryFor(check(t, Input{Date: "2017-12-20", Text: fewer}), "fewer people were deported in fiscal year 2017 than")
	if e == nil || e.Verdict != Supported || e.Value == nil || math.Abs(*e.Value-100*(226119-240255)/240255.0) > 0.05 {
		t.Errorf("fewer: %+v", e)
	}
	e = entryFor(check(t, Input{Date: "2017-12-20", Text: strings.Replace(fewer, "fewer", "more", 1)}), "more people were deported in fiscal year 2017 than")
	if e == nil || e.Verdict == Supported {
		t.Errorf("more: %+v", e)
	}
	for _, c := range Extract("More than 200 people were deported in 2017 than anyone expected.") {
		if c.Kind == KindChange {
			t.Errorf("a bound read as a comparative: %+v", c)
		}
	}
}

// TestCountryRanks: a citizenship's place among all of them ("Belize
// ranked 47th", "China was at the 12th spot in the list of deportations"),
// never contradicted. Expected ranks by awk over column 5 of
// ICERemovals_FY2017.csv.gz, blank and UNKNOWN left out (189
// citizenships): GUATEMALA 33,570 2nd, JAMAICA 11th, CHINA, PEOPLES
// REPUBLIC OF 525 12th, GUYANA 137 30th, BELIZE 82 47th (46 citizenships
// have more; FRANCE ties at 82).
func TestCountryRanks(t *testing.T) {
	for _, c := range []struct{ text, claim string }{
		{"Of the 197 countries to which deportations were made in 2017, Belize ranked 47th.", "ranked 47th"},
		{"The People’s Republic of China was at the 12th spot in the list of deportations from the US in 2017, with 525.", "at the 12th spot"},
		// the subject, not the country in a possessive
		{"In 2017, Guatemala, Belize’s neighbor to the west and south, ranked 2nd in deportations.", "ranked 2nd"},
		// each rank its nearest country before it, or its country in order
		// (stress run 22: a 30th was read as Jamaica's)
		{"Among deportations in 2017, Jamaica and Guyana placed 11th and 30th respectively, with Guyana at the 30th spot.", "at the 30th spot"},
		{"Among deportations in 2017, Jamaica and Guyana placed 11th and 30th respectively, with Guyana at the 30th spot.", "placed 11th"},
	} {
		e := entryFor(check(t, Input{Date: "2018-01-24", Text: c.text}), c.claim)
		if e == nil || e.Verdict != Supported || !strings.Contains(e.ValueText, "of 189 citizenships") || !strings.Contains(e.Command, "--by country") {
			t.Errorf("%q: %+v (the command reruns the ranking)", c.text, e)
		}
	}
	// a wrong place is not a contradiction: which citizenships compete is
	// a reading
	e := entryFor(check(t, Input{Date: "2018-01-24", Text: "Of the 197 countries to which deportations were made in 2017, Belize ranked 30th."}), "ranked 30th")
	if e == nil || e.Verdict != NotCheckable || e.Value == nil || *e.Value != 47 {
		t.Errorf("Belize 30th: %+v", e)
	}
}

// TestHeldOutMends2: the false contradictions the held-out sets
// fresh-2026-12h, 12h-es and 12i had when first measured, each mended by a
// rule of its own. NIGERIA removals by awk over column 5 of
// ICERemovals_FY2017/2018.csv.gz: 312 and 369.
func TestHeldOutMends2(t *testing.T) {
	// a figure in parentheses after a year is that year's, also in a list
	rep := check(t, Input{Date: "2021-03-01", Text: "Nigerians deported: the number rose in 2017 (312) and 2018 (369) before easing in 2019 (286) and 2020 (199)."})
	for claim, want := range map[string]float64{"312": 312, "369": 369} {
		if e := entryFor(rep, claim); e == nil || e.Verdict != Supported || e.Value == nil || *e.Value != want {
			t.Errorf("%s: %+v", claim, e)
		}
	}
	for _, in := range []Input{
		// "non-custodial" is no custodial arrest; worksite arrests are
		// mostly HSI's
		{Date: "2019-06-01", Text: "In 2018, 3.7 percent of all of ICE's non-custodial arrests were at worksites."},
		{Date: "2019-06-01", Text: "In 2016, only 0.35 percent of ICE's administrative arrests were worksite arrests."},
		// a share above 100 percent in a sentence in Spanish
		{Date: "2018-12-14", Text: "El informe anual del Departamento de Inmigración y Aduana (ICE) ha revelado que Estados Unidos deportó un total de 256.085 inmigrantes en el año fiscal 2018. Según datos obtenidos por Radio Televisión Martí, de esa cifra total, 463 son cubanos, lo que supone un aumento del 189 % en relación con el año fiscal 2017, en que fueron retornados a Cuba 160 ciudadanos de la Isla."},
	} {
		noContradiction(t, in)
	}
	// the writer's own arithmetic is no count reported, and nothing in
	// Spanish is stated (interpretations: no store needed)
	for _, c := range []struct{ text, claim, why string }{
		{"An average detained population of 109 x 142 facilities results in 15478 which is very similar to the total detained population reported by ICE.", "15478", "arithmetic"},
		{"Según la agencia, el número de arrests de ICE fue de 143,470 en el año fiscal 2017.", "143,470", "not in English"},
	} {
		its, err := Analyze(Input{Date: "2021-04-15", Text: c.text})
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, it := range its {
			if it.Claim.Text == c.claim {
				found = true
				if !strings.Contains(it.Unstated["measure"], c.why) {
					t.Errorf("%q: unstated %v, want the measure unstated (%s)", c.claim, it.Unstated, c.why)
				}
			}
		}
		if !found {
			t.Errorf("%q: no claim %q", c.text, c.claim)
		}
	}
}

// TestICE100DaysRelease: in the weeks after ICE's first-100-days release
// (2017-05-17) an arrests figure with no period may relay it: a reading
// (supported under it, never contradicted). Expected values by awk over
// columns 1-2 of EROArrests_FY2016/2017.csv.gz: all arrests 41,426
// (2017-01-22..04-29) against 30,028 (2016-01-24..04-30), +37.96 %; Miami
// 1,990 against 936 (×2.13), Dallas 4,891 against 2,490 (×1.96).
func TestICE100DaysRelease(t *testing.T) {
	for _, c := range []struct {
		text, claim string
		value       float64
	}{
		{"The U.S Immigration and Customs Enforcement reported on Wednesday that arrests were up 38% from the year before.", "38%", 100 * (41426 - 30028) / 30028.0},
		{"Arrests more than doubled in the Miami field office and nearly doubled in the Dallas office.", "more than doubled", 1990 / 936.0},
		{"Arrests more than doubled in the Miami field office and nearly doubled in the Dallas office.", "nearly doubled", 4891 / 2490.0},
	} {
		e := entryFor(check(t, Input{Date: "2017-05-24", Text: c.text}), c.claim)
		if e == nil || e.Verdict != Supported || e.Under == "" || e.Value == nil || math.Abs(*e.Value-c.value) > 0.01 {
			t.Errorf("%q: %+v, want supported under ICE's windows with %.3f", c.claim, e, c.value)
		}
	}
	// a year later the release is no reading of an undated figure
	if e := entryFor(check(t, Input{Date: "2018-05-24", Text: "Arrests more than doubled in the Miami field office."}), "more than doubled"); e == nil || e.Verdict == Supported {
		t.Errorf("a year later: %+v", e)
	}
}

// TestStressRun21: the false contradictions stress run 21 found with probe
// sentences, each a rule. Expected values by awk over column 5 (and 10,
// the removal date) of ICERemovals_FY2016-2018.csv.gz: HAITI FY2016 310 +
// FY2017 5,578 = 5,888, calendar 2016-2017 6,110; KENYA FY2018 140; EL
// SALVADOR 2017-01-01..09-30 12,604, 2016-10-01..2017-05-31 14,178; FY2017
// FRANCE 82, UNITED KINGDOM 151, ISRAEL 81; column 8 of
// EROArrests_FY2018.csv.gz: MEXICO 93,787, GUATEMALA 17,644 of 158,581
// (11.1 %).
func TestStressRun21(t *testing.T) {
	expectSupported(t, []supportedCase{
		// a count over a span of two years is both years'
		{"2018-01-10", "Between 2016 and 2017, a total of 5,888 Haitian nationals were removed from the United States.", "5,888", 5888},
		{"2018-01-10", "From 2016 to 2017, ICE deported 6,110 people to Haiti.", "6,110", 6110},
		// a split fiscal year is the one that ends in its second year
		{"2018-11-09", "ICE removed 140 Kenyans in fiscal 2017-18.", "140", 140},
		{"2018-11-09", "ICE removed 140 Kenyans in FY17-18.", "140", 140},
		// the first months of a calendar year; months into a fiscal year
		{"2018-10-15", "ICE removed 12,604 Salvadorans in the first nine months of 2017.", "12,604", 12604},
		{"2018-10-15", "Eight months into fiscal 2017, ICE had removed 14,178 Salvadorans.", "14,178", 14178},
		// "Frenchmen" and "Britons" are citizenships, not the country before
		{"2018-01-10", "In fiscal 2017 ICE removed 81 Israelis and 82 Frenchmen.", "82", 82},
		{"2018-01-10", "In fiscal 2017 ICE removed 160 Cubans and 151 Britons.", "151", 151},
	})
	if its, _ := Analyze(Input{Date: "2018-11-09", Text: "ICE removed 140 Kenyans in fiscal 2017-18."}); len(its) != 1 {
		t.Errorf("the 18 of 2017-18 read as a figure: %d claims", len(its))
	}
	// "each year between 2015 and 2018": figures of single years
	if e := entryFor(check(t, Input{Date: "2019-12-15", Text: "Each year between 2015 and 2018, ICE removed people from almost 200 countries with the 2018 total amounting to 256,085."}), "256,085"); e == nil || e.Verdict != Supported {
		t.Errorf("each year: %+v", e)
	}
	// one citizenship is never a part of another
	noContradiction(t, Input{Date: "2018-12-20", Text: "Guatemala had 50,390 removals in fiscal 2018. El Salvador accounted for 6 percent of removals."})
	noContradiction(t, Input{Date: "2018-12-20", Text: "Mexicans made up 93,787 of ICE's arrests in fiscal 2018. Guatemalans made up 11 percent of arrests."})
}

// TestStressRun22: stress run 22's false contradictions on probes.
// KENYA removals by awk over column 5 of ICERemovals_FY2016-2018.csv.gz:
// 63, 103, 140; NIGERIA 242 (FY2016) and 369 (FY2018), +52.5 %.
func TestStressRun22(t *testing.T) {
	// "the number" after counts of 2018 and 2017: which one is a guess
	for _, text := range []string{
		"ICE deported 140 Kenyans in fiscal 2018. That was an increase on 2017 when 103 were removed. Compared to 2016 when 63 Kenyans were deported, the number has more than doubled.",
		"ICE deported 140 Kenyans in fiscal 2018. That was an increase on 2017 when 103 were removed. Since 2016, when 63 Kenyans were deported, the figure has risen by 77.",
	} {
		noContradiction(t, Input{Date: "2019-01-07", Text: text})
	}
	// "have risen by more than half" is a change, not a share
	e := entryFor(check(t, Input{Date: "2019-01-07", Text: "Nigerian removals have risen by more than half since 2016: ICE deported 369 Nigerians in fiscal 2018, against 242 in fiscal 2016."}), "more than half")
	if e == nil || e.Kind != KindChange || e.Verdict == Contradicted {
		t.Errorf("risen by more than half: %+v", e)
	}
}

// TestYearsAndBounds: stress runs 19 and 20's false contradictions on
// years and bounds. Expected values by awk over the raw files (removal
// date, column 10 of ICERemovals_FY2017-2019.csv.gz: calendar 2017
// 218,317, calendar 2018 263,131; apprehension date, column 2 of
// EROArrests_FY2017/2018.csv.gz: 2017-01-20..2017-09-30 110,568, Seattle
// FY2017 3,376 and FY2018 3,067).
func TestYearsAndBounds(t *testing.T) {
	expectSupported(t, []supportedCase{
		// "last year" in January to September: the calendar year too
		{"2019-02-10", "ICE removed 263,131 people last year.", "263,131", 263131},
		// "the previous year" is the year before the one the sentence names
		{"2019-02-10", "ICE removed 263,131 people in 2018, compared with 218,317 in the previous year.", "218,317", 218317},
		// "slipped ... to about 3,100 from about 3,400": the earlier year's
		{"2019-01-10", "Arrests by the Seattle field office slipped in fiscal 2018 to about 3,100 from about 3,400.", "about 3,400", 3376},
		// "fell to 218,317 from 2016's total": 2016 is the earlier figure's
		{"2018-02-10", "In 2017, ICE removals fell to 218,317 from 2016's total.", "218,317", 218317},
		// an unresolved period ("the Obama years") is not carried to the
		// next sentence (ICE's FY2018 total, README: 256,085)
		{"2018-12-14", "He said the same thing happened during the Obama years in 2013. Of the 256,000 total deportations, 145,262 were convicted criminals.", "256,000", 256085},
		// "Between Inauguration Day and the end of September"
		{"2017-12-06", "Between Inauguration Day and the end of September, ICE made 110,568 arrests, compared with 77,806 in FY2016.", "110,568", 110568},
	})
	for _, in := range []Input{
		// the twelve months before the article give 160,536: a reading
		// within the bound, too weak to support, enough not to contradict
		{Date: "2018-08-15", Text: "ICE arrested more than 160,000 people over the past year."},
		// the country's removals (ICE's and CBP's), another government's
		// count, a part of a year, an approximate start
		{Date: "2019-01-10", Text: "The United States deported 337,287 people in fiscal 2018."},
		{Date: "2019-01-10", Text: "According to Conmigho, the United States deported 35,000 Hondurans in 2018."},
		{Date: "2017-12-06", Text: "In the comparable period of fiscal 2016, ICE arrested 77,806 people."},
		{Date: "2017-12-06", Text: "From late January through September, ICE made 110,568 arrests, compared with 77,806 in the same period of 2016."},
	} {
		noContradiction(t, in)
	}
}

// noContradiction fails the test for every figure of in called
// contradicted.
// supportedCase is a sentence whose figure claim the records support with
// value (expectSupported).
type supportedCase struct {
	date, text, claim string
	value             float64
}

func expectSupported(t *testing.T, cases []supportedCase) {
	t.Helper()
	for _, c := range cases {
		e := entryFor(check(t, Input{Date: c.date, Text: c.text}), c.claim)
		if e == nil || e.Verdict != Supported || e.Value == nil || *e.Value != c.value {
			t.Errorf("%q: %+v, want supported with %v", c.text, e, c.value)
		}
	}
}

func noContradiction(t *testing.T, in Input) {
	t.Helper()
	noContradictionOn(t, sharedEngine(t), in)
}

// noContradictionOn checks in against eng and fails on any contradiction.
func noContradictionOn(t *testing.T, eng *query.Engine, in Input) {
	t.Helper()
	rep, err := Check(context.Background(), eng, in)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range rep.Entries {
		if e.Verdict == Contradicted {
			t.Errorf("%q: %q contradicted: %s", in.Text, e.Text, e.Explanation)
		}
	}
}

// TestArrestsAfterTheRecords: after FY2019 no FOIA arrest records exist;
// "ICE arrested N in May 2025" is, as TRAC and the press count it, ICE's
// initial book-ins by arresting agency, and "N arrested by ICE" without a
// period the people held whom ICE arrested: readings that support and
// never contradict. Expected values are workbook cells (`python3
// testdata/claims/expected.py --cells FILE SHEET 20:22`): the 2025-06-06
// edition's Detention FY25 Q22 (ICE, May) 23,564, Q21 (CBP) 5,233 and B20
// (held, arrested by ICE) 33,976; the 2025-10-30 edition's T22 (ICE,
// August) 28,308. A month's change, as TRAC computes it, of the daily
// rates: the 2025-06-06 edition's totals P20 (April) 22,820 and Q20 (May)
// 28,797, (28,797/31)/(22,820/30) - 1 = +22.12 %.
func TestArrestsAfterTheRecords(t *testing.T) {
	eng := detentionEngine(t)
	for _, c := range []supportedCase{
		{"2025-06-10", "In May 2025, ICE arrested 23,564 people.", "23,564", 23564},
		{"2025-06-10", "In May 2025, ICE arrested 23,564 people, while U.S. Customs and Border Protection (CBP) arrested 5,233.", "5,233", 5233},
		{"2025-10-31", "ICE recorded 28,308 arrests in August 2025 nationwide.", "28,308", 28308},
		{"2025-06-06", "The number of immigrants arrested by ICE rose to 33,976.", "33,976", 33976},
		{"2025-06-10", "Arrests in May rose 22 percent from April.", "22 percent", 22.12},
	} {
		rep, err := Check(context.Background(), eng, Input{Date: c.date, Text: c.text})
		if err != nil {
			t.Fatal(err)
		}
		if e := entryFor(rep, c.claim); e == nil || e.Verdict != Supported || e.Value == nil || math.Abs(*e.Value-c.value) > 0.005 || e.Under == "" {
			t.Errorf("%q: %+v, want supported under the book-ins reading with %v", c.text, e, c.value)
		}
	}
	// a reading of another measure never contradicts
	// "ICE made 28,797 arrests": ICE's part (23,564), not all book-ins
	// (Q20, 28,797)
	for text, claim := range map[string]string{"In May 2025, ICE arrested 30,500 people.": "30,500", "Arrests in May rose 60 percent from April.": "60 percent",
		"ICE made 28,797 arrests in May 2025.": "28,797"} {
		rep, err := Check(context.Background(), eng, Input{Date: "2025-06-10", Text: text})
		if err != nil {
			t.Fatal(err)
		}
		if e := entryFor(rep, claim); e == nil || e.Verdict != NotCheckable {
			t.Errorf("a book-ins reading contradicted or supported %s: %+v", claim, e)
		}
	}
}

// TestStressRun23: stress run 23's probes that were called contradicted
// (testdata/claims/stress-probes-s23.md): arrests "by CBP" in a removals
// sentence, refuted or attributed figures, another government's counts,
// removals "from the interior", a negated citizenship, schedules, "so far"
// in a fiscal year that had ended, the start of "from X to Y". Then "As of
// June ... in fiscal 2018": the fiscal year to the end of June. Expected
// values by awk over the raw files: apprehension date (column 2 of
// EROArrests_FY2018.csv.gz) 2017-10-01..2018-06-30: 120,549; removal date
// (column 10 of ICERemovals_FY2017-2019.csv.gz) in those days: 193,365, of
// them citizenship (column 5) MAURITANIA: 79.
func TestStressRun23(t *testing.T) {
	for _, c := range []struct{ date, text string }{
		{"2019-12-12", "In fiscal 2018, ICE removed 95,360 people it had arrested itself and 160,725 arrested by CBP."},
		{"2018-12-20", "ICE's 256,085 removals in fiscal 2018 included 160,725 people arrested by CBP and 95,360 arrested by ICE."},
		{"2018-03-01", "Trump falsely said ICE deported 250,000 people in fiscal 2017."},
		{"2018-03-01", "Contrary to claims of 250,000 deportations in fiscal 2017, ICE removed 226,119 people."},
		{"2018-03-01", "The mayor's figure of 250,000 deportations in fiscal 2017 overstates ICE's total of 226,119."},
		{"2018-03-01", "The tweet, which claims ICE deported 250,000 people in fiscal 2017, has been shared 10,000 times."},
		{"2018-03-01", "A viral post says ICE deported 250,000 people in fiscal 2017."},
		{"2018-03-14", "Statistics from the Ghana Immigration Service show that 330 Ghanaians were deported from the United States in 2017."},
		{"2019-02-01", "Jamaica's Ministry of National Security recorded 850 Jamaicans deported from the United States in 2018."},
		{"2019-02-01", "Brazil's Federal Police said 1,900 Brazilians were deported from the United States in fiscal 2018."},
		{"2018-01-10", "ICE removed 25 percent more people from the interior in fiscal 2017 than in fiscal 2016."},
		{"2018-01-10", "In fiscal 2017, 65 percent of those ICE removed from inside the United States were Mexican."},
		{"2018-01-22", "Nationwide, ICE removed 97,354 non-Mexicans in fiscal 2017."},
		{"2018-01-22", "Across the United States, ICE removed 97,354 people from countries other than Mexico in fiscal 2017."},
		{"2019-01-10", "Nationwide, ICE arrested 64,794 people who were not Mexican citizens in fiscal 2018."},
		{"2019-01-10", "ICE said 140 Cambodians are scheduled to be deported in fiscal 2018."},
		{"2019-01-10", "ICE said 140 Cambodians face deportation in fiscal 2018."},
		{"2019-01-10", "ICE expects to deport 140 Cambodians in fiscal 2018."},
		{"2018-10-12", "So far in fiscal year 2018, ICE has deported 79 Mauritanians, up from eight in FY 2017."},
		{"2018-05-01", "In the 12 months to March 2018, Mexicans made up 58 percent of those ICE removed."},
		{"2018-05-01", "At-large arrests made up 26 percent of ICE arrests in the 12 months to March 2018."},
		// a fiscal year's month is one figure's, not the others'
		{"2019-06-21", "Under Trump, ICE deportations fell to 226,119 in fiscal 2017, then ticked up to over 250,000 in fiscal 2018 and hit a Trump administration high of 282,242 this fiscal year (as of June)."},
	} {
		noContradiction(t, Input{Date: c.date, Text: c.text})
	}
	expectSupported(t, []supportedCase{
		{"2018-12-01", "As of June, ICE had made 120,549 arrests in fiscal 2018.", "120,549", 120549},
		{"2018-12-01", "By the end of June, ICE had removed 193,365 people in fiscal year 2018.", "193,365", 193365},
		{"2018-10-12", "As of June, ICE had deported 79 Mauritanians in fiscal 2018.", "79", 79},
	})
}

// TestStressRun24: stress run 24's probes that were called contradicted
// (testdata/claims/stress-probes-s24.md): every citizenship but one, border
// removals worded as "recent border crossers", more foreign governments'
// counts, "in the past year" (twelve months ending where the writer's data
// end). Then whole rates ("about 8 people a day" for 3,067 Seattle arrests
// in FY2018, 8.4 a day) and "As of June" read to the start of June too.
// Expected values by awk over the raw files: Seattle AOR FY2018 arrests
// 3,067 (column 1 and 2 of EROArrests_FY2018.csv.gz); apprehension dates
// 2017-10-01..2018-05-31: 107,234. A count "during the same period in
// 2017" takes the period in force a year before.
func TestStressRun24(t *testing.T) {
	for _, c := range []struct{ date, text string }{
		{"2018-01-10", "ICE removed 97,354 people who were not from Mexico in fiscal 2017."},
		{"2018-01-10", "Apart from Mexicans, ICE removed 97,354 people in fiscal 2017."},
		{"2018-01-10", "ICE removed 128,765 Mexicans and 97,000 others in fiscal 2017."},
		{"2018-01-10", "ICE removed 128,765 Mexicans in fiscal 2017, while the rest, 97,354, came from elsewhere."},
		{"2018-12-20", "Excluding Mexicans, ICE's fiscal 2018 removals totaled 115,040."},
		{"2018-12-20", "Of the 256,085 people ICE removed in fiscal 2018, 141,045 were Mexican and the remaining 115,040 came from other countries."},
		{"2018-01-10", "ICE removed 144,516 recent border crossers in fiscal 2017."},
		{"2018-01-10", "ICE removed 144,516 people who had recently crossed the border in fiscal 2017."},
		{"2018-12-20", "Some 18,000 Salvadorans were deported from the United States in 2018, according to Salvadoran migration officials."},
		{"2018-12-20", "In 2018, 60,000 Guatemalans were deported from the United States, according to the IGM."},
		{"2019-06-15", "In the past year, ICE arrested 151,246 people."},
	} {
		noContradiction(t, Input{Date: c.date, Text: c.text})
	}
	expectSupported(t, []supportedCase{
		{"2018-12-15", "The Seattle field office arrested about 8 people a day in fiscal 2018.", "about 8 people a day", 3067.0 / 365},
		{"2018-08-15", "As of June, ICE had made 107,234 arrests in fiscal 2018.", "107,234", 107234},
		// "the same period in 2017" / "that period in fiscal year 2017" after
		// a sentence on October 2017 to June 2018 (stress run 24's
		// NumbersUSA page): October 2016 to June 2017, by awk 102,494
		// arrests (column 2 of EROArrests_FY2017.csv.gz) and 175,480
		// removals (column 10 of ICERemovals_FY2016-2018.csv.gz)
		{"2018-09-21", "ICE arrested about 120,000 illegal aliens during the first three quarters of fiscal year 2018. That's a 17 percent increase over the 102,500 arrests that occurred during the same period in 2017.", "102,500", 102494},
		{"2018-09-21", "About 191,500 illegal aliens were deported during the first three quarters of fiscal year 2018, nine percent more than the 175,500 removals during that period in fiscal year 2017.", "175,500", 175480},
	})
}

// TestWhoseDeportations: a citizenship's deportations in a text that never
// names ICE may be its own government's count ("roughly 152,000 Mexican
// nationals", Mexico's repatriations, border returns included; held-out
// row l-randyreport-mexico2017-02): never contradicted. Named as ICE's,
// the same figure is: removal date (column 10 of ICERemovals_FY2017.csv.gz
// and ICERemovals_FY2018.csv.gz) 2017-01-01..2017-11-30, citizenship
// (column 5) MEXICO: 113,370 by awk.
func TestWhoseDeportations(t *testing.T) {
	noContradiction(t, Input{Date: "2017-12-29", Text: "In total, Trump’s use of the United States’ deportation machinery resulted in roughly 152,000 Mexican nationals being deported between January and November 2017."})
	e := entryFor(check(t, Input{Date: "2017-12-29", Text: "ICE deported roughly 152,000 Mexican nationals between January and November 2017."}), "roughly 152,000")
	if e == nil || e.Verdict != Contradicted || e.Value == nil || *e.Value != 113370 {
		t.Errorf("ICE's own: %+v, want contradicted with 113,370", e)
	}
}

// TestTermYears: "Obama's final year" is read as FY2016, the last fiscal
// year wholly in his term, a reading the sentence does not state: it
// supports a figure and never contradicts one (The Randy Report,
// 2017-12-29, held-out row l-randyreport-mexico2017-06). Expected: 149,821
// Mexican removals in FY2016 (the row's records_value, computed by
// testdata/claims/expected.py over the removals file).
func TestTermYears(t *testing.T) {
	e := entryFor(check(t, Input{Date: "2017-12-29", Text: "According to ICE, During Obama’s final year spearheading the nation’s deportation system, some 150,000 Mexican nationals were deported."}), "some 150,000")
	if e == nil || e.Verdict != Supported || e.Value == nil || *e.Value != 149821 {
		t.Errorf("Obama's final year: %+v, want supported with 149,821", e)
	}
	noContradiction(t, Input{Date: "2017-12-29", Text: "During Obama’s final year in office, ICE deported some 180,000 Mexican nationals."})
}

// TestStressRun25: probe sentences of stress run 25 (testdata/claims/
// stress-probes-s25.md), each true of the records under the reading the
// sentence gives (the run's `icestat count` commands: 144,604 male
// arrests in FY2018; Guatemala, Honduras and El Salvador 94,729 of 256,085
// removals; 118,045 = 158,581 arrests less 40,536 at-large; SOUTH KOREA 122
// + KOREA 32 = 154 ...) but read without one of its qualifiers, a set of
// countries, a share's whole, a part of the year or a source's extract:
// none may be called contradicted.
func TestStressRun25(t *testing.T) {
	for _, c := range []struct{ date, text string }{
		{"2018-12-20", "ICE arrested 144,604 men in fiscal 2018."},
		{"2018-12-20", "ICE removed 44,896 Guatemalan men in fiscal 2018."},
		{"2018-12-20", "Women made up 11 percent of the Guatemalans ICE removed in fiscal 2018."},
		{"2018-12-20", "ICE removed 240,000 adults in fiscal 2018."},
		{"2018-12-20", "ICE removed 245,000 single adults in fiscal 2018."},
		{"2018-12-20", "Guatemalans, Hondurans and Salvadorans made up 37 percent of ICE removals in fiscal 2018."},
		{"2018-12-20", "Just four nations, led by Mexico, made up 92% of those ICE deported in fiscal 2018."},
		{"2018-12-20", "Guatemalans accounted for 56 percent of the rise in ICE removals in fiscal 2018."},
		{"2018-12-20", "Mexicans accounted for half of the increase in ICE arrests in fiscal 2017."},
		{"2018-12-20", "ICE deported 50,390 Guatemalans in fiscal 2018, roughly 5 percent of the estimated 1 million Guatemalans living in the U.S."},
		{"2018-12-20", "Half of the Hondurans surveyed in 2018 said a family member had been deported by ICE."},
		{"2018-12-20", "A third of Guatemalans polled in 2018 said ICE had removed a relative."},
		{"2018-12-20", "ICE made 118,045 custodial arrests in fiscal 2018."},
		{"2018-12-20", "In fiscal 2018, 74 percent of ICE's arrests took place in jails and prisons, and 26 percent were at-large arrests."},
		{"2019-03-01", "ICE made 150,058 arrests in 2017 after Trump took office."},
		{"2018-12-20", "During the last fiscal year under Obama, Mexicans made up 62 percent of ICE removals."},
		{"2018-12-20", "In the 12 months ending in September, Mexicans made up 55 percent of those ICE removed."},
		{"2019-07-15", "In the six months ending in March, ICE arrested 72,295 people nationwide, 9 percent fewer than a year earlier."},
		{"2018-12-20", "ICE removed 246,884 people from the Americas in fiscal 2018."},
		{"2018-12-20", "ICE removed 247,000 Hispanic immigrants in fiscal 2018."},
		{"2018-12-20", "ICE made about 564 arrests a day on weekdays in fiscal 2018."},
		{"2018-12-20", "ICE's other 23 field offices made 140,059 arrests in fiscal 2018, while Dallas made 17,644."},
		{"2019-03-01", "In the last quarter of fiscal 2018, Mexicans made up 51 percent of ICE removals."},
		{"2019-03-01", "In the second half of 2018, Mexicans made up 51 percent of ICE removals."},
		{"2018-12-20", "ICE deported 154 South Koreans in fiscal year 2018."},
		{"2018-12-20", "ICE removed 1,788 Dominicans in fiscal 2018."},
		{"2018-12-20", "ICE removed 741 Chinese nationals in fiscal 2018."},
		{"2019-01-14", "According to TRAC, ICE made 945 arrests through the 287(g) program in January 2018 and 816 in February."},
	} {
		noContradiction(t, Input{Date: c.date, Text: c.text})
	}
}
