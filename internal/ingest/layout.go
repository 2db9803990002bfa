package ingest

import (
	"path/filepath"
	"regexp"
	"strconv"
	"strings"

	"github.com/icestat/icestat/internal/canon"
	"github.com/icestat/icestat/internal/place"
)

// headerSearchRows is how far down a sheet or file the header row is looked
// for. Releases put 3–6 preamble lines above it; summary and footnote sheets
// have none within this depth and are skipped with a message.
const headerSearchRows = 60

// minHeaderCells is how many recognised column names make a header row.
const minHeaderCells = 2

// preamble holds what the lines above the header say about the table.
type preamble struct {
	Lines []string // the non-empty preamble lines, first cell text of each
	Title string   // the last non-empty line above the header
	Unit  string   // the first line (e.g. "ERO-LESA Statistical Tracking Unit")
	FOIA  string   // FOIA request number, e.g. "2019-ICFO-53623"
}

var foiaRe = regexp.MustCompile(`(19|20)\d{2}-IC[A-Z]{2}-\d{3,6}`)

func readPreamble(rows [][]string, fileName string) preamble {
	var p preamble
	for _, r := range rows {
		text := strings.TrimSpace(strings.Join(nonEmpty(r), " "))
		if text == "" {
			continue
		}
		p.Lines = append(p.Lines, text)
	}
	if len(p.Lines) > 0 {
		p.Unit = p.Lines[0]
		p.Title = p.Lines[len(p.Lines)-1]
	}
	for _, l := range p.Lines {
		if m := foiaRe.FindString(l); m != "" {
			p.FOIA = m
			break
		}
	}
	if p.FOIA == "" {
		// Some productions carry the number only in the file name
		// ("2018-ICFO-36170_Seattle_...xlsx").
		p.FOIA = foiaRe.FindString(filepath.Base(fileName))
	}
	return p
}

func nonEmpty(r []string) []string {
	var out []string
	for _, c := range r {
		if c = strings.TrimSpace(c); c != "" {
			out = append(out, c)
		}
	}
	return out
}

var (
	rangeRe   = regexp.MustCompile(`(\d{1,2}/\d{1,2}/\d{4})\s*[-–]\s*(\d{1,2}/\d{1,2}/\d{4})`)
	throughRe = regexp.MustCompile(`(?i)\b(?:through|thru|as of)\s+(\d{1,2}/\d{1,2}/\d{4})`)
	fyRangeRe = regexp.MustCompile(`(?i)\bFY\s?(\d{4})\s*[-–]\s*FY\s?(\d{4})`)
	fyRe      = regexp.MustCompile(`(?i)\bFY\s?(\d{4})\b`)
	ytdRe     = regexp.MustCompile(`(?i)\bYTD\b`)
	aorRe     = regexp.MustCompile(`(?i)\b(?:for|in) the ([A-Z][A-Za-z .]+?) (?:Area of Responsibility|AOR)\b`)
	subsetRe  = regexp.MustCompile(`(?i)\bby the (Criminal Ali?e?a?n? Program|[A-Z][A-Za-z ]+ Program)\b`)
)

// coverage is the period a table claims to cover.
type coverage struct {
	From, To   canon.Day
	HasFrom    bool
	HasTo      bool
	Basis      string // "title" or "" (then data min/max are used)
	FY         int    // the single fiscal year the title names, 0 otherwise
	Scope      string // AOR code when the title limits the table to one AOR
	Subset     string // program when the title limits the table to one program
	PartialEnd bool   // the title says year-to-date without an end date
}

// titleCoverage reads the period, place and subset a title states:
// "FY2019 (10/1/2018 - 8/31/2019)", "FY2012 - FY2019 YTD (01/01/2012 -
// 07/06/2019)", "FY2018 YTD ... through 04/27/2018", "ERO Administrative
// Arrests for FY2016" (the whole fiscal year).
func titleCoverage(lines []string, title string) coverage {
	var c coverage
	parse := func(s string) (canon.Day, bool) {
		d, err := canon.ParseDate(s, false, false)
		return d, err == nil
	}
	fys := fyRe.FindAllStringSubmatch(title, -1)
	if len(fys) == 1 {
		c.FY, _ = strconv.Atoi(fys[0][1])
	}
	switch {
	case rangeRe.MatchString(title):
		m := rangeRe.FindStringSubmatch(title)
		c.From, c.HasFrom = parse(m[1])
		c.To, c.HasTo = parse(m[2])
	case fyRangeRe.MatchString(title):
		m := fyRangeRe.FindStringSubmatch(title)
		a, _ := strconv.Atoi(m[1])
		b, _ := strconv.Atoi(m[2])
		c.From, c.HasFrom = canon.FYStart(a), true
		c.To, c.HasTo = canon.FYEnd(b), true
	case c.FY > 0:
		c.From, c.HasFrom = canon.FYStart(c.FY), true
		c.To, c.HasTo = canon.FYEnd(c.FY), true
	}
	if m := throughRe.FindStringSubmatch(title); m != nil {
		if d, ok := parse(m[1]); ok {
			c.To, c.HasTo = d, true
		}
	} else if ytdRe.MatchString(title) && !rangeRe.MatchString(title) {
		// "YTD" with no end date: the end is where the data stop.
		c.HasTo, c.PartialEnd = false, true
	}
	if c.HasFrom || c.HasTo {
		c.Basis = "title"
	}
	for _, l := range append([]string{title}, lines...) {
		if m := aorRe.FindStringSubmatch(l); m != nil {
			if a, ok := place.LookupAOR(m[1]); ok {
				c.Scope = a.Code
				break
			}
		}
	}
	for _, l := range append([]string{title}, lines...) {
		if m := subsetRe.FindStringSubmatch(l); m != nil {
			s := m[1]
			if strings.HasPrefix(strings.ToLower(s), "criminal a") {
				s = "Criminal Alien Program" // titles also spell it "Criminal Area Program"
			}
			c.Subset = s
			break
		}
	}
	return c
}
