package store

import (
	"database/sql"
	"fmt"
	"net/url"
	"strings"

	"github.com/icestat/icestat/internal/ingest"
)

// Parquet path. DuckDB only decodes the file: every column is cast to text
// (DATE as YYYY-MM-DD, TIMESTAMP as YYYY-MM-DD hh:mm:ss, NULL as an empty
// cell) and handed to package ingest as rows of cells, header row first,
// through ingest.RowSource. Finding the header, inferring the dataset,
// mapping the columns and normalising every value then run in the same pure
// Go code as for CSV and xlsx, so a cleaned export read from Parquet and
// from CSV gives identical rows and rejects. The alternative — converting
// Parquet to the load format in DuckDB SQL — would have duplicated the
// normaliser's rules (dates, redaction markers, AOR names) in SQL.
//
// The reader uses its own in-memory DuckDB, never the store, and reads
// exactly one file named by the user (no globbing: the path is quoted as a
// literal and must not contain a wildcard).

func init() { ingest.RegisterParquet(OpenParquetRows) }

type parquetRows struct {
	db     *sql.DB
	rows   *sql.Rows
	header []string
	cells  []string
	vals   []sql.NullString
	ptrs   []any
	num    int
	err    error
}

// OpenParquetRows opens a Parquet file as an ingest.RowSource.
func OpenParquetRows(path string) (ingest.RowSource, error) {
	for _, c := range path {
		if c == '*' || c == '?' || c == '[' {
			return nil, fmt.Errorf("a Parquet path must name one file (no wildcards)")
		}
	}
	db, err := openMemory()
	if err != nil {
		return nil, err
	}
	rows, err := db.Query(`SELECT COLUMNS(*)::VARCHAR FROM read_parquet(` + sqlString(path) + `)`)
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("reading Parquet: %w", err)
	}
	cols, err := rows.Columns()
	if err != nil {
		rows.Close()
		db.Close()
		return nil, err
	}
	r := &parquetRows{db: db, rows: rows, header: cols, vals: make([]sql.NullString, len(cols)), ptrs: make([]any, len(cols)), cells: make([]string, len(cols))}
	for i := range r.vals {
		r.ptrs[i] = &r.vals[i]
	}
	return r, nil
}

func (r *parquetRows) Next() bool {
	if r.err != nil {
		return false
	}
	r.num++
	if r.num == 1 {
		copy(r.cells, r.header)
		return true
	}
	if !r.rows.Next() {
		r.err = r.rows.Err()
		return false
	}
	if err := r.rows.Scan(r.ptrs...); err != nil {
		r.err = fmt.Errorf("row %d: %w", r.num, err)
		return false
	}
	for i, v := range r.vals {
		r.cells[i] = v.String // "" when NULL
		// One rule with the text path (textfile): a NUL byte in a value
		// refuses the file, naming row and column; no release holds one.
		if strings.IndexByte(v.String, 0) >= 0 {
			r.err = fmt.Errorf("row %d, column %d (%s): NUL byte in text", r.num, i+1, r.header[i])
			return false
		}
	}
	return true
}

func (r *parquetRows) RowNum() int      { return r.num }
func (r *parquetRows) Cells() []string  { return r.cells }
func (r *parquetRows) Numeric(int) bool { return false }
func (r *parquetRows) Err() error       { return r.err }
func (r *parquetRows) Close() error {
	r.rows.Close()
	return r.db.Close()
}

// ParquetColumns returns the column names of a Parquet file (one file, no
// wildcards), read from its footer by an in-memory DuckDB.
func ParquetColumns(path string) ([]string, error) {
	if strings.ContainsAny(path, "*?[") {
		return nil, fmt.Errorf("a Parquet path must name one file (no wildcards)")
	}
	db, err := openMemory()
	if err != nil {
		return nil, err
	}
	defer db.Close()
	rows, err := db.Query(`SELECT column_name FROM (DESCRIBE SELECT * FROM read_parquet(` + sqlString(path) + `))`)
	if err != nil {
		return nil, fmt.Errorf("%s: reading the Parquet schema: %w", path, err)
	}
	defer rows.Close()
	var cols []string
	for rows.Next() {
		var c string
		if err := rows.Scan(&c); err != nil {
			return nil, err
		}
		cols = append(cols, c)
	}
	return cols, rows.Err()
}

// CSVToParquet writes a CSV file (header row, types detected by DuckDB's
// reader: DATE, TIMESTAMP, BIGINT, DOUBLE, BOOLEAN, VARCHAR) as Parquet,
// for test and benchmark generators that write files in the layout of
// Parquet releases. Both paths are icestat's own (never user text).
func CSVToParquet(csvPath, parquetPath string) error {
	for _, p := range []string{csvPath, parquetPath} {
		if strings.ContainsAny(p, "*?[") {
			return fmt.Errorf("%s: a path must name one file (no wildcards)", p)
		}
	}
	opts := url.Values{}
	for k, v := range dsnOptions {
		opts[k] = v
	}
	db, err := sql.Open("duckdb", "?"+opts.Encode())
	if err != nil {
		return err
	}
	defer db.Close()
	if _, err := db.Exec(`COPY (SELECT * FROM read_csv(` + sqlString(csvPath) + `, header=true, sample_size=-1)) TO ` + sqlString(parquetPath) + ` (FORMAT parquet)`); err != nil {
		return fmt.Errorf("writing %s: %w", parquetPath, err)
	}
	return nil
}

// openMemory opens an in-memory DuckDB with the store's connection options
// (no extension downloads) and UTC as its time zone, for reading files
// outside a store.
func openMemory(ropts ...ReadOption) (*sql.DB, error) {
	opts := url.Values{}
	for k, v := range dsnOptions {
		opts[k] = v
	}
	db, err := sql.Open("duckdb", "?"+opts.Encode())
	if err != nil {
		return nil, err
	}
	if err := utcTimeZone(db); err != nil {
		db.Close()
		return nil, err
	}
	for _, o := range ropts {
		if err := o(db); err != nil {
			db.Close()
			return nil, err
		}
	}
	return db, nil
}
