package report

import (
	"net/url"
	"strconv"
	"strings"

	"github.com/icestat/icestat/internal/answer"
)

// Keys are the parameters of a report request, the same for `icestat
// report` flags and the web's /report and /api/report query strings.
var Keys = []string{"aor", "state", "national", "month", "fy", "from", "to", "top", "as-of"}

// ParseRequest reads a report request from parameters. asked is false when
// no parameter has a value (a page then shows only its form). With neither
// aor nor state the report is national.
func ParseRequest(v url.Values) (req Request, asked bool, err error) {
	for k, vals := range v {
		if !contains(Keys, k) {
			return req, false, answer.Bad("unknown parameter %q (a report takes %s)", k, strings.Join(Keys, ", "))
		}
		if len(vals) > 1 {
			return req, false, answer.Bad("give %s once", k)
		}
		if vals[0] != "" {
			asked = true
		}
	}
	if !asked {
		return req, false, nil
	}
	req.AOR, req.State, req.Month = v.Get("aor"), v.Get("state"), v.Get("month")
	req.From, req.To, req.AsOf = v.Get("from"), v.Get("to"), v.Get("as-of")
	if s := v.Get("fy"); s != "" {
		y, err := strconv.Atoi(strings.TrimPrefix(strings.ToUpper(s), "FY"))
		if err != nil {
			return req, false, answer.Bad("bad fiscal year %q (want e.g. 2018)", s)
		}
		req.FY = y
	}
	req.Top = 10
	if s := v.Get("top"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil || n < 1 || n > 100 {
			return req, false, answer.Bad("bad top %q (want 1 to 100)", s)
		}
		req.Top = n
	}
	switch strings.ToLower(v.Get("national")) {
	case "", "false", "no", "0":
	case "true", "yes", "1", "on":
		req.National = true
	default:
		return req, false, answer.Bad("bad national %q (want true or false)", v.Get("national"))
	}
	if req.AOR == "" && req.State == "" {
		req.National = true
	}
	return req, true, nil
}

// Values renders the request back to parameters (the inverse of
// ParseRequest), for links and cache keys.
func (r Request) Values() url.Values {
	v := url.Values{}
	set := func(k, s string) {
		if s != "" {
			v.Set(k, s)
		}
	}
	set("aor", r.AOR)
	set("state", r.State)
	if r.National && r.AOR == "" && r.State == "" {
		v.Set("national", "true")
	}
	set("month", r.Month)
	if r.FY > 0 {
		v.Set("fy", strconv.Itoa(r.FY))
	}
	set("from", r.From)
	set("to", r.To)
	if r.Top > 0 && r.Top != 10 {
		v.Set("top", strconv.Itoa(r.Top))
	}
	set("as-of", r.AsOf)
	return v
}

func contains(s []string, v string) bool {
	for _, x := range s {
		if x == v {
			return true
		}
	}
	return false
}
