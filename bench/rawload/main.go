// Command rawload is the benchmark's "DuckDB's own loader": it loads release text files into a DuckDB
// database with DuckDB's read_csv and nothing else (no normalisation, no provenance, no redaction
// handling), one table per dataset, so that bench/run.sh can show what icestat's normalisation costs.
//
//	rawload -db PATH FILE...
//	rawload -version
//
// Files are grouped by dataset from their names (EROArrests_FY2017.csv.gz → EROArrests). Each group is
// one CREATE TABLE … AS SELECT * FROM read_csv([files], skip = 5, delim = '|', header = true), with
// DuckDB's own type sniffing. Prints the number of rows loaded.
package main

import (
	"database/sql"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"

	_ "github.com/duckdb/duckdb-go/v2"
)

var datasetOf = regexp.MustCompile(`_FY\d+.*$`)

func main() {
	dbPath := flag.String("db", "", "DuckDB database file to create (must not exist)")
	skip := flag.Int("skip", 5, "preamble lines before the header")
	version := flag.Bool("version", false, "print DuckDB's version and exit")
	flag.Parse()
	if *version {
		db, err := sql.Open("duckdb", "")
		if err == nil {
			var v string
			if err = db.QueryRow("SELECT version()").Scan(&v); err == nil {
				fmt.Println(v)
				return
			}
		}
		fmt.Fprintln(os.Stderr, "rawload:", err)
		os.Exit(1)
	}
	if *dbPath == "" || flag.NArg() == 0 {
		fmt.Fprintln(os.Stderr, "usage: rawload -db PATH FILE...")
		os.Exit(2)
	}
	if err := run(*dbPath, *skip, flag.Args()); err != nil {
		fmt.Fprintln(os.Stderr, "rawload:", err)
		os.Exit(1)
	}
}

func quote(s string) string { return "'" + strings.ReplaceAll(s, "'", "''") + "'" }

func run(dbPath string, skip int, files []string) error {
	if _, err := os.Stat(dbPath); err == nil {
		return fmt.Errorf("%s exists", dbPath)
	}
	groups := map[string][]string{}
	for _, f := range files {
		abs, err := filepath.Abs(f)
		if err != nil {
			return err
		}
		ds := datasetOf.ReplaceAllString(filepath.Base(f), "")
		groups[ds] = append(groups[ds], quote(abs))
	}
	names := make([]string, 0, len(groups))
	for n := range groups {
		names = append(names, n)
	}
	sort.Strings(names)

	db, err := sql.Open("duckdb", dbPath)
	if err != nil {
		return err
	}
	defer db.Close()
	var total int64
	for i, n := range names {
		table := fmt.Sprintf("t%d", i)
		stmt := fmt.Sprintf(`CREATE TABLE %s AS SELECT * FROM read_csv([%s], skip = %d, delim = '|', quote = '"', header = true)`,
			table, strings.Join(groups[n], ", "), skip)
		if _, err := db.Exec(stmt); err != nil {
			return fmt.Errorf("%s: %w", n, err)
		}
		var rows int64
		if err := db.QueryRow("SELECT count(*) FROM " + table).Scan(&rows); err != nil {
			return err
		}
		total += rows
	}
	if _, err := db.Exec("CHECKPOINT"); err != nil {
		return err
	}
	fmt.Println(total)
	return nil
}
