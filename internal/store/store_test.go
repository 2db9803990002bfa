package store

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/icestat/icestat/internal/ingest"
)

func sample(name string) string { return filepath.Join("..", "..", "testdata", "sample", name) }

func newStore(t *testing.T) (*Store, string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "s.duckdb")
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s, path
}

func load(t *testing.T, s *Store, path string, replace bool) *ingest.File {
	t.Helper()
	f, err := ingest.Read(path, ingest.Options{TempDir: t.TempDir()})
	if err != nil {
		t.Fatal(err)
	}
	defer f.Cleanup()
	if _, err := s.Load(context.Background(), f, replace); err != nil {
		t.Fatal(err)
	}
	return f
}

func count(t *testing.T, s *Store, q string, args ...any) int64 {
	t.Helper()
	var n int64
	if err := s.QueryRow(context.Background(), q, args...).Scan(&n); err != nil {
		t.Fatalf("%s: %v", q, err)
	}
	return n
}

// snapshot captures every table's row count and the catalog (tables and the
// datasets' view definitions), to prove a failed load changed nothing: not
// even a segment table it had to create.
func snapshot(t *testing.T, s *Store) string {
	t.Helper()
	var b strings.Builder
	for _, tb := range []string{"sources", "rejects", "redactions", "encounters", "arrests", "detainers", "detentions", "removals"} {
		fmt.Fprintf(&b, "%s=%d;", tb, count(t, s, "SELECT count(*) FROM "+tb))
	}
	var tables, views string
	if err := s.QueryRow(context.Background(), `SELECT (SELECT string_agg(table_name, ',' ORDER BY table_name) FROM duckdb_tables()),
		(SELECT string_agg(sql, ';' ORDER BY view_name) FROM duckdb_views() WHERE NOT internal)`).Scan(&tables, &views); err != nil {
		t.Fatal(err)
	}
	fmt.Fprintf(&b, "\ntables %s\nviews %s", tables, views)
	return b.String()
}

func TestLoadSampleAndCounts(t *testing.T) {
	s, _ := newStore(t)
	load(t, s, sample("BOS_EROArrests_FY2017.csv.gz"), false)
	// 2,834 Boston FY2017 arrests: zcat | tail -n +7 | wc -l on the slice,
	// equal to the nationwide file's Boston count (awk -F'|' '$1=="\"Boston Area of Responsibility\""').
	if n := count(t, s, `SELECT count(*) FROM arrests WHERE aor = 'BOS' AND fy = 2017`); n != 2834 {
		t.Errorf("BOS FY2017 arrests = %d, want 2834", n)
	}
	// Operation redactions: 295 (awk '$5=="\"(B)(7)(E) \""').
	if n := count(t, s, `SELECT cells FROM redactions WHERE header = 'Operation'`); n != 295 {
		t.Errorf("redacted operations = %d, want 295", n)
	}
	if n := count(t, s, `SELECT count(*) FROM arrests WHERE redacted LIKE '%operation%' AND operation IS NULL`); n != 295 {
		t.Errorf("rows flagged with a redacted operation = %d, want 295", n)
	}
	var title, foia, cov string
	if err := s.QueryRow(context.Background(), `SELECT title, foia, strftime(coverage_from, '%Y-%m-%d') || '..' || strftime(coverage_to, '%Y-%m-%d') FROM sources`).Scan(&title, &foia, &cov); err != nil {
		t.Fatal(err)
	}
	if foia != "2019-ICFO-53623" || cov != "2016-10-01..2017-09-30" || !strings.HasPrefix(title, "ERO Administrative Arrests for FY2017") {
		t.Errorf("source: %q %q %q", title, foia, cov)
	}
	problems, rows, err := s.Verify(context.Background())
	if err != nil || len(problems) > 0 || rows != 2834 {
		t.Errorf("verify: %v %v %d", problems, err, rows)
	}
}

func TestReplaceAndFind(t *testing.T) {
	s, _ := newStore(t)
	f := load(t, s, sample("BOS_ICERemovals_FY2016.csv.gz"), false)
	ex, err := s.FindFile(context.Background(), f.SHA256)
	if err != nil || ex == nil || ex.File != "BOS_ICERemovals_FY2016.csv.gz" {
		t.Fatalf("FindFile: %v %v", ex, err)
	}
	before := snapshot(t, s)
	load(t, s, sample("BOS_ICERemovals_FY2016.csv.gz"), true)
	if after := snapshot(t, s); after != before {
		t.Errorf("replace changed the counts:\n%s\n%s", before, after)
	}
	if n := count(t, s, `SELECT count(DISTINCT id) FROM sources`); n != 1 {
		t.Errorf("%d sources after replace, want 1", n)
	}
}

func TestFailedLoadLeavesStoreUnchanged(t *testing.T) {
	s, _ := newStore(t)
	load(t, s, sample("BOS_EROArrests_FY2016.csv.gz"), false)
	before := snapshot(t, s)
	// A parsed workbook whose second table's load file is corrupted after
	// parsing: the first table loads, the second fails, and the whole file
	// must roll back.
	f, err := ingest.Read(sample("2018-ICFO-36170_Seattle_Encounters_Arrests_Removals.xlsx"), ingest.Options{TempDir: t.TempDir()})
	if err != nil {
		t.Fatal(err)
	}
	defer f.Cleanup()
	if err := os.WriteFile(f.Parts[1].RowsPath, []byte("not-a-date\tx\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Load(context.Background(), f, false); err == nil {
		t.Fatal("load of a corrupt part succeeded")
	} else if !strings.Contains(err.Error(), `sheet "FY2018 Encounters"`) {
		t.Errorf("error does not name the sheet: %v", err)
	}
	if after := snapshot(t, s); after != before {
		t.Errorf("failed load changed the store:\n%s\n%s", before, after)
	}
}

func TestSchemaVersionChecked(t *testing.T) {
	s, path := newStore(t)
	if _, err := s.db.Exec(`UPDATE meta SET value = '99' WHERE key = 'schema_version'`); err != nil {
		t.Fatal(err)
	}
	s.Close()
	_, err := Open(path)
	if err == nil || !strings.Contains(err.Error(), "schema version 99") {
		t.Fatalf("err = %v", err)
	}
	// Read-only (its checks are one statement: checkReadOnly).
	if _, err := OpenReadOnly(path); err == nil || !strings.Contains(err.Error(), "schema version 99") {
		t.Fatalf("read-only: err = %v", err)
	}
}

func TestReadQueryRefusesWrites(t *testing.T) {
	s, path := newStore(t)
	load(t, s, sample("BOS_EROArrests_FY2016.csv.gz"), false)
	s.Close()
	ro, err := OpenReadOnly(path)
	if err != nil {
		t.Fatal(err)
	}
	defer ro.Close()
	for _, q := range []string{
		"DELETE FROM arrests",
		"CREATE TABLE x (a INT)",
		"COPY arrests TO '/tmp/icestat-should-not-exist.csv'",
		"SELECT * FROM read_csv('/etc/passwd')",
	} {
		if _, err := ro.ReadQuery(context.Background(), q); err == nil {
			t.Errorf("%q was allowed", q)
		}
	}
	tb, err := ro.ReadQuery(context.Background(), "SELECT count(*) AS n FROM arrests")
	if err != nil || len(tb.Rows) != 1 {
		t.Fatalf("select: %v", err)
	}
	if _, err := os.Stat("/tmp/icestat-should-not-exist.csv"); err == nil {
		t.Error("COPY wrote a file")
	}
}

func TestNotAStore(t *testing.T) {
	p := filepath.Join(t.TempDir(), "x.duckdb")
	os.WriteFile(p, []byte("hello, this is not a database"), 0o644)
	if _, err := Open(p); err == nil || !strings.Contains(err.Error(), p) {
		t.Errorf("err = %v", err)
	}
	if _, err := OpenReadOnly(filepath.Join(t.TempDir(), "missing.duckdb")); err == nil || !strings.Contains(err.Error(), "no store at") {
		t.Errorf("err = %v", err)
	}
}

// TestWriteSettings checks that a writable store runs with the ingest
// settings of bench/README.md (issue 2): a small buffer pool and an
// allocator that returns freed memory.
func TestWriteSettings(t *testing.T) {
	s, _ := newStore(t)
	var limit, bg string
	if err := s.QueryRow(context.Background(), `SELECT current_setting('memory_limit'), current_setting('allocator_background_threads')::VARCHAR`).Scan(&limit, &bg); err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(limit, "244") || bg != "true" {
		t.Errorf("memory_limit=%s (want 256MB = 244.1 MiB), allocator_background_threads=%s", limit, bg)
	}
}

// TestShareCores checks the thread counts an ingest gives DuckDB: one core
// fewer than Go may use while a parser runs beside it, every core otherwise,
// and nothing changed in a read-only store.
func TestShareCores(t *testing.T) {
	s, path := newStore(t)
	cores := runtime.GOMAXPROCS(0)
	threads := func(s *Store) int {
		t.Helper()
		var n int
		if err := s.db.QueryRow(`SELECT current_setting('threads')`).Scan(&n); err != nil {
			t.Fatal(err)
		}
		return n
	}
	for _, tt := range []struct {
		withParser bool
		want       int
	}{
		{true, max(1, cores-1)},
		{false, cores},
		{true, max(1, cores-1)},
	} {
		if err := s.ShareCores(tt.withParser); err != nil {
			t.Fatal(err)
		}
		if got := threads(s); got != tt.want {
			t.Errorf("ShareCores(%v): DuckDB threads = %d, want %d (GOMAXPROCS %d)", tt.withParser, got, tt.want, cores)
		}
	}
	s.Close()
	ro, err := OpenReadOnly(path)
	if err != nil {
		t.Fatal(err)
	}
	before := threads(ro)
	if err := ro.ShareCores(true); err != nil || threads(ro) != before {
		t.Errorf("read-only store: ShareCores changed threads %d -> %d (%v)", before, threads(ro), err)
	}
	// A one-question process (icestat count) runs on its own thread; the
	// default read-only open (a server) keeps DuckDB's one per core.
	ro.Close()
	one, err := OpenReadOnly(path, OneThread())
	if err != nil {
		t.Fatal(err)
	}
	if got := threads(one); got != 1 || before != cores {
		t.Errorf("read-only threads: %d with OneThread, %d without; want 1 and %d", got, before, cores)
	}
	// DuckDB shares a file's database within a process: both opens work
	// whichever comes first (a server's handle and a count in one test).
	again, err := OpenReadOnly(path)
	if err != nil {
		t.Fatalf("a default read-only handle beside a OneThread one: %v", err)
	}
	again.Close()
	one.Close()
	ro, err = OpenReadOnly(path)
	if err != nil {
		t.Fatal(err)
	}
	defer ro.Close()
	joined, err := OpenReadOnly(path, OneThread())
	if err != nil {
		t.Fatalf("OneThread beside an open handle: %v", err)
	}
	joined.Close()
}
