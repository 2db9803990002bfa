package web

import (
	"encoding/xml"
	"strings"
	"testing"
)

// TestReportChartEmbed: each report chart links to its SVG file and to
// its own embed page, which shows the chart, its title, its caveat line
// and its source line, may be framed by any site, and links back to the
// chart in the report; an unknown chart name is a 404 that lists the
// report's charts. The source line names the files the chart's own
// question counts: the fiscal-year series all four Boston arrests files
// (ls testdata/sample/BOS_EROArrests_FY201[6-9].csv.gz; no other sample
// file has Boston arrests), the FY2018 breakdown only the FY2018 one.
func TestReportChartEmbed(t *testing.T) {
	s, _ := newServer(t, sampleStore(t), Config{})
	h := s.Handler()
	page := get(t, h, "/report?aor=BOS&fy=2018").Body.String()
	for _, want := range []string{
		`<a class="dl-svg" href="/report/chart.svg?aor=BOS&amp;chart=arrests-series&amp;fy=2018" download>SVG</a>`,
		`<a class="embed" href="/embed/report?aor=BOS&amp;chart=arrests-months&amp;fy=2018">Embed</a>`,
		`id="chart-arrests-country"`,
	} {
		if !strings.Contains(page, want) {
			t.Errorf("report page lacks %s", want)
		}
	}
	rec := get(t, h, "/embed/report?aor=BOS&fy=2018&chart=arrests-series")
	body := rec.Body.String()
	if rec.Code != 200 || !strings.Contains(rec.Header().Get("Content-Security-Policy"), "frame-ancestors *") {
		t.Fatalf("embed: %d %s", rec.Code, rec.Header().Get("Content-Security-Policy"))
	}
	for _, want := range []string{`<svg class="chart series`, `<p class="caveat">Coverage: `, `BOS_EROArrests_FY2016.csv.gz`, `BOS_EROArrests_FY2019.csv.gz`, `Reproduce: icestat count arrests --aor BOS --by fy`, `href="/report?aor=BOS&amp;fy=2018#chart-arrests-series"`, `Administrative arrests per fiscal year`} {
		if !strings.Contains(body, want) {
			t.Errorf("embed page lacks %s", want)
		}
	}
	if strings.Contains(body, "<form") || strings.Contains(body, `<header class="site"`) {
		t.Error("the embed page carries the site's header or forms")
	}
	if p := get(t, h, "/embed/report?aor=BOS&fy=2018&chart=arrests-country").Body.String(); !strings.Contains(p, "(BOS_EROArrests_FY2018.csv.gz), counted by icestat") {
		t.Error("the FY2018 country breakdown's source line does not name the FY2018 file alone")
	}
	rec = get(t, h, "/report/chart.svg?aor=BOS&fy=2018&chart=arrests-country")
	var root struct {
		XMLName xml.Name
	}
	if rec.Code != 200 || rec.Header().Get("Content-Type") != "image/svg+xml" || xml.Unmarshal(rec.Body.Bytes(), &root) != nil || root.XMLName.Space != "http://www.w3.org/2000/svg" {
		t.Errorf("report chart SVG: %d %s %v", rec.Code, rec.Header().Get("Content-Type"), root.XMLName)
	}
	rec = get(t, h, "/embed/report?aor=BOS&fy=2018&chart=nope")
	if rec.Code != 404 || !strings.Contains(rec.Body.String(), "arrests-months") {
		t.Errorf("unknown chart: %d", rec.Code)
	}
	if rec := get(t, h, "/embed/report?chart=arrests-series"); rec.Code != 400 {
		t.Errorf("no place or period: %d", rec.Code)
	}
}
