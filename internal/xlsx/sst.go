package xlsx

import (
	"archive/zip"
	"errors"
	"fmt"
	"io"
	"math"
)

// sst is the shared-string table stored as one string plus end offsets, so
// that cell values are zero-allocation substrings and the table holds no
// per-entry pointers for the garbage collector to scan.
type sst struct {
	data string
	ends []uint32 // ends[i] is the end of string i; start is ends[i-1] (or 0)
}

func (t *sst) len() int { return len(t.ends) }

func (t *sst) get(i int) string {
	var s uint32
	if i > 0 {
		s = t.ends[i-1]
	}
	return t.data[s:t.ends[i]]
}

func (w *Workbook) readSST(f *zip.File) error {
	prefix := w.name + ": "
	rc, err := w.openPart(f, MaxSharedStringsBytes, "MaxSharedStringsBytes", prefix)
	if err != nil {
		return err
	}
	defer rc.Close()
	s := newScanner(rc, MaxValueBytes)
	var blob []byte
	var ends []uint32
	fail := func() error {
		e := s.err()
		var xe *xerr
		if errors.As(e, &xe) {
			return e
		}
		kind := ErrFormat
		if e == errTooLong {
			kind = ErrTooLarge
		}
		return newErr(fmt.Sprintf("%sshared strings %q: %v (after %d strings)", prefix, f.Name, e, len(ends)), kind, e)
	}
	// Find <sst>.
	for {
		if !s.next() {
			if s.rerr == io.EOF { // empty or rootless part: no strings
				return nil
			}
			return fail()
		}
		if string(s.name) == "sst" {
			if s.kind == tagEmpty {
				return nil
			}
			if s.kind == tagStart {
				break
			}
		}
	}
	var inSI, inRPh bool
	siStart := 0
	for {
		if !s.next() {
			return fail()
		}
		name := string(s.name)
		switch s.kind {
		case tagStart:
			switch name {
			case "si":
				inSI, inRPh = true, false
				siStart = len(blob)
			case "rPh":
				inRPh = true
			case "t":
				if inSI && !inRPh {
					txt, ok := s.readText()
					if !ok {
						return fail()
					}
					blob = append(blob, txt...)
					if len(blob)-siStart > MaxValueBytes {
						s.rerr = errTooLong
						return fail()
					}
				}
			}
		case tagEmpty:
			if name == "si" {
				ends = append(ends, uint32(len(blob)))
			}
		case tagEnd:
			switch name {
			case "si":
				if inSI {
					if hasXEscape(blob[siStart:]) {
						dec := appendUnescapeX(nil, blob[siStart:])
						blob = append(blob[:siStart], dec...)
					}
					if uint64(len(blob)) > math.MaxUint32 {
						s.rerr = errTooLong
						return fail()
					}
					ends = append(ends, uint32(len(blob)))
				}
				inSI = false
			case "rPh":
				inRPh = false
			case "sst":
				w.sst = sst{data: string(blob), ends: ends}
				return nil
			}
		}
	}
}
