package cli

import (
	"context"
	"fmt"
	"io"
	"net/url"
	"os"
	"path/filepath"

	"github.com/icestat/icestat/internal/report"
)

func init() {
	register(command{"report", "summarise one place and period: totals, breakdowns, comparisons, rank, caveats and provenance", runReport})
}

var reportFormats = []string{"text", "md", "html", "json"}

// reportFlagHelp describes the flags of report.Keys.
var reportFlagHelp = map[string]string{
	"aor":      "area of responsibility: code, short or full name",
	"state":    "state name or postal code (through the county reference where records have no state)",
	"national": "the whole country",
	"month":    "calendar month YYYY-MM",
	"fy":       "federal fiscal year, e.g. 2018",
	"from":     "first date YYYY-MM-DD (with --to)",
	"to":       "last date YYYY-MM-DD (with --from)",
	"top":      "rows of the top-N lists (default 10)",
	"as-of":    "custody outcomes as of this date YYYY-MM-DD (default: the last date in the linked records)",
}

func runReport(env *Env, args []string) error {
	fs := newFlags(env, "report", "[--db PATH | --data DIR] (--aor X | --state X | --national) (--month YYYY-MM | --fy YYYY | --from D --to D) [--as-of YYYY-MM-DD] [--format text|md|html|json] [--out FILE]")
	db := dbFlag(env, fs)
	data := dataFlag(fs)
	v := url.Values{}
	for _, k := range report.Keys {
		if k == "national" {
			fs.Var(boolValuesFlag{valuesFlag{v, k}}, k, reportFlagHelp[k])
			continue
		}
		fs.Var(valuesFlag{v, k}, k, reportFlagHelp[k])
	}
	format := formatFlag(fs, "text", reportFormats...)
	out := fs.String("out", "", "write the report to FILE instead of standard output")
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) > 0 {
		fs.Usage()
		return fmt.Errorf("%w: unexpected argument %q", errUsage, pos[0])
	}
	if err := checkFormat(*format, reportFormats...); err != nil {
		return err
	}
	if v.Get("aor") == "" && v.Get("state") == "" && v.Get("national") == "" {
		fs.Usage()
		return fmt.Errorf("%w: give --aor, --state or --national", errUsage)
	}
	req, _, err := report.ParseRequest(v)
	if err != nil {
		return err
	}
	eng, st, err := openEngine(*db, *data)
	if err != nil {
		return err
	}
	defer st.Close()
	rep, err := report.Build(context.Background(), eng, req)
	if err != nil {
		return err
	}
	w := env.Stdout
	var f *os.File
	if *out != "" {
		// Write next to the target and rename, so a failed report never
		// leaves a half-written file under the asked name.
		f, err = os.CreateTemp(filepath.Dir(*out), ".icestat-report-*")
		if err != nil {
			return err
		}
		defer os.Remove(f.Name())
		if err := f.Chmod(0o644); err != nil {
			f.Close()
			return err
		}
		w = f
	}
	if err := writeReport(w, rep, *format); err != nil {
		if f != nil {
			f.Close()
		}
		return err
	}
	if f != nil {
		if err := f.Close(); err != nil {
			return err
		}
		if err := os.Rename(f.Name(), *out); err != nil {
			return err
		}
		fmt.Fprintf(env.Stderr, "report written to %s\n", *out)
	}
	return nil
}

func writeReport(w io.Writer, rep *report.Report, format string) error {
	switch format {
	case "md":
		return rep.WriteMarkdown(w)
	case "html":
		return rep.WriteHTML(w)
	case "json":
		return rep.WriteJSON(w)
	}
	return rep.WriteText(w)
}
