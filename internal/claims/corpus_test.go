package claims

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/icestat/icestat/internal/detstats"
	"github.com/icestat/icestat/internal/fixture"
	"github.com/icestat/icestat/internal/ingest"
	"github.com/icestat/icestat/internal/query"
	"github.com/icestat/icestat/internal/store"
)

// The claims corpus (testdata/claims/corpus) holds verbatim sentences
// from published articles, reports and press releases, each with its source,
// date, context and expected verdict. The expected verdicts and values are
// computed by testdata/claims/expected.py straight from the raw files of
// ../shared/data (zcat-style parsing of the pipe-delimited FOIA rows, the
// detention workbooks' cells through zipfile + xml.etree), never by icestat;
// see testdata/claims/README.md.
//
// Scoring, per sentence: the checker's verdict for a sentence is
// "contradicted" when any of its figures is contradicted, "supported" when
// some figure is supported and none contradicted, "not checkable" otherwise.

// corpusMinAccuracy is the share of corpus sentences the checker must judge
// right. It was 0.30 when the corpus was committed (60 of 200, with 44
// false contradictions); with the readings of issue 16 the checker reaches
// 0.73 (146 of 200, two false contradictions); after the change nouns with
// hedges ("an uptick of nearly 7,000") and open spans ("since 2016" states
// no end) it reaches 0.74 (148 of 200, no false contradiction); with the
// article's date as a period, detention by arresting agency, sentences that
// refer to the figures before ("That's a 36.8 percent jump"), the one area a
// figure is exactly, ranks among areas, "each" of several places, rates and
// percentage points it reaches 0.935 (187 of 200, 15 of 17 real errors
// caught, no false contradiction). A "more than N" lower bound is no longer
// supported by a count above 2N (a wider population), which costs one row
// that was right by accident ("more than 10,000 arrests in our area" for the
// national 158,581): 0.930 (186 of 200). With readings in the edition out
// on the article's date and the rules of the third round (December 2026)
// it reaches 0.940 (188 of 200). The floor lets one sentence more or less
// pass. It holds for the first 200 rows (no "set"); each later set that
// is no longer held out has its own floor (corpusSetMinAccuracy).
const corpusMinAccuracy = 0.935

// corpusSetMinAccuracy is the floor of each later set of rows once it is a
// tuning set (held_out false). Measured unseen, then after tuning:
// fresh-2026-12 0.602 (103 of 171, two false contradictions) -> 0.801 (137);
// fresh-2026-12b 0.610 (47 of 77, five false contradictions) -> 0.831 (64);
// fresh-2026-12c 0.688 (55 of 80, two false contradictions) -> 0.787 (63);
// fresh-2026-12d 0.676 (92 of 136, three false contradictions) -> 0.757
// (103), fresh-2026-12e 0.717 (109 of 152, two false contradictions) ->
// 0.757 (115), fresh-2026-12f 0.695 (114 of 164, six false contradictions)
// -> 0.726 (119), fresh-2026-12g 0.831 (128 of 154, two false
// contradictions) -> 0.844 (130), none of them with a false contradiction
// after. Floors raised in the fifth round (December 2026) to where the sets
// stood at its start, each letting one sentence more or less pass: 12 143,
// 12b 65, 12c 64, 12d 106, 12e 129, 12f 144, 12g 137; the sets measured
// unseen in the fourth round became tuning sets then: fresh-2026-12h 0.861
// (62 of 72, two false contradictions) -> 0.889 (64), fresh-2026-12h-es
// 0.531 (34 of 64, one) -> 0.547 (35), fresh-2026-12i 0.441 (41 of 93,
// one) -> 0.441 (41); at the end of the fifth round, each floor one
// sentence below where its set stands (12i: 0.677 with threat levels,
// facility types and guaranteed minimums); fresh-2026-12h-es 0.812 (52 of
// 64) once Spanish sentences are read through an English gloss (spanish.go).
// Sixth round (2026-12-05): the fifth round's held-out sets, measured
// unseen, became tuning sets: fresh-2026-12j 0.815 (75 of 92, no false
// contradiction) -> 0.859 (79), fresh-2026-12k 0.917 (33 of 36, none) ->
// 0.917, fresh-2026-12l 0.611 (44 of 72, two) -> 0.681 (49); 12i -> 0.742
// (69); every floor again one sentence below where its set stands.
// Seventh round (2026-12-05): the sixth round's held-out sets, measured
// unseen then, and fresh-2026-12o, collected this round and measured unseen
// once, became tuning sets: fresh-2026-12m 0.824 (75 of 91, two false
// contradictions) -> 0.901 (82), fresh-2026-12n 0.914 (85 of 93, one) ->
// 0.957 (89), fresh-2026-12o 0.595 (50 of 84, none) -> 0.643 (54); 12j
// 0.870 (80), 12l 0.694 (50). Eighth round (2026-12-05): fresh-2026-12p,
// collected from analysts' and journalists' prose kept in GitHub
// repositories (the code corpus) and measured unseen once, 0.932 (69 of 74,
// no false contradiction, its one real error caught) -> 0.946 (70), became a
// tuning set; 12b 0.883 (68), 12e 0.875 (133), 12j 0.891 (82), 12o 0.750
// (63); every floor one sentence below. Ninth round: fresh-2026-12q,
// congressional text and broadcast transcripts, 0.841 (69 of 82, none) ->
// 0.902 (74). Tenth round: fresh-2026-12r, 70 sentences from the pages
// corpus chosen to be checkable, measured unseen at bf98822: 0.800 (56 of
// 70, no false contradiction, 0 of its 3 real errors caught) -> 0.814 (57).
// Floors raised at the end of the tenth round to one sentence below where
// each set stood (12 148, 12c 66, 12d 113, 12e 137, 12f 148, 12i 81, 12k 33,
// 12l 52, 12m 83, 12o 68, 12r 56). No set is held out now. Eleventh
// round (2026-12-05): 1,862 of 2,057 (0.905); floors raised again to one
// sentence below where each set stands. Twelfth round (2026-12-06): the
// held-out sets fresh-2026-12s (81 sentences, 69 of them Spanish,
// Portuguese or French) and fresh-2026-12t (98, 65 in six other languages),
// measured unseen at fc37d84 (corpus at 39eef76): 0.457 (37 of 81) and
// 0.459 (45 of 98), no false contradiction, 0 of their 1 and 6 real errors
// caught; then tuning sets: 0.556 (45) and 0.531 (52) with Portuguese read
// through a gloss of its own. Floors one sentence below where each set
// stands (12 153, 12e 140, 12s 44, 12t 51). Thirteenth round (2026-12-06):
// fresh-2026-12v (75 sentences: 41 Korean, 14 Chinese), measured unseen at
// 2c451dc: 0.293 (22 of 75), no false contradiction, 0 of its 3 real errors;
// fresh-2026-12u (80: 41 Spanish, 16 Portuguese, 11 Chinese), measured
// unseen at b85acf6: 0.625 (50 of 80), no false contradiction, 0 of 1; then
// both tuning sets (French, German, Italian, Korean and Chinese glosses).
// Floors one sentence below where each set stands. Fourteenth round
// (2026-12-06): fresh-2026-12w (78 sentences in eight languages, 33
// Spanish), measured unseen at 5c48db8: 0.615 (48 of 78), no false
// contradiction, 0 of 4 real errors; fresh-2026-12x (87: 38 Korean, 20
// Chinese, 7 Arabic), measured unseen at e558a3f: 0.621 (54 of 87), no
// false contradiction, 0 of 1; then both tuning sets (Arabic and Japanese
// glosses): 0.808 (63) and 0.816 (71). Floors one sentence below.
// Fifteenth round (2026-12-06): fresh-2026-12y (104 sentences in fourteen
// languages), measured unseen at ee9cb7a: 0.606 (63 of 104), no false
// contradiction, 0 of 5 real errors; then a tuning set (Gujarati, Hindi,
// Telugu, Russian, Turkish, Vietnamese and Dutch glosses; ICE's published
// removals table): 0.769 (80). Floors one sentence below.
// Sixteenth round (2026-12-06): fresh-2026-12z (89 sentences in eleven
// languages, 21 English, 20 Italian, 16 Indonesian), measured unseen at
// 9527599: 0.663 (59 of 89), no false contradiction, 0 of 7 real errors; then
// a tuning set (Indonesian, Polish, Greek, Russian and Ukrainian glosses):
// 0.764 (68). Floors one sentence below.
// Seventeenth round (2026-12-06): fresh-2026-12aa (106 sentences in eighteen
// languages, twelve new; 84 of them not checkable), measured unseen at
// 0182a90 and c40e161: 0.821 (87 of 106), no false contradiction, 0 of 4 real
// errors; then a tuning set: 0.925 (98). Floors one sentence below.
// Eighteenth round (2026-12-06): fresh-2026-12ab (103 sentences in nine
// languages; 89 not checkable), measured unseen at f3c5686 and d33e1ee: 0.874
// (90), no false contradiction, 0 of 4 real errors; fresh-2026-12ac (89 in
// eleven; 84 not checkable), at f3c5686 and 5363750: 0.944 (84), the score of
// answering "not checkable" throughout. Then tuning sets: 0.951 (98) and
// 0.966 (86). Floors one sentence below.
// Nineteenth round (2026-12-06): fresh-2026-12ad (77 sentences in six
// languages; 44 not checkable), measured unseen at a6269d0: 0.753 (58), no
// false contradiction, 2 of 6 real errors; fresh-2026-12ae (99, 70 of them
// Korean; 40 not checkable), at 64b2155: 0.545 (54), 0 of 12. Then tuning
// sets: 0.844 (65) and 0.717 (71). The twentieth round's fresh-2026-12af
// (102, Spanish, Portuguese, English, German, French; 53 not checkable),
// measured unseen at 0153ec8: 0.725 (74), 0 of 2; fresh-2026-12ag (71, eleven
// other languages; 43 not checkable), at b5e21fb: 0.620 (44), 0 of 1. Then
// tuning sets: 0.804 (82) and 0.761 (54). The twenty-first round's
// fresh-2026-12ah (73, Spanish, Portuguese, English, German, Italian,
// French; 23 not checkable), measured unseen at 02849f6: 0.712 (52), 0 of
// 3; fresh-2026-12ai (98, seventeen other languages; 61 not checkable),
// at 02849f6: 0.776 (76), 0 of 3. Then tuning sets: 0.822 (60) and 0.837
// (82); 12ag rose to 0.845 (60) with the round's figures asked by value.
// The twenty-second round's fresh-2026-12aj (100, Spanish, French,
// Portuguese, English, Italian; 57 not checkable), measured unseen at
// 6ad76cf: 0.750 (75), 0 of 5; fresh-2026-12ak (75, thirteen languages
// other than those six and German; 64 not checkable), at 38b4b75: 0.893
// (67), 0 of 2. Then tuning sets: 0.890 (89) and 0.973 (73). The round's
// third set, fresh-2026-12al (91, ten languages; 87 not checkable), at
// 67d2d5e: 0.934 (85), no real errors; "just over" was then read as its own
// comparator. Floors one sentence below. The twenty-fourth round's sets
// and those after (testdata/claims/README.md gives each one's first
// measure and tuning).
var corpusSetMinAccuracy = map[string]float64{
	"fresh-2026-12":     0.906,
	"fresh-2026-12b":    0.896,
	"fresh-2026-12c":    0.85,
	"fresh-2026-12d":    0.889,
	"fresh-2026-12e":    0.953,
	"fresh-2026-12f":    0.926,
	"fresh-2026-12g":    0.935,
	"fresh-2026-12h":    0.902,
	"fresh-2026-12h-es": 0.875,
	"fresh-2026-12i":    0.87,
	"fresh-2026-12j":    0.923,
	"fresh-2026-12k":    0.944,
	"fresh-2026-12l":    0.736,
	"fresh-2026-12m":    0.934,
	"fresh-2026-12n":    0.978,
	"fresh-2026-12o":    0.869,
	"fresh-2026-12p":    0.945,
	"fresh-2026-12q":    0.939,
	"fresh-2026-12r":    0.857,
	"fresh-2026-12s":    0.753,
	"fresh-2026-12t":    0.816,
	"fresh-2026-12u":    0.862,
	"fresh-2026-12v":    0.706,
	"fresh-2026-12w":    0.833,
	"fresh-2026-12x":    0.873,
	"fresh-2026-12y":    0.846,
	"fresh-2026-12z":    0.797,
	"fresh-2026-12aa":   0.952,
	"fresh-2026-12ab":   0.941,
	"fresh-2026-12ac":   0.955,
	"fresh-2026-12ad":   0.831,
	"fresh-2026-12ae":   0.707,
	"fresh-2026-12af":   0.794,
	"fresh-2026-12ag":   0.831,
	"fresh-2026-12ah":   0.808,
	"fresh-2026-12ai":   0.826,
	"fresh-2026-12aj":   0.88,
	"fresh-2026-12ak":   0.96,
	"fresh-2026-12al":   0.934,
	"fresh-2026-12am":   0.892,
	"fresh-2026-12an":   0.762,
	"fresh-2026-12ao":   0.77,
	"fresh-2026-12ap":   0.719,
	"fresh-2026-12aq":   0.684,
	"fresh-2026-12ar":   0.919,
	"fresh-2026-12as":   0.8,
	"fresh-2026-12at":   0.795,
	"fresh-2026-12au":   0.878,
	"fresh-2026-12av":   0.833,
	"fresh-2026-12aw":   0.723,
	"fresh-2026-12ax":   0.967,
	"fresh-2026-12ay":   0.902,
	"fresh-2026-12az":   0.955,
	"fresh-2026-12ba":   0.916,
	"fresh-2026-12bb":   0.980,
	"fresh-2026-12bc":   0.787,
	"fresh-2026-12bd":   0.903,
	"fresh-2026-12be":   0.794,
	"fresh-2026-12bf":   0.448,
	"fresh-2026-12bg":   0.608,
	"fresh-2026-12bh":   0.729,
	"fresh-2026-12bi":   0.872,
	"fresh-2026-12bj":   0.897,
	"fresh-2026-12bk":   0.701,
	"fresh-2026-12bl":   0.867,
	"fresh-2026-12bm":   0.943,
	"fresh-2026-12bn":   0.837,
	"fresh-2026-12bo":   0.820,
	"fresh-2026-12bp":   0.972,
	"fresh-2026-12bq":   0.697,
	"fresh-2026-12br":   0.935,
	"fresh-2026-12bs":   0.833,
	"fresh-2026-12bt":   0.823,
	"fresh-2026-12bu":   0.682,
	"fresh-2026-12bv":   0.932,
	"fresh-2026-12bw":   0.913,
	"fresh-2026-12bx":   0.853,
	"fresh-2026-12by":   0.955,
	"fresh-2026-12bz":   0.822,
	"fresh-2026-12ca":   0.647,
	"fresh-2026-12cb":   0.877,
	"fresh-2026-12cc":   0.918,
	"fresh-2026-12cd":   0.876,
	"fresh-2026-12ce":   0.914,
	"fresh-2026-12cf":   0.812,
	"fresh-2026-12cg":   0.885,
	"fresh-2026-12ch":   0.785,
	"fresh-2026-12ci":   0.851,
	"fresh-2026-12cj":   0.914,
	"fresh-2026-12ck":   0.924,
	"fresh-2026-12cl":   0.648,
	"fresh-2026-12cm":   0.898,
	"fresh-2026-12cn":   0.873,
}

// corpusHeldOutSets are the held-out rows: sentences from sources none of the
// other rows use, collected after the checker was tuned, without running it on
// them. Each earlier fresh set was measured once as unseen and then tuned on,
// so it counts as tuning rows now, like the first 200 (whose earlier held-out
// draw had been seen during tuning too). testdata/claims/expected.py keeps the
// same list (HELD_OUT_SETS).
var corpusHeldOutSets = map[string]bool{}

// corpusSetName names a set of rows in the test's summary; the first 200 rows
// carry no set.
func corpusSetName(set string) string {
	if set == "" {
		return "first 200"
	}
	return set
}

type corpusFigure struct {
	Quote        string   `json:"quote"`
	Measure      string   `json:"measure"`
	Place        string   `json:"place"`
	Period       string   `json:"period"`
	Reading      string   `json:"reading"`
	RecordsValue *float64 `json:"records_value"`
	Expected     string   `json:"expected"`
	Reason       string   `json:"reason"`
}

type corpusRecord struct {
	ID        string         `json:"id"`
	Dataset   string         `json:"dataset"`
	Shape     string         `json:"shape"`
	URL       string         `json:"url"`
	Published string         `json:"published"`
	Context   string         `json:"context"`
	Text      string         `json:"text"`
	Expected  string         `json:"expected"`
	RealError bool           `json:"real_error"`
	HeldOut   bool           `json:"held_out"`
	Set       string         `json:"set"`
	Figures   []corpusFigure `json:"figures"`
}

// loadCorpus reads the corpus: one file per set in testdata/claims/corpus
// (corpusSetFile names it), in the order of their names.
func loadCorpus(t testing.TB) []corpusRecord {
	t.Helper()
	files, err := filepath.Glob(filepath.Join("..", "..", "testdata", "claims", "corpus", "*.jsonl"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no corpus files in testdata/claims/corpus (%v)", err)
	}
	var recs []corpusRecord
	for _, p := range files {
		recs = append(recs, loadCorpusFile(t, p)...)
	}
	return recs
}

// corpusSetFile is the file name of a set's rows: the set's name, or
// first-200 for the rows of no set.
func corpusSetFile(set string) string {
	if set == "" {
		return "first-200.jsonl"
	}
	return set + ".jsonl"
}

func loadCorpusFile(t testing.TB, p string) []corpusRecord {
	f, err := os.Open(p)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var recs []corpusRecord
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for n := 1; sc.Scan(); n++ {
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		var r corpusRecord
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			t.Fatalf("%s line %d: %v", p, n, err)
		}
		switch r.Expected {
		case Supported, Contradicted, NotCheckable:
		default:
			t.Fatalf("%s line %d (%s): expected %q", p, n, r.ID, r.Expected)
		}
		if want := corpusSetFile(r.Set); filepath.Base(p) != want {
			t.Fatalf("%s line %d (%s): a row of set %q belongs in %s", p, n, r.ID, r.Set, want)
		}
		recs = append(recs, r)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return recs
}

var (
	corpusOnce sync.Once
	corpusEng  *query.Engine
	corpusErr  error
	// corpusMemoOnce: the tests that check many texts on the corpus store
	// share one Memo (the store never changes under them)
	corpusMemoOnce sync.Once
	corpusMemoed   *Memo
)

// corpusMemo is the Memo over the corpus store.
func corpusMemo(t *testing.T) *Memo {
	eng := corpusEngine(t)
	corpusMemoOnce.Do(func() { corpusMemoed = NewMemo(eng) })
	return corpusMemoed
}

// corpusEngine builds (once per test binary) a store from every nationwide
// and Seattle file of the shared data, every detention-statistics edition
// (identical files stored once) and the daily facility populations.
// ICESTAT_CORPUS_DB names a store to reuse: opened read-only when it exists,
// built there and kept when it does not (the build takes a few minutes).
// corpusTmp is the directory of a store built for this run, if any.
var corpusTmp string

// closeCorpus releases the corpus store (TestMain).
func closeCorpus() {
	if corpusEng != nil {
		corpusEng.Store.Close()
	}
	if corpusTmp != "" {
		os.RemoveAll(corpusTmp)
	}
}

func corpusEngine(t *testing.T) *query.Engine {
	t.Helper()
	dir, _ := filepath.Abs(sharedData())
	nat, _ := filepath.Glob(filepath.Join(dir, "uwchr-2019-ICFO-53623", "*.csv.gz"))
	wbs, _ := filepath.Glob(filepath.Join(dir, "ice-detention-stats", "workbooks", "*.xlsx"))
	if len(nat) == 0 || len(wbs) == 0 {
		t.Skipf("skipping: the shared FOIA data and detention statistics are not at %s (they sit beside the checkout in CI)", dir)
	}
	corpusOnce.Do(func() {
		// the store serves every test of the binary that asks (the corpus
		// and the stress pages); TestMain closes it and removes its
		// directory
		path, tmp := os.Getenv("ICESTAT_CORPUS_DB"), ""
		defer func() { corpusTmp = tmp }()
		if path != "" {
			if _, err := os.Stat(path); err == nil {
				s, err := store.OpenReadOnly(path)
				if err == nil {
					corpusEng = &query.Engine{Store: s}
				}
				corpusErr = err
				return
			}
		} else {
			var err error
			if tmp, err = os.MkdirTemp("", "icestat-claims-corpus-"); err != nil {
				corpusErr = err
				return
			}
			path = filepath.Join(tmp, "corpus.duckdb")
		}
		corpusEng, corpusErr = buildCorpusStore(path, dir, nat, wbs)
	})
	if corpusErr != nil {
		t.Fatal(corpusErr)
	}
	return corpusEng
}

func buildCorpusStore(path, dir string, nat, wbs []string) (*query.Engine, error) {
	ctx := context.Background()
	sea, _ := filepath.Glob(filepath.Join(dir, "uwchr-seattle", "*"))
	if err := fixture.Load(path, filepath.Dir(path), append(nat, sea...)...); err != nil {
		return nil, err
	}
	s, err := store.Open(path)
	if err != nil {
		return nil, err
	}
	seen := map[string]bool{}
	for _, f := range wbs {
		sum, _, err := ingest.Hash(f)
		if err != nil {
			return nil, err
		}
		if seen[sum] {
			continue
		}
		seen[sum] = true
		e, err := detstats.ReadEdition(f)
		if err != nil {
			return nil, err
		}
		if _, err := s.LoadEdition(ctx, e); err != nil {
			return nil, err
		}
	}
	if _, err := s.LoadFacilityPopulation(ctx, filepath.Join(dir, "ice-detention-stats", "facilities-daily-population-latest.parquet"),
		filepath.Join(dir, "reference", "detention_facilities.csv"), nil); err != nil {
		return nil, err
	}
	// read-only from here on, as a served store is: its published tables
	// are read once (store.Kept)
	if err := s.Close(); err != nil {
		return nil, err
	}
	ro, err := store.OpenReadOnly(path)
	if err != nil {
		return nil, err
	}
	return &query.Engine{Store: ro}, nil
}

// corpusInput is the text the checker reads for a record: its context (the
// headline and the sentences before it), then the sentence. It returns the
// byte offset where the sentence starts.
func corpusInput(r corpusRecord) (string, int) {
	c := strings.TrimSpace(r.Context)
	if c == "" {
		return r.Text, 0
	}
	if end := c[len(c)-1:]; !strings.ContainsAny(end, ".!?\"”’)") || end == ")" && !strings.ContainsAny(c[max(0, len(c)-2):len(c)-1], ".!?") {
		// a headline ("... Climb (17 Feb 2022)"): a line of its own, as
		// on the page
		c += "\n"
	} else {
		c += " "
	}
	return c + r.Text, len(c)
}

// sentenceVerdict scores a sentence from its entries.
func sentenceVerdict(es []Entry) string {
	v := NotCheckable
	for _, e := range es {
		switch e.Verdict {
		case Contradicted:
			return Contradicted
		case Supported:
			v = Supported
		}
	}
	return v
}

type corpusResult struct {
	rec     corpusRecord
	got     string
	entries []Entry
}

// TestClaimsCorpus runs the checker on every corpus sentence and scores it:
// accuracy, false contradictions and real errors caught, for the tuning rows
// and for the held-out rows apart, and for each set of rows (the first 200,
// the fresh set, ...). A false contradiction on any row that is not held out
// fails the test and is listed, like every misjudged tuning sentence, and
// each set not held out has an accuracy floor; held-out rows (the held_out
// field) are only counted (listed with ICESTAT_CORPUS_SHOW_HELDOUT=1), so
// that they stay unseen by whoever tunes the checker.
func TestClaimsCorpus(t *testing.T) {
	recs := loadCorpus(t)
	memo := corpusMemo(t)
	ctx := context.Background()
	var res []corpusResult
	for _, r := range recs {
		text, start := corpusInput(r)
		its, err := Analyze(Input{Text: text, Date: r.Published})
		if err != nil {
			t.Fatalf("%s: %v", r.ID, err)
		}
		// the whole text is checked, as a reader pastes it (a verdict may
		// rest on the text's other figures: textPlace), and the sentence's
		// entries are scored
		rep, err := memo.CheckInterpretations(ctx, its)
		if err != nil {
			t.Fatalf("%s: %v", r.ID, err)
		}
		var mine []Entry
		for _, e := range rep.Entries {
			if e.Detail != nil && e.Detail.Claim.Offset >= start {
				mine = append(mine, e)
			}
		}
		res = append(res, corpusResult{rec: r, got: sentenceVerdict(mine), entries: mine})
	}

	// tally counts one part of the corpus: sentences, right verdicts, false
	// contradictions, real errors and real errors caught.
	type tally struct{ n, right, falseContra, realErrors, caught int }
	var all, tuned, held tally
	// sets holds the finer tally of each set of rows: the first 200 (the
	// ones corpusMinAccuracy was measured on), each fresh set.
	sets := map[string]*tally{}
	part := func(r corpusRecord) *tally {
		tl := sets[r.Set]
		if tl == nil {
			tl = &tally{}
			sets[r.Set] = tl
		}
		return tl
	}
	var falseContra, missed []corpusResult
	realErrors, caught := 0, 0
	byVerdict := map[string]*tally{}
	for _, x := range res {
		ok := x.got == x.rec.Expected
		tls := []*tally{&all, part(x.rec)}
		if x.rec.HeldOut {
			tls = append(tls, &held)
		} else {
			tls = append(tls, &tuned)
		}
		for _, tl := range tls {
			tl.n++
			if ok {
				tl.right++
			}
			if x.got == Contradicted && x.rec.Expected != Contradicted {
				tl.falseContra++
			}
			if x.rec.RealError {
				tl.realErrors++
				if x.got == Contradicted {
					tl.caught++
				}
			}
		}
		bv := byVerdict[x.rec.Expected]
		if bv == nil {
			bv = &tally{}
			byVerdict[x.rec.Expected] = bv
		}
		bv.n++
		if ok {
			bv.right++
		}
		if x.got == Contradicted && x.rec.Expected != Contradicted {
			falseContra = append(falseContra, x)
		}
		if x.rec.RealError {
			realErrors++
			if x.got == Contradicted {
				caught++
			}
		}
		if !ok {
			missed = append(missed, x)
		}
	}
	share := func(tl tally) float64 {
		if tl.n == 0 {
			return 0
		}
		return float64(tl.right) / float64(tl.n)
	}
	// Held-out rows are scored but not shown one by one (unless
	// ICESTAT_CORPUS_SHOW_HELDOUT is set), so that tuning does not read them.
	showHeld := os.Getenv("ICESTAT_CORPUS_SHOW_HELDOUT") != ""
	for _, x := range missed {
		if x.rec.HeldOut && !showHeld {
			continue
		}
		t.Logf("misjudged %s: expected %s, got %s — %s", x.rec.ID, x.rec.Expected, x.got, describeEntries(x))
	}
	var verdicts []string
	for v := range byVerdict {
		verdicts = append(verdicts, v)
	}
	sort.Strings(verdicts)
	var parts []string
	for _, v := range verdicts {
		parts = append(parts, fmt.Sprintf("%s %d/%d", v, byVerdict[v].right, byVerdict[v].n))
	}
	t.Logf("claims corpus: %d sentences; accuracy %.3f (%d/%d); tuned %.3f (%d/%d); held-out %.3f (%d/%d); by expected verdict: %s",
		all.n, share(all), all.right, all.n, share(tuned), tuned.right, tuned.n, share(held), held.right, held.n, strings.Join(parts, ", "))
	t.Logf("false contradictions: %d; real errors caught: %d of %d", len(falseContra), caught, realErrors)
	t.Logf("tuning: accuracy %.3f (%d/%d); false contradictions %d; real errors caught %d of %d",
		share(tuned), tuned.right, tuned.n, tuned.falseContra, tuned.caught, tuned.realErrors)
	var names []string
	for name := range sets {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		tl := *sets[name]
		kind := "tuning"
		if corpusHeldOutSets[name] {
			kind = "held-out"
		}
		t.Logf("%s: %s: accuracy %.3f (%d/%d); false contradictions %d; real errors caught %d of %d",
			kind, corpusSetName(name), share(tl), tl.right, tl.n, tl.falseContra, tl.caught, tl.realErrors)
	}
	// A sentence whose real error is caught may still have another figure
	// called contradicted falsely: count the figures too (an entry matched
	// to the corpus figures by its quoted text; entries no figure quotes
	// are not counted).
	figureFC, heldFigureFC := 0, 0
	for _, x := range res {
		for _, q := range figureFalseContradictions(x) {
			if x.rec.HeldOut {
				heldFigureFC++
				if showHeld {
					t.Logf("held-out figure falsely contradicted %s: %q", x.rec.ID, q)
				}
				continue
			}
			figureFC++
			t.Errorf("figure falsely contradicted %s: %q — %s", x.rec.ID, q, describeEntries(x))
		}
	}
	t.Logf("figures falsely contradicted: tuning %d, held-out %d", figureFC, heldFigureFC)
	for _, x := range falseContra {
		switch {
		case !x.rec.HeldOut:
			t.Errorf("false contradiction %s (expected %s): %q — %s", x.rec.ID, x.rec.Expected, x.rec.Text, describeEntries(x))
		case showHeld:
			t.Logf("held-out false contradiction %s (expected %s): %q — %s", x.rec.ID, x.rec.Expected, x.rec.Text, describeEntries(x))
		}
	}
	// The floor holds for the first 200 rows, where it was measured, and
	// for each later set tuned on since it was measured; the held-out rows
	// are measured, not asserted, so that nobody tunes the checker on them.
	if tl := sets[""]; tl != nil && share(*tl) < corpusMinAccuracy {
		t.Errorf("accuracy on the first 200 rows %.3f below the threshold %.3f", share(*tl), corpusMinAccuracy)
	}
	for name, floor := range corpusSetMinAccuracy {
		if tl := sets[name]; tl != nil && !corpusHeldOutSets[name] && share(*tl) < floor {
			t.Errorf("accuracy on %s %.3f below the threshold %.3f", name, share(*tl), floor)
		}
	}
}

// figureFalseContradictions lists the contradicted entries of a result
// whose corpus figure (the one whose quote holds the entry's text, or the
// other way round) is expected not contradicted.
func figureFalseContradictions(x corpusResult) []string {
	var out []string
	for _, e := range x.entries {
		if e.Verdict != Contradicted {
			continue
		}
		et := strings.ToLower(e.Text)
		matched, wrong := false, true
		for _, f := range x.rec.Figures {
			fq := strings.ToLower(f.Quote)
			if fq == "" || !strings.Contains(fq, et) && !strings.Contains(et, fq) {
				continue
			}
			matched = true
			if f.Expected == Contradicted {
				wrong = false
			}
		}
		if matched && wrong {
			out = append(out, e.Text)
		}
	}
	return out
}

func describeEntries(x corpusResult) string {
	if len(x.entries) == 0 {
		return "no claim found"
	}
	var b []string
	for _, e := range x.entries {
		s := fmt.Sprintf("[%q %s", e.Text, e.Verdict)
		if e.Reason != "" {
			s += " (" + e.Reason + ")"
		}
		if e.ValueText != "" {
			s += ": " + e.ValueText
		}
		b = append(b, s+"]")
	}
	var want []string
	for _, f := range x.rec.Figures {
		w := fmt.Sprintf("%q %s", f.Quote, f.Expected)
		if f.RecordsValue != nil {
			w += fmt.Sprintf(" (records %g)", *f.RecordsValue)
		}
		want = append(want, w)
	}
	return strings.Join(b, " ") + " | want: " + strings.Join(want, "; ")
}

// TestClaimsCorpusWellFormed checks the corpus file itself (no shared data
// needed): unique ids, dates, one verbatim sentence per record, a sentence
// verdict that follows from its figures' verdicts by the scoring rule, and
// real errors exactly the contradicted sentences.
func TestClaimsCorpusWellFormed(t *testing.T) {
	recs := loadCorpus(t)
	if len(recs) < 150 {
		t.Errorf("%d sentences, want at least 150", len(recs))
	}
	seen := map[string]bool{}
	for _, r := range recs {
		if r.ID == "" || seen[r.ID] {
			t.Errorf("id %q empty or repeated", r.ID)
		}
		seen[r.ID] = true
		if _, err := time.Parse("2006-01-02", r.Published); err != nil {
			t.Errorf("%s: published %q: %v", r.ID, r.Published, err)
		}
		if r.URL == "" || strings.TrimSpace(r.Text) == "" || len(r.Figures) == 0 {
			t.Errorf("%s: url, text and figures are required", r.ID)
		}
		var vs []Entry
		for _, f := range r.Figures {
			switch f.Expected {
			case Supported, Contradicted, NotCheckable:
			default:
				t.Errorf("%s: figure %q expected %q", r.ID, f.Quote, f.Expected)
			}
			vs = append(vs, Entry{Verdict: f.Expected})
		}
		if got := sentenceVerdict(vs); got != r.Expected {
			t.Errorf("%s: sentence expected %s, but its figures give %s", r.ID, r.Expected, got)
		}
		if r.RealError != (r.Expected == Contradicted) {
			t.Errorf("%s: real_error %v with expected %s", r.ID, r.RealError, r.Expected)
		}
		if r.HeldOut != corpusHeldOutSets[r.Set] {
			t.Errorf("%s: held_out %v but set %q: the held-out rows are exactly the sets %v", r.ID, r.HeldOut, r.Set, corpusHeldOutSets)
		}
	}
}
