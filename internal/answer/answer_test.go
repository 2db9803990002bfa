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
