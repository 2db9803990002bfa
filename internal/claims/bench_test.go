package claims

import (
	"context"
	"os"
	"strings"
	"testing"

	"github.com/icestat/icestat/internal/query"
	"github.com/icestat/icestat/internal/store"
)

// article2000 is a ~2,000-word article: the Center Square excerpt, the
// published statements of check_test.go and plain prose between them, as
// a long feature would mix them.
func article2000() string {
	filler := "Advocates and officials disagree about what the numbers mean, and reporters who cover the agency say the figures are hard to verify without the underlying records. The agency says its officers focus on public safety threats, while immigrant rights groups say many of the people detained have lived in the country for years and have families here. "
	var b strings.Builder
	b.WriteString("BOSTON (June 3, 2025) ")
	b.WriteString(centerSquare + "\n\n")
	for i := 0; len(strings.Fields(b.String())) < 2000; i++ {
		p := published[i%len(published)]
		b.WriteString(p.text + " " + filler + "\n\n")
	}
	return b.String()
}

// BenchmarkCheckArticle checks a 2,000-word article against the full shared
// store (nationwide FY2016–FY2019 and Seattle releases):
//
//	ICESTAT_CLAIMS_DB=store.duckdb go test -run '^$' -bench CheckArticle -benchtime 5x ./internal/claims
//
// With ICESTAT_CLAIMS_DB, each iteration is a first check: the store is
// opened afresh (read-only, one DuckDB thread per statement, as `icestat
// check` opens it) outside the timer, so nothing kept by an open store —
// the prepared statements — carries over from one iteration to the next;
// the time and CPU are those of Check alone. Without it, the fixture store
// of the shared files is used (opened once, writable).
func BenchmarkCheckArticle(b *testing.B) {
	path := os.Getenv("ICESTAT_CLAIMS_DB")
	var eng *query.Engine
	if path == "" {
		eng = sharedEngine(b)
	}
	text := article2000()
	var claims int
	var cpu, statements float64
	b.ResetTimer()
	b.StopTimer()
	for i := 0; i < b.N; i++ {
		var st *store.Store
		if path != "" {
			var err error
			if st, err = store.OpenReadOnly(path, store.OneThread()); err != nil {
				b.Fatal(err)
			}
			eng = &query.Engine{Store: st}
		}
		cpu0, n0 := cpuTime(), eng.Store.Statements()
		b.StartTimer()
		rep, err := Check(context.Background(), eng, Input{Text: text, Place: "Massachusetts"})
		b.StopTimer()
		cpu += cpuTime() - cpu0
		statements += float64(eng.Store.Statements() - n0)
		if err != nil {
			b.Fatal(err)
		}
		claims = len(rep.Entries)
		if st != nil {
			st.Close()
		}
	}
	b.ReportMetric(float64(len(strings.Fields(text))), "words")
	b.ReportMetric(float64(claims), "claims")
	// CPU seconds (Go and DuckDB threads) per article: what the check costs
	// whatever else the machine is doing.
	b.ReportMetric(cpu/float64(b.N), "cpu-s/op")
	// DuckDB statements per article: each costs a fixed 10-30 ms of CPU
	// (bench/README.md), so they are most of what a check costs.
	b.ReportMetric(statements/float64(b.N), "statements/op")
	// The target is under one second per article on an idle machine; a
	// loaded CI runner is slower, so this is reported, not failed.
	if s := b.Elapsed().Seconds() / float64(b.N); s > 1 {
		b.Logf("checking a 2,000-word article took %.2fs (target: under 1s; is the machine loaded?)", s)
	}
}

// BenchmarkCheckDetention checks the corpus's first 100 sentences about
// ICE's detention statistics one after another, each with its context and
// date, on one store opened read-only for the iteration (as the web
// server keeps its store open):
//
//	ICESTAT_CORPUS_DB=/tmp/corpus-8.duckdb go test -run '^$' -bench CheckDetention -benchtime 3x ./internal/claims
//
// The store is opened afresh for each iteration outside the timer, so
// what an open store keeps (prepared statements, the published tables
// store.Kept reads once) is filled by the iteration's own sentences.
func BenchmarkCheckDetention(b *testing.B) {
	path := os.Getenv("ICESTAT_CORPUS_DB")
	if path == "" {
		b.Skip("ICESTAT_CORPUS_DB names a corpus store (TestClaimsCorpus builds one)")
	}
	var recs []corpusRecord
	for _, r := range loadCorpus(b) {
		if r.Dataset == "detention" && len(recs) < 100 {
			recs = append(recs, r)
		}
	}
	benchChecks(b, path, recs, func(eng *query.Engine) func(Input) (*Report, error) {
		return func(in Input) (*Report, error) { return Check(context.Background(), eng, in) }
	})
}

// benchChecks checks recs, one text at a time, b.N times, each time on the
// store at path opened afresh outside the timer, with the check function
// check gives for its engine; it reports the CPU and the DuckDB statements
// of an iteration.
func benchChecks(b *testing.B, path string, recs []corpusRecord, check func(*query.Engine) func(Input) (*Report, error)) {
	var cpu, statements float64
	b.ResetTimer()
	b.StopTimer()
	for i := 0; i < b.N; i++ {
		st, err := store.OpenReadOnly(path)
		if err != nil {
			b.Fatal(err)
		}
		run := check(&query.Engine{Store: st})
		cpu0 := cpuTime()
		b.StartTimer()
		for _, r := range recs {
			text, _ := corpusInput(r)
			if _, err := run(Input{Text: text, Date: r.Published}); err != nil {
				b.Fatalf("%s: %v", r.ID, err)
			}
		}
		b.StopTimer()
		cpu += cpuTime() - cpu0
		statements += float64(st.Statements())
		st.Close()
	}
	b.ReportMetric(float64(len(recs)), "sentences")
	b.ReportMetric(cpu/float64(b.N), "cpu-s/op")
	b.ReportMetric(statements/float64(b.N), "statements/op")
}

// BenchmarkMemo checks 400 corpus sentences (every ninth row, all kinds
// and languages) one text at a time on one store opened read-only, each
// check on its own ("alone", as Check does) and all through one Memo
// ("memo", as the corpus test and a server's handle do):
//
//	ICESTAT_CORPUS_DB=/tmp/corpus-8.duckdb go test -run '^$' -bench Memo -benchtime 2x ./internal/claims
func BenchmarkMemo(b *testing.B) {
	path := os.Getenv("ICESTAT_CORPUS_DB")
	if path == "" {
		b.Skip("ICESTAT_CORPUS_DB names a corpus store (TestClaimsCorpus builds one)")
	}
	var recs []corpusRecord
	for i, r := range loadCorpus(b) {
		if i%9 == 0 && len(recs) < 400 {
			recs = append(recs, r)
		}
	}
	b.Run("alone", func(b *testing.B) {
		benchChecks(b, path, recs, func(eng *query.Engine) func(Input) (*Report, error) {
			return func(in Input) (*Report, error) { return Check(context.Background(), eng, in) }
		})
	})
	b.Run("memo", func(b *testing.B) {
		benchChecks(b, path, recs, func(eng *query.Engine) func(Input) (*Report, error) {
			m := NewMemo(eng)
			return func(in Input) (*Report, error) { return m.Check(context.Background(), in) }
		})
	})
}
