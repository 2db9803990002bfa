package ingest

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"maps"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/icestat/icestat/internal/xlsx"
)

// sampleLines returns the lines of a bundled gzip release: the first six
// (preamble and header) and the data lines.
func sampleLines(t *testing.T, name string) (head, data []string) {
	t.Helper()
	fh, err := os.Open(sample(name))
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
	lines := strings.Split(strings.TrimSuffix(string(b), "\n"), "\n")
	return lines[:6], lines[6:]
}

// TestRowsThatAreNotRecords: the real Boston arrests FY2018 slice with rows
// that are not records mixed in — the header repeated every 1,000 rows,
// blank rows of three spellings, a totals row, notes, and a second table
// below the first. Stored rows must equal the records: 2,908 (zcat
// BOS_EROArrests_FY2018.csv.gz | wc -l = 2,914, less five preamble lines and
// the header), whatever was mixed in; each skipped row is counted under its
// reason, the counts being how many of each the test inserted.
func TestRowsThatAreNotRecords(t *testing.T) {
	head, data := sampleLines(t, "BOS_EROArrests_FY2018.csv.gz")
	if len(data) != 2908 {
		t.Fatalf("%d data lines, want 2908", len(data))
	}
	header := head[5]
	seps := strings.Count(header, "|")
	blank := strings.Repeat("|", seps)                               // ||||||||
	quoted := strings.TrimSuffix(strings.Repeat(`""|`, seps+1), "|") // ""|""|...
	spaces := strings.Repeat(" |", seps) + " "                       // a row of spaces
	var b strings.Builder
	for _, l := range head {
		b.WriteString(l + "\n")
	}
	want := map[string]int64{}
	for i, l := range data {
		if i > 0 && i%1000 == 0 {
			b.WriteString(header + "\n")
			want[SkipHeader]++
		}
		if i == 10 || i == 2000 {
			b.WriteString(blank + "\n" + quoted + "\n" + spaces + "\n")
			want[SkipBlank] += 3
		}
		b.WriteString(l + "\n")
	}
	// a footer: totals, a note, a source line
	b.WriteString(`"Total"|2908` + strings.Repeat("|", seps-1) + "\n")
	b.WriteString(`"Grand Total"` + strings.Repeat("|", seps-1) + "|2908\n")
	want[SkipTotal] += 2
	b.WriteString(`"Note: Data are limited to ERO administrative arrests."` + strings.Repeat("|", seps) + "\n")
	b.WriteString(`"* Area of Responsibility is where the arrest occurred"` + strings.Repeat("|", seps) + "\n")
	want[SkipNote] += 2
	// a second title and table below the first: its title is a note line,
	// its header and rows are the second table.
	b.WriteString(blank + "\n")
	want[SkipBlank]++
	b.WriteString(`"ERO Administrative Arrests by Citizenship, FY2018"` + strings.Repeat("|", seps) + "\n")
	want[SkipNote]++
	b.WriteString(`"Citizenship"|"Gender"|"Arrests"` + "\n" + `"MEXICO"|"Male"|12` + "\n" + `"GUATEMALA"|"Female"|3` + "\n")
	want[SkipSecondTable] += 3

	var skipped int64
	for _, n := range want {
		skipped += n
	}
	for _, format := range []string{"text", "xlsx"} {
		t.Run(format, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "mixed.csv")
			body := b.String()
			if format == "xlsx" {
				path = filepath.Join(t.TempDir(), "mixed.xlsx")
				body = pipeToXLSX(t, body)
			}
			if err := os.WriteFile(path, []byte(body), 0o644); err != nil {
				t.Fatal(err)
			}
			f := read(t, path)
			p := f.Parts[0]
			want, skipped := want, skipped
			if format == "xlsx" {
				// A row with no cell value is no row of a sheet at all (the
				// reader never returns it): of the blank rows only the two
				// rows of spaces are rows of the workbook.
				want = maps.Clone(want)
				skipped -= want[SkipBlank] - 2
				want[SkipBlank] = 2
			}
			if p.RowsStored != 2908 || p.RowsRejected != 0 || p.RowsSkipped != skipped || p.RowsRead != p.RowsStored+p.RowsRejected+p.RowsSkipped {
				t.Errorf("read %d, stored %d, rejected %d, skipped %d; want 2908 stored, %d skipped", p.RowsRead, p.RowsStored, p.RowsRejected, p.RowsSkipped, skipped)
			}
			for _, why := range SkipReasons {
				if p.Skips[why] != want[why] {
					t.Errorf("%s: %d skipped, want %d", why, p.Skips[why], want[why])
				}
			}
			if p.ValuesRejected != 0 {
				t.Errorf("%d values rejected: rows that are not records must not become rejects", p.ValuesRejected)
			}
		})
	}
}

// pipeToXLSX writes the pipe-delimited text as a one-sheet workbook, cell
// for cell (quotes removed), keeping blank-looking rows as cells of spaces
// or empty strings.
func pipeToXLSX(t *testing.T, text string) string {
	t.Helper()
	var buf bytes.Buffer
	w := xlsx.NewWriter(&buf)
	sw, err := w.AddSheet("Arrests")
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(strings.TrimSuffix(text, "\n"), "\n") {
		var row []any
		for _, c := range strings.Split(line, "|") {
			c = strings.Trim(c, `"`)
			if c == "" {
				row = append(row, nil)
			} else {
				row = append(row, c)
			}
		}
		if err := sw.WriteRow(row); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

// TestRecordsStayRecords: rows that merely look odd stay records — a row
// holding only an AOR name, a redaction marker, a date in the key-date
// column next to the word Total.
func TestRecordsStayRecords(t *testing.T) {
	body := hdr +
		`"Boston Area of Responsibility"|||` + "\n" +
		`|||"(b)(6)"` + "\n" +
		`"Total"|10/1/2016||MEXICO` + "\n" +
		`"Seattle Area of Responsibility"|10/2/2016|1980|PERU` + "\n"
	f := read(t, write(t, "odd.csv", body))
	if p := f.Parts[0]; p.RowsStored != 4 || p.RowsSkipped != 0 {
		t.Errorf("stored %d, skipped %d %v; want 4 stored", p.RowsStored, p.RowsSkipped, p.Skips)
	}
	_ = fmt.Sprint
}
