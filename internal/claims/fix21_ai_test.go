package claims

import "testing"

// TestRound21Ai: readings fixed on set fresh-2026-12ai (non-English rows),
// each from a corpus row. Expected values are the rows' records_value,
// computed by testdata/claims/expected.py from the FOIA rows and ICE's
// workbooks (no icestat).
func TestRound21Ai(t *testing.T) {
	checkReadingCases(t, corpusEngine(t), []readingCase{
		// ai-ko-naeil-03: "추방 한인 113명→122명" (South Koreans deported,
		// 113 -> 122): "한인" are South Korean citizens (FY2017 removals of
		// citizens of SOUTH KOREA: 113 rows, FY2018: 122 rows of the FOIA
		// removals files); before, all removals, reading-unstated
		{"한인: South Korean removals, FY2017", "2018-12-19", "추방 한인 113명→122명", "113명", Supported, 113},
		{"한인: South Korean removals, FY2018", "2018-12-19", "추방 한인 113명→122명", "122명", Supported, 122},
		// ai-ko-naeil-09: "추방된 한인들은 2017년 113명에서 ..." (the deported
		// Koreans, from 113 in 2017 ...): "한인들" the plural (FY2017
		// removals of citizens of SOUTH KOREA: 113 rows)
		{"한인들: South Korean removals", "2018-12-19", "미국서 추방된 한인들은 2017년 113명에서 2018년에는 122명으로 9명 늘어났다.",
			"113명", Supported, 113},
		// ai-ko-naeil-12: "국경에서 곧바로 추방된 이민자들" (immigrants deported
		// directly at the border) are a part of removals the records do
		// not single out (records_value null: the removal rows lack the
		// arresting agency); before, "16만여명" (more than 160,000) was
		// supported by all FY2017 removals (226,119)
		{"deported directly at the border", "2018-12-19",
			"이에 비해 국경에서 곧바로 추방된 이민자들은 지난해 14만4500명에서 올해에는 16만여명으로 1만 6200명, 11.2% 증가했다.",
			"16만여명", NotCheckable, 0},
	})
}
