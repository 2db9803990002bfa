package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/icestat/icestat/internal/query"
	"github.com/icestat/icestat/internal/report"
)

func init() {
	register(command{"report", "summarise one place and period: totals, breakdowns, comparisons, rank, caveats and provenance", runReport})
}

var reportFormats = []string{"text", "md", "html", "json"}

func runReport(env *Env, args []string) error {
	fs := newFlags(env, "report", "[--db PATH | --data DIR] (--aor X | --state X | --national) (--month YYYY-MM | --fy YYYY | --from D --to D) [--as-of YYYY-MM-DD] [--format text|md|html|json] [--out FILE]")
	db := dbFlag(env, fs)
	data := dataFlag(fs)
	aor := fs.String("aor", "", "area of responsibility: code, short or full name")
	state := fs.String("state", "", "state name or postal code (through the county reference where records have no state)")
	national := fs.Bool("national", false, "the whole country")
	month := fs.String("month", "", "calendar month YYYY-MM")
	fy := fs.String("fy", "", "federal fiscal year, e.g. 2018")
	from := fs.String("from", "", "first date YYYY-MM-DD (with --to)")
	to := fs.String("to", "", "last date YYYY-MM-DD (with --from)")
	top := fs.Int("top", 10, "rows of the top-N lists")
	asOf := fs.String("as-of", "", "custody outcomes as of this date YYYY-MM-DD (default: the last date in the linked records)")
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
	req := report.Request{AOR: *aor, State: *state, National: *national, Month: *month, From: *from, To: *to, Top: *top, AsOf: *asOf}
	if *fy != "" {
		y, err := strconv.Atoi(strings.TrimPrefix(strings.ToUpper(*fy), "FY"))
		if err != nil {
			return fmt.Errorf("%w: bad --fy %q (want e.g. 2018)", errUsage, *fy)
		}
		req.FY = y
	}
	eng, st, err := openEngine(*db, *data)
	if err != nil {
		return err
	}
	defer st.Close()
	rep, err := report.Build(context.Background(), eng, req)
	if err != nil {
		var br *report.BadRequest
		var qe *query.Error
		if errors.As(err, &br) || errors.As(err, &qe) {
			return fmt.Errorf("%w: %v", errUsage, err)
		}
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
