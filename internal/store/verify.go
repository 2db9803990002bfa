package store

import (
	"context"
	"fmt"
	"strings"

	"github.com/icestat/icestat/internal/canon"
)

// Problem is one integrity failure found by Verify.
type Problem struct {
	Table  string
	Detail string
}

// Verify checks the store's integrity: every stored source's row count in
// its dataset table equals the count recorded at ingest, and no row, reject
// or redaction count belongs to a source that does not exist, and every
// source's rows read are its rows stored, rejected and skipped. First it
// reads every block the store uses (scanAll), so that DuckDB checks each
// block's checksum: a damaged file is a *DamagedError.
func (s *Store) Verify(ctx context.Context) ([]Problem, int64, error) {
	if err := s.checkUsedBlocks(); err != nil {
		return nil, 0, err
	}
	if err := s.scanAll(ctx); err != nil {
		return nil, 0, err
	}
	var problems []Problem
	var total int64
	for _, d := range canon.Datasets {
		rows, err := s.db.QueryContext(ctx, fmt.Sprintf(`
			SELECT s.id, s.file, coalesce(s.sheet, ''), s.rows_stored, coalesce(c.n, 0)
			FROM sources s LEFT JOIN (SELECT source_id, count(*) AS n FROM %s GROUP BY source_id) c ON c.source_id = s.id
			WHERE s.dataset = ? AND s.skipped IS NULL`, d), d)
		if err != nil {
			return nil, 0, err
		}
		for rows.Next() {
			var id int64
			var file, sheet string
			var want, got int64
			if err := rows.Scan(&id, &file, &sheet, &want, &got); err != nil {
				rows.Close()
				return nil, 0, err
			}
			total += got
			if want != got {
				problems = append(problems, Problem{d, fmt.Sprintf("source %d (%s %s): %d rows recorded, %d stored", id, file, sheet, want, got)})
			}
		}
		rows.Close()
	}
	// Each dataset's view must show every row of its segment tables: a
	// segment left out of the view would hide rows from every query.
	cat, err := readCatalog(ctx, s.db)
	if err != nil {
		return nil, 0, err
	}
	for _, d := range canon.Datasets {
		tables := cat.datasets[d]
		if len(tables) == 1 && tables[0] == d {
			continue // a version-1 store: the dataset is one table
		}
		sum := "0"
		for _, t := range tables {
			sum += " + (SELECT count(*) FROM " + t + ")"
		}
		var inView, inTables int64
		if err := s.db.QueryRowContext(ctx, fmt.Sprintf(`SELECT (SELECT count(*) FROM %s), %s`, d, sum)).Scan(&inView, &inTables); err != nil {
			return nil, 0, err
		}
		if inView != inTables {
			problems = append(problems, Problem{d, fmt.Sprintf("the view shows %d rows but its tables (%s) hold %d", inView, strings.Join(tables, ", "), inTables)})
		}
	}
	// Every row read is stored, rejected or skipped as not a record.
	if s.hasSourcesColumn(ctx, "rows_skipped") {
		rows, err := s.db.QueryContext(ctx, `SELECT id, file, coalesce(sheet, ''), rows_read, rows_stored, rows_rejected, rows_skipped FROM sources
			WHERE skipped IS NULL AND rows_skipped IS NOT NULL AND rows_read <> rows_stored + rows_rejected + rows_skipped ORDER BY id`)
		if err != nil {
			return nil, 0, asDamaged(s.path, err)
		}
		for rows.Next() {
			var id, read, stored, rejected, skipped int64
			var file, sheet string
			if err := rows.Scan(&id, &file, &sheet, &read, &stored, &rejected, &skipped); err != nil {
				rows.Close()
				return nil, 0, err
			}
			problems = append(problems, Problem{"sources", fmt.Sprintf("source %d (%s %s): %d rows read but %d stored + %d rejected + %d skipped", id, file, sheet, read, stored, rejected, skipped)})
		}
		rows.Close()
	}
	checks, err := orphanChecks(ctx, s.db)
	if err != nil {
		return nil, 0, err
	}
	found, err := orphans(ctx, s.db, checks)
	if err != nil {
		return nil, 0, err
	}
	for _, r := range found {
		problems = append(problems, Problem{r.Table, fmt.Sprintf("%d rows belong to no stored source (%s)", r.Rows, r.Owner)})
	}
	return problems, total, nil
}
