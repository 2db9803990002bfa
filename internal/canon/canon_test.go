package canon

import (
	"errors"
	"testing"
)

func TestIsRedacted(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		// Spellings seen in the releases (../shared/docs/DOMAIN.md, ../shared/data/README.md).
		{"(B)(6);(B)(7)(C) ", true},
		{"(B)(7)(E) ", true},
		{"(b)(6),(b)(7)c)", true},
		{"(b)(7)e)", true},
		{"(b)(7)(E )", true},
		{"(b)(6),(b)(7)(c )", true},
		{"b(6), b(7)(c)", true},
		{"(b)(6), (b)(7)(c)", true},
		{"", false},
		{"NA", false},
		{"BOSTON", false},
		{"b", false},
		{"(b)", false},
		{"(b)(x)", false},
		{"(B)(6) and more", false},
		{"(702) 555-0100", false},
	}
	for _, tt := range tests {
		if got := IsRedacted(tt.in); got != tt.want {
			t.Errorf("IsRedacted(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestParseDate(t *testing.T) {
	tests := []struct {
		in       string
		serial   bool
		date1904 bool
		want     string
		err      error
	}{
		{"10/1/2015", false, false, "2015-10-01", nil},
		{"9/30/2016", false, false, "2016-09-30", nil},
		{"01/01/2012", false, false, "2012-01-01", nil},
		{"2024-03-05", false, false, "2024-03-05", nil},
		{"2024-03-05 14:22:00", false, false, "2024-03-05", nil},
		{"3/5/2024 2:22:00 PM", false, false, "2024-03-05", nil},
		{"2/29/2016", false, false, "2016-02-29", nil},
		{"2/30/2017", false, false, "", ErrImpossible},
		{"2/29/2017", false, false, "", ErrImpossible},
		{"13/1/2017", false, false, "", ErrImpossible},
		{"07/02/0999", false, false, "", ErrDateOutOfRange},
		{"01/01/0001", false, false, "", ErrDateOutOfRange},
		{"1/1/2999", false, false, "", ErrDateOutOfRange},
		{"yesterday", false, false, "", ErrNotDate},
		{"43010", false, false, "", ErrNotDate}, // a number in a text file is not a serial
		// Excel serials: expected values from Python's
		// datetime.date(1899,12,30)+timedelta(n) (valid for n > 60).
		{"43010", true, false, "2017-10-02", nil},
		{"41449", true, false, "2013-06-24", nil},
		{"43010.75", true, false, "2017-10-02", nil},
		{"1", true, false, "1900-01-01", nil},
		{"59", true, false, "1900-02-28", nil},
		{"60", true, false, "", ErrImpossible}, // Excel's fictitious 1900-02-29
		{"61", true, false, "1900-03-01", nil},
		{"0", true, true, "", ErrDateOutOfRange},
		{"1", true, true, "1904-01-02", nil},
		{"10/1/2017", true, false, "2017-10-01", nil}, // text dates in xlsx cells
	}
	for _, tt := range tests {
		d, err := ParseDate(tt.in, tt.serial, tt.date1904)
		if tt.err != nil {
			if !errors.Is(err, tt.err) {
				t.Errorf("ParseDate(%q) error = %v, want %v", tt.in, err, tt.err)
			}
			continue
		}
		if err != nil || d.String() != tt.want {
			t.Errorf("ParseDate(%q, %v, %v) = %v, %v; want %s", tt.in, tt.serial, tt.date1904, d, err, tt.want)
		}
	}
}

func TestFiscalYear(t *testing.T) {
	tests := []struct {
		y, m, d, fy int
	}{
		{2016, 9, 30, 2016},
		{2016, 10, 1, 2017},
		{2017, 1, 20, 2017},
		{2019, 8, 31, 2019},
		{2024, 12, 31, 2025},
		{2000, 2, 29, 2000},
	}
	for _, tt := range tests {
		if got := FiscalYear(NewDay(tt.y, tt.m, tt.d)); got != tt.fy {
			t.Errorf("FiscalYear(%d-%d-%d) = %d, want %d", tt.y, tt.m, tt.d, got, tt.fy)
		}
	}
	if FYStart(2017).String() != "2016-10-01" || FYEnd(2017).String() != "2017-09-30" {
		t.Errorf("FY2017 bounds = %s..%s", FYStart(2017), FYEnd(2017))
	}
}

func TestDayRoundTrip(t *testing.T) {
	for d := NewDay(1899, 1, 1); d < NewDay(2101, 1, 1); d += 17 {
		y, m, dd := d.Civil()
		if NewDay(y, m, dd) != d {
			t.Fatalf("round trip of %d failed: %d-%d-%d", d, y, m, dd)
		}
		if got := d.Time().Format("2006-01-02"); got != d.String() {
			t.Fatalf("String %s != time %s", d.String(), got)
		}
	}
}

func colNames(m Mapping) map[string]string {
	out := map[string]string{}
	for i, h := range m.Headers {
		if m.Target[i] >= 0 {
			out[h] = Columns[m.Target[i]].Name
		} else {
			out[h] = "extra"
		}
	}
	return out
}

func TestMapHeaders(t *testing.T) {
	tests := []struct {
		name    string
		dataset string
		headers []string
		want    map[string]string
		keyDate int
	}{
		{
			"nationwide arrests (2019-ICFO-53623)", "arrests",
			[]string{"Area of Responsibility", "Apprehension Date", "Apprehension Method", "Apprehension Landmark", "Operation", "Processing Disposition", "Birth Date", "Citizenship", "Gender"},
			map[string]string{"Area of Responsibility": "aor", "Apprehension Date": "event_date", "Apprehension Method": "method", "Apprehension Landmark": "landmark", "Operation": "operation", "Processing Disposition": "disposition", "Birth Date": "birth_date", "Citizenship": "country", "Gender": "gender"},
			1,
		},
		{
			"nationwide encounters", "encounters",
			[]string{"Event Area of Responsibility", "Event Date", "Landmark", "Operation", "Processing Disposition", "Birth Date", "Citizenship", "Gender"},
			map[string]string{"Event Area of Responsibility": "aor", "Event Date": "event_date", "Landmark": "landmark", "Operation": "operation", "Processing Disposition": "disposition", "Birth Date": "birth_date", "Citizenship": "country", "Gender": "gender"},
			1,
		},
		{
			"nationwide removals: removal date is the key, apprehension date kept", "removals",
			[]string{"Area of Responsibility", "Apprehension Date", "Processing Disposition Code", "Birth Date", "Citizenship", "Gender", "RC Threat Level", "Final Charge Section", "Departed Date", "Removal Date"},
			map[string]string{"Area of Responsibility": "aor", "Apprehension Date": "apprehension_date", "Processing Disposition Code": "disposition", "Birth Date": "birth_date", "Citizenship": "country", "Gender": "gender", "RC Threat Level": "threat_level", "Final Charge Section": "charge_section", "Departed Date": "departed_date", "Removal Date": "event_date"},
			9,
		},
		{
			"Seattle workbook removals: no key date column", "removals",
			[]string{"Event Number", "Area of Responsibility", "Date of Birth", "Country of Citizenship", "Gender", "Removal Case COL", "Final Charge Section", "Arrest Date"},
			map[string]string{"Event Number": "extra", "Area of Responsibility": "aor", "Date of Birth": "birth_date", "Country of Citizenship": "country", "Gender": "gender", "Removal Case COL": "extra", "Final Charge Section": "charge_section", "Arrest Date": "apprehension_date"},
			-1,
		},
		{
			"Seattle book-ins", "detentions",
			[]string{"Book In Date", "Date of Birth", "Gender", "Country of Citizenship", "Detention Facility", "Apprehension Method", "Most Serious Conviction"},
			map[string]string{"Book In Date": "event_date", "Date of Birth": "birth_date", "Gender": "gender", "Country of Citizenship": "country", "Detention Facility": "facility", "Apprehension Method": "method", "Most Serious Conviction": "msc"},
			0,
		},
		{
			"cleaned snake_case export (Deportation Data Project)", "arrests",
			[]string{"apprehension_date", "apprehension_state", "apprehension_aor", "apprehension_criminality", "final_order_yes_no", "citizenship_country", "unique_id", "apprehension_site_landmark"},
			map[string]string{"apprehension_date": "event_date", "apprehension_state": "state", "apprehension_aor": "aor", "apprehension_criminality": "criminality_raw", "final_order_yes_no": "final_order", "citizenship_country": "country", "unique_id": "person_key", "apprehension_site_landmark": "landmark"},
			0,
		},
		{
			"2026 arrests names", "arrests",
			[]string{"Apprehension Date", "TOA Current Duty AOR", "State", "County", "Anonymized Identifier"},
			map[string]string{"Apprehension Date": "event_date", "TOA Current Duty AOR": "aor", "State": "state", "County": "county", "Anonymized Identifier": "person_key"},
			0,
		},
		{
			"duplicate meaning: second AOR column goes to extra", "arrests",
			[]string{"Apprehension Date", "Apprehension AOR", "Area of Responsibility"},
			map[string]string{"Apprehension Date": "event_date", "Apprehension AOR": "aor", "Area of Responsibility": "extra"},
			0,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := MapHeaders(tt.dataset, tt.headers)
			got := colNames(m)
			for h, w := range tt.want {
				if got[h] != w {
					t.Errorf("%q -> %q, want %q", h, got[h], w)
				}
			}
			if m.KeyDate != tt.keyDate {
				t.Errorf("KeyDate = %d, want %d", m.KeyDate, tt.keyDate)
			}
		})
	}
}

func TestInferDataset(t *testing.T) {
	arrestHdr := []string{"Area of Responsibility", "Apprehension Date", "Apprehension Method"}
	tests := []struct {
		sheet, title string
		headers      []string
		want         string
	}{
		{"", "ERO Administrative Arrests for FY2016", arrestHdr, "arrests"},
		{"", "ERO Encounters for FY2019 YTD (10/1/2018 - 8/31/2019)", []string{"Event Date", "Citizenship"}, "encounters"},
		{"", "ICE Removals for FY2016", []string{"Apprehension Date", "Removal Date"}, "removals"},
		{"", "FY2012 - FY2019 YTD (01/01/2012 - 07/06/2019) ICE Initial Book Ins for the Seattle Area of Responsibility", []string{"Book In Date"}, "detentions"},
		{"FY2018 Removals", "FY2018 YTD ICE Removals by the Criminal Area Program in the Seattle AOR through 04/27/2018", []string{"Arrest Date", "Final Charge Section"}, "removals"},
		{"FY2017 Encounters", "Criminal Alien Program Encounters, Arrests, and Removals", []string{"Event Date"}, "encounters"},
		{"Sheet1", "", []string{"detainer_prepare_date", "facility_state"}, "detainers"},
		{"Sheet1", "", []string{"apprehension_date", "apprehension_method"}, "arrests"},
		// A title that disagrees with the key-date columns loses to them.
		{"", "Removals", []string{"Event Date", "Landmark"}, "encounters"},
		{"Footnotes", "", []string{"Note"}, ""},
	}
	for _, tt := range tests {
		if got := InferDataset(tt.sheet, tt.title, tt.headers); got != tt.want {
			t.Errorf("InferDataset(%q, %q, %v) = %q, want %q", tt.sheet, tt.title, tt.headers, got, tt.want)
		}
	}
}

func TestClassifyCriminality(t *testing.T) {
	tests := map[string]string{
		"1 Convicted Criminal":         Convicted,
		"2 Pending Criminal Charges":   Pending,
		"3 Other Immigration Violator": Other,
		"Convicted Criminal":           Convicted,
		"Pending Criminal Charges":     Pending,
		"Other Immigration Violator":   Other,
		"":                             "",
		"Unknown":                      "",
	}
	for in, want := range tests {
		if got := ClassifyCriminality(in); got != want {
			t.Errorf("ClassifyCriminality(%q) = %q, want %q", in, got, want)
		}
	}
}

func BenchmarkParseDate(b *testing.B) {
	for i := 0; i < b.N; i++ {
		ParseDate("10/21/2017", false, false)
	}
}
