package store

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

// DamagedError says the store file cannot be trusted: truncated, or a block
// whose checksum does not match. Every command that opens such a store, and
// `icestat verify`, gives this message instead of DuckDB's own.
type DamagedError struct {
	Path string
	What string
	Err  error // DuckDB's error, when it found the damage
}

func (e *DamagedError) Error() string {
	return fmt.Sprintf("%s: damaged: %s, restore from an export or re-ingest (icestat ingest --db NEW FILE...)", e.Path, e.What)
}

func (e *DamagedError) Unwrap() error { return e.Err }

// IsDamaged reports whether err says the store file is damaged.
func IsDamaged(err error) bool {
	var d *DamagedError
	return errors.As(err, &d)
}

// damageSigns are the parts of DuckDB's messages for a file that is not
// what its header and checksums say.
var damageSigns = []struct{ sign, what string }{
	{"Could not read enough bytes", "the file is shorter than its blocks (truncated)"},
	{"Corrupt database file", "a block's checksum does not match (overwritten or corrupted)"},
	{"checksum", "a block's checksum does not match (overwritten or corrupted)"},
	{"Checksum", "a block's checksum does not match (overwritten or corrupted)"},
	{"block id", "a block pointer is out of range (overwritten or corrupted)"},
	{"Failed to deserialize", "the catalog cannot be read (overwritten or corrupted)"},
	{"Serialization Error", "the catalog cannot be read (overwritten or corrupted)"},
}

// asDamaged turns a DuckDB error that shows damage into a DamagedError;
// other errors are returned as they are.
func asDamaged(path string, err error) error {
	if err == nil || IsDamaged(err) {
		return err
	}
	msg := err.Error()
	for _, d := range damageSigns {
		if strings.Contains(msg, d.sign) {
			return &DamagedError{Path: path, What: d.what + ": " + firstLine(msg), Err: err}
		}
	}
	return err
}

func firstLine(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i]
	}
	return s
}

// checkFileSize refuses a file cut shorter than DuckDB's three 4 KiB
// headers ("DUCK" at offset 8 of the first). A file cut further along is
// found when its missing blocks are read (scanAll reads them all): the
// header's block count cannot tell, since DuckDB itself truncates free
// blocks at the end of the file without lowering it.
func checkFileSize(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return nil // DuckDB says what is wrong
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil || !fi.Mode().IsRegular() || fi.Size() == 0 || fi.Size() >= 3*4096 {
		return nil
	}
	var b [12]byte
	if _, err := io.ReadFull(f, b[:]); err == nil && string(b[8:12]) == "DUCK" {
		return &DamagedError{Path: path, What: fmt.Sprintf("the file is %d bytes, shorter than DuckDB's headers (truncated)", fi.Size())}
	}
	return nil
}

// scanAll reads every block the store uses: every column of every table
// (an aggregate over a hash of each column, which no optimiser can skip), and
// each primary-key index by a lookup through it. DuckDB verifies a block's
// checksum whenever it reads it, so a damaged block fails here.
func (s *Store) scanAll(ctx context.Context) error {
	rows, err := s.db.QueryContext(ctx, `SELECT schema_name, table_name FROM duckdb_tables() WHERE database_name = current_database() AND NOT internal AND NOT temporary ORDER BY ALL`)
	if err != nil {
		return asDamaged(s.path, err)
	}
	var tables [][2]string
	for rows.Next() {
		var sc, t string
		if err := rows.Scan(&sc, &t); err != nil {
			rows.Close()
			return asDamaged(s.path, err)
		}
		tables = append(tables, [2]string{sc, t})
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return asDamaged(s.path, err)
	}
	for _, t := range tables {
		name := quoteIdent(t[0]) + "." + quoteIdent(t[1])
		if err := s.drain(ctx, `SELECT count(*), bit_xor(hash(COLUMNS(*))) FROM `+name); err != nil {
			return within("table "+t[1], err)
		}
	}
	keys, err := s.db.QueryContext(ctx, `SELECT schema_name, table_name, constraint_column_names[1] FROM duckdb_constraints()
		WHERE database_name = current_database() AND constraint_type = 'PRIMARY KEY' ORDER BY ALL`)
	if err != nil {
		return asDamaged(s.path, err)
	}
	var pks [][3]string
	for keys.Next() {
		var sc, t, c string
		if err := keys.Scan(&sc, &t, &c); err != nil {
			keys.Close()
			return asDamaged(s.path, err)
		}
		pks = append(pks, [3]string{sc, t, c})
	}
	keys.Close()
	for _, k := range pks {
		name := quoteIdent(k[0]) + "." + quoteIdent(k[1])
		col := quoteIdent(k[2])
		var v any
		err := s.db.QueryRowContext(ctx, `SELECT max(`+col+`) FROM `+name).Scan(&v)
		if err != nil {
			return within("the key of "+k[1], asDamaged(s.path, err))
		}
		if v == nil {
			continue
		}
		if err := s.drain(ctx, `SELECT count(*) FROM `+name+` WHERE `+col+` = ?`, v); err != nil {
			return within("the primary-key index of "+k[1], err)
		}
	}
	return nil
}

// within names the table where damage was found.
func within(where string, err error) error {
	var d *DamagedError
	if errors.As(err, &d) {
		d.What = where + ": " + d.What
		return d
	}
	return fmt.Errorf("reading %s: %w", where, err)
}

// drain runs a query and reads all of its rows.
func (s *Store) drain(ctx context.Context, q string, args ...any) error {
	rows, err := s.db.QueryContext(ctx, q, args...)
	if err != nil {
		return asDamaged(s.path, err)
	}
	defer rows.Close()
	cols, _ := rows.Columns()
	vals := make([]any, len(cols))
	ptrs := make([]any, len(cols))
	for i := range vals {
		ptrs[i] = &vals[i]
	}
	for rows.Next() {
		if err := rows.Scan(ptrs...); err != nil {
			return asDamaged(s.path, err)
		}
	}
	return asDamaged(s.path, rows.Err())
}
