package ingest

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// FuzzReadText runs the whole text path — delimiter sniffing, header search,
// header checks, dataset inference, normalisation and the load files — over
// arbitrary bytes. It must never panic; an error names the file; on success
// the load file holds one line per stored row (values never break lines).
func FuzzReadText(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join("..", "..", "testdata", "sample", "*.csv.gz"))
	for _, p := range files {
		fh, err := os.Open(p)
		if err != nil {
			continue
		}
		if zr, err := gzip.NewReader(fh); err == nil {
			var b bytes.Buffer
			sc := bufio.NewScanner(zr)
			for i := 0; i < 12 && sc.Scan(); i++ {
				b.Write(sc.Bytes())
				b.WriteByte('\n')
			}
			f.Add(b.Bytes())
		}
		fh.Close()
	}
	f.Add([]byte(`"Area of Responsibility"|"Apprehension Date"|"Citizenship"|"Year of Birth"|"Final Order Yes No"` + "\n" +
		`"Boston Area of Responsibility"|2/30/2017|"C\xd4TE"|abc|maybe` + "\n" + `x|10/1/2016|"a""b` + "\t\n\"|1980|Y\n"))
	dir := f.TempDir()
	f.Fuzz(func(t *testing.T, data []byte) {
		path := filepath.Join(dir, "fuzz.csv")
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
		file, err := Read(path, Options{TempDir: dir})
		if err != nil {
			if !strings.Contains(err.Error(), "fuzz.csv") {
				t.Fatalf("error without the file name: %v", err)
			}
			return
		}
		defer file.Cleanup()
		for _, p := range file.Parts {
			if p.Skipped != "" {
				continue
			}
			b, err := os.ReadFile(p.RowsPath)
			if err != nil {
				t.Fatal(err)
			}
			if lines := countLoadLines(b); lines != p.RowsStored {
				t.Fatalf("load file has %d lines, %d rows stored", lines, p.RowsStored)
			}
		}
	})
}

// countLoadLines counts the records of a load file: newlines outside
// double-quoted fields.
func countLoadLines(b []byte) int64 {
	var n int64
	quoted := false
	for _, c := range b {
		switch {
		case c == '"':
			quoted = !quoted
		case c == '\n' && !quoted:
			n++
		}
	}
	return n
}
