package query

import (
	"bytes"
	"compress/gzip"
	"context"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/icestat/icestat/internal/answer"
	"github.com/icestat/icestat/internal/canon"
	"github.com/icestat/icestat/internal/store"
	"github.com/icestat/icestat/internal/table"
)

const sharedData = "../../../shared/data"

// sharedEngine is a store of the nationwide arrests and encounters files
// together with the Seattle releases, which overlap them (issue 18); it
// returns the engine and the store's path.
func sharedEngine(t *testing.T) (*Engine, string) {
	t.Helper()
	nat := filepath.Join(sharedData, "uwchr-2019-ICFO-53623")
	if _, err := os.Stat(nat); err != nil {
		t.Skipf("%s not present (the shared data sits next to the checkout): %v", nat, err)
	}
	if testing.Short() {
		t.Skip("ingests the nationwide arrests and encounters; skipped with -short")
	}
	var files []string
	for _, f := range []string{"EROArrests_FY2016", "EROArrests_FY2017", "EROArrests_FY2018", "EROArrests_FY2019",
		"EROEncounters_FY2016", "EROEncounters_FY2017", "EROEncounters_FY2019"} {
		files = append(files, filepath.Join(nat, f+".csv.gz"))
	}
	files = append(files, filepath.Join(sharedData, "uwchr-seattle", "arrests_FY2012-FY2019YTD.csv.gz"),
		filepath.Join(sharedData, "uwchr-seattle", "2018-ICFO-36170_Seattle_Encounters_Arrests_Removals.xlsx"))
	e := sampleEngine(t, files...)
	return e, e.Store.Path()
}

func rowsByKey(r *Result) map[string]int64 {
	out := map[string]int64{}
	for _, row := range r.Rows {
		out[KeyText(row[0])] = table.Int(row[1])
	}
	return out
}

func mustBad(t *testing.T, e *Engine, params string, want ...string) {
	t.Helper()
	v, _ := url.ParseQuery(params)
	q, err := Parse(v)
	if err == nil {
		_, err = e.Run(context.Background(), q)
	}
	if !answer.IsBad(err) {
		t.Fatalf("%s: err = %v, want a bad-question error", params, err)
	}
	for _, w := range want {
		if !strings.Contains(err.Error(), w) {
			t.Errorf("%s: %q does not say %q", params, err, w)
		}
	}
}

// TestCoveragePerGroupShared checks issue 18 on the shared data. Expected
// values are derived with awk over the raw files, never from icestat:
//
//	for f in EROArrests_FY201*.csv.gz; do zcat $f | tail -n +7; done |
//	  awk -F'|' '{d=$2; gsub(/"/,"",d); split(d,a,"/"); fy=(a[1]>=10)?a[3]+1:a[3]; c[fy]++} END{for(k in c) print k, c[k]}'
//	→ 2016 110104, 2017 143470, 2018 158581, 2019 131904 (the same for
//	  EROEncounters_FY201*: 2016 368645, 2017 439903, 2019 396384, no 2018)
//	zcat arrests_FY2012-FY2019YTD.csv.gz | tail -n +8 | awk -F'|' '{… $1 …}'
//	→ 2012 6620, 2013 7165, 2014 4715, 2015 2977, 2016 2698, 2017 3376, 2018 3067, 2019 1931
//
// The FY2018 Encounters sheet of the Seattle workbook has 7,829 data rows
// (../shared/data/README.md, rows 7 onward), all Criminal Alien Program.
func TestCoveragePerGroupShared(t *testing.T) {
	e, path := sharedEngine(t)
	national := map[string]int64{"2016": 110104, "2017": 143470, "2018": 158581, "2019": 131904}
	seattleOnly := map[string]int64{"2012": 6620, "2013": 7165, "2014": 4715, "2015": 2977}

	t.Run("national series equals the series without the Seattle releases", func(t *testing.T) {
		r := run(t, e, "dataset=arrests&by=fy&sort=key")
		got := rowsByKey(r)
		if len(got) != len(national) {
			t.Errorf("rows %v, want %v", got, national)
		}
		var sum int64
		for k, n := range national {
			sum += n
			if got[k] != n {
				t.Errorf("FY%s = %d, want %d", k, got[k], n)
			}
		}
		if total(t, r) != sum {
			t.Errorf("total %d, want %d (the national files only)", total(t, r), sum)
		}
		left := map[string]int64{}
		for _, g := range r.GroupsLeftOut {
			left[g.Key[0]] = g.Rows
			if g.Coverage != StatusSubset {
				t.Errorf("left-out group %v coverage %q, want subset", g.Key, g.Coverage)
			}
		}
		for k, n := range seattleOnly {
			if left[k] != n {
				t.Errorf("left out FY%s = %d, want %d (%v)", k, left[k], n, r.GroupsLeftOut)
			}
		}
		if !strings.Contains(strings.Join(r.Warnings, "\n"), "FY2012 (6,620)") {
			t.Errorf("warnings do not list FY2012: %q", r.Warnings)
		}
		for i, c := range r.RowCoverage {
			want := StatusComplete
			if KeyText(r.Rows[i][0]) == "2019" {
				want = StatusPartial // the FY2019 files stop on 2019-08-31
			}
			if c != want {
				t.Errorf("FY%v coverage %q, want %q", r.Rows[i][0], c, want)
			}
		}
	})

	t.Run("include-partial-sources shows the subset years flagged", func(t *testing.T) {
		r := run(t, e, "dataset=arrests&by=fy&sort=key&include-partial-sources=true")
		got := rowsByKey(r)
		var sum int64
		for i, row := range r.Rows {
			k := KeyText(row[0])
			want := StatusComplete
			switch {
			case seattleOnly[k] > 0:
				want = StatusSubset
				if got[k] != seattleOnly[k] {
					t.Errorf("FY%s = %d, want %d", k, got[k], seattleOnly[k])
				}
			case k == "2019":
				want = StatusPartial
			}
			if r.RowCoverage[i] != want {
				t.Errorf("FY%s coverage %q, want %q", k, r.RowCoverage[i], want)
			}
			sum += got[k]
		}
		if want := int64(110104 + 143470 + 158581 + 131904 + 6620 + 7165 + 4715 + 2977); sum != want || total(t, r) != want {
			t.Errorf("rows add to %d, total %d, want %d", sum, total(t, r), want)
		}
	})

	t.Run("a single national count for FY2013 is still refused", func(t *testing.T) {
		r := run(t, e, "dataset=arrests&fy=2013")
		if r.Count != nil || len(r.GroupsLeftOut) != 1 || r.GroupsLeftOut[0].Rows != 7165 {
			t.Errorf("count %v, left out %+v; want no count and the 7,165 Seattle rows listed", r.Count, r.GroupsLeftOut)
		}
		// The Seattle AOR itself is covered by its own release.
		if got := total(t, run(t, e, "dataset=arrests&aor=SEA&fy=2013")); got != 7165 {
			t.Errorf("SEA FY2013 = %d, want 7165", got)
		}
	})

	t.Run("encounters: FY2018 is a gap", func(t *testing.T) {
		r := run(t, e, "dataset=encounters&by=fy&sort=key")
		got := rowsByKey(r)
		if _, ok := got["2018"]; ok || got["2016"] != 368645 || got["2017"] != 439903 || got["2019"] != 396384 {
			t.Errorf("rows %v: want 2016 368645, 2017 439903, 2019 396384 and no FY2018", got)
		}
		fy18 := canon.FYInterval(2018)
		found := false
		for _, g := range r.Coverage.Gaps {
			found = found || g == fy18
		}
		if !found || r.Coverage.Complete {
			t.Errorf("coverage %+v: want FY2018 (%s) among the gaps", r.Coverage, fy18)
		}
		if !strings.Contains(strings.Join(r.Warnings, "\n"), "FY2018") {
			t.Errorf("warnings do not name the FY2018 gap: %q", r.Warnings)
		}
		var cap18 int64
		for _, g := range r.GroupsLeftOut {
			if g.Key[0] == "2018" {
				cap18 = g.Rows
			}
		}
		if cap18 != 7829 {
			t.Errorf("FY2018 left out = %d, want the 7,829 Criminal Alien Program rows (%+v)", cap18, r.GroupsLeftOut)
		}
		// By month: no row for FY2018's months, none past 2019-08.
		m := run(t, e, "dataset=encounters&by=month&sort=key")
		for _, row := range m.Rows {
			k := KeyText(row[0])
			if (k >= "2017-10" && k <= "2018-09") || k > "2019-08" || k == "(none)" {
				t.Errorf("month %s present (%v) although no source covers it", k, row[1])
			}
		}
		bos := run(t, e, "dataset=encounters&aor=BOS")
		if !strings.Contains(strings.Join(bos.Warnings, "\n"), "FY2018") {
			t.Errorf("encounters --aor BOS does not warn about FY2018: %q", bos.Warnings)
		}
	})

	t.Run("values are checked", func(t *testing.T) {
		mustBad(t, e, "dataset=arrests&country=mexco", "MEXICO")
		mustBad(t, e, "dataset=arrests&where=country%3DMEXCO", "MEXICO")
		mustBad(t, e, "dataset=arrests&gender=femal", "Female")
		mustBad(t, e, "dataset=arrests&method=atlarge", "at-large", "custodial")
		mustBad(t, e, "dataset=arrests&landmark=zzzz", "landmark")
		mustBad(t, e, "dataset=arrests&aor=bostn", "BOS")
		mustBad(t, e, "dataset=arrests&state=massachusets", "MA")
		r := run(t, e, "dataset=arrests&fy=2018&country=MEXCO&allow-absent=true")
		if total(t, r) != 0 || !strings.Contains(strings.Join(r.Warnings, "\n"), "value not present in any source") {
			t.Errorf("allow-absent: %d, %q", total(t, r), r.Warnings)
		}
	})

	t.Run("persons without person keys are not available", func(t *testing.T) {
		r := run(t, e, "dataset=arrests&fy=2019&persons=true")
		if r.Persons != nil || len(r.NotAvailable) == 0 || !strings.Contains(r.NotAvailable[0], "no person key in EROArrests_FY2019.csv.gz") {
			t.Errorf("persons %v, not available %q", r.Persons, r.NotAvailable)
		}
		if contains(r.Columns, "persons") {
			t.Errorf("columns %v still carry persons", r.Columns)
		}
		d := run(t, e, "dataset=arrests&fy=2019&dedupe=true")
		if d.Count != nil || !strings.Contains(d.CountText, "not available") {
			t.Errorf("dedupe: count %v %q", d.Count, d.CountText)
		}
		f, err := e.Follow(context.Background(), FollowQuery{Cohort: mustParse(t, "dataset=arrests&fy=2019")})
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(f.NotAvailable, "no person key") || f.AsOf != "" {
			t.Errorf("follow: not available %q, as of %q", f.NotAvailable, f.AsOf)
		}
	})

	t.Run("state answers say AOR first", func(t *testing.T) {
		r := run(t, e, "dataset=arrests&state=MA&fy=2018")
		// BOS covers the states with FIPS 09 23 25 33 44 50:
		// awk -F, '$NF=="BOS"{print $2}' reference/county_aor.csv | sort -u
		want := "Massachusetts — counted as the Boston AOR: CT, MA, ME, NH, RI, VT"
		if len(r.Warnings) == 0 || r.Warnings[0] != want || !strings.Contains(r.Label, "Massachusetts — counted as the Boston AOR (CT, MA, ME, NH, RI, VT)") {
			t.Errorf("label %q, first warning %q; want %q first", r.Label, r.Warnings, want)
		}
		tx := run(t, e, "dataset=arrests&state=TX&fy=2018")
		if w := strings.Join(tx.Warnings, "\n"); strings.Contains(w, "covers )") {
			t.Errorf("Texas warning ends in an empty list: %q", w)
		}
	})

	t.Run("arrests_counted counts like icestat", func(t *testing.T) {
		srcs, err := e.Store.SourceInfos(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		views := CountedViews(srcs)
		if !contains(OverlappingDatasets(srcs), "arrests") {
			t.Errorf("arrests sources not reported as overlapping")
		}
		e.Store.Close()
		ro, err := store.OpenReadOnly(path)
		if err != nil {
			t.Fatal(err)
		}
		defer ro.Close()
		for _, tt := range []struct {
			sql  string
			want int64
			how  string
		}{
			{"SELECT count(*) FROM arrests_counted WHERE fy = 2018", 158581, "zcat EROArrests_FY2018.csv.gz | tail -n +7 | wc -l"},
			{"SELECT count(*) FROM arrests_counted WHERE fy = 2017", 143470, "zcat EROArrests_FY2017.csv.gz | tail -n +7 | wc -l"},
			// The raw view holds the overlap twice: 158,581 + the Seattle
			// file's FY2018 3,067 (awk above) + the workbook's FY2018
			// Arrests sheet 1,410 (README) = 163,058.
			{"SELECT count(*) FROM arrests WHERE fy = 2018", 163058, "158581 + 3067 + 1410"},
		} {
			tb, read, err := ro.ReadQueryTables(context.Background(), tt.sql, views)
			if err != nil {
				t.Fatalf("%s: %v", tt.sql, err)
			}
			if got := table.Int(tb.Rows[0][0]); got != tt.want {
				t.Errorf("%s = %d, want %d (%s)", tt.sql, got, tt.want, tt.how)
			}
			if len(read) != 1 {
				t.Errorf("%s reads %v", tt.sql, read)
			}
		}
	})
}

func mustParse(t *testing.T, params string) *Query {
	t.Helper()
	v, _ := url.ParseQuery(params)
	q, err := Parse(v)
	if err != nil {
		t.Fatal(err)
	}
	return q
}

// TestSourceSanity uses the bundled Boston FY2019 slice (2,266 rows:
// zcat BOS_EROArrests_FY2019.csv.gz | tail -n +7 | wc -l) and two files
// cut from it: its first two rows under a later FOIA number, whose title
// still claims all of FY2019 for Boston, and its header alone.
func TestSourceSanity(t *testing.T) {
	src := sample("BOS_EROArrests_FY2019.csv.gz")
	f, err := os.Open(src)
	if err != nil {
		t.Skipf("bundled sample absent: %v", err)
	}
	zr, err := gzip.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	raw, err := io.ReadAll(zr)
	f.Close()
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(string(raw), "\n")
	dir := t.TempDir()
	write := func(name string, ls []string) string {
		var b bytes.Buffer
		for _, l := range ls {
			b.WriteString(l + "\n")
		}
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, b.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	head := append([]string{}, lines[:6]...)
	head[2] = `"2025-ICLI-00001"||||||||`
	short := write("2025-ICLI-00001_BOS_EROArrests_FY2019.csv", append(append([]string{}, head...), lines[6:8]...))
	empty := append([]string{}, lines[:6]...)
	empty[2] = `"2025-ICLI-00002"||||||||`
	headerOnly := write("2025-ICLI-00002_BOS_EROArrests_FY2019.csv", empty)

	e := sampleEngine(t, src, short)
	r := run(t, e, "dataset=arrests&aor=BOS&fy=2019")
	w := strings.Join(r.Warnings, "\n")
	if !strings.Contains(w, "source check") || !strings.Contains(w, "2025-ICLI-00001_BOS_EROArrests_FY2019.csv") || !strings.Contains(w, "BOS_EROArrests_FY2019.csv.gz") {
		t.Errorf("no warning naming both sources: %q", r.Warnings)
	}

	e2 := sampleEngine(t, headerOnly)
	if r := run(t, e2, "dataset=arrests&aor=BOS&fy=2019"); r.Count != nil {
		t.Errorf("a header-only file made FY2019 covered: count %v", *r.Count)
	}
	e3 := sampleEngine(t, src, headerOnly)
	if got := total(t, run(t, e3, "dataset=arrests&aor=BOS&fy=2019")); got != 2266 {
		t.Errorf("with a header-only newer file: %d, want 2266 (it supersedes nothing)", got)
	}
}

// TestUndatedRowsWarned: a covering source's row whose key date is
// unusable is warned about in every answer over the source's period; it is
// in no period (this file's rows carry no fiscal year of their own) and
// counts only over all time. Built from the bundled Boston FY2018 slice
// (2,908 rows: zcat BOS_EROArrests_FY2018.csv.gz | tail -n +7 | wc -l)
// with the Apprehension Date of its first data row replaced by "not a date".
func TestUndatedRowsWarned(t *testing.T) {
	f, err := os.Open(sample("BOS_EROArrests_FY2018.csv.gz"))
	if err != nil {
		t.Skipf("bundled sample absent: %v", err)
	}
	zr, err := gzip.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	raw, _ := io.ReadAll(zr)
	f.Close()
	lines := strings.Split(strings.TrimSuffix(string(raw), "\n"), "\n")
	cells := strings.Split(lines[6], "|")
	cells[1] = "not a date"
	lines[6] = strings.Join(cells, "|")
	p := filepath.Join(t.TempDir(), "BOS_EROArrests_FY2018_undated.csv")
	if err := os.WriteFile(p, []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	e := sampleEngine(t, p)
	r := run(t, e, "dataset=arrests&aor=BOS&fy=2018")
	if total(t, r) != 2907 || !strings.Contains(strings.Join(r.Warnings, "\n"), "1 rows of") {
		t.Errorf("FY2018: %d, warnings %q; want 2907 and the undated row warned about", total(t, r), r.Warnings)
	}
	m := run(t, e, "dataset=arrests&aor=BOS&fy=2018&by=month")
	if total(t, m) != 2907 || !strings.Contains(strings.Join(m.Warnings, "\n"), "1 rows of") {
		t.Errorf("by month: %d, %q; want 2907 (the undated row is in no month) and the warning", total(t, m), m.Warnings)
	}
	if all := run(t, e, "dataset=arrests&aor=BOS"); total(t, all) != 2908 {
		t.Errorf("all time: %d, want 2908 (the undated row counts there)", total(t, all))
	}
}
