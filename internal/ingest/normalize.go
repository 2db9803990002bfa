package ingest

import (
	"bufio"
	"encoding/json"
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/icestat/icestat/internal/canon"
	"github.com/icestat/icestat/internal/place"
)

// normalizer turns released rows into canonical rows, written as
// tab-separated text for the store to bulk-load, and records every value it
// could not use in the rejects file. It holds per-table state only.
type normalizer struct {
	part     *Part
	mapping  canon.Mapping
	serial   bool // numeric cells of date columns are Excel serials
	date1904 bool
	scopeAOR place.AOR // filled into aor when the table has no AOR column
	fillAOR  bool
	// facilityPlace: a detainers table without its own AOR or state column
	// takes them from the receiving facility's (see definitions "detainer
	// place").
	facAOR, facState bool

	out     *bufio.Writer
	rejects *bufio.Writer

	vals     []string // canonical values of the current row; "" is NULL
	redacted []bool
	// extra holds the row's cells that map to no canonical column, kept
	// as JSON: cells of a named column by header index (extraCols; a
	// redacted one is null), cells beyond the header in extraMore (rare).
	extraCols []extraCell
	extraMore map[string]any
	keyRank   []int    // header index -> rank of its name in byte order (JSON keys sorted as encoding/json sorts them)
	keyJSON   [][]byte // header index -> its name as a JSON string
	scratch   []byte
	jsonBuf   []byte
	redCount  []int64 // per header index
	cache     map[cacheKey]canonical
	days      map[canon.Day]string
	maxLine   int
	used      []int // canonical columns written, in order
	width     int
}

var (
	iEvent     = canon.MustColumn("event_date")
	iEventTime = canon.MustColumn("event_time")
	iFY        = canon.MustColumn("fy")
	iAOR       = canon.MustColumn("aor")
	iAORName   = canon.MustColumn("aor_name")
)

func newNormalizer(p *Part, m canon.Mapping, serial, date1904 bool, out, rejects *bufio.Writer) *normalizer {
	n := &normalizer{
		part: p, mapping: m, serial: serial, date1904: date1904, out: out, rejects: rejects,
		vals: make([]string, len(canon.Columns)), redacted: make([]bool, len(canon.Columns)),
		redCount: make([]int64, len(m.Headers)), width: len(m.Headers),
		cache: map[cacheKey]canonical{},
	}
	hasAOR := false
	for _, t := range m.Target {
		if t == iAOR {
			hasAOR = true
		}
	}
	if !hasAOR && p.Scope != "" {
		n.scopeAOR, _ = place.LookupAOR(p.Scope)
		n.fillAOR = true
	}
	if m.Dataset == "detainers" {
		n.facAOR = !hasAOR && mapsTo(m, iFacAOR)
		n.facState = !mapsTo(m, iState) && mapsTo(m, iFacSt)
	}
	n.used = usedColumns(m, n.fillAOR || n.facAOR, p.FYFromTitle > 0)
	if n.facState {
		n.used = addColumn(n.used, iState)
	}
	for _, c := range n.used {
		p.Columns = append(p.Columns, canon.Columns[c].Name)
	}
	return n
}

// usedColumns lists, in table order, the canonical columns a table can fill.
// Only these are written to the load file: DuckDB's loader pays for every
// field, NULL or not, and the canonical layout is four times wider than any
// release (see BenchmarkIngest).
func usedColumns(m canon.Mapping, fillAOR, fyFromTitle bool) []int {
	set := map[int]bool{canon.ColumnIndex["release"]: true}
	for _, t := range m.Target {
		if t < 0 {
			continue
		}
		set[t] = true
		switch t {
		case iEvent:
			set[iFY] = true
			set[iEventTime] = true
		case iAOR:
			set[iAORName] = true
		case iCrimRaw:
			set[iCrim] = true
		}
	}
	if fillAOR {
		set[iAOR], set[iAORName] = true, true
	}
	if fyFromTitle {
		set[iFY] = true
	}
	out := make([]int, 0, len(set))
	for i := range canon.Columns {
		if set[i] {
			out = append(out, i)
		}
	}
	return out
}

// row normalises one data row. numeric reports whether a cell was a numeric
// spreadsheet cell. It returns an error only for a row that cannot be read
// at all; bad values are rejected one by one and the row is kept.
func (n *normalizer) row(rowNum int, cells []string, numeric func(int) bool) error {
	for i := range n.vals {
		n.vals[i] = ""
		n.redacted[i] = false
	}
	n.extraCols, n.extraMore = n.extraCols[:0], nil
	for i, raw := range cells {
		v := strings.TrimSpace(raw)
		if i >= n.width {
			if v != "" {
				if n.extraMore == nil {
					n.extraMore = map[string]any{}
				}
				n.extraMore[fmt.Sprintf("column %d", i+1)] = v
			}
			continue
		}
		if v == "" {
			continue
		}
		t := n.mapping.Target[i]
		if canon.IsRedacted(v) {
			n.redCount[i]++
			if t >= 0 {
				n.redacted[t] = true
			} else {
				n.extraCols = append(n.extraCols, extraCell{col: i, null: true})
			}
			continue
		}
		if t < 0 {
			n.extraCols = append(n.extraCols, extraCell{col: i, value: v})
			continue
		}
		col := canon.Columns[t]
		switch col.Kind {
		case canon.Date:
			d, err := canon.ParseDate(v, n.serial && numeric(i), n.date1904)
			if err != nil {
				n.reject(rowNum, i, raw, err.Error())
				continue
			}
			n.vals[t] = n.dayText(d)
			if t == iEvent {
				if tm, ok := canon.ClockTime(v, n.serial && numeric(i)); ok {
					n.vals[iEventTime] = tm
				}
				n.vals[iFY] = strconv.Itoa(canon.FiscalYear(d))
				n.part.observe(d)
			}
		case canon.Int:
			y, err := canon.ParseYear(v)
			if err != nil {
				n.reject(rowNum, i, raw, err.Error())
				continue
			}
			n.vals[t] = strconv.Itoa(y)
		case canon.Bool:
			b, err := canon.ParseBool(v)
			if err != nil {
				n.reject(rowNum, i, raw, err.Error())
				continue
			}
			n.vals[t] = strconv.FormatBool(b)
		default:
			n.setText(rowNum, i, t, raw, v)
		}
	}
	if n.mapping.KeyDate >= 0 && n.vals[iEvent] == "" && !n.redacted[iEvent] {
		// Keep the row (ICE's totals count it) but say why it has no date.
		if n.mapping.KeyDate >= len(cells) || strings.TrimSpace(cells[n.mapping.KeyDate]) == "" {
			n.rejectText(rowNum, n.mapping.Headers[n.mapping.KeyDate], "", "key date is empty; row kept without event_date")
		}
	}
	if n.mapping.KeyDate < 0 && n.part.FYFromTitle > 0 {
		n.vals[iFY] = strconv.Itoa(n.part.FYFromTitle)
	}
	if n.fillAOR && n.vals[iAOR] == "" {
		n.vals[iAOR], n.vals[iAORName] = n.scopeAOR.Code, n.scopeAOR.Name
	}
	if n.facAOR && n.vals[iAOR] == "" && n.vals[iFacAOR] != "" {
		if a, ok := place.LookupAOR(n.vals[iFacAOR]); ok {
			n.vals[iAOR], n.vals[iAORName] = a.Code, a.Name
		}
	}
	if n.facState && n.vals[iState] == "" {
		n.vals[iState] = n.vals[iFacSt]
	}
	// A release column in the table (data_source) wins over the FOIA
	// number of the table; Options.Release (ingest --release) wins over both.
	if n.vals[iRelease] == "" || n.part.ReleaseForced {
		n.vals[iRelease] = n.part.Release
	}
	return n.write(rowNum)
}

var (
	iCrim    = canon.MustColumn("criminality")
	iCrimRaw = canon.MustColumn("criminality_raw")
	iCountry = canon.MustColumn("country")
	iBirthC  = canon.MustColumn("birth_country")
	iDepC    = canon.MustColumn("departure_country")
	iState   = canon.MustColumn("state")
	iFacAOR  = canon.MustColumn("facility_aor")
	iFacSt   = canon.MustColumn("facility_state")
	iRelease = canon.MustColumn("release")
)

func mapsTo(m canon.Mapping, col int) bool {
	for _, t := range m.Target {
		if t == col {
			return true
		}
	}
	return false
}

// addColumn inserts col into the sorted column list used.
func addColumn(used []int, col int) []int {
	for k, c := range used {
		if c == col {
			return used
		}
		if c > col {
			return append(used[:k], append([]int{col}, used[k:]...)...)
		}
	}
	return append(used, col)
}

// setText stores a text value, canonicalising the columns that have a
// canonical spelling. Releases repeat a handful of distinct values millions
// of times, so each distinct raw value is canonicalised once per table and
// cached (this halves parse time on the nationwide files).
func (n *normalizer) setText(rowNum, i, t int, raw, v string) {
	switch t {
	case iAOR, iFacAOR, iState, iFacSt, iCountry, iBirthC, iDepC, iCrimRaw:
	default:
		n.vals[t] = v
		return
	}
	key := cacheKey{t, v}
	c, ok := n.cache[key]
	if !ok {
		c = canonicalText(t, v)
		n.cache[key] = c
	}
	if c.reject != "" {
		n.reject(rowNum, i, raw, c.reject)
	}
	n.vals[t] = c.value
	if c.col2 >= 0 {
		n.vals[c.col2] = c.value2
	}
}

type cacheKey struct {
	col int
	raw string
}

// canonical is the canonical form of one raw text value: its value, an
// optional second column it sets (aor_name, criminality), and a reject reason.
type canonical struct {
	value  string
	col2   int
	value2 string
	reject string
}

func canonicalText(t int, v string) canonical {
	c := canonical{value: v, col2: -1}
	switch t {
	case iAOR:
		c.col2 = iAORName
		a, ok := place.LookupAOR(v)
		if !ok {
			c.value, c.value2 = "", v
			c.reject = "unrecognised area of responsibility; kept in aor_name, aor is NULL"
			return c
		}
		c.value, c.value2 = a.Code, a.Name
	case iFacAOR:
		if a, ok := place.LookupAOR(v); ok {
			c.value = a.Code
		}
	case iState, iFacSt:
		if s, ok := place.LookupState(v); ok {
			c.value = s.Code
		}
	case iCountry, iBirthC, iDepC:
		c.value = strings.ToUpper(v)
	case iCrimRaw:
		c.col2, c.value2 = iCrim, canon.ClassifyCriminality(v)
	}
	return c
}

// dayText formats a day as YYYY-MM-DD; the few thousand distinct dates of a
// file are formatted once each.
func (n *normalizer) dayText(d canon.Day) string {
	if s, ok := n.days[d]; ok {
		return s
	}
	s := d.String()
	if n.days == nil {
		n.days = map[canon.Day]string{}
	}
	n.days[d] = s
	return s
}

type extraCell struct {
	col   int
	value string
	null  bool
}

// appendExtra writes the row's extra cells as a JSON object, byte for byte
// what encoding/json writes for the same map (keys sorted, HTML-safe
// escapes) without building the map: that took a quarter of the parse time
// of a release with many unmapped columns.
func (n *normalizer) appendExtra(b []byte) ([]byte, error) {
	if n.extraMore != nil {
		// cells beyond the header (rare): the map, as it always was
		m := n.extraMore
		for _, c := range n.extraCols {
			k := n.mapping.Headers[c.col]
			if _, dup := m[k]; dup {
				continue // a "column N" header name and a cell beyond the header: keep the one the map kept before
			}
			if c.null {
				m[k] = nil
			} else {
				m[k] = c.value
			}
		}
		js, err := json.Marshal(m)
		if err != nil {
			return b, err
		}
		return appendField(b, string(js)), nil
	}
	if n.keyRank == nil {
		idx := make([]int, len(n.mapping.Headers))
		for i := range idx {
			idx[i] = i
		}
		sort.SliceStable(idx, func(a, c int) bool { return n.mapping.Headers[idx[a]] < n.mapping.Headers[idx[c]] })
		n.keyRank = make([]int, len(idx))
		n.keyJSON = make([][]byte, len(idx))
		for r, i := range idx {
			n.keyRank[i] = r
			n.keyJSON[i], _ = json.Marshal(n.mapping.Headers[i])
		}
	}
	cells := n.extraCols
	for i := 1; i < len(cells); i++ { // few cells: insertion sort by key
		for j := i; j > 0 && n.keyRank[cells[j].col] < n.keyRank[cells[j-1].col]; j-- {
			cells[j], cells[j-1] = cells[j-1], cells[j]
		}
	}
	n.jsonBuf = append(n.jsonBuf[:0], '{')
	for k, c := range cells {
		if k > 0 {
			n.jsonBuf = append(n.jsonBuf, ',')
		}
		n.jsonBuf = append(n.jsonBuf, n.keyJSON[c.col]...)
		n.jsonBuf = append(n.jsonBuf, ':')
		if c.null {
			n.jsonBuf = append(n.jsonBuf, "null"...)
			continue
		}
		n.jsonBuf = appendJSONString(n.jsonBuf, c.value)
	}
	n.jsonBuf = append(n.jsonBuf, '}')
	return appendField(b, string(n.jsonBuf)), nil
}

// appendJSONString appends s as encoding/json writes it: plain printable
// ASCII other than `"`, `\`, `<`, `>` and `&` as it is, anything else
// through encoding/json itself.
func appendJSONString(b []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < 0x20 || c >= 0x80 || c == '"' || c == '\\' || c == '<' || c == '>' || c == '&' {
			js, _ := json.Marshal(s)
			return append(b, js...)
		}
	}
	b = append(b, '"')
	b = append(b, s...)
	return append(b, '"')
}

func (n *normalizer) reject(rowNum, col int, raw, reason string) {
	n.rejectText(rowNum, n.mapping.Headers[col], raw, reason)
}

func (n *normalizer) rejectText(rowNum int, header, raw, reason string) {
	n.part.ValuesRejected++
	writeTSV(n.rejects, strconv.Itoa(rowNum), header, raw, reason, "true")
}

// write emits the canonical row: the used columns (Part.Columns), then
// redacted, extra and source_row (source_id is added by the store).
func (n *normalizer) write(rowNum int) error {
	b := n.scratch[:0]
	for k, i := range n.used {
		if k > 0 {
			b = append(b, '\t')
		}
		b = appendField(b, n.vals[i])
	}
	b = append(b, '\t')
	first := true
	for i, r := range n.redacted {
		if r {
			if !first {
				b = append(b, ',')
			}
			b = append(b, canon.Columns[i].Name...)
			first = false
		}
	}
	b = append(b, '\t')
	if len(n.extraCols) > 0 || n.extraMore != nil {
		var err error
		if b, err = n.appendExtra(b); err != nil {
			return err
		}
	}
	b = append(b, '\t')
	b = strconv.AppendInt(b, int64(rowNum), 10)
	b = append(b, '\n')
	n.scratch = b
	if len(b) > n.maxLine {
		n.maxLine = len(b)
	}
	_, err := n.out.Write(b)
	return err
}

// appendField writes a value in the store's load format: bare when it needs
// no quoting, else double-quoted with doubled inner quotes. "" is NULL.
func appendField(b []byte, v string) []byte {
	plain := true
	for i := 0; i < len(v); i++ {
		if c := v[i]; c == '\t' || c == '\n' || c == '\r' || c == '"' {
			plain = false
			break
		}
	}
	if plain {
		return append(b, v...)
	}
	b = append(b, '"')
	for i := 0; i < len(v); i++ {
		if v[i] == '"' {
			b = append(b, '"')
		}
		b = append(b, v[i])
	}
	return append(b, '"')
}

func writeTSV(w *bufio.Writer, fields ...string) {
	var b []byte
	for i, f := range fields {
		if i > 0 {
			b = append(b, '\t')
		}
		if f == "" {
			f = "\"\"" // keep empty raw values as empty, not NULL (the store loads them with allow_quoted_nulls=false)
			b = append(b, f...)
			continue
		}
		b = appendField(b, f)
	}
	b = append(b, '\n')
	w.Write(b)
}
