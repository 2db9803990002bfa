package cli

import (
	"context"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"

	"github.com/icestat/icestat/internal/claims"
)

func init() {
	register(command{"explain", "find the readings of the records (dataset, place, period, definition) whose count is exactly a number", runExplain})
}

func runExplain(env *Env, args []string) error {
	fs := newFlags(env, "explain", "[--db PATH] [--dataset D] [--near DATE|FY] [--limit N] [--format text|json] NUMBER")
	db := dbFlag(env, fs)
	data := dataFlag(fs)
	format := formatFlag(fs, "text", "text", "json")
	dataset := fs.String("dataset", "", "search one dataset only (arrests, encounters, detainers, detentions, removals, or ice-removals: ICE's published removals of a fiscal year)")
	near := fs.String("near", "", "a fiscal year (2018, FY2018) or a date (YYYY-MM-DD): readings of nearby periods first")
	limit := fs.Int("limit", 20, "at most this many readings")
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if err := checkFormat(*format, "text", "json"); err != nil {
		return err
	}
	if len(pos) != 1 {
		fs.Usage()
		return fmt.Errorf("%w: give one NUMBER", errUsage)
	}
	n, err := strconv.ParseInt(strings.NewReplacer(",", "", "_", "").Replace(strings.TrimSpace(pos[0])), 10, 64)
	if err != nil || n < 0 {
		return fmt.Errorf("%w: %q is not a whole number", errUsage, pos[0])
	}
	eng, st, err := openEngine(*db, *data)
	if err != nil {
		return err
	}
	defer st.Close()
	cands, err := claims.Explain(context.Background(), eng, n, claims.ExplainOptions{Dataset: *dataset, Near: *near, Limit: *limit})
	if err != nil {
		return err
	}
	if *format == "json" {
		if cands == nil {
			cands = []claims.Candidate{}
		}
		enc := json.NewEncoder(env.Stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(cands)
	}
	if len(cands) == 0 {
		fmt.Fprintf(env.Stdout, "No reading of the stored records gives exactly %s.\n", strconv.FormatInt(n, 10))
		return nil
	}
	for i, c := range cands {
		fmt.Fprintf(env.Stdout, "%d. %s\n   %s\n", i+1, c.Description, c.Command)
	}
	return nil
}
