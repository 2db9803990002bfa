package claims

import (
	"fmt"
	"math"
	"net/url"
	"sort"
	"strings"

	"github.com/icestat/icestat/internal/table"
)

// Facility types: analysts write about ICE's facilities table by type of
// contract — "by count the most common type of facility are IGSA's (n=73)",
// "IGSA's (n=8999) and CDF's (n=3567) ... make up 81% of the total ADP",
// "SPC's have the highest mean ADP (M=269.80)", "IGSA's constitute more
// than half of the facilities". Each is a statistic over the edition out on
// the article's date: the number of facilities of a type, their average
// daily populations added up or averaged, or a type's share of the
// facilities or of the population. The writer may have used another
// edition or left facilities out, so these figures are supported, never
// contradicted.

// Filter keys of a facility-type statistic.
const (
	facTypeKey = "facility_type" // the types, as ICE's "Type Detailed" writes them
	facStatKey = "facility_stat" // count, adp, mean
)

// facTypeRe: a type of detention facility, as ICE abbreviates it or in
// words.
var facTypeRe = lazyRegexp(`\b(?:(USMS\s+IGA|USMS\s+CDF|DIGSA|IGSA|CDF|SPC)(?:'?s)?\b|(?i:(service processing centers?)|(contract detention facilit(?:y|ies))|(inter-?governmental service agreements?)))`)

// facTypeName is ICE's "Type Detailed" value for a match of facTypeRe.
func facTypeName(m string) string {
	l := strings.ToLower(strings.TrimSuffix(strings.TrimSuffix(m, "s"), "'"))
	switch {
	case strings.HasPrefix(l, "service processing"):
		return "SPC"
	case strings.HasPrefix(l, "contract detention"):
		return "CDF"
	case strings.HasPrefix(l, "inter"):
		return "IGSA"
	}
	return strings.Join(strings.Fields(strings.ToUpper(strings.TrimSuffix(strings.TrimSuffix(m, "'s"), "s"))), " ")
}

var (
	// between a type and its figure: "IGSA's (n=73)", "USMS IGA's (n= 39)"
	facByTypeRe = lazyRegexp(`(?i)\bby\s+(?:facility\s+)?types?\b`)
	facMeanRe   = lazyRegexp(`\bM\s*=\s*$`)
	facSpreadRe = lazyRegexp(`\b(?:SD|Median|median|sd)\s*=\s*$`)
	facCountRe  = lazyRegexp(`(?i)\bfacilit(?:y|ies)\b|\bnumerous\b|\bkinds?\b|\btypes?\b|\bby count\b`)
	facADPRe    = lazyRegexp(`\bADP\b|(?i:average daily population|total detained|detained population)`)
	facBedsRe   = lazyRegexp(`(?i)\bguaranteed\b|\bghost\b|\bbeds?\b|\bminimums?\b`)
	facOfAllRe  = lazyRegexp(`(?i)^[^.;]{0,40}?\bof\s+(?:the\s+|all\s+)?(?:total\s+)?(?:(?:ICE|detention|immigration)\s+){0,2}(?:facilities|ADP|average daily population|detained population|population)\b`)
)

// facilityTypeStat reads a figure about facility types: the types and the
// statistic, false when the figure is none.
func facilityTypeStat(c Claim, figures []int) (types []string, stat string, ok bool) {
	s := c.Sentence
	pos, end := c.clauseOff+c.clauseStart, c.clauseOff+c.clauseEnd
	if pos > len(s) || end > len(s) || facBedsRe.MatchString(s) {
		return nil, "", false
	}
	ms := facTypeRe.FindAllStringIndex(s, -1)
	if len(ms) == 0 {
		return nil, "", false
	}
	before := s[max(0, pos-12):pos]
	if facSpreadRe.MatchString(before) {
		return nil, "", false
	}
	switch c.Kind {
	case KindCount:
		// the type right after the figure ("73 IGSAs"), or the nearest
		// before it with no other figure between ("IGSA's (n=73)", "SPC's
		// have the highest mean ADP (M=269.80")
		t := ""
		for _, m := range ms {
			switch {
			case m[0] >= end && m[0]-end <= 1:
				t = facTypeName(s[m[0]:m[1]])
			case m[1] <= pos && pos-m[1] <= 45 && !figureBetween(figures, pos, m[1], pos):
				t = facTypeName(s[m[0]:m[1]])
			}
		}
		if t == "" {
			return nil, "", false
		}
		if facMeanRe.MatchString(before) {
			return []string{t}, "mean", true
		}
		// the nearer cue before the figure says what is counted: "total
		// ADP by facility type ... CDF's (n=3567)" the population, "few of
		// this kind of facility (n=5)" the facilities
		window := facByTypeRe.ReplaceAllString(s[max(0, pos-60):pos], "")
		a, c := lastIndex(facADPRe, window), lastIndex(facCountRe, window)
		if a < 0 && c < 0 {
			// none before: the first after it, in its clause ("USMS IGA's
			// (n= 39) are the second most numerous kind of facility")
			after := s[end:]
			if k := strings.IndexAny(after, ";"); k >= 0 {
				after = after[:k]
			}
			after = facByTypeRe.ReplaceAllString(after[:min(len(after), 60)], "")
			a, c = firstIndex(facADPRe, after), firstIndex(facCountRe, after)
			if a >= 0 && c >= 0 {
				a, c = c, a // the earlier wins
			}
		}
		if a > c || a < 0 && c < 0 && facADPRe.MatchString(s) {
			return []string{t}, "adp", true
		}
		return []string{t}, "count", true
	case KindShare:
		// the types named before the share in its sentence: "IGSA's and
		// CDF's ... make up 81% of the total ADP"
		for _, m := range ms {
			if m[1] <= pos {
				if n := facTypeName(s[m[0]:m[1]]); !contains(types, n) {
					types = append(types, n)
				}
			}
		}
		of := facOfAllRe.FindString(s[end:])
		if len(types) == 0 || of == "" {
			return nil, "", false
		}
		if strings.Contains(strings.ToLower(of), "facilit") {
			return types, "count", true
		}
		return types, "adp", true
	}
	return nil, "", false
}

// facilityTypeCheck tests a statistic over the facilities of some types.
func (r *runner) facilityTypeCheck(it *Interpretation, b *entryBuilder) (Entry, error) {
	types, stat := it.Filters[facTypeKey], it.Filters[facStatKey][0]
	v := url.Values{"dataset": {MeasureFacility}, "date": {it.Period.From}, "by": {"facility"}}
	if it.PrintedBy != "" {
		v.Set("printed-by", it.PrintedBy)
	}
	res, err := r.runDetention(b, v)
	if err != nil {
		return Entry{}, err
	}
	if res.Count == nil || res.Table == nil {
		return notCovered(b, res), nil
	}
	col := -1
	for i, c := range res.Table.Columns {
		if c == "type" {
			col = i
		}
	}
	var n, adp, allN, allADP float64
	for _, row := range res.Table.Rows {
		a := table.Float(row[len(row)-1])
		allN++
		allADP += a
		if col >= 0 && contains(types, strings.ToUpper(strings.TrimSpace(fmt.Sprint(row[col])))) {
			n++
			adp += a
		}
	}
	if n == 0 {
		b.not(ReasonPlaceNotCovered, "No facility of type %s in %s.", strings.Join(types, " or "), usedText(res))
		return b.finish(NotCheckable), nil
	}
	what := strings.Join(types, " + ")
	var val float64
	var text string
	switch {
	case it.Claim.Kind == KindShare && stat == "count":
		val = 100 * n / allN
		text = fmt.Sprintf("%.1f%% (%s of the %s facilities listed are %s; %s)", val, formatNumber(n), formatNumber(allN), what, usedText(res))
	case it.Claim.Kind == KindShare:
		val = 100 * adp / allADP
		text = fmt.Sprintf("%.1f%% (%s of the %s average daily population is in %s facilities; %s)", val, formatDecimal(adp), formatDecimal(allADP), what, usedText(res))
	case stat == "count":
		val = n
		text = fmt.Sprintf("%s %s facilities listed (%s)", formatNumber(n), what, usedText(res))
	case stat == "mean":
		val = adp / n
		text = fmt.Sprintf("%.2f average daily population per %s facility (%s over %s facilities; %s)", val, what, formatDecimal(adp), formatNumber(n), usedText(res))
	default:
		val = adp
		text = fmt.Sprintf("%s average daily population in %s facilities (%s facilities; %s)", formatDecimal(adp), what, formatNumber(n), usedText(res))
	}
	b.e.Value, b.e.ValueText = &val, text
	b.note("Measure: a statistic over ICE's facilities table (the facilities holding someone in the fiscal year to the edition's date, by their \"Type Detailed\"), in the edition out on the article's date; the writer may have used another edition, so the figure is not called contradicted.")
	return r.verdict(it, b, wholeFigure(it.Claim, val), text), nil
}

// facTypeList names types for a reading's description.
func facTypeList(f map[string][]string) string {
	t := append([]string(nil), f[facTypeKey]...)
	sort.Strings(t)
	return strings.Join(t, " + ")
}

// figureBetween: one of the figures (other than the one at pos) lies in
// lo..hi.
func figureBetween(figures []int, pos, lo, hi int) bool {
	for _, f := range figures {
		if f != pos && f > lo && f < hi {
			return true
		}
	}
	return false
}

// lastIndex is where re last matches s, -1 when nowhere.
func lastIndex(re *lazyRE, s string) int {
	ms := re.FindAllStringIndex(s, -1)
	if len(ms) == 0 {
		return -1
	}
	return ms[len(ms)-1][0]
}

// statedDecimal: an analyst's "M=269.80" is stated to its decimals, not
// rounded as the extractor takes a decimal count to be; facilities' averages
// are added up from rounded cells, so it holds within a thousandth.
func statedDecimal(c *Claim) {
	if c.Comparator == CmpAbout && c.Tolerance > 0 && c.Tolerance < 0.5 && decimalOnlyRe.MatchString(c.Text) {
		c.Comparator = CmpExact
		c.Tolerance = math.Max(c.Tolerance, 0.001*math.Abs(c.Value))
	}
}

var decimalOnlyRe = lazyRegexp(`^\d[\d,]*\.\d+$`)

// firstIndex is where re first matches s, -1 when nowhere.
func firstIndex(re *lazyRE, s string) int {
	if m := re.FindStringIndex(s); m != nil {
		return m[0]
	}
	return -1
}
