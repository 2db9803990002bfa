package web

import (
	"bytes"
	"encoding/base64"
	"encoding/xml"
	"image/png"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// pageCase is one page the browser test visits at both widths, with the
// marks it must show.
type pageCase struct {
	name, path string
	wait       string   // a selector that shows the page is ready
	must       []string // selectors that must match at least one element
}

// The pages of the app, each with what it must draw. The encounters
// series has a gap: testdata/sample holds BOS encounters for FY2016,
// FY2017 and FY2019 only (ls testdata/sample/BOS_EROEncounters_*), and no
// other sample file has Boston encounters in FY2018, so its months are
// drawn as "no data". The FY2018 report highlights FY2018.
var pageCases = []pageCase{
	{"overview", "/?aor=BOS", "h1", []string{"svg.chart", "th a.def"}},
	{"explore-series", "/explore?dataset=encounters&aor=BOS&by=month", "#total", []string{"svg.chart.series g.gap", "svg.chart.series rect.bar", "a.def", "#dl-svg", "#embed"}},
	{"explore-bars", "/explore?dataset=arrests&aor=BOS&fy=2017&by=gender", "#total", []string{"svg.chart.bars rect.bar", "#result th a.def"}},
	{"explore-heatmap", "/explore?dataset=arrests&aor=BOS&by=gender&by=method", "#total", []string{"svg.chart.heatmap g.cell", ".xt-pair table#crosstab tbody td.n a", "table#crosstab tfoot td.xt-total a"}},
	{"explore-multiples", "/explore?dataset=encounters&aor=BOS&by=month&by=gender", "#total", []string{"svg.chart.multiples g.panel rect.bar", "svg.chart.multiples rect.gap", "svg.chart.multiples .legend-gap", "table#crosstab", "#scale-own", "#dl-svg", "#embed", "#chart-fig button.dl-png"}},
	{"explore-multiples-fy", "/explore?dataset=arrests&aor=BOS&by=fy&by=country&scale=own", "#total", []string{"svg.chart.multiples g.panel rect.bar.partial", "table#crosstab td.withheld", "table#crosstab th .cov-partial", ".xt-wrap"}},
	{"report", "/report?aor=BOS&fy=2018", "article.icestat-report h1", []string{"svg.chart.series .highlight", "article.icestat-report th a.def", "article.icestat-report td.n a",
		"#chart-arrests-series .chart-links a.embed", "#chart-arrests-series .chart-links a.dl-svg", "#chart-arrests-series .chart-links button.dl-png", "#chart-arrests-country .chart-links button.dl-png"}},
	{"check", "/check", "h1", nil},
	{"explore-form", "/explore", "h1", []string{`label[for="criminality"] a.def`, `label[for="aor"] a.def`}},
	{"sources", "/sources", "table.sources", []string{"table.sources td a.def"}},
	{"definitions", "/definitions", "h1", []string{"#at-large", "#final-order", "#aor"}},
	{"embed", "/embed/count?dataset=arrests&aor=BOS&by=fy", "figure.embed svg.chart", []string{"figure.embed .caveat", "figure.embed .source"}},
	{"embed-report", "/embed/report?aor=BOS&fy=2018&chart=arrests-months", "figure.embed svg.chart", []string{"figure.embed svg.chart.series .highlight", "figure.embed .caveat", "figure.embed .source a"}},
	{"embed-report-bars", "/embed/report?aor=BOS&fy=2018&chart=arrests-country", "figure.embed svg.chart", []string{"figure.embed svg.chart.bars rect.bar", "figure.embed .caveat", "figure.embed .source"}},
	{"embed-multiples", "/embed/count?dataset=encounters&aor=BOS&by=month&by=gender", "figure.embed svg.chart", []string{"figure.embed svg.chart.multiples rect.gap", "figure.embed .caveat"}},
}

// minChartFont is the smallest chart text on the page in CSS pixels: the
// font size in viewBox units scaled by the SVG's drawn width.
const minChartFont = `(function(){var m=1e9;document.querySelectorAll("svg.chart").forEach(function(s){var k=s.getBoundingClientRect().width/s.viewBox.baseVal.width;s.querySelectorAll("text").forEach(function(t){var f=parseFloat(getComputedStyle(t).fontSize)*k;if(f<m)m=f;});});return m;})()`

// TestBrowserPages visits every page at 1366×900 and at 390×844 (a phone):
// no page is wider than the phone screen (wide tables and charts scroll
// in their own box), chart text is at least 11 CSS px, words link to their
// definitions, series draw gaps and the highlighted period, two-dimension
// answers a heatmap; the embed page stands alone. Screenshots go to
// test-artifacts/ (and, with ICESTAT_SCREENSHOTS=1, the README's two to
// docs/screenshots/).
func TestBrowserPages(t *testing.T) {
	ctx := browserCtx(t)
	s, _ := newServer(t, sampleStore(t), Config{})
	srv := httptest.NewServer(s.Handler())
	defer srv.Close()
	for _, vp := range []struct {
		name string
		w, h int64
	}{{"desktop", 1366, 900}, {"phone", 390, 844}} {
		if err := chromedp.Do(ctx, chromedp.EmulateViewport(vp.w, vp.h)); err != nil {
			t.Fatal(err)
		}
		for _, pc := range pageCases {
			if err := chromedp.Do(ctx, chromedp.Navigate(srv.URL+pc.path), chromedp.WaitVisible(chromedp.CSS(pc.wait))); err != nil {
				t.Errorf("%s at %s: %v", pc.name, vp.name, err)
				continue
			}
			if vp.w < 500 && eval[bool](t, ctx, `document.documentElement.scrollWidth > window.innerWidth + 1`) {
				t.Errorf("%s is wider than a phone screen (%d px)", pc.name, eval[int](t, ctx, `document.documentElement.scrollWidth`))
			}
			if f := eval[float64](t, ctx, minChartFont); f < 10.95 {
				t.Errorf("%s at %s: chart text %.1f CSS px (want at least 11)", pc.name, vp.name, f)
			}
			for _, sel := range pc.must {
				if n := eval[int](t, ctx, `document.querySelectorAll(`+jsString(sel)+`).length`); n == 0 {
					t.Errorf("%s at %s: nothing matches %s", pc.name, vp.name, sel)
				}
			}
			shot(t, ctx, pc.name+"-"+vp.name+".png")
			// The README's two screenshots: the report's chart on a
			// desktop, an Explore answer on a phone.
			if os.Getenv("ICESTAT_SCREENSHOTS") != "" && (pc.name == "report" && vp.name == "desktop" || pc.name == "explore-series" && vp.name == "phone") {
				sel := map[string]string{"report": "article.icestat-report figure.chart-wrap", "explore-series": "#chart-fig"}[pc.name]
				if err := chromedp.Do(ctx, chromedp.ScrollIntoView(chromedp.CSS(sel))); err != nil {
					t.Error(err)
				}
				png, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
				if err == nil {
					os.MkdirAll(filepath.Join("..", "..", "docs", "screenshots"), 0o755)
					os.WriteFile(filepath.Join("..", "..", "docs", "screenshots", vp.name+".png"), png, 0o644)
				}
			}
		}
	}
}

func jsString(s string) string { return "'" + strings.ReplaceAll(s, "'", `\'`) + "'" }

// TestBrowserChartDownloads: the chart's SVG download is a well-formed SVG
// document, and the PNG app.js makes from the chart decodes as a PNG of
// the chart's size (twice its viewBox).
func TestBrowserChartDownloads(t *testing.T) {
	ctx := browserCtx(t)
	s, _ := newServer(t, sampleStore(t), Config{})
	srv := httptest.NewServer(s.Handler())
	defer srv.Close()
	if err := chromedp.Do(ctx, chromedp.Navigate(srv.URL+"/explore?dataset=encounters&aor=BOS&by=month"), chromedp.WaitVisible(chromedp.CSS("#dl-svg"))); err != nil {
		t.Fatal(err)
	}
	href := eval[string](t, ctx, `document.getElementById("dl-svg").href`)
	resp, err := http.Get(href)
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if ct := resp.Header.Get("Content-Type"); resp.StatusCode != 200 || ct != "image/svg+xml" || !strings.Contains(resp.Header.Get("Content-Disposition"), ".svg") {
		t.Fatalf("SVG download: %d %s %s", resp.StatusCode, ct, resp.Header.Get("Content-Disposition"))
	}
	var root struct {
		XMLName xml.Name
		ViewBox string `xml:"viewBox,attr"`
	}
	if err := xml.Unmarshal(body, &root); err != nil || root.XMLName.Local != "svg" || root.XMLName.Space != "http://www.w3.org/2000/svg" {
		t.Fatalf("SVG download does not open as SVG: %v %v", err, root.XMLName)
	}
	if !bytes.Contains(body, []byte(">no data<")) {
		t.Error("the downloaded SVG lost the no-data gap")
	}
	dataURL, err := chromedp.Run(ctx, chromedp.Evaluate[string](`window.icestatChartPNG(document.querySelector("svg.chart"))`, chromedp.EvalAwaitPromise))
	if err != nil {
		t.Fatal(err)
	}
	const prefix = "data:image/png;base64,"
	if !strings.HasPrefix(dataURL, prefix) {
		t.Fatalf("PNG export: %.40q", dataURL)
	}
	raw, err := base64.StdEncoding.DecodeString(strings.TrimPrefix(dataURL, prefix))
	if err != nil {
		t.Fatal(err)
	}
	img, err := png.Decode(bytes.NewReader(raw))
	if err != nil {
		t.Fatalf("the PNG does not decode: %v", err)
	}
	if b := img.Bounds(); b.Dx() != 1520 || b.Dy() != 660 {
		t.Errorf("PNG %dx%d, want 1520x660 (the 760x330 chart at twice its size)", b.Dx(), b.Dy())
	}
	os.WriteFile(filepath.Join(artifacts(t), "chart.png"), raw, 0o644)
	os.WriteFile(filepath.Join(artifacts(t), "chart.svg"), body, 0o644)
	// The PNG is not blank: the bars are drawn (some dark pixels).
	dark := 0
	for y := 0; y < img.Bounds().Dy(); y += 4 {
		for x := 0; x < img.Bounds().Dx(); x += 4 {
			if r, g, b, _ := img.At(x, y).RGBA(); r < 0x4000 && g < 0x8000 && b < 0xa000 {
				dark++
			}
		}
	}
	if dark < 100 {
		t.Errorf("the PNG looks blank (%d dark samples)", dark)
	}

	// A report chart: its SVG link downloads an SVG document, and its PNG
	// is made from the chart on the page like a count chart's.
	if err := chromedp.Do(ctx, chromedp.Navigate(srv.URL+"/report?aor=BOS&fy=2018"), chromedp.WaitVisible(chromedp.CSS("#chart-arrests-months button.dl-png"))); err != nil {
		t.Fatal(err)
	}
	href = eval[string](t, ctx, `document.querySelector("#chart-arrests-months a.dl-svg").href`)
	resp, err = http.Get(href)
	if err != nil {
		t.Fatal(err)
	}
	body, _ = io.ReadAll(resp.Body)
	resp.Body.Close()
	if err := xml.Unmarshal(body, &root); err != nil || resp.StatusCode != 200 || root.XMLName.Local != "svg" || !bytes.Contains(body, []byte("largest month")) {
		t.Errorf("report chart SVG download: %d %v %v", resp.StatusCode, err, root.XMLName)
	}
	dataURL, err = chromedp.Run(ctx, chromedp.Evaluate[string](`window.icestatChartPNG(document.querySelector("#chart-arrests-months svg.chart"))`, chromedp.EvalAwaitPromise))
	if err != nil {
		t.Fatal(err)
	}
	raw, err = base64.StdEncoding.DecodeString(strings.TrimPrefix(dataURL, prefix))
	if err != nil {
		t.Fatal(err)
	}
	if img, err := png.Decode(bytes.NewReader(raw)); err != nil || img.Bounds().Dx() != 1520 {
		t.Errorf("report chart PNG: %v", err)
	}
	os.WriteFile(filepath.Join(artifacts(t), "report-chart.png"), raw, 0o644)
}

// TestBrowserSharedCheck: a Check result's link reproduces it in a new
// browser (its own profile): the same verdict and the same figure. 2,834
// Boston FY2017 arrests = zcat BOS_EROArrests_FY2017.csv.gz | tail -n +7
// | wc -l (as TestBrowser).
func TestBrowserSharedCheck(t *testing.T) {
	ctx := browserCtx(t)
	s, _ := newServer(t, sampleStore(t), Config{})
	srv := httptest.NewServer(s.Handler())
	defer srv.Close()
	err := chromedp.Do(ctx,
		chromedp.Navigate(srv.URL+"/check"),
		chromedp.SendKeys(chromedp.CSS("#text"), "ICE ERO Boston arrested 2,834 people in fiscal year 2017."),
		chromedp.Click(chromedp.CSS(`form.check button[type="submit"]`)),
		chromedp.WaitVisible(chromedp.CSS("#share-url")),
	)
	if err != nil {
		t.Fatal(err)
	}
	link := eval[string](t, ctx, `document.getElementById("share-a").getAttribute("href")`)
	v1, val1 := text(t, ctx, ".verdict"), text(t, ctx, "article.claim dd a")
	if !strings.HasPrefix(link, "/check?c=") || len(link) > len("/check?c=")+MaxShareChars {
		t.Fatalf("share link %q", link)
	}
	if full := eval[string](t, ctx, `document.getElementById("share-url").value`); full != srv.URL+link {
		t.Errorf("the link to copy is %q, want the whole address %q", full, srv.URL+link)
	}
	other := browserCtx(t)
	if err := chromedp.Do(other, chromedp.Navigate(srv.URL+link), chromedp.WaitVisible(chromedp.CSS(".verdict"))); err != nil {
		t.Fatal(err)
	}
	v2, val2 := text(t, other, ".verdict"), text(t, other, "article.claim dd a")
	if v1 != "supported" || val1 != "2,834" || v2 != v1 || val2 != val1 {
		t.Errorf("shared check: %q %q, reproduced as %q %q", v1, val1, v2, val2)
	}
	if got := eval[string](t, other, `document.getElementById("text").value`); !strings.Contains(got, "2,834 people") {
		t.Errorf("the shared check's text is not back in the form: %q", got)
	}
	shot(t, other, "check-shared.png")
}
