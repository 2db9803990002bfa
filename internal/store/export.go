package store

import (
	"context"
	"database/sql"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/icestat/icestat/internal/canon"
)

// Partition is one file of an export.
type Partition struct {
	Dataset string `json:"dataset"`
	FY      *int   `json:"fy"`
	Path    string `json:"path"`
	Rows    int64  `json:"rows"`
}

// ExportTables are the bookkeeping tables written beside the datasets.
var ExportTables = []string{"sources", "rejects", "redactions"}

// OpenForExport opens a store read-only but able to write files, which
// `icestat export` needs and nothing else gets.
func OpenForExport(path string) (*Store, error) {
	if _, err := os.Stat(path); err != nil {
		return nil, fmt.Errorf("no store at %s: %w", path, err)
	}
	opts := url.Values{}
	for k, v := range dsnOptions {
		opts[k] = v
	}
	opts.Set("access_mode", "read_only")
	db, err := sql.Open("duckdb", path+"?"+opts.Encode())
	if err != nil {
		return nil, storeErr(path, err)
	}
	s := &Store{db: db, path: path, readOnly: true}
	if _, err := s.checkSchema(); err != nil {
		db.Close()
		return nil, err
	}
	return s, nil
}

// Export writes the dataset tables as a Hive-partitioned dataset
// (DIR/dataset=arrests/fy=2018/part-0.parquet) and the bookkeeping tables
// beside them (DIR/sources.parquet, ...). Rows are written in source and
// row order with one writer per partition, so exporting unchanged data
// again gives byte-identical files. format is "parquet" (zstd) or "csv".
func (s *Store) Export(ctx context.Context, dir, format string) ([]Partition, error) {
	var opts, ext string
	switch format {
	case "parquet":
		opts, ext = "FORMAT parquet, COMPRESSION zstd", "parquet"
	case "csv":
		opts, ext = "FORMAT csv, HEADER true", "csv"
	default:
		return nil, fmt.Errorf("unknown export format %q (want parquet or csv)", format)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	conn, err := s.db.Conn(ctx)
	if err != nil {
		return nil, err
	}
	defer conn.Close()
	// One thread: DuckDB's parallel Parquet writer cuts row groups
	// differently from run to run, which would break byte-identical exports.
	if _, err := conn.ExecContext(ctx, "SET threads = 1"); err != nil {
		return nil, err
	}
	var parts []Partition
	for _, d := range canon.Datasets {
		target := filepath.Join(dir, "dataset="+d)
		if err := os.RemoveAll(target); err != nil {
			return nil, err
		}
		var n int64
		if err := conn.QueryRowContext(ctx, "SELECT count(*) FROM "+d).Scan(&n); err != nil {
			return nil, err
		}
		if n == 0 {
			continue
		}
		q := fmt.Sprintf(`COPY (SELECT * FROM %s ORDER BY source_id, source_row) TO %s (%s, PARTITION_BY (fy), FILENAME_PATTERN 'part-{i}', OVERWRITE_OR_IGNORE true)`,
			d, sqlString(target), opts)
		if _, err := conn.ExecContext(ctx, q); err != nil {
			return nil, fmt.Errorf("exporting %s: %w", d, err)
		}
		rows, err := conn.QueryContext(ctx, fmt.Sprintf("SELECT fy, count(*) FROM %s GROUP BY fy ORDER BY fy NULLS LAST", d))
		if err != nil {
			return nil, err
		}
		for rows.Next() {
			var fy sql.NullInt64
			var c int64
			rows.Scan(&fy, &c)
			p := Partition{Dataset: d, Rows: c}
			sub := "fy=NULL"
			if fy.Valid {
				y := int(fy.Int64)
				p.FY = &y
				sub = fmt.Sprintf("fy=%d", y)
			}
			files, _ := filepath.Glob(filepath.Join(target, sub, "part-*."+ext))
			sort.Strings(files)
			if len(files) > 0 {
				rel, _ := filepath.Rel(dir, files[0])
				p.Path = filepath.ToSlash(rel)
			}
			parts = append(parts, p)
		}
		rows.Close()
	}
	for _, t := range ExportTables {
		q := fmt.Sprintf(`COPY (SELECT * FROM %s ORDER BY ALL) TO %s (%s)`, t, sqlString(filepath.Join(dir, t+"."+ext)), opts)
		if _, err := conn.ExecContext(ctx, q); err != nil {
			return nil, fmt.Errorf("exporting %s: %w", t, err)
		}
	}
	return parts, nil
}

// OpenData opens an exported dataset directory read-only: an in-memory
// DuckDB whose tables are views over the export's files, with file access
// limited to that directory. The query engine runs over it unchanged, so any
// number of stateless replicas can serve one export from a shared disk.
func OpenData(dir string, opts ...ReadOption) (*Store, error) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return nil, err
	}
	if _, err := os.Stat(filepath.Join(abs, "sources.parquet")); err != nil {
		return nil, fmt.Errorf("%s is not an icestat Parquet export (no sources.parquet): run `icestat export --format parquet --out %s`", dir, dir)
	}
	db, err := openMemory(opts...)
	if err != nil {
		return nil, err
	}
	s := &Store{db: db, path: abs, readOnly: true}
	var stmts []string
	for _, t := range ExportTables {
		stmts = append(stmts, fmt.Sprintf("CREATE VIEW %s AS SELECT * FROM read_parquet(%s)", t, sqlString(filepath.Join(abs, t+".parquet"))))
	}
	for _, d := range canon.Datasets {
		glob := filepath.Join(abs, "dataset="+d, "*", "*.parquet")
		if m, _ := filepath.Glob(glob); len(m) == 0 {
			// An empty dataset: an empty view with the canonical columns.
			stmts = append(stmts, datasetView(d, nil))
			continue
		}
		// Columns an older export lacks read as NULL, so replicas keep
		// working across additive schema changes.
		have := map[string]bool{}
		rows, err := db.Query(fmt.Sprintf("SELECT column_name FROM (DESCRIBE SELECT * FROM read_parquet(%s, hive_partitioning = true))", sqlString(glob)))
		if err != nil {
			db.Close()
			return nil, fmt.Errorf("opening export %s: %w", dir, err)
		}
		for rows.Next() {
			var c string
			rows.Scan(&c)
			have[c] = true
		}
		rows.Close()
		var cols []string
		for _, c := range canon.Columns {
			switch {
			case c.Name == "fy":
				cols = append(cols, "CAST(fy AS INTEGER) AS fy")
			case have[c.Name]:
				cols = append(cols, quoteIdent(c.Name))
			default:
				cols = append(cols, fmt.Sprintf("CAST(NULL AS %s) AS %s", c.Kind.SQLType(), quoteIdent(c.Name)))
			}
		}
		cols = append(cols, canon.ColRedacted, canon.ColExtra, canon.ColSourceID, canon.ColSourceRow)
		stmts = append(stmts, fmt.Sprintf("CREATE VIEW %s AS SELECT %s FROM read_parquet(%s, hive_partitioning = true)",
			d, strings.Join(cols, ", "), sqlString(glob)))
	}
	stmts = append(stmts,
		fmt.Sprintf("SET allowed_directories = [%s]", sqlString(abs)),
		"SET enable_external_access = false",
		"SET lock_configuration = true")
	for _, q := range stmts {
		if _, err := db.Exec(q); err != nil {
			db.Close()
			return nil, fmt.Errorf("opening export %s: %w", dir, err)
		}
	}
	return s, nil
}
