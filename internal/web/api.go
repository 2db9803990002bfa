package web

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"time"
	"unicode"

	"github.com/icestat/icestat/internal/canon"
	"github.com/icestat/icestat/internal/ingest"
	"github.com/icestat/icestat/internal/load"
)

// checkRequest is the body of POST /api/check: an article as text/plain, or
// JSON {"text": ..., "date": ...} (date: when the article appeared,
// YYYY-MM-DD, optional).
type checkRequest struct {
	Text  string `json:"text"`
	Date  string `json:"date"`
	Place string `json:"place"` // default place: a state, an AOR or "County, ST" (optional)
}

// readCheck reads and validates a check body (limited to MaxBody).
func (s *Server) readCheck(w http.ResponseWriter, r *http.Request) (*checkRequest, int, error) {
	r.Body = http.MaxBytesReader(w, r.Body, s.cfg.MaxBody)
	ct, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
	var req checkRequest
	switch ct {
	case "application/json":
		dec := json.NewDecoder(r.Body)
		dec.DisallowUnknownFields()
		if err := dec.Decode(&req); err != nil {
			if st, ok := tooLarge(err, s.cfg.MaxBody); ok {
				return nil, st, fmt.Errorf("body too large (limit %d bytes)", s.cfg.MaxBody)
			}
			return nil, http.StatusBadRequest, fmt.Errorf("bad JSON body (want {\"text\": ..., \"date\": \"YYYY-MM-DD\"}): %v", err)
		}
	case "text/plain", "":
		b, err := io.ReadAll(r.Body)
		if err != nil {
			if st, ok := tooLarge(err, s.cfg.MaxBody); ok {
				return nil, st, fmt.Errorf("body too large (limit %d bytes)", s.cfg.MaxBody)
			}
			return nil, http.StatusBadRequest, err
		}
		req.Text = string(b)
		req.Date, req.Place = r.URL.Query().Get("date"), r.URL.Query().Get("place")
	case "application/x-www-form-urlencoded", "multipart/form-data":
		var err error
		if ct == "multipart/form-data" {
			err = r.ParseMultipartForm(s.cfg.MaxBody)
		} else {
			err = r.ParseForm()
		}
		if err != nil {
			if st, ok := tooLarge(err, s.cfg.MaxBody); ok {
				return nil, st, fmt.Errorf("body too large (limit %d bytes)", s.cfg.MaxBody)
			}
			return nil, http.StatusBadRequest, err
		}
		req.Text, req.Date, req.Place = r.PostFormValue("text"), r.PostFormValue("date"), r.PostFormValue("place")
	default:
		return nil, http.StatusUnsupportedMediaType, fmt.Errorf("unsupported content type %q (want text/plain or application/json)", ct)
	}
	if strings.TrimSpace(req.Text) == "" {
		return nil, http.StatusBadRequest, errors.New("no text given")
	}
	if req.Date != "" {
		if _, err := canon.ParseDate(req.Date, false, false); err != nil {
			return nil, http.StatusBadRequest, fmt.Errorf("bad date %q (want YYYY-MM-DD)", req.Date)
		}
	}
	return &req, 0, nil
}

func tooLarge(err error, limit int64) (int, bool) {
	var mbe *http.MaxBytesError
	if errors.As(err, &mbe) || strings.Contains(err.Error(), "request body too large") {
		return http.StatusRequestEntityTooLarge, true
	}
	return 0, false
}

// apiIngest stores an uploaded release file (admin only). The body is the
// file itself (any content type but multipart, with ?name=FILE) or a
// multipart form with a "file" field. ?replace=true replaces a stored file
// of the same content or name; ?dataset= forces the dataset. See
// handles.go for how the store is written while readers keep reading.
func (s *Server) apiIngest(w http.ResponseWriter, r *http.Request) {
	if s.cfg.AdminToken == "" {
		s.fail(w, r, http.StatusNotFound, "the admin ingest endpoint is off: start the server with --admin-token to enable it")
		return
	}
	if !s.checkToken(r) {
		w.Header().Set("WWW-Authenticate", `Bearer realm="icestat admin"`)
		s.fail(w, r, http.StatusUnauthorized, "admin token missing or wrong (send Authorization: Bearer TOKEN)")
		return
	}
	q := r.URL.Query()
	for k := range q {
		switch k {
		case "name", "replace", "dataset", "release":
		default:
			s.fail(w, r, http.StatusBadRequest, fmt.Sprintf("unknown parameter %q (want name, replace, dataset, release)", k))
			return
		}
	}
	dataset := q.Get("dataset")
	if dataset != "" && !canon.IsDataset(dataset) {
		s.fail(w, r, http.StatusBadRequest, fmt.Sprintf("unknown dataset %q (want %s)", dataset, strings.Join(canon.Datasets, ", ")))
		return
	}
	replace := false
	switch strings.ToLower(q.Get("replace")) {
	case "", "false", "no", "0":
	case "true", "yes", "1":
		replace = true
	default:
		s.fail(w, r, http.StatusBadRequest, "bad replace (want true or false)")
		return
	}
	release := q.Get("release")
	if !s.stores.ingest.TryLock() {
		s.fail(w, r, http.StatusServiceUnavailable, errBusy.Error())
		return
	}
	defer s.stores.ingest.Unlock()
	// Large uploads take longer than the server's read timeout.
	rc := http.NewResponseController(w)
	rc.SetReadDeadline(time.Now().Add(30 * time.Minute))
	rc.SetWriteDeadline(time.Now().Add(60 * time.Minute))

	dir, err := os.MkdirTemp(s.cfg.TempDir, "icestat-upload-")
	if err != nil {
		s.failErr(w, r, err)
		return
	}
	defer os.RemoveAll(dir)
	r.Body = http.MaxBytesReader(w, r.Body, s.cfg.MaxUpload)
	name := q.Get("name")
	var uploads []load.Input
	var sizes []int64
	ct, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
	if ct == "multipart/form-data" {
		mr, err := r.MultipartReader()
		if err != nil {
			s.fail(w, r, http.StatusBadRequest, "bad multipart body: "+err.Error())
			return
		}
		// Every "file" part is saved, then each is stored in its own
		// transaction (load.Files, as `icestat ingest A B`): no part is
		// ever ignored. A "release" field is `ingest --release`.
		for {
			part, err := mr.NextPart()
			if err == io.EOF {
				break
			}
			if err != nil {
				if st, ok := tooLarge(err, s.cfg.MaxUpload); ok {
					s.fail(w, r, st, fmt.Sprintf("upload too large (limit %d bytes)", s.cfg.MaxUpload))
					return
				}
				s.fail(w, r, http.StatusBadRequest, "bad multipart body: "+err.Error())
				return
			}
			switch part.FormName() {
			case "file":
			case "release", "dataset", "replace":
				v, err := io.ReadAll(io.LimitReader(part, 256))
				part.Close()
				if err != nil {
					s.fail(w, r, http.StatusBadRequest, "bad multipart body: "+err.Error())
					return
				}
				switch part.FormName() {
				case "release":
					release = strings.TrimSpace(string(v))
				case "dataset":
					dataset = strings.TrimSpace(string(v))
				case "replace":
					replace = strings.EqualFold(strings.TrimSpace(string(v)), "true")
				}
				continue
			default:
				part.Close()
				s.fail(w, r, http.StatusBadRequest, fmt.Sprintf("unknown multipart field %q (want file, release, dataset, replace)", part.FormName()))
				return
			}
			if len(uploads) >= maxUploadFiles {
				s.fail(w, r, http.StatusBadRequest, fmt.Sprintf("more than %d file parts in one request", maxUploadFiles))
				return
			}
			fn := part.FileName()
			path := filepath.Join(dir, fmt.Sprintf("upload-%d", len(uploads)+1))
			n, err := saveUpload(path, part)
			if err != nil {
				if st, ok := tooLarge(err, s.cfg.MaxUpload); ok {
					s.fail(w, r, st, fmt.Sprintf("upload too large (limit %d bytes)", s.cfg.MaxUpload))
					return
				}
				s.failErr(w, r, err)
				return
			}
			uploads = append(uploads, load.Input{Path: path, Name: fn})
			sizes = append(sizes, n)
		}
		if len(uploads) == 0 {
			s.fail(w, r, http.StatusBadRequest, "multipart body without a \"file\" field")
			return
		}
		if name != "" {
			if len(uploads) > 1 {
				s.fail(w, r, http.StatusBadRequest, fmt.Sprintf("?name= names one file but the body has %d file parts: name each part with its filename", len(uploads)))
				return
			}
			uploads[0].Name = name
		}
	} else {
		path := filepath.Join(dir, "upload")
		n, err := saveUpload(path, r.Body)
		if err != nil {
			if st, ok := tooLarge(err, s.cfg.MaxUpload); ok {
				s.fail(w, r, st, fmt.Sprintf("upload too large (limit %d bytes)", s.cfg.MaxUpload))
				return
			}
			s.fail(w, r, http.StatusBadRequest, "reading the upload: "+err.Error())
			return
		}
		uploads, sizes = []load.Input{{Path: path, Name: name}}, []int64{n}
	}
	if dataset != "" && !canon.IsDataset(dataset) {
		s.fail(w, r, http.StatusBadRequest, fmt.Sprintf("unknown dataset %q (want %s)", dataset, strings.Join(canon.Datasets, ", ")))
		return
	}
	if release != "" {
		if err := ingest.CheckReleaseTag(release); err != nil {
			s.fail(w, r, http.StatusBadRequest, "release: "+err.Error())
			return
		}
	}
	seen := map[string]bool{}
	for i, u := range uploads {
		if err := checkUploadName(u.Name); err != nil {
			s.fail(w, r, http.StatusBadRequest, err.Error())
			return
		}
		if seen[u.Name] {
			s.fail(w, r, http.StatusBadRequest, fmt.Sprintf("two file parts are named %q: each file needs its own name", u.Name))
			return
		}
		seen[u.Name] = true
		if sizes[i] == 0 {
			s.fail(w, r, http.StatusBadRequest, u.Name+": empty file")
			return
		}
	}
	opts := load.Options{Replace: replace, Dataset: dataset, Release: release, TempDir: dir}
	results, gen, err := s.stores.ingestFiles(r.Context(), uploads, opts)
	if err != nil {
		msg := err.Error()
		for _, u := range uploads {
			msg = strings.ReplaceAll(msg, u.Path, u.Name)
		}
		switch {
		case errors.Is(err, errPendingWAL):
			s.fail(w, r, http.StatusConflict, msg)
		case strings.Contains(msg, "is in use by another icestat process"):
			s.fail(w, r, http.StatusServiceUnavailable, "store busy: "+msg)
		default:
			s.log.Warn("ingest failed", "files", len(uploads), "err", msg)
			s.fail(w, r, http.StatusUnprocessableEntity, msg+" (store unchanged)")
		}
		return
	}
	failed, stored := 0, 0
	for _, res := range results {
		switch res.Status {
		case "stored":
			stored++
		case "failed":
			failed++
			s.log.Warn("ingest failed", "file", res.File, "err", res.Error)
		}
		s.log.Info("ingested", "file", res.File, "sha256", res.SHA256, "status", res.Status, "generation", gen)
	}
	if len(results) == 1 {
		// One file: the answer is that file's result, as it always was.
		if failed == 1 {
			s.fail(w, r, http.StatusUnprocessableEntity, results[0].Error+" (store unchanged)")
			return
		}
		status := http.StatusCreated
		if stored == 0 {
			status = http.StatusOK
		}
		writeJSON(w, status, results[0])
		return
	}
	// Several files: one result per file, each stored or not on its own.
	status := http.StatusCreated
	switch {
	case failed == len(results):
		status = http.StatusUnprocessableEntity
	case failed > 0:
		status = http.StatusMultiStatus
	case stored == 0:
		status = http.StatusOK
	}
	writeJSON(w, status, multiIngestResult{Files: results, Stored: stored, Failed: failed, Gen: gen})
}

// maxUploadFiles bounds the file parts of one admin upload.
const maxUploadFiles = 1000

func saveUpload(path string, r io.Reader) (int64, error) {
	f, err := os.OpenFile(path, os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0o600)
	if err != nil {
		return 0, err
	}
	n, err := io.Copy(f, r)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return n, err
}

// checkUploadName accepts a plain file name: no directories, no parent
// references, no control characters. The name is only recorded in the
// store (the upload is saved under a fixed name in a fresh directory).
func checkUploadName(name string) error {
	switch {
	case name == "":
		return errors.New("no file name: give ?name=FILE or a multipart filename")
	case len(name) > 255:
		return errors.New("file name too long")
	case strings.ContainsAny(name, `/\`) || name == "." || name == ".." || strings.HasPrefix(name, "."):
		return fmt.Errorf("bad file name %q: give a plain name without directories", name)
	case strings.IndexFunc(name, func(r rune) bool { return unicode.IsControl(r) || r == unicode.ReplacementChar }) >= 0:
		return fmt.Errorf("bad file name %q: control characters", name)
	}
	return nil
}
