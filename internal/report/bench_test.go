//go:build unix

package report

import (
	"context"
	"io"
	"os"
	"path/filepath"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/icestat/icestat/internal/query"
)

// The full store is built once per test binary (the benchmark function runs
// several times while b.N grows) and removed by TestMain.
var (
	benchOnce sync.Once
	benchEng  *query.Engine
	benchDir  string
)

type onceB struct{ *testing.B }

func (o *onceB) Cleanup(func()) {}

// BenchmarkReportAORFY measures one full report (every dataset, comparisons,
// series and rank, breakdowns, the six method schemes, then text and HTML
// rendering) for one AOR and one fiscal year over the whole shared store:
// the 11 nationwide 2019-ICFO-53623 files plus the three Seattle releases,
// ingested once into a temporary store before the timer starts. Target:
// under one second per report.
//
//	go test -run x -bench ReportAORFY -benchtime 10x ./internal/report
func BenchmarkReportAORFY(b *testing.B) {
	nation, _ := filepath.Glob(filepath.Join(sharedData, "uwchr-2019-ICFO-53623", "*.csv.gz"))
	seattle, _ := filepath.Glob(filepath.Join(sharedData, "uwchr-seattle", "*"))
	if len(nation) != 11 || len(seattle) != 3 {
		b.Skipf("the shared data (%s) is not present: %d nationwide and %d Seattle files found", sharedData, len(nation), len(seattle))
	}
	benchOnce.Do(func() {
		dir, err := os.MkdirTemp("", "icestat-report-bench-")
		if err != nil {
			b.Fatal(err)
		}
		benchDir = dir
		benchEng = buildStore(&onceB{b}, dir, append(nation, seattle...)...)
	})
	eng := benchEng
	if eng == nil {
		b.Fatal("the benchmark store could not be built")
	}
	ctx := context.Background()
	cpu0 := cpuTime()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		r, err := Build(ctx, eng, Request{AOR: "BOS", FY: 2018})
		if err != nil {
			b.Fatal(err)
		}
		if r.Totals[1].Count == nil || *r.Totals[1].Count != 2908 {
			b.Fatalf("BOS FY2018 arrests = %v, want 2908", r.Totals[1].Count)
		}
		if err := r.WriteText(io.Discard); err != nil {
			b.Fatal(err)
		}
		if err := r.WriteHTML(io.Discard); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(b.Elapsed().Seconds()/float64(b.N), "s/report")
	// CPU time (user+system, all threads) per report: less sensitive than
	// wall time to other work on a shared machine.
	b.ReportMetric((cpuTime()-cpu0).Seconds()/float64(b.N), "cpu-s/report")
}

func cpuTime() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
