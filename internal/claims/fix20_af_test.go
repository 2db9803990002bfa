package claims

import "testing"

// TestRound20Af: readings added from rows of fresh-2026-12af, a tuning set
// (Spanish, Portuguese, German and French sentences on ICE's removals and
// detention statistics). Expected values are the rows' records_value,
// computed by testdata/claims/expected.py from the workbooks and the FOIA
// rows (no icestat).
func TestRound20Af(t *testing.T) {
	checkReadingCases(t, corpusEngine(t), []readingCase{
		// af-es-diariodecuba-06: "no menos de N" is "no fewer than N" (at
		// least N), not "fewer than N"; a projection for the end of 2019, not
		// checkable (the row has no records_value)
		{"es: no menos de", "2019-09-05",
			"Mientras que en 2016, último año de la Administración de Barack Obama, se registraron apenas 64 cubanos deportados, en 2018 la cifra se elevó hasta 463, y en el primer semestre de 2019 la cifra rebasó los 380.\nPara fines del presente año, podrían haber sido deportados no menos de 560 cubanos, según cifras conservadoras.",
			"no menos de 560", NotCheckable, 0},
		// af-es-periodicocubano-02: "casi se triplican" (nearly tripled):
		// FOIA removals of citizens of CUBA, FY2018 463 rows / FY2017 160
		// rows = 2.8937
		{"es: se triplican", "2018-12-18",
			"Durante el año 2018 ha existido un fuerte incremento en las deportaciones bajo el gobierno de Donald Trump\nEl Departamento de Inmigración y Control de Aduanas (ICE) en EEUU ha emitido un informe para cerrar los datos del año 2018 donde se refleja un fuerte aumento de las deportaciones de cubanos que en comparación con el pasado año casi se triplican.",
			"casi se triplican", Supported, 0},
		// af-es-dlasamericas-05: "del año fiscal anterior" (of the previous
		// fiscal year): FY2024 removals, 'Detention FY24'!P29 of the edition
		// archived 2024-10-01 = 271,484
		{"es: del año fiscal anterior", "2025-08-30",
			"En conjunto, el año fiscal 2025 —que concluye el 30 de septiembre— acumula alrededor de 271,000 expulsiones.\nLa cifra está a punto de igualar las 271,484 deportaciones del año fiscal anterior, el nivel más alto desde 2014, cuando, bajo la administración de Barack Obama, se reportaron 315,943.",
			"271,484", Supported, 271484},
		// af-pt-acheiusa-01: "pessoas mantidas em detenção" (people held in
		// detention), "não tinham condenação criminal" (had no criminal
		// conviction): (F22 + F23) / F20 of 'Detention FY26', edition as of
		// 2025-12-22 = 73.594 %
		{"pt: não tinham condenação criminal", "2026-01-15",
			"No final de 2025, 73% das pessoas mantidas em detenção pelo ICE nos Estados Unidos não tinham condenação criminal, segundo dados da Universidade de Syracuse.",
			"73%", Supported, 0},
		// af-fr-voaafrique-03: "a diminué d'environ 6% au cours de l'année
		// fiscale 2017" (fell by about 6% in FY2017): FOIA removals by
		// removal date, FY2017 226,119 against FY2016 240,255 = -5.8837 %
		{"fr: a diminué d'environ", "2017-12-05",
			"Mais le nombre de personnes expulsées des États-Unis a diminué d'environ 6% au cours de l'année fiscale 2017 du gouvernement, car en parallèle, le nombre de passages clandestins illégaux a baissé.",
			"a diminué d'environ 6%", Supported, 0},
		// af-de-optionnews-02: "haben sich gegenüber N im gleichen Zeitraum
		// des Vorjahres fast verdoppelt" (nearly doubled compared with N in
		// the same period of the previous year): FY2024 removals 271,484
		// ('Detention FY24'!P29) over FY2023's 142,580 ('Detention
		// FY23'!P29) = 1.9041
		{"de: gegenüber ... fast verdoppelt", "2024-12-20",
			"Laut einem am Donnerstag veröffentlichten Regierungsbericht haben die Vereinigten Staaten in den letzten zwölf Monaten mehr als 270.000 Einwanderer abgeschoben, die höchste jährliche Zahl seit einem Jahrzehnt.\nDie Abschiebungen haben sich gegenüber 142.580 im gleichen Zeitraum des Vorjahres fast verdoppelt und waren Teil eines umfassenderen Vorstoßes von Joe Biden, die illegale Einwanderung zu reduzieren.",
			"fast verdoppelt", Supported, 0},
		// af-es-confidencial-05: TRAC described as "proyecto ... que analiza
		// los datos de detenciones migratorias" does not make the share one of
		// detentions: the detained with no conviction, (F22 + F23) / F20 of
		// 'Detention FY25', edition as of 2025-08-01 = 40,461 / 56,945 =
		// 71.0528 %
		{"es: que analiza los datos de detenciones migratorias", "2025-08-09",
			"Esta y otras asociaciones han documentado migrantes en sitios no reportados en los informes de ICE, por lo que la Prison Policy Initiative registró un promedio de 10 547 retenidos en 80 cárceles locales entre mayo y junio, mientras que The Marshall Project identificó 6600 detenidos en 150 cárceles locales.\nLos extranjeros están detenidos por razones migratorias en estas prisiones, pues siete de cada diez no tienen sentencias criminales, el 71.1%, indica TRAC, proyecto de la Universidad de Syracuse en Nueva York que analiza los datos de detenciones migratorias.",
			"71.1%", Supported, 0},
		// af-de-augsburger-01: a German sentence with few function words
		// ("Die USA haben im vergangenen Jahr ... abgeschoben") is glossed;
		// FY2024 removals, 'Detention FY24'!P29 of the edition archived
		// 2024-10-01 = 271,484
		{"de: im vergangenen Jahr abgeschoben", "2024-12-20",
			"Die USA haben im vergangenen Jahr 271.484 Einwanderer in fast 200 Länder abgeschoben.",
			"271.484", Supported, 271484},
	})
}
