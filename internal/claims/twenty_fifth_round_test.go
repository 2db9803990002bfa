package claims

import "testing"

// TestTwentyFifthRoundReadings: the lead's readings of the twenty-fifth
// round, each found in a corpus row.
func TestTwentyFifthRoundReadings(t *testing.T) {
	// f2-seatimes-03 (The Salt Lake Tribune via the Seattle Times, whose
	// headline names Salt Lake City; the row keeps only the sentence
	// before): "the Enforcement and Removal Operations office" is a field
	// office the sentence does not name, not the whole agency, even with
	// "the agency's report" after it. The Salt Lake City area's counts,
	// `zcat FILE.csv.gz | tail -n +7 | awk -F'|' '$1=="\"Salt Lake City
	// Area of Responsibility\""' | wc -l`: arrests 4,638 (FY2016) and
	// 5,754 (FY2018), removals 1,731 (FY2016) and 3,408 (FY2018). The
	// exact figures of a stated year find the area (placeFromData), and
	// the figure of the next sentence, whose year is carried, is read in
	// it (textPlace)
	const slc = "The Enforcement and Removal Operations office arrested 5,754 people during the 2018 fiscal year, up from the 4,638 arrests in 2016, according to the agency's report. It deported 3,408 people, nearly double the 1,731 recorded in 2016 before Trump took office."
	checkReadingCases(t, corpusEngine(t), []readingCase{
		{"an unnamed field office's year", "2018-12-20", slc, "5,754", Supported, 5754},
		{"an unnamed field office's other year", "2018-12-20", slc, "4,638", Supported, 4638},
		{"the office's removals, year carried", "2018-12-20", slc, "3,408", Supported, 3408},
		{"the office's removals far from the nation's", "2018-12-20", slc, "1,731", Supported, 1731},
		// the agency named as the actor is still nationwide: FY2018
		// arrests are 158,581 (zcat EROArrests_FY2018.csv.gz | tail -n +7
		// | wc -l), and a wrong figure of a stated year is contradicted
		{"the agency, not an office", "2018-12-20",
			"Enforcement and Removal Operations arrested 158,581 people during the 2018 fiscal year, according to the agency's report.",
			"158,581", Supported, 158581},
		// "ICE's Office of the Principal Legal Advisor" is no field office
		{"an office of the agency", "2018-12-20",
			"The ICE Office of Public Affairs said the agency arrested 158,851 people during the 2018 fiscal year.",
			"158,851", Contradicted, 158581},
	})
}
