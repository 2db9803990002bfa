// Command moderngen writes files in the layout of the Deportation Data
// Project's current releases (arrests-latest, detainers-latest,
// encounters-latest, detention-stays-latest) at any size, for the tests and
// the benchmark of big modern releases (bench/modern.sh). The real files are
// far bigger than anything in ../shared/data (arrests-latest.xlsx is about
// 142 MB) and are not available offline.
//
//	moderngen -dataset arrests -rows 1000000 -format xlsx|csv|parquet -out arrests-latest.xlsx [-seed 1] [-sheetrows N]
//
// Columns: the cleaned column names of release 2025-ICLI-00019 as the
// project's real fixture has them (testdata/modern/clean_2025-ICLI-00019_*.csv,
// real rows), in that order, then the columns the Deportation Data Project's
// cleaning adds (code/arrests-latest.R in deportationdata/ice:
// apprehension_date_time and duplicate_possible for arrests; file, sheet and
// row for every dataset). Types: a column whose real values are all dates is
// a date (an Excel date serial in a date style in xlsx, YYYY-MM-DD in CSV), a
// date-time column a date-time, all numbers a number, the rest text; the
// duplicate flag is logical.
//
// Values: each column's values are drawn from the real rows' values of that
// column (every value, empty and redacted ones included, with its real
// frequency); dates move by up to 30 days either way so that a million rows
// do not repeat a few dozen dates; person keys repeat at the rate the real
// rows repeat them. Columns are drawn independently: the marginal
// distributions are real, the joint one is not.
//
// Sheets: Excel holds 1,048,576 rows a sheet; the rows go on in a new sheet
// that repeats the header, as the split releases do (-sheetrows lowers the
// limit for tests).
package main

import (
	"bufio"
	"encoding/csv"
	"flag"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/icestat/icestat/internal/store"
	"github.com/icestat/icestat/internal/xlsx"
)

// datasets maps a dataset to its fixture and the file name of the
// Deportation Data Project's current release.
var datasets = map[string]struct{ fixture, latest, sheet string }{
	"arrests":         {"clean_2025-ICLI-00019_arrests.csv", "arrests-latest", "Admin Arrests"},
	"detainers":       {"clean_2025-ICLI-00019_detainers.csv", "detainers-latest", "Detainers"},
	"encounters":      {"clean_2025-ICLI-00019_encounters.csv", "encounters-latest", "Encounters"},
	"detention-stays": {"clean_2025-ICLI-00019_detentions.csv", "detention-stays-latest", "Detentions"},
}

func main() {
	ds := flag.String("dataset", "arrests", "arrests, detainers, encounters or detention-stays")
	rows := flag.Int("rows", 1000000, "data rows")
	format := flag.String("format", "xlsx", "xlsx, csv or parquet")
	out := flag.String("out", "", "output file")
	seed := flag.Uint64("seed", 1, "random seed (the same seed writes the same file)")
	sheetRows := flag.Int("sheetrows", xlsx.MaxSheetRows, "rows a sheet holds, header included")
	fixtures := flag.String("fixtures", "testdata/modern", "directory of the real fixtures")
	flag.Parse()
	if *out == "" {
		fmt.Fprintln(os.Stderr, "usage: moderngen -dataset D -rows N -format xlsx|csv -out FILE")
		os.Exit(2)
	}
	g, err := newGenerator(*fixtures, *ds, *seed)
	if err == nil {
		err = g.write(*out, *format, *rows, *sheetRows)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "moderngen:", err)
		os.Exit(1)
	}
}

type kind int

const (
	text kind = iota
	date
	dateTime
	number
	logical
)

type column struct {
	name   string
	kind   kind
	values []string // the real values, one per real row
}

type generator struct {
	dataset, latest, sheet string
	cols                   []column
	rng                    *rand.Rand
	keyRate                float64 // distinct person keys per row in the real rows
	keyCol, dateCol        int
}

var (
	dateRe     = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`)
	dateTimeRe = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}(:\d{2})?$`)
	numberRe   = regexp.MustCompile(`^-?\d+(\.\d+)?$`)
)

func newGenerator(dir, dataset string, seed uint64) (*generator, error) {
	d, ok := datasets[dataset]
	if !ok {
		return nil, fmt.Errorf("unknown dataset %q (want arrests, detainers, encounters or detention-stays)", dataset)
	}
	fh, err := os.Open(filepath.Join(dir, d.fixture))
	if err != nil {
		return nil, err
	}
	defer fh.Close()
	recs, err := csv.NewReader(fh).ReadAll()
	if err != nil {
		return nil, fmt.Errorf("%s: %w", d.fixture, err)
	}
	g := &generator{dataset: dataset, latest: d.latest, sheet: d.sheet, rng: rand.New(rand.NewPCG(seed, 19)), keyCol: -1, dateCol: -1}
	for i, name := range recs[0] {
		c := column{name: name}
		isDate, isDT, isNum, any := true, true, true, false
		for _, r := range recs[1:] {
			v := r[i]
			c.values = append(c.values, v)
			if v == "" {
				continue
			}
			any = true
			isDate = isDate && dateRe.MatchString(v)
			isDT = isDT && (dateTimeRe.MatchString(v) || dateRe.MatchString(v))
			isNum = isNum && numberRe.MatchString(v)
		}
		switch {
		case !any:
		case isDate:
			c.kind = date
		case isDT:
			c.kind = dateTime
		case isNum:
			c.kind = number
		}
		if name == "unique_identifier" {
			g.keyCol = i
			seen := map[string]bool{}
			for _, v := range c.values {
				seen[v] = true
			}
			g.keyRate = float64(len(seen)) / float64(len(c.values))
		}
		if g.dateCol < 0 && (c.kind == date || c.kind == dateTime) {
			g.dateCol = i // the key date comes first in every release
		}
		g.cols = append(g.cols, c)
	}
	if dataset == "arrests" {
		g.cols = append(g.cols, column{name: "apprehension_date_time", kind: dateTime}, column{name: "duplicate_possible", kind: logical})
	}
	g.cols = append(g.cols, column{name: "file", kind: text}, column{name: "sheet", kind: text}, column{name: "row", kind: number})
	return g, nil
}

// row draws one row: values (string, time.Time, float64, bool or nil).
func (g *generator) row(n, persons int, vals []any) {
	var key time.Time
	for i := range g.cols {
		c := &g.cols[i]
		vals[i] = nil
		switch c.name {
		case "apprehension_date_time":
			if !key.IsZero() {
				vals[i] = key.Add(time.Duration(g.rng.IntN(86400)) * time.Second)
			}
			continue
		case "duplicate_possible":
			vals[i] = g.rng.Float64() < 0.03
			continue
		case "file":
			vals[i] = g.latest + ".xlsx"
			continue
		case "sheet":
			vals[i] = g.sheet
			continue
		case "row":
			vals[i] = float64(n + 8)
			continue
		}
		if i == g.keyCol {
			vals[i] = fmt.Sprintf("%016x", uint64(g.rng.IntN(persons))*0x9E3779B97F4A7C15)
			continue
		}
		v := c.values[g.rng.IntN(len(c.values))]
		if v == "" {
			continue
		}
		switch c.kind {
		case date, dateTime:
			t, err := time.Parse("2006-01-02", v[:10])
			if err != nil {
				vals[i] = v
				continue
			}
			t = t.AddDate(0, 0, g.rng.IntN(61)-30)
			if c.kind == dateTime {
				t = t.Add(time.Duration(g.rng.IntN(86400)) * time.Second)
			}
			if i == g.dateCol {
				key = t
			}
			vals[i] = t
		case number:
			f, _ := strconv.ParseFloat(v, 64)
			vals[i] = f
		default:
			vals[i] = v
		}
	}
}

func (g *generator) write(path, format string, rows, sheetRows int) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	bw := bufio.NewWriterSize(f, 1<<20)
	switch format {
	case "xlsx":
		err = g.writeXLSX(bw, rows, sheetRows)
	case "csv", "parquet":
		err = g.writeCSV(bw, rows)
	default:
		err = fmt.Errorf("unknown format %q (want xlsx, csv or parquet)", format)
	}
	if err == nil {
		err = bw.Flush()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil && format == "parquet" {
		// the CSV, typed by DuckDB's reader (DATE, TIMESTAMP, DOUBLE,
		// BOOLEAN, VARCHAR), as Parquet
		tmp := path + ".csv"
		if err = os.Rename(path, tmp); err == nil {
			err = store.CSVToParquet(tmp, path)
			os.Remove(tmp)
		}
	}
	if err != nil {
		os.Remove(path)
	}
	return err
}

func (g *generator) header() []any {
	h := make([]any, len(g.cols))
	for i, c := range g.cols {
		h[i] = c.name
	}
	return h
}

func (g *generator) persons(rows int) int { return max(1, int(float64(rows)*g.keyRate)) }

func (g *generator) writeXLSX(w io.Writer, rows, sheetRows int) error {
	if sheetRows < 2 || sheetRows > xlsx.MaxSheetRows {
		return fmt.Errorf("-sheetrows must be 2..%d", xlsx.MaxSheetRows)
	}
	x := xlsx.NewWriter(w)
	x.DateSerials = true
	vals := make([]any, len(g.cols))
	persons := g.persons(rows)
	var s *xlsx.SheetWriter
	for n := 0; n < rows; n++ {
		if s == nil || s.Rows() == sheetRows {
			var err error
			if s, err = x.AddSheet(fmt.Sprintf("Sheet%d", len(x.Sheets())+1)); err != nil {
				return err
			}
			if err := s.WriteRow(g.header()); err != nil {
				return err
			}
		}
		g.row(n, persons, vals)
		if err := s.WriteRow(vals); err != nil {
			return err
		}
	}
	return x.Close()
}

func (g *generator) writeCSV(w io.Writer, rows int) error {
	cw := csv.NewWriter(w)
	h := make([]string, len(g.cols))
	for i, c := range g.cols {
		h[i] = c.name
	}
	if err := cw.Write(h); err != nil {
		return err
	}
	vals := make([]any, len(g.cols))
	rec := make([]string, len(g.cols))
	persons := g.persons(rows)
	for n := 0; n < rows; n++ {
		g.row(n, persons, vals)
		for i, v := range vals {
			switch x := v.(type) {
			case nil:
				rec[i] = ""
			case time.Time:
				if g.cols[i].kind == dateTime {
					rec[i] = x.Format("2006-01-02 15:04:05")
				} else {
					rec[i] = x.Format("2006-01-02")
				}
			case float64:
				rec[i] = strconv.FormatFloat(x, 'f', -1, 64)
			case bool:
				rec[i] = strings.ToUpper(strconv.FormatBool(x))
			default:
				rec[i] = fmt.Sprint(x)
			}
		}
		if err := cw.Write(rec); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}
