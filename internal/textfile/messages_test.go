package textfile

import (
	"bytes"
	"compress/gzip"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func bundledText(t *testing.T, name string) []byte {
	t.Helper()
	fh, err := os.Open(filepath.Join("..", "..", "testdata", "sample", name))
	if err != nil {
		t.Fatal(err)
	}
	defer fh.Close()
	zr, err := gzip.NewReader(fh)
	if err != nil {
		t.Fatal(err)
	}
	b, err := io.ReadAll(zr)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func headerCells(cells []string) int {
	n := 0
	for _, c := range cells {
		if strings.Contains(c, "Date") || strings.Contains(c, "Area of Responsibility") || c == "Citizenship" || c == "Gender" {
			n++
		}
	}
	return n
}

// TestSemicolonAndTrailingGzip: the real Boston removals FY2016 slice with
// ';' for '|' is read as semicolon-delimited: 1,350 records, one per line
// (zcat | wc -l; the empty preamble line holds its separators); the same
// lines gzip-compressed with bytes after the gzip stream give a message
// that says so, naming the last line read, not "line 0: truncated".
func TestSemicolonAndTrailingGzip(t *testing.T) {
	text := bundledText(t, "BOS_ICERemovals_FY2016.csv.gz")
	dir := t.TempDir()
	semi := filepath.Join(dir, "semi.csv")
	os.WriteFile(semi, bytes.ReplaceAll(text, []byte("|"), []byte(";")), 0o644)
	r, err := Open(semi, headerCells)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for r.Next() {
		n++
	}
	r.Close()
	if r.Delim != ';' || r.Err() != nil || n != 1350 {
		t.Errorf("semicolons: delimiter %q, %d records, %v", r.Delim, n, r.Err())
	}
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write(text[:bytes.Index(text, []byte("10/1/2015|10/1/2015\n"))])
	zw.Close()
	gz.WriteString("not gzip at all\n")
	path := filepath.Join(dir, "trailing.csv.gz")
	os.WriteFile(path, gz.Bytes(), 0o644)
	r, err = Open(path, headerCells)
	if err == nil {
		for r.Next() {
		}
		err = r.Err()
		r.Close()
	}
	if err == nil || !strings.Contains(err.Error(), "is followed by bytes that are not gzip data (trailing garbage)") || strings.Contains(err.Error(), "line 0") {
		t.Errorf("trailing bytes: %v", err)
	}
}
