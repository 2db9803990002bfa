package web

import (
	"net/url"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// TestCheckWording: the Check page and POST /api/check say what `icestat
// check` says (the claims package's wording): the note on duplicates once
// for the result, a difference in words. 2,834 and 2,908 Boston arrests in
// FY2017 and FY2018: zcat BOS_EROArrests_FY2017.csv.gz (…FY2018) | tail
// -n +7 | wc -l; the Boston slices have no person key (head -6 of the file
// lists no such column), so every arrest row counts.
func TestCheckWording(t *testing.T) {
	s, _ := newServer(t, sampleStore(t), Config{})
	h := s.Handler()
	text := "ICE ERO Boston arrested 2,834 people in fiscal year 2017. ICE ERO Boston arrested 2,018 people in fiscal year 2018."
	form := url.Values{"text": {text}}
	rec := do(t, h, "POST", "/check", strings.NewReader(form.Encode()), "Content-Type", "application/x-www-form-urlencoded")
	page := rec.Body.String()
	if rec.Code != 200 {
		t.Fatalf("check: %d", rec.Code)
	}
	if n := strings.Count(page, "Duplicates: the arrest rows carry no person key"); n != 1 {
		t.Errorf("the Check page says the duplicates note %d times", n)
	}
	if !strings.Contains(page, "The records give 2,908; the claim says 2,018 — 890 fewer.") {
		t.Error("the Check page does not word the difference naturally")
	}
	if strings.Contains(page, "difference of") || strings.Contains(page, "(+44.1%)") {
		t.Error("a signed difference is still printed")
	}
	m := decode(t, do(t, h, "POST", "/api/check", strings.NewReader(text), "Content-Type", "text/plain"))
	notes, _ := m["notes"].([]any)
	entries, _ := m["entries"].([]any)
	if len(notes) != 1 || len(entries) != 2 {
		t.Fatalf("api: notes %v, %d entries", notes, len(entries))
	}
	for _, e := range entries {
		if ex, _ := e.(map[string]any)["explanation"].(string); strings.Contains(ex, "Duplicates:") {
			t.Errorf("api entry repeats the duplicates note: %s", ex)
		}
	}
	if ex, _ := entries[1].(map[string]any)["explanation"].(string); !strings.Contains(ex, "— 890 fewer.") {
		t.Errorf("api explanation %q", ex)
	}
}

// TestCheckRecordsNeverBlank: a claim no reading gives a figure for says so
// in its Records field rather than leaving it empty (a blank beside
// "Records" reads as a missing number). The sentence is Armenian, which
// icestat does not read: its figure is asked by value and nothing matches.
func TestCheckRecordsNeverBlank(t *testing.T) {
	s, _ := newServer(t, sampleStore(t), Config{})
	form := url.Values{"text": {"Մեկ տարում ԱՄՆ-ից վտարվել է ավելի քան 270 հազար միգրանտ"}, "date": {"2018-01-01"}}
	rec := do(t, s.Handler(), "POST", "/check", strings.NewReader(form.Encode()), "Content-Type", "application/x-www-form-urlencoded")
	page := rec.Body.String()
	if rec.Code != 200 || !strings.Contains(page, "270 հազար") {
		t.Fatalf("check: %d, the figure is not on the page", rec.Code)
	}
	if strings.Contains(page, "<dt>Records</dt><dd></dd>") || !strings.Contains(page, "<dt>Records</dt><dd>no figure for this reading") {
		t.Error("a claim with no figure has a blank Records field")
	}
}

// TestCheckEveryCommand: a change is tested with two counts, and the Check
// page shows the command of each (it showed only the first, found in a
// 1366 px screenshot of "a 42-percent jump over 2016"). The sample holds
// every Boston AOR row of the nationwide files.
func TestCheckEveryCommand(t *testing.T) {
	s, _ := newServer(t, sampleStore(t), Config{})
	form := url.Values{"text": {"Arrests by ICE's Boston field office rose 30 percent in fiscal year 2017 over fiscal year 2016."}, "date": {"2018-03-15"}}
	rec := do(t, s.Handler(), "POST", "/check", strings.NewReader(form.Encode()), "Content-Type", "application/x-www-form-urlencoded")
	page := rec.Body.String()
	if rec.Code != 200 {
		t.Fatalf("check: %d", rec.Code)
	}
	codes := regexp.MustCompile(`<p><code>(icestat count arrests [^<]*)</code></p>`).FindAllStringSubmatch(page, -1)
	var fys []string
	for _, c := range codes {
		fys = append(fys, regexp.MustCompile(`--fy \d+`).FindString(c[1]))
	}
	if !slices.Contains(fys, "--fy 2017") || !slices.Contains(fys, "--fy 2016") {
		t.Errorf("the page shows the commands %q, want one of FY2017 and one of FY2016", codes)
	}
}
