package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"github.com/icestat/icestat/internal/canon"
	"github.com/icestat/icestat/internal/table"
)

// collect reads all rows into a table.
func collect(rows *sql.Rows) (*table.Table, error) {
	defer rows.Close()
	cols, err := rows.Columns()
	if err != nil {
		return nil, err
	}
	t := &table.Table{Columns: cols}
	for rows.Next() {
		vals := make([]any, len(cols))
		ptrs := make([]any, len(cols))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		if err := rows.Scan(ptrs...); err != nil {
			return nil, err
		}
		t.Rows = append(t.Rows, vals)
	}
	return t, rows.Err()
}

// ReadQuery runs one user-written SQL statement. Only a single SELECT is
// accepted, checked on DuckDB's own parse of the text, and
// the store is open read-only with external file access off, so nothing can
// be written whatever the text says.
func (s *Store) ReadQuery(ctx context.Context, q string) (*table.Table, error) {
	t, _, err := s.ReadQueryTables(ctx, q, nil)
	return t, err
}

// ReadQueryTables is ReadQuery that also offers the counted views and says
// which tables and views the statement reads. counted maps a dataset to the
// condition of its `<dataset>_counted` view — the rows `icestat count`
// would use, one source per dataset, place and period — built by package
// query from the stored sources' own values (ids, AOR codes, dates), never
// from user text; the views are temporary, defined on the statement's
// connection, so they always follow the sources stored.
func (s *Store) ReadQueryTables(ctx context.Context, q string, counted map[string]string) (_ *table.Table, _ []string, err error) {
	defer func() { err = asDamaged(s.path, err) }()
	if !s.readOnly {
		return nil, nil, fmt.Errorf("internal error: ReadQuery needs a read-only store")
	}
	conn, err := s.db.Conn(ctx)
	if err != nil {
		return nil, nil, err
	}
	defer conn.Close()
	for _, ds := range canon.Datasets {
		cond, ok := counted[ds]
		if !ok {
			continue
		}
		if _, err := conn.ExecContext(ctx, fmt.Sprintf("CREATE OR REPLACE TEMP VIEW %s AS SELECT * FROM %s WHERE %s", quoteIdent(ds+"_counted"), quoteIdent(ds), cond)); err != nil {
			return nil, nil, fmt.Errorf("defining the view %s_counted: %w", ds, err)
		}
	}
	// Parse without executing: DuckDB's json_serialize_sql accepts only
	// SELECT statements and lists every statement of the text. Preparing the
	// text instead would run all but its last statement.
	var parsed string
	if err := conn.QueryRowContext(ctx, "SELECT CAST(json_serialize_sql(?::VARCHAR) AS VARCHAR)", q).Scan(&parsed); err != nil {
		return nil, nil, err
	}
	var tree struct {
		Error      bool              `json:"error"`
		Message    string            `json:"error_message"`
		Statements []json.RawMessage `json:"statements"`
	}
	if err := json.Unmarshal([]byte(parsed), &tree); err != nil {
		return nil, nil, fmt.Errorf("internal error: reading the parse of the query: %w", err)
	}
	if tree.Error {
		if strings.Contains(tree.Message, "Only SELECT") {
			return nil, nil, fmt.Errorf("the store is read-only here: only a single SELECT statement is allowed")
		}
		return nil, nil, fmt.Errorf("%s", tree.Message)
	}
	if len(tree.Statements) != 1 {
		return nil, nil, fmt.Errorf("the store is read-only here: only a single SELECT statement is allowed (got %d statements)", len(tree.Statements))
	}
	rows, err := conn.QueryContext(ctx, q)
	if err != nil {
		if strings.Contains(err.Error(), "disabled by configuration") || strings.Contains(err.Error(), "Permission Error") {
			return nil, nil, fmt.Errorf("reading or writing other files is not allowed here (%v)", err)
		}
		return nil, nil, err
	}
	t, err := collect(rows)
	if err != nil {
		return nil, nil, err
	}
	var tree2 any
	_ = json.Unmarshal([]byte(parsed), &tree2)
	return t, tableNames(tree2, nil), nil
}

// tableNames lists the base tables and views a parsed statement reads
// (the "table_name" of its BASE_TABLE nodes).
func tableNames(node any, out []string) []string {
	switch n := node.(type) {
	case map[string]any:
		if n["type"] == "BASE_TABLE" {
			if name, ok := n["table_name"].(string); ok {
				name = strings.ToLower(name)
				found := false
				for _, x := range out {
					found = found || x == name
				}
				if !found {
					out = append(out, name)
				}
			}
		}
		for _, v := range n {
			out = tableNames(v, out)
		}
	case []any:
		for _, v := range n {
			out = tableNames(v, out)
		}
	}
	return out
}

// Sources lists stored files and sheets. brief keeps the columns that fit a
// terminal.
func (s *Store) Sources(ctx context.Context, brief bool) (_ *table.Table, err error) {
	defer func() { err = asDamaged(s.path, err) }()
	rel := s.releaseExpr(ctx)
	skipped := s.sourcesExpr(ctx, "rows_skipped", "BIGINT")
	q := `SELECT id, file, sha256, dataset, sheet, title, foia, ` + rel + ` AS release, scope, subset, format, size, header_row,
	    rows_read, rows_stored, rows_rejected, ` + skipped + ` AS rows_skipped, ` + s.sourcesExpr(ctx, "skip_reasons", "VARCHAR") + ` AS skip_reasons,
	    values_rejected, redacted_cells, ` + s.sourcesExpr(ctx, "merged_filled", "BIGINT") + ` AS merged_filled,
	    coverage_from, coverage_to, coverage_basis, data_from, data_to, skipped, ingested_at, 'records' AS kind, 1 AS k
	  FROM sources`
	if brief {
		q = `SELECT id, file, coalesce(sheet, '') AS sheet, coalesce(dataset, '(skipped)') AS dataset,
		    coalesce(` + rel + `, foia, '') AS release, rows_stored, ` + skipped + ` AS rows_skipped, values_rejected AS rejected_values, redacted_cells, coverage_from, coverage_to,
		    coalesce(scope, 'national') AS scope, left(sha256, 12) AS sha256, 'records' AS kind, 1 AS k
		  FROM sources`
	}
	// The other kinds of file `icestat ingest` stores are listed with the
	// record sources: detention-statistics editions and the daily facility
	// populations (columns they lack are NULL).
	sha := "sha256"
	if brief {
		sha = "left(sha256, 12)"
	}
	if ok, err := s.tableExists(ctx, "detstats_editions"); err != nil {
		return nil, err
	} else if ok {
		q += ` UNION ALL BY NAME SELECT id, file, '(detention statistics)' AS dataset, edition_date AS coverage_from, edition_date AS coverage_to,
		    ` + sha + ` AS sha256, 'detention statistics' AS kind, 2 AS k FROM detstats_editions`
	}
	if ok, err := s.tableExists(ctx, "facility_population_source"); err != nil {
		return nil, err
	} else if ok {
		q += ` UNION ALL BY NAME SELECT file, '(facility population)' AS dataset, (SELECT count(*) FROM facility_population) AS rows_stored,
		    (SELECT min(date) FROM facility_population) AS coverage_from, (SELECT max(date) FROM facility_population) AS coverage_to,
		    ` + sha + ` AS sha256, 'facility population' AS kind, 3 AS k FROM facility_population_source`
	}
	q = `SELECT * EXCLUDE (k) FROM (` + q + `) ORDER BY k, id`
	rows, err := s.db.QueryContext(ctx, q)
	if err != nil {
		return nil, err
	}
	return collect(rows)
}

// SourceInfo is what the query layer needs to know of a stored source.
type SourceInfo struct {
	ID           int64
	File         string
	Sheet        string
	SHA256       string
	Dataset      string
	Title        string
	FOIA         string
	Release      string // release tag (--release, else the FOIA number); "" when unknown
	Scope        string // AOR code, "" for national
	Subset       string
	CoverageFrom time.Time
	CoverageTo   time.Time
	HasCoverage  bool
	FYFromTitle  int
	RowsStored   int64
	Redacted     int64
}

// SourceInfos lists the stored (not skipped) sources in id order.
func (s *Store) SourceInfos(ctx context.Context) ([]SourceInfo, error) {
	// Every record count asks for the sources first (a checked article
	// about a hundred times): on a read-only store the statement is
	// prepared once, as Table's are.
	q := `SELECT id, file, coalesce(sheet, ''), sha256, dataset, coalesce(title, ''),
		coalesce(foia, ''), coalesce(` + s.releaseExpr(ctx) + `, foia, ''), coalesce(scope, ''), coalesce(subset, ''), coverage_from, coverage_to,
		coalesce(fy_from_title, 0), rows_stored, coalesce(redacted_cells, 0)
		FROM sources WHERE skipped IS NULL AND dataset IS NOT NULL ORDER BY id`
	s.statements.Add(1)
	var rows *sql.Rows
	var err error
	if st := s.prepared(ctx, q); st != nil {
		rows, err = st.QueryContext(ctx)
	} else {
		rows, err = s.db.QueryContext(ctx, q)
	}
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []SourceInfo
	for rows.Next() {
		var si SourceInfo
		var from, to sql.NullTime
		if err := rows.Scan(&si.ID, &si.File, &si.Sheet, &si.SHA256, &si.Dataset, &si.Title, &si.FOIA, &si.Release, &si.Scope, &si.Subset,
			&from, &to, &si.FYFromTitle, &si.RowsStored, &si.Redacted); err != nil {
			return nil, err
		}
		if from.Valid && to.Valid {
			si.CoverageFrom, si.CoverageTo, si.HasCoverage = from.Time, to.Time, true
		}
		out = append(out, si)
	}
	return out, rows.Err()
}

// Table runs a parameterised statement built by icestat (never user text)
// and returns its rows.
//
// On a read-only store (whose schema cannot change under it) each statement
// is prepared once and kept: icestat asks the same few statements with
// other values many times (a checked article asks about a hundred), and
// DuckDB's parse and prepare were a sixth of the CPU time of a check
// (BenchmarkCheckArticle profile, bench/README.md).
func (s *Store) Table(ctx context.Context, q string, args ...any) (_ *table.Table, err error) {
	defer func() { err = asDamaged(s.path, err) }()
	s.statements.Add(1)
	var rows *sql.Rows
	if st := s.prepared(ctx, q); st != nil {
		rows, err = st.QueryContext(ctx, args...)
	} else {
		rows, err = s.db.QueryContext(ctx, q, args...)
	}
	if err != nil {
		return nil, classify(err)
	}
	t, err := collect(rows)
	return t, classify(err)
}

// Kept is Table for a statement whose answer is a small table read again
// and again (the list of published detention tables of a kind, one
// table's values): on a read-only store, which nothing can write while it
// is open (DuckDB locks the file against writers), each answer is read
// once and kept for the life of the store. A profile of the claims
// package's stress pages had 55 % of their time in such reads
// (bench/README.md, "Published tables read once"). On a writable store it
// is Table. The returned table is shared: callers must not modify it.
func (s *Store) Kept(ctx context.Context, q string, args ...any) (*table.Table, error) {
	if !s.readOnly {
		return s.Table(ctx, q, args...)
	}
	key := q + "\x00" + fmt.Sprintf("%#v", args)
	s.keptMu.Lock()
	t, ok := s.kept[key]
	s.keptMu.Unlock()
	if ok {
		return t, nil
	}
	t, err := s.Table(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	s.keptMu.Lock()
	defer s.keptMu.Unlock()
	if s.kept == nil {
		s.kept = map[string]*table.Table{}
	}
	if len(s.kept) < maxKept {
		s.kept[key] = t
	}
	return t, nil
}

// maxKept bounds the answers Kept keeps per store: the shared data's 200
// editions print about 2,000 tables.
const maxKept = 8192

// maxPrepared bounds the statements kept per store.
const maxPrepared = 256

// prepared is the kept statement for q on a read-only store, nil otherwise
// (or when preparing fails: the caller runs q directly and reports its
// error).
func (s *Store) prepared(ctx context.Context, q string) *sql.Stmt {
	if !s.readOnly {
		return nil
	}
	s.stmtMu.Lock()
	defer s.stmtMu.Unlock()
	if st, ok := s.stmts[q]; ok {
		return st
	}
	if len(s.stmts) >= maxPrepared {
		return nil
	}
	st, err := s.db.PrepareContext(ctx, q)
	if err != nil {
		return nil
	}
	if s.stmts == nil {
		s.stmts = map[string]*sql.Stmt{}
	}
	s.stmts[q] = st
	return st
}
