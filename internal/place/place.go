// Package place knows ICE's areas of responsibility (AORs), U.S. states and
// which AOR covers each county. An AOR is not a state: Boston AOR covers five
// or six New England states, and Texas is split over four AORs. Every
// state-level answer icestat gives about records that only carry an AOR goes
// through the county reference embedded here, so the mapping is in one place.
package place

import (
	_ "embed"
	"encoding/csv"
	"fmt"
	"sort"
	"strings"
	"sync"
)

// AOR is one ERO field office's area of responsibility.
type AOR struct {
	Code string // three-letter code as ICE writes it, e.g. "BOS"
	Name string // short display name, e.g. "Boston"
}

// aors lists the 24 field offices in ../shared/data/reference/aor_codes.yaml
// plus Harlingen (HLG, written HAL in some releases) and headquarters units
// (HQ), which appear in the nationwide FOIA files.
var aors = []AOR{
	{"ATL", "Atlanta"}, {"BAL", "Baltimore"}, {"BOS", "Boston"}, {"BUF", "Buffalo"},
	{"CHI", "Chicago"}, {"DAL", "Dallas"}, {"DEN", "Denver"}, {"DET", "Detroit"},
	{"ELP", "El Paso"}, {"HLG", "Harlingen"}, {"HOU", "Houston"}, {"LOS", "Los Angeles"},
	{"MIA", "Miami"}, {"NEW", "Newark"}, {"NOL", "New Orleans"}, {"NYC", "New York City"},
	{"PHI", "Philadelphia"}, {"PHO", "Phoenix"}, {"SEA", "Seattle"}, {"SFR", "San Francisco"},
	{"SLC", "Salt Lake City"}, {"SNA", "San Antonio"}, {"SND", "San Diego"}, {"SPM", "St. Paul"},
	{"WAS", "Washington"}, {"HQ", "Headquarters"},
}

var aorIndex = func() map[string]AOR {
	m := map[string]AOR{}
	for _, a := range aors {
		m[strings.ToLower(a.Code)] = a
		m[strings.ToLower(a.Name)] = a
	}
	m["hal"] = m["hlg"]
	m["saint paul"] = m["spm"]
	m["new york"] = m["nyc"]
	m["washington dc"] = m["was"]
	m["washington, dc"] = m["was"]
	m["washington d.c."] = m["was"]
	return m
}()

// AORs returns every known area of responsibility, in code order.
func AORs() []AOR {
	out := append([]AOR(nil), aors...)
	sort.Slice(out, func(i, j int) bool { return out[i].Code < out[j].Code })
	return out
}

// LookupAOR resolves the spellings releases and users use for an AOR: the
// code ("BOS"), the short name ("boston"), and the long forms "Boston Area of
// Responsibility", "Boston AOR", "Boston Field Office", "ERO Boston". Case and
// surrounding space do not matter.
func LookupAOR(s string) (AOR, bool) {
	k := strings.ToLower(strings.Join(strings.Fields(s), " "))
	if a, ok := aorIndex[k]; ok {
		return a, true
	}
	for _, suffix := range []string{" area of responsibility", " aor", " field office", " sub-office", " office"} {
		k = strings.TrimSuffix(k, suffix)
	}
	for _, prefix := range []string{"ice ero ", "ero ", "ice "} {
		k = strings.TrimPrefix(k, prefix)
	}
	a, ok := aorIndex[k]
	return a, ok
}

// State is a U.S. state, district or territory.
type State struct {
	Code string // postal code, e.g. "MA"
	Name string
	FIPS string // two-digit FIPS code
}

var states = []State{
	{"AL", "Alabama", "01"}, {"AK", "Alaska", "02"}, {"AZ", "Arizona", "04"}, {"AR", "Arkansas", "05"},
	{"CA", "California", "06"}, {"CO", "Colorado", "08"}, {"CT", "Connecticut", "09"}, {"DE", "Delaware", "10"},
	{"DC", "District of Columbia", "11"}, {"FL", "Florida", "12"}, {"GA", "Georgia", "13"}, {"HI", "Hawaii", "15"},
	{"ID", "Idaho", "16"}, {"IL", "Illinois", "17"}, {"IN", "Indiana", "18"}, {"IA", "Iowa", "19"},
	{"KS", "Kansas", "20"}, {"KY", "Kentucky", "21"}, {"LA", "Louisiana", "22"}, {"ME", "Maine", "23"},
	{"MD", "Maryland", "24"}, {"MA", "Massachusetts", "25"}, {"MI", "Michigan", "26"}, {"MN", "Minnesota", "27"},
	{"MS", "Mississippi", "28"}, {"MO", "Missouri", "29"}, {"MT", "Montana", "30"}, {"NE", "Nebraska", "31"},
	{"NV", "Nevada", "32"}, {"NH", "New Hampshire", "33"}, {"NJ", "New Jersey", "34"}, {"NM", "New Mexico", "35"},
	{"NY", "New York", "36"}, {"NC", "North Carolina", "37"}, {"ND", "North Dakota", "38"}, {"OH", "Ohio", "39"},
	{"OK", "Oklahoma", "40"}, {"OR", "Oregon", "41"}, {"PA", "Pennsylvania", "42"}, {"RI", "Rhode Island", "44"},
	{"SC", "South Carolina", "45"}, {"SD", "South Dakota", "46"}, {"TN", "Tennessee", "47"}, {"TX", "Texas", "48"},
	{"UT", "Utah", "49"}, {"VT", "Vermont", "50"}, {"VA", "Virginia", "51"}, {"WA", "Washington", "53"},
	{"WV", "West Virginia", "54"}, {"WI", "Wisconsin", "55"}, {"WY", "Wyoming", "56"},
	{"AS", "American Samoa", "60"}, {"GU", "Guam", "66"}, {"MP", "Northern Mariana Islands", "69"},
	{"PR", "Puerto Rico", "72"}, {"VI", "U.S. Virgin Islands", "78"},
}

var stateIndex = func() map[string]State {
	m := map[string]State{}
	for _, s := range states {
		m[strings.ToLower(s.Code)] = s
		m[strings.ToLower(s.Name)] = s
		m[s.FIPS] = s
	}
	m["washington state"] = m["wa"]
	m["virgin islands"] = m["vi"]
	return m
}()

// LookupState resolves a postal code, a name or a FIPS code, in any case.
func LookupState(s string) (State, bool) {
	k := strings.ToLower(strings.Join(strings.Fields(s), " "))
	k = strings.TrimPrefix(k, "state of ")
	st, ok := stateIndex[k]
	return st, ok
}

// States returns every state, district and territory known.
func States() []State { return append([]State(nil), states...) }

// County is one row of the county-to-AOR reference.
type County struct {
	GEOID      string // five-digit FIPS
	Name       string // e.g. "nantucket county"
	State      string // postal code
	Population int64  // 2012 ACS total population
	AOR        string
}

//go:embed county_aor.csv
var countyCSV string

var (
	countiesOnce sync.Once
	counties     []County
	countiesErr  error
)

// Counties returns the embedded county reference (from
// ../shared/data/reference/county_aor.csv, derived from ICE's AOR county map
// as published by UWCHR).
func Counties() ([]County, error) {
	countiesOnce.Do(func() {
		r := csv.NewReader(strings.NewReader(countyCSV))
		recs, err := r.ReadAll()
		if err != nil {
			countiesErr = fmt.Errorf("county reference: %w", err)
			return
		}
		for i, rec := range recs {
			if i == 0 || len(rec) < 8 {
				continue
			}
			st, ok := stateIndex[rec[1]]
			if !ok {
				countiesErr = fmt.Errorf("county reference line %d: unknown state FIPS %q", i+1, rec[1])
				return
			}
			name := rec[3]
			if j := strings.LastIndex(name, ","); j >= 0 {
				name = name[:j]
			}
			var pop int64
			fmt.Sscan(rec[5], &pop)
			counties = append(counties, County{GEOID: rec[0], Name: strings.TrimSpace(name), State: st.Code, Population: pop, AOR: rec[7]})
		}
	})
	return counties, countiesErr
}

// StateAOR returns the area of responsibility that is exactly the state:
// every county of the state in it and none of another state (Arizona and
// the Phoenix AOR, New Jersey and Newark). A count by that AOR is then the
// state's count, not a larger area's.
func StateAOR(state string) (string, bool) {
	aors := AORsOfState(state)
	if len(aors) != 1 {
		return "", false
	}
	var aor string
	for a := range aors {
		aor = a
	}
	cs, err := Counties()
	if err != nil {
		return "", false
	}
	for _, c := range cs {
		if c.AOR == aor && c.State != state {
			return "", false
		}
	}
	return aor, true
}

// AORsOfState returns the AOR codes that cover at least one county of the
// state, with the share of the state's population each covers.
func AORsOfState(state string) map[string]float64 {
	cs, err := Counties()
	if err != nil {
		return nil
	}
	pop := map[string]int64{}
	var total int64
	for _, c := range cs {
		if c.State == state {
			pop[c.AOR] += c.Population
			total += c.Population
		}
	}
	out := map[string]float64{}
	for a, p := range pop {
		if total > 0 {
			out[a] = float64(p) / float64(total)
		} else {
			out[a] = 0
		}
	}
	return out
}

// StatesOfAOR returns the postal codes of the states with at least one county
// in the AOR, sorted.
func StatesOfAOR(aor string) []string {
	cs, _ := Counties()
	seen := map[string]bool{}
	var out []string
	for _, c := range cs {
		if c.AOR == aor && !seen[c.State] {
			seen[c.State] = true
			out = append(out, c.State)
		}
	}
	sort.Strings(out)
	return out
}

// LookupCounty finds a county by name within a state ("nantucket",
// "Nantucket County", "dukes county"); state is a postal code.
func LookupCounty(state, name string) (County, bool) {
	cs, _ := Counties()
	k := strings.ToLower(strings.Join(strings.Fields(name), " "))
	for _, c := range cs {
		if c.State != state {
			continue
		}
		if c.Name == k || strings.TrimSuffix(c.Name, " county") == k || c.Name == k+" county" {
			return c, true
		}
	}
	return County{}, false
}

// FacilitiesCSV is the detention-facility reference (detention_facilities.csv:
// code, name, latitude, longitude, city, state, detailed and grouped type of
// 1,397 facilities, as compiled by the Vera Institute), embedded so that a
// daily facility-population file can be ingested with no other file; ingest
// --reference names another.
//
//go:embed detention_facilities.csv
var FacilitiesCSV []byte

// StateAORs maps each state that lies in exactly one AOR to that AOR.
func StateAORs() map[string]string {
	out := map[string]string{}
	for _, s := range States() {
		m := AORsOfState(s.Code)
		if len(m) == 1 {
			for a := range m {
				out[s.Code] = a
			}
		}
	}
	return out
}
