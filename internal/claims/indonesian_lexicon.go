package claims

// Indonesian sentences relay ICE's detention and removal figures and TRAC's
// (fresh-2026-12z: z-id-bisnis-*, z-id-goodstats-01). Indonesian is written in
// the Latin script without accents; numbers with a dot between the thousands
// ("51.302"), which the Spanish number reader reads, or with "ribu" (thousand)
// after them. The lexicon is small, phrases the rows needed; the other words
// stay as written. As with Spanish, a figure counts as stated only where the
// gloss reads every word of its clause (spanish.go, readable); elsewhere it
// may be supported, never contradicted.

// indonesianOnly: words of Indonesian the other glossed languages and
// English do not write.
var indonesianOnly = map[string]bool{"yang": true, "dari": true, "dengan": true, "telah": true, "tidak": true,
	"sekitar": true, "sejak": true, "tanpa": true, "untuk": true, "dalam": true, "pada": true, "berdasarkan": true,
	"sepanjang": true, "menurut": true, "orang": true, "lebih": true, "angka": true, "tertinggi": true, "awal": true,
	"ditahan": true, "penjara": true, "ribu": true, "juta": true, "memperkirakan": true, "punya": true, "selain": true,
	"laporan": true, "dipulangkan": true, "menjadikannya": true, "terakhir": true, "fasilitas": true, "imigran": true}

// indonesian: three or more Indonesian words.
func indonesian(s string) bool {
	return hasWords(s, indonesianOnly, 3)
}

var indonesianPhrases = [][2]string{
	// z-id-bisnis-01: "Per awal Juni, sekitar 51.000 migran tanpa dokumen
	// ditahan di penjara ICE—angka tertinggi sejak September 2019." (as of
	// early June, about 51,000 undocumented migrants were held in ICE
	// detention, the highest figure since September 2019)
	{"per awal juni", "as of early June"},
	{"migran tanpa dokumen", "undocumented migrants"},
	{"ditahan di penjara ice", "were held in ICE detention"},
	{"ditahan", "were held in detention"},
	{"angka tertinggi sejak", "the highest number since"},
	// z-id-bisnis-03: "dari 51.302 orang di fasilitas ICE per 1 Juni,
	// sekitar 44% tidak punya rekam kriminal selain pelanggaran imigrasi"
	// (of 51,302 people in ICE detention facilities as of June 1, about
	// 44% had no criminal record other than immigration violations)
	{"memperkirakan", "estimates"},
	{"di fasilitas ice", "in ICE detention facilities"},
	{"tidak punya rekam kriminal selain pelanggaran imigrasi", "had no criminal record other than immigration violations"},
	{"tidak punya rekam kriminal", "had no criminal record"},
	// z-id-goodstats-01: "Berdasarkan laporan ICE, sepanjang 2024, lebih
	// dari 270 ribu imigran telah dipulangkan paksa ke negara asalnya"
	// (according to ICE's report, in 2024, more than 270 thousand
	// immigrants were deported to their home countries)
	{"berdasarkan laporan", "according to a report of"},
	{"berdasarkan", "according to"},
	{"sepanjang", "in"},
	{"lebih dari", "more than"},
	{"telah dipulangkan paksa", "were deported"},
	{"dipulangkan paksa", "deported"},
	{"ke negara asalnya", "to their home countries"},
	{"menjadikannya angka deportasi tertinggi", "making it the highest deportation figure"},
	{"dalam satu dekade terakhir", "in the last decade"},
	// ak-id-medcom-03: "Menurut catatan ICE, hanya 74 warga Kamboja yang
	// dideportasi pada tahun 2016 dan 29 warga Kamboja yang dideportasi
	// pada 2017" (according to ICE's records, only 74 Cambodian citizens
	// were deported in 2016 and 29 in 2017): "warga X", citizens of X
	// (indonesianCountries); "pada tahun 2016", in (the year) 2016
	{"menurut catatan", "according to records of"},
	{"menurut data", "according to data of"},
	{"menurut", "according to"},
	{"yang dideportasi", "who were deported"},
	{"telah dideportasi", "were deported"},
	{"dideportasi", "deported"},
	{"mendeportasi", "deported"},
	{"pada tahun", "in"},
}

// indonesianCountries: the countries of ICE's removal and arrest tables as
// Indonesian names them; "warga X" (citizens of X) is glossed "citizens of"
// and the English name
var indonesianCountries = map[string]string{
	"meksiko": "Mexico", "guatemala": "Guatemala", "honduras": "Honduras", "el salvador": "El Salvador",
	"kamboja": "Cambodia", "vietnam": "Vietnam", "tiongkok": "China", "cina": "China", "india": "India",
	"filipina": "Philippines", "indonesia": "Indonesia", "haiti": "Haiti", "kolombia": "Colombia",
	"ekuador": "Ecuador", "brasil": "Brazil", "republik dominika": "Dominican Republic", "jamaika": "Jamaica",
	"nikaragua": "Nicaragua", "kuba": "Cuba", "somalia": "Somalia", "laos": "Laos", "bangladesh": "Bangladesh",
	"pakistan": "Pakistan", "nigeria": "Nigeria", "ghana": "Ghana", "venezuela": "Venezuela", "peru": "Peru",
}

var indonesianWordsEn = map[string]string{
	"sekitar": "about", "dari": "of", "orang": "people", "ribu": "thousand", "juta": "million", "imigran": "immigrants",
	"migran": "migrants", "dan": "and", "di": "in", "sejak": "since", "januari": "January", "februari": "February",
	"maret": "March", "mei": "May", "juni": "June", "juli": "July", "agustus": "August", "oktober": "October",
	"desember": "December", "tahun": "year", "hanya": "only", "pada": "in", "catatan": "records", "warga": "citizens",
}

var idLexicon = func() map[string][]esPhrase {
	phrases := append([][2]string(nil), indonesianPhrases...)
	for id, en := range indonesianCountries {
		phrases = append(phrases, [2]string{"warga " + id, "citizens of " + en})
	}
	// "per 1 Juni": as of June 1
	for m, name := range []string{"januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus", "september",
		"oktober", "november", "desember"} {
		phrases = append(phrases, [2]string{"per # " + name, "as of " + cjkMonths[m+1] + " $1"})
	}
	return buildLexicon(phrases, indonesianWordsEn, nil)
}()
