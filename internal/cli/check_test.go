package cli

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestCheckCommand checks a text and a claims file against a store of the
// bundled Boston slice (2,834 FY2017 arrests = zcat
// BOS_EROArrests_FY2017.csv.gz | tail -n +7 | wc -l).
func TestCheckCommand(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "c.duckdb")
	if code, _, errs := invoke(t, "ingest", "--db", db, bundled("BOS_EROArrests_FY2017.csv.gz")); code != 0 {
		t.Fatal(errs)
	}
	article := filepath.Join(dir, "a.txt")
	os.WriteFile(article, []byte("ERO Boston made 2,834 arrests in FY2017. ERO Boston made 2,384 arrests in FY2017. In May, ERO Boston arrested 1,461 people."), 0o644)
	code, out, errs := invoke(t, "check", "--db", db, "--date", "2025-06-03", "--format", "json", article)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var rep struct {
		Entries []struct {
			Text, Verdict, Reason, Command string
		}
	}
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	want := []string{"supported", "contradicted", "not checkable"}
	if len(rep.Entries) != 3 {
		t.Fatalf("entries %+v", rep.Entries)
	}
	for i, w := range want {
		if rep.Entries[i].Verdict != w {
			t.Errorf("entry %d %q = %s, want %s", i+1, rep.Entries[i].Text, rep.Entries[i].Verdict, w)
		}
	}
	if rep.Entries[0].Command != "icestat count arrests --aor BOS --fy 2017" {
		t.Errorf("command %q", rep.Entries[0].Command)
	}
	// The command it prints gives the number it reports.
	code, out, _ = invoke(t, "count", "arrests", "--db", db, "--aor", "BOS", "--fy", "2017")
	if code != 0 || !strings.Contains(out, "2,834") {
		t.Errorf("count: %s", out)
	}
	// Standard input, Markdown and HTML.
	for _, f := range []string{"md", "html", "text"} {
		var o strings.Builder
		code := Main(&Env{Stdin: strings.NewReader("ERO Boston made 2,834 arrests in FY2017."), Stdout: &o, Stderr: &o, Getenv: func(string) string { return "" }},
			[]string{"check", "--db", db, "--format", f, "-"})
		if code != 0 || !strings.Contains(o.String(), "icestat count arrests --aor BOS --fy 2017") {
			t.Errorf("--format %s: exit %d\n%s", f, code, o.String())
		}
	}
	// A claims file.
	yml := filepath.Join(dir, "c.yaml")
	os.WriteFile(yml, []byte("claims:\n  - measure: arrests\n    place: ERO Boston\n    period: FY2017\n    comparator: more-than\n    value: 2800\n"), 0o644)
	code, out, errs = invoke(t, "check", "--db", db, "--claims", yml)
	if code != 0 || !strings.Contains(out, "SUPPORTED") {
		t.Errorf("claims file: exit %d\n%s%s", code, out, errs)
	}
	// Usage errors: exit 2.
	for _, args := range [][]string{{"check", "--db", db}, {"check", "--db", db, "--date", "June 3", article}, {"check", "--db", db, "--place", "Atlantis", article}, {"check", "--db", db, "--format", "pdf", article}} {
		if code, _, _ := invoke(t, args...); code != 2 {
			t.Errorf("%v: exit %d, want 2", args, code)
		}
	}
}
