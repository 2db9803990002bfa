package web

import (
	"math/rand"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
)

// TestCheckTooLongToShare: a text whose link would pass MaxShareChars gets
// no link but a button that downloads the result as one self-contained
// HTML file (styles inline, no script, links written out in full). The
// claim is TestBrowser's (2,834 Boston FY2017 arrests = zcat
// BOS_EROArrests_FY2017.csv.gz | tail -n +7 | wc -l); the rest of the text
// is random letters that do not compress.
func TestCheckTooLongToShare(t *testing.T) {
	s, _ := newServer(t, sampleStore(t), Config{})
	h := s.Handler()
	rng := rand.New(rand.NewSource(20))
	var b strings.Builder
	b.WriteString("ICE ERO Boston arrested 2,834 people in fiscal year 2017.\n")
	for i := 0; i < 20000; i++ {
		b.WriteByte("abcdefghijklmnopqrstuvwxyz  "[rng.Intn(28)])
	}
	text := b.String()
	if c, n := encodeCheck(&checkRequest{Text: text}); c != "" || n <= MaxShareChars {
		t.Fatalf("the text encodes to %d characters", n)
	}
	form := url.Values{"text": {text}}
	post := func() *httptest.ResponseRecorder {
		return do(t, h, "POST", "/check", strings.NewReader(form.Encode()), "Content-Type", "application/x-www-form-urlencoded")
	}
	rec := post()
	page := rec.Body.String()
	if rec.Code != 200 || strings.Contains(page, `id="share-url"`) || !strings.Contains(page, `id="dl-check"`) {
		t.Fatalf("long text: %d, share link or no download button", rec.Code)
	}
	form.Set("download", "html")
	rec = post()
	file := rec.Body.String()
	if rec.Code != 200 || !strings.Contains(rec.Header().Get("Content-Disposition"), "icestat-check.html") {
		t.Fatalf("download: %d %q", rec.Code, rec.Header().Get("Content-Disposition"))
	}
	for _, want := range []string{"<style>", "supported", ">2,834</a>", `href="http://`} {
		if !strings.Contains(file, want) {
			t.Errorf("the downloaded result lacks %q", want)
		}
	}
	if strings.Contains(file, "<script") || strings.Contains(file, `rel="stylesheet"`) {
		t.Error("the downloaded result is not self-contained")
	}
}
