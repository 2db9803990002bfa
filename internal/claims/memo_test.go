package claims

import (
	"context"
	"encoding/json"
	"errors"
	"testing"
)

// TestMemoSameReports checks real corpus sentences (every fortieth row:
// arrests, removals and detention statistics, in many languages) twice
// through one Memo and once alone: the three reports must be the same, so
// what a Memo keeps never changes a verdict, a value or a command.
func TestMemoSameReports(t *testing.T) {
	eng := corpusEngine(t)
	memo := NewMemo(eng)
	ctx := context.Background()
	recs := loadCorpus(t)
	checked := 0
	for pass := 0; pass < 2; pass++ {
		for i, r := range recs {
			if i%40 != 0 {
				continue
			}
			text, _ := corpusInput(r)
			in := Input{Text: text, Date: r.Published}
			alone, err := Check(ctx, eng, in)
			if err != nil {
				t.Fatalf("%s: %v", r.ID, err)
			}
			kept, err := memo.Check(ctx, in)
			if err != nil {
				t.Fatalf("%s: %v", r.ID, err)
			}
			a, _ := json.Marshal(alone)
			k, _ := json.Marshal(kept)
			if string(a) != string(k) {
				t.Errorf("%s (pass %d): the Memo's report differs from Check's:\nalone %s\nmemo  %s", r.ID, pass, a, k)
			}
			checked++
		}
	}
	if checked < 150 {
		t.Fatalf("only %d checks: the corpus is smaller than the test assumes", checked)
	}
}

// TestMemoCancelled: a check whose context is cancelled fails with that
// error, and the Memo forgets what it kept, so the next check through it
// gets the whole answer.
func TestMemoCancelled(t *testing.T) {
	eng := corpusEngine(t)
	memo := NewMemo(eng)
	// an8-... style sentence of ICE's FY2018 report (its records: 256,085
	// removals, 158,581 arrests)
	in := Input{Text: "ICE removed 256,085 people in fiscal year 2018 and arrested 158,581.", Date: "2018-12-14"}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := memo.Check(ctx, in); !errors.Is(err, context.Canceled) {
		t.Fatalf("a cancelled check gave %v, want context.Canceled", err)
	}
	want, err := Check(context.Background(), eng, in)
	if err != nil {
		t.Fatal(err)
	}
	got, err := memo.Check(context.Background(), in)
	if err != nil {
		t.Fatalf("the check after a cancelled one: %v", err)
	}
	w, _ := json.Marshal(want)
	g, _ := json.Marshal(got)
	if string(w) != string(g) {
		t.Errorf("after a cancelled check the Memo's report differs:\nwant %s\ngot  %s", w, g)
	}
	if want.Summary[Supported] != 2 {
		t.Errorf("the FY2018 removals and arrests: %v, want both supported", want.Summary)
	}
}
