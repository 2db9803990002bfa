package load

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"io"
	"os"
	"regexp"
	"strings"

	"github.com/icestat/icestat/internal/ingest"
	"github.com/icestat/icestat/internal/store"
	"github.com/icestat/icestat/internal/xlsx"
)

// Kinds of file the one door takes, decided by content, never by name.
const (
	// KindRecords: a FOIA record release (text, gzip, xlsx, cleaned CSV or
	// Parquet): rows stored in the dataset tables, one sources row per table.
	KindRecords = "records"
	// KindDetstats: one of ICE's biweekly detention-statistics workbooks,
	// stored as an edition (detstats_editions and its tables).
	KindDetstats = "detention statistics"
	// KindPopulation: the daily facility-population file (Parquet or CSV),
	// stored as facility_population with the facility reference joined.
	KindPopulation = "facility population"
)

var (
	// sheets of a detention-statistics workbook: "Detention FY25",
	// "ATD FY26 YTD", "Facilities EOFY24" (every edition 2019–2026 has one,
	// and a Header sheet); record releases name sheets by dataset and year.
	detstatsSheet = regexp.MustCompile(`(?i)^\s*(detention|atd|facilities)\b.*fy\s?\d{2}`)
	// columns of the daily facility-population file
	populationColumns = []string{"detention_facility_code", "date", "n_detained"}
)

// KindOf tells the kind of a file from its content: a workbook with a
// detention-statistics sheet and a Header or Footnotes sheet, a Parquet or
// text file whose columns are the facility population's, else records.
// It reads little: the zip directory and workbook part, the Parquet footer,
// or the first line.
func KindOf(path string) (string, error) {
	fh, _, err := ingest.OpenInput(path)
	if err != nil {
		return "", err
	}
	defer fh.Close()
	return kindOf(path, fh)
}

// kindOf is KindOf over a file already open (read from its start).
func kindOf(path string, fh *os.File) (string, error) {
	if _, err := fh.Seek(0, io.SeekStart); err != nil {
		return "", err
	}
	var head [4]byte
	n, _ := io.ReadFull(fh, head[:])
	switch {
	case bytes.HasPrefix(head[:n], []byte("PK\x03\x04")):
		fi, err := fh.Stat()
		if err != nil {
			return "", err
		}
		wb, err := xlsx.NewReader(fh, fi.Size(), path)
		if err != nil {
			return KindRecords, nil // ingest.Read says what is wrong
		}
		defer wb.Close()
		det, meta := false, false
		for _, s := range wb.Sheets() {
			det = det || detstatsSheet.MatchString(s.Name)
			name := strings.ToLower(strings.TrimSpace(s.Name))
			meta = meta || name == "header" || strings.HasPrefix(name, "footnotes")
		}
		if det && meta {
			return KindDetstats, nil
		}
	case bytes.HasPrefix(head[:n], []byte("PAR1")):
		cols, err := store.ParquetColumns(path)
		if err == nil && hasAll(cols, populationColumns) {
			return KindPopulation, nil
		}
	default:
		if _, err := fh.Seek(0, io.SeekStart); err != nil {
			return "", err
		}
		var r io.Reader = fh
		if n == 4 && head[0] == 0x1f && head[1] == 0x8b {
			gz, err := gzip.NewReader(fh)
			if err != nil {
				return KindRecords, nil
			}
			defer gz.Close()
			r = gz
		}
		line, _ := bufio.NewReaderSize(r, 64<<10).ReadSlice('\n')
		var cols []string
		for _, c := range strings.Split(string(line), ",") {
			cols = append(cols, strings.ToLower(strings.Trim(strings.TrimSpace(c), `"`)))
		}
		if hasAll(cols, populationColumns) {
			return KindPopulation, nil
		}
	}
	return KindRecords, nil
}

func hasAll(have, want []string) bool {
	set := map[string]bool{}
	for _, h := range have {
		set[strings.ToLower(h)] = true
	}
	for _, w := range want {
		if !set[w] {
			return false
		}
	}
	return true
}
