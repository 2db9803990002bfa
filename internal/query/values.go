package query

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"github.com/icestat/icestat/internal/canon"
	"github.com/icestat/icestat/internal/definitions"
	"github.com/icestat/icestat/internal/place"
	"github.com/icestat/icestat/internal/store"
)

// checkValues refuses filter values that occur in no stored source of the
// dataset and column (a typo would otherwise answer a confident 0), with up
// to three nearest values present. With AllowAbsent the values are
// accepted and the returned warnings say they are absent.
func (e *Engine) checkValues(ctx context.Context, q *Query) ([]string, error) {
	type check struct {
		flag, column, value string
		fold, substring     bool
	}
	var checks []check
	for _, c := range q.Countries {
		checks = append(checks, check{"country", "country", c, false, false})
	}
	for _, g := range q.Genders {
		checks = append(checks, check{"gender", "gender", g, true, false})
	}
	for _, o := range q.Operations {
		checks = append(checks, check{"operation", "operation", o, true, false})
	}
	for _, m := range q.Methods {
		switch strings.ToLower(m) {
		case definitions.AtLarge, definitions.Custodial, definitions.Other, definitions.Unknown:
			continue
		}
		checks = append(checks, check{"method", "method", m, true, false})
	}
	if q.Landmark != "" {
		checks = append(checks, check{"landmark", "landmark", q.Landmark, true, true})
	}
	for _, w := range q.Where {
		i := canon.ColumnIndex[w.Column]
		if w.Value == "" || canon.Columns[i].Kind != canon.Text {
			continue
		}
		checks = append(checks, check{"where " + w.Column + "=", w.Column, w.Value, false, false})
	}
	var warnings []string
	for _, c := range checks {
		how := store.MatchExact
		switch {
		case c.substring:
			how = store.MatchSubstring
		case c.fold:
			how = store.MatchFold
		}
		// One matching row is enough to accept the value; every distinct
		// value is read only for an absent value (the suggestions), or
		// when it is cached already.
		vals, found, ok, err := e.findValue(ctx, q.Dataset, c.column, c.value, how)
		if err != nil {
			return nil, fmt.Errorf("checking --%s: %w", c.flag, err)
		}
		if ok && present([]string{found}, c.value, c.fold, c.substring) {
			continue
		}
		if vals == nil {
			if vals, err = e.Store.DistinctValues(ctx, q.Dataset, c.column); err != nil {
				return nil, fmt.Errorf("checking --%s: %w", c.flag, err)
			}
		}
		if present(vals, c.value, c.fold, c.substring) {
			continue
		}
		if q.AllowAbsent {
			warnings = append(warnings, fmt.Sprintf("value not present in any source: %s %q occurs in no stored %s source (--allow-absent), so the count is 0 by construction, not a finding", c.column, c.value, q.Dataset))
			continue
		}
		msg := fmt.Sprintf("%s %q occurs in no stored %s source", c.column, c.value, q.Dataset)
		if c.column == "method" {
			msg += fmt.Sprintf(" and is not a method class (%s, %s, %s, %s)", definitions.AtLarge, definitions.Custodial, definitions.Other, definitions.Unknown)
		}
		cands := vals
		if c.column == "method" {
			cands = append([]string{definitions.AtLarge, definitions.Custodial, definitions.Other, definitions.Unknown}, vals...)
		}
		if s := Suggest(c.value, cands, 3); len(s) > 0 {
			msg += fmt.Sprintf("; did you mean %s?", orList(s))
		} else if len(vals) == 0 {
			msg += fmt.Sprintf(" (no stored %s source has a %s column)", q.Dataset, c.column)
		}
		return nil, bad("%s (--allow-absent counts it anyway)", msg)
	}
	return warnings, nil
}

func present(vals []string, v string, fold, substring bool) bool {
	lv := strings.ToLower(v)
	for _, x := range vals {
		switch {
		case substring && strings.Contains(strings.ToLower(x), lv):
			return true
		case !substring && fold && strings.EqualFold(x, v):
			return true
		case !substring && !fold && x == v:
			return true
		}
	}
	return false
}

func orList(s []string) string {
	q := s
	if len(q) == 1 {
		return q[0]
	}
	return strings.Join(q[:len(q)-1], ", ") + " or " + q[len(q)-1]
}

func andList(s []string) string {
	if len(s) <= 1 {
		return strings.Join(s, "")
	}
	return strings.Join(s[:len(s)-1], ", ") + " and " + s[len(s)-1]
}

// Suggest returns up to n values nearest to v (case-insensitive edit
// distance, a prefix match counting as near), nearest first; only values
// close enough to be a plausible typo.
func Suggest(v string, vals []string, n int) []string {
	lv := strings.ToLower(strings.TrimSpace(v))
	type cand struct {
		s string
		d int
	}
	var cs []cand
	seen := map[string]bool{}
	for _, x := range vals {
		lx := strings.ToLower(x)
		if seen[lx] || lx == "" {
			continue
		}
		seen[lx] = true
		d := levenshtein(lv, lx)
		if len(lv) >= 3 && strings.HasPrefix(lx, lv) && d > 1 {
			d = 1 + d/4
		}
		limit := max(2, len([]rune(lv))/3)
		if d <= limit {
			cs = append(cs, cand{x, d})
		}
	}
	sort.SliceStable(cs, func(i, j int) bool {
		if cs[i].d != cs[j].d {
			return cs[i].d < cs[j].d
		}
		return cs[i].s < cs[j].s
	})
	var out []string
	for _, c := range cs {
		if len(out) == n {
			break
		}
		out = append(out, c.s)
	}
	return out
}

// levenshtein is the edit distance between a and b (runes).
func levenshtein(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}

// suggestAOR and suggestState say which known places are nearest to an
// unknown one.
func suggestAOR(s string) string {
	var places [][2]string
	for _, a := range place.AORs() {
		places = append(places, [2]string{a.Code, a.Name})
	}
	return suggestPlace(s, places)
}

func suggestState(s string) string {
	var places [][2]string
	for _, st := range place.States() {
		places = append(places, [2]string{st.Code, st.Name})
	}
	return suggestPlace(s, places)
}

// suggestPlace names up to three places (code, name) whose code or name is
// nearest to s: "; did you mean BOS (Boston) or BUF (Buffalo)?".
func suggestPlace(s string, places [][2]string) string {
	var names []string
	byName := map[string][2]string{}
	for _, p := range places {
		names = append(names, p[0], p[1])
		byName[strings.ToLower(p[0])], byName[strings.ToLower(p[1])] = p, p
	}
	var out []string
	for _, x := range Suggest(s, names, 6) {
		p := byName[strings.ToLower(x)]
		out = appendUnique(out, fmt.Sprintf("%s (%s)", p[0], p[1]))
	}
	if len(out) > 3 {
		out = out[:3]
	}
	if len(out) == 0 {
		return ""
	}
	return "; did you mean " + orList(out) + "?"
}

func aorName(code string) string {
	a, _ := place.LookupAOR(code)
	return a.Name
}
