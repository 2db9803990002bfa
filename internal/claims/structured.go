package claims

import (
	"fmt"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/icestat/icestat/internal/canon"
)

// File is a claims file (--claims FILE.yaml): claims stated exactly, for
// users who want control over every part of the question.
//
//	place: Massachusetts        # default place (optional)
//	claims:
//	  - text: "ICE made a total of 143,470 arrests in fiscal 2017"
//	    measure: arrests          # arrests, encounters, detainers, detentions, removals
//	    kind: count               # count (default), share, change
//	    filters: {country: MEXICO, criminality: criminal}   # query keys, as `icestat count` flags
//	    base: {}                  # share: filters of the whole (the part adds `filters`)
//	    place: ERO Boston         # state, AOR, "County, ST" or nationwide
//	    period: FY2017            # FY2017, 2025-05, 2017-01-20..2017-09-30, 2018 (calendar year)
//	    baseline: FY2016          # change: the earlier period
//	    comparator: exact         # exact, about, nearly, more-than, just-over, at-least, less-than, at-most, range
//	    value: 143470             # a count, "54%" or "x2" (ratio)
//	    value2: 150000            # range: upper bound
//	    direction: increase       # change: increase or decrease
//	    outcome: detained         # what became of the people arrested (measure: arrests;
//	                              # filters select them): detained, removed or released;
//	                              # kind count ("N were removed") or share ("100%" = all)
//	    as_of: 2025-02-17         # outcome: the date it is read at (default: the file's date)
type File struct {
	Place  string      `yaml:"place"`
	Date   string      `yaml:"date"`
	Claims []FileClaim `yaml:"claims"`
}

// FileClaim is one claim of a claims file.
type FileClaim struct {
	Text       string         `yaml:"text"`
	Kind       string         `yaml:"kind"`
	Measure    string         `yaml:"measure"`
	Filters    map[string]any `yaml:"filters"`
	Base       map[string]any `yaml:"base"`
	Place      string         `yaml:"place"`
	Period     string         `yaml:"period"`
	Baseline   string         `yaml:"baseline"`
	Comparator string         `yaml:"comparator"`
	Value      any            `yaml:"value"`
	Value2     any            `yaml:"value2"`
	Direction  string         `yaml:"direction"`
	Outcome    string         `yaml:"outcome"`
	AsOf       string         `yaml:"as_of"`
}

// filterKeys are the query keys a claims file may use as filters.
var filterKeys = map[string]bool{"criminality": true, "final-order": true, "method": true, "method-scheme": true,
	"country": true, "where": true, "operation": true, "gender": true, "landmark": true, "source": true}

var comparators = map[string]bool{CmpExact: true, CmpAbout: true, CmpNearly: true, CmpMoreThan: true, CmpJustOver: true, CmpAtLeast: true,
	CmpLessThan: true, CmpAtMost: true, CmpRange: true}

// ParseFile reads a claims file into interpretations ready to check.
func ParseFile(data []byte) ([]Interpretation, *File, error) {
	var f File
	dec := yaml.NewDecoder(strings.NewReader(string(data)))
	dec.KnownFields(true)
	if err := dec.Decode(&f); err != nil {
		return nil, nil, fmt.Errorf("claims file: %w", err)
	}
	if len(f.Claims) == 0 {
		return nil, nil, fmt.Errorf("claims file: no claims (want a top-level `claims:` list)")
	}
	var out []Interpretation
	for i, fc := range f.Claims {
		it, err := fc.interpretation(i+1, f.Place, f.Date)
		if err != nil {
			return nil, nil, fmt.Errorf("claims file, claim %d: %w", i+1, err)
		}
		out = append(out, it)
	}
	return out, &f, nil
}

func filterMap(m map[string]any) (map[string][]string, error) {
	if len(m) == 0 {
		return nil, nil
	}
	out := map[string][]string{}
	for k, v := range m {
		if !filterKeys[k] {
			return nil, fmt.Errorf("unknown filter %q (want one of criminality, final-order, method, method-scheme, country, where, operation, gender, landmark, source)", k)
		}
		switch x := v.(type) {
		case []any:
			for _, e := range x {
				out[k] = append(out[k], scalar(e))
			}
		default:
			out[k] = []string{scalar(x)}
		}
	}
	return out, nil
}

func scalar(v any) string {
	switch x := v.(type) {
	case bool:
		if x {
			return "yes"
		}
		return "no"
	case nil:
		return ""
	}
	return fmt.Sprint(v)
}

var (
	fyPeriodRe    = lazyRegexp(`(?i)^(?:fy|fiscal year )\s*(\d{4})$`)
	monthPeriodRe = lazyRegexp(`^(\d{4})-(\d{2})$`)
	rangePeriodRe = lazyRegexp(`^(\d{4}-\d{2}-\d{2})?\.\.(\d{4}-\d{2}-\d{2})?$`)
	yearPeriodRe  = lazyRegexp(`^(\d{4})$`)
)

// ParsePeriod reads a period as a claims file writes it.
func ParsePeriod(s string) (Period, error) {
	s = strings.TrimSpace(s)
	switch {
	case s == "" || s == "all":
		return Period{Kind: "all", Text: s}, nil
	case fyPeriodRe.MatchString(s):
		y, _ := strconv.Atoi(fyPeriodRe.FindStringSubmatch(s)[1])
		return Period{Kind: "fy", FY: y, Text: s}, nil
	case monthPeriodRe.MatchString(s):
		m, _ := strconv.Atoi(monthPeriodRe.FindStringSubmatch(s)[2])
		if m < 1 || m > 12 {
			return Period{}, fmt.Errorf("bad month %q", s)
		}
		return Period{Kind: "month", Month: s, Text: s}, nil
	case rangePeriodRe.MatchString(s):
		m := rangePeriodRe.FindStringSubmatch(s)
		for _, d := range m[1:] {
			if d != "" {
				if _, err := canon.ParseDate(d, false, false); err != nil {
					return Period{}, fmt.Errorf("bad date %q in period", d)
				}
			}
		}
		return Period{Kind: "range", From: m[1], To: m[2], Text: s}, nil
	case yearPeriodRe.MatchString(s):
		return Period{Kind: "range", From: s + "-01-01", To: s + "-12-31", Text: s, Note: "calendar year"}, nil
	}
	return Period{}, fmt.Errorf("bad period %q (want FY2017, 2025-05, 2017-01-20..2017-09-30 or 2018)", s)
}

func parseValue(v any) (float64, string, error) {
	switch x := v.(type) {
	case int:
		return float64(x), UnitCount, nil
	case float64:
		return x, UnitCount, nil
	case string:
		s := strings.TrimSpace(strings.ReplaceAll(x, ",", ""))
		unit := UnitCount
		if strings.HasSuffix(s, "%") {
			s, unit = strings.TrimSpace(strings.TrimSuffix(s, "%")), UnitPercent
		} else if strings.HasPrefix(s, "x") || strings.HasPrefix(s, "×") {
			s, unit = strings.TrimPrefix(strings.TrimPrefix(s, "x"), "×"), UnitRatio
		}
		f, err := strconv.ParseFloat(s, 64)
		if err != nil {
			return 0, "", fmt.Errorf("bad value %q (want a number, \"54%%\" or \"x2\")", x)
		}
		return f, unit, nil
	case nil:
		return 0, "", fmt.Errorf("no value")
	}
	return 0, "", fmt.Errorf("bad value %v", v)
}

func (fc FileClaim) interpretation(id int, defPlace, defDate string) (Interpretation, error) {
	it := Interpretation{}
	c := Claim{ID: id, Sentence: fc.Text, Text: fc.Text, Kind: fc.Kind, Comparator: fc.Comparator}
	if c.Kind == "" {
		c.Kind = KindCount
	}
	switch c.Kind {
	case KindCount, KindShare, KindChange:
	default:
		return it, fmt.Errorf("unknown kind %q (want count, share or change)", c.Kind)
	}
	if c.Comparator == "" {
		c.Comparator = CmpExact
	}
	if !comparators[c.Comparator] {
		return it, fmt.Errorf("unknown comparator %q", c.Comparator)
	}
	if !canon.IsDataset(fc.Measure) {
		return it, fmt.Errorf("unknown measure %q (want one of %s)", fc.Measure, strings.Join(canon.Datasets, ", "))
	}
	it.Measure = fc.Measure
	var err error
	if c.Value, c.Unit, err = parseValue(fc.Value); err != nil {
		return it, err
	}
	if c.Comparator == CmpRange {
		if c.Value2, _, err = parseValue(fc.Value2); err != nil {
			return it, fmt.Errorf("range: %w", err)
		}
	}
	if c.Unit == UnitPercent {
		c.Tolerance = 0.5
	}
	switch strings.ToLower(fc.Direction) {
	case "", "increase", "up":
		c.Direction = 1
	case "decrease", "down":
		c.Direction = -1
	default:
		return it, fmt.Errorf("bad direction %q (want increase or decrease)", fc.Direction)
	}
	if c.Kind == KindShare && c.Unit != UnitPercent {
		return it, fmt.Errorf("a share's value is a percentage, e.g. \"54%%\"")
	}
	if c.Kind != KindChange {
		c.Direction = 0
	}
	if it.Filters, err = filterMap(fc.Filters); err != nil {
		return it, err
	}
	if it.Base, err = filterMap(fc.Base); err != nil {
		return it, err
	}
	if c.Kind == KindShare && it.Base == nil {
		it.Base = map[string][]string{}
	}
	ps := fc.Place
	if ps == "" {
		ps = defPlace
	}
	if it.Place, err = ParsePlace(ps); err != nil {
		return it, err
	}
	if it.Period, err = ParsePeriod(fc.Period); err != nil {
		return it, err
	}
	if c.Kind == KindChange {
		if fc.Baseline == "" {
			return it, fmt.Errorf("a change needs a baseline period")
		}
		b, err := ParsePeriod(fc.Baseline)
		if err != nil {
			return it, fmt.Errorf("baseline: %w", err)
		}
		it.Baseline = &b
	}
	if c.Text == "" {
		c.Text = stated(c)
		c.Sentence = ""
	}
	it.Claim = c
	it.Describe = describe(it)
	if fc.Outcome != "" {
		if err := fc.outcome(&it, defDate); err != nil {
			return it, err
		}
	}
	return it, nil
}

// outcome makes a claim about what became of the people arrested: the
// filters select the arrests (the cohort), the outcome is followed by
// person key as of the claim's (or the file's) date.
func (fc FileClaim) outcome(it *Interpretation, defDate string) error {
	switch fc.Outcome {
	case OutcomeDetained, OutcomeRemoved, OutcomeReleased:
	default:
		return fmt.Errorf("unknown outcome %q (want detained, removed or released)", fc.Outcome)
	}
	if it.Measure != "arrests" {
		return fmt.Errorf("an outcome follows people arrested: measure must be arrests, not %q", it.Measure)
	}
	if it.Claim.Kind == KindChange {
		return fmt.Errorf("an outcome is a count or a share, not a change")
	}
	asOf := fc.AsOf
	if asOf == "" {
		asOf = defDate
	}
	if asOf != "" {
		if _, err := canon.ParseDate(asOf, false, false); err != nil {
			return fmt.Errorf("as_of %q: want YYYY-MM-DD", asOf)
		}
	}
	it.Outcome, it.AsOf = fc.Outcome, asOf
	it.Base, it.Filters = it.Filters, nil
	it.Describe = describeOutcome(it)
	return nil
}
