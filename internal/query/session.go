package query

import (
	"context"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/icestat/icestat/internal/store"
	"github.com/icestat/icestat/internal/table"
)

// Session returns an engine over the same store that reads the stored
// sources once, for a run of questions asked together (one checked
// article asks about a hundred, and every answer starts from the
// sources): the run sees the sources as they were at its first question.
// What it keeps lives as long as the returned engine; e keeps nothing.
// A session also keeps what its questions read alike (the rows without a
// key date, the filter values found) and what Prefetch read ahead for
// them (batch.go).
func (e *Engine) Session() *Engine {
	s := *e
	s.sources = &sourcesOnce{}
	s.kept = &sessionKept{scans: map[string]*scanned{}, counts: map[string]int64{}, undated: map[string]*table.Table{}, values: map[string]foundValue{}}
	return &s
}

// sourcesOnce holds a session's stored sources, read once.
type sourcesOnce struct {
	once sync.Once
	all  []store.SourceInfo
	err  error
}

// sessionKept is what a session keeps besides its sources.
type sessionKept struct {
	mu sync.Mutex
	// scans are the one-pass scans read ahead (Prefetch), by the statement
	// (scanSQL) each stands for, and counts the lag counts (lagSQL)
	scans  map[string]*scanned
	counts map[string]int64
	// undated: a dataset's rows without a key date, by source
	undated map[string]*table.Table
	// values: the filter values looked up (checkValues)
	values map[string]foundValue
	// hits counts the scans answered from those read ahead
	hits int
}

type foundValue struct {
	vals  []string
	found string
	ok    bool
}

// sourceInfos lists the stored sources: once per session, else each time.
func (e *Engine) sourceInfos(ctx context.Context) ([]store.SourceInfo, error) {
	if e.sources == nil {
		return e.Store.SourceInfos(ctx)
	}
	e.sources.once.Do(func() { e.sources.all, e.sources.err = e.Store.SourceInfos(ctx) })
	return e.sources.all, e.sources.err
}

// statementKey names a statement with its values.
func statementKey(sqlText string, args []any) string {
	var b strings.Builder
	b.WriteString(sqlText)
	for _, a := range args {
		fmt.Fprintf(&b, "\x00%T:%v", a, a)
	}
	return b.String()
}

// batchedScan is the scan read ahead for the statement, a copy the caller
// may change; nil when none was, or when it was read for another
// question's groups (by: the caller's dimensions; grouped: it keeps
// groups).
func (e *Engine) batchedScan(sqlText string, args []any, by []string, grouped bool) *scanned {
	if e.kept == nil {
		return nil
	}
	e.kept.mu.Lock()
	sc := e.kept.scans[statementKey(sqlText, args)]
	if sc != nil && grouped && (sc.groups == nil || !slices.Equal(sc.groups.Columns, append(slices.Clone(by), "count"))) {
		sc = nil // read for a single total: the groups are read alone
	}
	if sc != nil {
		e.kept.hits++
	}
	e.kept.mu.Unlock()
	if sc == nil {
		return nil
	}
	return sc.clone()
}

// readAhead says whether the scan of a statement (statementKey) was read
// ahead.
func (e *Engine) readAhead(key string) bool {
	e.kept.mu.Lock()
	defer e.kept.mu.Unlock()
	return e.kept.scans[key] != nil
}

// batchedCount is the count read ahead for the statement.
func (e *Engine) batchedCount(sqlText string, args []any) (int64, bool) {
	if e.kept == nil {
		return 0, false
	}
	e.kept.mu.Lock()
	defer e.kept.mu.Unlock()
	n, ok := e.kept.counts[statementKey(sqlText, args)]
	return n, ok
}

// undatedRows counts, for the sources ids of a dataset, the rows without
// a key date and those of them with a fiscal year (source_id, count,
// count of fy; by source). A session reads every source of the dataset
// once.
func (e *Engine) undatedRows(ctx context.Context, dataset string, ids []string) (*table.Table, error) {
	if e.kept == nil {
		return e.Store.Table(ctx, fmt.Sprintf("SELECT source_id, count(*), count(fy) FROM %s WHERE event_date IS NULL AND source_id IN (%s) GROUP BY 1 ORDER BY 1", dataset, strings.Join(ids, ", ")))
	}
	e.kept.mu.Lock()
	all, ok := e.kept.undated[dataset]
	e.kept.mu.Unlock()
	if !ok {
		var err error
		if all, err = e.Store.Table(ctx, fmt.Sprintf("SELECT source_id, count(*), count(fy) FROM %s WHERE event_date IS NULL GROUP BY 1 ORDER BY 1", dataset)); err != nil {
			return nil, err
		}
		e.kept.mu.Lock()
		e.kept.undated[dataset] = all
		e.kept.mu.Unlock()
	}
	out := &table.Table{Columns: all.Columns}
	for _, r := range all.Rows {
		if slices.Contains(ids, strconv.FormatInt(table.Int(r[0]), 10)) {
			out.Rows = append(out.Rows, r)
		}
	}
	return out, nil
}

// findValue is Store.FindValue, looked up once per session.
func (e *Engine) findValue(ctx context.Context, dataset, column, value string, how store.ValueMatch) ([]string, string, bool, error) {
	if e.kept == nil {
		return e.Store.FindValue(ctx, dataset, column, value, how)
	}
	key := fmt.Sprint(dataset, "\x00", column, "\x00", value, "\x00", how)
	e.kept.mu.Lock()
	v, ok := e.kept.values[key]
	e.kept.mu.Unlock()
	if ok {
		return v.vals, v.found, v.ok, nil
	}
	vals, found, ok, err := e.Store.FindValue(ctx, dataset, column, value, how)
	if err != nil {
		return nil, "", false, err
	}
	e.kept.mu.Lock()
	e.kept.values[key] = foundValue{vals, found, ok}
	e.kept.mu.Unlock()
	return vals, found, ok, nil
}
