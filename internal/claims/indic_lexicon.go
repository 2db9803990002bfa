package claims

import (
	"math"
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Gujarati, Hindi (Devanagari), Telugu and Russian (Cyrillic) sentences are
// glossed with stem lexicons, as Arabic ones are (arabic.go): each language
// writes its own script with spaces between words, so a phrase of the lexicon
// glosses whole words only. Numbers are written in the script's own digits or
// in ASCII ones, the Indian way grouped in twos above the thousands
// ("૨,૭૦,૦૦૦", 270,000; "૨,૬૭,૨૫૮", 267,258), or with a space between the
// thousands in Russian ("68 400"). Outlets in these languages relay ICE's
// removals and detention figures (fresh-2026-12y: y-gu-newzviewz-*,
// y-hi-zeenews-*, y-te-*, y-ru-usaimig-*). The lexicons are small, phrases the
// rows needed; the other words stay as written. As with Spanish, a figure
// counts as stated only where the gloss reads every word of its clause
// (spanish.go, readable); elsewhere it may be supported, never contradicted.

func gujarati(s string) bool   { return mostlyScript(s, unicode.Gujarati, 6) }
func devanagari(s string) bool { return mostlyScript(s, unicode.Devanagari, 6) }
func telugu(s string) bool     { return mostlyScript(s, unicode.Telugu, 6) }
func russian(s string) bool    { return mostlyScript(s, unicode.Cyrillic, 6) }
func bengali(s string) bool    { return mostlyScript(s, unicode.Bengali, 6) }

// indic: a sentence one of these stem lexicons glosses.
func indic(s string) bool {
	return gujarati(s) || devanagari(s) || telugu(s) || russian(s) || bengali(s)
}

// indicLexicon: the stem lexicon of s's script.
func indicLexicon(s string) *stemLexicon {
	switch {
	case gujarati(s):
		return guLexicon
	case devanagari(s):
		return hiLexicon
	case telugu(s):
		return teLexicon
	case bengali(s):
		return bnLexicon
	}
	return ruLexicon
}

// gujaratiStems (y-gu-newzviewz-01, -02, -06)
var gujaratiStems = map[string]string{
	// the agency
	"યુએસ ઇમિગ્રેશન એન્ડ કસ્ટમ્સ એન્ફોર્સમેન્ટ": "ICE", "ઇમિગ્રેશન એન્ડ કસ્ટમ્સ એન્ફોર્સમેન્ટ": "ICE", "આઇસીઇ": "ICE",
	"દ્વારા": "by", "વિભાગ": "", "રિપોર્ટમાં": "in a report", "ગુરૂવારે": "on Thursday", "જારી કરવામાં આવેલાં": "released",
	// periods: "છેલ્લા એક વર્ષમાં", in the last one year;
	// "નાણાંકીય વર્ષ", fiscal year; "દરમ્યાન", during
	"છેલ્લા એક વર્ષમાં": "in the last year", "છેલ્લા વર્ષમાં": "in the last year",
	"પુરાં થયેલાં નાણાંકીય વર્ષ દરમ્યાન": "ending fiscal year", "નાણાંકીય વર્ષ": "fiscal year",
	"ટ્રમ્પના અગાઉના શાસનકાળ દરમ્યાન": "During Trump's previous term", "દરમ્યાન": "during",
	// people and removals: "ડિપોર્ટ કરવામાં આવ્યા હતા", were
	// deported; "પરત મોકલવામાં આવ્યા હતા", were sent back
	"લોકોને": "people", "જણાંને": "people", "લોકો": "people", "કુલ": "a total of", "સહિત": "including",
	"દેશોમાં": "countries", "તેમના દેશમાં": "to their country", "ડિપોર્ટ કરવામાં આવ્યા હતા": "were deported",
	"પરત મોકલવામાં આવ્યા હતા": "were removed", "ડિપોર્ટ કર્યા": "deported",
	// y-gu-newzviewz-03: "આ આંકડો ગયા વર્ષના આંકડા N કરતાં લગભગ બમણો છે"
	// (this figure is nearly double last year's figure of N)
	"આ આંકડો": "This figure", "ગયા વર્ષના આંકડા": "last year's figure of", "ગયા વર્ષના": "last year's",
	"કરતાં લગભગ બમણો છે": "than is nearly double", "લગભગ": "nearly",
	// z-gu-garavi-01, -02: "ઇમિગ્રેશન એન્ડ કસ્ટમ્સના આંતરિક રેકોર્ડ
	// અનુસાર, ઇમિગ્રેશન અટકાયતમાં રહેલા લોકોની સંખ્યા સોમવાર, 11 ઓગસ્ટે
	// 60,000ના રેકોર્ડ સ્તરે પહોંચી હતી" (according to ICE's internal
	// records, the number of people in immigration detention reached a
	// record level of 60,000 on Monday, August 11); "ડોનાલ્ડ ટ્રમ્પ
	// પ્રેસિડન્ટ બન્યા ત્યારે જાન્યુઆરીમાં આ સંખ્યા 39,000 હતી" (when
	// Donald Trump became President, in January, this number was 39,000)
	"ઇમિગ્રેશન એન્ડ કસ્ટમ્સના": "ICE's", "આંતરિક રેકોર્ડ અનુસાર": "according to internal records", "અનુસાર": "according to",
	"ઇમિગ્રેશન અટકાયતમાં રહેલા લોકોની સંખ્યા": "the number of people in immigration detention",
	"અટકાયતમાં રહેલા લોકોની સંખ્યા":           "the number of people in detention", "અટકાયતમાં": "in detention",
	"ડોનાલ્ડ ટ્રમ્પ પ્રેસિડન્ટ બન્યા ત્યારે": "When Donald Trump became President", "ટ્રમ્પ પ્રેસિડન્ટ બન્યા ત્યારે": "When Trump became President",
	"ડોનાલ્ડ ટ્રમ્પ": "Donald Trump", "ટ્રમ્પ": "Trump", "આ સંખ્યા": "this number", "સંખ્યા": "number",
	"સોમવાર": "Monday", "મંગળવાર": "Tuesday", "બુધવાર": "Wednesday", "ગુરુવાર": "Thursday", "શુક્રવાર": "Friday",
	"શનિવાર": "Saturday", "રવિવાર": "Sunday",
}

// hindiStems (y-hi-zeenews-01)
var hindiStems = map[string]string{
	"इमिग्रेशन एंड कस्टम्स एनफोर्समेंट": "ICE", "आईसीई": "ICE", "रविवार को": "on Sunday", "डेटा जारी किया": "released data",
	"इस डेटा के अनुसार": "According to this data", "डेटा के अनुसार": "according to data", "के अनुसार": "according to",
	// "रिकॉर्ड 65,000 प्रवासियों को कस्टडी में रखा है", has held a
	// record 65,000 migrants in custody
	"रिकॉर्ड": "a record", "प्रवासियों को": "migrants", "प्रवासियों": "migrants", "लोगों को": "people",
	"कस्टडी में रखा है": "in custody has held", "हिरासत में": "in detention",
	// y-hi-zeenews-02: "यह अब तक का सबसे बड़ा रिकॉर्ड है" (this is the
	// biggest record so far, "अब तक" so far, "सबसे बड़ा" the biggest)
	"यह अब तक का सबसे बड़ा रिकॉर्ड है": "This is the biggest record ever", "अब तक का सबसे बड़ा रिकॉर्ड": "the biggest record ever",
	"अब तक का सबसे बड़ा": "the biggest ever", "अब तक का सबसे ऊंचा स्तर": "the highest level ever", "सबसे बड़ा": "the biggest",
	"सबसे ज्यादा": "the most", "अब तक": "so far",
	// ag-hi-newsbytes-02: "वित्त वर्ष 2024 में अमेरिका ने भारत सहित 192
	// देशों के 2.70 लाख अवैध अप्रवासियों को देश से निकाल दिया है" (in fiscal
	// year 2024 the U.S. removed from the country 270,000 illegal immigrants
	// of 192 countries, India among them); "वित्त वर्ष", fiscal year
	"वित्त वर्ष": "fiscal year", "अमेरिका ने": "the U.S.", "अमेरिका": "the U.S.", "सहित": "including",
	"देशों के": "from countries", "अवैध अप्रवासियों को": "illegal immigrants", "अवैध प्रवासियों को": "illegal immigrants",
	"अप्रवासियों को": "immigrants", "अप्रवासियों": "immigrants",
	"देश से निकाल दिया है": "have deported", "देश से निकाल दिया": "deported", "निर्वासित किया": "deported",
	"डिपोर्ट किया": "deported",
}

// teluguStems (y-te-pallibatani-01, y-te-telugustop-01)
var teluguStems = map[string]string{
	"ఇమ్మిగ్రేషన్ మరియు కస్టమ్స్ ఎన్ఫోర్స్మెంట్": "ICE", "ఇమ్మిగ్రేషన్ అండ్ కస్టమ్స్ ఎన్ఫోర్స్మెంట్": "ICE", "ఐసీఈ": "ICE",
	"ప్రచురించిన డేటా ప్రకారం": "according to data published", "డేటా ప్రకారం": "according to data",
	"ఇమ్మిగ్రేషన్ నిర్బంధంలో ఉన్న వ్యక్తుల సంఖ్య": "the number of people in immigration detention",
	"ఆల్-టైమ్ హైకి చేరుకుంది":                     "reached an all-time high", "ప్రతి రెండు వారాలకు వచ్చే డేటా": "data every two weeks",
	"మంది వ్యక్తులను": "people", "మందిని": "people", "వ్యక్తులను": "people", "కలిగి ఉందని": "held", "చూపిస్తుంది": "shows",
	"అమెరికా వ్యాప్తంగా": "nationwide", "దాదాపు": "about", "నిర్బంధ కేంద్రాలలో": "in detention centers", "ఉంచింది": "held",
}

// russianStems (y-ru-usaimig-01, -02); a phrase that starts a
// sentence is written with a capital too (init)
var russianStems = map[string]string{
	"число людей в центрах содержания":                      "the number of people in detention centers of",
	"число людей, находящихся в иммиграционном содержании,": "the number of people in immigration detention",
	"число людей, находящихся в иммиграционном содержании":  "the number of people in immigration detention",
	"число задержанных":                                     "the number of detainees", "превысило": "exceeded", "и стало рекордным": "and became a record",
	"по обновляемым раз в две недели данным": "according to biweekly data of", "по данным": "according to data of",
	"на середину декабря": "as of mid-December", "на середину ноября": "as of mid-November",
	"на середину января": "as of mid-January", "человек": "people",
	// v-ru-haq-03: "На начало 2025 года в центрах временного содержания
	// находилось около 39 тыс. человек." (at the start of 2025, about 39
	// thousand people were held in temporary detention centers): the
	// start of a year is its first days, as "in early January"
	"на начало": "in early January", "года": "", "в центрах временного содержания находилось": "were held in detention centers",
	"в центрах содержания находилось": "were held in detention centers", "около": "about", "тыс.": "thousand", "тысяч": "thousand",
}

func capitalStems(m map[string]string) map[string]string {
	out := map[string]string{}
	for k, v := range m {
		out[k] = v
		r, n := utf8.DecodeRuneInString(k)
		if up := unicode.ToUpper(r); up != r {
			out[string(up)+k[n:]] = v
		}
	}
	return out
}

var (
	guLexicon = wordLexicon(withMonths(gujaratiStems, guMonths, "માં"), guMonths)
	hiLexicon = wordLexicon(hindiStems, hiMonths)
	teLexicon = wordLexicon(teluguStems, teMonths)
	bnLexicon = wordLexicon(bengaliStems, bnMonths)
	ruLexicon = cyrillicLexicon()
)

func wordLexicon(stems map[string]string, months map[string]int) *stemLexicon {
	lx := newStemLexicon(stems, nil, func(rest, before string) (string, int, bool) { return indicSpecial(rest, before, months) })
	lx.words = true
	return lx
}

// the months as the rows write them: Gujarati "સપ્ટેમ્બરે" (in
// September), Telugu "డిసెంబర్", "ఫిబ్రవరి"
var (
	guMonths = map[string]int{"જાન્યુઆરી": 1, "ફેબ્રુઆરી": 2, "માર્ચ": 3, "એપ્રિલ": 4, "મે": 5, "જૂન": 6, "જુલાઈ": 7, "ઓગસ્ટ": 8,
		"સપ્ટેમ્બર": 9, "સપ્ટેમ્બરે": 9, "ઓગસ્ટે": 8, "ઓક્ટોબર": 10, "નવેમ્બર": 11, "ડિસેમ્બર": 12}
	hiMonths = map[string]int{"जनवरी": 1, "फरवरी": 2, "मार्च": 3, "अप्रैल": 4, "मई": 5, "जून": 6, "जुलाई": 7, "अगस्त": 8,
		"सितंबर": 9, "अक्टूबर": 10, "नवंबर": 11, "दिसंबर": 12}
	teMonths = map[string]int{"జనవరి": 1, "ఫిబ్రవరి": 2, "మార్చి": 3, "ఏప్రిల్": 4, "మే": 5, "జూన్": 6, "జూలై": 7, "ఆగస్టు": 8,
		"సెప్టెంబర్": 9, "అక్టోబర్": 10, "నవంబర్": 11, "డిసెంబర్": 12}
)

const inDigit = `[0-9૦-૯०-९౦-౯০-৯]`

var (
	// "૨,૭૦,૦૦૦" (Indian grouping), "68,400", "68 400" (Russian), "41,169"
	inNumberRe = lazyRegexp(`^(` + inDigit + `{1,3}(?:,` + inDigit + `{2})*,` + inDigit + `{3}|` + inDigit + `{1,3}(?: ` + inDigit + `{3})+|` + inDigit + `+)(?:\.(` + inDigit + `+))?(\s?%)?`)
	// a word of the scripts right after a number ("૨૦૧૯માં", in 2019)
	inWordRe = regexp.MustCompile(`^[\p{Gujarati}\p{Devanagari}\p{Telugu}\p{Bengali}]+`)
)

// indicSpecial reads numbers and dates: "૩૦ સપ્ટેમ્બરે" (September 30),
// "14 డిసెంబర్ 2025 నాటికి" (as of December 14, 2025), "ఫిబ్రవరి 9
// నాటికి" (as of February 9), "૨૦૧૯માં" (in 2019), "68,400 కంటే ఎక్కువ"
// (more than 68,400).
func indicSpecial(rest, before string, months map[string]int) (string, int, bool) {
	if r, _ := utf8.DecodeLastRuneInString(before); before != "" && (unicode.IsLetter(r) || unicode.IsMark(r)) {
		return "", 0, false // inside a word
	}
	// a month, then a day: "ఫిబ్రవరి 9 నాటికి"
	for name, mo := range months {
		if !strings.HasPrefix(rest, name+" ") {
			continue
		}
		if m := inNumberRe.FindStringSubmatch(rest[len(name)+1:]); m != nil && len(m[1]) <= 2*utf8.UTFMax && m[2] == "" && m[3] == "" {
			day := asciiDigits(m[1])
			if d, _ := strconv.Atoi(day); d < 1 || d > 31 {
				continue
			}
			end := len(name) + 1 + len(m[0])
			d, _ := cjkDate("", strconv.Itoa(mo), day)
			if strings.HasPrefix(rest[end:], " నాటికి") {
				return "as of " + d, end + len(" నాటికి"), true
			}
			return d, end, true
		}
	}
	m := inNumberRe.FindStringSubmatch(rest)
	if m == nil {
		return "", 0, false
	}
	digits := strings.NewReplacer(",", "", " ", "").Replace(asciiDigits(m[1]))
	end := len(m[0])
	// a day, then a month, maybe a year: "૩૦ સપ્ટેમ્બરે", "14 డిసెంబర్ 2025
	// నాటికి"
	if len(digits) <= 2 && m[2] == "" && m[3] == "" && strings.HasPrefix(rest[end:], " ") {
		if d, _ := strconv.Atoi(digits); d >= 1 && d <= 31 {
			for name, mo := range months {
				if !strings.HasPrefix(rest[end+1:], name) || !wholeWordAt(rest, end+1+len(name)) {
					continue
				}
				e := end + 1 + len(name)
				year := ""
				if strings.HasPrefix(rest[e:], " ") {
					if y := inNumberRe.FindStringSubmatch(rest[e+1:]); y != nil && len(asciiDigits(y[1])) == 4 && y[2] == "" && y[3] == "" {
						year, e = asciiDigits(y[1]), e+1+len(y[0])
					}
				}
				date, _ := cjkDate(year, strconv.Itoa(mo), digits)
				if strings.HasPrefix(rest[e:], " నాటికి") {
					return "as of " + date, e + len(" నాటికి"), true
				}
				return date, e, true
			}
		}
	}
	v, err := strconv.Atoi(digits)
	if err != nil {
		return "", 0, false
	}
	if t, e, ok := lakhs(rest, end, digits, asciiDigits(m[2]), m[3] != "", indicLakh, indicThousand); ok {
		return t, e, true
	}
	if m[2] == "" && m[3] == "" && len(digits) <= 3 {
		// "১৬ হাজার ১০৪" (16 thousand 104): one number, 16,104
		if e, ok := afterScaleWord(rest, end, indicThousand); ok {
			if n, e2, ok := threeDigitsAfter(rest, e); ok {
				return formatNumber(float64(int64(v)*1000 + n)), e2, true
			}
		}
	}
	text := formatNumber(float64(v))
	if len(digits) == 4 && v >= 1990 && v <= 2039 && m[2] == "" && m[3] == "" {
		text = digits // a year
		// "૨૦૧૯માં", in 2019
		if strings.HasPrefix(rest[end:], "માં") || strings.HasPrefix(rest[end:], "में") || strings.HasPrefix(rest[end:], "లో") {
			w := inWordRe.FindString(rest[end:])
			return "in " + digits, end + len(w), true
		}
		// Bengali writes the year with the word for year: "২০১৬ সালে" (in
		// 2016), "২০১৬ সালের" (of 2016)
		for _, y := range [][2]string{{" সালে", "in "}, {" সালের", "of "}} {
			if strings.HasPrefix(rest[end:], y[0]) && wholeWordAt(rest, end+len(y[0])) {
				return y[1] + digits, end + len(y[0]), true
			}
		}
		return text, end, true
	}
	if m[2] != "" {
		text += "." + asciiDigits(m[2])
	}
	if m[3] != "" {
		text += "%"
	}
	// "68,400 కంటే ఎక్కువ", more than 68,400
	if strings.HasPrefix(rest[end:], " కంటే ఎక్కువ") {
		return "more than " + text, end + len(" కంటే ఎక్కువ"), true
	}
	// Gujarati puts the verb after its figure: "આ સંખ્યા 39,000 હતી"
	// (this number was 39,000, z-gu-garavi-02)
	// "60,000ના" (of 60,000, z-gu-garavi-01): the genitive ending
	for _, v := range [][2]string{{" હતી", "was "}, {" હતો", "was "}, {" હતા", "were "}, {"ના", "of "}} {
		if strings.HasPrefix(rest[end:], v[0]) && wholeWordAt(rest, end+len(v[0])) {
			return v[1] + text, end + len(v[0]), true
		}
	}
	if w := inWordRe.FindString(rest[end:]); w != "" {
		return "", 0, false // a number inside a word
	}
	return text, end, true
}

// wholeWordAt: no letter or mark of a word at s[i].
func wholeWordAt(s string, i int) bool {
	r, _ := utf8.DecodeRuneInString(s[i:])
	return i >= len(s) || !(unicode.IsLetter(r) || unicode.IsMark(r))
}

// the lakh (100,000) and the thousand as Bengali, Hindi and Urdu write them
// after a number: Bengali "২ লাখ ৭০ হাজার" (2 lakh 70 thousand, 270,000;
// ag-bn-priyo-01), Hindi "2.70 लाख" (270,000; ag-hi-newsbytes-02), Urdu
// "2لاکھ 70ہزار" (ag-ur-dunya-01, arabic.go)
var (
	indicLakh     = []string{"লাখ", "लाख"}
	indicThousand = []string{"হাজার", "हजार", "हज़ार", "हज़ार"}
	urduLakh      = []string{"لاکھ"}
	urduThousand  = []string{"ہزار", "هزار"}
)

// lakhs reads a number of lakhs at rest[end:] (a space before the word is
// optional): the whole (digits, maybe with the decimals dec) times 100,000,
// and a number of thousands after it ("২ লাখ ৭০ হাজার", 2 lakh 70
// thousand). It returns the figure written in full and the end of the
// phrase.
func lakhs(rest string, end int, digits, dec string, pct bool, lakh, thousand []string) (string, int, bool) {
	if pct {
		return "", 0, false
	}
	after := func(at int, words []string) (int, bool) { return afterScaleWord(rest, at, words) }
	e, ok := after(end, lakh)
	if !ok {
		return "", 0, false
	}
	whole, err := strconv.ParseFloat(digits+"."+dec+"0", 64)
	if err != nil {
		return "", 0, false
	}
	total := math.Round(whole * 100000)
	// "৭০ হাজার", 70 thousand, after the lakhs
	if strings.HasPrefix(rest[e:], " ") && dec == "" {
		if t := inNumberRe.FindStringSubmatch(rest[e+1:]); t != nil && t[2] == "" && t[3] == "" {
			if n, err := strconv.Atoi(asciiDigits(t[1])); err == nil && n < 100 {
				if e2, ok := after(e+1+len(t[0]), thousand); ok {
					total += float64(n) * 1000
					e = e2
				}
			}
		}
	}
	if n, e2, ok := threeDigitsAfter(rest, e); ok && dec == "" && math.Mod(total, 100000) != 0 {
		// "২ লাখ ৭০ হাজার ৫০০": the hundreds after the thousands
		total += float64(n)
		e = e2
	}
	return formatNumber(total), e, true
}

// afterScaleWord: one of words (a space before it is optional) at
// rest[at:], a whole word; it returns where the word ends.
func afterScaleWord(rest string, at int, words []string) (int, bool) {
	i := at
	if strings.HasPrefix(rest[i:], " ") {
		i++
	}
	for _, w := range words {
		if strings.HasPrefix(rest[i:], w) && wholeWordAt(rest, i+len(w)) {
			return i + len(w), true
		}
	}
	return 0, false
}

// threeDigitsAfter reads the hundreds that end a number written in digits
// and words, Bengali "১৬ হাজার ১০৪" (16 thousand 104: 16,104), Hindi "५२
// हजार ४४०": a space, then exactly three digits of any script, not part of
// a longer number, a decimal, a share or a word ("২০১৬সালে"), nor before
// another scale word. A group of fewer digits ("৩৭ हजार ९ सय ८", Nepali
// hundreds in words) is not read: the figure stays as the words say.
func threeDigitsAfter(rest string, at int) (int64, int, bool) {
	if !strings.HasPrefix(rest[at:], " ") {
		return 0, 0, false
	}
	i := at + 1
	var v int64
	k := 0
	for i < len(rest) {
		r, n := utf8.DecodeRuneInString(rest[i:])
		if !unicode.IsDigit(r) {
			break
		}
		v = v*10 + int64(digitValue(r))
		k++
		i += n
	}
	if k != 3 || !wholeWordAt(rest, i) {
		return 0, 0, false
	}
	if r, n := utf8.DecodeRuneInString(rest[i:]); i < len(rest) && strings.ContainsRune(".,%٪", r) {
		if next, _ := utf8.DecodeRuneInString(rest[i+n:]); r == '%' || r == '٪' || unicode.IsDigit(next) {
			return 0, 0, false
		}
	}
	if _, ok := afterScaleWord(rest, i, append(append([]string{}, indicThousand...), indicLakh...)); ok {
		return 0, 0, false
	}
	return v, i, true
}
