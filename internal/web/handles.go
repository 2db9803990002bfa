package web

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"github.com/icestat/icestat/internal/claims"
	"github.com/icestat/icestat/internal/ingest"
	"github.com/icestat/icestat/internal/load"
	"github.com/icestat/icestat/internal/query"
	"github.com/icestat/icestat/internal/store"
)

// The store and the admin ingest: how the server writes without stopping
// readers.
//
// DuckDB lets one process write a database file, and a database opened
// read-only caches its blocks: a second, writable handle on the same file in
// the same process would change blocks under the read-only one. So the
// server never writes the file it reads. It serves every public request from
// a read-only handle (store.OpenReadOnly: DuckDB's read-only mode with
// external file access off) and an admin ingest works copy-on-write:
//
//  1. The upload is saved to a temporary file (size-limited) and parsed by
//     ingest.Read outside any store handle. Only one ingest runs at a time; a
//     second one gets 503 "store busy" at once instead of queueing.
//  2. The store file is copied to PATH.ingest-*.tmp in the same directory,
//     the copy is opened writable (store.Open) and the parsed file is loaded
//     with store.Load, in one transaction as on the command line; then
//     store.Verify checks the copy's bookkeeping and the copy is closed
//     (DuckDB checkpoints on close) and fsynced.
//  3. A new read-only handle is opened on the copy under its temporary
//     name, then the copy is renamed over PATH (rename(2) is atomic; the
//     handle's open file follows the inode), the directory is fsynced, and
//     the new handle replaces the current one under a mutex. The handle is
//     opened before the rename because the DuckDB driver caches open
//     databases by path: opening PATH while the old handle is alive would
//     return the old database, old data included.
//  4. The old handle is closed in the background once the requests that
//     hold it have finished. On Linux its open file is the old inode, which
//     the rename unlinked but which stays readable until closed.
//
// Readers are never paused: until step 3 they read the old handle and see
// the old store; after it new requests read the new one. Each request
// acquires one handle and runs all its queries on it, so one answer never
// mixes old and new data. If anything fails before the rename, the copy is
// deleted and the store and the handle are unchanged; a crash leaves at most
// a stale PATH.ingest-*.tmp, which the next server start removes. The store
// file is never written in place, so no reader and no crash can see half an
// ingest.
//
// Limits: the copy needs free disk space equal to the store; a store with a
// pending write-ahead log (PATH.wal, left by a writer that crashed) is
// refused for ingest (409) until `icestat verify`/`icestat ingest` on the
// command line has replayed it, because renaming a new file under a stale
// log would corrupt it. Another process that opened PATH before the swap
// keeps reading the old data until it reopens.

// handle is one open read-only store with its query engine and the caches
// that stay valid as long as the store does not change (it never changes
// under a handle: ingests swap in a new one).
type handle struct {
	st    *store.Store
	eng   *query.Engine
	refs  sync.WaitGroup
	cache *resultCache
	// memo keeps the store's answers to the Check page's questions
	// (claims.Memo): valid for as long as the handle, like cache
	memo *claims.Memo
	gen  int64 // 1 for the handle opened at start, +1 per swap
}

// stores owns the current handle.
type stores struct {
	path string
	mu   sync.RWMutex
	cur  *handle
	// ingest serialises admin ingests (TryLock: a second one is refused).
	ingest sync.Mutex
	wg     sync.WaitGroup // background closes of old handles
}

func openHandle(path string, gen int64, data bool) (*handle, error) {
	open := store.OpenReadOnly
	if data {
		open = store.OpenData
	}
	st, err := open(path)
	if err != nil {
		return nil, err
	}
	eng := &query.Engine{Store: st}
	return &handle{st: st, eng: eng, cache: newResultCache(512), memo: claims.NewMemo(eng), gen: gen}, nil
}

func openStores(path string, data bool) (*stores, error) {
	if !data {
		removeStaleCopies(path)
	}
	h, err := openHandle(path, 1, data)
	if err != nil {
		return nil, err
	}
	return &stores{path: path, cur: h}, nil
}

// removeStaleCopies deletes copies left by an ingest that crashed.
func removeStaleCopies(path string) {
	m, _ := filepath.Glob(path + ".ingest-*.tmp")
	for _, f := range m {
		os.Remove(f)
		os.Remove(f + ".wal")
	}
}

// acquire returns the current handle; the caller must release it.
func (s *stores) acquire() *handle {
	s.mu.RLock()
	h := s.cur
	h.refs.Add(1)
	s.mu.RUnlock()
	return h
}

func (h *handle) release() { h.refs.Done() }

// swap installs h as the current handle and closes the old one once its
// readers are done.
func (s *stores) swap(h *handle) {
	s.mu.Lock()
	old := s.cur
	s.cur = h
	s.mu.Unlock()
	s.wg.Add(1)
	go func() {
		defer s.wg.Done()
		old.refs.Wait()
		old.st.Close()
	}()
}

// close closes the current handle after its readers and waits for old ones.
func (s *stores) close() {
	s.mu.Lock()
	h := s.cur
	s.mu.Unlock()
	h.refs.Wait()
	h.st.Close()
	s.wg.Wait()
}

// errBusy is returned when another ingest holds the writer.
var errBusy = errors.New("store busy: another ingest is running; retry later")

// errPendingWAL refuses an ingest over a store with a write-ahead log.
var errPendingWAL = errors.New("the store has a pending write-ahead log (a writer did not finish); run `icestat verify` on the command line once, then retry")

// ingestResult is what POST /api/ingest answers for one file.
type ingestResult struct {
	Status   string   `json:"status"` // "stored", "already stored" or "failed"
	File     string   `json:"file"`
	SHA256   string   `json:"sha256,omitempty"`
	Existing string   `json:"existing_file,omitempty"`
	Replaced []string `json:"replaced,omitempty"`
	Error    string   `json:"error,omitempty"` // why a file failed (the store is unchanged for it)
	Kind     string   `json:"kind,omitempty"`  // records, detention statistics or facility population
	Edition  string   `json:"edition,omitempty"`
	// RowsStored: the daily rows of a facility-population file
	RowsStored int64          `json:"rows_stored,omitempty"`
	Parts      []ingestedPart `json:"parts"`
	Gen        int64          `json:"store_generation"`
}

// multiIngestResult answers an upload of several files: one result each.
type multiIngestResult struct {
	Files  []ingestResult `json:"files"`
	Stored int            `json:"stored"`
	Failed int            `json:"failed"`
	Gen    int64          `json:"store_generation"`
}

type ingestedPart struct {
	ID             int64            `json:"source_id,omitempty"`
	Sheet          string           `json:"sheet,omitempty"`
	Dataset        string           `json:"dataset,omitempty"`
	Skipped        string           `json:"skipped,omitempty"`
	RowsRead       int64            `json:"rows_read"`
	RowsStored     int64            `json:"rows_stored"`
	RowsRejected   int64            `json:"rows_rejected"`
	RowsSkipped    int64            `json:"rows_skipped"`
	SkipReasons    map[string]int64 `json:"skip_reasons,omitempty"`
	MergedFilled   int64            `json:"merged_filled,omitempty"`
	ValuesRejected int64            `json:"values_rejected"`
	CoverageFrom   string           `json:"coverage_from,omitempty"`
	CoverageTo     string           `json:"coverage_to,omitempty"`
}

// ingestFiles stores the uploads (already on disk) with the copy-on-write
// swap described above, each file in its own transaction through
// load.Files, the orchestration `icestat ingest` uses: a file that fails
// leaves the store as it was for that file, and the others are stored. It
// returns one result per upload, in order, and the store generation after
// the swap. It holds the ingest lock, which the caller took.
func (s *stores) ingestFiles(ctx context.Context, uploads []load.Input, opts load.Options) ([]ingestResult, int64, error) {
	if _, err := os.Stat(s.path + ".wal"); err == nil {
		return nil, 0, errPendingWAL
	}
	results := make([]ingestResult, len(uploads))
	var todo []load.Input
	var todoAt []int
	h := s.acquire()
	gen := h.gen
	for i, u := range uploads {
		results[i] = ingestResult{File: u.Name, Parts: []ingestedPart{}}
		sum, _, err := ingest.Hash(u.Path)
		if err != nil {
			h.release()
			return nil, 0, err
		}
		results[i].SHA256 = sum
		if !opts.Replace {
			ex, err := load.Stored(ctx, h.st, sum, opts.Release)
			if err != nil {
				h.release()
				return nil, 0, err
			}
			if ex != nil {
				results[i].Status, results[i].Existing = "already stored", ex.File
				continue
			}
		}
		todo, todoAt = append(todo, u), append(todoAt, i)
	}
	h.release()
	if len(todo) == 0 {
		for i := range results {
			results[i].Gen = gen
		}
		return results, gen, nil
	}
	copyPath, err := copyStore(s.path)
	if err != nil {
		return nil, 0, fmt.Errorf("copying the store for the ingest: %w", err)
	}
	renamed := false
	defer func() {
		if !renamed {
			os.Remove(copyPath)
			os.Remove(copyPath + ".wal")
		}
	}()
	w, err := store.Open(copyPath)
	if err != nil {
		return nil, 0, err
	}
	stored := 0
	_, err = load.Files(ctx, w, todo, opts, func(r load.Result) {
		res := &results[todoAt[r.Index]]
		res.Kind = r.Kind
		switch {
		case r.Err != nil:
			msg := strings.ReplaceAll(r.Err.Error(), r.Path, r.Name)
			res.Status, res.Error = "failed", msg
		case r.Existing != nil:
			res.Status, res.Existing = "already stored", r.Existing.File
		case r.Edition != nil:
			stored++
			res.Status, res.Edition = "stored", r.Edition.Date.Format("2006-01-02")
		case r.Population != nil:
			stored++
			res.Status, res.RowsStored = "stored", r.Population.Rows
		case r.File != nil:
			stored++
			res.Status, res.Replaced = "stored", r.Replaced
			for i, p := range r.File.Parts {
				ip := ingestedPart{Sheet: p.Sheet, Dataset: p.Dataset, Skipped: p.Skipped, RowsRead: p.RowsRead, RowsStored: p.RowsStored,
					RowsRejected: p.RowsRejected, RowsSkipped: p.RowsSkipped, SkipReasons: p.Skips, MergedFilled: p.MergedFilled, ValuesRejected: p.ValuesRejected}
				if i < len(r.IDs) {
					ip.ID = r.IDs[i]
				}
				if p.HasCoverage {
					ip.CoverageFrom, ip.CoverageTo = p.CoverageFrom.String(), p.CoverageTo.String()
				}
				res.Parts = append(res.Parts, ip)
			}
		}
	})
	if err == nil && stored > 0 {
		var problems []store.Problem
		problems, _, err = w.Verify(ctx)
		if err == nil && len(problems) > 0 {
			err = fmt.Errorf("integrity check after the load failed: %s: %s", problems[0].Table, problems[0].Detail)
		}
	}
	if cerr := w.Close(); err == nil && cerr != nil {
		err = cerr
	}
	if err != nil {
		return nil, 0, err
	}
	if stored > 0 {
		if _, err := os.Stat(copyPath + ".wal"); err == nil {
			return nil, 0, errors.New("internal error: the store copy kept a write-ahead log after closing")
		}
		if err := syncFile(copyPath); err != nil {
			return nil, 0, err
		}
		cur := s.acquire()
		gen = cur.gen + 1
		cur.release()
		h, err := openHandle(copyPath, gen, false)
		if err != nil {
			return nil, 0, fmt.Errorf("opening the new store state: %w", err)
		}
		if err := os.Rename(copyPath, s.path); err != nil {
			h.st.Close()
			return nil, 0, err
		}
		renamed = true
		syncDir(filepath.Dir(s.path))
		s.swap(h)
	}
	for i := range results {
		results[i].Gen = gen
	}
	return results, gen, nil
}

// copyStore copies the store file next to itself and returns the copy.
func copyStore(path string) (string, error) {
	src, err := os.Open(path)
	if err != nil {
		return "", err
	}
	defer src.Close()
	dst, err := os.CreateTemp(filepath.Dir(path), filepath.Base(path)+".ingest-*.tmp")
	if err != nil {
		return "", err
	}
	if _, err := io.Copy(dst, src); err != nil {
		dst.Close()
		os.Remove(dst.Name())
		return "", err
	}
	if err := dst.Close(); err != nil {
		os.Remove(dst.Name())
		return "", err
	}
	return dst.Name(), nil
}

func syncFile(path string) error {
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if err != nil {
		return err
	}
	defer f.Close()
	return f.Sync()
}

func syncDir(dir string) {
	if d, err := os.Open(dir); err == nil {
		d.Sync()
		d.Close()
	}
}
