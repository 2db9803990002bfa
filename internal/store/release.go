package store

import (
	"context"
	"fmt"
)

// The release tag of a source (sources.release): the FOIA number found in
// the preamble or file name, or the tag given with `icestat ingest
// --release`. The overlap rules rank releases by it, and person keys link
// rows only within one release.
//
// The column was added after schema version 1 without a version bump: a
// store opened for writing gains it (an additive change, as in the Parquet
// exports), and readers of an older store or export read NULL, which the
// query layer treats as "use the FOIA number".

// addedColumns are the sources columns added after schema version 1 without
// a version bump, in the order they were added (the order of sourcesDDL's
// last columns): a store opened for writing gains those it lacks, each with
// the value that is true of the sources an older icestat stored. Readers of
// an older read-only store or export read NULL.
var addedColumns = []struct{ name, typ, fill string }{
	// the stored sources keep their FOIA number as their release
	{"release", "VARCHAR", `UPDATE sources SET release = foia`},
	// rows that are not records (ingest.SkipReasons): older ingests stored
	// every row, so they skipped none
	{"rows_skipped", "BIGINT", `UPDATE sources SET rows_skipped = 0 WHERE skipped IS NULL`},
	{"skip_reasons", "VARCHAR", ""},
	// cells given a merged range's top-left value: older ingests gave none
	{"merged_filled", "BIGINT", `UPDATE sources SET merged_filled = 0 WHERE skipped IS NULL`},
}

// ensureAddedColumns adds the columns of addedColumns that a store written
// before them lacks.
func (s *Store) ensureAddedColumns() error {
	for _, c := range addedColumns {
		if s.hasSourcesColumn(context.Background(), c.name) {
			continue
		}
		qs := []string{fmt.Sprintf(`ALTER TABLE sources ADD COLUMN %s %s`, c.name, c.typ)}
		if c.fill != "" {
			qs = append(qs, c.fill)
		}
		for _, q := range qs {
			if _, err := s.db.Exec(q); err != nil {
				return fmt.Errorf("adding the %s column to the sources of %s: %w", c.name, s.path, err)
			}
		}
	}
	return nil
}

// hasSourcesColumn says whether the sources table has a column; a
// read-only store's schema cannot change, so its columns are read once.
// pragma_table_info('sources') binds the sources table alone: duckdb_columns()
// binds every view of the catalog (the dataset views are unions of their
// segments) and took 9–14 ms of a fresh `icestat count` of 50–80 ms, where
// this takes under 1 ms (issue 20; information_schema.columns, before it,
// took 8–16 ms).
func (s *Store) hasSourcesColumn(ctx context.Context, name string) bool {
	if !s.readOnly {
		var n int
		err := s.db.QueryRowContext(ctx, `SELECT count(*) FROM pragma_table_info('sources') WHERE name = ?`, name).Scan(&n)
		return err == nil && n > 0
	}
	s.colMu.Lock()
	defer s.colMu.Unlock()
	if s.cols == nil {
		rows, err := s.db.QueryContext(ctx, `SELECT name FROM pragma_table_info('sources')`)
		if err != nil {
			return false // not cached: asked again next time
		}
		cols := map[string]bool{}
		for rows.Next() {
			var c string
			if err := rows.Scan(&c); err != nil {
				rows.Close()
				return false
			}
			cols[c] = true
		}
		rows.Close()
		if rows.Err() != nil {
			return false
		}
		s.cols = cols
	}
	return s.cols[name]
}

func (s *Store) hasReleaseColumn(ctx context.Context) bool { return s.hasSourcesColumn(ctx, "release") }

// sourcesExpr is the sources column name, or a NULL of its type where an
// older store or export has none.
func (s *Store) sourcesExpr(ctx context.Context, name, typ string) string {
	if s.hasSourcesColumn(ctx, name) {
		return name
	}
	return "CAST(NULL AS " + typ + ")"
}

// releaseExpr is the sources column holding the release, or NULL where an
// older store or export has none.
func (s *Store) releaseExpr(ctx context.Context) string {
	if s.hasReleaseColumn(ctx) {
		return "release"
	}
	return "CAST(NULL AS VARCHAR)"
}

// FindRelease returns a stored file with this content and release tag, or
// nil: the same bytes ingested under another --release are another release.
func (s *Store) FindRelease(ctx context.Context, sha, release string) (*Existing, error) {
	t, err := s.Table(ctx, fmt.Sprintf(`SELECT file, sha256 FROM sources WHERE sha256 = ? AND coalesce(%s, foia, '') = ? LIMIT 1`, s.releaseExpr(ctx)), sha, release)
	if err != nil {
		return nil, fmt.Errorf("looking for %s… as release %s: %w", sha[:min(12, len(sha))], release, err)
	}
	if len(t.Rows) == 0 {
		return nil, nil
	}
	return &Existing{File: fmt.Sprint(t.Rows[0][0]), SHA256: fmt.Sprint(t.Rows[0][1])}, nil
}
