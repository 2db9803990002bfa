package query

import (
	"context"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/icestat/icestat/internal/canon"
	"github.com/icestat/icestat/internal/table"
)

// The modern fixtures are constructed from real rows of the 2025-ICLI-00019
// release (UWCHR's join, ../shared/data/modern/joined_df_wa.csv, split by
// testdata/modern/make_fixtures.sh). Expected numbers come from awk over the
// fixture files (commands beside each number; A = raw_2025-ICLI-00019_arrests.tsv,
// fields tab-separated, data from line 8).
func modern(name string) string { return filepath.Join("..", "..", "testdata", "modern", name) }

func modernEngine(t testing.TB, extra ...string) *Engine {
	files := []string{}
	for _, d := range []string{"arrests", "detainers", "encounters", "detentions"} {
		files = append(files, modern("raw_2025-ICLI-00019_"+d+".tsv"))
	}
	return sampleEngine(t, append(files, extra...)...)
}

func TestModernCounts(t *testing.T) {
	e := modernEngine(t)
	tests := []struct {
		params string
		want   int64
		how    string
	}{
		{"dataset=arrests&aor=SEA", 44, `awk -F'\t' 'NR>7 && $4 ~ /^Seattle/' A | wc -l`},
		{"dataset=arrests&aor=SEA&criminality=criminal", 44, `… && $8 ~ /^[12] /`},
		{"dataset=arrests&final-order=yes", 31, `awk -F'\t' 'NR>7 && $13=="YES"' A`},
		{"dataset=arrests&state=WA", 44, `$2=="WASHINGTON" (38) or $2=="" with $4 Seattle (6)`},
		{"dataset=arrests&method=at-large&method-scheme=ddp", 29, `$7 is Located or Non-Custodial Arrest`},
		{"dataset=detainers&aor=SEA", 47, "every detainer's Facility AOR is Seattle"},
		{"dataset=detentions", 104, "tail -n +8 raw_…_detentions.tsv | wc -l"},
	}
	for _, tt := range tests {
		if got := total(t, run(t, e, tt.params)); got != tt.want {
			t.Errorf("%s = %d, want %d (%s)", tt.params, got, tt.want, tt.how)
		}
	}
}

// TestDedupe: the fixture's only possible duplicate is person cb7ed403,
// arrested twice on 2024-08-12 (awk -F'\t' 'NR>7 {print $22 "\t" $1}' A |
// sort | uniq -d); the two other people with two arrests have them months
// apart (… | sort | awk '$1==p').
func TestDedupe(t *testing.T) {
	e := modernEngine(t)
	r := run(t, e, "dataset=arrests")
	if total(t, r) != 47 || r.Duplicates == nil || r.Duplicates.Possible != 1 || r.Duplicates.Excluded {
		t.Fatalf("count %d, duplicates %+v", total(t, r), r.Duplicates)
	}
	if !strings.Contains(strings.Join(r.Warnings, " "), "includes 1 possible duplicate") {
		t.Errorf("no note on duplicates: %v", r.Warnings)
	}
	r = run(t, e, "dataset=arrests&dedupe=true")
	if total(t, r) != 46 || !r.Duplicates.Excluded || !strings.Contains(r.Command, "--dedupe") {
		t.Errorf("--dedupe count %d, %+v, %s", total(t, r), r.Duplicates, r.Command)
	}
	if !strings.Contains(strings.Join(r.Warnings, " "), "--dedupe: 1 possible duplicate rows left out") {
		t.Errorf("--dedupe does not say what it did: %v", r.Warnings)
	}
	// Grouped and filtered counts see the same rule.
	r = run(t, e, "dataset=arrests&dedupe=true&month=2024-08&by=aor")
	// awk -F'\t' 'NR>7 && $1 ~ /^2024-08/' A | wc -l → 5 arrests in August 2024, one a duplicate.
	if total(t, r) != 4 {
		t.Errorf("August 2024 deduplicated = %d, want 4", total(t, r))
	}
}

// TestDedupeRules exercises the episode rule on constructed rows (real
// header names, invented keys): times within 24 hours, the next day without
// times, an episode crossing a month boundary, rows without a key, and the
// same key in two releases.
func TestDedupeRules(t *testing.T) {
	body := "Apprehension Date\tApprehension AOR\tApprehension Method\tUnique Identifier\n" +
		"2025-01-01 08:00:00\tBoston\tLocated\tp1\n" +
		"2025-01-02 07:59:00\tBoston\tLocated\tp1\n" + // 23h59 after: duplicate
		"2025-01-03 09:00:00\tBoston\tLocated\tp1\n" + // 25h01 after the previous: new episode
		"2025-01-31 23:00:00\tBoston\tLocated\tp2\n" +
		"2025-02-01 01:00:00\tBoston\tLocated\tp2\n" + // duplicate, in February
		"2025-03-01\tBoston\tLocated\tp3\n" +
		"2025-03-02\tBoston\tLocated\tp3\n" + // next day, no times: duplicate
		"2025-03-05\tBoston\tLocated\t\n" +
		"2025-03-05\tBoston\tLocated\t\n" // no key: never a duplicate
	dir := t.TempDir()
	a := filepath.Join(dir, "2025-ICLI-00001_arrests.tsv")
	b := filepath.Join(dir, "2025-ICLI-00002_arrests.tsv")
	os.WriteFile(a, []byte(body), 0o644)
	// Another release with the same key p1 a day later: different people.
	os.WriteFile(b, []byte("Apprehension Date\tApprehension AOR\tApprehension Method\tUnique Identifier\n2025-04-01 08:00:00\tBoston\tLocated\tp1\n"), 0o644)
	e := sampleEngine(t, a, b)
	r := run(t, e, "dataset=arrests&dedupe=true")
	if total(t, r) != 7 || r.Duplicates.Possible != 3 || r.Duplicates.NoKey != 2 {
		t.Errorf("dedupe: %d rows, %+v; want 7 rows, 3 duplicates, 2 without key", total(t, r), r.Duplicates)
	}
	if got := total(t, run(t, e, "dataset=arrests&dedupe=true&month=2025-02")); got != 0 {
		t.Errorf("February deduplicated = %d, want 0 (its arrest continues a January episode)", got)
	}
}

// TestNewerReleaseSupersedes: the same arrests in two releases. The newer
// one (constructed here from the real fixture: 2026 header names, a later
// FOIA number, one record dropped) is used by default whatever the ingest
// order, and the answer names the older as left out.
func TestNewerReleaseSupersedes(t *testing.T) {
	old := modern("raw_2025-ICLI-00019_arrests.tsv")
	raw, err := os.ReadFile(old)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(string(raw), "\n"), "\n")
	lines[2] = "2026-ICLI-00001 (constructed newer release for this test)"
	r := strings.NewReplacer("Apprehension State", "State", "Apprehension County", "County", "Apprehension AOR", "TOA Current Duty AOR", "Unique Identifier", "Anonymized Identifier")
	lines[6] = r.Replace(lines[6])
	lines = append(lines[:20], lines[21:]...) // drop line 21 (sed -n 21p A: a Salt Lake City arrest of 2024-11-10)
	newer := filepath.Join(t.TempDir(), "2026-ICLI-00001_arrests.tsv")
	if err := os.WriteFile(newer, []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, order := range [][]string{{old, newer}, {newer, old}} {
		e := sampleEngine(t, order...)
		res := run(t, e, "dataset=arrests")
		if total(t, res) != 46 || len(res.Sources) != 1 || res.Sources[0].File != "2026-ICLI-00001_arrests.tsv" {
			t.Errorf("ingest order %v: count %d from %+v, want 46 from the newer release", filepath.Base(order[0]), total(t, res), res.Sources)
		}
		if len(res.LeftOut) != 1 || res.LeftOut[0].File != "raw_2025-ICLI-00019_arrests.tsv" || res.LeftOut[0].Rows != 47 || !strings.Contains(res.LeftOut[0].Note, "2026-ICLI-00001_arrests.tsv") {
			t.Errorf("left out %+v", res.LeftOut)
		}
		// The 2026 names map like the 2025 ones: state and AOR answer.
		if got := total(t, run(t, e, "dataset=arrests&aor=SEA&state=WA")); got != 44 {
			t.Errorf("SEA WA in the newer release = %d, want 44 (as in the older: the dropped row is not Seattle's)", got)
		}
		if got := total(t, run(t, e, "dataset=arrests&source=raw_2025-ICLI-00019_arrests.tsv")); got != 47 {
			t.Errorf("--source older = %d", got)
		}
	}
}

func TestMethodWarnings(t *testing.T) {
	// Constructed rows: a new method value and the late-July-2025 value.
	path := filepath.Join(t.TempDir(), "methods.tsv")
	os.WriteFile(path, []byte("Apprehension Date\tApprehension AOR\tApprehension Method\n2025-08-01\tBoston\tCustodial Arrest\n2025-08-02\tBoston\tDrone Patrol\n2025-08-03\tBoston\tLocated\n"), 0o644)
	e := sampleEngine(t, path)
	r := run(t, e, "dataset=arrests&by=method_class")
	w := strings.Join(r.Warnings, " ")
	if !strings.Contains(w, `"Drone Patrol" (1 rows)`) || !strings.Contains(w, "series break") {
		t.Errorf("warnings %v", r.Warnings)
	}
	got := map[string]int64{}
	for _, row := range r.Rows {
		got[row[0].(string)] = table.Int(row[1])
	}
	if got["unknown"] != 1 || got["custodial"] != 1 || got["at-large"] != 1 {
		t.Errorf("classes %v", got)
	}
}

func follow(t *testing.T, e *Engine, params, asOf string, exact bool, by string) *FollowResult {
	t.Helper()
	v, _ := url.ParseQuery(params)
	q, err := Parse(v)
	if err != nil {
		t.Fatal(err)
	}
	fq := FollowQuery{Cohort: q, Exact: exact, By: by}
	if asOf != "" {
		d := testDay(asOf)
		fq.AsOf = &d
	}
	r, err := e.Follow(context.Background(), fq)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// TestFollowArrests: expected numbers from testdata/modern/follow.awk, which
// applies the rule of definitions "follow" to the fixture files:
// awk -F'\t' -v asof=DATE -f follow.awk raw_…_arrests.tsv raw_…_detentions.tsv
func TestFollowArrests(t *testing.T) {
	e := modernEngine(t)
	tests := []struct {
		asOf                                  string
		booked, removed, detained, rel, notBk int64
	}{
		{"", 41, 24, 16, 1, 1}, // default: 2025-02-17, the last date in the records
		{"2024-06-30", 18, 10, 8, 0, 24},
	}
	for _, tt := range tests {
		r := follow(t, e, "dataset=arrests&aor=SEA", tt.asOf, true, "")
		status := map[string]int64{}
		for _, c := range r.Status {
			status[c.Key] = c.Count
		}
		if r.Persons.Count != 42 || r.Rows.Count != 44 || r.Booked.Count != tt.booked || status["removed"] != tt.removed || status["detained"] != tt.detained || status["released"] != tt.rel || status["not booked into detention"] != tt.notBk {
			t.Errorf("as of %q: persons %d booked %d status %v", tt.asOf, r.Persons.Count, r.Booked.Count, status)
		}
		if tt.asOf == "" && (r.AsOf != "2025-02-17" || !r.AsOfDefault) {
			t.Errorf("default as-of %s", r.AsOf)
		}
	}
	// Small cells: without --exact, 1 shows as <5; distributions over fewer
	// than 5 people are withheld.
	r := follow(t, e, "dataset=arrests&aor=SEA", "", false, "")
	for _, c := range r.Status {
		if c.Key == "released" && c.Shown != "<5" {
			t.Errorf("released shown %q", c.Shown)
		}
	}
	if r.DaysToRemoval.Quantiles == nil || r.DaysToRemoval.N != 24 {
		t.Errorf("days to removal %+v", r.DaysToRemoval)
	}
	r = follow(t, e, "dataset=arrests&aor=CHI", "", false, "")
	if r.DaysToBookIn.Quantiles != nil || r.DaysToBookIn.Note == "" || r.Persons.Shown != "<5" {
		t.Errorf("one person shown: %+v %+v", r.DaysToBookIn, r.Persons)
	}
}

// TestFollowDetainers: detainers followed by an ICE book-in of the same
// person on or after the prepare date:
//
//	awk -F'\t' 'FNR<=7{next} FILENAME~/detentions/{b[$33]=b[$33] " " substr($2,1,10); next}
//	  {n++; split(b[$63],x," "); f=0; for(i in x) if(x[i]>=$1 && x[i]<="2025-02-17") f=1; c+=f; if(f) g[$9]++}
//	  END{print n, c; for (k in g) print k, g[k]}' raw_…_detentions.tsv raw_…_detainers.tsv
//
// → 47 detainers, 46 followed by a book-in; CHELAN CO. REGIONAL JAIL 10, GRANT COUNTY 9.
// The fixture has no lift reasons (the join dropped them): every detainer is "not lifted".
func TestFollowDetainers(t *testing.T) {
	e := modernEngine(t)
	r := follow(t, e, "dataset=detainers&aor=SEA", "", true, "facility")
	if r.Rows.Count != 47 || r.Booked.Count != 46 {
		t.Errorf("rows %d booked after %d", r.Rows.Count, r.Booked.Count)
	}
	got := map[string]int64{}
	for _, g := range r.Groups {
		got[g.Key] = g.Cells["booked into detention after"].Count
		if g.Cells["not lifted"].Count != g.Cells["lodged"].Count {
			t.Errorf("%s: lift reasons where the fixture has none", g.Key)
		}
	}
	if got["CHELAN CO. REGIONAL JAIL"] != 10 || got["GRANT COUNTY"] != 9 || got["YAKIMA COUNTY"] != 7 {
		t.Errorf("by facility %v", got)
	}
}

func TestFollowParseErrors(t *testing.T) {
	e := modernEngine(t)
	v, _ := url.ParseQuery("dataset=encounters")
	q, _ := Parse(v)
	if _, err := e.Follow(context.Background(), FollowQuery{Cohort: q}); err == nil {
		t.Error("follow encounters accepted")
	}
	v, _ = url.ParseQuery("dataset=detainers")
	q, _ = Parse(v)
	if _, err := e.Follow(context.Background(), FollowQuery{Cohort: q, By: "birth_date"}); err == nil {
		t.Error("follow --by birth_date accepted")
	}
	_ = canon.Day(0)
}
