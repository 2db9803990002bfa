package ingest

import (
	"regexp"
	"strings"

	"github.com/icestat/icestat/internal/canon"
	"github.com/icestat/icestat/internal/place"
)

// Reasons a row of a table is not a record. Such rows are skipped and
// counted per source by reason (Part.Skips, sources.skip_reasons): they are
// neither stored nor rejected, and rows_read = rows_stored + rows_rejected +
// rows_skipped holds for every source.
const (
	SkipBlank       = "blank"           // every cell empty or white space ("||||", `""|""`, a row of spaces)
	SkipHeader      = "repeated header" // the header row again (releases repeat it every N rows or per page)
	SkipTotal       = "total"           // a "Total" / "Grand total" row
	SkipNote        = "note or title"   // a single text cell: a footnote, source line or a title
	SkipSecondTable = "second table"    // a second header below the first and every row after it
)

// SkipReasons lists the reasons in the order summaries print them.
var SkipReasons = []string{SkipBlank, SkipHeader, SkipTotal, SkipNote, SkipSecondTable}

var (
	totalRe = regexp.MustCompile(`(?i)^(grand\s+|sub-?\s*)?totals?\b`)
	noteRe  = regexp.MustCompile(`(?i)^(notes?|source|sources|footnotes?|data (are|is|as of|through)|prepared|disclaimer|for official use|fouo|\*|†|‡|\(\d+\)|\d+\s*[).])`)
)

// rowKind tells a record from a row that is not one. It looks only at the
// row's cells, the table's header and key-date column: never at where the
// row is, so that a footer in the middle of a file (two files pasted
// together) is found as well as one at the end.
type rowKind struct {
	headers []string
	keyDate int
	serial  bool
	d1904   bool
	second  bool // a second table has begun: every later row is skipped
}

// classify returns "" for a record, else the reason the row is skipped.
func (k *rowKind) classify(cells []string, numeric func(int) bool) string {
	if k.second {
		return SkipSecondTable
	}
	first, nonEmpty := -1, 0
	for i, c := range cells {
		if strings.TrimSpace(c) != "" {
			if first < 0 {
				first = i
			}
			nonEmpty++
		}
	}
	if nonEmpty == 0 {
		return SkipBlank
	}
	if k.dated(cells, numeric) {
		return "" // a row with a key date is a record, whatever else it holds
	}
	if sameHeaders(trimTrailing(cells), k.headers) {
		return SkipHeader
	}
	if canon.KnownHeaderCount(cells) >= minHeaderCells {
		k.second = true
		return SkipSecondTable
	}
	lead := strings.TrimSpace(cells[first])
	if totalRe.MatchString(lead) {
		return SkipTotal
	}
	if nonEmpty == 1 && !numeric(first) && isNoteText(lead) {
		return SkipNote
	}
	return ""
}

// dated reports whether the row's key-date cell holds a date.
func (k *rowKind) dated(cells []string, numeric func(int) bool) bool {
	if k.keyDate < 0 || k.keyDate >= len(cells) {
		return false
	}
	v := strings.TrimSpace(cells[k.keyDate])
	if v == "" {
		return false
	}
	_, err := canon.ParseDate(v, k.serial && numeric(k.keyDate), k.d1904)
	return err == nil
}

// isNoteText: a lone cell that reads like a note, source line or title
// rather than a value: a note prefix, or three words or more that name no
// place (a row holding only "Boston Area of Responsibility" stays a record).
func isNoteText(s string) bool {
	if canon.IsRedacted(s) {
		return false
	}
	if noteRe.MatchString(s) {
		return true
	}
	if len(strings.Fields(s)) < 3 {
		return false
	}
	if _, ok := place.LookupAOR(s); ok {
		return false
	}
	if _, ok := place.LookupState(s); ok {
		return false
	}
	return true
}
