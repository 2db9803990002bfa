package chart

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

// FillGaps sorts period points (labels "YYYY-MM", "YYYY" or "FYYYYY") and
// inserts a NoData point for every period missing between the first and
// the last, so an uncovered stretch is drawn as a gap rather than
// silently closed up. Other labels are returned sorted and unchanged.
func FillGaps(pts []Point) []Point {
	if len(pts) == 0 {
		return pts
	}
	pts = append([]Point{}, pts...)
	sort.SliceStable(pts, func(i, j int) bool { return pts[i].Label < pts[j].Label })
	next, ok := stepper(pts[0].Label)
	if !ok {
		return pts
	}
	for _, p := range pts {
		if _, ok := stepper(p.Label); !ok {
			return pts
		}
	}
	out := []Point{pts[0]}
	for _, p := range pts[1:] {
		// A bounded walk: a wild label must not create millions of points.
		for k, n := next(out[len(out)-1].Label), 0; k < p.Label && n < 1200; k, n = next(k), n+1 {
			out = append(out, Point{Label: k, Status: NoData})
		}
		out = append(out, p)
	}
	return out
}

func stepper(label string) (func(string) string, bool) {
	switch {
	case len(label) == 7 && label[4] == '-':
		_, err1 := strconv.Atoi(label[:4])
		m, err2 := strconv.Atoi(label[5:])
		if err1 != nil || err2 != nil || m < 1 || m > 12 {
			return nil, false
		}
		return func(s string) string {
			y, _ := strconv.Atoi(s[:4])
			m, _ := strconv.Atoi(s[5:])
			if m == 12 {
				return fmt.Sprintf("%04d-01", y+1)
			}
			return fmt.Sprintf("%04d-%02d", y, m+1)
		}, true
	case len(label) == 4 || (len(label) == 6 && strings.HasPrefix(label, "FY")):
		pre := label[:len(label)-4]
		if _, err := strconv.Atoi(label[len(label)-4:]); err != nil {
			return nil, false
		}
		return func(s string) string {
			y, _ := strconv.Atoi(s[len(s)-4:])
			return fmt.Sprintf("%s%04d", pre, y+1)
		}, true
	}
	return nil, false
}
