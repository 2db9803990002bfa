// Package query is icestat's question model: a dataset, filters, group-by
// dimensions and measures, parsed from command-line flags or URL parameters
// (the same keys), turned into parameterised SQL under package definitions,
// and answered with its coverage, warnings, provenance and the command that
// reproduces it. No user string ever becomes SQL text: columns and
// dimensions come from fixed tables, values are bound parameters.
package query

import (
	"fmt"
	"net/url"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"github.com/icestat/icestat/internal/answer"

	"github.com/icestat/icestat/internal/canon"
	"github.com/icestat/icestat/internal/definitions"
	"github.com/icestat/icestat/internal/place"
)

// Query is one count question.
type Query struct {
	Dataset      string
	AORs         []string // AOR codes
	States       []string // postal codes
	FYs          []int
	Months       []string // YYYY-MM
	From, To     *canon.Day
	Countries    []string
	Criminality  []string // keys of definitions.CriminalityFilters
	Methods      []string // a method class or a raw method value
	FinalOrder   *bool
	Landmark     string // substring, any case
	Operations   []string
	Genders      []string
	Where        []Cond
	Sources      []string // explicit source ids or file names
	By           []string
	Share        bool
	Persons      bool
	Dedupe       bool   // leave out possible duplicates (definitions "possible duplicate")
	Sort         string // "count" (default), "-count" (ascending), "key"
	Limit        int
	MethodScheme string
	// Detention is set when Dataset names a detention measure (Measures):
	// the question is then answered from ICE's published detention
	// statistics and the other fields are unused.
	Detention    *DetentionQuestion
	RemovalBasis string // "" (removal-date) or another definitions.RemovalBases name; removals only
	// IncludePartial shows groups (and rows) that only a program-subset or
	// single-AOR release speaks for, flagged "subset"; by default they are
	// left out of the answer and listed.
	IncludePartial bool
	// AllowAbsent accepts filter values that occur in no stored source
	// (the answer then says so) instead of refusing them as likely typos.
	AllowAbsent bool
}

// Cond is a generic COLUMN=VALUE filter on a canonical column.
type Cond struct {
	Column string
	Value  string
}

// Error is a bad question: an unknown filter value, column or dimension
// (answer's one bad-input error; the web answers it with 400).
type Error = answer.Error

var bad = answer.Bad

// ErrUnknownDataset is returned for a dataset name icestat does not have
// (404 on the web).
var ErrUnknownDataset = answer.ErrUnknownDataset

// Keys are the parameter names accepted by Parse, shared by flags and URLs.
var Keys = []string{"dataset", "aor", "state", "fy", "month", "from", "to", "country", "criminality",
	"method", "final-order", "landmark", "operation", "gender", "where", "source", "by", "share",
	"persons", "sort", "limit", "method-scheme", "dedupe", "removal-basis", "include-partial-sources", "allow-absent"}

var monthRe = regexp.MustCompile(`^(\d{4})-(\d{2})$`)

// Parse builds a question from parameters (repeatable keys; comma-separated
// lists also accepted for aor, state, fy, country, by). It is icestat's one
// front door: a dataset of records (Keys) or a detention measure
// (DetentionKeys), answered alike by Engine.Run.
func Parse(v url.Values) (*Query, error) {
	if m := strings.ToLower(strings.TrimSpace(v.Get("dataset"))); IsMeasure(m) {
		d, err := parseDetention(v)
		if err != nil {
			return nil, err
		}
		return &Query{Dataset: d.Measure, Detention: d}, nil
	}
	// The API's spellings of the two switches (allow_absent=true) are
	// the flags' (allow-absent).
	if len(v["allow_absent"])+len(v["include_partial_sources"]) > 0 {
		alias := map[string]string{"allow_absent": "allow-absent", "include_partial_sources": "include-partial-sources"}
		c := url.Values{}
		for k, x := range v {
			if a, ok := alias[k]; ok {
				k = a
			}
			c[k] = append(c[k], x...)
		}
		v = c
	}
	for k := range v {
		if !contains(Keys, k) {
			return nil, bad("unknown parameter %q", k)
		}
	}
	q := &Query{Dataset: strings.ToLower(strings.TrimSpace(v.Get("dataset")))}
	if q.Dataset == "" {
		return nil, bad("no dataset given (one of %s)", strings.Join(canon.Datasets, ", "))
	}
	if !canon.IsDataset(q.Dataset) {
		return nil, fmt.Errorf("%w %q (want a dataset: %s; or a detention measure: %s)", ErrUnknownDataset, q.Dataset, strings.Join(canon.Datasets, ", "), strings.Join(Measures, ", "))
	}
	for _, s := range list(v["aor"]) {
		a, ok := place.LookupAOR(s)
		if !ok {
			return nil, bad("unknown area of responsibility %q%s", s, suggestAOR(s))
		}
		q.AORs = appendUnique(q.AORs, a.Code)
	}
	for _, s := range list(v["state"]) {
		st, ok := place.LookupState(s)
		if !ok {
			return nil, bad("unknown state %q%s", s, suggestState(s))
		}
		q.States = appendUnique(q.States, st.Code)
	}
	for _, s := range list(v["fy"]) {
		s = strings.TrimPrefix(strings.ToUpper(s), "FY")
		if a, b, ok := strings.Cut(s, ".."); ok {
			lo, e1 := strconv.Atoi(a)
			hi, e2 := strconv.Atoi(b)
			if e1 != nil || e2 != nil || lo > hi || lo < 1900 || hi > 2100 {
				return nil, bad("bad fiscal-year range %q (want e.g. 2016..2018)", s)
			}
			for y := lo; y <= hi; y++ {
				q.FYs = appendUnique(q.FYs, y)
			}
			continue
		}
		y, err := strconv.Atoi(s)
		if err != nil || y < 1900 || y > 2100 {
			return nil, bad("bad fiscal year %q (want e.g. 2018)", s)
		}
		q.FYs = appendUnique(q.FYs, y)
	}
	for _, s := range list(v["month"]) {
		m := monthRe.FindStringSubmatch(s)
		if m == nil {
			return nil, bad("bad month %q (want YYYY-MM, e.g. 2018-03)", s)
		}
		if mm, _ := strconv.Atoi(m[2]); mm < 1 || mm > 12 {
			return nil, bad("bad month %q: the month is %s, want 01 to 12 (YYYY-MM, e.g. %s-03)", s, m[2], m[1])
		}
		q.Months = appendUnique(q.Months, s)
	}
	var err error
	if q.From, err = dateParam(v, "from"); err != nil {
		return nil, err
	}
	if q.To, err = dateParam(v, "to"); err != nil {
		return nil, err
	}
	if q.From != nil && q.To != nil && *q.To < *q.From {
		return nil, bad("--to %s is before --from %s", q.To, q.From)
	}
	for _, s := range countryList(v["country"]) {
		q.Countries = appendUnique(q.Countries, strings.ToUpper(s))
	}
	for _, s := range v["criminality"] {
		s = strings.ToLower(strings.TrimSpace(s))
		if _, ok := definitions.CriminalityFilters[s]; !ok {
			return nil, bad("unknown criminality %q (want convicted, pending, other, criminal or unknown)", s)
		}
		q.Criminality = appendUnique(q.Criminality, s)
	}
	q.MethodScheme = v.Get("method-scheme")
	if _, err := definitions.Scheme(q.MethodScheme); err != nil {
		return nil, bad("%v", err)
	}
	q.RemovalBasis = strings.ToLower(strings.TrimSpace(v.Get("removal-basis")))
	if _, err := definitions.Basis(q.RemovalBasis); err != nil {
		return nil, bad("%v", err)
	}
	if q.RemovalBasis == definitions.BasisRemovalDate {
		q.RemovalBasis = "" // the default
	}
	if q.RemovalBasis != "" && q.Dataset != "removals" {
		return nil, bad("--removal-basis applies to removals only, not %s", q.Dataset)
	}
	for _, s := range v["method"] {
		if s = strings.TrimSpace(s); s != "" {
			q.Methods = appendUnique(q.Methods, s)
		}
	}
	if s := v.Get("final-order"); s != "" {
		b, err := canon.ParseBool(s)
		if err != nil {
			return nil, bad("bad --final-order %q (want yes or no)", s)
		}
		q.FinalOrder = &b
	}
	q.Landmark = strings.TrimSpace(v.Get("landmark"))
	q.Operations = trimmed(v["operation"])
	q.Genders = trimmed(v["gender"])
	for _, s := range v["where"] {
		col, val, ok := strings.Cut(s, "=")
		col = strings.TrimSpace(col)
		if !ok || col == "" {
			return nil, bad("bad --where %q (want COLUMN=VALUE)", s)
		}
		if _, ok := canon.ColumnIndex[col]; !ok {
			return nil, bad("unknown column %q in --where (see `icestat columns`)", col)
		}
		q.Where = append(q.Where, Cond{col, strings.TrimSpace(val)})
	}
	q.Sources = list(v["source"])
	for _, d := range list(v["by"]) {
		d = strings.ToLower(d)
		if _, ok := dimension(d, definitions.Schemes[0]); !ok {
			return nil, bad("unknown dimension %q for --by (want one of %s)", d, strings.Join(Dimensions(), ", "))
		}
		q.By = appendUnique(q.By, d)
	}
	q.Share = isTrue(v.Get("share"))
	q.Persons = isTrue(v.Get("persons"))
	q.Dedupe = isTrue(v.Get("dedupe"))
	q.IncludePartial = isTrue(v.Get("include-partial-sources"))
	q.AllowAbsent = isTrue(v.Get("allow-absent"))
	q.Sort = v.Get("sort")
	switch q.Sort {
	case "", "count", "-count", "key":
	default:
		return nil, bad("bad --sort %q (want count, -count or key)", q.Sort)
	}
	if s := v.Get("limit"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil || n < 0 {
			return nil, bad("bad --limit %q", s)
		}
		q.Limit = n
	}
	return q, nil
}

func isTrue(s string) bool {
	switch strings.ToLower(s) {
	case "1", "true", "yes", "on":
		return true
	}
	return false
}

func dateParam(v url.Values, key string) (*canon.Day, error) {
	s := strings.TrimSpace(v.Get(key))
	if s == "" {
		return nil, nil
	}
	d, err := canon.ParseDate(s, false, false)
	if err != nil {
		return nil, bad("bad --%s date %q (want YYYY-MM-DD): %v", key, s, err)
	}
	return &d, nil
}

func list(vals []string) []string {
	var out []string
	for _, v := range vals {
		for _, p := range strings.Split(v, ",") {
			if p = strings.TrimSpace(p); p != "" {
				out = append(out, p)
			}
		}
	}
	return out
}

// countryList splits country values on commas like list, except the
// releases' inverted names: "CHINA, PEOPLES REPUBLIC OF" and "MICRONESIA,
// FEDERATED STATES OF" are one value each (a part ending in "OF" belongs
// to the part before it), so "MEXICO,CHINA, PEOPLES REPUBLIC OF" is two.
func countryList(vals []string) []string {
	var out []string
	for _, p := range list(vals) {
		if u := strings.ToUpper(p); len(out) > 0 && (strings.HasSuffix(u, " OF") || u == "OF") {
			out[len(out)-1] += ", " + p
			continue
		}
		out = append(out, p)
	}
	return out
}

func trimmed(vals []string) []string {
	var out []string
	for _, v := range vals {
		if v = strings.TrimSpace(v); v != "" {
			out = append(out, v)
		}
	}
	return out
}

func contains[T comparable](s []T, v T) bool {
	for _, x := range s {
		if x == v {
			return true
		}
	}
	return false
}

func appendUnique[T comparable](s []T, v T) []T {
	if contains(s, v) {
		return s
	}
	return append(s, v)
}

// Values renders the query back to parameters: the inverse of Parse, used
// for shareable URLs.
func (q *Query) Values() url.Values {
	v := url.Values{}
	v.Set("dataset", q.Dataset)
	flags := q.flags()
	if q.Detention != nil {
		flags = q.Detention.flags()
	}
	for _, k := range flags {
		v.Add(k[0], k[1])
	}
	return v
}

// flags lists the query's options as (key, value) pairs in a stable order.
func (q *Query) flags() [][2]string {
	var out [][2]string
	add := func(k, v string) { out = append(out, [2]string{k, v}) }
	for _, a := range q.AORs {
		add("aor", a)
	}
	for _, s := range q.States {
		add("state", s)
	}
	for _, y := range q.FYs {
		add("fy", strconv.Itoa(y))
	}
	for _, m := range q.Months {
		add("month", m)
	}
	if q.From != nil {
		add("from", q.From.String())
	}
	if q.To != nil {
		add("to", q.To.String())
	}
	for _, c := range q.Countries {
		add("country", c)
	}
	for _, c := range q.Criminality {
		add("criminality", c)
	}
	for _, m := range q.Methods {
		add("method", m)
	}
	if q.MethodScheme != "" {
		add("method-scheme", q.MethodScheme)
	}
	if q.RemovalBasis != "" {
		add("removal-basis", q.RemovalBasis)
	}
	if q.FinalOrder != nil {
		if *q.FinalOrder {
			add("final-order", "yes")
		} else {
			add("final-order", "no")
		}
	}
	if q.Landmark != "" {
		add("landmark", q.Landmark)
	}
	for _, o := range q.Operations {
		add("operation", o)
	}
	for _, g := range q.Genders {
		add("gender", g)
	}
	for _, w := range q.Where {
		add("where", w.Column+"="+w.Value)
	}
	for _, s := range q.Sources {
		add("source", s)
	}
	if len(q.By) > 0 {
		add("by", strings.Join(q.By, ","))
	}
	if q.Share {
		add("share", "true")
	}
	if q.Persons {
		add("persons", "true")
	}
	if q.Dedupe {
		add("dedupe", "true")
	}
	if q.IncludePartial {
		add("include-partial-sources", "true")
	}
	if q.AllowAbsent {
		add("allow-absent", "true")
	}
	if q.Sort != "" {
		add("sort", q.Sort)
	}
	if q.Limit > 0 {
		add("limit", strconv.Itoa(q.Limit))
	}
	return out
}

// Command is the icestat command line that asks this question.
func (q *Query) Command() string { return answer.Command(q.Values(), commandOrder) }

// commandOrder is the order of options in a command line.
var commandOrder = []string{"aor", "state", "facility", "type", "date", "fy", "month", "from", "to", "country", "criminality",
	"method", "method-scheme", "removal-basis", "final-order", "landmark", "operation", "gender", "where", "source", "by", "share", "persons",
	"dedupe", "include-partial-sources", "allow-absent", "sort", "limit"}

// Dimensions lists the names --by accepts.
func Dimensions() []string {
	out := []string{"month", "week", "date", "year", "method_class", "source"}
	for _, c := range canon.Columns {
		out = append(out, c.Name)
	}
	sort.Strings(out)
	return out
}

// URL is the web address that answers the question with these parameters:
// its Explore page for a dataset of records, its JSON answer for a
// detention measure; "" when there is no question (nil or no dataset).
func URL(v url.Values) string {
	switch d := v.Get("dataset"); {
	case d == "":
		return ""
	case IsMeasure(d):
		return answer.APIURL(v)
	}
	return answer.ExploreURL(v)
}

// Dims are the group-by dimensions of the answer, for either kind of
// question.
func (q *Query) Dims() []string {
	if q.Detention != nil {
		return q.Detention.By
	}
	return q.By
}
