package claims

import (
	"strings"
	"testing"
)

// TestRound23NotEnglish: real errors of non-English rows whose figure's
// clause the gloss had left partly untranslated, so that its measure was
// not stated and the figure could not be contradicted. Expected values are
// the rows' records_value, computed by testdata/claims/expected.py from the
// FOIA rows and ICE's workbooks (no icestat).
func TestRound23NotEnglish(t *testing.T) {
	checkReadingCases(t, corpusEngine(t), []readingCase{
		// aa-pt-noticiabrasil-01: "os oficiais de deportação ... prenderam
		// administrativamente 41.318 pessoas" (ICE's deportation officers,
		// that is ERO's, administratively arrested 41,318 people between
		// January 22 and April 29, 2017): the records give 41,426 ERO
		// arrests for those days (the row's records_value); before,
		// "administrativamente" was left as written and "deportação" made
		// the measure removals as well as arrests
		{"prenderam administrativamente", "2017-05-17",
			"\"Entre 22 de janeiro e 29 de abril de 2017, os oficiais de deportação do Departamento de Imigração e Alfândega dos EUA prenderam administrativamente 41.318 pessoas\", informou o órgão em um comunicado nesta quarta-feira (17).",
			"41.318", Contradicted, 41426},
		// af-fr-vice-01: "a recensé 35 604 expulsions en janvier et en
		// février 2017, contre 35 255 pour les deux premiers mois de 2016"
		// (recorded 35,604 removals in January and February 2017, against
		// 35,255 for the first two months of 2016): the records give 37,140
		// removals for 2017-01-01..02-28 and 35,255 for 2016-01-01..02-29
		// (the row's records_values); before, "recensé", "janvier" and
		// "premiers mois" were left as written
		{"a recensé ... en janvier et en février", "2017-04-03",
			"La U.S. Immigration and Customs Enforcement (ICE), l’agence fédérale en charge de l’immigration, a recensé 35 604 expulsions en janvier et en février 2017, contre 35 255 pour les deux premiers mois de 2016, selon les chiffres publiés par le Guardian ce lundi.",
			"35 604", Contradicted, 37140},
		{"les deux premiers mois de", "2017-04-03",
			"La U.S. Immigration and Customs Enforcement (ICE), l’agence fédérale en charge de l’immigration, a recensé 35 604 expulsions en janvier et en février 2017, contre 35 255 pour les deux premiers mois de 2016, selon les chiffres publiés par le Guardian ce lundi.",
			"35 255", Supported, 35255},
		// aa-sw-taifaleo-11 (and ai-sw-taifaleo-11, the same sentence):
		// "Mwaka 2016 ambapo Rais Trump aliingia uongozini idadi hiyo
		// ilikuwa 240,225" (in 2016, when President Trump took office, that
		// number was 240,225), "that number" the removals of ICE's report
		// in the sentence before: FY2016 removals are 240,255 (the Removal
		// Date file; the row's records_value); before, "ambapo",
		// "aliingia uongozini" and "ilikuwa" were left as written
		{"ambapo ... aliingia uongozini ... ilikuwa", "2018-04-01",
			"Ripoti kutoka idara ya uhamiaji ya Marekani inaonyesha kwamba raia 226,119 walikuwa nchini humo bila kufuata kanuni za uhamiaji na walirudishwa katika mataifa yao mwaka 2017. Mwaka 2016 ambapo Rais Trump aliingia uongozini idadi hiyo ilikuwa 240,225 hii ikiwa ni ongezeko la watu 13,106.",
			"240,225", Contradicted, 240255},
		// x-ar-visahq-01: "تم احتجاز 68,417 شخصًا في مراكز الاحتجاز المدني
		// للهجرة" (68,417 people were held in civil immigration detention
		// centers) as of December 14, 2025: no edition holds 68,417 (the
		// row's records_value is 68,442, the edition archived 2025-12-23;
		// the one archived 2025-12-16 gives 65,735), so the verdict is
		// checked, not the edition; before, "الاحتجاز المدني للهجرة" was
		// left as written
		{"مراكز الاحتجاز المدني للهجرة", "2025-12-23",
			"أظهرت بيانات جديدة صادرة عن إدارة الهجرة والجمارك الأمريكية أنه حتى 14 ديسمبر، تم احتجاز 68,417 شخصًا في مراكز الاحتجاز المدني للهجرة، وهو رقم قياسي جديد يتجاوز الأرقام المسجلة في وقت سابق من هذا الشهر.",
			"68,417", Contradicted, 0},
		// ae-ko-kdnyq2-12: "커뮤니티를 대상으로 하는 체포(at-large arrest)가
		// 2015~2016회계연도에 3만348건이었지만" (at-large arrests were 30,348 in
		// FY2016, but ...): "이었지만" (was, but) is an ending of the
		// copula, dropped as a particle is; FY2016 at-large arrests (ICE's
		// grouping) are 30,348 (the row's records_value); before, the
		// ending was left as written and the measure not stated
		{"이었지만: a copula ending", "2019-07-01",
			"워싱턴DC 소재 비영리단체인 '아메리칸이미그레이션카운슬'의 '미 이민규제 패턴 변화' 보고서에 따르면, 지난 2016년 대비 2018년 체포가 44%가 증가했다. 특히, 커뮤니티를 대상으로 하는 체포(at-large arrest)가 2015~2016회계연도에 3만348건이었지만, 2017~2018회계연도에는 4만66건으로 증가했으며, 뉴욕주 버팔로 지역의 경우 123%가 증가하고 뉴욕시는 53% 늘어났다.",
			"3만348건", Supported, 30348},
		// y-vi-sbtn-03: "các nhân viên ICE đã thực hiện 75,045 vụ bắt giữ di
		// dân lậu từ tháng 1 đến tháng 6, 2016" (ICE officers made 75,045
		// arrests of illegal immigrants from January to June 2016): the
		// printed year's ERO arrests, 2016-01-01 .. 06-30, are 54,683 (the
		// row's reason; its records_value, 75,084, reads the year as the
		// slip for 2017 it likely is: either way no reading gives 75,045);
		// before, "đã thực hiện", "vụ", "di dân lậu" and the months were left
		// as written. The figure is the phrase it was read from, and no
		// second figure is asked by value (bynumber.go, claimed)
		{"đã thực hiện ... vụ bắt giữ ... từ tháng 1 đến tháng 6", "2017-08-11",
			"Theo số liệu của Cơ quan Di trú và Quan thuế ICE cung cấp tối 10 tháng 8, các nhân viên ICE đã thực hiện 75,045 vụ bắt giữ di dân lậu từ tháng 1 đến tháng 6, 2016.",
			"đã thực hiện 75,045 vụ bắt giữ", Contradicted, 54683},
		{"a glossed phrase's figure is not asked by value again", "2017-08-11",
			"Theo số liệu của Cơ quan Di trú và Quan thuế ICE cung cấp tối 10 tháng 8, các nhân viên ICE đã thực hiện 75,045 vụ bắt giữ di dân lậu từ tháng 1 đến tháng 6, 2016.",
			"75,045", "", 0},
	})
}

// TestRound23NotEnglishGloss: words and endings of the same rows whose
// figures stay not checkable for other reasons (a period the text does not
// name, "U.S. immigration agents" rather than ICE's officers, a record
// measured on monthly averages): the figure's clause is now read whole, so
// that the reason shown is the real one, not the language.
func TestRound23NotEnglishGloss(t *testing.T) {
	for _, tc := range []struct {
		name, text, figure, gloss string
	}{
		// ae-ko-hikorean-08: "ICE는" (a particle after a Latin name),
		// "체포한" (arrested, before its noun), "14만 3470명이라고" (that it
		// was 143,470), "한해동안", "이민단속에서", "집계했다"
		{"ICE는 ... 체포한 ... 명이라고 집계했다",
			"ICE는 2017회계연도 한해동안 이민단속에서 체포한 이민자들이 14만 3470명이라고 집계했다.",
			"143,470", "ICE in FY2017"},
		// ab-es-24horas-04: "lo que implica ... del año anterior"
		{"implica ... del año anterior",
			"Por su parte, el Servicio de Inmigración y Control de Aduanas (ICE), encargado de deportar a los inmigrantes desde dentro de EE.UU., informó de 143.470 detenciones, lo que implica un incremento del 25% con respecto a los 114.434 arrestos del año anterior.",
			"114,434", "of the previous year"},
		// aj-es-elmasacre-02: "Un reporte del centro de investigación"
		{"reporte del centro de investigación",
			"Un reporte del centro de investigación Pew Research Center encontró que ICE aumentó en 42% sus arrestos en Nueva Jersey en 2018.",
			"42", "research center"},
		// z-it-affari-03: "gli arresti effettuati dagli agenti
		// dell'immigrazione statunitensi sono stati 41.318"
		{"agenti dell'immigrazione statunitensi",
			"Tra il 22 gennaio e il 29 aprile del 2017 gli arresti effettuati dagli agenti dell'immigrazione statunitensi sono stati 41.318, oltre 400 al giorno.",
			"41,318", "U.S. immigration agents were 41,318"},
		// z-it-tgcom-02: "in manette sono finite 41.318 persone"
		{"in manette sono finite",
			"Tra il 22 gennaio e il 29 aprile del 2017 in manette sono finite 41.318 persone, oltre 400 al giorno.",
			"41,318", "were arrested 41,318"},
		// t-fr-ctninfo-02: "un record absolu depuis la création de l'agence"
		{"création",
			"À la date du 1er juin, 51 302 personnes étaient détenues dans des centres de l’Immigration and Customs Enforcement (ICE) — un record absolu depuis la création de l’agence.",
			"record", "creation"},
		// aa-sw-taifaleo-11: "hii ikiwa ni ongezeko la watu 13,106"
		{"ongezeko la watu",
			"Ripoti kutoka idara ya uhamiaji ya Marekani inaonyesha kwamba raia 226,119 walikuwa nchini humo bila kufuata kanuni za uhamiaji na walirudishwa katika mataifa yao mwaka 2017. Mwaka 2016 ambapo Rais Trump aliingia uongozini idadi hiyo ilikuwa 240,225 hii ikiwa ni ongezeko la watu 13,106.",
			"13,106", "an increase of 13,106 people"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			g := glossSpanish(tc.text)
			i := strings.LastIndex(g.text, tc.figure)
			if i < 0 || !strings.Contains(g.text, tc.gloss) {
				t.Fatalf("gloss %q: want %q and %q", g.text, tc.figure, tc.gloss)
			}
			if !g.readable(i, i+len(tc.figure)) {
				t.Errorf("gloss %q: the clause of %q is not read whole", g.text, tc.figure)
			}
		})
	}
}
