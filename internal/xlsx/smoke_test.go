package xlsx

import (
	"testing"
	"time"
)

func TestSmokeTmp(t *testing.T) {
	w, err := Open("../../../shared/data/uwchr-seattle/2018-ICFO-36170_Seattle_Encounters_Arrests_Removals.xlsx")
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	t.Log(w.Sheets(), w.Date1904(), w.SharedStrings())
	for i := range w.Sheets() {
		st := time.Now()
		r, err := w.Rows(i)
		if err != nil {
			t.Fatal(err)
		}
		n := 0
		for r.Next() {
			if n < 8 || r.RowNum() < 9 {
				t.Log(r.RowNum(), len(r.Cells()), r.Cells(), r.Numeric(9))
			}
			n++
		}
		t.Log(i, n, r.Err(), time.Since(st))
		r.Close()
	}
}
