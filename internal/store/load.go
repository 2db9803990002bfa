package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
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
func (s *Store) Load(ctx context.Context, f *ingest.File, replace bool) (*LoadResult, error) {
	if s.readOnly {
		return nil, fmt.Errorf("store %s is open read-only", s.path)
	}
	conn, err := s.db.Conn(ctx)
	if err != nil {
		return nil, err
	}
	defer conn.Close()
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
	now := time.Now().UTC()
	for _, p := range f.Parts {
		id, err := loadPart(ctx, tx, f, p, now)
		if err != nil {
			where := f.Path
			if p.Sheet != "" {
				where += fmt.Sprintf(": sheet %q", p.Sheet)
			}
			return nil, fmt.Errorf("%s: storing: %w%s", where, err, diskFullHint(err))
		}
		res.IDs = append(res.IDs, id)
	}
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
	for _, d := range canon.Datasets {
		if _, err := tx.ExecContext(ctx, `DELETE FROM `+d+` WHERE source_id IN `+sel, sha, name); err != nil {
			return nil, err
		}
	}
	for _, t := range []string{"rejects", "redactions"} {
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

func loadPart(ctx context.Context, tx *sql.Tx, f *ingest.File, p *ingest.Part, now time.Time) (int64, error) {
	var id int64
	if err := tx.QueryRowContext(ctx, `SELECT nextval('source_ids')`).Scan(&id); err != nil {
		return 0, err
	}
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
	_, err := tx.ExecContext(ctx, `INSERT INTO sources VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)`,
		id, f.Name, f.Path, f.SHA256, f.Size, f.Format, nullString(p.Sheet), p.SheetIndex, nullString(p.Dataset),
		nullString(p.Title), nullString(strings.Join(p.Preamble, "\n")), nullString(p.Unit), nullString(p.FOIA),
		p.HeaderRow, nullString(string(cols)), nullString(p.Scope), nullString(p.Subset),
		nullDay(p.HasCoverage, p.CoverageFrom), nullDay(p.HasCoverage, p.CoverageTo), nullString(p.CoverageBasis),
		nullDay(p.HasData(), p.DataFrom), nullDay(p.HasData(), p.DataTo), fyTitle,
		p.RowsRead, p.RowsStored, p.RowsRejected, p.ValuesRejected, redacted, nullString(p.Skipped), now, nullString(p.Release))
	if err != nil {
		return 0, err
	}
	if p.Skipped != "" {
		return id, nil
	}
	if !canon.IsDataset(p.Dataset) {
		return 0, fmt.Errorf("unknown dataset %q", p.Dataset)
	}
	if err := loadRows(ctx, tx, p, id); err != nil {
		return 0, err
	}
	if _, err := tx.ExecContext(ctx, fmt.Sprintf(`INSERT INTO rejects SELECT %d, %s, %s, "row", "column", raw, reason, row_kept FROM read_csv(%s,
		delim='\t', quote='"', escape='"', header=false, auto_detect=false, allow_quoted_nulls=false, max_line_size=%d,
		columns={'row':'INTEGER','column':'VARCHAR','raw':'VARCHAR','reason':'VARCHAR','row_kept':'BOOLEAN'})`,
		id, sqlString(f.Name), sqlOrNull(p.Sheet), sqlString(p.RejectsPath), 2*p.MaxLine+(2<<20))); err != nil {
		return 0, fmt.Errorf("loading rejects: %w", err)
	}
	for _, r := range p.Redactions {
		if _, err := tx.ExecContext(ctx, `INSERT INTO redactions VALUES (?,?,?,?)`, id, r.Header, nullString(r.Column), r.Count); err != nil {
			return 0, err
		}
	}
	return id, nil
}

func sqlOrNull(s string) string {
	if s == "" {
		return "NULL"
	}
	return sqlString(s)
}

// loadRows bulk-loads a part's canonical rows with DuckDB's parallel CSV
// reader (faster than the row-by-row Appender: see bench/README.md) and then
// checks that exactly the expected number of rows arrived.
func loadRows(ctx context.Context, tx *sql.Tx, p *ingest.Part, id int64) error {
	var spec, sel []string
	for _, name := range p.Columns {
		c := canon.Columns[canon.ColumnIndex[name]]
		spec = append(spec, fmt.Sprintf("'%s':'%s'", c.Name, c.Kind.SQLType()))
		sel = append(sel, quoteIdent(c.Name))
	}
	spec = append(spec, "'redacted':'VARCHAR'", "'extra':'VARCHAR'", "'source_row':'INTEGER'")
	// A larger max_line_size slows DuckDB's reader down 2.5x, so it is only
	// raised for files that hold huge cells.
	lineSize := ""
	if p.MaxLine >= 1<<20 {
		lineSize = fmt.Sprintf("max_line_size=%d, ", 2*p.MaxLine+1024)
	}
	cols := strings.Join(sel, ", ")
	q := fmt.Sprintf(`INSERT INTO %s (%s, redacted, extra, source_id, source_row) SELECT %s, redacted, extra, %d, source_row FROM read_csv(%s,
		delim='\t', quote='"', escape='"', header=false, auto_detect=false, allow_quoted_nulls=false,
		%sdateformat='%%Y-%%m-%%d', columns={%s})`,
		p.Dataset, cols, cols, id, sqlString(p.RowsPath), lineSize, strings.Join(spec, ", "))
	res, err := tx.ExecContext(ctx, q)
	if err != nil {
		return fmt.Errorf("loading rows: %w", err)
	}
	n, err := res.RowsAffected()
	if err == nil && n != p.RowsStored {
		return fmt.Errorf("loaded %d rows but parsed %d", n, p.RowsStored)
	}
	return nil
}
