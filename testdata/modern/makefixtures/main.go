// Command makefixtures splits the UWCHR join of real 2025-release rows
// (../shared/data/modern/joined_df_wa.csv) into one fixture per dataset, in
// the two layouts icestat reads:
//
//   - raw_2025-ICLI-00019_DATASET.tsv: the release's own header names
//     (restored from janitor::clean_names, e.g. facility_aor -> Facility AOR)
//     under six preamble rows, header on row 7, as the ICE workbook saved as
//     tab-separated text;
//   - clean_2025-ICLI-00019_DATASET.csv: the cleaned snake_case names, every
//     field quoted (as R's write.csv writes them), so that awk -F'","' splits
//     them.
//
// Each dataset's columns are those with its suffix (.detainer, .arrest,
// .encounter, .detention) plus unique_identifier; the join repeats a record
// once per matching row of the other datasets, so the distinct rows are kept
// (first appearance order): that is the dataset de-duplicated as released.
// Columns the join derived (date_diff, n_dupe, criminality TRUE/FALSE,
// possible_kww_violation, *_fy) are dropped; R's "NA" becomes an empty cell.
//
// Run: sh testdata/modern/make_fixtures.sh (from the repository root).
package main

import (
	"encoding/csv"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

var datasets = []struct{ suffix, name, title string }{
	{".arrest", "arrests", "ERO Administrative Arrests"},
	{".detainer", "detainers", "ERO Detainers"},
	{".encounter", "encounters", "ERO Encounters"},
	{".detention", "detentions", "ICE Detention Stints"},
}

var derived = map[string]bool{
	"date_diff.detainer": true, "criminality.arrest": true, "n_dupe.arrest": true,
	"book_in_fy.detention": true, "stay_book_in_fy.detention": true,
}

var acronyms = map[string]string{"aor": "AOR", "eid": "EID", "id": "ID", "msc": "MSC", "dta": "DTA"}

// rawName restores an ICE header from its clean_names form; readxl's
// "...33" repair of repeated names becomes the repeated name again.
func rawName(snake string) string {
	if strings.HasPrefix(snake, "final_order_yes_no_") {
		snake = "final_order_yes_no"
	}
	words := strings.Split(snake, "_")
	for i, w := range words {
		if a, ok := acronyms[w]; ok {
			words[i] = a
			continue
		}
		words[i] = strings.ToUpper(w[:1]) + w[1:]
	}
	return strings.Join(words, " ")
}

func cleanName(snake string) string {
	if strings.HasPrefix(snake, "final_order_yes_no_") {
		// the cleaned exports keep one name per column; the second copy
		// keeps readxl's position suffix
		if snake == "final_order_yes_no_33" {
			return "final_order_yes_no"
		}
	}
	return snake
}

func main() {
	if len(os.Args) != 3 {
		fmt.Fprintln(os.Stderr, "usage: makefixtures JOINED.csv OUTDIR")
		os.Exit(2)
	}
	f, err := os.Open(os.Args[1])
	check(err)
	recs, err := csv.NewReader(f).ReadAll()
	check(err)
	header, rows := recs[0], recs[1:]
	for _, ds := range datasets {
		var idx []int
		var names []string
		for i, h := range header {
			if h == "unique_identifier" || (strings.HasSuffix(h, ds.suffix) && !derived[h]) {
				idx = append(idx, i)
				names = append(names, strings.TrimSuffix(h, ds.suffix))
			}
		}
		// unique_identifier stands last in the release layouts
		for k, n := range names {
			if n == "unique_identifier" {
				names = append(append(names[:k:k], names[k+1:]...), n)
				idx = append(append(idx[:k:k], idx[k+1:]...), idx[k])
				break
			}
		}
		seen := map[string]bool{}
		var out [][]string
		for _, r := range rows {
			vals := make([]string, len(idx))
			for k, i := range idx {
				if v := r[i]; v != "NA" {
					vals[k] = v
				}
			}
			key := strings.Join(vals, "\x00")
			if seen[key] {
				continue
			}
			seen[key] = true
			out = append(out, vals)
		}
		writeRaw(filepath.Join(os.Args[2], "raw_2025-ICLI-00019_"+ds.name+".tsv"), ds.title, names, out)
		writeClean(filepath.Join(os.Args[2], "clean_2025-ICLI-00019_"+ds.name+".csv"), names, out)
		fmt.Printf("%s: %d rows, %d columns\n", ds.name, len(out), len(names))
	}
}

func writeRaw(path, title string, names []string, rows [][]string) {
	var b strings.Builder
	for _, l := range []string{
		"ERO-LESA Statistical Tracking Unit",
		"For Official Use Only (FOUO)",
		"2025-ICLI-00019 / 2024-ICFO-39357",
		"Constructed preamble: the joined rows do not carry the workbook's first six rows",
		"",
		title + " (Washington subset of joined rows)",
	} {
		b.WriteString(l + "\n")
	}
	raw := make([]string, len(names))
	for i, n := range names {
		raw[i] = rawName(n)
	}
	b.WriteString(strings.Join(raw, "\t") + "\n")
	for _, r := range rows {
		b.WriteString(strings.Join(r, "\t") + "\n")
	}
	check(os.WriteFile(path, []byte(b.String()), 0o644))
}

func writeClean(path string, names []string, rows [][]string) {
	var b strings.Builder
	line := func(vals []string) {
		for i, v := range vals {
			if i > 0 {
				b.WriteByte(',')
			}
			b.WriteString(`"` + strings.ReplaceAll(v, `"`, `""`) + `"`)
		}
		b.WriteByte('\n')
	}
	cn := make([]string, len(names))
	for i, n := range names {
		cn[i] = cleanName(n)
	}
	line(cn)
	for _, r := range rows {
		line(r)
	}
	check(os.WriteFile(path, []byte(b.String()), 0o644))
}

func check(err error) {
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
