package web

import (
	"bytes"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"sync"
	"testing"

	"github.com/icestat/icestat/internal/fixture"
)

// The stores come from package fixture (built once per test binary where
// tests only read them).
var (
	sample     = fixture.Sample
	buildStore = fixture.Load
)

// sampleStore is the store of the whole bundled sample; tests only read it.
func sampleStore(t testing.TB) string { return fixture.SampleStore(t) }

func TestMain(m *testing.M) {
	code := m.Run()
	fixture.Cleanup()
	os.Exit(code)
}

// newServer starts a Server over db with cfg; the log goes to logBuf.
func newServer(t testing.TB, db string, cfg Config) (*Server, *bytes.Buffer) {
	t.Helper()
	var logBuf bytes.Buffer
	cfg.DB = db
	cfg.Logger = slog.New(slog.NewJSONHandler(&lockedWriter{w: &logBuf}, nil))
	if cfg.TempDir == "" {
		cfg.TempDir = t.TempDir()
	}
	s, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s, &logBuf
}

type lockedWriter struct {
	mu sync.Mutex
	w  io.Writer
}

func (l *lockedWriter) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.w.Write(p)
}

// do runs one request through the full handler (middleware included).
func do(t testing.TB, h http.Handler, method, target string, body io.Reader, hdr ...string) *httptest.ResponseRecorder {
	t.Helper()
	req := httptest.NewRequest(method, target, body)
	for i := 0; i+1 < len(hdr); i += 2 {
		req.Header.Set(hdr[i], hdr[i+1])
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec
}

func get(t testing.TB, h http.Handler, target string) *httptest.ResponseRecorder {
	t.Helper()
	return do(t, h, "GET", target, nil)
}

func decode(t testing.TB, rec *httptest.ResponseRecorder) map[string]any {
	t.Helper()
	var m map[string]any
	if err := json.Unmarshal(rec.Body.Bytes(), &m); err != nil {
		t.Fatalf("not JSON (%d): %v\n%s", rec.Code, err, rec.Body.String())
	}
	return m
}

// wantError checks an error answer: status and a JSON {"error": ...}
// containing want.
func wantError(t testing.TB, rec *httptest.ResponseRecorder, status int, want string) {
	t.Helper()
	if rec.Code != status {
		t.Errorf("status %d, want %d: %s", rec.Code, status, rec.Body.String())
		return
	}
	if !strings.HasPrefix(rec.Header().Get("Content-Type"), "application/json") {
		t.Errorf("error is %s, want JSON", rec.Header().Get("Content-Type"))
		return
	}
	m := decode(t, rec)
	msg, _ := m["error"].(string)
	if msg == "" || !strings.Contains(msg, want) {
		t.Errorf("error %q lacks %q", msg, want)
	}
}

func num(v any) int64 {
	f, _ := v.(float64)
	return int64(f)
}
