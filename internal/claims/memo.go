package claims

import (
	"context"
	"errors"
	"net/url"
	"sync"

	"github.com/icestat/icestat/internal/query"
)

// A Memo keeps what a store answered the checks run through it, so that a
// run of checks over a store that does not change asks each question of
// the store once: a corpus of articles, or a server's read-only handle,
// which an ingest replaces and never changes (web/handles.go). Articles
// about the same years ask much alike (every figure of a sentence icestat
// does not read is asked as removals and arrests of the article's fiscal
// year, bynumber.go); BenchmarkMemo measures what a Memo saves.
//
// A Memo is safe for concurrent checks. It starts again, keeping nothing,
// when it holds more than maxMemoAnswers answers (a server's memory stays
// bounded) and after a check that ended on its context (a cancelled
// request), so that no later check sees an answer cut short.
type Memo struct {
	eng *query.Engine
	mu  sync.Mutex
	cur *answers
}

// maxMemoAnswers bounds a Memo: a checked article asks a few hundred
// questions at most, and the whole claims corpus (3,567 sentences) asks
// fewer than this.
const maxMemoAnswers = 50000

// NewMemo returns a Memo over eng's store.
func NewMemo(eng *query.Engine) *Memo { return &Memo{eng: eng} }

// Check is the package's Check, with the answers m keeps.
func (m *Memo) Check(ctx context.Context, in Input) (*Report, error) {
	its, err := Analyze(in)
	if err != nil {
		return nil, err
	}
	rep, err := m.check(ctx, its, in.Explain)
	if err != nil {
		return nil, err
	}
	rep.Date, rep.Place = in.Date, in.Place
	return rep, nil
}

// CheckInterpretations is the package's CheckInterpretations, with the
// answers m keeps; Input.Explain asks explain candidates for every exact
// count (Check), which this never does.
func (m *Memo) CheckInterpretations(ctx context.Context, its []Interpretation) (*Report, error) {
	return m.check(ctx, its, false)
}

func (m *Memo) check(ctx context.Context, its []Interpretation, explainAll bool) (*Report, error) {
	a := m.take()
	rep, err := checkAllWith(ctx, a, its, explainAll, true)
	if ctx.Err() != nil {
		m.drop(a)
	}
	return rep, err
}

// take gives the answers to check with: those kept, or new ones.
func (m *Memo) take() *answers {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.cur == nil || m.cur.size() > maxMemoAnswers {
		m.cur = newAnswers(m.eng)
	}
	return m.cur
}

// drop forgets a, if m still keeps it.
func (m *Memo) drop(a *answers) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.cur == a {
		m.cur = nil
	}
}

// answers are what a store answered: each query once, whichever claim
// asks first, and the detention editions' as-of dates.
type answers struct {
	// eng is a query session (query.Engine.Session): the stored sources,
	// which every answer starts from, are read once, and what Prefetch
	// reads ahead is kept with it
	eng   *query.Engine
	mu    sync.Mutex
	cache map[string]*cached
	// the detention editions' as-of dates (verdict.go), read once
	histOnce sync.Once
	hist     []query.DetainedPoint
	histErr  error
}

type cached struct {
	once sync.Once
	res  *query.Result
	err  error
}

func newAnswers(eng *query.Engine) *answers {
	return &answers{eng: eng.Session(), cache: map[string]*cached{}}
}

func (a *answers) size() int {
	a.mu.Lock()
	defer a.mu.Unlock()
	return len(a.cache)
}

// run answers one query, once per check or Memo.
func (r *runner) run(v url.Values) (*query.Result, error) {
	q, err := query.Parse(v)
	if err != nil {
		return nil, err
	}
	return r.runQuery(q)
}

// runQuery is run for a parsed query. An answer cut short by the context
// of the check that asked first is asked again by one whose context is
// live (checks run concurrently through a Memo).
func (r *runner) runQuery(q *query.Query) (*query.Result, error) {
	key := q.Command()
	r.mu.Lock()
	c, ok := r.cache[key]
	if !ok {
		c = &cached{}
		r.cache[key] = c
	}
	r.mu.Unlock()
	c.once.Do(func() { c.res, c.err = r.eng.Run(r.ctx, q) })
	if c.err != nil && r.ctx.Err() == nil && (errors.Is(c.err, context.Canceled) || errors.Is(c.err, context.DeadlineExceeded)) {
		return r.eng.Run(r.ctx, q)
	}
	return c.res, c.err
}

// detainedHistory lists the stored editions' as-of dates, once.
func (r *runner) detainedHistory() ([]query.DetainedPoint, error) {
	r.histOnce.Do(func() {
		r.hist, r.histErr = r.eng.DetainedHistory(r.ctx)
	})
	return r.hist, r.histErr
}
