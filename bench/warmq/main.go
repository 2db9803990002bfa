// Command warmq times icestat's answers with the store already open, as a long-running process (the
// server) would answer them: it opens the store once, read-only, and runs each question through the
// same query engine as `icestat count` (query.Parse, query.Engine.Run) several times.
//
//	warmq -db PATH [-runs 5] 'dataset=arrests&fy=2017&by=aor,month' ...
//
// Each argument is one question in the URL form query.Parse reads (the keys of the count flags). The
// first run of each question warms DuckDB and is not counted. Prints, per question, a line
// "QUESTION\tmedian_ms\tmin_ms\ttotal" (tab-separated; total is the answer's count).
package main

import (
	"context"
	"flag"
	"fmt"
	"net/url"
	"os"
	"sort"
	"time"

	"github.com/icestat/icestat/internal/query"
	"github.com/icestat/icestat/internal/store"
)

func main() {
	db := flag.String("db", "", "store file")
	runs := flag.Int("runs", 5, "timed runs per question (after one untimed warm-up run)")
	flag.Parse()
	if *db == "" || flag.NArg() == 0 || *runs < 1 {
		fmt.Fprintln(os.Stderr, "usage: warmq -db PATH [-runs N] QUERY...")
		os.Exit(2)
	}
	if err := run(*db, *runs, flag.Args()); err != nil {
		fmt.Fprintln(os.Stderr, "warmq:", err)
		os.Exit(1)
	}
}

func run(db string, runs int, questions []string) error {
	st, err := store.OpenReadOnly(db)
	if err != nil {
		return err
	}
	defer st.Close()
	eng := &query.Engine{Store: st}
	ctx := context.Background()
	for _, qs := range questions {
		v, err := url.ParseQuery(qs)
		if err != nil {
			return fmt.Errorf("%s: %w", qs, err)
		}
		var times []time.Duration
		var total int64 = -1
		for i := 0; i <= runs; i++ {
			q, err := query.Parse(v)
			if err != nil {
				return fmt.Errorf("%s: %w", qs, err)
			}
			t0 := time.Now()
			res, err := eng.Run(ctx, q)
			if err != nil {
				return fmt.Errorf("%s: %w", qs, err)
			}
			d := time.Since(t0)
			if res.Total != nil {
				total = *res.Total
			}
			if i > 0 {
				times = append(times, d)
			}
		}
		sort.Slice(times, func(i, j int) bool { return times[i] < times[j] })
		med := times[len(times)/2]
		if len(times)%2 == 0 {
			med = (times[len(times)/2-1] + times[len(times)/2]) / 2
		}
		fmt.Printf("%s\t%.1f\t%.1f\t%d\n", qs, ms(med), ms(times[0]), total)
	}
	return nil
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }
