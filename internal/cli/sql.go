package cli

import (
	"context"
	"fmt"
	"strings"

	"github.com/icestat/icestat/internal/query"
)

func init() {
	register(command{"sql", "run a read-only SQL query over the store", runSQL})
}

func runSQL(env *Env, args []string) error {
	fs := newFlags(env, "sql", `[--db PATH] [--format table|csv|json] "SELECT ..."`)
	db := dbFlag(env, fs)
	data := dataFlag(fs)
	format := formatFlag(fs, "table", "table", "csv", "json")
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if err := checkFormat(*format, "table", "csv", "json"); err != nil {
		return err
	}
	if len(pos) == 0 {
		fs.Usage()
		return fmt.Errorf("%w: no query given", errUsage)
	}
	st, err := openReader(*db, *data)
	if err != nil {
		return err
	}
	defer st.Close()
	ctx := context.Background()
	srcs, err := st.SourceInfos(ctx)
	if err != nil {
		return err
	}
	t, read, err := st.ReadQueryTables(ctx, strings.Join(pos, " "), query.CountedViews(srcs))
	if err != nil {
		return err
	}
	// Once: a raw view of a dataset whose sources overlap holds the
	// overlapping rows twice.
	for _, ds := range query.OverlappingDatasets(srcs) {
		for _, name := range read {
			if name == ds {
				fmt.Fprintf(env.Stderr, "note: %s holds every stored row, and some %s sources overlap (the same place and period in two releases), so rows there are counted twice; %s_counted keeps one source per dataset, place and period, as icestat count does\n", ds, ds, ds)
			}
		}
	}
	// A result read from a counted view carries that view's coverage, as a
	// count does: which periods are national, which only one AOR's.
	cov := query.CountedCoverage(srcs)
	for _, name := range read {
		if ds, ok := strings.CutSuffix(name, "_counted"); ok && cov[ds] != "" {
			fmt.Fprintf(env.Stderr, "coverage of %s: %s\n", name, cov[ds])
		}
	}
	return t.Write(env.Stdout, *format)
}
