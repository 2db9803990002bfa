package store

import (
	"context"
	"os"
	"path/filepath"
	"runtime"
	"testing"
	"time"

	"github.com/icestat/icestat/internal/ingest"
)

// BenchmarkIngest measures parse+load of release files into a fresh store,
// reporting rows/s overall and the split between parsing (Go) and loading
// (DuckDB). ICESTAT_BENCH_FILES (a glob) picks the files; the default is
// every nationwide file in ../shared/data.
//
//	go test -run x -bench Ingest -benchtime 1x ./internal/store
func BenchmarkIngest(b *testing.B) {
	files := benchFiles(b, "*.csv.gz")
	var rows int64
	var parse, load, closing time.Duration
	for i := 0; i < b.N; i++ {
		s, err := Open(filepath.Join(b.TempDir(), "b.duckdb"))
		if err != nil {
			b.Fatal(err)
		}
		for _, p := range files {
			t0 := time.Now()
			f, err := ingest.Read(p, ingest.Options{TempDir: b.TempDir()})
			if err != nil {
				b.Fatal(err)
			}
			t1 := time.Now()
			if _, err := s.Load(context.Background(), f, false); err != nil {
				b.Fatal(err)
			}
			parse += t1.Sub(t0)
			load += time.Since(t1)
			for _, p := range f.Parts {
				rows += p.RowsStored
			}
			f.Cleanup()
		}
		t2 := time.Now()
		s.Close()
		closing += time.Since(t2)
	}
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	b.ReportMetric(float64(rows)/b.Elapsed().Seconds(), "rows/s")
	b.ReportMetric(parse.Seconds()/float64(b.N), "parse-s/op")
	b.ReportMetric(load.Seconds()/float64(b.N), "load-s/op")
	b.ReportMetric(closing.Seconds()/float64(b.N), "close-s/op")
}

// benchFiles is the files a benchmark ingests: those ICESTAT_BENCH_FILES (a
// glob) matches, else the nationwide files in ../shared/data matching
// pattern. It skips the benchmark when there are none.
func benchFiles(b *testing.B, pattern string) []string {
	glob := os.Getenv("ICESTAT_BENCH_FILES")
	if glob == "" {
		glob = filepath.Join("..", "..", "..", "shared", "data", "uwchr-2019-ICFO-53623", pattern)
	}
	files, _ := filepath.Glob(glob)
	if len(files) == 0 {
		b.Skipf("no files match %s", glob)
	}
	return files
}
