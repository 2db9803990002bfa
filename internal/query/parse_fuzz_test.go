package query

import (
	"errors"
	"net/url"
	"reflect"
	"testing"
)

// FuzzQueryParse: Parse over any query string never panics, fails only
// with a *Error (HTTP 400) or ErrUnknownDataset (404), and a query it
// accepts is given back unchanged by its own parameters and prints a
// command.
func FuzzQueryParse(f *testing.F) {
	for _, s := range []string{
		"dataset=arrests&aor=BOS&fy=2017",
		"dataset=arrests&aor=boston&fy=FY2016..2018&by=aor,month&share=true",
		"dataset=removals&final-order=yes&country=MEXICO,GUATEMALA",
		"dataset=arrests&where=landmark=SEA+CAP&limit=10&sort=count",
		"dataset=detainers&state=Massachusetts&from=2017-01-01&to=2017-12-31",
		"dataset=encounters&month=2019-02&by=criminality&persons=true",
		"dataset=arrests&method=CAP&method-scheme=detailed&dedupe=true",
		"dataset=arrests&fy=2100..1900", "dataset=nope", "aor=BOS", "dataset=arrests&bogus=1",
		"dataset=arrests&from=2017-02-30", "dataset=arrests&limit=-1", "dataset=arrests&where=%00=%ff",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, raw string) {
		v, err := url.ParseQuery(raw)
		if err != nil {
			return
		}
		q, err := Parse(v)
		if err != nil {
			var qe *Error
			if !errors.As(err, &qe) && !errors.Is(err, ErrUnknownDataset) {
				t.Fatalf("Parse(%q): error of type %T: %v", raw, err, err)
			}
			return
		}
		q.Command()
		q2, err := Parse(q.Values())
		if err != nil {
			t.Fatalf("Parse(%q) ok, but its own parameters %q fail: %v", raw, q.Values().Encode(), err)
		}
		if !reflect.DeepEqual(q, q2) {
			t.Fatalf("round trip of %q:\n%+v\n%+v", raw, q, q2)
		}
	})
}
