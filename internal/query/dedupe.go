package query

import (
	"context"
	"fmt"
	"strings"

	"github.com/icestat/icestat/internal/definitions"
	"github.com/icestat/icestat/internal/table"
)

// DuplicateInfo says how an answer treated possible duplicates
// (definitions "possible duplicate").
type DuplicateInfo struct {
	Rule     string `json:"rule"`
	Excluded bool   `json:"excluded"`           // --dedupe: possible duplicates were left out
	Possible int64  `json:"possible"`           // matching rows that are possible duplicates
	NoKey    int64  `json:"without_person_key"` // matching rows without a person key: never duplicates
}

// releaseNS is the namespace of a row's person key: its release tag, else
// the file it came from. Person keys are re-anonymized in each release, so
// two rows are the same person only when both key and namespace agree.
const releaseNS = "coalesce(d.release, s.sha256)"

// dedupeFrom is a FROM item that adds possible_duplicate to the rows of the
// selected sources. Arrests: a row is a possible duplicate when the same
// person (key and release) was arrested at most 24 hours before, by
// date and time of day where the release gives it (a date alone counts as
// midnight, so with dates only, arrests on the same or the next day are one
// episode). Other datasets: the same person on the same date. The window
// runs over all rows of the selected sources before any filter, so an
// arrest just after midnight on the first day of a month still joins the
// episode that began the day before.
func dedupeFrom(dataset, srcSQL string) string {
	var dup string
	if dataset == "arrests" {
		ts := "epoch(d.event_date + coalesce(TRY_CAST(d.event_time AS TIME), TIME '00:00:00'))"
		dup = fmt.Sprintf("coalesce(%[1]s - lag(%[1]s) OVER w <= %d, false)", ts, definitions.EpisodeHours*3600)
	} else {
		dup = "coalesce(d.event_date = lag(d.event_date) OVER w, false)"
	}
	return fmt.Sprintf(`(SELECT d.*, (d.person_key IS NOT NULL AND %s) AS possible_duplicate FROM %s d JOIN sources s ON s.id = d.source_id WHERE %s WINDOW w AS (PARTITION BY %s, d.person_key ORDER BY d.event_date, d.event_time NULLS FIRST, d.source_id, d.source_row)) AS %s`,
		dup, dataset, srcSQL, releaseNS, dataset)
}

// duplicates counts the possible duplicates among the rows an answer
// matched and says what the count did with them. known, when not nil, is
// the number of those rows with a person key, counted already (scanSQL).
func (e *Engine) duplicates(ctx context.Context, q *Query, srcSQL string, srcArgs []any, filter string, args []any, known *int64) (*DuplicateInfo, []string, error) {
	info := &DuplicateInfo{Rule: definitions.DuplicateRule(q.Dataset), Excluded: q.Dedupe}
	cond := srcSQL
	if filter != "" {
		cond += " AND " + filter
	}
	all := append(append([]any{}, srcArgs...), args...)
	var keyed int64
	if known != nil {
		keyed = *known
	} else if err := e.Store.QueryRow(ctx, fmt.Sprintf("SELECT count(*) FROM (SELECT 1 FROM %s WHERE %s AND person_key IS NOT NULL LIMIT 1)", q.Dataset, cond), all...).Scan(&keyed); err != nil {
		return nil, nil, fmt.Errorf("checking person keys: %w", err)
	}
	if keyed == 0 {
		if q.Dedupe {
			return info, []string{"--dedupe: no matching row carries a person key, so none is a possible duplicate and nothing was left out (identical rows without a key are distinct events in ICE's totals)"}, nil
		}
		return nil, nil, nil
	}
	where := "TRUE"
	if filter != "" {
		where = filter
	}
	sqlText := fmt.Sprintf("SELECT count(*) FILTER (WHERE possible_duplicate), count(*) FILTER (WHERE person_key IS NULL) FROM %s WHERE %s", dedupeFrom(q.Dataset, srcSQL), where)
	if err := e.Store.QueryRow(ctx, sqlText, all...).Scan(&info.Possible, &info.NoKey); err != nil {
		return nil, nil, fmt.Errorf("counting possible duplicates: %w", err)
	}
	var w string
	if q.Dedupe {
		w = fmt.Sprintf("--dedupe: %d possible duplicate rows left out (%s)", info.Possible, info.Rule)
	} else if info.Possible > 0 {
		w = fmt.Sprintf("the count includes %d possible duplicate rows (%s); --dedupe leaves them out", info.Possible, info.Rule)
	}
	if w != "" && info.NoKey > 0 {
		w += fmt.Sprintf("; %d rows without a person key are counted as they are", info.NoKey)
	}
	if w == "" {
		return info, nil, nil
	}
	return info, []string{w}, nil
}

// methodWarnings flags, for answers that use method classes, the raw
// method values the scheme does not classify (counted as unknown, never
// guessed) and the series break of "Custodial Arrest" (from late July 2025).
// The counts come with the scan (sc) when it read them, else from two
// statements of their own.
func (e *Engine) methodWarnings(ctx context.Context, q *Query, scheme definitions.MethodScheme, from, whereSQL string, args []any, sc *scanned) []string {
	if !usesMethodClass(q) {
		return nil
	}
	unknown, custodial := sc.unknown, sc.custodial
	if !sc.methods {
		unknown, custodial = nil, 0
		t, err := e.Store.Table(ctx, fmt.Sprintf("SELECT method, count(*) FROM %s WHERE %s AND method IS NOT NULL AND lower(method) NOT IN (%s) GROUP BY method ORDER BY 2 DESC, 1 LIMIT 20", from, whereSQL, literalList(knownMethods(scheme))), args...)
		if err == nil {
			for _, r := range t.Rows {
				unknown = append(unknown, methodCount{fmt.Sprint(r[0]), table.Int(r[1])})
			}
		}
		if err := e.Store.QueryRow(ctx, fmt.Sprintf("SELECT count(*) FROM %s WHERE %s AND lower(method) = lower(?)", from, whereSQL), append(append([]any{}, args...), definitions.CustodialArrest)...).Scan(&custodial); err != nil {
			custodial = 0
		}
	}
	var out []string
	if len(unknown) > 20 {
		unknown = unknown[:20]
	}
	if len(unknown) > 0 {
		var vals []string
		for _, m := range unknown {
			vals = append(vals, fmt.Sprintf("%q (%d rows)", m.method, m.n))
		}
		out = append(out, fmt.Sprintf("apprehension methods that the %s scheme does not classify are counted as unknown: %s", scheme.Name, strings.Join(vals, ", ")))
	}
	if custodial > 0 {
		out = append(out, fmt.Sprintf("%d rows carry the method %q, recorded only from late July 2025 (a series break): custodial and at-large figures before and after it are not comparable", custodial, definitions.CustodialArrest))
	}
	return out
}

// usesMethodClass says whether an answer uses method classes: grouped by
// method or its class, or filtered by a class.
func usesMethodClass(q *Query) bool {
	if contains(q.By, "method_class") || contains(q.By, "method") {
		return true
	}
	for _, m := range q.Methods {
		switch strings.ToLower(m) {
		case definitions.AtLarge, definitions.Custodial, definitions.Other, definitions.Unknown:
			return true
		}
	}
	return false
}

// knownMethods are the raw methods a scheme classifies.
func knownMethods(scheme definitions.MethodScheme) []string {
	return append(append(append([]string{}, scheme.AtLarge...), scheme.Custodial...), scheme.Other...)
}
