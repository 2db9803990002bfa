package store

import (
	"context"
	"fmt"
	"strings"

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

// orphanCheck is one table whose rows belong to a sources row or a
// detention-statistics edition: rows of table whose column is not in (owners)
// have no owner.
type orphanCheck struct {
	table, column, owners string
	ownerTable            string // for messages
}

// orphanChecks lists the tables of the store whose rows must have an owner, as
// q sees them, from one look at the catalog. A dataset is checked table by
// table (its segments), since rows are deleted there.
func orphanChecks(ctx context.Context, q execQuerier) ([]orphanCheck, error) {
	cat, err := readCatalog(ctx, q)
	if err != nil {
		return nil, err
	}
	var c []orphanCheck
	for _, d := range canon.Datasets {
		for _, t := range cat.datasets[d] {
			// a dataset's rows must belong to a source of that dataset
			c = append(c, orphanCheck{t, "source_id", "SELECT id FROM sources WHERE dataset = '" + d + "'", "sources"})
		}
	}
	for _, t := range []string{"rejects", "redactions"} {
		if cat.tables[t] {
			c = append(c, orphanCheck{t, "source_id", "SELECT id FROM sources", "sources"})
		}
	}
	if cat.tables["detstats_editions"] {
		for _, t := range []string{"detstats_tables", "detstats_totals", "detstats_values", "detstats_unrecognised"} {
			if cat.tables[t] {
				c = append(c, orphanCheck{t, "edition_id", "SELECT id FROM detstats_editions", "detstats_editions"})
			}
		}
	}
	return c, nil
}

// orphans counts, in one statement, the rows of each checked table that have
// no owner, by owner id.
func orphans(ctx context.Context, q execQuerier, checks []orphanCheck) ([]Recovered, error) {
	if len(checks) == 0 {
		return nil, nil
	}
	parts := make([]string, len(checks))
	for i, c := range checks {
		parts[i] = fmt.Sprintf(`SELECT %d AS k, %s AS id, count(*) AS n FROM %s WHERE %s NOT IN (%s) GROUP BY ALL`, i, c.column, c.table, c.column, c.owners)
	}
	rows, err := q.QueryContext(ctx, strings.Join(parts, " UNION ALL ")+" ORDER BY k, id")
	if err != nil {
		return nil, fmt.Errorf("looking for rows of interrupted ingests: %w", err)
	}
	defer rows.Close()
	var found []Recovered
	for rows.Next() {
		var k int
		var id, n int64
		if err := rows.Scan(&k, &id, &n); err != nil {
			return nil, err
		}
		c := checks[k]
		if len(found) == 0 || found[len(found)-1].Table != c.table {
			found = append(found, Recovered{Table: c.table, Owner: c.column + " not in " + c.ownerTable})
		}
		r := &found[len(found)-1]
		r.IDs = append(r.IDs, id)
		r.Rows += n
	}
	return found, rows.Err()
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
//
// The look is two statements (catalog, then one UNION ALL of every check):
// one statement per table took 50–85 ms of every writable open.
func (s *Store) recoverInterrupted(ctx context.Context) ([]Recovered, error) {
	checks, err := orphanChecks(ctx, s.db)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", s.path, err)
	}
	found, err := orphans(ctx, s.db, checks)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", s.path, err)
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
			if r.Table != c.table {
				continue
			}
			if _, err := tx.ExecContext(ctx, fmt.Sprintf(`DELETE FROM %s WHERE %s NOT IN (%s)`, c.table, c.column, c.owners)); err != nil {
				return nil, fmt.Errorf("%s: removing rows of an interrupted ingest from %s: %w", s.path, c.table, err)
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
