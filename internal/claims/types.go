// Package claims finds the quantitative claims in a press release or a news
// article about immigration enforcement, interprets each one as a question
// over the records (measure, qualifiers, place, period), tests it with the
// same query engine as `icestat count`, and gives one verdict per claim:
// supported, contradicted (with the size of the difference) or not checkable
// (with the reason).
//
// Extraction (extract.go, numbers.go) and interpretation (interpret.go,
// lexicon.go) are pure Go and never touch the store; check.go runs the
// queries through query.Engine.
package claims

import "net/url"

// Claim kinds.
const (
	KindCount       = "count"       // "1,461 ... were arrested"
	KindShare       = "share"       // "more than half have criminal convictions"
	KindChange      = "change"      // "a 30 percent rise from fiscal 2016", "doubled", "15,111 more arrests"
	KindSuperlative = "superlative" // "the largest total ... of any month", "a record"
	KindUniversal   = "universal"   // "Everyone arrested remains in ICE custody"
	KindRank        = "rank"        // "the fifth-highest of any office", "came in 10th" (rank.go)
)

// Comparators: how the stated value relates to the true one.
const (
	CmpExact    = "exact"     // "1,461"
	CmpAbout    = "about"     // "about 40", "roughly", "approximately", "some", rounded figures
	CmpNearly   = "nearly"    // "nearly 1,500", "almost", "close to": a bit below the value, not above it
	CmpMoreThan = "more-than" // "more than 2,800", "over"
	CmpJustOver = "just-over" // "just over 2,800", "slightly more than": a bit above the value, not below it
	CmpAtLeast  = "at-least"
	CmpLessThan = "less-than" // "fewer than", "under"
	CmpAtMost   = "at-most"   // "up to", "no more than"
	CmpRange    = "range"     // "between 1,200 and 1,500", "1,200-1,500"
)

// Units of a stated value.
const (
	UnitCount   = "count"
	UnitPercent = "percent" // shares and percentage changes, in percent
	UnitRatio   = "ratio"   // "doubled" = 2
	UnitPoints  = "points"  // "8 percentage points": a difference of two shares
)

// Verdicts.
const (
	Supported    = "supported"
	Contradicted = "contradicted"
	NotCheckable = "not checkable"
)

// Reason codes of a "not checkable" verdict (and of notes on the others).
const (
	ReasonPeriodNotCovered = "period-not-covered" // no ingested source covers the period
	ReasonPlaceNotCovered  = "place-not-covered"  // sources cover the period, not the place
	ReasonPartlyCovered    = "partly-covered"     // the sources cover only part of the period
	ReasonNoData           = "no-data"            // no source of that dataset at all
	ReasonNoField          = "no-field"           // the records have no field for a qualifier
	ReasonDefinitionGap    = "definition-gap"     // state vs AOR, ERO vs multi-agency, ...
	ReasonPeriodUnresolved = "period-unresolved"  // "In May" without a date, "during the operation"
	ReasonNotEnforcement   = "not-enforcement"    // not about enforcement records
	ReasonUnderspecified   = "underspecified"     // no base for a share, no baseline for a change
	ReasonUnstated         = "reading-unstated"   // no reading matches, but the place, period or measure was not stated
	ReasonOtherReading     = "other-reading"      // the figure is exactly what another reading of the records gives
	ReasonUnlikely         = "reading-unlikely"   // the records' value is too far from the figure for the reading to be the claim's
)

// Claim is one figure found in a text, before interpretation.
type Claim struct {
	ID         int     `json:"id"`
	Sentence   string  `json:"sentence"` // the sentence that states it, as written
	Clause     string  `json:"-"`        // the clause (between semicolons) holding the figure
	Text       string  `json:"text"`     // the phrase stating the figure: "nearly 1,500"
	Offset     int     `json:"offset"`   // byte offset of Text in the input
	Kind       string  `json:"kind"`
	Comparator string  `json:"comparator"`
	Value      float64 `json:"value"`
	Value2     float64 `json:"value2,omitempty"` // upper bound of a range
	Unit       string  `json:"unit"`
	Direction  int     `json:"direction,omitempty"` // change: +1 increase, -1 decrease; superlative: +1 largest, -1 smallest
	Tolerance  float64 `json:"-"`                   // half the rounding unit of the stated figure
	RankBy     string  `json:"rank_by,omitempty"`   // rank claims: count, change, only-decrease, only-increase
	PerDays    float64 `json:"per_days,omitempty"`  // a rate: "around 400 each day" = 1, "a week" = 7
	// Sentence and clause positions, for context across sentences.
	Sent int `json:"-"`
	// start/end of Text within Clause, for qualifiers near the figure.
	clauseStart, clauseEnd int
	sentStart              int // byte offset of the sentence in the input
	clauseOff              int // byte offset of the clause within the sentence
	// the figure's own stretch of the clause: from the end of the figure
	// before it to the start of the one after it (bounded is false for
	// claims made elsewhere, which use the whole window)
	prevEnd, nextStart int
	bounded            bool
	// verbatim: a claim read from the English gloss of a Spanish sentence
	// keeps the sentence and phrase as written (spanish.go)
	verbatim *verbatimText
}

// Place is where a claim is about.
type Place struct {
	Kind     string   `json:"kind"` // national, state, aor, county
	Name     string   `json:"name"` // as written or resolved: "Massachusetts", "ERO Boston"
	State    string   `json:"state,omitempty"`
	AOR      string   `json:"aor,omitempty"`
	Counties []string `json:"counties,omitempty"` // "nantucket county, MA"
	Implicit bool     `json:"implicit,omitempty"` // from --place or context, not the sentence
	// Approx: a region or a bare city read as an area of responsibility
	// ("New England", "the Pacific Northwest", "in Chicago"): a plausible
	// reading, not a statement of the AOR.
	Approx bool `json:"approx,omitempty"`
}

// Period is when a claim is about.
type Period struct {
	Kind       string `json:"kind"` // fy, month, range, all, unresolved
	Text       string `json:"text"` // as written: "In May", "fiscal year 2018"
	FY         int    `json:"fy,omitempty"`
	Month      string `json:"month,omitempty"` // YYYY-MM
	From       string `json:"from,omitempty"`  // YYYY-MM-DD
	To         string `json:"to,omitempty"`
	Note       string `json:"note,omitempty"`       // how it was resolved
	Unresolved string `json:"unresolved,omitempty"` // why it could not be
	// Bare is set when the text wrote a bare year ("in 2017"): read as
	// ICE's fiscal year, with the calendar year as another reading.
	Bare bool `json:"bare_year,omitempty"`
	// Approx: "in early February", "by mid-February": a date the text
	// does not state exactly
	Approx bool `json:"approx,omitempty"`
	// Defaulted: the text names no period for the figure; the fiscal
	// year that ended last before the article's date is assumed (a
	// reading that may support a figure, never contradict it).
	Defaulted bool `json:"defaulted,omitempty"`
}

// Gap is something a claim asserts that the records have no field for, or a
// known difference of definition between the claim and the records.
type Gap struct {
	Code string `json:"code"` // ReasonNoField or ReasonDefinitionGap
	What string `json:"what"` // "foreign charges", "custody as of a date"
	Why  string `json:"why"`
}

// Interpretation is a claim read as a question over the records.
type Interpretation struct {
	Claim   Claim  `json:"claim"`
	Measure string `json:"measure,omitempty"` // dataset: arrests, encounters, detainers, detentions, removals
	// Filters are query parameters (query.Keys) other than dataset, place and
	// period: criminality, final-order, method, country, where. For a share
	// they select the part; Base selects the whole.
	Filters  map[string][]string `json:"filters,omitempty"`
	Base     map[string][]string `json:"base_filters,omitempty"`
	Place    Place               `json:"place"`
	Period   Period              `json:"period"`
	Baseline *Period             `json:"baseline,omitempty"` // changes: the earlier period
	// BaseNational: a share of the national count ("8 percent of the
	// nation's removals"): the part is the place's count, the whole the
	// same question nationwide.
	BaseNational bool `json:"base_nationwide,omitempty"`
	// Superlatives: the unit compared ("month", "fy") and whether the claim
	// reaches beyond any records ("under any administration", "ever").
	Granularity string `json:"granularity,omitempty"`
	AllTime     bool   `json:"all_time,omitempty"`
	Custody     bool   `json:"custody,omitempty"` // "remains in ICE custody"
	// Outcome is the follow status a claim states about people arrested
	// (custody.go): detained, removed or released; AsOf is the article's
	// date it is read at.
	Outcome string `json:"outcome,omitempty"`
	AsOf    string `json:"as_of,omitempty"`
	// PrintedBy: a detention figure is read in the editions ICE had
	// published by the article's date (the latest printing is another
	// reading: ICE revises recent months).
	PrintedBy string   `json:"printed_by,omitempty"`
	Gaps      []Gap    `json:"gaps,omitempty"`
	Notes     []string `json:"notes,omitempty"`
	Describe  string   `json:"description"`

	// Agency is "ice" when the sentence quotes ICE itself: its method
	// classes are read under ICE's own grouping first (variants.go).
	Agency string `json:"agency,omitempty"`
	// Unstated names the parts of the reading (measure, place, period) the
	// sentence itself did not state: carried from an earlier sentence,
	// defaulted, or an approximate region. A claim with an unstated part is
	// never contradicted (verdict.go).
	Unstated map[string]string `json:"unstated,omitempty"`
	// Candidate places and periods named elsewhere in the text (paragraph,
	// headline, dateline, --place), for the other readings (readings.go).
	altPlaces  []Place
	altPeriods []Period
	// altCountries: citizenships named elsewhere in the sentence, the
	// sentence before or the headline, for a figure whose clause names none
	altCountries []string
	// eachPlaces: "followed by Chicago, San Antonio and Los Angeles, each
	// with roughly 8,500 arrests": the figure is stated for every one of
	// them (verdict.go tests each)
	eachPlaces []Place
	// paraBefore: the sentences before, in the same paragraph ("Less than
	// half of the detainees (47%) ..." after "... are holding some 73,000
	// people ..., according to leaked data": where the writer's figures
	// come from)
	paraBefore string
	// facMonth: a facility's average "in May" / "as of April 2021" may be
	// the edition out at the month's end (YYYY-MM), a reading of its own
	facMonth string
	// textDate: a present-tense population in a text that dates its figures
	// well before the article's date ("As of February 2024, …" on a page
	// read in 2025) may speak of that day; a reading of its own
	textDate *Period
	// termPeak: "Joe Biden's high of nearly 40,000": the largest (+1) or
	// smallest (-1) population of the editions in a president's term
	termPeak int
	// atdPeak: "the program has had as many as 376,000 individuals under
	// monitoring": the ATD total at its height, any edition up to the
	// period's end (readings.go, detention.go's atdPeakLevel)
	atdPeak bool
	// partYear: "By late 2025", "in early 2024": the first and last day of
	// the part of the year named; the population on any day of it is a
	// reading (detention.go partOfYear)
	partYear [2]string
	// prevEdition: a change "since the last reporting period", from the
	// edition before the one the figure is read in (detention.go)
	prevEdition bool
	// byNumber: a figure of a sentence icestat does not read, matched by
	// its value: the questions asked of it, most likely first (bynumber.go)
	byNumber []Interpretation
	// ref is the article's date (YYYY-MM-DD): no edition published after
	// it can be a figure's source
	ref string
	// foreignSource: the text draws on another government's migration data
	// ("according to data from the Guatemala Migration Institute"), which
	// counts returns its own way (guard.go)
	foreignSource string
	// analystSource: the text gives an auditor's counts of ICE's data
	// ("The U.S. Government Accountability Office has released ..."),
	// pulled and defined its own way (guard.go)
	analystSource string
}

// Input is a text to check.
type Input struct {
	Text  string `json:"text"`
	Date  string `json:"date,omitempty"`  // YYYY-MM-DD: the article's date, for "In May", "last year"
	Place string `json:"place,omitempty"` // default place: a state, an AOR or "County, ST"
	// Explain: list under every exact count the readings of the store that
	// reproduce it (icestat explain); costs a few grouped queries per
	// dataset. Without it only a figure about to be contradicted asks.
	Explain bool `json:"explain,omitempty"`
	// MaxNumbers, when above 0, is the most numbers (runs of digits) the
	// text may hold: a server's bound on the work one request can ask.
	// Every number is a figure to read, and text built to be slow costs
	// about a millisecond of CPU per figure (BenchmarkAnalyzeHostile), so
	// a 1 MiB body of bare numbers would cost minutes.
	MaxNumbers int `json:"-"`
}

// Entry is the outcome for one claim.
type Entry struct {
	ID             int             `json:"id"`
	Sentence       string          `json:"sentence"`
	Text           string          `json:"text"`
	Kind           string          `json:"kind"`
	Interpretation string          `json:"interpretation"`
	Detail         *Interpretation `json:"detail,omitempty"`
	Command        string          `json:"command,omitempty"`  // the icestat count command that tests it
	Query          url.Values      `json:"query,omitempty"`    // its parameters: links are built from them
	Commands       []string        `json:"commands,omitempty"` // every command run (shares and changes need several)
	Value          *float64        `json:"value"`              // computed value, nil when none
	ValueText      string          `json:"value_text"`
	Stated         string          `json:"stated"`
	Verdict        string          `json:"verdict"`
	Reason         string          `json:"reason,omitempty"`
	Reasons        []string        `json:"reasons,omitempty"`
	Difference     *float64        `json:"difference,omitempty"` // computed - stated, for contradicted
	Explanation    string          `json:"explanation"`
	Warnings       []string        `json:"warnings,omitempty"`
	// Under names the less plausible reading a supported verdict rests on
	// ("supported under: calendar year 2017"); empty when the most
	// plausible reading matches.
	Under string `json:"under,omitempty"`
	// Reading is the reading the verdict used; Alternatives are the other
	// readings tested, closest first, with what the records give for each.
	Reading      string        `json:"reading,omitempty"`
	Alternatives []Alternative `json:"alternatives,omitempty"`
	// Explain lists readings of the whole store whose count reproduces the
	// stated figure exactly (icestat explain), best first.
	Explain []Candidate `json:"explain,omitempty"`
	// Parts are the counts of records a share, change or superlative was
	// computed from (the text quotes them): a public copy withholds the
	// value when one of them is small.
	Parts []int64 `json:"-"`
	// Suppressed is set on a public copy (Report.Withhold) whose
	// small-cell rule withheld the computed count: Value is null and
	// ValueText says "fewer than 5".
	Suppressed bool `json:"suppressed,omitempty"`

	notes []string // notes the result says once (wording.go)
	// earlierRecord: a record refuted by an earlier edition above the
	// text's own count (recordBelowEarlier), which needs no edition of
	// the day itself: the doubts about a missing edition do not apply
	earlierRecord bool
}

// Alternative is one other reading of a claim and what the records give
// for it.
type Alternative struct {
	Reading   string   `json:"reading"`
	Prior     float64  `json:"prior"`
	Command   string   `json:"command,omitempty"`
	Value     *float64 `json:"value"`
	ValueText string   `json:"value_text,omitempty"`
	Verdict   string   `json:"verdict"` // of this reading alone
	Reason    string   `json:"reason,omitempty"`
	Parts     []int64  `json:"-"` // the counts the value was computed from (Entry.Parts)
}

// Report is the outcome of checking a text or a claims file.
type Report struct {
	Date        string         `json:"date,omitempty"`
	Place       string         `json:"place,omitempty"`
	Definitions string         `json:"definitions"`
	Entries     []Entry        `json:"entries"`
	Summary     map[string]int `json:"summary"`
	// Notes hold for every claim alike (how possible duplicates were
	// treated): said once for the result, not in each explanation.
	Notes []string `json:"notes,omitempty"`
}
