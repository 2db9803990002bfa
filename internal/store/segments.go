package store

import (
	"context"
	"database/sql"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/icestat/icestat/internal/canon"
)

// Dataset rows are stored in segments: one physical table per dataset and
// set of canonical columns (arrests_seg1, arrests_seg2, …), holding only the
// columns its files carry. The dataset's own name (arrests) is a view that
// puts the segments together with every canonical column, NULL where a
// segment has none, so every reader sees the same wide table as before.
//
// Why: a release fills 12–25 of the 50 canonical columns. DuckDB's insert
// into the wide table spent about as much CPU on the always-NULL columns as
// on the data (bench/README.md: EROEncounters_FY2017, 439,903 rows, 3.3 CPU-s
// into the wide table against 1.9 CPU-s into a table of its 12 columns; same
// load file, same statement). Files of one release share their columns, so a
// store holds a handful of segments per dataset; a segment is chosen by its
// exact column set, so a filter on a column a segment lacks folds to false
// there and DuckDB skips it.

// segment is one physical table of a dataset.
type segment struct {
	name string
	cols []string // canonical columns, in table order
}

// segmentName matches a segment table's name: dataset, "_seg", number.
var segmentName = regexp.MustCompile(`^([a-z]+)_seg([0-9]+)$`)

// execQuerier is what both *sql.DB and *sql.Tx offer.
type execQuerier interface {
	ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error)
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
}

// segments lists a dataset's segment tables in number order, as the
// transaction or connection q sees them.
func segments(ctx context.Context, q execQuerier, dataset string) ([]segment, error) {
	rows, err := q.QueryContext(ctx, `SELECT table_name, column_name FROM duckdb_columns()
		WHERE database_name = current_database() AND schema_name = 'main' AND starts_with(table_name, ?)
		ORDER BY table_name, column_index`, dataset+"_seg")
	if err != nil {
		return nil, fmt.Errorf("listing the tables of %s: %w", dataset, err)
	}
	defer rows.Close()
	byName := map[string]*segment{}
	var segs []*segment
	for rows.Next() {
		var table, col string
		if err := rows.Scan(&table, &col); err != nil {
			return nil, err
		}
		m := segmentName.FindStringSubmatch(table)
		if m == nil || m[1] != dataset {
			continue
		}
		sg := byName[table]
		if sg == nil {
			sg = &segment{name: table}
			byName[table] = sg
			segs = append(segs, sg)
		}
		if _, ok := canon.ColumnIndex[col]; ok {
			sg.cols = append(sg.cols, col)
		}
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	slices.SortFunc(segs, func(a, b *segment) int { return segmentNumber(a.name) - segmentNumber(b.name) })
	out := make([]segment, len(segs))
	for i, sg := range segs {
		out[i] = *sg
	}
	return out, nil
}

func segmentNumber(name string) int {
	m := segmentName.FindStringSubmatch(name)
	if m == nil {
		return -1
	}
	n, _ := strconv.Atoi(m[2])
	return n
}

// catalog is what a store holds, as one transaction or connection sees it.
type catalog struct {
	tables   map[string]bool     // base tables
	datasets map[string][]string // each dataset's physical tables
}

// readCatalog reads the store's base tables in one query. A dataset's rows
// are in its segments, in number order, or in the dataset table itself in a
// store of schema version 1 opened read-only (never migrated).
func readCatalog(ctx context.Context, q execQuerier) (*catalog, error) {
	rows, err := q.QueryContext(ctx, `SELECT table_name FROM information_schema.tables
		WHERE table_catalog = current_database() AND table_schema = 'main' AND table_type = 'BASE TABLE'`)
	if err != nil {
		return nil, fmt.Errorf("listing tables: %w", err)
	}
	defer rows.Close()
	c := &catalog{tables: map[string]bool{}, datasets: map[string][]string{}}
	for rows.Next() {
		var t string
		if err := rows.Scan(&t); err != nil {
			return nil, err
		}
		c.tables[t] = true
		if m := segmentName.FindStringSubmatch(t); m != nil {
			c.datasets[m[1]] = append(c.datasets[m[1]], t)
		}
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	for _, d := range canon.Datasets {
		if c.tables[d] {
			c.datasets[d] = []string{d}
		}
		slices.SortFunc(c.datasets[d], func(a, b string) int { return segmentNumber(a) - segmentNumber(b) })
	}
	return c, nil
}

// segmentFor returns the segment holding exactly the canonical columns
// cols, creating it (and redefining the dataset's view) inside tx when the
// dataset has none: the new table and view commit or roll back with the
// rows loaded into them.
func segmentFor(ctx context.Context, tx *sql.Tx, dataset string, cols []string) (string, error) {
	segs, err := segments(ctx, tx, dataset)
	if err != nil {
		return "", err
	}
	want := slices.Sorted(slices.Values(cols))
	next := 1
	for _, sg := range segs {
		if slices.Equal(slices.Sorted(slices.Values(sg.cols)), want) {
			return sg.name, nil
		}
		next = max(next, segmentNumber(sg.name)+1)
	}
	sg := segment{name: fmt.Sprintf("%s_seg%d", dataset, next), cols: cols}
	if _, err := tx.ExecContext(ctx, segmentDDL(sg)); err != nil {
		return "", fmt.Errorf("creating table %s: %w", sg.name, err)
	}
	if _, err := tx.ExecContext(ctx, datasetView(dataset, append(segs, sg))); err != nil {
		return "", fmt.Errorf("redefining view %s: %w", dataset, err)
	}
	return sg.name, nil
}

// segmentDDL is the CREATE TABLE statement of a segment: its canonical
// columns in canonical order, then the bookkeeping columns every row has.
func segmentDDL(sg segment) string {
	var b strings.Builder
	fmt.Fprintf(&b, "CREATE TABLE %s (\n", sg.name)
	for _, c := range canon.Columns {
		if slices.Contains(sg.cols, c.Name) {
			fmt.Fprintf(&b, "  %s %s,\n", quoteIdent(c.Name), c.Kind.SQLType())
		}
	}
	fmt.Fprintf(&b, "  %s VARCHAR,\n  %s VARCHAR,\n  %s INTEGER NOT NULL,\n  %s INTEGER NOT NULL\n)",
		canon.ColRedacted, canon.ColExtra, canon.ColSourceID, canon.ColSourceRow)
	return b.String()
}

// datasetView is the statement (re)defining a dataset's view over its
// segments: every canonical column, typed NULL where a segment lacks it. With
// no segment it is an empty relation of the same columns.
func datasetView(dataset string, segs []segment) string {
	branch := func(sg *segment) string {
		var cols []string
		for _, c := range canon.Columns {
			if sg != nil && slices.Contains(sg.cols, c.Name) {
				cols = append(cols, quoteIdent(c.Name))
			} else {
				cols = append(cols, fmt.Sprintf("CAST(NULL AS %s) AS %s", c.Kind.SQLType(), quoteIdent(c.Name)))
			}
		}
		if sg == nil {
			cols = append(cols, "CAST(NULL AS VARCHAR) AS "+canon.ColRedacted, "CAST(NULL AS VARCHAR) AS "+canon.ColExtra,
				"CAST(NULL AS INTEGER) AS "+canon.ColSourceID, "CAST(NULL AS INTEGER) AS "+canon.ColSourceRow)
			return "SELECT " + strings.Join(cols, ", ") + " WHERE false"
		}
		cols = append(cols, canon.ColRedacted, canon.ColExtra, canon.ColSourceID, canon.ColSourceRow)
		return "SELECT " + strings.Join(cols, ", ") + " FROM " + sg.name
	}
	var branches []string
	for i := range segs {
		branches = append(branches, branch(&segs[i]))
	}
	if len(branches) == 0 {
		branches = []string{branch(nil)}
	}
	return fmt.Sprintf("CREATE OR REPLACE VIEW %s AS\n%s", dataset, strings.Join(branches, "\nUNION ALL\n"))
}

// migrateSegments turns a store of schema version 1 (one wide table per
// dataset) into version 2 in one transaction: each dataset table becomes its
// first segment, unchanged, under the view of the dataset's name. Nothing is
// copied; renaming a table is a catalog change.
func (s *Store) migrateSegments(ctx context.Context) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	fail := func(err error) error {
		return fmt.Errorf("upgrading store %s to schema version %d: %w", s.path, SchemaVersion, err)
	}
	for _, d := range canon.Datasets {
		if _, err := tx.ExecContext(ctx, fmt.Sprintf(`ALTER TABLE %s RENAME TO %s_seg1`, d, d)); err != nil {
			return fail(err)
		}
		// the view takes the columns the old table has
		segs, err := segments(ctx, tx, d)
		if err != nil {
			return fail(err)
		}
		if _, err := tx.ExecContext(ctx, datasetView(d, segs)); err != nil {
			return fail(err)
		}
	}
	if _, err := tx.ExecContext(ctx, `UPDATE meta SET value = ? WHERE key = 'schema_version'`, fmt.Sprint(SchemaVersion)); err != nil {
		return fail(err)
	}
	if err := tx.Commit(); err != nil {
		return fail(err)
	}
	return nil
}
