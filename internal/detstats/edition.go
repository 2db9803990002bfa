package detstats

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/icestat/icestat/internal/xlsx"
)

// Edition is one detention-statistics workbook.
type Edition struct {
	File     string // base name
	Path     string
	SHA256   string
	Size     int64
	Date     time.Time // edition (archive) date from the file name's YYYY-MM-DD prefix, else the file's own date
	FileDate time.Time // date written in ICE's original file name, when plausible
	FY       int       // fiscal year in the file name
	Sheets   []Sheet
	Tables   []*Table
	// Unrecognised lists tables whose kind is not known and blocks of
	// numbers no table claimed, by sheet and position.
	Unrecognised []Unrecognised
}

// Sheet is one sheet of an edition.
type Sheet struct {
	Name   string
	Index  int
	Hidden bool
	Tables int
}

// Unrecognised is a table (or block of numbers) whose kind is not known.
type Unrecognised struct {
	Sheet  string
	Ref    string
	Range  string
	Title  string
	Reason string
}

var (
	prefixDateRE = regexp.MustCompile(`^(\d{4}-\d{2}-\d{2})_`)
	nameFYRE     = regexp.MustCompile(`(?i)FY ?(\d{2,4})`)
	nameDateRE   = regexp.MustCompile(`(\d{6,8})b?\.xlsx$`)
	slashDateRE  = regexp.MustCompile(`(\d{1,2})[./](\d{1,2})[./](\d{2,4})`)
	asOfRE       = regexp.MustCompile(`(?i)as of:?\s*(\d{1,2})[./](\d{1,2})[./](\d{2,4})`)
	// "Data from BI Inc. Participants Report, 9.30.2019" under ATD tables
	reportDateRE = regexp.MustCompile(`(?i)data from .*report,?\s*(\d{1,2})[./](\d{1,2})[./](\d{2,4})`)
	// "Source: ICE Integrated Decision Support (IIDS), 10/07/2019" above facility tables
	sourceDateRE = regexp.MustCompile(`(?i)^source:.*?(\d{1,2})/(\d{1,2})/(\d{2,4})`)
	// the Footnotes sheet's data dates: "ICE National Docket data are a
	// snapshot as of 10/04/2019", "… data is filtered through 09/30/2019"
	footnoteDateRE = regexp.MustCompile(`(?i)(?:snapshot as of|filtered through|updated through)\s*(\d{1,2})/(\d{1,2})/(\d{2,4})`)
	footnoteSheet  = regexp.MustCompile(`(?i)footnote`)
)

// ReadEdition opens a workbook, finds and interprets all its tables.
func ReadEdition(path string) (*Edition, error) {
	fh, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer fh.Close()
	h := sha256.New()
	size, err := io.Copy(h, fh)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return ReadEditionFrom(path, filepath.Base(path), fh, size, hex.EncodeToString(h.Sum(nil)))
}

// ReadEditionFrom reads a workbook already open (its SHA-256 computed by
// the caller from the same handle), so that an ingest opens each file once.
// name is the file's name as published (an upload is saved under another):
// the edition's dates and fiscal year are read from it.
func ReadEditionFrom(path, name string, fh io.ReaderAt, size int64, sum string) (*Edition, error) {
	e := &Edition{File: name, Path: path, SHA256: sum, Size: size}
	wb, err := xlsx.NewReader(fh, size, path)
	if err != nil {
		return nil, err
	}
	defer wb.Close()
	e.nameInfo()
	notes := map[string]time.Time{}
	for _, si := range wb.Sheets() {
		g, err := readGrid(wb, si)
		if err != nil {
			return nil, err
		}
		if footnoteSheet.MatchString(si.Name) {
			footnoteDates(g, notes)
		}
		raws, strays := findTables(g)
		sh := Sheet{Name: si.Name, Index: si.Index, Hidden: si.Hidden}
		sheetFY := fyOf(si.Name)
		for _, rt := range raws {
			fy := e.FY
			if sheetFY > 0 {
				fy = sheetFY
			}
			t := interpret(rt, fy)
			e.asOf(t)
			t.Kind = classify(t)
			if t.Kind == "" {
				e.Unrecognised = append(e.Unrecognised, Unrecognised{Sheet: t.Sheet, Ref: t.Ref, Range: t.Range,
					Title: t.Title, Reason: "table kind not recognised"})
			}
			e.Tables = append(e.Tables, t)
			sh.Tables++
		}
		for _, s := range strays {
			e.Unrecognised = append(e.Unrecognised, Unrecognised{Sheet: s.Sheet, Ref: s.Ref, Range: s.Ref,
				Title: s.Text, Reason: fmt.Sprintf("%d numeric cells outside any table", s.Cells)})
		}
		e.Sheets = append(e.Sheets, sh)
	}
	e.footnoteAsOf(notes)
	return e, nil
}

// footnoteDates reads the Footnotes sheet's data date per group of tables
// (column A names the group, column B the note that dates it), lower case
// group name -> date; the first date of a group wins.
func footnoteDates(g *Grid, out map[string]time.Time) {
	group := ""
	for r := 1; r <= g.MaxRow; r++ {
		if a := strings.TrimSpace(g.At(r, 0).Text); a != "" {
			group = strings.ToLower(a)
		}
		m := footnoteDateRE.FindStringSubmatch(g.At(r, 1).Text)
		if m == nil || group == "" {
			continue
		}
		if _, ok := out[group]; ok {
			continue
		}
		if d, ok := parseSlashDate(m); ok {
			out[group] = d
		}
	}
}

// footnoteGroups maps a table kind (by prefix) to the words of the Footnotes
// group that dates it.
var footnoteGroups = []struct{ kind, group string }{
	{"detained_", "currently detained"},
	{"book_ins", "book-ins"},
	{"book_outs", "releases"},
	{"removals", "removals"},
	{"adp_", "average daily population"},
	{"alos", "average daily population"},
	{"iclos", "iclos"},
}

// footnoteAsOf dates the tables that have no date of their own from the
// Footnotes sheet (the FY2019–FY2024 editions whose titles and file names
// carry none).
func (e *Edition) footnoteAsOf(notes map[string]time.Time) {
	for _, t := range e.Tables {
		if !t.AsOf.IsZero() || t.Kind == "" {
			continue
		}
		for _, fg := range footnoteGroups {
			if !strings.HasPrefix(t.Kind, fg.kind) {
				continue
			}
			var best string
			for g := range notes {
				if strings.Contains(g, fg.group) && (best == "" || g < best) {
					best = g
				}
			}
			if best != "" {
				t.AsOf, t.AsOfFrom = notes[best], "footnotes"
			}
			break
		}
	}
}

// nameInfo reads the edition date, fiscal year and ICE's own date from the
// file name ("2025-06-21_FY25_detentionStats06202025.xlsx").
func (e *Edition) nameInfo() {
	if m := prefixDateRE.FindStringSubmatch(e.File); m != nil {
		e.Date, _ = time.Parse("2006-01-02", m[1])
	}
	rest := prefixDateRE.ReplaceAllString(e.File, "")
	if m := nameFYRE.FindStringSubmatch(rest); m != nil {
		e.FY, _ = strconv.Atoi(fullYear(m[1]))
	}
	if m := nameDateRE.FindStringSubmatch(rest); m != nil {
		e.FileDate = plausibleDate(m[1], e.Date)
	}
	if e.Date.IsZero() {
		e.Date = e.FileDate
	}
}

// plausibleDate reads MMDDYYYY, YYMMDD or MMDDYY, keeping the reading that
// falls within 120 days before the edition date (or any valid one when the
// edition date is unknown).
func plausibleDate(s string, ed time.Time) time.Time {
	var cands []time.Time
	add := func(y, m, d int) {
		if m < 1 || m > 12 || d < 1 || d > 31 {
			return
		}
		t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
		if t.Day() == d {
			cands = append(cands, t)
		}
	}
	at := func(i, j int) int { v, _ := strconv.Atoi(s[i:j]); return v }
	switch len(s) {
	case 8:
		add(at(4, 8), at(0, 2), at(2, 4))
	case 6:
		add(2000+at(0, 2), at(2, 4), at(4, 6))
		add(2000+at(4, 6), at(0, 2), at(2, 4))
	}
	for _, t := range cands {
		if ed.IsZero() || (!t.After(ed) && ed.Sub(t) <= 120*24*time.Hour) {
			return t
		}
	}
	return time.Time{}
}

func parseSlashDate(m []string) (time.Time, bool) {
	mo, _ := strconv.Atoi(m[1])
	d, _ := strconv.Atoi(m[2])
	y, _ := strconv.Atoi(m[3])
	if y < 100 {
		y += 2000
	}
	if mo < 1 || mo > 12 || d < 1 || d > 31 || y < 2010 || y > 2100 {
		return time.Time{}, false
	}
	t := time.Date(y, time.Month(mo), d, 0, 0, 0, 0, time.UTC)
	return t, t.Day() == d
}

// asOf sets a table's as-of date: a date in its title, else one in its
// notes, else the date in ICE's file name.
func (e *Edition) asOf(t *Table) {
	for _, src := range []struct {
		text, from string
	}{{t.Title, "title"}} {
		if m := asOfRE.FindStringSubmatch(src.text); m != nil {
			if d, ok := parseSlashDate(m); ok {
				t.AsOf, t.AsOfFrom = d, src.from
				return
			}
		}
		if m := slashDateRE.FindStringSubmatch(src.text); m != nil {
			if d, ok := parseSlashDate(m); ok {
				t.AsOf, t.AsOfFrom = d, src.from
				return
			}
		}
	}
	for _, re := range []*regexp.Regexp{asOfRE, reportDateRE, sourceDateRE} {
		for _, n := range t.Notes {
			if m := re.FindStringSubmatch(n); m != nil {
				if d, ok := parseSlashDate(m); ok {
					t.AsOf, t.AsOfFrom = d, "notes"
					return
				}
			}
		}
	}
	if !e.FileDate.IsZero() {
		t.AsOf, t.AsOfFrom = e.FileDate, "file name"
	}
}

// Stats summarises an edition.
func (e *Edition) Stats() (tables, recognised, passed, failed int) {
	for _, t := range e.Tables {
		tables++
		if t.Kind != "" {
			recognised++
		}
		for _, c := range t.Totals {
			if c.OK {
				passed++
			} else {
				failed++
			}
		}
	}
	return
}

// normTitle lower-cases a title and removes FY tokens, dates, marks.
func normTitle(s string) string {
	s, _ = stripMarks(s)
	s = slashDateRE.ReplaceAllString(s, "")
	s = fyTokenRE.ReplaceAllString(s, "")
	s = strings.ToLower(strings.Join(strings.Fields(s), " "))
	return s
}
