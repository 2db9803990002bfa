// Command serveload is a bounded loopback load test of `icestat serve`
// (issue 5): it ingests ../shared/data into a temporary store (or uses
// -db), starts the web server in-process on 127.0.0.1, and measures
//
//  1. each Explore query alone, with the answer cache off (-reps runs of
//     every query, sequential): p50/p99 per request;
//  2. the Report page alone, cache off;
//  3. a mixed read workload (Explore pages, /api/count, Report, Overview,
//     Sources) from -clients concurrent clients, bounded by -requests and
//     -duration, once with the server's answer cache (the default) and once
//     without it.
//
// Usage (from the repository root):
//
//	go run ./bench/serveload                      # ingest ../shared/data, run everything
//	go run ./bench/serveload -db /tmp/full.duckdb # reuse a store
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"math/rand/v2"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/icestat/icestat/internal/ingest"
	"github.com/icestat/icestat/internal/store"
	"github.com/icestat/icestat/internal/web"
)

func main() {
	data := flag.String("data", "../shared/data", "shared data directory to ingest")
	db := flag.String("db", "", "existing store to use instead of ingesting -data")
	clients := flag.Int("clients", 8, "concurrent clients in the mixed phase")
	requests := flag.Int("requests", 20000, "requests per mixed phase (upper bound)")
	duration := flag.Duration("duration", 30*time.Second, "time per mixed phase (upper bound)")
	reps := flag.Int("reps", 5, "runs of each Explore query in the single-query phase")
	flag.Parse()

	path := *db
	if path == "" {
		dir, err := os.MkdirTemp("", "serveload-")
		check(err)
		defer os.RemoveAll(dir)
		path = filepath.Join(dir, "full.duckdb")
		start := time.Now()
		n := ingestAll(path, dir, *data)
		fmt.Printf("ingested %d files of %s into %s in %s\n", n, *data, path, time.Since(start).Round(time.Second))
	}
	fmt.Printf("machine: %d CPUs (GOMAXPROCS %d), %s\n\n", runtime.NumCPU(), runtime.GOMAXPROCS(0), runtime.Version())

	explore := exploreQueries()
	reports := reportQueries()

	cold := startServer(path, true)
	fmt.Printf("## Single requests, answer cache off (%d Explore queries × %d runs, sequential)\n\n", len(explore), *reps)
	var single []time.Duration
	perQuery := map[string][]time.Duration{}
	for r := 0; r < *reps; r++ {
		for _, q := range explore {
			d := fetch(cold.url + q)
			single = append(single, d)
			perQuery[q] = append(perQuery[q], d)
		}
	}
	worst, worstQ := time.Duration(0), ""
	for q, ds := range perQuery {
		if p := pct(ds, 50); p > worst {
			worst, worstQ = p, q
		}
	}
	fmt.Printf("| what | requests | p50 | p99 | max |\n|---|---|---|---|---|\n")
	fmt.Printf("| Explore page (HTML), each query alone | %d | %s | %s | %s |\n", len(single), ms(pct(single, 50)), ms(pct(single, 99)), ms(pct(single, 100)))
	fmt.Printf("| slowest Explore query by its own p50: `%s` | %d | %s | | |\n", worstQ, len(perQuery[worstQ]), ms(worst))
	var rep []time.Duration
	for r := 0; r < 2; r++ {
		for _, q := range reports {
			rep = append(rep, fetch(cold.url+q))
		}
	}
	fmt.Printf("| Report page (HTML), each alone | %d | %s | %s | %s |\n\n", len(rep), ms(pct(rep, 50)), ms(pct(rep, 99)), ms(pct(rep, 100)))
	cold.stop()

	for _, nocache := range []bool{false, true} {
		srv := startServer(path, nocache)
		label := "answer cache on (default)"
		if nocache {
			label = "answer cache off"
		}
		if !nocache {
			// A running server has answered most questions before: ask each
			// once so the timed phase measures the steady state.
			for _, q := range explore {
				fetch(srv.url + q)
				fetch(srv.url + strings.Replace(q, "/explore?", "/api/count?", 1))
			}
			for _, q := range append(reports, "/", "/sources") {
				fetch(srv.url + q)
			}
		}
		fmt.Printf("## Mixed reads, %s: %d clients, at most %d requests or %s\n\n", label, *clients, *requests, *duration)
		mixed(srv.url, explore, reports, *clients, *requests, *duration)
		srv.stop()
	}
}

type server struct {
	url  string
	stop func()
}

func startServer(path string, nocache bool) server {
	s, err := web.New(web.Config{DB: path, Addr: "127.0.0.1:0", NoCache: nocache, Logger: slog.New(slog.NewTextHandler(io.Discard, nil)), QueueWait: time.Minute, QueryTimeout: time.Minute})
	check(err)
	ctx, cancel := context.WithCancel(context.Background())
	ready := make(chan string, 1)
	done := make(chan error, 1)
	go func() { done <- s.Serve(ctx, ready) }()
	addr := <-ready
	return server{url: "http://" + addr, stop: func() { cancel(); <-done }}
}

var client = &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: 64}, Timeout: 2 * time.Minute}

func fetch(u string) time.Duration {
	start := time.Now()
	resp, err := client.Get(u)
	check(err)
	io.Copy(io.Discard, resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 {
		fmt.Fprintf(os.Stderr, "%s: status %d\n", u, resp.StatusCode)
		os.Exit(1)
	}
	return time.Since(start)
}

// exploreQueries is a fixed set of Explore questions over the full store.
func exploreQueries() []string {
	var out []string
	for _, ds := range []string{"arrests", "encounters", "removals"} {
		for _, aor := range []string{"", "BOS", "NYC", "LOS", "SEA", "HOU", "MIA"} {
			for _, fy := range []string{"2017", "2018", "2019"} {
				for _, by := range []string{"", "month", "gender", "country"} {
					v := url.Values{"dataset": {ds}, "fy": {fy}}
					if aor != "" {
						v.Set("aor", aor)
					}
					if by != "" {
						v.Set("by", by)
					}
					if by == "country" {
						v.Set("limit", "20")
					}
					out = append(out, "/explore?"+v.Encode())
				}
			}
		}
	}
	return out
}

func reportQueries() []string {
	return []string{"/report?aor=BOS&fy=2017", "/report?aor=NYC&fy=2018", "/report?aor=SEA&fy=2017", "/report?fy=2018", "/report?state=MA&month=2017-05"}
}

type sample struct {
	class string
	d     time.Duration
}

func mixed(base string, explore, reports []string, clients, requests int, duration time.Duration) {
	var issued atomic.Int64
	deadline := time.Now().Add(duration)
	var mu sync.Mutex
	var all []sample
	var wg sync.WaitGroup
	start := time.Now()
	for c := 0; c < clients; c++ {
		wg.Add(1)
		go func(seed uint64) {
			defer wg.Done()
			rnd := rand.New(rand.NewPCG(seed, 7))
			var mine []sample
			for issued.Add(1) <= int64(requests) && time.Now().Before(deadline) {
				var class, u string
				switch x := rnd.IntN(100); {
				case x < 60:
					class, u = "explore", explore[rnd.IntN(len(explore))]
				case x < 85:
					class, u = "api/count", strings.Replace(explore[rnd.IntN(len(explore))], "/explore?", "/api/count?", 1)
				case x < 90:
					class, u = "report", reports[rnd.IntN(len(reports))]
				case x < 95:
					class, u = "overview", "/"
				default:
					class, u = "sources", "/sources"
				}
				mine = append(mine, sample{class, fetch(base + u)})
			}
			mu.Lock()
			all = append(all, mine...)
			mu.Unlock()
		}(uint64(c + 1))
	}
	wg.Wait()
	elapsed := time.Since(start)
	fmt.Printf("%d requests in %s: **%.0f requests/s**\n\n", len(all), elapsed.Round(time.Millisecond), float64(len(all))/elapsed.Seconds())
	byClass := map[string][]time.Duration{}
	var every []time.Duration
	for _, s := range all {
		byClass[s.class] = append(byClass[s.class], s.d)
		every = append(every, s.d)
	}
	fmt.Printf("| class | requests | p50 | p99 |\n|---|---|---|---|\n")
	for _, c := range []string{"explore", "api/count", "report", "overview", "sources"} {
		ds := byClass[c]
		fmt.Printf("| %s | %d | %s | %s |\n", c, len(ds), ms(pct(ds, 50)), ms(pct(ds, 99)))
	}
	fmt.Printf("| all | %d | %s | %s |\n\n", len(every), ms(pct(every, 50)), ms(pct(every, 99)))
}

func pct(ds []time.Duration, p int) time.Duration {
	if len(ds) == 0 {
		return 0
	}
	s := append([]time.Duration(nil), ds...)
	sort.Slice(s, func(i, j int) bool { return s[i] < s[j] })
	i := (len(s)*p + 99) / 100
	if i < 1 {
		i = 1
	}
	if i > len(s) {
		i = len(s)
	}
	return s[i-1]
}

func ms(d time.Duration) string { return fmt.Sprintf("%.1f ms", float64(d.Microseconds())/1000) }

// ingestAll stores every release file under dir the way `icestat ingest`
// does; files icestat cannot read are reported and skipped.
func ingestAll(path, tmp, dir string) int {
	st, err := store.Open(path)
	check(err)
	defer st.Close()
	var files []string
	for _, sub := range []string{"uwchr-2019-ICFO-53623", "uwchr-seattle", "modern"} {
		m, _ := filepath.Glob(filepath.Join(dir, sub, "*"))
		files = append(files, m...)
	}
	n := 0
	for _, f := range files {
		pf, err := ingest.Read(f, ingest.Options{TempDir: tmp})
		if err != nil {
			fmt.Fprintf(os.Stderr, "skipped %s: %v\n", f, err)
			continue
		}
		_, err = st.Load(context.Background(), pf, false)
		pf.Cleanup()
		check(err)
		n++
	}
	return n
}

func check(err error) {
	if err != nil {
		fmt.Fprintln(os.Stderr, "serveload:", err)
		os.Exit(1)
	}
}
