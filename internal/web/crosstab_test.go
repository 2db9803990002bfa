package web

import (
	"regexp"
	"strings"
	"testing"
)

var (
	xtTable  = regexp.MustCompile(`(?s)<table id="crosstab".*?</table>`)
	xtRowRe  = regexp.MustCompile(`(?s)<tr>(.*?)</tr>`)
	xtCellRe = regexp.MustCompile(`(?s)<t[hd][^>]*>(.*?)</t[hd]>`)
	xtTag    = regexp.MustCompile(`<[^>]*>`)
)

// crosstabCells reads the crosstab table of an Explore page as text
// rows (tags stripped, definition links' "?" removed).
func crosstabCells(t *testing.T, page string) [][]string {
	t.Helper()
	tab := xtTable.FindString(page)
	if tab == "" {
		t.Fatal("no crosstab table on the page")
	}
	var out [][]string
	for _, r := range xtRowRe.FindAllStringSubmatch(tab, -1) {
		var row []string
		for _, c := range xtCellRe.FindAllStringSubmatch(r[1], -1) {
			row = append(row, strings.TrimSpace(xtTag.ReplaceAllString(c[1], "")))
		}
		out = append(out, row)
	}
	return out
}

// TestCrosstab: a two-dimension answer gets, beside its heatmap, a
// crosstab table: rows the first dimension, columns the second, each cell
// a count linked to its question, row and column totals, coverage marks,
// small cells withheld and the totals of their lines given as "at least".
//
// Expected values, from the bundled Boston slices (testdata/sample):
//
//	for f in 2016 2017 2018 2019; do zcat BOS_EROArrests_FY$f.csv.gz | tail -n +7 |
//	  awk -F'|' '{g[$9]++} END{for(k in g) print k, g[k]}'; done
//
// gives Male/Female 1754/104, 2628/206, 2692/216, 2113/153 (FY2016..2019),
// so the column totals are 9,187 and 679 and the whole 9,866. FY2019 is
// partly covered (the release ends before 30 September 2019). With
// countries, FY2016's cells of 5 or more add up to 1,740 and 65 countries
// have 1 to 4 arrests:
//
//	zcat BOS_EROArrests_FY2016.csv.gz | tail -n +7 | awk -F'|' '{c[$8]++}
//	  END{for(k in c) if(c[k]>=5) s+=c[k]; else h++; print s, h}'
func TestCrosstab(t *testing.T) {
	s, _ := newServer(t, sampleStore(t), Config{SmallCell: 5})
	h := s.Handler()
	rec := get(t, h, "/explore?dataset=arrests&aor=BOS&by=fy&by=gender")
	if rec.Code != 200 {
		t.Fatalf("status %d", rec.Code)
	}
	page := rec.Body.String()
	if !strings.Contains(page, `class="xt-pair xt-mult"`) || !strings.Contains(page, `svg class="chart multiples"`) {
		t.Error("the crosstab is not beside the small multiples of a fiscal-year answer")
	}
	if p := get(t, h, "/explore?dataset=arrests&aor=BOS&by=gender&by=method").Body.String(); !strings.Contains(p, `svg class="chart heatmap"`) || xtTable.FindString(p) == "" {
		t.Error("a gender-by-method answer lacks its heatmap or its crosstab")
	}
	got := crosstabCells(t, page)
	want := [][]string{
		{"Fiscal year", "Male", "Female", "total"},
		{"2016", "1,754", "104", "1,858"},
		{"2017", "2,628", "206", "2,834"},
		{"2018", "2,692", "216", "2,908"},
		{"2019 partial", "2,113", "153", "2,266"},
		{"total", "9,187", "679", "9,866"},
	}
	if strings.Join(flat(got), "|") != strings.Join(flat(want), "|") {
		t.Errorf("crosstab\n got %q\nwant %q", got, want)
	}
	// Each cell links to its own question; totals to the line's.
	for _, link := range []string{
		`href="/explore?aor=BOS&amp;dataset=arrests&amp;fy=2017&amp;where=gender%3DFemale">206</a>`,
		`href="/explore?aor=BOS&amp;dataset=arrests&amp;fy=2017">2,834</a>`,
		`href="/explore?aor=BOS&amp;dataset=arrests&amp;where=gender%3DMale">9,187</a>`,
	} {
		if !strings.Contains(xtTable.FindString(page), link) {
			t.Errorf("crosstab lacks the link %s", link)
		}
	}

	// Countries: many small cells, withheld as the server's text; the
	// FY2016 total says "at least" the cells shown.
	page = get(t, h, "/explore?dataset=arrests&aor=BOS&by=fy&by=country").Body.String()
	got = crosstabCells(t, page)
	if len(got) != 6 || len(got[0]) != 24+2 {
		t.Fatalf("country crosstab %d rows, %d columns (want 4 years + header + totals, 24 countries + 2)", len(got), len(got[0]))
	}
	if !strings.Contains(page, "the 24 largest of") {
		t.Error("the crosstab does not say it shows only the largest countries")
	}
	if r := got[1]; r[0] != "2016" || r[len(r)-1] != "at least 1,740" {
		t.Errorf("FY2016 row total %q, want at least 1,740", r[len(r)-1])
	}
	if !strings.Contains(xtTable.FindString(page), "fewer than 5") {
		t.Error("no withheld cell shows the small-cell text")
	}
	if strings.Count(page, "at least 1,740") != 1 {
		t.Error("FY2016's lower bound is not shown once")
	}
}

func flat(rows [][]string) []string {
	var out []string
	for _, r := range rows {
		out = append(out, strings.Join(r, "/"))
	}
	return out
}
