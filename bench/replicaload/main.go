// Command replicaload is a bounded loopback load test of several
// `icestat serve --data DIR` replicas serving one export, as behind a load
// balancer: clients spread fixed read requests round-robin over the
// replicas, and every answer must equal the first replica's answer to the
// same request. It stops after -requests or -duration, whichever comes
// first. bench/replicas.sh starts the replicas and runs it.
package main

import (
	"flag"
	"fmt"
	"io"
	"net/http"
	"os"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

func main() {
	urls := flag.String("urls", "http://127.0.0.1:18081,http://127.0.0.1:18082", "comma-separated replica base URLs")
	clients := flag.Int("clients", 8, "concurrent clients")
	requests := flag.Int("requests", 20000, "requests in all (upper bound)")
	duration := flag.Duration("duration", 30*time.Second, "time (upper bound)")
	flag.Parse()
	bases := strings.Split(*urls, ",")
	var paths []string
	for _, ds := range []string{"arrests", "removals", "encounters"} {
		for _, place := range []string{"", "&aor=BOS", "&aor=SEA", "&aor=NYC"} {
			for _, fy := range []string{"2017", "2018", "2019"} {
				for _, by := range []string{"", "&by=month", "&by=country&limit=20"} {
					paths = append(paths, "/api/count?dataset="+ds+"&fy="+fy+place+by)
				}
			}
		}
	}
	paths = append(paths, "/explore?dataset=arrests&fy=2017&aor=BOS&by=month", "/report?aor=BOS&fy=2018", "/sources", "/")
	client := &http.Client{Timeout: time.Minute}
	// Reference answers from the first replica; the others must agree.
	ref := map[string]string{}
	for _, p := range paths {
		if strings.HasPrefix(p, "/api/") {
			b, err := get(client, bases[0]+p)
			if err != nil {
				fmt.Fprintln(os.Stderr, err)
				os.Exit(1)
			}
			ref[p] = b
		}
	}
	var next, mismatches, failures int64
	lat := make([][]time.Duration, len(bases))
	var mu sync.Mutex
	deadline := time.Now().Add(*duration)
	start := time.Now()
	var wg sync.WaitGroup
	for c := 0; c < *clients; c++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for time.Now().Before(deadline) {
				i := atomic.AddInt64(&next, 1) - 1
				if i >= int64(*requests) {
					return
				}
				r := int(i) % len(bases)
				p := paths[int(i/int64(len(bases)))%len(paths)]
				t0 := time.Now()
				b, err := get(client, bases[r]+p)
				d := time.Since(t0)
				if err != nil {
					atomic.AddInt64(&failures, 1)
					continue
				}
				if want, ok := ref[p]; ok && want != b {
					if atomic.AddInt64(&mismatches, 1) == 1 {
						fmt.Fprintf(os.Stderr, "first differing answer: %s%s\n--- replica 1:\n%s\n--- %s:\n%s\n", bases[r], p, want, bases[r], b)
					}
				}
				mu.Lock()
				lat[r] = append(lat[r], d)
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	el := time.Since(start)
	var all []time.Duration
	fmt.Printf("| replica | requests | p50 | p99 |\n|---|---|---|---|\n")
	for r, l := range lat {
		all = append(all, l...)
		fmt.Printf("| %s | %d | %s | %s |\n", bases[r], len(l), pct(l, 50), pct(l, 99))
	}
	fmt.Printf("| all | %d | %s | %s |\n\n", len(all), pct(all, 50), pct(all, 99))
	fmt.Printf("%.0f requests/s over %.1f s with %d clients; %d failures; %d answers differing between replicas\n",
		float64(len(all))/el.Seconds(), el.Seconds(), *clients, failures, mismatches)
	if failures > 0 || mismatches > 0 {
		os.Exit(1)
	}
}

func get(c *http.Client, url string) (string, error) {
	resp, err := c.Get(url)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if resp.StatusCode != 200 {
		return "", fmt.Errorf("%s: %s", url, resp.Status)
	}
	return string(b), err
}

func pct(l []time.Duration, p int) string {
	if len(l) == 0 {
		return "-"
	}
	s := append([]time.Duration(nil), l...)
	sort.Slice(s, func(i, j int) bool { return s[i] < s[j] })
	return s[(len(s)-1)*p/100].Round(100 * time.Microsecond).String()
}
