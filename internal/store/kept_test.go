package store

import (
	"context"
	"testing"

	"github.com/icestat/icestat/internal/table"
)

// TestKept: on a read-only store an answer is read once and kept (the
// second ask runs no statement); on a writable store every ask reads the
// store again, so a write between two asks shows.
func TestKept(t *testing.T) {
	ctx := context.Background()
	s, path := newStore(t)
	if _, err := s.db.ExecContext(ctx, `CREATE TABLE kept_probe (k INTEGER); INSERT INTO kept_probe VALUES (1), (2)`); err != nil {
		t.Fatal(err)
	}
	const q = `SELECT count(*) FROM kept_probe WHERE k >= ?`
	count := func(st *Store, k int) int64 {
		t.Helper()
		tab, err := st.Kept(ctx, q, k)
		if err != nil {
			t.Fatal(err)
		}
		return table.Int(tab.Rows[0][0])
	}
	if got := count(s, 1); got != 2 {
		t.Fatalf("writable: %d rows, want 2", got)
	}
	if _, err := s.db.ExecContext(ctx, `INSERT INTO kept_probe VALUES (3)`); err != nil {
		t.Fatal(err)
	}
	if got := count(s, 1); got != 3 {
		t.Errorf("writable, after a write: %d rows, want 3 (a writable store keeps nothing)", got)
	}
	s.Close()

	ro, err := OpenReadOnly(path)
	if err != nil {
		t.Fatal(err)
	}
	defer ro.Close()
	if got := count(ro, 1); got != 3 {
		t.Errorf("read-only: %d rows, want 3", got)
	}
	before := ro.Statements()
	if got := count(ro, 1); got != 3 {
		t.Errorf("read-only, asked again: %d rows, want 3", got)
	}
	if n := ro.Statements() - before; n != 0 {
		t.Errorf("read-only: the second ask ran %d statements, want 0 (kept)", n)
	}
	if got := count(ro, 3); got != 1 {
		t.Errorf("read-only, another argument: %d rows, want 1 (answers are kept by their arguments)", got)
	}
}
