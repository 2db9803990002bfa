package cli

import (
	"context"
	"fmt"

	"github.com/icestat/icestat/internal/store"
	"github.com/icestat/icestat/internal/table"
)

func init() {
	register(command{"verify", "check the store's integrity (row counts per source, no orphan rows)", runVerify})
}

func runVerify(env *Env, args []string) error {
	fs := newFlags(env, "verify", "[--db PATH]")
	db := dbFlag(env, fs)
	if _, err := parse(fs, args); err != nil {
		return err
	}
	st, err := store.OpenReadOnly(*db)
	if err != nil {
		return err
	}
	defer st.Close()
	problems, rows, err := st.Verify(context.Background())
	if err != nil {
		return err
	}
	for _, p := range problems {
		fmt.Fprintf(env.Stdout, "%s: %s\n", p.Table, p.Detail)
	}
	if len(problems) > 0 {
		return fmt.Errorf("%d integrity problems in %s", len(problems), *db)
	}
	fmt.Fprintf(env.Stdout, "%s: ok (%s rows, every source complete, no orphans)\n", *db, table.Thousands(rows))
	return nil
}
