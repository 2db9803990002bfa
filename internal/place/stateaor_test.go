package place

import "testing"

// TestStateAOR: an area of responsibility that is exactly one state. The
// bundled county reference (county_aor.csv) puts Arizona's 15 counties, and
// no other, in Phoenix (awk -F, '$NF=="PHO"' county_aor.csv | cut -d, -f2 |
// sort -u gives 04 only; awk -F, '$2=="04"' gives 15 rows, all PHO), and
// New Jersey's 21 in Newark alone; Texas is split among four areas, and
// Denver covers Colorado and Wyoming.
func TestStateAOR(t *testing.T) {
	for _, tc := range []struct {
		state, aor string
		ok         bool
	}{
		{"AZ", "PHO", true},
		{"NJ", "NEW", true},
		{"TX", "", false},
		{"CO", "", false},
		{"WY", "", false},
		{"MD", "BAL", true}, // Baltimore: Maryland's 24 counties and no other
	} {
		aor, ok := StateAOR(tc.state)
		if aor != tc.aor || ok != tc.ok {
			t.Errorf("StateAOR(%s) = %q, %v; want %q, %v", tc.state, aor, ok, tc.aor, tc.ok)
		}
	}
}
