package query

import (
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/icestat/icestat/internal/table"
)

// icereportFigure is one entry of testdata/ice-reports/figures.json.
type icereportFigure struct {
	ID          string   `json:"id"`
	Report      string   `json:"report"`
	ReportURL   string   `json:"report_url"`
	Where       string   `json:"where"`
	Value       *float64 `json:"value"`
	Quote       string   `json:"quote"`
	QuoteURL    string   `json:"quote_url"`
	Missing     string   `json:"quote_missing"`
	Status      string   `json:"status"`
	Kind        string   `json:"kind"`
	Query       string   `json:"query"`
	Base        string   `json:"base"`
	Reason      string   `json:"reason"`
	RecordsGive *float64 `json:"records_give"`
}

// TestICEReportFigures answers every figure of ICE's ERO annual reports
// (FY2016–FY2019) that the 2019-ICFO-53623 records can reconstruct, as
// transcribed in testdata/ice-reports/figures.json with the page and
// sentence each comes from, through the query engine (icestat count
// semantics: query.Parse and Engine.Run), and asserts equality with ICE's
// published figure. The expected values are ICE's; testdata/ice-reports/
// verify.sh derives each of them independently with zcat and awk over the
// raw files. Figures the release cannot reconstruct are listed in the same
// file with the reason; second-hand misquotes and ICE figures of an earlier
// extraction (revised) must give what the file says the records give. The summary line says how many of
// the transcribed figures are reconstructible and reproduced (go test -v).
func TestICEReportFigures(t *testing.T) {
	raw, err := os.ReadFile(filepath.Join("..", "..", "testdata", "ice-reports", "figures.json"))
	if err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Figures []icereportFigure `json:"figures"`
	}
	if err := json.Unmarshal(raw, &doc); err != nil {
		t.Fatalf("figures.json: %v", err)
	}
	// The file itself: every figure names its report and either quotes its
	// sentence or says why no quote is kept; every status is known.
	seen := map[string]bool{}
	for _, f := range doc.Figures {
		switch {
		case f.ID == "" || seen[f.ID]:
			t.Errorf("figures.json: missing or repeated id %q", f.ID)
		case f.Report == "" || !strings.HasPrefix(f.ReportURL, "http") || f.Where == "":
			t.Errorf("figures.json %s: no report, report_url or where", f.ID)
		case f.Quote == "" && f.Missing == "", f.Quote != "" && !strings.HasPrefix(f.QuoteURL, "http"):
			t.Errorf("figures.json %s: neither a quote with its URL nor quote_missing", f.ID)
		case f.Status == "not-reconstructible" && f.Reason == "":
			t.Errorf("figures.json %s: not reconstructible without a reason", f.ID)
		case f.Status != "not-reconstructible" && (f.Value == nil || f.Query == ""):
			t.Errorf("figures.json %s: %s without value or query", f.ID, f.Status)
		case f.Status != "reconstructible" && f.Status != "not-reconstructible" && f.Status != "misquote" && f.Status != "revised":
			t.Errorf("figures.json %s: unknown status %q", f.ID, f.Status)
		}
		if f.Quote != "" && f.Value != nil && f.Status != "not-reconstructible" && !quotes(f.Quote, *f.Value) {
			t.Errorf("figures.json %s: the quote does not contain %v", f.ID, *f.Value)
		}
		seen[f.ID] = true
	}

	dir := filepath.Dir(sharedFile(t, "uwchr-2019-ICFO-53623/EROArrests_FY2016.csv.gz"))
	var files []string
	for _, f := range []string{"EROArrests_FY2016", "EROArrests_FY2017", "EROArrests_FY2018", "EROArrests_FY2019", "ICERemovals_FY2016", "ICERemovals_FY2017", "ICERemovals_FY2018"} {
		files = append(files, filepath.Join(dir, f+".csv.gz"))
	}
	e := sampleEngine(t, files...)
	answer := func(f icereportFigure) (float64, string) {
		r := run(t, e, f.Query)
		if r.Total == nil || !r.Coverage.Complete {
			t.Errorf("%s: %s is not a complete count (warnings %v)", f.ID, r.Command, r.Warnings)
			return math.NaN(), r.Command
		}
		n := float64(*r.Total)
		if f.Kind == "count" {
			return n, r.Command
		}
		b := run(t, e, f.Base)
		if b.Total == nil || !b.Coverage.Complete || *b.Total == 0 {
			t.Errorf("%s: base %s gives no complete count", f.ID, b.Command)
			return math.NaN(), r.Command
		}
		m := float64(*b.Total)
		switch f.Kind {
		case "difference":
			return n - m, r.Command + " minus " + b.Command
		case "percent_change":
			return math.Round(100 * (n - m) / m), "percent change of " + r.Command + " over " + b.Command
		case "share":
			return math.Round(100 * n / m), "share of " + r.Command + " in " + b.Command
		}
		t.Errorf("%s: unknown kind %q", f.ID, f.Kind)
		return math.NaN(), r.Command
	}
	var reconstructible, reproduced, misquotes, caught int
	reasons := map[string]int{}
	for _, f := range doc.Figures {
		switch f.Status {
		case "not-reconstructible":
			reasons[f.Reason]++
		case "reconstructible":
			reconstructible++
			got, how := answer(f)
			if got == *f.Value {
				reproduced++
				continue
			}
			t.Errorf("%s (%s, %s): %s gives %v, ICE published %v", f.ID, f.Report, f.Where, how, got, *f.Value)
		case "misquote", "revised":
			// a second-hand copy that differs from the report, or an ICE
			// figure of an earlier extraction: the records must give what
			// the file says, not the figure
			misquotes++
			got, how := answer(f)
			if f.RecordsGive != nil && got == *f.RecordsGive && got != *f.Value {
				caught++
				continue
			}
			t.Errorf("%s: %s gives %v; the file says the records give %v against the misquoted %v", f.ID, how, got, f.RecordsGive, *f.Value)
		}
	}
	all := len(doc.Figures)
	var rs []string
	for r, n := range reasons {
		rs = append(rs, fmt.Sprintf("%d: %s", n, r))
	}
	sort.Strings(rs)
	summary := fmt.Sprintf("ICE report figures: %d transcribed, %d reconstructible, %d reproduced exactly; %d misquoted or revised figures told from the records (%d); %d not reconstructible from the 2019 release", all, reconstructible, reproduced, misquotes, caught, all-reconstructible-misquotes)
	t.Log(summary)
	for _, r := range rs {
		t.Log("  not reconstructible — " + r)
	}
	if reproduced != reconstructible || caught != misquotes {
		t.Errorf("%s", summary)
	}
	if reconstructible < 40 {
		t.Errorf("only %d reconstructible figures in figures.json; the table has lost entries", reconstructible)
	}

	// An excluding-lag answer says how many removals it left out: FY2018
	// 256,085 − 252,405 = 3,680 (verify.sh: rows with Departed Date before
	// 2017-10-01).
	if r := run(t, e, "dataset=removals&fy=2018&removal-basis=excluding-lag"); !strings.Contains(strings.Join(r.Warnings, "\n"), "3,680 removals whose Departed Date falls in an earlier fiscal year") {
		t.Errorf("excluding-lag warnings %v lack the 3,680 rows left out", r.Warnings)
	}

	// The other removal basis, which ICE does not publish: by Departed Date
	// over every stored file. verify.sh (departed-date section) derives
	// 240,994 and 224,329 with awk over the FY2016–FY2019 files; FY2016 and
	// FY2017 need only the files stored here (a removal recorded in FY N+1
	// can have departed in FY N, never later).
	for params, want := range map[string]int64{
		"dataset=removals&fy=2016&removal-basis=departed-date": 240994,
		"dataset=removals&fy=2017&removal-basis=departed-date": 224329,
	} {
		r := run(t, e, params)
		if got := total(t, r); got != want || r.RemovalBasis != "departed-date" || len(r.Warnings) == 0 {
			t.Errorf("%s = %d (basis %q, warnings %v), want %d with the departed-date warning", params, got, r.RemovalBasis, r.Warnings, want)
		}
		// month groups are Departed Date's months and add up to the total
		byMonth := run(t, e, params+"&by=month")
		var sum int64
		for _, row := range byMonth.Rows {
			sum += table.Int(row[1])
			if m := row[0].(string); m < "2015-10" || m > "2017-09" {
				t.Errorf("%s: month %s outside the fiscal year", params, m)
			}
		}
		if sum != want || len(byMonth.Rows) != 12 {
			t.Errorf("%s&by=month: %d months summing to %d, want 12 summing to %d", params, len(byMonth.Rows), sum, want)
		}
	}
}

// quotes reports whether a quoted sentence states the value, written with
// or without thousands separators ("40,066", "40066", "11%").
func quotes(s string, v float64) bool {
	n := fmt.Sprintf("%.0f", math.Abs(v)) // "dipped by 6%" states -6
	var b strings.Builder
	for i, c := range n {
		if i > 0 && (len(n)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	return strings.Contains(s, b.String()) || strings.Contains(s, n)
}
