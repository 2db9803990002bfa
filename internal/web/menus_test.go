package web

import (
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/icestat/icestat/internal/fixture"
)

// TestMenusFromStore: the fiscal-year choices are the years the stored
// sources cover, and each group-by option names the datasets whose
// sources have the column. Expected from the sample file names
// (ls testdata/sample): the widest files are arrests_FY2012-FY2019YTD and
// bookins_FY2012-FY2019YTD, so FY2012..FY2019 and nothing later (the old
// menu offered the calendar's FY2020–FY2027); the lift reason is a
// detainer column and no sample file holds detainers (not offered), while gender is in
// the BOS arrests files (head -7 BOS_EROArrests_FY2017.csv.gz | tail -1
// lists "Gender").
func TestMenusFromStore(t *testing.T) {
	s, _ := newServer(t, sampleStore(t), Config{})
	h := s.Handler()
	body := get(t, h, "/report").Body.String()
	var fys []int
	for _, m := range regexp.MustCompile(`<option value="(\d{4})"[^>]*>FY`).FindAllStringSubmatch(body, -1) {
		y, _ := strconv.Atoi(m[1])
		fys = append(fys, y)
	}
	if len(fys) != 8 || fys[0] != 2019 || fys[len(fys)-1] != 2012 {
		t.Errorf("report fiscal-year menu %v, want FY2019 down to FY2012", fys)
	}
	ex := get(t, h, "/explore").Body.String()
	for _, tc := range []struct {
		dim      string
		has, not string
	}{
		{"gender", "arrests", "detainers"},
		{"month", "encounters", ""},
	} {
		m := regexp.MustCompile(`<option value="` + tc.dim + `"(?: data-datasets="([^"]*)")?`).FindStringSubmatch(ex)
		if m == nil {
			t.Errorf("no %s option", tc.dim)
			continue
		}
		ds := " " + m[1] + " "
		if tc.has != "" && !strings.Contains(ds, " "+tc.has+" ") || tc.not != "" && strings.Contains(ds, " "+tc.not+" ") {
			t.Errorf("%s offered for %q", tc.dim, m[1])
		}
	}
	// No dataset of the store has a lift reason: not offered at all.
	if strings.Contains(ex, `<option value="lift_reason"`) {
		t.Error("lift_reason offered")
	}
	// Human labels, grouped.
	for _, want := range []string{`<optgroup label="Place">`, `<optgroup label="Person">`, ">Apprehension method<", ">Citizenship country<", ">Area of responsibility<"} {
		if !strings.Contains(ex, want) {
			t.Errorf("explore menu lacks %s", want)
		}
	}
}

// TestAPIDefinitions: /api/definitions is the Definitions page as JSON,
// generated from the definitions package (the words every page links to,
// the columns with their labels, the rules `icestat definitions` prints).
func TestAPIDefinitions(t *testing.T) {
	s, _ := newServer(t, sampleStore(t), Config{})
	h := s.Handler()
	m := decode(t, get(t, h, "/api/definitions"))
	words, _ := m["words"].([]any)
	cols, _ := m["columns"].([]any)
	defs, _ := m["definitions"].([]any)
	found := map[string]bool{}
	for _, w := range words {
		found[w.(map[string]any)["id"].(string)] = true
	}
	for _, id := range []string{"at-large", "custodial", "removals", "encounters", "final-order", "aor"} {
		if !found[id] {
			t.Errorf("/api/definitions lacks the word %s", id)
		}
	}
	if len(cols) < 40 || len(defs) < 10 {
		t.Errorf("%d columns, %d definitions", len(cols), len(defs))
	}
	page := get(t, h, "/definitions").Body.String()
	for _, id := range []string{`id="at-large"`, `id="col-method"`, `id="final-order"`} {
		if !strings.Contains(page, id) {
			t.Errorf("/definitions lacks the anchor %s", id)
		}
	}
	wantError(t, get(t, h, "/api/definitions?x=1"), 400, "unknown parameter")
}

// TestMenusFilledColumns: a column every row of the store leaves empty or
// redacted is not offered, even though a release's header names it; and
// Explore's fiscal year is the menu of covered years (as on the front
// page), keeping a range asked in the address as an option of its own.
// The store holds the 2019 release's Boston FY2017 arrests and removals;
// as internal/store's TestFilledColumns derives with awk, their "Birth
// Date" is "(B)(6);(B)(7)(C) " in every row, the arrests' "Operation" is
// empty or redacted in every row, 774 removals have a threat level, and
// every arrest has a gender.
func TestMenusFilledColumns(t *testing.T) {
	path := fixture.Store(t, sample("BOS_EROArrests_FY2017.csv.gz"), sample("BOS_ICERemovals_FY2017.csv.gz"))
	s, _ := newServer(t, path, Config{})
	h := s.Handler()
	ex := get(t, h, "/explore").Body.String()
	datasets := func(dim string) (string, bool) {
		m := regexp.MustCompile(`<option value="` + dim + `"(?: data-datasets="([^"]*)")?`).FindStringSubmatch(ex)
		if m == nil {
			return "", false
		}
		return m[1], true
	}
	for _, dim := range []string{"birth_date", "lift_reason"} {
		if ds, ok := datasets(dim); ok {
			t.Errorf("%s offered (for %q) though no row has a value", dim, ds)
		}
	}
	for dim, want := range map[string]string{"operation": "", "threat_level": "removals", "gender": "arrests removals", "method_class": "arrests", "month": "arrests removals"} {
		ds, ok := datasets(dim)
		if want == "" {
			if ok && strings.Contains(ds, "arrests") {
				t.Errorf("%s offered for arrests (%q)", dim, ds)
			}
			continue
		}
		if !ok || ds != want {
			t.Errorf("%s offered for %q, want %q", dim, ds, want)
		}
	}
	// A dimension asked in the address stays selected even when empty.
	if p := get(t, h, "/explore?dataset=arrests&by=birth_date").Body.String(); !regexp.MustCompile(`<option value="birth_date"[^>]*selected`).MatchString(p) {
		t.Error("by=birth_date is not kept in the menu")
	}
	// Fiscal year: a menu, not a text box.
	fy := regexp.MustCompile(`(?s)<select id="fy" name="fy".*?</select>`).FindString(ex)
	if fy == "" || !strings.Contains(fy, `<option value="2017">FY2017</option>`) || strings.Contains(fy, `value="2020"`) {
		t.Errorf("Explore's fiscal-year menu: %s", fy)
	}
	p := get(t, h, "/explore?dataset=arrests&fy=2016..2018").Body.String()
	if !strings.Contains(p, `<option value="2016..2018" selected>`) {
		t.Error("a fiscal-year range in the address is not kept in the menu")
	}
}

// TestFormsShowResolvedPlace: a place written as a name ("aor=Boston", as a
// reader types it or a link carries it) is answered for BOS, and the form
// above the answer selects BOS Boston instead of showing "(any)" beside a
// Boston answer (found in a 1366 px screenshot of the Report page).
func TestFormsShowResolvedPlace(t *testing.T) {
	s, _ := newServer(t, sampleStore(t), Config{})
	h := s.Handler()
	for _, path := range []string{"/report?aor=Boston&fy=2018", "/explore?dataset=arrests&aor=Boston&fy=2018"} {
		rec := get(t, h, path)
		if rec.Code != 200 {
			t.Fatalf("%s: %d", path, rec.Code)
		}
		if !regexp.MustCompile(`<option value="BOS" selected>`).MatchString(rec.Body.String()) {
			t.Errorf("%s: the form does not select BOS", path)
		}
	}
}

// TestGroupedTotalLinksItself: the nationwide encounters of FY2019's file
// by month leave out September 2019, which the release does not cover, and
// the ungrouped count keeps its rows, so the two totals differ. The total
// under the groups must link to the grouped answer it sums, never to the
// ungrouped one (the Overview showed 1,204,893 linked to a page of
// 1,204,932). Both totals are compared as the pages show them.
func TestGroupedTotalLinksItself(t *testing.T) {
	f := fixture.Shared(t, "uwchr-2019-ICFO-53623", "EROEncounters_FY2019.csv.gz")
	s, _ := newServer(t, fixture.Store(t, f), Config{})
	h := s.Handler()
	body := get(t, h, "/explore?dataset=encounters&by=month&sort=key").Body.String()
	if !strings.Contains(body, "2019-09") {
		t.Fatalf("no word of the month left out on the grouped page")
	}
	m := regexp.MustCompile(`<a id="total" href="([^"]*)"><span class="num"[^>]*>([\d,]+)</span>`).FindStringSubmatch(body)
	if m == nil {
		t.Fatalf("no linked total on the grouped page")
	}
	link := strings.ReplaceAll(m[1], "&amp;", "&")
	if !strings.Contains(link, "by=month") {
		t.Errorf("the grouped total %s links to %s, not to the grouped answer", m[2], link)
	}
	linked := get(t, h, link).Body.String()
	if !strings.Contains(linked, ">"+m[2]+"<") {
		t.Errorf("the grouped total %s links to %s, which does not show it", m[2], link)
	}
}
