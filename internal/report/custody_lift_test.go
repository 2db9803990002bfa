package report

import (
	"bufio"
	"context"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// TestCustodyDetainerLiftReasons covers the honored / declined / other /
// not-lifted split, which the modern fixture cannot show: its detainer rows
// have no lift-reason column. This test CONSTRUCTS one: it copies
// raw_2025-ICLI-00019_detainers.tsv, appends a "Detainer Lift Reason"
// column, and gives row i (counting data rows from 0) the reason
// reasons[i%5]. The expected counts are counted here while the file is
// written (rows whose prepare date lies in the report's period), not taken
// from icestat.
func TestCustodyDetainerLiftReasons(t *testing.T) {
	reasons := []string{"Booked into Detention", "Detainer Declined by LEA", "Case Closed", "", "Booked into Detention"}
	class := map[string]string{"Booked into Detention": "honored", "Detainer Declined by LEA": "declined", "Case Closed": "other lift reason", "": "not lifted"}
	const from, to = "2024-01-08", "2025-02-15"

	in, err := os.Open(modernFixture("detainers"))
	if err != nil {
		t.Fatal(err)
	}
	defer in.Close()
	path := filepath.Join(t.TempDir(), "raw_lift_detainers.tsv")
	out, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]int{}
	sc := bufio.NewScanner(in)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	line, i := 0, 0
	for sc.Scan() {
		line++
		s := sc.Text()
		switch {
		case line < 7: // preamble
		case line == 7: // header
			s += "\tDetainer Lift Reason"
		default:
			r := reasons[i%len(reasons)]
			i++
			s += "\t" + r
			if d := s[:10]; d >= from && d <= to {
				want["lodged"]++
				want[class[r]]++
			}
		}
		out.WriteString(s + "\n")
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	out.Close()
	t.Logf("constructed counts in the period: %v", want)
	// 43 detainers in the period (the awk count of TestCustodySection)
	if want["lodged"] != 43 {
		t.Fatalf("constructed file: %d detainers in the period, want 43", want["lodged"])
	}

	eng := buildStore(t, t.TempDir(), modernFixture("arrests"), modernFixture("detentions"), path)
	rep, err := Build(context.Background(), eng, Request{AOR: "SEA", From: from, To: to})
	if err != nil {
		t.Fatal(err)
	}
	d := rep.Custody.Detainers
	if !d.Available || !d.LiftReasonField {
		t.Fatalf("detainers %+v", d)
	}
	for _, k := range []string{"lodged", "honored", "declined", "other lift reason", "not lifted"} {
		w := strconv.Itoa(want[k])
		if want[k] > 0 && want[k] < 5 {
			w = "<5" // small cells are suppressed as follow does
		}
		if got := d.Counts[k].Shown; got != w {
			t.Errorf("%s = %s, want %s (constructed)", k, got, w)
		}
	}
	var text strings.Builder
	if err := rep.WriteText(&text); err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{"honored (lift reason 'Booked into Detention')", "declined (lift reason 'Detainer Declined by LEA')"} {
		if !strings.Contains(text.String(), s) {
			t.Errorf("text report lacks %q", s)
		}
	}
	if strings.Contains(text.String(), "no lift-reason field") {
		t.Error("text report says there is no lift-reason field")
	}
}
