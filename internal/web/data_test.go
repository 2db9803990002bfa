package web

import (
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"testing"

	"github.com/icestat/icestat/internal/store"
)

// TestServeExport: a server over an export (--data, a stateless replica)
// gives the store's answers and refuses to be an ingest target.
func TestServeExport(t *testing.T) {
	ro, err := store.OpenForExport(sampleStore(t))
	if err != nil {
		t.Fatal(err)
	}
	dir := filepath.Join(t.TempDir(), "export")
	_, err = ro.Export(context.Background(), dir, "parquet")
	ro.Close()
	if err != nil {
		t.Fatal(err)
	}
	quiet := slog.New(slog.NewTextHandler(io.Discard, nil))
	if _, err := New(Config{Data: dir, AdminToken: "0123456789abcdef0123", Logger: quiet}); err == nil {
		t.Error("a replica accepted an admin token")
	}
	fromStore, err := New(Config{DB: sampleStore(t), Logger: quiet, NoSmallCell: true})
	if err != nil {
		t.Fatal(err)
	}
	defer fromStore.Close()
	replica, err := New(Config{Data: dir, Logger: quiet, NoSmallCell: true})
	if err != nil {
		t.Fatal(err)
	}
	defer replica.Close()
	count := func(s *Server, q string) float64 {
		rec := httptest.NewRecorder()
		s.Handler().ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/api/count?"+q, nil))
		var m map[string]any
		if rec.Code != 200 || json.Unmarshal(rec.Body.Bytes(), &m) != nil {
			t.Fatalf("%s: %d %s", q, rec.Code, rec.Body.String())
		}
		n, _ := m["count"].(float64)
		return n
	}
	for _, q := range []string{"dataset=arrests&aor=BOS&fy=2017", "dataset=removals&aor=BOS&fy=2018", "dataset=arrests&aor=SEA&fy=2013", "dataset=detentions&aor=SEA&fy=2015"} {
		a, b := count(fromStore, q), count(replica, q)
		if a != b || a == 0 {
			t.Errorf("%s: store %v, replica %v", q, a, b)
		}
	}
	// 2,834 = zcat testdata/sample/BOS_EROArrests_FY2017.csv.gz | tail -n +7 | wc -l
	if n := count(replica, "dataset=arrests&aor=BOS&fy=2017"); n != 2834 {
		t.Errorf("replica BOS FY2017 arrests = %v, want 2834", n)
	}
}
