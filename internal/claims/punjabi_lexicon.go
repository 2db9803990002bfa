package claims

import "unicode"

// Punjabi sentences (Gurmukhi script) relay ICE's annual removal figures
// (fresh-2026-12aa: aa-pa-nia-*). Punjabi writes its own script with
// spaces between words and ASCII digits grouped by thousands ("271,484"),
// so it is glossed with a stem lexicon as Gujarati is (indic_lexicon.go:
// wordLexicon, whose number reader reads these numbers). The lexicon is
// small, phrases the rows needed; the other words stay as written. As with
// Spanish, a figure counts as stated only where the gloss reads every word
// of its clause (spanish.go, readable); elsewhere it may be supported,
// never contradicted.

func gurmukhi(s string) bool { return mostlyScript(s, unicode.Gurmukhi, 6) }

// punjabiStems (aa-pa-nia-07: "2024 ਵਿੱਚ, ਕੁੱਲ ਦੇਸ਼ ਨਿਕਾਲੇ ਦੀ ਗਿਣਤੀ ਵਧ ਕੇ
// 271,484 ਹੋ ਗਈ, ਜਿਨ੍ਹਾਂ ਵਿੱਚੋਂ 1,529 ਭਾਰਤੀ ਸਨ।", in 2024 the total number
// of deportations rose to 271,484, of which 1,529 were Indians)
var punjabiStems = map[string]string{
	// "ਵਿੱਚ", in (after the year it names)
	"ਵਿੱਚ": "in",
	// "ਦੇਸ਼ ਨਿਕਾਲਾ", deportation (literally expulsion from the country)
	"ਕੁੱਲ ਦੇਸ਼ ਨਿਕਾਲੇ ਦੀ ਗਿਣਤੀ": "the total number of deportations", "ਦੇਸ਼ ਨਿਕਾਲੇ ਦੀ ਗਿਣਤੀ": "the number of deportations",
	// "ਵਧ ਕੇ N ਹੋ ਗਈ", rose to N (literally having grown became N)
	"ਵਧ ਕੇ": "increased to", "ਹੋ ਗਈ": "",
	// "ਜਿਨ੍ਹਾਂ ਵਿੱਚੋਂ N ਭਾਰਤੀ ਸਨ", of which N were Indians
	"ਜਿਨ੍ਹਾਂ ਵਿੱਚੋਂ": "of which", "ਭਾਰਤੀ ਸਨ": "Indians were",
}

var paMonths = map[string]int{"ਜਨਵਰੀ": 1, "ਫਰਵਰੀ": 2, "ਮਾਰਚ": 3, "ਅਪ੍ਰੈਲ": 4, "ਮਈ": 5, "ਜੂਨ": 6, "ਜੁਲਾਈ": 7, "ਅਗਸਤ": 8,
	"ਸਤੰਬਰ": 9, "ਅਕਤੂਬਰ": 10, "ਨਵੰਬਰ": 11, "ਦਸੰਬਰ": 12}

var paLexicon = wordLexicon(punjabiStems, paMonths)
