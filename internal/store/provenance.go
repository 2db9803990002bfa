package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"

	"github.com/icestat/icestat/internal/canon"
	"github.com/icestat/icestat/internal/table"
)

// Redactions lists the redacted cells of one source by header, most first.
func (s *Store) Redactions(ctx context.Context, sourceID int64) (*table.Table, error) {
	return s.Table(ctx, `SELECT header, "column", cells FROM redactions WHERE source_id = ? ORDER BY cells DESC, header`, sourceID)
}

// RejectCount is the number of rejected values of one source.
func (s *Store) RejectCount(ctx context.Context, sourceID int64) (int64, error) {
	var n int64
	err := s.db.QueryRowContext(ctx, `SELECT count(*) FROM rejects WHERE source_id = ?`, sourceID).Scan(&n)
	return n, classify(err)
}

// Rejects lists one page of the rejected values of a source, by row and
// column.
func (s *Store) Rejects(ctx context.Context, sourceID, limit, offset int64) (*table.Table, error) {
	return s.Table(ctx, `SELECT "row", "column", raw, reason, row_kept FROM rejects WHERE source_id = ? ORDER BY "row", "column" LIMIT ? OFFSET ?`,
		sourceID, limit, offset)
}

// SourceColumns says which canonical columns each source of records has
// (source id → column names), with each source's name ("file [sheet]"), so
// that a field absent from a release is told apart from a field left empty.
func (s *Store) SourceColumns(ctx context.Context) (cols map[int64]map[string]bool, names map[int64]string, err error) {
	t, err := s.Table(ctx, `SELECT id, file, coalesce(sheet, ''), coalesce(columns, '[]') FROM sources WHERE dataset IS NOT NULL`)
	if err != nil {
		return nil, nil, fmt.Errorf("reading source columns: %w", err)
	}
	cols, names = map[int64]map[string]bool{}, map[int64]string{}
	for _, r := range t.Rows {
		id := table.Int(r[0])
		name := table.Cell(r[1])
		if sh := table.Cell(r[2]); sh != "" {
			name += " [" + sh + "]"
		}
		names[id] = name
		var pairs [][2]string
		if err := json.Unmarshal([]byte(table.Cell(r[3])), &pairs); err != nil {
			return nil, nil, fmt.Errorf("source %d: bad column list: %w", id, err)
		}
		m := map[string]bool{}
		for _, p := range pairs {
			m[p[1]] = true
		}
		cols[id] = m
	}
	return cols, names, nil
}

// DatasetRows counts every stored row of a dataset (every source, overlaps
// included: a size, not an answer).
func (s *Store) DatasetRows(ctx context.Context, dataset string) (int64, error) {
	if !canon.IsDataset(dataset) {
		return 0, fmt.Errorf("unknown dataset %q", dataset)
	}
	var n int64
	err := s.db.QueryRowContext(ctx, "SELECT count(*) FROM "+dataset).Scan(&n)
	return n, classify(err)
}

// ScanDataset returns every stored row of a dataset in source and row
// order, every column of its view, for exports.
func (s *Store) ScanDataset(ctx context.Context, dataset string) (*sql.Rows, error) {
	if !canon.IsDataset(dataset) {
		return nil, fmt.Errorf("unknown dataset %q", dataset)
	}
	rows, err := s.db.QueryContext(ctx, "SELECT * FROM "+dataset+" ORDER BY source_id, source_row")
	return rows, classify(err)
}
