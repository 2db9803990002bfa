package xlsx

import "testing"

func BenchmarkTmpSeattle(b *testing.B) {
	w, err := Open("../../../shared/data/uwchr-seattle/2018-ICFO-36170_Seattle_Encounters_Arrests_Removals.xlsx")
	if err != nil {
		b.Fatal(err)
	}
	defer w.Close()
	rows := 0
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for i := range w.Sheets() {
			r, _ := w.Rows(i)
			for r.Next() {
				rows++
			}
			r.Close()
		}
	}
	b.ReportMetric(float64(rows)/b.Elapsed().Seconds(), "rows/s")
}
