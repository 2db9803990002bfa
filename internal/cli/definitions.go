package cli

import (
	"fmt"
	"strings"

	"github.com/icestat/icestat/internal/canon"
	"github.com/icestat/icestat/internal/definitions"
	"github.com/icestat/icestat/internal/table"
)

func init() {
	register(command{"definitions", "print the definitions every count and report uses", runDefinitions})
	register(command{"columns", "list the canonical columns of the dataset tables", runColumns})
}

func runDefinitions(env *Env, args []string) error {
	fs := newFlags(env, "definitions", "[--format text|json]")
	format := fs.String("format", "text", "text or json")
	if _, err := parse(fs, args); err != nil {
		return err
	}
	if *format == "json" {
		type scheme struct {
			Name      string   `json:"name"`
			Source    string   `json:"source"`
			AtLarge   []string `json:"at_large"`
			Custodial []string `json:"custodial"`
			Other     []string `json:"other"`
		}
		var schemes []scheme
		for _, s := range definitions.Schemes {
			schemes = append(schemes, scheme{s.Name, s.Source, s.Methods(definitions.AtLarge), s.Methods(definitions.Custodial), s.Methods(definitions.Other)})
		}
		return writeJSON(env.Stdout, map[string]any{"version": definitions.Version, "definitions": definitions.All(), "method_schemes": schemes,
			"removal_bases": definitions.RemovalBases, "definition_sets": map[string][]definitions.SetEntry{definitions.ICE: definitions.ICESet()}})
	}
	fmt.Fprintf(env.Stdout, "%s\n\n", definitions.Version)
	for _, d := range definitions.All() {
		fmt.Fprintf(env.Stdout, "%s\n  %s\n", strings.ToUpper(d.Term), d.Rule)
		if d.Limits != "" {
			fmt.Fprintf(env.Stdout, "  Limits: %s\n", d.Limits)
		}
		fmt.Fprintln(env.Stdout)
	}
	fmt.Fprintln(env.Stdout, "METHOD SCHEMES (--method-scheme)")
	for _, s := range definitions.Schemes {
		fmt.Fprintf(env.Stdout, "  %s: %s\n    at-large: %s\n    custodial: %s\n", s.Name, s.Source,
			strings.Join(s.Methods(definitions.AtLarge), "; "), strings.Join(s.Methods(definitions.Custodial), "; "))
	}
	fmt.Fprintln(env.Stdout, "\nREMOVAL BASES (--removal-basis, removals only)")
	for _, b := range definitions.RemovalBases {
		fmt.Fprintf(env.Stdout, "  %s: %s\n", b.Name, b.Rule)
		if b.Reproduces != "" {
			fmt.Fprintf(env.Stdout, "    reproduces: %s\n", b.Reproduces)
		}
	}
	return nil
}

func runColumns(env *Env, args []string) error {
	fs := newFlags(env, "columns", "[--format table|csv|json]")
	format := formatFlag(fs, "table", "table", "csv", "json")
	if _, err := parse(fs, args); err != nil {
		return err
	}
	t := &table.Table{Columns: []string{"column", "type", "meaning"}}
	for _, c := range canon.Columns {
		t.Rows = append(t.Rows, []any{c.Name, c.Kind.SQLType(), c.Doc})
	}
	for _, c := range [][2]string{
		{canon.ColRedacted, "comma-separated canonical names of the row's redacted cells"},
		{canon.ColExtra, "JSON object of the released columns icestat does not map (null = redacted)"},
		{canon.ColSourceID, "sources.id of the file or sheet the row came from"},
		{canon.ColSourceRow, "line (text) or row (sheet) number in the original file"},
	} {
		t.Rows = append(t.Rows, []any{c[0], "", c[1]})
	}
	return t.Write(env.Stdout, *format)
}
