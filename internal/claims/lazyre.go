package claims

import (
	"regexp"
	"sync"
)

// lazyRE is a regular expression compiled on its first use. The package
// reads text with about a hundred of them; compiled at package init they
// cost every icestat command (count, ingest, serve ...) some 5 ms and 4 MB
// at start, whether it checks a text or not.
type lazyRE struct {
	src  string
	once sync.Once
	re   *regexp.Regexp
}

// lazyPatterns lists every pattern, so that a test compiles them all: a
// bad pattern would otherwise panic only on its first use.
var lazyPatterns []*lazyRE

// lazyRegexp is regexp.MustCompile deferred to the first match.
func lazyRegexp(src string) *lazyRE {
	l := &lazyRE{src: src}
	lazyPatterns = append(lazyPatterns, l)
	return l
}

func (l *lazyRE) get() *regexp.Regexp {
	l.once.Do(func() { l.re = regexp.MustCompile(l.src) })
	return l.re
}

func (l *lazyRE) MatchString(s string) bool            { return l.get().MatchString(s) }
func (l *lazyRE) FindString(s string) string           { return l.get().FindString(s) }
func (l *lazyRE) FindStringIndex(s string) []int       { return l.get().FindStringIndex(s) }
func (l *lazyRE) FindStringSubmatch(s string) []string { return l.get().FindStringSubmatch(s) }
func (l *lazyRE) FindStringSubmatchIndex(s string) []int {
	return l.get().FindStringSubmatchIndex(s)
}
func (l *lazyRE) FindAllString(s string, n int) []string { return l.get().FindAllString(s, n) }
func (l *lazyRE) FindAllStringIndex(s string, n int) [][]int {
	return l.get().FindAllStringIndex(s, n)
}
func (l *lazyRE) FindAllStringSubmatch(s string, n int) [][]string {
	return l.get().FindAllStringSubmatch(s, n)
}
func (l *lazyRE) FindAllStringSubmatchIndex(s string, n int) [][]int {
	return l.get().FindAllStringSubmatchIndex(s, n)
}
func (l *lazyRE) ReplaceAllString(s, repl string) string { return l.get().ReplaceAllString(s, repl) }
func (l *lazyRE) ReplaceAllStringFunc(s string, f func(string) string) string {
	return l.get().ReplaceAllStringFunc(s, f)
}
