package query

import (
	"context"
	"errors"
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/icestat/icestat/internal/answer"
	"github.com/icestat/icestat/internal/store"
	"github.com/icestat/icestat/internal/table"
)

// Revision is a value a later edition printed differently for the same
// period (flows) or the same as-of date (snapshots).
type Revision struct {
	Period       string  `json:"period"`
	Key          string  `json:"key"`
	First        float64 `json:"first_value"`
	FirstEdition string  `json:"first_edition"`
	Value        float64 `json:"value"`
	Edition      string  `json:"edition"`
}

// maxStale is how old the latest edition may be and still answer for a
// date: ICE publishes about every two weeks, so a gap longer than a month
// means editions are missing and the date is not covered.
const maxStale = 31 * 24 * time.Hour

// runDetention answers a detention question.
func (e *Engine) runDetention(ctx context.Context, query *Query) (*Result, error) {
	q := query.Detention
	res := &Result{Query: query}
	res.Dataset, res.Params, res.Command, res.Warnings, res.Sources = q.Measure, query.Values(), query.Command(), []string{}, []answer.Source{}
	var err error
	switch q.Measure {
	case "detained":
		err = e.detained(ctx, q, res)
	case "atd":
		err = e.atd(ctx, q, res)
	case "facility-adp":
		err = e.facilityADP(ctx, q, res)
	case "book-ins", "book-outs":
		err = e.flow(ctx, q, res)
	case "held":
		err = e.held(ctx, q, res)
	case "adp", "alos":
		err = e.average(ctx, q, res)
	case "custody-length":
		err = e.custodyLength(ctx, q, res)
	case "ice-removals":
		err = e.iceRemovals(ctx, q, res)
	default:
		return nil, bad("unknown detention measure %q", q.Measure)
	}
	if err != nil {
		return nil, err
	}
	if res.Table == nil {
		res.Table = &table.Table{Columns: append(append([]string{}, q.By...), "count")}
	}
	res.Columns, res.Rows = res.Table.Columns, res.Table.Rows
	if res.Coverage.None {
		res.Count = nil
		res.Warnings = append(res.Warnings, "no count is given: "+res.Coverage.Note)
	}
	return res, nil
}

// published is one table of one edition: a snapshot at its as-of date, or
// the months it prints.
type published struct {
	EditionID int64
	File      string
	SHA256    string
	Edition   time.Time
	TableNo   int64
	Sheet     string
	Title     string
	AsOf      time.Time
	Basis     string
}

func (p published) source(kind string) answer.Source {
	return answer.Source{File: p.File, SHA256: p.SHA256, Edition: day(p.Edition), AsOf: day(p.AsOf), AsOfBasis: p.Basis,
		Kind: kind, Sheet: p.Sheet, Title: p.Title}
}

const publishedSQL = `SELECT e.id, e.file, e.sha256, e.edition_date, e.file_date, t.table_no, t.sheet, t.title, t.as_of, coalesce(t.as_of_from, '')
FROM detstats_tables t JOIN detstats_editions e ON e.id = t.edition_id
WHERE t.kind = ? AND NOT t.sheet_hidden
ORDER BY e.edition_date, e.id, t.table_no`

// publishedTables lists the visible tables of a kind, each with its
// effective as-of date, ordered by that date then edition.
func (e *Engine) publishedTables(ctx context.Context, kind string, res *Result) ([]published, error) {
	t, err := e.Store.Kept(ctx, publishedSQL, kind)
	if err != nil {
		if errors.Is(err, store.ErrNoTable) {
			return nil, nil
		}
		return nil, fmt.Errorf("listing published %s tables: %w", kind, err)
	}
	res.SQL = append(res.SQL, answer.Statement{SQL: publishedSQL, Args: []any{kind}})
	var printedBy time.Time
	if res.Query != nil && res.Query.Detention != nil {
		printedBy = res.Query.Detention.PrintedBy
	}
	var out []published
	later := 0
	for _, r := range t.Rows {
		p := published{EditionID: toInt(r[0]), File: str(r[1]), SHA256: str(r[2]), Edition: toTime(r[3]),
			TableNo: toInt(r[5]), Sheet: str(r[6]), Title: str(r[7])}
		p.AsOf, p.Basis = effectiveAsOf(p.Edition, toTime(r[4]), toTime(r[8]), str(r[9]))
		if end, ok := endOfFYTable(p.Sheet, toTime(r[8])); ok {
			p.AsOf, p.Basis = end, "end of the fiscal year the sheet names, as its title prints"
		}
		fileDate := toTime(r[4])
		if !printedBy.IsZero() && (p.AsOf.After(printedBy) || fileDate.After(printedBy) && !fileDate.After(p.Edition)) {
			// an edition is out by a day only if its figures are as of
			// that day or before (archive dates come days after ICE
			// publishes, so they cannot bound it), and only if the date
			// in ICE's file name, on or after which ICE publishes, is
			// not later either: the edition of 2026-02-12 prints ATD
			// participants as of 2026-02-07, but was not out on
			// 2026-02-11 (ab-es-maz-05). A file-name date after the
			// archive date is a misprint and bounds nothing.
			later++
			continue
		}
		out = append(out, p)
	}
	if later > 0 {
		res.Warnings = append(res.Warnings, fmt.Sprintf("as published by %s: %d tables of editions with figures as of a later day, or dated later in ICE's file name, are left out (--printed-by)", day(printedBy), later))
	}
	sort.SliceStable(out, func(i, j int) bool {
		if !out[i].AsOf.Equal(out[j].AsOf) {
			return out[i].AsOf.Before(out[j].AsOf)
		}
		return out[i].Edition.Before(out[j].Edition)
	})
	return out, nil
}

// effectiveAsOf dates a published table. ICE prints the date in the table
// title, the notes or the file name, but not always, and a title is
// sometimes a stale copy from a year before; a printed date is kept only
// when it is plausible for the edition (from 120 days before the archive
// date to 45 days after it: archive dates are approximate). Otherwise the
// date in ICE's file name, else the archive date itself, which bounds the
// data from above.
func effectiveAsOf(edition, fileDate, asOf time.Time, from string) (time.Time, string) {
	if !asOf.IsZero() && (edition.IsZero() || !asOf.Before(edition.AddDate(0, 0, -120)) && !asOf.After(edition.AddDate(0, 0, 45))) {
		switch from {
		case "title":
			return asOf, "date in the table title"
		case "notes":
			return asOf, "date in the table notes"
		case "file name":
			return asOf, "date in ICE's file name"
		}
		return asOf, from
	}
	if !fileDate.IsZero() {
		return fileDate, "date in ICE's file name"
	}
	return edition, "archive date (ICE printed no as-of date; the figures were published on or before it)"
}

// eofyRE finds a sheet of end-of-fiscal-year figures ("ATD EOFY23",
// "Facilities EOFY24").
var eofyRE = regexp.MustCompile(`(?i)\bEOFY\s*(20)?(\d{2})\b`)

// endOfFYTable dates a sheet of end-of-fiscal-year figures that an edition
// carries beside its year-to-date ones (the 2024-04-25 edition prints ATD
// participants "FY24, as of 04/20/2024" and "FY23, as of 9/30/2023"): its
// printed date, when that is 30 September of the year the sheet names, is
// the table's date however old it is. effectiveAsOf would otherwise take
// it for a stale title and date it by the edition, so a question about
// April 2024 got the end of FY2023's figure.
func endOfFYTable(sheet string, printed time.Time) (time.Time, bool) {
	m := eofyRE.FindStringSubmatch(sheet)
	if m == nil || printed.IsZero() {
		return time.Time{}, false
	}
	fy, _ := strconv.Atoi(m[2])
	end := time.Date(2000+fy, time.September, 30, 0, 0, 0, 0, time.UTC) // FY N ends 30 Sep N
	if !printed.Equal(end) {
		return time.Time{}, false
	}
	return end, true
}

// latestOut tells whether tabs[i] is the latest table of the editions out
// by d, for a question asked as published by that day (--printed-by, the
// claims' "currently"), archived within maxStale before it.
func latestOut(tabs []published, i int, d time.Time, res *Result) bool {
	if res.Query == nil || res.Query.Detention == nil {
		return false
	}
	pb := res.Query.Detention.PrintedBy
	return !pb.IsZero() && !d.After(pb) && i == len(tabs)-1 && !tabs[i].Edition.After(d) && d.Sub(tabs[i].Edition) <= maxStale
}

// archiveLag is how long after ICE put an edition out the archive may have
// saved it.
const archiveLag = 7 * 24 * time.Hour

// archivedSoonAfter: with no printed-by bound (the latest printing), a late
// edition archived within archiveLag after the date asked answers for it.
func archivedSoonAfter(p published, d time.Time, res *Result) bool {
	if res.Query == nil || res.Query.Detention == nil || !res.Query.Detention.PrintedBy.IsZero() {
		return false
	}
	return p.Edition.After(d) && p.Edition.Sub(d) <= archiveLag
}

// pickSnapshot chooses the table that answers for date d (zero: the
// latest): the latest as-of on or before d, the latest edition among equal
// dates. It fills the coverage and returns false when no table covers d.
func pickSnapshot(tabs []published, d time.Time, what string, res *Result) (published, []published, bool) {
	if len(tabs) == 0 {
		res.Coverage = answer.Coverage{AskedText: askedDate(d), Held: "nothing", None: true,
			Note: fmt.Sprintf("no detention-statistics edition with %s is stored (run `icestat detstats ingest`)", what)}
		return published{}, nil, false
	}
	first, last := tabs[0], tabs[len(tabs)-1]
	res.Coverage = answer.Coverage{AskedText: askedDate(d), Held: fmt.Sprintf("editions as of %s..%s (%d tables of %s)", day(first.AsOf), day(last.AsOf), len(tabs), what)}
	if d.IsZero() {
		d = last.AsOf
	}
	i := sort.Search(len(tabs), func(i int) bool { return tabs[i].AsOf.After(d) }) - 1
	if i < 0 {
		res.Coverage.None = true
		res.Coverage.Note = fmt.Sprintf("period not covered: %s is before the first stored edition with %s (as of %s, %s)", day(d), what, day(first.AsOf), first.File)
		return published{}, nil, false
	}
	p := tabs[i]
	if d.Sub(p.AsOf) > maxStale && latestOut(tabs, i, d, res) {
		// ICE published late (the 2025-10-30 edition, archived five
		// weeks after its figures of September 25, was the latest a
		// reader had in early November): what the editions out by the
		// day said, dated as they are
		res.Warnings = append(res.Warnings, fmt.Sprintf("%s, archived %s, was the latest edition out by %s; ICE published it %d days after its figures' date",
			p.File, day(p.Edition), day(d), int(p.Edition.Sub(p.AsOf).Hours()/24)))
	} else if d.Sub(p.AsOf) > maxStale && archivedSoonAfter(p, d, res) {
		// the edition as of September 25, 2025 was archived on October 30,
		// two days after an article that quotes it (bl-es-elchicagohispano,
		// 2025-10-28): the archive's date is when it was saved, and ICE
		// had put it out a little before
		res.Warnings = append(res.Warnings, fmt.Sprintf("%s was archived %s, %d days after the date asked and %d days after its figures' date; ICE published it late, a little before it was archived",
			p.File, day(p.Edition), int(p.Edition.Sub(d).Hours()/24), int(p.Edition.Sub(p.AsOf).Hours()/24)))
	} else if d.Sub(p.AsOf) > maxStale {
		res.Coverage.None = true
		if i == len(tabs)-1 {
			res.Coverage.Note = fmt.Sprintf("period not covered: %s is after the last stored edition with %s (as of %s, %s)", day(d), what, day(p.AsOf), p.File)
		} else {
			res.Coverage.Note = fmt.Sprintf("period not covered: no stored edition with %s between %s (%s) and %s (%s)", what, day(p.AsOf), p.File, day(tabs[i+1].AsOf), tabs[i+1].File)
		}
		return published{}, nil, false
	}
	res.Coverage.Complete = true
	if !d.Equal(p.AsOf) {
		res.Warnings = append(res.Warnings, fmt.Sprintf("ICE published %s as of %s (%s); the latest edition on or before %s is %d days older than the date asked",
			what, day(p.AsOf), p.File, day(d), int(d.Sub(p.AsOf).Hours()/24)))
	}
	if strings.HasPrefix(p.Basis, "archive date") {
		res.Warnings = append(res.Warnings, fmt.Sprintf("%s prints no as-of date for this table: it is dated by its archive date %s, so the figures are as of that date or earlier", p.File, day(p.Edition)))
	}
	// Other tables with the same as-of date (a republished edition): the
	// caller compares their values.
	var same []published
	for j := i - 1; j >= 0 && tabs[j].AsOf.Equal(p.AsOf); j-- {
		same = append(same, tabs[j])
	}
	return p, same, true
}

func askedDate(d time.Time) string {
	if d.IsZero() {
		return "latest edition"
	}
	return day(d)
}

// cellValue is one stored value with its cell.
type cellValue struct {
	Key1, Key2, Measure, Period, Text string
	Value                             float64
	HasValue                          bool
	Cell                              string
}

const valuesSQL = `SELECT coalesce(key1, ''), coalesce(key2, ''), coalesce(measure, ''), coalesce(period, ''), value, coalesce(text, ''), coalesce(cell, '')
FROM detstats_values WHERE edition_id = ? AND table_no = ? AND kind = ?
ORDER BY cell`

// tableValues reads every value of one published table.
func (e *Engine) tableValues(ctx context.Context, p published, kind string, res *Result) ([]cellValue, error) {
	t, err := e.Store.Kept(ctx, valuesSQL, p.EditionID, p.TableNo, kind)
	if err != nil {
		return nil, fmt.Errorf("reading %s of %s: %w", kind, p.File, err)
	}
	res.SQL = append(res.SQL, answer.Statement{SQL: valuesSQL, Args: []any{p.EditionID, p.TableNo, kind}})
	out := make([]cellValue, 0, len(t.Rows))
	for _, r := range t.Rows {
		cv := cellValue{Key1: str(r[0]), Key2: str(r[1]), Measure: str(r[2]), Period: str(r[3]), Text: str(r[5]), Cell: str(r[6])}
		if r[4] != nil {
			cv.Value, cv.HasValue = table.Float(r[4]), true
		}
		out = append(out, cv)
	}
	return out, nil
}

// Conversions of driver values.

func toInt(v any) int64 { return table.Int(v) }

func toTime(v any) time.Time {
	if t, ok := v.(time.Time); ok {
		return t.UTC()
	}
	return time.Time{}
}

// round1 keeps one decimal, as ICE's averages are printed.
func round1(f float64) float64 {
	if f < 0 {
		return -round1(-f)
	}
	return float64(int64(f*10+0.5)) / 10
}
