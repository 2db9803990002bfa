package claims

import (
	"strings"
	"unicode"
)

// Tamil sentences relay ICE's annual removal figures (fresh-2026-12aa:
// aa-ta-namathu-*). Tamil writes its own script with spaces between words,
// ASCII digits grouped the Indian way ("2,71,484", 271,484), and a case
// ending joined to a year ("2021ல்", in 2021); it is glossed with a stem
// lexicon as Gujarati is (indic_lexicon.go: wordLexicon's number reader).
// The lexicon is small, phrases the rows needed; the other words stay as
// written. As with Spanish, a figure counts as stated only where the gloss
// reads every word of its clause (spanish.go, readable); elsewhere it may be
// supported, never contradicted.

func tamil(s string) bool { return mostlyScript(s, unicode.Tamil, 6) }

// tamilStems (aa-ta-namathu-04: "உலகளவில், 2021ல் 59,011 பேரையும், 2024ல்
// 2,71,484 பேரையும் அமெரிக்கா நாடு கடத்தியுள்ளது.", worldwide, America
// deported 59,011 people in 2021 and 2,71,484 people in 2024)
var tamilStems = map[string]string{
	"உலகளவில்": "Worldwide",
	// "பேரையும்", people (accusative, "and"); "பேர்", people
	"பேரையும்": "people", "பேரை": "people", "பேர்": "people",
	// "நாடு கடத்து", to deport (literally to move out of the country)
	"அமெரிக்கா நாடு கடத்தியுள்ளது": "were deported by America", "நாடு கடத்தியுள்ளது": "were deported",
	"நாடு கடத்தப்பட்டனர்": "were deported",
}

var taMonths = map[string]int{"ஜனவரி": 1, "பிப்ரவரி": 2, "மார்ச்": 3, "ஏப்ரல்": 4, "மே": 5, "ஜூன்": 6, "ஜூலை": 7, "ஆகஸ்ட்": 8,
	"செப்டம்பர்": 9, "அக்டோபர்": 10, "நவம்பர்": 11, "டிசம்பர்": 12}

// taYearInRe: a year with the locative ending joined ("2021ல்", "2024-ல்",
// "2024இல்"), in that year
var taYearInRe = lazyRegexp(`^((?:19|20)[0-9]{2})-?(?:ல்|இல்)`)

// tamilSpecial reads "2021ல்" as "in 2021", other numbers as the Indic
// reader does.
func tamilSpecial(rest, before string) (string, int, bool) {
	if m := taYearInRe.FindStringSubmatch(rest); m != nil && wholeWordAt(rest, len(m[0])) && !strings.HasSuffix(before, "-") {
		return "in " + m[1], len(m[0]), true
	}
	return indicSpecial(rest, before, taMonths)
}

var taLexicon = func() *stemLexicon {
	lx := newStemLexicon(tamilStems, nil, tamilSpecial)
	lx.words = true
	return lx
}()
