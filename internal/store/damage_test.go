package store

import (
	"context"
	"encoding/binary"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// damagedCopy copies the store file and applies harm to the copy.
func damagedCopy(t *testing.T, src string, harm func(f *os.File, size int64)) string {
	t.Helper()
	b, err := os.ReadFile(src)
	if err != nil {
		t.Fatal(err)
	}
	dst := filepath.Join(t.TempDir(), "damaged.duckdb")
	if err := os.WriteFile(dst, b, 0o644); err != nil {
		t.Fatal(err)
	}
	f, err := os.OpenFile(dst, os.O_RDWR, 0)
	if err != nil {
		t.Fatal(err)
	}
	harm(f, int64(len(b)))
	f.Close()
	return dst
}

// overwrite writes 64 bytes of 0xA5 at off: never a valid checksum.
func overwrite(f *os.File, off int64) {
	f.WriteAt([]byte(strings.Repeat("\xa5", 64)), off)
}

// TestDamagedStores: a store cut short (its last 4 KiB, or half of it), its
// metadata block overwritten, or a data block of one table overwritten is
// reported by Verify as damaged (read-only and writable), and opening it —
// where the damage is in what an open reads — gives the same message, not
// DuckDB's raw error. Block positions are read from the file's own header
// and from DuckDB's pragma_storage_info, not assumed.
func TestDamagedStores(t *testing.T) {
	s, path := newStore(t)
	load(t, s, sample("BOS_EROArrests_FY2018.csv.gz"), false)
	load(t, s, sample("BOS_ICERemovals_FY2017.csv.gz"), false)
	load(t, s, sample("2018-ICFO-36170_Seattle_Encounters_Arrests_Removals.xlsx"), false)
	if _, err := s.db.Exec(`CHECKPOINT`); err != nil {
		t.Fatal(err)
	}
	var dataBlock int64 = -1
	if err := s.db.QueryRow(`SELECT max(block_id) FROM pragma_storage_info('removals_seg1') WHERE block_id >= 0`).Scan(&dataBlock); err != nil || dataBlock < 0 {
		t.Fatalf("no data block of removals_seg1: %v", err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	hdr := make([]byte, 3*4096)
	if fh, err := os.Open(path); err == nil {
		fh.ReadAt(hdr, 0)
		fh.Close()
	}
	// the active database header: the one of the higher iteration
	h := hdr[4096:]
	if binary.LittleEndian.Uint64(hdr[8192+8:]) > binary.LittleEndian.Uint64(hdr[4096+8:]) {
		h = hdr[8192:]
	}
	meta := binary.LittleEndian.Uint64(h[16:])
	blockSize := int64(binary.LittleEndian.Uint64(h[40:]))
	metaBlock, metaIndex := int64(meta&(1<<56-1)), int64(meta>>56)
	const blocks0 = 3 * 4096
	tests := []struct {
		name     string
		harm     func(f *os.File, size int64)
		openFail bool // the damage is in what every open reads (else open may or may not meet it; Verify must)
	}{
		{"last 4 KiB cut off", func(f *os.File, size int64) { f.Truncate(size - 4096) }, true},
		{"half cut off", func(f *os.File, size int64) { f.Truncate(size / 2) }, true},
		{"last block cut off whole", func(f *os.File, size int64) { f.Truncate(size - blockSize) }, false},
		{"cut inside the headers", func(f *os.File, size int64) { f.Truncate(5000) }, true},
		{"metadata block overwritten", func(f *os.File, _ int64) {
			overwrite(f, blocks0+metaBlock*blockSize+8+metaIndex*4096+64)
		}, true},
		{"data block overwritten", func(f *os.File, _ int64) { overwrite(f, blocks0+dataBlock*blockSize+4096) }, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dst := damagedCopy(t, path, tc.harm)
			for _, readOnly := range []bool{true, false} {
				st, err := open(dst, readOnly)
				if err != nil {
					if !IsDamaged(err) || !strings.Contains(err.Error(), "damaged: ") || !strings.Contains(err.Error(), "restore from an export or re-ingest") {
						t.Errorf("open (read-only %t): %v", readOnly, err)
					}
					continue
				}
				if tc.openFail {
					t.Errorf("opened a store whose %s", tc.name)
				}
				_, _, err = st.Verify(context.Background())
				st.Close()
				if !IsDamaged(err) {
					t.Errorf("Verify (read-only %t): %v, want damaged", readOnly, err)
				} else {
					t.Logf("%v", err)
				}
			}
		})
	}
	// A part of a block no one uses after the last (what a write that
	// failed for a full disk leaves) is no damage.
	tail := damagedCopy(t, path, func(f *os.File, size int64) { f.WriteAt(make([]byte, 5000), size) })
	if st, err := OpenReadOnly(tail); err != nil {
		t.Errorf("a partial unused block after the last: %v", err)
	} else {
		if p, _, err := st.Verify(context.Background()); err != nil || len(p) > 0 {
			t.Errorf("a partial unused block after the last: %v %v", p, err)
		}
		st.Close()
	}
	// The store itself verifies.
	st, err := OpenReadOnly(path)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if p, n, err := st.Verify(context.Background()); err != nil || len(p) > 0 || n == 0 {
		t.Errorf("undamaged store: %v %d %v", p, n, err)
	}
}
