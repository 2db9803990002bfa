package web

import (
	"fmt"
	"net/url"
	"strings"
	"testing"
)

// TestPublicReportWithholds: the report page, /api/report and the page's
// JSON twin render the public copy (report.Withhold): Boston's arrests of
// June 2017 by method have exactly one small cell, "Other Agency (turned
// over to INS)" = 2, and its complementary cell "Probation and Parole" = 6
// (awk over the bundled slice, see internal/report's
// TestWithholdBostonJune2017); both are withheld with their shares, no
// count from 1 to 4 is anywhere in the JSON, and a server without the
// rule shows them exactly.
func TestPublicReportWithholds(t *testing.T) {
	db := sampleStore(t)
	s, _ := newServer(t, db, Config{})
	h := s.Handler()
	const q = "aor=BOS&month=2017-06"
	page := get(t, h, "/report?"+q).Body.String()
	for _, want := range []string{
		`<th scope="row">Other Agency (turned over to INS)</th><td class="n">fewer than 5</td><td></td>`,
		`<th scope="row">Probation and Parole</th><td class="n">suppressed</td><td></td>`,
	} {
		if !strings.Contains(page, want) {
			t.Errorf("report page lacks %s", want)
		}
	}
	if strings.Contains(page, `<th scope="row">Other Agency (turned over to INS)</th><td class="n">2</td>`) {
		t.Error("report page shows the small cell")
	}
	for _, path := range []string{"/api/report?" + q, "/report?" + q + "&format=json"} {
		m := decode(t, get(t, h, path))
		rows := methodRows(t, m)
		for key, text := range map[string]string{"Other Agency (turned over to INS)": "fewer than 5", "Probation and Parole": "suppressed"} {
			r := rows[key]
			if r == nil || r["count"] != nil || r["count_text"] != text || r["share"] != nil {
				t.Errorf("%s: %s = %v, want null with %q", path, key, r, text)
			}
		}
		if rule, _ := m["small_cell_rule"].(map[string]any); rule == nil || num(rule["threshold"]) != 5 || num(rule["suppressed_cells"]) < 2 {
			t.Errorf("%s: small_cell_rule %v", path, m["small_cell_rule"])
		}
		walkCounts(t, path, m)
	}
	s0, _ := newServer(t, db, Config{NoSmallCell: true})
	rows := methodRows(t, decode(t, get(t, s0.Handler(), "/api/report?"+q)))
	if num(rows["Other Agency (turned over to INS)"]["count"]) != 2 || num(rows["Probation and Parole"]["count"]) != 6 {
		t.Errorf("without the rule: %v", rows)
	}
}

// TestPublicCheckWithholds: a claim whose count is small is answered with
// the count withheld on the Check page and in POST /api/check
// (claims.Report.Withhold), the verdict kept. Boston arrests on 20–21
// January 2017:
//
//	zcat testdata/sample/BOS_EROArrests_FY2017.csv.gz | tail -n +7 | awk -F'|' '$2=="1/20/2017"||$2=="1/21/2017"' | wc -l
//
// prints 3.
func TestPublicCheckWithholds(t *testing.T) {
	db := sampleStore(t)
	text := "ICE ERO Boston arrested 3 people between January 20 and January 21, 2017."
	for _, tc := range []struct {
		name  string
		cfg   Config
		value any
		vtext string
	}{
		{"rule of 5", Config{}, nil, "fewer than 5"},
		{"no rule", Config{NoSmallCell: true}, 3.0, "3"},
	} {
		s, _ := newServer(t, db, tc.cfg)
		h := s.Handler()
		m := decode(t, do(t, h, "POST", "/api/check", strings.NewReader(text), "Content-Type", "text/plain"))
		e := m["entries"].([]any)[0].(map[string]any)
		if e["value"] != tc.value || e["value_text"] != tc.vtext || e["verdict"] != "supported" || (e["suppressed"] == true) != (tc.value == nil) {
			t.Errorf("%s: entry %v", tc.name, e)
		}
		if tc.value == nil {
			if strings.Contains(fmt.Sprint(e["explanation"]), "give 3") || num(m["small_cell_rule"].(map[string]any)["suppressed_cells"]) != 1 {
				t.Errorf("%s: %v / %v", tc.name, e["explanation"], m["small_cell_rule"])
			}
			walkCounts(t, "/api/check", m)
			body := do(t, h, "POST", "/check", strings.NewReader(url.Values{"text": {text}}.Encode()), "Content-Type", "application/x-www-form-urlencoded").Body.String()
			if !strings.Contains(body, "fewer than 5") || strings.Contains(body, "The records give 3") {
				t.Errorf("%s: the check page shows the small count", tc.name)
			}
		}
	}
}

// methodRows returns the arrests-by-method rows of a report's JSON by key.
func methodRows(t *testing.T, m map[string]any) map[string]map[string]any {
	t.Helper()
	out := map[string]map[string]any{}
	for _, d := range m["datasets"].([]any) {
		ds := d.(map[string]any)
		if ds["dataset"] != "arrests" {
			continue
		}
		for _, b := range ds["breakdowns"].([]any) {
			if bd := b.(map[string]any); bd["dimension"] == "method" {
				for _, r := range bd["rows"].([]any) {
					row := r.(map[string]any)
					out[row["key"].(string)] = row
				}
			}
		}
	}
	if len(out) == 0 {
		t.Fatal("no arrests-by-method rows in the report JSON")
	}
	return out
}

// walkCounts fails on any count from 1 to 4 in public JSON (numbers, and
// follow's counts carried as text).
func walkCounts(t *testing.T, where string, v any) {
	t.Helper()
	switch x := v.(type) {
	case map[string]any:
		for k, val := range x {
			if reportCountKeys[k] || k == "value" && x["value_text"] != nil {
				if s := fmt.Sprint(val); s == "1" || s == "2" || s == "3" || s == "4" {
					t.Errorf("%s: %s = %v in public JSON (%v)", where, k, val, x)
				}
			}
			walkCounts(t, where, val)
		}
	case []any:
		for _, e := range x {
			walkCounts(t, where, e)
		}
	}
}
