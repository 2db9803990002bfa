package query

import (
	"context"
	"encoding/json"
	"net/url"
	"testing"

	"github.com/icestat/icestat/internal/answer"
)

// TestOneEnvelope: a count of records and a detention measure come through
// the same front door (Parse, Engine.Run) and their JSON decodes into the
// one envelope, answer.Answer, with the same fields filled.
func TestOneEnvelope(t *testing.T) {
	ctx := context.Background()
	records := sampleEngine(t, sample("BOS_EROArrests_FY2017.csv.gz"))
	detention := &Engine{Store: testStore(t)}
	for _, c := range []struct {
		eng    *Engine
		params string
		// want is the count, read independently: BOS FY2017 arrests =
		// `zcat testdata/sample/BOS_EROArrests_FY2017.csv.gz | tail -n +7 | wc -l`
		// (2,834 data rows); people detained as of 2025-05-23 =
		// 'Detention FY25'!F20 of 2025-05-24_FY25_detentionStats05232025.xlsx
		// (48,870, read with python zipfile + ElementTree, see detention_test.go).
		want float64
	}{
		{records, "dataset=arrests&aor=BOS&fy=2017", 2834},
		{detention, "dataset=detained&date=2025-05-23", 48870},
	} {
		v, _ := url.ParseQuery(c.params)
		q, err := Parse(v)
		if err != nil {
			t.Fatalf("%s: %v", c.params, err)
		}
		res, err := c.eng.Run(ctx, q)
		if err != nil {
			t.Fatalf("%s: %v", c.params, err)
		}
		b, err := json.Marshal(res)
		if err != nil {
			t.Fatal(err)
		}
		var a answer.Answer
		if err := json.Unmarshal(b, &a); err != nil {
			t.Fatalf("%s: the JSON does not decode into answer.Answer: %v", c.params, err)
		}
		if a.Dataset != v.Get("dataset") || a.Count == nil || *a.Count != c.want {
			t.Errorf("%s: dataset %q count %v, want %v", c.params, a.Dataset, a.Count, c.want)
		}
		if a.Command != q.Command() || a.Params.Encode() != q.Values().Encode() || len(a.SQL) == 0 || a.SQL[0].SQL == "" || !a.Coverage.Complete || len(a.Sources) == 0 {
			t.Errorf("%s: envelope incomplete: %s", c.params, b)
		}
		var rows struct {
			Rows []map[string]any `json:"rows"`
		}
		if json.Unmarshal(b, &rows) != nil || rows.Rows == nil {
			t.Errorf("%s: no rows array: %s", c.params, b)
		}
	}
}
