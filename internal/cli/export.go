package cli

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/icestat/icestat/internal/definitions"
	"github.com/icestat/icestat/internal/store"
	"github.com/icestat/icestat/internal/warehouse"
)

func init() {
	register(command{"export", "write the store as a partitioned Parquet (or CSV) dataset, or warehouse DDL and views", runExport})
}

// Manifest describes an export; it holds no timestamp so that exporting
// unchanged data twice gives identical bytes.
type Manifest struct {
	SchemaVersion int               `json:"schema_version"`
	Definitions   string            `json:"definitions"`
	Format        string            `json:"format"`
	Sources       []manifestSource  `json:"sources"`
	Partitions    []store.Partition `json:"partitions"`
}

type manifestSource struct {
	ID      int64  `json:"id"`
	File    string `json:"file"`
	Sheet   string `json:"sheet,omitempty"`
	SHA256  string `json:"sha256"`
	Dataset string `json:"dataset"`
	Rows    int64  `json:"rows"`
}

func runExport(env *Env, args []string) error {
	fs := newFlags(env, "export", "[--db PATH] (--format parquet|csv --out DIR | --ddl spark|trino|clickhouse [--location URL] | --views [--method-scheme S])")
	db := dbFlag(env, fs)
	format := fs.String("format", "parquet", "parquet or csv")
	out := fs.String("out", "", "directory to write the dataset to")
	ddl := fs.String("ddl", "", "print external-table DDL for: "+strings.Join(warehouse.Engines, ", "))
	location := fs.String("location", "", "where the warehouse reads the export (default: --out or the current directory)")
	views := fs.Bool("views", false, "print SQL views applying icestat's definitions")
	scheme := fs.String("method-scheme", "", "method scheme for --views")
	if _, err := parse(fs, args); err != nil {
		return err
	}
	switch {
	case *ddl != "":
		loc := *location
		if loc == "" {
			loc = *out
		}
		if loc == "" {
			loc, _ = os.Getwd()
		}
		s, err := warehouse.DDL(*ddl, loc)
		if err != nil {
			return fmt.Errorf("%w: %v", errUsage, err)
		}
		_, err = fmt.Fprint(env.Stdout, s)
		return err
	case *views:
		s, err := warehouse.Views(*scheme)
		if err != nil {
			return fmt.Errorf("%w: %v", errUsage, err)
		}
		_, err = fmt.Fprint(env.Stdout, s)
		return err
	}
	if *out == "" {
		fs.Usage()
		return fmt.Errorf("%w: --out DIR is required", errUsage)
	}
	if *format != "parquet" && *format != "csv" {
		return fmt.Errorf("%w: unknown --format %q (want parquet or csv)", errUsage, *format)
	}
	st, err := store.OpenForExport(*db)
	if err != nil {
		return err
	}
	defer st.Close()
	ctx := context.Background()
	parts, err := st.Export(ctx, *out, *format)
	if err != nil {
		return err
	}
	infos, err := st.SourceInfos(ctx)
	if err != nil {
		return err
	}
	m := Manifest{SchemaVersion: store.SchemaVersion, Definitions: definitions.Version, Format: *format, Partitions: parts}
	for _, s := range infos {
		m.Sources = append(m.Sources, manifestSource{s.ID, s.File, s.Sheet, s.SHA256, s.Dataset, s.RowsStored})
	}
	b, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(*out, "manifest.json"), append(b, '\n'), 0o644); err != nil {
		return err
	}
	var rows int64
	for _, p := range parts {
		rows += p.Rows
	}
	fmt.Fprintf(env.Stdout, "exported %s rows in %d partitions and %d sources to %s (%s)\n", thousands(rows), len(parts), len(m.Sources), *out, *format)
	return nil
}
