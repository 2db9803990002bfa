package query

import (
	"strconv"
	"time"

	"github.com/icestat/icestat/internal/canon"
	"github.com/icestat/icestat/internal/place"
	"github.com/icestat/icestat/internal/table"
)

// Clone copies a question through its parameters (the inverse pair
// Values/Parse), so the copy can be changed freely.
func (q *Query) Clone() *Query {
	c, err := Parse(q.Values())
	if err != nil {
		cp := *q
		return &cp
	}
	return c
}

// Narrow returns the question whose total is one row of q's grouped answer:
// q without the group-by, narrowed to the row's dimension values (keys, as
// the store gave them). It is nil when no filter expresses the row exactly
// (redacted or empty text, sources), so a link is never built to a
// different number.
func (q *Query) Narrow(keys []any) *Query {
	if q.Detention != nil || len(keys) != len(q.By) {
		return nil
	}
	lq := q.Clone()
	lq.By, lq.Limit, lq.Sort, lq.Share = nil, 0, "", false
	for i, dim := range q.By {
		if !lq.narrow(dim, keys[i]) {
			return nil
		}
	}
	return lq
}

// KeyText is a dimension value as shown: "(none)" for NULL.
func KeyText(v any) string {
	if v == nil {
		return "(none)"
	}
	return table.Cell(v)
}

func (q *Query) narrowDates(from, to canon.Day) bool {
	if q.From == nil || from > *q.From {
		q.From = &from
	}
	if q.To == nil || to < *q.To {
		q.To = &to
	}
	return *q.From <= *q.To
}

func (q *Query) narrow(dim string, v any) bool {
	s := KeyText(v)
	switch dim {
	case "month":
		iv, ok := canon.MonthInterval(s)
		return ok && q.narrowDates(iv.From, iv.To)
	case "week", "date":
		t, err := time.Parse("2006-01-02", s)
		if err != nil {
			return false
		}
		d := canon.DayOf(t)
		to := d
		if dim == "week" {
			to = d + 6
		}
		return q.narrowDates(d, to)
	case "year":
		y, err := strconv.Atoi(s)
		if err != nil {
			return false
		}
		return q.narrowDates(canon.NewDay(y, 1, 1), canon.NewDay(y, 12, 31))
	case "fy":
		if v == nil {
			q.Where = append(q.Where, Cond{Column: "fy"})
			return true
		}
		y, err := strconv.Atoi(s)
		if err != nil {
			return false
		}
		q.FYs = []int{y}
		return true
	case "method_class":
		if len(q.Methods) > 0 {
			return false
		}
		q.Methods = []string{s}
		return true
	case "criminality":
		q.Criminality = []string{s}
		return true
	case "final_order":
		switch s {
		case "yes", "no":
			b := s == "yes"
			q.FinalOrder = &b
		default:
			q.Where = append(q.Where, Cond{Column: "final_order"})
		}
		return true
	case "source":
		return false
	case "aor":
		if a, ok := place.LookupAOR(s); ok && a.Code == s {
			q.AORs = []string{s}
			return true
		}
	}
	i, ok := canon.ColumnIndex[dim]
	if !ok {
		return false
	}
	if canon.Columns[i].Kind == canon.Text {
		if s == "(redacted)" || s == "(empty)" {
			return false
		}
		q.Where = append(q.Where, Cond{Column: dim, Value: s})
		return true
	}
	if v == nil {
		q.Where = append(q.Where, Cond{Column: dim})
		return true
	}
	q.Where = append(q.Where, Cond{Column: dim, Value: s})
	return true
}
