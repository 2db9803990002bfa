package chart

import (
	"encoding/xml"
	"io"
	"strings"
	"testing"
	"time"
)

// wellFormed parses the markup as XML: a downloaded chart must open on
// its own.
func wellFormed(t *testing.T, svg string) {
	t.Helper()
	d := xml.NewDecoder(strings.NewReader(svg))
	for {
		_, err := d.Token()
		if err == io.EOF {
			return
		}
		if err != nil {
			t.Fatalf("not well-formed XML: %v\n%s", err, svg)
		}
	}
}

// The Boston arrests of FY2016–FY2019 (rank_test.go's series: 1,858,
// 2,834, 2,908 and a partial 2,266) with FY2017 missing, to draw a gap.
func TestSeries(t *testing.T) {
	pts := FillGaps([]Point{
		{Label: "2016", Value: 1858},
		{Label: "2018", Value: 2908, Highlight: true},
		{Label: "2019", Value: 2266, Status: Partial},
	})
	if len(pts) != 4 || pts[1].Label != "2017" || pts[1].Status != NoData {
		t.Fatalf("FillGaps: %+v", pts)
	}
	for _, line := range []bool{false, true} {
		svg := Series(Spec{ID: "s<1>", Title: "Arrests & more", Desc: "d"}, pts, line)
		wellFormed(t, svg)
		for _, want := range []string{`class="gap"`, ">no data<", "highlight", "partial", "2,908", "Arrests &amp; more", `font-size="15"`, "legend-gap", "legend-highlight", "legend-partial"} {
			if !strings.Contains(svg, want) {
				t.Errorf("line=%v: no %q in\n%s", line, want, svg)
			}
		}
	}
}

func TestFillGapsMonths(t *testing.T) {
	tests := []struct {
		in   []string
		want string
	}{
		{[]string{"2018-11", "2019-02"}, "2018-11 2018-12! 2019-01! 2019-02"},
		{[]string{"2019-02", "2018-12"}, "2018-12 2019-01! 2019-02"},
		{[]string{"FY2016", "FY2018"}, "FY2016 FY2017! FY2018"},
		{[]string{"male", "female"}, "female male"},
	}
	for _, tc := range tests {
		var pts []Point
		for _, l := range tc.in {
			pts = append(pts, Point{Label: l})
		}
		var got []string
		for _, p := range FillGaps(pts) {
			s := p.Label
			if p.Status == NoData {
				s += "!"
			}
			got = append(got, s)
		}
		if g := strings.Join(got, " "); g != tc.want {
			t.Errorf("%v: got %q, want %q", tc.in, g, tc.want)
		}
	}
}

func TestBarsSortedWithShares(t *testing.T) {
	// Boston FY2017 arrests by gender: 2,628 men of 2,834 (e2e_test.go).
	svg := Bars(Spec{ID: "b", Title: "t"}, []Point{
		{Label: "Female", Value: 206, Share: 206.0 / 2834, HasShare: true},
		{Label: "Male", Value: 2628, Share: 2628.0 / 2834, HasShare: true},
		{Label: "Unknown", Suppressed: true, Text: "fewer than 5"},
	})
	wellFormed(t, svg)
	iM, iF, iU := strings.Index(svg, ">Male<"), strings.Index(svg, ">Female<"), strings.Index(svg, ">Unknown<")
	if iM < 0 || iF < 0 || iU < 0 || !(iM < iF && iF < iU) {
		t.Errorf("not sorted largest first: %d %d %d", iM, iF, iU)
	}
	for _, want := range []string{"2,628 (92.7%)", "206 (7.3%)", "fewer than 5"} {
		if !strings.Contains(svg, want) {
			t.Errorf("no %q", want)
		}
	}
}

func TestHeatmap(t *testing.T) {
	svg := Heatmap(Spec{ID: "h", Title: "t"}, []string{"BOS", "SEA"}, []string{"2018", "2019"}, [][]Cell{
		{{Value: 2908}, {Value: 2266}},
		{{Missing: true}, {Suppressed: true, Text: "fewer than 5"}},
	})
	wellFormed(t, svg)
	for _, want := range []string{`class="chart heatmap"`, "2,908", "&lt;5", "cell empty"} {
		if !strings.Contains(svg, want) {
			t.Errorf("no %q", want)
		}
	}
}

func TestTimeline(t *testing.T) {
	d := func(s string) time.Time { x, _ := time.Parse("2006-01-02", s); return x }
	svg := Timeline(Spec{ID: "c", Title: "coverage"}, []Span{{Label: "a.xlsx", From: d("2015-10-01"), To: d("2019-09-30"), Class: "national"}})
	wellFormed(t, svg)
	if !strings.Contains(svg, "2015-10-01 to 2019-09-30") {
		t.Error("no span title")
	}
}

// TestMultiples: one panel per group over the same periods, the gap drawn
// in every panel, a withheld cell as a mark, one y scale for all panels
// unless asked otherwise. Values are the Boston arrests by gender of
// FY2016–FY2019 (internal/web's TestCrosstab derives them with awk), with
// FY2017 taken out to draw a gap and a small cell made up for the mark.
func TestMultiples(t *testing.T) {
	panel := func(label, total string, v ...float64) Panel {
		p := Panel{Label: label, Total: total, Link: "/explore?x=" + label}
		for i, x := range v {
			pt := Point{Label: []string{"2016", "2017", "2018", "2019"}[i], Value: x}
			switch {
			case i == 1:
				pt.Status = NoData
			case i == 3:
				pt.Status = Partial
			}
			p.Points = append(p.Points, pt)
		}
		return p
	}
	male, female := panel("Male", "6,559", 1754, 0, 2692, 2113), panel("Female <x>", "473", 104, 0, 216, 153)
	female.Points[0] = Point{Label: "2016", Suppressed: true, Text: "fewer than 5"}
	for _, shared := range []bool{true, false} {
		svg := Multiples(Spec{ID: "m", Title: "t", Desc: "d"}, []Panel{male, female}, shared, "2 others left out.")
		wellFormed(t, svg)
		if n := strings.Count(svg, `<g class="panel">`); n != 2 {
			t.Errorf("%d panels, want 2", n)
		}
		if n := strings.Count(svg, `class="gap"`); n != 2 {
			t.Errorf("%d gaps, want one per panel", n)
		}
		if !strings.Contains(svg, `class="suppressed"`) || !strings.Contains(svg, "fewer than 5") {
			t.Error("the withheld cell is not marked")
		}
		if !strings.Contains(svg, "Female &lt;x&gt;") || !strings.Contains(svg, "2 others left out.") {
			t.Error("label not escaped or note missing")
		}
		// The scale's maximum: 3,000 over both panels when shared; the
		// female panel alone tops at 216, so its own scale is 250.
		ticks := strings.Count(svg, `>3,000</text>`)
		if shared && (ticks != 2 || strings.Contains(svg, ">250</text>")) {
			t.Errorf("shared scale: %d panels at 3,000", ticks)
		}
		if !shared && (ticks != 1 || !strings.Contains(svg, ">250</text>")) {
			t.Errorf("own scales: %d panels at 3,000, female at 250: %v", ticks, strings.Contains(svg, ">250</text>"))
		}
	}
	if Multiples(Spec{ID: "m"}, nil, true, "") != "" {
		t.Error("no panels should draw nothing")
	}
}
