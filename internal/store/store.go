// Package store is icestat's only door to DuckDB. It creates and versions
// the store file, loads parsed releases atomically (one transaction per
// file), and runs read-only queries. Everything else in icestat is pure Go and
// reaches DuckDB through here, so tests of parsing never link it.
package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"os"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"

	_ "github.com/duckdb/duckdb-go/v2" // registers the "duckdb" driver

	"github.com/icestat/icestat/internal/canon"
	"github.com/icestat/icestat/internal/table"
)

// SchemaVersion is the layout of the store file this build reads and writes.
// Opening a store of another version is refused with a clear message rather
// than misreading it. Version 2 stores each dataset in segments under a view
// (segments.go); a version-1 store (one wide table per dataset) reads the same
// and is upgraded in place when opened for writing.
const SchemaVersion = 2

// DefaultPath is where the store lives unless --db or ICESTAT_DB say
// otherwise.
const DefaultPath = "icestat.duckdb"

// Store is an open store file.
type Store struct {
	db        *sql.DB
	path      string
	readOnly  bool
	recovered []Recovered
	distinct  distinctCache
	// cols caches, for a read-only store (whose schema cannot change),
	// which columns the sources table has (release.go).
	colMu sync.Mutex
	cols  map[string]bool
	// stmts: statements prepared once on a read-only store (read.go)
	stmtMu sync.Mutex
	stmts  map[string]*sql.Stmt
	// kept: answers read once on a read-only store (Kept, read.go)
	keptMu sync.Mutex
	kept   map[string]*table.Table
	// statements counts the statements run through Table, QueryRow and
	// SourceInfos (Statements)
	statements atomic.Int64
}

// Statements is the number of statements the store has run through Table,
// QueryRow and SourceInfos since it was opened (what a checked article
// costs is mostly its number of statements: bench/README.md).
func (s *Store) Statements() int64 { return s.statements.Load() }

// dsnOptions are applied to every connection: no extension is ever
// downloaded or auto-loaded (no network at run time), and inserts may be
// reordered so DuckDB can load in parallel (source_row keeps file order),
// and the session time zone is UTC whatever the host's TZ: a TIMESTAMP WITH
// TIME ZONE value (an instant) becomes the date it has in UTC, so that key
// dates and fiscal years never depend on the machine (definitions "time
// zones").
var dsnOptions = url.Values{
	"autoinstall_known_extensions": {"false"},
	"autoload_known_extensions":    {"false"},
	"preserve_insertion_order":     {"false"},
}

// WriteMemoryLimit caps DuckDB's buffer pool in a writable store (ingest).
// An ingest needs little of it (the pool held at most ~110 MB while 10.9
// million rows were loaded); 256MB took the same time as 1GB at 1× and 4× the
// nationwide files while peak RSS grew less with the input (bench/README.md).
var WriteMemoryLimit = "256MB"

// writeAllocator makes DuckDB hand memory freed by a finished load back to
// the system soon (by default it keeps up to 128 MiB per thread cached, and
// flushing only on task completion let RSS ratchet up from file to file).
var writeAllocator = map[string]string{
	"allocator_flush_threshold":    "32MB",
	"allocator_background_threads": "true",
}

// ShareCores sets how many threads DuckDB may use in a writable store:
// with a parser running beside it (withParser), one core fewer than Go may
// use, leaving that core to icestat's own parser, which reads the next file
// while DuckDB loads the current one; else every core. On this project's
// 2-core machine DuckDB's second thread mostly spun against the parser: with
// one thread while the parser ran, the nationwide ingest took 13% less CPU in
// the same time, while a lone file, with nothing to overlap its load, took
// 25% longer on one thread (bench/README.md, round 4).
func (s *Store) ShareCores(withParser bool) error {
	if s.readOnly {
		return nil
	}
	n := runtime.GOMAXPROCS(0)
	if withParser {
		n = max(1, n-1)
	}
	if _, err := s.db.Exec(fmt.Sprintf("SET threads = %d", n)); err != nil {
		return fmt.Errorf("store %s: setting DuckDB's threads to %d: %w", s.path, n, err)
	}
	return nil
}

// Open opens (creating if needed) a store for reading and writing.
func Open(path string) (*Store, error) {
	return open(path, false)
}

// OpenReadOnly opens an existing store so that nothing can change it: DuckDB
// runs in read-only mode and external file access is off, so a query cannot
// write to the store or read or write other files either.
func OpenReadOnly(path string, opts ...ReadOption) (*Store, error) {
	if _, err := os.Stat(path); err != nil {
		if errors.Is(err, os.ErrNotExist) {
			return nil, fmt.Errorf("no store at %s: run `icestat ingest` first (or give --db)", path)
		}
		return nil, err
	}
	return open(path, true, opts...)
}

// ReadOption tunes a read-only open (OpenReadOnly, OpenData).
type ReadOption func(*sql.DB) error

// OneThread runs each statement on the calling thread alone, with no
// DuckDB worker threads: for a process that asks one question and exits
// (`icestat count`). Its statements are small (the key filters skip most
// row groups), so a second thread mostly waits for work and for the other
// core; measured on the project's 2-core machine under the load of other
// sessions, a fresh grouped count took 25-40 ms less CPU and wall time on
// one thread (bench/README.md, issue 20). A server keeps DuckDB's default,
// one thread per core, for its larger questions.
func OneThread() ReadOption {
	return func(db *sql.DB) error {
		if _, err := db.Exec("SET threads = 1"); err != nil {
			return fmt.Errorf("running DuckDB on one thread: %w", err)
		}
		return nil
	}
}

func open(path string, readOnly bool, ropts ...ReadOption) (s *Store, err error) {
	// A damaged file gives one message, whichever command opened it.
	defer func() {
		if err != nil {
			err = asDamaged(path, err)
		}
	}()
	opts := url.Values{}
	for k, v := range dsnOptions {
		opts[k] = v
	}
	if !readOnly {
		// Bound the memory an ingest may take whatever the input's size:
		// DuckDB spills or evicts beyond it instead of growing with the data.
		opts.Set("memory_limit", WriteMemoryLimit)
		// Write the storage format of the linked DuckDB rather than the
		// oldest one DuckDB 1.0 can still read (the default): only this
		// build's DuckDB reads a store, and the newer format took about 15%
		// less time to ingest the nationwide files (bench/README.md).
		opts.Set("storage_compatibility_version", "latest")
		for k, v := range writeAllocator {
			opts.Set(k, v)
		}
	}
	if readOnly {
		opts.Set("access_mode", "read_only")
		opts.Set("enable_external_access", "false")
	}
	db, err := connect(path, opts)
	if err != nil {
		return nil, storeErr(path, err)
	}
	if readOnly {
		// Set on the open database rather than in its configuration:
		// DuckDB shares one database per file and process, and refuses to
		// open a file again with another configuration (a server's handle
		// and a count in the same test process).
		for _, o := range ropts {
			if err := o(db); err != nil {
				db.Close()
				return nil, fmt.Errorf("store %s: %w", path, err)
			}
		}
	}
	if err := utcTimeZone(db); err != nil {
		db.Close()
		return nil, err
	}
	s = &Store{db: db, path: path, readOnly: readOnly}
	if readOnly {
		if done, err := s.checkReadOnly(); done {
			if err != nil {
				db.Close()
				return nil, err
			}
			return s, nil
		}
	}
	if err := s.checkUsedBlocks(); err != nil {
		db.Close()
		return nil, err
	}
	created, err := s.checkSchema()
	if err != nil {
		db.Close()
		return nil, err
	}
	// A store created just now holds nothing an ingest could have left.
	if !readOnly && !created {
		if s.recovered, err = s.recoverInterrupted(context.Background()); err != nil {
			db.Close()
			return nil, err
		}
	}
	return s, nil
}

// connect opens and pings a DuckDB database.
func connect(path string, opts url.Values) (*sql.DB, error) {
	db, err := sql.Open("duckdb", path+"?"+opts.Encode())
	if err != nil {
		return nil, err
	}
	if err := db.Ping(); err != nil {
		db.Close()
		return nil, err
	}
	return db, nil
}

// utcTimeZone makes every connection of db render TIMESTAMP WITH TIME ZONE
// values in UTC, whatever the host's TZ: such a value is an instant, and
// its date — a key date, a fiscal year — is the date it has in UTC (docs/
// DEFINITIONS.md, "time zones"). DuckDB takes the host's zone by default
// when its ICU extension is linked in; without ICU it always uses UTC, and
// the setting does not exist (the error is then ignored).
func utcTimeZone(db *sql.DB) error {
	if _, err := db.Exec(`SET GLOBAL TimeZone = 'UTC'`); err != nil && !strings.Contains(err.Error(), "icu") && !strings.Contains(err.Error(), "TimeZone") {
		return fmt.Errorf("setting the time zone to UTC: %w", err)
	}
	return nil
}

// storeErr turns DuckDB's open errors into messages a user can act on.
func storeErr(path string, err error) error {
	msg := err.Error()
	switch {
	case strings.Contains(msg, "Could not set lock") || strings.Contains(msg, "Conflicting lock"):
		return fmt.Errorf("store %s is in use by another icestat process (an ingest or a server); wait for it to finish or use another --db: %w", path, err)
	case strings.Contains(msg, "not a valid DuckDB database") || strings.Contains(msg, "Invalid Input Error: The file"):
		return fmt.Errorf("%s is not an icestat store (not a DuckDB database file): %w", path, err)
	}
	return fmt.Errorf("opening store %s: %w", path, err)
}

// Recovered lists what opening this (writable) store removed: rows of an
// ingest that never committed. Commands print it.
func (s *Store) Recovered() []Recovered { return s.recovered }

// Close closes the store.
func (s *Store) Close() error {
	s.stmtMu.Lock()
	for _, st := range s.stmts {
		st.Close()
	}
	s.stmts = nil
	s.stmtMu.Unlock()
	return s.db.Close()
}

// Path is the store file.
func (s *Store) Path() string { return s.path }

func versionError(path, v string) error {
	return fmt.Errorf("store %s has schema version %s but this icestat reads version %d: re-ingest the sources into a new store (icestat ingest --db NEW FILE...)", path, v, SchemaVersion)
}

// checkSchema creates a new store's tables (reporting created), or refuses a
// store written by another schema version.
func (s *Store) checkSchema() (created bool, err error) {
	var n int
	// duckdb_tables() rather than information_schema.tables: the same
	// answer in a fraction of the time, on every fresh open.
	err = s.db.QueryRow(`SELECT count(*) FROM duckdb_tables() WHERE table_name = 'meta'`).Scan(&n)
	if err != nil {
		return false, storeErr(s.path, err)
	}
	if n == 0 {
		if s.readOnly {
			return false, fmt.Errorf("%s is not an icestat store (no meta table)", s.path)
		}
		return true, s.create()
	}
	var v string
	if err := s.db.QueryRow(`SELECT value FROM meta WHERE key = 'schema_version'`).Scan(&v); err != nil {
		return false, fmt.Errorf("%s: cannot read schema version: %w", s.path, err)
	}
	if v == "1" && !s.readOnly {
		if err := s.migrateSegments(context.Background()); err != nil {
			return false, err
		}
		v = fmt.Sprint(SchemaVersion)
	}
	if v != fmt.Sprint(SchemaVersion) && v != "1" {
		return false, versionError(s.path, v)
	}
	if !s.readOnly {
		return false, s.ensureAddedColumns() // release.go
	}
	return false, nil
}

// checkReadOnly makes the checks of a read-only open (checkUsedBlocks,
// checkSchema) and reads the sources table's columns (hasSourcesColumn) in
// one statement instead of four: a fresh `icestat count` opens the store
// for one question (issue 20). done is false when that statement fails (no
// meta table, no schema version, …): the checks then run one by one and
// say what is wrong.
func (s *Store) checkReadOnly() (done bool, err error) {
	var blockSize, used int64
	var version string
	var cols any
	err = s.db.QueryRow(`SELECT p.block_size, p.used_blocks, m.value, (SELECT list(name) FROM pragma_table_info('sources'))
		FROM pragma_database_size() p, (SELECT value FROM meta WHERE key = 'schema_version') m LIMIT 1`).Scan(&blockSize, &used, &version, &cols)
	if err != nil {
		return false, nil
	}
	names, ok := cols.([]any)
	if !ok {
		return false, nil
	}
	if fi, err := os.Stat(s.path); err == nil && fi.Mode().IsRegular() && blockSize > 0 {
		if err := usedBlocksFit(s.path, fi.Size(), blockSize, used); err != nil {
			return true, err
		}
	}
	if version != fmt.Sprint(SchemaVersion) && version != "1" {
		return true, versionError(s.path, version)
	}
	s.cols = map[string]bool{}
	for _, n := range names {
		if c, ok := n.(string); ok {
			s.cols[c] = true
		}
	}
	return true, nil
}

func quoteIdent(s string) string { return `"` + strings.ReplaceAll(s, `"`, `""`) + `"` }

const sourcesDDL = `CREATE TABLE sources (
  id INTEGER PRIMARY KEY,
  file VARCHAR NOT NULL,
  path VARCHAR,
  sha256 VARCHAR NOT NULL,
  size BIGINT,
  format VARCHAR,
  sheet VARCHAR,
  sheet_index INTEGER,
  dataset VARCHAR,
  title VARCHAR,
  preamble VARCHAR,
  unit VARCHAR,
  foia VARCHAR,
  header_row INTEGER,
  columns VARCHAR,
  scope VARCHAR,
  subset VARCHAR,
  coverage_from DATE,
  coverage_to DATE,
  coverage_basis VARCHAR,
  data_from DATE,
  data_to DATE,
  fy_from_title INTEGER,
  rows_read BIGINT,
  rows_stored BIGINT,
  rows_rejected BIGINT,
  values_rejected BIGINT,
  redacted_cells BIGINT,
  skipped VARCHAR,
  ingested_at TIMESTAMP,
  release VARCHAR,
  rows_skipped BIGINT,
  skip_reasons VARCHAR,
  merged_filled BIGINT
)`

const rejectsDDL = `CREATE TABLE rejects (
  source_id INTEGER NOT NULL,
  file VARCHAR,
  sheet VARCHAR,
  "row" INTEGER,
  "column" VARCHAR,
  raw VARCHAR,
  reason VARCHAR,
  row_kept BOOLEAN
)`

const redactionsDDL = `CREATE TABLE redactions (
  source_id INTEGER NOT NULL,
  header VARCHAR,
  "column" VARCHAR,
  cells BIGINT
)`

// extraDDL holds the CREATE statements of tables defined in other files of
// this package (e.g. the detention-statistics tables); they are created with
// the store, under the same schema version.
var extraDDL []string

func (s *Store) create() error {
	tx, err := s.db.Begin()
	if err != nil {
		return err
	}
	defer tx.Rollback()
	stmts := []string{
		`CREATE TABLE meta (key VARCHAR PRIMARY KEY, value VARCHAR)`,
		fmt.Sprintf(`INSERT INTO meta VALUES ('schema_version', '%d')`, SchemaVersion),
		`CREATE SEQUENCE source_ids START 1`,
		sourcesDDL, rejectsDDL, redactionsDDL,
	}
	for _, d := range canon.Datasets {
		stmts = append(stmts, datasetView(d, nil)) // segments.go
	}
	stmts = append(stmts, extraDDL...)
	for _, q := range stmts {
		if _, err := tx.Exec(q); err != nil {
			return fmt.Errorf("creating store %s: %w", s.path, err)
		}
	}
	return tx.Commit()
}

// Query runs a read statement with bound arguments and returns the rows.
func (s *Store) Query(ctx context.Context, q string, args ...any) (*sql.Rows, error) {
	rows, err := s.db.QueryContext(ctx, q, args...)
	return rows, asDamaged(s.path, err)
}

// QueryRow runs a statement returning one row; on a read-only store the
// statement is prepared once and kept, as Table's are (read.go).
func (s *Store) QueryRow(ctx context.Context, q string, args ...any) *sql.Row {
	s.statements.Add(1)
	if st := s.prepared(ctx, q); st != nil {
		return st.QueryRowContext(ctx, args...)
	}
	return s.db.QueryRowContext(ctx, q, args...)
}
