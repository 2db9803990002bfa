package query

import (
	"context"
	"errors"
	"net/url"
	"reflect"
	"strings"
	"testing"

	"github.com/icestat/icestat/internal/canon"
	"github.com/icestat/icestat/internal/fixture"
	"github.com/icestat/icestat/internal/store"
	"github.com/icestat/icestat/internal/table"
)

func TestParse(t *testing.T) {
	tests := []struct {
		params string
		check  func(*Query) bool
	}{
		{"dataset=arrests&aor=BOS", func(q *Query) bool { return reflect.DeepEqual(q.AORs, []string{"BOS"}) }},
		{"dataset=arrests&aor=boston", func(q *Query) bool { return reflect.DeepEqual(q.AORs, []string{"BOS"}) }},
		{"dataset=arrests&aor=Boston+Area+of+Responsibility", func(q *Query) bool { return reflect.DeepEqual(q.AORs, []string{"BOS"}) }},
		{"dataset=arrests&aor=ERO+Boston&aor=sea", func(q *Query) bool { return reflect.DeepEqual(q.AORs, []string{"BOS", "SEA"}) }},
		{"dataset=arrests&state=Massachusetts", func(q *Query) bool { return reflect.DeepEqual(q.States, []string{"MA"}) }},
		{"dataset=arrests&fy=FY2016..2018", func(q *Query) bool { return reflect.DeepEqual(q.FYs, []int{2016, 2017, 2018}) }},
		{"dataset=arrests&by=aor,month&share=true", func(q *Query) bool { return reflect.DeepEqual(q.By, []string{"aor", "month"}) && q.Share }},
		{"dataset=removals&final-order=yes", func(q *Query) bool { return q.FinalOrder != nil && *q.FinalOrder }},
		{"dataset=arrests&where=landmark=SEA+CAP", func(q *Query) bool { return q.Where[0] == Cond{"landmark", "SEA CAP"} }},
		// the releases' inverted country names hold a comma
		{"dataset=removals&country=China,+Peoples+Republic+of", func(q *Query) bool {
			return reflect.DeepEqual(q.Countries, []string{"CHINA, PEOPLES REPUBLIC OF"})
		}},
		{"dataset=removals&country=MEXICO,MICRONESIA,+FEDERATED+STATES+OF,GUATEMALA", func(q *Query) bool {
			return reflect.DeepEqual(q.Countries, []string{"MEXICO", "MICRONESIA, FEDERATED STATES OF", "GUATEMALA"})
		}},
	}
	for _, tt := range tests {
		v, _ := url.ParseQuery(tt.params)
		q, err := Parse(v)
		if err != nil || !tt.check(q) {
			t.Errorf("Parse(%s) = %+v, %v", tt.params, q, err)
			continue
		}
		// Round trip: the query's own parameters give the same query.
		q2, err := Parse(q.Values())
		if err != nil || !reflect.DeepEqual(q, q2) {
			t.Errorf("round trip of %s: %+v vs %+v (%v)", tt.params, q, q2, err)
		}
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct{ params, want string }{
		{"aor=BOS", "no dataset"},
		{"dataset=arrests&aor=Atlantis", "unknown area of responsibility"},
		{"dataset=arrests&state=ZZ", "unknown state"},
		{"dataset=arrests&fy=18", "bad fiscal year"},
		{"dataset=arrests&month=2025-13", "bad month"},
		{"dataset=arrests&from=2/30/2017", "bad --from"},
		{"dataset=arrests&criminality=bad", "unknown criminality"},
		{"dataset=arrests&by=aor%3BDROP+TABLE+arrests", "unknown dimension"},
		{"dataset=arrests&where=1=1", "unknown column"},
		{"dataset=arrests&where=aor", "bad --where"},
		{"dataset=arrests&sort=random()", "bad --sort"},
		{"dataset=arrests&method-scheme=x", "unknown method scheme"},
		{"dataset=removals&removal-basis=arrival", "unknown removal basis"},
		{"dataset=arrests&removal-basis=excluding-lag", "applies to removals only"},
		{"dataset=arrests&color=red", "unknown parameter"},
	}
	for _, tt := range tests {
		v, _ := url.ParseQuery(tt.params)
		_, err := Parse(v)
		var qe *Error
		if !errors.As(err, &qe) || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("Parse(%s) error = %v, want a query error with %q", tt.params, err, tt.want)
		}
	}
	v, _ := url.ParseQuery("dataset=tweets")
	if _, err := Parse(v); !errors.Is(err, ErrUnknownDataset) {
		t.Errorf("unknown dataset error = %v", err)
	}
}

func TestCommand(t *testing.T) {
	v, _ := url.ParseQuery("dataset=arrests&aor=boston&fy=2017&landmark=O'Hare&by=month")
	q, _ := Parse(v)
	want := `icestat count arrests --aor BOS --fy 2017 --landmark 'O'\''Hare' --by month`
	if got := q.Command(); got != want {
		t.Errorf("Command() = %s\nwant        %s", got, want)
	}
}

// TestCommandRemovalBasis: the default basis is left out of the command
// line, the others are kept, with the method scheme before them.
func TestCommandRemovalBasis(t *testing.T) {
	for params, want := range map[string]string{
		"dataset=removals&fy=2018&removal-basis=removal-date":       "icestat count removals --fy 2018",
		"dataset=removals&fy=2018&removal-basis=Excluding-Lag":      "icestat count removals --fy 2018 --removal-basis excluding-lag",
		"dataset=arrests&fy=2017&method-scheme=ice&by=method_class": "icestat count arrests --fy 2017 --method-scheme ice --by method_class",
	} {
		v, _ := url.ParseQuery(params)
		q, err := Parse(v)
		if err != nil {
			t.Fatal(err)
		}
		if got := q.Command(); got != want {
			t.Errorf("Command(%s) = %s, want %s", params, got, want)
		}
	}
}

func testDay(s string) canon.Day {
	d, err := canon.ParseDate(s, false, false)
	if err != nil {
		panic(err)
	}
	return d
}

// sampleEngine builds a store from bundled real files.
func sampleEngine(t testing.TB, files ...string) *Engine {
	t.Helper()
	s, err := store.Open(fixture.Store(t, files...))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return &Engine{Store: s}
}

var sample = fixture.Sample

func run(t testing.TB, e *Engine, params string) *Result {
	t.Helper()
	v, err := url.ParseQuery(params)
	if err != nil {
		t.Fatal(err)
	}
	q, err := Parse(v)
	if err != nil {
		t.Fatal(err)
	}
	r, err := e.Run(context.Background(), q)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func total(t testing.TB, r *Result) int64 {
	t.Helper()
	if r.Total == nil {
		t.Fatalf("no count given; warnings %v", r.Warnings)
	}
	return *r.Total
}

func TestCountsOnBundledSample(t *testing.T) {
	e := sampleEngine(t,
		sample("BOS_EROArrests_FY2017.csv.gz"), sample("BOS_EROArrests_FY2018.csv.gz"), sample("BOS_EROArrests_FY2019.csv.gz"),
		sample("BOS_ICERemovals_FY2016.csv.gz"))
	tests := []struct {
		params string
		want   int64
		how    string
	}{
		{"dataset=arrests&aor=BOS&fy=2017", 2834, "zcat BOS_EROArrests_FY2017.csv.gz | tail -n +7 | wc -l"},
		{"dataset=arrests&aor=boston&fy=2018", 2908, "zcat BOS_EROArrests_FY2018.csv.gz | tail -n +7 | wc -l"},
		{"dataset=removals&aor=BOS&fy=2016&country=mexico", 169, `awk -F'|' '$5=="\"MEXICO\""' over the FY2016 removals slice`},
		{"dataset=arrests&aor=BOS&fy=2017&method=at-large", 1800, `awk -F'|' '$3 is Located, Non-Custodial Arrest or Worksite Enforcement'`},
		{"dataset=arrests&aor=BOS&fy=2017&country=BRAZIL", 331, `awk -F'|' '$8=="\"BRAZIL\""'`},
		// Injection attempts are values like any other: they match nothing.
		// (--allow-absent: a value in no source is otherwise refused.)
		{"dataset=arrests&aor=BOS&fy=2017&country=MEXICO'+OR+1=1+--&allow-absent=true", 0, "no such country"},
		{"dataset=arrests&aor=BOS&fy=2017&landmark=%25&allow-absent=true", 0, "no landmark contains a percent sign"},
	}
	for _, tt := range tests {
		r := run(t, e, tt.params)
		if got := total(t, r); got != tt.want {
			t.Errorf("%s = %d, want %d (%s)", tt.params, got, tt.want, tt.how)
		}
	}
}

func TestByMonth(t *testing.T) {
	e := sampleEngine(t, sample("BOS_EROArrests_FY2017.csv.gz"))
	// The bundled slice covers Boston only, so questions name the AOR.
	r := run(t, e, "dataset=arrests&aor=BOS&by=month&sort=key")
	// zcat BOS_EROArrests_FY2017.csv.gz | tail -n +7 | awk -F'|' '{split($2,a,"/"); printf "%04d-%02d\n", a[3], a[1]}' | sort | uniq -c | head -3
	want := map[string]int64{"2016-10": 152, "2016-11": 178, "2016-12": 156}
	if len(r.Rows) != 12 {
		t.Fatalf("%d months, want 12", len(r.Rows))
	}
	for _, row := range r.Rows[:3] {
		m, n := row[0].(string), table.Int(row[1])
		if want[m] != n {
			t.Errorf("%s = %d, want %d", m, n, want[m])
		}
	}
	r = run(t, e, "dataset=arrests&aor=BOS&by=country&limit=3")
	// ... | awk -F'|' '{print $8}' | sort | uniq -c | sort -rn | head -3
	wantTop := []string{"GUATEMALA", "DOMINICAN REPUBLIC", "BRAZIL"}
	for i, row := range r.Rows {
		if row[0] != wantTop[i] {
			t.Errorf("top country %d = %v, want %s", i, row[0], wantTop[i])
		}
	}
}

func TestRedactedVersusEmpty(t *testing.T) {
	e := sampleEngine(t, sample("BOS_EROArrests_FY2017.csv.gz"))
	r := run(t, e, "dataset=arrests&aor=BOS&by=operation")
	got := map[string]int64{}
	for _, row := range r.Rows {
		got[row[0].(string)] = table.Int(row[1])
	}
	// awk -F'|' '$5=="\"(B)(7)(E) \""' → 295 redacted; '$5==""' → the rest are empty.
	if got["(redacted)"] != 295 || got["(empty)"] != 2834-295 {
		t.Errorf("operation groups = %v, want 295 redacted and %d empty", got, 2834-295)
	}
}

func TestCoverage(t *testing.T) {
	e := sampleEngine(t, sample("BOS_EROArrests_FY2019.csv.gz"))
	r := run(t, e, "dataset=arrests&aor=BOS&fy=2019")
	if r.Coverage.Complete || len(r.Coverage.Gaps) != 1 || r.Coverage.Gaps[0].String() != "2019-09-01..2019-09-30" {
		t.Errorf("FY2019 coverage = %+v", r.Coverage)
	}
	if !strings.Contains(strings.Join(r.Warnings, " "), "partial") {
		t.Errorf("no partial warning: %v", r.Warnings)
	}
	r = run(t, e, "dataset=arrests&aor=BOS&month=2025-05")
	if r.Total != nil || !r.Coverage.None {
		t.Errorf("2025-05 gave a count: %v %+v", *r.Total, r.Coverage)
	}
	r = run(t, e, "dataset=removals&aor=BOS&fy=2019")
	if r.Total != nil {
		t.Errorf("removals with no removals source gave a count %d", *r.Total)
	}
	// The slice covers Boston only: national and NYC questions are not covered.
	for _, p := range []string{"dataset=arrests&fy=2019&aor=NYC", "dataset=arrests&fy=2019"} {
		if r = run(t, e, p); r.Total != nil {
			t.Errorf("%s gave a count from a Boston-only source", p)
		}
	}
	r = run(t, e, "dataset=arrests&month=2019-03&state=MA")
	if total(t, r) == 0 || !strings.Contains(strings.Join(r.Warnings, " "), "BOS AOR") {
		t.Errorf("state answer without AOR warning: %v", r.Warnings)
	}
}

func sharedFile(t *testing.T, rel string) string { return fixture.Shared(t, rel) }

// TestOverlapNeverDoubleCounts: national FY2017 arrests equal the nationwide
// file's row count (zcat | wc -l minus 6 = 143,470) whether or not the
// Seattle releases, which restate Seattle's FY2017 arrests, are stored too.
func TestOverlapNeverDoubleCounts(t *testing.T) {
	nat := sharedFile(t, "uwchr-2019-ICFO-53623/EROArrests_FY2017.csv.gz")
	seaText := sharedFile(t, "uwchr-seattle/arrests_FY2012-FY2019YTD.csv.gz")
	seaBook := sharedFile(t, "uwchr-seattle/2018-ICFO-36170_Seattle_Encounters_Arrests_Removals.xlsx")
	alone := sampleEngine(t, nat)
	both := sampleEngine(t, seaText, nat, seaBook)
	for _, e := range []*Engine{alone, both} {
		if got := total(t, run(t, e, "dataset=arrests&fy=2017")); got != 143470 {
			t.Errorf("national FY2017 arrests = %d, want 143470", got)
		}
		// awk -F'|' '$1=="\"Seattle Area of Responsibility\""' over the national file: 3,376.
		if got := total(t, run(t, e, "dataset=arrests&fy=2017&aor=SEA")); got != 3376 {
			t.Errorf("SEA FY2017 arrests = %d, want 3376", got)
		}
	}
	r := run(t, both, "dataset=arrests&fy=2017&aor=SEA")
	if len(r.LeftOut) == 0 || len(r.Sources) != 1 || r.Sources[0].File != "EROArrests_FY2017.csv.gz" {
		t.Errorf("sources %+v, left out %+v", r.Sources, r.LeftOut)
	}
	// FY2013 exists only in the Seattle text release (awk over its Arrest
	// Date column: fiscal year 2013 → 7,165 rows).
	if got := total(t, run(t, both, "dataset=arrests&fy=2013&aor=SEA")); got != 7165 {
		t.Errorf("SEA FY2013 = %d, want 7165", got)
	}
	// Explicit --source overrides the default.
	if got := total(t, run(t, both, "dataset=arrests&fy=2017&aor=SEA&source=arrests_FY2012-FY2019YTD.csv.gz")); got != 3376 {
		t.Errorf("SEA FY2017 from the Seattle release = %d, want 3376", got)
	}
}
