package web

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

const token = "test-admin-token-0123456789"

// smallStore is a fresh store holding only BOS arrests FY2017.
func smallStore(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	db := filepath.Join(dir, "s.duckdb")
	if err := buildStore(db, dir, sample("BOS_EROArrests_FY2017.csv.gz")); err != nil {
		t.Fatal(err)
	}
	return db
}

func upload(t *testing.T, h http.Handler, target, file string, hdr ...string) *httptest.ResponseRecorder {
	t.Helper()
	b, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	return do(t, h, "POST", target, bytes.NewReader(b), append([]string{"Content-Type", "application/octet-stream"}, hdr...)...)
}

func TestIngestAuth(t *testing.T) {
	db := smallStore(t)
	off, _ := newServer(t, db, Config{})
	wantError(t, upload(t, off.Handler(), "/api/ingest?name=x.csv.gz", sample("BOS_EROArrests_FY2018.csv.gz")), 404, "off")
	off.Close()

	s, _ := newServer(t, db, Config{AdminToken: token, MaxUpload: 64 << 10})
	h := s.Handler()
	f := sample("BOS_EROArrests_FY2018.csv.gz")
	rec := upload(t, h, "/api/ingest?name=a.csv.gz", f)
	wantError(t, rec, 401, "token")
	if !strings.HasPrefix(rec.Header().Get("WWW-Authenticate"), "Bearer") {
		t.Error("no WWW-Authenticate")
	}
	for _, auth := range []string{"Bearer wrong", "Bearer " + token[:len(token)-1], "Bearer " + token + "x", "Basic " + token, token, "Bearer", "Bearer "} {
		wantError(t, upload(t, h, "/api/ingest?name=a.csv.gz", f, "Authorization", auth), 401, "token")
	}
	ok := []string{"Authorization", "Bearer " + token}
	// Oversized upload: 413 (limit 64 KiB; the xlsx is 913 KiB).
	wantError(t, upload(t, h, "/api/ingest?name=big.xlsx", sample("2018-ICFO-36170_Seattle_Encounters_Arrests_Removals.xlsx"), ok...), 413, "too large")
	// Path traversal and bad names.
	for _, name := range []string{"../../etc/passwd", "..", "/etc/passwd", `..\x.csv`, ".hidden", "a/b.csv", "x\x00y", ""} {
		wantError(t, upload(t, h, "/api/ingest?name="+urlQuery(name), f, ok...), 400, "")
	}
	wantError(t, upload(t, h, "/api/ingest?name=a.csv.gz&dataset=bogus", f, ok...), 400, "unknown dataset")
	wantError(t, upload(t, h, "/api/ingest?name=a.csv.gz&path=/tmp", f, ok...), 400, "unknown parameter")
	wantError(t, do(t, h, "GET", "/api/ingest", nil, ok...), 405, "not allowed")
	// Nothing was stored by any of these.
	if n := len(decode(t, get(t, h, "/api/sources"))["sources"].([]any)); n != 1 {
		t.Errorf("%d sources after refused uploads", n)
	}
	if ents, _ := filepath.Glob(filepath.Join(filepath.Dir(db), "*.tmp")); len(ents) > 0 {
		t.Errorf("left behind: %v", ents)
	}
}

func urlQuery(s string) string {
	r := strings.NewReplacer("%", "%25", "&", "%26", "/", "%2F", "\\", "%5C", "\x00", "%00", "=", "%3D", "+", "%2B", " ", "%20", "#", "%23", "?", "%3F")
	return r.Replace(s)
}

// TestIngestSwap uploads a file while readers keep asking: every reader
// gets an answer, always either the old or the new count, and after the
// swap the new data is served.
func TestIngestSwap(t *testing.T) {
	db := smallStore(t)
	s, _ := newServer(t, db, Config{AdminToken: token, NoCache: true})
	srv := httptest.NewServer(s.Handler())
	defer srv.Close()
	auth := []string{"Authorization", "Bearer " + token}

	// A broken file first (truncated gzip): 422, store unchanged.
	raw, _ := os.ReadFile(sample("BOS_EROArrests_FY2016.csv.gz"))
	rec := do(t, s.Handler(), "POST", "/api/ingest?name=cut.csv.gz", bytes.NewReader(raw[:len(raw)/2]), auth...)
	wantError(t, rec, 422, "store unchanged")
	if strings.Contains(rec.Body.String(), os.TempDir()) {
		t.Errorf("error names the temporary path: %s", rec.Body.String())
	}

	// Readers of FY2017+FY2018 in Boston: 2834 before, 2834+2908 after.
	target := srv.URL + "/api/count?dataset=arrests&aor=BOS&fy=2017..2018"
	var stop atomic.Bool
	var wg sync.WaitGroup
	var answers, bad atomic.Int64
	seen := sync.Map{}
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for !stop.Load() {
				resp, err := http.Get(target)
				if err != nil {
					bad.Add(1)
					continue
				}
				var m map[string]any
				decodeBody(resp, &m)
				resp.Body.Close()
				if resp.StatusCode != 200 {
					bad.Add(1)
					continue
				}
				answers.Add(1)
				seen.Store(num(m["count"]), true)
			}
		}()
	}
	time.Sleep(100 * time.Millisecond)
	b, _ := os.ReadFile(sample("BOS_EROArrests_FY2018.csv.gz"))
	req, _ := http.NewRequest("POST", srv.URL+"/api/ingest?name=BOS_EROArrests_FY2018.csv.gz", bytes.NewReader(b))
	req.Header.Set("Authorization", "Bearer "+token)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	var ir map[string]any
	decodeBody(resp, &ir)
	resp.Body.Close()
	time.Sleep(100 * time.Millisecond)
	stop.Store(true)
	wg.Wait()
	if resp.StatusCode != 201 || ir["status"] != "stored" || num(ir["store_generation"]) != 2 {
		t.Fatalf("ingest: %d %v", resp.StatusCode, ir)
	}
	if parts := ir["parts"].([]any); len(parts) != 1 || num(parts[0].(map[string]any)["rows_stored"]) != bos18 {
		t.Errorf("parts: %v", ir["parts"])
	}
	if bad.Load() > 0 || answers.Load() == 0 {
		t.Errorf("%d failed reads, %d answers", bad.Load(), answers.Load())
	}
	seen.Range(func(k, _ any) bool {
		if c := k.(int64); c != bos17 && c != bos17+bos18 {
			t.Errorf("a reader saw %d: neither the old (%d) nor the new (%d) count", c, bos17, bos17+bos18)
		}
		return true
	})
	m := decode(t, get(t, s.Handler(), "/api/count?dataset=arrests&aor=BOS&fy=2018"))
	if num(m["count"]) != bos18 {
		t.Errorf("FY2018 after ingest: %v", m["count"])
	}
	// The same content again: nothing to do.
	rec = upload(t, s.Handler(), "/api/ingest?name=again.csv.gz", sample("BOS_EROArrests_FY2018.csv.gz"), auth...)
	if m := decode(t, rec); rec.Code != 200 || m["status"] != "already stored" || m["existing_file"] != "BOS_EROArrests_FY2018.csv.gz" {
		t.Errorf("again: %d %v", rec.Code, m)
	}
	// Multipart upload with replace.
	var body bytes.Buffer
	mw := multipart.NewWriter(&body)
	fw, _ := mw.CreateFormFile("file", "BOS_EROArrests_FY2018.csv.gz")
	fw.Write(b)
	mw.Close()
	rec = do(t, s.Handler(), "POST", "/api/ingest?replace=true", &body, append(auth, "Content-Type", mw.FormDataContentType())...)
	if m := decode(t, rec); rec.Code != 201 || fmt.Sprint(m["replaced"]) != "[BOS_EROArrests_FY2018.csv.gz]" {
		t.Errorf("multipart replace: %d %v", rec.Code, m)
	}
	if m := decode(t, get(t, s.Handler(), "/api/count?dataset=arrests&aor=BOS&fy=2017..2018")); num(m["count"]) != bos17+bos18 {
		t.Errorf("after replace: %v", m["count"])
	}
	if ents, _ := filepath.Glob(filepath.Join(filepath.Dir(db), "*.tmp")); len(ents) > 0 {
		t.Errorf("left behind: %v", ents)
	}
	// The swapped-in file is a complete store on its own: a new server reads it.
	s.Close()
	s2, _ := newServer(t, db, Config{})
	if m := decode(t, get(t, s2.Handler(), "/api/count?dataset=arrests&aor=BOS&fy=2018")); num(m["count"]) != bos18 {
		t.Errorf("reopened: %v", m["count"])
	}
}

// TestIngestBusy: while one ingest holds the writer, another is refused at
// once with 503.
func TestIngestBusy(t *testing.T) {
	s, _ := newServer(t, smallStore(t), Config{AdminToken: token})
	s.stores.ingest.Lock()
	rec := upload(t, s.Handler(), "/api/ingest?name=x.csv.gz", sample("BOS_EROArrests_FY2018.csv.gz"), "Authorization", "Bearer "+token)
	s.stores.ingest.Unlock()
	wantError(t, rec, 503, "store busy")
	if rec.Header().Get("Retry-After") == "" {
		t.Error("no Retry-After")
	}
}

// TestIngestPendingWAL: a store with a leftover write-ahead log is not
// swapped (renaming under a stale log would corrupt it).
func TestIngestPendingWAL(t *testing.T) {
	db := smallStore(t)
	s, _ := newServer(t, db, Config{AdminToken: token})
	os.WriteFile(db+".wal", []byte("x"), 0o644)
	defer os.Remove(db + ".wal")
	wantError(t, upload(t, s.Handler(), "/api/ingest?name=x.csv.gz", sample("BOS_EROArrests_FY2018.csv.gz"), "Authorization", "Bearer "+token), 409, "write-ahead log")
}

func decodeBody(resp *http.Response, v any) {
	var b bytes.Buffer
	b.ReadFrom(resp.Body)
	json.Unmarshal(b.Bytes(), v)
}

// TestIngestSeveralParts: every "file" part of one multipart upload is
// stored, each in its own transaction, with one result per file; a broken
// part fails alone; a "release" field tags the run like `ingest --release`.
// Row counts: bos17 and bos18 (FY2017 and FY2018 Boston arrests, zcat | wc -l
// less the six preamble and header lines); BOS removals FY2016 = 1,344
// (zcat BOS_ICERemovals_FY2016.csv.gz | wc -l = 1,350, less 6).
func TestIngestSeveralParts(t *testing.T) {
	db := smallStore(t) // BOS arrests FY2017
	s, _ := newServer(t, db, Config{AdminToken: token})
	auth := []string{"Authorization", "Bearer " + token}
	body := func(fields map[string]string, files ...[2]string) (*bytes.Buffer, string) {
		var b bytes.Buffer
		mw := multipart.NewWriter(&b)
		for k, v := range fields {
			mw.WriteField(k, v)
		}
		for _, f := range files {
			fw, _ := mw.CreateFormFile("file", f[0])
			data := []byte(f[1])
			if strings.HasPrefix(f[1], "@") {
				var err error
				if data, err = os.ReadFile(f[1][1:]); err != nil {
					t.Fatal(err)
				}
			}
			fw.Write(data)
		}
		mw.Close()
		return &b, mw.FormDataContentType()
	}
	b, ct := body(nil,
		[2]string{"BOS_EROArrests_FY2018.csv.gz", "@" + sample("BOS_EROArrests_FY2018.csv.gz")},
		[2]string{"broken.csv", "no header here\njust text\n"},
		[2]string{"BOS_ICERemovals_FY2016.csv.gz", "@" + sample("BOS_ICERemovals_FY2016.csv.gz")},
		[2]string{"BOS_EROArrests_FY2017.csv.gz", "@" + sample("BOS_EROArrests_FY2017.csv.gz")})
	rec := do(t, s.Handler(), "POST", "/api/ingest", b, append(auth, "Content-Type", ct)...)
	var got multiIngestResult
	if err := json.Unmarshal(rec.Body.Bytes(), &got); err != nil || rec.Code != 207 {
		t.Fatalf("%d %s", rec.Code, rec.Body)
	}
	want := []string{"stored", "failed", "stored", "already stored"}
	if len(got.Files) != len(want) || got.Stored != 2 || got.Failed != 1 {
		t.Fatalf("results: %+v", got)
	}
	for i, w := range want {
		if got.Files[i].Status != w {
			t.Errorf("file %d (%s): %s, want %s (%s)", i, got.Files[i].File, got.Files[i].Status, w, got.Files[i].Error)
		}
	}
	if !strings.Contains(got.Files[1].Error, "broken.csv") || strings.Contains(got.Files[1].Error, "upload-") {
		t.Errorf("the error names the part's file name only: %q", got.Files[1].Error)
	}
	if p := got.Files[2].Parts; len(p) != 1 || p[0].RowsStored != 1344 {
		t.Errorf("removals: %+v", p)
	}
	if m := decode(t, get(t, s.Handler(), "/api/count?dataset=arrests&aor=BOS&fy=2017..2018")); num(m["count"]) != bos17+bos18 {
		t.Errorf("arrests after the upload: %v", m["count"])
	}
	// A release field tags the files of the request; the same bytes under
	// another release are another release, stored beside the first.
	b, ct = body(map[string]string{"release": "2099-ICLI-00001"}, [2]string{"again.csv.gz", "@" + sample("BOS_ICERemovals_FY2016.csv.gz")})
	rec = do(t, s.Handler(), "POST", "/api/ingest", b, append(auth, "Content-Type", ct)...)
	if m := decode(t, rec); rec.Code != 201 || m["status"] != "stored" {
		t.Fatalf("release: %d %v", rec.Code, m)
	}
	h := s.stores.acquire()
	tb, err := h.st.Table(context.Background(), `SELECT count(*) FROM removals WHERE release = ?`, "2099-ICLI-00001")
	h.release()
	if err != nil || fmt.Sprint(tb.Rows) != "[[1344]]" {
		t.Errorf("rows of the tagged release: %v %v", tb, err)
	}
	// ?name= with several parts is ambiguous: refused, nothing stored.
	b, ct = body(nil, [2]string{"x.csv.gz", "@" + sample("BOS_EROArrests_FY2016.csv.gz")}, [2]string{"y.csv.gz", "@" + sample("BOS_EROArrests_FY2019.csv.gz")})
	wantError(t, do(t, s.Handler(), "POST", "/api/ingest?name=z.csv", b, append(auth, "Content-Type", ct)...), 400, "names one file")
	// Two parts under one name: refused.
	b, ct = body(nil, [2]string{"x.csv.gz", "@" + sample("BOS_EROArrests_FY2016.csv.gz")}, [2]string{"x.csv.gz", "@" + sample("BOS_EROArrests_FY2019.csv.gz")})
	wantError(t, do(t, s.Handler(), "POST", "/api/ingest", b, append(auth, "Content-Type", ct)...), 400, "two file parts")
}

// TestIngestUploadDetentionStatistics: the admin upload takes every kind
// the command line takes (load.Files decides by content): a
// detention-statistics workbook is stored as an edition.
func TestIngestUploadDetentionStatistics(t *testing.T) {
	wb := filepath.Join("..", "..", "..", "shared", "data", "ice-detention-stats", "workbooks", "2025-05-24_FY25_detentionStats05232025.xlsx")
	if _, err := os.Stat(wb); err != nil {
		t.Skipf("skipping: %s not found (the shared data sit beside the checkout)", wb)
	}
	db := smallStore(t)
	s, _ := newServer(t, db, Config{AdminToken: token})
	auth := []string{"Authorization", "Bearer " + token}
	rec := upload(t, s.Handler(), "/api/ingest?name=2025-05-24_FY25_detentionStats05232025.xlsx", wb, auth...)
	if m := decode(t, rec); rec.Code != 201 || m["status"] != "stored" || m["kind"] != "detention statistics" || m["edition"] != "2025-05-24" {
		t.Fatalf("%d %v", rec.Code, m)
	}
	rec = upload(t, s.Handler(), "/api/ingest?name=again.xlsx", wb, auth...)
	if m := decode(t, rec); rec.Code != 200 || m["status"] != "already stored" {
		t.Errorf("again: %d %v", rec.Code, m)
	}
}
