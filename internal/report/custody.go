package report

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/icestat/icestat/internal/canon"
	"github.com/icestat/icestat/internal/definitions"
	"github.com/icestat/icestat/internal/query"
	"github.com/icestat/icestat/internal/table"
)

// The custody section: what became of the people arrested in the report's
// place and period, and of the detainers lodged there. Every figure comes
// from query.Engine.Follow (the same answer as `icestat follow`, which each
// table cites), with its small-cell rule: the report is a public output, so
// counts of 1–4 show as <5 and distributions over fewer than 5 people are
// withheld. When the records cannot answer (no person keys, no detention
// stays of the arrests' release) the section says so in one line and shows
// no zeros: a zero there would describe the store, not the people.

// Custody is the report's custody and detainer-outcome section.
type Custody struct {
	Arrests   *ArrestOutcomes   `json:"arrests"`
	Detainers *DetainerOutcomes `json:"detainers"`
}

// ArrestOutcomes is the follow of the period's arrests.
type ArrestOutcomes struct {
	Available      bool               `json:"available"`
	Note           string             `json:"note,omitempty"` // why no outcome is given, in one line
	Command        string             `json:"command"`
	AsOf           string             `json:"as_of,omitempty"`
	AsOfDefault    bool               `json:"as_of_is_data_end,omitempty"`
	Links          *query.FollowLinks `json:"links,omitempty"`
	Rows           query.Cell         `json:"rows"`
	NoKey          query.Cell         `json:"rows_without_person_key"`
	Persons        query.Cell         `json:"persons"`
	Booked         query.Cell         `json:"booked_into_detention"`
	Status         []query.Cell       `json:"status,omitempty"`
	ReleaseReasons []query.Cell       `json:"release_reasons,omitempty"`
	DaysToBookIn   *query.Dist        `json:"days_to_book_in,omitempty"`
	DaysToRemoval  *query.Dist        `json:"days_to_removal,omitempty"`
	Coverage       string             `json:"coverage,omitempty"` // complete or partial
	Warnings       []string           `json:"warnings,omitempty"`
}

// DetainerOutcomes is the follow of the period's detainers.
type DetainerOutcomes struct {
	Available bool   `json:"available"`
	Note      string `json:"note,omitempty"`
	Command   string `json:"command"`
	AsOf      string `json:"as_of,omitempty"`
	// LiftReasonField is false when no source used has a lift-reason
	// column: honored and declined cannot be told, and are not shown.
	LiftReasonField bool `json:"lift_reason_field"`
	// Linked is false when the detainers cannot be followed to a book-in
	// or removal (LinkNote says why); lift reasons are still counted.
	Linked      bool                  `json:"linked"`
	LinkNote    string                `json:"link_note,omitempty"`
	Counts      map[string]query.Cell `json:"counts,omitempty"` // query.FollowGroupColumns
	LiftReasons []query.Cell          `json:"lift_reasons,omitempty"`
	Facilities  *DetainerGroups       `json:"top_facilities,omitempty"`
	Counties    *DetainerGroups       `json:"top_counties,omitempty"`
	Definition  string                `json:"definition"`
	Limits      string                `json:"limits"`
	Coverage    string                `json:"coverage,omitempty"`
	Warnings    []string              `json:"warnings,omitempty"`
}

// DetainerGroups is a top-N list of detainer outcomes by one dimension.
type DetainerGroups struct {
	Dimension string              `json:"dimension"`
	Command   string              `json:"command"`
	Groups    []query.FollowGroup `json:"groups"`
	RestN     int                 `json:"rest_groups,omitempty"`
	Note      string              `json:"note,omitempty"`
}

// custody builds the section; errors are store failures, never "no data".
func (b *builder) custody() (*Custody, error) {
	c := &Custody{}
	var err error
	if c.Arrests, err = b.arrestOutcomes(); err != nil {
		return nil, fmt.Errorf("custody outcomes of the arrests: %w", err)
	}
	if c.Detainers, err = b.detainerOutcomes(); err != nil {
		return nil, fmt.Errorf("detainer outcomes: %w", err)
	}
	return c, nil
}

// followQuery is the follow question for the report's place and period.
func (b *builder) followQuery(dataset, by string) (query.FollowQuery, error) {
	q, err := b.query(dataset, b.period)
	if err != nil {
		return query.FollowQuery{}, err
	}
	return query.FollowQuery{Cohort: q, AsOf: b.asOf, By: by}, nil
}

func (b *builder) arrestOutcomes() (*ArrestOutcomes, error) {
	fq, err := b.followQuery("arrests", "")
	if err != nil {
		return nil, err
	}
	out := &ArrestOutcomes{Command: fq.FollowCommand()}
	links, err := b.eng.FollowLinks(b.ctx, fq.Cohort)
	if err != nil {
		return nil, err
	}
	out.Links = links
	res, err := b.eng.Follow(b.ctx, fq)
	if err != nil {
		return nil, err
	}
	out.Command = res.Command
	if res.Coverage.None {
		out.Note = "No custody outcome: no ingested arrests source covers this place and period."
		return out, nil
	}
	if ok, why := links.Followable("arrests"); !ok {
		out.Note = "No custody outcome: " + why + "."
		return out, nil
	}
	out.Available = true
	out.AsOf, out.AsOfDefault = res.AsOf, res.AsOfDefault
	out.Rows, out.NoKey, out.Persons, out.Booked = res.Rows, res.NoKey, res.Persons, res.Booked
	out.Status, out.ReleaseReasons = res.Status, res.ReleaseReasons
	out.DaysToBookIn, out.DaysToRemoval = res.DaysToBookIn, res.DaysToRemoval
	out.Coverage = status(res.Coverage)
	out.Warnings = res.Warnings
	return out, nil
}

func (b *builder) detainerOutcomes() (*DetainerOutcomes, error) {
	out := &DetainerOutcomes{}
	for _, d := range definitions.All() {
		if d.Term == "detainer outcome" {
			out.Definition, out.Limits = d.Rule, d.Limits
		}
	}
	fq, err := b.followQuery("detainers", "")
	if err != nil {
		return nil, err
	}
	out.Command = fq.FollowCommand()
	res, err := b.eng.Follow(b.ctx, fq)
	if err != nil {
		return nil, err
	}
	out.Command = res.Command
	if res.Coverage.None {
		out.Note = "No detainer outcome: no ingested detainers source covers this place and period."
		return out, nil
	}
	if res.Rows.Count == 0 || len(res.Groups) == 0 {
		out.Note = "No detainer outcome: no detainer was lodged in the records for this place and period."
		return out, nil
	}
	links, err := b.eng.FollowLinks(b.ctx, fq.Cohort)
	if err != nil {
		return nil, err
	}
	out.Available = true
	out.AsOf = res.AsOf
	out.Linked, out.LinkNote = links.Followable("detainers")
	if out.LinkNote != "" {
		out.LinkNote = "Book-ins and removals after the detainers are not shown: " + out.LinkNote + "."
	}
	out.Counts = res.Groups[0].Cells
	for _, src := range res.Sources {
		out.LiftReasonField = out.LiftReasonField || b.cols[src.ID]["lift_reason"]
	}
	if out.LiftReasonField {
		out.LiftReasons = res.LiftReasons
	}
	out.Coverage = status(res.Coverage)
	out.Warnings = res.Warnings
	for _, g := range []struct {
		dim  string
		dest **DetainerGroups
	}{{"facility", &out.Facilities}, {"county", &out.Counties}} {
		gq := fq
		gq.By = g.dim
		gr, err := b.eng.Follow(b.ctx, gq)
		if err != nil {
			return nil, err
		}
		dg := &DetainerGroups{Dimension: g.dim, Command: gr.Command, Groups: []query.FollowGroup{}}
		for _, grp := range gr.Groups {
			if grp.Key == "(empty)" || grp.Key == "(redacted)" || grp.Key == "" {
				continue
			}
			if len(dg.Groups) >= b.req.Top {
				dg.RestN++
				continue
			}
			dg.Groups = append(dg.Groups, grp)
		}
		if len(dg.Groups) == 0 {
			dg.Note = fmt.Sprintf("The detainer records for this place and period give no %s (see `icestat definitions`: detainer place), so no breakdown by %s is given.", g.dim, g.dim)
		}
		*g.dest = dg
	}
	return out, nil
}

// parseAsOf reads Request.AsOf ("" = the last date in the linked records).
func parseAsOf(s string) (*canon.Day, error) {
	if s == "" {
		return nil, nil
	}
	d, err := canon.ParseDate(s, false, false)
	if err != nil {
		return nil, badReq("bad as-of date %q (want YYYY-MM-DD)", s)
	}
	return &d, nil
}

// outcomeLabels name the follow statuses in the report.
var outcomeLabels = map[string]string{
	definitions.FollowRemoved:   "removed (on or after the arrest)",
	definitions.FollowDetained:  "still detained",
	definitions.FollowReleased:  "released (booked in, then out; not removed)",
	definitions.FollowNotBooked: "not booked into ICE detention",
}

// detainerLabels name the detainer outcome columns with the definitions'
// reading of each.
var detainerLabels = map[string]string{
	"lodged":                      "lodged",
	"honored":                     "honored (lift reason 'Booked into Detention')",
	"declined":                    "declined (lift reason 'Detainer Declined by LEA')",
	"other lift reason":           "other lift reason (named below)",
	"not lifted":                  "not lifted (no lift reason)",
	"booked into detention after": "followed by an ICE book-in (same person and release)",
	"removed after":               "followed by a removal",
}

func distText(d *query.Dist) string {
	if d != nil && d.Hidden.Has("n") {
		return "not shown (" + d.Hidden["n"] + " people)"
	}
	if d == nil || d.N == 0 {
		return "no one"
	}
	if d.Quantiles == nil {
		return fmt.Sprintf("not shown (%s people: %s)", d.Shown, d.Note)
	}
	return fmt.Sprintf("%d days (n=%s; p25 %d, p75 %d, p90 %d)", d.Quantiles["median"], d.Shown, d.Quantiles["p25"], d.Quantiles["p75"], d.Quantiles["p90"])
}

// renderCustody writes the section in any format.
func renderCustody(d doc, r *Report) {
	c := r.Custody
	if c == nil {
		return
	}
	d.heading(2, "Custody and detainer outcomes")
	d.para(fmt.Sprintf("What became of the people arrested in %s, %s, and of the detainers lodged there, read from the detention stints and removals of the same person in the same release (linkage by person key, never across releases; `icestat definitions`: follow, detainer outcome, small cells). Counts from 1 to 4 show as <5.",
		r.Place.Name, r.Period.Label))

	d.heading(3, "People arrested: book-in, custody, release, removal")
	a := c.Arrests
	switch {
	case a == nil:
	case !a.Available:
		d.para(a.Note + " (`" + a.Command + "`)")
	default:
		asOf := a.AsOf + " (given)"
		if a.AsOfDefault {
			asOf = a.AsOf + ", the last date in the linked records (nothing after it is known)"
		}
		d.para("As of " + asOf + ".")
		if a.Coverage == Partial {
			d.para("Partial: the arrests sources cover only part of the period; these are the outcomes of the arrests covered, not of all arrests in the period.")
		}
		rows := [][]string{
			{"arrest rows counted", shown(d, a.Rows)},
			{"without a person key (not followed)", shown(d, a.NoKey)},
			{"people followed (first arrest in the period)", shown(d, a.Persons)},
			{"booked into ICE detention after the arrest", shown(d, a.Booked)},
		}
		for _, s := range a.Status {
			rows = append(rows, []string{"— " + outcomeLabels[s.Key], shown(d, s)})
		}
		d.table(fmt.Sprintf("Outcomes of the people arrested, %s, as of %s (one status per person)", r.Period.Short, a.AsOf), []string{"outcome", "people"}, rows, repeat(a.Command, len(rows)))
		if len(a.ReleaseReasons) > 0 {
			var rr [][]string
			for _, x := range a.ReleaseReasons {
				rr = append(rr, []string{x.Key, shown(d, x)})
			}
			d.table("Release reason of the last stint of the people released", []string{"release reason", "people"}, rr, repeat(a.Command, len(rr)))
		}
		d.bullets([]string{
			"Days from arrest to first book-in, median: " + distText(a.DaysToBookIn) + ".",
			"Days from arrest to removal, median: " + distText(a.DaysToRemoval) + ".",
		})
		d.para("Reproduce: `" + a.Command + "`")
	}

	d.heading(3, "Detainers lodged: outcomes")
	t := c.Detainers
	switch {
	case t == nil:
	case !t.Available:
		d.para(t.Note + " (`" + t.Command + "`)")
	default:
		cols := []string{"lodged"}
		if t.LiftReasonField {
			cols = append(cols, "honored", "declined", "other lift reason", "not lifted")
		}
		if t.Linked {
			cols = append(cols, "booked into detention after", "removed after")
		}
		if t.Coverage == Partial {
			d.para("Partial: the detainers sources cover only part of the period.")
		}
		var rows [][]string
		for _, k := range cols {
			rows = append(rows, []string{detainerLabels[k], shown(d, t.Counts[k])})
		}
		d.table(fmt.Sprintf("Detainers lodged, %s, by outcome (book-ins and removals as of %s)", r.Period.Short, t.AsOf), []string{"outcome", "detainers"}, rows, repeat(t.Command, len(rows)))
		if !t.LiftReasonField {
			d.para("Honored, declined and other outcomes are not shown: the detainer records used have no lift-reason field, so no detainer can be classed by it.")
		}
		if t.LinkNote != "" {
			d.para(t.LinkNote)
		}
		if len(t.LiftReasons) > 0 {
			var lr [][]string
			for _, x := range t.LiftReasons {
				lr = append(lr, []string{x.Key, shown(d, x)})
			}
			d.table("Lift reasons as released", []string{"lift reason", "detainers"}, lr, repeat(t.Command, len(lr)))
		}
		for _, g := range []*DetainerGroups{t.Facilities, t.Counties} {
			if g == nil {
				continue
			}
			if g.Note != "" {
				d.para(g.Note)
				continue
			}
			var gr [][]string
			for _, x := range g.Groups {
				row := []string{x.Key}
				for _, k := range cols {
					row = append(row, shown(d, x.Cells[k]))
				}
				gr = append(gr, row)
			}
			caption := fmt.Sprintf("Top %s receiving detainers, %s", map[string]string{"facility": "facilities", "county": "counties"}[g.Dimension], r.Period.Short)
			if g.RestN > 0 {
				caption += fmt.Sprintf(" (%d more in the command's answer)", g.RestN)
			}
			d.table(caption, append([]string{g.Dimension}, cols...), gr, repeat(g.Command, len(gr)))
		}
		d.para("Definition: " + t.Definition + " Limits: " + t.Limits)
	}
}

func repeat(s string, n int) []string {
	out := make([]string, n)
	for i := range out {
		out[i] = s
	}
	return out
}

// custodyCaveats are the follow warnings worth repeating among the report's
// caveats (the as-of date, rows that cannot be followed).
func custodyCaveats(c *Custody) []string {
	var out []string
	if c == nil {
		return out
	}
	if c.Arrests != nil && c.Arrests.Available {
		for _, w := range c.Arrests.Warnings {
			if strings.Contains(w, "as of") || strings.Contains(w, "person key") {
				out = append(out, "custody: "+w)
			}
		}
	}
	return out
}

// shown is a follow cell as the document shows it: the public copy's
// small-cell rule (Withhold) when it withheld the cell, else follow's own
// (<5).
func shown(_ doc, c query.Cell) string {
	if c.Hidden.Has("count") {
		return c.Hidden.Show("count", c.Count)
	}
	if c.Shown == strconv.FormatInt(c.Count, 10) {
		return table.Thousands(c.Count)
	}
	return c.Shown
}
