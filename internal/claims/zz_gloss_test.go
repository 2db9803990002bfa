package claims

import (
	"os"
	"strings"
	"testing"
)

func TestS29Gloss(t *testing.T) {
	for _, l := range strings.Split(os.Getenv("GLOSS"), "\n") {
		if l != "" {
			t.Logf("%q", glossSpanish(l).text)
		}
	}
}
