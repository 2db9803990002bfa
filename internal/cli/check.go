package cli

import (
	"context"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/icestat/icestat/internal/claims"
	"github.com/icestat/icestat/internal/store"
)

func init() {
	register(command{"check", "find the figures in an article or press release and test each one against the records", runCheck})
}

func runCheck(env *Env, args []string) error {
	fs := newFlags(env, "check", "[--db PATH] [--date YYYY-MM-DD] [--place TEXT] [--explain] [--format text|md|json|html] [--claims FILE.yaml] FILE|-")
	db := dbFlag(env, fs)
	data := dataFlag(fs)
	format := formatFlag(fs, "text", "text", "md", "json", "html")
	date := fs.String("date", "", "the article's date YYYY-MM-DD, for \"In May\", \"last year\" (default: a dateline in the text)")
	placeText := fs.String("place", "", "the place the article is about when a sentence names none: a state, an AOR (\"ERO Boston\"), \"County, ST\" or nationwide")
	claimsFile := fs.String("claims", "", "a YAML file of claims stated exactly (measure, filters, period, comparator, value) instead of a text")
	explain := fs.Bool("explain", false, "under every exact figure, list the readings of the records that reproduce it (as `icestat explain`)")
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if err := checkFormat(*format, "text", "md", "json", "html"); err != nil {
		return err
	}
	if *claimsFile == "" && len(pos) != 1 || *claimsFile != "" && len(pos) != 0 {
		fs.Usage()
		return fmt.Errorf("%w: give one FILE (or - for standard input), or --claims FILE.yaml", errUsage)
	}
	if *date != "" {
		if _, err := claims.Analyze(claims.Input{Date: *date}); err != nil {
			return fmt.Errorf("%w: --date: %v", errUsage, err)
		}
	}
	if *placeText != "" {
		if _, err := claims.ParsePlace(*placeText); err != nil {
			return fmt.Errorf("%w: --place: %v", errUsage, err)
		}
	}
	var (
		its  []claims.Interpretation
		text string
	)
	if *claimsFile != "" {
		raw, err := os.ReadFile(*claimsFile)
		if err != nil {
			return err
		}
		if its, _, err = claims.ParseFile(raw); err != nil {
			return fmt.Errorf("%w: %v", errUsage, err)
		}
	} else {
		var r io.Reader
		if pos[0] == "-" {
			r = env.Stdin
		} else {
			f, err := os.Open(pos[0])
			if err != nil {
				return err
			}
			defer f.Close()
			r = f
		}
		raw, err := io.ReadAll(io.LimitReader(r, 16<<20))
		if err != nil {
			return err
		}
		text = strings.ToValidUTF8(string(raw), "\uFFFD")
	}
	// The claims are checked two at a time (claims.Check) and each asks
	// small questions (the key filters skip most row groups): DuckDB runs
	// each on its caller's thread (store.OneThread), so the two use the
	// two cores without DuckDB's workers contending for them
	// (bench/README.md, seventh round).
	eng, st, err := openEngine(*db, *data, store.OneThread())
	if err != nil {
		return err
	}
	defer st.Close()
	ctx := context.Background()
	var rep *claims.Report
	if its != nil {
		rep, err = claims.CheckInterpretations(ctx, eng, its)
		if rep != nil {
			rep.Date, rep.Place = *date, *placeText
		}
	} else {
		rep, err = claims.Check(ctx, eng, claims.Input{Text: text, Date: *date, Place: *placeText, Explain: *explain})
	}
	if err != nil {
		return err
	}
	return rep.Write(env.Stdout, *format)
}
