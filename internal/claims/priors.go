package claims

// Priors: how plausible a reading is, from the text alone. A reading whose
// parts the sentence stated (the place named beside the figure, the year
// written out, the measure word in the clause) starts at 1; each part
// carried from elsewhere or defaulted lowers it; an alternative reading is
// the most plausible one's prior times a factor for what it changes.

const (
	factorUnstated     = 0.5  // a part carried from an earlier sentence or defaulted
	factorApproxPlace  = 0.7  // a region or bare city read as an AOR
	factorCalendar     = 0.5  // calendar year for a bare "in 2017" (reporters usually mean the fiscal year)
	factorAOROfState   = 0.5  // the AOR for a state named (the records count by AOR)
	factorContextPlace = 0.5  // a place named elsewhere in the paragraph, headline or dateline
	factorOtherPeriod  = 0.3  // another period phrase of the same sentence
	factorNational     = 0.25 // nationwide although the sentence names an approximate place
	factorNationalOpen = 0.9  // nationwide when the sentence names no place (the agency as a whole)
	factorDefinition   = 0.5  // removals without the lag or by departure date, ICE's method grouping
	factorCriminality  = 0.35 // "criminal" = convicted only, or convicted + pending
	// factorTermBaseline: a change "since the inauguration" that names
	// nothing to compare with, read as one of the comparisons such
	// sentences make (readings.go, inaugurationBaselines). The most
	// plausible reading cannot be answered at all, so these are about as
	// plausible as it.
	factorTermBaseline = 0.9
	// minSupportPrior: a reading less plausible than this does not make a
	// figure "supported under" it; it only keeps the figure from being
	// called contradicted.
	minSupportPrior = 0.1
)

// prior is the plausibility of the most plausible reading of a figure.
func prior(it Interpretation) float64 {
	p := 1.0
	for k := range it.Unstated {
		if k != "source" {
			// (whose count it is, unstated, leaves the reading as
			// plausible: it only keeps it from contradicting)
			p *= factorUnstated
		}
	}
	if it.Place.Approx {
		p *= factorApproxPlace
	}
	return p
}

// firm tells whether the sentence stated measure, place and period
// itself: only then may a figure be called contradicted.
func firm(it Interpretation) bool {
	return it.Measure != "" && len(it.Unstated) == 0 && !it.Place.Approx
}
