package claims

import "testing"

// TestArRoundReadings: FY2016-FY2019 arrests by area of responsibility,
// criminality and window (first 100 days, since the inauguration,
// quarters), in English and Spanish. Expected values are expected.py's
// records_value of the corpus rows named.
func TestArRoundReadings(t *testing.T) {
	checkReadingCases(t, corpusEngine(t), []readingCase{
		// a change "since Trump entered office" that names nothing to
		// compare with: the last fiscal year before the article against
		// the last before the inauguration (f2-seatimes-01: Salt Lake City
		// AOR, FY2018 against FY2016, 5,754 against 4,638, +24.06 %)
		{"since the inauguration: the last fiscal year against FY2016", "2018-12-20",
			"Arrests by the Salt Lake City ICE office have increased 24 percent since President Donald Trump entered office.", "24 percent", Supported, 0},
		// ... or the inauguration to the end of that fiscal year against
		// the same days a year before (h0-eldiariony-01: New York City
		// AOR, 2017-01-20..09-30 against 2016-01-20..09-30, 2,093 against
		// 1,265, +65.45 %)
		{"desde que Trump asumió: the months since the inauguration", "2018-05-24",
			"Los arrestos totales en el área de Nueva York se incrementaron en más del 65% desde que Donald Trump asumió la Presidencia.", "más del 65%", Supported, 0},
		// a yearly rate with no year named, in an article the records do
		// not reach: a recent fiscal year (d4-wapo20-02: at-large arrests,
		// FY2018, 40,536 under ICE's grouping)
		{"a yearly rate with no year named", "2020-10-07",
			"The agency makes about 40,000 arrests per year at homes, work sites and public locations, or what ICE refers to as at-large arrests.", "about 40,000", Supported, 0},
		// "between then and April 29": from the day the sentence before
		// names (c3-ksev-02: arrests 2017-01-22..04-29, 41,426; ICE's
		// preliminary 41,318)
		{"between then and a day", "2017-05-18",
			"President Trump signed the order on January 22. Between then and April 29, U.S. Immigration and Customs Enforcement (ICE) Enforcement Removal Operations (ERO) officers arrested 41,318 individuals known or suspected of being in the United States illegally.", "41,318", Contradicted, 41426},
		// "the lowest of any quarter under the Trump administration": the
		// months summed into fiscal quarters (fr-sdut-01: San Diego AOR,
		// FY2019 Q2 the lowest among the fiscal quarters from 2017-01-20
		// to 2019-03-31)
		{"the lowest of any quarter", "2019-07-02",
			"Arrests made by ICE officers working out of the San Diego Field Office dropped in the second quarter of fiscal 2019 to the lowest of any quarter under the Trump administration.", "the lowest of any quarter under the Trump administration", Supported, 0},
	})
}
