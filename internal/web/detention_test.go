package web

import (
	"net/http"
	"strings"
	"testing"

	"github.com/icestat/icestat/internal/fixture"
)

// TestAPIDetention asks /api/count for a detention measure over a store
// holding one real edition. 'Detention FY25'!F20 of the 2025-05-24 edition
// = 48870 people detained (as of 05/23/2025 in ICE's file name); read from
// the workbook XML by the script cited in internal/detention's tests.
func TestAPIDetention(t *testing.T) {
	db := editionStore(t)
	s, _ := newServer(t, db, Config{})
	h := s.Handler()

	rec := get(t, h, "/api/count?dataset=detained&date=2025-06-01")
	m := decode(t, rec)
	if rec.Code != http.StatusOK || num(m["count"]) != 48870 {
		t.Fatalf("detained: %d %v", rec.Code, m)
	}
	if !strings.Contains(m["command"].(string), "icestat count detained --date 2025-06-01") {
		t.Errorf("command %q", m["command"])
	}
	srcs, _ := m["sources"].([]any)
	if len(srcs) == 0 || !strings.Contains(srcs[0].(map[string]any)["file"].(string), "2025-05-24_FY25") {
		t.Errorf("sources %v", m["sources"])
	}
	// a date no edition covers: no count (null), never 0
	rec = get(t, h, "/api/count?dataset=detained&date=2019-01-01")
	if m := decode(t, rec); rec.Code != http.StatusOK || m["count"] != nil {
		t.Errorf("uncovered date: %d %v", rec.Code, m["count"])
	}
	// a filter the measure cannot honour, and an injection attempt: 400
	wantError(t, get(t, h, "/api/count?dataset=detained&date=2025-06-01&state=MA"), http.StatusBadRequest, "")
	wantError(t, get(t, h, "/api/count?dataset=detained&date=2025-06-01';DROP%20TABLE%20sources;--"), http.StatusBadRequest, "")
	// CSV download of the criminality split: F21..F23 sum to F20
	rec = get(t, h, "/api/count?dataset=detained&date=2025-06-01&by=criminality&format=csv")
	if rec.Code != http.StatusOK || !strings.HasPrefix(rec.Header().Get("Content-Type"), "text/csv") || !strings.Contains(rec.Body.String(), "criminality") {
		t.Errorf("csv: %d %s\n%s", rec.Code, rec.Header().Get("Content-Type"), rec.Body.String())
	}
}

// TestExploreDetentionCoverage: the explore page of a detention measure
// gives the edition's coverage and cells, never "Covered: nothing" (the
// records' wording, which read as if no source held the number shown).
// The same edition: F20 = 48,870; the removals of FY2025 to date,
// 'Detention FY25'!P29 = 169,956 (openpyxl), partial for the whole year.
func TestExploreDetentionCoverage(t *testing.T) {
	db := editionStore(t)
	s, _ := newServer(t, db, Config{})
	h := s.Handler()
	for _, c := range []struct{ url, value, status, cell string }{
		{"/explore?dataset=detained&date=2025-06-01", "48,870", "Covered: asked 2025-06-01", "F20"},
		{"/explore?dataset=ice-removals&fy=2025", "169,956", "Partly covered: asked FY2025", "P29"},
	} {
		rec := get(t, h, c.url)
		body := rec.Body.String()
		if rec.Code != http.StatusOK || !strings.Contains(body, c.value) || !strings.Contains(body, c.status) || !strings.Contains(body, "<td>"+c.cell+"</td>") {
			t.Errorf("%s: %d; want %s, %q and cell %s in the page", c.url, rec.Code, c.value, c.status, c.cell)
		}
		if strings.Contains(body, "Covered: nothing") || strings.Contains(body, "rows counted") {
			t.Errorf("%s: the records' coverage wording on a detention answer", c.url)
		}
	}
}

// editionStore builds a store of files (FOIA rows, ingested as `icestat
// ingest` does) plus the 2025-05-24 detention-statistics edition; it skips
// when the shared data are absent.
func editionStore(t *testing.T, files ...string) string {
	t.Helper()
	fixture.Shared(t, "ice-detention-stats", "workbooks", "2025-05-24_FY25_detentionStats05232025.xlsx")
	db := fixture.Store(t, files...)
	if err := fixture.LoadEditions(db, "2025-05-24_FY25_detentionStats05232025.xlsx"); err != nil {
		t.Fatal(err)
	}
	return db
}
