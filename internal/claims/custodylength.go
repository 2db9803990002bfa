package claims

import (
	"fmt"
	"math"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/icestat/icestat/internal/canon"
	"github.com/icestat/icestat/internal/table"
)

// MeasureCustody is the people in ICE detention who have been held a
// number of days or more, from ICE's table of detainees by days in custody
// ("7,252 people in custody at least six months in mid-January, including
// 79 held for more than two years").
const MeasureCustody = "custody-length"

// custodyKey holds the least days in custody the figure counts, one of
// ICE's band starts: 181, 366, 731.
const custodyKey = "custody_days"

// custodyLenRe: the words after a count that say how long the people have
// been held.
var custodyLenRe = lazyRegexp(`(?i)^\s*(?:(?:people|detainees|immigrants|individuals|noncitizens|migrants)\s+)?(?:in\s+(?:ICE\s+|immigration\s+)?(?:custody|detention)\s+)?(?:who\s+(?:were|are|have|had|have been|had been)\s+|have been\s+|had been\s+|have\s+|had\s+|being\s+)?(?:(?:in\s+(?:ICE\s+|immigration\s+|ICE's\s+)?(?:custody|detention)|detained|held|jailed|locked up|confined|kept|spent)\s+(?:by\s+ICE\s+)?(?:in\s+(?:ICE\s+|immigration\s+|ICE's\s+)?(?:custody|detention)\s+)?(?:for\s+)?)(at least|more than|longer than|over|upwards of)\s+(six months|half a year|a year|one year|two years|180 days|365 days|730 days)\b`)

// custodyDays reads the least days in custody a count's words name (0:
// none, or a length that is not one of ICE's bands).
func custodyDays(c Claim) int {
	end := c.clauseOff + c.clauseEnd
	if end > len(c.Sentence) {
		return 0
	}
	m := custodyLenRe.FindStringSubmatch(c.Sentence[end:])
	if m == nil {
		return 0
	}
	switch strings.ToLower(m[2]) {
	case "six months", "half a year", "180 days":
		return 181
	case "a year", "one year", "365 days":
		return 366
	case "two years", "730 days":
		return 731
	}
	return 0
}

// custodyReading makes a count a figure of the people held a number of
// days or more, nationally, on the date the text names (a month: its end
// and its middle, the two columns ICE prints) or the article's date.
func custodyReading(it *Interpretation, days int, ref time.Time) {
	it.Measure = MeasureCustody
	it.Filters = map[string][]string{custodyKey: {strconv.Itoa(days)}}
	it.Base, it.Gaps, it.Custody = nil, nil, false
	nationalOnly(it)
	switch it.Period.Kind {
	case "date", "month":
	default:
		if ref.IsZero() {
			it.Period = Period{Kind: "unresolved", Unresolved: "a count of the people held is on a date: give the article's date (--date)"}
			return
		}
		d := ref.Format("2006-01-02")
		it.Period = Period{Kind: "date", Text: "the article's date", From: d, To: d, Note: "the people held on the article's date"}
		setUnstated(it, "period", "the sentence names no date (the article's date assumed)")
	}
}

// custodyBands are ICE's bands of days in custody with the day each starts.
var custodyBands = []struct {
	name string
	from int
}{{"0-180 Days", 0}, {"181-365 Days", 181}, {"366-730 Days", 366}, {"More than 730 Days", 731}}

// custodyCount tests a count of the people held a number of days or more.
// ICE's table prints several populations (adult facilities, family
// centers, people with a positive fear determination) and their total, at
// the middle and the end of each month; a published figure may be any of
// them, so one that matches none is not called contradicted.
func (r *runner) custodyCount(it *Interpretation, b *entryBuilder) (Entry, error) {
	c := it.Claim
	days := custodyMinDays(*it)
	type column struct{ date, label string }
	var cols []column
	if it.Period.Kind == "month" {
		mi, ok := canon.MonthInterval(it.Period.Month)
		if !ok {
			b.not(ReasonPeriodUnresolved, "The month %q cannot be read.", it.Period.Month)
			return b.finish(NotCheckable), nil
		}
		cols = []column{{mi.To.String(), "the end of " + it.Period.Month}, {it.Period.Month + "-15", "the middle of " + it.Period.Month}}
	} else {
		cols = []column{{it.Period.From, "on " + it.Period.From}}
		if t, err := time.Parse("2006-01-02", it.Period.From); err == nil && t.Day() >= 24 {
			// "at the end of December" (read as a day of its last week):
			// ICE's end-of-month column, dated after it
			end := time.Date(t.Year(), t.Month()+1, 0, 0, 0, 0, 0, time.UTC).Format("2006-01-02")
			if end != it.Period.From {
				cols = append(cols, column{end, "the end of " + end[:7]})
			}
		}
	}
	type candidate struct {
		value       float64
		text, label string
	}
	var cands []candidate
	for i, col := range cols {
		v := url.Values{"dataset": {MeasureCustody}, "date": {col.date}, "by": {"population,length"}}
		if it.PrintedBy != "" {
			v.Set("printed-by", it.PrintedBy)
		}
		res, err := r.runDetention(b, v)
		if err != nil {
			return Entry{}, err
		}
		if res.Count == nil || res.Table == nil {
			if i == 0 && len(cands) == 0 && len(cols) == 1 {
				return notCovered(b, res), nil
			}
			continue
		}
		for _, pop := range []string{"Total", "Adult Facility Aliens"} {
			n, found := 0.0, false
			for _, row := range res.Table.Rows {
				if table.Cell(row[0]) != pop {
					continue
				}
				for _, band := range custodyBands {
					if band.from >= days && table.Cell(row[1]) == band.name {
						n += table.Float(row[2])
						found = true
					}
				}
			}
			if !found {
				continue
			}
			who := "everyone held"
			if pop != "Total" {
				who = "adult facilities only (" + pop + ")"
			}
			held := fmt.Sprintf("held more than %d days", days-1)
			if days == 0 {
				held = "held (the table's total)"
			}
			cands = append(cands, candidate{n, fmt.Sprintf("%s %s, %s (%s; %s)", formatNumber(n), held, who, strings.Trim(strings.TrimPrefix(res.Label, "people in ICE detention by days in custody "), "()"), usedText(res)),
				who + ", " + col.label})
		}
	}
	if len(cands) == 0 {
		b.not(ReasonPeriodNotCovered, "No stored edition prints the detainees by days in custody for %s.", it.Period.String())
		return b.finish(NotCheckable), nil
	}
	b.note("Measure: ICE's table of detainees by days in custody (the \"ICLOS and Detainees\" sheet), bands of 181-365, 366-730 and more than 730 days.")
	for i, cd := range cands {
		if compare(c, cd.value) {
			v := cd.value
			b.e.Value, b.e.ValueText = &v, cd.text
			if i > 0 {
				b.e.Under = cd.label
			}
			b.note("The records give " + cd.text + ".")
			return b.finish(Supported), nil
		}
	}
	v := cands[0].value
	b.e.Value, b.e.ValueText = &v, cands[0].text
	var others []string
	for _, cd := range cands[1:] {
		others = append(others, cd.text)
	}
	b.not(ReasonDefinitionGap, "The records give %s; also %s. ICE prints several populations and two columns a month, and a figure may come from an edition that revised them, so this is not called a contradiction.", cands[0].text, orDash(strings.Join(others, "; ")))
	return b.finish(NotCheckable), nil
}

// custodyMinDays is the least days in custody a custody figure counts
// (0: everyone held, the table's total).
func custodyMinDays(it Interpretation) int {
	d, _ := strconv.Atoi(url.Values(it.Filters).Get(custodyKey))
	return d
}

// custodyWhat describes a custody figure in ICE's words ("more than 180
// days": its bands start at 181, 366 and 731).
func custodyWhat(it Interpretation) string {
	d := custodyMinDays(it)
	if d == 0 {
		return "people in ICE detention (the total of ICE's table of detainees by days in custody)"
	}
	return fmt.Sprintf("people in ICE detention held more than %d days (ICE's table of detainees by days in custody)", d-1)
}

// custodyTotalReading reads a count of the people detained on a day as the
// total of ICE's table of detainees by days in custody, which ICE dates
// the middle and the end of each month ("More than 75,000 ... being
// detained by ICE as of mid-January": 75,831 in that table, while the
// edition of January 8 counts 68,990).
func custodyTotalReading(first Reading) []Reading {
	it := first.It
	if it.Measure != MeasureDetained || it.Claim.Kind != KindCount || len(it.Filters) > 0 || it.Period.Kind != "date" || it.termPeak != 0 ||
		it.Claim.Comparator != CmpExact || math.Mod(it.Claim.Value, 100) == 0 {
		// only a figure exact to the unit ("some 70,805 people ... at the
		// end of last year": that table's end-of-December total): a
		// rounded one ("about 54,000") falls near it by chance (corpus row
		// f0-boost-05)
		return nil
	}
	it.Measure = MeasureCustody
	it.Filters = map[string][]string{custodyKey: {"0"}}
	it.Describe = describeDetention(it)
	return []Reading{{It: it, Label: "the total of ICE's table of detainees by days in custody (as of the middle or the end of a month), not its currently-detained count", Prior: first.Prior * 0.6}}
}
