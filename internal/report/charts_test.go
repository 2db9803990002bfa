package report

import (
	"strings"
	"testing"
)

// TestCharts: every chart of the HTML rendering can be taken out on its
// own, by a name stable within the report, with the same markup as in the
// report, a caveat and a source line. The Boston FY2018 report (the
// bundled sample) has the arrests and removals series, their months, and
// the breakdowns; encounters have no FY2018 file (ls testdata/sample), so
// no encounters chart. Guatemala's 478 FY2018 arrests (awk -F'|'
// '$8=="\"GUATEMALA\""' on BOS_EROArrests_FY2018.csv.gz, as
// TestReportBostonFY2018) are drawn in the country chart.
func TestCharts(t *testing.T) {
	r := build(t, sampleEngine(t), Request{AOR: "boston", FY: 2018})
	var links []string
	var page strings.Builder
	opts := HTMLOptions{ChartLinks: func(name string) (string, string) {
		links = append(links, name)
		return "/embed/" + name, "/svg/" + name
	}}
	if err := r.WriteHTMLFragmentWith(&page, opts); err != nil {
		t.Fatal(err)
	}
	linked := len(links)
	charts, err := r.Charts(opts)
	if err != nil {
		t.Fatal(err)
	}
	byName := map[string]Chart{}
	for _, c := range charts {
		if _, dup := byName[c.Name]; dup || c.Name == "" {
			t.Errorf("chart name %q empty or twice", c.Name)
		}
		byName[c.Name] = c
		if !strings.Contains(page.String(), c.SVG) {
			t.Errorf("%s: not the report's own chart", c.Name)
		}
		if !strings.Contains(page.String(), `id="chart-`+c.Name+`"`) || !strings.Contains(page.String(), `href="/embed/`+c.Name+`"`) {
			t.Errorf("%s: the report's figure has no id or no embed link", c.Name)
		}
		if !strings.HasPrefix(c.Caveat, "Coverage: ") || !strings.Contains(c.Source, "Reproduce: icestat count ") || c.Title == "" {
			t.Errorf("%s: caveat %q, source %q, title %q", c.Name, c.Caveat, c.Source, c.Title)
		}
	}
	if linked != len(charts) {
		t.Errorf("%d charts linked in the page, %d taken out", linked, len(charts))
	}
	for _, name := range []string{"arrests-series", "arrests-months", "arrests-method-class", "arrests-country", "removals-series"} {
		if _, ok := byName[name]; !ok {
			t.Errorf("no chart %s (have %v)", name, links)
		}
	}
	for name := range byName {
		if strings.HasPrefix(name, "encounters-") {
			t.Errorf("chart %s drawn for a dataset with no FY2018 source", name)
		}
	}
	if c := byName["arrests-country"]; !strings.Contains(c.SVG, ">GUATEMALA<") || !strings.Contains(c.SVG, "478") || !strings.Contains(c.Source, "BOS_EROArrests_FY2018.csv.gz") {
		t.Errorf("country chart: %.200s … source %q", c.SVG, c.Source)
	}
	// The fiscal-year series: FY2019 is partial in the sample (the release
	// ends in 2019), so the caveat says so.
	if c := byName["arrests-series"]; !strings.Contains(c.Caveat, "hatched") {
		t.Errorf("series caveat %q", c.Caveat)
	}
}
