package store

import (
	"context"
	"strings"
	"testing"
)

// TestRecoverInterrupted builds the state one killed `ingest --replace` left
// behind (rows whose sources row does not exist; see recoverInterrupted) by
// writing such rows directly, and checks that a read-only verify reports
// them, that the next writable open removes exactly them and says so, and
// that the committed file is untouched.
func TestRecoverInterrupted(t *testing.T) {
	s, path := newStore(t)
	load(t, s, sample("BOS_EROArrests_FY2017.csv.gz"), false)
	ctx := context.Background()
	// Rows live in segment tables (segments.go): the sample's arrests went to
	// arrests_seg1; removals get a segment of their own here.
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	if seg, err := segmentFor(ctx, tx, "removals", []string{"event_date", "aor"}); err != nil || seg != "removals_seg1" {
		t.Fatalf("segment %q, %v", seg, err)
	}
	if err := tx.Commit(); err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{
		// a committed arrests source exists (id 1); id 7 was never committed
		`INSERT INTO removals_seg1 (source_id, source_row) SELECT 7, i FROM range(3) t(i)`,
		`INSERT INTO arrests_seg1 (source_id, source_row) VALUES (7, 1)`,
		`INSERT INTO rejects (source_id, file, "row", "column", raw, reason, row_kept) VALUES (7, 'x', 1, 'c', 'v', 'r', true)`,
		// a removals row under the arrests source's id is an orphan too
		`INSERT INTO removals_seg1 (source_id, source_row) VALUES (1, 1)`,
		`INSERT INTO detstats_values (edition_id, table_no, value) VALUES (5, 1, 1.0)`,
	} {
		if _, err := s.db.ExecContext(ctx, q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	s.Close()

	ro, err := OpenReadOnly(path)
	if err != nil {
		t.Fatal(err)
	}
	problems, _, err := ro.Verify(ctx)
	ro.Close()
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, p := range problems {
		got = append(got, p.Table+": "+p.Detail)
	}
	// arrests: 1 orphan; removals: 4; rejects: 1; detstats_values: 1
	want := []string{"arrests_seg1: 1 rows", "removals_seg1: 4 rows", "rejects: 1 rows", "detstats_values: 1 rows"}
	for _, w := range want {
		if !strings.Contains(strings.Join(got, "\n"), w) {
			t.Errorf("read-only verify does not report %q: %v", w, got)
		}
	}

	w, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	rec := map[string]int64{}
	for _, r := range w.Recovered() {
		rec[r.Table] = r.Rows
		if !strings.Contains(r.String(), "interrupted ingest") {
			t.Errorf("recovery message %q", r)
		}
	}
	if rec["removals_seg1"] != 4 || rec["arrests_seg1"] != 1 || rec["rejects"] != 1 || rec["detstats_values"] != 1 || len(rec) != 4 {
		t.Errorf("recovered %v", rec)
	}
	problems, rows, err := w.Verify(ctx)
	// 2,834 rows: the Boston FY2017 slice (see TestLoadSampleAndCounts)
	if err != nil || len(problems) > 0 || rows != 2834 {
		t.Errorf("after recovery: %v %v %d", problems, err, rows)
	}
	if n := count(t, w, `SELECT count(*) FROM arrests WHERE aor = 'BOS' AND fy = 2017`); n != 2834 {
		t.Errorf("committed rows after recovery = %d, want 2834", n)
	}
	if len(w.Recovered()) == 0 {
		t.Fatal("nothing recovered")
	}
	// a second open finds nothing
	w.Close()
	again, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer again.Close()
	if r := again.Recovered(); len(r) != 0 {
		t.Errorf("second open recovered %v", r)
	}
}
