package claims

import (
	"encoding/json"
	"fmt"
	"html/template"
	"io"
	"strings"
)

// WriteJSON writes the report as indented JSON.
func (r *Report) WriteJSON(w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(r)
}

func (r *Report) summaryLine() string {
	return fmt.Sprintf("%d claims: %d supported, %d contradicted, %d not checkable (definitions %s)",
		len(r.Entries), r.Summary[Supported], r.Summary[Contradicted], r.Summary[NotCheckable], r.Definitions)
}

func verdictLabel(e Entry) string {
	if e.Verdict == NotCheckable && e.Reason != "" {
		return e.Verdict + " (" + e.Reason + ")"
	}
	if e.Verdict == Supported && e.Under != "" {
		return e.Verdict + " under another reading"
	}
	return e.Verdict
}

// altText is one other reading tested, for the text and Markdown reports.
func altText(a Alternative) string {
	v := a.ValueText
	if v == "" {
		v = "no figure"
	}
	s := fmt.Sprintf("%s — %s (%s", a.Reading, v, a.Verdict)
	if a.Reason != "" {
		s += ": " + a.Reason
	}
	return s + ")"
}

// WriteText writes the report for a terminal.
func (r *Report) WriteText(w io.Writer) error {
	var b strings.Builder
	for _, e := range r.Entries {
		fmt.Fprintf(&b, "[%d] %s — %s\n", e.ID, strings.ToUpper(verdictLabel(e)), e.Text)
		fmt.Fprintf(&b, "    sentence:  %s\n", e.Sentence)
		fmt.Fprintf(&b, "    reading:   %s\n", e.Interpretation)
		for _, c := range e.Commands {
			fmt.Fprintf(&b, "    command:   %s\n", c)
		}
		if e.ValueText != "" {
			fmt.Fprintf(&b, "    records:   %s (stated: %s)\n", e.ValueText, e.Stated)
		}
		if e.Under != "" {
			fmt.Fprintf(&b, "    under:     %s\n", e.Under)
		}
		for i, a := range e.Alternatives {
			if i == 3 {
				break
			}
			fmt.Fprintf(&b, "    other:     %s\n", altText(a))
		}
		for _, c := range e.Explain {
			fmt.Fprintf(&b, "    explain:   %s = %s (%s)\n", formatNumber(float64(c.Count)), c.Description, c.Command)
		}
		fmt.Fprintf(&b, "    why:       %s\n\n", e.Explanation)
	}
	for _, n := range r.Notes {
		fmt.Fprintf(&b, "note (every claim above): %s\n", n)
	}
	b.WriteString(r.summaryLine() + "\n")
	_, err := io.WriteString(w, b.String())
	return err
}

func mdEscape(s string) string {
	return strings.NewReplacer("|", `\|`, "\n", " ", "*", `\*`, "_", `\_`, "`", "'").Replace(s)
}

// WriteMarkdown writes the report as Markdown.
func (r *Report) WriteMarkdown(w io.Writer) error {
	var b strings.Builder
	b.WriteString("# Claim check\n\n")
	if r.Date != "" || r.Place != "" {
		fmt.Fprintf(&b, "Article date: %s · default place: %s\n\n", orDash(r.Date), orDash(r.Place))
	}
	b.WriteString(r.summaryLine() + "\n\n")
	for _, n := range r.Notes {
		fmt.Fprintf(&b, "**Note for every claim:** %s\n\n", mdEscape(n))
	}
	for _, e := range r.Entries {
		fmt.Fprintf(&b, "## %d. %s — **%s**\n\n", e.ID, mdEscape(e.Text), verdictLabel(e))
		fmt.Fprintf(&b, "> %s\n\n", mdEscape(e.Sentence))
		fmt.Fprintf(&b, "- **Reading:** %s\n", mdEscape(e.Interpretation))
		for _, c := range e.Commands {
			fmt.Fprintf(&b, "- **Command:** `%s`\n", strings.ReplaceAll(c, "`", "'"))
		}
		fmt.Fprintf(&b, "- **Stated:** %s · **records:** %s\n", mdEscape(e.Stated), mdEscape(orDash(e.ValueText)))
		if e.Under != "" {
			fmt.Fprintf(&b, "- **Supported under:** %s\n", mdEscape(e.Under))
		}
		for _, a := range e.Alternatives {
			fmt.Fprintf(&b, "- **Other reading:** %s\n", mdEscape(altText(a)))
		}
		for _, c := range e.Explain {
			fmt.Fprintf(&b, "- **Explain:** %s = %s (`%s`)\n", formatNumber(float64(c.Count)), mdEscape(c.Description), c.Command)
		}
		fmt.Fprintf(&b, "- **Why:** %s\n\n", mdEscape(e.Explanation))
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func orDash(s string) string {
	if s == "" {
		return "—"
	}
	return s
}

var htmlTmpl = template.Must(template.New("report").Funcs(template.FuncMap{"label": verdictLabel, "dash": orDash,
	"class": func(v string) string { return strings.ReplaceAll(v, " ", "-") }}).Parse(`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>icestat claim check</title>
<style>body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.45}
article{border:1px solid #ccc;border-radius:6px;padding:.75rem 1rem;margin:1rem 0}
blockquote{margin:.5rem 0;padding-left:.75rem;border-left:3px solid #999;color:#333}
code{background:#f4f4f4;padding:0 .2rem;word-break:break-all}
.verdict{font-weight:bold;text-transform:uppercase}.supported{color:#17612a}.contradicted{color:#a31515}.not-checkable{color:#6b5800}</style></head>
<body><h1>Claim check</h1>
{{if or .Date .Place}}<p>Article date: {{dash .Date}} · default place: {{dash .Place}}</p>{{end}}
<p>{{.SummaryLine}}</p>
{{range .Notes}}<p class="note"><strong>Note for every claim:</strong> {{.}}</p>{{end}}
{{range .Entries}}<article id="claim-{{.ID}}"><h2>{{.ID}}. {{.Text}} — <span class="verdict {{class .Verdict}}">{{label .}}</span></h2>
<blockquote>{{.Sentence}}</blockquote>
<dl><dt>Reading</dt><dd>{{.Interpretation}}</dd>
{{range .Commands}}<dt>Command</dt><dd><code>{{.}}</code></dd>{{end}}
<dt>Stated</dt><dd>{{.Stated}}</dd><dt>Records</dt><dd>{{dash .ValueText}}</dd>
{{with .Under}}<dt>Supported under</dt><dd>{{.}}</dd>{{end}}
{{range .Alternatives}}<dt>Other reading</dt><dd>{{.Reading}} — {{dash .ValueText}} ({{.Verdict}})</dd>{{end}}
{{range .Explain}}<dt>Explain</dt><dd>{{.Description}}: <code>{{.Command}}</code></dd>{{end}}
<dt>Why</dt><dd>{{.Explanation}}</dd></dl></article>
{{end}}</body></html>
`))

// WriteHTML writes the report as a standalone HTML page; every value is
// escaped by html/template.
func (r *Report) WriteHTML(w io.Writer) error {
	return htmlTmpl.Execute(w, struct {
		*Report
		SummaryLine string
	}{r, r.summaryLine()})
}

// Write renders the report in a format: text, md, json or html.
func (r *Report) Write(w io.Writer, format string) error {
	switch format {
	case "json":
		return r.WriteJSON(w)
	case "md", "markdown":
		return r.WriteMarkdown(w)
	case "html":
		return r.WriteHTML(w)
	case "text", "":
		return r.WriteText(w)
	}
	return fmt.Errorf("unknown format %q (want text, md, json or html)", format)
}
