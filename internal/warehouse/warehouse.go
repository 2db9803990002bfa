// Package warehouse generates what a warehouse user needs to query an
// icestat Parquet export with their own engine and get icestat's numbers:
// external-table DDL for Spark SQL, Trino and ClickHouse, and portable SQL
// views that apply icestat's definitions (method class, criminality class,
// fiscal year). Everything is generated from canon.Columns and package
// definitions, so it cannot drift from what icestat itself computes; the
// views are tested by running them through DuckDB over a real export.
package warehouse

import (
	"fmt"
	"strings"

	"github.com/icestat/icestat/internal/canon"
	"github.com/icestat/icestat/internal/definitions"
)

// Engines lists the DDL dialects.
var Engines = []string{"spark", "trino", "clickhouse"}

type column struct{ name, kind string }

func columns() []column {
	var out []column
	for _, c := range canon.Columns {
		if c.Name == "fy" {
			continue // the partition column, listed last
		}
		out = append(out, column{c.Name, c.Kind.SQLType()})
	}
	for _, n := range []string{canon.ColRedacted, canon.ColExtra} {
		out = append(out, column{n, "VARCHAR"})
	}
	out = append(out, column{canon.ColSourceID, "INTEGER"}, column{canon.ColSourceRow, "INTEGER"})
	return out
}

func typeFor(engine, kind string) string {
	switch engine {
	case "spark":
		return map[string]string{"VARCHAR": "STRING", "INTEGER": "INT", "DATE": "DATE", "BOOLEAN": "BOOLEAN"}[kind]
	case "trino":
		return kind
	case "clickhouse":
		return map[string]string{"VARCHAR": "Nullable(String)", "INTEGER": "Nullable(Int32)", "DATE": "Nullable(Date32)", "BOOLEAN": "Nullable(Bool)"}[kind]
	}
	return kind
}

// DDL returns the external-table statements of one engine for an export at
// location (a path or URL the engine can read, e.g. s3://bucket/icestat).
func DDL(engine, location string) (string, error) {
	location = strings.TrimRight(location, "/")
	var b strings.Builder
	fmt.Fprintf(&b, "-- icestat export, %s DDL (%s; definitions %s)\n", engine, "schema 1", definitions.Version)
	for _, d := range canon.Datasets {
		var cols []string
		for _, c := range columns() {
			cols = append(cols, fmt.Sprintf("  %s %s", c.name, typeFor(engine, c.kind)))
		}
		loc := fmt.Sprintf("%s/dataset=%s", location, d)
		switch engine {
		case "spark":
			cols = append(cols, "  fy INT")
			fmt.Fprintf(&b, "CREATE TABLE IF NOT EXISTS %s (\n%s\n) USING PARQUET\nPARTITIONED BY (fy)\nLOCATION '%s';\nMSCK REPAIR TABLE %s;\n\n", d, strings.Join(cols, ",\n"), loc, d)
		case "trino":
			cols = append(cols, "  fy INTEGER")
			fmt.Fprintf(&b, "CREATE TABLE IF NOT EXISTS %s (\n%s\n) WITH (format = 'PARQUET', partitioned_by = ARRAY['fy'], external_location = '%s');\nCALL system.sync_partition_metadata(current_schema, '%s', 'ADD');\n\n", d, strings.Join(cols, ",\n"), loc, d)
		case "clickhouse":
			fmt.Fprintf(&b, "CREATE VIEW IF NOT EXISTS %s AS\nSELECT * FROM s3('%s/*/*.parquet', 'Parquet')\nSETTINGS use_hive_partitioning = 1;\n\n", d, loc)
		default:
			return "", fmt.Errorf("unknown engine %q (want %s)", engine, strings.Join(Engines, ", "))
		}
	}
	return b.String(), nil
}

// inList is "lower(method) IN (...)", or FALSE for an empty list (the ddp
// scheme has no "other" group).
func inList(vals []string) string {
	if len(vals) == 0 {
		return "FALSE"
	}
	out := make([]string, len(vals))
	for i, v := range vals {
		out[i] = "'" + strings.ReplaceAll(strings.ToLower(v), "'", "''") + "'"
	}
	return "lower(method) IN (" + strings.Join(out, ", ") + ")"
}

// Views returns portable SQL views named <dataset>_defined that add
// icestat's derived columns to each dataset: fiscal_year (from event_date,
// else the stored fy), method_class under the given scheme, and
// criminality_class (unknown when not classified). Grouping a view by these
// columns gives the same counts as `icestat count --by ...`.
func Views(scheme string) (string, error) {
	s, err := definitions.Scheme(scheme)
	if err != nil {
		return "", err
	}
	var b strings.Builder
	fmt.Fprintf(&b, "-- icestat definitions %s, method scheme %s\n", definitions.Version, s.Name)
	for _, d := range canon.Datasets {
		fmt.Fprintf(&b, `CREATE OR REPLACE VIEW %[1]s_defined AS
SELECT *,
  CASE WHEN event_date IS NULL THEN fy
       WHEN EXTRACT(MONTH FROM event_date) >= 10 THEN EXTRACT(YEAR FROM event_date) + 1
       ELSE EXTRACT(YEAR FROM event_date) END AS fiscal_year,
  CASE WHEN %[2]s THEN 'at-large'
       WHEN %[3]s THEN 'custodial'
       WHEN %[4]s THEN 'other'
       ELSE 'unknown' END AS method_class,
  COALESCE(criminality, 'unknown') AS criminality_class
FROM %[1]s;

`, d, inList(s.AtLarge), inList(s.Custodial), inList(s.Other))
	}
	return b.String(), nil
}
