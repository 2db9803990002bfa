package query

import (
	"math"
	"net/url"
	"strings"
	"testing"
)

// removalEditions are real editions with ICE's "ICE Removals" table: the
// end of FY2020, a stale copy of the FY2020 year-to-date sheet archived in
// June 2021, the last FY2022 edition (as of 9/29, a day before the year's
// end), the end of FY2024 and June 2025.
var removalEditions = []string{
	"2020-10-01_FY20-detentionstats.xlsx",
	"2021-06-10_FY21_detentionStats060921.xlsx",
	"2022-09-30_FY22_detentionStats09292022.xlsx",
	"2024-10-01_FY24_detentionStats.xlsx",
	"2025-06-06_FY25_detentionStats06052025.xlsx",
}

// Expected values are the workbooks' column P, read with openpyxl
// (data_only), never with icestat: 'Detention EOFY2020'!P29 = 185884
// (2020-10-01), 'Detention FY20 YTD'!P29 = 160024 (2021-06-10), 'Detention
// FY22'!P29 = 69019 (2022-09-30), 'Detention FY24'!P29 = 271484
// (2024-10-01, "ICE Removals: EOFY2024"), 'Detention FY25'!P29 = 181360
// (2025-06-06).
func TestICERemovals(t *testing.T) {
	s := openFixture(t, "ice-removals", removalEditions...)
	cases := []struct {
		name, args string
		want       float64
		file       string
		complete   bool
	}{
		{"FY2024, the year-end table", "dataset=ice-removals&fy=2024", 271484, "2024-10-01_FY24_detentionStats.xlsx", true},
		// the EOFY table, not the smaller stale copy archived later
		{"FY2020, not the stale copy", "dataset=ice-removals&fy=2020", 185884, "2020-10-01_FY20-detentionstats.xlsx", true},
		// printed a day before the year ended: the year to date, partial
		{"FY2022 to 9/29", "dataset=ice-removals&fy=2022", 69019, "2022-09-30_FY22_detentionStats09292022.xlsx", false},
		{"FY2025 to date on 2025-06-10", "dataset=ice-removals&date=2025-06-10", 181360, "2025-06-06_FY25_detentionStats06052025.xlsx", true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			res := ask(t, s, c.args)
			if res.Count == nil {
				t.Fatalf("no value: %s", res.Coverage.Note)
			}
			if math.Abs(*res.Count-c.want) > 0 {
				t.Errorf("value %v, want %v", *res.Count, c.want)
			}
			if res.Coverage.Complete != c.complete {
				t.Errorf("complete %v, want %v (%s)", res.Coverage.Complete, c.complete, res.Coverage.Note)
			}
			if len(res.Sources) != 1 || res.Sources[0].File != c.file || !contains(res.Sources[0].Cells, "P29") {
				t.Errorf("sources %+v, want %s cell P29", res.Sources, c.file)
			}
		})
	}
	// Not covered, never 0: FY2018 (no edition of it), a day of FY2023
	// (the latest edition before it is of FY2022), a day before any.
	for _, args := range []string{"dataset=ice-removals&fy=2018", "dataset=ice-removals&date=2023-03-01", "dataset=ice-removals&date=2019-05-01"} {
		res := ask(t, s, args)
		if res.Count != nil || !res.Coverage.None || !strings.Contains(res.Coverage.Note, "not covered") {
			t.Errorf("%s: count %v coverage %+v, want not covered", args, res.Count, res.Coverage)
		}
	}
	for _, args := range []string{
		"dataset=ice-removals&month=2025-01",
		"dataset=ice-removals&fy=2025&date=2025-06-01",
		"dataset=ice-removals&fy=2025&aor=BOS",
		"dataset=ice-removals&fy=2025&by=agency",
	} {
		v, _ := url.ParseQuery(args)
		if _, err := Parse(v); err == nil {
			t.Errorf("%s accepted", args)
		}
	}
}
