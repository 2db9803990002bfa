package claims

import (
	"fmt"
	"maps"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Spanish sentences are read through an English gloss.
//
// Spanish-language outlets report ICE's figures as often as English ones,
// and their sentences follow the English reports closely (TRAC's updates are
// translated nearly word for word). icestat's reader is English: a few
// hundred patterns in lexicon.go, interpret.go, detention.go and their
// neighbours, each tuned on English sentences. Teaching every one of them the
// Spanish forms would spread Spanish through files that change every day and
// risk the English readings; instead a Spanish sentence is glossed into the
// English the reader already understands ("143 mil 470 arrestos
// administrativos" → "143,470 administrative arrests", "en el año fiscal
// 2018" → "in FY2018", "256.085" → "256,085", "54,7 %" → "54.7 %")
// and read like any other. The gloss is phrase for phrase, not a translation:
// words it does not know stay as written, which the reader ignores.
//
// The gloss is only what icestat reads. An offset map keeps, for every
// figure, the verbatim Spanish phrase, its offset in the input and the
// sentence that states it; a report shows those (showVerbatim). A text
// without a Spanish sentence is not touched, so English texts read exactly as
// before. A gloss is a reading of the sentence, not the sentence: a figure
// counts as stated only when every word of its clause is one a lexicon knows
// (readable), so that the clause the reader sees says what the sentence
// says; elsewhere its figures may be supported, never contradicted. A
// contradicted figure shows the gloss it was read from (showVerbatim).

// glossedLanguage: s is in one of the languages glossed into English.
func glossedLanguage(s string) bool {
	return notEnglish(s) || germanSentence(s) || shortGlossed(s) || korean(s) || japanese(s) || chinese(s) || arabic(s) || indic(s) || azerbaijani(s) || turkish(s) || indonesian(s) || polish(s) || greek(s) || swahili(s) || somali(s) || hungarian(s) || gurmukhi(s) || khmer(s) || tamil(s)
}

// shortGlossed: a short sentence that notEnglish misses, having fewer than
// three function words, none of them English, but two of another language
// and two more words its lexicon glosses ("En 2018 fueron deportados 141
// mil 45 mexicanos.", "Em 2018 foram deportados 1.500 brasileiros."). An
// English sentence has an English function word; a headline of names ("Los
// Angeles ICE arrests") has one Spanish word at most.
func shortGlossed(s string) bool {
	en, es := functionWords(s)
	if en > 0 || es < 2 {
		return false
	}
	lex, _ := lexiconOf(s)
	return lexiconWords(s, lex) >= 2
}

// germanSentence: a German sentence that notEnglish misses, having fewer than
// three of the function words it counts but three German-only ones and more
// of those than English ones (af-de-augsburger-01: "Die USA haben im
// vergangenen Jahr 271.484 Einwanderer in fast 200 Länder abgeschoben.").
func germanSentence(s string) bool {
	if !german(s) {
		return false
	}
	en, es := functionWords(s)
	return en < es
}

// spanishGloss is a text whose Spanish sentences are glossed into English.
type spanishGloss struct {
	src  string
	text string
	// segs cover text and src in order: text[at:end] stands for
	// src[src:srcEnd]; a verbatim segment maps offsets one to one
	segs []glossSeg
	// sents are the glossed sentences
	sents []glossSeg
	// unknown are the words of glossed sentences that no lexicon knew,
	// left as written (spans of text)
	unknown [][2]int
}

type glossSeg struct {
	at, end     int // in the gloss
	src, srcEnd int // in the source
	same        bool
}

// verbatimText is what a Spanish sentence says, for a claim read from its
// gloss: the sentence and the figure's phrase as written.
type verbatimText struct {
	sentence, text string
}

// glossSpanish glosses the Spanish sentences of text. A sentence is Spanish
// when notEnglish says so; in a text with such a sentence, a short line with
// Spanish function words and no English ones (a headline, "EEUU: 143 mil 470
// arrestos realizaron las autoridades migratorias en 2017") is Spanish too.
func glossSpanish(text string) *spanishGloss {
	g := &spanishGloss{src: text, text: text}
	sents := splitSentences(text)
	spanish := make([]bool, len(sents))
	any := false
	for i, s := range sents {
		spanish[i] = glossedLanguage(s.text)
		any = any || spanish[i]
	}
	if !any {
		return g
	}
	var told map[string][]esPhrase // the language of the first sentence read as not English
	for i, s := range sents {
		if spanish[i] {
			told, _ = lexiconOf(s.text)
			break
		}
	}
	for i, s := range sents {
		if !spanish[i] {
			en, es := functionWords(s.text)
			spanish[i] = en == 0 && (es > 0 || lexiconWords(s.text, told) > 0)
		}
	}
	// def: the first language the text's sentences tell (a headline
	// before them takes it)
	var def map[string][]esPhrase
	for i, s := range sents {
		if lex, ok := lexiconOf(s.text); ok && spanish[i] {
			def = lex
			break
		}
	}
	var b strings.Builder
	last := 0
	copyTo := func(to int) {
		if to > last {
			at := b.Len()
			b.WriteString(text[last:to])
			g.segs = append(g.segs, glossSeg{at: at, end: b.Len(), src: last, srcEnd: to, same: true})
			last = to
		}
	}
	for i, s := range sents {
		if !spanish[i] {
			continue
		}
		if gap := text[last:s.start]; len(g.sents) > 0 && last == g.sents[len(g.sents)-1].srcEnd && gap != "" &&
			strings.TrimLeft(gap, " \t") == "" && strings.HasSuffix(b.String(), ".") && abbreviationBefore(b.String(), b.Len()-1) {
			// the gloss ends on "U.S.", where the reader does not end a
			// sentence: a line break ends it where the Spanish one ended
			at := b.Len()
			b.WriteString("\n" + gap[1:])
			g.segs = append(g.segs, glossSeg{at: at, end: b.Len(), src: last, srcEnd: s.start})
			last = s.start
		}
		copyTo(s.start)
		from := b.Len()
		for _, p := range glossSentence(s.text, def) {
			at := b.Len()
			b.WriteString(p.text)
			g.segs = append(g.segs, glossSeg{at: at, end: b.Len(), src: s.start + p.from, srcEnd: s.start + p.to, same: p.same})
			if p.same {
				for _, w := range untranslatedWords(p.text) {
					g.unknown = append(g.unknown, [2]int{at + w[0], at + w[1]})
				}
			}
		}
		last = s.start + len(s.text)
		g.sents = append(g.sents, glossSeg{at: from, end: b.Len(), src: s.start, srcEnd: last})
	}
	copyTo(len(text))
	g.text = b.String()
	return g
}

// functionWords counts the English and the other languages' function words
// of s (lexicon.go's lists, with the Spanish ones a headline uses besides,
// and the Portuguese ones: "21.000 detidos sem antecedentes criminais"
// after a Portuguese sentence, s-pt-rtp-02).
func functionWords(s string) (en, es int) {
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) }) {
		if englishWords[w] {
			en++
		}
		if spanishWords[w] || spanishHeadlineWords[w] || otherLanguageWords[w] || portugueseOnly[w] {
			es++
		}
	}
	return en, es
}

var spanishHeadlineWords = map[string]bool{"al": true, "y": true, "se": true, "su": true, "sus": true, "ha": true, "han": true,
	"desde": true, "hasta": true, "entre": true, "sobre": true, "como": true, "deporta": true, "deportó": true}

// lexiconWords counts the words of s that lex glosses as a word of its own
// into another lower-case English word: a short sentence with no function
// word of either language, after Spanish ones, is Spanish when it has one
// ("Detuvo a 10,749.", after "San Antonio: Responsable de la Zona Central
// del Sur de Texas.", u-es-politicaya-05). Names, and words English writes
// the same, do not count.
func lexiconWords(s string, lex map[string][]esPhrase) int {
	n := 0
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) }) {
		if englishWords[w] {
			continue
		}
		for _, p := range lex[w] {
			if r, _ := utf8.DecodeRuneInString(p.en); len(p.elems) == 1 && p.en != w && unicode.IsLower(r) {
				n++
				break
			}
		}
	}
	return n
}

// spanish tells whether the sentence of the gloss starting at pos was
// glossed from Spanish.
func (g *spanishGloss) spanish(pos int) bool {
	for _, s := range g.sents {
		if s.at <= pos && pos < s.end {
			return true
		}
	}
	return false
}

// source maps an offset of the gloss to the source: a start to the start
// of the phrase it glosses, an end to its end.
func (g *spanishGloss) source(pos int, end bool) int {
	for _, s := range g.segs {
		if pos < s.at || pos > s.end || pos == s.end && !end || pos == s.at && end && s.end > s.at {
			continue
		}
		switch {
		case s.same:
			return s.src + pos - s.at
		case end && pos > s.at:
			return s.srcEnd
		default:
			return s.src
		}
	}
	return min(pos, len(g.src))
}

// notEnglishWhy is why a figure of a glossed clause not read in full is not stated.
const notEnglishWhy = "the sentence is not in English, which icestat reads"

// untranslatedWords are the spans of the words of a verbatim piece of a
// gloss that are not English as the reader takes it: a word of a script
// without case (Hangul, Han, Arabic, Devanagari, ...), or a lower-case word
// of three letters or more other than an English function word ("dijo",
// "contabilizaba", "lié", "grave"). Names keep their capital and count as
// read; a word the language writes as English does ("total") counts as not
// translated, which only keeps a figure from being called contradicted.
func untranslatedWords(text string) [][2]int {
	var out [][2]int
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		if !unicode.IsLetter(r) {
			i += n
			continue
		}
		j := i
		for j < len(text) {
			r2, n2 := utf8.DecodeRuneInString(text[j:])
			if !unicode.IsLetter(r2) && r2 != '\'' && r2 != '’' {
				break
			}
			j += n2
		}
		w := text[i:j]
		switch {
		case !unicode.IsUpper(r) && !unicode.IsLower(r):
			out = append(out, [2]int{i, j})
		case unicode.IsLower(r) && utf8.RuneCountInString(w) >= 3 && !englishWords[w]:
			out = append(out, [2]int{i, j})
		}
		i = j
	}
	return out
}

// readable tells whether the clause of the gloss around text[from:to] (to
// the nearest comma, semicolon, colon, parenthesis or dash, within its
// sentence) has no untranslated word: a figure read from such a clause is
// read from words the lexicons know, as an English sentence is, and may
// be contradicted; one beside a word left as written ("8 % have a criminal
// record lié to a infraction grave": a serious offence the gloss missed)
// is not stated. A number's thousands comma ends no clause.
func (g *spanishGloss) readable(from, to int) bool {
	lo, hi := -1, -1
	for _, s := range g.sents {
		if s.at <= from && from < s.end {
			lo, hi = s.at, s.end
		}
	}
	if lo < 0 {
		return false // not a glossed sentence
	}
	l, r := g.clauseAround(from, to, lo, hi)
	if !g.known(l, r) {
		return false
	}
	if measureIn(lowerASCII(g.text[l:r])) == "" && !g.known(lo, l) {
		// a clause that names no measure takes it from the sentence
		// before it ("The Patrol made 310,531 arrests ..., 25% fewer
		// than the year before", the gloss of ap-es-elsentinel-02's "La
		// patrulla efectuó ..."): that part must be read whole too, or
		// the change is read of a measure the sentence does not state
		return false
	}
	return true
}

// known tells whether g.text[l:r] has no word the gloss left as written.
func (g *spanishGloss) known(l, r int) bool {
	for _, u := range g.unknown {
		if u[0] < r && l < u[1] {
			return false
		}
	}
	return true
}

// clauseAround widens text[from:to] to its clause (to the nearest comma,
// semicolon, colon, parenthesis or dash) within the sentence [lo, hi).
func (g *spanishGloss) clauseAround(from, to, lo, hi int) (int, int) {
	boundary := func(i int) bool {
		r, _ := utf8.DecodeRuneInString(g.text[i:])
		if r == ',' && i > 0 && i+1 < len(g.text) && isASCIIDigit(g.text[i-1]) && isASCIIDigit(g.text[i+1]) {
			return false
		}
		return strings.ContainsRune(",;:()—–，；：（）、", r)
	}
	l := min(max(from, lo), hi)
	for l > lo && !boundary(l-1) {
		l--
	}
	r := min(max(to, l), hi)
	for r < hi && !boundary(r) {
		r++
	}
	return l, r
}

// restore gives every claim read from a glossed sentence its offset in the
// source and its verbatim sentence and phrase, and marks its reading as
// not stated unless its clause is read in full (readable): the claims
// later passes add (a facility's rank, a detention reading) as well as
// those of the sentence loop, which marks its own.
func (g *spanishGloss) restore(its []Interpretation) []Interpretation {
	if len(g.sents) == 0 {
		return its
	}
	for i := range its {
		c := &its[i].Claim
		if !g.spanish(c.Offset) {
			c.Offset = g.source(c.Offset, false)
			continue
		}
		if !g.readable(c.Offset, c.Offset+len(c.Text)) {
			if its[i].Unstated == nil {
				its[i].Unstated = map[string]string{}
			}
			its[i].Unstated["measure"] = notEnglishWhy
		}
		from, to := g.source(c.Offset, false), g.source(c.Offset+len(c.Text), true)
		for _, s := range g.sents {
			if s.src <= from && from < s.srcEnd {
				to = min(to, s.srcEnd)
				c.verbatim = &verbatimText{sentence: g.src[s.src:s.srcEnd], text: strings.TrimSpace(g.src[from:max(from, to)])}
			}
		}
		c.Offset = from
	}
	return its
}

// showVerbatim puts back what a Spanish sentence says in the entries of a
// report, which were read from its gloss: the sentence and the figure as
// written, in the entry and in the copy of its reading.
func showVerbatim(es []Entry) {
	for i := range es {
		d := es[i].Detail
		if d == nil || d.Claim.verbatim == nil {
			continue
		}
		v := d.Claim.verbatim
		if es[i].Verdict == Contradicted {
			// a reader who cannot read the language sees what was read
			es[i].Explanation += fmt.Sprintf(" The sentence was read through icestat's word-by-word English gloss, every word of the figure's clause known to its lexicon: %q.", strings.TrimSpace(d.Claim.Sentence))
		}
		es[i].Sentence, es[i].Text = v.sentence, v.text
		cp := *d
		cp.Claim.Sentence, cp.Claim.Clause, cp.Claim.Text = v.sentence, v.sentence, v.text
		es[i].Detail = &cp
	}
}

// ---- the gloss of one sentence ------------------------------------------------

// glossPiece is a stretch of a sentence and its gloss.
type glossPiece struct {
	from, to int // in the sentence
	text     string
	same     bool
}

// esToken is a word, a number, a punctuation mark or a run of spaces.
type esToken struct {
	s, low     string
	start, end int
	kind       byte // 'w' word, 'n' number, 'p' punctuation, ' ' space
}

func tokenizeSpanish(s string) []esToken {
	var out []esToken
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		j, kind := i+size, byte('p')
		// past the run of runes in the class of r
		run := func(in func(rune) bool) int {
			k := j
			for k < len(s) {
				c, n := utf8.DecodeRuneInString(s[k:])
				if !in(c) {
					break
				}
				k += n
			}
			return k
		}
		switch {
		case unicode.IsSpace(r):
			kind, j = ' ', run(unicode.IsSpace)
		case unicode.IsLetter(r):
			kind, j = 'w', run(unicode.IsLetter)
		case r >= '0' && r <= '9':
			kind = 'n'
			for j < len(s) && (s[j] >= '0' && s[j] <= '9' || (s[j] == '.' || s[j] == ',') && j+1 < len(s) && s[j+1] >= '0' && s[j+1] <= '9') {
				j++
			}
		}
		out = append(out, esToken{s: s[i:j], low: strings.ToLower(s[i:j]), start: i, end: j, kind: kind})
		i = j
	}
	return out
}

// lexiconOf is the lexicon of the sentence's language, and whether its
// words told it (Spanish is the default).
func lexiconOf(s string) (map[string][]esPhrase, bool) {
	switch {
	case french(s):
		return frLexicon, true
	case german(s):
		return deLexicon, true
	case italian(s):
		return itLexicon, true
	case portuguese(s):
		return ptLexicon, true
	case dutch(s):
		return nlLexicon, true
	case vietnamese(s):
		return viLexicon, true
	case azerbaijani(s): // before Turkish, whose letters it writes too
		return azLexicon, true
	case turkish(s):
		return trLexicon, true
	case indonesian(s):
		return idLexicon, true
	case polish(s):
		return plLexicon, true
	case swahili(s):
		return swLexicon, true
	case somali(s):
		return soLexicon, true
	case hungarian(s):
		return huLexicon, true
	}
	return esLexicon, false
}

// glossSentence glosses one Spanish sentence: at each word the longest
// phrase of the lexicon that matches, then Spanish number forms; other
// words stay as written. A sentence too short to tell its language (a
// headline) takes def, the language of the text's other sentences.
func glossSentence(s string, def map[string][]esPhrase) []glossPiece {
	switch {
	case korean(s):
		return glossStems(s, koLexicon)
	case japanese(s): // before chinese: Japanese writes Han characters too
		return glossStems(s, jaLexicon)
	case chinese(s):
		return glossStems(s, zhLexicon)
	case arabic(s):
		return glossStems(s, arLexicon)
	case indic(s):
		return glossStems(s, indicLexicon(s))
	case greek(s):
		return glossStems(s, elLexicon)
	case gurmukhi(s):
		return glossStems(s, paLexicon)
	case khmer(s):
		return glossStems(s, kmLexicon)
	case tamil(s):
		return glossStems(s, taLexicon)
	}
	lex, ok := lexiconOf(s)
	if !ok && def != nil && lexiconWords(s, def) >= lexiconWords(s, esLexicon) {
		// a Spanish sentence in a Portuguese text ("En 2018 la oficina de
		// ICE en Dallas detuvo a 17,644 inmigrantes.") keeps Spanish: the
		// lexicon that knows more of its words
		lex = def
	}
	toks := tokenizeSpanish(s)
	var out []glossPiece
	// comparing: the words left after "más"/"menos" ("more"/"fewer")
	// within which "que" is "than" ("menos inmigrantes ilegales que el
	// año pasado", aj-es-forbes-mx-01), as in Portuguese ("mais ...
	// que") and French ("plus ... que")
	comparing := 0
	for i := 0; i < len(toks); {
		t := toks[i]
		if t.kind == ' ' {
			out = append(out, glossPiece{from: t.start, to: t.end, text: t.s, same: true})
			i++
			continue
		}
		if comparing > 0 && t.low == "que" && (i < 2 || toks[i-2].low != "lo") {
			out = append(out, glossPiece{from: t.start, to: t.end, text: "than"})
			comparing = 0
			i++
			continue
		}
		comparing--
		if t.kind != 'w' {
			comparing = 0 // (a figure or a mark ends the comparison)
		}
		text, next, ok := milHundreds(toks, i)
		if !ok {
			text, next, ok = wordThousands(toks, i)
		}
		if !ok {
			text, next, ok = yearSpan(toks, i)
		}
		if !ok {
			text, next, ok = matchPhrase(lex, toks, i)
		}
		if !ok && t.kind == 'n' {
			text, next, ok = spanishNumber(toks, i)
		}
		if !ok || next == i+1 && text == t.s {
			out = append(out, glossPiece{from: t.start, to: t.end, text: t.s, same: true})
			i++
			continue
		}
		if text == "" && next < len(toks) && toks[next].kind == ' ' {
			next++ // a word the gloss drops takes its space with it
		}
		if isUpperStart(t.s) {
			text = capitalized(text)
		}
		if text == "more" || text == "fewer" {
			comparing = 5
		}
		out = append(out, glossPiece{from: t.start, to: toks[next-1].end, text: text})
		i = next
	}
	return out
}

// capitalized starts s with a capital letter, as the Spanish phrase it
// glosses did: the reader splits sentences before one.
func capitalized(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 || unicode.IsUpper(r) {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}

// nextWords returns the indices of the next k tokens that are not spaces,
// starting at i, when only single spaces separate them.
func nextWords(toks []esToken, i, k int) []int {
	var idx []int
	for j := i; j < len(toks) && len(idx) < k; j++ {
		if toks[j].kind == ' ' {
			if toks[j].s != " " && toks[j].s != "\u00a0" {
				return idx
			}
			continue
		}
		idx = append(idx, j)
	}
	return idx
}

// milHundreds reads "mil 902" (1,902) at toks[i], as the Angolan and
// Mexican press write a number between one and two thousand
// (fresh-2026-12an's an-pt-angop-05: "aumentar para mil 902, face aos mil
// 770 em 2019"; ah-es-jornada-01: "de mil 124 detenciones"): "mil" after no
// number of its own ("141 mil 45" is spanishNumber's), then three digits
// after a single space, ending the number.
func milHundreds(toks []esToken, i int) (string, int, bool) {
	if toks[i].low != "mil" {
		return "", 0, false
	}
	for j := i - 1; j >= 0; j-- {
		if toks[j].kind == ' ' {
			continue
		}
		if toks[j].kind == 'n' {
			return "", 0, false
		}
		break
	}
	w := nextWords(toks, i, 3)
	if len(w) < 2 || w[1] != i+2 || toks[i+1].s != " " || toks[w[1]].kind != 'n' || len(toks[w[1]].s) != 3 || !isDigits(toks[w[1]].s) {
		return "", 0, false
	}
	if len(w) == 3 && w[2] == w[1]+1 && (toks[w[2]].s == "," || toks[w[2]].s == ".") && w[2]+1 < len(toks) && toks[w[2]+1].kind == 'n' {
		return "", 0, false // "mil 902,5": not a count
	}
	return "1," + toks[w[1]].s, w[1] + 1, true
}

// spanishThousandWords are the number words written before "mil" with
// the hundreds in digits after it.
var spanishThousandWords = map[string]int{"dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8, "nueve": 9, "diez": 10,
	"duas": 2, "três": 3}

// wordThousands reads "dos mil 976" (2,976) at toks[i], as the Mexican
// press writes the thousands in words and the rest in digits
// (cd-es-guanajuato-01: "aumentaron a dos mil 976 en 2017"; read as "two"
// and milHundreds' 1,976 before): the word, "mil", then three digits
// after single spaces, ending the number.
func wordThousands(toks []esToken, i int) (string, int, bool) {
	k, ok := spanishThousandWords[toks[i].low]
	if !ok {
		return "", 0, false
	}
	w := nextWords(toks, i, 3)
	if len(w) < 3 || w[1] != i+2 || toks[i+1].s != " " || toks[w[1]].low != "mil" || w[2] != w[1]+2 || toks[w[1]+1].s != " " ||
		toks[w[2]].kind != 'n' || len(toks[w[2]].s) != 3 || !isDigits(toks[w[2]].s) {
		return "", 0, false
	}
	if w[2]+1 < len(toks) && (toks[w[2]+1].s == "," || toks[w[2]+1].s == ".") && w[2]+2 < len(toks) && toks[w[2]+2].kind == 'n' {
		return "", 0, false // "dos mil 976,5": not a count
	}
	return strconv.Itoa(k) + "," + toks[w[2]].s, w[2] + 1, true
}

// yearSpan reads "de 2017 a 2018" (Spanish, Portuguese) and "de 2017 à
// 2018" (French) at toks[i] as "from 2017 to 2018": two years joined so
// are a span (cg-fr-cambodgemag-04: "le nombre d'immigrants cambodgiens
// expulsés de 2017 à 2018 a augmenté de 279%", glossed "of 2017 to 2018"
// before, and the Spanish "of 2017 2018", the "a" dropped before a
// number).
func yearSpan(toks []esToken, i int) (string, int, bool) {
	if toks[i].low != "de" && toks[i].low != "desde" {
		return "", 0, false
	}
	w := nextWords(toks, i, 4)
	year := func(k int) bool {
		t := toks[w[k]].s
		return toks[w[k]].kind == 'n' && len(t) == 4 && isDigits(t) && (strings.HasPrefix(t, "19") || strings.HasPrefix(t, "20"))
	}
	if len(w) < 4 || !year(1) || !year(3) || toks[w[2]].low != "a" && toks[w[2]].low != "à" && toks[w[2]].low != "al" && toks[w[2]].low != "hasta" {
		return "", 0, false
	}
	return "from " + toks[w[1]].s + " to " + toks[w[3]].s, w[3] + 1, true
}

// spanishNumber reads the number forms of Spanish at toks[i]: "143 mil 470"
// (143,470), "85 mil" (85 thousand), "1,4 millones" (1.4 million),
// "256.085" (256,085, a dot between thousands), "54,7" (54.7, a decimal
// comma) and "22, 538" (22,538: a stray space after the thousands comma,
// read so only where nothing else can be meant).
func spanishNumber(toks []esToken, i int) (string, int, bool) {
	w := nextWords(toks, i, 3)
	after := func(k int) string {
		if k < len(w) {
			return toks[w[k]].low
		}
		return ""
	}
	if len(w) >= 2 && (after(1) == "mil" || after(1) == "millones" || after(1) == "millón") {
		v, ok := spanishDecimal(toks[i].s, true)
		if !ok {
			return "", 0, false
		}
		if m := toks[w[min(2, len(w)-1)]].s; after(1) == "mil" && len(w) == 3 && toks[w[2]].kind == 'n' && len(m) <= 3 && isDigits(m) && isDigits(toks[i].s) && len(toks[i].s) <= 3 {
			// "143 mil 470" (143,470), and "141 mil 45" (141,045) with one
			// or two digits after "mil" (aj-es-infobae-09): the thousands
			// and the units of one number, as the Mexican press writes
			// them. A list ("38 mil, 521") is not: the next word must
			// follow "mil" after a single space.
			return toks[i].s + "," + strings.Repeat("0", 3-len(m)) + m, w[2] + 1, true
		}
		if after(1) == "mil" {
			return v + " thousand", w[1] + 1, true
		}
		return v + " million", w[1] + 1, true
	}
	if n, ok := strayThousands(toks, i); ok {
		return toks[i].s + "," + toks[n].s, n + 1, true
	}
	if n, ok := spaceThousands(toks, i); ok {
		return toks[i].s + "," + toks[n].s, n + 1, true
	}
	percent := after(1) == "%" || after(1) == "por" && after(2) == "ciento"
	v, ok := spanishDecimal(toks[i].s, percent)
	return v, i + 1, ok
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// spanishDecimal writes a Spanish number in English: groups of three after
// the first, all behind the same mark, are thousands ("256.085", "41,169",
// "1.234.567"); a mark with one, two or more than three digits after it is
// the decimal one ("54,7", "63.5"); so is a lone mark before three digits
// when the number is a share or a multiple ("1,250 millones", "12,345 %").
// The two marks together: the last one is the decimal ("1.234,5").
func spanishDecimal(s string, fraction bool) (string, bool) {
	dots, commas := strings.Count(s, "."), strings.Count(s, ",")
	if dots == 0 && commas == 0 {
		return s, true
	}
	if dots > 0 && commas > 0 {
		k := strings.LastIndexAny(s, ".,")
		head, tail := s[:k], s[k+1:]
		if strings.ContainsAny(tail, ".,") {
			return "", false
		}
		mark := ".,"[strings.IndexByte(".,", s[k])^1] // the other mark
		gs := strings.Split(head, string(mark))
		if !thousandGroups(gs) {
			return "", false
		}
		return strings.Join(gs, ",") + "." + tail, true
	}
	mark := ","
	if dots > 0 {
		mark = "."
	}
	gs := strings.Split(s, mark)
	if len(gs) > 2 {
		if !thousandGroups(gs) {
			return "", false
		}
		return strings.Join(gs, ","), true
	}
	if thousandGroups(gs) && !fraction {
		return gs[0] + "," + gs[1], true
	}
	return gs[0] + "." + gs[1], true
}

func thousandGroups(gs []string) bool {
	if len(gs[0]) == 0 || len(gs[0]) > 3 {
		return false
	}
	for _, g := range gs[1:] {
		if len(g) != 3 {
			return false
		}
	}
	return true
}

// spaceThousands: "69 000 personas" is 69,000, the thousands set off by a
// space (or a no-break space) as Spanish style guides write them: one to
// three digits, one space, three digits, and no number right before or
// after ("entre 2019 y 2020 000" is no figure; "5 100 200" is a list).
func spaceThousands(toks []esToken, i int) (int, bool) {
	if i+2 >= len(toks) || !isDigits(toks[i].s) || len(toks[i].s) > 3 || toks[i+1].kind != ' ' ||
		toks[i+1].s != " " && toks[i+1].s != "\u00a0" && toks[i+1].s != "\u202f" {
		return 0, false
	}
	n := i + 2
	if toks[n].kind != 'n' || !isDigits(toks[n].s) || len(toks[n].s) != 3 {
		return 0, false
	}
	if k := i - 1; k >= 1 && toks[k].kind == ' ' && toks[k-1].kind == 'n' {
		return 0, false
	}
	if w := nextWords(toks, n+1, 1); len(w) == 1 && toks[w[0]].kind == 'n' {
		return 0, false
	}
	if n+1 < len(toks) && (toks[n+1].s == "," || toks[n+1].s == ".") && n+2 < len(toks) && toks[n+2].kind == 'n' {
		return 0, false // "69 000,5": a decimal part, not this form
	}
	return n, true
}

// strayThousands: "22, 538" is 22,538 when the comma follows the first
// number directly, one space comes before three digits, and neither number
// is part of a list ("11, 12 y 13", "5, 100 o 200") or a decimal.
func strayThousands(toks []esToken, i int) (int, bool) {
	if i+3 >= len(toks) || !isDigits(toks[i].s) || len(toks[i].s) > 3 || toks[i+1].s != "," || toks[i+2].s != " " {
		return 0, false
	}
	n := i + 3
	if toks[n].kind != 'n' || !isDigits(toks[n].s) || len(toks[n].s) != 3 {
		return 0, false
	}
	// a list before: "4, 22, 538"
	if k := i - 1; k >= 0 && toks[k].kind == ' ' && k > 0 && toks[k-1].s == "," && k > 1 && toks[k-2].kind == 'n' {
		return 0, false
	}
	// a list after: "22, 538 y 600", "22, 538, 600"
	w := nextWords(toks, n+1, 2)
	if len(w) == 2 && (toks[w[0]].low == "y" || toks[w[0]].low == "o" || toks[w[0]].low == "e" || toks[w[0]].low == "u" || toks[w[0]].s == ",") && toks[w[1]].kind == 'n' {
		return 0, false
	}
	if n+1 < len(toks) && toks[n+1].s == "," && n+3 < len(toks) && toks[n+2].kind == ' ' && toks[n+3].kind == 'n' {
		return 0, false
	}
	return n, true
}

// ---- the lexicon --------------------------------------------------------------

// A phrase of the lexicon is a sequence of elements separated by spaces:
// a word (lower case, accents as written), "#" (a number, written in
// English), "?#" (a number follows, read on its own), "{mes}" (a month),
// "{Name}" (a capitalized word, as written), "{n}" (a small number in
// words or digits, written in English words). The English side refers to the numbers,
// months and small numbers in order as $1, $2, ...
type esPhrase struct {
	elems []string
	en    string
}

var esLexicon = buildLexicon(spanishPhrases, spanishWordsEn, spanishCountries)

// ptLexicon glosses Portuguese sentences (portuguese_lexicon.go), with the
// Spanish country names, most of which Portuguese shares, and its own.
var ptLexicon = buildLexicon(portuguesePhrases, portugueseWordsEn, withCountries(spanishCountries, portugueseCountries))

// withCountries merges the country glosses of two languages.
func withCountries(a, b map[string]string) map[string]string {
	m := make(map[string]string, len(a)+len(b))
	maps.Copy(m, a)
	maps.Copy(m, b)
	return m
}

func buildLexicon(phrases [][2]string, words, countries map[string]string) map[string][]esPhrase {
	m := map[string][]esPhrase{}
	add := func(es, en string) {
		p := esPhrase{elems: strings.Fields(es), en: en}
		// (an element "=Word" matches that word written so, capital and
		// all; its phrase is found under the word in lower case)
		k := p.elems[0]
		if strings.HasPrefix(k, "=") {
			k = strings.ToLower(k[1:])
		}
		m[k] = append(m[k], p)
	}
	for _, e := range phrases {
		add(e[0], e[1])
	}
	for w, en := range words {
		add(w, en)
	}
	for w, en := range countries {
		add(w, en)
	}
	for _, ps := range m {
		// the longest phrase first
		for i := 1; i < len(ps); i++ {
			for j := i; j > 0 && len(ps[j].elems) > len(ps[j-1].elems); j-- {
				ps[j], ps[j-1] = ps[j-1], ps[j]
			}
		}
	}
	return m
}

// spanishMonths: the months of Spanish, Portuguese, French, German and
// Italian ("{mes}").
var spanishMonths = map[string]string{"enero": "January", "febrero": "February", "marzo": "March", "abril": "April", "mayo": "May",
	"junio": "June", "julio": "July", "agosto": "August", "septiembre": "September", "setiembre": "September", "octubre": "October",
	"noviembre": "November", "diciembre": "December",
	"janeiro": "January", "fevereiro": "February", "março": "March", "maio": "May", "junho": "June", "julho": "July",
	"setembro": "September", "outubro": "October", "novembro": "November", "dezembro": "December",
	"janvier": "January", "février": "February", "mars": "March", "avril": "April", "mai": "May", "juin": "June",
	"juillet": "July", "août": "August", "octobre": "October", "novembre": "November", "décembre": "December",
	"januar": "January", "jänner": "January", "februar": "February", "märz": "March", "april": "April", "juni": "June", "juli": "July",
	"august": "August", "september": "September", "oktober": "October", "november": "November", "dezember": "December",
	"gennaio": "January", "febbraio": "February", "aprile": "April", "maggio": "May", "giugno": "June", "luglio": "July",
	"settembre": "September", "ottobre": "October", "dicembre": "December"}

var spanishSmall = map[string]string{"uno": "one", "una": "one", "dos": "two", "tres": "three", "cuatro": "four", "cinco": "five",
	"seis": "six", "siete": "seven", "ocho": "eight", "nueve": "nine", "diez": "ten", "once": "eleven", "doce": "twelve",
	"veinte": "twenty", "treinta": "thirty", "cuarenta": "forty", "cincuenta": "fifty", "cien": "hundred"}

var englishSmall = []string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"}

// matchPhrase finds the longest phrase of the lexicon at toks[i].
func matchPhrase(lex map[string][]esPhrase, toks []esToken, i int) (string, int, bool) {
	keys := []string{toks[i].low}
	if toks[i].kind == 'n' {
		keys = []string{"#", "{n}"}
	} else {
		if spanishMonths[toks[i].low] != "" {
			keys = append(keys, "{mes}")
		}
		if spanishSmall[toks[i].low] != "" {
			keys = append(keys, "{n}")
		}
		if isUpperStart(toks[i].s) {
			keys = append(keys, "{Name}")
		}
	}
	best, bestNext, bestLen := "", 0, 0
	for _, k := range keys {
		for _, p := range lex[k] {
			if len(p.elems) <= bestLen {
				continue
			}
			if en, next, ok := p.match(toks, i); ok {
				best, bestNext, bestLen = en, next, len(p.elems)
			}
		}
	}
	return best, bestNext, bestLen > 0
}

// beforeMonth: the phrase's next elements name a month ("{mes}", "de
// {mes}", "er {mes}"), so the number before them is a day.
func beforeMonth(rest []string) bool {
	if len(rest) > 0 && rest[0] == "{mes}" {
		return true
	}
	return len(rest) > 1 && (rest[0] == "de" || rest[0] == "er") && rest[1] == "{mes}"
}

// dayOrYear: v (a number as spanishNumber writes it) is a day of a month
// (1 to 31) or a year (1900 to 2099).
func dayOrYear(v string) bool {
	n, err := strconv.Atoi(v)
	return err == nil && (n >= 1 && n <= 31 || n >= 1900 && n <= 2099)
}

func (p esPhrase) match(toks []esToken, i int) (string, int, bool) {
	j := i
	var caps []string
	for k, e := range p.elems {
		if k > 0 && j < len(toks) && toks[j].kind == ' ' {
			// the words of a phrase stand one space apart
			if toks[j].s != " " && toks[j].s != "\u00a0" {
				return "", 0, false
			}
			j++
		}
		if j >= len(toks) {
			return "", 0, false
		}
		t := toks[j]
		switch e {
		case "?#":
			// a number must follow, which the phrase leaves to be read
			if t.kind != 'n' {
				return "", 0, false
			}
			if k > 0 && toks[j-1].kind == ' ' {
				j--
			}
			continue
		case "#":
			if t.kind != 'n' {
				return "", 0, false
			}
			v, next, ok := spanishNumber(toks, j)
			if !ok || beforeMonth(p.elems[k+1:]) && !dayOrYear(v) {
				// "las 20.395 de diciembre" is a count of December, not
				// its 20,395th day (bw-es-americateve-02); a year may come
				// first ("2025 februárjában", aa-hu-piacesprofit-02)
				return "", 0, false
			}
			caps, j = append(caps, v), next
			continue
		case "{mes}":
			if spanishMonths[t.low] == "" {
				return "", 0, false
			}
			caps = append(caps, spanishMonths[t.low])
		case "{Name}":
			if t.kind != 'w' || !isUpperStart(t.s) {
				return "", 0, false
			}
			caps = append(caps, t.s)
		case "{n}":
			switch {
			case spanishSmall[t.low] != "":
				caps = append(caps, spanishSmall[t.low])
			case isDigits(t.s):
				n, _ := strconv.Atoi(t.s)
				if n >= len(englishSmall) {
					return "", 0, false
				}
				caps = append(caps, englishSmall[n])
			default:
				return "", 0, false
			}
		default:
			if strings.HasPrefix(e, "=") && t.s != e[1:] || !strings.HasPrefix(e, "=") && t.low != e {
				return "", 0, false
			}
		}
		j++
	}
	en := p.en
	for k := len(caps); k >= 1; k-- {
		en = strings.ReplaceAll(en, "$"+strconv.Itoa(k), caps[k-1])
	}
	return en, j, true
}
