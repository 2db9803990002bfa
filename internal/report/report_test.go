package report

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"encoding/xml"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"

	"github.com/icestat/icestat/internal/answer"
	"github.com/icestat/icestat/internal/fixture"
	"github.com/icestat/icestat/internal/query"
	"github.com/icestat/icestat/internal/store"
	"github.com/icestat/icestat/internal/table"
)

var sample = fixture.Sample

const sharedData = "../../../shared/data"

// buildStore ingests files into a new store in dir and returns a read-only
// engine over it.
func buildStore(tb testing.TB, dir string, files ...string) *query.Engine {
	tb.Helper()
	path := filepath.Join(dir, "r.duckdb")
	if err := fixture.Load(path, dir, files...); err != nil {
		tb.Fatal(err)
	}
	ro, err := store.OpenReadOnly(path)
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { ro.Close() })
	return &query.Engine{Store: ro}
}

var (
	sampleOnce sync.Once
	sampleEng  *query.Engine
)

// sampleEngine is a read-only engine over the store of every bundled file
// (fixture.SampleStore: Boston slices of the nationwide release and the
// Seattle releases), opened once per test binary.
func sampleEngine(t *testing.T) *query.Engine {
	t.Helper()
	path := fixture.SampleStore(t)
	sampleOnce.Do(func() {
		ro, err := store.OpenReadOnly(path)
		if err != nil {
			t.Fatal(err)
		}
		sampleEng = &query.Engine{Store: ro}
	})
	if sampleEng == nil {
		t.Fatal("sample store could not be opened")
	}
	return sampleEng
}

func TestMain(m *testing.M) {
	code := m.Run()
	if sampleEng != nil {
		sampleEng.Store.Close()
	}
	if benchEng != nil {
		benchEng.Store.Close()
	}
	if benchDir != "" {
		os.RemoveAll(benchDir)
	}
	fixture.Cleanup()
	os.Exit(code)
}

func build(t *testing.T, eng *query.Engine, req Request) *Report {
	t.Helper()
	r, err := Build(context.Background(), eng, req)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func section(t *testing.T, r *Report, ds string) *DatasetSection {
	t.Helper()
	for i := range r.Datasets {
		if r.Datasets[i].Dataset == ds {
			return &r.Datasets[i]
		}
	}
	t.Fatalf("report has no %s section", ds)
	return nil
}

func total(t *testing.T, r *Report, ds string) Figure {
	t.Helper()
	for _, f := range r.Totals {
		if f.Dataset == ds {
			return f
		}
	}
	t.Fatalf("report has no %s total", ds)
	return Figure{}
}

func breakdown(t *testing.T, s *DatasetSection, dim string) *Breakdown {
	t.Helper()
	for i := range s.Breakdowns {
		if s.Breakdowns[i].Dimension == dim {
			return &s.Breakdowns[i]
		}
	}
	t.Fatalf("%s section has no %s breakdown", s.Dataset, dim)
	return nil
}

func rowCount(b *Breakdown, key string) int64 {
	for _, r := range b.Rows {
		if r.Key == key {
			return r.Count
		}
	}
	return -1
}

func wantCount(t *testing.T, f Figure, n int64, status string) {
	t.Helper()
	if f.Count == nil || *f.Count != n || f.Status != status {
		got := "nil"
		if f.Count != nil {
			got = table.Thousands(*f.Count)
		}
		t.Errorf("%s %s = %s (%s), want %d (%s)", f.Dataset, f.Period, got, f.Status, n, status)
	}
}

func sha(t *testing.T, path string) string {
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	s := sha256.Sum256(b)
	return hex.EncodeToString(s[:])
}

func TestReportBostonFY2018(t *testing.T) {
	r := build(t, sampleEngine(t), Request{AOR: "boston", FY: 2018})
	// 2,908 = zcat testdata/sample/BOS_EROArrests_FY2018.csv.gz | tail -n +7 | wc -l
	a := total(t, r, "arrests")
	wantCount(t, a, 2908, Complete)
	if a.Command != "icestat count arrests --aor BOS --fy 2018" {
		t.Errorf("command = %q", a.Command)
	}
	// 2,405 removals dated in FY2018 across the four BOS removals files:
	// zcat BOS_ICERemovals_FY201*.csv.gz | grep '^"Boston' | awk -F'|' '{d=$10; gsub(/"/,"",d);
	//   split(d,a,"/"); k=sprintf("%04d%02d%02d",a[3],a[1],a[2]); if (k>="20171001" && k<="20180930") n++} END {print n}'
	wantCount(t, total(t, r, "removals"), 2405, Complete)
	// No BOS encounters file for FY2018 (the sample has FY2016, 2017, 2019):
	// no count, never 0.
	if e := total(t, r, "encounters"); e.Status != None || e.Count != nil {
		t.Errorf("encounters FY2018 = %+v, want not covered", e)
	}
	ar := section(t, r, "arrests")
	// Previous FY: 2,834 = zcat BOS_EROArrests_FY2017.csv.gz | tail -n +7 | wc -l; change +74.
	if c := ar.Comparisons[0]; c.Figure.Count == nil || *c.Figure.Count != 2834 || c.Change == nil || *c.Change != 74 {
		t.Errorf("previous FY comparison = %+v", c)
	}
	// Rank among fiscal years: 1,858 / 2,834 / 2,908 complete, FY2019 partial.
	if rk := ar.Series.Rank; rk == nil || !rk.Largest || rk.Of != 3 || !sameList(rk.Excluded, "2019") {
		t.Errorf("rank = %+v", rk)
	}
	// awk -F'|' '$3=="\"Located\""' on the FY2018 slice: 1,246; at-large
	// (Located, Non-Custodial Arrest, Worksite Enforcement): 1,864.
	if n := rowCount(breakdown(t, ar, "method"), "Located"); n != 1246 {
		t.Errorf("Located = %d, want 1246", n)
	}
	if n := rowCount(breakdown(t, ar, "method_class"), "at-large"); n != 1864 {
		t.Errorf("at-large = %d, want 1864", n)
	}
	if ar.Schemes[0].AtLarge != 1864 || len(ar.Schemes) != 6 {
		t.Errorf("schemes = %+v", ar.Schemes)
	}
	// ICE's own grouping (scheme ice): awk -F'|' on the FY2018 slice, $3 is
	// Located, Non-Custodial Arrest or Probation and Parole: 1,923; $3 starts
	// with "CAP " or is Criminal Alien Program, Custodial Arrest or 287(g)
	// Program: 888.
	if ice := ar.Schemes[5]; ice.Scheme != "ice" || ice.AtLarge != 1923 || ice.Custodial != 888 || !strings.Contains(ice.Command, "--method-scheme ice") {
		t.Errorf("ice scheme row = %+v", ice)
	}
	// awk -F'|' '$8=="\"GUATEMALA\""': 478, the top country.
	if c := breakdown(t, ar, "country"); c.Rows[0].Key != "GUATEMALA" || c.Rows[0].Count != 478 {
		t.Errorf("top country = %+v", c.Rows[0])
	}
	// Operations: awk -F'|' '$5=="\"(B)(7)(E) \""' = 263 redacted, none named.
	op := breakdown(t, ar, "operation")
	if op.Redacted != 263 || len(op.Rows) != 0 {
		t.Errorf("operations = %+v", op)
	}
	// The 2019 releases have no criminality or final-order field.
	for _, dim := range []string{"criminality", "final_order"} {
		b := breakdown(t, ar, dim)
		if !b.Absent || !strings.Contains(b.Note, "absent in the sources used (BOS_EROArrests_FY2018.csv.gz)") {
			t.Errorf("%s: %+v", dim, b)
		}
	}
	found := false
	for _, x := range r.Redactions {
		if x.Dataset == "arrests" && x.Field == "operation" && x.Redacted == 263 && x.Rows == 2908 {
			found = true
		}
	}
	if !found {
		t.Errorf("redactions = %+v", r.Redactions)
	}
	// Provenance: the file's SHA-256 (sha256sum testdata/sample/BOS_EROArrests_FY2018.csv.gz).
	want := sha(t, sample("BOS_EROArrests_FY2018.csv.gz"))
	ok := false
	for _, s := range r.Sources {
		if s.File == "BOS_EROArrests_FY2018.csv.gz" && s.SHA256 == want && s.Rows == 2908 {
			ok = true
		}
	}
	if !ok {
		t.Errorf("sources = %+v, want BOS_EROArrests_FY2018.csv.gz with sha %s", r.Sources, want)
	}
	if !strings.Contains(r.Caveats[0], "not a state") || !strings.Contains(r.Caveats[0], "MA, ME, NH, RI, VT") {
		t.Errorf("caveats = %q", r.Caveats)
	}
}

func sameList(got []string, want ...string) bool {
	return strings.Join(got, ",") == strings.Join(want, ",")
}

func TestReportMexicanRemovalsFY2016(t *testing.T) {
	r := build(t, sampleEngine(t), Request{AOR: "BOS", FY: 2016})
	// 169 = zcat BOS_ICERemovals_FY2016.csv.gz | tail -n +7 | awk -F'|' '$5=="\"MEXICO\""' | wc -l
	// (every row of the file has a FY2016 removal date).
	if n := rowCount(breakdown(t, section(t, r, "removals"), "country"), "MEXICO"); n != 169 {
		t.Errorf("Mexican citizens removed, BOS FY2016 = %d, want 169", n)
	}
	// 1,858 = zcat BOS_EROArrests_FY2016.csv.gz | tail -n +7 | wc -l; the first
	// fiscal year of the data has nothing earlier to compare.
	wantCount(t, total(t, r, "arrests"), 1858, Complete)
	ar := section(t, r, "arrests")
	if ar.Comparisons[0].Figure.Status != None || ar.Comparisons[0].Change != nil {
		t.Errorf("FY2015 comparison = %+v, want not covered", ar.Comparisons[0])
	}
	if rk := ar.Series.Rank; rk.Earlier != 0 || !rk.Smallest {
		t.Errorf("rank = %+v", rk)
	}
}

func TestReportPartialAndNotCovered(t *testing.T) {
	eng := sampleEngine(t)
	r := build(t, eng, Request{AOR: "BOS", FY: 2019})
	// 2,266 = zcat BOS_EROArrests_FY2019.csv.gz | tail -n +7 | wc -l; the
	// title says 10/1/2018 - 8/31/2019.
	a := total(t, r, "arrests")
	wantCount(t, a, 2266, Partial)
	if !sameList(a.Gaps, "2019-09-01..2019-09-30") {
		t.Errorf("gaps = %v", a.Gaps)
	}
	ar := section(t, r, "arrests")
	if ar.Series.Rank.Ranked {
		t.Errorf("partial FY2019 was ranked: %+v", ar.Series.Rank)
	}
	// Like-for-like: FY2018 over 2017-10-01..2018-08-31. Derived with
	// zcat BOS_EROArrests_FY2018.csv.gz | tail -n +7 | awk -F'|' '{d=$2; gsub(/"/,"",d); split(d,a,"/"); if (a[1]!=9) n++} END {print n}'
	// = 2,908 - 207 (September 2018 in bosMonthly) = 2,701.
	var like *Comparison
	for i, c := range ar.Comparisons {
		if strings.Contains(c.Label, "covered dates") {
			like = &ar.Comparisons[i]
		}
	}
	if like == nil || like.Figure.Count == nil || *like.Figure.Count != 2701 || like.Change == nil || *like.Change != 2266-2701 {
		t.Errorf("like-for-like comparison = %+v", like)
	}
	var buf bytes.Buffer
	if err := r.WriteText(&buf); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), "2,266 (partial, not a total: 2019-09-01..2019-09-30 not covered)") {
		t.Errorf("text does not flag FY2019 as partial:\n%s", buf.String())
	}

	r = build(t, eng, Request{AOR: "BOS", Month: "2025-05"})
	for _, f := range r.Totals {
		if f.Status != None || f.Count != nil {
			t.Errorf("2025-05 %s = %+v, want not covered", f.Dataset, f)
		}
	}
	buf.Reset()
	r.WriteText(&buf)
	out := buf.String()
	if !strings.Contains(out, "administrative arrests   not covered") || regexp.MustCompile(`\s0\s`).MatchString(out) {
		t.Errorf("2025-05 text:\n%s", out)
	}
	buf.Reset()
	r.WriteJSON(&buf)
	var m map[string]any
	json.Unmarshal(buf.Bytes(), &m)
	tot := m["totals"].([]any)[1].(map[string]any)
	if tot["count"] != nil || tot["status"] != "none" {
		t.Errorf("2025-05 JSON arrests = %v", tot)
	}
}

func TestReportSeattlePartialMonth(t *testing.T) {
	r := build(t, sampleEngine(t), Request{AOR: "SEA", Month: "2019-07"})
	// 17 = zcat arrests_FY2012-FY2019YTD.csv.gz | tail -n +8 | awk -F'|' '$1 ~ /^7\/[0-9]+\/2019$/' | wc -l
	a := total(t, r, "arrests")
	wantCount(t, a, 17, Partial)
	ar := section(t, r, "arrests")
	if rk := ar.Series.Rank; rk.Ranked || !strings.Contains(rk.Phrase, "not fully covered") {
		t.Errorf("rank = %+v", rk)
	}
	// The Seattle CAP workbook (a subset) covers nothing; the MSC field is
	// named where criminality is absent.
	if b := breakdown(t, ar, "criminality"); !b.Absent || !strings.Contains(b.Note, "most serious conviction") {
		t.Errorf("criminality = %+v", b)
	}
	// The series from the engine equals the awk-derived seaMonthly.
	want := parseCounts(t, seaMonthly)
	if len(ar.Series.Points) != len(want) {
		t.Errorf("%d points, want %d", len(ar.Series.Points), len(want))
	}
	for _, p := range ar.Series.Points {
		if want[p.Key] != p.Count {
			t.Errorf("%s = %d, want %d", p.Key, p.Count, want[p.Key])
		}
	}
}

func TestReportMonthAndBostonSeries(t *testing.T) {
	r := build(t, sampleEngine(t), Request{AOR: "BOS", Month: "2018-07"})
	ar := section(t, r, "arrests")
	wantCount(t, ar.Total, 263, Complete)
	want := parseCounts(t, bosMonthly)
	for _, p := range ar.Series.Points {
		if want[p.Key] != p.Count || !p.Complete {
			t.Errorf("%s = %d (complete %v), want %d", p.Key, p.Count, p.Complete, want[p.Key])
		}
	}
	if rk := ar.Series.Rank; rk.Since != "2018-03" || rk.Rank != 7 {
		t.Errorf("rank = %+v", rk)
	}
	// previous month 2018-06 = 248, a year earlier 2017-07 = 263 (bosMonthly);
	// FY2018 to date = 2,908 - 247 - 207 (August, September) = 2,454.
	got := []int64{}
	for _, c := range ar.Comparisons {
		got = append(got, *c.Figure.Count)
	}
	if len(got) != 3 || got[0] != 248 || got[1] != 263 || got[2] != 2454 {
		t.Errorf("comparisons = %v, want [248 263 2454]", got)
	}
	if *ar.Comparisons[1].Change != 0 {
		t.Errorf("change vs 2017-07 = %d", *ar.Comparisons[1].Change)
	}
}

func TestReportState(t *testing.T) {
	r := build(t, sampleEngine(t), Request{State: "Massachusetts", FY: 2017})
	// The 2019 releases have no state: MA is counted through BOS AOR, so the
	// figure is the BOS figure (2,834) and the report says so.
	wantCount(t, total(t, r, "arrests"), 2834, Complete)
	if !strings.Contains(r.Caveats[0], "BOS (100% of the state's population; also covers CT, ME, NH, RI, VT)") {
		t.Errorf("caveat = %q", r.Caveats[0])
	}
	joined := strings.Join(r.Caveats, "\n")
	if !strings.Contains(joined, "have no state") {
		t.Errorf("caveats lack the engine's state warning:\n%s", joined)
	}
}

func TestBadRequests(t *testing.T) {
	eng := sampleEngine(t)
	for _, req := range []Request{
		{FY: 2018},
		{AOR: "BOS", National: true, FY: 2018},
		{AOR: "Atlantis", FY: 2018},
		{AOR: "BOS"},
		{AOR: "BOS", Month: "2018-13"},
		{AOR: "BOS", From: "2018-01-01"},
		{AOR: "BOS", From: "2018-02-01", To: "2018-01-01"},
	} {
		_, err := Build(context.Background(), eng, req)
		if !answer.IsBad(err) {
			t.Errorf("%+v: err = %v, want a bad-request error", req, err)
		}
	}
}

func TestRenderers(t *testing.T) {
	r := build(t, sampleEngine(t), Request{AOR: "BOS", From: "2017-01-01", To: "2017-03-31"})
	// 204 + 242 + 288 = 734 (bosMonthly, January to March 2017).
	wantCount(t, total(t, r, "arrests"), 734, Complete)
	var h bytes.Buffer
	if err := r.WriteHTML(&h); err != nil {
		t.Fatal(err)
	}
	page := h.String()
	for _, want := range []string{"<!DOCTYPE html>", `<html lang="en">`, "<h1>", "<caption>", `role="img"`, "<desc id=", "icestat count arrests --aor BOS --from 2017-01-01 --to 2017-03-31", "@media print"} {
		if !strings.Contains(page, want) {
			t.Errorf("HTML lacks %q", want)
		}
	}
	// Self-contained: no script, no external resource.
	for _, bad := range []string{"<script", "src=", "href=", "@import", "url("} {
		if strings.Contains(page, bad) {
			t.Errorf("HTML contains %q", bad)
		}
	}
	// Every inline SVG is well-formed XML.
	svgs := regexp.MustCompile(`(?s)<svg .*?</svg>`).FindAllString(page, -1)
	if len(svgs) < 3 {
		t.Errorf("%d charts, want a series and breakdown bars", len(svgs))
	}
	for _, s := range svgs {
		d := xml.NewDecoder(strings.NewReader(s))
		for {
			if _, err := d.Token(); err != nil {
				if err.Error() != "EOF" {
					t.Errorf("SVG not well-formed: %v", err)
				}
				break
			}
		}
	}
	var frag bytes.Buffer
	r.WriteHTMLFragment(&frag)
	if strings.Contains(frag.String(), "<html") || !strings.HasPrefix(frag.String(), `<article class="icestat-report"`) {
		t.Errorf("fragment: %.80s", frag.String())
	}
	var md bytes.Buffer
	r.WriteMarkdown(&md)
	if !strings.Contains(md.String(), "## Totals") || !strings.Contains(md.String(), "| administrative arrests | 734 | complete | `icestat count arrests --aor BOS --from 2017-01-01 --to 2017-03-31` |") {
		t.Errorf("markdown:\n%s", md.String())
	}
	var js bytes.Buffer
	r.WriteJSON(&js)
	var back Report
	if err := json.Unmarshal(js.Bytes(), &back); err != nil || back.Title != r.Title || len(back.Datasets) != len(r.Datasets) {
		t.Errorf("JSON round trip: %v", err)
	}
}

// TestReportNational uses the nationwide arrests files of ../shared/data
// together with the Seattle releases, which overlap them.
func TestReportNational(t *testing.T) {
	dir := filepath.Join(sharedData, "uwchr-2019-ICFO-53623")
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("%s not present (the shared data sits next to the checkout): %v", dir, err)
	}
	if testing.Short() {
		t.Skip("ingests three nationwide files; skipped with -short")
	}
	eng := buildStore(t, t.TempDir(),
		filepath.Join(dir, "EROArrests_FY2016.csv.gz"), filepath.Join(dir, "EROArrests_FY2017.csv.gz"), filepath.Join(dir, "EROArrests_FY2018.csv.gz"),
		filepath.Join(sharedData, "uwchr-seattle", "arrests_FY2012-FY2019YTD.csv.gz"),
		filepath.Join(sharedData, "uwchr-seattle", "2018-ICFO-36170_Seattle_Encounters_Arrests_Removals.xlsx"))
	r := build(t, eng, Request{National: true, FY: 2017})
	// 143,470 = zcat EROArrests_FY2017.csv.gz | tail -n +7 | wc -l: the
	// overlapping Seattle rows are left out, not added.
	wantCount(t, total(t, r, "arrests"), 143470, Complete)
	ar := section(t, r, "arrests")
	// 110,104 = zcat EROArrests_FY2016.csv.gz | tail -n +7 | wc -l
	if c := ar.Comparisons[0]; *c.Figure.Count != 110104 || *c.Change != 143470-110104 {
		t.Errorf("FY2016 comparison = %+v", c)
	}
	// FY2012-FY2015 hold Seattle rows only: not national, so not ranked.
	// FY2012-FY2015 and FY2019 (6,620 / 7,165 / 4,715 / 2,977 / 1,931 rows
	// by awk over arrests_FY2012-FY2019YTD.csv.gz; this store has no
	// national FY2019 file): Seattle only, so no bar, named as subset-only.
	if rk := ar.Series.Rank; rk.Rank != 2 || rk.Of != 3 || strings.Join(rk.SubsetOnly, ",") != "2012,2013,2014,2015,2019" || len(ar.Series.Points) != 3 {
		t.Errorf("rank = %+v", rk)
	}
	if !strings.Contains(strings.Join(r.Caveats, "\n"), "left out") {
		t.Errorf("caveats do not name the left-out Seattle rows: %q", r.Caveats)
	}
}

// TestSchemesMatchEngine checks that the scheme rows, classified in Go from
// the raw --by method breakdown, equal what the query layer answers for the
// command each row cites.
func TestSchemesMatchEngine(t *testing.T) {
	eng := sampleEngine(t)
	for _, req := range []Request{{AOR: "BOS", FY: 2018}, {AOR: "SEA", FY: 2016}} {
		r := build(t, eng, req)
		for _, row := range section(t, r, "arrests").Schemes {
			if row.Note != "" {
				t.Logf("%s: %s", row.Scheme, row.Note)
				continue
			}
			v := url.Values{"dataset": {"arrests"}, "aor": {r.Place.Code}, "fy": {r.Period.Key}, "by": {"method_class"}}
			if row.Scheme != "icestat" {
				v.Set("method-scheme", row.Scheme)
			}
			q, err := query.Parse(v)
			if err != nil {
				t.Fatal(err)
			}
			if q.Command() != row.Command {
				t.Errorf("%s: command %q, want %q", row.Scheme, row.Command, q.Command())
			}
			res, err := eng.Run(context.Background(), q)
			if err != nil {
				t.Fatalf("%s: %v", row.Command, err)
			}
			got := map[string]int64{}
			for _, x := range res.Rows {
				got[x[0].(string)] = table.Int(x[1])
			}
			if got["at-large"] != row.AtLarge || got["custodial"] != row.Custodial || got["other"] != row.Other || got["unknown"] != row.Unknown {
				t.Errorf("%s %s: engine %v, report %+v", r.Place.Code, row.Scheme, got, row)
			}
		}
	}
}
