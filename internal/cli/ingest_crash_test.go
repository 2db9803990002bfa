package cli

// Crashes, a full disk, concurrent ingests and memory bounds (issue 6). These
// tests re-execute the test binary as a child process that runs icestat (see
// TestHostileChildMain), so that it can be killed, share a store with another
// process, or have its peak memory measured.
//
// Long runs (see docs/RELIABILITY.md):
//
//	ICESTAT_KILL_ITER=300 go test -run TestHostileKillDuringIngest -timeout 2h ./internal/cli
//	ICESTAT_KILL_ALL=1    (ingest all eleven nationwide files in each iteration)
//	ICESTAT_HOSTILE_LONG=1 go test -run TestHostileZipBombMemory ./internal/cli   (5 GiB bomb, default limits)

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/icestat/icestat/internal/store"
	"github.com/icestat/icestat/internal/xlsx"
)

// TestHostileChildMain is not a test: run as a child with
// ICESTAT_HOSTILE_CHILD=1, it runs icestat with the JSON arguments in
// ICESTAT_HOSTILE_ARGS and exits with its status.
func TestHostileChildMain(t *testing.T) {
	if os.Getenv("ICESTAT_HOSTILE_CHILD") != "1" {
		t.Skip("child process entry point for the crash tests")
	}
	var args []string
	if err := json.Unmarshal([]byte(os.Getenv("ICESTAT_HOSTILE_ARGS")), &args); err != nil {
		fmt.Fprintln(os.Stderr, "bad ICESTAT_HOSTILE_ARGS:", err)
		os.Exit(2)
	}
	if v := os.Getenv("ICESTAT_HOSTILE_MAXSHEET"); v != "" {
		xlsx.MaxSheetBytes, _ = strconv.ParseInt(v, 10, 64)
	}
	code := Main(&Env{Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr, Getenv: os.Getenv}, args)
	if p := os.Getenv("ICESTAT_HOSTILE_HWM"); p != "" {
		// The peak resident memory of this process image (rusage of a
		// child also counts the parent's pages at the time of the fork).
		st, _ := os.ReadFile("/proc/self/status")
		for _, l := range strings.Split(string(st), "\n") {
			if v, ok := strings.CutPrefix(l, "VmHWM:"); ok {
				os.WriteFile(p, []byte(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(v), "kB"))), 0o644)
			}
		}
	}
	os.Exit(code)
}

// hostileChild prepares a child running icestat with args; env adds
// variables (TMPDIR, limits).
func hostileChild(t testing.TB, env []string, args ...string) *exec.Cmd {
	t.Helper()
	js, _ := json.Marshal(args)
	cmd := exec.Command(os.Args[0], "-test.run=^TestHostileChildMain$", "-test.count=1")
	cmd.Env = append(os.Environ(), append([]string{"ICESTAT_HOSTILE_CHILD=1", "ICESTAT_HOSTILE_ARGS=" + string(js)}, env...)...)
	return cmd
}

// hostileHWM asks a child to record its peak resident memory and returns a
// function that reads it (bytes) once the child has exited.
func hostileHWM(t testing.TB, cmd *exec.Cmd) func() int64 {
	p := filepath.Join(t.TempDir(), "hwm")
	cmd.Env = append(cmd.Env, "ICESTAT_HOSTILE_HWM="+p)
	return func() int64 {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatalf("child did not record its peak memory (no /proc?): %v", err)
		}
		kb, _ := strconv.ParseInt(string(b), 10, 64)
		return kb << 10
	}
}

// hostileRealFiles returns real nationwide files from ../shared/data.
func hostileRealFiles(t testing.TB, names ...string) []string {
	t.Helper()
	dir := filepath.Join("..", "..", "..", "shared", "data", "uwchr-2019-ICFO-53623")
	var out []string
	for _, n := range names {
		p := filepath.Join(dir, n)
		if _, err := os.Stat(p); err != nil {
			t.Skipf("real data not present (%s): the kill test needs ../shared/data/uwchr-2019-ICFO-53623", p)
		}
		out = append(out, p)
	}
	return out
}

// hostileSourceFiles lists, per stored file name, its parts and stored rows
// as counted in the dataset tables (not as recorded).
func hostileSourceFiles(t testing.TB, db string) map[string]string {
	t.Helper()
	files, _ := hostileSources(t, db)
	return files
}

// hostileSources is hostileSourceFiles plus each file's newest source id.
func hostileSources(t testing.TB, db string) (map[string]string, map[string]int64) {
	t.Helper()
	st, err := store.OpenReadOnly(db)
	if err != nil {
		t.Fatalf("store does not open after the kill: %v", err)
	}
	defer st.Close()
	q := `SELECT s.file, count(*), sum(coalesce(n, 0)), max(s.id) FROM sources s LEFT JOIN (
		SELECT source_id, count(*) AS n FROM (
			SELECT source_id FROM arrests UNION ALL SELECT source_id FROM encounters UNION ALL SELECT source_id FROM removals
			UNION ALL SELECT source_id FROM detainers UNION ALL SELECT source_id FROM detentions) GROUP BY source_id
		) c ON c.source_id = s.id GROUP BY s.file`
	rows, err := st.Query(context.Background(), q)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	out, ids := map[string]string{}, map[string]int64{}
	for rows.Next() {
		var f string
		var parts, n, id int64
		if err := rows.Scan(&f, &parts, &n, &id); err != nil {
			t.Fatal(err)
		}
		out[f] = fmt.Sprintf("%d parts, %d rows", parts, n)
		ids[f] = id
	}
	return out, ids
}

func hostileWorkDirs(t testing.TB, tmp string) []string {
	m, _ := filepath.Glob(filepath.Join(tmp, ingestWorkPrefix+"*"))
	return m
}

// TestHostileKillDuringIngest kills an ingest of real files with SIGKILL at
// random moments, many times over, on one store (each run re-ingests the
// files with --replace, so kills land in parsing, loading, replacing and
// committing). After every kill the store opens, `icestat verify` passes,
// and every file is in it whole (its rows as in a clean ingest) or not at
// all; the work directory of the killed process is removed by the next
// ingest.
func TestHostileKillDuringIngest(t *testing.T) {
	if testing.Short() {
		t.Skip("kills 10 ingests (-short)")
	}
	// 10 kills in the default suite; soak runs set ICESTAT_KILL_ITER. About
	// one kill in 200 leaves rows DuckDB recovered from a transaction that
	// never committed; the next writable open (here: verify) removes them
	// and says so (store.recoverInterrupted, docs/RELIABILITY.md).
	iters := 10
	if v, err := strconv.Atoi(os.Getenv("ICESTAT_KILL_ITER")); err == nil && v > 0 {
		iters = v
	}
	names := []string{"EROArrests_FY2016.csv.gz", "ICERemovals_FY2016.csv.gz"}
	if os.Getenv("ICESTAT_KILL_ALL") != "" {
		names = []string{"EROArrests_FY2016.csv.gz", "EROArrests_FY2017.csv.gz", "EROArrests_FY2018.csv.gz", "EROArrests_FY2019.csv.gz",
			"EROEncounters_FY2016.csv.gz", "EROEncounters_FY2017.csv.gz", "EROEncounters_FY2019.csv.gz",
			"ICERemovals_FY2016.csv.gz", "ICERemovals_FY2017.csv.gz", "ICERemovals_FY2018.csv.gz", "ICERemovals_FY2019.csv.gz"}
	}
	files := hostileRealFiles(t, names...)
	dir := hostileDir(t)
	tmp := filepath.Join(dir, "tmp")
	os.Mkdir(tmp, 0o755)
	env := []string{"TMPDIR=" + tmp}

	// Reference: a clean ingest, timed.
	ref := filepath.Join(dir, "ref.duckdb")
	start := time.Now()
	if out, err := hostileChild(t, env, append([]string{"ingest", "--db", ref}, files...)...).CombinedOutput(); err != nil {
		t.Fatalf("reference ingest: %v\n%s", err, out)
	}
	full := time.Since(start)
	want := hostileSourceFiles(t, ref)
	if len(want) != len(files) {
		t.Fatalf("reference store has %d files, want %d", len(want), len(files))
	}

	seed := time.Now().UnixNano()
	if v, err := strconv.ParseInt(os.Getenv("ICESTAT_KILL_SEED"), 10, 64); err == nil {
		seed = v
	}
	rnd := rand.New(rand.NewSource(seed))
	t.Logf("clean ingest of %d files took %v; %d kills, seed %d (ICESTAT_KILL_SEED reproduces)", len(files), full.Round(time.Millisecond), iters, seed)
	db := filepath.Join(dir, "kill.duckdb")
	killed, finished, recovered := 0, 0, 0
	committed := map[int]int{} // files committed by the killed run -> kills
	before := map[string]int64{}
	for i := 0; i < iters; i++ {
		cmd := hostileChild(t, env, append([]string{"ingest", "--replace", "--db", db}, files...)...)
		var errb strings.Builder
		cmd.Stderr = &errb
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		done := make(chan error, 1)
		go func() { done <- cmd.Wait() }()
		delay := time.Duration(rnd.Int63n(int64(full) * 12 / 10))
		select {
		case err := <-done:
			if err != nil {
				t.Fatalf("iteration %d: ingest failed before the kill: %v\n%s", i, err, errb.String())
			}
			finished++
		case <-time.After(delay):
			cmd.Process.Signal(syscall.SIGKILL)
			<-done
			killed++
		}
		// The store opens and verifies.
		code, out, errs := invoke(t, "verify", "--db", db)
		if code != 0 {
			t.Fatalf("iteration %d (kill after %v): verify failed: %s%s", i, delay, out, errs)
		}
		if strings.Contains(errs, "recovered after a crash") {
			recovered++
			t.Logf("iteration %d (kill after %v): %s", i, delay, strings.TrimSpace(errs))
		}
		// Every file is whole or absent.
		got, ids := hostileSources(t, db)
		for f, g := range got {
			if want[f] != g {
				t.Fatalf("iteration %d (kill after %v): %s holds %s, a clean ingest %s", i, delay, f, g, want[f])
			}
		}
		n := 0
		for f, id := range ids {
			if id > before[f] {
				n++
			}
		}
		committed[n]++
		before = ids
		// At most the killed run's own work directory is left; the next
		// ingest removes it.
		if w := hostileWorkDirs(t, tmp); len(w) > 1 {
			t.Fatalf("iteration %d: %d work directories left behind: %v", i, len(w), w)
		}
	}
	if out, err := hostileChild(t, env, append([]string{"ingest", "--replace", "--db", db}, files...)...).CombinedOutput(); err != nil {
		t.Fatalf("final ingest: %v\n%s", err, out)
	}
	if got := hostileSourceFiles(t, db); fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("after the final ingest: %v, want %v", got, want)
	}
	if w := hostileWorkDirs(t, tmp); len(w) != 0 {
		t.Errorf("work directories left after a clean ingest: %v", w)
	}
	var hist []string
	for k, v := range committed {
		hist = append(hist, fmt.Sprintf("%d files committed: %d runs", k, v))
	}
	sort.Strings(hist)
	t.Logf("%d runs killed, %d finished before their kill, %d needed the open-time recovery of uncommitted rows; zero corrupt stores; %s", killed, finished, recovered, strings.Join(hist, ", "))
}

// hostileGenerated writes a pipe-delimited arrests file of n rows whose
// Notes column is random hex, so that neither gzip nor DuckDB can compress
// it away (for filling a disk).
func hostileGenerated(t testing.TB, dir, name string, n int) string {
	t.Helper()
	p := filepath.Join(dir, name)
	f, err := os.Create(p)
	if err != nil {
		t.Fatal(err)
	}
	w := bufio.NewWriter(f)
	rnd := rand.New(rand.NewSource(int64(n)))
	fmt.Fprintln(w, hostileHeader+`|"Notes"`)
	buf := make([]byte, 48)
	for i := 0; i < n; i++ {
		rnd.Read(buf)
		fmt.Fprintf(w, "%s|%x\n", hostileRow(fmt.Sprintf("%d/%d/2017", 1+i%12, 1+i%28), "MEXICO"), buf)
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	f.Close()
	return p
}

// hostileMount mounts a tmpfs of the given size (root only) and unmounts it
// when the test ends.
func hostileMount(t *testing.T, size string) string {
	t.Helper()
	if os.Geteuid() != 0 {
		t.Skip("mounting a size-limited tmpfs needs root")
	}
	d, err := os.MkdirTemp("", "icestat-full-")
	if err != nil {
		t.Fatal(err)
	}
	if out, err := exec.Command("mount", "-t", "tmpfs", "-o", "size="+size, "tmpfs", d).CombinedOutput(); err != nil {
		os.Remove(d)
		t.Skipf("cannot mount a tmpfs (%v: %s)", err, out)
	}
	t.Cleanup(func() {
		if out, err := exec.Command("umount", d).CombinedOutput(); err != nil {
			t.Errorf("umount %s: %v %s", d, err, out)
		}
		os.Remove(d)
	})
	return d
}

// TestHostileDiskFull: a file system that fills up while DuckDB writes the
// store, and one that fills up while the load files are written, each give
// a clear error naming the file, a non-zero exit and an intact store; no
// load file is left behind.
func TestHostileDiskFull(t *testing.T) {
	if testing.Short() {
		t.Skip("writes 60 MB")
	}
	full := hostileMount(t, "8m")
	db := filepath.Join(full, "s.duckdb")
	if code, _, errs := invoke(t, "ingest", "--db", db, bundled("BOS_EROArrests_FY2017.csv.gz")); code != 0 {
		t.Fatal(errs)
	}
	before := hostileSnapshot(t, db)
	big := hostileGenerated(t, t.TempDir(), "big.csv", 300_000) // 46 MB of text, ~30 MB stored

	// 1. The store's file system fills up while DuckDB loads.
	tmp := t.TempDir()
	t.Setenv("TMPDIR", tmp)
	code, _, errs := invoke(t, "ingest", "--db", db, big)
	if code != 1 || !strings.Contains(errs, big+": storing: ") || !strings.Contains(errs, "No space left on device") || !strings.Contains(errs, "the file system holding the store is full") {
		t.Errorf("store disk full: exit %d: %s", code, errs)
	}
	t.Logf("store disk full: %s", strings.TrimSpace(errs))
	if after := hostileSnapshot(t, db); after != before {
		t.Errorf("store changed:\nbefore %s\nafter  %s", before, after)
	}
	if w := hostileWorkDirs(t, tmp); len(w) != 0 {
		t.Errorf("load files left in %s: %v", tmp, w)
	}

	// 2. The temporary directory fills up while the load files are written.
	t.Setenv("TMPDIR", full)
	code, _, errs = invoke(t, "ingest", "--db", db, big)
	if code != 1 || !strings.Contains(errs, big+": ") || !strings.Contains(errs, "no space left on device") {
		t.Errorf("temp disk full: exit %d: %s", code, errs)
	}
	t.Logf("temporary directory full: %s", strings.TrimSpace(errs))
	if after := hostileSnapshot(t, db); after != before {
		t.Errorf("store changed:\nbefore %s\nafter  %s", before, after)
	}
	if w := hostileWorkDirs(t, full); len(w) != 0 {
		t.Errorf("load files left in %s: %v", full, w)
	}
}

// TestHostileConcurrentIngests: two processes ingest different files into
// one store at once. DuckDB locks the store file; the second process fails
// at once with a message naming the store and the lock, nothing is half
// written, and the refused file goes in afterwards.
func TestHostileConcurrentIngests(t *testing.T) {
	if testing.Short() {
		t.Skip("runs two child processes")
	}
	dir := hostileDir(t)
	db := filepath.Join(dir, "s.duckdb")
	big := hostileGenerated(t, dir, "big.csv", 400_000)
	env := []string{"TMPDIR=" + dir}
	// A stores a small file first (so it holds the lock when it prints),
	// then a large one.
	a := hostileChild(t, env, "ingest", "--db", db, bundled("BOS_EROArrests_FY2017.csv.gz"), big)
	out, _ := a.StdoutPipe()
	var aErr strings.Builder
	a.Stderr = &aErr
	if err := a.Start(); err != nil {
		t.Fatal(err)
	}
	sc := bufio.NewScanner(out)
	if !sc.Scan() {
		a.Wait()
		t.Fatalf("first ingest printed nothing: %s", aErr.String())
	}
	// A holds the store; B tries another file.
	b := hostileChild(t, env, "ingest", "--db", db, bundled("BOS_ICERemovals_FY2016.csv.gz"))
	bOut, bErr := b.CombinedOutput()
	for sc.Scan() {
	}
	aExit := a.Wait()
	if aExit != nil {
		t.Fatalf("first ingest failed: %v %s", aExit, aErr.String())
	}
	if b.ProcessState.ExitCode() != 1 || !strings.Contains(string(bOut), "store "+db+" is in use by another icestat process") || !strings.Contains(string(bOut), "lock") {
		t.Errorf("second ingest: exit %d, %s (err %v)", b.ProcessState.ExitCode(), bOut, bErr)
	}
	t.Logf("second ingest: %s", strings.TrimSpace(string(bOut)))
	got := hostileSourceFiles(t, db)
	if len(got) != 2 || got["BOS_EROArrests_FY2017.csv.gz"] != "1 parts, 2834 rows" || got["big.csv"] != "1 parts, 400000 rows" {
		t.Errorf("store holds %v", got)
	}
	if code, out, errs := invoke(t, "ingest", "--db", db, bundled("BOS_ICERemovals_FY2016.csv.gz")); code != 0 {
		t.Errorf("refused file afterwards: %d %s%s", code, out, errs)
	}
	hostileSnapshot(t, db)
}

// TestHostileZipBombMemory: a workbook whose sheet inflates far beyond the
// size limit is refused once the limit is reached, with flat memory. The
// child's peak RSS is measured. By default the limit is lowered to 256 MiB
// (1 GiB bomb); ICESTAT_HOSTILE_LONG=1 uses the default 4 GiB limit and a
// 5 GiB bomb whose header lies just under it.
func TestHostileZipBombMemory(t *testing.T) {
	if testing.Short() {
		t.Skip("inflates 256 MiB")
	}
	dir := t.TempDir()
	inflated, declared, limit := int64(1<<30), uint64(256<<20), "268435456"
	if os.Getenv("ICESTAT_HOSTILE_LONG") != "" {
		inflated, declared, limit = 5<<30, 4<<30, ""
	}
	bomb := hostileWrite(t, dir, "bomb.xlsx", hostileBomb(t, inflated, declared))
	fi, _ := os.Stat(bomb)
	db := filepath.Join(hostileDir(t), "s.duckdb")
	start := time.Now()
	cmd := hostileChild(t, []string{"TMPDIR=" + dir, "ICESTAT_HOSTILE_MAXSHEET=" + limit}, "ingest", "--db", db, bomb)
	hwm := hostileHWM(t, cmd)
	out, _ := cmd.CombinedOutput()
	el := time.Since(start)
	rss := hwm()
	t.Logf("%d-byte bomb (inflates to %d, declares %d): refused after %v, peak RSS %d MiB: %s", fi.Size(), inflated, declared, el.Round(time.Millisecond), rss>>20, strings.TrimSpace(string(out)))
	if cmd.ProcessState.ExitCode() != 1 || !strings.Contains(string(out), bomb+`: sheet "S": part "xl/worksheets/sheet1.xml"`) {
		t.Errorf("exit %d: %s", cmd.ProcessState.ExitCode(), out)
	}
	if rss > 200<<20 {
		t.Errorf("peak RSS %d MiB while inflating the bomb; memory must stay flat", rss>>20)
	}
}

// TestHostileMillionEmptyRows: a sheet with a header, a million empty styled
// rows and then data rows is ingested quickly, in flat memory, with the data
// rows numbered as in Excel.
func TestHostileMillionEmptyRows(t *testing.T) {
	if testing.Short() {
		t.Skip("builds an 80 MB sheet")
	}
	dir := t.TempDir()
	var b strings.Builder
	b.WriteString(hostileSheetHead + hostileRowXML(1, hostileXLSXHeader...))
	for i := 2; i <= 1_000_001; i++ {
		fmt.Fprintf(&b, `<row r="%d" s="3" customFormat="1"><c r="A%d" s="3"/><c r="B%d" s="4"/></row>`, i, i, i)
	}
	b.WriteString(hostileRowXML(1_000_002, "Boston Area of Responsibility", 43009, "Located", "PERU", "Male"))
	b.WriteString(hostileRowXML(1_000_003, "Boston Area of Responsibility", 43010, "Located", "CHILE", "Male"))
	b.WriteString(hostileSheetTail)
	book := hostileWrite(t, dir, "empty-rows.xlsx", hostileBook(t, false, "", b.String()))
	b = strings.Builder{}
	db := filepath.Join(hostileDir(t), "s.duckdb")
	start := time.Now()
	cmd := hostileChild(t, []string{"TMPDIR=" + dir}, "ingest", "--db", db, book)
	hwm := hostileHWM(t, cmd)
	out, err := cmd.CombinedOutput()
	el := time.Since(start)
	rss := hwm()
	t.Logf("1,000,000 empty styled rows: ingest took %v, peak RSS %d MiB", el.Round(time.Millisecond), rss>>20)
	if err != nil || !strings.Contains(string(out), "empty-rows.xlsx [S]: arrests, 2 rows stored") {
		t.Fatalf("%v: %s", err, out)
	}
	if got := hostileSQL(t, db, `SELECT string_agg(source_row || ' ' || event_date, '; ' ORDER BY source_row) FROM arrests`); got != "1000002 2017-10-01; 1000003 2017-10-02\n" {
		t.Errorf("rows %q", got)
	}
	if rss > 200<<20 {
		t.Errorf("peak RSS %d MiB", rss>>20)
	}
	if el > 60*time.Second {
		t.Errorf("took %v", el)
	}
}
