package report

import (
	"fmt"
	"io"
	"regexp"
	"strings"

	"github.com/icestat/icestat/internal/answer"
	"github.com/icestat/icestat/internal/definitions"
	"github.com/icestat/icestat/internal/table"
)

// doc is a document being written in one format. The report's content is
// walked once (render) and each format decides how it looks.
type doc interface {
	heading(level int, s string)
	para(s string)
	bullets(items []string)
	// table writes rows with a caption; cmds (same length as rows, "" for
	// none) are the commands that reproduce each row.
	table(caption string, header []string, rows [][]string, cmds []string)
	// series draws a period series with the reported period marked.
	series(title string, s *Series, key string)
	// bars draws a breakdown as horizontal bars.
	bars(title string, b *Breakdown)
	err() error
}

// Counts withheld by the small-cell rule (a public copy: Withhold) are
// named in each value's Hidden field; the renderers print their text and
// leave out shares, changes and rates derived from them.

// shareText is a share beside a count, left out when withheld.
func shareText(h answer.Hidden, field string, share string) string {
	if h.Has(field) {
		return ""
	}
	return share
}

// countText renders a figure's count honestly: a partial count is never
// shown as a total and a period no source covers has no count.
func countText(f Figure) string {
	n := int64(0)
	if f.Count != nil {
		n = *f.Count
	}
	switch {
	case f.Status == None || f.Count == nil && !f.Hidden.Has("count"):
		return "not covered (no ingested source covers it; no count given)"
	case f.Status == Partial:
		s := f.Hidden.Show("count", n) + " (partial, not a total"
		if len(f.Gaps) > 0 {
			s += ": " + strings.Join(f.Gaps, ", ") + " not covered"
		}
		return s + ")"
	}
	return f.Hidden.Show("count", n)
}

func pct(x float64) string { return fmt.Sprintf("%.1f%%", 100*x) }

func render(r *Report, d doc) error {
	d.heading(1, r.Title)
	d.para(fmt.Sprintf("Place: %s. Period: %s to %s. Definitions: %s (method classes under the %s scheme; `icestat definitions` prints them). Every figure is a count of records in the ingested FOIA releases and comes with the `icestat count` command that reproduces it.",
		r.Place.Name, r.Period.From, r.Period.To, r.Definitions, r.MethodScheme))

	d.heading(2, "Totals")
	if len(r.Datasets) == 0 {
		d.para("No ingested source covers this place and period for any dataset, so no count is given (a zero would claim something the data cannot show).")
	}
	var rows [][]string
	var cmds []string
	for _, f := range r.Totals {
		rows = append(rows, []string{f.Label, countText(f), f.Status})
		cmds = append(cmds, f.Command)
	}
	d.table("Records per dataset, "+r.Period.Label, []string{"dataset", "count", "coverage"}, rows, cmds)

	for i := range r.Datasets {
		renderSection(d, r, &r.Datasets[i])
	}
	renderCustody(d, r)

	if len(r.Redactions) > 0 {
		d.heading(2, "Redaction of the fields used")
		rows, cmds = nil, nil
		for _, x := range r.Redactions {
			rows = append(rows, []string{x.Dataset, x.Field, x.Hidden.Show("redacted", x.Redacted), x.Hidden.Show("rows", x.Rows), shareText(x.Hidden, "rate", pct(x.Rate))})
			cmds = append(cmds, x.Command)
		}
		d.table("Cells withheld under FOIA exemptions ((b)(6), (b)(7)(C), (b)(7)(E)) among the rows counted", []string{"dataset", "field", "redacted", "rows", "rate"}, rows, cmds)
	}
	renderDetention(d, r.Detention)
	d.heading(2, "Caveats")
	if len(r.Caveats) == 0 {
		d.para("None beyond the definitions.")
	} else {
		d.bullets(r.Caveats)
	}
	d.heading(2, "Sources")
	rows, cmds = nil, nil
	for _, s := range r.Sources {
		rows = append(rows, []string{fmt.Sprint(s.ID), s.File + sheetSuffix(s.Sheet), strings.Join(s.Datasets, ", "), s.Hidden.Show("rows_in_period", s.Rows), s.SHA256})
		cmds = append(cmds, "")
	}
	if len(rows) == 0 {
		d.para("No stored file covers this place and period.")
	} else {
		d.table("Stored files used for the period's totals (rows counted; SHA-256 of the file as ingested)", []string{"id", "file", "dataset", "rows", "sha256"}, rows, cmds)
	}
	d.para(fmt.Sprintf("Definitions %s; `icestat sources` lists every stored file. Comparisons and series may also use other stored files; each command names its sources when run.", definitions.Version))
	return d.err()
}

func renderSection(d doc, r *Report, s *DatasetSection) {
	d.heading(2, capitalize(s.Label))
	d.para(fmt.Sprintf("%s, %s: %s.", capitalize(s.Label), r.Period.Label, countText(s.Total)))
	if len(s.Comparisons) > 0 {
		var rows [][]string
		var cmds []string
		for _, c := range s.Comparisons {
			ch := ""
			if c.Hidden.Has("change") {
				ch = "withheld"
			}
			if c.Change != nil {
				ch = table.Thousands(*c.Change)
				if *c.Change >= 0 {
					ch = "+" + ch
				}
				if c.Pct != nil {
					ch += fmt.Sprintf(" (%+.1f%%)", *c.Pct)
				}
			}
			rows = append(rows, []string{c.Label, c.Figure.Period, countText(c.Figure), ch, c.Note})
			cmds = append(cmds, c.Figure.Command)
		}
		d.table("Comparisons of "+r.Period.Short+" "+s.Label, []string{"compared with", "period", "count", "change", "note"}, rows, cmds)
	}
	if s.Series != nil {
		title := fmt.Sprintf("%s per %s for %s, all ingested data", capitalize(s.Label), s.Series.Unit, r.Place.Name)
		if rk := s.Series.Rank; rk != nil && rk.Ranked {
			d.para("Rank: " + r.Period.Short + " is " + rk.Phrase + ".")
		} else if rk != nil {
			d.para("Rank: " + rk.Phrase + ".")
		}
		d.series(title, s.Series, r.Period.Key)
	}
	if m := s.Months; m != nil && len(m.Points) > 0 {
		d.heading(3, capitalize(s.Label)+" per month, "+r.Period.Short)
		d.para(m.phrase(table.Thousands))
		d.series(fmt.Sprintf("%s per month of %s for %s (the largest month highlighted)", capitalize(s.Label), r.Period.Short, r.Place.Name),
			&Series{mark: "largest month", Unit: unitMonth, Points: m.Points, Command: m.Command, Query: m.Query}, m.Peak)
	}
	for i := range s.Breakdowns {
		b := &s.Breakdowns[i]
		d.heading(3, capitalize(s.Label)+" "+b.Title)
		if b.Status == None {
			d.para("Not covered: no count given.")
			continue
		}
		if b.Absent {
			d.para(capitalize(b.Note) + ". (`" + b.Command + "` answers unknown for every row.)")
			continue
		}
		if b.Status == Partial {
			d.para("Partial: these groups do not add up to a total for the period.")
		}
		d.bars(capitalize(s.Label)+" "+b.Title, b)
		var rows [][]string
		var cmds []string
		for _, x := range b.Rows {
			rows = append(rows, []string{x.Key, x.Hidden.Show("count", x.Count), shareText(x.Hidden, "share", pct(x.Share))})
			cmds = append(cmds, "")
		}
		tot := int64(0)
		if b.Total != nil {
			tot = *b.Total
		}
		share := func(field string, n int64) string {
			if tot == 0 {
				return ""
			}
			return shareText(b.Hidden, field, pct(float64(n)/float64(tot)))
		}
		if b.Rest > 0 || b.Hidden.Has("rest") {
			rows = append(rows, []string{fmt.Sprintf("(%s other values)", table.Thousands(int64(b.RestN))), b.Hidden.Show("rest", b.Rest), share("rest", b.Rest)})
			cmds = append(cmds, "")
		}
		if b.Redacted > 0 || b.Hidden.Has("redacted") {
			rows = append(rows, []string{"(redacted)", b.Hidden.Show("redacted", b.Redacted), share("redacted", b.Redacted)})
			cmds = append(cmds, "")
		}
		if b.Empty > 0 || b.Hidden.Has("empty") {
			rows = append(rows, []string{"(empty)", b.Hidden.Show("empty", b.Empty), share("empty", b.Empty)})
			cmds = append(cmds, "")
		}
		if len(b.Rows) == 0 && b.Dimension == "operation" {
			d.para("No operation is named in these records.")
		}
		d.table(capitalize(s.Label)+" "+b.Title+", "+r.Period.Short, []string{b.Dimension, "count", "share"}, rows, cmds)
		if b.Note != "" {
			d.para("Note: " + b.Note + ".")
		}
		d.para("Reproduce: `" + b.Command + "`")
	}
	if len(s.Schemes) > 0 {
		d.heading(3, "At-large arrests under each published method scheme")
		var rows [][]string
		var cmds []string
		for _, x := range s.Schemes {
			rows = append(rows, []string{x.Scheme, x.Hidden.Show("at_large", x.AtLarge), x.Hidden.Show("custodial", x.Custodial), x.Hidden.Show("other", x.Other), x.Hidden.Show("unknown", x.Unknown), x.Source})
			cmds = append(cmds, x.Command)
		}
		d.table("Method classes of "+r.Period.Short+" arrests under each scheme (icestat is the default)", []string{"scheme", "at-large", "custodial", "other", "unknown", "scheme source"}, rows, cmds)
		for _, x := range s.Schemes {
			if x.Note != "" {
				d.para("Note (" + x.Scheme + "): " + x.Note + ".")
			}
		}
		if lo, hi, ok := schemeRange(s.Schemes); ok && hi > lo {
			d.para(fmt.Sprintf("The at-large figure ranges from %s to %s depending on which published mapping of apprehension methods is used.", table.Thousands(lo), table.Thousands(hi)))
		}
	}
}

// schemeRange is the range of the at-large counts; not ok when one of
// them is withheld.
func schemeRange(rows []SchemeRow) (lo, hi int64, ok bool) {
	for i, x := range rows {
		if x.Hidden.Has("at_large") {
			return 0, 0, false
		}
		if i == 0 || x.AtLarge < lo {
			lo = x.AtLarge
		}
		if x.AtLarge > hi {
			hi = x.AtLarge
		}
	}
	return lo, hi, true
}

func capitalize(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// recentPoints returns up to n points ending at key (or the last n).
func recentPoints(pts []Point, key string, n int) []Point {
	end := len(pts)
	for i, p := range pts {
		if p.Key == key {
			end = i + 1
		}
	}
	return pts[max(0, end-n):end]
}

// ---- plain text ----

type textDoc struct {
	w    io.Writer
	e    error
	refs []string
	md   bool
}

func (t *textDoc) printf(format string, a ...any) {
	if t.e == nil {
		_, t.e = fmt.Fprintf(t.w, format, a...)
	}
}

func (t *textDoc) err() error { return t.e }

func (t *textDoc) heading(level int, s string) {
	if t.md {
		t.printf("%s %s\n\n", strings.Repeat("#", level), s)
		return
	}
	ch := map[int]string{1: "=", 2: "-", 3: ""}[level]
	if level == 1 {
		t.printf("%s\n%s\n\n", s, strings.Repeat(ch, len([]rune(s))))
		return
	}
	if ch == "" {
		t.printf("%s\n\n", s)
		return
	}
	t.printf("%s\n%s\n\n", strings.ToUpper(s), strings.Repeat(ch, len([]rune(s))))
}

func (t *textDoc) para(s string) {
	if !t.md {
		s = strings.ReplaceAll(s, "`", "")
	}
	t.printf("%s\n\n", s)
}

func (t *textDoc) bullets(items []string) {
	for _, it := range items {
		if t.md {
			t.printf("- %s\n", mdEscape(it))
		} else {
			t.printf("  - %s\n", it)
		}
	}
	t.printf("\n")
}

func mdEscape(s string) string {
	return strings.NewReplacer("|", `\|`, "*", `\*`, "_", `\_`, "<", "&lt;").Replace(s)
}

func (t *textDoc) table(caption string, header []string, rows [][]string, cmds []string) {
	hasCmd := false
	for _, c := range cmds {
		hasCmd = hasCmd || c != ""
	}
	if t.md {
		t.printf("Table: %s\n\n", mdEscape(caption))
		h := append([]string{}, header...)
		if hasCmd {
			h = append(h, "command")
		}
		t.printf("| %s |\n|%s\n", strings.Join(h, " | "), strings.Repeat(" --- |", len(h)))
		for i, r := range rows {
			cells := make([]string, 0, len(r)+1)
			for _, c := range r {
				cells = append(cells, mdEscape(c))
			}
			if hasCmd {
				c := ""
				if cmds[i] != "" {
					c = "`" + strings.ReplaceAll(cmds[i], "|", `\|`) + "`"
				}
				cells = append(cells, c)
			}
			t.printf("| %s |\n", strings.Join(cells, " | "))
		}
		t.printf("\n")
		return
	}
	// Aligned columns, a reference number per row pointing at its command.
	h := append([]string{}, header...)
	body := make([][]string, len(rows))
	for i, r := range rows {
		body[i] = append([]string{}, r...)
	}
	var notes []string
	if hasCmd {
		h = append(h, "ref")
		seen := map[string]string{} // rows citing one command share its reference
		for i := range body {
			ref := ""
			if cmds[i] != "" && seen[cmds[i]] != "" {
				ref = seen[cmds[i]]
			} else if cmds[i] != "" {
				t.refs = append(t.refs, cmds[i])
				ref = fmt.Sprintf("[%d]", len(t.refs))
				seen[cmds[i]] = ref
				notes = append(notes, fmt.Sprintf("  %s %s", ref, cmds[i]))
			}
			body[i] = append(body[i], ref)
		}
	}
	width := make([]int, len(h))
	for i, c := range h {
		width[i] = len([]rune(c))
	}
	for _, r := range body {
		for i, c := range r {
			if i < len(width) {
				width[i] = max(width[i], len([]rune(c)))
			}
		}
	}
	line := func(r []string) {
		var b strings.Builder
		for i, c := range r {
			if i > 0 {
				b.WriteString("  ")
			}
			pad := strings.Repeat(" ", width[i]-len([]rune(c)))
			if numeric(c) {
				b.WriteString(pad + c)
			} else if i < len(r)-1 {
				b.WriteString(c + pad)
			} else {
				b.WriteString(c)
			}
		}
		t.printf("  %s\n", strings.TrimRight(b.String(), " "))
	}
	t.printf("%s\n", caption)
	line(h)
	seps := make([]string, len(h))
	for i := range h {
		seps[i] = strings.Repeat("-", width[i])
	}
	line(seps)
	for _, r := range body {
		line(r)
	}
	for _, n := range notes {
		t.printf("%s\n", n)
	}
	t.printf("\n")
}

var numericRe = regexp.MustCompile(`^<[0-9]+$|^fewer than [0-9,]+$|^suppressed$|^withheld$|^[+-]?[0-9][0-9,]*(\.[0-9]+)?%?( \([+-]?[0-9.]+%\))?$`)

// numeric reports whether a cell is a number (right-aligned).
func numeric(s string) bool { return numericRe.MatchString(s) }

func (t *textDoc) series(title string, s *Series, key string) {
	pts := recentPoints(s.Points, key, 13)
	var rows [][]string
	cmds := make([]string, 0, len(pts))
	for _, p := range pts {
		mark := ""
		if p.Key == key {
			mark = "<- " + s.markText()
		}
		if !p.Complete {
			mark = strings.TrimSpace("partial (not ranked) " + mark)
		}
		rows = append(rows, []string{label(p.Key, s.Unit), p.Hidden.Show("count", p.Count), mark})
		cmds = append(cmds, "")
	}
	t.table(fmt.Sprintf("%s (the %d %ss up to the period; the command gives all %d)", title, len(pts), s.Unit, len(s.Points)), []string{s.Unit, "count", ""}, rows, cmds)
	t.para("Reproduce: `" + s.Command + "`")
}

func (t *textDoc) bars(string, *Breakdown) {}

// WriteText writes the report as plain text for a terminal.
func (r *Report) WriteText(w io.Writer) error { return render(r, &textDoc{w: w}) }

// WriteMarkdown writes the report as Markdown (pipe tables).
func (r *Report) WriteMarkdown(w io.Writer) error { return render(r, &textDoc{w: w, md: true}) }

// markText says what a series' highlighted period is.
func (s *Series) markText() string {
	if s.mark != "" {
		return s.mark
	}
	return "reported period"
}
