package claims

import (
	"sort"
	"strings"
)

// cityBeforeParenRe: an area city's name right before the parenthesis
// that gives its state, "Chicago (Illinois)", "Los Angeles (California)".
var cityBeforeParenRe = lazyRegexp(`([A-Z][a-z]+(?: [A-Z][a-z]+)?)\s*\(\s*$`)

// areaTallyAfterRe: a list item's count after "City (State)": "Chicago
// (Illinois), with 8,604".
var areaTallyAfterRe = lazyRegexp(`^\s*\)\s*,?\s*(?:with|:)\s*(?:some|about|nearly|around|roughly)?\s*\d`)

// cityStateInParens reads "City (State)" as the city's area of
// responsibility, not the state: the state a writer puts in parentheses
// after a city only says where the city lies. Shape of y-es-millonaria-03
// ("en Dallas (Texas) se arrestó a 16.520 ..., en Houston (Texas) a
// 13.565, y en Atlanta (Georgia) a 13.551": each count after its own "in
// City (State)") and y-es-millonaria-04 ("Chicago (Illinois), con 8.604;
// Los Ángeles (California), con 8.419"). Only a state whose name closes
// the parenthesis, right after the name of an area city that covers it:
// the state's mention is dropped (the city was read) or becomes the
// city's area (a bare city that heads a list item's count, which places()
// does not read).
func cityStateInParens(s string, pms []placeMention) []placeMention {
	if !strings.Contains(s, "(") {
		return pms
	}
	var out []placeMention
	for i, pm := range pms {
		if pm.p.Kind != "state" || pm.start+len(pm.p.Name) > len(s) || !strings.HasPrefix(strings.TrimLeft(s[pm.start+len(pm.p.Name):], " "), ")") {
			out = append(out, pm)
			continue
		}
		m := cityBeforeParenRe.FindStringSubmatchIndex(s[:pm.start])
		if m == nil {
			out = append(out, pm)
			continue
		}
		a, ok := lookupAORName(s[m[2]:m[3]])
		if !ok || !contains(aorsOfState(pm.p.State), a.Code) {
			out = append(out, pm)
			continue
		}
		if i > 0 && pms[i-1].p.Kind == "aor" && pms[i-1].p.AOR == a.Code && pms[i-1].start == m[2] {
			continue // the city was read: the state only locates it
		}
		if !areaTallyAfterRe.MatchString(s[pm.start+len(pm.p.Name):]) {
			// a bare city's "(State)" outside a list of counts ("un nuevo
			// programa piloto en Houston (Texas) y Baltimore (Maryland)",
			// h0-esotopa-01) stays the state it was read as
			out = append(out, pm)
			continue
		}
		out = append(out, placeMention{Place{Kind: "aor", Name: s[m[2]:m[3]], AOR: a.Code, Approx: true}, m[2]})
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].start < out[j].start })
	return out
}

// areaTallyRe: an area's city and what stands between an area's city and its figure in a
// list of the areas' counts: "Chicago (Illinois), con 8.604; Los Ángeles
// (California), con 8.419" (y-es-millonaria-04's gloss: "Chicago
// (Illinois), with 8,604"), "Chicago: 8,604".
var areaTallyRe = lazyRegexp(`\b([A-Z][a-z]+(?: [A-Z][a-z]+)?)\s*(?:\([A-Za-z .]+\))?\s*,?\s*(?:with|:)\s*(?:some|about|nearly|around|roughly)?\s*$`)

// areaTally: a figure right after an area of responsibility's city, in a
// list of the areas' counts ("Por detrás se situaron Chicago (Illinois),
// con 8.604; Los Ángeles (California), con 8.419; ...", y-es-millonaria-04).
// Like countryTally, its measure comes from the sentences before
// (interpret.go), so it is checked only when they name one. cl is the
// clause as written (place names are capitalized), start the figure's
// offset in it.
func areaTally(cl string, start int) bool {
	if start > len(cl) {
		return false
	}
	w := cl[max(0, start-60):start]
	m := areaTallyRe.FindStringSubmatch(w)
	if m == nil {
		return false
	}
	_, ok := lookupAORName(m[1])
	return ok
}

// parenStateRe: a state in parentheses after an area's city, "Chicago
// (Illinois), con 8.604" (y-es-millonaria-04).
var parenStateRe = lazyRegexp(`^\s*\([A-Z][a-z]+(?: [A-Z][a-z]+)?\)`)

// placeGapOK: the words between a place and the figure right after it in
// a list of places' counts (placeGapRe, at most 16 characters), past the
// state in parentheses after an area's city ("Los Angeles (California),
// with 8,419", the list shape of y-es-millonaria-04).
func placeGapOK(gap string) bool {
	if m := parenStateRe.FindStringIndex(gap); m != nil {
		gap = gap[m[1]:]
	}
	return len(gap) <= 16 && placeGapRe.MatchString(gap)
}
