package store

import (
	"bufio"
	"context"
	"database/sql"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/icestat/icestat/internal/detstats"
	"github.com/icestat/icestat/internal/ingest"
	"github.com/icestat/icestat/internal/table"
)

// Detention statistics (ICE's published detentionStats workbooks) and the
// daily facility populations. Tables:
//
//	detstats_editions     one row per stored workbook (sha256, edition date, counts)
//	detstats_tables       one row per table found: kind, sheet, position, title,
//	                      as-of date, header levels, totals checks passed/failed
//	detstats_totals       every totals row/column checked against its parts
//	detstats_values       tidy values: edition, kind, as_of, keys, measure, period, value
//	detstats_unrecognised tables of unknown kind and numbers outside any table
//	detstats_series       view: values with revised = an earlier edition printed
//	                      another value for the same kind, keys, measure and period
//	facility_population_source  the Parquet file and reference behind it (name,
//	                      SHA-256, size, rows, dates, load time)
//	facility_population   daily population per facility (Parquet) joined to the
//	                      facility reference for name, city, state, type and AOR
var detstatsDDL = []string{
	`CREATE SEQUENCE IF NOT EXISTS detstats_edition_ids START 1`,
	`CREATE TABLE IF NOT EXISTS detstats_editions (
  id INTEGER PRIMARY KEY,
  file VARCHAR NOT NULL,
  path VARCHAR,
  sha256 VARCHAR NOT NULL,
  size BIGINT,
  edition_date DATE,
  file_date DATE,
  fy INTEGER,
  sheets INTEGER,
  tables INTEGER,
  recognised INTEGER,
  unrecognised INTEGER,
  totals_passed INTEGER,
  totals_failed INTEGER,
  ingested_at TIMESTAMP
)`,
	`CREATE TABLE IF NOT EXISTS detstats_tables (
  edition_id INTEGER NOT NULL,
  table_no INTEGER NOT NULL,
  kind VARCHAR,
  sheet VARCHAR,
  sheet_hidden BOOLEAN,
  ref VARCHAR,
  "range" VARCHAR,
  title VARCHAR,
  marks VARCHAR,
  as_of DATE,
  as_of_from VARCHAR,
  fy INTEGER,
  header_rows INTEGER,
  key_names VARCHAR,
  body_rows INTEGER,
  n_values INTEGER,
  totals_passed INTEGER,
  totals_failed INTEGER,
  notes VARCHAR
)`,
	`CREATE TABLE IF NOT EXISTS detstats_totals (
  edition_id INTEGER NOT NULL,
  table_no INTEGER NOT NULL,
  cell VARCHAR,
  keys VARCHAR,
  measure VARCHAR,
  axis VARCHAR,
  total DOUBLE,
  parts_sum DOUBLE,
  parts INTEGER,
  ok BOOLEAN
)`,
	`CREATE TABLE IF NOT EXISTS detstats_values (
  edition_id INTEGER NOT NULL,
  table_no INTEGER NOT NULL,
  edition_date DATE,
  kind VARCHAR,
  hidden BOOLEAN,
  as_of DATE,
  key1 VARCHAR,
  key2 VARCHAR,
  key3 VARCHAR,
  measure VARCHAR,
  period VARCHAR,
  value DOUBLE,
  text VARCHAR,
  mark VARCHAR,
  is_total BOOLEAN,
  cell VARCHAR
)`,
	`CREATE TABLE IF NOT EXISTS detstats_unrecognised (
  edition_id INTEGER NOT NULL,
  sheet VARCHAR,
  ref VARCHAR,
  "range" VARCHAR,
  title VARCHAR,
  reason VARCHAR
)`,
	`CREATE VIEW IF NOT EXISTS detstats_series AS
SELECT v.*,
  lag(value) OVER w AS previous_value,
  lag(edition_date) OVER w AS previous_edition,
  (period <> '' AND lag(value) OVER w IS NOT NULL AND lag(value) OVER w IS DISTINCT FROM value) AS revised
FROM detstats_values v
WHERE NOT hidden AND kind IS NOT NULL AND value IS NOT NULL
WINDOW w AS (PARTITION BY kind, key1, key2, key3, measure, period ORDER BY edition_date, edition_id)`,
}

func init() { extraDDL = append(extraDDL, detstatsDDL...) }

// detstatsReady records the stores whose detention-statistics tables exist.
var detstatsReady sync.Map // *Store -> bool

// ensureDetstats creates the detention-statistics tables in a store made
// before they existed (same schema version: the tables are only added),
// once per open store.
func (s *Store) ensureDetstats(ctx context.Context) error {
	if _, ok := detstatsReady.Load(s); ok {
		return nil
	}
	defer detstatsReady.Store(s, true)
	for _, q := range detstatsDDL {
		if _, err := s.db.ExecContext(ctx, q); err != nil {
			return fmt.Errorf("creating detention-statistics tables in %s: %w", s.path, err)
		}
	}
	return nil
}

// EnsureDetstats makes sure the detention-statistics tables exist.
func (s *Store) EnsureDetstats(ctx context.Context) error {
	if s.readOnly {
		return nil
	}
	return s.ensureDetstats(ctx)
}

// StoredEditions returns the SHA-256 of every stored edition.
func (s *Store) StoredEditions(ctx context.Context) (map[string]string, error) {
	if err := s.EnsureDetstats(ctx); err != nil {
		return nil, err
	}
	rows, err := s.db.QueryContext(ctx, `SELECT sha256, file FROM detstats_editions`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := map[string]string{}
	for rows.Next() {
		var h, f string
		if err := rows.Scan(&h, &f); err != nil {
			return nil, err
		}
		out[h] = f
	}
	return out, rows.Err()
}

// FindEdition returns the file name of a stored edition with this SHA-256,
// or "".
func (s *Store) FindEdition(ctx context.Context, sha string) (string, error) {
	if s.readOnly {
		return "", nil
	}
	if err := s.ensureDetstats(ctx); err != nil {
		return "", err
	}
	var f string
	err := s.db.QueryRowContext(ctx, `SELECT file FROM detstats_editions WHERE sha256 = ? LIMIT 1`, sha).Scan(&f)
	if err == sql.ErrNoRows {
		return "", nil
	}
	return f, err
}

func nullDate(t time.Time) any {
	if t.IsZero() {
		return nil
	}
	return t
}

// tsvField escapes a value for the TSV files loaded with read_csv.
func tsvField(s string) string {
	if s == "" {
		return ""
	}
	if strings.ContainsAny(s, "\t\n\r\"") {
		return `"` + strings.ReplaceAll(s, `"`, `""`) + `"`
	}
	return s
}

// LoadEdition stores one edition in one transaction: the edition, its
// tables, totals checks, values and unrecognised tables. On any error the
// store is unchanged.
func (s *Store) LoadEdition(ctx context.Context, e *detstats.Edition) (int64, error) {
	if s.readOnly {
		return 0, fmt.Errorf("store %s is open read-only", s.path)
	}
	if err := s.ensureDetstats(ctx); err != nil {
		return 0, err
	}
	// Values go through a TSV file and DuckDB's CSV reader (one statement).
	tmp, err := os.CreateTemp("", "icestat-detstats-*.tsv")
	if err != nil {
		return 0, err
	}
	defer os.Remove(tmp.Name())
	w := bufio.NewWriterSize(tmp, 1<<20)
	hidden := map[string]bool{}
	for _, sh := range e.Sheets {
		hidden[sh.Name] = sh.Hidden
	}
	var nValues int64
	for ti, t := range e.Tables {
		asOf := ""
		if !t.AsOf.IsZero() {
			asOf = t.AsOf.Format("2006-01-02")
		}
		for i := range t.Values {
			v := &t.Values[i]
			var k [3]string
			for j, key := range v.Keys {
				if j < 2 {
					k[j] = key
				} else if k[2] == "" {
					k[2] = key
				} else {
					k[2] += " / " + key
				}
			}
			val := ""
			if v.HasNum {
				val = fmt.Sprint(v.Num)
			}
			fmt.Fprintf(w, "%d\t%s\t%t\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%t\t%s\n", ti+1, tsvField(t.Kind), hidden[t.Sheet], asOf,
				tsvField(k[0]), tsvField(k[1]), tsvField(k[2]), tsvField(v.Measure), tsvField(v.Period), val,
				tsvField(v.Text), tsvField(v.Mark), v.Total, v.Cell())
			nValues++
		}
	}
	if err := w.Flush(); err != nil {
		tmp.Close()
		return 0, err
	}
	if err := tmp.Close(); err != nil {
		return 0, err
	}
	tbtmp, err := os.CreateTemp("", "icestat-detstats-tables-*.tsv")
	if err != nil {
		return 0, err
	}
	defer os.Remove(tbtmp.Name())
	bw := bufio.NewWriter(tbtmp)
	for ti, t := range e.Tables {
		p, f := 0, 0
		for _, c := range t.Totals {
			if c.OK {
				p++
			} else {
				f++
			}
		}
		asOf := ""
		if !t.AsOf.IsZero() {
			asOf = t.AsOf.Format("2006-01-02")
		}
		fmt.Fprintf(bw, "%d\t%s\t%s\t%t\t%s\t%s\t%s\t%s\t%s\t%s\t%d\t%d\t%s\t%d\t%d\t%d\t%d\t%s\n", ti+1,
			tsvField(t.Kind), tsvField(t.Sheet), hidden[t.Sheet], t.Ref, t.Range, tsvField(t.Title), tsvField(t.Marks), asOf,
			tsvField(t.AsOfFrom), t.FY, t.HeaderRows, tsvField(strings.Join(t.KeyNames, " | ")), t.Rows, len(t.Values), p, f,
			tsvField(strings.Join(t.Notes, "\n")))
	}
	if err := bw.Flush(); err != nil {
		tbtmp.Close()
		return 0, err
	}
	if err := tbtmp.Close(); err != nil {
		return 0, err
	}
	ttmp, err := os.CreateTemp("", "icestat-detstats-totals-*.tsv")
	if err != nil {
		return 0, err
	}
	defer os.Remove(ttmp.Name())
	tw := bufio.NewWriter(ttmp)
	nTotals := 0
	for ti, t := range e.Tables {
		for _, c := range t.Totals {
			fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%s\t%v\t%v\t%d\t%t\n", ti+1, tsvField(c.Cell), tsvField(c.Keys), tsvField(c.Measure),
				c.Axis, c.Total, c.Sum, c.Parts, c.OK)
			nTotals++
		}
	}
	if err := tw.Flush(); err != nil {
		ttmp.Close()
		return 0, err
	}
	if err := ttmp.Close(); err != nil {
		return 0, err
	}

	conn, err := s.db.Conn(ctx)
	if err != nil {
		return 0, err
	}
	defer conn.Close()
	tx, err := conn.BeginTx(ctx, nil)
	if err != nil {
		return 0, err
	}
	defer tx.Rollback()
	var id int64
	if err := tx.QueryRowContext(ctx, `SELECT nextval('detstats_edition_ids')`).Scan(&id); err != nil {
		return 0, err
	}
	tables, recognised, passed, failed := e.Stats()
	if _, err := tx.ExecContext(ctx, `INSERT INTO detstats_editions VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)`,
		id, e.File, e.Path, e.SHA256, e.Size, nullDate(e.Date), nullDate(e.FileDate), e.FY, len(e.Sheets),
		tables, recognised, len(e.Unrecognised), passed, failed, time.Now().UTC()); err != nil {
		return 0, fmt.Errorf("%s: storing edition: %w", e.Path, err)
	}
	// Tables and totals checks: through TSV files like the values.
	q := fmt.Sprintf(`INSERT INTO detstats_tables SELECT %d, * FROM read_csv(%s, delim='\t', quote='"', escape='"', header=false,
		auto_detect=false, allow_quoted_nulls=false, columns={'table_no':'INTEGER','kind':'VARCHAR','sheet':'VARCHAR',
		'sheet_hidden':'BOOLEAN','ref':'VARCHAR','range':'VARCHAR','title':'VARCHAR','marks':'VARCHAR','as_of':'DATE',
		'as_of_from':'VARCHAR','fy':'INTEGER','header_rows':'INTEGER','key_names':'VARCHAR','body_rows':'INTEGER',
		'n_values':'INTEGER','totals_passed':'INTEGER','totals_failed':'INTEGER','notes':'VARCHAR'})`, id, sqlString(tbtmp.Name()))
	if len(e.Tables) > 0 {
		if _, err := tx.ExecContext(ctx, q); err != nil {
			return 0, fmt.Errorf("%s: storing tables: %w", e.Path, err)
		}
	}
	if nTotals > 0 {
		q = fmt.Sprintf(`INSERT INTO detstats_totals SELECT %d, * FROM read_csv(%s, delim='\t', quote='"', escape='"', header=false,
		auto_detect=false, allow_quoted_nulls=false, columns={'table_no':'INTEGER','cell':'VARCHAR','keys':'VARCHAR','measure':'VARCHAR',
		'axis':'VARCHAR','total':'DOUBLE','parts_sum':'DOUBLE','parts':'INTEGER','ok':'BOOLEAN'})`, id, sqlString(ttmp.Name()))
		if _, err := tx.ExecContext(ctx, q); err != nil {
			return 0, fmt.Errorf("%s: storing totals: %w", e.Path, err)
		}
	}
	for _, u := range e.Unrecognised {
		if _, err := tx.ExecContext(ctx, `INSERT INTO detstats_unrecognised VALUES (?,?,?,?,?,?)`,
			id, u.Sheet, u.Ref, u.Range, u.Title, u.Reason); err != nil {
			return 0, err
		}
	}
	if nValues > 0 {
		q = fmt.Sprintf(`INSERT INTO detstats_values SELECT %d, table_no, %s, kind, hidden, as_of, key1, key2, key3, measure,
		coalesce(period, ''), value, text, mark, is_total, cell FROM read_csv(%s, delim='\t', quote='"', escape='"', header=false,
		auto_detect=false, allow_quoted_nulls=false, columns={'table_no':'INTEGER','kind':'VARCHAR','hidden':'BOOLEAN',
		'as_of':'DATE','key1':'VARCHAR','key2':'VARCHAR','key3':'VARCHAR','measure':'VARCHAR','period':'VARCHAR',
		'value':'DOUBLE','text':'VARCHAR','mark':'VARCHAR','is_total':'BOOLEAN','cell':'VARCHAR'})`,
			id, sqlDateOrNull(e.Date), sqlString(tmp.Name()))
		res, err := tx.ExecContext(ctx, q)
		if err != nil {
			return 0, fmt.Errorf("%s: loading values: %w", e.Path, err)
		}
		if n, err := res.RowsAffected(); err == nil && n != nValues {
			return 0, fmt.Errorf("%s: loaded %d values but parsed %d", e.Path, n, nValues)
		}
	}
	if err := tx.Commit(); err != nil {
		return 0, fmt.Errorf("%s: commit: %w", e.Path, err)
	}
	return id, nil
}

func sqlDateOrNull(t time.Time) string {
	if t.IsZero() {
		return "NULL"
	}
	return "DATE '" + t.Format("2006-01-02") + "'"
}

// DetstatsTables reports, per stored edition, the tables found, how many
// have a known kind, totals checks passed and failed, and unrecognised
// tables. With unrecognised, it lists those instead (by sheet and cell);
// with failures, the failed totals checks.
func (s *Store) DetstatsTables(ctx context.Context, what string) (*table.Table, error) {
	if !s.readOnly {
		if err := s.ensureDetstats(ctx); err != nil {
			return nil, err
		}
	}
	var q string
	switch what {
	case "unrecognised":
		q = `SELECT e.edition_date, e.file, u.sheet, u.ref, u."range", u.title, u.reason
		  FROM detstats_unrecognised u JOIN detstats_editions e ON e.id = u.edition_id ORDER BY e.edition_date, e.id, u.sheet, u.ref`
	case "failed":
		q = `SELECT e.edition_date, e.file, t.kind, t.sheet, c.cell, c.keys, c.measure, c.axis, c.total, c.parts_sum,
		    round(c.total - c.parts_sum, 6) AS difference, c.parts
		  FROM detstats_totals c JOIN detstats_tables t ON t.edition_id = c.edition_id AND t.table_no = c.table_no
		  JOIN detstats_editions e ON e.id = c.edition_id WHERE NOT c.ok ORDER BY e.edition_date, e.id, t.table_no, c.cell`
	case "kinds":
		q = `SELECT coalesce(kind, '(unrecognised)') AS kind, count(*) AS tables, count(DISTINCT edition_id) AS editions,
		    min(as_of) AS first_as_of, max(as_of) AS last_as_of, sum(n_values) AS "values",
		    sum(totals_passed) AS totals_passed, sum(totals_failed) AS totals_failed
		  FROM detstats_tables GROUP BY ALL ORDER BY kind`
	default:
		q = `SELECT edition_date, file, fy, sheets, tables, recognised, unrecognised, totals_passed, totals_failed, left(sha256, 12) AS sha256
		  FROM detstats_editions ORDER BY edition_date, id`
	}
	rows, err := s.db.QueryContext(ctx, q)
	if err != nil {
		if strings.Contains(err.Error(), "does not exist") {
			return nil, fmt.Errorf("no detention statistics in %s: run `icestat detstats ingest` first", s.path)
		}
		return nil, err
	}
	return collect(rows)
}

// FacilityPopulationInfo says what LoadFacilityPopulation stored.
type FacilityPopulationInfo struct {
	Rows       int64
	Facilities int64
	From, To   time.Time
	Unmatched  int64 // facility codes not in the reference
	NoAOR      int64 // facilities without an AOR
}

// LoadFacilityPopulation (re)builds facility_population from the Deportation
// Data Project's daily population Parquet file, read by DuckDB's Parquet
// reader, joined to the facility reference CSV (code → name, city, state,
// type) in one transaction. The AOR comes from ICE's own facilities tables
// (detstats_values, kind facility_adp) when a facility's name, city and state
// match one there, else from the state when it lies in a single AOR; the
// basis is stored in aor_basis.
func (s *Store) LoadFacilityPopulation(ctx context.Context, parquet, reference string, stateAORs map[string]string) (*FacilityPopulationInfo, error) {
	if s.readOnly {
		return nil, fmt.Errorf("store %s is open read-only", s.path)
	}
	if err := s.ensureDetstats(ctx); err != nil {
		return nil, err
	}
	for _, p := range []string{parquet, reference} {
		if _, err := os.Stat(p); err != nil {
			return nil, err
		}
	}
	conn, err := s.db.Conn(ctx)
	if err != nil {
		return nil, err
	}
	defer conn.Close()
	tx, err := conn.BeginTx(ctx, nil)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	var vals []string
	for st, aor := range stateAORs {
		vals = append(vals, fmt.Sprintf("(%s, %s)", sqlString(st), sqlString(aor)))
	}
	stateAOR := `SELECT NULL::VARCHAR AS state, NULL::VARCHAR AS aor WHERE false`
	if len(vals) > 0 {
		stateAOR = `SELECT * FROM (VALUES ` + strings.Join(vals, ", ") + `) t(state, aor)`
	}
	stmts := []string{
		`DROP TABLE IF EXISTS facility_population`,
		fmt.Sprintf(`CREATE TABLE facility_population AS
WITH ref AS (
  SELECT * FROM read_csv(%s, header=true, all_varchar=true)
),
ice_name AS (
  SELECT key1n AS name, state, arg_max(aor, n) AS aor FROM (
    SELECT upper(trim(v.key1)) AS key1n, upper(trim(st.text)) AS state, upper(trim(a.text)) AS aor, count(*) AS n
    FROM (SELECT DISTINCT edition_id, table_no, key1 FROM detstats_values WHERE kind = 'facility_adp') v
    JOIN detstats_values st ON st.edition_id = v.edition_id AND st.table_no = v.table_no AND st.key1 = v.key1 AND st.measure ILIKE '%%State'
    JOIN detstats_values a ON a.edition_id = v.edition_id AND a.table_no = v.table_no AND a.key1 = v.key1 AND a.measure ILIKE '%%AOR'
    GROUP BY ALL) GROUP BY ALL
),
ice_city AS (
  SELECT city, state, min(aor) AS aor FROM (
    SELECT DISTINCT upper(trim(c.text)) AS city, upper(trim(st.text)) AS state, upper(trim(a.text)) AS aor
    FROM (SELECT DISTINCT edition_id, table_no, key1 FROM detstats_values WHERE kind = 'facility_adp') v
    JOIN detstats_values c ON c.edition_id = v.edition_id AND c.table_no = v.table_no AND c.key1 = v.key1 AND c.measure ILIKE '%%City'
    JOIN detstats_values st ON st.edition_id = v.edition_id AND st.table_no = v.table_no AND st.key1 = v.key1 AND st.measure ILIKE '%%State'
    JOIN detstats_values a ON a.edition_id = v.edition_id AND a.table_no = v.table_no AND a.key1 = v.key1 AND a.measure ILIKE '%%AOR')
  GROUP BY ALL HAVING count(DISTINCT aor) = 1
),
state_aor AS (%s)
SELECT p.detention_facility_code, CAST(p.date AS DATE) AS date,
  p.n_detained, p.n_detained_at_midnight, p.n_detained_male, p.n_detained_female,
  p.n_detained_convicted_criminal, p.n_detained_possibly_under_18,
  p.detention_facility,
  r.detention_facility_name, r.city, upper(r.state) AS state, r.type_detailed, r.type_grouped,
  coalesce(n.aor, c.aor, s.aor) AS aor,
  CASE WHEN n.aor IS NOT NULL THEN 'facility name in ICE facilities table'
       WHEN c.aor IS NOT NULL THEN 'facility city in ICE facilities table'
       WHEN s.aor IS NOT NULL THEN 'state lies in one AOR' END AS aor_basis,
  r.detention_facility_code IS NOT NULL AS in_reference
FROM %s p
LEFT JOIN ref r ON r.detention_facility_code = p.detention_facility_code
LEFT JOIN ice_name n ON n.name = upper(trim(r.detention_facility_name)) AND n.state = upper(r.state)
LEFT JOIN ice_city c ON c.city = upper(trim(r.city)) AND c.state = upper(r.state)
LEFT JOIN state_aor s ON s.state = upper(r.state)`, sqlString(reference), stateAOR, populationReader(parquet)),
	}
	for _, q := range stmts {
		if _, err := tx.ExecContext(ctx, q); err != nil {
			return nil, fmt.Errorf("loading facility populations from %s: %w", parquet, err)
		}
	}
	if err := recordPopulationSource(ctx, tx, parquet, reference); err != nil {
		return nil, err
	}
	info := &FacilityPopulationInfo{}
	var from, to sql.NullTime
	if err := tx.QueryRowContext(ctx, `SELECT count(*), count(DISTINCT detention_facility_code), min(date), max(date),
		count(DISTINCT detention_facility_code) FILTER (WHERE NOT in_reference),
		count(DISTINCT detention_facility_code) FILTER (WHERE aor IS NULL) FROM facility_population`).Scan(
		&info.Rows, &info.Facilities, &from, &to, &info.Unmatched, &info.NoAOR); err != nil {
		return nil, err
	}
	info.From, info.To = from.Time, to.Time
	if err := tx.Commit(); err != nil {
		return nil, err
	}
	return info, nil
}

// populationReader is the table function that reads a daily
// facility-population file: Parquet by its magic bytes, else CSV with a
// header row (the same columns).
func populationReader(path string) string {
	if f, err := os.Open(path); err == nil {
		var b [4]byte
		n, _ := f.Read(b[:])
		f.Close()
		if string(b[:n]) == "PAR1" {
			return "read_parquet(" + sqlString(path) + ")"
		}
	}
	return "read_csv(" + sqlString(path) + ", header=true)"
}

// PopulationSource is the file facility_population was loaded from.
type PopulationSource struct {
	File, SHA256            string
	Size                    int64
	Reference, ReferenceSHA string
	Rows                    int64
	From, To                time.Time
	LoadedAt                time.Time
}

// recordPopulationSource writes the provenance row of a facility_population
// load (in the load's transaction, replacing the previous one).
func recordPopulationSource(ctx context.Context, tx *sql.Tx, parquet, reference string) error {
	stmts := []string{
		`CREATE TABLE IF NOT EXISTS facility_population_source (file VARCHAR, path VARCHAR, sha256 VARCHAR, size BIGINT,
			reference VARCHAR, reference_sha256 VARCHAR, loaded_at TIMESTAMP)`,
		`DELETE FROM facility_population_source`,
	}
	for _, q := range stmts {
		if _, err := tx.ExecContext(ctx, q); err != nil {
			return fmt.Errorf("recording the facility population source: %w", err)
		}
	}
	sum, size, err := ingest.Hash(parquet)
	if err != nil {
		return err
	}
	refSum, _, err := ingest.Hash(reference)
	if err != nil {
		return err
	}
	_, err = tx.ExecContext(ctx, `INSERT INTO facility_population_source VALUES (?, ?, ?, ?, ?, ?, ?)`,
		filepath.Base(parquet), parquet, sum, size, filepath.Base(reference), refSum, time.Now().UTC())
	return err
}

// FacilityPopulationSource returns the file behind facility_population, or
// nil when none is recorded (a store loaded before the table existed, or
// one without daily populations).
func (s *Store) FacilityPopulationSource(ctx context.Context) (*PopulationSource, error) {
	if ok, err := s.tableExists(ctx, "facility_population_source"); err != nil || !ok {
		return nil, err
	}
	var p PopulationSource
	err := s.db.QueryRowContext(ctx, `SELECT file, sha256, size, reference, reference_sha256, loaded_at,
		(SELECT count(*) FROM facility_population), (SELECT min(date) FROM facility_population), (SELECT max(date) FROM facility_population)
		FROM facility_population_source LIMIT 1`).Scan(&p.File, &p.SHA256, &p.Size, &p.Reference, &p.ReferenceSHA, &p.LoadedAt, &p.Rows, &p.From, &p.To)
	if err == sql.ErrNoRows {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	return &p, nil
}

// FacilityQuery is a question over facility_population.
type FacilityQuery struct {
	State    string // two-letter code, "" for all
	AOR      string // AOR code, "" for all
	Type     string // type_detailed or type_grouped, "" for all
	Facility string // code or name substring, "" for all
	From, To time.Time
	By       []string // any of state, aor, type, type_grouped, facility, month, date
}

// FacilityDims are the allowed --by dimensions and their SQL.
var FacilityDims = map[string]string{
	"state":        "state",
	"aor":          "aor",
	"type":         "type_detailed",
	"type_grouped": "type_grouped",
	"facility":     "detention_facility_code || ' ' || coalesce(detention_facility_name, detention_facility)",
	"month":        "strftime(date, '%Y-%m')",
	"date":         "date",
}

// FacilityPopulation answers a FacilityQuery: per group, days with data in
// the period, average daily population (the mean over days of the sum over
// facilities), peak day, and person-days. Coverage: the dates of the file;
// a period outside them is said so rather than answered with 0.
func (s *Store) FacilityPopulation(ctx context.Context, q FacilityQuery) (*table.Table, string, error) {
	var cover struct{ from, to sql.NullTime }
	if err := s.db.QueryRowContext(ctx, `SELECT min(date), max(date) FROM facility_population`).Scan(&cover.from, &cover.to); err != nil {
		if strings.Contains(err.Error(), "does not exist") {
			return nil, "", fmt.Errorf("no facility populations in %s: run `icestat detstats facilities --load PARQUET` first", s.path)
		}
		return nil, "", err
	}
	if !cover.from.Valid {
		return nil, "", fmt.Errorf("facility_population is empty")
	}
	from, to := q.From, q.To
	if from.IsZero() {
		from = cover.from.Time
	}
	if to.IsZero() {
		to = cover.to.Time
	}
	note := fmt.Sprintf("daily facility populations cover %s..%s", cover.from.Time.Format("2006-01-02"), cover.to.Time.Format("2006-01-02"))
	if to.Before(cover.from.Time) || from.After(cover.to.Time) {
		return nil, note + fmt.Sprintf("; no data for %s..%s", from.Format("2006-01-02"), to.Format("2006-01-02")), nil
	}
	if from.Before(cover.from.Time) || to.After(cover.to.Time) {
		note += fmt.Sprintf("; asked %s..%s: only part of the period has data (partial, not a total)", from.Format("2006-01-02"), to.Format("2006-01-02"))
	}
	where := []string{"date BETWEEN ? AND ?"}
	args := []any{from, to}
	if q.State != "" {
		where, args = append(where, "state = ?"), append(args, strings.ToUpper(q.State))
	}
	if q.AOR != "" {
		where, args = append(where, "aor = ?"), append(args, strings.ToUpper(q.AOR))
	}
	if q.Type != "" {
		where, args = append(where, "(type_detailed ILIKE ? OR type_grouped ILIKE ?)"), append(args, q.Type, q.Type)
	}
	if q.Facility != "" {
		where, args = append(where, "(detention_facility_code = ? OR detention_facility_name ILIKE ? OR detention_facility ILIKE ?)"),
			append(args, strings.ToUpper(q.Facility), "%"+q.Facility+"%", "%"+q.Facility+"%")
	}
	var dims, names []string
	for _, b := range q.By {
		d, ok := FacilityDims[b]
		if !ok {
			return nil, "", fmt.Errorf("unknown dimension %q", b)
		}
		dims = append(dims, d)
		names = append(names, quoteIdent(b))
	}
	sel, group := "", ""
	if len(dims) > 0 {
		var parts []string
		for i := range dims {
			parts = append(parts, dims[i]+" AS "+names[i])
		}
		sel = strings.Join(parts, ", ") + ", "
		group = strings.Join(names, ", ") + ", "
	}
	// Average daily population = person-days / calendar days of the period
	// (within the data's dates); a day a group has no row counts as 0 held.
	effFrom, effTo := from, to
	if effFrom.Before(cover.from.Time) {
		effFrom = cover.from.Time
	}
	if effTo.After(cover.to.Time) {
		effTo = cover.to.Time
	}
	days := "(SELECT count(*) FROM cal)"
	for _, b := range q.By {
		switch b {
		case "month":
			days = `(SELECT count(*) FROM cal WHERE strftime(cal.day, '%Y-%m') = "month")`
		case "date":
			days = "1"
		}
	}
	args = append([]any{effFrom, effTo}, args...)
	sqlq := fmt.Sprintf(`WITH cal AS (
  SELECT CAST(unnest(generate_series(CAST(? AS DATE), CAST(? AS DATE), INTERVAL 1 DAY)) AS DATE) AS day
), daily AS (
  SELECT %s date AS day, sum(n_detained) AS held, count(*) AS facilities
  FROM facility_population WHERE %s GROUP BY ALL
)
SELECT %s count(*) AS days_with_data, %s AS days_in_period,
  round(sum(held) / %s, 1) AS avg_daily_population,
  max(held) AS peak, arg_max(day, held) AS peak_date,
  sum(held) AS person_days, max(facilities) AS facilities
FROM daily GROUP BY ALL ORDER BY %s avg_daily_population DESC`,
		sel, strings.Join(where, " AND "), group, days, days, group)
	t, err := s.Table(ctx, sqlq, args...)
	if err != nil {
		return nil, "", err
	}
	if len(t.Rows) == 0 {
		note += "; no facility matches (no data for that place and period, not 0)"
		return nil, note, nil
	}
	return t, note, nil
}

// SeriesFilter picks one published series of detention statistics: a table
// kind, and optionally row keys, a measure and a period (each matched
// without regard to case), or only the values a later edition revised.
type SeriesFilter struct {
	Kind                              string
	Key1, Key2, Key3, Measure, Period string
	RevisedOnly                       bool
}

// Series lists the values of a published series across editions (at most
// 100,000), ordered by keys, measure, period and edition.
func (s *Store) Series(ctx context.Context, f SeriesFilter) (*table.Table, error) {
	where := []string{"kind = ?"}
	args := []any{f.Kind}
	for _, c := range []struct{ col, v string }{{"key1", f.Key1}, {"key2", f.Key2}, {"key3", f.Key3}, {"measure", f.Measure}, {"period", f.Period}} {
		if c.v != "" {
			where = append(where, c.col+" ILIKE ?")
			args = append(args, c.v)
		}
	}
	if f.RevisedOnly {
		where = append(where, "revised")
	}
	return s.Table(ctx, `SELECT edition_date, as_of, key1, key2, key3, measure, period, value, previous_value, revised, mark, cell
		FROM detstats_series WHERE `+strings.Join(where, " AND ")+` ORDER BY key1, key2, key3, measure, period, edition_date LIMIT 100000`, args...)
}
