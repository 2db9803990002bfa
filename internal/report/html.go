package report

import (
	"fmt"
	"html"
	"io"
	"net/url"
	"strings"

	"github.com/icestat/icestat/internal/chart"
	"github.com/icestat/icestat/internal/definitions"
	"github.com/icestat/icestat/internal/table"
)

// CSS styles the HTML report; WriteHTML embeds it, and a page that embeds
// WriteHTMLFragment can include it in its own <style>. Charts carry their
// colours as attributes and read well without it.
const CSS = `.icestat-report{font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1a1a1a;background:#fff;max-width:60rem;margin:0 auto;padding:1rem}
.icestat-report h1{font-size:1.6rem;margin:.5rem 0}
.icestat-report h2{font-size:1.3rem;border-bottom:2px solid #1f4e79;margin-top:2rem}
.icestat-report h3{font-size:1.05rem;margin-top:1.4rem}
.icestat-report table{border-collapse:collapse;min-width:24rem;margin:.5rem 0 1rem;font-size:.9rem}
.icestat-report caption{text-align:left;font-weight:600;padding:.25rem 0}
.icestat-report th,.icestat-report td{border:1px solid #767676;padding:.2rem .45rem;vertical-align:top;text-align:left}
.icestat-report td.n{text-align:right;font-variant-numeric:tabular-nums}
.icestat-report th{background:#e8eef4}
.icestat-report code{font-size:.78rem;overflow-wrap:anywhere;color:#1a1a1a}
.icestat-report code.sha{display:inline-block;max-width:9ch;overflow:hidden;text-overflow:ellipsis;white-space:nowrap;vertical-align:bottom;word-break:normal}
.icestat-report .table-wrap{overflow-x:auto;max-width:100%}
.icestat-report .chart-scroll{overflow-x:auto;max-width:100%}
.icestat-report abbr.term{text-decoration:underline dotted;cursor:help}
.icestat-report a.def{font-size:.75em;vertical-align:super;margin-left:.15em;text-decoration:none;border:1px solid currentColor;border-radius:50%;padding:0 .3em;line-height:1}
.icestat-report .status-partial{color:#8a3b00;font-weight:600}
.icestat-report .status-none{color:#5a5a5a;font-style:italic}
.icestat-report svg.chart{width:100%;min-width:560px;max-width:48rem;height:auto;display:block}
.icestat-report figure{margin:.5rem 0 1rem}
@media print{.icestat-report{max-width:none;font-size:11pt}.icestat-report h2{break-after:avoid}.icestat-report table,.icestat-report figure{break-inside:avoid}.icestat-report details{display:block}.icestat-report details>*{display:block}}
`

// HTMLOptions adapt the HTML rendering for a page that embeds it (the web
// app's report page): the same walk of the report, the same charts
// (internal/chart), with links from each figure to the question behind it
// and to its Definitions page. The page's small-cell rule is not an
// option: the page renders the public copy (Report.Withhold).
type HTMLOptions struct {
	// Link is the page address of a figure's question; nil: no links.
	Link func(q url.Values) string
	// Definitions is the address of the definitions page ("/definitions");
	// empty: words get their one-line meaning as a title only.
	Definitions string
	// ChartLinks gives the addresses of a chart on its own (an embed page)
	// and of its SVG file, by the chart's name (charts.go); nil: no links.
	ChartLinks func(name string) (embed, svg string)
}

type htmlDoc struct {
	w       io.Writer
	e       error
	id      int
	o       HTMLOptions
	queries map[string]url.Values // command -> its question
	charts  map[string]chartRef   // command -> the chart drawn from it (charts.go)
	kept    *[]Chart              // Charts collects the charts here
	rep     *Report
}

func (h *htmlDoc) printf(format string, a ...any) {
	if h.e == nil {
		_, h.e = fmt.Fprintf(h.w, format, a...)
	}
}

func (h *htmlDoc) err() error { return h.e }

func esc(s string) string { return html.EscapeString(s) }

// inline renders `code` spans of a sentence.
func inline(s string) string {
	parts := strings.Split(s, "`")
	for i, p := range parts {
		if i%2 == 1 {
			parts[i] = "<code>" + esc(p) + "</code>"
		} else {
			parts[i] = esc(p)
		}
	}
	return strings.Join(parts, "")
}

// Term renders a word with its one-line meaning (an <abbr> title, read
// without a mouse by screen readers) and, when defs is set, a link to its
// entry on the Definitions page. Words without a definition are escaped
// text.
func Term(word, defs string) string {
	d := definitions.Lookup(word)
	if d == nil {
		return esc(word)
	}
	s := fmt.Sprintf(`<abbr class="term" title="%s">%s</abbr>`, esc(d.Short), esc(word))
	if defs != "" {
		s += fmt.Sprintf(`<a class="def" href="%s#%s" aria-label="Definition of %s" title="Definition: %s">?</a>`, esc(defs), esc(d.ID), esc(word), esc(d.Short))
	}
	return s
}

func (h *htmlDoc) heading(level int, s string) { h.printf("<h%d>%s</h%d>\n", level, esc(s), level) }
func (h *htmlDoc) para(s string)               { h.printf("<p>%s</p>\n", inline(s)) }

func (h *htmlDoc) bullets(items []string) {
	h.printf("<ul>\n")
	for _, it := range items {
		h.printf("<li>%s</li>\n", inline(it))
	}
	h.printf("</ul>\n")
}

func (h *htmlDoc) table(caption string, header []string, rows [][]string, cmds []string) {
	hasCmd := false
	for _, c := range cmds {
		hasCmd = hasCmd || c != ""
	}
	h.printf(`<div class="table-wrap" tabindex="0" role="region" aria-label="%s">`+"\n<table>\n<caption>%s</caption>\n<thead><tr>", esc(caption), esc(caption))
	for _, c := range header {
		h.printf(`<th scope="col">%s</th>`, Term(c, h.o.Definitions))
	}
	if hasCmd {
		h.printf(`<th scope="col">command that reproduces it</th>`)
	}
	h.printf("</tr></thead>\n<tbody>\n")
	for i, r := range rows {
		h.printf("<tr>")
		linked := false
		for j, c := range r {
			class := ""
			switch {
			case j == 0:
				h.printf(`<th scope="row">%s</th>`, Term(c, h.o.Definitions))
				continue
			case header[j] == "sha256":
				h.printf(`<td><code class="sha" title="%s">%s</code></td>`, esc(c), esc(c))
				continue
			case numeric(c) || strings.HasPrefix(c, "+") || strings.HasPrefix(c, "-") || strings.HasPrefix(c, "fewer than") || c == "suppressed" || c == "withheld":
				class = ` class="n"`
			case c == Partial || strings.Contains(c, "(partial"):
				class = ` class="status-partial"`
			case c == None || strings.HasPrefix(c, "not covered"):
				class = ` class="status-none"`
			}
			cell := esc(c)
			// The first count of a row links to the question behind it.
			if !linked && h.o.Link != nil && i < len(cmds) && cmds[i] != "" && c != "" && c[0] >= '0' && c[0] <= '9' {
				if q, ok := h.queries[cmds[i]]; ok {
					if u := h.o.Link(q); u != "" {
						cell = fmt.Sprintf(`<a href="%s">%s</a>`, esc(u), cell)
						linked = true
					}
				}
			}
			h.printf("<td%s>%s</td>", class, cell)
		}
		if hasCmd {
			if cmds[i] != "" {
				h.printf("<td><code>%s</code></td>", esc(cmds[i]))
			} else {
				h.printf("<td></td>")
			}
		}
		h.printf("</tr>\n")
	}
	h.printf("</tbody>\n</table>\n</div>\n")
}

func (h *htmlDoc) nextID() string {
	h.id++
	return fmt.Sprintf("icestat-chart-%d", h.id)
}

// SeriesPoints turns a report series into chart points: uncovered periods
// between covered ones become "no data" gaps, partial periods are marked,
// the reported period key is highlighted; a count withheld by the
// small-cell rule (Withhold) is drawn as withheld, with its text.
func SeriesPoints(s *Series, key string) []chart.Point {
	var pts []chart.Point
	for _, p := range s.Points {
		c := chart.Point{Label: label(p.Key, s.Unit), Value: float64(p.Count), Highlight: p.Key == key}
		if !p.Complete {
			c.Status = chart.Partial
		}
		if p.Hidden.Has("count") {
			c.Suppressed, c.Text = true, p.Hidden.Show("count", p.Count)
		}
		pts = append(pts, c)
	}
	return chart.FillGaps(pts)
}

// series draws the period series (internal/chart): complete periods
// filled, partial ones hatched, uncovered ones as gaps, the reported
// period in orange.
func (h *htmlDoc) series(title string, s *Series, key string) {
	if len(s.Points) == 0 {
		return
	}
	pts := SeriesPoints(s, key)
	var maxP *chart.Point
	var cur *chart.Point
	for i := range pts {
		if pts[i].Status != chart.NoData && !pts[i].Suppressed && (maxP == nil || pts[i].Value > maxP.Value) {
			maxP = &pts[i]
		}
		if pts[i].Highlight {
			cur = &pts[i]
		}
	}
	desc := fmt.Sprintf("%d %s counts from %s to %s", len(s.Points), s.Unit, pts[0].Label, pts[len(pts)-1].Label)
	if maxP != nil {
		desc += fmt.Sprintf("; the largest is %s in %s", chart.Num(maxP.Value), maxP.Label)
	}
	desc += "."
	if cur != nil && !cur.Suppressed {
		desc += fmt.Sprintf(" The %s %s (highlighted) has %s.", s.markText(), cur.Label, chart.Num(cur.Value))
	}
	if n := countPartial(s.Points); n > 0 {
		desc += fmt.Sprintf(" %d partly covered periods are hatched.", n)
	}
	name := h.charts[s.Command].name
	h.printf(`<figure class="chart-wrap"%s>`+"\n"+`<div class="chart-scroll">`, figureID(name))
	svg := chart.Series(chart.Spec{ID: h.nextID(), Title: title, Desc: desc, Mark: s.markText()}, pts, len(pts) > 60)
	h.keep(s.Command, title, svg, seriesCaveat(s, pts), s.Query)
	h.printf("%s", svg)
	h.printf("</div>\n<figcaption>%s. Orange: the %s; hatched: periods the sources cover only in part (not ranked); grey “no data” bands: periods no source covers. Reproduce: <code>%s</code></figcaption>\n", esc(title), esc(s.markText()), esc(s.Command))
	h.chartLinks(name)
	// The data behind the chart, for screen readers and print.
	h.printf("<details><summary>Data table</summary>\n")
	var rows [][]string
	cmds := make([]string, len(s.Points))
	for _, p := range s.Points {
		st := Complete
		if !p.Complete {
			st = Partial
		}
		rows = append(rows, []string{label(p.Key, s.Unit), p.Hidden.Show("count", p.Count), st})
	}
	h.table(title, []string{s.Unit, "count", "coverage"}, rows, cmds)
	h.printf("</details>\n</figure>\n")
}

func countPartial(pts []Point) int {
	n := 0
	for _, p := range pts {
		if !p.Complete {
			n++
		}
	}
	return n
}

// bars draws a breakdown's top rows as sorted horizontal bars with shares.
func (h *htmlDoc) bars(title string, b *Breakdown) {
	if len(b.Rows) == 0 {
		return
	}
	var pts []chart.Point
	var parts []string
	for _, r := range b.Rows {
		p := chart.Point{Label: r.Key, Value: float64(r.Count), Share: r.Share, HasShare: true}
		if r.Hidden.Has("count") {
			p.Suppressed, p.Text, p.HasShare = true, r.Hidden.Show("count", r.Count), false
		} else {
			parts = append(parts, fmt.Sprintf("%s %s", r.Key, table.Thousands(r.Count)))
		}
		pts = append(pts, p)
	}
	name := h.charts[b.Command].name
	h.printf(`<figure class="chart-wrap"%s><div class="chart-scroll">`, figureID(name))
	svg := chart.Bars(chart.Spec{ID: h.nextID(), Title: title, Desc: "Horizontal bars: " + strings.Join(parts, "; ") + "."}, pts)
	h.keep(b.Command, title, svg, barsCaveat(b), b.Query)
	h.printf("%s", svg)
	h.printf("</div>")
	h.chartLinks(name)
	h.printf("</figure>\n")
}

// indexQueries maps each command the report prints to its question, so
// that an embedding page can link counts.
func (h *htmlDoc) indexQueries(r *Report) {
	h.queries = map[string]url.Values{}
	add := func(cmd string, q url.Values) {
		if cmd != "" && q != nil {
			h.queries[cmd] = q
		}
	}
	for _, f := range r.Totals {
		add(f.Command, f.Query)
	}
	for _, d := range r.Datasets {
		add(d.Total.Command, d.Total.Query)
		for _, c := range d.Comparisons {
			add(c.Figure.Command, c.Figure.Query)
		}
		for _, b := range d.Breakdowns {
			add(b.Command, b.Query)
		}
		if d.Series != nil {
			add(d.Series.Command, d.Series.Query)
		}
	}
	if r.Detention != nil {
		for _, f := range r.Detention.Figures {
			add(f.Command, f.Query)
		}
	}
}

// WriteHTMLFragment writes the report as an <article> to embed in another
// page (no <html> wrapper, no styles: include CSS in the page).
func (r *Report) WriteHTMLFragment(w io.Writer) error {
	return r.WriteHTMLFragmentWith(w, HTMLOptions{})
}

// WriteHTMLFragmentWith writes the report's <article> as a page that
// embeds it asks (HTMLOptions): the web app's report page is this
// rendering.
func (r *Report) WriteHTMLFragmentWith(w io.Writer, o HTMLOptions) error {
	h := &htmlDoc{w: w, o: o, rep: r}
	h.indexQueries(r)
	h.indexCharts(r)
	h.printf(`<article class="icestat-report" lang="en">` + "\n")
	if err := render(r, h); err != nil {
		return err
	}
	h.printf("</article>\n")
	return h.err()
}

// WriteHTML writes one self-contained HTML page: no external assets, no
// script; charts are inline SVG with titles and descriptions.
func (r *Report) WriteHTML(w io.Writer) error {
	if _, err := fmt.Fprintf(w, "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>%s</title>\n<style>\n%s</style>\n</head>\n<body>\n<main>\n", esc(r.Title), CSS); err != nil {
		return err
	}
	if err := r.WriteHTMLFragment(w); err != nil {
		return err
	}
	_, err := io.WriteString(w, "</main>\n</body>\n</html>\n")
	return err
}

// figureID is a chart figure's id attribute: "chart-NAME", so that an
// embedded chart can link back to its place in the report.
func figureID(name string) string {
	if name == "" {
		return ""
	}
	return ` id="chart-` + esc(name) + `"`
}
