package report

import (
	"fmt"
	"html"
	"io"
	"strings"

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
.icestat-report code{font-size:.78rem;word-break:break-all;color:#1a1a1a}
.icestat-report .status-partial{color:#8a3b00;font-weight:600}
.icestat-report .status-none{color:#5a5a5a;font-style:italic}
.icestat-report svg{max-width:100%;height:auto;display:block}
.icestat-report figure{margin:.5rem 0 1rem}
@media print{.icestat-report{max-width:none;font-size:11pt}.icestat-report h2{break-after:avoid}.icestat-report table,.icestat-report figure{break-inside:avoid}.icestat-report details{display:block}.icestat-report details>*{display:block}}
`

// Chart colours: dark blue and dark orange on white both exceed 4.5:1
// contrast; partial periods are drawn as outlines, not by colour alone.
const (
	colBar    = "#1f4e79"
	colMark   = "#a6400b"
	colAxis   = "#4a4a4a"
	colText   = "#1a1a1a"
	colHollow = "#ffffff"
)

type htmlDoc struct {
	w  io.Writer
	e  error
	id int
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
	h.printf("<table>\n<caption>%s</caption>\n<thead><tr>", esc(caption))
	for _, c := range header {
		h.printf(`<th scope="col">%s</th>`, esc(c))
	}
	if hasCmd {
		h.printf(`<th scope="col">command that reproduces it</th>`)
	}
	h.printf("</tr></thead>\n<tbody>\n")
	for i, r := range rows {
		h.printf("<tr>")
		for j, c := range r {
			class := ""
			switch {
			case j == 0:
				h.printf(`<th scope="row">%s</th>`, esc(c))
				continue
			case numeric(c) || strings.HasPrefix(c, "+") || strings.HasPrefix(c, "-"):
				class = ` class="n"`
			case c == Partial || strings.Contains(c, "(partial"):
				class = ` class="status-partial"`
			case c == None || strings.HasPrefix(c, "not covered"):
				class = ` class="status-none"`
			}
			h.printf("<td%s>%s</td>", class, esc(c))
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
	h.printf("</tbody>\n</table>\n")
}

func (h *htmlDoc) nextID() string {
	h.id++
	return fmt.Sprintf("icestat-chart-%d", h.id)
}

// series draws the period series as vertical bars: complete periods filled,
// partial ones as outlines, the reported period in orange.
func (h *htmlDoc) series(title string, s *Series, key string) {
	pts := s.Points
	if len(pts) == 0 {
		return
	}
	const W, H, left, bottom, top = 760.0, 240.0, 56.0, 34.0, 12.0
	var maxN int64 = 1
	maxKey := ""
	for _, p := range pts {
		if p.Count > maxN {
			maxN, maxKey = p.Count, p.Key
		}
	}
	id := h.nextID()
	plotW, plotH := W-left-8, H-bottom-top
	bw := plotW / float64(len(pts))
	var cur *Point
	for i := range pts {
		if pts[i].Key == key {
			cur = &pts[i]
		}
	}
	desc := fmt.Sprintf("Bar chart of %d %s counts from %s to %s; the largest is %s in %s.", len(pts), s.Unit, label(pts[0].Key, s.Unit), label(pts[len(pts)-1].Key, s.Unit), table.Thousands(maxN), label(maxKey, s.Unit))
	if cur != nil {
		desc += fmt.Sprintf(" The reported period %s (highlighted) has %s.", label(cur.Key, s.Unit), table.Thousands(cur.Count))
	}
	if n := countPartial(pts); n > 0 {
		desc += fmt.Sprintf(" %d partly covered periods are drawn as outlines.", n)
	}
	h.printf("<figure>\n")
	h.printf(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 %.0f %.0f" width="%.0f" height="%.0f" role="img" aria-labelledby="%s-t %s-d">`+"\n", W, H, W, H, id, id)
	h.printf(`<title id="%s-t">%s</title><desc id="%s-d">%s</desc>`+"\n", id, esc(title), id, esc(desc))
	h.printf(`<rect x="0" y="0" width="%.0f" height="%.0f" fill="#ffffff"/>`+"\n", W, H)
	// y axis: 0, half, max.
	for _, f := range []float64{0, 0.5, 1} {
		y := top + plotH*(1-f)
		h.printf(`<line x1="%.1f" y1="%.1f" x2="%.1f" y2="%.1f" stroke="#c8c8c8" stroke-width="1"/>`, left, y, W-8, y)
		h.printf(`<text x="%.1f" y="%.1f" font-size="11" text-anchor="end" fill="%s">%s</text>`+"\n", left-4, y+4, colAxis, table.Thousands(int64(f*float64(maxN)+0.5)))
	}
	lastYear := ""
	for i, p := range pts {
		x := left + float64(i)*bw
		bh := plotH * float64(p.Count) / float64(maxN)
		fill, stroke := colBar, colBar
		if p.Key == key {
			fill, stroke = colMark, colMark
		}
		if !p.Complete {
			fill = colHollow
		}
		gap := min(1.0, bw/4)
		h.printf(`<rect x="%.2f" y="%.2f" width="%.2f" height="%.2f" fill="%s" stroke="%s" stroke-width="1"><title>%s: %s%s</title></rect>`+"\n",
			x+gap/2, top+plotH-bh, max(bw-gap, 0.5), bh, fill, stroke, esc(label(p.Key, s.Unit)), table.Thousands(p.Count), map[bool]string{true: "", false: " (partial)"}[p.Complete])
		// x labels: every year for months, every period for fiscal years.
		lab := ""
		if s.Unit == unitMonth {
			// January of each year; the first bar too when it starts
			// early enough in its year for the labels not to collide.
			if y := p.Key[:4]; y != lastYear && (p.Key[5:] == "01" || (i == 0 && p.Key[5:] <= "08")) {
				lab, lastYear = y, y
			}
		} else if len(pts) <= 24 || i%2 == 0 {
			lab = label(p.Key, s.Unit)
		}
		if lab != "" {
			h.printf(`<text x="%.2f" y="%.1f" font-size="11" fill="%s">%s</text>`+"\n", x, H-bottom+16, colAxis, esc(lab))
		}
	}
	h.printf(`<line x1="%.1f" y1="%.1f" x2="%.1f" y2="%.1f" stroke="%s"/>`+"\n", left, top+plotH, W-8, top+plotH, colAxis)
	h.printf("</svg>\n<figcaption>%s. Orange: the reported period; outlined bars: periods the sources cover only in part (not ranked). Reproduce: <code>%s</code></figcaption>\n", esc(title), esc(s.Command))
	// The data behind the chart, for screen readers and print.
	h.printf("<details><summary>Data table</summary>\n")
	var rows [][]string
	cmds := make([]string, len(pts))
	for _, p := range pts {
		st := Complete
		if !p.Complete {
			st = Partial
		}
		rows = append(rows, []string{label(p.Key, s.Unit), table.Thousands(p.Count), st})
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

// bars draws a breakdown's top rows as horizontal bars.
func (h *htmlDoc) bars(title string, b *Breakdown) {
	if len(b.Rows) == 0 {
		return
	}
	const W, labelW, rowH = 760.0, 300.0, 22.0
	H := rowH*float64(len(b.Rows)) + 8
	var maxN int64 = 1
	for _, r := range b.Rows {
		maxN = max(maxN, r.Count)
	}
	id := h.nextID()
	var parts []string
	for _, r := range b.Rows {
		parts = append(parts, fmt.Sprintf("%s %s", r.Key, table.Thousands(r.Count)))
	}
	h.printf("<figure>\n")
	h.printf(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 %.0f %.0f" width="%.0f" height="%.0f" role="img" aria-labelledby="%s-t %s-d">`+"\n", W, H, W, H, id, id)
	h.printf(`<title id="%s-t">%s</title><desc id="%s-d">Horizontal bars: %s.</desc>`+"\n", id, esc(title), id, esc(strings.Join(parts, "; ")))
	barMax := W - labelW - 130
	for i, r := range b.Rows {
		y := 4 + float64(i)*rowH
		w := barMax * float64(r.Count) / float64(maxN)
		lab := r.Key
		if len([]rune(lab)) > 40 {
			lab = string([]rune(lab)[:39]) + "…"
		}
		h.printf(`<text x="%.1f" y="%.1f" font-size="12" text-anchor="end" fill="%s">%s</text>`, labelW-6, y+rowH*0.65, colText, esc(lab))
		h.printf(`<rect x="%.1f" y="%.1f" width="%.2f" height="%.1f" fill="%s"/>`, labelW, y+2, max(w, 1), rowH-6, colBar)
		h.printf(`<text x="%.1f" y="%.1f" font-size="12" fill="%s">%s (%s)</text>`+"\n", labelW+max(w, 1)+4, y+rowH*0.65, colText, table.Thousands(r.Count), pct(r.Share))
	}
	h.printf("</svg>\n</figure>\n")
}

// WriteHTMLFragment writes the report as an <article> to embed in another
// page (no <html> wrapper, no styles: include CSS in the page).
func (r *Report) WriteHTMLFragment(w io.Writer) error {
	h := &htmlDoc{w: w}
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
