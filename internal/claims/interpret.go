package claims

import (
	"fmt"
	"net/url"
	"sort"
	"strings"
	"time"
)

// context is what carries from one sentence to the next: the place and
// period in force, and the last count (for "Of those arrested, 277 ...").
type textContext struct {
	place     Place
	period    *Period
	measure   string
	lastCount *Interpretation
}

func hasAnaphor(low string) bool {
	for _, p := range []string{"of those", "of them", "of these", "among them", "among those", "of the total", "of whom", "of that number", "everyone arrested", "all of them", "of these arrests", "those arrested"} {
		if strings.Contains(low, p) {
			return true
		}
	}
	return false
}

// MaxClaims bounds the claims read from one text: an article has tens, and
// the bound keeps a hostile input from costing more than a long report.
const MaxClaims = 500

// Analyze finds and interprets the claims of a text. It is pure: no store
// is read.
func Analyze(in Input) ([]Interpretation, error) {
	var ref time.Time
	if in.Date != "" {
		t, err := time.Parse("2006-01-02", strings.TrimSpace(in.Date))
		if err != nil {
			return nil, fmt.Errorf("bad date %q (want YYYY-MM-DD)", in.Date)
		}
		ref = t
	} else if t, ok := articleDate(in.Text); ok {
		ref = t
	}
	ctx := textContext{place: Place{Kind: "national", Name: "nationwide", Implicit: true}}
	if in.Place != "" {
		p, err := ParsePlace(in.Place)
		if err != nil {
			return nil, err
		}
		p.Implicit = true
		ctx.place = p
	}
	claims := addOutcomeWords(in.Text, Extract(in.Text))
	if len(claims) > MaxClaims {
		claims = claims[:MaxClaims]
	}
	sents := splitSentences(in.Text)
	var out []Interpretation
	ci := 0
	for si, s := range sents {
		ctxState := ctx.place.State
		pms := places(s.text, ctxState)
		prs := periods(s.text, ref)
		// the sentence's own place and period, if any
		var sentPlace *Place
		for _, pm := range pms {
			if sentPlace == nil || pm.p.Kind == "county" || sentPlace.Kind == "national" || pm.p.Kind == "state" && sentPlace.Kind == "aor" {
				p := pm.p
				sentPlace = &p
			}
		}
		main, base := choosePeriods(prs, ctx.period)
		firstSet := false
		for ; ci < len(claims) && claims[ci].Sent == si; ci++ {
			c := claims[ci]
			cm := main
			if own := segmentPeriod(s.text, c.clauseOff+c.clauseStart, prs, main, ctx.period); own != nil {
				cm = own
			}
			it := interpret(c, ctx, sentPlace, cm, base, ref)
			out = append(out, it)
			if it.Measure != "" {
				ctx.measure = it.Measure
			}
			// The first count of a sentence that is not itself a part of an
			// earlier count is what "those arrested" refers to later; the
			// counts after it in the sentence are parts of it.
			if c.Kind == KindCount && it.Measure != "" && !firstSet && !hasAnaphor(strings.ToLower(c.Sentence)) {
				cp := it
				ctx.lastCount = &cp
				firstSet = true
			}
		}
		// carry the sentence's place (not counties) and period forward
		if sentPlace != nil && sentPlace.Kind != "county" {
			p := *sentPlace
			p.Implicit = true
			ctx.place = p
		}
		if main != nil {
			p := *main
			ctx.period = &p
		}
	}
	markOutcomes(out, ref)
	return detentionPass(in.Text, ref, out), nil
}

// choosePeriods picks the period a sentence is about and the baseline of a
// change ("over FY2016").
func choosePeriods(prs []periodMention, ctxPeriod *Period) (*Period, *Period) {
	var main, base *Period
	var since *periodMention
	for i := range prs {
		pm := prs[i]
		if pm.since != nil && pm.p.Kind == "since" {
			since = &prs[i]
			continue
		}
		if pm.baseline {
			if base == nil {
				p := pm.p
				base = &p
			}
			continue
		}
		if main == nil {
			p := pm.p
			main = &p
		}
	}
	if since != nil {
		// "after January 20" inside a fiscal year: from that day to the end
		// of the fiscal year.
		fy := main
		if fy == nil || fy.Kind != "fy" {
			fy = ctxPeriod
		}
		if fy != nil && fy.Kind == "fy" {
			y := fy.FY
			if since.since.Month() >= 10 {
				y--
			}
			from := time.Date(y, since.since.Month(), since.since.Day(), 0, 0, 0, 0, time.UTC)
			p := Period{Kind: "range", Text: since.p.Text + " (in FY" + fmt.Sprint(fy.FY) + ")", From: from.Format("2006-01-02"),
				To: fmt.Sprintf("%d-09-30", fy.FY), Note: "from that day to the end of FY" + fmt.Sprint(fy.FY) + ", the day itself included as in ICE's reports"}
			main = &p
		} else {
			p := Period{Kind: "unresolved", Text: since.p.Text, Unresolved: fmt.Sprintf("%q names no year; give the article's date (--date)", since.p.Text)}
			main = &p
		}
	}
	return main, base
}

func interpret(c Claim, ctx textContext, sentPlace *Place, main, base *Period, ref time.Time) Interpretation {
	it := Interpretation{Claim: c}
	// Words far from the figure say nothing about it; windows also keep
	// the work linear on very long "sentences".
	const reach = 400
	clauseLow := lowerASCII(c.Clause)
	low := window(clauseLow, c.clauseStart-reach, c.clauseEnd+reach)
	pos := c.clauseStart - max(0, c.clauseStart-reach)
	sentPos := c.clauseOff + c.clauseStart
	sentLow := window(lowerASCII(c.Sentence), sentPos-reach, sentPos+reach)
	m, _ := measureNear(low, pos)
	if m == "" {
		m, _ = measureNear(sentLow, sentPos-max(0, sentPos-reach))
	}
	anaphor := hasAnaphor(sentLow)
	if m == "" && (anaphor || c.Kind == KindShare || c.Kind == KindUniversal || strings.Contains(low, "were ") || strings.Contains(low, "had ")) {
		m = ctx.measure
		if m != "" {
			it.Notes = append(it.Notes, "measure carried from the previous sentence")
		}
	}
	it.Measure = m
	// qualifiers: from the clause; for the first clause of a sentence also
	// the parts of the sentence before it.
	f, gaps, notes := qualifiers(low, m)
	it.Filters, it.Gaps = f, gaps
	it.Notes = append(it.Notes, notes...)
	// multi-agency context anywhere in the sentence
	if _, g2, _ := qualifiers(sentLow, m); len(g2) > 0 {
		for _, g := range g2 {
			if g.Code == ReasonDefinitionGap && !hasGap(it.Gaps, g.What) {
				it.Gaps = append(it.Gaps, g)
			}
		}
	}
	if c.Kind == KindUniversal && reCustody.MatchString(low) {
		it.Custody = true
		it.Filters = removeKey(it.Filters, "final-order") // "pending removal" is not an order
	}
	// place
	if sentPlace != nil {
		it.Place = *sentPlace
	} else {
		it.Place = ctx.place
	}
	// period
	switch {
	case c.Kind == KindChange && main == nil && base != nil && ctx.period != nil:
		it.Period = *ctx.period
	case main != nil:
		it.Period = *main
	case ctx.period != nil:
		it.Period = *ctx.period
		it.Period.Note = strings.TrimPrefix(it.Period.Note+"; carried from an earlier sentence", "; ")
	default:
		it.Period = Period{Kind: "unresolved", Unresolved: "the text names no period"}
		if !ref.IsZero() {
			it.Period.Unresolved = "the text names no period for this figure"
		}
	}
	// context: "Of those arrested, 277 ..." refers to the last count.
	if ctx.lastCount != nil && (anaphor || c.Kind == KindShare || c.Kind == KindUniversal) && ctx.lastCount.Measure == m && sentPlace == nil {
		lc := ctx.lastCount
		if c.Kind == KindShare || c.Kind == KindUniversal {
			it.Base = copyFilters(lc.Filters)
		} else {
			it.Filters = mergeFilters(lc.Filters, it.Filters)
		}
		if main == nil {
			it.Period = lc.Period
		}
		it.Place = lc.Place
		for _, g := range lc.Gaps {
			if g.Code == ReasonDefinitionGap && !hasGap(it.Gaps, g.What) {
				it.Gaps = append(it.Gaps, g)
			}
		}
		it.Notes = append(it.Notes, fmt.Sprintf("refers to the %s counted before (%q)", lc.Measure, lc.Claim.Text))
	}
	if c.Kind == KindShare && it.Base == nil {
		// "54 percent of arrests were of convicted criminals": the base is
		// the measure with no qualifier.
		it.Base = map[string][]string{}
	}
	if c.Kind == KindChange {
		if base != nil && base.Kind == "unresolved" && lastYearRe.MatchString(base.Text) && it.Period.Kind != "unresolved" {
			b := it.Period.previous()
			b.Text = base.Text
			it.Baseline = &b
		} else if base != nil {
			b := *base
			it.Baseline = &b
		} else if strings.Contains(sentLow, "same period last year") || strings.Contains(sentLow, "a year earlier") || strings.Contains(sentLow, "previous year") || strings.Contains(sentLow, "prior year") || strings.Contains(sentLow, "prior fiscal year") || strings.Contains(sentLow, "previous fiscal year") || strings.Contains(sentLow, "last year") {
			b := it.Period.previous()
			it.Baseline = &b
		}
	}
	if c.Kind == KindSuperlative {
		it.Granularity = "month"
		if strings.Contains(low, "any year") || strings.Contains(low, "fiscal year") || it.Period.Kind == "fy" && !strings.Contains(low, "month") {
			it.Granularity = "fy"
		}
		it.AllTime = superScopeRe.MatchString(c.Clause) && (strings.Contains(low, "any administration") || strings.Contains(low, "ever") || strings.Contains(low, "to date") || strings.Contains(low, "history") || strings.Contains(low, "on record") || strings.Contains(low, "all-time")) || recordRe.MatchString(c.Text)
	}
	quotesICE(&it)
	it.Describe = describe(it)
	return it
}

func hasGap(gs []Gap, what string) bool {
	for _, g := range gs {
		if g.What == what {
			return true
		}
	}
	return false
}

func copyFilters(f map[string][]string) map[string][]string {
	if f == nil {
		return nil
	}
	out := map[string][]string{}
	for k, v := range f {
		out[k] = append([]string(nil), v...)
	}
	return out
}

func mergeFilters(a, b map[string][]string) map[string][]string {
	if len(a) == 0 && len(b) == 0 {
		return nil
	}
	out := copyFilters(a)
	if out == nil {
		out = map[string][]string{}
	}
	for k, v := range b {
		out[k] = append([]string(nil), v...)
	}
	return out
}

func removeKey(f map[string][]string, k string) map[string][]string {
	if f == nil {
		return nil
	}
	delete(f, k)
	if len(f) == 0 {
		return nil
	}
	return f
}

// Values is the query (url.Values, the keys of query.Parse) that counts
// the claim's measure with extra filters, over its place and period.
func (it *Interpretation) Values(filters map[string][]string, period Period) url.Values {
	v := url.Values{}
	v.Set("dataset", it.Measure)
	keys := make([]string, 0, len(filters))
	for k := range filters {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		for _, x := range filters[k] {
			v.Add(k, x)
		}
	}
	switch it.Place.Kind {
	case "state":
		v.Set("state", it.Place.State)
	case "aor":
		v.Set("aor", it.Place.AOR)
	case "county":
		for _, a := range it.Place.AORs() {
			v.Add("aor", a)
		}
	}
	period.setValues(v)
	return v
}

// setValues puts a period into query parameters (fy, month, from/to).
func (p Period) setValues(v url.Values) {
	switch p.Kind {
	case "fy":
		v.Set("fy", fmt.Sprint(p.FY))
	case "month":
		v.Set("month", p.Month)
	case "range":
		if p.From != "" {
			v.Set("from", p.From)
		}
		if p.To != "" {
			v.Set("to", p.To)
		}
	}
}

// stated renders the claim's figure.
func stated(c Claim) string {
	var v string
	switch c.Unit {
	case UnitPercent:
		v = strings.TrimSuffix(strings.TrimSuffix(fmt.Sprintf("%.1f", c.Value), "0"), ".") + "%"
	case UnitRatio:
		v = "×" + strings.TrimSuffix(strings.TrimSuffix(fmt.Sprintf("%.2f", c.Value), "0"), ".0")
	default:
		v = formatNumber(c.Value)
	}
	if c.Kind == KindChange && c.Unit != UnitRatio {
		if c.Direction < 0 {
			v = "−" + v
		} else {
			v = "+" + v
		}
	}
	switch c.Comparator {
	case CmpAbout:
		v = "about " + v
	case CmpNearly:
		v = "nearly " + v
	case CmpMoreThan:
		v = "more than " + v
	case CmpAtLeast:
		v = "at least " + v
	case CmpLessThan:
		v = "less than " + v
	case CmpAtMost:
		v = "at most " + v
	case CmpRange:
		hi := formatNumber(c.Value2)
		if c.Unit == UnitPercent {
			hi += "%"
		}
		v = v + " to " + hi
	}
	if c.Kind == KindSuperlative {
		if c.Direction < 0 {
			return "the smallest"
		}
		return "the largest"
	}
	return v
}

func filterText(f map[string][]string) string {
	var keys []string
	for k := range f {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var parts []string
	for _, k := range keys {
		parts = append(parts, k+"="+strings.Join(f[k], "|"))
	}
	return strings.Join(parts, ", ")
}

func describe(it Interpretation) string {
	if it.Measure == "" {
		return fmt.Sprintf("%s: not about a measure the records hold", stated(it.Claim))
	}
	var b strings.Builder
	subject := it.Measure
	if len(it.Base) > 0 {
		subject += " [" + filterText(it.Base) + "]"
	}
	switch it.Claim.Kind {
	case KindCount:
		fmt.Fprintf(&b, "%s %s", stated(it.Claim), it.Measure)
		if len(it.Filters) > 0 {
			fmt.Fprintf(&b, " with %s", filterText(it.Filters))
		}
	case KindShare, KindUniversal:
		q := filterText(it.Filters)
		if it.Custody {
			q = strings.TrimPrefix(q+", in ICE custody as of the article's date", ", ")
		}
		if q == "" {
			q = "(no qualifier found)"
		}
		fmt.Fprintf(&b, "share of %s with %s: %s", subject, q, stated(it.Claim))
	case KindChange:
		what := subject
		if len(it.Filters) > 0 {
			what += " with " + filterText(it.Filters)
		}
		bl := "an unstated earlier period"
		if it.Baseline != nil {
			bl = it.Baseline.String()
		}
		fmt.Fprintf(&b, "change in %s, %s vs %s: %s", what, it.Period.String(), bl, stated(it.Claim))
	case KindSuperlative:
		what := subject
		if len(it.Filters) > 0 {
			what += " with " + filterText(it.Filters)
		}
		fmt.Fprintf(&b, "%s %s of any %s", stated(it.Claim), what, it.Granularity)
		if it.AllTime {
			b.WriteString(" ever recorded")
		}
		fmt.Fprintf(&b, ": %s is the %s", it.Period.String(), strings.TrimPrefix(stated(it.Claim), "the "))
		fmt.Fprintf(&b, "; in %s", it.Place.String())
		return b.String()
	}
	fmt.Fprintf(&b, "; in %s; period %s", it.Place.String(), it.Period.String())
	return b.String()
}

// segmentPeriod is the period named in the claim's own comma-separated part
// of the sentence ("Of the 143,470 arrests in FY2017, 110,568 occurred after
// January 20": the second figure is after January 20), or nil.
func segmentPeriod(sent string, pos int, prs []periodMention, main, ctxPeriod *Period) *Period {
	from, to := 0, len(sent)
	for i := pos - 1; i > 0; i-- {
		if (sent[i] == ',' || sent[i] == ';') && i+1 < len(sent) && sent[i+1] == ' ' {
			from = i
			break
		}
	}
	for i := pos; i+1 < len(sent); i++ {
		if (sent[i] == ',' || sent[i] == ';') && sent[i+1] == ' ' {
			to = i
			break
		}
	}
	for i := range prs {
		pm := prs[i]
		if pm.start < from || pm.start >= to || pm.baseline {
			continue
		}
		if pm.since != nil && pm.p.Kind == "since" {
			fy := ctxPeriod
			for _, o := range prs {
				if o.p.Kind == "fy" && !o.baseline {
					p := o.p
					fy = &p
					break
				}
			}
			m, _ := choosePeriods([]periodMention{pm}, fy)
			return m
		}
		p := pm.p
		return &p
	}
	return nil
}
