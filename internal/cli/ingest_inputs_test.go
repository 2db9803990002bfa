package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestIngestInputsNotRegular: a FIFO is refused at once, before it is
// opened (opening it would block until a writer came), and so is a pipe
// given as /dev/stdin; "-" reads standard input once into a file and stores
// it like the file itself. Expected rows: 2,908 = zcat
// BOS_EROArrests_FY2018.csv.gz | wc -l (2,914) less five preamble lines and
// the header.
func TestIngestInputsNotRegular(t *testing.T) {
	db := filepath.Join(t.TempDir(), "s.duckdb")
	fifo := filepath.Join(t.TempDir(), "arrests.fifo")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skipf("no FIFOs here: %v", err)
	}
	start := time.Now()
	done := make(chan struct{})
	var code int
	var errs string
	go func() {
		code, _, errs = invoke(t, "ingest", "--db", db, fifo)
		close(done)
	}()
	select {
	case <-done:
	case <-time.After(5 * time.Second):
		// unblock the open so that the test ends, then fail
		if w, err := os.OpenFile(fifo, os.O_WRONLY, 0); err == nil {
			w.Close()
		}
		<-done
		t.Fatal("ingest of a FIFO hung")
	}
	if el := time.Since(start); el > time.Second {
		t.Errorf("refusing a FIFO took %v", el)
	}
	if code != 1 || !strings.Contains(errs, fifo+": not a regular file (a FIFO or pipe)") || !strings.Contains(errs, "give - to read standard input") {
		t.Errorf("FIFO: exit %d: %s", code, errs)
	}

	// "-": standard input, read once.
	data, err := os.ReadFile(bundled("BOS_EROArrests_FY2018.csv.gz"))
	if err != nil {
		t.Fatal(err)
	}
	var out, errb bytes.Buffer
	code = Main(&Env{Stdin: bytes.NewReader(data), Stdout: &out, Stderr: &errb, Getenv: func(string) string { return "" }}, []string{"ingest", "--db", db, "-"})
	if code != 0 || !strings.Contains(out.String(), "stdin: arrests, 2,908 rows stored") {
		t.Errorf("stdin: exit %d: %s%s", code, out.String(), errb.String())
	}
	// "-" twice is a usage error.
	if code, _, errs := invoke(t, "ingest", "--db", db, "-", "-"); code != 2 || !strings.Contains(errs, "given twice") {
		t.Errorf("- twice: exit %d: %s", code, errs)
	}
}

// TestIngestDirectory: a directory is walked; files that are not release
// files by their name are listed as not taken, and the others stored.
func TestIngestDirectory(t *testing.T) {
	dir := t.TempDir()
	for _, n := range []string{"BOS_ICERemovals_FY2016.csv.gz", "BOS_ICERemovals_FY2017.csv.gz"} {
		b, err := os.ReadFile(bundled(n))
		if err != nil {
			t.Fatal(err)
		}
		sub := filepath.Join(dir, "sub")
		os.MkdirAll(sub, 0o755)
		if err := os.WriteFile(filepath.Join(sub, n), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	os.WriteFile(filepath.Join(dir, "README.md"), []byte("# notes\n"), 0o644)
	os.WriteFile(filepath.Join(dir, ".hidden.csv"), []byte("x\n"), 0o644)
	db := filepath.Join(t.TempDir(), "s.duckdb")
	code, out, errs := invoke(t, "ingest", "--db", db, dir)
	// 1,344 rows: zcat BOS_ICERemovals_FY2016.csv.gz | wc -l = 1,350, less six
	if code != 0 || !strings.Contains(out, "BOS_ICERemovals_FY2016.csv.gz: removals, 1,344 rows stored") ||
		!strings.Contains(out, "not taken") || !strings.Contains(out, "README.md") || strings.Contains(out+errs, ".hidden.csv") {
		t.Errorf("exit %d: %s%s", code, out, errs)
	}
}

func TestTerminalSafe(t *testing.T) {
	for in, want := range map[string]string{
		"FY2018 Arrests":    "FY2018 Arrests",
		"Arrests\nFAKE: ok": `"Arrests\nFAKE: ok"`,
		"Arr\u202eests":     `"Arr\u202eests"`,
		"Sheet\x1b[2J":      `"Sheet\x1b[2J"`,
		"Détention FY25":    "Détention FY25",
	} {
		if got := terminalSafe(in); got != want {
			t.Errorf("%q: %s, want %s", in, got, want)
		}
	}
}
