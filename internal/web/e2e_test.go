package web

import (
	"context"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
)

const chromiumPath = "/usr/bin/chromium"

// artifacts is where the browser tests leave their screenshots
// (test-artifacts/ at the repository root, gitignored).
func artifacts(t *testing.T) string {
	dir := filepath.Join("..", "..", "test-artifacts")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	return dir
}

// browserCtx starts a headless Chromium with a fresh profile.
func browserCtx(t *testing.T) context.Context {
	t.Helper()
	if _, err := os.Stat(chromiumPath); err != nil {
		t.Skipf("end-to-end browser tests need %s (Debian package chromium; .ci/run installs it): %v", chromiumPath, err)
	}
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(chromiumPath),
		chromedp.Flag("headless", true),
		chromedp.Flag("no-sandbox", true),
		chromedp.Flag("disable-gpu", true),
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("no-first-run", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1280, 900),
	}
	actx, cancelA := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelC := chromedp.NewContext(actx)
	t.Cleanup(func() { cancelC(); cancelA() })
	// The first call starts the browser; it must not carry a timeout (the
	// test binary's -timeout bounds the whole run).
	if err := chromedp.Do(ctx); err != nil {
		t.Fatalf("starting chromium: %v", err)
	}
	return ctx
}

func shot(t *testing.T, ctx context.Context, name string) {
	t.Helper()
	png, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
	if err != nil {
		t.Errorf("screenshot %s: %v", name, err)
		return
	}
	os.WriteFile(filepath.Join(artifacts(t), name), png, 0o644)
}

func text(t *testing.T, ctx context.Context, sel string) string {
	t.Helper()
	// A missing element fails the test in a minute instead of hanging it
	// until the package's -timeout.
	wctx, cancel := context.WithTimeout(ctx, time.Minute)
	defer cancel()
	s, err := chromedp.Run(wctx, chromedp.Text(chromedp.CSS(sel)))
	if err != nil {
		t.Fatalf("text of %s: %v", sel, err)
	}
	return strings.TrimSpace(s)
}

func eval[T any](t *testing.T, ctx context.Context, js string) T {
	t.Helper()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](js))
	if err != nil {
		t.Fatalf("%s: %v", js, err)
	}
	return v
}

// TestBrowser drives the app in headless Chromium: the overview, an Explore
// query submitted with JavaScript disabled (the pages must work without
// it), the table's count (2834 Boston FY2017 arrests = zcat
// BOS_EROArrests_FY2017.csv.gz | tail -n +7 | wc -l; 2628 men = awk on the
// gender column), the CSV download, a claim pasted into Check and its
// verdict, the report, the sources, and Explore at phone width.
// Screenshots go to test-artifacts/.
func TestBrowser(t *testing.T) {
	ctx := browserCtx(t)
	s, _ := newServer(t, sampleStore(t), Config{})
	srv := httptest.NewServer(s.Handler())
	defer srv.Close()
	base := srv.URL

	// Overview.
	if err := chromedp.Do(ctx, chromedp.Navigate(base+"/?aor=BOS")); err != nil {
		t.Fatal(err)
	}
	if h1 := text(t, ctx, "h1"); h1 != "What this store holds" {
		t.Errorf("overview h1 %q", h1)
	}
	shot(t, ctx, "overview.png")

	// Explore, filled in and submitted like a person would, without
	// JavaScript.
	if _, err := chromedp.Call(ctx, emulation.SetScriptExecutionDisabled, emulation.SetScriptExecutionDisabledParams{Value: true}); err != nil {
		t.Fatal(err)
	}
	err := chromedp.Do(ctx,
		chromedp.Navigate(base+"/explore"),
		chromedp.SetValue(chromedp.CSS("#dataset"), "arrests"),
		chromedp.SetValue(chromedp.CSS("#aor"), "BOS"),
		chromedp.SetValue(chromedp.CSS("#fy"), "2017"),
		chromedp.SetValue(chromedp.CSS("#by1"), "gender"),
		chromedp.Click(chromedp.CSS(`form.query button[type="submit"]`)),
		chromedp.WaitVisible(chromedp.CSS("#total")),
	)
	if err != nil {
		t.Fatal(err)
	}
	total, first := text(t, ctx, "#total .num"), text(t, ctx, "#result tbody tr:first-child td.n")
	rows := eval[int](t, ctx, `document.querySelectorAll("#result tbody tr").length`)
	if total != "2,834" || first != "2,628" || rows != 2 {
		t.Errorf("explore: total %q, first row %q, %d rows", total, first, rows)
	}
	if title, _ := chromedp.Run(ctx, chromedp.Title()); !strings.Contains(title, "icestat count arrests --aor BOS --fy 2017 --by gender") {
		t.Errorf("title %q", title)
	}
	shot(t, ctx, "explore.png")

	// The CSV download.
	dl := t.TempDir()
	if _, err := chromedp.Call(ctx, emulation.SetScriptExecutionDisabled, emulation.SetScriptExecutionDisabledParams{Value: false}); err != nil {
		t.Fatal(err)
	}
	if _, err := chromedp.CallBrowser(ctx, browser.SetDownloadBehavior, browser.SetDownloadBehaviorParams{Behavior: browser.SetDownloadBehaviorBehaviorAllow, DownloadPath: dl}); err != nil {
		t.Fatal(err)
	}
	if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS("#dl-csv"))); err != nil {
		t.Fatal(err)
	}
	var csvText string
	for i := 0; i < 100 && csvText == ""; i++ {
		time.Sleep(100 * time.Millisecond)
		ents, _ := os.ReadDir(dl)
		for _, e := range ents {
			if strings.HasSuffix(e.Name(), ".csv") {
				b, _ := os.ReadFile(filepath.Join(dl, e.Name()))
				csvText = string(b)
			}
		}
	}
	if csvText == "" {
		t.Fatal("no CSV downloaded")
	}
	recs := csvRows(t, csvText)
	sum := 0
	for _, r := range recs[1:] {
		n, _ := strconv.Atoi(r[1])
		sum += n
	}
	if len(recs) != 3 || recs[0][0] != "gender" || sum != bos17 {
		t.Errorf("downloaded CSV: %q (sum %d)", csvText, sum)
	}

	// Check: paste a claim, read its verdict.
	err = chromedp.Do(ctx,
		chromedp.Navigate(base+"/check"),
		chromedp.SendKeys(chromedp.CSS("#text"), "ICE ERO Boston arrested 2,834 people in fiscal year 2017."),
		chromedp.Click(chromedp.CSS(`form.check button[type="submit"]`)),
		chromedp.WaitVisible(chromedp.CSS(".verdict")),
	)
	if err != nil {
		t.Fatal(err)
	}
	if v, val := text(t, ctx, ".verdict"), text(t, ctx, "article.claim dd a"); v != "supported" || val != "2,834" {
		t.Errorf("check: verdict %q, value %q", v, val)
	}
	shot(t, ctx, "check.png")

	// Report and sources.
	if err := chromedp.Do(ctx, chromedp.Navigate(base+"/report?aor=BOS&fy=2017")); err != nil {
		t.Fatal(err)
	}
	if h := text(t, ctx, "article.icestat-report h1"); !strings.Contains(h, "Boston") {
		t.Errorf("report h1 %q", h)
	}
	shot(t, ctx, "report.png")
	if err := chromedp.Do(ctx, chromedp.Navigate(base+"/sources")); err != nil {
		t.Fatal(err)
	}
	if n := eval[int](t, ctx, `document.querySelectorAll("table.sources tbody tr").length`); n < 10 {
		t.Errorf("%d sources listed", n)
	}
	shot(t, ctx, "sources.png")

	// Phone width: the page is no wider than the screen (wide tables scroll
	// inside their own box).
	err = chromedp.Do(ctx,
		chromedp.EmulateViewport(390, 844, chromedp.EmulateScale(2)),
		chromedp.Navigate(base+"/explore?dataset=arrests&aor=BOS&fy=2017&by=month"),
		chromedp.WaitVisible(chromedp.CSS("#total")),
	)
	if err != nil {
		t.Fatal(err)
	}
	if eval[bool](t, ctx, `document.documentElement.scrollWidth > window.innerWidth + 1`) {
		t.Error("the Explore page is wider than a phone screen")
	}
	shot(t, ctx, "explore-phone.png")
	if err := chromedp.Do(ctx, chromedp.Navigate(base+"/?aor=BOS")); err != nil {
		t.Fatal(err)
	}
	if eval[bool](t, ctx, `document.documentElement.scrollWidth > window.innerWidth + 1`) {
		t.Error("the overview is wider than a phone screen")
	}
	shot(t, ctx, "overview-phone.png")
}
