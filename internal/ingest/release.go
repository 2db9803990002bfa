package ingest

import (
	"fmt"
	"regexp"
	"time"
)

// Release tags given with `icestat ingest --release TAG`. The tag replaces
// the release detected from the preamble or file name for every row and
// source of the run, so it must be one the overlap rules can order: a FOIA
// request number (the later request is the newer release) or a date (the
// later date is the newer release, e.g. the day the release was published
// or extracted).
var (
	foiaTagRe = regexp.MustCompile(`^[0-9]{4}-[A-Z]{2,6}-[0-9]{1,6}$`)
	dateTagRe = regexp.MustCompile(`^[0-9]{4}-[0-9]{2}-[0-9]{2}$`)
)

// ReleaseTagHelp says which tags are accepted.
const ReleaseTagHelp = "a FOIA request number such as 2025-ICLI-00019 (year, office code in capitals, number) or a date YYYY-MM-DD"

// CheckReleaseTag validates a --release tag.
func CheckReleaseTag(tag string) error {
	switch {
	case foiaTagRe.MatchString(tag):
		return nil
	case dateTagRe.MatchString(tag):
		if _, err := time.Parse("2006-01-02", tag); err != nil {
			return fmt.Errorf("release tag %q is not a valid date (want %s)", tag, ReleaseTagHelp)
		}
		return nil
	}
	return fmt.Errorf("release tag %q not accepted: want %s", tag, ReleaseTagHelp)
}
