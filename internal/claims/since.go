package claims

import (
	"strconv"
	"strings"
	"time"
)

// A superlative within a window that runs up to the article: "the lowest
// point since last fall", "levels not seen since fall 2022", "the lowest in
// six months", "the highest since the start of the fiscal year". The
// window starts after the time named (the claim says the figure was last
// this low then), so the editions of that time do not compete. Only ICE's
// detention editions are compared within such a window, and never to call
// the figure contradicted: where such a low falls is loosely said.

// sinceScope is the regular expression text of the windows, a scope of a
// superlative (superScopeRe).
const sinceScope = `\bsince\s+(?:the\s+)?(?:fall|autumn|spring|summer|winter)\s+(?:of\s+)?\d{4}\b` +
	`|\bsince\s+(?:last|this past|the)\s+(?:fall|autumn|spring|summer|winter)\b` +
	`|\bin\s+(?:the\s+(?:past|last)\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+months\b` +
	`|\bin\s+(?:a|one)\s+(?:year|month|week)(?:\s+and\s+a\s+half)?\b` +
	`|\bsince\s+the\s+(?:start|beginning)\s+of\s+the\s+(?:current\s+)?fiscal\s+year\b` +
	`|\bsince\s+(?:early\s+|mid-?\s*|late\s+)?(?:` + monthAlt + `)(?:\s+\d{4})?\b`

// sinceWindowNote starts the note of every such window.
const sinceWindowNote = "the comparison window after "

var (
	sinceWindowRe = lazyRegexp(`(?i)` + sinceScope)
	seasonRe      = lazyRegexp(`(?i)\b(fall|autumn|spring|summer|winter)\b(?:\s+(?:of\s+)?(\d{4}))?`)
	inARe         = lazyRegexp(`(?i)\bin\s+(?:a|one)\s+(year|month|week)(\s+and\s+a\s+half)?\b`)
	monthsRe      = lazyRegexp(`(?i)\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+months\b`)
	windowMonthRe = lazyRegexp(`(?i)\b(` + monthAlt + `)(?:\s+(\d{4}))?\b`)
	// notSeenRe: "levels not seen since last fall"
	notSeenRe = lazyRegexp(`(?i)\b(levels?|numbers?|highs|lows|heights)\s+(?:not\s+seen|unseen)\s+(?:` + sinceScope + `)`)
	fallRe    = lazyRegexp(`(?i)\b(?:fall(?:en|s|ing)?|fell|decreas(?:ed|es|ing)|declin(?:ed|es|ing)|dropp(?:ed|ing)|drops?|sank|shrunk|shrank)\b[^.;]*$`)
)

var monthsWord = map[string]int{"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}

// sinceWindow reads the window of a superlative's scope, from the day after
// the time named to the article's date ref.
func sinceWindow(text string, ref time.Time) (Period, bool) {
	m := sinceWindowRe.FindString(text)
	if m == "" || ref.IsZero() {
		return Period{}, false
	}
	low := strings.ToLower(m)
	var after time.Time // the last day of the time named
	switch {
	case seasonRe.MatchString(m):
		sm := seasonRe.FindStringSubmatch(m)
		y := ref.Year()
		if sm[2] != "" {
			y, _ = strconv.Atoi(sm[2])
		}
		end := seasonEnd(strings.ToLower(sm[1]), y)
		if sm[2] == "" {
			for !end.Before(ref) {
				y--
				end = seasonEnd(strings.ToLower(sm[1]), y)
			}
		}
		after = end
	case monthsRe.MatchString(m) && strings.HasPrefix(low, "in"):
		sm := monthsRe.FindStringSubmatch(m)
		n, ok := monthsWord[strings.ToLower(sm[1])]
		if !ok {
			n, _ = strconv.Atoi(sm[1])
		}
		if n <= 0 {
			return Period{}, false
		}
		after = ref.AddDate(0, -n, 0)
	case inARe.MatchString(m):
		// "the highest in a year", "in a month and a half": that long
		// before the article
		sm := inARe.FindStringSubmatch(m)
		days := map[string]int{"year": 365, "month": 30, "week": 7}[strings.ToLower(sm[1])]
		if sm[2] != "" {
			days += days / 2
		}
		after = ref.AddDate(0, 0, -days)
	case strings.Contains(low, "fiscal year"):
		y := ref.Year()
		if ref.Month() < time.October {
			y--
		}
		after = time.Date(y, time.September, 30, 0, 0, 0, 0, time.UTC)
	default:
		sm := windowMonthRe.FindStringSubmatch(m)
		if sm == nil {
			return Period{}, false
		}
		mon := time.Month(monthNum(sm[1]))
		if mon == 0 {
			return Period{}, false
		}
		y := ref.Year()
		if sm[2] != "" {
			y, _ = strconv.Atoi(sm[2])
		} else if mon >= ref.Month() {
			y-- // "since January" in April: this year's; "since May" in April: last year's
		}
		after = time.Date(y, mon+1, 0, 0, 0, 0, 0, time.UTC)
	}
	if !after.Before(ref) {
		return Period{}, false
	}
	from := after.AddDate(0, 0, 1).Format("2006-01-02")
	return Period{Kind: "range", Text: m, From: from, To: ref.Format("2006-01-02"), Note: sinceWindowNote + after.Format("2006-01-02") + " (" + m + ")"}, true
}

// seasonEnd is the last day of a season of year y (winter: the one that
// ends in y's March).
func seasonEnd(season string, y int) time.Time {
	switch season {
	case "spring":
		return time.Date(y, time.June, 20, 0, 0, 0, 0, time.UTC)
	case "summer":
		return time.Date(y, time.September, 21, 0, 0, 0, 0, time.UTC)
	case "winter":
		return time.Date(y, time.March, 19, 0, 0, 0, 0, time.UTC)
	}
	return time.Date(y, time.December, 20, 0, 0, 0, 0, time.UTC) // fall, autumn
}

// windowYearRe: the window names its year ("since fall 2022").
var windowYearRe = lazyRegexp(`\b(?:19|20)\d\d\b`)
