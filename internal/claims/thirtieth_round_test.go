package claims

import (
	"fmt"
	"testing"
)

// TestThirtiethRoundDetentionChanges: the lead's readings of the thirtieth
// round on changes of ICE's detained population. Values are the Total of
// the currently-detained table (cell F20), read with openpyxl
// (`openpyxl.load_workbook(F, data_only=True)[SHEET]['F20'].value`):
//   - 2024-03-15_FY24_detentionStats03142024.xlsx [Detention FY24] 39,111
//   - 2024-03-30_FY24_detentionStats03292024.xlsx [Detention FY24] 36,931
//   - 2025-03-15_FY25_detentionStats03142025.xlsx [Detention FY25] 46,269
//   - 2025-03-28_FY25_detentionStats03262025.xlsx [Detention FY25] 47,892
//   - 2025-10-30_FY25_detentionStats09252025.xlsx [Detention FY25] 59,762
//   - 2025-12-23_FY26_detentionStats12222025.xlsx [Detention FY26] 68,442
//   - 2026-01-09_FY26_detentionStats01082026.xlsx [Detention FY26] 68,990
func TestThirtiethRoundDetentionChanges(t *testing.T) {
	// bq-en-redamerica-02: "That number" after a sentence whose measure
	// is only a stock ("was holding ... in custody"): the same population
	// on its own date, read from the edition after March 24, 2025
	// (47,892); the change is from the sentence before's day, a
	// reference (never contradicted): 46,269 - 39,111 = 7,158 in the
	// editions in force on the two days, 47,892 - 36,931 = 10,961 in the
	// editions published after each, which is "almost 11,000"
	const red = "Data from TRACreports.org shows that as of March 24, 2024, ICE was holding 36,931 individuals in custody. That number was at 47,892 as of March 24, 2025, an increase of almost 11,000."
	// a change over a span of two named days: the population on the
	// second against that on the first. The store has no edition between
	// 2025-08-14 and 2025-09-25, so only the editions published after
	// each day (2025-09-25 and 2026-01-08) give it: 68,990 - 59,762 =
	// 9,228; 8,000 fits no reading, but the span's first day has no
	// edition, so it is not contradicted
	const span = "From Sept. 21, 2025 to Jan. 7, 2026 the number of people in ICE detention grew by %s."
	checkReadingCases(t, corpusEngine(t), []readingCase{
		{"that number after a stock", "2025-03-31", red, "47,892", Supported, 47892},
		{"change from the sentence before", "2025-03-31", red, "almost 11,000", Supported, 10961},
		{"change over two days", "2026-02-01", fmt.Sprintf(span, "9,228"), "9,228", Supported, 9228},
		{"change over two days, no reading", "2026-02-01", fmt.Sprintf(span, "8,000"), "8,000", NotCheckable, 0},
	})
}

// TestPreviousYearOfOneYear: "the previous year" after a figure, in a
// sentence naming one year only, is the year before that one, so a typo is
// contradicted (cc-en-diasporamessenger-06: 240,225 for 240,255); with two
// years named the anchor is a guess and it is not. Removals of FY2016
// (`zcat ICERemovals_FY2016.csv.gz | tail -n +7 | wc -l`): 240,255.
func TestPreviousYearOfOneYear(t *testing.T) {
	const one = "The US Immigration and Customs Enforcement agency (ICE) reported that 226,119 unauthorised immigrants were deported in fiscal 2017, compared to 240,225 in the previous year."
	const two = "ICE deported 256,085 people in fiscal 2018 and 226,119 in fiscal 2017, compared to 240,225 the year before."
	checkReadingCases(t, corpusEngine(t), []readingCase{
		{"one year named", "2018-02-01", one, "240,225", Contradicted, 240255},
		{"two years named", "2019-02-01", two, "240,225", NotCheckable, 0},
	})
}

// TestBareChangeVerb: a verb of change in the past right before a count
// gives the change's size with no "by" ("increased a total of 11,296",
// o-punjab92-03); "rose to" stays the level. ERO arrests by fiscal-year
// file (`zcat EROArrests_FY2017.csv.gz | tail -n +7 | wc -l`, and FY2018):
// 143,470 and 158,581, 15,111 more.
func TestBareChangeVerb(t *testing.T) {
	checkReadingCases(t, corpusEngine(t), []readingCase{
		{"rose N", "2019-02-01", "ICE arrests rose 15,111 in FY2018 from FY2017.", "15,111", Supported, 15111},
		{"increased a total of N", "2019-02-01", "ICE arrests increased a total of 15,111 from FY2017 to FY2018.", "15,111", Supported, 15111},
		{"rose to N", "2019-02-01", "ICE arrests rose to 158,581 in FY2018.", "158,581", Supported, 158581},
	})
}

// TestThirtiethRoundFalseContradiction: the false contradiction of the
// thirtieth round's first measure (cl-en-dwn-01, a press release of
// 2025-06-24): "currently" is the article's day, and a round count there
// within 5 % of the edition in force, in the direction of the next, may be
// a newer count (CBS's internal 59,000 of June 23). Editions (cell F20,
// openpyxl): 2025-06-21_FY25_detentionStats06202025.xlsx 56,397,
// 2025-07-08_FY25_detentionStats07072025.xlsx 57,861. A round count
// against the trend (54,000) is still contradicted.
func TestThirtiethRoundFalseContradiction(t *testing.T) {
	const dwn = "ICE is currently detaining a record breaking %s people in its custody."
	checkReadingCases(t, corpusEngine(t), []readingCase{
		{"along the trend", "2025-06-24", fmt.Sprintf(dwn, "59,000"), "59,000", NotCheckable, 0},
		{"against the trend", "2025-06-24", fmt.Sprintf(dwn, "54,000"), "54,000", Contradicted, 56397},
	})
}
