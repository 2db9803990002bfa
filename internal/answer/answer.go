// Package answer is the envelope every icestat answer travels in: a count
// of records (package query over the stored releases) and a published
// detention measure (ICE's detention statistics) alike. The command line,
// the web pages, the JSON API, CSV and xlsx downloads, reports and claim
// checks all render this one shape, so a caveat attached to a number here
// reaches every form the number takes.
//
// The package is pure (no DuckDB): it holds the types, the one bad-input
// error, the one small-cell rule, and the one way a question's parameters
// become an `icestat count …` command line or an Explore URL.
package answer

import (
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
	"sort"
	"strings"

	"github.com/icestat/icestat/internal/canon"
	"github.com/icestat/icestat/internal/table"
)

// Answer is one answer with everything needed to publish it.
type Answer struct {
	Dataset string   `json:"dataset"`         // dataset (arrests, …) or detention measure (detained, …)
	Label   string   `json:"label,omitempty"` // what the count counts, in words
	Unit    string   `json:"unit,omitempty"`  // records, people, book-ins, average daily population
	Columns []string `json:"columns"`         // the group-by dimensions then count (and persons, share)
	// Rows are the groups, typed as the store gave them; a cell withheld by
	// the small-cell rule holds a Withheld value.
	Rows [][]any `json:"-"`
	// RowParams, when set, holds for each row the parameters of the
	// question whose total is that row (nil where no filter expresses the
	// row exactly), so links are built from structured questions.
	RowParams []url.Values `json:"-"`
	// RowCoverage, when set, holds for each row its coverage status:
	// "complete", "partial", "subset" (only a program-subset or single-AOR
	// release speaks for it) or "none", decided by the same rules as the
	// answer's own coverage. Empty means every row is as covered as the
	// answer.
	RowCoverage []string `json:"-"`
	// Count is the answer's total; nil when nothing stored covers the place
	// and period asked (never print 0 as a fact) or when the small-cell
	// rule withholds it (then CountText says so).
	Count     *float64 `json:"count"`
	CountText string   `json:"count_text,omitempty"`
	Coverage  Coverage `json:"coverage"`
	Warnings  []string `json:"warnings"`
	Sources   []Source `json:"sources"`
	LeftOut   []Source `json:"sources_left_out,omitempty"`
	// GroupsLeftOut are the groups (or, for a single count, the periods)
	// the answer did not add: only a program-subset or single-AOR release
	// speaks for them, or their rows are dated where no source covers the
	// place (`--include-partial-sources` shows the former, flagged).
	GroupsLeftOut []GroupLeftOut `json:"groups_left_out,omitempty"`
	// NotAvailable names measures asked for that the sources cannot give
	// ("persons: not available (no person key in FILE)"), never shown as 0.
	NotAvailable []string `json:"not_available,omitempty"`
	// Definitions is the version of the definitions the answer follows.
	Definitions string `json:"definitions,omitempty"`
	// Params are the question's parameters (the keys of `icestat count`
	// flags and of the web's query strings).
	Params  url.Values  `json:"query"`
	Command string      `json:"command"` // the `icestat count …` line that reproduces the answer
	SQL     []Statement `json:"sql"`
	// SmallCell is set when a public rendering applied the small-cell rule.
	SmallCell *SmallCellRule `json:"small_cell_rule,omitempty"`
	// Links are the answer's other forms (html, csv, json, xlsx), set by
	// the web server.
	Links map[string]string `json:"links,omitempty"`
}

// Coverage says what was asked, what the stored sources cover, and whether
// the answer is complete for the period asked.
type Coverage struct {
	Asked    []canon.Interval `json:"asked,omitempty"`
	Covered  []canon.Interval `json:"covered"`
	Gaps     []canon.Interval `json:"gaps,omitempty"`
	Complete bool             `json:"complete"`
	None     bool             `json:"none"`
	// AskedText and Held say the same in words where days are not the
	// natural unit ("latest edition"; "editions as of 2019-10-06..2026-04-09
	// (147 tables)"); Note says why an answer is not covered.
	AskedText string `json:"asked_text,omitempty"`
	Held      string `json:"held,omitempty"`
	Note      string `json:"note,omitempty"`
}

// Source is a stored file, sheet or published table an answer used or left
// out, down to its cells for published tables.
type Source struct {
	ID     int64  `json:"id,omitempty"`
	File   string `json:"file"`
	Sheet  string `json:"sheet,omitempty"`
	SHA256 string `json:"sha256,omitempty"`
	Rows   int64  `json:"rows,omitempty"`
	// RowsText replaces Rows when the small-cell rule withholds it.
	RowsText string `json:"rows_text,omitempty"`
	Note     string `json:"note,omitempty"`
	// Release is set on records sources left out, which may differ from the
	// preferred one only by it (the same file under two --release tags).
	Release string `json:"release,omitempty"`
	// Published detention statistics: the edition and the cells read.
	Edition   string   `json:"edition_date,omitempty"`
	AsOf      string   `json:"as_of,omitempty"`
	AsOfBasis string   `json:"as_of_basis,omitempty"`
	Kind      string   `json:"kind,omitempty"`
	Title     string   `json:"title,omitempty"`
	Cells     []string `json:"cells,omitempty"`
	Periods   []string `json:"periods,omitempty"`
}

// GroupLeftOut is one group an answer left out, with the rows it holds.
type GroupLeftOut struct {
	Key      []string `json:"key"`
	Rows     int64    `json:"rows"`
	RowsText string   `json:"rows_text,omitempty"` // replaces Rows when the small-cell rule withholds it
	Coverage string   `json:"coverage"`            // "subset" or "none"
	Reason   string   `json:"reason"`
}

// Statement is one SQL statement an answer ran, with its bound arguments.
type Statement struct {
	SQL  string `json:"sql"`
	Args []any  `json:"args"`
}

// MarshalJSON renders driver values (times, decimals) as JSON values.
func (s Statement) MarshalJSON() ([]byte, error) {
	args := make([]any, len(s.Args))
	for i, a := range s.Args {
		args[i] = table.JSONValue(a)
	}
	type plain struct {
		SQL  string `json:"sql"`
		Args []any  `json:"args"`
	}
	return json.Marshal(plain{s.SQL, args})
}

// Error is a bad question: an unknown parameter, value, column or
// dimension. The command line exits 2 on it and the web answers 400.
type Error struct{ Msg string }

func (e *Error) Error() string { return e.Msg }

// Bad builds an *Error.
func Bad(format string, a ...any) error { return &Error{fmt.Sprintf(format, a...)} }

// IsBad reports whether err is (or wraps) a bad-question error.
func IsBad(err error) bool {
	var e *Error
	return errors.As(err, &e)
}

// ErrUnknownDataset is returned for a dataset or measure name icestat does
// not have (404 on the web).
var ErrUnknownDataset = errors.New("unknown dataset")

// Float returns n as the envelope's count.
func Float(n int64) *float64 {
	f := float64(n)
	return &f
}

// Records returns the rows as one object per row, column name to value,
// with withheld cells as null beside a "<column>_text" and "suppressed",
// and each row's Explore link when its question is known.
func (a *Answer) Records() []map[string]any {
	out := make([]map[string]any, 0, len(a.Rows))
	for i, r := range a.Rows {
		m := make(map[string]any, len(a.Columns)+1)
		for j, c := range a.Columns {
			if j >= len(r) {
				break
			}
			if w, ok := r[j].(Withheld); ok {
				m[c] = nil
				m[c+"_text"] = w.Text
				m["suppressed"] = true
				continue
			}
			m[c] = table.JSONValue(r[j])
		}
		if i < len(a.RowParams) && a.RowParams[i] != nil {
			m["explore"] = ExploreURL(a.RowParams[i])
		}
		if i < len(a.RowCoverage) && a.RowCoverage[i] != "" {
			m["coverage"] = a.RowCoverage[i]
		}
		out = append(out, m)
	}
	return out
}

// Command is the icestat command line that asks the question with these
// parameters: `icestat count DATASET --key value …`, keys in the order
// given by order (then any others, sorted), boolean flags bare.
func Command(v url.Values, order []string) string {
	parts := []string{"icestat", "count", v.Get("dataset")}
	for _, k := range orderedKeys(v, order) {
		for _, x := range v[k] {
			if boolKeys[k] && x == "true" {
				parts = append(parts, "--"+k)
				continue
			}
			parts = append(parts, "--"+k, Quote(x))
		}
	}
	return strings.Join(parts, " ")
}

// boolKeys are the count flags that take no value.
var boolKeys = map[string]bool{"share": true, "persons": true, "dedupe": true, "include-partial-sources": true, "allow-absent": true}

// ExploreURL is the shareable web address of the question.
func ExploreURL(v url.Values) string { return "/explore?" + v.Encode() }

// APIURL is the JSON API address of the question.
func APIURL(v url.Values) string { return "/api/count?" + v.Encode() }

func orderedKeys(v url.Values, order []string) []string {
	var out []string
	seen := map[string]bool{"dataset": true}
	for _, k := range order {
		if !seen[k] && len(v[k]) > 0 {
			out = append(out, k)
		}
		seen[k] = true
	}
	var rest []string
	for k := range v {
		if !seen[k] {
			rest = append(rest, k)
		}
	}
	sort.Strings(rest)
	return append(out, rest...)
}

// Quote quotes s for a POSIX shell when it needs quoting (command lines
// icestat prints are meant to be pasted).
func Quote(s string) string {
	if s != "" && strings.IndexFunc(s, func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || strings.ContainsRune("-_.,/:=@+", r))
	}) < 0 {
		return s
	}
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}
