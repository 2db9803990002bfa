// Package web is `icestat serve`: server-rendered HTML pages and a JSON API
// over a read-only store. Every page has a JSON twin (?format=json or an
// /api/ route); pages work without JavaScript (charts are SVG drawn here);
// assets, templates and the OpenAPI document are embedded, so the binary
// needs no network at run time.
//
// Questions from the web go through query.Parse (the command line's keys)
// and query.Engine: no user string ever becomes SQL. Public pages follow a
// small-cell rule (see smallcell.go). The only writing endpoint, POST
// /api/ingest, is off unless an admin token is configured; how it writes
// while readers keep reading is described in handles.go.
package web

import (
	"context"
	"crypto/subtle"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"net/url"
	"os"
	"runtime"
	"strings"
	"time"

	"github.com/icestat/icestat/internal/answer"
	"github.com/icestat/icestat/internal/store"
)

// Config configures a Server. Zero values take the defaults noted.
type Config struct {
	DB           string        // store file (this or Data is required)
	Data         string        // an exported Parquet dataset (icestat export) served read-only instead of a store: a stateless replica
	Addr         string        // listen address, default 127.0.0.1:8080
	AdminToken   string        // enables POST /api/ingest when not empty
	SmallCell    int           // counts 1..SmallCell-1 are shown as "fewer than SmallCell"; 0 disables; default 5 (use NoSmallCell for 0)
	NoSmallCell  bool          // disables the small-cell rule (SmallCell 0 given explicitly)
	QueryTimeout time.Duration // per request's store work, default 15s
	MaxUpload    int64         // admin upload limit in bytes, default 512 MiB
	MaxBody      int64         // other request bodies (check), default 1 MiB
	MaxNumbers   int           // numbers (digit runs) one check may hold, default 3,000: a 2,000-word article holds a few hundred (claims.Input.MaxNumbers)
	MaxQueries   int           // requests working on the store at once, default GOMAXPROCS+1 (DuckDB parallelises each query itself)
	QueueWait    time.Duration // how long a request waits for a query slot before 503, default 5s
	TempDir      string        // uploads and ingest load files, default os.TempDir()
	NoCache      bool          // answer every request from the store (benchmarks)
	Logger       *slog.Logger  // access and error log, default JSON to stderr
}

func (c *Config) defaults() {
	if c.Addr == "" {
		c.Addr = "127.0.0.1:8080"
	}
	if c.NoSmallCell {
		c.SmallCell = 0
	} else if c.SmallCell == 0 {
		c.SmallCell = 5
	}
	if c.SmallCell < 0 {
		c.SmallCell = 0
	}
	if c.QueryTimeout == 0 {
		c.QueryTimeout = 15 * time.Second
	}
	if c.MaxUpload == 0 {
		c.MaxUpload = 512 << 20
	}
	if c.MaxBody == 0 {
		c.MaxBody = 1 << 20
	}
	if c.MaxNumbers == 0 {
		c.MaxNumbers = 3000
	}
	if c.MaxQueries == 0 {
		c.MaxQueries = runtime.GOMAXPROCS(0) + 1
	}
	if c.QueueWait == 0 {
		c.QueueWait = 5 * time.Second
	}
	if c.Logger == nil {
		c.Logger = slog.New(slog.NewJSONHandler(os.Stderr, nil))
	}
}

// Server answers HTTP requests over one store.
type Server struct {
	cfg    Config
	stores *stores
	sem    chan struct{}
	mux    *http.ServeMux
	log    *slog.Logger
}

// New opens the store read-only and builds the handler.
func New(cfg Config) (*Server, error) {
	cfg.defaults()
	if cfg.DB == "" && cfg.Data == "" {
		return nil, errors.New("no store given")
	}
	if cfg.Data != "" {
		if cfg.AdminToken != "" {
			return nil, errors.New("a server over an export (--data) is a read-only replica: it takes no admin token; ingest into a store and export again")
		}
		cfg.DB = cfg.Data
	}
	st, err := openStores(cfg.DB, cfg.Data != "")
	if err != nil {
		return nil, err
	}
	s := &Server{cfg: cfg, stores: st, sem: make(chan struct{}, cfg.MaxQueries), log: cfg.Logger}
	s.routes()
	return s, nil
}

// Close closes the store once running requests are done.
func (s *Server) Close() error {
	s.stores.close()
	return nil
}

// Handler is the server's http.Handler with logging, recovery and security
// headers.
func (s *Server) Handler() http.Handler { return s.accessLog(s.recoverer(s.secure(s.mux))) }

// HTTPServer returns an http.Server with the timeouts icestat uses.
func (s *Server) HTTPServer() *http.Server {
	return &http.Server{
		Addr:              s.cfg.Addr,
		Handler:           s.Handler(),
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       30 * time.Second, // the admin upload extends its own deadline
		WriteTimeout:      s.cfg.QueryTimeout + 15*time.Second,
		IdleTimeout:       120 * time.Second,
		MaxHeaderBytes:    64 << 10,
		ErrorLog:          slog.NewLogLogger(s.log.Handler(), slog.LevelWarn),
	}
}

// Serve listens on the configured address until ctx is done, then shuts
// down gracefully (running requests get up to 20 s to finish) and closes
// the store. ready, when not nil, receives the bound address.
func (s *Server) Serve(ctx context.Context, ready chan<- string) error {
	hs := s.HTTPServer()
	ln, err := net.Listen("tcp", s.cfg.Addr)
	if err != nil {
		return err
	}
	s.log.Info("serving", "addr", ln.Addr().String(), "db", s.cfg.DB, "small_cell", s.cfg.SmallCell, "admin", s.cfg.AdminToken != "")
	if ready != nil {
		ready <- ln.Addr().String()
	}
	errc := make(chan error, 1)
	go func() { errc <- hs.Serve(ln) }()
	select {
	case err := <-errc:
		s.Close()
		return err
	case <-ctx.Done():
	}
	s.log.Info("shutting down")
	sctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	err = hs.Shutdown(sctx)
	s.Close()
	if err != nil {
		return fmt.Errorf("shutdown: %w", err)
	}
	return nil
}

func (s *Server) routes() {
	m := http.NewServeMux()
	m.HandleFunc("/{$}", s.methods(s.overview, "GET"))
	m.HandleFunc("/explore", s.methods(s.explore, "GET"))
	m.HandleFunc("/sources", s.methods(s.sourcesPage, "GET"))
	m.HandleFunc("/sources/{id}", s.methods(s.sourcePage, "GET"))
	m.HandleFunc("/definitions", s.methods(s.definitionsPageHandler, "GET"))
	m.HandleFunc("/report", s.methods(s.reportPage, "GET"))
	m.HandleFunc("/check", s.methods(s.checkPage, "GET", "POST"))
	m.HandleFunc("/static/", s.methods(s.static, "GET"))
	m.HandleFunc("/static/report.css", s.methods(s.reportCSS, "GET"))
	m.HandleFunc("/chart.svg", s.methods(s.chartSVG, "GET"))
	m.HandleFunc("/embed/count", s.methods(s.embedCount, "GET"))
	m.HandleFunc("/embed/report", s.methods(s.embedReport, "GET"))
	m.HandleFunc("/report/chart.svg", s.methods(s.reportChartSVG, "GET"))
	m.HandleFunc("/api/count", s.methods(s.apiCount, "GET"))
	m.HandleFunc("/api/sources", s.methods(s.apiSources, "GET"))
	m.HandleFunc("/api/sources/{id}", s.methods(s.apiSource, "GET"))
	m.HandleFunc("/api/overview", s.methods(s.apiOverview, "GET"))
	m.HandleFunc("/api/report", s.methods(s.apiReport, "GET"))
	m.HandleFunc("/api/definitions", s.methods(s.apiDefinitions, "GET"))
	m.HandleFunc("/api/check", s.methods(s.apiCheck, "POST"))
	m.HandleFunc("/api/ingest", s.methods(s.apiIngest, "POST"))
	m.HandleFunc("/api/openapi.json", s.methods(s.openapi, "GET"))
	m.HandleFunc("/", s.notFound)
	s.mux = m
}

// methods restricts a handler to the given methods (HEAD with GET) and
// answers others with 405 in the route's format.
func (s *Server) methods(h http.HandlerFunc, allowed ...string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		for _, m := range allowed {
			if r.Method == m || (m == "GET" && r.Method == "HEAD") {
				// url.Query drops malformed pairs silently (e.g. with a
				// semicolon); answering a different question than the one
				// asked is worse than refusing it.
				if _, err := url.ParseQuery(r.URL.RawQuery); err != nil {
					s.fail(w, r, http.StatusBadRequest, "malformed query string: "+err.Error())
					return
				}
				h(w, r)
				return
			}
		}
		w.Header().Set("Allow", strings.Join(allowed, ", "))
		s.fail(w, r, http.StatusMethodNotAllowed, fmt.Sprintf("method %s not allowed here (use %s)", r.Method, strings.Join(allowed, " or ")))
	}
}

func (s *Server) notFound(w http.ResponseWriter, r *http.Request) {
	s.fail(w, r, http.StatusNotFound, "no such page: "+r.URL.Path)
}

// isAPI reports whether the request wants JSON: /api/ routes and
// ?format=json.
func isAPI(r *http.Request) bool {
	return strings.HasPrefix(r.URL.Path, "/api/") || r.URL.Query().Get("format") == "json"
}

// fail answers an error as JSON {"error": msg} on the API, as a page
// otherwise.
func (s *Server) fail(w http.ResponseWriter, r *http.Request, status int, msg string) {
	if status == http.StatusServiceUnavailable && w.Header().Get("Retry-After") == "" {
		w.Header().Set("Retry-After", "2")
	}
	if f := r.URL.Query().Get("format"); isAPI(r) || f == "csv" || f == "xlsx" {
		writeJSON(w, status, map[string]any{"error": msg})
		return
	}
	s.render(w, r, status, "error", &page{Title: http.StatusText(status), Error: msg, Status: status})
}

// errorStatus maps an error of the query layer or the store to a status
// and a message safe to show.
func (s *Server) errorStatus(r *http.Request, err error) (int, string) {
	var bad *answer.Error
	switch {
	case errors.As(err, &bad):
		return http.StatusBadRequest, bad.Msg
	case errors.Is(err, answer.ErrUnknownDataset):
		return http.StatusNotFound, err.Error()
	case errors.Is(err, errQueueFull):
		return http.StatusServiceUnavailable, err.Error()
	case errors.Is(err, context.DeadlineExceeded) || errors.Is(err, store.ErrInterrupted):
		return http.StatusServiceUnavailable, fmt.Sprintf("the query took longer than %s and was stopped; narrow it (fewer groups, a shorter period)", s.cfg.QueryTimeout)
	case errors.Is(err, context.Canceled):
		return 499, "request canceled"
	}
	s.log.Error("internal error", "path", r.URL.Path, "query", r.URL.RawQuery, "err", err.Error())
	return http.StatusInternalServerError, "internal error (logged on the server)"
}

func (s *Server) failErr(w http.ResponseWriter, r *http.Request, err error) {
	st, msg := s.errorStatus(r, err)
	s.fail(w, r, st, msg)
}

// errQueueFull is returned when no query slot frees up in time.
var errQueueFull = errors.New("server busy: too many queries running; retry in a moment")

// withStore runs f with the current store handle, a query slot and the
// per-request query timeout.
func (s *Server) withStore(r *http.Request, f func(ctx context.Context, h *handle) error) error {
	h := s.stores.acquire()
	defer h.release()
	return s.slot(r, h, f)
}

// slot waits for one of the MaxQueries slots of store work (503 after
// QueueWait) and runs f under the query timeout.
func (s *Server) slot(r *http.Request, h *handle, f func(ctx context.Context, h *handle) error) error {
	t := time.NewTimer(s.cfg.QueueWait)
	defer t.Stop()
	select {
	case s.sem <- struct{}{}:
	case <-t.C:
		return errQueueFull
	case <-r.Context().Done():
		return r.Context().Err()
	}
	defer func() { <-s.sem }()
	ctx, cancel := context.WithTimeout(r.Context(), s.cfg.QueryTimeout)
	defer cancel()
	return f(ctx, h)
}

// cached answers from the current handle's cache, or computes the answer
// in a query slot and keeps it. A cache hit needs no slot. All of one
// request's work uses one handle, so an answer never mixes two states of
// the store.
func cached[T any](s *Server, r *http.Request, key string, f func(ctx context.Context, h *handle) (T, error)) (T, error) {
	h := s.stores.acquire()
	defer h.release()
	if !s.cfg.NoCache {
		if v, ok := h.cache.get(key); ok {
			return v.(T), nil
		}
	}
	var out T
	err := s.slot(r, h, func(ctx context.Context, h *handle) error {
		var err error
		out, err = f(ctx, h)
		return err
	})
	if err == nil && !s.cfg.NoCache {
		h.cache.put(key, out)
	}
	return out, err
}

// checkToken compares the bearer token in constant time.
func (s *Server) checkToken(r *http.Request) bool {
	if s.cfg.AdminToken == "" {
		return false
	}
	auth := r.Header.Get("Authorization")
	const prefix = "Bearer "
	if len(auth) < len(prefix) || !strings.EqualFold(auth[:len(prefix)], prefix) {
		return false
	}
	got := []byte(strings.TrimSpace(auth[len(prefix):]))
	return subtle.ConstantTimeCompare(got, []byte(s.cfg.AdminToken)) == 1
}
