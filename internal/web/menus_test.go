package web

import (
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// TestMenusFromStore: the fiscal-year choices are the years the stored
// sources cover, and each group-by option names the datasets whose
// sources have the column. Expected from the sample file names
// (ls testdata/sample): the widest files are arrests_FY2012-FY2019YTD and
// bookins_FY2012-FY2019YTD, so FY2012..FY2019 and nothing later (the old
// menu offered the calendar's FY2020–FY2027); the lift reason is a
// detainer column and no sample file holds detainers, while gender is in
// the BOS arrests files (head -7 BOS_EROArrests_FY2017.csv.gz | tail -1
// lists "Gender").
func TestMenusFromStore(t *testing.T) {
	s, _ := newServer(t, sampleStore(t), Config{})
	h := s.Handler()
	body := get(t, h, "/report").Body.String()
	var fys []int
	for _, m := range regexp.MustCompile(`<option value="(\d{4})"[^>]*>FY`).FindAllStringSubmatch(body, -1) {
		y, _ := strconv.Atoi(m[1])
		fys = append(fys, y)
	}
	if len(fys) != 8 || fys[0] != 2019 || fys[len(fys)-1] != 2012 {
		t.Errorf("report fiscal-year menu %v, want FY2019 down to FY2012", fys)
	}
	ex := get(t, h, "/explore").Body.String()
	for _, tc := range []struct {
		dim      string
		has, not string
	}{
		{"gender", "arrests", "detainers"},
		{"lift_reason", "-", "arrests"},
		{"month", "encounters", ""},
	} {
		m := regexp.MustCompile(`<option value="` + tc.dim + `"(?: data-datasets="([^"]*)")?`).FindStringSubmatch(ex)
		if m == nil {
			t.Errorf("no %s option", tc.dim)
			continue
		}
		ds := " " + m[1] + " "
		if tc.has != "" && !strings.Contains(ds, " "+tc.has+" ") || tc.not != "" && strings.Contains(ds, " "+tc.not+" ") {
			t.Errorf("%s offered for %q", tc.dim, m[1])
		}
	}
	// Human labels, grouped.
	for _, want := range []string{`<optgroup label="Place">`, `<optgroup label="Person">`, ">Apprehension method<", ">Citizenship country<", ">Area of responsibility<"} {
		if !strings.Contains(ex, want) {
			t.Errorf("explore menu lacks %s", want)
		}
	}
}
