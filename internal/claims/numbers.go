package claims

import (
	"math"
	"strconv"
	"strings"
	"unicode"
)

// token is one word, number or punctuation mark of a sentence.
type token struct {
	s          string // as written
	low        string // lower case, curly apostrophes straightened
	start, end int    // byte offsets in the sentence
	num        bool   // digits
}

var tokenRe = lazyRegexp(`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|[\p{L}]+(?:['’][\p{L}]+)*|\S`)

func tokenize(s string) []token {
	locs := tokenRe.FindAllStringIndex(s, -1)
	out := make([]token, 0, len(locs))
	for k := 0; k < len(locs); k++ {
		l := locs[k]
		w := s[l[0]:l[1]]
		if to, ok := decimalCommaShare(s, locs, k); ok {
			// "— Мексика: 56,9%" (ag-ru-nashiusa-02): a share written
			// with a decimal comma is 56.9 %, not "9%"
			w := strings.Replace(s[l[0]:to], ",", ".", 1)
			out = append(out, token{s: w, low: w, start: l[0], end: to, num: true})
			k += 2
			continue
		}
		low := strings.ToLower(strings.ReplaceAll(w, "’", "'"))
		out = append(out, token{s: w, low: low, start: l[0], end: l[1], num: w[0] >= '0' && w[0] <= '9'})
	}
	return out
}

// decimalCommaShare: the tokens at locs[k:k+3] are digits, a comma and one
// or two digits, written together and followed by a percent sign: a
// share with a decimal comma ("56,9%", "14,8 %"), which no English writer
// groups as thousands. It gives the end of the number.
func decimalCommaShare(s string, locs [][]int, k int) (int, bool) {
	if k+2 >= len(locs) {
		return 0, false
	}
	a, c, b := locs[k], locs[k+1], locs[k+2]
	whole, frac := s[a[0]:a[1]], s[b[0]:b[1]]
	if s[c[0]:c[1]] != "," || a[1] != c[0] || c[1] != b[0] || len(frac) > 2 ||
		strings.ContainsAny(whole, ",.") || strings.ContainsAny(frac, ",.") || whole[0] < '0' || whole[0] > '9' || frac[0] < '0' || frac[0] > '9' {
		return 0, false
	}
	rest := strings.TrimLeft(s[b[1]:], " \u00a0")
	if !strings.HasPrefix(rest, "%") && !strings.HasPrefix(rest, "٪") {
		return 0, false
	}
	return b[1], true
}

var smallNumbers = map[string]float64{
	"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
	"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
	"seventeen": 17, "eighteen": 18, "nineteen": 19,
	"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}

var scales = map[string]float64{"hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9}

// number is a figure read from tokens.
type number struct {
	value     float64
	tolerance float64 // half the rounding unit the figure is stated in (0 for an exact count)
	words     bool    // written in words
	next      int     // index of the first token after it
}

// parseDigits reads "1,461", "1.5" (then optionally "million").
func parseDigits(toks []token, i int) (number, bool) {
	t := toks[i]
	if !t.num {
		return number{}, false
	}
	v, err := strconv.ParseFloat(strings.ReplaceAll(t.s, ",", ""), 64)
	if err != nil || math.IsInf(v, 0) || math.IsNaN(v) {
		return number{}, false
	}
	n := number{value: v, next: i + 1}
	decimals := 0
	if j := strings.IndexByte(t.s, '.'); j >= 0 {
		decimals = len(t.s) - j - 1
	}
	if i+1 < len(toks) {
		if sc, ok := scales[toks[i+1].low]; ok && sc >= 1e3 {
			n.value = v * sc
			n.tolerance = 0.5 * sc * math.Pow(10, -float64(decimals))
			n.next = i + 2
			return n, true
		}
	}
	if decimals > 0 {
		n.tolerance = 0.5 * math.Pow(10, -float64(decimals))
	}
	return n, true
}

// parseWords reads numbers in words: "forty", "two hundred and fifty",
// "three thousand", "a dozen", "forty-two". A lone "one" is not a figure.
func parseWords(toks []token, i int) (number, bool) {
	var total, cur float64
	j := i
	seen := 0
	lastScale := 1.0
	if j < len(toks) && toks[j].low == "a" && j+1 < len(toks) {
		if _, ok := scales[toks[j+1].low]; ok {
			cur = 1
			j++
		} else if toks[j+1].low == "dozen" {
			return number{value: 12, tolerance: 0, words: true, next: j + 2}, true
		}
	}
	numberWord := func(k int) bool {
		if k >= len(toks) {
			return false
		}
		_, small := smallNumbers[toks[k].low]
		_, scale := scales[toks[k].low]
		return small || scale || toks[k].low == "and"
	}
	for j < len(toks) {
		w := toks[j].low
		if w == "-" && seen > 0 && numberWord(j+1) {
			// "ONE-hundred-and-thirty-seven Guyanese"
			j++
			continue
		}
		if v, ok := smallNumbers[w]; ok {
			cur += v
			seen++
			j++
			// forty-two
			if j+1 < len(toks) && toks[j].s == "-" && v >= 20 && math.Mod(v, 10) == 0 {
				if u, ok := smallNumbers[toks[j+1].low]; ok && u < 10 {
					cur += u
					j += 2
				}
			}
			continue
		}
		if sc, ok := scales[w]; ok && (seen > 0 || cur > 0) {
			if cur == 0 {
				cur = 1
			}
			if sc == 100 {
				cur *= 100
			} else {
				total += cur * sc
				cur = 0
			}
			lastScale = sc
			seen++
			j++
			continue
		}
		if w == "dozen" && cur > 0 {
			cur *= 12
			seen++
			j++
			continue
		}
		if w == "and" && seen > 0 && j+1 < len(toks) {
			next := j + 1
			if toks[next].s == "-" {
				next++
			}
			if _, ok := smallNumbers[toks[min(next, len(toks)-1)].low]; ok && lastScale >= 100 {
				j++
				continue
			}
		}
		if w == "," && lastScale >= 1000 && cur == 0 && j+2 < len(toks) && toks[j+2].low == "hundred" {
			// "five thousand, five hundred and seventy-eight"
			if _, ok := smallNumbers[toks[j+1].low]; ok {
				j++
				continue
			}
		}
		break
	}
	if seen == 0 {
		return number{}, false
	}
	v := total + cur
	if seen == 1 && toks[i].low == "one" {
		return number{}, false
	}
	tol := 0.0
	if lastScale >= 1000 && seen <= 2 {
		tol = 0.5 * lastScale
	}
	return number{value: v, tolerance: tol, words: true, next: j}, true
}

func parseNumber(toks []token, i int) (number, bool) {
	if toks[i].num {
		return parseDigits(toks, i)
	}
	return parseWords(toks, i)
}

// roundingUnit is the half-unit a figure stated with trailing zeros may have
// been rounded to: 40 → 5, 1,500 → 50, 143,470 → 5.
func roundingUnit(v float64) float64 {
	if v <= 0 || v != math.Trunc(v) {
		return 0
	}
	unit := 1.0
	for x := int64(v); x%10 == 0 && x > 0; x /= 10 {
		unit *= 10
	}
	if unit == 1 {
		return 0
	}
	return unit / 2
}

// formatNumber renders a value with thousands separators and at most one
// decimal.
func formatNumber(v float64) string {
	neg := v < 0
	if neg {
		v = -v
	}
	s := strconv.FormatFloat(v, 'f', -1, 64)
	if v != math.Trunc(v) {
		s = strconv.FormatFloat(v, 'f', 1, 64)
	}
	intPart, frac, _ := strings.Cut(s, ".")
	var b strings.Builder
	for i, c := range intPart {
		if i > 0 && (len(intPart)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	if frac != "" {
		b.WriteString("." + frac)
	}
	if neg {
		return "-" + b.String()
	}
	return b.String()
}

func isUpperStart(s string) bool {
	for _, r := range s {
		return unicode.IsUpper(r)
	}
	return false
}
