package answer

import (
	"encoding/csv"
	"fmt"
	"io"
	"regexp"
	"strings"

	"github.com/icestat/icestat/internal/canon"
	"github.com/icestat/icestat/internal/table"
	"github.com/icestat/icestat/internal/xlsx"
)

// The forms an answer takes when it leaves icestat (CSV, a notes file,
// xlsx) carry its caveats: every row its coverage, and beside the data the
// command, the URL, the coverage, every warning, the sources with their
// SHA-256 and the definitions version.

// Status is the answer's coverage in one word: complete, partial or none.
func (a *Answer) Status() string {
	switch {
	case a.Coverage.None:
		return "none"
	case a.Coverage.Complete:
		return "complete"
	}
	return "partial"
}

// rowStatus is row i's coverage: its own, else the answer's.
func (a *Answer) rowStatus(i int) string {
	if i < len(a.RowCoverage) && a.RowCoverage[i] != "" {
		return a.RowCoverage[i]
	}
	return a.Status()
}

// DataRows are the answer's rows as text, as a download shows them: the
// header (the columns, then "coverage"), then one record per row with
// withheld cells as their text, keys as shown (NULL as "(none)"), and a
// row's coverage last. dims is the number of key columns.
func (a *Answer) DataRows(dims int) [][]string {
	head := append(append([]string{}, a.Columns...), "coverage")
	out := [][]string{head}
	for i, r := range a.Rows {
		rec := make([]string, 0, len(r)+1)
		for j, c := range r {
			switch x := c.(type) {
			case Withheld:
				rec = append(rec, x.Text)
			case nil:
				if j < dims {
					rec = append(rec, "(none)")
				} else {
					rec = append(rec, "")
				}
			default:
				rec = append(rec, table.Cell(c))
			}
		}
		out = append(out, append(rec, a.rowStatus(i)))
	}
	return out
}

// Neutralise prefixes text a spreadsheet would read as a formula with an
// apostrophe.
func Neutralise(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}

// WriteCSV writes the answer's rows as CSV with a coverage column, text
// neutralised against formulas.
func (a *Answer) WriteCSV(w io.Writer, dims int) error {
	cw := csv.NewWriter(w)
	for i, rec := range a.DataRows(dims) {
		for j := range rec {
			if i == 0 || !isNumber(rec[j]) {
				rec[j] = Neutralise(rec[j])
			}
		}
		if err := cw.Write(rec); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

var numberRe = regexp.MustCompile(`^-?[0-9]+(\.[0-9]+)?(e[-+]?[0-9]+)?$`)

func isNumber(s string) bool { return numberRe.MatchString(s) }

// Notes are the answer's caveats as label and text pairs: what a kept
// spreadsheet needs to be read right. url is where the web answers the
// question ("" to leave it out).
func (a *Answer) Notes(url string) [][2]string {
	var out [][2]string
	add := func(k, v string) { out = append(out, [2]string{k, v}) }
	add("dataset", a.Dataset)
	if a.Label != "" {
		add("counts", a.Label)
	}
	add("command", a.Command)
	if url != "" {
		add("url", url)
	}
	switch {
	case a.Count != nil:
		if c := *a.Count; c == float64(int64(c)) {
			add("total", table.Thousands(int64(c)))
		} else {
			add("total", table.Cell(c))
		}
	case a.CountText != "":
		add("total", a.CountText)
	default:
		add("total", "no count: no ingested source covers this place and period")
	}
	cov := a.Status()
	if len(a.Coverage.Asked) > 0 {
		cov += "; asked " + canon.JoinIntervals(a.Coverage.Asked)
	} else if a.Coverage.AskedText != "" {
		cov += "; asked " + a.Coverage.AskedText
	}
	if len(a.Coverage.Covered) > 0 {
		cov += "; covered " + canon.JoinIntervals(a.Coverage.Covered)
	}
	if len(a.Coverage.Gaps) > 0 {
		cov += "; not covered " + canon.JoinIntervals(a.Coverage.Gaps)
	}
	if a.Coverage.Held != "" {
		cov += "; the store holds " + a.Coverage.Held
	}
	add("coverage", cov)
	for _, w := range a.Warnings {
		add("warning", w)
	}
	for _, n := range a.NotAvailable {
		add("not available", n)
	}
	for _, g := range a.GroupsLeftOut {
		rows := table.Thousands(g.Rows)
		if g.RowsText != "" {
			rows = g.RowsText
		}
		add("group left out", fmt.Sprintf("%s: %s rows (%s: %s)", strings.Join(g.Key, " "), rows, g.Coverage, g.Reason))
	}
	for _, s := range a.Sources {
		add("source", sourceText(s))
	}
	for _, s := range a.LeftOut {
		add("source left out", sourceText(s)+": "+s.Note)
	}
	if a.Definitions != "" {
		add("definitions", a.Definitions)
	}
	if a.SmallCell != nil {
		add("small cells", a.SmallCell.Rule)
	}
	return out
}

func sourceText(s Source) string {
	t := s.File
	if s.Sheet != "" {
		t += " [" + s.Sheet + "]"
	}
	if s.SHA256 != "" {
		t += " sha256 " + s.SHA256
	}
	switch {
	case s.RowsText != "":
		t += ", " + s.RowsText + " rows"
	case s.Rows > 0:
		t += ", " + table.Thousands(s.Rows) + " rows"
	}
	if s.Edition != "" {
		t += ", edition " + s.Edition
	}
	if len(s.Cells) > 0 {
		t += ", cells " + strings.Join(s.Cells, ",")
	}
	return t
}

// WriteNotes writes the notes as text, one "label: text" line each.
func (a *Answer) WriteNotes(w io.Writer, url string) error {
	for _, n := range a.Notes(url) {
		if _, err := fmt.Fprintf(w, "%s: %s\n", n[0], n[1]); err != nil {
			return err
		}
	}
	return nil
}

// WriteXLSX writes the answer as a workbook: a "data" sheet (the rows with
// their coverage; counts as numbers) and a "notes" sheet (Notes).
func (a *Answer) WriteXLSX(w io.Writer, dims int, url string) error {
	xw := xlsx.NewWriter(w)
	sh, err := xw.AddSheet("data")
	if err != nil {
		return err
	}
	for i, rec := range a.DataRows(dims) {
		vals := make([]any, len(rec))
		for j, s := range rec {
			vals[j] = s
			if i > 0 && j >= dims && j < len(rec)-1 {
				if f, ok := number(a.Rows[i-1][j]); ok {
					vals[j] = f
				}
			}
		}
		if err := sh.WriteRow(vals); err != nil {
			return err
		}
	}
	notes, err := xw.AddSheet("notes")
	if err != nil {
		return err
	}
	if err := notes.WriteRow([]any{"note", "text"}); err != nil {
		return err
	}
	for _, n := range a.Notes(url) {
		if err := notes.WriteRow([]any{n[0], n[1]}); err != nil {
			return err
		}
	}
	return xw.Close()
}

// number returns a count or share cell as a number.
func number(v any) (float64, bool) {
	switch x := v.(type) {
	case int, int8, int16, int32, int64, uint8, uint16, uint32, uint64:
		return float64(table.Int(x)), true
	case float32:
		return float64(x), true
	case float64:
		return x, true
	}
	return 0, false
}

var nameUnsafe = regexp.MustCompile(`[^A-Za-z0-9.]+`)

// FileName is a download's name from the question: icestat, the dataset,
// then the filters' values and "by-<dims>" ("icestat-arrests-BOS-fy2018-by-month.csv").
func (a *Answer) FileName(ext string) string {
	parts := []string{"icestat", a.Dataset}
	v := a.Params
	for _, k := range orderedKeys(v, fileKeyOrder) {
		if k == "by" || k == "sort" || k == "limit" || k == "format" {
			continue
		}
		for _, x := range v[k] {
			switch {
			case boolKeys[k]:
				parts = append(parts, k)
			case k == "fy":
				parts = append(parts, "fy"+x)
			default:
				parts = append(parts, x)
			}
		}
	}
	for _, b := range v["by"] {
		parts = append(parts, "by-"+strings.ReplaceAll(b, ",", "-"))
	}
	name := strings.Trim(nameUnsafe.ReplaceAllString(strings.Join(parts, "-"), "-"), "-")
	if len(name) > 120 {
		name = strings.TrimRight(name[:120], "-")
	}
	return name + "." + ext
}

// fileKeyOrder is the order of the question's parameters in file names.
var fileKeyOrder = []string{"aor", "state", "facility", "type", "date", "fy", "month", "from", "to", "country", "criminality",
	"method", "method-scheme", "removal-basis", "final-order", "landmark", "operation", "gender", "where", "source"}
