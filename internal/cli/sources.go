package cli

import (
	"context"

	"github.com/icestat/icestat/internal/store"
)

func init() {
	register(command{"sources", "list the stored files and sheets with provenance and counts", runSources})
}

func runSources(env *Env, args []string) error {
	fs := newFlags(env, "sources", "[--db PATH] [--format table|csv|json]")
	db := dbFlag(env, fs)
	format := formatFlag(fs, "table", "table", "csv", "json")
	if _, err := parse(fs, args); err != nil {
		return err
	}
	if err := checkFormat(*format, "table", "csv", "json"); err != nil {
		return err
	}
	st, err := store.OpenReadOnly(*db)
	if err != nil {
		return err
	}
	defer st.Close()
	t, err := st.Sources(context.Background(), *format == "table")
	if err != nil {
		return err
	}
	return t.Write(env.Stdout, *format)
}
