// Package table holds a small in-memory result (named columns, rows of
// values) and renders it as an aligned text table, CSV or JSON. Every command
// that prints rows uses it, so the three formats stay identical across
// commands.
package table

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"math/big"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// Table is a result set.
type Table struct {
	Columns []string
	Rows    [][]any
}

// Formats accepted by Write.
var Formats = []string{"table", "csv", "json"}

// Write renders t in one of Formats.
func (t *Table) Write(w io.Writer, format string) error {
	switch format {
	case "", "table":
		return t.WriteText(w)
	case "csv":
		return t.WriteCSV(w)
	case "json":
		return t.WriteJSON(w)
	}
	return fmt.Errorf("unknown format %q (want table, csv or json)", format)
}

// Cell formats one value for text and CSV output.
func Cell(v any) string {
	switch x := v.(type) {
	case nil:
		return ""
	case time.Time:
		if x.Hour() == 0 && x.Minute() == 0 && x.Second() == 0 && x.Nanosecond() == 0 {
			return x.Format("2006-01-02")
		}
		return x.Format(time.RFC3339)
	case float64:
		return strings.TrimRight(strings.TrimRight(fmt.Sprintf("%.6f", x), "0"), ".")
	case *big.Int:
		return x.String()
	case []byte:
		return string(x)
	}
	return fmt.Sprint(v)
}

// WriteText writes an aligned table, numbers right-aligned and raw.
func (t *Table) WriteText(w io.Writer) error { return t.writeText(w, false, 0) }

// WriteReadable writes the aligned table for a person: whole numbers with
// thousands separators, a "share" column as a percentage with one
// decimal (0.640990 → 64.1%), missing keys as "(none)". The first keys
// columns are group keys (a fiscal year 2018 stays 2018). Machine formats
// (CSV, JSON) stay raw.
func (t *Table) WriteReadable(w io.Writer, keys int) error { return t.writeText(w, true, keys) }

func readable(col string, v any) string {
	switch x := v.(type) {
	case nil:
		return "(none)"
	case *big.Int:
		if x.IsInt64() {
			return Thousands(x.Int64())
		}
	case int:
		return Thousands(int64(x))
	case int32:
		return Thousands(int64(x))
	case int64:
		return Thousands(x)
	case float64:
		if col == "share" {
			return fmt.Sprintf("%.1f%%", 100*x)
		}
		if x == float64(int64(x)) && x < 1e15 && x > -1e15 {
			return Thousands(int64(x))
		}
		return fmt.Sprintf("%.1f", x)
	}
	return Cell(v)
}

func (t *Table) writeText(w io.Writer, human bool, keys int) error {
	width := make([]int, len(t.Columns))
	for i, c := range t.Columns {
		width[i] = utf8.RuneCountInString(c)
	}
	cells := make([][]string, len(t.Rows))
	for r, row := range t.Rows {
		cells[r] = make([]string, len(row))
		for i, v := range row {
			s := Cell(v)
			if human && i < keys {
				if v == nil {
					s = "(none)"
				}
			} else if human {
				s = readable(t.Columns[i], v)
			} else if v == nil {
				s = "NULL"
			}
			cells[r][i] = s
			if n := utf8.RuneCountInString(s); i < len(width) && n > width[i] {
				width[i] = n
			}
		}
	}
	numeric := make([]bool, len(t.Columns))
	for i := range t.Columns {
		numeric[i] = len(t.Rows) > 0
		for _, row := range t.Rows {
			switch row[i].(type) {
			case int, int32, int64, float64, *big.Int, nil:
			default:
				numeric[i] = false
			}
		}
	}
	var b strings.Builder
	line := func(vals []string) {
		for i, v := range vals {
			if i > 0 {
				b.WriteString("  ")
			}
			pad := strings.Repeat(" ", width[i]-utf8.RuneCountInString(v))
			if numeric[i] {
				b.WriteString(pad + v)
			} else if i < len(vals)-1 {
				b.WriteString(v + pad)
			} else {
				b.WriteString(v)
			}
		}
		b.WriteByte('\n')
	}
	line(t.Columns)
	rule := make([]string, len(t.Columns))
	for i := range rule {
		rule[i] = strings.Repeat("-", width[i])
	}
	line(rule)
	for _, r := range cells {
		line(r)
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// WriteCSV writes RFC 4180 CSV with a header line.
func (t *Table) WriteCSV(w io.Writer) error {
	cw := csv.NewWriter(w)
	cw.Write(t.Columns)
	rec := make([]string, len(t.Columns))
	for _, row := range t.Rows {
		for i, v := range row {
			rec[i] = Cell(v)
		}
		cw.Write(rec)
	}
	cw.Flush()
	return cw.Error()
}

// Records returns the rows as JSON-ready objects keyed by column name.
func (t *Table) Records() []map[string]any {
	out := make([]map[string]any, len(t.Rows))
	for r, row := range t.Rows {
		m := make(map[string]any, len(row))
		for i, v := range row {
			m[t.Columns[i]] = JSONValue(v)
		}
		out[r] = m
	}
	return out
}

// JSONValue converts driver values to what encoding/json renders well.
func JSONValue(v any) any {
	switch x := v.(type) {
	case time.Time:
		return Cell(x)
	case *big.Int:
		if x.IsInt64() {
			return x.Int64()
		}
		return x.String()
	case []byte:
		return string(x)
	}
	return v
}

// WriteJSON writes an array of objects keyed by column name.
func (t *Table) WriteJSON(w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(t.Records())
}

// Int reads a count from a driver value (DuckDB returns int64 for count(*),
// int32 for INTEGER columns, *big.Int for HUGEINT sums).
func Int(v any) int64 {
	switch x := v.(type) {
	case int64:
		return x
	case int32:
		return int64(x)
	case int:
		return int64(x)
	case uint64:
		return int64(x)
	case float64:
		return int64(x)
	case *big.Int:
		if x.IsInt64() {
			return x.Int64()
		}
	}
	n, _ := strconv.ParseInt(fmt.Sprint(v), 10, 64)
	return n
}

// Float reads a number from a driver value (DOUBLE, integer types, HUGEINT
// sums as *big.Int, DECIMAL as text); 0 when it is none.
func Float(v any) float64 {
	switch x := v.(type) {
	case float64:
		return x
	case float32:
		return float64(x)
	case int64:
		return float64(x)
	case int32:
		return float64(x)
	case int:
		return float64(x)
	case uint64:
		return float64(x)
	case *big.Int:
		f, _ := new(big.Float).SetInt(x).Float64()
		return f
	case nil:
		return 0
	}
	f, _ := strconv.ParseFloat(fmt.Sprint(v), 64)
	return f
}

// Thousands formats n with comma separators: 143470 → "143,470".
func Thousands(n int64) string {
	s := strconv.FormatInt(n, 10)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	if neg {
		return "-" + b.String()
	}
	return b.String()
}
