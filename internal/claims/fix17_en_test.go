package claims

import "testing"

// TestRound17En: readings the seventeenth round's English fixer added,
// each from a corpus row. Expected values are the rows' records_value,
// computed by testdata/claims/expected.py from the FOIA rows and ICE's
// workbooks (no icestat).
func TestRound17En(t *testing.T) {
	checkReadingCases(t, corpusEngine(t), []readingCase{
		// n-cato-01: "nearly three in four people booked into ICE custody
		// this fiscal year had no criminal conviction": the share of FY2026's
		// initial book-ins with no conviction, (Pending Criminal Charges +
		// Other Immigration Violator) / Total of the 'Initial Book-Ins by
		// Facility Type and Criminality' table, 2025-11-21 edition
		// ((C29+D29)/E29 = 72.0344 %). Before, a share of book-ins was only
		// tested by arresting agency: underspecified.
		{"a class's share of a fiscal year's book-ins", "2025-11-25",
			"Nonpublic Immigration and Customs Enforcement data leaked to the Cato Institute reveal that nearly three in four people booked into ICE custody this fiscal year had no criminal conviction—contradicting the Trump administration’s claims about deporting “millions and millions of criminal aliens.”",
			"three in four", Supported, 100.0 * 44518 / 61801}, // = 72.0344 (records_value), the cells (C29+D29)/E29
		// j-trac-a4746-02: "The number continued to rise to about 860 a month
		// in the first half of 2018", after a sentence on the people taken
		// into custody under the 287(g) program: the level the monthly rate
		// rose to (not a rate of change), in the first half of calendar
		// 2018, of the count the sentence before speaks of (ERO arrests with
		// apprehension method '287(g) Program', 2018-01-01 .. 2018-06-30:
		// 5,214 rows / 6 months = 869, the row's records_value). icestat
		// spreads the count over the days (875.7 per month), which supports
		// "about 860" as 869 does, so the value is not compared. Before, a
		// change of arrests FY2018 vs FY2017: underspecified.
		{"the level a monthly rate rose to, in the first half of a year", "2021-11-23",
			"During Trump’s first year in office, the number of immigrants taken into ICE custody under the 287(g) program averaged more than 680 a month, up from about 300 a month in 2016, according to ICE data obtained by the Transactional Records Access Clearinghouse (TRAC) at Syracuse University.\nThe number continued to rise to about 860 a month in the first half of 2018, the last period for which data is available.",
			"about 860 a month", Supported, 0},
		// fr-wbtv-02: "ICE made 15,189 arrests in the field office during
		// that timeframe", after "has arrested more people over the last 15
		// months": the period is TRAC's 15-month window, which the text does
		// not date (the row: not checkable). Before, the default fiscal year
		// (FY2018 Atlanta AOR arrests, 15,189) supported it by coincidence.
		{"a count 'during that timeframe' is not read in a default year", "2019-05-02",
			"Arrest data show the Atlanta Field Office, which includes the Carolinas and Georgia, has arrested more people over the last 15 months than San Antonio, Houston and similarly-sized New Orleans and Miami.\nICE made 15,189 arrests in the field office during that timeframe and Mecklenburg County is one of the top 25 counties in the country for arrests too, according to the Transactional Records Access Clearinghouse.",
			"15,189", NotCheckable, 0},
		// j-nepyork-08: "over 20,000 undocumented individuals were
		// apprehended in a single month during Trump's current term": a
		// month's arrests (a DHS release; FY2025 arrests are in no record
		// here: the row is not checkable), not the people ICE held on the
		// article's day. Before, the reading of the people in detention
		// whom ICE arrested (21,137 on 2025-02-27) supported it.
		{"a count 'in a single month' is not the people held on a day", "2025-02-28",
			"The Department of Homeland Security (DHS) has recenly announced a sharp escalation in immigration enforcement under President Donald Trump, reporting a 627% surge in at-large arrests of undocumented individuals compared to the previous year under President Joe Biden.\nDHS officials highlighted that over 20,000 undocumented individuals were apprehended in a single month during Trump’s current term.",
			"over 20,000", NotCheckable, 0},
		// d4-trac220623-04: "The number of immigrants in detention who were
		// arrested by ICE has been under 6,000 since March 2021": a bound
		// on every edition since March 2021 (the row: not checkable; the
		// largest ICE-arrested count of the editions archived April 2021 -
		// June 2022 is 13,641, an edition whose columns look transposed).
		// Before, the edition as of 2021-03-27 (5,775) supported it.
		{"a bound on a count over every edition since a time", "2022-06-23",
			"The number of immigrants arrested by ICE saw a modest but steady increase up to a total of 5,979.\nThe number of immigrants in detention who were arrested by ICE has been under 6,000 since March 2021.",
			"under 6,000", NotCheckable, 0},
		// o-factually531-01: "the sources reviewed converge on high
		// early-January snapshots (about 69,000 detained) and clear links
		// between rising arrest operations and the swelling 'stock' in
		// custody": the aside counts the people held (Total of the
		// currently-detained table, 2026-01-09 edition F20 = 68,990, the
		// row's records_value). icestat reads the edition in force on
		// January 5 (2025-12-22: 68,442), which supports "about 69,000" as
		// the row's does, so the value is not compared. Before, the
		// sentence's arrests made it an event: "detentions" over a date,
		// period-unresolved.
		{"a parenthetical count of the people held", "2026-01-28",
			"Available public reporting does not provide a complete month‑by‑month accounting for ICE’s detained population for every month of 2026; the sources reviewed converge on high early‑January snapshots (about 69,000 detained) and clear links between rising arrest operations and the swelling “stock” in custody, but they do not supply a verified table of detained counts for each month of 2026 [1] [2] [3].",
			"about 69,000", Supported, 0},
		// q-dn200323-02 (2020-03-23, in the archive's gap): "Nearly half of
		// those detained by ICE are accused of no crime other than civil
		// immigration violations": the other immigration violators' share
		// of March 2020's average daily population (Detention EOFY2020
		// G62 / G59 = 17,231.6 / 37,688.0 = 45.7219 %). Before, the
		// class was not read and no edition near the date is archived:
		// period-not-covered. (The value is not compared: the cells are
		// unrounded, 45.72187...; the row's records_value is 45.7219.)
		{"a class's share on a day in the archive's gap: the month's average", "2020-03-23",
			"Alarm is growing about the safety of more than 37,000 people held in immigrant detention centers and private jails that contract with Immigration and Customs Enforcement, or ICE, where it is nearly impossible for them to avoid close contact to stop the spread of the coronavirus.\nNearly half of those detained by ICE are accused of no crime other than civil immigration violations.",
			"Nearly half", Supported, 0},
		// r-truthorfake59k-04: "the agency has been expanding its network of
		// detention facilities, which now includes at least 144 locations":
		// the facilities ICE's statistics list (fac_count: 144 in the
		// 2025-05-10 edition's Facilities FY25 sheet, the first with 144).
		// Before, "144 locations" was read as detentions: period-unresolved.
		// The value is not compared: the checker reads the edition in force
		// on the article's date (2025-06-21: 163 listed), which supports
		// "at least 144" as the row's first edition with 144 does.
		{"a network of detention facilities which now includes N locations", "2025-06-25",
			"The report indicates that the population of ICE detainees has been growing rapidly, with numbers swelling from 39,000 in late January to about 48,000 in early April 2025, marking the highest levels seen in five years.\nAdditionally, the ICE Enforcement and Removal Operations Statistics confirm that the agency has been expanding its network of detention facilities, which now includes at least 144 locations, a notable increase from previous counts.",
			"at least 144", Supported, 0},
	})
}
