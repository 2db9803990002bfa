package definitions

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the generated part of docs/DEFINITIONS.md")

const genStart, genEnd = "<!-- generated: definitions.Markdown() -->\n", "<!-- end generated -->\n"

// TestDefinitionsDoc keeps docs/DEFINITIONS.md in step with All():
// go test ./internal/definitions -run DefinitionsDoc -update rewrites it.
func TestDefinitionsDoc(t *testing.T) {
	path := filepath.Join("..", "..", "docs", "DEFINITIONS.md")
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	doc := string(raw)
	i, j := strings.Index(doc, genStart), strings.Index(doc, genEnd)
	if i < 0 || j < i {
		t.Fatalf("%s lacks the generated section markers", path)
	}
	want := doc[:i+len(genStart)] + Markdown() + doc[j:]
	if doc == want {
		return
	}
	if *update {
		if err := os.WriteFile(path, []byte(want), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	t.Errorf("%s is out of date: go test ./internal/definitions -run DefinitionsDoc -update", path)
}

func TestDetainerOutcome(t *testing.T) {
	for in, want := range map[string]string{
		"Booked into Detention":    "honored",
		"Detainer Declined by LEA": "declined",
		"":                         "not lifted",
		"Case Closed":              "other lift reason",
		"No longer in State, Local, or Federal Custody": "other lift reason",
	} {
		if got := DetainerOutcome(in); got != want {
			t.Errorf("DetainerOutcome(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestModernMethodValues(t *testing.T) {
	// The values of the 2023–2026 releases are classified in every scheme;
	// Custodial Arrest (from late July 2025) is custodial everywhere.
	for _, s := range Schemes {
		for _, m := range []string{"Located", "Non-Custodial Arrest", "CAP Local Incarceration", "287(g) Program", CustodialArrest} {
			if s.Class(m) == Unknown {
				t.Errorf("%s: %q unknown", s.Name, m)
			}
		}
		if s.Class(CustodialArrest) != Custodial {
			t.Errorf("%s: Custodial Arrest is %s", s.Name, s.Class(CustodialArrest))
		}
		if s.Class("Drone Patrol") != Unknown {
			t.Errorf("%s: an unlisted value is not unknown", s.Name)
		}
	}
}
