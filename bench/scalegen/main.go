// Command scalegen replicates the real nationwide release files to N times their size for the scale
// benchmark of bench/run.sh.
//
//	scalegen -src ../shared/data/uwchr-2019-ICFO-53623 -out DIR -copies 10 [-first 0] [-workers 2]
//
// Copy c of every file keeps every row and every value except the dates, which move by a whole number
// of fiscal years (a multiple of four, the span of the release, so copies never overlap): copies
// 0…20 move forward by 4c years (FY2016–FY2019 → FY2096–FY2099 at most) and copies 21… move back
// by 4(c−20) years, which keeps every date inside icestat's accepted range 1900–2100 up to 38 copies.
// Distributions are therefore those of the real rows, fiscal year by fiscal year. Copy 0 is the
// original data.
//
// Output files have the layout of the originals: pipe-delimited, gzip-compressed (fastest level),
// the same five preamble lines with the title naming the shifted fiscal year (and shifted dates in a
// "(10/1/2018 - 8/31/2019)" note), the same header, named after the shifted year
// (EROArrests_FY2057.csv.gz). Unquoted M/D/YYYY fields are the only cells that change; 29 February
// becomes 28 February in a target year that is not a leap year. -first lets a larger size reuse the
// copies of a smaller one (e.g. -first 10 -copies 30 adds copies 10…29); -rows N keeps only the first N
// data rows of each file (the smoke run's subset).
package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"sort"
	"strconv"
	"sync"
	"sync/atomic"
)

const preamble = 6 // lines up to and including the header

var maxRows int64

func main() {
	src := flag.String("src", "", "directory of the original .csv.gz release files")
	out := flag.String("out", "", "output directory")
	copies := flag.Int("copies", 10, "total number of copies (10 = 10× the source rows)")
	first := flag.Int("first", 0, "first copy to write (earlier copies already exist)")
	workers := flag.Int("workers", runtime.GOMAXPROCS(0), "files written at once")
	flag.Int64Var(&maxRows, "rows", 0, "keep only the first N data rows of each file (0 = all; for the smoke run)")
	flag.Parse()
	if *src == "" || *out == "" || *copies < 1 || *copies > 38 || *first < 0 || *first >= *copies {
		fmt.Fprintln(os.Stderr, "usage: scalegen -src DIR -out DIR -copies N (1..38) [-first K]")
		os.Exit(2)
	}
	if err := run(*src, *out, *first, *copies, *workers); err != nil {
		fmt.Fprintln(os.Stderr, "scalegen:", err)
		os.Exit(1)
	}
}

// Shift is the number of years copy c moves its dates by.
func Shift(c int) int {
	if c <= 20 {
		return 4 * c
	}
	return -4 * (c - 20)
}

var fyRe = regexp.MustCompile(`FY(\d{4})`)
var dateRe = regexp.MustCompile(`\b(\d{1,2})/(\d{1,2})/(\d{4})\b`)

type job struct {
	file string
	copy int
}

func run(src, out string, first, copies, workers int) error {
	files, err := filepath.Glob(filepath.Join(src, "*.csv.gz"))
	if err != nil {
		return err
	}
	if len(files) == 0 {
		return fmt.Errorf("no .csv.gz files in %s", src)
	}
	sort.Strings(files)
	if err := os.MkdirAll(out, 0o755); err != nil {
		return err
	}
	jobs := make(chan job)
	var rows atomic.Int64
	var mu sync.Mutex
	var firstErr error
	var wg sync.WaitGroup
	for w := 0; w < max(1, workers); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				n, err := replicate(j.file, out, Shift(j.copy))
				rows.Add(n)
				if err != nil {
					mu.Lock()
					if firstErr == nil {
						firstErr = err
					}
					mu.Unlock()
				}
			}
		}()
	}
	for c := first; c < copies; c++ {
		for _, f := range files {
			jobs <- job{f, c}
		}
	}
	close(jobs)
	wg.Wait()
	if firstErr != nil {
		return firstErr
	}
	fmt.Printf("%d data rows in %d files (copies %d..%d)\n", rows.Load(), (copies-first)*len(files), first, copies-1)
	return nil
}

// replicate writes one shifted copy of file into dir and returns its data rows.
func replicate(file, dir string, shift int) (int64, error) {
	name := fyRe.ReplaceAllStringFunc(filepath.Base(file), func(m string) string { return shiftFY(m, shift) })
	in, err := os.Open(file)
	if err != nil {
		return 0, err
	}
	defer in.Close()
	zr, err := gzip.NewReader(bufio.NewReaderSize(in, 1<<20))
	if err != nil {
		return 0, fmt.Errorf("%s: %w", file, err)
	}
	tmp := filepath.Join(dir, "."+name+".tmp")
	outF, err := os.Create(tmp)
	if err != nil {
		return 0, err
	}
	defer os.Remove(tmp)
	bw := bufio.NewWriterSize(outF, 1<<20)
	zw, err := gzip.NewWriterLevel(bw, gzip.BestSpeed)
	if err != nil {
		return 0, err
	}
	r := bufio.NewReaderSize(zr, 1<<20)
	var buf []byte
	var line, rows int64
	for {
		b, err := r.ReadSlice('\n')
		if errors.Is(err, bufio.ErrBufferFull) {
			buf = append(buf[:0], b...)
			for errors.Is(err, bufio.ErrBufferFull) {
				b, err = r.ReadSlice('\n')
				buf = append(buf, b...)
			}
			b = buf
		}
		if maxRows > 0 && rows >= maxRows {
			break
		}
		if len(b) > 0 {
			line++
			var outLine []byte
			if line <= preamble {
				outLine = shiftTitle(b, shift)
			} else {
				outLine = shiftFields(b, shift)
				rows++
			}
			if _, werr := zw.Write(outLine); werr != nil {
				return rows, werr
			}
		}
		if err == io.EOF {
			break
		}
		if err != nil {
			return rows, fmt.Errorf("%s line %d: %w", file, line, err)
		}
	}
	if err := zw.Close(); err != nil {
		return rows, err
	}
	if err := bw.Flush(); err != nil {
		return rows, err
	}
	if err := outF.Close(); err != nil {
		return rows, err
	}
	return rows, os.Rename(tmp, filepath.Join(dir, name))
}

func shiftFY(m string, shift int) string {
	y, _ := strconv.Atoi(m[2:])
	return "FY" + strconv.Itoa(y+shift)
}

// shiftTitle moves the fiscal years and dates of a preamble line (the title).
func shiftTitle(b []byte, shift int) []byte {
	if shift == 0 {
		return b
	}
	b = fyRe.ReplaceAllFunc(b, func(m []byte) []byte { return []byte(shiftFY(string(m), shift)) })
	return dateRe.ReplaceAllFunc(b, func(m []byte) []byte {
		out, ok := shiftDate(m, shift)
		if !ok {
			return m
		}
		return out
	})
}

// shiftFields moves every unquoted M/D/YYYY field of a data line; quoted fields are copied as they are.
func shiftFields(b []byte, shift int) []byte {
	if shift == 0 {
		return b
	}
	out := make([]byte, 0, len(b)+8)
	i := 0
	for i < len(b) {
		if b[i] == '"' { // quoted field: copy through the closing quote ("" is an escaped quote)
			j := i + 1
			for j < len(b) {
				if b[j] == '"' {
					if j+1 < len(b) && b[j+1] == '"' {
						j += 2
						continue
					}
					break
				}
				j++
			}
			end := bytes.IndexByte(b[min(j+1, len(b)):], '|')
			if end < 0 {
				out = append(out, b[i:]...)
				return out
			}
			k := j + 1 + end
			out = append(out, b[i:k+1]...)
			i = k + 1
			continue
		}
		end := bytes.IndexByte(b[i:], '|')
		k := len(b)
		if end >= 0 {
			k = i + end
		}
		field := b[i:k]
		trail := 0
		for trail < len(field) && (field[len(field)-1-trail] == '\n' || field[len(field)-1-trail] == '\r') {
			trail++
		}
		if d, ok := shiftDate(field[:len(field)-trail], shift); ok {
			out = append(out, d...)
			out = append(out, field[len(field)-trail:]...)
		} else {
			out = append(out, field...)
		}
		if k < len(b) {
			out = append(out, '|')
		}
		i = k + 1
	}
	return out
}

// shiftDate moves an M/D/YYYY date by shift years; ok is false when f is not such a date.
func shiftDate(f []byte, shift int) ([]byte, bool) {
	if len(f) < 8 || len(f) > 10 {
		return nil, false
	}
	s1 := bytes.IndexByte(f, '/')
	if s1 < 1 || s1 > 2 {
		return nil, false
	}
	s2 := bytes.IndexByte(f[s1+1:], '/')
	if s2 < 1 || s2 > 2 {
		return nil, false
	}
	s2 += s1 + 1
	if len(f)-s2-1 != 4 {
		return nil, false
	}
	m, e1 := strconv.Atoi(string(f[:s1]))
	d, e2 := strconv.Atoi(string(f[s1+1 : s2]))
	y, e3 := strconv.Atoi(string(f[s2+1:]))
	if e1 != nil || e2 != nil || e3 != nil {
		return nil, false
	}
	y += shift
	if m == 2 && d == 29 && !(y%4 == 0 && (y%100 != 0 || y%400 == 0)) {
		d = 28
	}
	return []byte(strconv.Itoa(m) + "/" + strconv.Itoa(d) + "/" + strconv.Itoa(y)), true
}
