package cli

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/icestat/icestat/internal/canon"
	"github.com/icestat/icestat/internal/definitions"
	"github.com/icestat/icestat/internal/store"
	"github.com/icestat/icestat/internal/table"
	"github.com/icestat/icestat/internal/warehouse"
	"github.com/icestat/icestat/internal/xlsx"
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
	if *format != "parquet" && *format != "csv" && *format != "xlsx" {
		return fmt.Errorf("%w: unknown --format %q (want parquet, csv or xlsx)", errUsage, *format)
	}
	st, err := store.OpenForExport(*db)
	if err != nil {
		return err
	}
	defer st.Close()
	ctx := context.Background()
	if *format == "xlsx" {
		return exportXLSX(ctx, env, st, *out)
	}
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
	fmt.Fprintf(env.Stdout, "exported %s rows in %d partitions and %d sources to %s (%s)\n", table.Thousands(rows), len(parts), len(m.Sources), *out, *format)
	return nil
}

// exportXLSX writes one workbook per dataset for spreadsheet users: a README
// sheet (sources, definitions, columns) and the rows, split over sheets at
// Excel's row limit.
func exportXLSX(ctx context.Context, env *Env, st *store.Store, dir string) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	infos, err := st.SourceInfos(ctx)
	if err != nil {
		return err
	}
	for _, d := range canon.Datasets {
		n, err := st.DatasetRows(ctx, d)
		if err != nil {
			return err
		}
		if n == 0 {
			continue
		}
		path := filepath.Join(dir, d+".xlsx")
		if err := writeDatasetWorkbook(ctx, st, d, path, infos); err != nil {
			os.Remove(path)
			return fmt.Errorf("%s: %w", path, err)
		}
		fmt.Fprintf(env.Stdout, "%s: %s rows\n", path, table.Thousands(n))
	}
	return nil
}

func writeDatasetWorkbook(ctx context.Context, st *store.Store, dataset, path string, infos []store.SourceInfo) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	defer f.Close()
	w := xlsx.NewWriter(f)
	readme, err := w.AddSheet("README")
	if err != nil {
		return err
	}
	readme.WriteRow([]any{"icestat export of the " + dataset + " table"})
	readme.WriteRow([]any{"definitions", definitions.Version, "see `icestat definitions`"})
	readme.WriteRow([]any{"schema version", store.SchemaVersion})
	readme.WriteRow(nil)
	readme.WriteRow([]any{"source id", "file", "sheet", "sha256", "FOIA", "title", "rows"})
	for _, s := range infos {
		if s.Dataset == dataset {
			readme.WriteRow([]any{s.ID, s.File, s.Sheet, s.SHA256, s.FOIA, s.Title, s.RowsStored})
		}
	}
	readme.WriteRow(nil)
	readme.WriteRow([]any{"column", "type", "meaning"})
	for _, c := range canon.Columns {
		readme.WriteRow([]any{c.Name, c.Kind.SQLType(), c.Doc})
	}
	rows, err := st.ScanDataset(ctx, dataset)
	if err != nil {
		return err
	}
	defer rows.Close()
	cols, _ := rows.Columns()
	header := make([]any, len(cols))
	for i, c := range cols {
		header[i] = c
	}
	vals := make([]any, len(cols))
	ptrs := make([]any, len(cols))
	for i := range vals {
		ptrs[i] = &vals[i]
	}
	var sheet *xlsx.SheetWriter
	part := 0
	for rows.Next() {
		if sheet == nil || sheet.Rows() >= xlsx.MaxSheetRows {
			part++
			name := dataset
			if part > 1 {
				name = fmt.Sprintf("%s (%d)", dataset, part)
			}
			if sheet, err = w.AddSheet(name); err != nil {
				return err
			}
			sheet.WriteRow(header)
		}
		if err := rows.Scan(ptrs...); err != nil {
			return err
		}
		if err := sheet.WriteRow(vals); err != nil {
			return err
		}
	}
	if err := rows.Err(); err != nil {
		return err
	}
	return w.Close()
}
