package query

import (
	"cmp"
	"context"
	"fmt"
	"runtime"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/icestat/icestat/internal/answer"
	"github.com/icestat/icestat/internal/canon"
	"github.com/icestat/icestat/internal/definitions"
	"github.com/icestat/icestat/internal/table"
)

// Batches: a checked article asks about a hundred record counts, most of
// them over one dataset and place that differ only in a period, a filter
// value or a definition (a method scheme, a removal basis). Each count's
// one-pass scan (scanSQL) is a statement of its own, and a statement costs
// a fixed 10-30 ms of CPU whatever its few hundred input rows (DuckDB
// builds a hash table per aggregate; bench/README.md, seventh and eighth
// rounds). Prefetch reads the scans of such a family with one statement:
// the rows of the family's sources and place, counted once by every
// column the questions' keys read and by each condition that tells the
// questions apart (a boolean column per condition), and each question's
// scan is then made from those counts in Go, as scanSQL's grouping sets
// would make it. Run finds it by the statement it stands for, so an answer
// is the one it would be alone (TestBatchSameAnswers).

// RunBatch answers questions asked together: in a session it reads the
// record counts' scans ahead, one statement per family (Prefetch), then
// answers each question; elsewhere it answers each alone. The answers are
// Run's, and errs[i] is Run's error for qs[i].
func (e *Engine) RunBatch(ctx context.Context, qs []*Query) (res []*Result, errs []error) {
	e.Prefetch(ctx, qs)
	res, errs = make([]*Result, len(qs)), make([]error, len(qs))
	for i, q := range qs {
		res[i], errs[i] = e.Run(ctx, q)
	}
	return res, errs
}

// Covers says whether any stored source covers the question's place and
// period (its answer gives a count, complete or partial), from the
// sources alone: no statement beyond the session's sources.
func (e *Engine) Covers(ctx context.Context, q *Query) bool {
	if q.Detention != nil {
		return true
	}
	_, _, sel, err := e.prepare(ctx, q)
	if err != nil {
		return true
	}
	return !sel.coverage(q).None
}

// batchMember is one question of a family: its scan (or the lag count of
// an excluding-lag question) and its conditions, by index into the
// family's conditions.
type batchMember struct {
	q     *Query
	sp    scanSpec
	key   string // statementKey of the statement the member stands for
	conds []int
	lag   bool // a lag count (lagSQL), not a scan
	need  []string
	// period: the member's conditions on its period (periodConds)
	period []sqlCond
}

// batchFamily is the questions read by one statement: the same dataset,
// sources, place and row classes.
type batchFamily struct {
	insrc, ok, rows string
	insrcArgs       []any
	okArgs          []any
	covering        []string
	dataset         string
	conds           []sqlCond
	condIdx         map[string]int
	members         []*batchMember
}

func (f *batchFamily) cond(c sqlCond) int {
	k := statementKey(c.sql, c.args)
	if i, ok := f.condIdx[k]; ok {
		return i
	}
	f.conds = append(f.conds, c)
	f.condIdx[k] = len(f.conds) - 1
	return len(f.conds) - 1
}

// Prefetch reads ahead, in a session (Session), the one-pass scans of the
// record counts qs and the lag counts of their excluding-lag questions,
// with one statement per family of questions over the same dataset,
// sources and place; Run then takes them instead of reading each alone.
// Questions it cannot read together (detention measures, --dedupe,
// --persons, --include-partial-sources) are left to Run; a question Run
// refuses (a filter value no source holds) is read ahead all the same,
// harmlessly: Run refuses it before its scan. It reads nothing outside a
// session, and a family whose statement fails is left to Run too (which
// reports the error).
func (e *Engine) Prefetch(ctx context.Context, qs []*Query) {
	if e.kept == nil || e.apart {
		return
	}
	var fams []*batchFamily
	byKey := map[string]*batchFamily{}
	seen := map[string]*batchMember{}
	for _, q := range qs {
		if q == nil || q.Detention != nil || q.IncludePartial || q.Dedupe || q.Persons {
			continue
		}
		scheme, _, sel, err := e.prepare(ctx, q)
		if err != nil {
			continue
		}
		conds, ok := q.whereConds(scheme)
		if !ok {
			continue
		}
		filter, args := q.where(scheme)
		srcSQL, srcArgs := sel.sourceSQL()
		allowed, allowedArgs := sel.allowedSQL(q)
		sp := q.scanSpec(scheme, sel, filter, args, q.Dataset, srcSQL, srcArgs, allowed, allowedArgs)
		if slices.ContainsFunc(sp.keys, func(k string) bool { return strings.Contains(k, "?") }) {
			continue
		}
		text, sargs := scanSQL(sp)
		key := statementKey(text, sargs)
		if m := seen[key]; m != nil {
			if len(q.By) > 0 && len(m.q.By) == 0 {
				// the same statement: the grouped question's scan keeps
				// the groups, and serves the single total too
				m.q = q
			}
			continue
		}
		if e.readAhead(key) {
			continue
		}
		insrc, insrcArgs := sp.insrcSQL()
		// one family per place: its condition is then the statement's,
		// which picks the place's rows before any other is computed
		place := strings.Join(q.AORs, ",") + "\x00" + strings.Join(q.States, ",")
		fk := statementKey(q.Dataset+"\x00"+place+"\x00"+insrc+"\x00"+sp.rowsSQL()+"\x00"+sp.okSQL()+"\x00"+sp.stray, append(insrcArgs, sp.allowedArgs...))
		f := byKey[fk]
		if f == nil {
			f = &batchFamily{insrc: insrc, insrcArgs: insrcArgs, ok: sp.okSQL(), okArgs: sp.allowedArgs, rows: sp.rowsSQL(),
				covering: sp.covering, dataset: q.Dataset, condIdx: map[string]int{}}
			byKey[fk] = f
			fams = append(fams, f)
		}
		m := &batchMember{q: q, sp: sp, key: key, period: q.periodConds(scheme)}
		seen[key] = m
		for _, c := range conds {
			m.conds = append(m.conds, f.cond(c))
		}
		m.need = append(m.need, sp.inputs...)
		if sp.known != nil {
			m.need = append(m.need, "method")
		}
		f.members = append(f.members, m)
		if q.RemovalBasis == definitions.BasisExcludingLag {
			// the removals it leaves out (lagWarnings): the question on
			// the default basis, of the rows the lag condition finds
			ltext, largs := lagSQL(q, scheme, srcSQL, srcArgs)
			all := *q
			all.RemovalBasis = ""
			lconds, ok := all.whereConds(scheme)
			if !ok || seen[statementKey(ltext, largs)] != nil {
				continue
			}
			lm := &batchMember{q: q, key: statementKey(ltext, largs), lag: true, period: all.periodConds(scheme)}
			seen[lm.key] = lm
			for _, c := range append(lconds, sqlCond{sql: lagCond}) {
				lm.conds = append(lm.conds, f.cond(c))
			}
			f.members = append(f.members, lm)
		}
	}
	// The families' statements are independent: read on every core (a
	// checked article's store runs each statement on one thread).
	work := make(chan *batchFamily)
	var wg sync.WaitGroup
	for w := 0; w < min(len(fams), max(2, runtime.GOMAXPROCS(0))); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for f := range work {
				scans, counts, err := e.readFamily(ctx, f)
				if err != nil {
					// a read-ahead only: the family's questions are then
					// asked one by one (Run), which reports the error
					continue
				}
				e.kept.mu.Lock()
				for k, sc := range scans {
					e.kept.scans[k] = sc
				}
				for k, n := range counts {
					e.kept.counts[k] = n
				}
				e.kept.mu.Unlock()
			}
		}()
	}
	for _, f := range fams {
		work <- f
	}
	close(work)
	wg.Wait()
}

// readFamily reads a family's rows with one statement and makes each
// member's scan (or lag count) from them.
func (e *Engine) readFamily(ctx context.Context, f *batchFamily) (map[string]*scanned, map[string]int64, error) {
	// The conditions every member has are the statement's WHERE; the
	// others are a boolean column each (c0, c1, ...).
	common := map[int]bool{}
	for i := range f.conds {
		common[i] = true
		for _, m := range f.members {
			if !slices.Contains(m.conds, i) {
				common[i] = false
				break
			}
		}
	}
	col := map[int]string{} // a residual condition's column
	var resid []int
	for i := range f.conds {
		if !common[i] {
			col[i] = "c" + strconv.Itoa(len(resid))
			resid = append(resid, i)
		}
	}
	// match is the SQL of a member's rows, over the condition columns.
	match := func(m *batchMember) string {
		var parts []string
		for _, i := range m.conds {
			if !common[i] {
				parts = append(parts, col[i])
			}
		}
		if len(parts) == 0 {
			return "TRUE"
		}
		return "(" + strings.Join(parts, " AND ") + ")"
	}
	// The stored columns the members' keys read, each kept only on the
	// rows of a member that reads it (the others read NULL: fewer groups).
	var raw []string
	needBy := map[string][]string{}
	var textMatch []string // rows whose text key is empty read redacted
	nostate, methods := false, false
	for _, m := range f.members {
		if m.lag {
			continue
		}
		for _, c := range m.need {
			if c == canon.ColSourceID {
				continue
			}
			if !slices.Contains(raw, c) {
				raw = append(raw, c)
			}
			if !slices.Contains(needBy[c], match(m)) {
				needBy[c] = append(needBy[c], match(m))
			}
		}
		if len(m.sp.textKeys) > 0 {
			var empty []string
			for _, k := range m.sp.textKeys {
				empty = append(empty, "r_"+k+" IS NULL")
			}
			textMatch = append(textMatch, fmt.Sprintf("(%s AND (%s))", match(m), strings.Join(empty, " OR ")))
		}
		nostate = nostate || m.sp.nostate
		methods = methods || m.sp.known != nil
	}
	var args []any
	// L2: the keys, computed once per group of L1.
	var keyExprs []string
	keyCol := map[string]string{}
	var knownLists []string
	knownCol := map[string]string{}
	for _, m := range f.members {
		if m.lag {
			continue
		}
		for _, k := range m.sp.keys {
			if _, ok := keyCol[k]; !ok {
				keyCol[k] = "kx" + strconv.Itoa(len(keyExprs))
				keyExprs = append(keyExprs, k)
			}
		}
		if m.sp.known != nil {
			l := literalList(m.sp.known)
			if _, ok := knownCol[l]; !ok {
				knownCol[l] = "u" + strconv.Itoa(len(knownLists))
				knownLists = append(knownLists, l)
			}
		}
	}
	var l2 []string
	for i, k := range keyExprs {
		l2 = append(l2, fmt.Sprintf("%s AS kx%d", k, i))
	}
	for i, l := range knownLists {
		l2 = append(l2, fmt.Sprintf("method IS NOT NULL AND NOT list_contains([%s], lower(method)) AS u%d", l, i))
	}
	if methods {
		l2 = append(l2, "method AS m", "coalesce(lower(method) = lower(?), FALSE) AS cust")
		args = append(args, definitions.CustodialArrest)
	}
	l2 = append(l2, "source_id", "insrc", "ok", "n", "keyed")
	if nostate {
		l2 = append(l2, "ns")
	}
	// The condition columns reach the grouping packed into integers of
	// 62 bits (mask0, mask1, ...): a few keys to hash, not one per
	// condition.
	const bits = 62
	var masks []string
	for k := 0; k*bits < len(resid); k++ {
		var or []string
		for j := k * bits; j < min(len(resid), (k+1)*bits); j++ {
			or = append(or, fmt.Sprintf("(CAST(%s AS BIGINT) << %d)", col[resid[j]], j-k*bits))
		}
		masks = append(masks, fmt.Sprintf("(%s) AS mask%d", strings.Join(or, " | "), k))
		l2 = append(l2, fmt.Sprintf("mask%d", k))
	}
	bit := map[int][2]int{} // a residual condition's mask and bit
	for j, i := range resid {
		bit[i] = [2]int{j / bits, j % bits}
	}
	// L0b: the stored columns kept where a member reads them.
	var l0b []string
	for _, c := range raw {
		if slices.Contains(needBy[c], "TRUE") {
			l0b = append(l0b, fmt.Sprintf("r_%s AS %s", c, c))
		} else {
			l0b = append(l0b, fmt.Sprintf("CASE WHEN %s THEN r_%s END AS %s", strings.Join(needBy[c], " OR "), c, c))
		}
	}
	rawCols := append([]string{}, raw...)
	if len(textMatch) > 0 {
		if !slices.Contains(raw, canon.ColRedacted) {
			return nil, nil, fmt.Errorf("batch: a text key without %s", canon.ColRedacted)
		}
		for i, c := range l0b {
			if strings.HasSuffix(c, " AS "+canon.ColRedacted) {
				l0b[i] = fmt.Sprintf("CASE WHEN %s THEN r_%s END AS %s", strings.Join(textMatch, " OR "), canon.ColRedacted, canon.ColRedacted)
			}
		}
	}
	l0b = append(l0b, "source_id", "pk", "insrc", "ok")
	if nostate {
		l0b = append(l0b, "ns")
	}
	l0b = append(l0b, masks...)
	// L0: the rows of the family's sources that meet the conditions every
	// member has, with the others as columns.
	var l0 []string
	for _, c := range rawCols {
		l0 = append(l0, fmt.Sprintf("%s AS r_%s", c, c))
	}
	l0 = append(l0, "source_id", "person_key AS pk", f.insrc+" AS insrc", f.ok+" AS ok")
	args = append(append(args, f.insrcArgs...), f.okArgs...)
	if nostate {
		l0 = append(l0, "state IS NULL AS ns")
	}
	for _, i := range resid {
		l0 = append(l0, fmt.Sprintf("coalesce(%s, FALSE) AS %s", f.conds[i].sql, col[i]))
		args = append(args, f.conds[i].args...)
	}
	where := []string{f.rows}
	for i, c := range f.conds {
		if common[i] {
			where = append(where, c.sql)
			args = append(args, c.args...)
		}
	}
	// The periods of the members, when each has one: the rows of other
	// periods are not read. (Only the periods: the members' whole
	// conditions here would be evaluated again and again for every row,
	// which cost more than the statements the batch saves.)
	var ors []string
	var orArgs []any
	seenPeriod := map[string]bool{}
	for _, m := range f.members {
		if len(m.period) == 0 {
			ors = nil
			break
		}
		var and []string
		var a []any
		for _, c := range m.period {
			and = append(and, c.sql)
			a = append(a, c.args...)
		}
		p := "(" + strings.Join(and, " AND ") + ")"
		if k := statementKey(p, a); !seenPeriod[k] {
			seenPeriod[k] = true
			ors = append(ors, p)
			orArgs = append(orArgs, a...)
		}
	}
	if len(ors) > 0 {
		where = append(where, "("+strings.Join(ors, " OR ")+")")
		args = append(args, orArgs...)
	}
	sqlText := fmt.Sprintf("SELECT %s FROM (SELECT * EXCLUDE (pk), count(*) AS n, count(pk) AS keyed FROM (SELECT %s FROM (SELECT %s FROM %s WHERE %s)) GROUP BY ALL)",
		strings.Join(l2, ", "), strings.Join(l0b, ", "), strings.Join(l0, ", "), f.dataset, strings.Join(where, " AND "))
	t, err := e.Store.Table(ctx, sqlText, args...)
	if err != nil {
		return nil, nil, err
	}
	at := map[string]int{}
	for i, c := range t.Columns {
		at[c] = i
	}
	maskAt := make([]int, len(masks))
	for k := range masks {
		maskAt[k] = at["mask"+strconv.Itoa(k)]
	}
	// Each member's share of the rows.
	type groupAcc struct {
		keys  []any
		stray any
		cls   int64
		n     int64
	}
	type srcAcc struct{ n, keyed, nostate int64 }
	type methodAcc struct {
		m             any
		n             int64
		unknown, cust bool
	}
	type acc struct {
		sources map[[2]int64]*srcAcc // (cls, source)
		groups  map[string]*groupAcc
		methods map[string]*methodAcc
		lag     int64
		bad     bool
	}
	accs := make([]*acc, len(f.members))
	for i := range accs {
		accs[i] = &acc{sources: map[[2]int64]*srcAcc{}, groups: map[string]*groupAcc{}, methods: map[string]*methodAcc{}}
	}
	truth := func(v any) bool { b, _ := v.(bool); return b }
	for _, r := range t.Rows {
		insrc := r[at["insrc"]]
		if insrc == nil {
			continue // rows of no class (scanSQL)
		}
		sid, n, keyed := table.Int(r[at["source_id"]]), table.Int(r[at["n"]]), table.Int(r[at["keyed"]])
		var cls int64
		switch {
		case !truth(insrc):
			cls = 2
		case !truth(r[at["ok"]]):
			cls = 1
		}
	members:
		for mi, m := range f.members {
			for _, i := range m.conds {
				if !common[i] && table.Int(r[maskAt[bit[i][0]]])>>bit[i][1]&1 == 0 {
					continue members
				}
			}
			a := accs[mi]
			if m.lag {
				if truth(insrc) {
					a.lag += n
				}
				continue
			}
			s := a.sources[[2]int64{cls, sid}]
			if s == nil {
				s = &srcAcc{}
				a.sources[[2]int64{cls, sid}] = s
			}
			s.n += n
			s.keyed += keyed
			if m.sp.nostate && truth(r[at["ns"]]) {
				s.nostate += n
			}
			var stray any
			if cls == 1 {
				stray = slices.Contains(f.covering, strconv.FormatInt(sid, 10))
			}
			keys := make([]any, len(m.sp.keys))
			gk := fmt.Sprintf("%d\x00%T:%v", cls, stray, stray)
			for j, k := range m.sp.keys {
				keys[j] = r[at[keyCol[k]]]
				gk += fmt.Sprintf("\x00%T:%v", keys[j], keys[j])
			}
			g := a.groups[gk]
			if g == nil {
				g = &groupAcc{keys: keys, stray: stray, cls: cls}
				a.groups[gk] = g
			}
			g.n += n
			if m.sp.known != nil && cls == 0 {
				mv := r[at["m"]]
				mk := fmt.Sprintf("%T:%v", mv, mv)
				ma := a.methods[mk]
				if ma == nil {
					ma = &methodAcc{m: mv, unknown: truth(r[at[knownCol[literalList(m.sp.known)]]]), cust: truth(r[at["cust"]])}
					a.methods[mk] = ma
				}
				ma.n += n
			}
		}
	}
	scans, counts := map[string]*scanned{}, map[string]int64{}
	for mi, m := range f.members {
		a := accs[mi]
		if m.lag {
			counts[m.key] = a.lag
			continue
		}
		sp := m.sp
		sc := &scanned{perSource: map[int64]int64{}, shadowCounted: sp.src != "", methods: sp.known != nil}
		var keyedN, nostateN int64
		var srcKeys [][2]int64
		for k := range a.sources {
			srcKeys = append(srcKeys, k)
		}
		sort.Slice(srcKeys, func(i, j int) bool {
			return srcKeys[i][0] < srcKeys[j][0] || srcKeys[i][0] == srcKeys[j][0] && srcKeys[i][1] < srcKeys[j][1]
		})
		for _, k := range srcKeys {
			s := a.sources[k]
			switch k[0] {
			case 0:
				sc.perSource[k[1]] = s.n
				nostateN += s.nostate
			case 2:
				sc.shadowed = append(sc.shadowed, [2]int64{k[1], s.n})
			}
			if k[0] != 2 {
				keyedN += s.keyed
			}
		}
		var main, left []*groupAcc
		for _, g := range a.groups {
			switch g.cls {
			case 0:
				main = append(main, g)
			case 1:
				left = append(left, g)
			}
		}
		byKeys := func(x, y []any) (int, error) {
			for j := range x {
				if c, err := compareKey(x[j], y[j]); err != nil || c != 0 {
					return c, err
				}
			}
			return 0, nil
		}
		var cmpErr error
		sort.Slice(main, func(i, j int) bool {
			x, y := main[i], main[j]
			switch {
			case strings.HasPrefix(sp.order, "count DESC") && x.n != y.n:
				return x.n > y.n
			case strings.HasPrefix(sp.order, "count ASC") && x.n != y.n:
				return x.n < y.n
			}
			c, err := byKeys(x.keys, y.keys)
			if err != nil {
				cmpErr = err
			}
			return c < 0
		})
		sort.Slice(left, func(i, j int) bool {
			x, y := left[i], left[j]
			c, err := byKeys(x.keys, y.keys)
			if err != nil {
				cmpErr = err
			}
			if c != 0 {
				return c < 0
			}
			c, err = compareKey(x.stray, y.stray)
			if err != nil {
				cmpErr = err
			}
			return c < 0
		})
		if cmpErr != nil {
			continue // left to Run
		}
		if len(m.q.By) > 0 {
			sc.groups = &table.Table{Columns: append(append([]string{}, m.q.By...), "count")}
			for i, g := range main {
				if sp.limit > 0 && i >= sp.limit {
					break
				}
				sc.groups.Rows = append(sc.groups.Rows, append(append([]any{}, g.keys...), g.n))
			}
		}
		var leftRows [][]any
		for _, g := range left {
			leftRows = append(leftRows, append(append([]any{}, g.keys...), g.stray, g.n))
		}
		for _, ma := range a.methods {
			if ma.cust {
				sc.custodial += ma.n
			}
			if ma.unknown {
				sc.unknown = append(sc.unknown, methodCount{fmt.Sprint(ma.m), ma.n})
			}
		}
		sort.Slice(sc.unknown, func(i, j int) bool {
			a, b := sc.unknown[i], sc.unknown[j]
			return a.n > b.n || a.n == b.n && a.method < b.method
		})
		sc.groupsLeft, sc.leftByKey = leftOutRows(leftRows, len(sp.keys))
		if sp.nostate {
			sc.nostate = &nostateN
		}
		if sp.src != "" {
			sc.keyed = &keyedN
		}
		scans[m.key] = sc
	}
	return scans, counts, nil
}

// compareKey orders two values of a key column as DuckDB's ORDER BY does:
// ascending, NULLs last, text bytewise.
func compareKey(x, y any) (int, error) {
	switch {
	case x == nil && y == nil:
		return 0, nil
	case x == nil:
		return 1, nil
	case y == nil:
		return -1, nil
	}
	switch a := x.(type) {
	case string:
		if b, ok := y.(string); ok {
			return strings.Compare(a, b), nil
		}
	case bool:
		if b, ok := y.(bool); ok {
			switch {
			case a == b:
				return 0, nil
			case !a:
				return -1, nil
			}
			return 1, nil
		}
	case time.Time:
		if b, ok := y.(time.Time); ok {
			return a.Compare(b), nil
		}
	case float64:
		if b, ok := y.(float64); ok {
			return cmp.Compare(a, b), nil
		}
	}
	a, okA := integer(x)
	b, okB := integer(y)
	if okA && okB {
		return cmp.Compare(a, b), nil
	}
	return 0, fmt.Errorf("batch: cannot order %T and %T", x, y)
}

func integer(v any) (int64, bool) {
	switch n := v.(type) {
	case int:
		return int64(n), true
	case int8:
		return int64(n), true
	case int16:
		return int64(n), true
	case int32:
		return int64(n), true
	case int64:
		return n, true
	case uint8:
		return int64(n), true
	case uint16:
		return int64(n), true
	case uint32:
		return int64(n), true
	}
	return 0, false
}

// clone is a copy of a scan that its answer may change.
func (sc *scanned) clone() *scanned {
	c := *sc
	c.perSource = make(map[int64]int64, len(sc.perSource))
	for k, v := range sc.perSource {
		c.perSource[k] = v
	}
	c.shadowed = slices.Clone(sc.shadowed)
	if sc.groups != nil {
		c.groups = &table.Table{Columns: slices.Clone(sc.groups.Columns)}
		for _, r := range sc.groups.Rows {
			c.groups.Rows = append(c.groups.Rows, slices.Clone(r))
		}
	}
	c.groupsLeft = make([]answer.GroupLeftOut, len(sc.groupsLeft))
	for i, g := range sc.groupsLeft {
		g.Key = slices.Clone(g.Key)
		c.groupsLeft[i] = g
	}
	if sc.groupsLeft == nil {
		c.groupsLeft = nil
	}
	c.leftByKey = make(map[string]int64, len(sc.leftByKey))
	for k, v := range sc.leftByKey {
		c.leftByKey[k] = v
	}
	if sc.keyed != nil {
		n := *sc.keyed
		c.keyed = &n
	}
	if sc.nostate != nil {
		n := *sc.nostate
		c.nostate = &n
	}
	c.unknown = slices.Clone(sc.unknown)
	return &c
}

// periodConds are the conditions of q.where on its period (fiscal years,
// months, dates), the same text and values.
func (q *Query) periodConds(scheme definitions.MethodScheme) []sqlCond {
	p := &Query{Dataset: q.Dataset, FYs: q.FYs, Months: q.Months, From: q.From, To: q.To, RemovalBasis: q.RemovalBasis}
	conds, ok := p.whereConds(scheme)
	if !ok {
		return nil
	}
	return slices.DeleteFunc(conds, func(c sqlCond) bool { return c.sql == "NOT "+lagCond })
}
