package claims

import (
	"context"
	"math"
	"strings"
	"testing"
)

// spanishRow is the corpus row of a Spanish sentence (set fresh-2026-12h-es),
// read as TestClaimsCorpus reads it: its context, then the sentence.
func spanishRow(t *testing.T, id string) (corpusRecord, string, int) {
	t.Helper()
	for _, r := range loadCorpus(t) {
		if r.ID == id {
			if r.Set != "fresh-2026-12h-es" {
				t.Fatalf("%s is not a Spanish row (set %q)", id, r.Set)
			}
			text, start := corpusInput(r)
			return r, text, start
		}
	}
	t.Fatalf("no corpus row %s", id)
	return corpusRecord{}, "", 0
}

// TestSpanishClaims reads the figures of Spanish sentences of the corpus:
// each one found where the Spanish phrase stands in the input, with the value
// the Spanish number form states (the values are the corpus rows' own,
// whose records_value testdata/claims/expected.py computes without icestat),
// and with a reading that counts as stated only where the gloss read the
// figure's clause in full (spanish.go, readable): a figure beside a word
// left as written may be supported but never contradicted.
func TestSpanishClaims(t *testing.T) {
	for _, tc := range []struct {
		id, quote string // the corpus row and the figure as written
		kind      string
		value     float64
		measure   string
		period    string // the reading's period, when the sentence states one
	}{
		{"h0-cronicaviva-01", "143 mil 470", KindCount, 143470, "arrests", ""},
		{"h0-cronicaviva-02", "6.192", KindCount, 6192, "arrests", ""},
		{"h0-cronicaviva-04", "226.119", KindCount, 226119, "removals", ""},
		{"h0-enlace-02", "22, 538", KindCount, 22538, MeasureDetained, ""},
		{"h0-enlace-02", "54,7 %", KindShare, 54.7, MeasureDetained, ""},
		{"h0-enlace-04", "11, 758", KindCount, 11758, "book-ins", "2025-01"},
		{"h0-enlace-04", "21, 959", KindCount, 21959, "book-ins", "2025-01"},
		{"h0-enlace-05", "2,154 por día", KindCount, 2154, "facility-adp", ""},
		{"h0-cibercuba-01", "256.085", KindCount, 256085, "removals", "FY2018"},
		{"h0-cibercuba-03", "supera el cuarto de millón", KindCount, 250000, "removals", ""},
		{"h0-cibercuba-06", "11 %", KindChange, 11, "arrests", "FY2018"},
		{"h0-cibercuba-07", "158.581", KindCount, 158581, "arrests", ""},
		{"h0-sprinforma-05", "182 mil", KindCount, 182000, MeasureATD, ""},
		{"h0-nxnoticias-02", "55 mil 568", KindCount, 55568, "", ""},
		{"h0-nxnoticias-03", "siete de cada 10", KindShare, 70, "", ""},
		{"h0-lapatrona-01", "271 mil 484", KindCount, 271484, "removals", "FY2024"},
		{"h0-cibercuba-09", "", "", 0, "", ""}, // "En 2014 (11 cubanos), 2015 (11) y 2016 (64)": no measure, no figure read
	} {
		_, text, start := spanishRow(t, tc.id)
		its, err := Analyze(Input{Text: text, Date: spanishDate(t, tc.id)})
		if err != nil {
			t.Fatalf("%s: %v", tc.id, err)
		}
		g := glossSpanish(text)
		var found *Interpretation
		for i, it := range its {
			if it.Claim.Offset < start {
				continue
			}
			if at := glossOffset(g, it.Claim.Offset); !strings.Contains(it.Unstated["measure"], "not in English") && !g.readable(at, at+1) {
				t.Errorf("%s: %q is read as stated (%v), though its clause has words the gloss left as written", tc.id, it.Claim.Text, it.Unstated)
			}
			if tc.quote != "" && strings.HasPrefix(text[it.Claim.Offset:], tc.quote) && it.Claim.Value == tc.value {
				found = &its[i]
			}
		}
		if tc.quote == "" {
			continue
		}
		if found == nil {
			var got []string
			for _, it := range its {
				got = append(got, it.Claim.Text)
			}
			t.Errorf("%s: no claim of %g at %q; got %q", tc.id, tc.value, tc.quote, got)
			continue
		}
		c := found.Claim
		if c.Kind != tc.kind || tc.measure != "" && found.Measure != tc.measure || tc.period != "" && found.Period.String() != tc.period {
			t.Errorf("%s: %q read as %s %s %s, want %s %s %s", tc.id, tc.quote, c.Kind, found.Measure, found.Period.String(), tc.kind, tc.measure, tc.period)
		}
		if c.verbatim == nil || c.verbatim.text != tc.quote || !strings.Contains(text, c.verbatim.sentence) || !strings.Contains(c.verbatim.sentence, tc.quote) {
			t.Errorf("%s: verbatim %+v, want the phrase %q and its sentence", tc.id, c.verbatim, tc.quote)
		}
	}
}

func spanishDate(t *testing.T, id string) string {
	r, _, _ := spanishRow(t, id)
	return r.Published
}

// TestSpanishNumbers: the number forms of Spanish, glossed in a sentence.
// A dot before three digits groups thousands and a comma before one or two
// is the decimal one; "22, 538" is one number only where no list can be
// meant.
func TestSpanishNumbers(t *testing.T) {
	for _, tc := range []struct {
		es   string
		want []string // in the gloss
		not  []string // not in it
	}{
		{"Los agentes de ICE realizaron 143 mil 470 arrestos administrativos en 2017.", []string{"143,470 administrative arrests"}, nil},
		{"El ICE llevó a cabo 226.119 expulsiones en el año fiscal 2017.", []string{"226,119 removals", "FY2017"}, nil},
		{"De los 41,169 detenidos, 22, 538, (o el 54,7 %) no tienen antecedentes penales.", []string{"41,169 detainees", "22,538 (or 54.7 %)", "have no criminal record"}, nil},
		{"El ICE deportó a 1,4 millones de personas en 2019.", []string{"1.4 million"}, nil},
		// h0-sprinforma-05
		{"Cabe señalar que el ICE mantiene actualmente a 65,735 migrantes en centros de detención en todo el país, según datos del Departamento de Seguridad Nacional (DHS), con otros 182 mil bajo vigilancia en el programa de alternativas a la detención.",
			[]string{"currently holds 65,735 migrants", "nationwide", "182 thousand", "Alternatives to Detention program"}, nil},
		{"De los expulsados, 55 % tenían antecedentes y 44.9% no tenía crímenes según el ICE.", []string{"55 %", "44.9%"}, nil},
		{"Las deportaciones fueron 5, 100 y 200 en los tres años según el ICE.", []string{"5, 100 and 200"}, []string{"5,100"}},
		{"Las deportaciones fueron 4, 22, 538 en los tres años según el ICE.", []string{"4, 22, 538"}, []string{"22,538"}},
		{"En 2014 (11 cubanos), 2015 (11) y 2016 (64) según el ICE.", []string{"2014 (11 Cubans), 2015 (11) and 2016 (64)"}, nil},
		{"La cifra supera el cuarto de millón de deportados.", []string{"exceeds 250 thousand"}, nil},
		{"Siete de cada 10 no tienen sentencias criminales, según el ICE.", []string{"Seven out of ten"}, nil},
		// the gloss of a sentence ending in "EE.UU." ends where it did
		{"Las deportaciones aumentaron en los EE.UU. Las cifras del ICE fueron 256.085 en el año fiscal 2018.", []string{"U.S.\nThe figures"}, nil},
		{"Hasta el 9 de febrero había 41,169 personas bajo custodia de ICE.", []string{"As of February 9 there were 41,169 people in ICE custody"}, nil},
	} {
		g := glossSpanish(tc.es)
		for _, w := range tc.want {
			if !strings.Contains(g.text, w) {
				t.Errorf("gloss of %q = %q, want %q in it", tc.es, g.text, w)
			}
		}
		for _, w := range tc.not {
			if strings.Contains(g.text, w) {
				t.Errorf("gloss of %q = %q, want no %q", tc.es, g.text, w)
			}
		}
	}
}

// TestSpanishEnglishUntouched: a text without a Spanish sentence is read
// as it is, and in a text with one the English sentences keep their
// offsets and phrases.
func TestSpanishEnglishUntouched(t *testing.T) {
	en := "ICE arrested 143,470 people in fiscal year 2017. Removals rose 13 percent to 256,085 in FY2018."
	if g := glossSpanish(en); g.text != en || len(g.sents) != 0 {
		t.Errorf("English text glossed: %q", g.text)
	}
	mixed := en + " El ICE llevó a cabo 226.119 expulsiones en el año fiscal 2017."
	its, err := Analyze(Input{Text: mixed, Date: "2018-12-14"})
	if err != nil {
		t.Fatal(err)
	}
	alone, _ := Analyze(Input{Text: en, Date: "2018-12-14"})
	var english []Claim
	for _, it := range its {
		c := it.Claim
		if !strings.HasPrefix(mixed[c.Offset:], c.Text) && c.verbatim == nil {
			t.Errorf("claim %q at %d: the input has %q there", c.Text, c.Offset, mixed[c.Offset:min(len(mixed), c.Offset+len(c.Text))])
		}
		if c.verbatim == nil {
			english = append(english, c)
		} else if c.verbatim.text != "226.119" || !strings.HasPrefix(mixed[c.Offset:], "226.119") {
			t.Errorf("Spanish claim %q at %d, verbatim %+v", c.Text, c.Offset, c.verbatim)
		}
	}
	if len(english) != len(alone) {
		t.Fatalf("%d English claims in the mixed text, %d alone", len(english), len(alone))
	}
	for i, c := range english {
		a := alone[i].Claim
		if c.Text != a.Text || c.Offset != a.Offset || c.Value != a.Value || c.Sentence != a.Sentence {
			t.Errorf("English claim %q at %d read as %q at %d in a text with Spanish", a.Text, a.Offset, c.Text, c.Offset)
		}
	}
}

// TestSpanishVerdicts checks Spanish sentences of the corpus against the
// records: each figure supported, with the value testdata/claims/expected.py
// computes for it (records_value), and shown as written in Spanish.
func TestSpanishVerdicts(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the corpus store")
	}
	eng := corpusEngine(t)
	for _, tc := range []struct{ id, quote, figure string }{
		{"h0-cronicaviva-01", "143 mil 470", "143 mil 470 arrestos administrativos"},
		{"h0-cronicaviva-02", "6.192", "6.192 detenciones"},
		{"h0-cronicaviva-04", "226.119", "226.119 expulsiones"},
		{"h0-enlace-01", "41,169 detenidos", "41,169 detenidos"},
		{"h0-enlace-02", "22, 538", "22, 538"},
		{"h0-enlace-02", "54,7 %", "54,7 %"},
		{"h0-enlace-04", "11, 758", "11, 758"},
		{"h0-enlace-04", "10, 201", "10, 201"},
		{"h0-enlace-04", "21, 959", "21, 959"},
		{"h0-enlace-05", "2,154 por día", "2,154 por día"},
		{"h0-hechoencal-01", "46,269", "46,269 personas detenidas"},
		{"h0-hechoencal-04", "43,759", "43,759"},
		{"h0-cibercuba-01", "256.085", "256.085 inmigrantes"},
		{"h0-cibercuba-03", "supera el cuarto de millón", "supera el cuarto de millón"},
		{"h0-cibercuba-03", "13%", "un aumento del 13%"},
		{"h0-cibercuba-06", "11 %", "un 11 %"},
		{"h0-cibercuba-07", "158.581", "158.581 extranjeros"},
	} {
		r, text, start := spanishRow(t, tc.id)
		var want *float64
		for _, f := range r.Figures {
			if f.Quote == tc.figure {
				want = f.RecordsValue
			}
		}
		if want == nil {
			t.Fatalf("%s: no figure %q with a records value", tc.id, tc.figure)
		}
		rep, err := Check(context.Background(), eng, Input{Text: text, Date: r.Published})
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, e := range rep.Entries {
			if e.Verdict == Contradicted {
				t.Errorf("%s: %q contradicted; a Spanish sentence states nothing", tc.id, e.Text)
			}
			if e.Detail.Claim.Offset < start || e.Text != tc.quote {
				continue
			}
			found = true
			if e.Sentence != r.Text {
				t.Errorf("%s: %q shown in the sentence %q, want the verbatim %q", tc.id, e.Text, e.Sentence, r.Text)
			}
			if e.Verdict != Supported || e.Value == nil || math.Abs(*e.Value-*want) > 0.01*math.Max(1, math.Abs(*want))/100 {
				t.Errorf("%s: %q %s (%s), want supported by the records' %g", tc.id, e.Text, e.Verdict, e.ValueText, *want)
			}
		}
		if !found {
			var got []string
			for _, e := range rep.Entries {
				got = append(got, e.Text)
			}
			t.Errorf("%s: no entry %q; got %q", tc.id, tc.quote, got)
		}
	}
}

// FuzzGlossSpanish: any text glosses without a panic, and every claim of a
// Spanish sentence points at its verbatim phrase in the input and is never
// read as stated.
func FuzzGlossSpanish(f *testing.F) {
	for _, s := range []string{
		"De los 41,169 detenidos, 22, 538, (o el 54,7 %) no tienen antecedentes penales, según los datos actualizados al 9 de febrero de 2025.",
		"EEUU: 143 mil 470 arrestos realizaron las autoridades migratorias en 2017\nLos agentes de ICE realizaron 143 mil 470 arrestos administrativos.",
		"El ICE arrestó a 11, 758 personas y la CBP arrestó a 10, 201 de las 21, 959 personas detenidas por el ICE durante enero de 2025.",
		"La cifra total de inmigrantes deportados, que supera el cuarto de millón, refleja un aumento del 13% en relación con el año fiscal 2017.",
		"ICE arrested 143,470 people in fiscal year 2017. El ICE llevó a cabo 226.119 expulsiones en el año fiscal 2017.",
		"지난 11월 16일 기준 전국 이민구치시설 수감자는 6만5,135명, 2003년 ICE가 창설된 이후 가장 큰 규모입니다. 2만여명",
		"Fin 2025, 70 805 personnes y étaient détenues. Am 7. Januar 2026 befanden sich fast 69.000 Menschen in Haft.",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		g := glossSpanish(s)
		if len(g.sents) == 0 && g.text != s {
			t.Fatalf("no Spanish sentence, but the text changed: %q", g.text)
		}
		its, err := Analyze(Input{Text: s, Date: "2018-12-14"})
		if err != nil {
			t.Fatal(err)
		}
		in := hyphens.Replace(s)
		gi := glossSpanish(in)
		for _, it := range its {
			c := it.Claim
			if c.Offset < 0 || c.Offset > len(in) {
				t.Fatalf("claim %q at %d of %d bytes", c.Text, c.Offset, len(in))
			}
			v := c.verbatim
			if v == nil {
				continue
			}
			if !strings.HasPrefix(strings.TrimSpace(in[c.Offset:]), v.text) || !strings.Contains(v.sentence, v.text) || !strings.Contains(in, v.sentence) {
				t.Fatalf("claim %q at %d: verbatim %+v", c.Text, c.Offset, v)
			}
			if at := glossOffset(gi, c.Offset); it.Unstated["measure"] == "" && !gi.readable(at, at+1) {
				t.Fatalf("claim %q of a glossed sentence read as stated, though its clause has words the gloss left as written", v.text)
			}
		}
	})
}

// glossOffset is the offset in g's gloss of the source offset off.
func glossOffset(g *spanishGloss, off int) int {
	for _, s := range g.segs {
		if s.src <= off && off < s.srcEnd {
			if s.same {
				return s.at + off - s.src
			}
			return s.at
		}
	}
	return -1
}
