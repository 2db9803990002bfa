package web

import (
	"fmt"
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
	for _, want := range []string{"Custody and detainer outcomes", "people followed (first arrest in the period)</th><td class=\"n\">42<",
		"booked into ICE detention after the arrest</th><td class=\"n\">41<", "icestat follow arrests --aor SEA --from 2024-01-08 --to 2025-02-15",
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

// TestReportAsOf: the web report takes as-of like `icestat report --as-of`
// (report.ParseRequest serves both). Expected with the awk script over the
// raw fixtures:
//
//	awk -F'\t' -v asof=2024-06-01 -v from=2024-01-08 -v to=2025-02-15 -f testdata/modern/follow.awk \
//	    raw_2025-ICLI-00019_arrests.tsv raw_2025-ICLI-00019_detentions.tsv
//
// prints "people 42 booked 14": by 2024-06-01 only 14 of the 42 had been
// booked in (41 by the end of the data).
func TestReportAsOf(t *testing.T) {
	fix := func(d string) string {
		return filepath.Join("..", "..", "testdata", "modern", "raw_2025-ICLI-00019_"+d+".tsv")
	}
	db := editionStore(t, fix("arrests"), fix("detentions"), fix("detainers"))
	s, _ := newServer(t, db, Config{NoSmallCell: true})
	h := s.Handler()
	m := decode(t, get(t, h, "/report?aor=SEA&from=2024-01-08&to=2025-02-15&as-of=2024-06-01&format=json"))
	arr := m["custody"].(map[string]any)["arrests"].(map[string]any)
	// follow's cells carry their counts as text
	if arr["as_of"] != "2024-06-01" || fmt.Sprint(arr["persons"].(map[string]any)["count"]) != "42" || fmt.Sprint(arr["booked_into_detention"].(map[string]any)["count"]) != "14" {
		t.Errorf("as-of 2024-06-01: %v", arr)
	}
	body := get(t, h, "/report?aor=SEA&from=2024-01-08&to=2025-02-15&as-of=2024-06-01").Body.String()
	if !strings.Contains(body, "booked into ICE detention after the arrest</th><td class=\"n\">14<") {
		t.Error("the report page does not show the as-of answer (14 booked by 2024-06-01)")
	}
	wantError(t, get(t, h, "/api/report?aor=SEA&fy=2024&as-of=2024-13-01"), 400, "as-of")
}

// TestDedupeLinks: links are built from structured questions, so a
// --dedupe answer's row links keep dedupe and resolve to the row's own
// count (the old links re-parsed the command text and vanished on --dedupe).
func TestDedupeLinks(t *testing.T) {
	fix := func(d string) string {
		return filepath.Join("..", "..", "testdata", "modern", "raw_2025-ICLI-00019_"+d+".tsv")
	}
	db := editionStore(t, fix("arrests"))
	s, _ := newServer(t, db, Config{NoSmallCell: true})
	h := s.Handler()
	m := decode(t, get(t, h, "/api/count?dataset=arrests&aor=SEA&dedupe=true&by=gender"))
	rows := m["rows"].([]any)
	if len(rows) == 0 {
		t.Fatalf("no rows: %v", m)
	}
	for _, r := range rows {
		row := r.(map[string]any)
		link, _ := row["explore"].(string)
		if !strings.Contains(link, "dedupe=true") {
			t.Errorf("row %v: link %q lost --dedupe", row, link)
			continue
		}
		one := decode(t, get(t, h, "/api/count?"+strings.TrimPrefix(link, "/explore?")))
		if num(one["count"]) != num(row["count"]) || !strings.Contains(one["command"].(string), "--dedupe") {
			t.Errorf("row %v: its link answers %v (%v)", row, one["count"], one["command"])
		}
	}
}
