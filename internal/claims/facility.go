package claims

import (
	"fmt"
	"math"
	"net/url"
	"regexp"
	"strings"

	"github.com/icestat/icestat/internal/answer"
	"github.com/icestat/icestat/internal/table"
)

// Facility claims: "Stewart Detention Center in Lumpkin, Georgia held the
// largest number of ICE detainees so far in FY 2022, averaging 1,183 per
// day". ICE publishes, in each edition's Facilities sheet, every facility's
// average daily population over the fiscal year to the edition's date; a
// figure next to a facility's name in a sentence about holding people is
// that average, read in the edition out on the article's date.
//
// The text stage finds the name as written (facilityPhrase); the check
// stage resolves it against the facility names the edition lists
// (matchFacility), since ICE abbreviates them ("ADAMS COUNTY DET CENTER").
const MeasureFacility = "facility-adp"

// facilityNameRe: a proper name ending in a facility word, "the Adams
// County Detention Center", "South Texas ICE Processing Center".
var facilityNameRe = lazyRegexp(`\b((?:[A-Z][A-Za-z.'-]*\s+){1,6}(?:ICE\s+|Ice\s+)?(?:Detention|Processing|Residential|Correctional|Service|Staging|Contract|Family)\s+(?:Center|Centre|Facility|Complex))\b`)

// facilityPhrase is the facility named nearest a figure at pos in the
// sentence, when no other figure lies between them; "" when none.
func facilityPhrase(sent string, pos int, figures []int) string {
	best, bestDist := "", 1<<30
	for _, m := range facilityNameRe.FindAllStringSubmatchIndex(sent, -1) {
		a, z := m[2], m[3]
		d := a - pos
		lo, hi := pos, a
		if a < pos {
			d, lo, hi = pos-z, z, pos
		}
		if d < 0 || d > 160 {
			continue
		}
		between := false
		for _, f := range figures {
			if f != pos && f > lo && f < hi {
				between = true
			}
		}
		if !between && d < bestDist {
			best, bestDist = sent[a:z], d
		}
	}
	return strings.TrimSpace(strings.TrimPrefix(strings.TrimPrefix(best, "The "), "the "))
}

// facilityAbbrev expands ICE's abbreviations in facility names.
var facilityAbbrev = map[string]string{
	"det": "detention", "ctr": "center", "cntr": "center", "fac": "facility", "fam": "family",
	"proc": "processing", "corr": "correctional", "cty": "county", "co": "county", "res": "residential",
	"spc": "processing", "ipc": "processing", "centre": "center", "complex": "center", "facility": "center",
}

var facilityWordRe = regexp.MustCompile(`[a-z]+`)

// facilityTokens lowers, splits and expands a name; "center", "facility"
// and "complex" are one word (writers use them interchangeably), and
// "ice" and "the" carry nothing.
func facilityTokens(s string) map[string]bool {
	out := map[string]bool{}
	for _, w := range facilityWordRe.FindAllString(strings.ToLower(s), -1) {
		if x, ok := facilityAbbrev[w]; ok {
			w = x
		}
		if w == "ice" || w == "the" || w == "of" {
			continue
		}
		out[w] = true
	}
	return out
}

// matchFacility returns the listed names whose words include every word
// of the phrase.
func matchFacility(phrase string, names []string) []string {
	want := facilityTokens(phrase)
	if len(want) < 2 {
		return nil
	}
	var out []string
	for _, n := range names {
		have := facilityTokens(n)
		ok := true
		for w := range want {
			if !have[w] {
				ok = false
				break
			}
		}
		if ok {
			out = append(out, n)
		}
	}
	return out
}

// checkFacility tests a facility's average daily population.
func (r *runner) checkFacility(it *Interpretation, b *entryBuilder) (Entry, error) {
	c := it.Claim
	if c.Kind != KindCount {
		b.not(ReasonUnderspecified, "Only a facility's average daily population is tested, not a %s about it.", c.Kind)
		return b.finish(NotCheckable), nil
	}
	base := url.Values{"dataset": {MeasureFacility}, "date": {it.Period.From}, "by": {"facility"}}
	if it.PrintedBy != "" {
		base.Set("printed-by", it.PrintedBy)
	}
	list, err := r.runDetention(b, base)
	if err != nil {
		if answer.IsBad(err) {
			b.not(ReasonUnderspecified, "The claim does not make a valid facility question: %v.", err)
			return b.finish(NotCheckable), nil
		}
		return Entry{}, err
	}
	if list.Count == nil || list.Table == nil {
		return notCovered(b, list), nil
	}
	var names []string
	for _, row := range list.Table.Rows {
		names = append(names, fmt.Sprint(row[0]))
	}
	found := matchFacility(it.Place.Name, names)
	if len(found) != 1 {
		b.not(ReasonPlaceNotCovered, "%q names %d of the %d facilities %s lists; the figure is tested only when it names one.", it.Place.Name, len(found), len(names), usedText(list))
		return b.finish(NotCheckable), nil
	}
	var adp float64
	for _, row := range list.Table.Rows {
		if fmt.Sprint(row[0]) == found[0] {
			adp = table.Float(row[len(row)-1])
		}
	}
	v := url.Values{"dataset": {MeasureFacility}, "date": {it.Period.From}, "facility": {found[0]}}
	if it.PrintedBy != "" {
		v.Set("printed-by", it.PrintedBy)
	}
	res, err := r.runDetention(b, v) // the command a reader can rerun
	if err != nil {
		return Entry{}, err
	}
	if res.Count != nil {
		adp = *res.Count
	}
	text := fmt.Sprintf("%s average daily population of %s (fiscal year to date; %s)", formatDecimal(adp), found[0], usedText(res))
	b.e.Value, b.e.ValueText = &adp, text
	b.note("Measure: ICE's average daily population of the facility over the fiscal year to the edition's date (Level A-D summed), not the count on one day.")
	computed := adp
	if w := c.Value; w == math.Trunc(w) && (math.Round(adp) == w || math.Trunc(adp) == w) {
		// ICE prints the average to a tenth; a whole figure is it rounded
		// or truncated ("2,168 per day" for 2,167.8)
		computed = w
	}
	return r.verdict(it, b, computed, text), nil
}

// formatDecimal writes ICE's one-decimal averages with thousands separators.
func formatDecimal(f float64) string {
	s := fmt.Sprintf("%.1f", f)
	whole, frac, _ := strings.Cut(s, ".")
	var n float64
	fmt.Sscan(whole, &n)
	if frac == "0" {
		return formatNumber(n)
	}
	return formatNumber(n) + "." + frac
}
