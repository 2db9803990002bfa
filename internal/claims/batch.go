package claims

import (
	"net/url"

	"github.com/icestat/icestat/internal/definitions"
	"github.com/icestat/icestat/internal/query"
)

// Batching: the record counts an article's figures will ask (each
// reading's question, its probe by the qualifier's column, the share's
// whole, the change's baseline, the other definitions) are handed to the
// engine together before the figures are judged, so that it reads each
// family of them — one dataset and place, other periods, filter values
// and definitions — with one statement (query.Prefetch). The judging then
// asks its questions one by one as before (r.run) and finds their scans
// read; a question not foreseen here is read alone. The answers are the
// same either way (query.TestBatchSameAnswers); only the number of
// statements changes.

// prefetch reads ahead the record counts the interpretations its will ask.
func (r *runner) prefetch(its []Interpretation) {
	var qs []*query.Query
	seen := map[string]bool{}
	add := func(v url.Values) {
		q, err := query.Parse(v)
		if err != nil {
			return
		}
		if k := q.Command(); !seen[k] {
			seen[k] = true
			qs = append(qs, q)
		}
	}
	// covers: whether a question gets a count, from the sources alone
	covers := func(v url.Values) bool {
		q, err := query.Parse(v)
		return err != nil || r.eng.Covers(r.ctx, q)
	}
	var all []Interpretation
	for _, it := range its {
		if len(it.byNumber) > 0 {
			all = append(all, it.byNumber...)
		} else {
			all = append(all, it)
		}
	}
	for i := range all {
		for _, it := range eachPlace(all[i]) {
			for _, rd := range readingsOf(it) {
				foreseen(rd.It, add, covers)
			}
		}
	}
	r.eng.Prefetch(r.ctx, qs)
}

// eachPlace is the interpretation, or one per place of a figure stated for
// each of several places (judgeEach).
func eachPlace(it Interpretation) []Interpretation {
	if len(it.eachPlaces) <= 1 {
		return []Interpretation{it}
	}
	var out []Interpretation
	for _, p := range it.eachPlaces {
		v := it
		v.eachPlaces = nil
		v.Place = p
		out = append(out, v)
	}
	return out
}

// foreseen adds the record counts check asks for a reading (check.go,
// fields, variants, change).
func foreseen(it Interpretation, add func(url.Values), covers func(url.Values) bool) {
	if it.Measure == "" || isDetentionMeasure(it.Measure) || it.Outcome != "" || it.Period.Kind == "unresolved" || it.Period.Kind == "date" {
		return
	}
	all := mergeFilters(it.Base, it.Filters)
	v := it.Values(all, it.Period)
	add(v)
	// the probe by the first qualifier's column, and each qualifier's
	// column without it (fields)
	for k := range it.Filters {
		if fieldColumn[k] == "" {
			continue
		}
		without := copyFilters(all)
		delete(without, k)
		p := it.Values(without, it.Period)
		p.Set("by", fieldColumn[k])
		add(p)
	}
	switch it.Claim.Kind {
	case KindShare, KindUniversal:
		// the whole of a share, here or nationwide
		whole := it
		if it.BaseNational && it.Place.Kind != "national" && len(it.Filters) == 0 {
			whole.Place = Place{Kind: "national", Name: "nationwide"}
		}
		add(whole.Values(it.Base, it.Period))
	case KindChange:
		// the baseline, and the wholes of a change in points
		if it.Baseline != nil {
			add(it.Values(all, *it.Baseline))
			add(it.Values(it.Base, it.Period))
			add(it.Values(it.Base, *it.Baseline))
		}
	}
	if it.Place.Kind != "national" && !covers(v) {
		// a place the records do not cover asks whether the nation's do
		// (coverage)
		nat := it
		nat.Place = Place{Kind: "national", Name: "nationwide"}
		add(nat.Values(all, it.Period))
	}
	if it.Place.Kind == "county" {
		// the county field of the records used (fields)
		c := it.Values(all, it.Period)
		c.Set("by", "county")
		add(c)
	}
	// the other definitions (variants)
	with := func(k, val, def string) url.Values { return withDefinition(v, k, val, def) }
	if isMethodClass(v["method"]) {
		for _, s := range definitions.Schemes {
			add(with("method-scheme", s.Name, definitions.Schemes[0].Name))
		}
	}
	if it.Measure == "removals" {
		for _, bs := range definitions.RemovalBases {
			add(with("removal-basis", bs.Name, definitions.BasisRemovalDate))
		}
	}
}
