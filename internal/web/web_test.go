package web

import (
	"crypto/sha256"
	"encoding/csv"
	"encoding/hex"
	"encoding/json"
	"net/http/httptest"
	"net/url"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/icestat/icestat/internal/answer"
	"github.com/icestat/icestat/internal/query"
)

// Expected numbers below are derived from the bundled files with the shell,
// not with icestat:
//
//	F=testdata/sample/BOS_EROArrests_FY2017.csv.gz
//	zcat $F | tail -n +7 | wc -l                                        # 2834 rows (6 preamble+header lines)
//	zcat $F | tail -n +7 | awk -F'|' '{print $9}' | sort | uniq -c      # Male 2628, Female 206
//	zcat $F | tail -n +7 | awk -F'|' '$2 ~ /^1\/[0-9]+\/2017$/' | wc -l  # January 2017: 204
//	zcat $F | tail -n +7 | awk -F'|' '{print $8}' | sort | uniq -c | awk '$1<5' | wc -l   # 67 of 109 countries under 5
//	zcat $F | tail -n +7 | awk -F'|' '$8=="\"GUATEMALA\""' | wc -l      # 467
//	zcat testdata/sample/BOS_EROArrests_FY2018.csv.gz | tail -n +7 | wc -l   # 2908
const (
	bos17       = 2834
	bos17Male   = 2628
	bos17Female = 206
	bos17Jan    = 204
	bos17Small  = 67
	bos17Guat   = 467
	bos18       = 2908
)

func TestExploreAndCount(t *testing.T) {
	s, _ := newServer(t, sampleStore(t), Config{})
	h := s.Handler()

	rec := get(t, h, "/explore?dataset=arrests&aor=BOS&fy=2017")
	if rec.Code != 200 || !strings.Contains(rec.Body.String(), `data-count="2834"`) || !strings.Contains(rec.Body.String(), "icestat count arrests --aor BOS --fy 2017") {
		t.Fatalf("explore page: %d\n%s", rec.Code, rec.Body.String())
	}
	for _, target := range []string{"/api/count?dataset=arrests&aor=BOS&fy=2017", "/explore?dataset=arrests&aor=Boston&fy=FY2017&format=json"} {
		m := decode(t, get(t, h, target))
		if num(m["count"]) != bos17 || m["command"] != "icestat count arrests --aor BOS --fy 2017" {
			t.Errorf("%s: count %v, command %v", target, m["count"], m["command"])
		}
		cov := m["coverage"].(map[string]any)
		if cov["complete"] != true {
			t.Errorf("%s: coverage %v", target, cov)
		}
	}

	m := decode(t, get(t, h, "/api/count?dataset=arrests&aor=BOS&fy=2017&by=gender"))
	got := map[string]int64{}
	for _, r := range m["rows"].([]any) {
		row := r.(map[string]any)
		got[row["gender"].(string)] = num(row["count"])
	}
	if got["Male"] != bos17Male || got["Female"] != bos17Female {
		t.Errorf("by gender: %v", got)
	}

	// Every number links to the query that produced it: following the
	// January row's link gives January's count.
	m = decode(t, get(t, h, "/api/count?dataset=arrests&aor=BOS&fy=2017&by=month&sort=key"))
	var link string
	for _, r := range m["rows"].([]any) {
		row := r.(map[string]any)
		if row["month"] == "2017-01" {
			if num(row["count"]) != bos17Jan {
				t.Errorf("January = %v, want %d", row["count"], bos17Jan)
			}
			link, _ = row["explore"].(string)
		}
	}
	if !strings.HasPrefix(link, "/explore?") {
		t.Fatalf("January row has no link: %q", link)
	}
	lm := decode(t, get(t, h, link+"&format=json"))
	if num(lm["count"]) != bos17Jan {
		t.Errorf("link %s gives %v, want %d", link, lm["count"], bos17Jan)
	}
	// The HTML page links the row too, and shows the chart.
	page := get(t, h, "/explore?dataset=arrests&aor=BOS&fy=2017&by=month").Body.String()
	if !strings.Contains(page, `<svg class="chart `) || !strings.Contains(page, "from=2017-01-01") {
		t.Errorf("explore page lacks the chart or row links")
	}
	// Links of text dimensions reproduce their row, too.
	m = decode(t, get(t, h, "/api/count?dataset=arrests&aor=BOS&fy=2017&by=country&limit=3"))
	first := m["rows"].([]any)[0].(map[string]any)
	if first["country"] != "GUATEMALA" || num(first["count"]) != bos17Guat {
		t.Fatalf("largest country: %v", first)
	}
	if lm := decode(t, get(t, h, first["explore"].(string)+"&format=json")); num(lm["count"]) != bos17Guat {
		t.Errorf("country link gives %v", lm["count"])
	}
	// The empty form renders; no count without a dataset.
	if rec := get(t, h, "/explore"); rec.Code != 200 || !strings.Contains(rec.Body.String(), `<label for="dataset">`) {
		t.Errorf("empty explore: %d", rec.Code)
	}
}

func TestSmallCells(t *testing.T) {
	db := sampleStore(t)
	s, _ := newServer(t, db, Config{})
	h := s.Handler()
	m := decode(t, get(t, h, "/api/count?dataset=arrests&aor=BOS&fy=2017&by=country"))
	rule := m["small_cell_rule"].(map[string]any)
	if num(rule["threshold"]) != 5 || !strings.Contains(rule["rule"].(string), "fewer than 5") {
		t.Errorf("rule: %v", rule)
	}
	suppressed := 0
	for _, r := range m["rows"].([]any) {
		row := r.(map[string]any)
		if row["suppressed"] == true {
			suppressed++
			if row["count"] != nil || row["count_text"] != "fewer than 5" {
				t.Errorf("suppressed row shows %v %v", row["count"], row["count_text"])
			}
		} else if num(row["count"]) < 5 {
			t.Errorf("small count shown: %v", row)
		}
	}
	if suppressed != bos17Small || num(rule["suppressed_cells"]) != bos17Small {
		t.Errorf("%d suppressed rows (rule says %v), want %d", suppressed, rule["suppressed_cells"], bos17Small)
	}
	page := get(t, h, "/explore?dataset=arrests&aor=BOS&fy=2017&by=country").Body.String()
	if !strings.Contains(page, "fewer than 5") || strings.Contains(page, `>1</a></td>`) {
		t.Errorf("page does not suppress small cells")
	}
	rows := csvRows(t, get(t, h, "/explore?dataset=arrests&aor=BOS&fy=2017&by=country&format=csv").Body.String())
	for _, r := range rows[1:] {
		if r[0] == "ALGERIA" && r[1] != "fewer than 5" {
			t.Errorf("CSV ALGERIA = %q", r[1])
		}
	}
	// A total under the threshold is suppressed too (ALGERIA: 1 arrest).
	m = decode(t, get(t, h, "/api/count?dataset=arrests&aor=BOS&fy=2017&country=ALGERIA"))
	if m["count"] != nil || m["count_text"] != "fewer than 5" {
		t.Errorf("small total: %v %v", m["count"], m["count_text"])
	}

	// --small-cell 0: exact counts everywhere.
	s0, _ := newServer(t, db, Config{NoSmallCell: true})
	m = decode(t, get(t, s0.Handler(), "/api/count?dataset=arrests&aor=BOS&fy=2017&country=ALGERIA"))
	if num(m["count"]) != 1 || num(m["small_cell_rule"].(map[string]any)["threshold"]) != 0 {
		t.Errorf("small-cell 0: %v", m)
	}
	// --small-cell 500: Guatemala (467) is suppressed, the total is not.
	s5, _ := newServer(t, db, Config{SmallCell: 500})
	m = decode(t, get(t, s5.Handler(), "/api/count?dataset=arrests&aor=BOS&fy=2017&by=country&limit=1"))
	if row := m["rows"].([]any)[0].(map[string]any); row["count"] != nil || row["count_text"] != "fewer than 500" || num(m["count"]) != bos17 {
		t.Errorf("small-cell 500: %v, total %v", row, m["count"])
	}
}

// TestComplementarySuppression: one suppressed cell in a complete table
// would follow from the total; the next smallest cell is hidden as well.
func TestComplementarySuppression(t *testing.T) {
	s := &Server{cfg: Config{SmallCell: 5}}
	total := int64(2 + 40 + 100)
	res := &query.Result{Query: &query.Query{Dataset: "arrests", By: []string{"gender"}}, Total: &total}
	res.Dataset, res.Count = "arrests", answer.Float(total)
	res.Columns, res.Rows = []string{"gender", "count"}, [][]any{{"Male", int64(100)}, {"Female", int64(40)}, {"X", int64(2)}}
	v := s.view(res)
	if !v.Rows[2].Count.Suppressed || !v.Rows[1].Count.Suppressed || !v.Rows[1].Count.Secondary || v.Rows[0].Count.Suppressed || v.Suppressed != 2 {
		t.Errorf("rows: %+v", v.Rows)
	}
}

func TestCSVDownload(t *testing.T) {
	s, _ := newServer(t, sampleStore(t), Config{})
	rec := get(t, s.Handler(), "/explore?dataset=arrests&aor=BOS&fy=2017&by=gender&share=true&format=csv")
	if rec.Code != 200 || !strings.HasPrefix(rec.Header().Get("Content-Type"), "text/csv") || !strings.Contains(rec.Header().Get("Content-Disposition"), "attachment") {
		t.Fatalf("%d %v", rec.Code, rec.Header())
	}
	rows := csvRows(t, rec.Body.String())
	if strings.Join(rows[0], ",") != "gender,count,share,coverage" || rows[1][0] != "Male" || rows[1][1] != "2628" || rows[2][1] != "206" || rows[1][3] != "complete" {
		t.Errorf("csv: %v", rows)
	}
	// Formula neutralisation, on a result whose group values are hostile.
	total := int64(30)
	res := &query.Result{Query: &query.Query{Dataset: "arrests", By: []string{"landmark"}}, Total: &total}
	res.Dataset, res.Count, res.Columns = "arrests", answer.Float(total), []string{"landmark", "count"}
	res.Rows = [][]any{{"=HYPERLINK(\"http://x\")", int64(10)}, {"+1+1", int64(5)}, {"-2+3", int64(5)}, {"@SUM(A1)", int64(5)}, {"\tTAB", int64(5)}}
	w := httptest.NewRecorder()
	(&Server{cfg: Config{SmallCell: 5}}).view(res).writeCSV(w)
	got := csvRows(t, w.Body.String())
	for i, want := range []string{"'=HYPERLINK(\"http://x\")", "'+1+1", "'-2+3", "'@SUM(A1)", "'\tTAB"} {
		if got[i+1][0] != want {
			t.Errorf("cell %d = %q, want %q", i, got[i+1][0], want)
		}
	}
	if neutralise("Boston") != "Boston" || neutralise("") != "" {
		t.Error("plain text changed")
	}
}

func csvRows(t testing.TB, s string) [][]string {
	t.Helper()
	rows, err := csv.NewReader(strings.NewReader(s)).ReadAll()
	if err != nil {
		t.Fatalf("csv: %v\n%s", err, s)
	}
	return rows
}

func TestOverview(t *testing.T) {
	s, _ := newServer(t, sampleStore(t), Config{})
	h := s.Handler()
	// The sample holds AOR slices only: nationally there is no count (never
	// a 0), in Boston there is a monthly series.
	rec := get(t, h, "/")
	body := rec.Body.String()
	if rec.Code != 200 || !strings.Contains(body, "What this store holds") || !strings.Contains(body, `id="cov-arrests"`) || !strings.Contains(body, "No count nationally") {
		t.Fatalf("overview: %d", rec.Code)
	}
	if body := get(t, h, "/?aor=BOS").Body.String(); !strings.Contains(body, `id="series-arrests"`) {
		t.Errorf("no Boston arrests series")
	}
	m := decode(t, get(t, h, "/?format=json&aor=BOS&fy=2017"))
	found := false
	for _, d := range m["datasets"].([]any) {
		ds := d.(map[string]any)
		if ds["dataset"] == "arrests" {
			found = true
			if num(ds["monthly"].(map[string]any)["count"]) != bos17 || len(ds["coverage"].([]any)) == 0 {
				t.Errorf("arrests BOS FY2017 series: %v", ds["monthly"].(map[string]any)["count"])
			}
		}
	}
	if !found || m["place"] != "in BOS" {
		t.Errorf("overview JSON: %v", m["place"])
	}
	if m2 := decode(t, get(t, h, "/api/overview?aor=BOS&fy=2017")); m2["place"] != "in BOS" {
		t.Errorf("api overview: %v", m2["place"])
	}
	wantError(t, get(t, h, "/?format=json&dataset=arrests"), 400, "unknown parameter")
	wantError(t, get(t, h, "/api/overview?aor=XYZ"), 400, "unknown area of responsibility")
	if rec := get(t, h, "/?aor=XYZ"); rec.Code != 400 || !strings.Contains(rec.Body.String(), `role="alert"`) {
		t.Errorf("overview bad picker: %d", rec.Code)
	}
}

func TestSources(t *testing.T) {
	s, _ := newServer(t, sampleStore(t), Config{})
	h := s.Handler()
	raw, _ := os.ReadFile(sample("BOS_EROArrests_FY2017.csv.gz"))
	sum := sha256.Sum256(raw)
	sha := hex.EncodeToString(sum[:])
	page := get(t, h, "/sources").Body.String()
	if !strings.Contains(page, sha) || !strings.Contains(page, "2019-ICFO-53623") || !strings.Contains(page, "BOS_EROArrests_FY2017.csv.gz") {
		t.Errorf("sources page lacks the file, its SHA-256 or FOIA number")
	}
	m := decode(t, get(t, h, "/api/sources"))
	var withRejects float64
	var bos map[string]any
	for _, x := range m["sources"].([]any) {
		src := x.(map[string]any)
		if src["sha256"] == sha {
			bos = src
		}
		if v, _ := src["values_rejected"].(float64); v > 0 && withRejects == 0 {
			withRejects = src["id"].(float64)
		}
	}
	if bos == nil || num(bos["rows_stored"]) != bos17 || bos["foia"] != "2019-ICFO-53623" {
		t.Fatalf("sources JSON: %v", bos)
	}
	if m2 := decode(t, get(t, h, "/sources?format=json")); len(m2["sources"].([]any)) != len(m["sources"].([]any)) {
		t.Error("JSON twin differs from the API")
	}
	// One source with its redactions: 295 redacted operations in the FY2017
	// file (awk -F'|' '$5=="\"(B)(7)(E) \""' | wc -l).
	id := int64(bos["id"].(float64))
	sm := decode(t, get(t, h, "/api/sources/"+itoa(id)))
	reds := sm["redactions"].([]any)
	foundOp := false
	for _, r := range reds {
		rr := r.(map[string]any)
		if rr["header"] == "Operation" && num(rr["cells"]) == 295 {
			foundOp = true
		}
	}
	if !foundOp {
		t.Errorf("redactions: %v", reds)
	}
	if rec := get(t, h, "/sources/"+itoa(id)); rec.Code != 200 || !strings.Contains(rec.Body.String(), sha) {
		t.Errorf("source page: %d", rec.Code)
	}
	// Rejects are browsable, page by page.
	if withRejects == 0 {
		t.Fatal("no source with rejects in the sample")
	}
	rid := itoa(int64(withRejects))
	rm := decode(t, get(t, h, "/api/sources/"+rid+"?page=1"))
	rj := rm["rejects"].(map[string]any)
	if num(rj["total"]) == 0 || len(rj["rows"].([]any)) != int(min(num(rj["total"]), rejectsPerPage)) {
		t.Errorf("rejects: %v", rj)
	}
	if rec := get(t, h, "/sources/"+rid); !strings.Contains(rec.Body.String(), "Rejects") || !strings.Contains(rec.Body.String(), "page 1 of") {
		t.Errorf("source page lacks rejects")
	}
	rm = decode(t, get(t, h, "/api/sources/"+rid+"?page=99"))
	if len(rm["rejects"].(map[string]any)["rows"].([]any)) != 0 {
		t.Error("page past the end has rows")
	}
	wantError(t, get(t, h, "/api/sources/"+rid+"?page=0"), 400, "bad page")
	wantError(t, get(t, h, "/api/sources/"+rid+"?page=1%20OR%201=1"), 400, "bad page")
	wantError(t, get(t, h, "/api/sources/999999"), 404, "no source 999999")
	wantError(t, get(t, h, "/api/sources/1%27%20OR%20%271%27=%271"), 404, "no source")
	wantError(t, get(t, h, "/api/sources?id=1"), 400, "unknown parameter")
}

func itoa(n int64) string { return strconv.FormatInt(n, 10) }

func mustJSON(v any) []byte { b, _ := json.Marshal(v); return b }

// TestBadInput sends SQL injection attempts in every query parameter, path
// traversal and malformed input. The answer is a 4xx (or a 200 where the
// text is just an unmatched value, bound as a parameter), never a 500, and
// the store is unchanged afterwards.
func TestBadInput(t *testing.T) {
	s, _ := newServer(t, sampleStore(t), Config{})
	h := s.Handler()
	before := decode(t, get(t, h, "/api/sources"))
	injections := []string{
		"' OR '1'='1", "1; DROP TABLE arrests; --", "arrests; DELETE FROM sources", "\" OR 1=1 --", "1) UNION SELECT * FROM sources --",
		"'; ATTACH '/tmp/x.db' AS x; --", "read_csv('/etc/passwd')", "COPY arrests TO '/tmp/out.csv'", "../../etc/passwd", "%00", "\x00",
	}
	for _, key := range query.Keys {
		for _, inj := range injections {
			v := url.Values{"dataset": {"arrests"}}
			if key == "dataset" {
				v = url.Values{}
			}
			v.Set(key, inj)
			for _, base := range []string{"/api/count?", "/explore?", "/explore?format=csv&"} {
				rec := get(t, h, base+v.Encode())
				switch rec.Code {
				case 200, 400, 404:
				default:
					t.Errorf("%s%s: status %d: %s", base, v.Encode(), rec.Code, rec.Body.String())
				}
				if rec.Code == 200 && base == "/api/count?" {
					// An injected string that reaches the store is a bound value
					// that matches nothing, never SQL.
					m := decode(t, rec)
					if c := num(m["count"]); c > 0 && key != "sort" && key != "share" && key != "persons" && key != "limit" && key != "by" && key != "method-scheme" {
						t.Errorf("%s=%q counts %d rows", key, inj, c)
					}
				}
			}
		}
	}
	cases := []struct {
		target string
		status int
		msg    string
	}{
		{"/api/count?dataset=bogus", 404, "unknown dataset"},
		{"/api/count?dataset=arrests;DROP", 400, "malformed query string"},
		{"/api/count?dataset=arrests%3BDROP", 404, "unknown dataset"},
		{"/api/count", 400, "no dataset"},
		{"/api/count?dataset=arrests&fy=20x8", 400, "bad fiscal year"},
		{"/api/count?dataset=arrests&nonsense=1", 400, "unknown parameter"},
		{"/api/count?dataset=arrests&where=x%27%20OR%201=1", 400, "unknown column"},
		{"/api/count?dataset=arrests&by=1%3BDROP%20TABLE%20arrests", 400, "unknown dimension"},
		{"/api/count?dataset=arrests&sort=count%3BDROP", 400, "bad --sort"},
		{"/api/count?dataset=arrests&limit=-1", 400, "bad --limit"},
		{"/api/count?dataset=arrests&from=2017-02-30", 400, "bad --from"},
		{"/api/count?dataset=arrests&aor=BOS%3BDROP", 400, "unknown area"},
		{"/api/count?dataset=arrests&aor=BOS&a=1;b=2", 400, "malformed query string"},
		{"/explore?dataset=arrests&format=xml", 400, ""},
		{"/explore?format=json", 400, "no dataset"},
		{"/static/../server.go", 307, ""}, // ServeMux cleans the path: a redirect to /server.go, which is 404
		{"/static/..%2fserver.go", 404, ""},
		{"/static/%2e%2e/%2e%2e/go.mod", 404, ""},
		{"/static/templates/layout.html", 404, ""},
		{"/sources/..%2f..%2fetc%2fpasswd", 404, ""},
		{"/api/nothing", 404, "no such page"},
		{"/server.go", 404, ""},
		{"/api/../../etc/passwd", 307, ""},
		{"/etc/passwd", 404, ""},
	}
	for _, c := range cases {
		rec := get(t, h, c.target)
		if rec.Code != c.status {
			t.Errorf("%s: %d, want %d: %s", c.target, rec.Code, c.status, rec.Body.String())
			continue
		}
		if c.msg != "" {
			wantError(t, rec, c.status, c.msg)
		}
	}
	// Wrong methods: 405 with Allow, JSON on the API.
	rec := do(t, h, "POST", "/api/count?dataset=arrests", strings.NewReader("x"))
	wantError(t, rec, 405, "not allowed")
	if rec.Header().Get("Allow") != "GET" {
		t.Errorf("Allow: %q", rec.Header().Get("Allow"))
	}
	if rec := do(t, h, "DELETE", "/explore", nil); rec.Code != 405 || !strings.Contains(rec.Header().Get("Content-Type"), "text/html") {
		t.Errorf("DELETE /explore: %d %s", rec.Code, rec.Header().Get("Content-Type"))
	}
	after := decode(t, get(t, h, "/api/sources"))
	if string(mustJSON(before)) != string(mustJSON(after)) {
		t.Error("the store changed")
	}
	if m := decode(t, get(t, h, "/api/count?dataset=arrests&aor=BOS&fy=2017")); num(m["count"]) != bos17 {
		t.Errorf("BOS FY2017 after the attempts: %v", m["count"])
	}
}

func TestReport(t *testing.T) {
	s, _ := newServer(t, sampleStore(t), Config{})
	h := s.Handler()
	m := decode(t, get(t, h, "/api/report?aor=BOS&fy=2017"))
	found := false
	for _, x := range m["totals"].([]any) {
		f := x.(map[string]any)
		if f["dataset"] == "arrests" {
			found = true
			if num(f["count"]) != bos17 || f["status"] != "complete" {
				t.Errorf("arrests total: %v", f)
			}
		}
	}
	if !found || m["small_cell_rule"] == nil {
		t.Errorf("report JSON: %v", m["totals"])
	}
	// No count from 1 to 4 anywhere in the public JSON.
	var walk func(v any)
	walk = func(v any) {
		switch x := v.(type) {
		case map[string]any:
			for k, val := range x {
				if f, ok := val.(float64); ok && reportCountKeys[k] && f >= 1 && f < 5 {
					t.Errorf("small %s = %v in report JSON", k, f)
				}
				walk(val)
			}
		case []any:
			for _, e := range x {
				walk(e)
			}
		}
	}
	walk(m)
	if m2 := decode(t, get(t, h, "/report?aor=BOS&fy=2017&format=json")); len(m2["totals"].([]any)) != len(m["totals"].([]any)) {
		t.Error("JSON twin differs")
	}
	page := get(t, h, "/report?aor=BOS&fy=2017")
	if page.Code != 200 || !strings.Contains(page.Body.String(), "2,834") || !strings.Contains(page.Body.String(), `href="/explore?aor=BOS&amp;dataset=arrests&amp;fy=2017"`) {
		t.Errorf("report page: %d", page.Code)
	}
	if rec := get(t, h, "/report"); rec.Code != 200 || !strings.Contains(rec.Body.String(), `<label for="r-aor">`) {
		t.Errorf("empty report form: %d", rec.Code)
	}
	wantError(t, get(t, h, "/api/report"), 400, "no place or period")
	wantError(t, get(t, h, "/api/report?aor=BOS&fy=20x7"), 400, "bad fiscal year")
	wantError(t, get(t, h, "/api/report?aor=BOS&fy=2017&dataset=arrests"), 400, "unknown parameter")
	wantError(t, get(t, h, "/api/report?aor=XYZ&fy=2017"), 400, "")
	wantError(t, get(t, h, "/api/report?aor=BOS'%20OR%201=1&fy=2017"), 400, "")
	wantError(t, get(t, h, "/api/report?aor=BOS&fy=2017&top=1000"), 400, "bad top")
}

func TestCheck(t *testing.T) {
	s, _ := newServer(t, sampleStore(t), Config{MaxBody: 1 << 10, MaxNumbers: 100})
	h := s.Handler()
	text := "ICE ERO Boston arrested 2,834 people in fiscal year 2017."
	for _, rec := range []*httptest.ResponseRecorder{
		do(t, h, "POST", "/api/check", strings.NewReader(text), "Content-Type", "text/plain"),
		do(t, h, "POST", "/api/check", strings.NewReader(`{"text":"`+text+`","date":"2018-01-15"}`), "Content-Type", "application/json"),
	} {
		m := decode(t, rec)
		if rec.Code != 200 {
			t.Fatalf("check: %d %v", rec.Code, m)
		}
		e := m["entries"].([]any)[0].(map[string]any)
		if e["verdict"] != "supported" || num(e["value"]) != bos17 || e["explore"] != "/explore?aor=BOS&dataset=arrests&fy=2017" {
			t.Errorf("entry: %v", e)
		}
	}
	form := url.Values{"text": {text}, "date": {"2018-01-15"}}
	rec := do(t, h, "POST", "/check", strings.NewReader(form.Encode()), "Content-Type", "application/x-www-form-urlencoded")
	if rec.Code != 200 || !strings.Contains(rec.Body.String(), "verdict-supported") || !strings.Contains(rec.Body.String(), "Test it in Explore") {
		t.Errorf("check page: %d", rec.Code)
	}
	if rec := get(t, h, "/check"); rec.Code != 200 || !strings.Contains(rec.Body.String(), `<label for="text">`) {
		t.Errorf("check form: %d", rec.Code)
	}
	// Bad bodies.
	wantError(t, do(t, h, "POST", "/api/check", strings.NewReader(strings.Repeat("x", 2<<10)), "Content-Type", "text/plain"), 413, "too large")
	wantError(t, do(t, h, "POST", "/api/check", strings.NewReader(`{"text": "`+strings.Repeat("x", 2<<10)+`"}`), "Content-Type", "application/json"), 413, "too large")
	wantError(t, do(t, h, "POST", "/api/check", strings.NewReader(`{"text": 1}`), "Content-Type", "application/json"), 400, "bad JSON")
	wantError(t, do(t, h, "POST", "/api/check", strings.NewReader(`{"txt": "a"}`), "Content-Type", "application/json"), 400, "bad JSON")
	wantError(t, do(t, h, "POST", "/api/check", strings.NewReader(`{"text":"a","date":"2025-13-45"}`), "Content-Type", "application/json"), 400, "bad date")
	wantError(t, do(t, h, "POST", "/api/check", strings.NewReader(""), "Content-Type", "text/plain"), 400, "no text")
	// more numbers than a check reads (MaxNumbers 100): refused before any
	// is read, on the page too
	many := strings.Repeat("1 ", 101)
	wantError(t, do(t, h, "POST", "/api/check", strings.NewReader(many), "Content-Type", "text/plain"), 400, "more than 100 numbers")
	if rec := do(t, h, "POST", "/check", strings.NewReader(url.Values{"text": {many}}.Encode()), "Content-Type", "application/x-www-form-urlencoded"); rec.Code != 400 || !strings.Contains(rec.Body.String(), "more than 100 numbers") {
		t.Errorf("check page with 101 numbers: %d", rec.Code)
	}
	wantError(t, do(t, h, "POST", "/api/check", strings.NewReader("<x/>"), "Content-Type", "application/xml"), 415, "unsupported content type")
	wantError(t, do(t, h, "POST", "/api/check?x=1", strings.NewReader(text), "Content-Type", "text/plain"), 400, "unknown parameter")
	wantError(t, get(t, h, "/api/check"), 405, "not allowed")
	if rec := do(t, h, "POST", "/check", strings.NewReader("text="+strings.Repeat("x", 2<<10)), "Content-Type", "application/x-www-form-urlencoded"); rec.Code != 413 {
		t.Errorf("oversized form: %d", rec.Code)
	}
	// SQL in the text is only text.
	rec = do(t, h, "POST", "/api/check", strings.NewReader("'; DROP TABLE arrests; -- ICE arrested 5 people in FY2017"), "Content-Type", "text/plain")
	if rec.Code != 200 {
		t.Errorf("injection text: %d", rec.Code)
	}
	if m := decode(t, get(t, h, "/api/count?dataset=arrests&aor=BOS&fy=2017")); num(m["count"]) != bos17 {
		t.Error("store changed")
	}
}

// reportCountKeys are the JSON fields of reports and check results that
// hold counts of records (what the tests look for in public JSON).
var reportCountKeys = map[string]bool{"count": true, "total": true, "rest": true, "redacted": true, "empty": true, "since_count": true,
	"rows_in_period": true, "at_large": true, "custodial": true, "other": true, "unknown": true, "rows": true,
	"peak_count": true, "record_count": true, "n": true}

func TestOpenAPI(t *testing.T) {
	s, _ := newServer(t, sampleStore(t), Config{})
	m := decode(t, get(t, s.Handler(), "/api/openapi.json"))
	paths := m["paths"].(map[string]any)
	for _, p := range []string{"/api/count", "/api/report", "/api/sources", "/api/check", "/api/ingest", "/api/openapi.json"} {
		if paths[p] == nil {
			t.Errorf("openapi lacks %s", p)
		}
	}
	if !strings.HasPrefix(m["openapi"].(string), "3.") {
		t.Errorf("openapi version %v", m["openapi"])
	}
}

func TestHeadersLogStaticAndTimeout(t *testing.T) {
	s, logBuf := newServer(t, sampleStore(t), Config{})
	h := s.Handler()
	rec := get(t, h, "/explore?dataset=arrests&fy=2017")
	for _, k := range []string{"Content-Security-Policy", "X-Content-Type-Options", "X-Frame-Options"} {
		if rec.Header().Get(k) == "" {
			t.Errorf("no %s header", k)
		}
	}
	var line map[string]any
	for _, l := range strings.Split(strings.TrimSpace(logBuf.String()), "\n") {
		json.Unmarshal([]byte(l), &line)
	}
	if line["msg"] != "request" || line["path"] != "/explore" || num(line["status"]) != 200 || line["duration"] == nil {
		t.Errorf("access log line: %v", line)
	}
	if rec := get(t, h, "/static/style.css"); rec.Code != 200 || !strings.HasPrefix(rec.Header().Get("Content-Type"), "text/css") {
		t.Errorf("style.css: %d", rec.Code)
	}
	// Pages name no external host: no CDN.
	for _, p := range []string{"/", "/explore?dataset=arrests&by=month", "/sources"} {
		if b := get(t, h, p).Body.String(); strings.Contains(b, "http://") || strings.Contains(b, "https://") {
			t.Errorf("%s refers to another host", p)
		}
	}
	// A query that cannot finish in time is stopped: 503 with a message.
	st, _ := newServer(t, sampleStore(t), Config{QueryTimeout: time.Nanosecond, NoCache: true})
	wantError(t, get(t, st.Handler(), "/api/count?dataset=encounters&by=date"), 503, "longer than")
}
