package claims

import (
	"bufio"
	"context"
	"encoding/json"
	"os"
	"testing"
)

// stressPage is one page of testdata/claims/stress.jsonl: an excerpt of a
// real published page (found with the search tool's pages corpus in
// December 2026, never tuned on before it was run), with the figures whose
// contradiction a reviewer judged a real error of the text.
type stressPage struct {
	ID             string   `json:"id"`
	URL            string   `json:"url"`
	Published      string   `json:"published"`
	DateBasis      string   `json:"date_basis"`
	ContradictedOK []string `json:"contradicted_ok"`
	Text           string   `json:"text"`
}

// TestStressPages runs the checker over whole page excerpts — the way a
// fact-checker pastes them, with headlines, lists and every number — and
// fails on any "contradicted" a reviewer did not judge a real error of the
// text. The pages come from stress runs of December 2026 (helpers read every
// contradiction and checked it with icestat count under other readings):
// the second run found 12 contradictions (8 false), the third 7 (all
// false), the fourth 10 (6 false), the fifth 14 (all false, mostly
// fact-checks quoting a claim they reject), the sixth 8 (1 false, 7 real,
// and one page whose check stopped on a refused question); the doubts and
// readings written from them leave only the ones listed in contradicted_ok
// (ICE's preliminary first-100-days, year-to-date and quarterly figures,
// which the project counts as real errors, TRAC's October 2017 removals, a
// detention count no edition holds, Mexico's own deportation count given
// as ICE's, a typo, a percentage its own figures do not give, GAO's 831
// removals to India, and KPBS's "over 80%" against 71.7 % published). The
// first run's pages (65, 17 false contradictions of 18) are not kept: their
// addresses were not recorded. Three pages (translations from Spanish) are
// left out as not published text.
func TestStressPages(t *testing.T) {
	f, err := os.Open("../../testdata/claims/stress.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var pages []stressPage
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		var p stressPage
		if err := json.Unmarshal(sc.Bytes(), &p); err != nil {
			t.Fatal(err)
		}
		if p.URL == "" || p.Published == "" || p.Text == "" {
			t.Fatalf("%s: url, published and text are required", p.ID)
		}
		pages = append(pages, p)
	}
	memo := corpusMemo(t)
	entries, contradicted, supported := 0, 0, 0
	for _, p := range pages {
		rep, err := memo.Check(context.Background(), Input{Text: p.Text, Date: p.Published})
		if err != nil {
			t.Fatalf("%s: %v", p.ID, err)
		}
		ok := map[string]bool{}
		for _, s := range p.ContradictedOK {
			ok[s] = true
		}
		for _, e := range rep.Entries {
			entries++
			switch e.Verdict {
			case Supported:
				supported++
			case Contradicted:
				contradicted++
				if !ok[e.Text] {
					t.Errorf("false contradiction on %s (%s, %s): %q in %q — %s", p.ID, p.URL, p.Published, e.Text, e.Sentence, e.Explanation)
				}
			}
		}
	}
	t.Logf("stress pages: %d pages, %d entries, %d supported, %d contradicted", len(pages), entries, supported, contradicted)
}

// TestStressRun28: probes of stress run 28 (testdata/claims/
// stress-probes-s28.md) that were contradicted though true. Each cause is
// a word or a shape the readings did not apply: a class the 2019 release
// has no field for ("offenders", "criminal removals", "community arrests",
// "border crossers"), the level a class's change reached, a change verb
// read as a share ("soared"), a window after a superlative ("the most in a
// month since August 2018"), a city's surroundings, and totals that are
// not ERO's. The right values, by `icestat count` on the shared store, are
// in the probes file beside each probe.
func TestStressRun28(t *testing.T) {
	eng := corpusEngine(t)
	for _, tc := range []struct{ date, text string }{
		// A: criminality words
		{"2018-12-20", "ICE arrested 138,117 offenders in fiscal 2018."},
		{"2018-12-20", "ICE arrested 105,140 convicts in fiscal 2018."},
		{"2018-12-20", "ICE's Dallas office arrested 15,000 criminals in fiscal 2018."},
		{"2018-12-20", "ICE's Los Angeles office carried out 6,500 criminal removals in fiscal 2018."},
		{"2018-12-20", "ICE's Los Angeles office carried out 6,500 deportations of criminals in fiscal 2018."},
		{"2018-12-20", "ICE's Los Angeles office deported 6,500 people who had served time in prison in fiscal 2018."},
		{"2018-02-15", "ICE's Seattle office encountered 12,000 criminals in fiscal 2017."},
		// B: the level a class's change reached
		{"2018-12-20", "ICE's arrests of people with criminal histories rose 8 percent in fiscal 2018, to 138,117."},
		{"2018-12-20", "At-large arrests by ICE's Boston office rose 1 percent in fiscal 2018, to 1,923."},
		// C: arrest-method wordings
		{"2018-12-20", "ICE's Boston field office made 1,923 community arrests in fiscal 2018."},
		{"2018-12-20", "ICE's Boston office made 1,923 arrests in neighborhoods, homes and workplaces in fiscal 2018."},
		{"2018-12-20", "ICE's Dallas office made 16,003 jail arrests in fiscal 2018."},
		{"2018-12-20", "ICE's Dallas office arrested 16,003 people already behind bars in fiscal 2018."},
		{"2018-12-20", "ICE's Houston office arrested 13,015 people in local custody in fiscal 2018."},
		{"2018-12-20", "ICE's Seattle office made 2,656 CAP arrests in fiscal 2017."},
		{"2018-12-20", "In the Dallas area, 16,003 of ICE's arrests in fiscal 2018 came through jails."},
		// D: removal subsets without a field
		{"2018-12-20", "ICE removed 160,725 border crossers in fiscal 2018."},
		{"2018-12-20", "ICE removed 247,000 people from the Western Hemisphere in fiscal 2018."},
		{"2018-12-20", "ICE removed 180,000 people on charter flights in fiscal 2018."},
		{"2018-12-20", "ICE removed 170,000 people through expedited removal in fiscal 2018."},
		{"2018-12-20", "ICE's San Antonio office deported 45,000 family members in fiscal 2018."},
		// E: other class words
		{"2018-12-20", "ICE's Dallas office arrested 13,814 immigrants from south of the border in fiscal 2018."},
		{"2018-12-20", "ICE's Dallas office arrested 13,814 Mexicanos in fiscal 2018."},
		{"2018-12-20", "ICE's Dallas office arrested 13,814 Spanish-speaking immigrants in fiscal 2018."},
		// F: a city's surroundings, county data
		{"2018-12-20", "In the greater Seattle area, ICE made 2,200 arrests in fiscal 2018."},
		{"2018-12-20", "ICE arrested 9,500 people in the Houston area in fiscal 2018, according to TRAC's county data."},
		// G: totals that are not ERO's
		{"2018-12-20", "All of ICE's divisions combined arrested 176,428 people in fiscal 2017."},
		{"2018-12-20", "ICE agents arrested 192,685 people in fiscal 2018, including HSI's criminal arrests."},
		{"2019-11-15", "Federal immigration authorities removed 337,287 people in fiscal 2018."},
		{"2019-11-15", "In fiscal 2018, 337,287 people were deported from the United States."},
		{"2019-11-15", "Immigration authorities carried out 337,287 removals in fiscal 2018, the DHS Office of Immigration Statistics reported."},
		// H: change verbs read as a share
		{"2018-12-20", "ICE's removals of Hondurans soared 29% in fiscal 2018."},
		{"2018-12-20", "ICE's removals of Salvadorans sank 18% in fiscal 2018."},
		{"2018-12-20", "ICE saw removals of Hondurans climb 29% in fiscal 2018."},
		// the rest of the run's probes, read again at the end of the round
		{"2018-12-20", "Of those arrested by ICE in fiscal 2018, 138,117 were criminals."},
		{"2018-12-20", "ICE's criminal arrests rose to 138,117 in fiscal 2018."},
		{"2018-12-20", "ICE arrested 105,140 convicted immigrants in fiscal 2018."},
		{"2018-12-20", "ICE arrested 127,992 criminals in fiscal 2017, up from 101,018 in fiscal 2016."},
		{"2018-12-20", "ICE arrested 10,125 more criminals in fiscal 2018 than in fiscal 2017."},
		{"2018-12-20", "ICE's arrests of people already in jail rose 13 percent in fiscal 2018, to 108,637."},
		{"2018-12-20", "ICE deported 180,000 people by air in fiscal 2018."},
		{"2018-12-20", "ICE removed 170,000 people who had been deported before in fiscal 2018."},
		{"2018-12-20", "ICE's ERO made 158,581 arrests, and HSI made another 34,104 criminal arrests, for a total of 192,685 ICE arrests in fiscal 2018."},
		{"2018-12-20", "Immigration judges ordered 200,000 people deported in fiscal 2018, while ICE removed 256,085."},
		{"2018-12-20", "ICE's Seattle office arrested 3,067 people in fiscal 2018, about 3,400 the year before and 2,698 in fiscal 2016."},
		{"2018-12-20", "ICE's prison- and jail-based arrests rose to 113,520 in fiscal 2018."},
		// J: a window after a superlative
		{"2019-06-20", "ICE made 13,073 arrests in May 2019, the most in a month since August 2018."},
		{"2018-10-15", "ICE's 13,718 arrests in August were the most in a month since May."},
		{"2018-02-15", "ICE's Seattle office made 3,376 arrests in fiscal 2017, the most in a year since fiscal 2014."},
	} {
		noContradictionOn(t, eng, Input{Date: tc.date, Text: tc.text})
	}
}

// TestStressRun29: probes of stress run 29 (testdata/claims/
// stress-probes-s29.md) contradicted though true: the earlier year of
// another comparison taken as a change's baseline, a claim the sentence
// rejects, jail and community arrest wordings, "the same period" of a year
// read as the whole year. And its false supports: a decrease the records
// reverse was supported by a rise of the same size (the right values:
// +10.5 % and +15,111 arrests, +13.3 % removals in FY2018, `icestat count
// arrests --fy 2017..2018 --by fy`).
func TestStressRun29(t *testing.T) {
	eng := corpusEngine(t)
	for _, tc := range []struct{ date, text string }{
		{"2019-03-01", "After falling from fiscal 2016 to fiscal 2017, ICE removals rose 13 percent in fiscal 2018."},
		{"2019-03-01", "The San Antonio field office removed fewer people in fiscal 2017 than in fiscal 2016, but removals there were up in fiscal 2018."},
		{"2019-03-01", "While arrests by ICE's Los Angeles office rose in fiscal 2017 from fiscal 2016, they fell 7 percent in fiscal 2018."},
		{"2017-12-20", "It is false that ICE removals were up in fiscal 2017 compared with fiscal 2016."},
		{"2017-12-20", "FALSE: ICE removed 250,000 people in fiscal 2017."},
		{"2017-12-20", "ICE removals were up in fiscal 2017 from fiscal 2016, the White House claimed; the agency's data show a 6 percent drop."},
		{"2018-12-20", "ICE arrested 113,520 people handed over by local law enforcement and prisons in fiscal 2018."},
		{"2018-12-20", "ICE made 113,520 arrests at jails and prisons in fiscal 2018."},
		{"2018-12-20", "The Dallas field office's arrests at jails and prisons totaled 16,325 in fiscal 2018."},
		{"2018-12-20", "ICE's Boston field office arrested 1,864 people at homes, workplaces and on the street in fiscal 2018."},
		{"2018-12-20", "ICE's Boston field office made 1,864 arrests out in the community in fiscal 2018."},
		{"2018-06-15", "The San Francisco office removed 4,324 people in fiscal 2018, up from 4,138 in the same period of fiscal 2017."},
		{"2018-06-15", "ICE's Salt Lake City office made 3,813 arrests in fiscal 2018, up from 3,292 in the same period of fiscal 2017."},
	} {
		noContradictionOn(t, eng, Input{Date: tc.date, Text: tc.text})
	}
	for _, tc := range []struct{ date, text, claim string }{
		{"2018-12-20", "ICE arrests fell 11 percent in fiscal 2018.", "11 percent"},
		{"2018-12-20", "ICE arrests dropped by 15,111 in fiscal 2018.", "15,111"},
		{"2018-12-20", "ICE removals were down in fiscal 2018 from fiscal 2017.", "were down"},
	} {
		rep, err := Check(context.Background(), eng, Input{Date: tc.date, Text: tc.text})
		if err != nil {
			t.Fatal(err)
		}
		if e := entryFor(rep, tc.claim); e == nil || e.Verdict == Supported {
			t.Errorf("%q: %q %v, want not supported (the records show a rise)", tc.text, tc.claim, e)
		}
	}
}

// TestStressRun30: the probes of stress run 30 (testdata/claims/
// stress-probes-s30.md) contradicted though true, one per cause: a second
// change took the first change's baseline; "from A percent to B percent"
// read A as a change, or the range after B as B's year; a detention change
// against "a year earlier" left undated; a share's earlier value ("from 61
// percent a year earlier") read in the later year; a sequence of values over
// a span read as a range; "40 percent" for +44.0 %. The values are the
// probe file's, from `icestat count` commands it lists (arrests FY2016-18
// 110,104 / 143,470 / 158,581; Mexico's removals share 62.4 % and 55.1 %;
// detained 39,703 on 2025-01-16, 68,990 on 2026-01-08, 70,766 on 2026-02-02).
func TestStressRun30(t *testing.T) {
	eng := corpusEngine(t)
	for _, tc := range []struct{ date, text string }{
		{"2018-12-20", "ICE made 158,581 arrests in fiscal 2018, an 11 percent increase over fiscal 2017's 143,470 and a 44 percent increase over fiscal 2016."},
		{"2018-12-20", "The San Antonio office removed 62,363 people in fiscal 2018, 7,050 more than in fiscal 2017 but 10,234 fewer than in fiscal 2016."},
		{"2018-12-20", "ICE removals in fiscal 2018 were 13 percent higher than in fiscal 2017 and 7 percent higher than in fiscal 2016."},
		{"2019-07-20", "ICE's Newark office arrested 1,483 people in the first half of fiscal 2019, 259 fewer than in the first half of fiscal 2018 and 96 more than in the first half of fiscal 2017."},
		{"2026-01-20", "ICE held 68,990 people as of Jan. 8, 3,855 more than on Nov. 20 and 29,287 more than on Jan. 16, 2025."},
		{"2018-12-20", "Mexico's share of ICE removals fell from 62 percent in fiscal 2016 to 55 percent in fiscal 2018."},
		{"2018-12-20", "Atlanta's share of ICE arrests rose from 8 percent in fiscal 2016 to nearly 10 percent in fiscal 2018."},
		{"2018-12-20", "Mexico's share of ICE removals dropped from 62 percent to 55 percent between fiscal 2016 and fiscal 2018."},
		{"2018-12-20", "Mexico's share of ICE removals went from 62 percent to 55 percent over fiscal 2016-2018."},
		{"2026-02-20", "ICE detention reached 70,766 on Feb. 2, up 78 percent from 39,703 a year earlier."},
		{"2026-01-20", "ICE held 68,990 people as of Jan. 8, 29,287 more than a year earlier."},
		{"2018-12-20", "Mexicans' share of ICE arrests slipped to 59 percent in fiscal 2018 from 61 percent a year earlier."},
		{"2018-12-20", "Mexico's share of ICE removals dropped to 55 percent in fiscal 2018 from 62 percent two years earlier."},
		{"2018-12-20", "ICE arrests went from 110,104 to 143,470 to 158,581 over fiscal 2016-2018."},
		{"2025-10-15", "ICE's book-ins went from 28,880 to 36,704 to 31,262 over May-July 2025."},
		{"2018-12-20", "ICE arrests rose 40 percent from fiscal 2016 to fiscal 2018."},
	} {
		noContradictionOn(t, eng, Input{Date: tc.date, Text: tc.text})
	}
	// and the right readings support them
	checkReadingCases(t, eng, []readingCase{
		{"a second change's own baseline", "2018-12-20", "ICE made 158,581 arrests in fiscal 2018, an 11 percent increase over fiscal 2017's 143,470 and a 44 percent increase over fiscal 2016.", "44 percent", Supported, 0},
		{"the earlier share of from-to", "2018-12-20", "Mexico's share of ICE removals fell from 62 percent in fiscal 2016 to 55 percent in fiscal 2018.", "62 percent", Supported, 0},
		{"a detention change from a year earlier", "2026-02-20", "ICE held 70,766 people on Feb. 2, up 78 percent from a year earlier.", "78 percent", Supported, 0},
		{"an earlier share a year earlier", "2018-12-20", "Mexicans' share of ICE arrests slipped to 59 percent in fiscal 2018 from 61 percent a year earlier.", "61 percent", Supported, 0},
		// Georgia in a list of countries is the country, not the state
		// a record of all time above the stored editions only: August
		// 2019 averaged 55,238.5 (2019-10-06 edition, Detention FY19 L59)
		{"a record before the archive", "2025-06-10", "ICE held 51,302 people as of June 5, the highest number ever recorded.", "the highest number ever", NotCheckable, 0},
		{"Georgia the country", "2018-12-20", "ICE flew deportees to Albania, Georgia and Ghana in fiscal 2018, but Mexico remained first with 141,045 removals, followed by Guatemala (50,390) and Honduras (28,894).", "141,045", Supported, 141045},
	})
}

// TestStressRun31: the probes of stress run 31 (testdata/claims/
// stress-probes-s31.md), on the tenth round's own rules, contradicted though
// true: a total over "fiscal years 2017-2018" read as its first year; an
// earlier share "down from 57 percent a year earlier" read as a change; a
// second change in "That was ... and ..." given the first's baseline; "up 7
// percent from fiscal year 2016" after "from the previous fiscal year";
// "rose 10 percent" for +11.1 %. The values are the probe file's `icestat
// count` results (Haitian removals FY2017-18 6,512; Mexico's share of
// removals FY2017 56.9 %; Atlanta arrests FY2016 8,866; removals FY2016
// 240,255; Houston arrests FY2016-18 +11.1 %).
func TestStressRun31(t *testing.T) {
	eng := corpusEngine(t)
	for _, tc := range []struct{ date, text string }{
		{"2018-12-20", "ICE deported 6,512 Haitians in fiscal years 2017-2018."},
		{"2018-12-20", "ICE removed 6,512 Haitians during FY2017-FY2018."},
		{"2018-12-20", "ICE removed 6,512 Haitians in fiscal 2017 and 2018."},
		{"2018-12-20", "Mexicans made up 55 percent of ICE removals in fiscal 2018, down from 57 percent a year earlier."},
		{"2018-12-20", "The Atlanta office made 15,189 arrests in fiscal 2018. That was 1,638 more than in fiscal 2017 and 6,323 more than in fiscal 2016."},
		{"2018-12-20", "ICE made 158,581 arrests in fiscal 2018. It was an 11 percent increase over fiscal 2017 and a 44 percent increase over fiscal 2016."},
		{"2018-12-20", "ICE removed 256,085 people in fiscal 2018, up 13 percent from the previous fiscal year and up 7 percent from fiscal year 2016."},
		{"2018-12-20", "The Houston office's arrests rose 10 percent from fiscal 2016 to fiscal 2018."},
	} {
		noContradictionOn(t, eng, Input{Date: tc.date, Text: tc.text})
	}
	checkReadingCases(t, eng, []readingCase{
		{"a span of two fiscal years", "2018-12-20", "ICE deported 6,512 Haitians in fiscal years 2017-2018.", "6,512", Supported, 6512},
		{"an earlier share a year earlier", "2018-12-20", "Mexicans made up 55 percent of ICE removals in fiscal 2018, down from 57 percent a year earlier.", "57 percent", Supported, 0},
		{"the next sentence's second change", "2018-12-20", "The Atlanta office made 15,189 arrests in fiscal 2018. That was 1,638 more than in fiscal 2017 and 6,323 more than in fiscal 2016.", "6,323", Supported, 6323},
	})
}

// TestStressRun31DatedBaseline: the earlier figure of a detention change
// written with its date ("from the Jan. 16, 2025, count of 39,703", "from
// the count of 39,703 on Jan. 16, 2025"): stress run 31, cause 5
// (testdata/claims/stress-probes-s31.md), where the neighbour's "late
// November" or the baseline's own date was tested instead, contradicting
// a true +74 percent. Right reading: 68,990 (2026-01-08) against 39,703
// (2025-01-16), +73.8 % (`icestat count detained --date 2026-01-08`,
// `--date 2025-01-16`).
func TestStressRun31DatedBaseline(t *testing.T) {
	checkReadingCases(t, corpusEngine(t), []readingCase{
		{"the date before the count", "2026-01-20", "ICE held 68,990 people as of Jan. 8, up 74 percent from the Jan. 16, 2025, count of 39,703 and 6 percent from late November.", "74 percent", Supported, 0},
		{"the date after the count", "2026-01-20", "ICE held 68,990 people as of Jan. 8, up 74 percent from the count of 39,703 on Jan. 16, 2025, and 6 percent from late November.", "74 percent", Supported, 0},
		{"a bare figure with its date", "2026-01-20", "ICE held 68,990 people as of Jan. 8, up 74 percent from 39,703 on Jan. 16, 2025.", "74 percent", Supported, 0},
		// every part stated, and no reading matches: +73.8 %, not +64 %
		{"a wrong change from a dated count", "2026-01-20", "ICE held 68,990 people as of Jan. 8, up 64 percent from the count of 39,703 on Jan. 16, 2025.", "64 percent", Contradicted, 0},
	})
}

// TestStressRun31CityMeasure: a city written right before the measure
// ("Chicago arrests") is that city's area, never the nation (stress run
// 31: "Chicago arrests rose more than 30 percent from fiscal 2016 to
// fiscal 2018" was supported as nationwide +44.0 %). By `python3 -c
// "import expected as e; e.group({'ds':'arrests','fy':FY},'aor')"` in
// testdata/claims: Chicago 7,055 (FY2016), 9,241 (FY2018), +31.0 %;
// Dallas 9,634 and 17,644, +83.1 %.
func TestStressRun31CityMeasure(t *testing.T) {
	checkReadingCases(t, corpusEngine(t), []readingCase{
		{"Chicago arrests", "2018-12-20", "Chicago arrests rose more than 30 percent from fiscal 2016 to fiscal 2018.", "more than 30 percent", Supported, 0},
		{"Dallas arrests", "2018-12-20", "Dallas arrests rose more than 80 percent from fiscal 2016 to fiscal 2018.", "more than 80 percent", Supported, 0},
		// Houston 12,896 and 14,333, +11.1 % (the nation's +44.0 % was read)
		{"Houston arrests", "2018-12-20", "Houston arrests rose 11 percent from fiscal 2016 to fiscal 2018.", "11 percent", Supported, 0},
	})
}

// TestStressRun31SecondChange: the second percent of "up A percent from X
// and B percent from Y" is a change with its own baseline, not a share
// (stress run 31: read as a share of no class). By `python3 -c "import
// expected as e; e.count({'ds':DS,'fy':FY})"` in testdata/claims: removals
// 240,255 (FY2016), 226,119 (FY2017), 256,085 (FY2018), so +6.6 % over
// FY2016; arrests 110,104, 143,470, 158,581, so +10.5 % over FY2017.
func TestStressRun31SecondChange(t *testing.T) {
	checkReadingCases(t, corpusEngine(t), []readingCase{
		{"vs. a year", "2018-12-20", "ICE removed 256,085 people in FY2018, up 13% vs. FY2017 and 7% vs. FY2016.", "7%", Supported, 0},
		{"from a year", "2018-12-20", "ICE made 158,581 arrests in fiscal 2018, up 44 percent from fiscal 2016 and 11 percent from fiscal 2017.", "11 percent", Supported, 0},
		// every part stated: +10.5 %, not +21 %
		{"a wrong second change", "2018-12-20", "ICE made 158,581 arrests in fiscal 2018, up 44 percent from fiscal 2016 and 21 percent from fiscal 2017.", "21 percent", Contradicted, 0},
	})
}

// TestStressRun31LeadingYearEarlier: "A year earlier, it held N" after a
// sentence dated "as of Jan. 8" is that day a year before (stress run 31:
// read as of 2026-01-08, against 68,990). Cells by `python3
// testdata/claims/expected.py --cells
// 2025-01-17_FY25_detentionStats01162025.xlsx "Detention FY25" 20:20`:
// F20 (B20 + D20) = 14,557 + 25,146 = 39,703, the edition as of
// 2025-01-16, the first after 2025-01-08.
func TestStressRun31LeadingYearEarlier(t *testing.T) {
	checkReadingCases(t, corpusEngine(t), []readingCase{
		{"a year earlier, it held", "2026-01-20", "ICE held 68,990 people as of Jan. 8. A year earlier, it held 39,703, so detention was up 74 percent.", "39,703", Supported, 39703},
	})
}

// TestStressRun31OverYears: "over two years" measures a change from the
// year that many years before the claim's (stress run 31: "Houston
// arrests rose 10 percent over two years" was read FY2018 against FY2017,
// and supported by the nation's +10.5 %). Houston 12,896 (FY2016) and
// 14,333 (FY2018), +11.1 %, by expected.py as in TestStressRun31CityMeasure.
func TestStressRun31OverYears(t *testing.T) {
	checkReadingCases(t, corpusEngine(t), []readingCase{
		// Dallas 9,634 and 17,644, +83.1 % (TestStressRun31CityMeasure)
		{"over two years", "2018-12-20", "Dallas arrests rose 83 percent over two years.", "83 percent", Supported, 0},
		{"over the past two years", "2018-12-20", "The Houston office's arrests rose 11 percent over the past two years.", "11 percent", Supported, 0},
	})
}

// TestStressRun32: probes of stress run 32 (testdata/claims/
// stress-probes-s32.md), true figures contradicted by the eleventh round's
// new contradiction rules at d1ac4f1: a detained count in a month named
// with its year (other tables of ICE's count, a part of the people held,
// another source's estimate, a month naming another event), a record of
// one month of the year, and "between then and" after a span. The first
// rule no longer contradicts, the month records are not tested, and "then"
// is read only after a single day. The right values are beside each probe
// in the probes file.
func TestStressRun32(t *testing.T) {
	eng := corpusEngine(t)
	for _, tc := range []struct{ date, text string }{
		{"2025-07-20", "As of June 2025, ICE was holding 60,251 people in detention."},
		{"2025-07-20", "By June 2025, ICE's detention population had climbed past 56,000, and by the end of the month, ICE data show, 60,251 were held."},
		{"2026-01-20", "Detention has soared since June 2025, when ICE first held more than 60,000 people."},
		{"2025-07-20", "As of June 2025, 54,148 of the people in ICE detention had been held for less than 180 days."},
		{"2024-09-10", "As of August 2024, 34,778 of those in ICE detention had been held for less than six months."},
		{"2024-09-10", "As of August 2024, the total ICE detention population stood at approximately 41,000, according to the National Immigrant Justice Center's estimate."},
		{"2025-07-20", "As of June 2025, advocates estimated that ICE was holding more than 60,000 people."},
		{"2025-07-20", "As of June 2025, ICE and CBP together held more than 60,000 people."},
		{"2026-05-01", "ICE's detention population, about 61,000, is the highest since the record set in February 2026."},
		{"2026-06-01", "ICE is holding more than 60,000 people, a level that was a record when first reached in June 2025."},
		{"2026-04-20", "ICE held 60,311 people on April 9, the highest April count on record."},
		{"2026-05-01", "ICE is holding about 61,000 people, the most ever for the month of May."},
		{"2017-05-17", "ICE arrested 4,083 people between Jan. 20 and Jan. 31. Between then and April 29, it arrested 37,925 more."},
	} {
		noContradictionOn(t, eng, Input{Date: tc.date, Text: tc.text})
	}
}

// TestStressRun33: probes of stress run 33 (testdata/claims/
// stress-probes-s33.md), true figures contradicted by the twelfth round's
// rules before their mends, or by older readings they met: "during that
// period" with a year (the year dropped; the earlier days taken as a count's
// baseline), "the 2016 period" beside the span it refers to, "than in the
// corresponding period of 2016", a change whose noun is followed by the
// span it is measured over, "the first time ... since 2019" and an
// attributed "first time", and "has since fallen to" after an average.
// Counts by expected.py (arrests by AOR and window); the detained count is
// 'Detention FY26'!F20 of the 2026-04-10 edition.
func TestStressRun33(t *testing.T) {
	checkReadingCases(t, corpusEngine(t), []readingCase{
		// Detroit AOR arrests 2017-01-20..04-29: 903 (2016: 589)
		{"this year, during that period, the office", "2017-06-15",
			"ICE agents in the Detroit area made 589 arrests between Jan. 20 and April 29, 2016. This year, the office made 903 arrests during that period.", "903", Supported, 903},
		// national arrests 2016-01-24..04-30 (ICE's window): 30,028
		{"the 2016 period beside the span", "2017-05-17",
			"ICE arrested 41,426 people between January 22 and April 29, 2017, compared with 30,028 during the 2016 period.", "30,028", Supported, 30028},
		// Chicago AOR: 2,615 against 2,013, +29.9 %
		{"than in the corresponding period of 2016", "2017-06-15",
			"ICE's Chicago office made 2,615 arrests between Jan. 20 and April 29, 2017. That was 30 percent more than in the corresponding period of 2016.", "30 percent", Supported, 0},
		// 41,426 against 30,028, +38.0 %
		{"an increase from a span, in the sentence of the count", "2017-05-17",
			"ICE arrested 41,426 people between January 22 and April 29, 2017, a 38 percent increase from January 24, 2016 to April 30, 2016.", "38 percent", Supported, 0},
		// April against January (12,372 against 9,575): not a reading
		// the checker makes; never the span against itself
		{"from one month to another", "2017-05-17",
			"ICE arrests rose 29 percent from January to April 2017.", "29 percent", NotCheckable, 0},
		{"a span written as the change's own period", "2017-06-15",
			"Deportations from the Detroit area saw a 58 percent rise from Jan. 20 to April 29, compared with 2016.", "58 percent", NotCheckable, 0},
		// the 2025 editions before June 5 stay below 50,000
		{"the first time since a year", "2025-06-24",
			"ICE held 51,302 people on June 5, the first time detention topped 50,000 since 2019.", "the first time", "", 0},
		{"an attributed first time", "2025-06-24",
			"ICE held 51,302 people on June 5, which advocates called the first time detention had topped 50,000.", "the first time", "", 0},
		// the latest edition, not January's average
		{"has since fallen to, after an average", "2026-04-20",
			"ICE's detention population averaged nearly 72,000 in January and has since fallen to about 60,300.", "about 60,300", Supported, 60311},
	})
}

// TestStressRun34: probes of stress run 34 (testdata/claims/
// stress-probes-s34.md), true figures contradicted at its start: a first
// time with its window after the threshold ("in the past five years"), "has
// since fallen below" after an average, "the same 2016 period", "the
// comparable 2016 period" and "the prior-year period", CBP's own counts
// (removals, people it holds) read as ICE's, "the year before Trump took
// office" read as the fiscal year in force, a forecast, a part "including
// 24,899 Mexicans" read as the whole, and a change "a year earlier" read as
// the year's own. Counts by expected.py (arrests by AOR, window and year).
func TestStressRun34(t *testing.T) {
	checkReadingCases(t, corpusEngine(t), []readingCase{
		{"a first time within the past five years", "2025-06-24",
			"ICE held 51,302 people on June 5, the first time detention topped 50,000 in the past five years.", "the first time", "", 0},
		{"has since fallen below, after an average", "2026-04-20",
			"ICE's average daily population hit 71,929 in January and has since fallen below 61,000.", "below 61,000", NotCheckable, 0},
		// Detroit AOR arrests 2016-01-20..04-29: 589
		{"the same 2016 period", "2017-06-15",
			"ICE's Detroit office made 903 arrests between Jan. 20 and April 29, 2017, compared with 589 in the same 2016 period.", "589", Supported, 589},
		// Chicago AOR arrests 2016-01-20..04-29: 2,013
		{"the comparable 2016 period", "2017-06-15",
			"ICE's Chicago office made 2,615 arrests between Jan. 20 and April 29, 2017. In the comparable 2016 period, the office made 2,013 arrests.", "2,013", Supported, 2013},
		{"CBP's own removals", "2018-01-10",
			"ICE removed 226,119 people in fiscal 2017. CBP removed 300,000 people in fiscal 2016.", "300,000", NotCheckable, 0},
		{"people CBP holds", "2025-06-24",
			"ICE held 56,397 people on June 20. On that day, CBP held 45,000 people in its facilities.", "45,000", NotCheckable, 0},
		// calendar 2016's removals (246,641), not FY2017's carried
		{"the year before an event", "2018-01-10",
			"ICE removed 226,119 people in fiscal 2017. The year before Trump took office, ICE deported 246,641 people.", "246,641", NotCheckable, 0},
		{"a forecast", "2019-01-15",
			"ICE removed 256,085 people in fiscal 2018, short of the 310,000 removals the agency had forecast.", "310,000", NotCheckable, 0},
		// San Diego's Mexicans (24,899), a part of its 26,917
		{"including a part of a kind not read", "2019-01-15",
			"ICE's San Diego office removed 26,917 people in fiscal 2018, including 24,899 Mexicans.", "24,899", NotCheckable, 0},
		// FY2017 against FY2016 arrests (143,470 against 110,104, +30.3 %)
		{"a change a year earlier", "2019-01-15",
			"ICE arrests grew 11 percent in fiscal 2018, compared with 30 percent growth a year earlier.", "30 percent", Supported, 0},
		// Chicago AOR arrests 2016-01-20..04-29: 2,013
		{"the prior-year period", "2017-06-15",
			"ICE's Chicago office made 2,615 arrests between Jan. 20 and April 29, 2017, compared with 2,013 in the prior-year period.", "2,013", Supported, 2013},
	})
}
