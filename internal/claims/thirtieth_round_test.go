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
