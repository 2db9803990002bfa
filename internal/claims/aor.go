package claims

import (
	"sort"

	"github.com/icestat/icestat/internal/place"
)

func aorsOfState(st string) []string {
	var out []string
	for a := range place.AORsOfState(st) {
		out = append(out, a)
	}
	sort.Strings(out)
	return out
}
