package claims

import (
	"fmt"
	"net/url"
	"strings"

	"github.com/icestat/icestat/internal/definitions"
	"github.com/icestat/icestat/internal/query"
)

// reQuotesICE finds a sentence that quotes ICE itself ("according to ICE",
// "ICE said", "ICE's FY2018 report"): its at-large and custodial figures are
// read under ICE's own grouping (definition set ice) first. Case matters:
// "ICE" is the agency.
var reQuotesICE = lazyRegexp(`\b(?:[Aa]ccording to|[Pp]er|[Rr]eported by|[Tt]old by) (?:U\.S\. )?(?:ICE|Immigration and Customs Enforcement)\b|\b(?:ICE|Immigration and Customs Enforcement)(?: ERO)?(?:['’]s)? (?:(?:Fiscal Year|FY) ?\d{4} |annual |year-end |own |end-of-year )?(?:said|says|reported|reports|announced|stated|report|data|figures|statistics|numbers|ERO report)\b`)

// quotesICE marks an interpretation whose sentence quotes ICE and reads a
// method class under --method-scheme ice.
func quotesICE(it *Interpretation) {
	if !reQuotesICE.MatchString(it.Claim.Sentence) {
		return
	}
	it.Agency = definitions.ICE
	if len(it.Filters["method-scheme"]) > 0 || !isMethodClass(it.Filters["method"]) {
		return
	}
	it.Filters = copyFilters(it.Filters)
	it.Filters["method-scheme"] = []string{definitions.ICE}
	it.Notes = append(it.Notes, "the claim quotes ICE: its at-large and custodial arrests are read under ICE's own grouping first (--method-scheme ice)")
}

func isMethodClass(m []string) bool {
	if len(m) != 1 {
		return false
	}
	switch strings.ToLower(m[0]) {
	case definitions.AtLarge, definitions.Custodial, definitions.Other:
		return true
	}
	return false
}

// variants reads a count claim the first reading does not reproduce under
// the other published definitions: the other method schemes for an
// at-large, custodial or other count, the other removal bases for
// removals. When one reproduces the claim the entry is finished under it,
// naming the reading and its command; otherwise the values of every
// reading are noted and ok is false.
func (r *runner) variants(it *Interpretation, b *entryBuilder, v url.Values, res *query.Result) (Entry, bool, error) {
	c := it.Claim
	if res.Total == nil || compare(c, float64(*res.Total)) {
		return Entry{}, false, nil
	}
	type reading struct {
		label string
		v     url.Values
	}
	var readings []reading
	first := []string{}
	with := func(k, val, def string) url.Values { return withDefinition(v, k, val, def) }
	if isMethodClass(v["method"]) {
		cur := v.Get("method-scheme")
		if cur == "" {
			cur = definitions.Schemes[0].Name
		}
		first = append(first, "method scheme "+cur)
		for _, s := range definitions.Schemes {
			if s.Name != cur {
				readings = append(readings, reading{"method scheme " + s.Name, with("method-scheme", s.Name, definitions.Schemes[0].Name)})
			}
		}
	}
	if it.Measure == "removals" {
		cur := v.Get("removal-basis")
		if cur == "" {
			cur = definitions.BasisRemovalDate
		}
		first = append(first, "removal basis "+cur)
		for _, bs := range definitions.RemovalBases {
			if bs.Name != cur {
				readings = append(readings, reading{"removal basis " + bs.Name, with("removal-basis", bs.Name, definitions.BasisRemovalDate)})
			}
		}
	}
	if len(readings) == 0 {
		return Entry{}, false, nil
	}
	var tried []string
	for _, rd := range readings {
		vres, err := r.run(rd.v)
		if err != nil {
			if queryProblem(err) {
				continue
			}
			return Entry{}, false, err
		}
		if vres.Total == nil || !vres.Coverage.Complete {
			continue
		}
		n := float64(*vres.Total)
		if compare(c, n) {
			r.addCommand(b.e, vres)
			b.note(fmt.Sprintf("Definition: the first reading (%s) gives %s; the claim is reproduced under %s (`%s`).", strings.Join(first, ", "), formatNumber(float64(*res.Total)), rd.label, vres.Command))
			b.e.Value, b.e.ValueText = &n, formatNumber(n)+" ("+rd.label+")"
			return r.verdict(it, b, n, formatNumber(n)+" under "+rd.label), true, nil
		}
		tried = append(tried, fmt.Sprintf("%s %s", rd.label, formatNumber(n)))
	}
	if len(tried) > 0 {
		b.note("Definition variants: no other published definition reproduces it either (" + strings.Join(tried, "; ") + ").")
	}
	return Entry{}, false, nil
}

// withDefinition is a copy of question v under another definition: key k
// set to val, or left out when val is the default def (so the command a
// reader reruns names only what differs).
func withDefinition(v url.Values, k, val, def string) url.Values {
	w := url.Values{}
	for key, x := range v {
		w[key] = append([]string(nil), x...)
	}
	if val == def {
		w.Del(k)
	} else {
		w.Set(k, val)
	}
	return w
}
