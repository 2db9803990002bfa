package query

import (
	"context"
	"testing"
	"time"

	"github.com/icestat/icestat/internal/fixture"
)

// The Total row of "ICE Initial Book-Ins by Facility Type and Criminality:
// FY2026", 'Detention FY26' row 29 of the 2025-11-21 edition, read with
// openpyxl (not icestat): B29 Convicted Criminal 17,283, C29 Pending
// Criminal Charges 15,807, D29 Other Immigration Violator 28,711, E29 Total
// 61,801.
func TestBookInsByCriminality(t *testing.T) {
	s := fixture.Detention(t, "bookins-criminality", "2025-11-21_FY26_detentionStats11202025.xlsx")
	e := &Engine{Store: s}
	ctx := context.Background()
	got, err := e.BookInsByCriminality(ctx, 2026, time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	if got == nil {
		t.Fatal("no table for FY2026")
	}
	want := map[string]float64{"Convicted Criminal": 17283, "Pending Criminal Charges": 15807, "Other Immigration Violator": 28711, "Total": 61801}
	for k, v := range want {
		if got.Classes[k] != v {
			t.Errorf("%s = %v, want %v", k, got.Classes[k], v)
		}
	}
	if got.Source.File != "2025-11-21_FY26_detentionStats11202025.xlsx" || len(got.Cells) != len(want) {
		t.Errorf("source %s cells %v, want the 2025-11-21 edition and one cell per class", got.Source.File, got.Cells)
	}
	// a fiscal year no stored edition prints, and an edition not yet out
	// by the day asked, give no table
	for _, tc := range []struct {
		fy int
		by time.Time
	}{{2025, time.Time{}}, {2026, time.Date(2025, 11, 1, 0, 0, 0, 0, time.UTC)}} {
		none, err := e.BookInsByCriminality(ctx, tc.fy, tc.by)
		if err != nil {
			t.Fatal(err)
		}
		if none != nil {
			t.Errorf("FY%d printed by %v: %v, want none", tc.fy, tc.by, none.Classes)
		}
	}
}
