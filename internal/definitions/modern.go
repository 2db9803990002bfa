package definitions

import "strings"

// Rules for the 2023–2026 releases: possible duplicates, detention stays,
// following people across datasets, and detainer outcomes. Like the rest of
// this package they are data; packages query and cli turn them into SQL and
// text.

// EpisodeHours is the Deportation Data Project's arrest-episode window: a
// person's arrest starts a new episode when more than this many hours have
// passed since their previous arrest; later rows of an episode are possible
// duplicates.
const EpisodeHours = 24

// CustodialArrest is the apprehension method value recorded only from late
// July 2025: a series break for custodial / at-large comparisons.
const CustodialArrest = "Custodial Arrest"

// DuplicateRule states the possible-duplicate rule of a dataset in one line.
func DuplicateRule(dataset string) string {
	if dataset == "arrests" {
		return "same person_key and release, at most 24 hours after the person's previous arrest; dates without a time count as midnight"
	}
	return "same person_key and release, same " + dataset + " key date as the person's previous row"
}

// Detainer lift reasons as released. Only these two are read as an
// outcome of the request itself; every other reason (Case Closed, Duplicate,
// Early Release, Insufficient Notice to ICE, No longer in State, Local, or
// Federal Custody, Prosecutorial Discretion, Superseding - New Form Issued,
// USC or Presumptive Claim to US Citizenship, ...) is reported as itself.
const (
	LiftBooked   = "Booked into Detention"
	LiftDeclined = "Detainer Declined by LEA"
)

// DetainerOutcome classes a detainer by its lift reason: "honored" (the
// jail handed the person to ICE: Booked into Detention), "declined"
// (Detainer Declined by LEA), "not lifted" (no lift reason), or "other lift
// reason".
func DetainerOutcome(liftReason string) string {
	switch strings.ToLower(strings.TrimSpace(liftReason)) {
	case "":
		return "not lifted"
	case strings.ToLower(LiftBooked):
		return "honored"
	case strings.ToLower(LiftDeclined):
		return "declined"
	}
	return "other lift reason"
}

// Follow outcomes, in the order a person is classed as of the as-of date:
// removed beats detained beats released beats not booked.
const (
	FollowRemoved   = "removed"
	FollowDetained  = "detained"
	FollowReleased  = "released"
	FollowNotBooked = "not booked into detention"
)

// ReleaseRemoved is the detention release reason that records a removal.
const ReleaseRemoved = "Removed"

// ReleaseTransferred is the release reason of a stint that ended in a move
// to another facility: not the end of a stay.
const ReleaseTransferred = "Transferred"

// SmallCell is the default small-cell threshold of public outputs: counts
// from 1 to SmallCell-1 are shown as "<5" unless the analyst asks for exact
// counts; distributions over fewer than SmallCell people are not shown.
const SmallCell = 5

// modernDefinitions are appended to All().
func modernDefinitions() []Definition {
	return []Definition{
		{"person key, release", "person_key is the anonymized identifier of the 2023–2026 releases (Unique Identifier, Anonymized Identifier, unique_id). release is the FOIA number of the table (from its preamble or file name), or the data_source column of a cleaned export; a tag given with ingest --release (a FOIA number or a date YYYY-MM-DD) overrides both for every row and source of that run. Two rows are the same person only when person_key and release agree; rows whose release is unknown are linked only within their own file.", "Keys are re-anonymized in each release, so they never link across releases; redacted identifiers (A-numbers, EID ids) are never used. One 2022 release has keys truncated to 15 digits, which collide."},
		{"detention stay and stint", "A detentions row is a stint: one facility, from Book In Date Time (event_date) to Detention Book Out Date Time (book_out_date), with Detention Release Reason (release_reason; Transferred = moved to another facility). The stay columns (stay_book_in_date, stay_book_out_date, stay_release_reason) describe the whole stay. Counting rows counts stints; count --persons counts people.", "A stay has several stints (about two on average), plus rows differing only in bond fields: stint counts overstate stays about twice."},
		{"follow (arrest to book-in, custody, release, removal)", "For the people arrested in the place and period (distinct person_key and release among the arrests counted; the first such arrest of each person), as of a date: booked = a detention stint of the same person and release with book-in on or after the arrest date; detained = a stint begun on or after the arrest with no book-out, or a book-out after the as-of date; removed = the earliest of a removal row, a Departed Date on the person's arrest or detention rows, or a stint released as Removed, on or after the arrest date; released = booked, not detained, not removed, by the release reason of the last stint. Each person gets one status in the order removed, detained, released, not booked. Days to book-in and to removal are counted from the arrest date.", "Outcomes after the release's extraction date are unknown: the default as-of date is the last date in the linked records. Arrests without a person key cannot be followed and are reported apart. Book-ins and removals are matched to the arrest by date only, not by an event id."},
		{"detainer outcome", "honored = lift reason 'Booked into Detention'; declined = 'Detainer Declined by LEA'; not lifted = no lift reason; other = any other lift reason, reported by name. 'What followed' is read from the records: an ICE detention book-in of the same person and release on or after the detainer's prepare date, and a removal (as in follow).", "About 40% of detainers have no lift reason; 'declined by the local agency' is one reason among many, and a release without notice (No longer in ... Custody, Insufficient Notice) is not recorded as a refusal. Detentions do not record which jail a person came from, so a later book-in is not proof that this facility honored this detainer."},
		{"detainer place", "A detainer's facility is the jail or prison that received the request. When a detainers table has no AOR or state column of its own, aor and state are those of the facility (Facility AOR, Facility State).", "The releases give no county for detainer facilities."},
		{"small cells", "Public outputs (icestat follow, reports) show counts from 1 to 4 as <5, and no distribution over fewer than 5 people; --exact shows exact counts to the analyst.", "A count of 0 is shown as 0."},
		{"method series break", "'" + CustodialArrest + "' appears as an apprehension method only from late July 2025; icestat counts it as custodial in every scheme and warns whenever an answer holds it. Values no scheme lists are counted as unknown and named in a warning, never guessed.", "Custodial and at-large shares before and after July 2025 are not comparable."},
	}
}
