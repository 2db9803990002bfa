package cli

import (
	"context"
	"fmt"

	"github.com/icestat/icestat/internal/store"
	"github.com/icestat/icestat/internal/table"
)

func init() {
	register(command{"verify", "check the store's integrity: every block read (checksums), row counts per source, no orphan rows", runVerify})
}

// runVerify first reads every block the store uses (store.Verify: every
// column of every table, each primary-key index, the catalog at open, and
// the file's length against its header), so that a damaged file is
// reported — "damaged: WHAT, restore from an export or re-ingest", exit 1 —
// rather than found by the next ingest. It opens the store as an ingest would — which first removes the
// rows of an ingest killed before it committed, and says so — and then
// checks every source's row count and that no row belongs to no source.
// With --read-only nothing is changed: leftovers of a killed ingest are
// reported as problems.
func runVerify(env *Env, args []string) error {
	fs := newFlags(env, "verify", "[--db PATH] [--read-only]")
	db := dbFlag(env, fs)
	readOnly := fs.Bool("read-only", false, "check without changing the store (leftovers of a killed ingest are reported, not removed)")
	if _, err := parse(fs, args); err != nil {
		return err
	}
	var st *store.Store
	var err error
	if *readOnly {
		st, err = store.OpenReadOnly(*db)
	} else {
		st, err = openWritable(env, "verify", *db)
	}
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
	fmt.Fprintf(env.Stdout, "%s: ok (every block read and its checksum matched; %s rows, every source complete, no orphans)\n", *db, table.Thousands(rows))
	return nil
}
