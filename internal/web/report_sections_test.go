package web

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestReportPageSections: the Report page shows the custody section (the
// modern fixtures, constructed from real rows; 42 people followed and 41
// booked in: testdata/modern/follow.awk, see internal/report's custody
// tests) and the detention section (the 2025-05-24 edition's
// 'Detention FY25'!F20 = 48,870 detained), with links to the answers.
func TestReportPageSections(t *testing.T) {
	fix := func(d string) string {
		return filepath.Join("..", "..", "testdata", "modern", "raw_2025-ICLI-00019_"+d+".tsv")
	}
	db := editionStore(t, fix("arrests"), fix("detentions"), fix("detainers"))
	s, _ := newServer(t, db, Config{})
	h := s.Handler()

	rec := get(t, h, "/report?aor=SEA&from=2024-01-08&to=2025-02-15")
	body := rec.Body.String()
	for _, want := range []string{"Custody and detainer outcomes", "people followed (first arrest in the period)</td><td class=\"n\">42<",
		"booked into ICE detention after the arrest</td><td class=\"n\">41<", "icestat follow arrests --aor SEA --from 2024-01-08 --to 2025-02-15",
		"Detainers lodged", "no lift-reason field"} {
		if !strings.Contains(body, want) {
			t.Errorf("SEA report page lacks %q", want)
		}
	}
	rec = get(t, h, "/report?state=WA&month=2025-05")
	body = rec.Body.String()
	for _, want := range []string{"Detention (ICE&#39;s published statistics)", `href="/api/count?by=criminality&amp;dataset=detained&amp;date=2025-05-31">48,870`} {
		if !strings.Contains(body, want) {
			t.Errorf("WA May 2025 report page lacks %q", want)
		}
	}
	if rec.Code != 200 {
		t.Errorf("status %d", rec.Code)
	}
	// A server with a larger small-cell rule suppresses the follow counts
	// in the page and in its JSON twin too (42 < 50).
	s50, _ := newServer(t, db, Config{SmallCell: 50})
	h50 := s50.Handler()
	if body := get(t, h50, "/report?aor=SEA&from=2024-01-08&to=2025-02-15").Body.String(); strings.Contains(body, `class="n">42<`) || !strings.Contains(body, "fewer than 50") {
		t.Error("page shows 42 under a small-cell rule of 50")
	}
	m := decode(t, get(t, h50, "/report?aor=SEA&from=2024-01-08&to=2025-02-15&format=json"))
	persons := m["custody"].(map[string]any)["arrests"].(map[string]any)["persons"].(map[string]any)
	if persons["count"] != nil || persons["count_text"] != "fewer than 50" {
		t.Errorf("JSON persons %v under a small-cell rule of 50", persons)
	}
}
