package cli

import (
	"encoding/json"
	"io"
	"log/slog"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"

	"github.com/icestat/icestat/internal/web"
)

// TestWebLinksMatchCLI: a link the web builds for a row of a --dedupe
// answer (from the row's structured question, never by re-reading command
// text) resolves to the same count as the `icestat count` command line the
// link's parameters make.
func TestWebLinksMatchCLI(t *testing.T) {
	db := modernDB(t)
	s, err := web.New(web.Config{DB: db, NoSmallCell: true, Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	rec := httptest.NewRecorder()
	s.Handler().ServeHTTP(rec, httptest.NewRequest("GET", "/api/count?dataset=arrests&aor=SEA&dedupe=true&by=gender", nil))
	var m struct {
		Rows []map[string]any `json:"rows"`
	}
	if err := json.Unmarshal(rec.Body.Bytes(), &m); err != nil || len(m.Rows) == 0 {
		t.Fatalf("%d %v: %s", rec.Code, err, rec.Body.String())
	}
	for _, row := range m.Rows {
		link, _ := row["explore"].(string)
		v, err := url.ParseQuery(strings.TrimPrefix(link, "/explore?"))
		if err != nil || v.Get("dedupe") != "true" {
			t.Fatalf("row %v: link %q", row, link)
		}
		args := []string{"count", v.Get("dataset"), "--db", db, "--format", "json"}
		for k, vals := range v {
			for _, x := range vals {
				switch {
				case k == "dataset":
				case x == "true":
					args = append(args, "--"+k)
				default:
					args = append(args, "--"+k, x)
				}
			}
		}
		code, out, errs := invoke(t, args...)
		var got map[string]any
		if code != 0 || json.Unmarshal([]byte(out), &got) != nil {
			t.Fatalf("%v: exit %d %s", args, code, errs)
		}
		if got["count"] != row["count"] {
			t.Errorf("row %v: the CLI gives %v for %v", row, got["count"], args)
		}
	}
}
