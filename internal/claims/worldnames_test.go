package claims

import (
	"slices"
	"testing"
)

// TestCountriesInAnyLanguage: country names CLDR gives in other languages
// are found where a writer declines them, and not inside other words.
func TestCountriesInAnyLanguage(t *testing.T) {
	for _, tc := range []struct {
		sentence string
		want     []string
	}{
		// ag-ru-nashiusa-04 and -05, rows of a Russian list
		{"1. Гаити:\n2016 год: 310\n2017 год: 5 578", []string{"HAITI"}},
		{"2. Бразилия\n2016 год: 1 095\n2017 год: 1 413", []string{"BRAZIL"}},
		// declined: Russian genitive, Polish locative
		{"депортированы в Мексику и из Гватемалы", []string{"MEXICO", "GUATEMALA"}},
		{"obywatele Meksyku", []string{"MEXICO"}},
		// scripts written without spaces
		{"墨西哥人", []string{"MEXICO"}},
		// a name inside another word is not the country
		{"Перуанский", nil},
		{"Romanian", []string{"ROMANIA"}},
		{"Komanian", nil},
	} {
		got := countriesInAnyLanguage(tc.sentence)
		slices.Sort(got)
		want := slices.Clone(tc.want)
		slices.Sort(want)
		if !slices.Equal(got, want) {
			t.Errorf("%q: %v, want %v", tc.sentence, got, want)
		}
	}
}
