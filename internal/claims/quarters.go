package claims

import (
	"fmt"
	"strings"
	"time"

	"github.com/icestat/icestat/internal/table"
)

// Quarter superlatives: "Arrests made by ICE officers working out of the San
// Diego Field Office ... dropped in the second quarter of fiscal 2019 to the
// lowest of any quarter under the Trump administration". ICE's quarterly
// releases compare fiscal quarters; the records count by month, so the
// quarter's months are summed and set against every other fiscal quarter the
// records wholly cover, within the comparison window the sentence names
// ("under the Trump administration"), up to the claim's own quarter (the
// later ones were not out when the writer compared). Which quarters compete depends on
// where that window is taken to start (the quarter the inauguration falls
// in, or the first whole one after it): the claim is supported when its
// quarter is the extreme under either, and never called contradicted.

// anyQuarterRe: a superlative among quarters.
var anyQuarterRe = lazyRegexp(`(?i)\b(?:of|in)\s+any\s+(?:fiscal\s+)?quarter\b`)

// fiscalQuarterOf gives the fiscal quarter a period is ("2019-01-01 ..
// 2019-03-31": FY2019 Q2), or false.
func fiscalQuarterOf(p Period) (string, bool) {
	if p.Kind != "range" && p.Kind != "quarter" || len(p.From) != 10 || len(p.To) != 10 {
		return "", false
	}
	from, err1 := time.Parse("2006-01-02", p.From)
	to, err2 := time.Parse("2006-01-02", p.To)
	if err1 != nil || err2 != nil || from.Day() != 1 || (from.Month()-1)%3 != 0 || !to.Equal(from.AddDate(0, 3, -1)) {
		return "", false
	}
	return quarterKey(from), true
}

// quarterKey names the fiscal quarter a day falls in ("FY2019 Q2").
func quarterKey(d time.Time) string {
	fy, q := d.Year(), (int(d.Month())-1)/3+2 // January-March is Q2
	if q == 5 {
		fy, q = fy+1, 1 // October-December opens the next fiscal year
	}
	return fmt.Sprintf("FY%d Q%d", fy, q)
}

func (r *runner) quarterSuperlative(it *Interpretation, b *entryBuilder) (Entry, error) {
	key, ok := fiscalQuarterOf(it.Period)
	if !ok {
		b.not(ReasonUnderspecified, "The claim compares quarters but its period is %s, not one fiscal quarter.", it.Period.String())
		return b.finish(NotCheckable), nil
	}
	all := it.Values(mergeFilters(it.Base, it.Filters), Period{Kind: "all"})
	all.Set("by", "month")
	all.Set("sort", "key")
	byRes, err := r.run(all)
	if err != nil {
		return Entry{}, err
	}
	r.addCommand(b.e, byRes)
	sums, months, firstDay := map[string]float64{}, map[string]int{}, map[string]string{}
	for _, row := range byRes.Rows {
		k := fmt.Sprint(row[0])
		if !wholeCovered("month", k, byRes.Coverage.Covered) {
			continue
		}
		d, err := time.Parse("2006-01", k)
		if err != nil {
			continue
		}
		q := quarterKey(d)
		sums[q] += table.Float(row[1])
		months[q]++
		if f := d.Format("2006-01-02"); firstDay[q] == "" || f < firstDay[q] {
			firstDay[q] = f
		}
	}
	if months[key] != 3 {
		b.not(ReasonPeriodNotCovered, "The records do not cover the three months of %s.", key)
		return b.finish(NotCheckable), nil
	}
	claimed := sums[key]
	// the quarters that compete: those the window reaches (its first one
	// may start before it), or only those that start within it
	extreme := func(wholeOnly bool) (string, float64) {
		bestKey, best := "", -1.0
		for q, n := range sums {
			if months[q] != 3 || firstDay[q] > firstDay[key] {
				// a later quarter was not out when the writer compared
				continue
			}
			if w := it.Baseline; w != nil && len(w.From) == 10 && len(w.To) == 10 {
				start := firstDay[q]
				end := shiftMonthsEnd(start)
				if end < w.From || start > w.To || wholeOnly && (start < w.From || end > w.To) {
					continue
				}
			}
			if best < 0 || it.Claim.Direction < 0 && n < best || it.Claim.Direction >= 0 && n > best {
				bestKey, best = q, n
			}
		}
		return bestKey, best
	}
	word := "largest"
	if it.Claim.Direction < 0 {
		word = "smallest"
	}
	var texts []string
	for _, wholeOnly := range []bool{false, true} {
		q, n := extreme(wholeOnly)
		text := fmt.Sprintf("%s in %s; the %s fiscal quarter in the records is %s with %s", formatNumber(claimed), key, word, q, formatNumber(n))
		if q == key || n == claimed {
			b.e.Value, b.e.ValueText = &claimed, text
			b.note(fmt.Sprintf("The records give %s, summing months into fiscal quarters.", text))
			return b.finish(Supported), nil
		}
		texts = append(texts, text)
	}
	b.e.Value, b.e.ValueText = &claimed, texts[0]
	b.not(ReasonDefinitionGap, "The records give %s; which quarters compete depends on where the comparison window starts and on the quarters the records wholly cover, so a quarter superlative is not called contradicted.", strings.Join(texts, "; with only the quarters wholly in the window, "))
	return b.finish(NotCheckable), nil
}

// shiftMonthsEnd is the last day of the quarter that starts on day d.
func shiftMonthsEnd(d string) string {
	t, err := time.Parse("2006-01-02", d)
	if err != nil {
		return d
	}
	return t.AddDate(0, 3, -1).Format("2006-01-02")
}
