package claims

// Bengali is written in its own script with spaces between words, and its
// own digits ("৩৯ হাজার", 39 thousand); a noun takes its case as a suffix
// ("জানুয়ারিতে", in January; "আইসের", ICE's). Bengali-language outlets relay
// ICE's detention figures (fresh-2026-12z: z-bn-deshus-*). The lexicon is a
// stem lexicon of whole words (indic_lexicon.go, wordLexicon): the phrases the
// rows needed and the common words of the subject (detained, deported,
// arrested, immigrants, record, percent); other words stay as written. As with
// Spanish, a figure counts as stated only where the gloss reads every word of
// its clause (spanish.go, readable); elsewhere it may be supported, never
// contradicted.

// bengaliStems (z-bn-deshus-03: "ট্রাম্পের দ্বিতীয় মেয়াদ শুরু হওয়ার সময়,
// অর্থাৎ জানুয়ারিতে আইসের হেফাজতে প্রায় ৩৯ হাজার জন ছিল।", at the start of
// Trump's second term, that is in January, about 39 thousand people were in
// ICE's custody)
var bengaliStems = withMonths(map[string]string{
	// the agency: "আইস" (ICE), "আইসের" (ICE's)
	"ইমিগ্রেশন অ্যান্ড কাস্টমস এনফোর্সমেন্ট": "ICE", "আইসের": "ICE's", "আইস": "ICE", "আইসিই": "ICE",
	// a term of office: "ট্রাম্পের দ্বিতীয় মেয়াদ শুরু হওয়ার সময়", at
	// the start of Trump's second term; "অর্থাৎ", that is
	"ট্রাম্পের দ্বিতীয় মেয়াদ শুরু হওয়ার সময়": "At the start of Trump's second term",
	"দ্বিতীয় মেয়াদ শুরু হওয়ার সময়":           "at the start of the second term",
	"দ্বিতীয় মেয়াদে":                           "in the second term", "দ্বিতীয় মেয়াদ": "second term", "ট্রাম্পের": "Trump's", "অর্থাৎ": "that is",
	// custody, detention: "হেফাজতে", in custody; "আটক", detained;
	// "বন্দি", detainees
	"আইসের হেফাজতে": "in ICE custody", "হেফাজতে": "in custody", "আটক কেন্দ্রে": "in detention centers",
	"আটক": "detained", "বন্দি": "detainees",
	// removals and arrests
	"নির্বাসিত": "deported", "নির্বাসন": "deportations", "গ্রেপ্তার": "arrested",
	// people and amounts: "প্রায় ৩৯ হাজার জন", about 39 thousand people
	"অভিবাসী": "immigrants", "অভিবাসন": "immigration", "জন": "people", "মানুষ": "people",
	"প্রায়": "about", "হাজার": "thousand", "শতাংশ": "percent", "রেকর্ড": "record", "বেশি": "more",
	"ছিল": "were",
	// ag-bn-priyo-01, -02: "গত অর্থবছরে যুক্তরাষ্ট্রের অভিবাসন কর্তৃপক্ষ
	// ২ লাখ ৭০ হাজার অভিবাসনপ্রত্যাশীকে বিতাড়িত করেছে" (in the last fiscal
	// year the U.S. immigration authorities deported 270,000 migrants);
	// "তাড়িয়েছে" (drove out, deported); "অর্থবছর", fiscal year
	"গত অর্থবছরে": "in the last fiscal year", "অর্থবছরে": "in the fiscal year",
	"যুক্তরাষ্ট্রের অভিবাসন কর্তৃপক্ষ": "U.S. immigration authorities", "যুক্তরাষ্ট্রের": "the U.S.'s", "যুক্তরাষ্ট্র": "the U.S.",
	"অভিবাসন কর্তৃপক্ষ": "immigration authorities", "বিতাড়িত করেছে": "deported", "তাড়িয়েছে": "deported",
	"নির্বাসিত করেছে": "deported", "অভিবাসনপ্রত্যাশীকে": "migrants", "অভিবাসনপ্রত্যাশী": "migrants", "অভিবাসীকে": "immigrants",
	"এক বছরে": "in one year",
	// ak-bn-popular24news-01, -04: "গ্রেফতার" is the other common
	// spelling of "গ্রেপ্তার" (arrest; "গ্রেফতারের", of arrests; "গ্রেফতার
	// করা হয়েছিল", were arrested); "অনুযায়ী", according to; "সমীক্ষা",
	// survey; "প্রতিবেদন", report
	"গ্রেফতার করা হয়েছিল": "were arrested", "গ্রেপ্তার করা হয়েছিল": "were arrested",
	"গ্রেফতার করা হয়েছে": "were arrested", "গ্রেপ্তার করা হয়েছে": "were arrested",
	"গ্রেফতার হয়েছে": "were arrested", "গ্রেপ্তার হয়েছে": "were arrested",
	"গ্রেফতারের সংখ্যা": "the number of arrests", "গ্রেপ্তারের সংখ্যা": "the number of arrests",
	"গ্রেফতারের": "of arrests", "গ্রেপ্তারের": "of arrests", "গ্রেফতার": "arrested",
	"সমীক্ষা অনুযায়ী": "according to the survey", "প্রতিবেদন অনুযায়ী": "according to the report", "অনুযায়ী": "according to",
	"সমীক্ষা": "survey", "প্রতিবেদন": "report",
}, bnMonths, "তে")

// bnMonths: the months as Bengali writes them; "জানুয়ারিতে" (in January)
// is a month with the locative suffix "তে" (withMonths)
var bnMonths = map[string]int{"জানুয়ারি": 1, "ফেব্রুয়ারি": 2, "মার্চ": 3, "এপ্রিল": 4, "মে": 5, "জুন": 6, "জুলাই": 7,
	"আগস্ট": 8, "সেপ্টেম্বর": 9, "অক্টোবর": 10, "নভেম্বর": 11, "ডিসেম্বর": 12}

// withMonths adds to stems each month's name ("January") and the name with
// the locative suffix ("in January").
func withMonths(stems map[string]string, months map[string]int, locative string) map[string]string {
	for name, m := range months {
		if _, ok := stems[name+locative]; !ok {
			stems[name+locative] = "in " + cjkMonths[m]
		}
		if _, ok := stems[name]; !ok {
			stems[name] = cjkMonths[m]
		}
	}
	return stems
}
