//go:build unix

package store

import (
	"context"
	"encoding/csv"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sync"
	"syscall"
	"testing"
	"time"

	duckdb "github.com/duckdb/duckdb-go/v2"

	"github.com/icestat/icestat/internal/canon"
	"github.com/icestat/icestat/internal/ingest"
)

// BenchmarkHandoff compares the two ways of handing parsed rows to DuckDB
// that the duckdb-go API offers without build tags, for the same rows into
// the same segment table of a fresh store:
//
//   - read_csv: what Load does, DuckDB's parallel CSV reader over the load
//     file icestat wrote;
//   - table_function: the rows already typed in Go memory (dates as days,
//     integers, strings), served to `INSERT … SELECT` by a parallel chunk
//     table function (duckdb.RegisterTableUDF) filling DataChunks.
//
// Parsing the load file into memory is not timed. The question it answers is
// whether a typed hand-off would make DuckDB's share of an ingest cheaper
// (issue 2; bench/README.md, round 4): hardly — filling the vectors cell by
// cell through the API cost more than DuckDB's CSV reader on every core and
// about 7% less on one thread. An empty cell becomes NULL here (the
// comparison is of cost; the row count is checked).
//
// ICESTAT_BENCH_FILES (a glob of single-table text files) picks other files.
//
//	go test -run x -bench Handoff -benchtime 3x ./internal/store
func BenchmarkHandoff(b *testing.B) {
	paths := benchFiles(b, "EROEncounters_FY2017.csv.gz")
	var files []*ingest.File
	var tables []*memTable
	var rows int64
	for _, p := range paths {
		f, err := ingest.Read(p, ingest.Options{TempDir: b.TempDir()})
		if err != nil {
			b.Fatal(err)
		}
		defer f.Cleanup()
		if len(f.Parts) != 1 {
			b.Skipf("%s: %d parts; the benchmark takes single-table text files", p, len(f.Parts))
		}
		m, err := readLoadFile(f.Parts[0])
		if err != nil {
			b.Fatal(err)
		}
		files, tables = append(files, f), append(tables, m)
		rows += int64(m.n)
	}
	for _, bc := range []struct {
		mode      string
		sharedCPU bool // DuckDB leaves a core to the parser, as during a many-file ingest
	}{{"read_csv", false}, {"table_function", false}, {"read_csv", true}, {"table_function", true}} {
		name := bc.mode + "/all-cores"
		if bc.sharedCPU {
			name = bc.mode + "/one-core-fewer"
		}
		mode := bc.mode
		b.Run(name, func(b *testing.B) {
			var cpu time.Duration
			for b.Loop() {
				s, err := Open(filepath.Join(b.TempDir(), "h.duckdb"))
				if err != nil {
					b.Fatal(err)
				}
				if err := s.ShareCores(bc.sharedCPU); err != nil {
					b.Fatal(err)
				}
				c0 := processCPU()
				for i, f := range files {
					if err := handoffLoad(s, mode, f, tables[i], i); err != nil {
						b.Fatal(err)
					}
				}
				cpu += processCPU() - c0
				var n int64
				if err := s.db.QueryRow(`SELECT count(*) FROM ` + files[0].Parts[0].Dataset).Scan(&n); err != nil || n != rows {
					b.Fatalf("stored %d rows, want %d (%v)", n, rows, err)
				}
				s.Close()
			}
			b.ReportMetric(float64(rows)*float64(b.N)/b.Elapsed().Seconds(), "rows/s")
			b.ReportMetric(cpu.Seconds()/float64(b.N), "cpu-s/op")
		})
	}
}

// handoffLoad stores f's rows in one transaction, from its load file or from
// m through table function handoff_rows_<i> (a function registered once is
// DuckDB's for the database, so each file needs a name of its own).
func handoffLoad(s *Store, mode string, f *ingest.File, m *memTable, i int) error {
	ctx := context.Background()
	conn, err := s.db.Conn(ctx)
	if err != nil {
		return err
	}
	defer conn.Close()
	if mode == "table_function" {
		m.next = 0
		if err := duckdb.RegisterTableUDF(conn, fmt.Sprintf("handoff_rows_%d", i), duckdb.ParallelChunkTableFunction{
			BindArguments: func(map[string]any, ...any) (duckdb.ParallelChunkTableSource, error) { return m, nil },
		}); err != nil {
			return err
		}
	}
	tx, err := conn.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	ids, err := nextIDs(ctx, tx, 1)
	if err != nil {
		return err
	}
	if err := insertSources(ctx, tx, f, ids, time.Now()); err != nil {
		return err
	}
	if mode == "read_csv" {
		if err := loadRows(ctx, tx, f, []int{0}, ids); err != nil {
			return err
		}
	} else {
		p := f.Parts[0]
		table, err := segmentFor(ctx, tx, p.Dataset, p.Columns)
		if err != nil {
			return err
		}
		var cols string
		for _, c := range p.Columns {
			cols += quoteIdent(c) + ", "
		}
		if _, err := tx.ExecContext(ctx, fmt.Sprintf(`INSERT INTO %s (%sredacted, extra, source_id, source_row)
			SELECT %sredacted, extra, %d, source_row FROM handoff_rows_%d()`, table, cols, cols, ids[0], i)); err != nil {
			return err
		}
	}
	return tx.Commit()
}

// memTable holds a load file's rows as typed columns and serves them as a
// parallel chunk table function, 2,048 rows per claim.
type memTable struct {
	info []duckdb.ColumnInfo
	cols []memColumn
	n    int

	mu   sync.Mutex
	next int
}

type memColumn struct {
	kind  canon.Kind
	str   []string
	num   []int32 // days since 1970-01-01 for dates
	valid []bool
}

func (m *memTable) ColumnInfos() []duckdb.ColumnInfo     { return m.info }
func (m *memTable) Cardinality() *duckdb.CardinalityInfo { return nil }
func (m *memTable) NewLocalState() any                   { return &struct{}{} }
func (m *memTable) Init() duckdb.ParallelTableSourceInfo {
	return duckdb.ParallelTableSourceInfo{MaxThreads: 0} // DuckDB's thread count
}

func (m *memTable) FillChunk(_ any, ch duckdb.DataChunk) error {
	m.mu.Lock()
	start := m.next
	end := min(start+duckdb.GetDataChunkCapacity(), m.n)
	m.next = end
	m.mu.Unlock()
	for ci := range m.cols {
		c := &m.cols[ci]
		for r := start; r < end; r++ {
			var err error
			switch {
			case !c.valid[r]:
				err = ch.SetValue(ci, r-start, nil)
			case c.kind == canon.Date:
				err = duckdb.SetChunkValue(ch, ci, r-start, time.Unix(int64(c.num[r])*86400, 0).UTC())
			case c.kind == canon.Int:
				err = duckdb.SetChunkValue(ch, ci, r-start, c.num[r])
			default:
				err = duckdb.SetChunkValue(ch, ci, r-start, c.str[r])
			}
			if err != nil {
				return err
			}
		}
	}
	return ch.SetSize(end - start)
}

// readLoadFile reads a part's load file (tab-separated, doubled quotes) into
// typed columns: its canonical columns, then redacted, extra, source_row.
func readLoadFile(p *ingest.Part) (*memTable, error) {
	m := &memTable{}
	names := append(append([]string{}, p.Columns...), canon.ColRedacted, canon.ColExtra, canon.ColSourceRow)
	for _, name := range names {
		kind := canon.Text
		if i, ok := canon.ColumnIndex[name]; ok {
			kind = canon.Columns[i].Kind
		} else if name == canon.ColSourceRow {
			kind = canon.Int
		}
		t := duckdb.TYPE_VARCHAR
		switch kind {
		case canon.Date:
			t = duckdb.TYPE_DATE
		case canon.Int:
			t = duckdb.TYPE_INTEGER
		case canon.Bool:
			return nil, fmt.Errorf("%s: boolean column %s not supported by this benchmark", p.RowsPath, name)
		}
		info, err := duckdb.NewTypeInfo(t)
		if err != nil {
			return nil, err
		}
		m.info = append(m.info, duckdb.ColumnInfo{Name: name, T: info})
		m.cols = append(m.cols, memColumn{kind: kind})
	}
	fh, err := os.Open(p.RowsPath)
	if err != nil {
		return nil, err
	}
	defer fh.Close()
	r := csv.NewReader(fh)
	r.Comma, r.ReuseRecord = '\t', true
	for {
		rec, err := r.Read()
		if err == io.EOF {
			return m, nil
		}
		if err != nil {
			return nil, err
		}
		for ci, v := range rec {
			c := &m.cols[ci]
			c.valid = append(c.valid, v != "")
			switch c.kind {
			case canon.Date:
				var days int32
				if v != "" {
					d, err := time.Parse(time.DateOnly, v)
					if err != nil {
						return nil, fmt.Errorf("%s: %w", p.RowsPath, err)
					}
					days = int32(d.Unix() / 86400)
				}
				c.num = append(c.num, days)
			case canon.Int:
				var x int32
				if v != "" {
					if _, err := fmt.Sscan(v, &x); err != nil {
						return nil, fmt.Errorf("%s: %q: %w", p.RowsPath, v, err)
					}
				}
				c.num = append(c.num, x)
			default:
				c.str = append(c.str, v)
			}
		}
		m.n++
	}
}

// processCPU is the user and system CPU time of this process so far (DuckDB's
// threads included).
func processCPU() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
