package report

import (
	"fmt"
	"maps"
	"net/url"
	"slices"

	"github.com/icestat/icestat/internal/answer"
	"github.com/icestat/icestat/internal/definitions"
	"github.com/icestat/icestat/internal/query"
)

// Withhold returns the report as a public server shows it: every count of
// records from 1 to the rule's threshold-1 withheld, in one typed pass
// before any rendering, so the HTML, Markdown, text and JSON renderings of
// the copy all show the same thing (answer.SmallCell is the one rule;
// Cells decides each table). The receiver is not changed: the command line
// keeps exact counts. Withheld fields are zeroed in the copy and named in
// the value's Hidden field, which the renderers print as "fewer than 5"
// and the JSON encodes as null beside a "<field>_text".
//
// What is withheld, beyond the small counts themselves:
//   - in each table shown with its total (a breakdown: rows, other values,
//     redacted and empty cells; the method classes of a scheme; the months
//     of a fiscal year; the custody statuses; the detainers' lift outcomes)
//     a single withheld cell is protected by withholding the next smallest
//     ("suppressed"), so it cannot be derived by subtraction;
//   - shares, changes, percentages, rates and ranks computed from a
//     withheld count;
//   - the same count wherever else the report shows it (a dataset's total
//     in the totals table, its breakdowns' totals, the series point of the
//     period, the redaction table) and the fiscal-year-to-date comparison
//     that includes a withheld period or month.
//   - a method class (in the method_class breakdown and in each scheme's
//     row) that holds exactly one withheld method, which the class minus
//     the methods shown would give away;
//   - counts of rows quoted in caveats, warnings and notes
//     (answer.SmallCell.WithholdText).
//
// The fiscal year to date is withheld too when a month of it is withheld
// in the series. Not audited: longer chains across tables.
//
// Published detention statistics (the Detention section) are ICE's own
// aggregates, not counts of records, and are left as published.
func (r *Report) Withhold(sc answer.SmallCell) *Report {
	p := *r
	p.SmallCell = sc.Rule(0)
	if sc.Threshold <= 0 {
		return &p
	}
	w := &withholder{sc: sc}
	p.Datasets = make([]DatasetSection, len(r.Datasets))
	hiddenTotal := map[string]string{} // dataset -> text of its withheld total
	for i, d := range r.Datasets {
		p.Datasets[i] = w.section(d, r.Period)
		if t, ok := p.Datasets[i].Total.Hidden["count"]; ok {
			hiddenTotal[d.Dataset] = t
		}
	}
	p.Totals = slices.Clone(r.Totals)
	for i := range p.Totals {
		f := &p.Totals[i]
		if t, ok := hiddenTotal[f.Dataset]; ok {
			w.hideFigure(f, t, false) // counted in its section
		}
		w.figure(f)
	}
	p.Redactions = w.redactions(r.Redactions, p.Datasets)
	p.Sources = slices.Clone(r.Sources)
	for i := range p.Sources {
		if s := &p.Sources[i]; sc.Hides(s.Rows) {
			s.Hidden = maps.Clone(s.Hidden)
			w.hide(&s.Hidden, "rows_in_period", sc.Text(s.Rows))
			s.Rows = 0
		}
	}
	p.Custody = w.custody(r.Custody)
	p.Caveats = w.texts(r.Caveats)
	p.SmallCell = sc.Rule(w.n)
	return &p
}

// withholder carries the rule and the number of cells withheld.
type withholder struct {
	sc answer.SmallCell
	n  int
}

func (w *withholder) hide(h *answer.Hidden, field, text string) {
	h.Hide(field, text)
	if text != "" {
		w.n++
	}
}

// texts withholds the counts of rows quoted in sentences (caveats,
// warnings, notes: answer.SmallCell.WithholdText).
func (w *withholder) texts(ts []string) []string {
	out, n := w.sc.WithholdTexts(ts)
	w.n += n
	return out
}

func (w *withholder) text(t string) string {
	out, n := w.sc.WithholdText(t)
	w.n += n
	return out
}

// figure withholds a small count of a figure, and row counts its warnings
// quote.
func (w *withholder) figure(f *Figure) {
	f.Warnings, _ = w.sc.WithholdTexts(f.Warnings) // repeated among the caveats, counted there
	if f.Count != nil && w.sc.Hides(*f.Count) {
		w.hideFigure(f, w.sc.Text(*f.Count), true)
	}
}

func (w *withholder) hideFigure(f *Figure, text string, count bool) {
	f.Hidden = maps.Clone(f.Hidden)
	f.Hidden.Hide("count", text)
	if count {
		w.n++
	}
	f.Count = nil
}

// section withholds one dataset's part of the report.
func (w *withholder) section(d DatasetSection, period Period) DatasetSection {
	sc := w.sc
	w.figure(&d.Total)
	totalText, totalHidden := d.Total.Hidden["count"]

	// The series and the months of the year: points, the period's own
	// point consistent with its total, and the months as a table of the
	// year's total.
	if d.Series != nil {
		s := *d.Series
		s.Points = slices.Clone(s.Points)
		for i := range s.Points {
			pt := &s.Points[i]
			switch {
			case pt.Key == period.Key && totalHidden:
				w.hidePoint(pt, totalText, false)
			case sc.Hides(pt.Count):
				w.hidePoint(pt, sc.Text(pt.Count), true)
			}
		}
		s.Rank = w.rank(s.Rank, totalHidden && s.Rank != nil && s.Rank.Key == period.Key)
		d.Series = &s
	}
	if d.Months != nil {
		m := *d.Months
		m.Points = slices.Clone(m.Points)
		counts := make([]int64, len(m.Points))
		for i, pt := range m.Points {
			counts[i] = pt.Count
		}
		peakHidden := false
		for i, c := range sc.Cells(counts, !totalHidden) {
			if c.Text != "" {
				w.hidePoint(&m.Points[i], c.Text, true)
				peakHidden = peakHidden || m.Points[i].Key == m.Peak
			}
		}
		if peakHidden || sc.Hides(m.PeakCount) {
			m.Hidden = maps.Clone(m.Hidden)
			m.Hidden.Hide("peak_count", "withheld")
			m.PeakCount = 0
			m.Rank = w.rank(m.Rank, true)
		} else {
			m.Rank = w.rank(m.Rank, false)
		}
		if sc.Hides(m.RecordN) || slices.ContainsFunc(m.Points, func(p Point) bool { return p.Key == m.Record && p.Hidden.Has("count") }) {
			m.Hidden = maps.Clone(m.Hidden)
			m.Hidden.Hide("record_count", "withheld")
			m.RecordN = 0
		}
		d.Months = &m
	}

	// Comparisons: the other period's count; the change when either count
	// is withheld; the fiscal year to date when it includes a withheld
	// period.
	d.Comparisons = slices.Clone(d.Comparisons)
	for i := range d.Comparisons {
		c := &d.Comparisons[i]
		c.Figure.Hidden = maps.Clone(c.Figure.Hidden)
		w.figure(&c.Figure)
		if c.Note == "includes the period reported on" && (totalHidden || hiddenMonthIn(d.Series, c.Figure.Query)) && !c.Figure.Hidden.Has("count") && c.Figure.Count != nil {
			w.hideFigure(&c.Figure, "suppressed", true)
		}
		if (totalHidden || c.Figure.Hidden.Has("count")) && (c.Change != nil || c.Pct != nil) {
			c.Hidden = maps.Clone(c.Hidden)
			c.Hidden.Hide("change", "")
			c.Hidden.Hide("change_pct", "")
			c.Change, c.Pct = nil, nil
		}
	}

	d.Breakdowns = slices.Clone(d.Breakdowns)
	for i := range d.Breakdowns {
		w.breakdown(&d.Breakdowns[i], totalText, totalHidden)
	}

	// The method classes regroup the raw methods: a class holding exactly
	// one withheld method would give it away (the class minus the methods
	// shown), in the method_class breakdown and in each scheme's row.
	hiddenMethods := map[string]bool{}
	for _, b := range d.Breakdowns {
		if b.Dimension == "method" {
			for _, r := range b.Rows {
				if r.Hidden.Has("count") {
					hiddenMethods[r.Key] = true
				}
			}
		}
	}
	revealing := func(scheme, class string) bool {
		n := 0
		for _, sc := range definitions.Schemes {
			if sc.Name == scheme {
				for m := range hiddenMethods {
					if sc.Class(m) == class {
						n++
					}
				}
			}
		}
		return n == 1
	}
	for i := range d.Breakdowns {
		b := &d.Breakdowns[i]
		if b.Dimension != "method_class" || len(hiddenMethods) == 0 {
			continue
		}
		for j := range b.Rows {
			if r := &b.Rows[j]; !r.Hidden.Has("count") && revealing(definitions.Schemes[0].Name, r.Key) {
				r.Hidden = maps.Clone(r.Hidden)
				w.hide(&r.Hidden, "count", "suppressed")
				r.Hidden.Hide("share", "")
				r.Count, r.Share = 0, 0
			}
		}
	}

	d.Schemes = slices.Clone(d.Schemes)
	for i := range d.Schemes {
		x := &d.Schemes[i]
		x.Hidden = maps.Clone(x.Hidden)
		fields := []struct {
			name, class string
			n           *int64
		}{{"at_large", definitions.AtLarge, &x.AtLarge}, {"custodial", definitions.Custodial, &x.Custodial},
			{"other", definitions.Other, &x.Other}, {"unknown", definitions.Unknown, &x.Unknown}}
		counts := make([]int64, len(fields))
		for j, f := range fields {
			counts[j] = *f.n
		}
		cells := sc.Cells(counts, !totalHidden)
		for j, f := range fields {
			if cells[j].Text == "" && len(hiddenMethods) > 0 && revealing(x.Scheme, f.class) && *f.n > 0 {
				cells[j] = answer.Withheld{Text: "suppressed", Secondary: true}
			}
		}
		for j, c := range cells {
			if c.Text != "" {
				w.hide(&x.Hidden, fields[j].name, c.Text)
				*fields[j].n = 0
			}
		}
	}
	return d
}

// hiddenMonthIn reports whether a monthly series has a withheld month
// within the period of q (from/to): the fiscal year to date less the
// months shown would give it away.
func hiddenMonthIn(s *Series, q url.Values) bool {
	from, to := q.Get("from"), q.Get("to")
	if s == nil || s.Unit != unitMonth || len(from) < 7 || len(to) < 7 {
		return false
	}
	for _, p := range s.Points {
		if p.Hidden.Has("count") && p.Key >= from[:7] && p.Key <= to[:7] {
			return true
		}
	}
	return false
}

func (w *withholder) hidePoint(p *Point, text string, count bool) {
	p.Hidden = maps.Clone(p.Hidden)
	p.Hidden.Hide("count", text)
	if count {
		w.n++
	}
	p.Count = 0
}

// rank withholds a rank whose period's count is withheld (whole), or the
// count of the earlier period it names.
func (w *withholder) rank(r *Rank, whole bool) *Rank {
	if r == nil {
		return nil
	}
	if whole {
		why := "the count of " + label(r.Key, r.Unit) + " is withheld by the small-cell rule"
		out := &Rank{Key: r.Key, Unit: r.Unit, Reason: why, Phrase: "not shown: " + why}
		out.Hidden.Hide("count", "withheld")
		return out
	}
	x := *r
	if w.sc.Hides(x.Count) {
		return w.rank(r, true)
	}
	if w.sc.Hides(x.SinceCount) {
		x.Hidden = maps.Clone(x.Hidden)
		x.Hidden.Hide("since_count", w.sc.Text(x.SinceCount))
		x.SinceCount = 0
		if x.Ranked {
			x.Phrase = rankPhrase(x)
		}
	}
	return &x
}

// breakdown withholds a breakdown's cells: its rows, the other values,
// redacted and empty cells are one table of its total.
func (w *withholder) breakdown(b *Breakdown, totalText string, totalHidden bool) {
	b.Hidden = maps.Clone(b.Hidden)
	if b.Total != nil && (totalHidden || w.sc.Hides(*b.Total)) {
		if totalHidden { // the dataset's total, counted there
			b.Hidden.Hide("total", totalText)
		} else {
			w.hide(&b.Hidden, "total", w.sc.Text(*b.Total))
		}
		b.Total = nil
		totalHidden = true
	}
	b.Rows = slices.Clone(b.Rows)
	counts := make([]int64, 0, len(b.Rows)+3)
	for _, r := range b.Rows {
		counts = append(counts, r.Count)
	}
	counts = append(counts, b.Rest, b.Redacted, b.Empty)
	cells := w.sc.Cells(counts, !totalHidden)
	for i := range b.Rows {
		if c := cells[i]; c.Text != "" {
			r := &b.Rows[i]
			r.Hidden = maps.Clone(r.Hidden)
			w.hide(&r.Hidden, "count", c.Text)
			r.Hidden.Hide("share", "")
			r.Count, r.Share = 0, 0
		}
	}
	for j, f := range []struct {
		name string
		n    *int64
	}{{"rest", &b.Rest}, {"redacted", &b.Redacted}, {"empty", &b.Empty}} {
		if c := cells[len(b.Rows)+j]; c.Text != "" {
			w.hide(&b.Hidden, f.name, c.Text)
			*f.n = 0
		}
	}
}

// redactions withhold the redaction table consistently with the
// breakdowns it repeats (a redacted cell suppressed there is suppressed
// here).
func (w *withholder) redactions(in []Redaction, sections []DatasetSection) []Redaction {
	out := slices.Clone(in)
	for i := range out {
		x := &out[i]
		x.Hidden = maps.Clone(x.Hidden)
		var bd *Breakdown
		for si := range sections {
			for bi := range sections[si].Breakdowns {
				if b := &sections[si].Breakdowns[bi]; sections[si].Dataset == x.Dataset && b.Dimension == x.Field {
					bd = b
				}
			}
		}
		redacted, rows := x.Redacted, x.Rows
		switch {
		case bd != nil && bd.Hidden.Has("redacted"):
			x.Hidden.Hide("redacted", bd.Hidden["redacted"])
		case w.sc.Hides(redacted):
			w.hide(&x.Hidden, "redacted", w.sc.Text(redacted))
		}
		switch {
		case bd != nil && bd.Hidden.Has("total"):
			x.Hidden.Hide("rows", bd.Hidden["total"])
		case w.sc.Hides(rows):
			w.hide(&x.Hidden, "rows", w.sc.Text(rows))
		}
		if x.Hidden.Has("redacted") {
			x.Redacted = 0
		}
		if x.Hidden.Has("rows") {
			x.Rows = 0
		}
		if x.Hidden.Has("redacted") || x.Hidden.Has("rows") {
			x.Hidden.Hide("rate", "")
			x.Rate = 0
		}
	}
	return out
}

// custody withholds the follow cells of the custody section.
func (w *withholder) custody(c *Custody) *Custody {
	if c == nil {
		return nil
	}
	out := &Custody{}
	if a := c.Arrests; a != nil {
		x := *a
		for _, cell := range []*query.Cell{&x.Rows, &x.NoKey, &x.Persons, &x.Booked} {
			w.cell(cell, "")
		}
		x.Status = w.table(a.Status, !x.Persons.Hidden.Has("count"))
		x.ReleaseReasons = w.table(a.ReleaseReasons, true)
		x.DaysToBookIn, x.DaysToRemoval = w.dist(a.DaysToBookIn), w.dist(a.DaysToRemoval)
		// The cohort's link counts are a diagnostic: left out of a public
		// copy when one is small, and the note quoting the rows says how
		// many in the rule's words.
		if l := a.Links; l != nil && (w.sc.Hides(l.Rows) || w.sc.Hides(l.KeyedRows) || w.sc.Hides(l.DetentionRows)) {
			x.Links = nil
		}
		x.Note, x.Warnings = w.text(a.Note), w.texts(a.Warnings)
		out.Arrests = &x
	}
	if d := c.Detainers; d != nil {
		x := *d
		x.Note, x.LinkNote, x.Warnings = w.text(d.Note), w.text(d.LinkNote), w.texts(d.Warnings)
		x.Counts = w.outcomes(d.Counts, d.LiftReasonField)
		x.LiftReasons = w.table(d.LiftReasons, !x.Counts["lodged"].Hidden.Has("count"))
		for _, g := range []**DetainerGroups{&x.Facilities, &x.Counties} {
			if *g == nil {
				continue
			}
			gg := **g
			gg.Groups = slices.Clone(gg.Groups)
			for i := range gg.Groups {
				gg.Groups[i].Cells = w.outcomes(gg.Groups[i].Cells, d.LiftReasonField)
			}
			*g = &gg
		}
		out.Detainers = &x
	}
	return out
}

// cell withholds a small follow count (or, with text, a complementary one).
func (w *withholder) cell(c *query.Cell, text string) {
	if text == "" && !w.sc.Hides(c.Count) {
		return
	}
	if text == "" {
		text = w.sc.Text(c.Count)
	}
	c.Hidden = maps.Clone(c.Hidden)
	w.hide(&c.Hidden, "count", text)
	c.Count, c.Shown = 0, ""
}

// table withholds a list of follow cells that together make up a total
// (complete: the total is shown).
func (w *withholder) table(in []query.Cell, complete bool) []query.Cell {
	out := slices.Clone(in)
	counts := make([]int64, len(out))
	for i, c := range out {
		counts[i] = c.Count
	}
	for i, c := range w.sc.Cells(counts, complete) {
		if c.Text != "" {
			w.cell(&out[i], c.Text)
		}
	}
	return out
}

// outcomes withholds one group's detainer outcomes: the lift outcomes
// (honored, declined, other, not lifted) are a table of those lodged.
func (w *withholder) outcomes(in map[string]query.Cell, lift bool) map[string]query.Cell {
	if in == nil {
		return nil
	}
	out := maps.Clone(in)
	set := func(k string, f func(*query.Cell)) {
		c, ok := out[k]
		if !ok {
			return
		}
		f(&c)
		out[k] = c
	}
	for _, k := range []string{"lodged", "booked into detention after", "removed after"} {
		set(k, func(c *query.Cell) { w.cell(c, "") })
	}
	parts := []string{"honored", "declined", "other lift reason", "not lifted"}
	counts := make([]int64, len(parts))
	for i, k := range parts {
		counts[i] = out[k].Count
	}
	for i, c := range w.sc.Cells(counts, lift && !out["lodged"].Hidden.Has("count")) {
		if c.Text != "" {
			set(parts[i], func(x *query.Cell) { w.cell(x, c.Text) })
		}
	}
	return out
}

// dist withholds a distribution over fewer people than the rule allows.
func (w *withholder) dist(d *query.Dist) *query.Dist {
	if d == nil || !w.sc.Hides(d.N) {
		return d
	}
	x := *d
	x.Hidden = maps.Clone(x.Hidden)
	w.hide(&x.Hidden, "n", w.sc.Text(d.N))
	x.N, x.Shown, x.Quantiles = 0, "", nil
	x.Note = fmt.Sprintf("fewer than %d people: not shown (small-cell rule)", w.sc.Threshold)
	return &x
}

// The types holding counts encode a withheld one as null beside its text
// (answer.MarshalHidden); without Hidden they encode as declared.

func (f Figure) MarshalJSON() ([]byte, error) {
	type plain Figure
	return answer.MarshalHidden(plain(f), f.Hidden)
}

func (c Comparison) MarshalJSON() ([]byte, error) {
	type plain Comparison
	return answer.MarshalHidden(plain(c), c.Hidden)
}

func (r Row) MarshalJSON() ([]byte, error) {
	type plain Row
	return answer.MarshalHidden(plain(r), r.Hidden)
}

func (b Breakdown) MarshalJSON() ([]byte, error) {
	type plain Breakdown
	return answer.MarshalHidden(plain(b), b.Hidden)
}

func (s SchemeRow) MarshalJSON() ([]byte, error) {
	type plain SchemeRow
	return answer.MarshalHidden(plain(s), s.Hidden)
}

func (p Point) MarshalJSON() ([]byte, error) {
	type plain Point
	return answer.MarshalHidden(plain(p), p.Hidden)
}

func (r Rank) MarshalJSON() ([]byte, error) {
	type plain Rank
	return answer.MarshalHidden(plain(r), r.Hidden)
}

func (m MonthView) MarshalJSON() ([]byte, error) {
	type plain MonthView
	return answer.MarshalHidden(plain(m), m.Hidden)
}

func (x Redaction) MarshalJSON() ([]byte, error) {
	type plain Redaction
	return answer.MarshalHidden(plain(x), x.Hidden)
}

func (s Source) MarshalJSON() ([]byte, error) {
	type plain Source
	return answer.MarshalHidden(plain(s), s.Hidden)
}
