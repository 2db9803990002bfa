package ingest

import (
	"bufio"
	"compress/gzip"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func sample(name string) string { return filepath.Join("..", "..", "testdata", "sample", name) }

// sharedDir returns ../shared/data/SUB relative to the checkout, or skips.
func sharedDir(t testing.TB, sub string) string {
	t.Helper()
	p := filepath.Join("..", "..", "..", "shared", "data", sub)
	if _, err := os.Stat(p); err != nil {
		t.Skipf("skipping: %s not found (the shared FOIA data sit beside the checkout in CI)", p)
	}
	return p
}

func read(t *testing.T, path string) *File {
	t.Helper()
	f, err := Read(path, Options{TempDir: t.TempDir()})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(f.Cleanup)
	return f
}

func redactions(p *Part) map[string]int64 {
	m := map[string]int64{}
	for _, r := range p.Redactions {
		m[r.Header] = r.Count
	}
	return m
}

// countLines counts newline bytes of a gzip file: an independent count of
// the lines, with no CSV parsing involved.
func countLines(t testing.TB, path string) int64 {
	t.Helper()
	fh, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer fh.Close()
	zr, err := gzip.NewReader(fh)
	if err != nil {
		t.Fatal(err)
	}
	var n int64
	buf := make([]byte, 1<<20)
	for {
		k, err := zr.Read(buf)
		n += int64(strings.Count(string(buf[:k]), "\n"))
		if err == io.EOF {
			return n
		}
		if err != nil {
			t.Fatal(err)
		}
	}
}

func TestBundledNationwideSlices(t *testing.T) {
	// Line counts from `zcat F | wc -l`; data rows = lines - 6 (five
	// preamble lines and the header). Redaction counts from awk, e.g.
	// zcat BOS_EROArrests_FY2017.csv.gz | tail -n +7 | awk -F'|' '$5=="\"(B)(7)(E) \""' | wc -l
	tests := []struct {
		file     string
		dataset  string
		lines    int64
		from, to string
		redacted map[string]int64
	}{
		{"BOS_EROArrests_FY2016.csv.gz", "arrests", 1864, "2015-10-01", "2016-09-30", nil},
		{"BOS_EROArrests_FY2017.csv.gz", "arrests", 2840, "2016-10-01", "2017-09-30", map[string]int64{"Operation": 295, "Birth Date": 2834}},
		{"BOS_EROArrests_FY2019.csv.gz", "arrests", 2272, "2018-10-01", "2019-08-31", nil},
		{"BOS_EROEncounters_FY2019.csv.gz", "encounters", 8488, "2018-10-01", "2019-08-31", nil},
		{"BOS_ICERemovals_FY2016.csv.gz", "removals", 1350, "2015-10-01", "2016-09-30", map[string]int64{"RC Threat Level": 975}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			f := read(t, sample(tt.file))
			if len(f.Parts) != 1 {
				t.Fatalf("%d parts", len(f.Parts))
			}
			p := f.Parts[0]
			if p.Dataset != tt.dataset || p.RowsStored != tt.lines-6 || p.RowsRead != tt.lines-6 {
				t.Errorf("dataset %s rows read %d stored %d, want %s %d", p.Dataset, p.RowsRead, p.RowsStored, tt.dataset, tt.lines-6)
			}
			if p.HeaderRow != 6 || p.FOIA != "2019-ICFO-53623" || p.Unit != "ERO-LESA Statistical Tracking Unit" {
				t.Errorf("header row %d, FOIA %q, unit %q", p.HeaderRow, p.FOIA, p.Unit)
			}
			if p.CoverageBasis != "title" || p.CoverageFrom.String() != tt.from || p.CoverageTo.String() != tt.to {
				t.Errorf("coverage %s..%s (%s), want %s..%s from the title", p.CoverageFrom, p.CoverageTo, p.CoverageBasis, tt.from, tt.to)
			}
			if p.Scope != "BOS" {
				t.Errorf("scope %q, want BOS (the slice's title says so)", p.Scope)
			}
			got := redactions(p)
			for h, n := range tt.redacted {
				if got[h] != n {
					t.Errorf("redacted %s = %d, want %d", h, got[h], n)
				}
			}
			if f.Format != "text/pipe+gzip" {
				t.Errorf("format %q", f.Format)
			}
		})
	}
}

// loadRows reads a part's load file back as records.
func loadRows(t *testing.T, p *Part) [][]string {
	t.Helper()
	fh, err := os.Open(p.RowsPath)
	if err != nil {
		t.Fatal(err)
	}
	defer fh.Close()
	var out [][]string
	sc := bufio.NewScanner(fh)
	sc.Buffer(nil, 1<<24)
	for sc.Scan() {
		out = append(out, strings.Split(sc.Text(), "\t"))
	}
	return out
}

// col is the position of a canonical column in a part's load file.
func col(p *Part, name string) int {
	for i, c := range p.Columns {
		if c == name {
			return i
		}
	}
	panic("no column " + name)
}

func TestRemovalsKeepEmptyApprehensionDate(t *testing.T) {
	// 42 rows of the Boston FY2016 removals slice have an empty Apprehension
	// Date (awk -F'|' '$2==""'); they are stored, with no reject (an empty
	// non-key cell is simply missing), and event_date comes from Removal Date.
	f := read(t, sample("BOS_ICERemovals_FY2016.csv.gz"))
	p := f.Parts[0]
	rows := loadRows(t, p)
	if int64(len(rows)) != p.RowsStored {
		t.Fatalf("%d load rows for %d stored", len(rows), p.RowsStored)
	}
	ia, ie, ify := col(p, "apprehension_date"), col(p, "event_date"), col(p, "fy")
	empty := 0
	for _, r := range rows {
		if r[ia] == "" {
			empty++
		}
		if r[ie] == "" || r[ify] != "2016" {
			t.Fatalf("row without removal date or outside FY2016: %q", r)
		}
	}
	if empty != 42 || p.ValuesRejected != 0 {
		t.Errorf("%d empty apprehension dates (want 42), %d rejected values (want 0)", empty, p.ValuesRejected)
	}
}

func TestSeattleText(t *testing.T) {
	// Counts: zcat F | tail -n +8 | wc -l (seven lines above the data);
	// redactions: awk -F'|' '$2 ~ /^"\(b\)/' (Date of Birth), '$5 ~ /^"\(b\)/' (Event Number).
	tests := []struct {
		file, dataset string
		rows          int64
		redacted      map[string]int64
	}{
		{"arrests_FY2012-FY2019YTD.csv.gz", "arrests", 32549, map[string]int64{"Date of Birth": 32549, "Event Number": 32549}},
		{"bookins_FY2012-FY2019YTD.csv.gz", "detentions", 36811, map[string]int64{"Date of Birth": 36811}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			p := read(t, sample(tt.file)).Parts[0]
			if p.Dataset != tt.dataset || p.RowsStored != tt.rows {
				t.Errorf("%s %d rows, want %s %d", p.Dataset, p.RowsStored, tt.dataset, tt.rows)
			}
			if p.HeaderRow != 7 || p.Scope != "SEA" || p.FOIA != "" {
				t.Errorf("header row %d scope %q FOIA %q", p.HeaderRow, p.Scope, p.FOIA)
			}
			if p.CoverageFrom.String() != "2012-01-01" || p.CoverageTo.String() != "2019-07-06" || p.CoverageBasis != "title" {
				t.Errorf("coverage %s..%s %s", p.CoverageFrom, p.CoverageTo, p.CoverageBasis)
			}
			got := redactions(p)
			for h, n := range tt.redacted {
				if got[h] != n {
					t.Errorf("redacted %s = %d, want %d", h, got[h], n)
				}
			}
			// The files have no AOR column: aor comes from the title.
			rows := loadRows(t, p)
			if rows[0][col(p, "aor")] != "SEA" {
				t.Errorf("aor of first row = %q, want SEA", rows[0][col(p, "aor")])
			}
		})
	}
}

func TestSeattleWorkbook(t *testing.T) {
	// The encounters and removals sheets have no key-date column (removals
	// carry only "Arrest Date"), so their rows get the fiscal year the title
	// names. Data rows per sheet from ../shared/data/README.md, checked against the
	// sheets' dimension refs (e.g. <dimension ref="1:1416"/>: 1416 - 6 header
	// and preamble rows = 1,410).
	f := read(t, sample("2018-ICFO-36170_Seattle_Encounters_Arrests_Removals.xlsx"))
	want := []struct {
		sheet, dataset string
		rows           int64
		from, to       string
		fy             int
	}{
		{"FY2018 Arrests", "arrests", 1410, "2017-10-01", "2018-04-27", 0},
		{"FY2018 Encounters", "encounters", 7829, "2017-10-01", "2018-04-27", 2018},
		{"FY2018 Removals", "removals", 1267, "2017-10-01", "2018-04-27", 2018},
		{"FY2017 Arrests", "arrests", 2656, "2016-10-01", "2017-09-30", 0},
		{"FY2017 Encounters", "encounters", 11712, "2016-10-01", "2017-09-30", 2017},
		{"FY2017 Removals", "removals", 1917, "2016-10-01", "2017-09-30", 2017},
	}
	if len(f.Parts) != len(want) {
		t.Fatalf("%d parts, want %d", len(f.Parts), len(want))
	}
	for i, w := range want {
		p := f.Parts[i]
		if p.Sheet != w.sheet || p.Dataset != w.dataset || p.RowsStored != w.rows {
			t.Errorf("part %d: %q %s %d rows, want %q %s %d", i, p.Sheet, p.Dataset, p.RowsStored, w.sheet, w.dataset, w.rows)
		}
		if p.HeaderRow != 6 || p.Scope != "SEA" || p.Subset != "Criminal Alien Program" || p.FOIA != "2018-ICFO-36170" {
			t.Errorf("%s: header %d scope %q subset %q FOIA %q", p.Sheet, p.HeaderRow, p.Scope, p.Subset, p.FOIA)
		}
		if p.CoverageFrom.String() != w.from || p.CoverageTo.String() != w.to {
			t.Errorf("%s: coverage %s..%s, want %s..%s", p.Sheet, p.CoverageFrom, p.CoverageTo, w.from, w.to)
		}
		if p.FYFromTitle != w.fy {
			t.Errorf("%s: fy from title %d, want %d", p.Sheet, p.FYFromTitle, w.fy)
		}
	}
	// Row 7 of "FY2018 Arrests" holds Arrest Date serial 43010 (read from
	// xl/worksheets/sheet1.xml): 2017-10-02.
	rows := loadRows(t, f.Parts[0])
	if got := rows[0][col(f.Parts[0], "event_date")]; got != "2017-10-02" {
		t.Errorf("first arrest date %q, want 2017-10-02", got)
	}
	if got := rows[0][len(rows[0])-1]; got != "7" {
		t.Errorf("source_row %q, want 7", got)
	}
}

func TestNationwideFiles(t *testing.T) {
	dir := sharedDir(t, "uwchr-2019-ICFO-53623")
	files, _ := filepath.Glob(filepath.Join(dir, "*.csv.gz"))
	if len(files) != 11 {
		t.Fatalf("%d files in %s, want 11", len(files), dir)
	}
	for _, path := range files {
		t.Run(filepath.Base(path), func(t *testing.T) {
			if testing.Short() && !strings.Contains(path, "Arrests_FY2016") {
				t.Skip("-short: one file only")
			}
			want := countLines(t, path) - 6
			f := read(t, path)
			p := f.Parts[0]
			if p.RowsStored != want || p.RowsRejected != 0 {
				t.Errorf("stored %d rejected %d, want %d stored (lines-6)", p.RowsStored, p.RowsRejected, want)
			}
			if p.Scope != "" {
				t.Errorf("scope %q, want national", p.Scope)
			}
			partial := strings.Contains(path, "FY2019")
			if partial && p.CoverageTo.String() != "2019-08-31" {
				t.Errorf("FY2019 coverage ends %s, want 2019-08-31", p.CoverageTo)
			}
		})
	}
}

func write(t *testing.T, name, body string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

const hdr = `"ERO-LESA Statistical Tracking Unit"|||
"ERO Administrative Arrests for FY2017"|||
"Area of Responsibility"|"Apprehension Date"|"Birth Date"|"Citizenship"
`

func TestBadValuesAreRejectedRowsKept(t *testing.T) {
	// Constructed rows: real values with impossible or placeholder dates.
	path := write(t, "bad.csv", hdr+
		`"Boston Area of Responsibility"|2/30/2017|07/02/0999|"MEXICO"`+"\n"+
		`"Boston Area of Responsibility"|3/1/2017|01/01/0001|"PERU"`+"\n"+
		`"Atlantis Area of Responsibility"|3/2/2017||"PERU"`+"\n")
	f := read(t, path)
	p := f.Parts[0]
	if p.RowsStored != 3 || p.ValuesRejected != 4 {
		t.Fatalf("stored %d, rejected values %d; want 3 and 4", p.RowsStored, p.ValuesRejected)
	}
	rej, _ := os.ReadFile(p.RejectsPath)
	for _, want := range []string{"1/0\t", "impossible calendar date", "date outside", "unrecognised area of responsibility", "Atlantis"} {
		if !strings.Contains(string(rej), strings.TrimSuffix(want, "1/0\t")) {
			t.Errorf("rejects lack %q:\n%s", want, rej)
		}
	}
	if !strings.HasPrefix(string(rej), "4\tApprehension Date\t2/30/2017\t") {
		t.Errorf("first reject should name line 4 and the column: %q", strings.SplitN(string(rej), "\n", 2)[0])
	}
}

func TestBrokenFilesFailWithPlace(t *testing.T) {
	tests := []struct {
		name, body, want string
	}{
		{"too many fields", hdr + `"Boston Area of Responsibility"|3/1/2017||"PERU"|x` + "\n", "line 4: 5 fields where the header (line 3) has 4"},
		{"too few fields", hdr + `"Boston Area of Responsibility"|3/1/2017` + "\n", "line 4: 2 fields"},
		{"duplicate header", `"Area of Responsibility"|"Apprehension Date"|"Apprehension Date"` + "\n", "duplicate column name"},
		{"blank header", `"Area of Responsibility"||"Apprehension Date"` + "\n", "column 2: blank column name"},
		{"only a preamble", "\"ERO-LESA Statistical Tracking Unit\"\n\"For Official Use Only\"\n", "no header row"},
		{"no dataset", `"Area of Responsibility"|"Citizenship"` + "\nBoston|PERU\n", "cannot tell which dataset"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := write(t, "broken.csv", tt.body)
			_, err := Read(path, Options{TempDir: t.TempDir()})
			if err == nil || !strings.Contains(err.Error(), tt.want) || !strings.Contains(err.Error(), "broken.csv") {
				t.Fatalf("error %v, want one naming the file and %q", err, tt.want)
			}
		})
	}
}

func TestTitleCoverage(t *testing.T) {
	tests := []struct {
		title, from, to, scope string
		fy                     int
	}{
		{"ERO Administrative Arrests for FY2016", "2015-10-01", "2016-09-30", "", 2016},
		{"ERO Administrative Arrests for FY2019 (10/1/2018 - 8/31/2019)", "2018-10-01", "2019-08-31", "", 2019},
		{"FY2012 - FY2019 YTD (01/01/2012 - 07/06/2019) ERO Administrative Arrests for the Seattle Area of Responsibility", "2012-01-01", "2019-07-06", "SEA", 0},
		{"FY2018 YTD ERO Administrative Arrests by the Criminal Area Program in the Seattle AOR through 04/27/2018", "2017-10-01", "2018-04-27", "SEA", 2018},
	}
	for _, tt := range tests {
		c := titleCoverage(nil, tt.title)
		if !c.HasFrom || !c.HasTo || c.From.String() != tt.from || c.To.String() != tt.to || c.Scope != tt.scope || c.FY != tt.fy {
			t.Errorf("%q: %+v", tt.title, c)
		}
	}
}

func BenchmarkReadNationwide(b *testing.B) {
	dir := sharedDir(b, "uwchr-2019-ICFO-53623")
	path := filepath.Join(dir, "EROEncounters_FY2017.csv.gz")
	var rows int64
	for i := 0; i < b.N; i++ {
		f, err := Read(path, Options{TempDir: b.TempDir()})
		if err != nil {
			b.Fatal(err)
		}
		rows += f.Parts[0].RowsStored
		f.Cleanup()
	}
	b.ReportMetric(float64(rows)/b.Elapsed().Seconds(), "rows/s")
}
