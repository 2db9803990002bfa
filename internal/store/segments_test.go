package store

import (
	"context"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/icestat/icestat/internal/canon"
)

func modern(name string) string { return filepath.Join("..", "..", "testdata", "modern", name) }

// segmentCols maps each segment of a dataset to its canonical columns.
func segmentCols(t *testing.T, s *Store, dataset string) map[string][]string {
	t.Helper()
	segs, err := segments(context.Background(), s.db, dataset)
	if err != nil {
		t.Fatal(err)
	}
	m := map[string][]string{}
	for _, sg := range segs {
		m[sg.name] = sg.cols
	}
	return m
}

// TestSegments loads two releases with different columns (a LESA text file
// and a 2025 cleaned export) and a second LESA file: the LESA files share one
// narrow segment, the 2025 file gets its own, and the dataset's view shows
// every row with every canonical column, NULL where a release has none.
func TestSegments(t *testing.T) {
	s, _ := newStore(t)
	ctx := context.Background()
	load(t, s, sample("BOS_EROArrests_FY2016.csv.gz"), false)
	load(t, s, modern("clean_2025-ICLI-00019_arrests.csv"), false)
	load(t, s, sample("BOS_EROArrests_FY2017.csv.gz"), false)

	segs := segmentCols(t, s, "arrests")
	if len(segs) != 2 || segs["arrests_seg1"] == nil || segs["arrests_seg2"] == nil {
		t.Fatalf("arrests segments = %v, want arrests_seg1 (LESA) and arrests_seg2 (2025)", segs)
	}
	for name, cols := range segs {
		if len(cols) >= len(canon.Columns) {
			t.Errorf("%s has all %d canonical columns: not narrow", name, len(cols))
		}
	}
	// The LESA release has no case status; the 2025 release does.
	if slices.Contains(segs["arrests_seg1"], "case_status") || !slices.Contains(segs["arrests_seg2"], "case_status") {
		t.Errorf("case_status in the wrong segment: %v", segs)
	}
	// 1,858 + 2,834 Boston rows (zcat FILE | tail -n +7 | wc -l on the two
	// slices) and 47 rows of the 2025 file (python3 csv.DictReader, len).
	if n := count(t, s, `SELECT count(*) FROM arrests`); n != 1858+2834+47 {
		t.Errorf("arrests = %d, want %d", n, 1858+2834+47)
	}
	if n := count(t, s, `SELECT count(*) FROM arrests_seg1`); n != 1858+2834 {
		t.Errorf("arrests_seg1 = %d, want %d", n, 1858+2834)
	}
	// case_status filled in 44 of the 47 rows (python3: x['case_status'] != ''),
	// and NULL in every LESA row through the view.
	if n := count(t, s, `SELECT count(case_status) FROM arrests`); n != 44 {
		t.Errorf("rows with a case status = %d, want 44", n)
	}
	// Every column of the view, in canonical order then the bookkeeping ones.
	var cols []string
	rows, err := s.db.QueryContext(ctx, `SELECT column_name FROM duckdb_columns() WHERE table_name = 'arrests' ORDER BY column_index`)
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var c string
		rows.Scan(&c)
		cols = append(cols, c)
	}
	rows.Close()
	var want []string
	for _, c := range canon.Columns {
		want = append(want, c.Name)
	}
	want = append(want, canon.ColRedacted, canon.ColExtra, canon.ColSourceID, canon.ColSourceRow)
	if !slices.Equal(cols, want) {
		t.Errorf("view columns\n%v\nwant\n%v", cols, want)
	}

	// --replace deletes from the right segment and reuses it.
	before := snapshot(t, s)
	load(t, s, sample("BOS_EROArrests_FY2016.csv.gz"), true)
	if after := snapshot(t, s); after != before {
		t.Errorf("replace changed the store:\n%s\n%s", before, after)
	}
	problems, total, err := s.Verify(ctx)
	if err != nil || len(problems) > 0 || total != 1858+2834+47 {
		t.Errorf("verify: %v %v %d", problems, err, total)
	}

	// A segment the view leaves out would hide its rows from every query:
	// verify says so. (Made by hand; a load always redefines the view.)
	for _, q := range []string{`CREATE TABLE arrests_seg9 AS SELECT * FROM arrests_seg2`, `UPDATE arrests_seg9 SET source_id = 2`} {
		if _, err := s.db.ExecContext(ctx, q); err != nil {
			t.Fatal(err)
		}
	}
	problems, _, err = s.Verify(ctx)
	if err != nil || len(problems) != 1 || !strings.Contains(problems[0].Detail, "the view shows 4739 rows but its tables (arrests_seg1, arrests_seg2, arrests_seg9) hold 4786") {
		t.Errorf("verify with a segment outside the view: %v %v", problems, err)
	}
}

// TestMigrateVersion1 builds a store in the layout of schema version 1 (one
// wide table per dataset, as builds before segments wrote it), then checks
// that it reads as before read-only, and that a writable open turns each
// table into the first segment under the view without changing a row.
func TestMigrateVersion1(t *testing.T) {
	s, path := newStore(t)
	ctx := context.Background()
	load(t, s, sample("BOS_EROArrests_FY2017.csv.gz"), false)
	var wide []string
	for _, c := range canon.Columns {
		wide = append(wide, c.Name)
	}
	stmts := []string{`UPDATE meta SET value = '1' WHERE key = 'schema_version'`}
	cat, err := readCatalog(ctx, s.db)
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range canon.Datasets {
		tables := cat.datasets[d]
		stmts = append(stmts, segmentDDL(segment{name: d + "_wide", cols: wide}),
			`INSERT INTO `+d+`_wide SELECT * FROM `+d, `DROP VIEW `+d)
		for _, tb := range tables {
			stmts = append(stmts, `DROP TABLE `+tb)
		}
		stmts = append(stmts, `ALTER TABLE `+d+`_wide RENAME TO `+d)
	}
	for _, q := range stmts {
		if _, err := s.db.Exec(q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	s.Close()

	ro, err := OpenReadOnly(path)
	if err != nil {
		t.Fatal(err)
	}
	// 2,834 rows: zcat | tail -n +7 | wc -l on the slice
	if n := count(t, ro, `SELECT count(*) FROM arrests WHERE aor = 'BOS'`); n != 2834 {
		t.Errorf("version 1 store read-only: %d arrests, want 2834", n)
	}
	if problems, total, err := ro.Verify(ctx); err != nil || len(problems) > 0 || total != 2834 {
		t.Errorf("version 1 verify: %v %v %d", problems, err, total)
	}
	before := snapshot(t, ro)
	ro.Close()

	w, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	if v := count(t, w, `SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'schema_version'`); v != SchemaVersion {
		t.Errorf("schema version after upgrade = %d", v)
	}
	if got := segmentCols(t, w, "arrests"); len(got) != 1 || len(got["arrests_seg1"]) != len(canon.Columns) {
		t.Errorf("arrests segments after upgrade: %v", got)
	}
	after := snapshot(t, w)
	if strings.Split(before, "\n")[0] != strings.Split(after, "\n")[0] {
		t.Errorf("upgrade changed row counts:\n%s\n%s", before, after)
	}
	// The next file of other columns gets a narrow segment of its own.
	load(t, w, modern("clean_2025-ICLI-00019_arrests.csv"), false)
	if got := segmentCols(t, w, "arrests"); len(got) != 2 {
		t.Errorf("segments after a new release: %v", got)
	}
	if n := count(t, w, `SELECT count(*) FROM arrests`); n != 2834+47 {
		t.Errorf("arrests = %d, want %d", n, 2834+47)
	}
}
