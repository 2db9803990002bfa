package claims

import (
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// A sentence icestat cannot read: its figures matched by their value.
//
// icestat reads English, and the languages it glosses into English
// (spanish.go). News on ICE's figures is written in many more: a Swahili
// report of "raia 226,119 ... walirudishwa ... mwaka 2017", a Tamil one of
// "2024ல் 2,71,484 பேரையும்". No reading of their words is possible, but
// their numbers are written in digits, and a precise number is itself a
// strong hint of where it came from (AggChecker's data-aware choice): when a
// figure of such a sentence equals what the records give for one of the
// few questions a report of ICE's statistics asks — removals, arrests,
// book-ins or the average daily population of a fiscal year the sentence
// names (or the article's), of the nation or of a country the sentence
// names in any language (worldnames.go); the people held (all, or of one
// criminality class) or on Alternatives to Detention on the article's
// date — the figure is
// supported under that reading, and the report says it was found from the
// number alone. Such a figure is never contradicted:
// nothing of the question was read. One no question gives stays not
// checkable, with what the records give for each question asked.
//
// Only figures a reader could not match by chance are tried: counts of at
// least 1,000 with at least three significant digits ("271,000", "2,148",
// "510 850"), or of at least 10,000 with two ("270 000-ზე მეტი"; under
// 100,000 only as the people held on the article's date), not years,
// percentages or money.

// byNumberUnstated marks every part of a reading asked by value as not
// stated: nothing of the question was read.
func byNumberUnstated() map[string]string {
	const why = "icestat reads no question in the sentence (its language, or words naming no measure); this one was found from the figure's value alone"
	return map[string]string{"measure": why, "place": why, "period": why}
}

// byNumberYearTemplates are the questions asked of a figure, as English
// sentences the reader understands, most likely first: %[1]s is the figure,
// %[2]d a year the sentence names (or the article's fiscal year and the one
// before).
var byNumberYearTemplates = []string{
	"ICE removed %[1]s people in fiscal year %[2]d.",
	"ICE made %[1]s administrative arrests in fiscal year %[2]d.",
	"ICE booked %[1]s people into detention in fiscal year %[2]d.",
	"ICE held an average of %[1]s people in detention each day in fiscal year %[2]d.",
	"ICE removed %[1]s people in calendar year %[2]d.",
	"ICE made %[1]s administrative arrests in calendar year %[2]d.",
}

// byNumberCountryTemplates are asked for each country the sentence names
// (%[3]s, its English name) in each of its years.
var byNumberCountryTemplates = []string{
	"ICE removed %[1]s citizens of %[3]s in fiscal year %[2]d.",
	"ICE arrested %[1]s citizens of %[3]s in fiscal year %[2]d.",
}

// byNumberDateTemplates are asked on the article's date.
var byNumberDateTemplates = []string{
	"ICE is currently holding %[1]s people in detention.",
	"ICE currently monitors %[1]s people through Alternatives to Detention.",
	"ICE is currently holding %[1]s people with criminal convictions in detention.",
	"ICE is currently holding %[1]s people with pending criminal charges in detention.",
	"ICE is currently holding %[1]s people with no criminal record in detention.",
}

// unreadSentence: a sentence the reader takes no English from: one with no
// English function word (another language, or a fragment of speech such as
// "Just under 58,000, you say.", q-wnyc250709-03), or one in a language
// icestat glosses (whose gloss found no figure in it).
func unreadSentence(s string) bool {
	en, _ := functionWords(s)
	return en == 0 || glossedLanguage(s)
}

// plainNumber is a count written in digits in a sentence.
type plainNumber struct {
	text  string // as written
	at    int    // byte offset in the sentence
	value int64
	year  bool // a lone four-digit year, 1990 to 2035
	// written: the digits written before a scale word ("270 հազար": 3),
	// 0 for a figure written in digits alone
	written int
}

// digitValue is the value of a decimal digit of any script (Khmer "៣",
// Devanagari "३", ...): Unicode writes each script's ten digits in a row
// from zero, so a digit's value is its distance from the row's start.
func digitValue(r rune) int {
	if r >= '0' && r <= '9' {
		return int(r - '0')
	}
	z := r
	for unicode.IsDigit(z-1) && r-z < 60 {
		z--
	}
	return int(r-z) % 10
}

// numberSeparators may group the digits of a count: "226,119", "41.318",
// "110 568", "510 850" (a no-break or thin space), "2,71,484" (Indian).
const numberSeparators = ",. \u00a0\u202f\u2009'"

// plainNumbers finds the counts written in digits in s. A run of digit
// groups counts when every group after the first has three digits (or two,
// the Indian lakh grouping, before a last group of three) and all
// separators but spaces are the same: "37,6" and "17.05.2017" are not
// counts. A figure followed by a percent sign or led by a currency sign is
// skipped.
func plainNumbers(s string) []plainNumber {
	var out []plainNumber
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsDigit(r) {
			i += n
			continue
		}
		start := i
		var groups []string
		var seps []rune
		for {
			var g strings.Builder
			for i < len(s) {
				r, n := utf8.DecodeRuneInString(s[i:])
				if !unicode.IsDigit(r) {
					break
				}
				g.WriteByte(byte('0' + digitValue(r)))
				i += n
			}
			groups = append(groups, g.String())
			if i >= len(s) {
				break
			}
			sep, n := utf8.DecodeRuneInString(s[i:])
			if !strings.ContainsRune(numberSeparators, sep) || i+n >= len(s) {
				break
			}
			next, _ := utf8.DecodeRuneInString(s[i+n:])
			if !unicode.IsDigit(next) {
				break
			}
			// a space before a group of other than three digits, or
			// after a first group longer than three, starts another
			// number ("in 2016 143 470" is two)
			if strings.ContainsRune(" \u00a0\u202f\u2009", sep) && (digitsAt(s, i+n) != 3 || len(groups[0]) > 3) {
				break
			}
			seps = append(seps, sep)
			i += n
		}
		text := strings.TrimSpace(s[start:i])
		if moneyOrShare(s, start, i) {
			continue
		}
		scale, end := scaleAfter(s, i)
		written := len(strings.Join(groups, ""))
		if scale > 0 && digitsAt(strings.TrimLeft(s[end:], " \u00a0"), 0) > 0 {
			// "38 mil 521 camas", "১৬ হাজার ১০৪ জন" (16 thousand
			// 104): one number, 38,521 and 16,104, when a whole
			// number of thousands (of three digits at most) is
			// followed by exactly three digits (hundredsAfter);
			// "३७ हजार ९ सय ८" (Nepali hundreds in words) is a
			// number icestat does not compose
			if h, e, ok := hundredsAfter(s, end); ok && scale == 1000 && len(groups) == 1 && len(groups[0]) <= 3 {
				if v, err := strconv.ParseInt(groups[0], 10, 64); err == nil {
					out = append(out, plainNumber{text: strings.TrimSpace(s[start:e]), at: start, value: v*1000 + h, written: written + 3})
					i = e
					continue
				}
			}
			i = end
			continue
		}
		switch {
		case scale > 0 && len(groups) == 2 && len(groups[1]) <= 2 && strings.ContainsRune(",.", seps[0]):
			// "142,5 тыс.": a decimal fraction of thousands
			whole, err1 := strconv.ParseInt(groups[0], 10, 64)
			frac, err2 := strconv.ParseInt(groups[1], 10, 64)
			if err1 == nil && err2 == nil {
				div := int64(10)
				if len(groups[1]) == 2 {
					div = 100
				}
				out = append(out, plainNumber{text: strings.TrimSpace(s[start:end]), at: start, value: whole*scale + frac*scale/div, written: written})
				i = end
			}
		case countGroups(groups, seps):
			v, err := strconv.ParseInt(strings.Join(groups, ""), 10, 64)
			if err != nil {
				continue
			}
			if scale > 0 {
				// "270 հազար", "267 тысяч": thousands written out
				out = append(out, plainNumber{text: strings.TrimSpace(s[start:end]), at: start, value: v * scale, written: written})
				i = end
				continue
			}
			out = append(out, plainNumber{text: text, at: start, value: v, year: len(groups) == 1 && len(groups[0]) == 4 && v >= 1990 && v <= 2035})
		}
	}
	return out
}

// scaleWords are the words for a thousand and a million, in the languages
// of the pages the corpus holds and their neighbours, as they follow a
// figure: "270 հազար" (Armenian), "267 тысяч" (Russian), "70 ألف"
// (Arabic), "40 mil" (Spanish, Portuguese). Languages that put the word
// before the figure (Swahili "elfu 270") are not read, nor Azerbaijani
// "min", which elsewhere is minutes. 万 and 만 (ten thousand) belong to
// chinese.go and korean.go.
var scaleWords = map[string]int64{
	// a thousand
	"հազար": 1000, "тысяч": 1000, "тысячи": 1000, "тысяча": 1000, "тыс": 1000, "тисяч": 1000, "тисячі": 1000, "тис": 1000,
	"хиляди": 1000, "хил": 1000, "хиљада": 1000, "хиљаде": 1000, "илјади": 1000, "tysięcy": 1000, "tysiące": 1000, "tys": 1000,
	"tisíc": 1000, "tisíce": 1000, "tis": 1000, "tisuća": 1000, "tisuće": 1000, "tisoč": 1000, "χιλιάδες": 1000, "ათასი": 1000, "ათას": 1000,
	"bin": 1000, "هزار": 1000, "ہزار": 1000, "ألف": 1000, "آلاف": 1000, "الف": 1000, "ألفًا": 1000, "ألفا": 1000,
	"हज़ार": 1000, "हजार": 1000, "হাজার": 1000, "હજાર": 1000, "ਹਜ਼ਾਰ": 1000, "ஆயிரம்": 1000, "వేల": 1000, "వేలు": 1000, "ಸಾವಿರ": 1000,
	"ആയിരം": 1000, "ሺህ": 1000, "ribu": 1000, "nghìn": 1000, "ngàn": 1000, "ezer": 1000, "tuhatta": 1000, "tuhat": 1000, "tusen": 1000,
	"tusind": 1000, "duizend": 1000, "tausend": 1000, "mii": 1000, "mijë": 1000, "tūkstančių": 1000, "tūkst": 1000, "tūkstoši": 1000,
	"אלף": 1000, "mil": 1000, "mille": 1000, "mila": 1000,
	// a million
	"миллиона": 1_000_000, "миллионов": 1_000_000, "миллион": 1_000_000, "млн": 1_000_000, "мільйона": 1_000_000, "мільйонів": 1_000_000,
	"million": 1_000_000, "millions": 1_000_000, "millones": 1_000_000, "millón": 1_000_000, "milhões": 1_000_000, "milhão": 1_000_000,
	"milioni": 1_000_000, "milione": 1_000_000, "milionów": 1_000_000, "miliony": 1_000_000, "milion": 1_000_000, "milyon": 1_000_000,
	"مليون": 1_000_000, "ملايين": 1_000_000, "میلیون": 1_000_000,
}

// afterSpaces is where the spaces and no-break spaces at s[j:] end.
func afterSpaces(s string, j int) int {
	for j < len(s) && (s[j] == ' ' || strings.HasPrefix(s[j:], "\u00a0")) {
		if s[j] == ' ' {
			j++
		} else {
			j += len("\u00a0")
		}
	}
	return j
}

// scaleAfter is the scale word that follows the figure ending at s[to:],
// after a space, and where that word ends; 0 with none. The word must end
// there (a letter after it makes another word: "minut", "bine"), except
// for an abbreviation's full stop.
func scaleAfter(s string, to int) (int64, int) {
	j := afterSpaces(s, to)
	if j == to {
		return 0, to
	}
	k := j
	for k < len(s) {
		r, n := utf8.DecodeRuneInString(s[k:])
		if !unicode.IsLetter(r) && !unicode.IsMark(r) {
			break
		}
		k += n
	}
	scale := scaleWords[strings.ToLower(s[j:k])]
	if scale == 0 {
		return 0, to
	}
	if k < len(s) && s[k] == '.' {
		k++
	}
	return scale, k
}

// hundredsAfter reads the three digits that end a number written "N
// thousand MMM" ("250 mil 085", "১৬ হাজার ১০৪") after a space at s[to:]:
// exactly three digits of any script, not followed by a separator and
// more digits, a decimal, a share, a letter ("২০১৬সালে") or another scale
// word. It returns their value and where they end.
func hundredsAfter(s string, to int) (int64, int, bool) {
	j := afterSpaces(s, to)
	if j == to || digitsAt(s, j) != 3 {
		return 0, 0, false
	}
	var v int64
	k := j
	for n := 0; n < 3; n++ {
		r, w := utf8.DecodeRuneInString(s[k:])
		v = v*10 + int64(digitValue(r))
		k += w
	}
	if k < len(s) {
		r, w := utf8.DecodeRuneInString(s[k:])
		if unicode.IsLetter(r) || unicode.IsMark(r) || strings.ContainsRune("%٪％", r) {
			return 0, 0, false
		}
		if strings.ContainsRune(numberSeparators, r) && k+w < len(s) {
			if next, _ := utf8.DecodeRuneInString(s[k+w:]); unicode.IsDigit(next) {
				return 0, 0, false
			}
		}
		if sc, _ := scaleAfter(s, k); sc > 0 {
			return 0, 0, false
		}
		if moneyOrShare(s, j, k) {
			return 0, 0, false
		}
	}
	return v, k, true
}

// digitsAt counts the digits of any script from s[i:].
func digitsAt(s string, i int) int {
	k := 0
	for _, r := range s[i:] {
		if !unicode.IsDigit(r) {
			break
		}
		k++
	}
	return k
}

// countGroups: the groups of digits read as one count.
func countGroups(groups []string, seps []rune) bool {
	if len(groups) == 1 {
		return true
	}
	if len(groups[0]) > 3 || len(groups[len(groups)-1]) != 3 {
		return false
	}
	var mark rune
	for k, sep := range seps {
		if !strings.ContainsRune(" \u00a0\u202f\u2009", sep) {
			if mark != 0 && sep != mark {
				return false
			}
			mark = sep
		}
		if g := groups[k+1]; len(g) != 3 && !(len(g) == 2 && sep == ',' && k+2 < len(groups)) {
			return false
		}
	}
	return true
}

// moneyOrShare: the digits s[from:to] are a sum of money or a share.
func moneyOrShare(s string, from, to int) bool {
	before := strings.TrimRight(s[:from], " \u00a0")
	if r, _ := utf8.DecodeLastRuneInString(before); strings.ContainsRune("$€£¥₹", r) {
		return true
	}
	after := strings.TrimLeft(s[to:], " \u00a0")
	r, _ := utf8.DecodeRuneInString(after)
	return strings.ContainsRune("%٪％$€", r)
}

// worthMatching: a figure a reader could not match by chance.
func worthMatching(n plainNumber) bool {
	if n.written > 0 && n.written < 3 {
		// "67 тысяч", "17 mil": a round figure in words matches too much
		// by chance (y-ru-ria-05, aa-pt-mtnews-07); "270 հազար" is kept
		return false
	}
	sig := sigDigits(float64(n.value))
	return !n.year && n.value >= 1000 && (sig >= 3 || sig == 2 && n.value >= 10000)
}

// byNumberReadings gives a figure-by-value interpretation for every figure
// worth matching that no claim of its was read from, in a sentence of src
// the reader takes no English from. ref is the article's date (zero
// when unknown: no question on a date is asked).
func byNumberReadings(src string, ref time.Time, its []Interpretation) []Interpretation {
	sents := splitSentences(src)
	nextID := 1
	for _, it := range its {
		nextID = max(nextID, it.Claim.ID+1)
	}
	// claimed: the figure at src[at:] is one a claim was read from (a
	// claim read from a gloss spans the phrase it glosses: "đã thực hiện
	// 75,045 vụ bắt giữ", glossed "arrested 75,045"; y-vi-sbtn-03)
	claimed := func(at int) bool {
		for _, it := range its {
			c := it.Claim
			n := len(c.Text)
			if c.verbatim != nil {
				n = max(n, len(c.verbatim.text))
			}
			if c.Offset <= at && at < c.Offset+max(n, 1) {
				return true
			}
		}
		return false
	}
	date := ""
	if !ref.IsZero() {
		date = ref.Format("2006-01-02")
	}
	var out []Interpretation
	for si, s := range sents {
		if !unreadSentence(s.text) {
			continue
		}
		for _, n := range plainNumbers(s.text) {
			if !worthMatching(n) || claimed(s.start+n.at) || len(out) >= MaxClaims {
				continue
			}
			it := Interpretation{
				Claim: Claim{ID: nextID, Sentence: s.text, Text: n.text, Offset: s.start + n.at, Kind: KindCount, Comparator: CmpExact,
					Value: float64(n.value), Unit: UnitCount, Sent: si, sentStart: s.start},
				Place:    Place{Kind: "national", Name: "nationwide", Implicit: true},
				Unstated: byNumberUnstated(),
				ref:      date,
				byNumber: valueQuestions(s.text, listHeading(sents, si)+s.text, ref, n.value, true),
			}
			if len(it.byNumber) == 0 {
				continue
			}
			it.Describe = "a figure of a sentence icestat reads no question in, matched by its value against " + strconv.Itoa(len(it.byNumber)) + " questions of the records"
			out = append(out, it)
			nextID++
		}
	}
	return out
}

// valueQuestions are the questions asked of the figure n of sentence, most
// likely first: byNumberYearTemplates in each year the sentence names in
// digits, then (with articleYears, or when it names none) the fiscal year
// of ref and the one before, byNumberCountryTemplates for the countries
// named in countryText (the sentence, or it and the heading of its list),
// and byNumberDateTemplates on ref. Nothing of them is stated.
func valueQuestions(sentence, countryText string, ref time.Time, n int64, articleYears bool) []Interpretation {
	years := questionYears(sentence, ref, articleYears)
	date := ""
	if !ref.IsZero() {
		date = ref.Format("2006-01-02")
	}
	figure := formatNumber(float64(n))
	// A round figure of two significant digits under 100,000 ("17,000")
	// is asked only of the people held on the article's date: in a year's
	// removals, arrests, book-ins or average daily population, or a
	// country's, such a figure is met by chance (as-de-ottima-05's "17,000
	// Luftcharterausweisungen unter Titel 42", Title 42 flights, had
	// matched FY2021's average daily population of 17,463.8).
	dateTemplates := byNumberDateTemplates
	if sigDigits(float64(n)) < 3 && n < 100000 {
		years = nil
		// nor as one class of them by criminality (bz-vi-vnexpress-04:
		// Guatemala's "31.000" arrests of 2025 had matched the 31,159 held
		// with no criminal record)
		dateTemplates = dateTemplates[:2]
	}
	var qs []string
	for _, y := range years {
		for _, t := range byNumberYearTemplates {
			qs = append(qs, fmt.Sprintf(t, figure, y))
		}
	}
	// the countries the sentence names, in any language (worldnames.go):
	// "1. Гаити: ... 2017 год: 5 578" is Haiti's removals
	for _, v := range countriesInAnyLanguage(countryText) {
		for _, y := range years {
			for _, t := range byNumberCountryTemplates {
				qs = append(qs, fmt.Sprintf(t, figure, y, englishCountry(v)))
			}
		}
	}
	if date != "" {
		for _, t := range dateTemplates {
			qs = append(qs, fmt.Sprintf(t, figure))
		}
	}
	var out []Interpretation
	for _, q := range qs {
		if c, ok := questionOf(q, date, KindCount, float64(n)); ok {
			c.Unstated = byNumberUnstated()
			out = append(out, c)
		}
	}
	return out
}

// questionYears are the years a figure of sentence is asked in: those it
// names in digits, then (with articleYears, or when it names none) the
// fiscal year of ref and the one before: a year written beside a figure
// may be the one it is compared with ("271 484 ... 2023-cü ildəkindən
// təxminən iki dəfə çoxdur", twice as many as in 2023).
func questionYears(sentence string, ref time.Time, articleYears bool) []int {
	var years []int
	for _, x := range plainNumbers(sentence) {
		if x.year && !slices.Contains(years, int(x.value)) {
			years = append(years, int(x.value))
		}
	}
	if ref.IsZero() {
		return years
	}
	fy := ref.Year()
	if ref.Month() >= time.October {
		fy++
	}
	for _, y := range []int{fy - 1, fy} {
		if (articleYears || len(years) == 0) && !slices.Contains(years, y) {
			years = append(years, y)
		}
	}
	return years
}

// byNumberShareTemplates are asked of a share written to a decimal place
// ("— Мексика: 56,9%", ag-ru-nashiusa-02) in a sentence icestat does not
// read that names a country (%[3]s), in each of its years (%[2]d).
var byNumberShareTemplates = []string{
	"Citizens of %[3]s made up %[1]s%% of the people ICE removed in fiscal year %[2]d.",
	"Citizens of %[3]s made up %[1]s%% of the people ICE arrested in fiscal year %[2]d.",
}

// shareQuestions are the questions asked of the share v (in percent) of
// sentence by value: each country it names, in the years it names and (with
// articleYears, or when it names none) the fiscal year of ref and the one
// before. A whole percentage is asked nothing: one point is too wide a
// window not to be met by chance.
func shareQuestions(sentence string, ref time.Time, v float64, articleYears bool) []Interpretation {
	if v == math.Trunc(v) || ref.IsZero() {
		return nil
	}
	date := ref.Format("2006-01-02")
	years := questionYears(sentence, ref, articleYears)
	figure := strconv.FormatFloat(v, 'f', -1, 64)
	var out []Interpretation
	for _, country := range countriesInAnyLanguage(sentence) {
		for _, y := range years {
			for _, t := range byNumberShareTemplates {
				if c, ok := questionOf(fmt.Sprintf(t, figure, y, englishCountry(country)), date, KindShare, v); ok {
					c.Unstated = byNumberUnstated()
					out = append(out, c)
				}
			}
		}
	}
	return out
}

// listHeading is the line a row of a list sits under, when the sentence
// sents[si] is such a row: the nearest of the three lines before it, in its
// paragraph, with no full stop between, that names a country ("1. Гаити:"
// over "2017 год: 5 578", ag-ru-nashiusa-04); "" otherwise.
func listHeading(sents []sentence, si int) string {
	for k := si - 1; k >= 0 && k >= si-3 && sents[k].para == sents[si].para; k-- {
		t := strings.TrimSpace(sents[k].text)
		if last, _ := utf8.DecodeLastRuneInString(t); t == "" || strings.ContainsRune(".!?。", last) {
			return ""
		}
		if len(countriesInAnyLanguage(t)) > 0 {
			return t + "\n"
		}
	}
	return ""
}

// questionOf reads one question of byNumberTemplates: the interpretation
// of its figure of that kind and value.
func questionOf(q, date, kind string, value float64) (Interpretation, bool) {
	its, err := analyze(Input{Text: q, Date: date})
	if err != nil {
		return Interpretation{}, false
	}
	for _, it := range its {
		if it.Claim.Kind == kind && it.Claim.Value == value && it.Measure != "" {
			return it, true
		}
	}
	return Interpretation{}, false
}

// withinBound: v keeps the one-sided bound of c ("more than", "at least",
// "less than", "at most"), as compare reads it; any other figure keeps it.
func withinBound(c Claim, v *float64) bool {
	switch c.Comparator {
	case CmpMoreThan, CmpAtLeast, CmpLessThan, CmpAtMost:
		return v == nil || compare(c, *v)
	}
	return true
}

// unreadWhy is why a figure of an unread sentence is asked by value.
const unreadWhy = "icestat reads no question in this sentence (its language is not one icestat reads, or its words name no measure)"

// judgeByNumber tests the questions of a figure asked by value, in order:
// the first the records support is the figure's reading, named; with none,
// the figure is not checkable, with what each question gives. why says
// why the figure is asked by value.
func (r *runner) judgeByNumber(it *Interpretation, why string) (Entry, error) {
	var alts []Alternative
	for k := range it.byNumber {
		q := it.byNumber[k]
		e, err := r.judge(&q)
		if err != nil {
			if queryProblem(err) {
				continue
			}
			return Entry{}, err
		}
		if e.Verdict == Supported && !withinBound(it.Claim, e.Value) {
			// a value near the figure must also keep the figure's own
			// bound: "plus de 183 000" is not met by 182,822 (bz-fr-
			// iatrans-01); the bound alone would be met by any larger count
			e.Verdict, e.Reason = NotCheckable, ReasonUnstated
		}
		if e.Verdict == Supported && it.ref != "" && e.Query.Get("printed-by") == "" && periodEnd(q.Period) > it.ref {
			// a count of the records for a period that had not ended by
			// the article's date is no figure the writer could have had
			// (av-bn-jagonews-01, of 2015-12-23: "২ লাখ ৩৫ হাজার", 235,000
			// removals of FY2015, had matched FY2016's 235,524); ICE's
			// editions printed by that date are what it could
			e.Verdict, e.Reason = NotCheckable, ReasonPeriodNotCovered
		}
		if e.Verdict == Supported {
			d := q
			d.Claim = it.Claim
			e.ID, e.Sentence, e.Text, e.Detail = it.Claim.ID, it.Claim.Sentence, it.Claim.Text, &d
			e.Stated = stated(it.Claim)
			// the question as the reader asked it: "ICE removed 271,000
			// people in fiscal year 2024"
			question := strings.TrimSuffix(q.Claim.Sentence, ".")
			if e.Under != "" {
				question += " (" + e.Under + ")"
			}
			e.Under = "the figure's value alone, as \"" + question + "\""
			e.Reading = e.Interpretation
			e.Alternatives = append(e.Alternatives, alts...)
			e.Explanation = fmt.Sprintf("%s, so it cannot tell what %s counts. Asked as \"%s\", the records support it; the sentence may mean something else, so the figure is supported under that reading only, and would never be called contradicted. %s",
				why, it.Claim.Text, question, e.Explanation)
			return e, nil
		}
		alts = append(alts, Alternative{Reading: e.Interpretation, Command: e.Command, Value: e.Value, ValueText: e.ValueText, Verdict: e.Verdict, Reason: e.Reason, Parts: e.Parts})
	}
	b := startEntry(it)
	b.not(ReasonUnstated, "%s, so it cannot tell what %s counts; none of the %d questions asked of the records by the figure's value alone (removals, arrests, book-ins and average daily population in the years the sentence names and the article's, removals and arrests of the countries it names, the people held, by criminality, and on Alternatives to Detention on the article's date) gives it.",
		why, it.Claim.Text, len(it.byNumber))
	e := b.finish(NotCheckable)
	e.Alternatives = closest(it.Claim, alts)
	return e, nil
}

// byValueReasons are the reasons a glossed count is not checkable after
// which it is asked by value: its measure has no records or is no
// enforcement measure, or the question read from its gloss (with a measure
// the gloss may have got wrong, ag-az-fuyuzat-03's "271 484 miqrantı ...
// qovub", read as removals of the bare year 2023 the sentence compares
// with) names a period the records do not cover or gives another value.
// A definition gap, a value too far off or a partly covered period is
// left as it is: asking by value after those fixed no corpus row.
var byValueReasons = []string{ReasonNoData, ReasonNotEnforcement, ReasonUnstated, ReasonPeriodNotCovered}

// orByValue: a count of a glossed clause icestat could not read in full
// (spanish.go's readable), whose reading the records cannot answer — its
// measure has no records ("detentions": the FOIA detention stays were never
// released) or is no enforcement measure at all, a gloss that lost the
// measure — is asked by value too, when it has three significant digits or
// more: one the records give is supported under that question, named;
// otherwise the entry stays as it was. A measure read from English words
// is kept: "142,000 detainees released from ICE custody in FY2023" (a real
// error, d4-gitnux-06) is not ICE's 142,580 removals of that year. A share
// written to a decimal place in a sentence icestat does not read, of no
// measure it knows, is asked as the share of a country the sentence names
// (shareQuestions).
func (r *runner) orByValue(it *Interpretation, e Entry) (Entry, error) {
	c := it.Claim
	if e.Verdict != NotCheckable || len(it.byNumber) > 0 {
		return e, nil
	}
	ref, _ := time.Parse("2006-01-02", it.ref)
	q := *it
	// a fiscal year, month or range the sentence names for the figure is
	// kept: "el año fiscal 2025 ... acumula alrededor de 271,000
	// expulsiones" is not FY2024's 271,484 (af-es-dlasamericas-04)
	p := it.Period
	articleYears := p.Kind == "" || p.Kind == "unresolved" || p.Bare || p.Defaulted
	switch {
	case it.Unstated["measure"] == notEnglishWhy && slices.Contains(byValueReasons, e.Reason) && c.Kind == KindCount && c.Unit == UnitCount &&
		c.Value == math.Trunc(c.Value) && sigDigits(c.Value) >= 3 && worthMatching(plainNumber{value: int64(c.Value)}):
		q.byNumber = valueQuestions(c.Sentence, c.Sentence, ref, int64(c.Value), articleYears)
	case c.Kind == KindShare && c.Unit == UnitPercent && (e.Reason == ReasonNotEnforcement || e.Reason == ReasonNoData) &&
		c.Value != math.Trunc(c.Value) && unreadSentence(c.Sentence):
		q.byNumber = shareQuestions(c.Sentence, ref, c.Value, articleYears)
	}
	if len(q.byNumber) == 0 {
		return e, nil
	}
	got, err := r.judgeByNumber(&q, fmt.Sprintf("The question icestat reads in this sentence (%s) is one the records cannot answer (%s)", e.Interpretation, e.Reason))
	if err != nil || got.Verdict != Supported {
		return e, err
	}
	got.Alternatives = append([]Alternative{{Reading: "most plausible reading — " + e.Interpretation, Command: e.Command, Value: e.Value, ValueText: e.ValueText, Verdict: e.Verdict, Reason: e.Reason}}, got.Alternatives...)
	return got, nil
}
