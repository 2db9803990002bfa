package claims

import (
	"context"
	"math"
	"testing"
)

// TestRound16EN2: readings the sixteenth round's second English fixer
// added, each from an English corpus row of the sets fresh-2026-12h-es ..
// 12t (tuning sets). Expected values are the rows' records_value, computed
// by testdata/claims/expected.py from the FOIA rows and ICE's workbooks (no
// icestat).
func TestRound16EN2(t *testing.T) {
	checkReadingCases(t, corpusEngine(t), []readingCase{
		// m-trac-a4700-02: "The Newark ICE office had the fourth highest
		// number of people monitored through the program": an ICE office
		// is an area of responsibility, and what it monitors is ATD
		// (rank of Newark among the AOR rows of the ATD-by-AOR table,
		// 2021-09-17_FY21_detentionStats09162021.xlsx [ATD FY21 YTD]:
		// 4th); before, not about a measure
		{"an ICE office's people monitored", "2021-09-20",
			"The program has been in use since 2004, and as of September 13 there were more than 124,000 immigrants supervised through the program, according to Syracuse University’s Transactional Records Access Clearinghouse. The Newark ICE office had the fourth highest number of people monitored through the program as of September 13, with more than 9,000 individuals enrolled in the program.",
			"fourth highest", Supported, 4},
		// s-fayup-06: "the highest number of ATDs": ATD written as a plural
		// noun (rank of San Francisco among the AOR rows of the ATD table,
		// 2024-03-01_FY24_detentionStats02292024.xlsx [ATD FY24 YTD]: 1st);
		// before, no claim
		{"ATDs", "2024-03-01",
			"Based on the latest data from ICE, an eye-opening report from the Transactional Records Access Clearinghouse (TRAC) at Syracuse University reveals the following key facts:\nThe San Francisco area office has the highest number of ATDs.",
			"has the highest number", Supported, 1},
		// t-quixote-07: "the 44 private facilities that have a guaranteed
		// daily minimum": the facilities whose Guaranteed Minimum is above
		// 0 (2020-09-18_FY20-detentionstats.xlsx [Facilities FY20 YTD]:
		// 44); before, "a guaranteed daily minimum" was not read (not
		// about a measure)
		{"a guaranteed daily minimum", "2020-09-20",
			"Indeed, across the 44 private facilities that have a guaranteed daily minimum, the total number of people they are guaranteed to get paid for is .",
			"44", Supported, 44},
		// o-usimmigrationmy-04: "the current detained population is
		// substantially larger than detention levels during the Biden
		// presidency": above the highest edition of the Biden
		// administration (editions archived 2021-01-22 .. 2025-01-17: max
		// of the currently-detained Total = 39,748, 2023-11-16_FY24 F20;
		// the 2026-04-10 edition's 60,311; the entry's value is the
		// latter, its text names both); before, no claim
		{"larger than levels during an administration", "2026-04-11",
			"ICE is the federal agency that detains noncitizens for immigration enforcement and removal proceedings. Even with the drop, officials say the current detained population is substantially larger than detention levels during the Biden presidency.",
			"larger than detention levels during the Biden presidency", Supported, 0},
		// the same words when the current edition (39,703, 2025-01-17) is
		// below the window's highest (39,748): "levels during" may be the
		// usual levels, so not contradicted
		{"levels during, not the highest", "2025-01-20",
			"ICE is the federal agency that detains noncitizens for immigration enforcement and removal proceedings. Officials say the current detained population is larger than detention levels during the Biden presidency.",
			"larger than detention levels during the Biden presidency", NotCheckable, 0},
		// m-lawsb-02: "This figure, revealed in ..., surpasses the previous
		// record set just two weeks earlier", after "ICE reported holding
		// more than 68,400 people as of December 14, 2025": the record of
		// the figure before (the row's edition_rank of the 2025-12-23
		// edition among all archived editions: 1; the entry's value is the
		// population read, not the rank); before, not about a measure
		{"this figure surpasses the previous record", "2025-12-24",
			"In a troubling milestone for immigration enforcement in the United States, U.S. Immigration and Customs Enforcement (ICE) reported holding more than 68,400 people as of December 14, 2025, the highest recorded number in its history. This figure, revealed in The Guardian’s latest analysis of biweekly ICE data, surpasses the previous record set just two weeks earlier.",
			"surpasses the previous record", Supported, 0},
		// the same shape where the figure before is no record (39,175 in
		// the 2024-03-01 edition, below 2023-11-16's 39,748): the record is
		// read on the other sentence's day, so never contradicted
		{"this figure surpasses the previous record, not a record", "2024-03-05",
			"ICE reported holding more than 39,000 people as of February 29, 2024. This figure surpasses the previous record.",
			"surpasses the previous record", NotCheckable, 0},
	})
}

// TestRound16EN2Averages: the round's cases whose records_value is not a
// whole number (an average), compared at expected.py's four decimals.
func TestRound16EN2Averages(t *testing.T) {
	eng := corpusEngine(t)
	for _, tc := range []readingCase{
		// q-lusa2004-01: "There are currently over 35,000 immigrants in
		// detention", dated 2020-04-01, in the archive's gap: March 2020's
		// average daily population (2020-10-01_FY20-detentionstats.xlsx
		// [Detention EOFY2020] G59 = 37,687.9677), not April's, of which
		// no day had passed (31,823.3: the two readings disagreed, so not
		// checkable)
		{"currently, on a month's first day", "2020-04-01",
			"There are currently over 35,000 immigrants in detention in the United States, and most of them are in centers under the control of ICE, the Immigration and Customs Enforcement Agency.",
			"over 35,000", Supported, 37687.9677},
		// r-latintimes-06: "The other half did have criminal charges or
		// convictions", charges written before convictions: convicted +
		// pending over the currently-detained Total
		// (2025-11-21_FY26_detentionStats11202025.xlsx [Detention FY26]
		// (F21 + F22) / F20 = 34,149 / 65,135 = 52.428 %); before, no class
		// read (underspecified). The sentence before, "did not have
		// criminal charges or convictions", is the other immigration
		// violators
		{"charges or convictions", "2025-11-26",
			"In another passage of the piece, CBS News cited internal figures from the Department of Homeland Security showing that around 33,000 detainees did not have criminal charges or convictions and were being held due to civil immigration violations. The other half did have criminal charges or convictions.",
			"half", Supported, 52.428},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rep, err := Check(context.Background(), eng, Input{Date: tc.date, Text: tc.text})
			if err != nil {
				t.Fatal(err)
			}
			e := entryFor(rep, tc.claim)
			if e == nil {
				t.Fatalf("no entry %q in %+v", tc.claim, rep.Entries)
			}
			if e.Verdict != tc.verdict || e.Value == nil || math.Round(*e.Value*1e4)/1e4 != tc.value {
				t.Errorf("%s (%s): value %v %s; want %s %v", e.Verdict, e.Reason, ptrValue(e.Value), e.ValueText, tc.verdict, tc.value)
			}
		})
	}
}
