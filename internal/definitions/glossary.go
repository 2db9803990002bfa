package definitions

import "strings"

// Word is one word the pages and reports use, with a one-line meaning
// (shown as a tooltip title and read by screen readers) and the anchor of
// its entry on the Definitions page (/definitions#ID). The full rules are
// in All(); these lines only say what the word means.
type Word struct {
	ID    string   `json:"id"`
	Word  string   `json:"word"`
	Short string   `json:"short"`
	Also  []string `json:"also,omitempty"` // other spellings that mean the same (column names, labels)
}

// Glossary lists the words of the measures, classes and column labels.
var Glossary = []Word{
	{"encounters", "encounters", "An ERO encounter with a person, which may lead to an arrest, a detainer or nothing; counted by event date.", []string{"encounter"}},
	{"arrests", "arrests", "ERO administrative arrests (not criminal arrests); counted by apprehension date.", []string{"arrest", "administrative arrests"}},
	{"detainers", "detainers", "Detainer requests (Form I-247A etc.) lodged with a jail or prison, asking it to hold a person for ICE; counted by prepare date.", []string{"detainer", "detainers issued", "detainers lodged"}},
	{"detentions", "detentions", "Detention book-ins (stays and stints in ICE detention); counted by book-in date.", []string{"detention", "book-ins", "book-in", "book-ins into detention"}},
	{"removals", "removals", "Removals and returns of people from the United States by ICE; counted by removal date (else departed date).", []string{"removal", "removals and returns"}},
	{"at-large", "at-large", "Arrests made in the community rather than on a handover from a jail or prison (Located, Non-Custodial Arrest, Worksite Enforcement under the icestat scheme).", []string{"at large", "at_large"}},
	{"custodial", "custodial", "Arrests on a handover from a jail or prison (Criminal Alien Program, CAP local/state/federal incarceration, Custodial Arrest …).", nil},
	{"method-class", "method class", "At-large, custodial, other or unknown: how a published scheme groups apprehension methods.", []string{"class", "method_class"}},
	{"method", "apprehension method", "How the arrest came about, as the release records it (Located, CAP Local Incarceration, 287(g) Program …).", []string{"method", "apprehension_method"}},
	{"aor", "area of responsibility (AOR)", "One of the 25 ERO field offices (BOS Boston, SEA Seattle …); an AOR is not a state.", []string{"AOR", "aor", "aor_name", "area of responsibility"}},
	{"state", "state", "The record's own state where the release has one; otherwise the AOR(s) covering the state.", nil},
	{"fiscal-year", "fiscal year", "FY N runs from 1 October N-1 to 30 September N.", []string{"fy", "FY"}},
	{"criminality", "criminality", "Convicted, pending criminal charges or other immigration violator, as ICE records it; criminal = convicted or pending.", []string{"criminal"}},
	{"final-order", "final order", "An order of removal exists as of the date the data were extracted — not necessarily at arrest.", []string{"final_order", "final-order"}},
	{"possible-duplicate", "possible duplicate", "A later row of one person's arrest episode (within 24 hours) or the same person on the same key date; --dedupe leaves them out.", []string{"duplicates", "dedupe"}},
	{"coverage", "coverage", "Whether the stored sources hold the whole period asked for the place: complete, partial (not a total) or none (no count).", []string{"covered", "partial", "complete"}},
	{"redaction", "redacted", "A cell withheld under a FOIA exemption ((b)(6), (b)(7)(C), (b)(7)(E)); unknown, not absent.", []string{"redacted", "redactions"}},
	{"small-cells", "small cells", "Counts from 1 to a threshold are shown as “fewer than N” on the public web server.", []string{"small cell"}},
	{"person-key", "person key", "An anonymised key linking one person's rows within one release only.", []string{"person_key", "persons", "people"}},
	{"citizenship", "citizenship country", "The country of citizenship ICE records for the person.", []string{"citizenship", "citizenship_country"}},
}

var glossaryIndex = func() map[string]*Word {
	m := map[string]*Word{}
	for i := range Glossary {
		w := &Glossary[i]
		for _, k := range append([]string{w.ID, w.Word}, w.Also...) {
			m[strings.ToLower(k)] = w
		}
	}
	return m
}()

// Lookup finds the glossary word for a label, a column name or a measure
// ("at-large", "aor_name", "arrests"); nil when none.
func Lookup(label string) *Word {
	return glossaryIndex[strings.ToLower(strings.TrimSpace(label))]
}
