package claims

import "testing"

// TestRankRoundReadings: ranks, ordered lists and groups of countries or
// offices (FY2016-FY2019 arrests and removals by area and citizenship).
// Every value is the corpus row's expected figure (expected.py), cited at
// the case; a rank is never contradicted, so its cases are supported or
// not checkable.
func TestRankRoundReadings(t *testing.T) {
	checkReadingCases(t, corpusEngine(t), []readingCase{
		// "came second" is a rank like "came in second" (fr-inhs-05:
		// Guatemala ranks 2nd of the FY2018 removals by citizenship)
		{"came second", "2019-12-15",
			"When it comes to removals by country of citizenship in 2018, Mexico was once again in first place with 139,330. Guatemala came second with 52,755 while Honduras had the third-highest total – 32,180.",
			"came second", Supported, 2},
		// two ordinals after "ranked" are two ranks, paired with the names
		// in order (stress run 30; fr-inhs-05: Guatemala 2nd, Honduras 3rd
		// of FY2018 removals)
		{"ranked second and third respectively: the second rank", "2019-12-15",
			"In fiscal 2018, Guatemala and Honduras ranked second and third in ICE removals with 50,390 and 28,894 respectively.",
			"third", Supported, 3},
		// ... and the figures "respectively" are each country's: a typo
		// in the list is caught (fr-inhs-05: Guatemala's FY2018 removals
		// are 50,390)
		{"a typo in a ranked list paired respectively", "2019-12-15",
			"In fiscal 2018, Guatemala and Honduras ranked second and third in ICE removals with 51,390 and 28,894 respectively.",
			"51,390", Contradicted, 50390},
		// "Fifth and sixth on the list were ... Haiti and the Dominican
		// Republic" (f1-amandala-10: 'sixth' supported, 6 in FY2017)
		{"two ordinals on the list", "2018-01-24",
			"Fifth and sixth on the list were two Caribbean islands, Haiti and the Dominican Republic, with 5,578 and 1,986 deportations respectively.",
			"sixth on the list", Supported, 6},
		// "Dallas and Houston topped the list": each among the first two
		// (fr-tellez-08: Dallas 1st, Houston 2nd of FY2017 arrests; the
		// entry tested is Houston's)
		{"two areas topped the list", "2018-03-15",
			"By contrast, the Houston area only showed a 5-percent increase and San Antonio a 1 percent increase. In actual numbers of arrest, however, Dallas and Houston topped the list.",
			"topped the list", Supported, 2},
		// "The top country ... is Mexico followed by Guatemala and
		// Honduras": first, second, third (l-theinfong-africa2018-06:
		// Honduras 3rd)
		{"followed by: the places after the first", "2018-10-15",
			"The top African country is the 13th on the ICE global list of removals by country or citizenship. The top country globally is Mexico followed by Guatemala and Honduras.",
			"and Honduras", Supported, 3},
		// "rounding up the top ten ... are Nicaragua": among the first
		// ten (f1-amandala-11: Nicaragua 10th of FY2017 removals)
		{"rounding up the top ten", "2018-01-24",
			"Fifth and sixth on the list were two Caribbean islands, Haiti and the Dominican Republic, with 5,578 and 1,986 deportations respectively. The other nations rounding up the top ten nations with citizens deported from the US are Nicaragua, from Central America; and Brazil, Ecuador, and Colombia in South America.",
			"Nicaragua", Supported, 10},
		// "It is also the 13th on the ICE list": the country of the
		// sentence before, and, two weeks after FY2018 ended, the fiscal
		// year before (l-theinfong-africa2018-08: Somalia 13th in FY2017)
		{"the nth on the list, of the country before", "2018-10-15",
			"Somalia had most of its citizens – among other African countries – kicked out of the United States. It is also the 13th on the ICE list of removals by country.",
			"the 13th on the ICE list", Supported, 13},
		// "the biggest drop" is the most negative change, not the highest
		// (stress run 30; mnt-2019-01/-02: Miami's FY2018 arrests rose
		// 36.9 % from FY2017, 6,192 to 8,474: no drop at all)
		{"the biggest drop is no rise", "2019-03-05",
			"Arrests by the Miami field office fell 20 percent in fiscal 2018 from fiscal 2017, the biggest drop among ICE's field offices.",
			"biggest drop among ICE's field offices", NotCheckable, 0},
		// a country's "largest single drop" is its change ranked among all
		// citizenships; the year carried from the sentence before is the
		// one compared with (f0-carib-03: Haiti 5,578 -> 934, -4,644, the
		// largest drop from FY2017 to FY2018)
		{"a country's largest single drop", "2019-01-15",
			"That was roughly half the number of Caribbean nationals removed from the U.S. in fiscal year 2017. Haiti was responsible for the largest single drop.",
			"Haiti was responsible for the largest single drop", Supported, 1},
		// a city that is the subject of a later clause is that clause's
		// area, not the office named in the clause before
		// (c3-trac210914-03: San Antonio's row of the ATD-by-AOR table of
		// the 2021-09-14 edition, 12,435) ...
		{"the subject city of a later clause", "2021-09-14",
			"Also noteworthy, although ICE offices in San Francisco usually monitor more people through Alternatives to Detention programs than any other office in the country, currently San Antonio has taken the lead and now monitors 12,435 of the 124,054 people on ICE's ATD programs.",
			"12,435", Supported, 12435},
		// ... and "has taken the lead" is first (c3-trac210914-03: San
		// Antonio ranks 1st of the areas by ATD count)
		{"has taken the lead", "2021-09-14",
			"Also noteworthy, although ICE offices in San Francisco usually monitor more people through Alternatives to Detention programs than any other office in the country, currently San Antonio has taken the lead and now monitors 12,435 of the 124,054 people on ICE's ATD programs.",
			"has taken the lead", Supported, 1},
		// a list of yearly figures goes on after a semicolon with no noun
		// (g1-bqindia-07: Indian citizens removed in calendar 2016, 387)
		{"a yearly list after a semicolon", "2019-12-11",
			"According to the report, the ICE removed 831 Indians in 2018. The figure was 296 in 2015; 387 in 2016 and 474 in 2017.",
			"387", Supported, 387},
	})
}
