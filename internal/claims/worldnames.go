package claims

import (
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
)

// Country names in every language CLDR names them in.
//
// countryNames (countries.go) is English: the reader reads English and the
// glosses into it. A sentence icestat cannot read still names its country
// in its own words — "1. Гаити: 2016 год: 310, 2017 год: 5 578" on a
// Russian page of the countries whose removals grew most (ag-ru-nashiusa-04)
// — and asked by value (bynumber.go), its figure is that country's
// removals, not the nation's. The names come from the Unicode CLDR, as
// golang.org/x/text/language/display carries it (the names of about 250
// regions in the 261 languages it supports), not from hand lists; a region
// joins a citizenship value of the releases when its English name is one
// of that value's names in countryNames.

// worldName is one country name in some language, lower case.
type worldName struct {
	name  string
	value string // the citizenship value of the releases
}

var (
	worldOnce  sync.Once
	worldNames []worldName
)

// worldNameList builds the list once: every two-letter region CLDR names
// in English that is a country of countryNames, with its name in each
// supported language, longest first (so "Dominikanische Republik" is
// found before a shorter name inside it).
func worldNameList() []worldName {
	worldOnce.Do(func() {
		tags := display.Supported.Tags()
		seen := map[worldName]bool{}
		for _, cr := range countryRegions() {
			for _, t := range tags {
				namer := display.Regions(t)
				if namer == nil {
					continue
				}
				n := strings.ToLower(namer.Name(cr.region))
				w := worldName{n, cr.value}
				// a name shorter than four letters ("Чад", "Irã") is too
				// easily part of another word, unless its script writes
				// no spaces ("墨西哥")
				first, _ := utf8.DecodeRuneInString(n)
				if utf8.RuneCountInString(n) < 4 && !(unspaced(first) && utf8.RuneCountInString(n) >= 2) || seen[w] {
					continue
				}
				seen[w] = true
				worldNames = append(worldNames, w)
			}
		}
		slices.SortStableFunc(worldNames, func(x, y worldName) int { return len(y.name) - len(x.name) })
	})
	return worldNames
}

// countryRegion is a two-letter region of CLDR and the citizenship value
// of the releases its English name is.
type countryRegion struct {
	region language.Region
	value  string
}

// countryRegions: every two-letter region CLDR names in English that is a
// country of countryNames, in the order of their codes.
func countryRegions() []countryRegion {
	english := display.English.Regions()
	var out []countryRegion
	for a := 'A'; a <= 'Z'; a++ {
		for b := 'A'; b <= 'Z'; b++ {
			r, err := language.ParseRegion(string([]rune{a, b}))
			if err != nil || !r.IsCountry() {
				continue
			}
			if value, ok := countries[strings.ToLower(english.Name(r))]; ok {
				out = append(out, countryRegion{r, value})
			}
		}
	}
	return out
}

// maxInflection is how many letters a language may add to a country's
// name as it declines it: Russian "Мексики", Polish "Meksyku", Finnish
// "Meksikossa".
const maxInflection = 4

// countriesInAnyLanguage are the citizenship values whose names, in any language,
// sentence writes: a name that starts a word and is followed by at most
// maxInflection letters (in a script written without spaces between
// words, anywhere). Each value is listed once, in the order of the list.
func countriesInAnyLanguage(sentence string) []string {
	low := strings.ToLower(sentence)
	var out []string
	for _, w := range worldNameList() {
		if slices.Contains(out, w.value) {
			continue
		}
		for i := 0; ; {
			j := strings.Index(low[i:], w.name)
			if j < 0 {
				break
			}
			at := i + j
			if wordAround(low, at, at+len(w.name)) {
				out = append(out, w.value)
				break
			}
			i = at + len(w.name)
		}
	}
	return out
}

// wordAround: low[from:to] starts a word of low and the word goes on for at
// most maxInflection letters after it; in a script written without spaces
// ("墨西哥", "เม็กซิโก") any place will do.
func wordAround(low string, from, to int) bool {
	first, _ := utf8.DecodeRuneInString(low[from:])
	if unspaced(first) {
		return true
	}
	if prev, _ := utf8.DecodeLastRuneInString(low[:from]); from > 0 && (unicode.IsLetter(prev) || unicode.IsMark(prev)) {
		return false
	}
	extra := 0
	for _, r := range low[to:] {
		if !unicode.IsLetter(r) && !unicode.IsMark(r) {
			break
		}
		if extra++; extra > maxInflection {
			return false
		}
	}
	return true
}

// unspaced: a rune of a script written without spaces between words.
func unspaced(r rune) bool {
	return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Thai, unicode.Lao, unicode.Khmer, unicode.Myanmar)
}
