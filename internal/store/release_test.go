package store

import (
	"context"
	"testing"
)

// TestSourcesColumnsOfAnOlderStore: a store written before the release
// column existed reads NULL releases read-only (the FOIA number stands in),
// and a writable open adds the column filled with the FOIA number. The
// column lookup reads pragma_table_info('sources') once per read-only store
// (issue 20), so this checks it sees a missing column as missing, and a
// present one as present.
func TestSourcesColumnsOfAnOlderStore(t *testing.T) {
	ctx := context.Background()
	s, path := newStore(t)
	load(t, s, sample("BOS_EROArrests_FY2017.csv.gz"), false)
	if !s.hasSourcesColumn(ctx, "release") || s.hasSourcesColumn(ctx, "no_such_column") {
		t.Fatalf("writable store: release %v, no_such_column %v", s.hasSourcesColumn(ctx, "release"), s.hasSourcesColumn(ctx, "no_such_column"))
	}
	want, err := s.SourceInfos(ctx)
	if err != nil || len(want) != 1 || want[0].Release == "" {
		t.Fatalf("sources: %+v %v", want, err)
	}
	if _, err := s.db.Exec(`ALTER TABLE sources DROP COLUMN release`); err != nil {
		t.Fatal(err)
	}
	s.Close()

	ro, err := OpenReadOnly(path)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name string
		has  bool
	}{{"release", false}, {"foia", true}, {"rows_skipped", true}, {"no_such_column", false}} {
		for range 2 { // the first answer is read, the second cached
			if got := ro.hasSourcesColumn(ctx, c.name); got != c.has {
				t.Errorf("read-only store without release: has %s = %v, want %v", c.name, got, c.has)
			}
		}
	}
	got, err := ro.SourceInfos(ctx)
	// The release of a source stored before releases is its FOIA number.
	if err != nil || len(got) != 1 || got[0].Release != want[0].FOIA {
		t.Errorf("read-only sources without release: %+v %v, want release %q", got, err, want[0].FOIA)
	}
	ro.Close()

	w, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	if !w.hasSourcesColumn(ctx, "release") {
		t.Error("a writable open did not add the release column")
	}
	if got, err := w.SourceInfos(ctx); err != nil || len(got) != 1 || got[0].Release != want[0].FOIA {
		t.Errorf("after the upgrade: %+v %v", got, err)
	}
}
