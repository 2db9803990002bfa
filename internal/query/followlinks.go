package query

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"github.com/icestat/icestat/internal/canon"
	"github.com/icestat/icestat/internal/table"
)

// FollowLinks says whether a follow question can be answered at all,
// before anyone reads its outcomes: which releases the cohort's keyed rows
// come from, and how many detention stints those releases hold. Follow
// links by person key within one release, so a cohort whose release has no
// detentions ingested has every person "not booked" — a statement about the
// store, not about the people. Reports and the claim checker use this to say
// "cannot be followed" in one line instead of printing such zeros.
type FollowLinks struct {
	Rows          int64    `json:"rows"` // cohort rows
	KeyedRows     int64    `json:"rows_with_person_key"`
	Releases      []string `json:"releases"`         // release tags (or file SHA-256 when unknown) of the keyed rows
	DetentionRows int64    `json:"detention_stints"` // detentions rows of those releases, any place
	DetentionFrom string   `json:"detentions_from,omitempty"`
	DetentionTo   string   `json:"detentions_to,omitempty"` // last book-in or book-out among them
}

// Followable reports whether outcomes can be read, and if not, why, in one
// sentence naming what is missing.
func (l *FollowLinks) Followable(dataset string) (bool, string) {
	switch {
	case l.Rows == 0:
		return false, fmt.Sprintf("no %s rows match this place and period", dataset)
	case l.KeyedRows == 0:
		return false, fmt.Sprintf("none of the %s %s rows carries a person key (releases before 2023 have none), so they cannot be linked to detention stays", table.Thousands(l.Rows), dataset)
	case l.DetentionRows == 0:
		return false, fmt.Sprintf("no detention stays of release %s are ingested, so custody cannot be followed (person keys link rows within one release only)", strings.Join(l.Releases, ", "))
	}
	return true, ""
}

// FollowLinks reads the cohort of q (arrests or detainers) as Follow does
// and counts what can be linked to it.
func (e *Engine) FollowLinks(ctx context.Context, q *Query) (*FollowLinks, error) {
	if q.Dataset != "arrests" && q.Dataset != "detainers" {
		return nil, bad("follow starts from arrests or detainers, not %s", q.Dataset)
	}
	scheme, _, sel, err := e.prepare(ctx, q)
	if err != nil {
		return nil, err
	}
	out := &FollowLinks{Releases: []string{}}
	if len(sel.used) == 0 {
		return out, nil
	}
	cond, cohortArgs := cohortCond(q, scheme, sel)
	t, err := e.Store.Table(ctx, fmt.Sprintf(`SELECT CASE WHEN d.person_key IS NULL THEN NULL ELSE %s END AS ns, count(*)
		FROM (SELECT * FROM %s WHERE %s) d JOIN sources s ON s.id = d.source_id GROUP BY ALL`, releaseNS, q.Dataset, cond), cohortArgs...)
	if err != nil {
		return nil, fmt.Errorf("reading the cohort's releases: %w", err)
	}
	var ns []any
	for _, r := range t.Rows {
		n := table.Int(r[1])
		out.Rows += n
		if r[0] != nil {
			out.KeyedRows += n
			out.Releases = append(out.Releases, fmt.Sprint(r[0]))
			ns = append(ns, fmt.Sprint(r[0]))
		}
	}
	sort.Strings(out.Releases)
	if len(ns) == 0 {
		return out, nil
	}
	x := strings.ReplaceAll(releaseNS, "d.", "x.")
	dt, err := e.Store.Table(ctx, fmt.Sprintf(`SELECT count(*), min(x.event_date), max(greatest(x.event_date, x.book_out_date))
		FROM detentions x JOIN sources s ON s.id = x.source_id WHERE %s IN (%s)`, x, placeholders(len(ns))), ns...)
	if err != nil {
		return nil, fmt.Errorf("counting the linked detention stints: %w", err)
	}
	if len(dt.Rows) == 1 {
		out.DetentionRows = table.Int(dt.Rows[0][0])
		if d, ok := toDay(dt.Rows[0][1]); ok {
			out.DetentionFrom = d.String()
		}
		if d, ok := toDay(dt.Rows[0][2]); ok {
			out.DetentionTo = d.String()
		}
	}
	return out, nil
}

// FollowCommand is the `icestat follow` line of a follow question, for
// callers that cite a figure without running Follow first.
func (fq FollowQuery) FollowCommand() string { return fq.command() }

// DataEndOf is the last date in the linked records of the given releases,
// the default as-of date of Follow.
func (e *Engine) DataEndOf(ctx context.Context, releases []string) (canon.Day, error) {
	m := map[string]bool{}
	for _, r := range releases {
		m[r] = true
	}
	return e.dataEnd(ctx, m)
}
