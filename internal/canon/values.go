package canon

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"
)

// IsRedacted reports whether a cell holds a FOIA exemption marker instead of
// a value. Releases spell the markers many ways — "(B)(6);(B)(7)(C) ",
// "(b)(6),(b)(7)c)", "(b)(7)(E )", "b(6), b(7)(c)" — so the test is
// structural: after dropping spaces, the cell is a list of exemption tokens
// b(N) with an optional sub-letter, separated by ';' or ','. A redacted cell is
// not an empty one: icestat stores NULL and counts it as redacted.
func IsRedacted(s string) bool {
	i, n := 0, len(s)
	skip := func() {
		for i < n && (s[i] == ' ' || s[i] == '\t') {
			i++
		}
	}
	skip()
	if i == n || (s[i] != '(' && s[i] != 'b' && s[i] != 'B') {
		return false
	}
	tokens := 0
	for {
		skip()
		if i == n {
			return tokens > 0
		}
		// optional "(" before b
		if s[i] == '(' {
			i++
			skip()
		}
		if i == n || (s[i] != 'b' && s[i] != 'B') {
			return false
		}
		i++
		skip()
		if i < n && s[i] == ')' {
			i++
			skip()
		}
		// (N)
		if i == n || s[i] != '(' {
			return false
		}
		i++
		skip()
		if i == n || s[i] < '0' || s[i] > '9' {
			return false
		}
		for i < n && s[i] >= '0' && s[i] <= '9' {
			i++
		}
		skip()
		if i == n || s[i] != ')' {
			return false
		}
		i++
		skip()
		// optional sub-letter: "(C)", "(c )", "c)", "(E"
		if i < n && (s[i] == '(' || isLetter(s[i])) {
			if s[i] == '(' {
				i++
				skip()
			}
			if i == n || !isLetter(s[i]) {
				return false
			}
			i++
			skip()
			if i < n && s[i] == ')' {
				i++
			}
		}
		tokens++
		skip()
		if i < n && (s[i] == ';' || s[i] == ',') {
			i++
			continue
		}
		skip()
		return i == n
	}
}

func isLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// Plausible date range. Dates outside it ("07/02/0999", "01/01/0001" occur
// in the releases) are placeholders, not dates, and are rejected with a
// reason rather than stored.
var (
	MinDate = time.Date(1900, 1, 1, 0, 0, 0, 0, time.UTC)
	MaxDate = time.Date(2100, 12, 31, 0, 0, 0, 0, time.UTC)
)

// Errors returned by ParseDate; callers record them as reject reasons.
var (
	ErrNotDate        = errors.New("not a date")
	ErrImpossible     = errors.New("impossible calendar date")
	ErrDateOutOfRange = errors.New("date outside 1900-01-01..2100-12-31")
)

// Day is a calendar date as days since 1970-01-01 (DuckDB's DATE), which
// keeps dates allocation-free on the ingest path.
type Day int32

// Time converts the day to a UTC midnight time.
func (d Day) Time() time.Time { return time.Unix(int64(d)*86400, 0).UTC() }

// String formats the day as YYYY-MM-DD.
func (d Day) String() string { return d.Time().Format("2006-01-02") }

// DayOf returns the day of a time's calendar date.
func DayOf(t time.Time) Day {
	y, m, dd := t.Date()
	return daysFromCivil(y, int(m), dd)
}

// daysFromCivil is Howard Hinnant's algorithm: days since 1970-01-01 for a
// proleptic Gregorian date.
func daysFromCivil(y, m, d int) Day {
	if m <= 2 {
		y--
	}
	era := y / 400
	if y < 0 && y%400 != 0 {
		era = (y - 399) / 400
	}
	yoe := y - era*400
	mp := (m + 9) % 12
	doy := (153*mp+2)/5 + d - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return Day(era*146097 + doe - 719468)
}

// civil is the inverse of daysFromCivil.
func civil(z Day) (y, m, d int) {
	zz := int(z) + 719468
	era := zz / 146097
	if zz < 0 && zz%146097 != 0 {
		era = (zz - 146096) / 146097
	}
	doe := zz - era*146097
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	y = yoe + era*400
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	d = doy - (153*mp+2)/5 + 1
	if mp < 10 {
		m = mp + 3
	} else {
		m = mp - 9
	}
	if m <= 2 {
		y++
	}
	return
}

// Civil returns the year, month and day of d.
func (d Day) Civil() (y, m, dd int) { return civil(d) }

func daysIn(y, m int) int {
	switch m {
	case 2:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

func makeDay(y, m, d int) (Day, error) {
	if m < 1 || m > 12 || d < 1 || d > daysIn(y, m) {
		return 0, ErrImpossible
	}
	day := daysFromCivil(y, m, d)
	if day < minDay || day > maxDay {
		return 0, ErrDateOutOfRange
	}
	return day, nil
}

var (
	minDay = DayOf(MinDate)
	maxDay = DayOf(MaxDate)
)

// ParseDate reads the date spellings of the releases: M/D/YYYY (no zero
// padding needed), YYYY-MM-DD, and either followed by a time of day
// ("2024-03-05 14:22:00", "3/5/2024 2:22:00 PM"), which is dropped. When
// serial is true a bare number is an Excel serial day (date1904 selects the
// 1904 system); the xlsx reader sets it for numeric cells only. The
// hand-written parser avoids time.Parse, which is the hot spot of ingest
// (see BenchmarkParseDate).
func ParseDate(s string, serial, date1904 bool) (Day, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return 0, ErrNotDate
	}
	if serial && isNumber(s) {
		f, err := strconv.ParseFloat(s, 64)
		if err != nil {
			return 0, ErrNotDate
		}
		return SerialDay(f, date1904)
	}
	if sp := strings.IndexAny(s, " T"); sp > 0 {
		s = s[:sp]
	}
	var a, b, c, na, nb, nc int
	var sep byte
	i := 0
	read := func(v, n *int) {
		for i < len(s) && s[i] >= '0' && s[i] <= '9' && *n < 5 {
			*v = *v*10 + int(s[i]-'0')
			*n++
			i++
		}
	}
	read(&a, &na)
	if na == 0 || i == len(s) || (s[i] != '/' && s[i] != '-') {
		return 0, ErrNotDate
	}
	sep = s[i]
	i++
	read(&b, &nb)
	if nb == 0 || i == len(s) || s[i] != sep {
		return 0, ErrNotDate
	}
	i++
	read(&c, &nc)
	if nc == 0 || i != len(s) {
		return 0, ErrNotDate
	}
	switch {
	case sep == '-' && na == 4 && nb <= 2 && nc <= 2: // YYYY-MM-DD
		return makeDay(a, b, c)
	case sep == '/' && na <= 2 && nb <= 2 && nc == 4: // M/D/YYYY
		return makeDay(c, a, b)
	case sep == '/' && na == 4 && nb <= 2 && nc <= 2: // YYYY/MM/DD
		return makeDay(a, b, c)
	}
	return 0, ErrNotDate
}

func isNumber(s string) bool {
	dot := false
	for i := 0; i < len(s); i++ {
		switch {
		case s[i] >= '0' && s[i] <= '9':
		case s[i] == '.' && !dot:
			dot = true
		default:
			return false
		}
	}
	return len(s) > 0
}

// SerialDay converts an Excel serial day number to a Day. In the 1900 system
// serial 60 is the non-existent 1900-02-29 (Lotus's leap-year bug, kept by
// Excel); it is rejected as impossible and later serials are shifted by one.
func SerialDay(f float64, date1904 bool) (Day, error) {
	if f < 1 || f > 2958465 {
		return 0, ErrDateOutOfRange
	}
	n := int(f)
	var d Day
	if date1904 {
		d = daysFromCivil(1904, 1, 1) + Day(n)
	} else {
		switch {
		case n == 60:
			return 0, ErrImpossible
		case n < 60:
			d = daysFromCivil(1899, 12, 31) + Day(n)
		default:
			d = daysFromCivil(1899, 12, 30) + Day(n)
		}
	}
	if d < minDay || d > maxDay {
		return 0, ErrDateOutOfRange
	}
	return d, nil
}

// FiscalYear is the federal fiscal year of a day: FY N runs from 1 October
// N-1 through 30 September N.
func FiscalYear(d Day) int {
	y, m, _ := civil(d)
	if m >= 10 {
		return y + 1
	}
	return y
}

// FYStart and FYEnd bound fiscal year fy.
func FYStart(fy int) Day { return daysFromCivil(fy-1, 10, 1) }
func FYEnd(fy int) Day   { return daysFromCivil(fy, 9, 30) }

// NewDay builds a Day from a valid calendar date; it does not range-check.
func NewDay(y, m, d int) Day { return daysFromCivil(y, m, d) }

// ParseBool reads the yes/no spellings of flag columns.
func ParseBool(s string) (bool, error) {
	switch strings.ToUpper(strings.TrimSpace(s)) {
	case "YES", "Y", "TRUE", "T", "1":
		return true, nil
	case "NO", "N", "FALSE", "F", "0":
		return false, nil
	}
	return false, errors.New("not yes/no")
}

// ParseYear reads a four-digit year within the plausible range.
func ParseYear(s string) (int, error) {
	s = strings.TrimSpace(s)
	if f, err := strconv.ParseFloat(s, 64); err == nil && f == float64(int(f)) {
		y := int(f)
		if y >= 1900 && y <= 2100 {
			return y, nil
		}
		return 0, errors.New("year outside 1900..2100")
	}
	return 0, errors.New("not a year")
}

// Criminality classes. ICE's codes are "1 Convicted Criminal", "2 Pending
// Criminal Charges", "3 Other Immigration Violator"; cleaned exports drop the
// digit. Anything else is left unclassified (the query layer shows it as
// unknown), never guessed.
const (
	Convicted = "convicted"
	Pending   = "pending"
	Other     = "other"
)

// ClassifyCriminality maps a released criminality value to its class, or ""
// when the value is not one of the known spellings.
func ClassifyCriminality(s string) string {
	l := strings.ToLower(strings.TrimSpace(s))
	switch {
	case strings.HasPrefix(l, "1") || strings.HasPrefix(l, "convicted"):
		return Convicted
	case strings.HasPrefix(l, "2") || strings.HasPrefix(l, "pending"):
		return Pending
	case strings.HasPrefix(l, "3") || strings.HasPrefix(l, "other immigration"):
		return Other
	}
	return ""
}

// ClockTime returns the time of day a date cell carries, as HH:MM:SS:
// the text after the date ("2024-03-05 14:22:00", "2024-03-05T14:22",
// "3/5/2024 2:22:00 PM"), or the fraction of an Excel serial when serial is
// true ("45356.5" is noon). ok is false when the cell carries no time (a bare
// date or a whole serial) or the time is unreadable; the date itself is read
// by ParseDate.
func ClockTime(s string, serial bool) (string, bool) {
	s = strings.TrimSpace(s)
	if serial && isNumber(s) {
		f, err := strconv.ParseFloat(s, 64)
		if err != nil || f == float64(int64(f)) {
			return "", false
		}
		secs := int((f-float64(int64(f)))*86400 + 0.5)
		if secs >= 86400 {
			secs = 86399
		}
		return fmt.Sprintf("%02d:%02d:%02d", secs/3600, secs/60%60, secs%60), true
	}
	sp := strings.IndexAny(s, " T")
	if sp <= 0 {
		return "", false
	}
	t := strings.TrimSpace(s[sp+1:])
	pm, am := false, false
	if u := strings.ToUpper(t); strings.HasSuffix(u, "PM") || strings.HasSuffix(u, "AM") {
		pm, am = strings.HasSuffix(u, "PM"), strings.HasSuffix(u, "AM")
		t = strings.TrimSpace(t[:len(t)-2])
	}
	parts := strings.Split(t, ":")
	if len(parts) < 2 || len(parts) > 3 {
		return "", false
	}
	var v [3]int
	for i, p := range parts {
		if i == 2 {
			// seconds may carry a fraction ("14:22:00.000")
			p, _, _ = strings.Cut(p, ".")
		}
		n, err := strconv.Atoi(p)
		if err != nil || n < 0 || len(p) > 2 || len(p) == 0 {
			return "", false
		}
		v[i] = n
	}
	h, m, sec := v[0], v[1], v[2]
	switch {
	case pm && h < 12:
		h += 12
	case am && h == 12:
		h = 0
	}
	if h > 23 || m > 59 || sec > 59 || ((am || pm) && v[0] > 12) {
		return "", false
	}
	return fmt.Sprintf("%02d:%02d:%02d", h, m, sec), true
}
