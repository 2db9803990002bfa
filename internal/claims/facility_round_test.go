package claims

import "testing"

// TestFacilityRoundReadings: sentences about ICE's facilities table (types
// of facility, guaranteed minimums, ghost beds, counts of facilities). The
// values come from the corpus rows' expected figures (expected.py) or the
// workbook cells named in each comment.
func TestFacilityRoundReadings(t *testing.T) {
	checkReadingCases(t, corpusEngine(t), []readingCase{
		// a fraction in digits after a hedge: the type's share of the
		// guaranteed minimum beds named in the sentence (i0-gmin-04:
		// 2021-04-15 edition, IGSA 21,305 of 34,390 minimum beds, 61.95 %)
		{"a digit fraction, a type's share of the minimums", "2021-04-28",
			"As a type, IGSA's have the largest share of Guaranteed Minimums overall, which is just under 2/3.", "just under 2/3", Supported, 0},
		// (i0-gmin-05: CDF 10,443 of 34,390, 30.37 %)
		{"a type's portion of the minimums", "2021-04-28",
			"However, CDF's, with just under 1/3, also have a large portion of Guaranteed Minimums.", "just under 1/3", Supported, 0},
		// "2/3 of": the ghost beds' share of the minimum beds (i0-gmin-07:
		// 22,960 of 34,390, 66.8 %)
		{"a digit fraction of the minimums", "2021-04-28",
			"At present 2/3 of Guaranteed Minimums are empty Ghost Beds.", "2/3", Supported, 0},
		// the types the table names (i0-fy21-08: 2021-04-15 edition, Type
		// Detailed: IGSA, USMS IGA, CDF, Other, SPC, BOP = 6)
		{"kinds of facilities", "2021-04-15",
			"The FY21 table lists 6 kinds of facilities.", "6", Supported, 6},
		// facilities outside the contiguous states (i0-fy21-02,
		// i0-gmin-08: 2021-04-15 edition, AK, GU, HI, MP, PR = 5)
		{"facilities outside the continental US", "2021-04-15",
			"Note there are five facilities located outside of the continental US.", "five", Supported, 5},
		{"of which, outside the continental US", "2021-04-15",
			"The FY21 year to date report lists 142 facilities, five of which are not located on the continental US.", "five", Supported, 5},
		// "(n=5)" after "this kind of facility" counts the type named last
		// (i0-gmin-13: SPC, 5 facilities in the 2021-04-15 edition)
		{"this kind of facility (n=N)", "2021-04-28",
			"Though at present SPC's appear to have a higher mean ADP though there are few of this kind of facility (n=5).", "5", Supported, 5},
		// the types among the largest facilities (i0-fy21-06, -07:
		// 2021-04-15 edition ranked by ADP, 9 of the top 10 and 18 of the
		// top 20 are CDF or IGSA)
		{"9 of the 10 largest are private", "2021-04-15",
			"Of the facilities with the most number of detained persons, 9 of the 10 are private (either CDF or IGSA).", "9", Supported, 9},
		{"18 of the 20 facilities with the largest population", "2021-04-15",
			"In fact, 18 of the 20 facilities with the largest total detained population are private.", "18", Supported, 18},
		// ranked by guaranteed minimum (i0-gmin-21: the four largest
		// minimums of the 2021-04-15 edition are all IGSA's)
		{"the N facilities with the most minimum beds are all of a type", "2021-04-15",
			"The four facilities with the most number of guaranteed minimum beds are all IGSA's.", "four", Supported, 4},
		// a count of facilities more than a month after the last stored
		// edition: the last one before it, supporting only (k-oicost-01:
		// 2026-02-13 edition, Facilities FY26, 220 listed)
		{"the last stored edition before the article", "2026-03-16",
			"ERO alone operates or contracts with over 200 detention facilities nationwide.", "over 200", Supported, 0},
		{"a wrong count in the last stored edition is no contradiction", "2026-03-16",
			"ICE's statistics list 150 detention facilities.", "150", NotCheckable, 0},
		// the state the sentence before names (f0-newsgrasp-01: 2025-08-15
		// edition, Facilities FY25, 9 with State LA)
		{"the facilities of the state named just before", "2025-09-20",
			"The state of Louisiana has become one of the largest hubs for immigration detention in the U.S., with majority of facilities operated by for-profit companies. Currently, there are nine immigration detention facilities and one transfer staging area for U.S. Immigration and Customs Enforcement (ICE).", "nine", Supported, 0},
		// a facility named by its place (d4-a5945-01: OTAY MESA DETENTION
		// CENTER, 2025-02-15 edition, 1,389.048; m-dcnf-beds-03: ADELANTO
		// ICE PROCESSING CENTER, 15.37 in the 2023-09-30 edition, 15.61 in
		// the one before, "16" within a hand tolerance of 1)
		{"the <place> location", "2025-02-21",
			"The Otay Mesa location had a daily average of 1,389 detainees for U.S. Immigration and Customs Enforcement (ICE) as of Feb. 8, according to Transactional Records Access Clearinghouse (TRAC) data.", "1,389", Supported, 0},
		{"the processing center in <city>", "2023-10-02",
			"The ICE processing center in Adelanto, California, had an average daily population of 16 illegal aliens where there is bed space for 640 individuals, according to ICE data as of September 18.", "16", Supported, 0},
		// named by its place only, a wrong figure is not contradicted
		{"a place-named facility is never contradicted", "2025-02-21",
			"The Otay Mesa location had a daily average of 2,389 detainees for ICE as of Feb. 8.", "2,389", NotCheckable, 0},
		// a named facility's share of empty beds: its guaranteed minimum
		// less its ADP, over the minimum (m-dcnf-beds-04: 2023-09-30
		// edition, SOUTH TEXAS ICE PROCESSING CENTER (1,350 - 1,287.2) /
		// 1,350 = 4.65 %, GOLDEN STATE ANNEX (560 - 157.5) / 560 = 71.9 %)
		{"a named facility's unused bed space", "2023-10-02",
			"The extent to which bed space was used varied widely by facility; for example, the South Texas ICE Processing Center had roughly 5% unused bed space in the facility, while others like the Golden State Annex had 72% available beds.", "72%", Supported, 0},
		{"a named facility's empty share is never contradicted", "2023-10-02",
			"The South Texas ICE Processing Center had 40% unused bed space.", "40%", NotCheckable, 0},
		// ghost beds only where the minimum exceeds the population, and the
		// type the clause after the comma names (i0-gmin-33: 2021-04-15
		// edition, IGSA, 14,812 over 29 facilities = 510.76; unrounded
		// 14,808.8 / 29 = 510.65, within the thousandth of a stated
		// decimal)
		{"ghost beds per facility, the type after the comma", "2021-04-28",
			"With an average of 510.76 Ghost Beds per facility, IGSA's have the highest mean Ghost Beds of any of the three types of facilities.", "510.76", Supported, 0},
		// "the three types" is some of them, not the table's count
		{"of the three types is no count of types", "2021-04-28",
			"With an average of 510.76 Ghost Beds per facility, IGSA's have the highest mean Ghost Beds of any of the three types of facilities.", "three", NotCheckable, 0},
		// a type's superlative among the types (i0-gmin-01: 2021-04-15
		// edition, IGSA 73 + CDF 17 = 90 facilities against USMS IGA 39;
		// i0-gmin-02: SPC mean ADP 269.8, the highest)
		{"the most common facility type", "2021-04-28",
			"Private facilities are the most common facility type, though arrangements with US Marshals Service (USMS) are also extremely common.", "the most common facility type", Supported, 0},
		{"the highest ADP by type", "2021-04-28",
			"While Service Processing Centers (SPC) have the highest ADP by type, Inter-Governmental Service Agreements (IGSA) and Contract Detention Facilities (CDF) are more numerous.", "the highest ADP by type", Supported, 0},
		// a type that is not first is not contradicted (USMS IGA is not
		// the most common type: 39 against IGSA's 73)
		{"a type not first is never contradicted", "2021-04-28",
			"USMS IGA's are the most common facility type.", "the most common facility type", NotCheckable, 0},
		// the N largest facilities' share of the population
		// (o-punjabnetwork-03: 2025-05-10 edition, the four largest hold
		// 14.37 % of the ADP)
		{"N facilities account for a share of the population", "2025-05-12",
			"Four facilities alone now account for more than ten percent of ICE’s total detained population, each averaging over 1,500 detainees per day:", "more than ten percent", Supported, 0},
		// a change in the number of facilities over the months before the
		// article (o-punjabnetwork-01: 2024-11-16 edition, the first of
		// FY2025, to the 2025-05-10 edition, +29.7 %)
		{"a change in the number of facilities over the past months", "2025-05-12",
			"Washington- The U.S. immigration detention system has expanded significantly over the past six months, with a 30% increase in the number of Immigration and Customs Enforcement (ICE) detention facilities, according to newly released government data.", "30%", Supported, 0},
		{"a wrong change in the number of facilities is not contradicted", "2025-05-12",
			"The U.S. immigration detention system has expanded over the past six months, with an 80% increase in the number of ICE detention facilities.", "80%", NotCheckable, 0},
		// a date is no fraction
		{"a date is no fraction", "2021-04-28",
			"On 2/3/2021 ICE reported its guaranteed minimums.", "2/3", "", 0},
	})
}
