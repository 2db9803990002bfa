package canon

import (
	"bufio"
	"compress/gzip"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// FuzzParseDate: ParseDate never panics; a date it accepts lies in
// MinDate..MaxDate and reads back from its own YYYY-MM-DD spelling; the
// other value parsers never panic on the same input.
func FuzzParseDate(f *testing.F) {
	// Seeds: the date cells of the first rows of a real release, and the
	// spellings and traps the parser knows.
	if fh, err := os.Open(filepath.Join("..", "..", "testdata", "sample", "BOS_ICERemovals_FY2017.csv.gz")); err == nil {
		if zr, err := gzip.NewReader(fh); err == nil {
			sc := bufio.NewScanner(zr)
			for i := 0; i < 12 && sc.Scan(); i++ {
				for _, c := range strings.Split(sc.Text(), "|") {
					f.Add(strings.Trim(c, `"`), false, false)
				}
			}
		}
		fh.Close()
	}
	for _, s := range []string{"10/1/2016", "2016-10-01", "2016/10/01", "2/30/2017", "2/29/2016", "2/29/2100", "01/01/0001",
		"12/31/9999", "3/5/2024 2:22:00 PM", "2024-03-05T14:22:00", "43101", "43101.5", "60", "2958466", "0.5", "1e9", "",
		"99999/1/1", "1/1/99999", "-1/1/2017", "１/１/２０１７"} {
		f.Add(s, false, false)
		f.Add(s, true, false)
		f.Add(s, true, true)
	}
	lo, hi := DayOf(MinDate), DayOf(MaxDate)
	f.Fuzz(func(t *testing.T, s string, serial, date1904 bool) {
		d, err := ParseDate(s, serial, date1904)
		ClockTime(s, serial)
		ParseYear(s)
		ParseBool(s)
		IsRedacted(s)
		ClassifyCriminality(s)
		if err != nil {
			return
		}
		if d < lo || d > hi {
			t.Fatalf("ParseDate(%q, %v, %v) = %s outside %s..%s", s, serial, date1904, d, lo, hi)
		}
		back, err := ParseDate(d.String(), false, false)
		if err != nil || back != d {
			t.Fatalf("ParseDate(%q) = %s, but %s reads back as %v, %v", s, d, d.String(), back, err)
		}
		FiscalYear(d)
	})
}
