package web

import (
	"bytes"
	"compress/flate"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"html/template"
	"io"
	"net/http"
	"time"
)

// A Check result is shareable by its address: the text, the publication
// date and the default place travel in the URL itself (JSON, deflated and
// base64url-encoded in the parameter c), so the server stores nothing and
// stays strictly read-only. The parameter is at most MaxShareChars
// characters (about 6,000 characters of article text compress to that);
// a longer text gets no link, and the page says to save the result page
// instead.
const MaxShareChars = 8000

type sharedCheck struct {
	T string `json:"t"`
	D string `json:"d,omitempty"`
	P string `json:"p,omitempty"`
}

// encodeCheck returns the c parameter of a check, or "" with the encoded
// length when it would be longer than MaxShareChars.
func encodeCheck(req *checkRequest) (string, int) {
	b, _ := json.Marshal(sharedCheck{req.Text, req.Date, req.Place})
	var buf bytes.Buffer
	zw, _ := flate.NewWriter(&buf, flate.BestCompression)
	zw.Write(b)
	zw.Close()
	s := base64.RawURLEncoding.EncodeToString(buf.Bytes())
	if len(s) > MaxShareChars {
		return "", len(s)
	}
	return s, len(s)
}

// decodeCheck reads a c parameter back; the inflated text is limited to
// limit bytes (a small parameter must not inflate to gigabytes).
func decodeCheck(c string, limit int64) (*checkRequest, error) {
	if len(c) > MaxShareChars {
		return nil, fmt.Errorf("shared check too long (%d characters; at most %d)", len(c), MaxShareChars)
	}
	raw, err := base64.RawURLEncoding.DecodeString(c)
	if err != nil {
		return nil, fmt.Errorf("the shared check in the address is damaged (not base64url): %v", err)
	}
	b, err := io.ReadAll(io.LimitReader(flate.NewReader(bytes.NewReader(raw)), limit+1))
	if err != nil {
		return nil, fmt.Errorf("the shared check in the address is damaged: %v", err)
	}
	if int64(len(b)) > limit {
		return nil, fmt.Errorf("shared check too large (more than %d bytes)", limit)
	}
	var sc sharedCheck
	if err := json.Unmarshal(b, &sc); err != nil || sc.T == "" {
		return nil, fmt.Errorf("the shared check in the address is damaged (no text)")
	}
	return &checkRequest{Text: sc.T, Date: sc.D, Place: sc.P}, nil
}

// shareCheck fills the page's share link for a check that ran.
func (d *checkPageData) shareCheck(req *checkRequest) {
	c, n := encodeCheck(req)
	if c == "" {
		d.ShareTooLong = n
		return
	}
	d.Share = "/check?c=" + c
}

// checkShared answers GET /check?c=…: the check the address carries, run
// again against the store.
func (s *Server) checkShared(w http.ResponseWriter, r *http.Request, data *checkPageData) {
	for k := range r.URL.Query() {
		if k != "c" && k != "format" {
			s.fail(w, r, http.StatusBadRequest, fmt.Sprintf("unknown parameter %q beside c (a shared check)", k))
			return
		}
	}
	req, err := decodeCheck(r.URL.Query().Get("c"), s.cfg.MaxBody)
	st := http.StatusBadRequest
	if err == nil {
		data.Text, data.Date, data.Place = req.Text, req.Date, req.Place
		data.View, err = s.runCheck(r, req)
		if err != nil {
			st, _ = s.errorStatus(r, err)
		}
	}
	if err != nil {
		if wantJSON(r) {
			s.fail(w, r, st, err.Error())
			return
		}
		s.render(w, r, st, "check", &page{Title: "Check", Nav: "check", Error: err.Error(), Status: st, Data: data})
		return
	}
	if wantJSON(r) {
		writeJSON(w, http.StatusOK, s.checkJSON(data.View))
		return
	}
	data.shareCheck(req)
	s.render(w, r, http.StatusOK, "check", &page{Title: "Check: " + summaryLine(data.View.Verdict), Nav: "check", Data: data})
}

// checkFile answers a Check posted with download=html: the result as one
// self-contained HTML file (styles inline, no script, links to the
// server's queries written out in full), for texts too long to travel in
// a link.
func (s *Server) checkFile(w http.ResponseWriter, r *http.Request, data *checkPageData) {
	css, _ := staticFS.ReadFile("static/style.css")
	scheme := "http"
	if r.TLS != nil {
		scheme = "https"
	}
	f := struct {
		*checkPageData
		CSS     template.CSS
		Summary string
		Origin  string
		When    string
	}{data, template.CSS(css), summaryLine(data.View.Verdict), scheme + "://" + r.Host, time.Now().UTC().Format("2006-01-02 15:04 UTC")}
	var buf bytes.Buffer
	if err := templates["checkfile"].ExecuteTemplate(&buf, "checkfile", f); err != nil {
		s.log.Error("template", "name", "checkfile", "err", err.Error())
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Content-Disposition", `attachment; filename="icestat-check.html"`)
	w.Write(buf.Bytes())
}
