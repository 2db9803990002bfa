package report

import (
	"fmt"
	"io"
	"net/url"
	"slices"
	"strings"

	"github.com/icestat/icestat/internal/chart"
	"github.com/icestat/icestat/internal/definitions"
)

// A report's charts can be taken out of it one by one (an embeddable
// chart, an SVG download): each has a stable name within its report —
// "<dataset>-series", "<dataset>-months" or "<dataset>-<dimension>" for a
// breakdown — and is drawn by the same code as in the whole report, with
// its title, its caveat line (what the coverage means for it) and its
// source line (the files it counts, the definitions, the command that
// reproduces it).

// Chart is one chart of a report on its own.
type Chart struct {
	Name    string
	Title   string
	SVG     string
	Caveat  string
	Source  string
	Command string
	Query   url.Values
}

// chartRef is what the HTML rendering knows about a chart it draws: its
// name and the section it belongs to (found by the chart's command).
type chartRef struct {
	name string
	sec  *DatasetSection
}

// indexCharts names every chart of the report by the command behind it.
func (h *htmlDoc) indexCharts(r *Report) {
	h.charts = map[string]chartRef{}
	taken := map[string]bool{}
	add := func(cmd, name string, sec *DatasetSection) {
		if cmd == "" {
			return
		}
		base := name
		for i := 2; taken[name]; i++ {
			name = fmt.Sprintf("%s-%d", base, i)
		}
		taken[name] = true
		h.charts[cmd] = chartRef{name: name, sec: sec}
	}
	for i := range r.Datasets {
		s := &r.Datasets[i]
		if s.Series != nil {
			add(s.Series.Command, s.Dataset+"-series", s)
		}
		if s.Months != nil {
			add(s.Months.Command, s.Dataset+"-months", s)
		}
		for _, b := range s.Breakdowns {
			add(b.Command, s.Dataset+"-"+strings.ReplaceAll(b.Dimension, "_", "-"), s)
		}
	}
}

// chartLinks writes, under a chart, the links a page that embeds the
// report asks for (HTMLOptions.ChartLinks): the SVG file and the chart on
// its own page. The page's script adds a PNG button beside them.
func (h *htmlDoc) chartLinks(name string) {
	if h.o.ChartLinks == nil || name == "" {
		return
	}
	embed, svg := h.o.ChartLinks(name)
	h.printf(`<p class="chart-links">Chart: <a class="dl-svg" href="%s" download>SVG</a> · <a class="embed" href="%s">Embed</a></p>`+"\n", esc(svg), esc(embed))
}

// keep records a chart drawn while the report's charts are being
// collected (Charts).
func (h *htmlDoc) keep(cmd, title, svg, caveat string, q url.Values) {
	if h.kept == nil {
		return
	}
	ref := h.charts[cmd]
	c := Chart{Name: ref.name, Title: title, SVG: svg, Caveat: caveat, Command: cmd, Query: q}
	var files []string
	if ref.sec != nil {
		for _, s := range h.rep.Sources {
			if slices.Contains(s.Datasets, ref.sec.Dataset) {
				files = append(files, s.File+sheetSuffix(s.Sheet))
			}
		}
	}
	c.Source = SourceLine(files, cmd)
	*h.kept = append(*h.kept, c)
}

// SourceLine is a chart's source line: the files it counts, the
// definitions, the command that reproduces it. A series over all the
// ingested data counts more files than the period's: a caller that can
// answer the chart's question names them (the web's embed page does).
func SourceLine(files []string, cmd string) string {
	s := "Source: ICE records released under FOIA"
	if len(files) > 0 {
		s += " (" + strings.Join(files, "; ") + ")"
	}
	return s + ", counted by icestat, definitions " + definitions.Version + ". Reproduce: " + cmd
}

// Charts returns the report's charts, each drawn as the HTML rendering
// draws it with the same options (small-cell rule, links), with its name,
// title, caveat and source lines.
func (r *Report) Charts(o HTMLOptions) ([]Chart, error) {
	var kept []Chart
	h := &htmlDoc{w: io.Discard, o: o, kept: &kept, rep: r}
	h.indexQueries(r)
	h.indexCharts(r)
	if err := render(r, h); err != nil {
		return nil, err
	}
	return kept, h.err()
}

// seriesCaveat is the caveat line of a series chart: what the hatched and
// missing periods mean, in words.
func seriesCaveat(s *Series, pts []chart.Point) string {
	var parts []string
	if n := countPartial(s.Points); n > 0 {
		parts = append(parts, fmt.Sprintf("%d hatched periods are only partly covered by the sources: their counts are not totals", n))
	}
	if slices.ContainsFunc(pts, func(p chart.Point) bool { return p.Status == chart.NoData }) {
		parts = append(parts, "grey “no data” bands are periods no ingested source covers (no count, not zero)")
	}
	if len(parts) == 0 {
		parts = append(parts, "the sources cover every period drawn")
	}
	if s.Rank != nil && s.Rank.Phrase != "" {
		parts = append(parts, "rank: "+s.Rank.Phrase)
	}
	return "Coverage: " + strings.Join(parts, "; ") + "."
}

// barsCaveat is the caveat line of a breakdown chart.
func barsCaveat(b *Breakdown) string {
	c := "Coverage: the sources cover the whole period for the place."
	if b.Status == Partial {
		c = "Coverage: partial — these groups do not add up to a total for the period."
	}
	if b.Note != "" {
		c += " " + capitalize(b.Note) + "."
	}
	if b.RestN > 0 {
		c += fmt.Sprintf(" %d smaller groups are not drawn.", b.RestN)
	}
	return c
}
