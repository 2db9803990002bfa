package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"os"
	"slices"
	"strings"
	"time"

	"github.com/icestat/icestat/internal/canon"
	"github.com/icestat/icestat/internal/ingest"
)

// Existing describes a stored file found by hash or name.
type Existing struct {
	File   string
	SHA256 string
}

// FindFile returns the stored files with this SHA-256 (the same content,
// whatever its name).
func (s *Store) FindFile(ctx context.Context, sha string) (*Existing, error) {
	var e Existing
	err := s.db.QueryRowContext(ctx, `SELECT file, sha256 FROM sources WHERE sha256 = ? LIMIT 1`, sha).Scan(&e.File, &e.SHA256)
	if err == sql.ErrNoRows {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	return &e, nil
}

// LoadResult says what a load stored.
type LoadResult struct {
	Replaced []string // files removed by --replace
	IDs      []int64  // source ids of the parts, in order
}

// Load stores a parsed file in one transaction: its sources rows, its
// canonical rows, rejects and redaction counts. If anything fails the
// transaction is rolled back and the store is exactly as before. With
// replace, stored files of the same content or the same name are removed in
// the same transaction.
func (s *Store) Load(ctx context.Context, f *ingest.File, replace bool) (_ *LoadResult, err error) {
	// A damaged block met while loading gives the damaged-store message.
	defer func() { err = asDamaged(s.path, err) }()
	if s.readOnly {
		return nil, fmt.Errorf("store %s is open read-only", s.path)
	}
	conn, err := s.db.Conn(ctx)
	if err != nil {
		return nil, err
	}
	defer conn.Close()
	if lim := hugeLineMemoryLimit(f); lim > 0 {
		// DuckDB's CSV reader needs buffers of several times max_line_size,
		// more than the small WriteMemoryLimit, for a file with huge cells.
		if _, err := conn.ExecContext(ctx, fmt.Sprintf("SET memory_limit = '%dB'", lim)); err != nil {
			return nil, err
		}
		defer conn.ExecContext(context.Background(), "SET memory_limit = "+sqlString(WriteMemoryLimit))
	}
	tx, err := conn.BeginTx(ctx, nil)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	res := &LoadResult{}
	if replace {
		if res.Replaced, err = removeFile(ctx, tx, f.SHA256, f.Name); err != nil {
			return nil, err
		}
	}
	ids, err := storeParts(ctx, tx, f, time.Now().UTC())
	if err != nil {
		return nil, err
	}
	res.IDs = ids
	if err := tx.Commit(); err != nil {
		return nil, fmt.Errorf("%s: commit: %w%s", f.Path, err, diskFullHint(err))
	}
	return res, nil
}

// diskFullHint explains DuckDB's out-of-space error: the transaction was
// rolled back, so only space is needed.
func diskFullHint(err error) string {
	if err != nil && strings.Contains(err.Error(), "No space left on device") {
		return " (the file system holding the store is full: the file was not stored; free space and ingest it again)"
	}
	return ""
}

func removeFile(ctx context.Context, tx *sql.Tx, sha, name string) ([]string, error) {
	rows, err := tx.QueryContext(ctx, `SELECT DISTINCT file FROM sources WHERE sha256 = ? OR file = ?`, sha, name)
	if err != nil {
		return nil, err
	}
	var files []string
	for rows.Next() {
		var f string
		rows.Scan(&f)
		files = append(files, f)
	}
	rows.Close()
	sel := `(SELECT id FROM sources WHERE sha256 = ? OR file = ?)`
	cat, err := readCatalog(ctx, tx)
	if err != nil {
		return nil, err
	}
	var tables []string
	for _, d := range canon.Datasets {
		tables = append(tables, cat.datasets[d]...)
	}
	for _, t := range append(tables, "rejects", "redactions") {
		if _, err := tx.ExecContext(ctx, `DELETE FROM `+t+` WHERE source_id IN `+sel, sha, name); err != nil {
			return nil, err
		}
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM sources WHERE sha256 = ? OR file = ?`, sha, name); err != nil {
		return nil, err
	}
	return files, nil
}

// sqlString quotes a literal for the few places DuckDB takes no parameter
// (table-function file paths). Only paths icestat created go through it.
func sqlString(s string) string { return "'" + strings.ReplaceAll(s, "'", "''") + "'" }

func nullDay(ok bool, d canon.Day) any {
	if !ok {
		return nil
	}
	return d.Time()
}

func nullString(s string) any {
	if s == "" {
		return nil
	}
	return s
}

// storeParts writes the sources rows, canonical rows, rejects and redaction
// counts of every part of a file with as few statements as it can: one
// multi-row INSERT for the sources rows, one INSERT … read_csv per dataset
// and column list (a workbook's sheets of one dataset load together, each row
// taking its sheet's source id from the load file's name), one for all
// rejects (none when no part has any) and one for the redaction counts.
// DuckDB's fixed cost per statement, tens of milliseconds for an INSERT from
// read_csv into a persistent table, used to dominate workbooks of many small
// sheets (bench/README.md). It returns the parts' source ids, in order.
func storeParts(ctx context.Context, tx *sql.Tx, f *ingest.File, now time.Time) ([]int64, error) {
	if len(f.Parts) == 0 {
		return nil, nil
	}
	ids, err := nextIDs(ctx, tx, len(f.Parts))
	if err != nil {
		return nil, err
	}
	var groups [][]int // stored parts loaded by one statement, by part index
	byKey := map[string]int{}
	var withRejects []int
	for i, p := range f.Parts {
		if p.Skipped != "" {
			continue
		}
		if !canon.IsDataset(p.Dataset) {
			return nil, fmt.Errorf("%s: storing: unknown dataset %q", partWhere(f, p), p.Dataset)
		}
		key := fmt.Sprintf("%s\x00%s\x00%t", p.Dataset, strings.Join(p.Columns, ","), p.MaxLine >= bigLine)
		g, ok := byKey[key]
		if !ok {
			g = len(groups)
			byKey[key] = g
			groups = append(groups, nil)
		}
		groups[g] = append(groups[g], i)
		if fi, err := os.Stat(p.RejectsPath); err != nil || fi.Size() > 0 {
			withRejects = append(withRejects, i)
		}
	}
	fail := func(parts []int, err error) error {
		p := f.Parts[parts[0]]
		for _, i := range parts {
			if q := f.Parts[i]; strings.Contains(err.Error(), q.RowsPath) || strings.Contains(err.Error(), q.RejectsPath) {
				p = q
				break
			}
		}
		return fmt.Errorf("%s: storing: %w%s", partWhere(f, p), err, diskFullHint(err))
	}
	all := make([]int, len(f.Parts))
	for i := range all {
		all[i] = i
	}
	if err := insertSources(ctx, tx, f, ids, now); err != nil {
		return nil, fail(all, err)
	}
	for _, g := range groups {
		if err := loadRows(ctx, tx, f, g, ids); err != nil {
			return nil, fail(g, err)
		}
	}
	if len(withRejects) > 0 {
		if err := loadRejects(ctx, tx, f, withRejects, ids); err != nil {
			return nil, fail(withRejects, err)
		}
	}
	if err := insertRedactions(ctx, tx, f, ids); err != nil {
		return nil, fail(all, err)
	}
	return ids, nil
}

// hugeLineMemoryLimit is the memory limit a file with huge load-file lines
// needs while it loads (at least 1 GB, the limit before it was lowered), or 0
// when WriteMemoryLimit will do.
func hugeLineMemoryLimit(f *ingest.File) int64 {
	maxLine := 0
	for _, p := range f.Parts {
		maxLine = max(maxLine, p.MaxLine)
	}
	if maxLine < bigLine {
		return 0
	}
	return max(1<<30, 16*(2*int64(maxLine)+(2<<20)))
}

// bigLine is the load-file line length from which DuckDB's max_line_size is
// raised (which slows its reader down 2.5x, so only for files that need it).
const bigLine = 1 << 20

func partWhere(f *ingest.File, p *ingest.Part) string {
	if p.Sheet != "" {
		return fmt.Sprintf("%s: sheet %q", f.Path, p.Sheet)
	}
	return f.Path
}

// nextIDs draws n source ids from the sequence in one statement.
func nextIDs(ctx context.Context, tx *sql.Tx, n int) ([]int64, error) {
	rows, err := tx.QueryContext(ctx, `SELECT nextval('source_ids') FROM range(?)`, n)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var ids []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		ids = append(ids, id)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	if len(ids) != n {
		return nil, fmt.Errorf("drew %d source ids, want %d", len(ids), n)
	}
	slices.Sort(ids)
	return ids, nil
}

// sourcesCols is the number of columns of sources: sourcesDDL's 30 and the
// four of addedColumns (release.go).
const sourcesCols = 34

func insertSources(ctx context.Context, tx *sql.Tx, f *ingest.File, ids []int64, now time.Time) error {
	var q strings.Builder
	q.WriteString(`INSERT INTO sources VALUES `)
	ph := "(" + strings.TrimSuffix(strings.Repeat("?,", sourcesCols), ",") + ")"
	args := make([]any, 0, sourcesCols*len(f.Parts))
	for i, p := range f.Parts {
		if i > 0 {
			q.WriteString(", ")
		}
		q.WriteString(ph)
		var cols []byte
		if len(p.Headers) > 0 {
			m := make([][2]string, len(p.Headers))
			for i, h := range p.Mapping.Headers {
				m[i][0] = h
				if t := p.Mapping.Target[i]; t >= 0 {
					m[i][1] = canon.Columns[t].Name
				} else {
					m[i][1] = "extra"
				}
			}
			cols, _ = json.Marshal(m)
		}
		var redacted int64
		for _, r := range p.Redactions {
			redacted += r.Count
		}
		var fyTitle any
		if p.FYFromTitle > 0 {
			fyTitle = p.FYFromTitle
		}
		var skips any
		if len(p.Skips) > 0 {
			b, _ := json.Marshal(p.Skips) // keys sorted: the same file gives the same text
			skips = string(b)
		}
		args = append(args,
			ids[i], f.Name, f.Path, f.SHA256, f.Size, f.Format, nullString(p.Sheet), p.SheetIndex, nullString(p.Dataset),
			nullString(p.Title), nullString(strings.Join(p.Preamble, "\n")), nullString(p.Unit), nullString(p.FOIA),
			p.HeaderRow, nullString(string(cols)), nullString(p.Scope), nullString(p.Subset),
			nullDay(p.HasCoverage, p.CoverageFrom), nullDay(p.HasCoverage, p.CoverageTo), nullString(p.CoverageBasis),
			nullDay(p.HasData(), p.DataFrom), nullDay(p.HasData(), p.DataTo), fyTitle,
			p.RowsRead, p.RowsStored, p.RowsRejected, p.ValuesRejected, redacted, nullString(p.Skipped), now, nullString(p.Release),
			p.RowsSkipped, skips, p.MergedFilled)
	}
	_, err := tx.ExecContext(ctx, q.String(), args...)
	return err
}

func insertRedactions(ctx context.Context, tx *sql.Tx, f *ingest.File, ids []int64) error {
	var q strings.Builder
	var args []any
	for i, p := range f.Parts {
		if p.Skipped != "" {
			continue
		}
		for _, r := range p.Redactions {
			if len(args) == 0 {
				q.WriteString(`INSERT INTO redactions VALUES (?,?,?,?)`)
			} else {
				q.WriteString(`, (?,?,?,?)`)
			}
			args = append(args, ids[i], r.Header, nullString(r.Column), r.Count)
		}
	}
	if len(args) == 0 {
		return nil
	}
	_, err := tx.ExecContext(ctx, q.String(), args...)
	return err
}

// fileSource is the read_csv file argument of some parts' load files and the
// expression of each row's value of per-part constants: when several files
// are read together, DuckDB's filename column tells the parts apart.
type fileSource struct {
	files    string // read_csv's first argument
	filename string // ", filename=true" when several files are read
	paths    []string
}

func newFileSource(paths []string) fileSource {
	fs := fileSource{paths: paths}
	q := make([]string, len(paths))
	for i, p := range paths {
		q[i] = sqlString(p)
	}
	fs.files = "[" + strings.Join(q, ", ") + "]"
	if len(paths) > 1 {
		fs.filename = ", filename=true"
	}
	return fs
}

// per returns the SQL expression whose value is vals[i] (SQL literals) in
// the rows of paths[i].
func (fs fileSource) per(vals []string) string {
	if len(vals) == 1 {
		return vals[0]
	}
	var b strings.Builder
	b.WriteString("CASE filename")
	for i, p := range fs.paths {
		fmt.Fprintf(&b, " WHEN %s THEN %s", sqlString(p), vals[i])
	}
	b.WriteString(" END")
	return b.String()
}

func loadRejects(ctx context.Context, tx *sql.Tx, f *ingest.File, parts []int, ids []int64) error {
	var paths, idv, sheets []string
	maxLine := 0
	for _, i := range parts {
		p := f.Parts[i]
		paths = append(paths, p.RejectsPath)
		idv = append(idv, fmt.Sprint(ids[i]))
		sheets = append(sheets, sqlOrNull(p.Sheet))
		maxLine = max(maxLine, p.MaxLine)
	}
	fs := newFileSource(paths)
	if _, err := tx.ExecContext(ctx, fmt.Sprintf(`INSERT INTO rejects SELECT %s, %s, %s, "row", "column", raw, reason, row_kept FROM read_csv(%s,
		delim='\t', quote='"', escape='"', header=false, auto_detect=false, allow_quoted_nulls=false, max_line_size=%d%s,
		columns={'row':'INTEGER','column':'VARCHAR','raw':'VARCHAR','reason':'VARCHAR','row_kept':'BOOLEAN'})`,
		fs.per(idv), sqlString(f.Name), fs.per(sheets), fs.files, 2*maxLine+(2<<20), fs.filename)); err != nil {
		return fmt.Errorf("loading rejects: %w", err)
	}
	return nil
}

func sqlOrNull(s string) string {
	if s == "" {
		return "NULL"
	}
	return sqlString(s)
}

// loadRows bulk-loads the canonical rows of parts of one dataset with the
// same load-file columns, with DuckDB's parallel CSV reader (faster than the
// row-by-row Appender: see bench/README.md) and then checks that exactly the
// expected number of rows arrived.
func loadRows(ctx context.Context, tx *sql.Tx, f *ingest.File, parts []int, ids []int64) error {
	p0 := f.Parts[parts[0]]
	var spec, sel []string
	for _, name := range p0.Columns {
		c := canon.Columns[canon.ColumnIndex[name]]
		spec = append(spec, fmt.Sprintf("'%s':'%s'", c.Name, c.Kind.SQLType()))
		sel = append(sel, quoteIdent(c.Name))
	}
	spec = append(spec, "'redacted':'VARCHAR'", "'extra':'VARCHAR'", "'source_row':'INTEGER'")
	var paths, idv []string
	var want int64
	maxLine := 0
	for _, i := range parts {
		p := f.Parts[i]
		paths = append(paths, p.RowsPath)
		idv = append(idv, fmt.Sprint(ids[i]))
		want += p.RowsStored
		maxLine = max(maxLine, p.MaxLine)
	}
	fs := newFileSource(paths)
	// A larger max_line_size slows DuckDB's reader down 2.5x, so it is only
	// raised for files that hold huge cells.
	lineSize := ""
	if maxLine >= bigLine {
		lineSize = fmt.Sprintf("max_line_size=%d, ", 2*maxLine+1024)
	}
	cols := strings.Join(sel, ", ")
	table, err := segmentFor(ctx, tx, p0.Dataset, p0.Columns)
	if err != nil {
		return err
	}
	q := fmt.Sprintf(`INSERT INTO %s (%s, redacted, extra, source_id, source_row) SELECT %s, redacted, extra, %s, source_row FROM read_csv(%s,
		delim='\t', quote='"', escape='"', header=false, auto_detect=false, allow_quoted_nulls=false,
		%sdateformat='%%Y-%%m-%%d'%s, columns={%s})`,
		table, cols, cols, fs.per(idv), fs.files, lineSize, fs.filename, strings.Join(spec, ", "))
	res, err := tx.ExecContext(ctx, q)
	if err != nil {
		return fmt.Errorf("loading rows: %w", err)
	}
	n, err := res.RowsAffected()
	if err == nil && n != want {
		return fmt.Errorf("loaded %d rows but parsed %d", n, want)
	}
	return nil
}
