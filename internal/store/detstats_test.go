package store

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"math/big"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/icestat/icestat/internal/detstats"
)

func detstatsShared(t testing.TB, parts ...string) string {
	t.Helper()
	p, _ := filepath.Abs(filepath.Join(append([]string{"..", "..", "..", "shared", "data"}, parts...)...))
	if _, err := os.Stat(p); err != nil {
		t.Skipf("%s not found (the shared data directory is absent): skipping", p)
	}
	return p
}

func workbook(t testing.TB, prefix string) *detstats.Edition {
	t.Helper()
	dir := detstatsShared(t, "ice-detention-stats", "workbooks")
	m, _ := filepath.Glob(filepath.Join(dir, prefix+"_*.xlsx"))
	if len(m) != 1 {
		t.Fatalf("want one %s_*.xlsx, found %v", prefix, m)
	}
	e, err := detstats.ReadEdition(m[0])
	if err != nil {
		t.Fatal(err)
	}
	return e
}

func TestDetstatsLoadEdition(t *testing.T) {
	s, _ := newStore(t)
	ctx := context.Background()
	a := workbook(t, "2025-06-06")
	b := workbook(t, "2025-06-21")
	for _, e := range []*detstats.Edition{a, b} {
		if _, err := s.LoadEdition(ctx, e); err != nil {
			t.Fatal(err)
		}
	}
	if f, err := s.FindEdition(ctx, b.SHA256); err != nil || f != b.File {
		t.Errorf("FindEdition: %q %v", f, err)
	}
	tables, _, passed, failed := b.Stats()
	if n := count(t, s, `SELECT count(*) FROM detstats_tables t JOIN detstats_editions e ON e.id = t.edition_id WHERE e.file = ?`, b.File); n != int64(tables) {
		t.Errorf("%d tables stored, parsed %d", n, tables)
	}
	if n := count(t, s, `SELECT count(*) FROM detstats_totals c JOIN detstats_editions e ON e.id = c.edition_id WHERE e.file = ? AND ok`, b.File); n != int64(passed) {
		t.Errorf("%d passed checks stored, parsed %d", n, passed)
	}
	if n := count(t, s, `SELECT count(*) FROM detstats_totals c JOIN detstats_editions e ON e.id = c.edition_id WHERE e.file = ? AND NOT ok`, b.File); n != int64(failed) {
		t.Errorf("%d failed checks stored, parsed %d", n, failed)
	}
	var nv int
	for _, tb := range b.Tables {
		nv += len(tb.Values)
	}
	if n := count(t, s, `SELECT count(*) FROM detstats_values v JOIN detstats_editions e ON e.id = v.edition_id WHERE e.file = ?`, b.File); n != int64(nv) {
		t.Errorf("%d values stored, parsed %d", n, nv)
	}
	// 'Detention FY25'!B20 of the 2025-06-21 edition = 39312 (currently
	// detained, ICE arrests, total), as of the date in ICE's file name.
	var v float64
	var asOf time.Time
	if err := s.db.QueryRow(`SELECT value, as_of FROM detstats_values v JOIN detstats_editions e ON e.id = v.edition_id
		WHERE e.file = ? AND kind = 'detained_by_agency_criminality' AND key1 = 'Total' AND measure = 'ICE'`, b.File).Scan(&v, &asOf); err != nil {
		t.Fatal(err)
	}
	if v != 39312 || asOf.Format("2006-01-02") != "2025-06-20" {
		t.Errorf("detained ICE total %v as of %s", v, asOf)
	}
	// Both editions print FY25 monthly book-ins; a month the later edition
	// revises is kept twice and marked.
	if n := count(t, s, `SELECT count(*) FROM detstats_series WHERE kind = 'book_ins_by_agency_month' AND period = '2025-05'`); n != 6 {
		t.Errorf("%d May 2025 book-in values (3 agencies × 2 editions)", n)
	}
	if n := count(t, s, `SELECT count(*) FROM detstats_series WHERE revised`); n == 0 {
		t.Error("no revised values across two editions")
	}
	if n := count(t, s, `SELECT count(*) FROM detstats_series WHERE revised AND previous_value IS NULL`); n != 0 {
		t.Errorf("%d revised values without a previous value", n)
	}
}

// A failing load leaves the store unchanged.
func TestDetstatsLoadAtomic(t *testing.T) {
	s, _ := newStore(t)
	ctx := context.Background()
	e := workbook(t, "2019-10-06")
	// A table whose values cannot be stored: a cell reference that breaks
	// nothing but a value count that will not match is hard to fake, so
	// cancel the context instead: the transaction must roll back.
	cctx, cancel := context.WithCancel(ctx)
	cancel()
	if _, err := s.LoadEdition(cctx, e); err == nil {
		t.Fatal("load with a cancelled context succeeded")
	}
	for _, tb := range []string{"detstats_editions", "detstats_tables", "detstats_values", "detstats_totals"} {
		if n := count(t, s, "SELECT count(*) FROM "+tb); n != 0 {
			t.Errorf("%s has %d rows after a failed load", tb, n)
		}
	}
	if _, err := s.LoadEdition(ctx, e); err != nil {
		t.Fatal(err)
	}
}

// Sums over facility_population against an independent aggregation written
// here directly on read_parquet and read_csv (no join through the store's
// table, a different grouping path).
func TestFacilityPopulation(t *testing.T) {
	parquet := filepath.Join(detstatsShared(t, "ice-detention-stats"), "facilities-daily-population-latest.parquet")
	ref := filepath.Join(detstatsShared(t, "reference"), "detention_facilities.csv")
	s, _ := newStore(t)
	ctx := context.Background()
	info, err := s.LoadFacilityPopulation(ctx, parquet, ref, map[string]string{"MA": "BOS", "ME": "BOS"})
	if err != nil {
		t.Fatal(err)
	}
	// The file behind the table is recorded: its SHA-256 (computed here from
	// the file's bytes) and the reference it was joined to.
	raw, err := os.ReadFile(parquet)
	if err != nil {
		t.Fatal(err)
	}
	ps, err := s.FacilityPopulationSource(ctx)
	if err != nil || ps == nil {
		t.Fatalf("population source: %v %v", ps, err)
	}
	if sum := sha256.Sum256(raw); ps.SHA256 != hex.EncodeToString(sum[:]) || ps.File != "facilities-daily-population-latest.parquet" ||
		ps.Size != int64(len(raw)) || ps.Reference != "detention_facilities.csv" || ps.Rows != info.Rows {
		t.Errorf("population source %+v", ps)
	}
	// README: 888,699 rows, 2022-10-01 … 2026-03-10.
	if info.Rows != 888699 || info.From.Format("2006-01-02") != "2022-10-01" || info.To.Format("2006-01-02") != "2026-03-10" {
		t.Errorf("info %+v", info)
	}
	var want, got float64
	if err := s.db.QueryRow(`SELECT sum(n_detained) FROM read_parquet(?)`, parquet).Scan(&want); err != nil {
		t.Fatal(err)
	}
	if err := s.db.QueryRow(`SELECT sum(n_detained) FROM facility_population`).Scan(&got); err != nil {
		t.Fatal(err)
	}
	if got != want {
		t.Errorf("sum n_detained %v, Parquet %v", got, want)
	}
	// Massachusetts, May 2025: person-days and average daily population.
	var wantDays, wantSum float64
	if err := s.db.QueryRow(`SELECT count(DISTINCT p.date), sum(p.n_detained) FROM read_parquet(?) p
		WHERE p.detention_facility_code IN (SELECT detention_facility_code FROM read_csv(?, header=true, all_varchar=true) WHERE state = 'MA')
		AND p.date >= DATE '2025-05-01' AND p.date < DATE '2025-06-01'`, parquet, ref).Scan(&wantDays, &wantSum); err != nil {
		t.Fatal(err)
	}
	if wantSum == 0 {
		t.Fatal("independent MA May 2025 sum is 0")
	}
	tb, note, err := s.FacilityPopulation(ctx, FacilityQuery{State: "MA", From: date(t, "2025-05-01"), To: date(t, "2025-05-31")})
	if err != nil || tb == nil {
		t.Fatalf("%v %s", err, note)
	}
	col := func(name string) any {
		for i, c := range tb.Columns {
			if c == name {
				return tb.Rows[0][i]
			}
		}
		t.Fatalf("no column %s in %v", name, tb.Columns)
		return nil
	}
	if pd := toFloat(col("person_days")); pd != wantSum {
		t.Errorf("person_days %v, independent %v", pd, wantSum)
	}
	if adp := toFloat(col("avg_daily_population")); adp != float64(int64(wantSum/31*10+0.5))/10 {
		t.Errorf("ADP %v, independent %v/31", adp, wantSum)
	}
	if d := toFloat(col("days_with_data")); d != wantDays {
		t.Errorf("days %v, independent %v", d, wantDays)
	}
	// By state over the whole file: the groups add up to the file's total.
	tb, _, err = s.FacilityPopulation(ctx, FacilityQuery{By: []string{"state"}})
	if err != nil {
		t.Fatal(err)
	}
	var sum float64
	for _, r := range tb.Rows {
		sum += toFloat(r[len(tb.Columns)-2])
	}
	if sum != want {
		t.Errorf("sum over states %v, Parquet %v", sum, want)
	}
	// A period without data says so instead of 0.
	tb, note, err = s.FacilityPopulation(ctx, FacilityQuery{State: "MA", From: date(t, "2019-01-01"), To: date(t, "2019-01-31")})
	if err != nil || tb != nil || note == "" {
		t.Errorf("no-data period: %v %v %q", tb, err, note)
	}
}

func date(t *testing.T, s string) time.Time {
	d, err := time.Parse("2006-01-02", s)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func toFloat(v any) float64 {
	switch x := v.(type) {
	case float64:
		return x
	case int64:
		return float64(x)
	case int32:
		return float64(x)
	case *big.Int:
		f, _ := new(big.Float).SetInt(x).Float64()
		return f
	}
	return -1
}

// BenchmarkDetstatsIngest parses and stores all 147 editions into a new
// store, one transaction per edition (see bench/README.md).
func BenchmarkDetstatsIngest(b *testing.B) {
	dir := detstatsShared(b, "ice-detention-stats", "workbooks")
	files, _ := filepath.Glob(filepath.Join(dir, "*.xlsx"))
	var parse, load time.Duration
	for i := 0; i < b.N; i++ {
		s, err := Open(filepath.Join(b.TempDir(), "b.duckdb"))
		if err != nil {
			b.Fatal(err)
		}
		for _, f := range files {
			t0 := time.Now()
			e, err := detstats.ReadEdition(f)
			if err != nil {
				b.Fatal(err)
			}
			t1 := time.Now()
			if _, err := s.LoadEdition(context.Background(), e); err != nil {
				b.Fatal(err)
			}
			parse += t1.Sub(t0)
			load += time.Since(t1)
		}
		s.Close()
	}
	b.ReportMetric(parse.Seconds()/float64(b.N), "parse-s/op")
	b.ReportMetric(load.Seconds()/float64(b.N), "load-s/op")
}
