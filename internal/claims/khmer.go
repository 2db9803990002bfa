package claims

import (
	"strings"
	"unicode"
)

// Khmer sentences relay ICE's removals of Cambodians (fresh-2026-12aa:
// aa-km-cambonomist-*). Khmer writes its own script with no spaces between
// the words of a phrase, and numbers in Khmer digits ("៣៧", 37; "២៧៩%",
// 279%), a count of people followed by the classifier "នាក់"; so it is
// glossed with a stem lexicon as Korean is (korean.go, glossStems). The
// lexicon is small, phrases the rows needed; the other words stay as
// written. As with Spanish, a figure counts as stated only where the gloss
// reads every word of its clause (spanish.go, readable); elsewhere it may be
// supported, never contradicted.

func khmer(s string) bool { return mostlyScript(s, unicode.Khmer, 6) }

// khmerStems (aa-km-cambonomist-01: "អាមេរិកនិរទេសជនជាតិកម្ពុជា ៣៧នាក់!
// ការបណ្តេញចេញកើនឡើង ២៧៩%", America deports 37 Cambodian nationals!
// Deportations up 279%)
var khmerStems = map[string]string{
	"អាមេរិក": "America", "សហរដ្ឋអាមេរិក": "the United States",
	// "និរទេស", to deport; "ការបណ្តេញចេញ", expulsion (removal)
	"និរទេស": "deports", "ការបណ្តេញចេញ": "deportations", "ការនិរទេស": "deportations",
	// "ជនជាតិកម្ពុជា", Cambodian nationals; "ជនជាតិខ្មែរ", Khmer people
	"ជនជាតិកម្ពុជា": "Cambodians", "ជនជាតិខ្មែរ": "Cambodians",
	// "កើនឡើង", to rise
	"កើនឡើង": "increased",
}

// kmNumberRe: a run of Khmer or ASCII digits, maybe a decimal point, then
// maybe a percent sign or the classifier of people "នាក់"
var kmNumberRe = lazyRegexp(`^([0-9០-៩]+(?:,[0-9០-៩]{3})*)(?:\.([0-9០-៩]+))?(\s?%|នាក់)?`)

// khmerSpecial reads Khmer numbers: "៣៧នាក់" (37 people), "២៧៩%".
func khmerSpecial(rest, before string) (string, int, bool) {
	m := kmNumberRe.FindStringSubmatch(rest)
	if m == nil {
		return "", 0, false
	}
	text := khmerDigits(m[1])
	if m[2] != "" {
		text += "." + khmerDigits(m[2])
	}
	switch {
	case strings.TrimSpace(m[3]) == "%":
		text += "%"
	case m[3] != "":
		text += " people"
	}
	return text, len(m[0]), true
}

// khmerDigits: Khmer digits as ASCII ones.
func khmerDigits(s string) string {
	var b strings.Builder
	for _, r := range s {
		if r >= '០' && r <= '៩' {
			r = '0' + r - '០'
		}
		b.WriteRune(r)
	}
	return b.String()
}

var kmLexicon = newStemLexicon(khmerStems, nil, khmerSpecial)
