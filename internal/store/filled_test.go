package store_test

import (
	"context"
	"testing"

	"github.com/icestat/icestat/internal/fixture"
	"github.com/icestat/icestat/internal/store"
)

// TestFilledColumns: a column the release's header names but whose every
// cell is empty or redacted is not filled. The 2019 release's Boston
// slices (testdata/sample) name "Birth Date" and "Operation", yet
//
//	zcat BOS_EROArrests_FY2017.csv.gz | tail -n +7 | awk -F'|' \
//	  '$7!="" && $7!~/\(B\)\(6\)/{b++} $5!="" && $5!~/\(b\)|\(B\)/{o++} $9!=""{g++} END{print b+0, o+0, g}'
//
// prints 0 0 2834: every birth date is "(B)(6);(B)(7)(C) ", every
// operation empty or redacted, every gender given; and in the removals
//
//	zcat BOS_ICERemovals_FY2017.csv.gz | tail -n +7 | awk -F'|' \
//	  '$4!="" && $4!~/\(B\)\(6\)/{b++} $7!="" && $7!~/\(b\)|\(B\)/{t++} END{print b+0, t+0}'
//
// prints 0 774: no birth date, 774 threat levels. No file of the store
// holds encounters.
func TestFilledColumns(t *testing.T) {
	path := fixture.Store(t, fixture.Sample("BOS_EROArrests_FY2017.csv.gz"), fixture.Sample("BOS_ICERemovals_FY2017.csv.gz"))
	st, err := store.OpenReadOnly(path)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	ctx := context.Background()
	cols, _, err := st.SourceColumns(ctx)
	if err != nil {
		t.Fatal(err)
	}
	named := map[string]bool{}
	for _, m := range cols {
		for c := range m {
			named[c] = true
		}
	}
	if !named["birth_date"] || !named["operation"] {
		t.Fatalf("the headers should name birth_date and operation: %v", named)
	}
	for i := 0; i < 2; i++ { // the second answer comes from the cache
		f, err := st.FilledColumns(ctx)
		if err != nil {
			t.Fatal(err)
		}
		for _, tc := range []struct {
			ds, col string
			want    bool
		}{
			{"arrests", "gender", true},
			{"arrests", "country", true},
			{"arrests", "birth_date", false},
			{"arrests", "operation", false},
			{"arrests", "threat_level", false},
			{"removals", "threat_level", true},
			{"removals", "birth_date", false},
			{"encounters", "gender", false},
		} {
			if f[tc.ds][tc.col] != tc.want {
				t.Errorf("%s.%s filled = %v, want %v", tc.ds, tc.col, f[tc.ds][tc.col], tc.want)
			}
		}
	}
}
