package report

import (
	"context"
	"github.com/icestat/icestat/internal/table"
	"math"
	"os"
	"path/filepath"
	"testing"

	"github.com/icestat/icestat/internal/detstats"
	"github.com/icestat/icestat/internal/query"
	"github.com/icestat/icestat/internal/store"
)

// TestReportDetention builds a report on a store holding only two real
// detention-statistics editions and the daily facility populations.
// Expected values, read from the workbooks' XML (python3 zipfile) and by SQL
// over read_parquet written here:
//
//	2025-05-24_FY25_detentionStats05232025.xlsx 'Detention FY25'!F20 = 48870 (detained as of 2025-05-23)
//	2025-06-06_FY25_detentionStats06052025.xlsx 'Detention FY25'!Q20 = 28797 (book-ins, May 2025)
func TestReportDetention(t *testing.T) {
	dir, _ := filepath.Abs(sharedData)
	wb := filepath.Join(dir, "ice-detention-stats", "workbooks")
	if _, err := os.Stat(wb); err != nil {
		t.Skipf("%s not present (the shared data sits next to the checkout): %v", wb, err)
	}
	ctx := context.Background()
	s, err := store.Open(filepath.Join(t.TempDir(), "s.duckdb"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	for _, f := range []string{"2025-05-24_FY25_detentionStats05232025.xlsx", "2025-06-06_FY25_detentionStats06052025.xlsx"} {
		e, err := detstats.ReadEdition(filepath.Join(wb, f))
		if err != nil {
			t.Fatal(err)
		}
		if _, err := s.LoadEdition(ctx, e); err != nil {
			t.Fatal(err)
		}
	}
	parquet := filepath.Join(dir, "ice-detention-stats", "facilities-daily-population-latest.parquet")
	ref := filepath.Join(dir, "reference", "detention_facilities.csv")
	if _, err := s.LoadFacilityPopulation(ctx, parquet, ref, nil); err != nil {
		t.Fatal(err)
	}
	want, err := s.Table(ctx, `SELECT round(sum(p.n_detained) / 31.0, 1) FROM read_parquet(?) p
JOIN read_csv(?, header=true, all_varchar=true) r ON r.detention_facility_code = p.detention_facility_code
WHERE upper(r.state) = 'MA' AND CAST(p.date AS DATE) BETWEEN DATE '2025-05-01' AND DATE '2025-05-31'`, parquet, ref)
	if err != nil {
		t.Fatal(err)
	}
	rep, err := Build(ctx, &query.Engine{Store: s}, Request{State: "MA", Month: "2025-05"})
	if err != nil {
		t.Fatal(err)
	}
	d := rep.Detention
	if d == nil {
		t.Fatal("no detention section")
	}
	byCmd := map[string]DetentionFigure{}
	for _, f := range d.Figures {
		byCmd[f.Command] = f
	}
	for cmd, v := range map[string]float64{
		"icestat count detained --date 2025-05-31 --by criminality":       48870,
		"icestat count book-ins --month 2025-05":                          28797,
		"icestat count held --state MA --from 2025-05-01 --to 2025-05-31": table.Float(want.Rows[0][0]),
	} {
		f, ok := byCmd[cmd]
		if !ok {
			t.Errorf("no figure for %s among %+v", cmd, d.Figures)
			continue
		}
		if f.Value == nil || math.Abs(*f.Value-v) > 1e-9 || f.Status != Complete {
			t.Errorf("%s: %v (%s), want %v", cmd, f.Value, f.Status, v)
		}
	}
	// A year earlier (May 2024) no edition of this store prints book-ins,
	// but the daily populations cover it.
	if f := byCmd["icestat count held --state MA --from 2024-05-01 --to 2024-05-31"]; f.Value == nil {
		t.Errorf("a year earlier: %+v", f)
	}
	if len(d.Facilities) == 0 || d.Facilities[0].ADP < d.Facilities[len(d.Facilities)-1].ADP {
		t.Errorf("facilities not ranked: %+v", d.Facilities)
	}
}
