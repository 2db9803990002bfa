package store

import (
	"context"
	"errors"
	"fmt"
	"sync"

	"github.com/icestat/icestat/internal/canon"
)

// distinctCache holds the distinct values of dataset columns, per store
// generation (the sources stored), so that checking a filter value against
// the data costs one scan per column per ingest, not one per question.
type distinctCache struct {
	mu   sync.Mutex
	gen  string
	vals map[string][]string
}

// DistinctValues lists the distinct non-NULL values of a text column of a
// dataset over every stored source (any case, as stored). The dataset and
// column must be canonical names (checked here); the answer is cached
// until the stored sources change.
func (s *Store) DistinctValues(ctx context.Context, dataset, column string) ([]string, error) {
	if !canon.IsDataset(dataset) {
		return nil, fmt.Errorf("internal error: DistinctValues: unknown dataset %q", dataset)
	}
	i, ok := canon.ColumnIndex[column]
	if !ok || canon.Columns[i].Kind != canon.Text {
		return nil, fmt.Errorf("internal error: DistinctValues: %q is not a text column", column)
	}
	var n, maxID int64
	if err := s.db.QueryRowContext(ctx, `SELECT count(*), coalesce(max(id), 0) FROM sources`).Scan(&n, &maxID); err != nil {
		return nil, classify(err)
	}
	gen := fmt.Sprintf("%d/%d", n, maxID)
	key := dataset + "." + column
	s.distinct.mu.Lock()
	if s.distinct.gen != gen {
		s.distinct.gen, s.distinct.vals = gen, map[string][]string{}
	}
	if v, ok := s.distinct.vals[key]; ok {
		s.distinct.mu.Unlock()
		return v, nil
	}
	s.distinct.mu.Unlock()
	t, err := s.Table(ctx, fmt.Sprintf("SELECT DISTINCT %s FROM %s WHERE %s IS NOT NULL ORDER BY 1", quoteIdent(column), quoteIdent(dataset), quoteIdent(column)))
	if err != nil {
		if errors.Is(err, ErrNoTable) {
			return nil, nil
		}
		return nil, err
	}
	out := make([]string, 0, len(t.Rows))
	for _, r := range t.Rows {
		if v, ok := r[0].(string); ok {
			out = append(out, v)
		}
	}
	s.distinct.mu.Lock()
	if s.distinct.gen == gen {
		s.distinct.vals[key] = out
	}
	s.distinct.mu.Unlock()
	return out, nil
}
