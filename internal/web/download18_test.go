package web

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/icestat/icestat/internal/xlsx"
)

// TestXLSXDownload: the xlsx twin of an answer, named for the question,
// read back three ways: icestat's own reader, Go's zip+XML (a reader that
// shares no code with the writer), and Python's openpyxl where Debian's
// python3-openpyxl is installed (.ci/run installs it). The expected BOS
// FY2018 total is 2,908 = zcat testdata/sample/BOS_EROArrests_FY2018.csv.gz | tail -n +7 | wc -l.
func TestXLSXDownload(t *testing.T) {
	s, _ := newServer(t, sampleStore(t), Config{})
	for _, target := range []string{"/api/count?dataset=arrests&aor=BOS&fy=2018&by=month&format=xlsx", "/explore?dataset=arrests&aor=BOS&fy=2018&by=month&format=xlsx"} {
		rec := get(t, s.Handler(), target)
		if rec.Code != 200 || !strings.Contains(rec.Header().Get("Content-Type"), "spreadsheetml") {
			t.Fatalf("%s: %d %v", target, rec.Code, rec.Header())
		}
		if cd := rec.Header().Get("Content-Disposition"); !strings.Contains(cd, `filename="icestat-arrests-BOS-fy2018-by-month.xlsx"`) {
			t.Errorf("%s: Content-Disposition %q", target, cd)
		}
		body := rec.Body.Bytes()
		path := filepath.Join(t.TempDir(), "a.xlsx")
		if err := os.WriteFile(path, body, 0o644); err != nil {
			t.Fatal(err)
		}

		// 1. icestat's reader.
		wb, err := xlsx.Open(path)
		if err != nil {
			t.Fatal(err)
		}
		sheets := map[string][][]string{}
		for i, sh := range wb.Sheets() {
			rows, err := wb.Rows(i)
			if err != nil {
				t.Fatal(err)
			}
			for rows.Next() {
				sheets[sh.Name] = append(sheets[sh.Name], append([]string{}, rows.Cells()...))
			}
			rows.Close()
		}
		wb.Close()
		data, notes := sheets["data"], sheets["notes"]
		if len(data) != 13 || strings.Join(data[0], ",") != "month,count,coverage" {
			t.Fatalf("data sheet: %v", data)
		}
		var sum int
		for _, r := range data[1:] {
			n := 0
			for _, c := range r[1] {
				n = n*10 + int(c-'0')
			}
			sum += n
			if r[2] != "complete" {
				t.Errorf("row %v coverage %q", r, r[2])
			}
		}
		if sum != 2908 {
			t.Errorf("data rows add to %d, want 2908", sum)
		}
		text := ""
		for _, r := range notes {
			text += strings.Join(r, ": ") + "\n"
		}
		for _, want := range []string{"command: icestat count arrests --aor BOS --fy 2018 --by month", "url: /explore?", "coverage: complete", "sha256 ", "definitions: icestat-definitions/"} {
			if !strings.Contains(text, want) {
				t.Errorf("notes sheet lacks %q:\n%s", want, text)
			}
		}

		// 2. zip + XML, independently of package xlsx.
		zr, err := zip.NewReader(bytes.NewReader(body), int64(len(body)))
		if err != nil {
			t.Fatal(err)
		}
		var names []string
		cells := 0
		for _, f := range zr.File {
			names = append(names, f.Name)
			if strings.HasPrefix(f.Name, "xl/worksheets/") {
				rc, _ := f.Open()
				b, _ := io.ReadAll(rc)
				rc.Close()
				var ws struct {
					Rows []struct {
						C []struct {
							V  string `xml:"v"`
							IS string `xml:"is>t"`
						} `xml:"c"`
					} `xml:"sheetData>row"`
				}
				if err := xml.Unmarshal(b, &ws); err != nil {
					t.Fatalf("%s: %v", f.Name, err)
				}
				for _, r := range ws.Rows {
					cells += len(r.C)
				}
			}
		}
		if !strings.Contains(strings.Join(names, " "), "xl/workbook.xml") || cells < 13*3 {
			t.Errorf("zip parts %v, %d cells", names, cells)
		}

		// 3. openpyxl, when installed.
		py := "/usr/bin/python3"
		if exec.Command(py, "-c", "import openpyxl").Run() != nil {
			t.Logf("python3-openpyxl not installed: skipping the openpyxl check")
			continue
		}
		out, err := exec.Command(py, "-c", `import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
d = wb["data"]
print(wb.sheetnames, sum(r[1] for r in d.iter_rows(min_row=2, values_only=True)), d.cell(1, 3).value)
print(wb["notes"].cell(3, 2).value)`, path).CombinedOutput()
		if err != nil {
			t.Fatalf("openpyxl: %v\n%s", err, out)
		}
		if got := string(out); !strings.Contains(got, "['data', 'notes'] 2908 coverage") || !strings.Contains(got, "icestat count arrests --aor BOS --fy 2018 --by month") {
			t.Errorf("openpyxl read %q", got)
		}
	}
}

// TestDownloadNamesAndValueErrors: CSV downloads are named for the query;
// a filter value absent from the data is a 400 naming the nearest value.
func TestDownloadNamesAndValueErrors(t *testing.T) {
	s, _ := newServer(t, sampleStore(t), Config{})
	rec := get(t, s.Handler(), "/api/count?dataset=arrests&aor=BOS&fy=2018&by=month&format=csv")
	if cd := rec.Header().Get("Content-Disposition"); !strings.Contains(cd, `filename="icestat-arrests-BOS-fy2018-by-month.csv"`) {
		t.Errorf("Content-Disposition %q", cd)
	}
	wantError(t, get(t, s.Handler(), "/api/count?dataset=arrests&aor=BOS&country=MEXCO"), 400, "did you mean MEXICO?")
	page := get(t, s.Handler(), "/explore?dataset=arrests&aor=BOS&country=MEXCO")
	if page.Code != 400 || !strings.Contains(page.Body.String(), "did you mean MEXICO?") {
		t.Errorf("explore: %d, suggestion missing", page.Code)
	}
	for _, key := range []string{"allow_absent", "allow-absent"} {
		m := decode(t, get(t, s.Handler(), "/api/count?dataset=arrests&aor=BOS&country=MEXCO&"+key+"=true"))
		if !strings.Contains(strings.Join(strs(m["warnings"]), "\n"), "value not present in any source") || num(m["count"]) != 0 {
			t.Errorf("%s: count %v, warnings %v", key, m["count"], m["warnings"])
		}
	}
}

// TestChartDataGapsAndScope: the data the overview charts draw. The
// bundled sample holds Boston encounters for FY2016, FY2017 and FY2019
// only (testdata/sample/README.md) and, for arrests, Boston slices and the
// Seattle releases only, none national.
func TestChartDataGapsAndScope(t *testing.T) {
	s, _ := newServer(t, sampleStore(t), Config{})
	o := decode(t, get(t, s.Handler(), "/api/overview?aor=BOS"))
	for _, d := range o["datasets"].([]any) {
		m := d.(map[string]any)
		if m["dataset"] != "encounters" {
			continue
		}
		monthly := m["monthly"].(map[string]any)
		for _, r := range monthly["rows"].([]any) {
			k, _ := r.(map[string]any)["month"].(string)
			if k >= "2017-10" && k <= "2018-09" || k == "" {
				t.Errorf("BOS encounters month %q drawn although no source covers it", k)
			}
		}
		cov := monthly["coverage"].(map[string]any)
		if !strings.Contains(strings.Join(strs(cov["gaps"]), " "), "2017-10-01..2018-09-30") {
			t.Errorf("BOS encounters gaps %v: want FY2018", cov["gaps"])
		}
	}
	nat := decode(t, get(t, s.Handler(), "/api/overview"))
	for _, d := range nat["datasets"].([]any) {
		m := d.(map[string]any)
		if m["dataset"] != "arrests" {
			continue
		}
		monthly, _ := m["monthly"].(map[string]any)
		if rows, _ := monthly["rows"].([]any); len(rows) > 0 {
			t.Errorf("national arrests drawn from AOR-only releases: %d bars", len(rows))
		}
		if m["covered"] != "none for this place" {
			t.Errorf("national arrests coverage %q, want none (only AOR releases)", m["covered"])
		}
	}
	rep := get(t, s.Handler(), "/report?aor=BOS&fy=2018")
	if rep.Code != 200 || strings.Contains(rep.Body.String(), "%!") {
		t.Errorf("report: %d, or a formatting glitch %%! in the page", rep.Code)
	}
}

func strs(v any) []string {
	var out []string
	if l, ok := v.([]any); ok {
		for _, x := range l {
			if s, ok := x.(string); ok {
				out = append(out, s)
			}
		}
	}
	return out
}

// TestStateSaysAORFirst: a state whose records carry only AORs is
// answered as the AOR(s), said first on the page and in the JSON. BOS
// covers CT, MA, ME, NH, RI, VT (awk -F, '$NF=="BOS"{print $2}'
// ../shared/data/reference/county_aor.csv | sort -u: FIPS 09 23 25 33 44 50).
func TestStateSaysAORFirst(t *testing.T) {
	s, _ := newServer(t, sampleStore(t), Config{})
	page := get(t, s.Handler(), "/explore?dataset=arrests&state=MA&fy=2018")
	if page.Code != 200 || !strings.Contains(page.Body.String(), `id="answer-label">arrests, Massachusetts — counted as the Boston AOR (CT, MA, ME, NH, RI, VT)`) {
		t.Errorf("explore: %d, no AOR-first label", page.Code)
	}
	m := decode(t, get(t, s.Handler(), "/api/count?dataset=arrests&state=MA&fy=2018"))
	if w := strs(m["warnings"]); len(w) == 0 || w[0] != "Massachusetts — counted as the Boston AOR: CT, MA, ME, NH, RI, VT" {
		t.Errorf("first warning %q", w)
	}
}
