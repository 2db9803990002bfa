package store

import (
	"context"
	"fmt"

	"github.com/icestat/icestat/internal/canon"
)

// Recovered is what opening a writable store removed: rows left by an ingest
// that never committed.
type Recovered struct {
	Table string
	Owner string // the id column that names no stored source or edition
	IDs   []int64
	Rows  int64
}

func (r Recovered) String() string {
	return fmt.Sprintf("%s: removed %d rows of an interrupted ingest (%s %v, never committed)", r.Table, r.Rows, r.Owner, r.IDs)
}

// orphanChecks lists every table whose rows belong to a sources row or a
// detention-statistics edition, and the table that owns them. A dataset is
// checked table by table (its segments), since rows are deleted there.
func orphanChecks(ctx context.Context, q execQuerier) ([][3]string, error) {
	var c [][3]string
	for _, d := range canon.Datasets {
		tables, err := datasetTables(ctx, q, d)
		if err != nil {
			return nil, err
		}
		for _, t := range tables {
			// a dataset's rows must belong to a source of that dataset
			c = append(c, [3]string{t, "source_id", "SELECT id FROM sources WHERE dataset = '" + d + "'"})
		}
	}
	c = append(c, [3]string{"rejects", "source_id", "SELECT id FROM sources"},
		[3]string{"redactions", "source_id", "SELECT id FROM sources"})
	for _, t := range []string{"detstats_tables", "detstats_totals", "detstats_values", "detstats_unrecognised"} {
		c = append(c, [3]string{t, "edition_id", "SELECT id FROM detstats_editions"})
	}
	return c, nil
}

// recoverInterrupted removes rows that belong to no stored source (or
// detention-statistics edition), in one transaction, before anything else
// uses a writable store.
//
// Why this exists: icestat writes a file's sources row and its rows in one
// transaction, so after any crash such rows should be impossible. Yet one
// SIGKILL in about 200 during `ingest --replace` (TestHostileKillDuringIngest)
// left a file's rows without a sources row after DuckDB 1.5.6 replayed its
// WAL. DuckDB writes large inserts to the database file before commit
// ("optimistic writes"), and recovering such uncommitted data after a crash
// is a DuckDB bug under repair upstream (duckdb/duckdb pull request 25931,
// "Fix uncommitted data recovered accidentally", open in 2026-09). The sources
// row is icestat's commit record: rows without one were never committed, no
// query counts them (every query selects rows by stored source ids), and they
// are removed here so that a later ingest can never reuse their source id.
// The removal is reported, never silent.
func (s *Store) recoverInterrupted(ctx context.Context) ([]Recovered, error) {
	checks, err := orphanChecks(ctx, s.db)
	if err != nil {
		return nil, err
	}
	var found []Recovered
	for _, c := range checks {
		exists, err := s.tableExists(ctx, c[0])
		if err != nil {
			return nil, err
		}
		if !exists {
			continue
		}
		owner := "sources"
		if c[1] == "edition_id" {
			if ok, err := s.tableExists(ctx, "detstats_editions"); err != nil || !ok {
				continue
			}
			owner = "detstats_editions"
		}
		rows, err := s.db.QueryContext(ctx, fmt.Sprintf(`SELECT %s, count(*) FROM %s WHERE %s NOT IN (%s) GROUP BY 1 ORDER BY 1`, c[1], c[0], c[1], c[2]))
		if err != nil {
			return nil, fmt.Errorf("%s: looking for rows of interrupted ingests in %s: %w", s.path, c[0], err)
		}
		r := Recovered{Table: c[0], Owner: c[1] + " not in " + owner}
		for rows.Next() {
			var id, n int64
			if err := rows.Scan(&id, &n); err != nil {
				rows.Close()
				return nil, err
			}
			r.IDs = append(r.IDs, id)
			r.Rows += n
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, err
		}
		if r.Rows > 0 {
			found = append(found, r)
		}
	}
	if len(found) == 0 {
		return nil, nil
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	for _, c := range checks {
		for _, r := range found {
			if r.Table != c[0] {
				continue
			}
			if _, err := tx.ExecContext(ctx, fmt.Sprintf(`DELETE FROM %s WHERE %s NOT IN (%s)`, c[0], c[1], c[2])); err != nil {
				return nil, fmt.Errorf("%s: removing rows of an interrupted ingest from %s: %w", s.path, c[0], err)
			}
		}
	}
	if err := tx.Commit(); err != nil {
		return nil, fmt.Errorf("%s: removing rows of an interrupted ingest: %w", s.path, err)
	}
	return found, nil
}

func (s *Store) tableExists(ctx context.Context, name string) (bool, error) {
	var n int
	err := s.db.QueryRowContext(ctx, `SELECT count(*) FROM information_schema.tables WHERE table_name = ?`, name).Scan(&n)
	return n > 0, err
}
