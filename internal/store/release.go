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

// ensureReleaseColumn adds sources.release to a store written before it
// existed; the stored sources keep their FOIA number as their release.
func (s *Store) ensureReleaseColumn() error {
	if s.hasReleaseColumn(context.Background()) {
		return nil
	}
	for _, q := range []string{`ALTER TABLE sources ADD COLUMN release VARCHAR`, `UPDATE sources SET release = foia`} {
		if _, err := s.db.Exec(q); err != nil {
			return fmt.Errorf("adding the release column to the sources of %s: %w", s.path, err)
		}
	}
	return nil
}

func (s *Store) hasReleaseColumn(ctx context.Context) bool {
	if s.readOnly {
		s.relMu.Lock()
		defer s.relMu.Unlock()
		if s.relKnown {
			return s.hasRelease
		}
	}
	// duckdb_columns() answers in about 1 ms where
	// information_schema.columns took 8–16 ms on a fresh open, on every
	// read of the sources (issue 20: the fresh `count`).
	var n int
	err := s.db.QueryRowContext(ctx, `SELECT count(*) FROM duckdb_columns() WHERE table_name = 'sources' AND column_name = 'release'`).Scan(&n)
	if err == nil && s.readOnly {
		s.relKnown, s.hasRelease = true, n > 0
	}
	return err == nil && n > 0
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
