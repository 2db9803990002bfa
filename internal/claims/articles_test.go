package claims

import (
	"context"
	"math"
	"strings"
	"testing"
)

// TestArticleReadings: how articles state things (issue 16's accuracy
// work), each shape in sentences written for this test — other places,
// numbers and periods than the corpus's — with the verdicts of its figures
// in order (the last repeats). Expected values come from the raw
// nationwide files, not from icestat:
//
//	zcat EROArrests_FY201[678].csv.gz | tail -n +7 | awk -F'|' '{print $1}' | sort | uniq -c
//	    → FY2016: Houston 12,896, Denver 2,284, Boston 1,858
//	      FY2017: Denver 2,746, Detroit 3,409, Los Angeles 8,419, Houston 13,565,
//	              Dallas 16,520, Atlanta 13,551
//	      FY2018: Miami 8,474, Houston 14,333, Newark 3,409, Dallas 17,644
//	    FY2017: Boston 2,834; FY2016: Boston 1,858, Denver 2,284 (no area 2,285)
//	    FY2018: New Orleans 10,270; Chicago FY2017 8,604, FY2018 9,241
//	zcat EROArrests_FY201[678].csv.gz | tail -n +7 | wc -l   → 110,104 / 143,470 / 158,581
//	zcat ICERemovals_FY201[678].csv.gz | tail -n +7 | wc -l  → 240,255 / 226,119 / 256,085
//	zcat ICERemovals_FY201[78].csv.gz | tail -n +7 | awk -F'|' '$5=="\"MEXICO\""' | wc -l → 128,765 / 141,045
//	zcat EROArrests_FY2018.csv.gz | tail -n +7 | awk -F'|' '$8=="\"MEXICO\""' | wc -l → 93,787 (column 8: Citizenship)
//
// (Detroit FY2017 and Newark FY2018 are both 3,409; Los Angeles FY2017 is
// 8,419, which is no other Miami figure.)
func TestArticleReadings(t *testing.T) {
	eng := sharedEngine(t)
	for _, c := range []struct {
		text, date string
		verdicts   string
		reason     string // the first figure's reason, when set
		under      string // the first figure is supported under a reading naming this
	}{
		// the source a sentence cites names no measure of its own
		{"The Miami field office made 8,474 arrests in fiscal year 2018, according to ICE arrest and removal statistics.", "", Supported, "", ""},
		// another area's figure of another year: a mix-up, contradicted
		{"The Miami field office made 8,419 arrests in fiscal year 2018, according to ICE arrest and removal statistics.", "", Contradicted, "", ""},
		// the same area's figure of another year: a reading, not contradicted
		{"ICE's Houston division arrested 12,896 people in FY2018.", "", NotCheckable, ReasonOtherReading, ""},
		// another area's figure of the same year: a reading too
		{"ICE's Newark field office made 3,409 arrests in fiscal 2017.", "", NotCheckable, ReasonOtherReading, ""},
		// the text names one period only: a sentence without its own is about it
		{"Arrests climbed in fiscal 2017. ICE's Denver field office made 2,746 arrests.", "", Supported, "", ""},
		{"Arrests climbed in fiscal 2017. ICE's Denver field office made 2,846 arrests.", "", Contradicted, "", ""},
		// two periods named before: the sentence's own is not stated
		{"Arrests climbed in fiscal 2017 and again in fiscal 2018. ICE's Denver field office made 2,846 arrests.", "", NotCheckable, "", ""},
		// no period named: the fiscal year that ended last before the
		// article's date, a default that supports but never contradicts
		{"ICE deported 256,085 people, the agency said.", "2018-12-20", Supported, "", ""},
		{"ICE deported 256,085 people, the agency said.", "2018-05-01", NotCheckable, ReasonUnstated, ""},
		// a year that had not ended on the article's date: a year to date,
		// never contradicted by the full year's count
		{"ICE's Dallas division has arrested 9,000 people this year.", "2018-05-10", NotCheckable, ReasonUnstated, ""},
		// "this year" is the article's year, read as a fiscal year
		{"This year ICE's Dallas division arrested 17,644 people.", "2018-12-10", Supported, "", ""},
		// "last year" in the report season is the year before "this year";
		// the fiscal year just ended is the other reading
		{"ICE's Boston office arrested 1,858 people last year.", "2017-11-20", Supported, "", ""},
		{"ICE's Boston office arrested 2,834 people last year.", "2017-11-20", Supported, "", "FY2017"},
		// "fell to A from B": B is the year before A's
		{"Removals fell to 226,000 from 240,000.", "2017-12-15", Supported, "", ""},
		// "over the past year": the span of the change, later than the
		// year in force
		{"ICE made 143,470 arrests in fiscal 2017. Arrests then increased by about 10 percent over the past year.", "2018-12-14", Supported, "", ""},
		// "that number": what the sentence before counted, in its place
		{"ICE's Denver office arrested 2,284 people in fiscal 2016. That number jumped to 2,746 in fiscal 2017.", "", Supported, "", ""},
		// no place named: the one area whose count is exactly the figure
		// (four significant digits or more) is a reading
		{"In fiscal 2016, agents made 2,284 arrests.", "", Supported, "", "Denver"},
		{"In fiscal 2016, agents made 2,285 arrests.", "", NotCheckable, ReasonUnstated, ""},
		{"In fiscal 2016, agents made 2,200 arrests.", "", NotCheckable, ReasonUnstated, ""},
		// regions that lie in one area of responsibility
		{"ICE agents in the Mid-South made 10,270 arrests in fiscal 2018.", "", Supported, "", ""},
		// "That's a N percent jump": the change between the two figures of
		// the sentence before, which stated its measure, place and periods
		// ((2,159 − 1,892) / 1,892 = 14.1 %)
		{"ICE's El Paso office made 1,892 arrests in fiscal 2017 and 2,159 in fiscal 2018. That's a 14 percent jump.", "", Supported, "", ""},
		{"ICE's El Paso office made 1,892 arrests in fiscal 2017 and 2,159 in fiscal 2018. That's a 24 percent jump.", "", "supported,supported,contradicted", "", ""},
		// with one figure before, the sentence's own phrase is the baseline
		// ((143,470 − 110,104) / 110,104 = 30.30 %)
		{"ICE made 143,470 arrests in fiscal 2017. That was a 30.3 percent increase over the previous year.", "", Supported, "", ""},
		{"ICE made 143,470 arrests in fiscal 2017. That was a 30.8 percent increase over the previous year.", "", "supported,contradicted", "", ""},
		// "since the inauguration" in a report on a fiscal year that had
		// ended: from January 20 to the end of that year (110,568, see
		// check_test.go), not to the article's date
		{"ICE made 143,470 arrests in fiscal 2017. Since Trump was sworn in, agents made 110,568 arrests.", "2017-12-05", Supported, "", ""},
		// a part of another measure's population is no count of its own
		{"Of the 158,581 people ICE arrested in fiscal 2018, 141,045 were deported.", "", "supported,not checkable", "", ""},
		// "In Boston" at the start of a sentence names the place; "rose to A
		// in fiscal 2018 from B": B is the year before's
		{"In Boston, arrests rose to 2,908 in fiscal 2018 from 2,834.", "", Supported, "", ""},
		// "made up": a share, not a rise (Mexico: 93,787 of 158,581 arrests
		// in FY2018 = 59.1 %)
		{"Mexicans made up 59 percent of ICE arrests in fiscal 2018.", "", Supported, "", ""},
		// "last year" late in the year: the fiscal year just ended is the
		// other reading, with its own year before (San Francisco 7,231 →
		// 6,210 = −14.1 %)
		{"Arrests in the San Francisco area fell 14 percent last year.", "2018-12-20", Supported, "", "FY2018"},
		// "grew by N": a change stated as a count (Boston 2,834 → 2,908)
		{"Arrests by ICE's Boston office grew by 74 from fiscal 2017 to fiscal 2018.", "", Supported, "", ""},
		{"Arrests by ICE's Boston office grew by 174 from fiscal 2017 to fiscal 2018.", "", Contradicted, "", ""},
		// a daily average over a period (256,085 removals / 365 days = 701.6)
		{"ICE deported about 700 people a day in fiscal 2018.", "", Supported, "", ""},
		{"ICE deported about 900 people a day in fiscal 2018.", "", Contradicted, "", ""},
		// a rate of change of events is not a question the rows answer
		{"ICE arrests were increasing by about 100 a day in fiscal 2018.", "", NotCheckable, ReasonUnderspecified, ""},
		// "each": the figure is stated for every place of the list
		{"Dallas and Houston each made more than 13,000 arrests in fiscal 2017.", "", Supported, "", ""},
		{"Dallas and Houston each made more than 14,000 arrests in fiscal 2017.", "", NotCheckable, ReasonUnstated, ""},
		{"ICE's Dallas office led with 16,520 arrests in fiscal 2017, followed by Houston and Atlanta, each with about 13,500.", "", Supported, "", ""},
		// "... rose 7.4 percent and removal orders increased by 20 percent":
		// the second figure's subject qualifies only the second figure
		// (Chicago 8,604 → 9,241 = +7.40 %)
		{"ICE arrests in the Chicago region rose 7.4 percent and removal orders increased by 20 percent in fiscal 2018 over fiscal 2017.", "", "supported,not checkable", "", ""},
		// "even as" separates the parts of a sentence: each has its own place
		{"Arrests fell in the Bay Area in fiscal 2018 even as arrests nationally rose 10.5 percent over fiscal 2017.", "", Supported, "", ""},
		{"Arrests fell in the Bay Area in fiscal 2018 even as arrests nationally rose 14 percent over fiscal 2017.", "", Contradicted, "", ""},
		// percentage points: a difference of two shares, never a count
		// (Mexico: 128,765 of 226,119 removals in FY2017 = 56.9 %, 141,045 of
		// 256,085 in FY2018 = 55.1 %: −1.9 points)
		{"Mexicans' share of ICE removals fell 2 percentage points nationwide in fiscal 2018 from fiscal 2017.", "", Supported, "", ""},
		{"Mexicans' share of ICE removals fell 4 percentage points nationwide in fiscal 2018 from fiscal 2017.", "", Contradicted, "", ""},
		{"Mexicans' share of ICE removals rose 2 percentage points nationwide in fiscal 2018 from fiscal 2017.", "", Contradicted, "", ""},
		// a percent with a decimal is stated to that decimal, rounded or
		// truncated ((158,581 − 143,470) / 143,470 = 10.53 %)
		{"ICE arrests rose 10.5 percent nationwide in fiscal 2018 over fiscal 2017.", "", Supported, "", ""},
		{"ICE arrests rose 10.9 percent nationwide in fiscal 2018 over fiscal 2017.", "", Contradicted, "", ""},
	} {
		rep, err := Check(context.Background(), eng, Input{Text: c.text, Date: c.date})
		if err != nil {
			t.Fatal(err)
		}
		if len(rep.Entries) == 0 {
			t.Errorf("%q: no claim", c.text)
			continue
		}
		want := strings.Split(c.verdicts, ",")
		for i, e := range rep.Entries {
			w := want[min(i, len(want)-1)]
			if e.Verdict != w {
				t.Errorf("%q: %q is %s (%s): %s\n  want %s", c.text, e.Text, e.Verdict, e.Reason, e.Explanation, w)
			}
			if e.Verdict == Contradicted && (e.Reading == "" || e.Difference == nil) {
				t.Errorf("%q: contradicted without its reading and difference", c.text)
			}
		}
		if c.reason != "" && rep.Entries[0].Reason != c.reason {
			t.Errorf("%q: reason %q, want %q", c.text, rep.Entries[0].Reason, c.reason)
		}
		if c.under != "" && !strings.Contains(rep.Entries[0].Under, c.under) {
			t.Errorf("%q: supported under %q, want a reading naming %q", c.text, rep.Entries[0].Under, c.under)
		}
	}
}

// TestDetentionArticleShapes: detention sentences written for this test,
// against the detention store of detention_test.go. Expected values were
// read from the workbook's XML (testdata/claims/expected.py --cells, python3
// zipfile + ElementTree), not from icestat:
//
//	2025-05-24_FY25_detentionStats05232025.xlsx 'Detention FY25' row 20
//	    (Currently Detained by Criminality and Arresting Agency, Total):
//	    B20 (ICE) = 31095, D20 (CBP) = 17775, F20 (Total) = 48870
//	    → ICE share 63.6 %
//	2025-06-06_FY25_detentionStats06052025.xlsx 'Detention FY25'!F20 = 51302
func TestDetentionArticleShapes(t *testing.T) {
	eng := detentionEngine(t)
	for _, c := range []struct {
		text, date string
		claim      string
		verdict    string
		value      float64
	}{
		// the arresting agency of the people detained
		{"Of the people in ICE detention, 17,775 were arrested by Border Patrol agents.", "2025-06-01", "17,775", Supported, 17775},
		{"U.S. Customs and Border Protection arrested 18,775 of the people ICE is holding.", "2025-06-01", "18,775", Contradicted, 17775},
		{"About 64 percent of those in detention were arrested by ICE.", "2025-06-01", "About 64 percent", Supported, 100 * 31095.0 / 48870},
		// people an agency arrested who are now held are no part of the
		// detained population by agency: not tested as one
		{"ICE arrested 17,000 people in Boston who are now held in detention.", "2025-06-01", "17,000", NotCheckable, math.NaN()},
		// a whole percent is rounded or truncated, never raised
		{"Just 65% of the people ICE is holding were arrested by ICE.", "2025-06-01", "65%", Contradicted, 100 * 31095.0 / 48870},
		// a figure in brackets is a figure, not a list marker
		{"Nearly two-thirds (31,095) of those in detention were arrested by ICE.", "2025-06-01", "31,095", Supported, 31095},
		// a round figure may be truncated ("48,000" for 48,870), not more
		{"ICE is holding 48,000 people in detention.", "2025-06-01", "48,000", Supported, 48870},
		{"ICE is holding 47,000 people in detention.", "2025-06-01", "47,000", Contradicted, 48870},
		// "earlier this month": a day of the article's month
		{"As of earlier this month, ICE held about 49,000 people in detention.", "2025-06-02", "about 49,000", Supported, 48870},
		// a date described by an approximate one is still stated
		{"As of May 23, 2025, at the end of May, ICE detained 47,870 adults.", "2025-06-20", "47,870", Contradicted, 48870},
		// a rate: the change between the editions in force on the two
		// dates, per day (2025-06-06 edition, as of 2025-06-05 by its file
		// name: F20 = 51302; (51,302 − 48,870) / 14 days = 173.7 a day)
		{"Since two weeks ago, when ICE was holding 48,870 people, the agency has been increasing the number of detainees by about 170 each day.", "2025-06-08", "about 170 each day", Supported, 2432.0 / 14},
		{"Since two weeks ago, when ICE was holding 48,870 people, the agency has been increasing the number of detainees by about 400 each day.", "2025-06-08", "about 400 each day", Contradicted, 2432.0 / 14},
		// "booked N people into detention": book-ins ('Detention FY25'!Q20 of
		// the 2025-06-06 edition = 28797, see detention_test.go)
		{"ICE booked 28,797 people into detention in May.", "2025-06-10", "28,797", Supported, 28797},
		// "the number was": the population of the sentence before
		{"ICE is holding 48,870 people in detention. The number was roughly 49,000, the agency said.", "2025-06-01", "roughly 49,000", Supported, 48870},
		// a past date after a later figure is that figure's: the first
		// stays "currently", the edition in force on the article's date
		// ('Detention FY25'!F20: 51302 in the 2025-06-06 edition, 48870 in
		// the 2025-05-24 one; python3 testdata/claims/expected.py --cells
		// FILE "Detention FY25" 20:23)
		{"The 51,302 people reported as currently detained are a rise from the 48,870 detainees ICE reported holding two weeks ago.", "2025-06-08", "51,302", Supported, 51302},
		{"The 51,302 people reported as currently detained are a rise from the 48,870 detainees ICE reported holding two weeks ago.", "2025-06-08", "48,870", Supported, 48870},
		{"The 52,302 people now in detention compare with the 48,870 detainees ICE held two weeks ago.", "2025-06-08", "52,302", Contradicted, 51302},
		// "most striking" is a degree, and "convictions on record" a
		// person's file: no superlative across editions, only the share
		// ((51302 - 15193) / 51302 = 70.4 %)
		{"Perhaps most striking, more than 70% of those detainees have no criminal convictions on record.", "2025-06-08", "more than 70%", Supported, 100 * (51302.0 - 15193) / 51302},
		// "detainees" are the detained population: those ICE arrested,
		// 31,095 in the 2025-05-24 edition (see above)
		{"ICE reported that 31,095 detainees at that time were arrested by ICE.", "2025-06-01", "31,095", Supported, 31095},
		// (a past tense with no date: the article's date is assumed, so
		// a wrong figure is not called contradicted)
		{"ICE reported that 32,095 detainees at that time were arrested by ICE.", "2025-06-01", "32,095", NotCheckable, 31095},
		{"ICE is holding 32,095 detainees who were arrested by ICE.", "2025-06-01", "32,095", Contradicted, 31095},
		// the arresting agency named in the subject ("immigrants in ICE
		// detention who were arrested by ..."): 31,095 by ICE, 17,775 by
		// CBP in the 2025-05-24 edition (see above)
		{"The number of immigrants in ICE detention who were arrested by Immigration and Customs Enforcement has grown to now over 30,000.", "2025-06-01", "over 30,000", Supported, 31095},
		{"The number of immigrants in ICE detention who were arrested by Customs and Border Protection has fallen to now over 17,000.", "2025-06-01", "over 17,000", Supported, 17775},
		// people "supervised through the program" after a sentence about
		// Alternatives to Detention (corpus m-trac-a4700-01) are ATD
		// participants on the date named: 'ATD FY21 YTD'!B18 of the
		// 2021-07-09 edition ("as of 7/03/2021", A16) = 106080 (python3
		// testdata/claims/expected.py --cells
		// 2021-07-09_FY21_detentionStats07082021.xlsx "ATD FY21 YTD" 1:40)
		{"ICE's Alternatives to Detention program keeps growing. As of July 3 there were more than 106,000 immigrants supervised through the program.", "2021-07-20", "more than 106,000", Supported, 106080},
		// people "enrolled" after a sentence about Alternatives to
		// Detention are ATD participants; a with-clause ranking an office
		// is not the figure's place ('ATD FY25 YTD'!B15 of the 2025-06-06
		// edition = 185824: python3 testdata/claims/expected.py --cells
		// 2025-06-06_FY25_detentionStats06052025.xlsx "ATD FY25 YTD" 1:40)
		{"ICE keeps expanding its alternatives to detention. Nationwide, about 186,000 people are currently enrolled, with the San Francisco field office overseeing the largest caseload.", "2025-06-08", "about 186,000", Supported, 185824},
		{"ICE keeps expanding its alternatives to detention. Nationwide, 196,000 people are currently enrolled, with the San Francisco field office overseeing the largest caseload.", "2025-06-08", "196,000", NotCheckable, 185824},
		// without the ATD sentence before, "enrolled" is not read as ATD
		{"Nationwide, about 186,000 people are currently enrolled, with the San Francisco field office overseeing the largest caseload.", "2025-06-08", "about 186,000", NotCheckable, math.NaN()},
		// a share of the detained with no qualifier read is not tested
		{"About 70 percent of the people in detention are single adults.", "2025-06-01", "About 70 percent", NotCheckable, math.NaN()},
	} {
		rep, err := Check(context.Background(), eng, Input{Text: c.text, Date: c.date})
		if err != nil {
			t.Fatal(err)
		}
		e := entryFor(rep, c.claim)
		if e == nil {
			t.Errorf("%q: no claim %q among %+v", c.text, c.claim, rep.Entries)
			continue
		}
		if e.Verdict != c.verdict {
			t.Errorf("%q: %s (%s), want %s: %s", c.text, e.Verdict, e.Reason, c.verdict, e.Explanation)
		}
		if !math.IsNaN(c.value) && (e.Value == nil || math.Abs(*e.Value-c.value) > 1e-6) {
			t.Errorf("%q: value %v (%s), want %v", c.text, e.Value, e.ValueText, c.value)
		}
	}
}

// TestRankClaims: ranks among areas of responsibility, in sentences written
// for this test. Expected ranks come from the raw arrests files, not from
// icestat (headquarters and blank areas left out, as field offices):
//
//	zcat EROArrests_FY201[78].csv.gz | tail -n +7 | awk -F'|' '{print FILENAME"|"$1}' | sort | uniq -c
//	    FY2018 by count: 1 Dallas 17,644, 2 Atlanta 15,189, 3 Houston 14,333, 6 Chicago 9,241,
//	        9 Phoenix 7,162 … 24 Buffalo 1,582 (fewest)
//	    FY2017 → FY2018 change: New Orleans +2,302 (largest count), Miami +36.9 % (largest percent),
//	        Dallas +1,124; three areas fell (Los Angeles, San Francisco, Seattle)
func TestRankClaims(t *testing.T) {
	eng := sharedEngine(t)
	for _, c := range []struct {
		text     string
		verdicts string
	}{
		{"ICE's Chicago field office made the sixth-highest number of arrests of any office in fiscal 2018.", Supported},
		{"The Phoenix office came in ninth in arrests in fiscal 2018.", Supported},
		// a rank the records do not give is not called contradicted
		{"The Phoenix office came in fifth in arrests in fiscal 2018.", NotCheckable},
		// two areas, two ranks, in order
		{"The Atlanta and Houston areas had the second- and third-highest arrest totals in fiscal 2018.", Supported},
		{"The Buffalo area had among the fewest ICE arrests in fiscal 2018.", Supported},
		{"The Dallas area made more arrests than any other area in fiscal 2018.", Supported},
		// an increase ranks by count or by percent
		{"The New Orleans area saw the largest increase in arrests among ICE's field offices from fiscal 2017 to fiscal 2018.", Supported},
		{"The Miami area saw the largest increase in arrests among ICE's field offices from fiscal 2017 to fiscal 2018.", Supported},
		{"The Dallas area saw the largest increase in arrests among ICE's field offices from fiscal 2017 to fiscal 2018.", NotCheckable},
		{"The Seattle office was the only ICE office where arrests declined from fiscal 2017 to fiscal 2018.", NotCheckable},
	} {
		rep, err := Check(context.Background(), eng, Input{Text: c.text})
		if err != nil {
			t.Fatal(err)
		}
		var ranks []Entry
		for _, e := range rep.Entries {
			if e.Kind == KindRank {
				ranks = append(ranks, e)
			}
		}
		if len(ranks) == 0 {
			t.Errorf("%q: no rank claim among %d entries", c.text, len(rep.Entries))
			continue
		}
		want := strings.Split(c.verdicts, ",")
		for i, e := range ranks {
			if w := want[min(i, len(want)-1)]; e.Verdict != w {
				t.Errorf("%q: %q is %s (%s): %s %s\n  want %s", c.text, e.Text, e.Verdict, e.Reason, e.ValueText, e.Explanation, w)
			}
		}
		if strings.Contains(c.text, "second- and third") && len(ranks) != 2 {
			t.Errorf("%q: %d rank claims, want 2", c.text, len(ranks))
		}
	}
}
