package query

import (
	"fmt"
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
				ors = append(ors, fmt.Sprintf("(%s) = ?", methodClassSQL(scheme)))
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
	return strings.Join(conds, " AND "), args
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
