package answer

import (
	"encoding/json"
	"net/url"
	"testing"
)

func TestCommandQuotesAndOrders(t *testing.T) {
	v := url.Values{"dataset": {"arrests"}, "landmark": {"O'Hare"}, "fy": {"2017"}, "aor": {"BOS"}, "dedupe": {"true"}, "zzz": {"x"}}
	got := Command(v, []string{"aor", "fy", "landmark", "dedupe"})
	want := `icestat count arrests --aor BOS --fy 2017 --landmark 'O'\''Hare' --dedupe --zzz x`
	if got != want {
		t.Errorf("Command = %s\nwant      %s", got, want)
	}
	if u := ExploreURL(url.Values{"dataset": {"arrests"}, "dedupe": {"true"}}); u != "/explore?dataset=arrests&dedupe=true" {
		t.Errorf("ExploreURL = %s", u)
	}
}

// TestSmallCell: the rule withholds counts 1..threshold-1 of the total,
// rows and sources, clears the shares beside them, and protects a single
// withheld cell of a complete table by withholding the next smallest.
func TestSmallCell(t *testing.T) {
	mk := func() *Answer {
		return &Answer{Columns: []string{"gender", "count", "share"}, Count: Float(142),
			Rows:    [][]any{{"Male", int64(100), 0.70}, {"Female", int64(40), 0.28}, {"X", int64(2), 0.02}},
			Sources: []Source{{File: "a", Rows: 3}, {File: "b", Rows: 139}}}
	}
	a := mk()
	SmallCell{5}.Apply(a, true)
	if w, ok := a.Rows[2][1].(Withheld); !ok || w.Text != "fewer than 5" || a.Rows[2][2] != nil {
		t.Errorf("small row: %v", a.Rows[2])
	}
	if w, ok := a.Rows[1][1].(Withheld); !ok || !w.Secondary || a.Rows[1][2] != nil {
		t.Errorf("complementary row: %v", a.Rows[1])
	}
	if a.Rows[0][1] != int64(100) || a.SmallCell.Withheld != 2 {
		t.Errorf("kept row %v, withheld %d", a.Rows[0], a.SmallCell.Withheld)
	}
	if a.Sources[0].RowsText != "fewer than 5" || a.Sources[0].Rows != 0 || a.Sources[1].Rows != 139 {
		t.Errorf("sources: %+v", a.Sources)
	}
	// A table cut by --limit is not complete: no complementary cell.
	b := mk()
	SmallCell{5}.Apply(b, false)
	if Withholds(b.Rows[1][1]) {
		t.Errorf("incomplete table: %v", b.Rows[1])
	}
	// Off: nothing changes.
	c := mk()
	SmallCell{0}.Apply(c, true)
	if c.Rows[2][1] != int64(2) || c.SmallCell.Rule != "off: every count is exact" {
		t.Errorf("off: %v %+v", c.Rows[2], c.SmallCell)
	}
	// The total itself.
	d := &Answer{Columns: []string{"count"}, Count: Float(3), Rows: [][]any{{int64(3)}}}
	SmallCell{5}.Apply(d, true)
	if d.Count != nil || d.CountText != "fewer than 5" || !Withholds(d.Rows[0][0]) {
		t.Errorf("total: %v %q %v", d.Count, d.CountText, d.Rows)
	}
	recs := d.Records()
	if recs[0]["count"] != nil || recs[0]["count_text"] != "fewer than 5" || recs[0]["suppressed"] != true {
		t.Errorf("records: %v", recs)
	}
	if _, err := json.Marshal(recs); err != nil {
		t.Fatal(err)
	}
}

// TestCells: the rule over one table, as reports use it. The counts are
// the Boston arrests of June 2017 by apprehension method (internal/report's
// TestWithholdBostonJune2017 derives them with awk).
func TestCells(t *testing.T) {
	june := []int64{116, 56, 51, 32, 11, 7, 6, 2}
	for _, tc := range []struct {
		name     string
		counts   []int64
		complete bool
		want     []string // text per cell, "" = shown
	}{
		{"one small cell, complete", june, true, []string{"", "", "", "", "", "", "suppressed", "fewer than 5"}},
		{"one small cell, total not shown", june, false, []string{"", "", "", "", "", "", "", "fewer than 5"}},
		{"two small cells protect each other", []int64{20, 3, 4}, true, []string{"", "fewer than 5", "fewer than 5"}},
		{"zeros are neither withheld nor complementary", []int64{0, 3, 0, 9}, true, []string{"", "fewer than 5", "", "suppressed"}},
		{"nothing small", []int64{5, 6}, true, []string{"", ""}},
		{"a single cell", []int64{3}, true, []string{"fewer than 5"}},
	} {
		got := SmallCell{5}.Cells(tc.counts, tc.complete)
		for i, w := range got {
			if w.Text != tc.want[i] || w.Secondary != (tc.want[i] == "suppressed") {
				t.Errorf("%s: cell %d = %+v, want %q", tc.name, i, w, tc.want[i])
			}
		}
	}
}

// TestMarshalHidden: a withheld field encodes as null beside its text, in
// the type's own field order; a derived field without text is only null;
// a field left out when empty still says it was withheld.
func TestMarshalHidden(t *testing.T) {
	type row struct {
		Key   string  `json:"key"`
		Count int64   `json:"count"`
		Share float64 `json:"share"`
		Rest  int64   `json:"rest,omitempty"`
	}
	for _, tc := range []struct {
		h    Hidden
		want string
	}{
		{nil, `{"key":"X","count":0,"share":0}`},
		{Hidden{"count": "fewer than 5", "share": ""}, `{"key":"X","count":null,"count_text":"fewer than 5","share":null}`},
		{Hidden{"rest": "suppressed"}, `{"key":"X","count":0,"share":0,"rest":null,"rest_text":"suppressed"}`},
	} {
		b, err := MarshalHidden(row{Key: "X"}, tc.h)
		if err != nil || string(b) != tc.want {
			t.Errorf("%v: %s %v, want %s", tc.h, b, err, tc.want)
		}
	}
	if _, err := MarshalHidden([]int{1}, Hidden{"x": ""}); err == nil {
		t.Error("a non-object must be an error")
	}
}

// TestWithholdText: counts of rows quoted in warnings (the query layer's
// phrasings) are withheld; other numbers are not.
func TestWithholdText(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"3 rows of BOS.csv have no usable key date", "fewer than 5 rows of BOS.csv have no usable key date"},
		{"none of the 3 arrests rows carries a person key", "none of the fewer than 5 arrests rows carries a person key"},
		{"group MEXICO (2 rows) left out", "group MEXICO (fewer than 5 rows) left out"},
		{"4 of the 1,234 arrests rows have no state", "fewer than 5 of the 1,234 arrests rows have no state"},
		{"1,234 matching rows are held only by program-subset releases", "1,234 matching rows are held only by program-subset releases"},
		{"FY2017 has 3 complete months", "FY2017 has 3 complete months"},
	} {
		if got, _ := (SmallCell{5}).WithholdText(tc.in); got != tc.want {
			t.Errorf("%q -> %q, want %q", tc.in, got, tc.want)
		}
	}
	if got, n := (SmallCell{}).WithholdText("3 rows"); got != "3 rows" || n != 0 {
		t.Errorf("rule off: %q %d", got, n)
	}
}
