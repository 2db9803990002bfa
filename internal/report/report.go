// Package report builds a statistical-unit style summary of one place (an
// area of responsibility, a state, or the nation) and one period (a month, a
// fiscal year or a date range) from the store, and renders it as text,
// Markdown, self-contained HTML (inline SVG charts) or JSON.
//
// Every figure is computed through query.Engine, so each one carries its
// coverage status and the `icestat count …` command that reproduces it. A
// count over a period the sources do not fully cover is labelled partial and
// never shown as a total; with no covering source no count is given at all.
// The package has no command-line concerns: the CLI and the web server call
// Build and the Write* renderers.
package report

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/url"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/icestat/icestat/internal/answer"
	"github.com/icestat/icestat/internal/canon"
	"github.com/icestat/icestat/internal/definitions"
	"github.com/icestat/icestat/internal/place"
	"github.com/icestat/icestat/internal/query"
	"github.com/icestat/icestat/internal/table"
)

// Request says which place and period to report on. Exactly one of AOR,
// State and National, and exactly one of Month, FY and From/To.
type Request struct {
	AOR      string // code or name: "BOS", "boston", "Boston Area of Responsibility"
	State    string // name or postal code
	National bool
	Month    string // YYYY-MM
	FY       int
	From, To string // YYYY-MM-DD, both required for a range
	Top      int    // rows of the top-N lists (default 10)
	AsOf     string // YYYY-MM-DD for the custody section; "" = the last date in the linked records
}

// Coverage statuses of a figure.
const (
	Complete = "complete" // the sources used cover the whole period for the place
	Partial  = "partial"  // some of it: the count is not a total for the period
	None     = "none"     // no ingested source covers it: no count is given
)

// Report is the whole structured report; JSON renders it as is.
type Report struct {
	Title        string            `json:"title"`
	Place        Place             `json:"place"`
	Period       Period            `json:"period"`
	Definitions  string            `json:"definitions"`
	MethodScheme string            `json:"method_scheme"`
	Totals       []Figure          `json:"totals"`
	Datasets     []DatasetSection  `json:"datasets"`
	Redactions   []Redaction       `json:"redactions"`
	Caveats      []string          `json:"caveats"`
	Sources      []Source          `json:"sources"`
	Custody      *Custody          `json:"custody"`             // custody.go
	Detention    *DetentionSection `json:"detention,omitempty"` // published detention statistics (detention.go)
	// SmallCell is set on a public copy (Withhold): the rule applied and
	// how many cells it withheld.
	SmallCell *answer.SmallCellRule `json:"small_cell_rule,omitempty"`
	Elapsed   string                `json:"-"`
}

// Place is the place reported on.
type Place struct {
	Kind   string   `json:"kind"` // aor, state or national
	Code   string   `json:"code,omitempty"`
	Name   string   `json:"name"`
	States []string `json:"states,omitempty"` // for an AOR: states with a county in it
	AORs   []AORIn  `json:"aors,omitempty"`   // for a state: AORs covering its counties
}

// AORIn is an AOR covering part of a state.
type AORIn struct {
	Code        string   `json:"code"`
	Share       float64  `json:"population_share"`
	OtherStates []string `json:"other_states,omitempty"`
}

// Period is the period reported on.
type Period struct {
	Kind  string `json:"kind"` // month, fy or range
	Label string `json:"label"`
	Short string `json:"short"`
	From  string `json:"from"`
	To    string `json:"to"`
	Key   string `json:"key,omitempty"` // series key: "2018-05" or "2018"
}

// Figure is one count with its coverage and the command that reproduces it.
type Figure struct {
	Dataset  string        `json:"dataset"`
	Label    string        `json:"label"`
	Period   string        `json:"period,omitempty"`
	Count    *int64        `json:"count"` // nil when no source covers (status none)
	Status   string        `json:"status"`
	Gaps     []string      `json:"gaps,omitempty"`
	Command  string        `json:"command"`
	Query    url.Values    `json:"query,omitempty"` // the question behind Command: links are built from it
	Warnings []string      `json:"warnings,omitempty"`
	Hidden   answer.Hidden `json:"-"` // fields withheld by the small-cell rule (Withhold)
}

// Comparison sets the report's figure against another period.
type Comparison struct {
	Label  string        `json:"label"`
	Figure Figure        `json:"figure"`
	Change *int64        `json:"change,omitempty"` // this period minus that one, when both are complete
	Pct    *float64      `json:"change_pct,omitempty"`
	Note   string        `json:"note,omitempty"`
	Hidden answer.Hidden `json:"-"` // fields withheld by the small-cell rule (Withhold)
}

// Row is one group of a breakdown.
type Row struct {
	Key    string        `json:"key"`
	Count  int64         `json:"count"`
	Share  float64       `json:"share"`
	Hidden answer.Hidden `json:"-"` // fields withheld by the small-cell rule (Withhold)
}

// Breakdown is a count split by one dimension.
type Breakdown struct {
	Title     string        `json:"title"`
	Dimension string        `json:"dimension"`
	Status    string        `json:"status"`
	Total     *int64        `json:"total"`
	Rows      []Row         `json:"rows"`           // top rows, redacted and empty cells excluded
	Rest      int64         `json:"rest,omitempty"` // other values beyond the top rows
	RestN     int           `json:"rest_groups,omitempty"`
	Redacted  int64         `json:"redacted"`
	Empty     int64         `json:"empty"`
	Absent    bool          `json:"field_absent"` // no source used has the field
	Note      string        `json:"note,omitempty"`
	Command   string        `json:"command"`
	Query     url.Values    `json:"query,omitempty"` // the question behind Command: links are built from it
	ShowEmpty bool          `json:"-"`
	Hidden    answer.Hidden `json:"-"` // fields withheld by the small-cell rule (Withhold)
}

// SchemeRow is the method-class split of arrests under one published scheme.
type SchemeRow struct {
	Scheme    string        `json:"scheme"`
	Source    string        `json:"source"`
	AtLarge   int64         `json:"at_large"`
	Custodial int64         `json:"custodial"`
	Other     int64         `json:"other"`
	Unknown   int64         `json:"unknown"`
	Command   string        `json:"command"`
	Note      string        `json:"note,omitempty"`
	Hidden    answer.Hidden `json:"-"` // fields withheld by the small-cell rule (Withhold)
}

// Series is a dataset's count per month or fiscal year for the place, over
// all the data in the store.
type Series struct {
	mark    string     // what the highlighted period is ("" = the reported period)
	Unit    string     `json:"unit"`
	Points  []Point    `json:"points"`
	Rank    *Rank      `json:"rank,omitempty"`
	Command string     `json:"command"`
	Query   url.Values `json:"query,omitempty"` // the question behind Command: links are built from it
}

// DatasetSection is everything the report says about one dataset.
type DatasetSection struct {
	Dataset     string       `json:"dataset"`
	Label       string       `json:"label"`
	Total       Figure       `json:"total"`
	Comparisons []Comparison `json:"comparisons,omitempty"`
	Series      *Series      `json:"series,omitempty"`
	Months      *MonthView   `json:"months,omitempty"` // fiscal-year reports: the months of the year (months.go)
	Breakdowns  []Breakdown  `json:"breakdowns,omitempty"`
	Schemes     []SchemeRow  `json:"method_schemes,omitempty"`
	Note        string       `json:"note,omitempty"`

	caveats []string
	sources []query.SourceRef
}

// Redaction is the share of redacted cells in a field the report uses.
type Redaction struct {
	Dataset  string        `json:"dataset"`
	Field    string        `json:"field"`
	Redacted int64         `json:"redacted"`
	Rows     int64         `json:"rows"`
	Rate     float64       `json:"rate"`
	Command  string        `json:"command"`
	Hidden   answer.Hidden `json:"-"` // fields withheld by the small-cell rule (Withhold)
}

// Source is a stored file or sheet the report used.
type Source struct {
	ID       int64         `json:"id"`
	File     string        `json:"file"`
	Sheet    string        `json:"sheet,omitempty"`
	SHA256   string        `json:"sha256"`
	Datasets []string      `json:"datasets"`
	Rows     int64         `json:"rows_in_period"` // rows counted in the report's totals
	Hidden   answer.Hidden `json:"-"`              // fields withheld by the small-cell rule (Withhold)
}

// Dataset labels, in report order.
var datasetLabels = map[string]string{
	"encounters": "encounters",
	"arrests":    "administrative arrests",
	"detainers":  "detainers issued",
	"detentions": "book-ins into detention",
	"removals":   "removals and returns",
}

// badReq is an invalid report request: answer's bad-question error (HTTP
// 400, exit status 2).
var badReq = answer.Bad

// builder holds the state of one Build.
type builder struct {
	ctx    context.Context
	eng    *query.Engine
	req    Request
	place  url.Values
	period url.Values
	rep    *Report
	from   canon.Day
	to     canon.Day
	asOf   *canon.Day                // custody section (custody.go)
	cols   map[int64]map[string]bool // source id -> canonical columns it has
	files  map[int64]string

	mu    sync.Mutex
	calls map[string]*call // answers by query, so a question asked twice runs once
}

type call struct {
	done chan struct{}
	res  *query.Result
	err  error
}

// Build computes the report. Every figure comes from eng.Run.
func Build(ctx context.Context, eng *query.Engine, req Request) (*Report, error) {
	start := time.Now()
	if req.Top <= 0 {
		req.Top = 10
	}
	b := &builder{ctx: ctx, eng: eng, req: req, place: url.Values{}, period: url.Values{}, calls: map[string]*call{},
		rep: &Report{Definitions: definitions.Version, MethodScheme: definitions.Schemes[0].Name, Caveats: []string{}, Redactions: []Redaction{}}}
	if err := b.resolvePlace(); err != nil {
		return nil, err
	}
	if err := b.resolvePeriod(); err != nil {
		return nil, err
	}
	b.rep.Title = fmt.Sprintf("ICE enforcement in %s, %s", b.rep.Place.Name, b.rep.Period.Label)
	var err error
	if b.asOf, err = parseAsOf(req.AsOf); err != nil {
		return nil, err
	}
	if err := b.loadColumns(); err != nil {
		return nil, err
	}

	// Totals first (one query per dataset), then every section in parallel.
	sections := make([]DatasetSection, len(canon.Datasets))
	errs := make([]error, len(canon.Datasets))
	var wg sync.WaitGroup
	for i, ds := range canon.Datasets {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sections[i], errs[i] = b.section(ds)
		}()
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	for _, s := range sections {
		b.rep.Totals = append(b.rep.Totals, s.Total)
		if s.Total.Status != None {
			b.rep.Datasets = append(b.rep.Datasets, s)
			b.rep.Caveats = append(b.rep.Caveats, s.caveats...)
			b.addSources(s.sources, s.Dataset)
		}
	}
	if b.rep.Custody, err = b.custody(); err != nil {
		return nil, err
	}
	b.rep.Caveats = append(b.rep.Caveats, custodyCaveats(b.rep.Custody)...)
	b.placeCaveats()
	// A state whose records carry only AORs is counted as those AORs: the
	// title says so first.
	for _, s := range b.rep.Datasets {
		if b.rep.Place.Kind == "state" && s.Total.Status != None && strings.Contains(strings.Join(s.caveats, "\n"), "have no state") {
			b.rep.Title = fmt.Sprintf("ICE enforcement in %s, %s", query.StateAsAORTitle([]string{b.rep.Place.Code}), b.rep.Period.Label)
			break
		}
	}
	det, err := b.detentionSection()
	if err != nil {
		return nil, fmt.Errorf("detention section: %w", err)
	}
	b.rep.Detention = det
	for _, s := range b.rep.Datasets {
		for _, bd := range s.Breakdowns {
			if bd.Redacted > 0 && bd.Total != nil && *bd.Total > 0 {
				b.rep.Redactions = append(b.rep.Redactions, Redaction{Dataset: s.Dataset, Field: bd.Dimension, Redacted: bd.Redacted,
					Rows: *bd.Total, Rate: float64(bd.Redacted) / float64(*bd.Total), Command: bd.Command})
			}
		}
	}
	b.rep.Caveats = dedupe(b.rep.Caveats)
	b.rep.Elapsed = time.Since(start).String()
	return b.rep, nil
}

func (b *builder) resolvePlace() error {
	r := b.req
	n := 0
	for _, set := range []bool{r.AOR != "", r.State != "", r.National} {
		if set {
			n++
		}
	}
	if n != 1 {
		return badReq("give exactly one place: an AOR, a state, or national")
	}
	p := &b.rep.Place
	switch {
	case r.AOR != "":
		a, ok := place.LookupAOR(r.AOR)
		if !ok {
			return badReq("unknown area of responsibility %q", r.AOR)
		}
		*p = Place{Kind: "aor", Code: a.Code, Name: a.Name + " area of responsibility (" + a.Code + ")", States: place.StatesOfAOR(a.Code)}
		b.place.Set("aor", a.Code)
	case r.State != "":
		st, ok := place.LookupState(r.State)
		if !ok {
			return badReq("unknown state %q", r.State)
		}
		*p = Place{Kind: "state", Code: st.Code, Name: st.Name}
		shares := place.AORsOfState(st.Code)
		for a, sh := range shares {
			var others []string
			for _, s := range place.StatesOfAOR(a) {
				if s != st.Code {
					others = append(others, s)
				}
			}
			p.AORs = append(p.AORs, AORIn{Code: a, Share: sh, OtherStates: others})
		}
		sort.Slice(p.AORs, func(i, j int) bool { return p.AORs[i].Share > p.AORs[j].Share })
		b.place.Set("state", st.Code)
	default:
		*p = Place{Kind: "national", Name: "the United States (all areas of responsibility)"}
	}
	return nil
}

func (b *builder) resolvePeriod() error {
	r := b.req
	n := 0
	for _, set := range []bool{r.Month != "", r.FY != 0, r.From != "" || r.To != ""} {
		if set {
			n++
		}
	}
	if n != 1 {
		return badReq("give exactly one period: a month, a fiscal year, or --from and --to")
	}
	p := &b.rep.Period
	switch {
	case r.Month != "":
		iv, ok := canon.MonthInterval(r.Month)
		f, t := iv.From, iv.To
		if !ok {
			return badReq("bad month %q (want YYYY-MM)", r.Month)
		}
		b.from, b.to = f, t
		*p = Period{Kind: "month", Key: r.Month, Label: f.Time().Format("January 2006")}
		b.period.Set("month", r.Month)
	case r.FY != 0:
		if r.FY < 1900 || r.FY > 2100 {
			return badReq("bad fiscal year %d", r.FY)
		}
		b.from, b.to = canon.FYStart(r.FY), canon.FYEnd(r.FY)
		*p = Period{Kind: "fy", Key: strconv.Itoa(r.FY), Label: fmt.Sprintf("fiscal year %d", r.FY)}
		b.period.Set("fy", strconv.Itoa(r.FY))
	default:
		if r.From == "" || r.To == "" {
			return badReq("a date range needs both --from and --to")
		}
		f, err1 := canon.ParseDate(r.From, false, false)
		t, err2 := canon.ParseDate(r.To, false, false)
		if err1 != nil || err2 != nil || t < f {
			return badReq("bad date range %q..%q (want YYYY-MM-DD, from before to)", r.From, r.To)
		}
		b.from, b.to = f, t
		*p = Period{Kind: "range", Label: f.String() + " to " + t.String()}
		b.period.Set("from", f.String())
		b.period.Set("to", t.String())
	}
	p.From, p.To = b.from.String(), b.to.String()
	p.Short = p.Label
	switch p.Kind {
	case "fy":
		p.Short = "FY" + p.Key
		p.Label += " (" + p.From + " to " + p.To + ")"
	case "month":
		p.Short = p.Key
	}
	return nil
}

// loadColumns reads which canonical columns each source has, to tell a
// field absent from the sources apart from a field left empty.
func (b *builder) loadColumns() error {
	var err error
	b.cols, b.files, err = b.eng.Store.SourceColumns(b.ctx)
	return err
}

// values are the parameters of one question for the report's place.
func (b *builder) values(dataset string, period url.Values, extra ...string) url.Values {
	v := url.Values{"dataset": {dataset}}
	for k, vs := range b.place {
		v[k] = vs
	}
	for k, vs := range period {
		v[k] = vs
	}
	for i := 0; i+1 < len(extra); i += 2 {
		v.Add(extra[i], extra[i+1])
	}
	return v
}

// query builds a question without running it.
func (b *builder) query(dataset string, period url.Values, extra ...string) (*query.Query, error) {
	return query.Parse(b.values(dataset, period, extra...))
}

// run answers one question for the report's place with the given period
// parameters and extra keys. Each distinct question runs once per report.
func (b *builder) run(dataset string, period url.Values, extra ...string) (*query.Result, error) {
	v := b.values(dataset, period, extra...)
	key := v.Encode()
	b.mu.Lock()
	c, ok := b.calls[key]
	if !ok {
		c = &call{done: make(chan struct{})}
		b.calls[key] = c
	}
	b.mu.Unlock()
	if ok {
		<-c.done
		return c.res, c.err
	}
	defer close(c.done)
	q, err := query.Parse(v)
	if err != nil {
		c.err = err
		return nil, err
	}
	c.res, c.err = b.eng.Run(b.ctx, q)
	return c.res, c.err
}

func status(c query.Coverage) string {
	switch {
	case c.None:
		return None
	case !c.Complete:
		return Partial
	}
	return Complete
}

func figure(dataset, lbl, period string, res *query.Result) Figure {
	f := Figure{Dataset: dataset, Label: lbl, Period: period, Count: res.Total, Status: status(res.Coverage), Command: res.Command, Query: res.Params, Warnings: res.Warnings}
	if f.Status == None {
		f.Count = nil
	}
	for _, g := range res.Coverage.Gaps {
		f.Gaps = append(f.Gaps, g.String())
	}
	return f
}

// section computes one dataset's part of the report.
func (b *builder) section(ds string) (DatasetSection, error) {
	s := DatasetSection{Dataset: ds, Label: datasetLabels[ds]}
	res, err := b.run(ds, b.period)
	if err != nil {
		return s, err
	}
	s.Total = figure(ds, s.Label, b.rep.Period.Label, res)
	if s.Total.Status == None {
		return s, nil
	}
	s.caveats = caveats(res)
	s.sources = res.Sources
	type bd struct{ dim, title string }
	var dims []bd
	switch ds {
	case "arrests":
		dims = []bd{{"criminality", "by criminality"}, {"method_class", "by method class (" + definitions.Schemes[0].Name + " scheme)"},
			{"method", "by apprehension method, as released"}, {"final_order", "with a final order of removal"},
			{"country", "top citizenship countries"}, {"landmark", "top apprehension landmarks"}, {"operation", "operations named in the records"}}
	case "encounters":
		dims = []bd{{"criminality", "by criminality"}, {"country", "top citizenship countries"}, {"landmark", "top landmarks"}, {"operation", "operations named in the records"}}
	case "detainers":
		dims = []bd{{"criminality", "by criminality"}, {"country", "top citizenship countries"}, {"facility", "top facilities receiving detainers (jails and prisons)"}}
	case "detentions":
		dims = []bd{{"criminality", "by criminality"}, {"country", "top citizenship countries"}, {"facility", "top detention facilities"}, {"method", "by apprehension method, as released"}}
	case "removals":
		dims = []bd{{"country", "top citizenship countries"}, {"threat_level", "by threat level"}}
	}
	// Comparisons, series, breakdowns (and for arrests the method schemes)
	// run concurrently.
	brs := make([]*Breakdown, len(dims))
	errs := make([]error, len(dims)+4)
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		s.Comparisons, errs[len(dims)+1] = b.comparisons(ds, s.Total)
	}()
	go func() {
		defer wg.Done()
		s.Series, errs[len(dims)+2] = b.series(ds)
	}()
	if b.rep.Period.Kind == "fy" {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s.Months, errs[len(dims)+3] = b.months(ds)
		}()
	}
	for i, d := range dims {
		wg.Add(1)
		go func() {
			defer wg.Done()
			brs[i], errs[i] = b.breakdown(res, ds, d.dim, d.title)
		}()
	}
	if ds == "arrests" {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s.Schemes, errs[len(dims)] = b.schemes()
		}()
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		return s, err
	}
	for _, br := range brs {
		if br != nil {
			s.Breakdowns = append(s.Breakdowns, *br)
		}
	}
	return s, nil
}

// usedHave reports which sources used by res have the column.
func (b *builder) usedHave(res *query.Result, col string) (with, without []string) {
	for _, s := range res.Sources {
		if s.Rows == 0 {
			continue
		}
		if b.cols[s.ID][col] {
			with = append(with, b.files[s.ID])
		} else {
			without = append(without, b.files[s.ID])
		}
	}
	return
}

var classified = map[string]bool{"criminality": true, "final_order": true, "method_class": true}

// breakdown splits the period's count by one dimension. tot is the
// period's total: its sources tell whether any has the field at all, in
// which case the breakdown query is not run.
func (b *builder) breakdown(tot *query.Result, ds, dim, title string) (*Breakdown, error) {
	col := dim
	if dim == "method_class" {
		col = "method"
	}
	with, without := b.usedHave(tot, col)
	if len(with) == 0 {
		if !classified[dim] {
			return nil, nil // nothing to say about a field no source has
		}
		q, err := b.query(ds, b.period, "by", dim)
		if err != nil {
			return nil, err
		}
		br := &Breakdown{Title: title, Dimension: dim, Status: status(tot.Coverage), Total: tot.Total, Command: q.Command(), Query: q.Values(), Rows: []Row{}, Absent: true}
		br.Note = fmt.Sprintf("the field is absent in the sources used (%s): no figure can be given", strings.Join(without, "; "))
		if dim == "criminality" {
			if mscWith, _ := b.usedHave(tot, "msc"); len(mscWith) > 0 {
				br.Note += fmt.Sprintf("; %s carry a most serious conviction (MSC) instead, which icestat does not turn into criminality", strings.Join(mscWith, "; "))
			}
		}
		return br, nil
	}
	res, err := b.run(ds, b.period, "by", dim)
	if err != nil {
		return nil, err
	}
	br := &Breakdown{Title: title, Dimension: dim, Status: status(res.Coverage), Total: res.Total, Command: res.Command, Query: res.Params, Rows: []Row{}}
	if br.Status == None {
		return br, nil
	}
	if len(without) > 0 {
		br.Note = fmt.Sprintf("the field is absent in %s: those rows count as %s", strings.Join(without, "; "), map[bool]string{true: "unknown", false: "(empty)"}[classified[dim]])
	}
	total := int64(0)
	if res.Total != nil {
		total = *res.Total
	}
	top := b.req.Top
	if dim == "operation" {
		top = 1 << 30 // every named operation
	}
	for _, r := range res.Rows {
		key := fmt.Sprint(r[0])
		n := table.Int(r[1])
		switch key {
		case "(redacted)":
			br.Redacted += n
			continue
		case "(empty)":
			br.Empty += n
			continue
		}
		if len(br.Rows) >= top && !classified[dim] {
			br.Rest += n
			br.RestN++
			continue
		}
		sh := 0.0
		if total > 0 {
			sh = float64(n) / float64(total)
		}
		br.Rows = append(br.Rows, Row{Key: key, Count: n, Share: sh})
	}
	if dim == "operation" {
		br.Note = strings.TrimPrefix(br.Note+"; redacted operations ((b)(7)(E)) are not named", "; ")
	}
	return br, nil
}

// schemes shows how the method classes move under each published scheme.
// One query (--by method) gives the raw methods; each scheme's mapping from
// package definitions classifies them, exactly as the query layer's
// --method-scheme does (TestSchemesMatchEngine checks it), and each row
// cites the --method-scheme command that reproduces it.
func (b *builder) schemes() ([]SchemeRow, error) {
	raw, err := b.run("arrests", b.period, "by", "method")
	if err != nil {
		return nil, err
	}
	var out []SchemeRow
	for _, sc := range definitions.Schemes {
		row := SchemeRow{Scheme: sc.Name, Source: sc.Source}
		for _, r := range raw.Rows {
			n := table.Int(r[1])
			switch sc.Class(fmt.Sprint(r[0])) {
			case definitions.AtLarge:
				row.AtLarge += n
			case definitions.Custodial:
				row.Custodial += n
			case definitions.Other:
				row.Other += n
			default:
				row.Unknown += n
			}
		}
		extra := []string{"by", "method_class"}
		if sc.Name != definitions.Schemes[0].Name {
			extra = append(extra, "method-scheme", sc.Name)
		}
		q, err := b.query("arrests", b.period, extra...)
		if err != nil {
			return nil, err
		}
		row.Command = q.Command()
		out = append(out, row)
	}
	return out, nil
}

// comparisons: previous period of the same length, the same period one year
// earlier, and fiscal year to date.
func (b *builder) comparisons(ds string, cur Figure) ([]Comparison, error) {
	type cmp struct {
		label  string
		period url.Values
		plabel string
	}
	var cs []cmp
	p := b.rep.Period
	rangeVals := func(f, t canon.Day) url.Values {
		return url.Values{"from": {f.String()}, "to": {t.String()}}
	}
	yearBack := func(d canon.Day) canon.Day { return canon.DayOf(d.Time().AddDate(-1, 0, 0)) }
	switch p.Kind {
	case "month":
		prev := canon.AddMonths(p.Key, -1)
		cs = append(cs, cmp{"previous month", url.Values{"month": {prev}}, prev})
		ya := canon.AddMonths(p.Key, -12)
		cs = append(cs, cmp{"same month one year earlier", url.Values{"month": {ya}}, ya})
		fy := canon.FiscalYear(b.from)
		cs = append(cs, cmp{fmt.Sprintf("fiscal year %d to date", fy), rangeVals(canon.FYStart(fy), b.to), canon.FYStart(fy).String() + " to " + b.to.String()})
	case "fy":
		y, _ := strconv.Atoi(p.Key)
		cs = append(cs, cmp{"previous fiscal year (the same period one year earlier)", url.Values{"fy": {strconv.Itoa(y - 1)}}, "FY" + strconv.Itoa(y-1)})
		if cur.Status == Partial {
			if f, t, ok := b.coveredSpan(cur); ok {
				cs = append(cs, cmp{"the same covered dates one year earlier", rangeVals(yearBack(f), yearBack(t)), yearBack(f).String() + " to " + yearBack(t).String()})
			}
		}
	case "range":
		n := b.to - b.from + 1
		cs = append(cs, cmp{"previous period of the same length", rangeVals(b.from-n, b.from-1), (b.from - n).String() + " to " + (b.from - 1).String()})
		cs = append(cs, cmp{"same period one year earlier", rangeVals(yearBack(b.from), yearBack(b.to)), yearBack(b.from).String() + " to " + yearBack(b.to).String()})
		fy := canon.FiscalYear(b.to)
		if canon.FYStart(fy) != b.from {
			cs = append(cs, cmp{fmt.Sprintf("fiscal year %d to date", fy), rangeVals(canon.FYStart(fy), b.to), canon.FYStart(fy).String() + " to " + b.to.String()})
		}
	}
	var out []Comparison
	for _, c := range cs {
		res, err := b.run(ds, c.period)
		if err != nil {
			return nil, err
		}
		f := figure(ds, c.label, c.plabel, res)
		cp := Comparison{Label: c.label, Figure: f}
		switch {
		case strings.Contains(c.label, "to date"):
			cp.Note = "includes the period reported on"
		case cur.Status == Complete && f.Status == Complete:
			d := *cur.Count - *f.Count
			cp.Change = &d
			if *f.Count > 0 {
				pct := 100 * float64(d) / float64(*f.Count)
				cp.Pct = &pct
			}
		case f.Status == None:
			cp.Note = "not comparable: no ingested source covers that period"
		case cur.Status == Partial && strings.Contains(c.label, "covered dates"):
			if f.Status == Complete {
				d := *cur.Count - *f.Count
				cp.Change = &d
				if *f.Count > 0 {
					pct := 100 * float64(d) / float64(*f.Count)
					cp.Pct = &pct
				}
				cp.Note = "like-for-like: the same days as the covered part of the period reported on"
			}
		default:
			cp.Note = "not comparable: one of the two counts is partial"
		}
		out = append(out, cp)
	}
	return out, nil
}

// coveredSpan returns the covered part of the report's period when it is
// one interval (the asked period minus its gaps).
func (b *builder) coveredSpan(f Figure) (canon.Day, canon.Day, bool) {
	from, to := b.from, b.to
	for _, g := range f.Gaps {
		a, z, _ := strings.Cut(g, "..")
		if z == "" {
			z = a
		}
		ga, e1 := canon.ParseDate(a, false, false)
		gz, e2 := canon.ParseDate(z, false, false)
		if e1 != nil || e2 != nil {
			return 0, 0, false
		}
		switch {
		case ga <= from && gz >= from:
			from = gz + 1
		case gz >= to && ga <= to:
			to = ga - 1
		default:
			return 0, 0, false // a gap inside the period: not one interval
		}
	}
	return from, to, from <= to
}

// series counts the dataset by month (for a month or range report) or by
// fiscal year (for a fiscal-year report) over all the store holds for the
// place, and ranks the period among the complete ones.
func (b *builder) series(ds string) (*Series, error) {
	unit, by := unitMonth, "month"
	if b.rep.Period.Kind == "fy" {
		unit, by = unitFY, "fy"
	}
	res, err := b.run(ds, nil, "by", by, "sort", "key")
	if err != nil {
		return nil, err
	}
	counts := map[string]int64{}
	rowCov := map[string]string{}
	for i, r := range res.Rows {
		if r[0] == nil {
			continue
		}
		counts[fmt.Sprint(r[0])] = table.Int(r[1])
		if i < len(res.RowCoverage) {
			rowCov[fmt.Sprint(r[0])] = res.RowCoverage[i]
		}
	}
	s := &Series{Unit: unit, Points: BuildSeries(counts, res.Coverage.Covered, unit), Command: res.Command, Query: res.Params}
	for i := range s.Points {
		p := &s.Points[i]
		if p.Coverage = rowCov[p.Key]; p.Coverage == "" {
			p.Coverage = map[bool]string{true: "complete", false: "partial"}[p.Complete]
		}
	}
	if b.rep.Period.Kind != "range" {
		// Periods only a program-subset or single-AOR release speaks for
		// are not in the series (no bar) and are never ranked, but the rank
		// names them among the periods it leaves out.
		pts := append([]Point{}, s.Points...)
		for _, g := range res.GroupsLeftOut {
			if len(g.Key) == 1 {
				pts = append(pts, Point{Key: g.Key[0], Count: g.Rows, Coverage: g.Coverage})
			}
		}
		r := RankPeriod(pts, b.rep.Period.Key, unit)
		s.Rank = &r
	}
	return s, nil
}

func caveats(res *query.Result) []string {
	var cv []string
	for _, w := range res.Warnings {
		cv = append(cv, res.Dataset+": "+w)
	}
	for _, l := range res.LeftOut {
		cv = append(cv, fmt.Sprintf("%s: %s%s — %s", res.Dataset, l.File, sheetSuffix(l.Sheet), l.Note))
	}
	return cv
}

func (b *builder) addSources(used []query.SourceRef, ds string) {
	for _, s := range used {
		found := false
		for i := range b.rep.Sources {
			if b.rep.Sources[i].ID == s.ID {
				b.rep.Sources[i].Rows += s.Rows
				b.rep.Sources[i].Datasets = append(b.rep.Sources[i].Datasets, ds)
				found = true
			}
		}
		if !found {
			b.rep.Sources = append(b.rep.Sources, Source{ID: s.ID, File: s.File, Sheet: s.Sheet, SHA256: s.SHA256, Datasets: []string{ds}, Rows: s.Rows})
		}
	}
	sort.Slice(b.rep.Sources, func(i, j int) bool { return b.rep.Sources[i].ID < b.rep.Sources[j].ID })
}

// placeCaveats explains what the place means in the records.
func (b *builder) placeCaveats() {
	p := b.rep.Place
	switch p.Kind {
	case "aor":
		b.rep.Caveats = append([]string{fmt.Sprintf("%s is an ICE area of responsibility, not a state: by the county reference it covers counties in %s.",
			p.Name, strings.Join(p.States, ", "))}, b.rep.Caveats...)
	case "state":
		var parts []string
		for _, a := range p.AORs {
			s := fmt.Sprintf("%s (%.0f%% of the state's population", a.Code, 100*a.Share)
			if len(a.OtherStates) > 0 {
				s += "; also covers " + strings.Join(a.OtherStates, ", ")
			}
			parts = append(parts, s+")")
		}
		b.rep.Caveats = append([]string{fmt.Sprintf("%s is reported through the county reference: records with a state are counted by it; records without one (every 2019-era release) are counted by the areas of responsibility covering %s — %s — so those figures are for whole AORs, not the state alone.",
			p.Name, p.Code, strings.Join(parts, "; "))}, b.rep.Caveats...)
	}
}

func sheetSuffix(s string) string {
	if s == "" {
		return ""
	}
	return " [" + s + "]"
}

func dedupe(s []string) []string {
	seen := map[string]bool{}
	out := []string{}
	for _, x := range s {
		if !seen[x] {
			seen[x] = true
			out = append(out, x)
		}
	}
	return out
}

// WriteJSON writes the full structured report.
func (r *Report) WriteJSON(w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(r)
}
