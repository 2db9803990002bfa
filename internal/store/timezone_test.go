package store

import (
	"database/sql"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/icestat/icestat/internal/canon"
	"github.com/icestat/icestat/internal/ingest"
)

// tzChildEnv makes the test binary, re-run, print the key dates and fiscal
// years of one Parquet file and exit (TestParquetTimeZones).
const tzChildEnv = "ICESTAT_TZ_CHILD_PARQUET"

func TestMain(m *testing.M) {
	if p := os.Getenv(tzChildEnv); p != "" {
		out, err := keyDates(p)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		fmt.Print(out)
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// keyDates reads a file and returns "event_date fy" per stored row.
func keyDates(path string) (string, error) {
	dir, err := os.MkdirTemp("", "icestat-tz-")
	if err != nil {
		return "", err
	}
	defer os.RemoveAll(dir)
	f, err := ingest.Read(path, ingest.Options{TempDir: dir})
	if err != nil {
		return "", err
	}
	defer f.Cleanup()
	p := f.Parts[0]
	ev, fy := -1, -1
	for i, c := range p.Columns {
		switch c {
		case "event_date":
			ev = i
		case "fy":
			fy = i
		}
	}
	b, err := os.ReadFile(p.RowsPath)
	if err != nil {
		return "", err
	}
	var out strings.Builder
	for _, line := range strings.Split(strings.TrimSuffix(string(b), "\n"), "\n") {
		cells := strings.Split(line, "\t")
		fmt.Fprintf(&out, "%s %s\n", cells[ev], cells[fy])
	}
	return out.String(), nil
}

// TestParquetTimeZones: a key date typed TIMESTAMP WITH TIME ZONE gives the
// same dates and fiscal years whatever the host's TZ: the date it has in UTC.
// The file is the cleaned arrests fixture (real rows of 2025-ICLI-00019)
// with each apprehension date turned into an instant at 02:00 UTC — the
// evening before in the Americas, so a host-zone reading would move every
// date back a day. Expected: the CSV's own dates and their fiscal years
// (computed here from the CSV text with canon.FiscalYear's rule: October
// starts the next fiscal year).
func TestParquetTimeZones(t *testing.T) {
	csvPath, err := filepath.Abs(filepath.Join("..", "..", "testdata", "modern", "clean_2025-ICLI-00019_arrests.csv"))
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	pq := filepath.Join(dir, "2025-ICLI-00019_arrests_tz.parquet")
	db, err := sql.Open("duckdb", "")
	if err != nil {
		t.Fatal(err)
	}
	_, err = db.Exec(`COPY (SELECT * REPLACE (CAST(apprehension_date || ' 02:00:00+00' AS TIMESTAMPTZ) AS apprehension_date) FROM read_csv(` + sqlString(csvPath) + `, all_varchar=true))
		TO ` + sqlString(pq) + ` (FORMAT parquet)`)
	var typ string
	if err == nil {
		err = db.QueryRow(`SELECT type FROM parquet_schema(` + sqlString(pq) + `) WHERE name = 'apprehension_date'`).Scan(&typ)
	}
	db.Close()
	if err != nil {
		t.Fatal(err)
	}
	// the expected dates, from the CSV text
	raw, err := os.ReadFile(csvPath)
	if err != nil {
		t.Fatal(err)
	}
	var want strings.Builder
	for _, line := range strings.Split(strings.TrimSpace(string(raw)), "\n")[1:] {
		d := strings.Trim(strings.SplitN(line, ",", 2)[0], `"`)
		var y, m, day int
		if _, err := fmt.Sscanf(d, "%d-%d-%d", &y, &m, &day); err != nil {
			t.Fatalf("CSV date %q: %v", d, err)
		}
		fy := y
		if m >= 10 {
			fy++
		}
		fmt.Fprintf(&want, "%s %d\n", d, fy)
	}
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	for _, tz := range []string{"UTC", "America/Los_Angeles", "Pacific/Honolulu", "Asia/Tokyo", "Pacific/Kiritimati"} {
		cmd := exec.Command(exe, "-test.run=^$")
		cmd.Env = append(os.Environ(), "TZ="+tz, tzChildEnv+"="+pq)
		out, err := cmd.Output()
		if err != nil {
			t.Fatalf("TZ=%s: %v", tz, err)
		}
		if string(out) != want.String() {
			t.Errorf("TZ=%s (parquet type %s): dates differ from the UTC dates:\n%s\nwant\n%s", tz, typ, firstLines(string(out), 3), firstLines(want.String(), 3))
		}
	}
	_ = canon.FiscalYear
}

func firstLines(s string, n int) string {
	l := strings.SplitN(s, "\n", n+1)
	if len(l) > n {
		l = l[:n]
	}
	return strings.Join(l, "\n")
}

// TestParquetNUL: a NUL byte in a Parquet string refuses the file, naming
// row and column, as a NUL does in a text file.
func TestParquetNUL(t *testing.T) {
	dir := t.TempDir()
	pq := filepath.Join(dir, "nul.parquet")
	db, err := sql.Open("duckdb", "")
	if err != nil {
		t.Fatal(err)
	}
	csvPath, _ := filepath.Abs(filepath.Join("..", "..", "testdata", "modern", "clean_2025-ICLI-00019_arrests.csv"))
	_, err = db.Exec(`COPY (SELECT * REPLACE (CASE WHEN apprehension_date = '2024-06-27' THEN 'MEX' || chr(0) || 'ICO' ELSE citizenship_country END AS citizenship_country)
		FROM read_csv(` + sqlString(csvPath) + `, all_varchar=true)) TO ` + sqlString(pq) + ` (FORMAT parquet)`)
	db.Close()
	if err != nil {
		t.Skipf("cannot write the fixture: %v", err)
	}
	_, err = ingest.Read(pq, ingest.Options{TempDir: dir})
	if err == nil || !strings.Contains(err.Error(), "NUL byte in text") || !strings.Contains(err.Error(), "row 3, column") {
		t.Errorf("got %v", err)
	}
}
