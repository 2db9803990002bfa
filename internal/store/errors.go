package store

import (
	"context"
	"errors"

	duckdb "github.com/duckdb/duckdb-go/v2"
)

// ErrInterrupted is returned (wrapped) when a statement was stopped before
// it finished: its context was cancelled or ran out of time, or DuckDB
// interrupted it. Callers outside the store test it with errors.Is rather
// than reading DuckDB's message.
var ErrInterrupted = errors.New("query interrupted")

// ErrNoTable is returned (wrapped) when a statement reads a table the store
// does not have, e.g. the detention-statistics tables of a store into which
// no edition was ever ingested.
var ErrNoTable = errors.New("no such table in the store")

// classify wraps DuckDB's typed errors in the store's sentinels, keeping the
// original message.
func classify(err error) error {
	if err == nil {
		return nil
	}
	if errors.Is(err, context.DeadlineExceeded) || errors.Is(err, context.Canceled) {
		return &typedError{ErrInterrupted, err}
	}
	var de *duckdb.Error
	if errors.As(err, &de) {
		switch de.Type {
		case duckdb.ErrorTypeInterrupt:
			return &typedError{ErrInterrupted, err}
		case duckdb.ErrorTypeCatalog:
			return &typedError{ErrNoTable, err}
		}
	}
	return err
}

// typedError is a DuckDB error that also matches a store sentinel.
type typedError struct {
	kind error
	err  error
}

func (e *typedError) Error() string { return e.err.Error() }

// Unwrap exposes both the sentinel and the original error (context errors
// stay detectable).
func (e *typedError) Unwrap() []error { return []error{e.kind, e.err} }
