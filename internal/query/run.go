package query

import (
	"context"
	"encoding/json"
	"fmt"
	"net/url"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/icestat/icestat/internal/answer"
	"github.com/icestat/icestat/internal/canon"
	"github.com/icestat/icestat/internal/definitions"
	"github.com/icestat/icestat/internal/place"
	"github.com/icestat/icestat/internal/store"
	"github.com/icestat/icestat/internal/table"
)

// SourceRef names a source an answer used or left out.
type SourceRef = answer.Source

// Result is an answer: the common envelope (answer.Answer) with what only
// some answers have. Record counts fill Total, Persons, Duplicates and
// Scheme; detention measures fill Revisions and Details.
type Result struct {
	answer.Answer
	Query *Query `json:"-"`
	// Total is the exact count of records (nil when no source covers the
	// question); the envelope's Count carries the same number for
	// renderers. Detention measures, which may be averages, leave it nil.
	Total      *int64         `json:"-"`
	Persons    *int64         `json:"persons,omitempty"`
	Duplicates *DuplicateInfo `json:"duplicates,omitempty"`
	Scheme     string         `json:"method_scheme,omitempty"`
	Revisions  []Revision     `json:"revisions,omitempty"`
	Details    map[string]any `json:"details,omitempty"` // measure-specific extras (held: peak, peak_date)
	// RemovalBasis is set on removals answers (definitions.RemovalBases).
	RemovalBasis string `json:"removal_basis,omitempty"`
	// Table holds Columns and Rows for text and CSV rendering.
	Table *table.Table `json:"-"`
}

// MarshalJSON gives the one JSON document of an answer: the envelope, its
// rows as objects, and the extras.
func (r *Result) MarshalJSON() ([]byte, error) {
	type envelope answer.Answer // the fields without Result's methods
	return json.Marshal(struct {
		*envelope
		Rows       []map[string]any `json:"rows"`
		Persons    *int64           `json:"persons,omitempty"`
		Duplicates *DuplicateInfo   `json:"duplicates,omitempty"`
		Scheme     string           `json:"method_scheme,omitempty"`
		Revisions  []Revision       `json:"revisions,omitempty"`
		Details    map[string]any   `json:"details,omitempty"`
		Basis      string           `json:"removal_basis,omitempty"`
	}{(*envelope)(&r.Answer), r.Records(), r.Persons, r.Duplicates, r.Scheme, r.Revisions, r.Details, r.RemovalBasis})
}

// Engine answers queries over one store.
type Engine struct {
	Store *store.Store
	// apart reads the per-source counts, the groups, the groups left out
	// and the shadowed rows with a statement each, as before scanSQL; the
	// tests compare the two ways (scan_test.go).
	apart bool
	// sources, in a Session, are the stored sources read once
	sources *sourcesOnce
	// kept, in a Session, is what its questions read alike or ahead
	kept *sessionKept
}

// prepare resolves what every answer needs first: the method scheme, the
// stored sources and the selection of sources for the query's dataset.
func (e *Engine) prepare(ctx context.Context, q *Query) (definitions.MethodScheme, []store.SourceInfo, *selection, error) {
	scheme, err := definitions.Scheme(q.MethodScheme)
	if err != nil {
		return scheme, nil, nil, bad("%v", err)
	}
	all, err := e.sourceInfos(ctx)
	if err != nil {
		return scheme, nil, nil, err
	}
	sel, err := selectSources(all, q.Dataset, q.Sources)
	return scheme, all, sel, err
}

// Run answers a question: a count of records, or a detention measure.
func (e *Engine) Run(ctx context.Context, q *Query) (*Result, error) {
	if q.Detention != nil {
		return e.runDetention(ctx, q)
	}
	scheme, all, sel, err := e.prepare(ctx, q)
	if err != nil {
		return nil, err
	}
	res := &Result{Query: q, Scheme: scheme.Name}
	res.Dataset, res.Unit, res.Definitions, res.Params, res.Command, res.Warnings = q.Dataset, "records", definitions.Version, q.Values(), q.Command(), []string{}
	res.Coverage = sel.coverage(q)
	res.Warnings = append(res.Warnings, q.coverageWarnings(res.Coverage)...)
	if w := q.gapWarning(res.Coverage); w != "" {
		res.Warnings = append(res.Warnings, w)
	}
	res.Warnings = append(res.Warnings, sel.sanityWarnings()...)
	absent, err := e.checkValues(ctx, q)
	if err != nil {
		return nil, err
	}
	res.Warnings = append(res.Warnings, absent...)
	if q.Dataset == "removals" {
		res.RemovalBasis = definitions.BasisRemovalDate
		if q.RemovalBasis != "" {
			res.RemovalBasis = q.RemovalBasis
		}
		if q.RemovalBasis == definitions.BasisDepartedDate {
			res.Warnings = append(res.Warnings, "counted by Departed Date (--removal-basis departed-date): coverage is that of the removals files' Removal Date; a removal recorded in a later fiscal year's file can have departed in this period, so the count is complete only when those later files are stored too")
		}
	}

	filter, args := q.where(scheme)
	srcSQL, srcArgs := sel.sourceSQL()
	from := q.Dataset // the table, or with --dedupe the rows of the selected sources with possible_duplicate
	conds := []string{srcSQL}
	if q.Dedupe {
		from = dedupeFrom(q.Dataset, srcSQL)
		conds = []string{"NOT possible_duplicate"}
	}
	if filter != "" {
		conds = append(conds, filter)
	}
	// Rows only a subset or another place's release holds, outside what
	// the place's covering sources cover, are left out unless asked for.
	allowed, allowedArgs := sel.allowedSQL(q)
	leftWhere := strings.Join(append(append([]string{}, conds...), "NOT "+allowed), " AND ")
	if !q.IncludePartial {
		conds = append(conds, allowed)
	}
	whereSQL := strings.Join(conds, " AND ")
	allArgs := append(append([]any{}, srcArgs...), args...)
	leftArgs := append(append([]any{}, allArgs...), allowedArgs...)
	if !q.IncludePartial {
		allArgs = append(allArgs, allowedArgs...)
	}

	var dims []string
	for _, d := range q.By {
		expr, _ := q.dim(d, scheme)
		dims = append(dims, expr+" AS "+d)
	}
	measures := "count(*) AS count"
	if q.Persons {
		measures += ", count(DISTINCT person_key) AS persons"
	}
	var sqlText string
	if len(dims) > 0 {
		order := "count DESC, " + ordinals(len(dims))
		switch q.Sort {
		case "-count":
			order = "count ASC, " + ordinals(len(dims))
		case "key":
			order = ordinals(len(dims))
		}
		sqlText = fmt.Sprintf("SELECT %s, %s FROM %s WHERE %s GROUP BY ALL ORDER BY %s", strings.Join(dims, ", "), measures, from, whereSQL, order)
		if q.Limit > 0 {
			sqlText += " LIMIT " + strconv.Itoa(q.Limit)
		}
	} else {
		sqlText = fmt.Sprintf("SELECT %s FROM %s WHERE %s", measures, from, whereSQL)
	}
	res.SQL = []answer.Statement{{SQL: sqlText, Args: allArgs}}

	// Shadowed sources: their matching rows that a preferred source covers
	// are left out, and counted for the answer's provenance.
	var shadowedIDs []string
	for _, s := range sel.used {
		if len(sel.shadowed[s.ID]) > 0 {
			shadowedIDs = append(shadowedIDs, strconv.FormatInt(s.ID, 10))
		}
	}
	var sc *scanned
	if q.IncludePartial || e.apart {
		sc, err = e.scanApart(ctx, q, sel, dims, from, whereSQL, allArgs, leftWhere, leftArgs)
	} else {
		// One pass over the matching rows for the per-source counts (the
		// total), the groups, the groups left out and the shadowed rows.
		sp := q.scanSpec(scheme, sel, filter, args, from, srcSQL, srcArgs, allowed, allowedArgs)
		sc, err = e.scanOnce(ctx, q, sp, len(dims) > 0)
	}
	if err != nil {
		return nil, err
	}
	if !sc.shadowCounted && len(shadowedIDs) > 0 {
		if sc.shadowed, err = e.shadowedRows(ctx, q, shadowedIDs, srcSQL, srcArgs, filter, args); err != nil {
			return nil, err
		}
	}
	var total int64
	for _, n := range sc.perSource {
		total += n
	}
	for _, s := range sel.used {
		if n, ok := sc.perSource[s.ID]; ok {
			res.Sources = append(res.Sources, SourceRef{ID: s.ID, File: s.File, Sheet: s.Sheet, SHA256: s.SHA256, Rows: n})
			if s.Subset != "" {
				res.Warnings = append(res.Warnings, fmt.Sprintf("%s counts only the %s; it does not make the period covered", describe(s), s.Subset))
			}
		}
	}
	for _, r := range sc.shadowed {
		id, left := r[0], r[1]
		if left <= 0 {
			continue
		}
		for _, s := range sel.used {
			if s.ID != id {
				continue
			}
			var names []string
			for _, h := range sel.shadowed[id] {
				names = append(names, describe(h))
			}
			res.LeftOut = append(res.LeftOut, SourceRef{ID: s.ID, File: s.File, Sheet: s.Sheet, SHA256: s.SHA256, Rows: left, Release: releaseOf(s),
				Note: fmt.Sprintf("%s: %d matching rows left out: the period and place are also covered by preferred source %s", describe(s), left, strings.Join(names, "; "))})
		}
	}
	groupsLeft, leftByKey := sc.groupsLeft, sc.leftByKey
	if !q.IncludePartial || res.Coverage.None {
		res.GroupsLeftOut = groupsLeft
	}
	if w := leftOutWarning(q, groupsLeft); w != "" && !res.Coverage.None {
		res.Warnings = append(res.Warnings, w)
	}
	if q.IncludePartial && res.Coverage.None && len(groupsLeft) > 0 {
		res.Warnings = append(res.Warnings, "no ingested source covers this place and period as a whole; --include-partial-sources shows what program-subset or single-AOR releases hold, flagged subset: it is not a total")
		res.GroupsLeftOut = nil
	} else if res.Coverage.None {
		res.Warnings = append(res.Warnings, "no count is given: no ingested source covers this place and period")
		if len(groupsLeft) > 0 {
			var n int64
			for _, g := range groupsLeft {
				n += g.Rows
			}
			res.Warnings = append(res.Warnings, fmt.Sprintf("%s matching rows are held only by program-subset or single-AOR releases (see sources_left_out and groups_left_out); they are not this place's figures: --include-partial-sources shows them, flagged subset", table.Thousands(n)))
		}
		res.Table = &table.Table{Columns: append(append([]string{}, q.By...), "count")}
		res.Columns = res.Table.Columns
		return res, nil
	}
	res.Total, res.Count = &total, answer.Float(total)

	var t *table.Table
	if len(dims) == 0 && !q.Persons {
		// One total: the per-source counts above already sum to it, so the
		// store is not scanned a second time (a fresh `icestat count`
		// spends most of its time waiting on the store; issue 20).
		t = &table.Table{Columns: []string{"count"}, Rows: [][]any{{total}}}
	} else if sc.groups != nil {
		// The groups came with the per-source counts, in one pass; sqlText
		// (res.SQL) is the statement that gives them alone.
		t = sc.groups
	} else if t, err = e.Store.Table(ctx, sqlText, allArgs...); err != nil {
		return nil, fmt.Errorf("query: %w", err)
	}
	personsOK := q.Persons
	if q.Persons || q.Dedupe {
		// Persons and duplicates need person keys: without any, the measure
		// does not exist in these records (never 0).
		// Over the rows matched before any duplicate is left out.
		keyCond, keyArgs := srcSQL, append([]any{}, srcArgs...)
		if filter != "" {
			keyCond += " AND " + filter
			keyArgs = append(keyArgs, args...)
		}
		if !q.IncludePartial {
			keyCond += " AND " + allowed
			keyArgs = append(keyArgs, allowedArgs...)
		}
		note, err := e.noPersonKey(ctx, res.Sources, q.Dataset, keyCond, keyArgs)
		if err != nil {
			return nil, err
		}
		if note != "" {
			if q.Persons {
				res.NotAvailable = append(res.NotAvailable, "persons: "+note)
				res.Warnings = append(res.Warnings, "distinct persons: "+note)
				t = dropColumn(t, len(q.By)+1)
				personsOK = false
			}
			if q.Dedupe {
				res.NotAvailable = append(res.NotAvailable, "count without possible duplicates (--dedupe): "+note)
				res.Warnings = append(res.Warnings, "--dedupe: "+note+": possible duplicates cannot be told apart, so no deduplicated count is given")
				res.Total, res.Count, res.CountText = nil, nil, note
				res.Table = &table.Table{Columns: append(append([]string{}, q.By...), "count")}
				res.Columns = res.Table.Columns
				return res, nil
			}
		}
	}
	if personsOK && len(dims) == 0 && len(t.Rows) == 1 {
		p := table.Int(t.Rows[0][1])
		res.Persons = &p
	}
	if q.Share && total > 0 {
		t.Columns = append(t.Columns, "share")
		for i, r := range t.Rows {
			t.Rows[i] = append(r, float64(table.Int(r[len(q.By)]))/float64(total))
		}
	}
	if contains(q.By, "source") {
		names := map[int64]string{}
		for _, s := range all {
			names[s.ID] = describe(s)
		}
		for _, r := range t.Rows {
			idx := indexOf(q.By, "source")
			r[idx] = names[table.Int(r[idx])]
		}
	}
	// Each row's coverage; rows no covering source speaks for are left out
	// of the rows and the total unless --include-partial-sources asks for
	// them.
	whole := status(res.Coverage)
	if res.Coverage.None {
		whole = StatusSubset
	}
	kept := t.Rows[:0]
	var rowCov []string
	var rowQ []*Query // each kept row's own question (Narrow: a re-parse, so made once per row)
	for _, r := range t.Rows {
		st := whole
		rq := q.Narrow(r[:len(q.By)])
		if len(q.By) > 0 {
			st = sel.statusOf(rq, whole)
			if st == StatusNone && leftByKey[groupKey(r[:len(q.By)])] > 0 {
				st = StatusSubset
			}
		}
		if !q.IncludePartial && (st == StatusNone || st == StatusSubset) && len(q.By) > 0 {
			n := table.Int(r[len(q.By)])
			total -= n
			g := answer.GroupLeftOut{Rows: n, Coverage: StatusNone, Reason: "no source covers this group's place and period"}
			for _, k := range r[:len(q.By)] {
				g.Key = append(g.Key, KeyText(k))
			}
			res.GroupsLeftOut = append(res.GroupsLeftOut, g)
			res.Warnings = append(res.Warnings, fmt.Sprintf("group %s (%s rows) left out: no source covers its place and period", groupText(q, g.Key), table.Thousands(n)))
			continue
		}
		kept = append(kept, r)
		rowCov = append(rowCov, st)
		rowQ = append(rowQ, rq)
	}
	t.Rows = kept
	res.Total, res.Count = &total, answer.Float(total)
	if q.Share && total > 0 {
		for _, r := range t.Rows {
			r[len(r)-1] = float64(table.Int(r[len(q.By)])) / float64(total)
		}
	}
	res.Table, res.Columns, res.Rows, res.RowCoverage = t, t.Columns, t.Rows, rowCov
	res.RowParams = make([]url.Values, len(t.Rows))
	for i, rq := range rowQ {
		if rq != nil {
			res.RowParams[i] = rq.Values()
		}
	}
	res.Warnings = append(res.Warnings, e.undatedWarnings(ctx, q, sel, res.Coverage)...)
	if pw := e.placeWarnings(ctx, q, from, whereSQL, allArgs, sc); len(pw) > 0 {
		// The AOR comes first: the answer is for the AOR(s), not the state.
		res.Label = q.Dataset + ", " + stateAsAOR(q.States, true)
		res.Warnings = append(pw, res.Warnings...)
	}
	dup, dupNotes, err := e.duplicates(ctx, q, srcSQL, srcArgs, filter, args, sc.keyed)
	if err != nil {
		return nil, err
	}
	res.Duplicates = dup
	res.Warnings = append(res.Warnings, dupNotes...)
	res.Warnings = append(res.Warnings, e.methodWarnings(ctx, q, scheme, from, whereSQL, allArgs, sc)...)
	res.Warnings = append(res.Warnings, e.lagWarnings(ctx, q, scheme, srcSQL, srcArgs)...)
	return res, nil
}

// scanSpec is the one-pass scan (scanSQL) of a record count: filter and
// args its conditions (q.where), from its rows, srcSQL the selected
// sources and allowed the rows the place's question may count. Run and a
// batch (batch.go) build it alike.
func (q *Query) scanSpec(scheme definitions.MethodScheme, sel *selection, filter string, args []any, from, srcSQL string, srcArgs []any, allowed string, allowedArgs []any) scanSpec {
	var where []string
	if filter != "" {
		where = []string{filter}
	}
	sp := scanSpec{from: from, where: where, args: args, allowed: allowed, allowedArgs: allowedArgs,
		covering: sel.coveringIDs(q.places()), stray: strayCond(sel, q), persons: q.Persons, nostate: len(q.States) > 0}
	if usesMethodClass(q) {
		sp.known, sp.custodial = knownMethods(scheme), definitions.CustodialArrest
	}
	if q.Dedupe {
		// from holds the selected sources' rows only: the shadowed rows
		// are counted apart, below.
		sp.fromArgs, sp.where = srcArgs, append([]string{"NOT possible_duplicate"}, where...)
	} else {
		sp.src, sp.srcArgs = srcSQL, srcArgs
		for _, s := range sel.used {
			id := strconv.FormatInt(s.ID, 10)
			sp.srcIDs = append(sp.srcIDs, id)
			if len(sel.shadowed[s.ID]) == 0 {
				sp.clean = append(sp.clean, id)
			}
		}
	}
	for _, d := range q.By {
		expr, _ := q.dim(d, scheme)
		sp.keys, sp.inputs = append(sp.keys, expr), append(sp.inputs, q.dimInputs(d)...)
		if slices.Contains(q.dimInputs(d), canon.ColRedacted) {
			sp.textKeys = append(sp.textKeys, d)
		}
	}
	if len(sp.keys) == 0 {
		// A single total's rows left out are told by fiscal year.
		sp.keys, sp.inputs = []string{q.fyColumn()}, q.dimInputs("fy")
	} else {
		sp.limit = q.Limit
	}
	// The groups' order: that of the statement in res.SQL.
	sp.order = "count DESC, " + knames(len(sp.keys))
	switch q.Sort {
	case "-count":
		sp.order = "count ASC, " + knames(len(sp.keys))
	case "key":
		sp.order = knames(len(sp.keys))
	}
	return sp
}

// scanned is what a record count reads from its matching rows besides the
// checks: the per-source counts, the groups, the rows left out.
type scanned struct {
	perSource map[int64]int64 // the counted rows of each selected source (their sum is the total)
	// shadowed holds (source, rows): the matching rows of shadowed sources
	// that a preferred source covers; shadowCounted says they were counted.
	shadowed      [][2]int64
	shadowCounted bool
	groups        *table.Table // the answer's groups, ordered and limited; nil when not read
	groupsLeft    []answer.GroupLeftOut
	leftByKey     map[string]int64
	keyed         *int64 // matching rows of the selected sources with a person key; nil when not counted
	// nostate: the counted rows (class 0) without a state; nil when not
	// counted (scanSpec.nostate)
	nostate *int64
	// methods says unknown and custodial were counted: the counted rows
	// whose raw method the scheme does not classify, and those of the
	// method "Custodial Arrest".
	methods   bool
	unknown   []methodCount
	custodial int64
}

type methodCount struct {
	method string
	n      int64
}

// scanOnce reads everything of scanned in one statement (scanSQL); grouped
// says the keys are the answer's dimensions, whose groups are kept.
func (e *Engine) scanOnce(ctx context.Context, q *Query, sp scanSpec, grouped bool) (*scanned, error) {
	sqlText, args := scanSQL(sp)
	if sc := e.batchedScan(sqlText, args, q.By, grouped); sc != nil {
		return sc, nil // read ahead with others (Prefetch)
	}
	t, err := e.Store.Table(ctx, sqlText, args...)
	if err != nil {
		return nil, fmt.Errorf("counting: %w", err)
	}
	n := len(sp.keys)
	col := map[string]int{}
	for i, c := range t.Columns {
		col[c] = i
	}
	sc := &scanned{perSource: map[int64]int64{}, shadowCounted: sp.src != "", methods: sp.known != nil}
	if grouped {
		sc.groups = &table.Table{Columns: append(append([]string{}, q.By...), "count")}
		if sp.persons {
			sc.groups.Columns = append(sc.groups.Columns, "persons")
		}
	}
	var keyed, nostate int64
	var left [][]any
	for _, r := range t.Rows {
		if r[col["cls"]] == nil {
			continue // rows of no class (scanSQL)
		}
		cls, cnt := table.Int(r[col["cls"]]), table.Int(r[col["count"]])
		switch table.Int(r[col["part"]]) {
		case 0: // a source
			id := table.Int(r[col["source_id"]])
			switch cls {
			case 0:
				sc.perSource[id] = cnt
				if sp.nostate {
					nostate += table.Int(r[col["nostate"]])
				}
			case 2:
				sc.shadowed = append(sc.shadowed, [2]int64{id, cnt})
			}
			if cls != 2 {
				keyed += table.Int(r[col["keyed"]])
			}
		case 1: // a group
			switch {
			case cls == 0 && grouped:
				row := append(append([]any{}, r[:n]...), r[col["count"]])
				if sp.persons {
					row = append(row, r[col["persons"]])
				}
				sc.groups.Rows = append(sc.groups.Rows, row)
			case cls == 1:
				left = append(left, append(append([]any{}, r[:n]...), r[col["stray"]], r[col["count"]]))
			}
		case 2: // a method
			if cls != 0 {
				continue
			}
			if b, _ := r[col["custodial"]].(bool); b {
				sc.custodial += cnt
			}
			if b, _ := r[col["unknown"]].(bool); b {
				sc.unknown = append(sc.unknown, methodCount{fmt.Sprint(r[col["m"]]), cnt})
			}
		}
	}
	// The order of methodWarnings's statement: most rows first, then by
	// method (DuckDB compares text bytewise, as Go does).
	sort.Slice(sc.unknown, func(i, j int) bool {
		a, b := sc.unknown[i], sc.unknown[j]
		return a.n > b.n || a.n == b.n && a.method < b.method
	})
	sc.groupsLeft, sc.leftByKey = leftOutRows(left, n)
	if sp.nostate {
		sc.nostate = &nostate
	}
	if sp.src != "" {
		// The rows of the selected sources that matched, counted or not
		// (with --dedupe from holds fewer rows: duplicates() counts them).
		sc.keyed = &keyed
	}
	return sc, nil
}

// scanApart reads the per-source counts and the groups left out with a
// statement each (--include-partial-sources counts the rows left out by
// the place's rule too, so its groups are read apart, by Run).
func (e *Engine) scanApart(ctx context.Context, q *Query, sel *selection, dims []string, from, whereSQL string, allArgs []any, leftWhere string, leftArgs []any) (*scanned, error) {
	perSource, err := e.Store.Table(ctx, fmt.Sprintf("SELECT source_id, count(*) FROM %s WHERE %s GROUP BY source_id ORDER BY source_id", from, whereSQL), allArgs...)
	if err != nil {
		return nil, fmt.Errorf("counting: %w", err)
	}
	sc := &scanned{perSource: map[int64]int64{}}
	for _, r := range perSource.Rows {
		sc.perSource[table.Int(r[0])] = table.Int(r[1])
	}
	sc.groupsLeft, sc.leftByKey, err = e.leftOutGroups(ctx, q, sel, dims, from, leftWhere, leftArgs)
	return sc, err
}

// shadowedRows counts, per shadowed source, the rows that matched the
// filters but were left out because a preferred source covers them.
func (e *Engine) shadowedRows(ctx context.Context, q *Query, shadowedIDs []string, srcSQL string, srcArgs []any, filter string, args []any) ([][2]int64, error) {
	q2 := fmt.Sprintf("SELECT source_id, count(*) FROM %s WHERE source_id IN (%s) AND NOT %s", q.Dataset, strings.Join(shadowedIDs, ", "), srcSQL)
	if filter != "" {
		q2 += " AND " + filter
	}
	matched, err := e.Store.Table(ctx, q2+" GROUP BY source_id ORDER BY source_id", append(append([]any{}, srcArgs...), args...)...)
	if err != nil {
		return nil, fmt.Errorf("counting overlaps: %w", err)
	}
	var out [][2]int64
	for _, r := range matched.Rows {
		out = append(out, [2]int64{table.Int(r[0]), table.Int(r[1])})
	}
	return out, nil
}

// knames lists the key columns of scanSQL: "k1, k2".
func knames(n int) string {
	var s []string
	for i := 1; i <= n; i++ {
		s = append(s, "k"+strconv.Itoa(i))
	}
	return strings.Join(s, ", ")
}

func describe(s store.SourceInfo) string {
	d := fmt.Sprintf("#%d %s", s.ID, s.File)
	if s.Sheet != "" {
		d += " [" + s.Sheet + "]"
	}
	if r := releaseOf(s); r != "" {
		d += " (release " + r + ")"
	}
	return d
}

func indexOf(s []string, v string) int {
	for i, x := range s {
		if x == v {
			return i
		}
	}
	return -1
}

func ordinals(n int) string {
	var s []string
	for i := 1; i <= n; i++ {
		s = append(s, strconv.Itoa(i))
	}
	return strings.Join(s, ", ")
}

func (q *Query) coverageWarnings(c Coverage) []string {
	var w []string
	if c.None || c.Asked == nil {
		return nil
	}
	if !c.Complete {
		w = append(w, fmt.Sprintf("partial: the ingested %s sources for this place do not cover %s; the count is not a total for the period asked", q.Dataset, canon.JoinIntervals(c.Gaps)))
	}
	return w
}

// placeWarnings explains state answers built from AOR-only records. The
// counted rows without a state come with the scan (sc.nostate) when it
// counted them, else from a statement of their own.
func (e *Engine) placeWarnings(ctx context.Context, q *Query, from, whereSQL string, args []any, sc *scanned) []string {
	if len(q.States) == 0 {
		return nil
	}
	var n int64
	if sc != nil && sc.nostate != nil {
		n = *sc.nostate
	} else {
		row := e.Store.QueryRow(ctx, fmt.Sprintf("SELECT count(*) FROM %s WHERE %s AND state IS NULL", from, whereSQL), args...)
		if err := row.Scan(&n); err != nil {
			return nil
		}
	}
	if n == 0 {
		return nil
	}
	var parts []string
	for _, st := range q.States {
		shares := place.AORsOfState(st)
		var aors []string
		for a := range shares {
			aors = append(aors, a)
		}
		sort.Strings(aors)
		for _, a := range aors {
			others := []string{}
			for _, s := range place.StatesOfAOR(a) {
				if s != st {
					others = append(others, s)
				}
			}
			also := "covers no other state"
			if len(others) > 0 {
				also = "also covers " + strings.Join(others, ", ")
			}
			parts = append(parts, fmt.Sprintf("%s AOR (holds %.0f%% of %s's population; %s)", a, 100*shares[a], st, also))
		}
	}
	return []string{StateAsAOR(q.States), fmt.Sprintf("%d of the rows counted have no state: they are counted by area of responsibility — %s — so the figure is for the AOR, not the state alone", n, strings.Join(parts, "; "))}
}

// StateAsAOR says, for answers about states whose records carry only an
// AOR, what was counted: "Massachusetts — counted as the Boston AOR: CT,
// MA, ME, NH, RI, VT".
func StateAsAOR(states []string) string { return stateAsAOR(states, false) }

// StateAsAORTitle is StateAsAOR with the states in parentheses, for titles
// ("Massachusetts — counted as the Boston AOR (CT, MA, ME, NH, RI, VT)").
func StateAsAORTitle(states []string) string { return stateAsAOR(states, true) }

func stateAsAOR(states []string, parens bool) string {
	var parts []string
	for _, st := range states {
		s, _ := place.LookupState(st)
		var aors []string
		for a := range place.AORsOfState(st) {
			aors = append(aors, a)
		}
		sort.Strings(aors)
		var names, covered []string
		for _, a := range aors {
			names = append(names, aorName(a))
			for _, x := range place.StatesOfAOR(a) {
				covered = appendUnique(covered, x)
			}
		}
		sort.Strings(covered)
		noun := "AOR"
		if len(aors) > 1 {
			noun = "AORs"
		}
		format := "%s — counted as the %s %s: %s"
		if parens {
			format = "%s — counted as the %s %s (%s)"
		}
		parts = append(parts, fmt.Sprintf(format, s.Name, andList(names), noun, strings.Join(covered, ", ")))
	}
	return strings.Join(parts, "; ")
}
