package canon

import "testing"

func TestClockTime(t *testing.T) {
	tests := []struct {
		in     string
		serial bool
		want   string
		ok     bool
	}{
		{"2024-03-05 14:22:00", false, "14:22:00", true},
		{"2025-02-05 22:00:00", false, "22:00:00", true}, // Detention Book Out Date Time, joined_df_wa.csv
		{"2024-03-05T14:22", false, "14:22:00", true},
		{"3/5/2024 2:22:00 PM", false, "14:22:00", true},
		{"3/5/2024 12:05:00 AM", false, "00:05:00", true},
		{"2024-03-05 14:22:00.000", false, "14:22:00", true},
		{"2024-03-05", false, "", false},
		{"45356", true, "", false},
		{"45356.5", true, "12:00:00", true},
		{"2024-03-05 25:00:00", false, "", false},
		{"2024-03-05 13:00 PM", false, "", false},
	}
	for _, tt := range tests {
		got, ok := ClockTime(tt.in, tt.serial)
		if got != tt.want || ok != tt.ok {
			t.Errorf("ClockTime(%q, %v) = %q, %v; want %q, %v", tt.in, tt.serial, got, ok, tt.want, tt.ok)
		}
	}
}

// Header names of the 2023–2026 releases (../shared/docs/DOMAIN.md and the
// 2025 release's columns as joined in ../shared/data/modern/joined_df_wa.csv).
func TestMapModernHeaders(t *testing.T) {
	tests := []struct {
		name, dataset string
		headers       []string
		want          map[string]string
	}{
		{"2025 arrests", "arrests",
			[]string{"Apprehension Date", "Apprehension State", "Apprehension County", "Apprehension AOR", "Final Program", "Final Program Group", "Apprehension Method", "Apprehension Criminality", "Case Status", "Case Category", "Departed Date", "Departure Country", "Final Order Yes No", "Final Order Date", "Birth Date", "Birth Year", "Citizenship Country", "Gender", "Apprehension Site Landmark", "Alien File Number", "EID Case ID", "EID Subject ID", "Unique Identifier"},
			map[string]string{"Apprehension Date": "event_date", "Apprehension State": "state", "Apprehension County": "county", "Apprehension AOR": "aor", "Apprehension Criminality": "criminality_raw", "Final Order Yes No": "final_order", "Final Order Date": "final_order_date", "Apprehension Site Landmark": "landmark", "Unique Identifier": "person_key", "Alien File Number": "extra", "EID Subject ID": "extra"}},
		{"2026 arrests", "arrests",
			[]string{"Apprehension Date", "TOA Current Duty AOR", "State", "County", "Apprehension Method", "Anonymized Identifier"},
			map[string]string{"TOA Current Duty AOR": "aor", "State": "state", "County": "county", "Anonymized Identifier": "person_key"}},
		{"detainers", "detainers",
			[]string{"Detainer Prepare Date", "Facility State", "Facility AOR", "Detainer Prepared Criminality", "Detention Facility", "Detention Facility Code", "Facility City", "Detainer Type", "Detainer Lift Reason", "Most Serious Conviction Charge", "MSC Charge", "Citizenship Country", "Apprehension Date", "Unique Identifier"},
			map[string]string{"Detainer Prepare Date": "event_date", "Facility State": "facility_state", "Facility AOR": "facility_aor", "Detainer Prepared Criminality": "criminality_raw", "Detention Facility": "facility", "Facility City": "facility_city", "Detainer Type": "detainer_type", "Detainer Lift Reason": "lift_reason", "Most Serious Conviction Charge": "msc", "MSC Charge": "extra", "Apprehension Date": "apprehension_date"}},
		{"detention stints", "detentions",
			[]string{"Stay Book In Date Time", "Book In Date Time", "Detention Facility", "Detention Book Out Date Time", "Stay Book Out Date Time", "Detention Release Reason", "Stay Book Out Date", "Stay Release Reason", "Book In Criminality", "Unique Identifier"},
			map[string]string{"Stay Book In Date Time": "stay_book_in_date", "Book In Date Time": "event_date", "Detention Facility": "facility", "Detention Book Out Date Time": "book_out_date", "Stay Book Out Date Time": "stay_book_out_date", "Detention Release Reason": "release_reason", "Stay Book Out Date": "extra", "Stay Release Reason": "stay_release_reason", "Book In Criminality": "criminality_raw"}},
		{"encounters (Citizenship County sic)", "encounters",
			[]string{"Event Date", "Responsible AOR", "Encounter Criminality", "Citizenship County", "Departed Date"},
			map[string]string{"Event Date": "event_date", "Responsible AOR": "aor", "Encounter Criminality": "criminality_raw", "Citizenship County": "country", "Departed Date": "departed_date"}},
		{"removals 2012-23 (Anonymized Identifer sic)", "removals",
			[]string{"Departure Date", "Docket AOR", "Anonymized Identifer"},
			map[string]string{"Departure Date": "event_date", "Docket AOR": "aor", "Anonymized Identifer": "person_key"}},
		{"removals 2026", "removals",
			[]string{"Removal Date", "Case AOR", "Anonymized Identifier"},
			map[string]string{"Removal Date": "event_date", "Case AOR": "aor"}},
		{"cleaned detentions", "detentions",
			[]string{"stay_book_in_date_time", "book_in_date_time", "detention_release_reason", "stay_release_reason", "unique_id", "data_source"},
			map[string]string{"book_in_date_time": "event_date", "stay_book_in_date_time": "stay_book_in_date", "detention_release_reason": "release_reason", "unique_id": "person_key", "data_source": "release"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := colNames(MapHeaders(tt.dataset, tt.headers))
			for h, w := range tt.want {
				if got[h] != w {
					t.Errorf("%q -> %q, want %q", h, got[h], w)
				}
			}
			if d := InferDataset("", "", tt.headers); d != tt.dataset {
				t.Errorf("InferDataset = %q, want %q", d, tt.dataset)
			}
		})
	}
}
