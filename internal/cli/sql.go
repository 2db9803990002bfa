package cli

import (
	"context"
	"fmt"
	"strings"
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
	t, err := st.ReadQuery(context.Background(), strings.Join(pos, " "))
	if err != nil {
		return err
	}
	return t.Write(env.Stdout, *format)
}
