package claims

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/icestat/icestat/internal/ingest"
	"github.com/icestat/icestat/internal/query"
	"github.com/icestat/icestat/internal/store"
)

// Custody claims are checked against the modern fixtures, constructed from
// real rows of release 2025-ICLI-00019 (UWCHR's join, split by
// testdata/modern/make_fixtures.sh). Expected verdicts come from awk over the
// fixture files, never from icestat (in testdata/modern; A, D =
// raw_2025-ICLI-00019_{arrests,detentions}.tsv):
//
//	awk -F'\t' -v asof=2025-02-17 -v state=WASHINGTON -v from=2024-12-01 -v to=2024-12-31 -f follow.awk A D
//	  → people 4, booked 4, detained 4: everyone arrested in Washington in December 2024 is still detained
//	awk -F'\t' -v asof=2025-02-17 -v state=WASHINGTON -v from=2024-06-01 -v to=2024-06-30 -f follow.awk A D
//	  → people 4: removed 3, detained 1 (so not everyone remains; "most were released" is false: 0 released)
//	awk -F'\t' -v asof=2025-02-17 -v from=2024-03-01 -v to=2024-03-31 -f follow.awk A D
//	  → Seattle AOR, March 2024: people 7, removed 6, not booked 1, detained 0
//	awk -F'\t' 'FNR>7 && $2=="WASHINGTON" && $1 ~ /^2024-(06|12)/' A | wc -l → 4 in each month
//	awk -F'\t' 'FNR>7 && $4 ~ /^Seattle/ && $1 ~ /^2024-08/' A | wc -l → 5 arrest rows in August 2024;
//	  … | awk -F'\t' '{print $22, substr($1,1,10)}' | sort -u | wc -l → 4 (one person twice on one day:
//	  the Deportation Data Project's rule counts 4, ICE's convention 5)
//
// The records end on 2025-02-17 (the last book-out: awk -F'\t' 'FNR>7 {print substr($5,1,10)}' D | sort | tail -1).
func modernFixture(d string) string {
	return filepath.Join("..", "..", "testdata", "modern", "raw_2025-ICLI-00019_"+d+".tsv")
}

// fixtureEngine ingests files (with an optional release tag each, "" for
// the detected one) into a new store.
func fixtureEngine(t *testing.T, files map[string]string) *query.Engine {
	t.Helper()
	dir := t.TempDir()
	path := filepath.Join(dir, "c.duckdb")
	s, err := store.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	for f, rel := range files {
		p, err := ingest.Read(f, ingest.Options{TempDir: dir, Release: rel})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := s.Load(context.Background(), p, false); err != nil {
			t.Fatal(err)
		}
		p.Cleanup()
	}
	t.Cleanup(func() { s.Close() })
	return &query.Engine{Store: s}
}

type wantEntry struct {
	text    string // prefix of the claim's text
	verdict string
	reason  string // primary reason of a not-checkable verdict
	expl    []string
}

func checkEntries(t *testing.T, eng *query.Engine, name string, in Input, want []wantEntry) {
	t.Helper()
	rep, err := Check(context.Background(), eng, in)
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Entries) != len(want) {
		for _, e := range rep.Entries {
			t.Logf("%q %s (%s) %s", e.Text, e.Verdict, e.Reason, e.Explanation)
		}
		t.Fatalf("%s: %d entries, want %d", name, len(rep.Entries), len(want))
	}
	for i, w := range want {
		e := rep.Entries[i]
		ok := strings.HasPrefix(e.Text, w.text) && e.Verdict == w.verdict && e.Reason == w.reason
		for _, x := range w.expl {
			// a note said once for the result (Report.Notes) explains every entry
			ok = ok && strings.Contains(e.Explanation+" "+strings.Join(rep.Notes, " "), x)
		}
		if !ok {
			t.Errorf("%s, entry %d: %q %s (%s): %s\n  want %q %s (%s) containing %q", name, i+1, e.Text, e.Verdict, e.Reason, e.Explanation, w.text, w.verdict, w.reason, w.expl)
		}
	}
}

const linkage = "linked by person key, within release 2025-ICLI-00019 only"

func TestCustodyClaims(t *testing.T) {
	eng := fixtureEngine(t, map[string]string{modernFixture("arrests"): "", modernFixture("detentions"): "", modernFixture("detainers"): ""})
	tests := []struct {
		name string
		in   Input
		want []wantEntry
	}{
		{"article: all arrested in Washington remain in custody (true)",
			Input{Text: "SEATTLE — ICE officers arrested 4 people in Washington in December 2024. Everyone arrested remains in ICE custody, the agency said.", Date: "2025-02-17", Place: "Washington"},
			[]wantEntry{
				{"4", Supported, "", []string{"none of the rows is a possible duplicate"}},
				{"Everyone arrested remains in ICE custody", Supported, "", []string{linkage, "as of 2025-02-17, the article's date", "icestat follow arrests --state WA --month 2024-12 --as-of 2025-02-17"}},
			}},
		{"article: the same claim for June 2024 (false)",
			Input{Text: "ICE arrested 4 people in Washington in June 2024. All of them remain in ICE custody. Of them, 3 were deported. Most were released.", Date: "2025-02-17", Place: "Washington"},
			[]wantEntry{
				{"4", Supported, "", nil},
				{"All of them remain in ICE custody", Contradicted, "", []string{linkage, "25.0%"}},
				{"3", Supported, "", []string{"removed"}},
				{"Most were released", Contradicted, "", []string{"0 of <5 people released"}},
			}},
		{"counts of outcomes, Seattle AOR, March 2024",
			Input{Text: "ERO Seattle arrested 7 people in March 2024. Of them, 6 were deported. Of those arrested, 4 are still detained."},
			[]wantEntry{
				{"7", Supported, "", nil},
				{"6", Supported, "", []string{"as of 2025-02-17, the last date in the linked records", "6 of 7 people removed"}},
				{"4", Contradicted, "", []string{"0 of 7 people detained"}},
			}},
		{"article dated after the records end",
			Input{Text: "ICE arrested 4 people in Washington in December 2024. Everyone arrested remains in ICE custody. ICE arrested 4 people in Washington in June 2024. Everyone arrested remains in ICE custody.", Date: "2025-06-03", Place: "Washington"},
			[]wantEntry{
				{"4", Supported, "", nil},
				{"Everyone arrested remains in ICE custody", NotCheckable, ReasonAsOfAfterData, []string{"end on 2025-02-17, before the article's date 2025-06-03"}},
				{"4", Supported, "", nil},
				{"Everyone arrested remains in ICE custody", Contradicted, "", []string{"already been removed or released before the records end"}},
			}},
		{"duplicates: which convention a count matches",
			Input{Text: "ERO Seattle made 4 arrests in August 2024. ERO Seattle made 5 arrests in August 2024. ERO Seattle made 6 arrests in August 2024."},
			[]wantEntry{
				{"4", Supported, "", []string{"matches only the count without the 1 possible duplicates", "ICE's convention, counting every row, gives 5"}},
				{"5", Supported, "", []string{"matches the count with the 1 possible duplicates included", "the records give 4"}},
				{"6", Contradicted, "", []string{"neither convention"}},
			}},
	}
	for _, tt := range tests {
		checkEntries(t, eng, tt.name, tt.in, tt.want)
	}
}

// TestCustodyClaimsNotCheckable: the precise reasons when linked data do
// not cover a claim.
func TestCustodyClaimsNotCheckable(t *testing.T) {
	text := "ERO Seattle arrested 7 people in March 2024. Everyone arrested remains in ICE custody."
	// The arrests fixture without its person keys (the last column, cut).
	raw, err := os.ReadFile(modernFixture("arrests"))
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(string(raw), "\n"), "\n")
	for i := 6; i < len(lines); i++ {
		cells := strings.Split(lines[i], "\t")
		lines[i] = strings.Join(cells[:len(cells)-1], "\t")
	}
	keyless := filepath.Join(t.TempDir(), "2025-ICLI-00019_arrests_nokey.tsv")
	if err := os.WriteFile(keyless, []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name   string
		files  map[string]string
		reason string
		expl   string
	}{
		{"no detention stays at all", map[string]string{modernFixture("arrests"): ""}, ReasonNoField, "no ingested detentions source covers that period"},
		{"detention stays of another release only", map[string]string{modernFixture("arrests"): "", modernFixture("detentions"): "2024-ICFO-39357"}, ReasonNoLinkedStays, "no detention stays of release 2025-ICLI-00019 are ingested"},
		{"arrests without person keys", map[string]string{keyless: "", modernFixture("detentions"): ""}, ReasonNoPersonKey, "carries a person key"},
	}
	for _, tt := range tests {
		eng := fixtureEngine(t, tt.files)
		checkEntries(t, eng, tt.name, Input{Text: text}, []wantEntry{
			{"7", Supported, "", nil},
			{"Everyone arrested remains in ICE custody", NotCheckable, tt.reason, []string{tt.expl}},
		})
	}
}

// TestCustodyClaimsFile states the same custody claims in a claims file
// (outcome, as_of); verdicts from the follow.awk results above.
func TestCustodyClaimsFile(t *testing.T) {
	eng := fixtureEngine(t, map[string]string{modernFixture("arrests"): "", modernFixture("detentions"): ""})
	its, _, err := ParseFile([]byte(`date: 2025-02-17
claims:
  - text: everyone arrested in Washington in December 2024 remains in custody
    measure: arrests
    place: WA
    period: 2024-12
    outcome: detained
    kind: share
    value: "100%"
  - text: 3 of those arrested in Washington in June 2024 were deported
    measure: arrests
    place: WA
    period: 2024-06
    outcome: removed
    value: 3
  - text: ERO Seattle's March 2024 arrests, 4 still detained
    measure: arrests
    place: ERO Seattle
    period: 2024-03
    outcome: detained
    value: 4
`))
	if err != nil {
		t.Fatal(err)
	}
	rep, err := CheckInterpretations(context.Background(), eng, its)
	if err != nil {
		t.Fatal(err)
	}
	want := []struct {
		verdict, expl string
	}{
		{Supported, "as of 2025-02-17, the article's date"}, // 4 of 4 detained
		{Supported, "removed"},                              // 3 of 4 removed
		{Contradicted, "0 of 7 people detained"},            // March 2024: 6 removed, 0 detained
	}
	if len(rep.Entries) != len(want) {
		t.Fatalf("%d entries", len(rep.Entries))
	}
	for i, w := range want {
		e := rep.Entries[i]
		if e.Verdict != w.verdict || !strings.Contains(e.Explanation, w.expl) || !strings.Contains(e.Explanation, linkage) {
			t.Errorf("claim %d: %s (%s) %s\n  want %s containing %q", i+1, e.Verdict, e.Reason, e.Explanation, w.verdict, w.expl)
		}
	}
	for _, bad := range []string{
		"claims:\n  - {measure: removals, period: FY2017, value: 3, outcome: removed}",
		"claims:\n  - {measure: arrests, period: FY2017, value: 3, outcome: deported}",
		"claims:\n  - {measure: arrests, period: FY2017, value: 3, outcome: removed, as_of: soon}",
	} {
		if _, _, err := ParseFile([]byte(bad)); err == nil {
			t.Errorf("ParseFile(%q) gave no error", bad)
		}
	}
}
