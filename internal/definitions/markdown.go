package definitions

import (
	"fmt"
	"strings"
)

// Markdown renders All() and the method schemes as the generated part of
// docs/DEFINITIONS.md (kept in step by TestDefinitionsDoc).
func Markdown() string {
	var b strings.Builder
	fmt.Fprintf(&b, "Definitions version: `%s`.\n\n", Version)
	for _, d := range All() {
		fmt.Fprintf(&b, "### %s\n\n%s\n\n", d.Term, d.Rule)
		if d.Limits != "" {
			fmt.Fprintf(&b, "*Limits:* %s\n\n", d.Limits)
		}
	}
	b.WriteString("### Method schemes\n\n| scheme | source | at-large | custodial | other |\n|---|---|---|---|---|\n")
	for _, s := range Schemes {
		fmt.Fprintf(&b, "| %s | %s | %s | %s | %s |\n", s.Name, s.Source, strings.Join(s.Methods(AtLarge), ", "), strings.Join(s.Methods(Custodial), ", "), strings.Join(s.Methods(Other), ", "))
	}
	b.WriteString("\nAny value not listed (a new method in a later release) is `unknown` under every scheme and is named in a warning.\n")
	return b.String()
}
