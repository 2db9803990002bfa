package query

import (
	"context"
	"encoding/json"
	"net/url"
	"os"
	"reflect"
	"testing"

	"github.com/icestat/icestat/internal/store"
)

// batchFamilies are questions a checked article asks together (the
// readings of its figures: other periods, places, method schemes, removal
// bases, filter values, breakdowns), by family.
var batchFamilies = []struct {
	name      string
	questions []string
	// statements: the statements the batch reads them with (one per family
	// of dataset and place), 0 to leave uncounted
	statements int64
}{
	{"one place and dataset: periods, schemes, filters, breakdowns", []string{
		"dataset=arrests&aor=BOS&fy=2016", "dataset=arrests&aor=BOS&fy=2017", "dataset=arrests&aor=BOS&fy=2018", "dataset=arrests&aor=BOS&fy=2019",
		"dataset=arrests&aor=BOS&fy=2017&method=at-large", "dataset=arrests&aor=BOS&fy=2017&method=at-large&method-scheme=ice",
		"dataset=arrests&aor=BOS&fy=2017&method=at-large&method-scheme=ddp", "dataset=arrests&aor=BOS&fy=2017&method=custodial&method-scheme=uwchr",
		"dataset=arrests&aor=BOS&fy=2018&by=method", "dataset=arrests&aor=BOS&fy=2017&method-scheme=ice&by=method",
		"dataset=arrests&aor=BOS&fy=2018&by=criminality", "dataset=arrests&aor=BOS&fy=2017&criminality=convicted&by=final_order",
		"dataset=arrests&aor=BOS&fy=2017&final-order=yes&by=criminality", "dataset=arrests&aor=BOS&month=2017-08", "dataset=arrests&aor=BOS&month=2025-05",
		"dataset=arrests&aor=BOS&from=2017-01-20&to=2017-09-30", "dataset=arrests&aor=BOS&fy=2018&by=county", "dataset=arrests&aor=BOS&fy=2018&by=country&limit=3",
		"dataset=arrests&aor=BOS&by=fy&sort=key", "dataset=arrests&aor=BOS&by=month&sort=-count", "dataset=arrests&aor=BOS&fy=2017&by=method_class&share=true",
		"dataset=arrests&aor=BOS&fy=2017&gender=Female", "dataset=arrests&aor=BOS",
	}, 1},
	{"a state counted as its AOR (rows without a state)", []string{
		"dataset=arrests&state=MA&fy=2016", "dataset=arrests&state=MA&fy=2017", "dataset=arrests&state=MA&fy=2018&by=criminality",
		"dataset=arrests&state=MA&fy=2016&method=at-large&method-scheme=epc", "dataset=arrests&state=MA&fy=2016&method-scheme=newsroom&by=method",
		"dataset=arrests&state=MA&month=2018-05", "dataset=arrests&state=MA&fy=2012",
	}, 1},
	{"removal bases (the lag counted with the scans)", []string{
		"dataset=removals&aor=BOS&fy=2016", "dataset=removals&aor=BOS&fy=2016&removal-basis=departed-date", "dataset=removals&aor=BOS&fy=2016&removal-basis=excluding-lag",
		"dataset=removals&aor=BOS&fy=2018&removal-basis=excluding-lag", "dataset=removals&aor=BOS&fy=2018&country=MEXICO&removal-basis=excluding-lag",
		"dataset=removals&aor=BOS&fy=2018&country=MEXICO&removal-basis=departed-date", "dataset=removals&aor=BOS&fy=2018&by=country",
		"dataset=removals&aor=BOS&fy=2018&removal-basis=excluding-lag&by=country", "dataset=removals&aor=BOS&fy=2017&removal-basis=departed-date&by=month",
	}, 1},
	{"national and Seattle: shadowed rows and groups left out", []string{
		"dataset=arrests", "dataset=arrests&by=fy", "dataset=arrests&fy=2014", "dataset=arrests&fy=2017&by=aor", "dataset=arrests&aor=SEA&fy=2014",
		"dataset=arrests&aor=SEA&by=fy", "dataset=arrests&by=source", "dataset=arrests&fy=2018&by=month&limit=2",
	}, 0},
}

// TestBatchSameAnswers: questions read together in a session (RunBatch:
// one statement per family of dataset and place) get exactly the answers
// each gets alone (every field of the result: counts, sources, groups
// left out, warnings, coverage, the types of the cells), and a family is
// one statement.
func TestBatchSameAnswers(t *testing.T) {
	e := sampleEngine(t, sample("BOS_EROArrests_FY2016.csv.gz"), sample("BOS_EROArrests_FY2017.csv.gz"), sample("BOS_EROArrests_FY2018.csv.gz"),
		sample("BOS_EROArrests_FY2019.csv.gz"), sample("BOS_ICERemovals_FY2016.csv.gz"), sample("BOS_ICERemovals_FY2017.csv.gz"),
		sample("BOS_ICERemovals_FY2018.csv.gz"), sample("arrests_FY2012-FY2019YTD.csv.gz"))
	for _, f := range batchFamilies {
		t.Run(f.name, func(t *testing.T) {
			sameBatch(t, e, f.questions, f.statements)
		})
	}
}

// TestBatchSameAnswersShared is TestBatchSameAnswers on a store of the
// whole shared data (ICESTAT_CLAIMS_DB, as BenchmarkCheckArticle reads it).
func TestBatchSameAnswersShared(t *testing.T) {
	path := os.Getenv("ICESTAT_CLAIMS_DB")
	if path == "" {
		t.Skip("ICESTAT_CLAIMS_DB (a store of the shared data) not set")
	}
	st, err := store.OpenReadOnly(path, store.OneThread())
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	e := &Engine{Store: st}
	for _, f := range batchFamilies {
		t.Run(f.name, func(t *testing.T) {
			sameBatch(t, e, f.questions, f.statements)
		})
	}
	var all []string
	for _, f := range batchFamilies {
		all = append(all, f.questions...)
	}
	t.Run("all together", func(t *testing.T) { sameBatch(t, e, all, 0) })
}

// sameBatch reads the questions ahead in a session and compares each
// answer with the one Run gives alone; statements, when not 0, is the
// number of statements the read ahead may take (the sources apart).
func sameBatch(t *testing.T, e *Engine, questions []string, statements int64) {
	t.Helper()
	ctx := context.Background()
	parse := func() []*Query {
		var qs []*Query
		for _, p := range questions {
			v, err := url.ParseQuery(p)
			if err != nil {
				t.Fatal(err)
			}
			q, err := Parse(v)
			if err != nil {
				t.Fatal(err)
			}
			qs = append(qs, q)
		}
		return qs
	}
	alone := parse()
	want := make([]*Result, len(alone))
	wantErr := make([]error, len(alone))
	for i, q := range alone {
		want[i], wantErr[i] = e.Run(ctx, q)
	}
	s := e.Session()
	n0 := e.Store.Statements()
	s.Prefetch(ctx, parse())
	if got := e.Store.Statements() - n0; statements > 0 && got != statements+1 { // +1: the sources, read once
		t.Errorf("read ahead with %d statements, want %d and the sources", got, statements)
	}
	s.kept.mu.Lock()
	ahead := len(s.kept.scans)
	s.kept.mu.Unlock()
	if ahead == 0 {
		t.Errorf("nothing read ahead")
	}
	s.kept.mu.Lock()
	s.kept.hits = 0
	s.kept.mu.Unlock()
	got, gotErr := s.RunBatch(ctx, parse())
	answered := 0
	for i, p := range questions {
		if (wantErr[i] == nil) != (gotErr[i] == nil) || wantErr[i] != nil && wantErr[i].Error() != gotErr[i].Error() {
			t.Errorf("%s: error %v, alone %v", p, gotErr[i], wantErr[i])
			continue
		}
		if wantErr[i] != nil {
			continue
		}
		if !reflect.DeepEqual(got[i], want[i]) {
			a, _ := json.Marshal(got[i])
			b, _ := json.Marshal(want[i])
			t.Errorf("%s: batched\n%s\nalone\n%s", p, a, b)
		}
		answered++
	}
	if s.kept.hits != answered {
		t.Errorf("%d of %d answers took their scan from the batch", s.kept.hits, answered)
	}
}
