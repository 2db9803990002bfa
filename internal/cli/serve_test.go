package cli

import (
	"bytes"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

func TestServeFlags(t *testing.T) {
	if code, _, errs := invoke(t, "serve", "--db", filepath.Join(t.TempDir(), "none.duckdb")); code != 1 || !strings.Contains(errs, "no store") {
		t.Errorf("missing store: %d %s", code, errs)
	}
	if code, _, errs := invoke(t, "serve", "--small-cell", "-1"); code != 2 || !strings.Contains(errs, "--small-cell") {
		t.Errorf("bad small-cell: %d %s", code, errs)
	}
	if code, _, errs := invoke(t, "serve", "--admin-token", "short"); code != 2 || !strings.Contains(errs, "at least 16") {
		t.Errorf("short token: %d %s", code, errs)
	}
	if code, _, errs := invoke(t, "serve", "extra"); code != 2 || !strings.Contains(errs, "unexpected argument") {
		t.Errorf("extra argument: %d %s", code, errs)
	}
}

// TestServeRunsAndStops starts `icestat serve` in-process on a free port,
// asks it for the Boston FY2017 count (2834 = zcat
// BOS_EROArrests_FY2017.csv.gz | tail -n +7 | wc -l), then sends SIGTERM
// and expects a graceful exit.
func TestServeRunsAndStops(t *testing.T) {
	db := filepath.Join(t.TempDir(), "s.duckdb")
	if code, _, errs := invoke(t, "ingest", "--db", db, bundled("BOS_EROArrests_FY2017.csv.gz")); code != 0 {
		t.Fatal(errs)
	}
	var out, errb syncBuffer
	done := make(chan int, 1)
	go func() {
		done <- Main(&Env{Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errb, Getenv: func(string) string { return "" }},
			[]string{"serve", "--db", db, "--addr", "127.0.0.1:0"})
	}()
	re := regexp.MustCompile(`http://([0-9.:]+)/`)
	var addr string
	for i := 0; i < 200 && addr == ""; i++ {
		if m := re.FindStringSubmatch(out.String()); m != nil {
			addr = m[1]
		}
		time.Sleep(50 * time.Millisecond)
	}
	if addr == "" {
		t.Fatalf("server did not start: %s %s", out.String(), errb.String())
	}
	resp, err := http.Get("http://" + addr + "/api/count?dataset=arrests&aor=BOS&fy=2017")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 || !strings.Contains(string(body), `"count": 2834`) {
		t.Errorf("%d %s", resp.StatusCode, body)
	}
	syscall.Kill(os.Getpid(), syscall.SIGTERM)
	select {
	case code := <-done:
		if code != 0 {
			t.Errorf("exit %d: %s", code, errb.String())
		}
	case <-time.After(30 * time.Second):
		t.Fatal("no shutdown after SIGTERM")
	}
	if !strings.Contains(errb.String(), `"msg":"shutting down"`) || !strings.Contains(errb.String(), `"path":"/api/count"`) {
		t.Errorf("log: %s", errb.String())
	}
}
