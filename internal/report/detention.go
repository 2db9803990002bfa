package report

import (
	"fmt"
	"net/url"
	"sort"
	"strings"
	"time"

	"github.com/icestat/icestat/internal/query"
	"github.com/icestat/icestat/internal/table"
)

// DetentionSection is what ICE's published detention statistics and the
// daily facility populations say about the report's place and period. It
// is apart from the dataset sections: these are published aggregates, not
// FOIA rows, and they answer for a date (the period's end) or for the
// facilities located in the place.
type DetentionSection struct {
	Title      string            `json:"title"`
	Figures    []DetentionFigure `json:"figures"`
	Facilities []FacilityHeld    `json:"facilities,omitempty"`
	FacCommand string            `json:"facilities_command,omitempty"`
	Caveats    []string          `json:"caveats"`
}

// DetentionFigure is one published or derived figure with its provenance.
type DetentionFigure struct {
	Label    string     `json:"label"`
	Value    *float64   `json:"value"` // nil: not covered
	Text     string     `json:"text"`
	Status   string     `json:"status"` // complete, partial, none
	Source   string     `json:"source,omitempty"`
	Command  string     `json:"command"`
	Query    url.Values `json:"query,omitempty"`
	Warnings []string   `json:"warnings,omitempty"`
}

// FacilityHeld is one facility of the place, ranked by average daily
// population over the period.
type FacilityHeld struct {
	Facility string  `json:"facility"`
	ADP      float64 `json:"avg_daily_population"`
	Peak     float64 `json:"peak"`
}

// detentionSection builds the section, or nil when the store holds neither
// detention statistics nor facility populations.
func (b *builder) detentionSection() (*DetentionSection, error) {
	eng := b.eng
	from, to := b.from.Time(), b.to.Time()
	sec := &DetentionSection{Title: "Detention (ICE's published statistics)", Caveats: []string{
		"Detention statistics are ICE's published aggregates (the biweekly detentionStats workbooks), not FOIA records: they cannot be split by anything ICE did not publish, and ICE revises recent months.",
		"The currently detained population, book-ins and book-outs are published nationally only; ATD by the AOR managing the case.",
		"People held in a place's facilities (daily facility populations) counts where people are held, not where they were arrested; people arrested in the place and held elsewhere are not in it.",
	}}
	found := false
	ask := func(v url.Values) (*query.Result, error) {
		q, err := query.Parse(v)
		if err != nil {
			return nil, err
		}
		return eng.Run(b.ctx, q)
	}
	run := func(label string, v url.Values, text func(*query.Result) string) (*query.Result, error) {
		res, err := ask(v)
		if err != nil {
			return nil, err
		}
		f := DetentionFigure{Label: label, Command: res.Command, Query: res.Params, Value: res.Count, Status: Complete}
		switch {
		case res.Count == nil:
			f.Status, f.Text = None, "not covered ("+res.Coverage.Note+")"
		case !res.Coverage.Complete:
			f.Status, f.Text = Partial, text(res)+" (partial, not a total)"
		default:
			f.Text = text(res)
		}
		if res.Coverage.Held != "nothing" {
			found = true
		}
		if len(res.Sources) > 0 {
			s := res.Sources[0]
			f.Source = s.File
			if s.Sheet != "" {
				f.Source += " [" + s.Sheet + "]"
			}
			if s.AsOf != "" {
				f.Source += " as of " + s.AsOf
			}
		}
		for _, w := range res.Warnings {
			if strings.HasPrefix(w, "partial") || strings.HasPrefix(w, "the edition used") {
				f.Warnings = append(f.Warnings, w)
			}
		}
		if n := len(res.Revisions); n > 0 {
			f.Warnings = append(f.Warnings, fmt.Sprintf("%d month(s) revised by later editions (the latest printing is used; the command lists both values)", n))
		}
		sec.Figures = append(sec.Figures, f)
		return res, nil
	}
	end := to.Format("2006-01-02")
	if _, err := run("People in ICE detention, national, as of "+end, url.Values{"dataset": {"detained"}, "date": {end}, "by": {"criminality"}},
		func(r *query.Result) string {
			s := fmtFloat(*r.Count) + " (" + strings.TrimPrefix(r.Label, "people in ICE detention (currently detained) ") + ")"
			var parts []string
			for _, row := range r.Table.Rows {
				parts = append(parts, fmt.Sprintf("%s %s (%s)", table.Cell(row[0]), fmtFloat(table.Float(row[1])), pct(table.Float(row[2]))))
			}
			if len(parts) > 0 {
				s += ": " + strings.Join(parts, ", ")
			}
			return s
		}); err != nil {
		return nil, err
	}
	if pv, ok := monthPeriod(b.rep.Period, from, to); ok {
		for _, m := range []string{"book-ins", "book-outs"} {
			v := url.Values{"dataset": {m}}
			for k, x := range pv {
				v[k] = x
			}
			if _, err := run(fmt.Sprintf("ICE %s, national, %s", m, b.rep.Period.Short), v, func(r *query.Result) string {
				return fmtFloat(*r.Count) + " " + r.Label
			}); err != nil {
				return nil, err
			}
		}
	}
	switch b.rep.Place.Kind {
	case "aor", "national":
		v := url.Values{"dataset": {"atd"}, "date": {end}}
		label := "Alternatives to Detention participants, national"
		if b.rep.Place.Kind == "aor" {
			v.Set("aor", b.rep.Place.Code)
			label = "Alternatives to Detention participants, " + b.rep.Place.Code + " AOR"
		}
		if _, err := run(label+", as of "+end, v, func(r *query.Result) string {
			return fmtFloat(*r.Count) + " (" + strings.TrimPrefix(r.Label, "active Alternatives to Detention participants ") + ")"
		}); err != nil {
			return nil, err
		}
	}
	// People held in the place's facilities: this period, the one before,
	// a year earlier.
	held := func(f, t time.Time) url.Values {
		v := url.Values{"dataset": {"held"}, "from": {f.Format("2006-01-02")}, "to": {t.Format("2006-01-02")}}
		switch b.rep.Place.Kind {
		case "aor":
			v.Set("aor", b.rep.Place.Code)
		case "state":
			v.Set("state", b.rep.Place.Code)
		}
		return v
	}
	heldText := func(r *query.Result) string {
		return fmt.Sprintf("average daily population %s, peak %s on %s", fmtFloat(*r.Count), fmtFloat(table.Float(r.Details["peak"])), r.Details["peak_date"])
	}
	where := "national"
	if b.rep.Place.Kind != "national" {
		where = "in " + b.rep.Place.Name + "'s facilities"
	}
	cur, err := run("People held "+where+", "+b.rep.Period.Short, held(from, to), heldText)
	if err != nil {
		return nil, err
	}
	pf, pt := previousPeriod(b.rep.Period.Kind, from, to)
	if _, err := run("People held "+where+", previous period "+pf.Format("2006-01-02")+".."+pt.Format("2006-01-02"), held(pf, pt), heldText); err != nil {
		return nil, err
	}
	yf, yt := from.AddDate(-1, 0, 0), to.AddDate(-1, 0, 0)
	if b.rep.Period.Kind == "fy" {
		yf, yt = time.Time{}, time.Time{} // the previous period is the year before
	}
	if !yf.IsZero() {
		if _, err := run("People held "+where+", a year earlier "+yf.Format("2006-01-02")+".."+yt.Format("2006-01-02"), held(yf, yt), heldText); err != nil {
			return nil, err
		}
	}
	if cur != nil && cur.Count != nil {
		v := held(from, to)
		v.Set("by", "facility")
		res, err := ask(v)
		if err != nil {
			return nil, err
		}
		sec.FacCommand = res.Command
		ci := map[string]int{}
		for i, c := range res.Table.Columns {
			ci[c] = i
		}
		for _, r := range res.Table.Rows {
			sec.Facilities = append(sec.Facilities, FacilityHeld{Facility: table.Cell(r[ci["facility"]]), ADP: table.Float(r[ci["avg_daily_population"]]), Peak: table.Float(r[ci["peak"]])})
		}
		sort.SliceStable(sec.Facilities, func(i, j int) bool { return sec.Facilities[i].ADP > sec.Facilities[j].ADP })
		if len(sec.Facilities) > b.req.Top {
			sec.Facilities = sec.Facilities[:b.req.Top]
		}
	}
	if !found {
		return nil, nil
	}
	return sec, nil
}

// monthPeriod gives the flow parameters for a period of whole months.
func monthPeriod(p Period, from, to time.Time) (url.Values, bool) {
	switch p.Kind {
	case "month":
		return url.Values{"month": {p.Key}}, true
	case "fy":
		return url.Values{"fy": {p.Key}}, true
	}
	if from.Day() == 1 && to.AddDate(0, 0, 1).Day() == 1 {
		return url.Values{"from": {from.Format("2006-01-02")}, "to": {to.Format("2006-01-02")}}, true
	}
	return nil, false
}

// previousPeriod is the period just before: the previous month, fiscal
// year, or range of the same length.
func previousPeriod(kind string, from, to time.Time) (time.Time, time.Time) {
	switch kind {
	case "month":
		f := from.AddDate(0, -1, 0)
		return f, from.AddDate(0, 0, -1)
	case "fy":
		return from.AddDate(-1, 0, 0), to.AddDate(-1, 0, 0)
	}
	days := int(to.Sub(from).Hours()/24) + 1
	return from.AddDate(0, 0, -days), from.AddDate(0, 0, -1)
}

func fmtFloat(f float64) string {
	if f == float64(int64(f)) {
		return table.Thousands(int64(f))
	}
	return fmt.Sprintf("%.1f", f)
}

// renderDetention writes the detention section in any format.
func renderDetention(d doc, s *DetentionSection) {
	if s == nil {
		return
	}
	d.heading(2, s.Title)
	d.para("ICE's published detention statistics and the daily facility populations (not FOIA rows); each figure names the edition or file it comes from and the `icestat count` command that reproduces it.")
	var rows [][]string
	var cmds []string
	var notes []string
	for _, f := range s.Figures {
		rows = append(rows, []string{f.Label, f.Text, f.Status, f.Source})
		cmds = append(cmds, f.Command)
		for _, w := range f.Warnings {
			notes = append(notes, f.Label+": "+w)
		}
	}
	d.table("Detention figures", []string{"figure", "value", "coverage", "edition or file"}, rows, cmds)
	if len(notes) > 0 {
		d.bullets(notes)
	}
	if len(s.Facilities) > 0 {
		rows, cmds = nil, nil
		for i, f := range s.Facilities {
			rows = append(rows, []string{fmt.Sprint(i + 1), f.Facility, fmt.Sprintf("%.1f", f.ADP), fmtFloat(f.Peak)})
			cmds = append(cmds, "")
		}
		d.table("Facilities of the place ranked by average daily population ("+s.FacCommand+")", []string{"rank", "facility", "avg daily population", "peak"}, rows, cmds)
	}
	d.bullets(s.Caveats)
}
