package store

import (
	"context"
	"errors"
	"fmt"
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

// checkUsedBlocks compares the blocks the open store uses with the whole
// blocks its file holds: DuckDB's pragma_database_size gives the block size
// and the used blocks (from the free list: no data is read), and the file
// holds 12 KiB of headers then whole blocks. A file cut short — its last
// 4 KiB, or half of it — holds fewer whole blocks than it uses. (A file
// may end in part of a block that no one uses: a write that failed for a
// full disk leaves one.)
//
// The store file is never opened here, only stat'ed: DuckDB locks it with
// POSIX record locks, which the process loses when it closes any descriptor
// of the file, so opening and closing the file beside DuckDB would let
// another process in.
func (s *Store) checkUsedBlocks() error {
	fi, err := os.Stat(s.path)
	if err != nil || !fi.Mode().IsRegular() {
		return nil
	}
	var blockSize, used int64
	if err := s.db.QueryRow(`SELECT block_size, used_blocks FROM pragma_database_size() LIMIT 1`).Scan(&blockSize, &used); err != nil || blockSize <= 0 {
		return nil // not told: Verify reads every block
	}
	return usedBlocksFit(s.path, fi.Size(), blockSize, used)
}

// usedBlocksFit says whether a file of size bytes holds the used blocks.
func usedBlocksFit(path string, size, blockSize, used int64) error {
	const headers = 3 * 4096
	whole := (size - headers) / blockSize
	if size < headers || used > whole {
		return &DamagedError{Path: path, What: fmt.Sprintf("the store uses %d blocks of %d bytes but the file (%d bytes) holds %d whole ones (truncated)", used, blockSize, size, max(whole, 0))}
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
