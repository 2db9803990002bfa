package claims

import (
	"context"
	"fmt"
	"math"
	"net/url"
	"sort"
	"strconv"
	"strings"

	"github.com/icestat/icestat/internal/canon"
	"github.com/icestat/icestat/internal/place"
	"github.com/icestat/icestat/internal/query"
	"github.com/icestat/icestat/internal/table"
)

// Explaining a number: which readings of the records give exactly this
// figure? A fact-checker who meets "2,908" in a story asks where it came
// from; Explain answers "Boston AOR arrests, FY2018" with the command that
// reproduces it. Every family of readings (dataset × place level × period
// level × definition) is one grouped query, so the whole store is searched
// in a few queries per dataset, cached for a whole article.

// Candidate is one reading whose count reproduces a number.
type Candidate struct {
	Count       int64   `json:"count"`
	Command     string  `json:"command"`
	Description string  `json:"description"`
	Dataset     string  `json:"dataset"`
	Place       string  `json:"place"`
	Period      string  `json:"period"`
	Definition  string  `json:"definition,omitempty"`
	Partial     bool    `json:"partial,omitempty"` // the period is only partly covered: not a total
	Score       float64 `json:"score"`
}

// ExplainOptions narrow a search.
type ExplainOptions struct {
	Dataset string // one dataset; all when empty
	Near    string // a fiscal year ("2018", "FY2018") or a date (YYYY-MM-DD): periods near it first
	Limit   int    // at most this many candidates (0: 20)
	// Quick searches the families a check needs under each figure (fiscal
	// year nationwide and by AOR, and the removal bases): a few cheap
	// grouped queries per dataset instead of the whole search.
	Quick bool
}

// family is one grouped query: its parameters, the dimensions it groups
// by, and a description of its definition.
type family struct {
	base       url.Values
	by         []string // e.g. aor, fy
	definition string   // "" for the default definitions
	weight     float64
	quick      bool // searched by checks too (ExplainOptions.Quick)
}

// Explain lists the readings whose count is exactly n, best first.
func Explain(ctx context.Context, eng *query.Engine, n int64, opt ExplainOptions) ([]Candidate, error) {
	r := &runner{ctx: ctx, answers: newAnswers(eng)}
	return r.explain(n, opt)
}

// paramAccepted tells whether the query model knows a parameter value (a
// definition another branch adds, such as removal-basis, is skipped until
// it is there).
func paramAccepted(dataset, key, value string) bool {
	_, err := query.Parse(url.Values{"dataset": {dataset}, key: {value}})
	return err == nil
}

func families(dataset string) []family {
	v := func(kv ...string) url.Values {
		out := url.Values{"dataset": {dataset}}
		for i := 0; i+1 < len(kv); i += 2 {
			out.Set(kv[i], kv[i+1])
		}
		return out
	}
	fs := []family{
		{v(), []string{"fy"}, "", 1, true},
		{v(), []string{"aor", "fy"}, "", 0.9, true},
		{v(), []string{"state", "fy"}, "", 0.7, false},
		{v(), []string{"year"}, "calendar year", 0.7, false},
		{v(), []string{"aor", "year"}, "calendar year", 0.6, false},
		{v(), []string{"month"}, "", 0.6, false},
		{v(), []string{"country", "fy"}, "", 0.6, false},
		{v(), []string{"criminality", "fy"}, "", 0.6, false},
	}
	if paramAccepted(dataset, "method-scheme", "ice") {
		fs = append(fs, family{v("method-scheme", "ice"), []string{"method_class", "fy"}, "ICE's method grouping", 0.7, false})
	} else {
		fs = append(fs, family{v(), []string{"method_class", "fy"}, "", 0.6, false})
	}
	if dataset == "removals" {
		for _, b := range []struct{ key, what string }{{"excluding-lag", "excluding the lag (removal date in the year, departure not before it)"}, {"departed-date", "counted by departure date"}} {
			if paramAccepted(dataset, "removal-basis", b.key) {
				fs = append(fs, family{v("removal-basis", b.key), []string{"fy"}, b.what, 0.9, true},
					family{v("removal-basis", b.key), []string{"aor", "fy"}, b.what, 0.8, false})
			}
		}
	}
	return fs
}

// nearFY reads --near: a fiscal year or a date (its fiscal year).
func nearFY(s string) (int, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return 0, nil
	}
	if y, err := strconv.Atoi(strings.TrimPrefix(strings.ToUpper(s), "FY")); err == nil && y > 1900 && y < 2200 {
		return y, nil
	}
	d, err := canon.ParseDate(s, false, false)
	if err != nil {
		return 0, fmt.Errorf("bad --near %q (want a fiscal year such as 2018 or FY2018, or a date YYYY-MM-DD)", s)
	}
	return canon.FiscalYear(d), nil
}

func (r *runner) explain(n int64, opt ExplainOptions) ([]Candidate, error) {
	near, err := nearFY(opt.Near)
	if err != nil {
		return nil, &query.Error{Msg: err.Error()}
	}
	datasets := canon.Datasets
	if opt.Dataset == MeasureICERemovals {
		datasets = nil
	} else if opt.Dataset != "" {
		if !canon.IsDataset(opt.Dataset) {
			return nil, fmt.Errorf("%w %q (want one of %s or %s)", query.ErrUnknownDataset, opt.Dataset, strings.Join(canon.Datasets, ", "), MeasureICERemovals)
		}
		datasets = []string{opt.Dataset}
	}
	limit := opt.Limit
	if limit <= 0 {
		limit = 20
	}
	var out []Candidate
	seen := map[string]bool{}
	for _, d := range datasets {
		for _, f := range families(d) {
			if opt.Quick && !f.quick {
				continue
			}
			cs, err := r.explainFamily(d, f, n, near)
			if err != nil {
				return nil, err
			}
			if cs == nil && !opt.Quick && strings.Join(f.by, ",") == "aor,fy" && !r.covered(d, f) {
				// a store of one area's releases covers no national
				// question: ask each area by itself
				cs, err = r.explainPerAOR(d, f, n, near)
				if err != nil {
					return nil, err
				}
			}
			for _, c := range cs {
				if !seen[c.Command] {
					seen[c.Command] = true
					out = append(out, c)
				}
			}
		}
	}
	if opt.Dataset == "" || opt.Dataset == MeasureICERemovals {
		cs, err := r.explainICERemovals(n)
		if err != nil {
			return nil, err
		}
		out = append(out, cs...)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Score > out[j].Score })
	if len(out) > limit {
		out = out[:limit]
	}
	return out, nil
}

// explainFamily runs one grouped query and keeps the rows equal to n, each
// confirmed by the command that reproduces it.
func (r *runner) explainPerAOR(dataset string, f family, n int64, near int) ([]Candidate, error) {
	var out []Candidate
	for _, a := range place.AORs() {
		if a.Code == "HQ" {
			continue
		}
		g := family{base: url.Values{}, by: f.by[1:], definition: f.definition, weight: f.weight}
		for k, x := range f.base {
			g.base[k] = append([]string(nil), x...)
		}
		g.base.Set("aor", a.Code)
		cs, err := r.explainFamily(dataset, g, n, near)
		if err != nil {
			return nil, err
		}
		for i := range cs {
			cs[i].Place = a.Name + " AOR (" + a.Code + ")"
			cs[i].Description = strings.Replace(cs[i].Description, ", nationwide,", ", "+cs[i].Place+",", 1)
		}
		out = append(out, cs...)
	}
	return out, nil
}

func (r *runner) explainFamily(dataset string, f family, n int64, near int) ([]Candidate, error) {
	v := url.Values{}
	for k, x := range f.base {
		v[k] = append([]string(nil), x...)
	}
	v.Set("by", strings.Join(f.by, ","))
	res, err := r.run(v)
	if err != nil {
		if queryProblem(err) {
			return nil, nil
		}
		return nil, err
	}
	if res.Total == nil {
		return nil, nil
	}
	var out []Candidate
	for _, row := range res.Rows {
		if len(row) < len(f.by)+1 || int64(math.Round(table.Float(row[len(f.by)]))) != n {
			continue
		}
		spec := url.Values{}
		for k, x := range f.base {
			spec[k] = append([]string(nil), x...)
		}
		c := Candidate{Dataset: dataset, Place: "nationwide", Definition: f.definition, Score: f.weight}
		var what []string
		ok := true
		fy, periodDim, periodKey := 0, "", ""
		for i, dim := range f.by {
			key := fmt.Sprint(row[i])
			if key == "" || key == "unknown" || key == "(empty)" || key == "(redacted)" || key == "<nil>" {
				ok = false
				break
			}
			switch dim {
			case "fy":
				spec.Set("fy", key)
				fy, _ = strconv.Atoi(key)
				c.Period = "FY" + key
				periodDim, periodKey = "fy", key
			case "year":
				y, _ := strconv.Atoi(key)
				spec.Set("from", fmt.Sprintf("%d-01-01", y))
				spec.Set("to", fmt.Sprintf("%d-12-31", y))
				c.Period = "calendar year " + key
				fy = y
				periodDim, periodKey = "year", key
			case "month":
				spec.Set("month", key)
				c.Period = key
				if d, err := canon.ParseDate(key+"-01", false, false); err == nil {
					fy = canon.FiscalYear(d)
				}
				periodDim, periodKey = "month", key
				c.Score *= 0.8
			case "aor":
				a, found := place.LookupAOR(key)
				if !found {
					ok = false
					break
				}
				spec.Set("aor", a.Code)
				c.Place = a.Name + " AOR (" + a.Code + ")"
			case "state":
				st, found := place.LookupState(key)
				if !found {
					ok = false
					break
				}
				spec.Set("state", st.Code)
				c.Place = st.Name + " (state)"
			case "country":
				spec.Set("country", key)
				what = append(what, "citizens of "+key)
			case "criminality":
				spec.Set("criminality", key)
				what = append(what, "criminality "+key)
			case "method_class":
				spec.Set("method", key)
				what = append(what, "method "+key)
			}
		}
		if !ok {
			continue
		}
		q, err := query.Parse(spec)
		if err != nil {
			continue
		}
		// The grouped row and the command must agree (source selection can
		// differ for one place); keep only what the command reproduces.
		one, err := r.run(spec)
		if err != nil || one.Total == nil || *one.Total != n {
			continue
		}
		c.Count = n
		c.Command = q.Command()
		if !one.Coverage.Complete {
			c.Partial = true
			c.Score *= 0.5
		} else if periodDim != "" && !wholeCovered(map[string]string{"fy": "fy", "month": "month"}[periodDim], periodKey, res.Coverage.Covered) && periodDim != "year" {
			c.Partial = true
			c.Score *= 0.5
		}
		if near != 0 && fy != 0 {
			c.Score /= 1 + math.Abs(float64(fy-near))
		}
		desc := dataset
		if len(what) > 0 {
			desc += " (" + strings.Join(what, ", ") + ")"
		}
		desc += ", " + c.Place + ", " + c.Period
		if c.Definition != "" {
			desc += ", " + c.Definition
		}
		if c.Partial {
			desc += " (period only partly covered: not a total)"
		}
		c.Description = desc
		out = append(out, c)
	}
	return out, nil
}

// explainTargeted is the search a figure about to be contradicted needs:
// the same measure, qualifiers and period in every area of responsibility
// (one grouped query).
func (r *runner) explainTargeted(it *Interpretation, n int64) ([]Candidate, error) {
	nat := *it
	nat.Place = Place{Kind: "national", Name: "nationwide"}
	f := family{base: nat.Values(mergeFilters(it.Base, it.Filters), it.Period), by: []string{"aor"}, weight: 0.9}
	cs, err := r.explainFamily(it.Measure, f, n, 0)
	for i := range cs {
		cs[i].Period = it.Period.String()
		cs[i].Description = fmt.Sprintf("%s, %s, %s", it.Measure, cs[i].Place, cs[i].Period)
		if q := filterText(it.Filters); q != "" {
			cs[i].Description += ", " + q
		}
	}
	return cs, err
}

// covered tells whether a family's grouped query had a count at all (a
// store of one area's releases answers no national question).
func (r *runner) covered(dataset string, f family) bool {
	v := url.Values{}
	for k, x := range f.base {
		v[k] = append([]string(nil), x...)
	}
	v.Set("by", strings.Join(f.by, ","))
	res, err := r.run(v)
	return err == nil && res.Total != nil
}
