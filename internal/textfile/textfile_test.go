package textfile

import (
	"bytes"
	"compress/gzip"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// headerish scores a record by how many cells look like the release headers
// used below; the real scorer lives in package canon.
func headerish(cells []string) int {
	n := 0
	for _, c := range cells {
		switch strings.TrimSpace(c) {
		case "Area of Responsibility", "Apprehension Date", "Citizenship", "Arrest Date", "Gender", "Country of Citizenship", "Book In Date":
			n++
		}
	}
	return n
}

func readAll(t *testing.T, path string) (rows [][]string, lines []int, r *Rows, err error) {
	t.Helper()
	r, err = Open(path, headerish)
	if err != nil {
		return nil, nil, nil, err
	}
	defer r.Close()
	for r.Next() {
		rows = append(rows, append([]string(nil), r.Cells()...))
		lines = append(lines, r.RowNum())
	}
	return rows, lines, r, r.Err()
}

func TestRealSample(t *testing.T) {
	// Expected record counts: `zcat F | wc -l` (the files have no blank or
	// multi-line records; line 4 of the nationwide files is "||||||||",
	// which is a record of empty fields).
	tests := []struct {
		file   string
		lines  int
		fields int
		delim  rune
	}{
		{"BOS_EROArrests_FY2017.csv.gz", 2840, 9, '|'},
		{"BOS_ICERemovals_FY2016.csv.gz", 1350, 10, '|'},
		// The Seattle files have an empty 5th line "|||||||" too.
		{"arrests_FY2012-FY2019YTD.csv.gz", 32556, 8, '|'},
		{"bookins_FY2012-FY2019YTD.csv.gz", 36818, 7, '|'},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			rows, lines, r, err := readAll(t, filepath.Join("..", "..", "testdata", "sample", tt.file))
			if err != nil {
				t.Fatal(err)
			}
			if r.Delim != tt.delim || !r.Gzip {
				t.Errorf("delim %q gzip %v", r.Delim, r.Gzip)
			}
			if len(rows) != tt.lines {
				t.Errorf("%d records, want %d", len(rows), tt.lines)
			}
			for i, row := range rows {
				if len(row) != tt.fields {
					t.Fatalf("record %d (line %d) has %d fields, want %d", i, lines[i], len(row), tt.fields)
				}
			}
			if lines[len(lines)-1] != tt.lines {
				t.Errorf("last line number %d, want %d", lines[len(lines)-1], tt.lines)
			}
		})
	}
}

func TestDoubledQuotes(t *testing.T) {
	// A real line of EROArrests_FY2017 (found with zgrep '""').
	src := `"Area of Responsibility"|"Apprehension Date"|"Apprehension Landmark"|"Citizenship"` + "\n" +
		`"New York City Area of Responsibility"|7/24/2017|"DON""T USE GENERAL"|"GERMANY"` + "\n"
	rows := mustRead(t, []byte(src))
	if got := rows[1][2]; got != `DON"T USE GENERAL` {
		t.Errorf("landmark = %q", got)
	}
}

func write(t *testing.T, data []byte) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "f.txt")
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func mustRead(t *testing.T, data []byte) [][]string {
	t.Helper()
	rows, _, _, err := readAll(t, write(t, data))
	if err != nil {
		t.Fatal(err)
	}
	return rows
}

func TestDelimiters(t *testing.T) {
	body := "Area of Responsibility#Apprehension Date#Citizenship\nBoston#10/1/2016#\"CHINA, PEOPLES REPUBLIC OF\"\n"
	for _, d := range []string{"|", "\t", ","} {
		rows := mustRead(t, []byte(strings.ReplaceAll(body, "#", d)))
		if len(rows) != 2 || len(rows[1]) != 3 || rows[1][2] != "CHINA, PEOPLES REPUBLIC OF" {
			t.Errorf("delimiter %q: %q", d, rows)
		}
	}
}

func TestEncodings(t *testing.T) {
	tests := []struct {
		name string
		data []byte
		want string
	}{
		{"BOM", []byte("\xef\xbb\xbfArea of Responsibility|Citizenship\nBoston|MEXICO\n"), "Area of Responsibility"},
		{"Latin-1", []byte("Area of Responsibility|Citizenship\nBoston|C\xd4TE D'IVOIRE\n"), "CÔTE D'IVOIRE"},
		{"Windows-1252 quotes", []byte("Area of Responsibility|Citizenship\nBoston|\x93X\x94\n"), "“X”"},
		{"CRLF and LF mixed", []byte("Area of Responsibility|Citizenship\r\nBoston|MEXICO\nBoston|PERU\r\n"), "PERU"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rows := mustRead(t, tt.data)
			found := false
			for _, r := range rows {
				for _, c := range r {
					if c == tt.want {
						found = true
					}
				}
			}
			if !found {
				t.Errorf("%q not found in %q", tt.want, rows)
			}
		})
	}
}

func TestBadInput(t *testing.T) {
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write(bytes.Repeat([]byte("Area of Responsibility|Citizenship\nBoston|MEXICO\n"), 5000))
	zw.Close()
	truncated := gz.Bytes()[:gz.Len()/2]
	tests := []struct {
		name string
		data []byte
		want string // substring of the error
	}{
		{"empty", []byte(""), "empty file"},
		{"only spaces", []byte("  \n\n"), "empty file"},
		{"NUL byte", []byte("Area of Responsibility|Citizenship\nBos\x00ton|MEXICO\n"), "NUL byte"},
		{"unterminated quote", []byte("Area of Responsibility|Citizenship\n\"Boston|MEXICO\nBoston|PERU\n"), "record starting on line 2"},
		{"truncated gzip", truncated, "truncated or corrupt"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, _, _, err := readAll(t, write(t, tt.data))
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("error = %v, want it to mention %q", err, tt.want)
			}
			if !strings.Contains(err.Error(), "f.txt") {
				t.Errorf("error %q does not name the file", err)
			}
		})
	}
}

func BenchmarkRows(b *testing.B) {
	path := filepath.Join("..", "..", "testdata", "sample", "arrests_FY2012-FY2019YTD.csv.gz")
	n := 0
	for i := 0; i < b.N; i++ {
		r, err := Open(path, nil)
		if err != nil {
			b.Fatal(err)
		}
		for r.Next() {
			n++
		}
		if r.Err() != nil {
			b.Fatal(r.Err())
		}
		r.Close()
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "rows/s")
}
