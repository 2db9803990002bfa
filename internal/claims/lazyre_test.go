package claims

import (
	"regexp"
	"testing"
)

// TestLazyPatternsCompile compiles every pattern of the package, which
// are compiled on first use rather than at init (lazyre.go).
func TestLazyPatternsCompile(t *testing.T) {
	if len(lazyPatterns) < 90 {
		t.Errorf("%d patterns registered, want the package's ~100", len(lazyPatterns))
	}
	for _, l := range lazyPatterns {
		if _, err := regexp.Compile(l.src); err != nil {
			t.Errorf("pattern %q: %v", l.src, err)
		}
	}
}

// BenchmarkCompileAllPatterns is what compiling every pattern costs: what
// every icestat command paid at start when the package compiled them at
// init (6.5 ms on the loaded 2-core machine), and what only a command that
// checks text pays now.
func BenchmarkCompileAllPatterns(b *testing.B) {
	for i := 0; i < b.N; i++ {
		for _, l := range lazyPatterns {
			regexp.MustCompile(l.src)
		}
	}
}
