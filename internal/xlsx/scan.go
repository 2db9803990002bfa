package xlsx

import (
	"bytes"
	"errors"
	"io"
	"unicode/utf8"
)

// scanner is the hand-written XML tokenizer used for sheet and shared-string
// parts. It works directly on its own refillable buffer (a bufio.Reader's
// ReadSlice/Peek interface costs a call and a bounds dance per token, which
// is measurable at ~10 tokens per cell), never allocates per token and keeps
// at most one token (tag or text run) in memory, so memory is bounded by the
// largest single tag or text value, which is itself bounded by maxToken.
//
// It understands exactly what SpreadsheetML needs: start/end/empty tags with
// optional namespace prefixes, attributes quoted with ' or ", character data
// with the predefined and numeric entities, CDATA sections, comments,
// processing instructions and a DOCTYPE (skipped, never expanded).
type scanner struct {
	rd       io.Reader
	buf      []byte
	pos, end int
	rerr     error // sticky read error (io.EOF at end)
	maxToken int

	// current tag, offsets relative to tagBase (the '<' of the tag)
	kind    tagKind
	name    []byte // local name (prefix stripped)
	attrs   []attrSpan
	tagBase int

	text []byte // scratch for decoded text
}

type tagKind uint8

const (
	tagStart tagKind = iota
	tagEnd
	tagEmpty
)

type attrSpan struct{ ns, ne, vs, ve int32 }

var (
	errSyntax   = errors.New("malformed XML")
	errTooLong  = errors.New("XML token (tag or text value) exceeds the size limit")
	errTruncEOF = errors.New("unexpected end of data")
)

const initialBuf = 64 << 10

func newScanner(rd io.Reader, maxToken int) *scanner {
	if maxToken < initialBuf {
		maxToken = initialBuf
	}
	if maxToken > 1<<30 { // attribute offsets are int32
		maxToken = 1 << 30
	}
	return &scanner{rd: rd, buf: make([]byte, initialBuf), maxToken: maxToken, attrs: make([]attrSpan, 0, 16)}
}

// fill moves buf[keep:end] to the front and reads more data. It reports
// false when no more data could be read (s.rerr is then set).
// Offsets held by the caller must be rebased by -keep.
func (s *scanner) fill(keep int) bool {
	if s.rerr != nil {
		return false
	}
	if keep > 0 {
		n := copy(s.buf, s.buf[keep:s.end])
		s.end = n
		s.pos -= keep
	}
	if s.end == len(s.buf) {
		if len(s.buf) >= s.maxToken {
			s.rerr = errTooLong
			return false
		}
		nl := 2 * len(s.buf)
		if nl > s.maxToken {
			nl = s.maxToken
		}
		nb := make([]byte, nl)
		copy(nb, s.buf[:s.end])
		s.buf = nb
	}
	for empty := 0; ; empty++ {
		n, err := s.rd.Read(s.buf[s.end:])
		s.end += n
		if err != nil {
			s.rerr = err
			return n > 0
		}
		if n > 0 {
			return true
		}
		if empty > 100 {
			s.rerr = io.ErrNoProgress
			return false
		}
	}
}

// err returns the error that stopped the scanner, turning io.EOF into errTruncEOF
// (the callers only call it when they needed more data).
func (s *scanner) err() error {
	if s.rerr == nil || s.rerr == io.EOF {
		return errTruncEOF
	}
	return s.rerr
}

// isSpace reports XML white space. Other control characters are not allowed
// in XML, so treating every byte <= ' ' as space is safe and cheap.
func isSpace(c byte) bool { return c <= ' ' }

// indexByte is bytes.IndexByte with a fast path for the short distances that
// dominate sheet XML (adjacent tags, short values).
func indexByte(b []byte, c byte) int {
	n := len(b)
	if n > 16 {
		n = 16
	}
	for i := 0; i < n; i++ {
		if b[i] == c {
			return i
		}
	}
	if len(b) <= 16 {
		return -1
	}
	if j := bytes.IndexByte(b[16:], c); j >= 0 {
		return j + 16
	}
	return -1
}

// next skips character data and reads the next tag into s.kind/s.name/s.attrs.
// Comments, processing instructions, CDATA outside text and DOCTYPE are skipped.
// It returns false at end of data or on error (see s.err).
func (s *scanner) next() bool {
	for {
		i := indexByte(s.buf[s.pos:s.end], '<')
		if i < 0 {
			s.pos = s.end
			if !s.fill(s.pos) {
				return false
			}
			continue
		}
		s.pos += i
		ok, again := s.tag()
		if again {
			continue
		}
		return ok
	}
}

// tag parses the tag starting at s.pos (which holds '<'). It returns
// again=true if a comment/PI/etc. was skipped and the caller should look for
// the next tag.
func (s *scanner) tag() (ok, again bool) {
retry:
	p := s.pos
	buf := s.buf[:s.end]
	k := p + 1
	if k+1 >= len(buf) {
		if !s.fill(p) {
			return false, false
		}
		goto retry
	}
	c := buf[k]
	if c == '!' || c == '?' {
		return s.skipSpecial(), true
	}
	kind := tagStart
	if c == '/' {
		kind = tagEnd
		k++
	}
	ns := k
	colon := -1
	for {
		if k >= len(buf) {
			if !s.fill(p) {
				return false, false
			}
			goto retry
		}
		c = buf[k]
		if c == '>' || c == '/' || isSpace(c) {
			break
		}
		if c == ':' {
			colon = k
		}
		k++
	}
	if k == ns {
		s.rerr = errSyntax
		return false, false
	}
	if colon >= 0 {
		ns = colon + 1
	}
	nameS, nameE := ns, k
	s.attrs = s.attrs[:0]
	for {
		// skip whitespace
		for k < len(buf) && isSpace(buf[k]) {
			k++
		}
		if k >= len(buf) {
			if !s.fill(p) {
				return false, false
			}
			goto retry
		}
		c = buf[k]
		if c == '>' {
			k++
			break
		}
		if c == '/' {
			if k+1 >= len(buf) {
				if !s.fill(p) {
					return false, false
				}
				goto retry
			}
			if buf[k+1] != '>' || kind == tagEnd {
				s.rerr = errSyntax
				return false, false
			}
			kind = tagEmpty
			k += 2
			break
		}
		if kind == tagEnd {
			s.rerr = errSyntax
			return false, false
		}
		// attribute name
		an := k
		for k < len(buf) && buf[k] != '=' && buf[k] != '>' && buf[k] != '/' && !isSpace(buf[k]) {
			k++
		}
		ae := k
		for k < len(buf) && isSpace(buf[k]) {
			k++
		}
		if k >= len(buf) {
			if !s.fill(p) {
				return false, false
			}
			goto retry
		}
		if buf[k] != '=' || ae == an {
			s.rerr = errSyntax
			return false, false
		}
		k++
		for k < len(buf) && isSpace(buf[k]) {
			k++
		}
		if k >= len(buf) {
			if !s.fill(p) {
				return false, false
			}
			goto retry
		}
		q := buf[k]
		if q != '"' && q != '\'' {
			s.rerr = errSyntax
			return false, false
		}
		k++
		j := indexByte(buf[k:], q)
		if j < 0 {
			if !s.fill(p) {
				return false, false
			}
			goto retry
		}
		s.attrs = append(s.attrs, attrSpan{int32(an - p), int32(ae - p), int32(k - p), int32(k + j - p)})
		k += j + 1
	}
	s.kind = kind
	s.name = buf[nameS:nameE]
	s.tagBase = p
	s.pos = k
	return true, false
}

// attr returns the raw (undecoded) value of the attribute with the given
// qualified name in the current tag.
func (s *scanner) attr(name string) ([]byte, bool) {
	b := s.buf[s.tagBase:]
	for _, a := range s.attrs {
		if string(b[a.ns:a.ne]) == name {
			return b[a.vs:a.ve], true
		}
	}
	return nil, false
}

// skipSpecial skips <!-- -->, <![CDATA[ ]]>, <? ?> and <!DOCTYPE ...> starting at s.pos.
func (s *scanner) skipSpecial() bool {
	// need up to 9 bytes to classify
	for s.end-s.pos < 9 && s.rerr == nil {
		s.fill(s.pos)
	}
	b := s.buf[s.pos:s.end]
	switch {
	case bytes.HasPrefix(b, []byte("<!--")):
		s.pos += 4
		return s.skipPast("-->")
	case bytes.HasPrefix(b, []byte("<![CDATA[")):
		s.pos += 9
		return s.skipPast("]]>")
	case bytes.HasPrefix(b, []byte("<?")):
		s.pos += 2
		return s.skipPast("?>")
	case bytes.HasPrefix(b, []byte("<!")):
		// DOCTYPE or similar: skip to the '>' that is not inside [ ].
		s.pos += 2
		depth := 0
		for {
			for s.pos < s.end {
				c := s.buf[s.pos]
				s.pos++
				switch c {
				case '[':
					depth++
				case ']':
					depth--
				case '>':
					if depth <= 0 {
						return true
					}
				}
			}
			if !s.fill(s.pos) {
				return false
			}
		}
	}
	if s.rerr == nil {
		s.rerr = errSyntax
	}
	return false
}

// skipPast discards data up to and including the terminator, keeping memory flat.
func (s *scanner) skipPast(term string) bool {
	for {
		if i := bytes.Index(s.buf[s.pos:s.end], []byte(term)); i >= 0 {
			s.pos += i + len(term)
			return true
		}
		keep := s.end - (len(term) - 1)
		if keep < s.pos {
			keep = s.pos
		}
		s.pos = keep
		if !s.fill(keep) {
			return false
		}
	}
}

// readText reads character data following a start tag up to the next tag
// (which is left unread), decoding entities and CDATA sections and skipping
// comments and processing instructions. The returned slice is valid until the
// next scanner call. It returns ok=false at end of data or on error.
func (s *scanner) readText() ([]byte, bool) {
	var out []byte
	copied := false
	for {
		i := indexByte(s.buf[s.pos:s.end], '<')
		if i < 0 {
			if !s.fill(s.pos) {
				return nil, false
			}
			continue
		}
		seg := s.buf[s.pos : s.pos+i]
		if !copied && needsDecode(seg) {
			s.text = appendDecoded(s.text[:0], seg)
			copied = true
		} else if copied {
			s.text = appendDecoded(s.text, seg)
		} else {
			out = seg
		}
		s.pos += i
		// classify the '<'; refilling moves the buffer, so detach out first.
		if s.end-s.pos < 9 && s.rerr == nil {
			if !copied {
				s.text = append(s.text[:0], out...)
				copied = true
			}
			for s.end-s.pos < 9 && s.rerr == nil {
				s.fill(s.pos)
			}
		}
		b := s.buf[s.pos:s.end]
		if len(b) > 1 && (b[1] == '!' || b[1] == '?') {
			if !copied {
				s.text = append(s.text[:0], out...)
				copied = true
			}
			if bytes.HasPrefix(b, []byte("<![CDATA[")) {
				s.pos += 9
				start := s.pos
				for {
					if j := bytes.Index(s.buf[start:s.end], []byte("]]>")); j >= 0 {
						s.text = append(s.text, s.buf[start:start+j]...)
						s.pos = start + j + 3
						break
					}
					// keep the tail that could start "]]>"
					k := s.end - 2
					if k < start {
						k = start
					}
					s.text = append(s.text, s.buf[start:k]...)
					if len(s.text) > s.maxToken {
						s.rerr = errTooLong
						return nil, false
					}
					s.pos = k
					if !s.fill(k) {
						return nil, false
					}
					start = s.pos
				}
				continue
			}
			if !s.skipSpecial() {
				return nil, false
			}
			continue
		}
		if copied {
			return s.text, true
		}
		return out, true
	}
}

func needsDecode(b []byte) bool {
	if len(b) <= 16 {
		for _, c := range b {
			if c == '&' || c == '\r' {
				return true
			}
		}
		return false
	}
	return bytes.IndexByte(b, '&') >= 0 || bytes.IndexByte(b, '\r') >= 0
}

// appendDecoded appends b to dst, resolving the five predefined entities and
// numeric character references and normalising line ends as XML requires.
// Unknown or malformed references are kept literally.
func appendDecoded(dst, b []byte) []byte {
	for len(b) > 0 {
		i := bytes.IndexAny(b, "&\r")
		if i < 0 {
			return append(dst, b...)
		}
		dst = append(dst, b[:i]...)
		b = b[i:]
		if b[0] == '\r' {
			dst = append(dst, '\n')
			b = b[1:]
			if len(b) > 0 && b[0] == '\n' {
				b = b[1:]
			}
			continue
		}
		semi := bytes.IndexByte(b, ';')
		if semi < 0 || semi > 12 {
			dst = append(dst, '&')
			b = b[1:]
			continue
		}
		ent := b[1:semi]
		switch string(ent) {
		case "amp":
			dst = append(dst, '&')
		case "lt":
			dst = append(dst, '<')
		case "gt":
			dst = append(dst, '>')
		case "quot":
			dst = append(dst, '"')
		case "apos":
			dst = append(dst, '\'')
		default:
			r, ok := charRef(ent)
			if !ok {
				dst = append(dst, '&')
				b = b[1:]
				continue
			}
			dst = utf8.AppendRune(dst, r)
		}
		b = b[semi+1:]
	}
	return dst
}

func charRef(ent []byte) (rune, bool) {
	if len(ent) < 2 || ent[0] != '#' {
		return 0, false
	}
	base := 10
	d := ent[1:]
	if d[0] == 'x' || d[0] == 'X' {
		base = 16
		d = d[1:]
	}
	if len(d) == 0 {
		return 0, false
	}
	var v rune
	for _, c := range d {
		var n rune
		switch {
		case c >= '0' && c <= '9':
			n = rune(c - '0')
		case base == 16 && c >= 'a' && c <= 'f':
			n = rune(c-'a') + 10
		case base == 16 && c >= 'A' && c <= 'F':
			n = rune(c-'A') + 10
		default:
			return 0, false
		}
		v = v*rune(base) + n
		if v > utf8.MaxRune {
			return 0, false
		}
	}
	return v, true
}

// appendUnescapeX appends b to dst, decoding the OOXML ST_Xstring escapes
// _xHHHH_ (used by Excel for control characters such as _x000D_).
func appendUnescapeX(dst, b []byte) []byte {
	for {
		i := bytes.Index(b, []byte("_x"))
		if i < 0 || len(b)-i < 7 {
			return append(dst, b...)
		}
		h := b[i+2 : i+6]
		if b[i+6] != '_' || !isHex4(h) {
			dst = append(dst, b[:i+2]...)
			b = b[i+2:]
			continue
		}
		dst = append(dst, b[:i]...)
		var r rune
		for _, c := range h {
			r <<= 4
			switch {
			case c <= '9':
				r |= rune(c - '0')
			case c >= 'a':
				r |= rune(c-'a') + 10
			default:
				r |= rune(c-'A') + 10
			}
		}
		dst = utf8.AppendRune(dst, r)
		b = b[i+7:]
	}
}

func isHex4(h []byte) bool {
	for _, c := range h {
		if !(c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F') {
			return false
		}
	}
	return true
}

func hasXEscape(b []byte) bool { return bytes.Index(b, []byte("_x")) >= 0 }
