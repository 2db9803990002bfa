package query

import (
	"context"
	"fmt"

	"github.com/icestat/icestat/internal/definitions"
	"github.com/icestat/icestat/internal/table"
)

// lagCond is ICE's "lag": a removal whose Departed Date falls in an earlier
// fiscal year than its removal date's. --removal-basis excluding-lag leaves
// these rows out.
const lagCond = "(departed_date IS NOT NULL AND fy IS NOT NULL AND departed_date < make_date(CAST(fy AS BIGINT) - 1, 10, 1))"

// lagWarnings says how many removals an excluding-lag answer left out, so
// the difference from ICE's totals (removal-date) is on the answer itself.
func (e *Engine) lagWarnings(ctx context.Context, q *Query, scheme definitions.MethodScheme, srcSQL string, srcArgs []any) []string {
	if q.RemovalBasis != definitions.BasisExcludingLag || q.Dedupe {
		return nil
	}
	sqlText, args := lagSQL(q, scheme, srcSQL, srcArgs)
	n, ok := e.batchedCount(sqlText, args)
	if !ok {
		t, err := e.Store.Table(ctx, sqlText, args...)
		if err != nil || len(t.Rows) != 1 {
			return nil
		}
		n = table.Int(t.Rows[0][0])
	}
	return []string{fmt.Sprintf("excluding the lag (--removal-basis excluding-lag): %s removals whose Departed Date falls in an earlier fiscal year than their Removal Date are left out; ICE's totals (the default basis, removal-date) count them", table.Thousands(n))}
}

// lagSQL counts the removals an excluding-lag answer leaves out: those of
// the question asked on the default basis that the lag condition finds.
func lagSQL(q *Query, scheme definitions.MethodScheme, srcSQL string, srcArgs []any) (string, []any) {
	all := *q
	all.RemovalBasis = ""
	filter, args := all.where(scheme)
	sqlText := fmt.Sprintf("SELECT count(*) FROM %s WHERE %s AND %s", q.Dataset, srcSQL, lagCond)
	if filter != "" {
		sqlText += " AND " + filter
	}
	return sqlText, append(append([]any{}, srcArgs...), args...)
}
