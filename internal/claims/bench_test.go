package claims

import (
	"context"
	"strings"
	"testing"
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
//	go test -run x -bench CheckArticle -benchtime 5x ./internal/claims
func BenchmarkCheckArticle(b *testing.B) {
	eng := sharedEngine(b)
	text := article2000()
	var claims int
	cpu0 := cpuTime()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		rep, err := Check(context.Background(), eng, Input{Text: text, Place: "Massachusetts"})
		if err != nil {
			b.Fatal(err)
		}
		claims = len(rep.Entries)
	}
	b.StopTimer()
	b.ReportMetric(float64(len(strings.Fields(text))), "words")
	b.ReportMetric(float64(claims), "claims")
	// CPU seconds (Go and DuckDB threads) per article: what the check costs
	// whatever else the machine is doing.
	b.ReportMetric((cpuTime()-cpu0)/float64(b.N), "cpu-s/op")
	// The target is under one second per article on an idle machine; a
	// loaded CI runner is slower, so this is reported, not failed.
	if s := b.Elapsed().Seconds() / float64(b.N); s > 1 {
		b.Logf("checking a 2,000-word article took %.2fs (target: under 1s; is the machine loaded?)", s)
	}
}
