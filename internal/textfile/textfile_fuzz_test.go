package textfile

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// fuzzTextSeeds returns the first lines of every bundled sample file
// (decompressed), so the fuzzer starts from real release text.
func fuzzTextSeeds(tb testing.TB) [][]byte {
	files, _ := filepath.Glob(filepath.Join("..", "..", "testdata", "sample", "*.csv.gz"))
	var out [][]byte
	for _, f := range files {
		fh, err := os.Open(f)
		if err != nil {
			continue
		}
		zr, err := gzip.NewReader(fh)
		if err != nil {
			fh.Close()
			continue
		}
		var b bytes.Buffer
		sc := bufio.NewScanner(zr)
		for i := 0; i < 10 && sc.Scan(); i++ {
			b.Write(sc.Bytes())
			b.WriteByte('\n')
		}
		fh.Close()
		out = append(out, b.Bytes())
	}
	return out
}

func fuzzGzip(b []byte) []byte {
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Write(b)
	zw.Close()
	return buf.Bytes()
}

// FuzzTextRows reads arbitrary bytes (and, for inputs starting with 'z',
// the gzip of the rest, also cut short) as a release file. It must never
// panic; every error names the file; every record holds valid UTF-8 without
// NUL bytes, on non-decreasing line numbers.
func FuzzTextRows(f *testing.F) {
	for _, s := range fuzzTextSeeds(f) {
		f.Add(s)
		f.Add(append([]byte("z"), s...))
	}
	for _, s := range []string{
		"Area of Responsibility|Citizenship\r\nBoston|MEXICO\nBoston|PERU\r\n",
		"Area of Responsibility|Citizenship\rBoston|MEXICO\rBoston|PERU\r",
		"\xef\xbb\xbfArea of Responsibility,Citizenship\nBoston,C\xd4TE D\x92IVOIRE\n",
		"Area of Responsibility\tCitizenship\n\"Bos\"\"ton\"\t\"MEX\nICO\"\n",
		"Area of Responsibility|Citizenship\n\"Boston|MEXICO\n",
		"Area of Responsibility|Citizenship\nBos\x00ton|MEXICO\n",
		"\x01\x02\x03\x04\x05\x06\x07\x08\x0e\x0f\x10\x11\x12",
		"",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) > 0 && data[0] == 'z' {
			gz := fuzzGzip(data[1:])
			if len(data) > 1 && data[1]&1 == 1 {
				gz = gz[:len(gz)*2/3] // truncated
			}
			data = gz
		}
		r, err := newRows("fuzz.txt", bytes.NewReader(data), headerish)
		if err != nil {
			if !strings.HasPrefix(err.Error(), "fuzz.txt: ") {
				t.Fatalf("error without the file name: %v", err)
			}
			return
		}
		defer r.Close()
		last := 0
		for n := 0; r.Next(); n++ {
			if r.RowNum() < last || r.RowNum() < 1 {
				t.Fatalf("line %d after line %d", r.RowNum(), last)
			}
			last = r.RowNum()
			for _, c := range r.Cells() {
				if !utf8.ValidString(c) || strings.IndexByte(c, 0) >= 0 {
					t.Fatalf("line %d: bad cell %q", r.RowNum(), c)
				}
			}
		}
		if err := r.Err(); err != nil && !strings.HasPrefix(err.Error(), "fuzz.txt: ") {
			t.Fatalf("error without the file name: %v", err)
		}
		if r.Next() {
			t.Fatal("Next after the end")
		}
	})
}

// TestLineLimit: a line longer than MaxLineBytes is an error naming its
// line, also when the limit is crossed inside one read.
func TestLineLimit(t *testing.T) {
	for _, tc := range []struct {
		data string
		max  int64
		want string
	}{
		{"a|b\n" + strings.Repeat("x", 100) + "\nc|d\n", 50, "line 2 is longer than 50 bytes"},
		{"a|b\nc|d\n" + strings.Repeat("x", 100), 50, "line 3 is longer than 50 bytes"},
		{"a|b\nc|d\n", 50, ""},
	} {
		l := &lineLimit{r: strings.NewReader(tc.data), max: tc.max}
		_, err := io.ReadAll(l)
		if tc.want == "" && err != nil || tc.want != "" && (err == nil || err.Error() != tc.want) {
			t.Errorf("%q: %v, want %q", tc.data[:10], err, tc.want)
		}
	}
}
