package store

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"

	"github.com/icestat/icestat/internal/canon"
	"github.com/icestat/icestat/internal/table"
)

// distinctCache holds the distinct values of dataset columns, per store
// generation (the sources stored), so that checking a filter value against
// the data costs one scan per column per ingest, not one per question.
type distinctCache struct {
	mu     sync.Mutex
	gen    string
	vals   map[string][]string
	filled map[string]map[string]bool // FilledColumns
}

// DistinctValues lists the distinct non-NULL values of a text column of a
// dataset over every stored source (any case, as stored). The dataset and
// column must be canonical names (checked here); the answer is cached
// until the stored sources change.
func (s *Store) DistinctValues(ctx context.Context, dataset, column string) ([]string, error) {
	if err := checkTextColumn("DistinctValues", dataset, column); err != nil {
		return nil, err
	}
	gen, err := s.generation(ctx)
	if err != nil {
		return nil, err
	}
	if v, ok := s.cachedDistinct(gen, dataset, column); ok {
		return v, nil
	}
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
		s.distinct.vals[dataset+"."+column] = out
	}
	s.distinct.mu.Unlock()
	return out, nil
}

func checkTextColumn(fn, dataset, column string) error {
	if !canon.IsDataset(dataset) {
		return fmt.Errorf("internal error: %s: unknown dataset %q", fn, dataset)
	}
	i, ok := canon.ColumnIndex[column]
	if !ok || canon.Columns[i].Kind != canon.Text {
		return fmt.Errorf("internal error: %s: %q is not a text column", fn, column)
	}
	return nil
}

// cachedDistinct returns the cached distinct values of a column under
// generation gen, emptying a cache of another generation.
func (s *Store) cachedDistinct(gen, dataset, column string) ([]string, bool) {
	s.distinct.mu.Lock()
	defer s.distinct.mu.Unlock()
	s.distinct.renew(gen)
	v, ok := s.distinct.vals[dataset+"."+column]
	return v, ok
}

// ValueMatch is how a filter value is looked for in a column.
type ValueMatch int

const (
	MatchExact     ValueMatch = iota // the value as stored
	MatchFold                        // the value in any case
	MatchSubstring                   // the value inside a stored value, in any case
)

// FindValue looks for a stored value of a text column that matches value,
// without reading every distinct value: a question whose filter value is
// there (the usual case) stops at the first matching row, where
// DistinctValues scans the whole column (12–23 ms of a fresh `icestat
// count --country MEXICO` of about 60 ms; issue 20). It returns the
// distinct values when they are cached already (a server), else one stored
// value that DuckDB matched (lower() for the case-folded matches), which
// the caller checks by its own rules: a value it does not accept, or none
// found, sends it to DistinctValues for the list and the suggestions.
func (s *Store) FindValue(ctx context.Context, dataset, column, value string, how ValueMatch) (cached []string, found string, ok bool, err error) {
	if err := checkTextColumn("FindValue", dataset, column); err != nil {
		return nil, "", false, err
	}
	s.distinct.mu.Lock()
	cache := len(s.distinct.vals) > 0
	s.distinct.mu.Unlock()
	if cache { // else nothing to validate (a fresh process)
		gen, err := s.generation(ctx)
		if err != nil {
			return nil, "", false, err
		}
		if v, ok := s.cachedDistinct(gen, dataset, column); ok {
			return v, "", false, nil
		}
	}
	col := quoteIdent(column)
	cond := col + " = ?"
	switch how {
	case MatchFold:
		cond = "lower(" + col + ") = lower(?)"
	case MatchSubstring:
		cond = "contains(lower(" + col + "), lower(?))"
	}
	t, err := s.Table(ctx, fmt.Sprintf("SELECT %s FROM %s WHERE %s IS NOT NULL AND %s LIMIT 1", col, quoteIdent(dataset), col, cond), value)
	if err != nil {
		if errors.Is(err, ErrNoTable) {
			return nil, "", false, nil
		}
		return nil, "", false, err
	}
	if len(t.Rows) == 0 {
		return nil, "", false, nil
	}
	v, ok := t.Rows[0][0].(string)
	return nil, v, ok, nil
}

// generation names the set of stored sources: cached answers about the
// stored values hold until it changes.
func (s *Store) generation(ctx context.Context) (string, error) {
	var n, maxID int64
	if err := s.db.QueryRowContext(ctx, `SELECT count(*), coalesce(max(id), 0) FROM sources`).Scan(&n, &maxID); err != nil {
		return "", classify(err)
	}
	return fmt.Sprintf("%d/%d", n, maxID), nil
}

// renew empties the cache when the stored sources changed (mu held).
func (c *distinctCache) renew(gen string) {
	if c.gen != gen {
		c.gen, c.vals, c.filled = gen, map[string][]string{}, nil
	}
}

// FilledColumns says, per dataset, which canonical columns hold at least
// one value in the stored rows: not NULL and, for text, not an empty
// string. A column a release's header names but whose every cell is
// empty or redacted (the birth dates of the 2019 releases, "(B)(6);
// (B)(7)(C)" in every row) is not one a reader can group or filter by, so
// the menus leave it out. One scan per dataset (about half a second over
// the 1.2 million encounters of the shared store), cached until the stored
// sources change.
func (s *Store) FilledColumns(ctx context.Context) (map[string]map[string]bool, error) {
	gen, err := s.generation(ctx)
	if err != nil {
		return nil, err
	}
	s.distinct.mu.Lock()
	s.distinct.renew(gen)
	if f := s.distinct.filled; f != nil {
		s.distinct.mu.Unlock()
		return f, nil
	}
	s.distinct.mu.Unlock()
	exprs := make([]string, len(canon.Columns))
	for i, c := range canon.Columns {
		if c.Kind == canon.Text {
			exprs[i] = fmt.Sprintf("count(nullif(%s, ''))", quoteIdent(c.Name))
		} else {
			exprs[i] = fmt.Sprintf("count(%s)", quoteIdent(c.Name))
		}
	}
	out := map[string]map[string]bool{}
	for _, ds := range canon.Datasets {
		t, err := s.Table(ctx, "SELECT "+strings.Join(exprs, ", ")+" FROM "+quoteIdent(ds))
		if errors.Is(err, ErrNoTable) {
			continue
		}
		if err != nil {
			return nil, fmt.Errorf("reading which %s columns hold values: %w", ds, err)
		}
		m := map[string]bool{}
		for i, c := range canon.Columns {
			if len(t.Rows) == 1 && table.Int(t.Rows[0][i]) > 0 {
				m[c.Name] = true
			}
		}
		out[ds] = m
	}
	s.distinct.mu.Lock()
	if s.distinct.gen == gen {
		s.distinct.filled = out
	}
	s.distinct.mu.Unlock()
	return out, nil
}
