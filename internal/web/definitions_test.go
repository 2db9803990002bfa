package web

import (
	"strings"
	"testing"
)

// TestDefinitionsPage: /definitions shows the rules of `icestat
// definitions`, the ice definition set with the published figures each
// entry reproduces, and the schemes and removal bases; its JSON twin
// carries the same.
func TestDefinitionsPage(t *testing.T) {
	s, _ := newServer(t, sampleStore(t), Config{})
	h := s.Handler()
	rec := get(t, h, "/definitions")
	body := rec.Body.String()
	if rec.Code != 200 {
		t.Fatalf("status %d: %s", rec.Code, body)
	}
	for _, want := range []string{"ice/1", "Located, Non-Custodial Arrest, Probation and Parole", "40,066", "excluding-lag", "252,405", `aria-current="page">Definitions`} {
		if !strings.Contains(body, want) {
			t.Errorf("/definitions lacks %q", want)
		}
	}
	m := decode(t, get(t, h, "/definitions?format=json"))
	sets, _ := m["definition_sets"].(map[string]any)
	if ice, _ := sets["ice"].([]any); len(ice) != 4 {
		t.Errorf("definition_sets.ice = %v", sets["ice"])
	}
	var names []string
	for _, x := range m["method_schemes"].([]any) {
		names = append(names, x.(map[string]any)["name"].(string))
	}
	if strings.Join(names, ",") != "icestat,ddp,uwchr,epc,newsroom,ice" {
		t.Errorf("method schemes %v", names)
	}
	if bases, _ := m["removal_bases"].([]any); len(bases) != 3 {
		t.Errorf("removal bases %v", m["removal_bases"])
	}
	wantError(t, get(t, h, "/definitions?format=json&scheme=ice"), 400, "unknown parameter")
	if rec := get(t, h, "/definitions?scheme=ice"); rec.Code != 400 {
		t.Errorf("/definitions?scheme=ice: status %d", rec.Code)
	}
}
