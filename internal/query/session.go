package query

import (
	"context"
	"sync"

	"github.com/icestat/icestat/internal/store"
)

// Session returns an engine over the same store that reads the stored
// sources once, for a run of questions asked together (one checked
// article asks about a hundred, and every answer starts from the
// sources): the run sees the sources as they were at its first question.
// What it keeps lives as long as the returned engine; e keeps nothing.
func (e *Engine) Session() *Engine {
	s := *e
	s.sources = &sourcesOnce{}
	return &s
}

// sourcesOnce holds a session's stored sources, read once.
type sourcesOnce struct {
	once sync.Once
	all  []store.SourceInfo
	err  error
}

// sourceInfos lists the stored sources: once per session, else each time.
func (e *Engine) sourceInfos(ctx context.Context) ([]store.SourceInfo, error) {
	if e.sources == nil {
		return e.Store.SourceInfos(ctx)
	}
	e.sources.once.Do(func() { e.sources.all, e.sources.err = e.Store.SourceInfos(ctx) })
	return e.sources.all, e.sources.err
}
