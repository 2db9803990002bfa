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
		case "name", "replace", "dataset":
		default:
			s.fail(w, r, http.StatusBadRequest, fmt.Sprintf("unknown parameter %q (want name, replace, dataset)", k))
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
	upload := filepath.Join(dir, "upload")
	ct, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
	var n int64
	if ct == "multipart/form-data" {
		mr, err := r.MultipartReader()
		if err != nil {
			s.fail(w, r, http.StatusBadRequest, "bad multipart body: "+err.Error())
			return
		}
		found := false
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
			if part.FormName() != "file" {
				part.Close()
				continue
			}
			if name == "" {
				name = part.FileName()
			}
			n, err = saveUpload(upload, part)
			if err != nil {
				if st, ok := tooLarge(err, s.cfg.MaxUpload); ok {
					s.fail(w, r, st, fmt.Sprintf("upload too large (limit %d bytes)", s.cfg.MaxUpload))
					return
				}
				s.failErr(w, r, err)
				return
			}
			found = true
			break
		}
		if !found {
			s.fail(w, r, http.StatusBadRequest, "multipart body without a \"file\" field")
			return
		}
	} else {
		if n, err = saveUpload(upload, r.Body); err != nil {
			if st, ok := tooLarge(err, s.cfg.MaxUpload); ok {
				s.fail(w, r, st, fmt.Sprintf("upload too large (limit %d bytes)", s.cfg.MaxUpload))
				return
			}
			s.fail(w, r, http.StatusBadRequest, "reading the upload: "+err.Error())
			return
		}
	}
	if err := checkUploadName(name); err != nil {
		s.fail(w, r, http.StatusBadRequest, err.Error())
		return
	}
	if n == 0 {
		s.fail(w, r, http.StatusBadRequest, name+": empty file")
		return
	}
	res, err := s.stores.ingestFile(r.Context(), upload, name, dataset, replace, dir)
	if err != nil {
		msg := strings.ReplaceAll(err.Error(), upload, name)
		switch {
		case errors.Is(err, errPendingWAL):
			s.fail(w, r, http.StatusConflict, msg)
		case strings.Contains(msg, "is in use by another icestat process"):
			s.fail(w, r, http.StatusServiceUnavailable, "store busy: "+msg)
		default:
			s.log.Warn("ingest failed", "file", name, "err", msg)
			s.fail(w, r, http.StatusUnprocessableEntity, msg+" (store unchanged)")
		}
		return
	}
	s.log.Info("ingested", "file", name, "sha256", res.SHA256, "status", res.Status, "generation", res.Gen)
	status := http.StatusCreated
	if res.Status != "stored" {
		status = http.StatusOK
	}
	writeJSON(w, status, res)
}

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
