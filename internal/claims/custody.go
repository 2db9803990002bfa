package claims

import (
	"fmt"
	"net/url"
	"sort"
	"strings"
	"time"

	"github.com/icestat/icestat/internal/canon"
	"github.com/icestat/icestat/internal/definitions"
	"github.com/icestat/icestat/internal/query"
)

// Custody outcomes and duplicates in claims.
//
// "Everyone arrested remains in ICE custody", "16 of them are still
// detained", "24 were deported", "most were released": each is a statement
// about what became of a cohort of arrests, which the records answer only
// through `icestat follow` — arrests linked to detention stints and removals
// by person key within one release, as of a date. A claim is checked against
// the cohort of the arrest count it refers to (the last one before it), as of
// the article's date when the records reach it. Otherwise it is not
// checkable, with the precise reason: no detention stays for the period, no
// detention stays of the arrests' release, rows without person keys, or an
// article dated after the records end.
//
// Counts of arrests also depend on duplicates: ICE's totals count every row,
// while the Deportation Data Project leaves out possible duplicates (the same
// person arrested again within 24 hours). A count claim on rows with person
// keys is compared with both and the verdict says which one it matches.

// Reasons of a "not checkable" custody verdict, beside those of types.go.
const (
	ReasonNoPersonKey   = "no-person-key"    // arrest rows without a person key cannot be followed
	ReasonNoLinkedStays = "no-linked-stays"  // no detention stays of the arrests' release are ingested
	ReasonAsOfAfterData = "as-of-after-data" // the article is dated after the last date in the records
)

// Follow outcomes a claim can state (definitions.Follow*).
const (
	OutcomeDetained = definitions.FollowDetained
	OutcomeRemoved  = definitions.FollowRemoved
	OutcomeReleased = definitions.FollowReleased
)

var (
	// outcomeRe finds the outcome a clause states after its figure.
	outcomeDetainedRe = lazyRegexp(`^[^.;]{0,40}?\b(?:(?:still|remain(?:s|ed)?|are|were|is)\s+(?:still\s+)?(?:detained|in (?:ice )?(?:custody|detention)|held)|remain(?:s|ed)? in (?:ice )?custody)\b`)
	outcomeRemovedRe  = lazyRegexp(`^[^.;]{0,40}?\b(?:were|was|have been|had been|has been|are)\s+(?:since\s+|already\s+)?(?:deported|removed|returned)\b`)
	outcomeReleasedRe = lazyRegexp(`^[^.;]{0,40}?\b(?:were|was|have been|had been|has been|are)\s+(?:since\s+|already\s+|later\s+)?released\b`)
	// outcomeWordsRe finds outcome statements without a number: "Most
	// were released", "the majority have been deported", "none remain in
	// custody".
	outcomeWordsRe = lazyRegexp(`(?i)\b(most|the majority|nearly all|almost all|none)\b(?:\s+of\s+(?:them|those(?:\s+arrested)?|these|the people arrested))?\s+(?:were|are|have been|had been|remain(?:s|ed)?)\s+(?:still\s+)?(released|deported|removed|detained|in (?:ice )?custody)\b`)
)

// addOutcomeWords adds the outcome statements without a number ("most
// were released") to the claims Extract found, in text order.
func addOutcomeWords(text string, found []Claim) []Claim {
	out := found
	for si, s := range splitSentences(text) {
		for _, cl := range splitClauses(s.text) {
			for _, m := range outcomeWordsRe.FindAllStringSubmatchIndex(cl.text, -1) {
				off := s.start + cl.start + m[0]
				taken := false
				for _, c := range found {
					if c.Sent == si && off < c.Offset+len(c.Text) && c.Offset < s.start+cl.start+m[1] {
						taken = true
					}
				}
				if taken {
					continue
				}
				c := Claim{Kind: KindShare, Unit: UnitPercent, Sentence: s.text, Clause: cl.text, Sent: si, sentStart: s.start, clauseOff: cl.start,
					Offset: off, Text: cl.text[m[0]:m[1]], clauseStart: m[0], clauseEnd: m[1]}
				switch strings.ToLower(cl.text[m[2]:m[3]]) {
				case "most", "the majority":
					c.Comparator, c.Value = CmpMoreThan, 50
				case "nearly all", "almost all":
					c.Comparator, c.Value = CmpAtLeast, 90
				case "none":
					c.Comparator, c.Value = CmpExact, 0
				}
				out = append(out, c)
			}
		}
	}
	if len(out) == len(found) {
		return found
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Offset < out[j].Offset })
	for i := range out {
		out[i].ID = i + 1
	}
	return out
}

// outcomeOf is the follow outcome a claim states about people, or "".
func outcomeOf(c Claim) string {
	low := lowerASCII(c.Clause)
	after := ""
	if c.clauseStart <= len(low) {
		after = low[c.clauseStart:]
	}
	switch {
	case outcomeRemovedRe.MatchString(after):
		return OutcomeRemoved
	case outcomeReleasedRe.MatchString(after):
		return OutcomeReleased
	case outcomeDetainedRe.MatchString(after):
		return OutcomeDetained
	}
	return ""
}

// markOutcomes turns the interpretations that state what became of people
// arrested into follow questions on the arrests they refer to: the last
// arrest count before them (its place, period and qualifiers), or, with
// none, the claim's own place and period. ref is the article's date.
func markOutcomes(its []Interpretation, ref time.Time) {
	var cohort *Interpretation
	for i := range its {
		it := &its[i]
		o := ""
		if it.Custody {
			o = OutcomeDetained
		} else if c := it.Claim; c.Kind == KindCount || c.Kind == KindShare || c.Kind == KindUniversal {
			if out := outcomeOf(c); out != "" && (hasAnaphor(lowerASCII(c.Sentence)) || c.Kind != KindCount || cohort != nil && c.Sent == cohort.Claim.Sent && out == OutcomeDetained) {
				o = out
			}
		}
		if o == "" {
			if it.Measure == "arrests" && it.Claim.Kind == KindCount {
				cohort = it
			}
			continue
		}
		it.Outcome = o
		if !ref.IsZero() {
			it.AsOf = ref.Format("2006-01-02")
		}
		if it.Claim.Kind == KindCount && cohort == nil {
			// "300 were deported" with no arrests before: a removals count.
			it.Outcome = ""
			continue
		}
		it.Measure = "arrests"
		it.Filters = nil
		if cohort != nil {
			it.Unstated = copyStrings(cohort.Unstated)
			it.Base = copyFilters(cohort.Filters)
			if it.Place.Implicit || it.Place.Kind == cohort.Place.Kind && it.Place.Name == cohort.Place.Name {
				it.Place = cohort.Place
			}
			if it.Period.Kind == "unresolved" || it.Period.Defaulted || strings.Contains(it.Period.Note, "carried") || it.Claim.Sent == cohort.Claim.Sent {
				it.Period = cohort.Period
			}
			note := fmt.Sprintf("refers to the arrests counted before (%q)", cohort.Claim.Text)
			if !strings.HasPrefix(strings.Join(it.Notes, "|"), "refers to") && !strings.Contains(strings.Join(it.Notes, "|"), "|refers to") {
				it.Notes = append(it.Notes, note)
			}
		}
		it.Describe = describeOutcome(it)
	}
}

func appendNew(s []string, v string) []string {
	for _, x := range s {
		if x == v {
			return s
		}
	}
	return append(s, v)
}

func describeOutcome(it *Interpretation) string {
	what := map[string]string{OutcomeDetained: "still in ICE detention", OutcomeRemoved: "removed", OutcomeReleased: "released from ICE detention"}[it.Outcome]
	subject := "people arrested"
	if len(it.Base) > 0 {
		subject += " [" + filterText(it.Base) + "]"
	}
	asOf := "the last date in the records"
	if it.AsOf != "" {
		asOf = "the article's date " + it.AsOf + " (or the records' last date if earlier)"
	}
	if it.Claim.Kind == KindCount {
		return fmt.Sprintf("%s of the %s %s as of %s (icestat follow); in %s; period %s", stated(it.Claim), subject, what, asOf, it.Place.String(), it.Period.String())
	}
	return fmt.Sprintf("share of the %s %s as of %s (icestat follow): %s; in %s; period %s", subject, what, asOf, stated(it.Claim), it.Place.String(), it.Period.String())
}

// checkOutcome tests a claim about what became of people arrested.
func (r *runner) checkOutcome(it *Interpretation, b *entryBuilder) (Entry, error) {
	e := b.e
	cohortVals := it.Values(it.Base, it.Period)
	q, err := query.Parse(cohortVals)
	if err != nil {
		if queryProblem(err) {
			b.not(ReasonUnderspecified, "The claim does not make a valid question: %v.", err)
			return b.finish(NotCheckable), nil
		}
		return Entry{}, err
	}
	// Until the follow runs, the claim cites the count of its cohort.
	fq := query.FollowQuery{Cohort: q, Exact: true}
	e.Command, e.Query = q.Command(), q.Values()
	e.Commands = appendNew(e.Commands, e.Command)

	// Detention stays must exist for the period at all (any place: people
	// are moved between areas).
	dv := url.Values{"dataset": {"detentions"}}
	for _, k := range []string{"fy", "month", "from", "to"} {
		if x := cohortVals.Get(k); x != "" {
			dv.Set(k, x)
		}
	}
	det, err := r.run(dv)
	if err != nil {
		return Entry{}, err
	}
	r.addCommand(e, det)
	e.Command, e.Query = q.Command(), q.Values()
	if det.Total == nil || !det.Coverage.Complete {
		b.not(ReasonNoField, "Custody as of a date cannot be tested: it needs detention records (book-ins and book-outs) for %s linked to the arrests in %s by a person key, and no ingested detentions source covers that period.", it.Period.String(), it.Place.String())
	}
	// The cohort itself must be covered.
	res, err := r.run(cohortVals)
	if err != nil {
		return Entry{}, err
	}
	r.addCommand(e, res)
	if !r.coverage(it, it.Period, res, b) || len(b.reasons) > 0 {
		return b.finish(NotCheckable), nil
	}
	links, err := r.eng.FollowLinks(r.ctx, q)
	if err != nil {
		return Entry{}, err
	}
	if ok, why := links.Followable("arrests"); !ok {
		code := ReasonNoLinkedStays
		if links.KeyedRows == 0 {
			code = ReasonNoPersonKey
		}
		b.not(code, "Custody cannot be followed: %s.", why)
		return b.finish(NotCheckable), nil
	}
	if links.KeyedRows < links.Rows {
		b.not(ReasonNoPersonKey, "%s of the %s arrest rows for %s in %s carry no person key: what became of those people is not recorded in a way that can be linked, so a figure about all of them cannot be tested.",
			formatNumber(float64(links.Rows-links.KeyedRows)), formatNumber(float64(links.Rows)), it.Place.String(), it.Period.String())
		return b.finish(NotCheckable), nil
	}
	if it.Place.Kind == "state" {
		if nulls, total, ok := r.stateless(it, it.Base); ok && nulls > 0 {
			b.not(ReasonDefinitionGap, "State vs area of responsibility: %s of the %s arrests counted have no state and are counted by AOR (%s); the people followed are not exactly those arrested in %s.", formatNumber(float64(nulls)), formatNumber(float64(total)), strings.Join(aorsOfState(it.Place.State), ", "), it.Place.Name)
			return b.finish(NotCheckable), nil
		}
	}

	// As of: the article's date when the records reach it.
	end, err := r.eng.DataEndOf(r.ctx, links.Releases)
	if err != nil {
		return Entry{}, err
	}
	asOf, after := end, false
	asOfText := fmt.Sprintf("as of %s, the last date in the linked records (the article's date is not known)", end)
	if it.AsOf != "" {
		art, err := canon.ParseDate(it.AsOf, false, false)
		switch {
		case err != nil:
		case art <= end:
			asOf = art
			asOfText = fmt.Sprintf("as of %s, the article's date", art)
		default:
			after = true
			asOfText = fmt.Sprintf("as of %s, the last date in the linked records, which end before the article's date %s", end, art)
		}
	}
	fq.AsOf = &asOf
	fr, err := r.eng.Follow(r.ctx, fq)
	if err != nil {
		return Entry{}, err
	}
	e.Command = fr.Command
	e.Commands = appendNew(e.Commands, fr.Command)
	for _, w := range fr.Warnings {
		e.Warnings = appendNew(e.Warnings, w)
	}
	st := map[string]int64{}
	for _, c := range fr.Status {
		st[c.Key] = c.Count
	}
	persons := fr.Persons.Count
	n := st[it.Outcome]
	show := func(x int64) string { return query.SmallCount(x, false) }
	b.note(fmt.Sprintf("Linkage: each person's first arrest in %s in %s (%s people from %s arrest rows) is linked by person key, within release %s only, to their detention stints and removals; %s: %s removed, %s still detained, %s released, %s not booked into ICE detention (`%s`).",
		it.Place.String(), it.Period.String(), show(persons), show(fr.Rows.Count), strings.Join(links.Releases, ", "), asOfText,
		show(st[definitions.FollowRemoved]), show(st[definitions.FollowDetained]), show(st[definitions.FollowReleased]), show(st[definitions.FollowNotBooked]), fr.Command))
	if persons == 0 {
		b.not(ReasonUnderspecified, "No one arrested in %s in %s can be followed.", it.Place.String(), it.Period.String())
		return b.finish(NotCheckable), nil
	}
	c := it.Claim
	var computed float64
	var text string
	if c.Kind == KindCount {
		computed = float64(n)
		text = fmt.Sprintf("%s of %s people %s", show(n), show(persons), it.Outcome)
		if n >= definitions.SmallCell {
			e.Value = &computed
		}
	} else {
		computed = 100 * float64(n) / float64(persons)
		text = fmt.Sprintf("%.1f%% (%s of %s people %s)", computed, show(n), show(persons), it.Outcome)
		e.Value = &computed
	}
	e.ValueText = text
	if after {
		left := st[definitions.FollowRemoved] + st[definitions.FollowReleased]
		if c.Kind == KindUniversal && it.Outcome == OutcomeDetained && left > 0 {
			// Removed or released before the records end: they did not
			// remain in custody until the later article date.
			diff := computed - c.Value
			e.Difference = &diff
			b.note(fmt.Sprintf("The records give %s; %s people had already been removed or released before the records end, so they did not remain in custody; the claim says %s.", text, show(left), stated(c)))
			return b.finish(Contradicted), nil
		}
		b.not(ReasonAsOfAfterData, "The linked records end on %s, before the article's date %s: custody on the article's date is not recorded (as of %s the records give %s).", end, it.AsOf, end, text)
		return b.finish(NotCheckable), nil
	}
	if c.Kind == KindCount && n > 0 && n < definitions.SmallCell && !compare(c, computed) {
		// The verdict alone would reveal a small count: say only that it
		// differs.
		b.note(fmt.Sprintf("The records give %s; the claim says %s.", text, stated(c)))
		return b.finish(Contradicted), nil
	}
	return r.verdict(it, b, computed, text), nil
}

// arrestCount checks a count of arrests against both conventions: every
// row (ICE's totals) and without possible duplicates (the Deportation Data
// Project's rule), and says which one the claim matches.
func (r *runner) arrestCount(it *Interpretation, b *entryBuilder, v url.Values, res *query.Result) (Entry, error) {
	raw := float64(*res.Total)
	e := b.e
	e.Value, e.ValueText = &raw, formatNumber(raw)
	if res.Duplicates == nil {
		b.shared("Duplicates: the arrest rows carry no person key, so possible duplicates cannot be told; every count of arrests includes every row, as ICE's totals do.")
		return r.verdict(it, b, raw, formatNumber(raw)), nil
	}
	if res.Duplicates.Possible == 0 {
		b.shared(fmt.Sprintf("Duplicates: none of the rows is a possible duplicate (%s), so ICE's convention and the deduplicated count agree.", res.Duplicates.Rule))
		return r.verdict(it, b, raw, formatNumber(raw)), nil
	}
	dv := url.Values{}
	for k, x := range v {
		dv[k] = append([]string(nil), x...)
	}
	dv.Set("dedupe", "true")
	dres, err := r.run(dv)
	if err != nil {
		return Entry{}, err
	}
	r.addCommand(e, dres)
	dd := float64(*dres.Total)
	k := formatNumber(raw - dd)
	mr, md := compare(it.Claim, raw), compare(it.Claim, dd)
	switch {
	case mr && md:
		b.note(fmt.Sprintf("Duplicates: the claim matches both the count of every row (%s, ICE's convention) and the count without the %s possible duplicates (%s, the Deportation Data Project's rule).", formatNumber(raw), k, formatNumber(dd)))
	case mr:
		b.note(fmt.Sprintf("Duplicates: the claim matches the count with the %s possible duplicates included (ICE's convention); without them (the Deportation Data Project's rule: %s) the records give %s (`%s`).", k, res.Duplicates.Rule, formatNumber(dd), dres.Command))
	case md:
		b.note(fmt.Sprintf("Duplicates: the claim matches only the count without the %s possible duplicates (%s, the Deportation Data Project's rule: %s); ICE's convention, counting every row, gives %s.", k, formatNumber(dd), res.Duplicates.Rule, formatNumber(raw)))
		e.Value, e.ValueText = &dd, formatNumber(dd)+" (without possible duplicates)"
		return r.verdict(it, b, dd, formatNumber(dd)+" without possible duplicates"), nil
	default:
		b.note(fmt.Sprintf("Duplicates: neither convention gives the claimed figure: %s counting every row (ICE), %s without the %s possible duplicates (Deportation Data Project).", formatNumber(raw), formatNumber(dd), k))
	}
	return r.verdict(it, b, raw, formatNumber(raw)+" counting every row"), nil
}
