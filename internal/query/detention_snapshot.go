package query

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"github.com/icestat/icestat/internal/answer"
	"github.com/icestat/icestat/internal/place"
	"github.com/icestat/icestat/internal/table"
)

// Table kinds (internal/detstats) behind the snapshot measures.
const (
	KindDetained    = "detained_by_agency_criminality"
	KindATD         = "atd_by_aor"
	KindFacilityADP = "facility_adp"
)

// Criminality classes of the currently-detained table, in ICE's order.
var criminalityClasses = []string{"Convicted Criminal", "Pending Criminal Charges", "Other Immigration Violator"}

// detained: people in ICE detention on the as-of date, from the
// "ICE Currently Detained by Criminality and Arresting Agency" table.
func (e *Engine) detained(ctx context.Context, q *DetentionQuestion, res *Result) error {
	res.Label, res.Unit = "people in ICE detention (currently detained)", "people"
	tabs, err := e.publishedTables(ctx, KindDetained, res)
	if err != nil {
		return err
	}
	p, same, ok := pickSnapshot(tabs, q.Date, "the currently detained population", res)
	if !ok {
		return nil
	}
	vals, err := e.tableValues(ctx, p, KindDetained, res)
	if err != nil {
		return err
	}
	get := func(key1, measure string) (cellValue, bool) {
		for _, v := range vals {
			if strings.EqualFold(v.Key1, key1) && strings.EqualFold(v.Measure, measure) && v.HasValue {
				return v, true
			}
		}
		return cellValue{}, false
	}
	src := p.source(KindDetained)
	tot, ok := get("Total", "Total")
	if !ok {
		res.Coverage.None, res.Coverage.Complete = true, false
		res.Coverage.Note = fmt.Sprintf("%s [%s] has no total cell in its currently-detained table", p.File, p.Sheet)
		return nil
	}
	total := tot.Value
	res.Count = &total
	src.Cells = append(src.Cells, tot.Cell)
	res.Label += " as of " + day(p.AsOf)
	t := &table.Table{}
	switch {
	case contains(q.By, "agency") && contains(q.By, "criminality"):
		t.Columns = []string{q.By[0], q.By[1], "count", "share"}
		for _, ag := range []string{"ICE", "CBP"} {
			for _, c := range criminalityClasses {
				if v, ok := get(c, ag); ok {
					row := []any{ag, c}
					if q.By[0] == "criminality" {
						row = []any{c, ag}
					}
					t.Rows = append(t.Rows, append(row, v.Value, v.Value/total))
					src.Cells = append(src.Cells, v.Cell)
				}
			}
		}
	case contains(q.By, "agency"):
		t.Columns = []string{"agency", "count", "share"}
		for _, ag := range []string{"ICE", "CBP"} {
			if v, ok := get("Total", ag); ok {
				t.Rows = append(t.Rows, []any{ag, v.Value, v.Value / total})
				src.Cells = append(src.Cells, v.Cell)
			}
		}
	case contains(q.By, "criminality"):
		t.Columns = []string{"criminality", "count", "share"}
		for _, c := range criminalityClasses {
			if v, ok := get(c, "Total"); ok {
				t.Rows = append(t.Rows, []any{c, v.Value, v.Value / total})
				src.Cells = append(src.Cells, v.Cell)
			}
		}
	default:
		t.Columns = []string{"as_of", "count"}
		t.Rows = [][]any{{day(p.AsOf), total}}
	}
	res.Table = t
	res.Sources = append(res.Sources, src)
	res.Warnings = append(res.Warnings, "ICE's published count of people in its custody on one day (a snapshot), not FOIA records; it includes people arrested by CBP and held by ICE")
	for _, o := range same {
		ov, err := e.tableValues(ctx, o, KindDetained, res)
		if err != nil {
			return err
		}
		for _, v := range ov {
			if v.Key1 == "Total" && v.Measure == "Total" && v.HasValue && v.Value != total {
				res.Revisions = append(res.Revisions, Revision{Period: day(p.AsOf), Key: "Total", First: v.Value, FirstEdition: o.File, Value: total, Edition: p.File})
				res.Warnings = append(res.Warnings, fmt.Sprintf("revised: %s printed %s for the same as-of date; %s prints %s", o.File, fmtNum(v.Value), p.File, fmtNum(total)))
			}
		}
	}
	return nil
}

// DetainedPoint is the total currently detained of one edition.
type DetainedPoint struct {
	AsOf  string  `json:"as_of"`
	File  string  `json:"file"`
	Cell  string  `json:"cell"`
	Total float64 `json:"total"`
}

// DetainedHistory lists the total currently detained of every stored
// edition (one point per as-of date, the latest edition among equal dates),
// in date order: the series a "record" claim is checked against.
func (e *Engine) DetainedHistory(ctx context.Context) ([]DetainedPoint, error) {
	return e.DetainedHistoryOf(ctx, "Total")
}

// DetainedHistoryOf is DetainedHistory for one column of the Total row:
// "Total", or the arresting agency, "ICE" or "CBP" ("between 9,000 and
// 11,000 of these detainees were arrested by ICE" at any point of a span).
func (e *Engine) DetainedHistoryOf(ctx context.Context, column string) ([]DetainedPoint, error) {
	switch column {
	case "Total", "ICE", "CBP":
	default:
		return nil, fmt.Errorf("no detained column %q (want Total, ICE or CBP)", column)
	}
	res := &Result{}
	tabs, err := e.publishedTables(ctx, KindDetained, res)
	if err != nil {
		return nil, err
	}
	const q = `SELECT edition_id, table_no, value, cell FROM detstats_values
WHERE kind = ? AND NOT hidden AND key1 = 'Total' AND measure = ? AND value IS NOT NULL`
	t, err := e.Store.Kept(ctx, q, KindDetained, column)
	if err != nil {
		return nil, fmt.Errorf("reading the detained totals: %w", err)
	}
	vals := map[editionTable][2]any{}
	for _, r := range t.Rows {
		vals[editionTable{toInt(r[0]), toInt(r[1])}] = [2]any{r[2], r[3]}
	}
	return historyPoints(tabs, vals), nil
}

// ATDHistory lists the national total of active Alternatives to Detention
// participants of every stored edition (one point per as-of date, the
// latest edition among equal dates), in date order: the series an ATD
// "record" or peak ("monitoring record numbers of immigrants", "as many as
// 376,000 individuals under monitoring") is checked against. The total is
// the one atd reads: the first Total row of the table, by cell.
func (e *Engine) ATDHistory(ctx context.Context) ([]DetainedPoint, error) {
	res := &Result{}
	tabs, err := e.publishedTables(ctx, KindATD, res)
	if err != nil {
		return nil, err
	}
	const q = `SELECT edition_id, table_no, value, cell FROM detstats_values
WHERE kind = ? AND lower(coalesce(key1, '')) = 'total' AND lower(coalesce(key2, '')) IN ('', 'total')
AND lower(coalesce(measure, '')) = 'count' AND value IS NOT NULL
ORDER BY edition_id, table_no, cell`
	t, err := e.Store.Kept(ctx, q, KindATD)
	if err != nil {
		return nil, fmt.Errorf("reading the ATD totals: %w", err)
	}
	vals := map[editionTable][2]any{}
	for _, r := range t.Rows {
		k := editionTable{toInt(r[0]), toInt(r[1])}
		if _, ok := vals[k]; !ok {
			vals[k] = [2]any{r[2], r[3]}
		}
	}
	return historyPoints(tabs, vals), nil
}

// editionTable names one table of one edition.
type editionTable struct{ ed, tab int64 }

// historyPoints is the series of a total (its value and cell in vals) over
// the published tables, in their order: one point per as-of date, the
// latest edition among equal dates.
func historyPoints(tabs []published, vals map[editionTable][2]any) []DetainedPoint {
	var out []DetainedPoint
	for _, p := range tabs {
		v, ok := vals[editionTable{p.EditionID, p.TableNo}]
		if !ok {
			continue
		}
		pt := DetainedPoint{AsOf: day(p.AsOf), File: p.File, Cell: str(v[1]), Total: table.Float(v[0])}
		if n := len(out); n > 0 && out[n-1].AsOf == pt.AsOf {
			out[n-1] = pt
			continue
		}
		out = append(out, pt)
	}
	return out
}

// aorOf maps an AOR name as ICE prints it in the ATD tables ("St Paul",
// "Washington DC", "WashingtonDC") to its code.
func aorOf(name string) (string, bool) {
	for _, s := range []string{name, strings.ReplaceAll(name, "DC", " DC"), strings.ReplaceAll(name, "St ", "St. "), strings.ReplaceAll(name, "St ", "Saint ")} {
		if a, ok := place.LookupAOR(s); ok {
			return a.Code, true
		}
	}
	return "", false
}

// atd: active Alternatives to Detention participants, nationally or in an
// AOR, from "Active ATD Participants and Average Length in Program … by AOR
// and Technology".
func (e *Engine) atd(ctx context.Context, q *DetentionQuestion, res *Result) error {
	res.Label, res.Unit = "active Alternatives to Detention participants", "people"
	tabs, err := e.publishedTables(ctx, KindATD, res)
	if err != nil {
		return err
	}
	p, _, ok := pickSnapshot(tabs, q.Date, "ATD participants by AOR", res)
	if !ok {
		return nil
	}
	vals, err := e.tableValues(ctx, p, KindATD, res)
	if err != nil {
		return err
	}
	src := p.source(KindATD)
	isTotal := func(s string) bool { return s == "" || strings.EqualFold(s, "Total") }
	type group struct {
		aor, tech string
		v         cellValue
	}
	var totals, techs []group
	var national *cellValue
	for i, v := range vals {
		if !v.HasValue || !strings.EqualFold(v.Measure, "Count") {
			continue
		}
		if strings.EqualFold(v.Key1, "Total") {
			if isTotal(v.Key2) && national == nil {
				national = &vals[i]
			}
			continue
		}
		code, ok := aorOf(v.Key1)
		if !ok {
			continue // a technology row of an older layout
		}
		if isTotal(v.Key2) {
			totals = append(totals, group{code, "", v})
		} else {
			techs = append(techs, group{code, v.Key2, v})
		}
	}
	var total float64
	found := false
	if q.AOR == "" {
		if national != nil {
			total, found = national.Value, true
			src.Cells = append(src.Cells, national.Cell)
		}
	} else {
		for _, g := range totals {
			if g.aor == q.AOR {
				total, found = g.v.Value, true
				src.Cells = append(src.Cells, g.v.Cell)
				break
			}
		}
	}
	if !found {
		res.Coverage.None, res.Coverage.Complete = true, false
		where := "the nation"
		if q.AOR != "" {
			where = q.AOR + " AOR"
		}
		res.Coverage.Note = fmt.Sprintf("place not covered: %s [%s] prints no ATD total for %s", p.File, p.Sheet, where)
		return nil
	}
	res.Count = &total
	res.Label += " as of " + day(p.AsOf)
	t := &table.Table{}
	switch {
	case contains(q.By, "technology"):
		t.Columns = []string{"technology", "count"}
		sum := map[string]float64{}
		var order []string
		for _, g := range techs {
			if q.AOR != "" && g.aor != q.AOR {
				continue
			}
			if _, ok := sum[g.tech]; !ok {
				order = append(order, g.tech)
			}
			sum[g.tech] += g.v.Value
			src.Cells = append(src.Cells, g.v.Cell)
		}
		sort.SliceStable(order, func(i, j int) bool { return sum[order[i]] > sum[order[j]] })
		for _, k := range order {
			t.Rows = append(t.Rows, []any{k, sum[k]})
		}
	case contains(q.By, "aor"):
		t.Columns = []string{"aor", "count"}
		sort.SliceStable(totals, func(i, j int) bool { return totals[i].v.Value > totals[j].v.Value })
		for _, g := range totals {
			if q.AOR != "" && g.aor != q.AOR {
				continue
			}
			t.Rows = append(t.Rows, []any{g.aor, g.v.Value})
			src.Cells = append(src.Cells, g.v.Cell)
		}
	default:
		t.Columns = []string{"as_of", "count"}
		t.Rows = [][]any{{day(p.AsOf), total}}
	}
	res.Table = t
	res.Sources = append(res.Sources, src)
	res.Warnings = append(res.Warnings, "ICE's published count of people enrolled in Alternatives to Detention (monitored, not detained) on one day; AOR is the office managing the case")
	return nil
}

// facilityRow is one facility of ICE's facilities table.
type facilityRow struct {
	Name, City, State, AOR, Type string
	Row                          string // the sheet row: names repeat
	ADP                          float64
	Cells                        []string
	// Threat: the average daily population by ICE threat level, and
	// the cells it comes from (ICE prints threat levels only here)
	Threat      map[string]float64
	ThreatCells []string
	// GuaranteedMin: the beds ICE's contract pays for whether used or not
	// (its "Guaranteed Minimum" column, printed since FY2021; HasGM false
	// when the edition or the row has none)
	GuaranteedMin float64
	HasGM         bool
}

// facilityADP: a facility's (or a place's facilities') average daily
// population as ICE publishes it in "ICE Facilities Data": the fiscal
// year-to-date ADP, the sum of its four criminality columns (male/female,
// criminal/non-criminal).
func (e *Engine) facilityADP(ctx context.Context, q *DetentionQuestion, res *Result) error {
	res.Label, res.Unit = "average daily population of ICE detention facilities (fiscal year to date, as published)", "average daily population"
	tabs, err := e.publishedTables(ctx, KindFacilityADP, res)
	if err != nil {
		return err
	}
	p, _, ok := pickSnapshot(tabs, q.Date, "the facilities table", res)
	if !ok {
		return nil
	}
	vals, err := e.tableValues(ctx, p, KindFacilityADP, res)
	if err != nil {
		return err
	}
	byName := map[string]*facilityRow{}
	var rows []*facilityRow
	for _, v := range vals {
		if v.Key1 == "" {
			continue
		}
		// one facility per sheet row: two facilities may share a name
		// (CLINTON COUNTY JAIL in NY and in IN, 2025 editions; NASSAU
		// COUNTY CORRECTIONAL CENTER twice in NY, 2025-07-08)
		row := strings.TrimLeft(v.Cell, "ABCDEFGHIJKLMNOPQRSTUVWXYZ")
		k := v.Key1 + "\x00" + row
		f := byName[k]
		if f == nil {
			f = &facilityRow{Name: v.Key1, Row: row}
			byName[k] = f
			rows = append(rows, f)
		}
		m := strings.ToLower(v.Measure)
		switch {
		case strings.HasPrefix(m, "adp: criminality /") && v.HasValue:
			f.ADP += v.Value
			f.Cells = append(f.Cells, v.Cell)
		case strings.HasPrefix(m, "adp: ice threat level /") && v.HasValue:
			if f.Threat == nil {
				f.Threat = map[string]float64{}
			}
			f.Threat[strings.TrimSpace(v.Measure[len("adp: ice threat level /"):])] += v.Value
			f.ThreatCells = append(f.ThreatCells, v.Cell)
		case strings.HasSuffix(m, "/ city"):
			f.City = v.Text
		case strings.HasSuffix(m, "/ state"):
			f.State = strings.ToUpper(strings.TrimSpace(v.Text))
		case strings.HasSuffix(m, "/ aor"):
			f.AOR = strings.ToUpper(strings.TrimSpace(v.Text))
		case strings.HasSuffix(m, "/ type detailed"):
			f.Type = v.Text
		case strings.HasSuffix(m, "/ guaranteed minimum") && v.HasValue:
			f.GuaranteedMin, f.HasGM = v.Value, true
		}
	}
	var sel []*facilityRow
	for _, f := range rows {
		if len(f.Cells) == 0 && f.State == "" && f.City == "" {
			continue // not a facility row (a note under the table)
		}
		if q.State != "" && f.State != q.State || q.AOR != "" && f.AOR != q.AOR ||
			q.Type != "" && !strings.EqualFold(f.Type, q.Type) ||
			q.Facility != "" && !strings.Contains(strings.ToUpper(f.Name), strings.ToUpper(q.Facility)) {
			continue
		}
		sel = append(sel, f)
	}
	if len(sel) == 0 {
		res.Coverage.None, res.Coverage.Complete = true, false
		res.Coverage.Note = fmt.Sprintf("place not covered: no facility of %s [%s] matches (ICE lists only facilities holding someone at the data pull)", p.File, p.Sheet)
		return nil
	}
	src := p.source(KindFacilityADP)
	dim := "facility"
	if len(q.By) > 0 {
		dim = q.By[0]
	}
	if dim == "threat_level" {
		return facilityThreat(sel, src, p, res)
	}
	var total float64
	for _, f := range sel {
		total += f.ADP
		src.Cells = append(src.Cells, f.Cells...)
	}
	total = round1(total)
	res.Count = &total
	res.Label += " as of " + day(p.AsOf)
	key := func(f *facilityRow) string {
		switch dim {
		case "state":
			return f.State
		case "aor":
			return f.AOR
		case "type":
			return f.Type
		}
		return f.Name + "\x00" + f.Row // names repeat, even in one city
	}
	sum := map[string]float64{}
	info := map[string]*facilityRow{}
	var order []string
	for _, f := range sel {
		k := key(f)
		if _, ok := sum[k]; !ok {
			order = append(order, k)
			info[k] = f
		}
		sum[k] += f.ADP
	}
	sort.SliceStable(order, func(i, j int) bool { return sum[order[i]] > sum[order[j]] })
	t := &table.Table{Columns: []string{dim, "adp"}}
	if dim == "facility" {
		t.Columns = []string{"facility", "city", "state", "aor", "type", "guaranteed_minimum", "adp"}
	}
	for _, k := range order {
		if dim == "facility" {
			f := info[k]
			var gm any // empty where the edition prints none
			if f.HasGM {
				gm = f.GuaranteedMin
			}
			t.Rows = append(t.Rows, []any{f.Name, f.City, f.State, f.AOR, f.Type, gm, round1(sum[k])})
			continue
		}
		t.Rows = append(t.Rows, []any{k, round1(sum[k])})
	}
	res.Table = t
	res.Sources = append(res.Sources, src)
	res.Warnings = append(res.Warnings, "ICE's facility ADP is the average over the fiscal year to the as-of date, not the population on that day; it counts where people are held, not where they were arrested")
	return nil
}

// facilityThreat sums the facilities' average daily populations by ICE
// threat level (ICE Threat Level 1-3, No ICE Threat Level): the only
// threat-level figures ICE's statistics print. Its total is the threat
// columns' own sum, which may differ by rounding from the criminality
// columns' (the facility ADP).
func facilityThreat(sel []*facilityRow, src answer.Source, p published, res *Result) error {
	sum := map[string]float64{}
	var total float64
	for _, f := range sel {
		for k, v := range f.Threat {
			sum[k] += v
			total += v
		}
		src.Cells = append(src.Cells, f.ThreatCells...)
	}
	if len(sum) == 0 {
		res.Coverage.None, res.Coverage.Complete = true, false
		res.Coverage.Note = fmt.Sprintf("no threat-level columns in %s [%s]", p.File, p.Sheet)
		return nil
	}
	total = round1(total)
	res.Count = &total
	res.Label = "average daily population of ICE detention facilities by ICE threat level (fiscal year to date, as published) as of " + day(p.AsOf)
	levels := make([]string, 0, len(sum))
	for k := range sum {
		levels = append(levels, k)
	}
	sort.Strings(levels)
	t := &table.Table{Columns: []string{"threat_level", "adp"}}
	for _, k := range levels {
		t.Rows = append(t.Rows, []any{k, round1(sum[k])})
	}
	res.Table = t
	res.Sources = append(res.Sources, src)
	res.Warnings = append(res.Warnings, "ICE prints threat levels only as facilities' average daily populations over the fiscal year to date, not as the people held on one day")
	return nil
}

func fmtNum(f float64) string {
	if f == float64(int64(f)) {
		return table.Thousands(int64(f))
	}
	return fmt.Sprintf("%.1f", f)
}
