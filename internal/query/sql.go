package query

import (
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/icestat/icestat/internal/canon"
	"github.com/icestat/icestat/internal/definitions"
	"github.com/icestat/icestat/internal/place"
)

// sqlLiteral quotes a constant from this program's own tables (method
// lists); user values are always bound parameters instead.
func sqlLiteral(s string) string { return "'" + strings.ReplaceAll(s, "'", "''") + "'" }

func literalList(vals []string) string {
	out := make([]string, len(vals))
	for i, v := range vals {
		out[i] = sqlLiteral(strings.ToLower(v))
	}
	return strings.Join(out, ", ")
}

// methodClassSQL is the CASE expression of the method class under a scheme.
func methodClassSQL(s definitions.MethodScheme) string {
	in := func(vals []string) string {
		if len(vals) == 0 { // a scheme with no "other" group (ddp)
			return "FALSE"
		}
		return "lower(method) IN (" + literalList(vals) + ")"
	}
	return methodClassCase(s, in)
}

// methodClassList is methodClassSQL with list_contains for IN: the same
// class for every row (a NULL method is in no list either way, so
// 'unknown'), but no join: DuckDB reads a long IN list as a join with the
// list, a hash table each, which a batch of six schemes' classes made the
// most of its statement's cost (batch.go).
func methodClassList(s definitions.MethodScheme) string {
	in := func(vals []string) string {
		if len(vals) == 0 {
			return "FALSE"
		}
		return "list_contains([" + literalList(vals) + "], lower(method))"
	}
	return methodClassCase(s, in)
}

func methodClassCase(s definitions.MethodScheme, in func([]string) string) string {
	return fmt.Sprintf(`CASE WHEN %s THEN 'at-large' WHEN %s THEN 'custodial' WHEN %s THEN 'other' ELSE 'unknown' END`,
		in(s.AtLarge), in(s.Custodial), in(s.Other))
}

// dimension returns the SQL expression of a --by dimension. Text columns
// tell a redacted cell from an empty one.
func dimension(name string, scheme definitions.MethodScheme) (string, bool) {
	switch name {
	case "month":
		return "strftime(event_date, '%Y-%m')", true
	case "week":
		return "strftime(date_trunc('week', event_date), '%Y-%m-%d')", true
	case "date":
		return "strftime(event_date, '%Y-%m-%d')", true
	case "year":
		return "year(event_date)", true
	case "method_class":
		return methodClassSQL(scheme), true
	case "source":
		return "source_id", true
	case "criminality":
		return "coalesce(criminality, 'unknown')", true
	case "final_order":
		return "CASE WHEN final_order THEN 'yes' WHEN NOT final_order THEN 'no' ELSE 'unknown' END", true
	}
	i, ok := canon.ColumnIndex[name]
	if !ok {
		return "", false
	}
	c := canon.Columns[i]
	if c.Kind != canon.Text {
		if c.Kind == canon.Date {
			return fmt.Sprintf("strftime(%s, '%%Y-%%m-%%d')", name), true
		}
		return name, true
	}
	return fmt.Sprintf(`CASE WHEN %[1]s IS NOT NULL THEN %[1]s WHEN list_contains(string_split(coalesce(redacted, ''), ','), '%[1]s') THEN '(redacted)' ELSE '(empty)' END`, name), true
}

// where builds the WHERE clause of the filters (without source selection).
func (q *Query) where(scheme definitions.MethodScheme) (string, []any) {
	conds, args := q.whereParts(scheme, methodClassSQL)
	return strings.Join(conds, " AND "), args
}

// sqlCond is one condition of a WHERE clause and its bound values.
type sqlCond struct {
	sql  string
	args []any
}

// whereConds are the conditions that where joins with AND, each with its
// own values (a batch shares the conditions its questions have in
// common), method classes with list_contains (methodClassList); ok is
// false when the values cannot be told apart by
// condition (a '?' inside a literal).
func (q *Query) whereConds(scheme definitions.MethodScheme) ([]sqlCond, bool) {
	conds, args := q.whereParts(scheme, methodClassList)
	var out []sqlCond
	for _, c := range conds {
		n := strings.Count(c, "?")
		if n > len(args) {
			return nil, false
		}
		out = append(out, sqlCond{sql: c, args: args[:n:n]})
		args = args[n:]
	}
	return out, len(args) == 0
}

// whereParts are the conditions of where and their values, in order.
func (q *Query) whereParts(scheme definitions.MethodScheme, classSQL func(definitions.MethodScheme) string) ([]string, []any) {
	var conds []string
	var args []any
	in := func(col string, vals []string) {
		conds = append(conds, fmt.Sprintf("%s IN (%s)", col, placeholders(len(vals))))
		for _, v := range vals {
			args = append(args, v)
		}
	}
	if len(q.AORs) > 0 {
		in("aor", q.AORs)
	}
	if len(q.States) > 0 {
		var aors []string
		for _, st := range q.States {
			for a := range place.AORsOfState(st) {
				aors = appendUnique(aors, a)
			}
		}
		// In order: the statement an answer shows is the same every time.
		sort.Strings(aors)
		c := fmt.Sprintf("state IN (%s)", placeholders(len(q.States)))
		for _, s := range q.States {
			args = append(args, s)
		}
		if len(aors) > 0 {
			c = fmt.Sprintf("(%s OR (state IS NULL AND aor IN (%s)))", c, placeholders(len(aors)))
			for _, a := range aors {
				args = append(args, a)
			}
		}
		conds = append(conds, c)
	}
	if len(q.FYs) > 0 {
		conds = append(conds, fmt.Sprintf("%s IN (%s)", q.fyColumn(), placeholders(len(q.FYs))))
		for _, y := range q.FYs {
			args = append(args, y)
		}
	}
	if len(q.Months) > 0 {
		var ors []string
		for _, m := range q.Months {
			iv, _ := canon.MonthInterval(m)
			from, to := iv.From, iv.To
			ors = append(ors, q.dateColumn()+" BETWEEN ? AND ?")
			args = append(args, from.Time(), to.Time())
		}
		conds = append(conds, "("+strings.Join(ors, " OR ")+")")
	}
	if q.From != nil {
		conds = append(conds, q.dateColumn()+" >= ?")
		args = append(args, q.From.Time())
	}
	if q.To != nil {
		conds = append(conds, q.dateColumn()+" <= ?")
		args = append(args, q.To.Time())
	}
	if q.RemovalBasis == definitions.BasisExcludingLag {
		// ICE's removals "excluding the lag": leave out rows whose Departed
		// Date falls in an earlier fiscal year than their removal date's.
		conds = append(conds, "NOT "+lagCond)
	}
	if len(q.Countries) > 0 {
		in("country", q.Countries)
	}
	if len(q.Criminality) > 0 {
		var ors []string
		var classes []string
		for _, c := range q.Criminality {
			if c == "unknown" {
				ors = append(ors, "criminality IS NULL")
			}
			classes = append(classes, definitions.CriminalityFilters[c]...)
		}
		if len(classes) > 0 {
			ors = append(ors, fmt.Sprintf("criminality IN (%s)", placeholders(len(classes))))
			for _, c := range classes {
				args = append(args, c)
			}
		}
		conds = append(conds, "("+strings.Join(ors, " OR ")+")")
	}
	if len(q.Methods) > 0 {
		var ors []string
		for _, m := range q.Methods {
			switch strings.ToLower(m) {
			case definitions.AtLarge, definitions.Custodial, definitions.Other, definitions.Unknown:
				ors = append(ors, fmt.Sprintf("(%s) = ?", classSQL(scheme)))
				args = append(args, strings.ToLower(m))
			default:
				ors = append(ors, "lower(method) = lower(?)")
				args = append(args, m)
			}
		}
		conds = append(conds, "("+strings.Join(ors, " OR ")+")")
	}
	if q.FinalOrder != nil {
		conds = append(conds, "final_order = ?")
		args = append(args, *q.FinalOrder)
	}
	if q.Landmark != "" {
		conds = append(conds, "contains(lower(landmark), lower(?))")
		args = append(args, q.Landmark)
	}
	if len(q.Operations) > 0 {
		conds = append(conds, fmt.Sprintf("lower(operation) IN (%s)", lowerPlaceholders(len(q.Operations))))
		for _, o := range q.Operations {
			args = append(args, o)
		}
	}
	if len(q.Genders) > 0 {
		conds = append(conds, fmt.Sprintf("lower(gender) IN (%s)", lowerPlaceholders(len(q.Genders))))
		for _, g := range q.Genders {
			args = append(args, g)
		}
	}
	for _, w := range q.Where {
		// The column name is checked against canon.Columns in Parse.
		if w.Value == "" {
			conds = append(conds, fmt.Sprintf("%s IS NULL", w.Column))
			continue
		}
		conds = append(conds, fmt.Sprintf("CAST(%s AS VARCHAR) = ?", w.Column))
		args = append(args, w.Value)
	}
	return conds, args
}

func placeholders(n int) string {
	return strings.TrimSuffix(strings.Repeat("?, ", n), ", ")
}

func lowerPlaceholders(n int) string {
	return strings.TrimSuffix(strings.Repeat("lower(?), ", n), ", ")
}

// dateColumn and fyColumn are the key date and fiscal year that periods and
// date dimensions use: the dataset's own, or Departed Date's for removals
// counted with --removal-basis departed-date.
func (q *Query) dateColumn() string {
	if q.RemovalBasis == definitions.BasisDepartedDate {
		return "departed_date"
	}
	return "event_date"
}

func (q *Query) fyColumn() string {
	if q.RemovalBasis == definitions.BasisDepartedDate {
		return "(year(departed_date) + CASE WHEN month(departed_date) >= 10 THEN 1 ELSE 0 END)"
	}
	return "fy"
}

// dim is dimension() under the query's removal basis.
func (q *Query) dim(name string, scheme definitions.MethodScheme) (string, bool) {
	expr, ok := dimension(name, scheme)
	if !ok || q.RemovalBasis != definitions.BasisDepartedDate {
		return expr, ok
	}
	switch name {
	case "month", "week", "date", "year":
		return strings.ReplaceAll(expr, "event_date", "departed_date"), true
	case "fy":
		return q.fyColumn(), true
	}
	return expr, ok
}

// dimInputs lists the stored columns that a --by dimension's expression
// (q.dim) reads. scanSQL groups the rows by them before it computes the
// dimensions, over far fewer rows: an expression that reads a column not
// listed here fails to bind (it is never answered wrong).
func (q *Query) dimInputs(name string) []string {
	switch name {
	case "month", "week", "date", "year":
		return []string{q.dateColumn()}
	case "fy":
		if q.RemovalBasis == definitions.BasisDepartedDate {
			return []string{"departed_date"}
		}
		return []string{"fy"}
	case "method_class":
		return []string{"method"}
	case "source":
		return []string{canon.ColSourceID}
	case "criminality", "final_order":
		return []string{name}
	}
	if i, ok := canon.ColumnIndex[name]; ok && canon.Columns[i].Kind == canon.Text {
		return []string{name, canon.ColRedacted} // a redacted cell is told from an empty one
	}
	return []string{name}
}

// scanSpec describes the one statement (scanSQL) that reads the rows a
// record count matches once for everything the count needs from them.
type scanSpec struct {
	keys     []string // the key expressions: the answer's dimensions, or the fiscal year of a single total
	inputs   []string // the stored columns the keys read (dimInputs)
	from     string   // the dataset, or the rows of its selected sources with possible_duplicate (--dedupe)
	fromArgs []any
	where    []string // conditions every row read meets (the filters; NOT possible_duplicate)
	args     []any
	// src is the selected sources' condition (sel.sourceSQL); "" when from
	// holds their rows only (--dedupe).
	src     string
	srcArgs []any
	// srcIDs are the selected sources (sel.used): src holds rows of these
	// only, and their matching rows outside src, those a preferred source
	// covers, are counted apart (class 2). src holds every row of those in
	// clean (no other source covers them), and allowed every row of those
	// in covering: the two conditions are evaluated for the other rows
	// only.
	srcIDs, clean, covering []string
	// textKeys are the text columns among the keys: their key reads
	// redacted only where the column is empty.
	textKeys    []string
	allowed     string // the rows the place's question may count (allowedSQL)
	allowedArgs []any
	stray       string // a covering source's row, on source_id ("FALSE" when none)
	persons     bool   // count distinct person keys per group too
	// nostate counts the counted rows without a state too (column
	// nostate of part 0, class 0: placeWarnings)
	nostate bool
	// known, when not nil, asks for the counted rows by raw method too
	// (part 2), flagged unknown when their method is not among known
	// (lower case) and custodial when it is custodial (methodWarnings).
	known     []string
	custodial string
	order     string // the groups' order, over the columns k1..kn and count
	limit     int    // the number of groups kept (0: all)
}

// insrcSQL is the condition that sorts a row read into the selected
// sources' rows (TRUE) and the shadowed rows a preferred source covers
// (FALSE), with its values. Every row of src, and of the shadowed sources,
// is a row of a selected source: source_id alone picks them (rowsSQL; the
// zone maps skip the rest), and src, computed once per row, sorts them
// into classes. It is TRUE for every row of a source no other covers; a
// row of a shadowed source outside src has it FALSE (class 2), or NULL
// when src cannot tell (no class: scanOnce skips the rows of a NULL
// class).
func (sp scanSpec) insrcSQL() (string, []any) {
	if sp.src == "" {
		return "TRUE", nil
	}
	insrc := sp.src
	if len(sp.clean) > 0 {
		insrc = fmt.Sprintf("CASE WHEN source_id IN (%s) THEN TRUE ELSE %s END", strings.Join(sp.clean, ", "), sp.src)
	}
	return insrc, append([]any{}, sp.srcArgs...)
}

// rowsSQL picks the rows of the selected sources by source_id.
func (sp scanSpec) rowsSQL() string {
	if len(sp.srcIDs) == 0 {
		return "FALSE"
	}
	return fmt.Sprintf("source_id IN (%s)", strings.Join(sp.srcIDs, ", "))
}

// okSQL is the condition on the rows the place's question may count
// (allowed, evaluated for the rows of non-covering sources only); its
// values are sp.allowedArgs.
func (sp scanSpec) okSQL() string {
	if len(sp.covering) > 0 {
		return fmt.Sprintf("CASE WHEN source_id IN (%s) THEN TRUE ELSE %s END", strings.Join(sp.covering, ", "), sp.allowed)
	}
	return sp.allowed
}

// scanSQL is the statement of a scanSpec. Each row read falls in one class:
// 0, a row of the selected sources the place's question counts; 1, a row of
// the selected sources left out (not allowed); 2, a matching row of a
// shadowed source left out for a preferred source's. Grouping sets give, in
// the same pass, per class:
//
//   - part 1, the groups: k1..kn, cls, stray (for class 1: a covering
//     source's row dated outside its covered periods), count [, persons],
//     class 0's ordered by order and limited to limit, the others by their
//     keys and stray;
//   - part 0, the sources: source_id, cls, count and keyed (rows with a
//     person key), in source order;
//   - part 2 (with known), the methods: method, cls, count and the two
//     flags unknown and custodial, unordered.
//
// It replaces four statements that each read the same rows: the sources'
// counts (the total), the groups, the groups left out and the shadowed
// rows (a fresh grouped `icestat count` spent most of its time there;
// issue 20). The answer is the same: the classes use the very conditions
// those statements used, and a row whose src condition is NULL (an undated
// row of a shadowed source) falls in no class, as it matched none of them.
//
// The rows are first counted by the stored columns the keys read, the
// source and the two conditions, so that the keys (string expressions,
// the costliest part) are computed once per distinct input, not once per
// row; distinct persons need the rows themselves.
func scanSQL(sp scanSpec) (string, []any) {
	var keys, knames []string
	for i, k := range sp.keys {
		keys = append(keys, fmt.Sprintf("%s AS k%d", k, i+1))
		knames = append(knames, fmt.Sprintf("k%d", i+1))
	}
	insrc, args := sp.insrcSQL()
	where := sp.where
	var whereArgs []any
	if sp.src != "" {
		where = append([]string{sp.rowsSQL()}, where...)
	}
	whereArgs = append(whereArgs, sp.args...)
	args = append(append(append(args, sp.allowedArgs...), sp.fromArgs...), whereArgs...)
	if len(where) == 0 {
		where = []string{"TRUE"}
	}
	ok := sp.okSQL()
	cols := "*"
	inputs := sp.inputs
	if sp.known != nil {
		inputs = append(append([]string{}, inputs...), "method")
	}
	if !sp.persons {
		var in []string
		for _, c := range inputs {
			if !slices.Contains(in, c) && c != canon.ColSourceID {
				in = append(in, c)
			}
		}
		for i, c := range in {
			if c == canon.ColRedacted && len(sp.textKeys) > 0 {
				// Grouped by only where a key reads it: a long text on
				// nearly every row costs the most to group by.
				var empty []string
				for _, k := range sp.textKeys {
					empty = append(empty, k+" IS NULL")
				}
				in[i] = fmt.Sprintf("CASE WHEN %s THEN %s END AS %s", strings.Join(empty, " OR "), c, c)
			}
		}
		// person_key under another name: it may be a key's input too.
		cols = strings.Join(append(in, canon.ColSourceID, "person_key AS pk"), ", ")
	}
	if sp.nostate {
		cols += ", state IS NULL AS ns"
	}
	rows := fmt.Sprintf("SELECT %s, %s AS insrc, %s AS ok FROM %s WHERE %s", cols, insrc, ok, sp.from, strings.Join(where, " AND "))
	if sp.persons {
		rows = fmt.Sprintf("SELECT *, 1 AS n, CASE WHEN person_key IS NULL THEN 0 ELSE 1 END AS keyed FROM (%s)", rows)
	} else {
		rows = fmt.Sprintf("SELECT * EXCLUDE (pk), count(*) AS n, count(pk) AS keyed FROM (%s) GROUP BY ALL", rows)
	}
	extra := ""
	if sp.persons {
		extra += ", person_key"
	}
	if sp.known != nil {
		extra += ", method AS m"
	}
	if sp.nostate {
		extra += ", ns"
	}
	rows = fmt.Sprintf("SELECT %s, source_id, n, keyed, CASE WHEN insrc THEN (CASE WHEN ok THEN 0 ELSE 1 END) WHEN NOT insrc THEN 2 END AS cls%s FROM (%s)",
		strings.Join(keys, ", "), extra, rows)
	rows = fmt.Sprintf("SELECT *, CASE WHEN cls = 1 THEN %s END AS stray FROM (%s)", sp.stray, rows)
	measures := "CAST(sum(n) AS BIGINT) AS count"
	if sp.persons {
		measures += ", count(DISTINCT person_key) AS persons"
	}
	if sp.nostate {
		measures += ", CAST(sum(CASE WHEN ns THEN n ELSE 0 END) AS BIGINT) AS nostate"
	}
	part, sets, methods := "GROUPING(source_id)", "", ""
	if sp.known != nil {
		part = "GROUPING(source_id) * (1 + GROUPING(k1))"
		sets = ", (cls, m)"
		methods = fmt.Sprintf("m, m IS NOT NULL AND lower(m) NOT IN (%s) AS unknown, coalesce(lower(m) = lower(?), FALSE) AS custodial, ", literalList(sp.known))
		args = append([]any{sp.custodial}, args...)
	}
	grouped := fmt.Sprintf("SELECT %s, cls, stray, source_id, %s%s, CAST(sum(keyed) AS BIGINT) AS keyed, %s AS part FROM (%s) GROUP BY GROUPING SETS ((cls, stray, %s), (cls, source_id)%s)",
		strings.Join(knames, ", "), methods, measures, part, rows, strings.Join(knames, ", "), sets)
	kept := ""
	if sp.limit > 0 {
		kept = " QUALIFY part <> 1 OR cls <> 0 OR rn_main <= " + strconv.Itoa(sp.limit)
	}
	return fmt.Sprintf("SELECT *, row_number() OVER (PARTITION BY part, cls ORDER BY %s) AS rn_main, row_number() OVER (PARTITION BY part, cls ORDER BY %s, stray) AS rn_key FROM (%s)%s ORDER BY part, cls, source_id, CASE WHEN cls = 0 THEN rn_main ELSE rn_key END",
		sp.order, strings.Join(knames, ", "), grouped, kept), args
}
