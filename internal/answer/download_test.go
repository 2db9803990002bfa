package answer

import (
	"bytes"
	"net/url"
	"strings"
	"testing"
)

func TestFileName(t *testing.T) {
	for _, tt := range []struct {
		params, ext, want string
	}{
		{"dataset=arrests&aor=BOS&fy=2018&by=month", "csv", "icestat-arrests-BOS-fy2018-by-month.csv"},
		{"dataset=arrests", "xlsx", "icestat-arrests.xlsx"},
		{"dataset=removals&fy=2016&country=CHINA,+PEOPLES+REPUBLIC+OF&by=country,month&limit=10", "csv", "icestat-removals-fy2016-CHINA-PEOPLES-REPUBLIC-OF-by-country-month.csv"},
		{"dataset=arrests&state=MA&include-partial-sources=true&by=fy", "csv", "icestat-arrests-MA-include-partial-sources-by-fy.csv"},
		{"dataset=arrests&where=country%3D..%2F..%2Fetc", "csv", "icestat-arrests-country-..-..-etc.csv"},
	} {
		v, _ := url.ParseQuery(tt.params)
		a := &Answer{Dataset: v.Get("dataset"), Params: v}
		if got := a.FileName(tt.ext); got != tt.want {
			t.Errorf("%s: %q, want %q", tt.params, got, tt.want)
		}
	}
}

// TestCSVCoverage: each row carries its coverage (its own, else the
// answer's), withheld cells their text, and text that a spreadsheet would
// read as a formula is neutralised.
func TestCSVCoverage(t *testing.T) {
	n := 3.0
	a := &Answer{Columns: []string{"fy", "count"}, Count: &n,
		Rows:        [][]any{{int64(2012), int64(1)}, {"=cmd", Withheld{Text: "fewer than 5"}}, {nil, int64(2)}},
		RowCoverage: []string{"subset", "complete"},
		Coverage:    Coverage{Complete: false}}
	var b bytes.Buffer
	if err := a.WriteCSV(&b, 1); err != nil {
		t.Fatal(err)
	}
	want := "fy,count,coverage\n2012,1,subset\n'=cmd,fewer than 5,complete\n(none),2,partial\n"
	if b.String() != want {
		t.Errorf("csv:\n%s\nwant:\n%s", b.String(), want)
	}
	var notes bytes.Buffer
	a.Warnings = []string{"partial: FY2019 stops on 2019-08-31"}
	a.Command = "icestat count arrests --by fy"
	a.WriteNotes(&notes, "/explore?dataset=arrests&by=fy")
	for _, w := range []string{"command: icestat count arrests --by fy\n", "url: /explore?dataset=arrests&by=fy\n", "total: 3\n", "coverage: partial", "warning: partial: FY2019"} {
		if !strings.Contains(notes.String(), w) {
			t.Errorf("notes lack %q:\n%s", w, notes.String())
		}
	}
}
