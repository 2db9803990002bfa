package store

import (
	"database/sql"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/icestat/icestat/internal/ingest"
)

// TestParquetMatchesCSV: a cleaned export as Parquet gives the same parts,
// counts and load rows as the same export as CSV. The Parquet file is
// written here by DuckDB from the cleaned arrests fixture (real rows of the
// 2025-ICLI-00019 release, see testdata/modern/make_fixtures.sh), with the
// date column typed DATE as the Deportation Data Project's exports type it.
func TestParquetMatchesCSV(t *testing.T) {
	csvPath, err := filepath.Abs(filepath.Join("..", "..", "testdata", "modern", "clean_2025-ICLI-00019_arrests.csv"))
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	pq := filepath.Join(dir, "2025-ICLI-00019_arrests.parquet")
	db, err := sql.Open("duckdb", "")
	if err != nil {
		t.Fatal(err)
	}
	_, err = db.Exec(`COPY (SELECT * REPLACE (CAST(apprehension_date AS DATE) AS apprehension_date) FROM read_csv(` + sqlString(csvPath) + `, all_varchar=true))
		TO ` + sqlString(pq) + ` (FORMAT parquet)`)
	db.Close()
	if err != nil {
		t.Fatal(err)
	}
	a, err := ingest.Read(csvPath, ingest.Options{TempDir: dir})
	if err != nil {
		t.Fatal(err)
	}
	defer a.Cleanup()
	b, err := ingest.Read(pq, ingest.Options{TempDir: dir})
	if err != nil {
		t.Fatal(err)
	}
	defer b.Cleanup()
	pa, pb := a.Parts[0], b.Parts[0]
	// tail -n +2 clean_2025-ICLI-00019_arrests.csv | wc -l → 47
	if b.Format != "parquet" || pb.Dataset != "arrests" || pb.RowsStored != 47 || pb.Release != "2025-ICLI-00019" {
		t.Fatalf("parquet: format %s dataset %s rows %d release %q", b.Format, pb.Dataset, pb.RowsStored, pb.Release)
	}
	if strings.Join(pa.Columns, ",") != strings.Join(pb.Columns, ",") || pa.ValuesRejected != pb.ValuesRejected {
		t.Fatalf("columns or rejects differ:\n%v %d\n%v %d", pa.Columns, pa.ValuesRejected, pb.Columns, pb.ValuesRejected)
	}
	ra, _ := os.ReadFile(pa.RowsPath)
	rb, _ := os.ReadFile(pb.RowsPath)
	if string(ra) != string(rb) {
		t.Errorf("load rows differ between CSV and Parquet")
	}
	// And it loads.
	s, err := Open(filepath.Join(dir, "p.duckdb"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if _, err := s.Load(t.Context(), b, false); err != nil {
		t.Fatal(err)
	}
}

func TestParquetRefusesWildcards(t *testing.T) {
	if _, err := OpenParquetRows("/tmp/*.parquet"); err == nil {
		t.Error("a wildcard path was accepted")
	}
}
