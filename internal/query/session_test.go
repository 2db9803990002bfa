package query

import (
	"context"
	"testing"

	"github.com/icestat/icestat/internal/fixture"
	"github.com/icestat/icestat/internal/ingest"
	"github.com/icestat/icestat/internal/store"
)

// A session reads the stored sources once, at its first question: a file
// stored after that is not among its sources, while the engine it came
// from, which keeps nothing, sees it; a new session sees it too. The
// answers are those of the engine.
func TestSessionReadsSourcesOnce(t *testing.T) {
	path := fixture.Store(t, sample("BOS_EROArrests_FY2017.csv.gz"))
	st, err := store.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	e := &Engine{Store: st}
	s := e.Session()
	const fy17, fy18 = "dataset=arrests&aor=BOS&fy=2017", "dataset=arrests&aor=BOS&fy=2018"
	if got, want := total(t, run(t, s, fy17)), total(t, run(t, e, fy17)); got != want || got != 2834 {
		t.Fatalf("session %d, engine %d, want 2834", got, want)
	}
	pf, err := ingest.Read(sample("BOS_EROArrests_FY2018.csv.gz"), ingest.Options{TempDir: t.TempDir()})
	if err != nil {
		t.Fatal(err)
	}
	_, err = st.Load(context.Background(), pf, false)
	pf.Cleanup()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		e    *Engine
		want *int64 // nil: no count (no source covers FY2018)
	}{
		{"the session, sources read before the file was stored", s, nil},
		{"the engine", e, ptr(2908)},
		{"a new session", e.Session(), ptr(2908)},
	}
	for _, tt := range tests {
		r := run(t, tt.e, fy18)
		switch {
		case tt.want == nil && r.Total != nil:
			t.Errorf("%s: FY2018 counted %d, want no count", tt.name, *r.Total)
		case tt.want != nil && (r.Total == nil || *r.Total != *tt.want):
			t.Errorf("%s: FY2018 = %v, want %d", tt.name, r.Total, *tt.want)
		}
	}
}

func ptr(n int64) *int64 { return &n }
