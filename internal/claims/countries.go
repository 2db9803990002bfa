package claims

import "strings"

// countryNames lists every citizenship value of the nationwide FOIA
// releases (the 208 distinct values of country in the arrests and removals
// of ../shared/data/uwchr-2019-ICFO-53623, read with `icestat sql "SELECT
// country, count(*) FROM ..."`) with the names and demonyms a writer uses
// for it. A sentence naming a country is read as that citizenship, so a
// country the list lacks turned "47 Irish people were removed" into a claim
// about all removals. Left out on purpose, because the word usually means
// something else in American news: Georgia (the state), Jordan and Chad (given
// names), bare Congo and Congolese (two countries), English, French,
// Spanish and Polish alone (languages, a verb; "French nationals" and
// "Frenchmen" are read), Holland (Michigan), Lao. Values the releases hold
// that nobody names as a citizenship today (UNKNOWN, USSR, YUGOSLAVIA,
// CZECHOSLOVAKIA, SERBIA AND MONTENEGRO) keep only their own spelling.
var countryNames = []struct {
	value     string
	names     []string // the country's names, as written
	demonyms  []string // adjectives for its people; plurals added by demonymPlural
	irregular []string // plurals demonymPlural does not make: "Danes", "Poles"
}{
	{"MEXICO", []string{"mexico"}, []string{"mexican"}, nil},
	{"GUATEMALA", []string{"guatemala"}, []string{"guatemalan"}, nil},
	{"HONDURAS", []string{"honduras"}, []string{"honduran"}, nil},
	{"EL SALVADOR", []string{"el salvador"}, []string{"salvadoran", "salvadorian", "salvadorean"}, nil},
	{"DOMINICAN REPUBLIC", []string{"dominican republic"}, []string{"dominican"}, nil},
	{"HAITI", []string{"haiti"}, []string{"haitian"}, nil},
	{"ECUADOR", []string{"ecuador"}, []string{"ecuadorian", "ecuadoran", "ecuadorean"}, nil},
	{"BRAZIL", []string{"brazil"}, []string{"brazilian"}, nil},
	{"CUBA", []string{"cuba"}, []string{"cuban"}, nil},
	{"COLOMBIA", []string{"colombia"}, []string{"colombian"}, nil},
	{"NICARAGUA", []string{"nicaragua"}, []string{"nicaraguan"}, nil},
	{"JAMAICA", []string{"jamaica"}, []string{"jamaican"}, nil},
	{"CHINA, PEOPLES REPUBLIC OF", []string{"china", "people's republic of china", "peoples republic of china", "mainland china", "prc"}, []string{"chinese"}, nil},
	{"INDIA", []string{"india"}, []string{"indian"}, nil},
	{"PERU", []string{"peru"}, []string{"peruvian"}, nil},
	{"NIGERIA", []string{"nigeria"}, []string{"nigerian"}, nil},
	{"CANADA", []string{"canada"}, []string{"canadian"}, nil},
	{"ROMANIA", []string{"romania"}, []string{"romanian"}, nil},
	{"VIETNAM", []string{"vietnam", "viet nam"}, []string{"vietnamese"}, nil},
	{"VENEZUELA", []string{"venezuela"}, []string{"venezuelan"}, nil},
	{"SOMALIA", []string{"somalia"}, []string{"somali"}, nil},
	{"PHILIPPINES", []string{"philippines", "the philippines"}, []string{"filipino", "filipina"}, nil},
	{"UNITED KINGDOM", []string{"united kingdom", "great britain", "britain", "u.k", "uk", "england", "scotland", "wales", "northern ireland"}, []string{"british", "briton"}, []string{"brits", "englishmen"}},
	{"GHANA", []string{"ghana"}, []string{"ghanaian"}, nil},
	{"PAKISTAN", []string{"pakistan"}, []string{"pakistani"}, nil},
	{"COSTA RICA", []string{"costa rica"}, []string{"costa rican"}, nil},
	{"SPAIN", []string{"spain"}, []string{"spaniard"}, nil},
	{"RUSSIA", []string{"russia", "russian federation"}, []string{"russian"}, nil},
	{"TRINIDAD AND TOBAGO", []string{"trinidad and tobago", "trinidad & tobago", "trinidad", "t&t"}, []string{"trinidadian", "trinbagonian"}, nil},
	{"BANGLADESH", []string{"bangladesh"}, []string{"bangladeshi"}, nil},
	{"UKRAINE", []string{"ukraine"}, []string{"ukrainian"}, nil},
	{"CHILE", []string{"chile"}, []string{"chilean"}, nil},
	{"IRAQ", []string{"iraq"}, []string{"iraqi"}, nil},
	{"LIBERIA", []string{"liberia"}, []string{"liberian"}, nil},
	{"KENYA", []string{"kenya"}, []string{"kenyan"}, nil},
	{"GUYANA", []string{"guyana"}, []string{"guyanese"}, nil},
	{"CAMBODIA", []string{"cambodia"}, []string{"cambodian"}, nil},
	{"POLAND", []string{"poland"}, nil, []string{"poles"}},
	{"SOUTH KOREA", []string{"south korea", "republic of korea"}, []string{"south korean"}, nil},
	{"JORDAN", nil, []string{"jordanian"}, nil},
	{"MICRONESIA, FEDERATED STATES OF", []string{"micronesia", "federated states of micronesia", "fsm"}, []string{"micronesian"}, nil},
	{"SAUDI ARABIA", []string{"saudi arabia"}, []string{"saudi", "saudi arabian"}, nil},
	{"ARGENTINA", []string{"argentina"}, []string{"argentine", "argentinian", "argentinean"}, nil},
	{"LAOS", []string{"laos"}, []string{"laotian"}, nil},
	{"BAHAMAS", []string{"bahamas", "the bahamas"}, []string{"bahamian"}, nil},
	{"BELIZE", []string{"belize"}, []string{"belizean"}, nil},
	{"ITALY", []string{"italy"}, []string{"italian"}, nil},
	{"GUINEA", []string{"guinea", "guinea-conakry"}, []string{"guinean"}, nil},
	{"ISRAEL", []string{"israel"}, []string{"israeli"}, nil},
	{"GAMBIA", []string{"gambia", "the gambia"}, []string{"gambian"}, nil},
	{"SENEGAL", []string{"senegal"}, []string{"senegalese"}, nil},
	{"BOLIVIA", []string{"bolivia"}, []string{"bolivian"}, nil},
	{"TURKEY", []string{"turkey", "türkiye", "turkiye"}, []string{"turkish"}, []string{"turks"}},
	{"GERMANY", []string{"germany"}, []string{"german"}, nil},
	{"PORTUGAL", []string{"portugal"}, []string{"portuguese"}, nil},
	{"INDONESIA", []string{"indonesia"}, []string{"indonesian"}, nil},
	{"SIERRA LEONE", []string{"sierra leone"}, []string{"sierra leonean"}, nil},
	{"EGYPT", []string{"egypt"}, []string{"egyptian"}, nil},
	{"HUNGARY", []string{"hungary"}, []string{"hungarian"}, nil},
	{"IRAN", []string{"iran"}, []string{"iranian"}, nil},
	{"PANAMA", []string{"panama"}, []string{"panamanian"}, nil},
	{"BOSNIA-HERZEGOVINA", []string{"bosnia-herzegovina", "bosnia and herzegovina", "bosnia"}, []string{"bosnian"}, nil},
	{"THAILAND", []string{"thailand"}, []string{"thai"}, nil},
	{"SUDAN", []string{"sudan"}, []string{"sudanese"}, nil},
	{"FRANCE", []string{"france", "french nationals", "french citizens", "french people", "french immigrants"}, nil, []string{"frenchmen", "frenchwomen"}},
	{"CAMEROON", []string{"cameroon"}, []string{"cameroonian"}, nil},
	{"ALBANIA", []string{"albania"}, []string{"albanian"}, nil},
	{"ETHIOPIA", []string{"ethiopia"}, []string{"ethiopian"}, nil},
	{"ARMENIA", []string{"armenia"}, []string{"armenian"}, nil},
	{"MOROCCO", []string{"morocco"}, []string{"moroccan"}, nil},
	{"NEPAL", []string{"nepal"}, []string{"nepali", "nepalese"}, nil},
	{"DEM REP OF THE CONGO", []string{"democratic republic of the congo", "democratic republic of congo", "dr congo", "d.r. congo", "drc"}, nil, nil},
	{"CAPE VERDE", []string{"cape verde", "cabo verde"}, []string{"cape verdean"}, nil},
	{"IVORY COAST", []string{"ivory coast", "côte d'ivoire", "cote d'ivoire", "côte d’ivoire", "cote d’ivoire"}, []string{"ivorian"}, nil},
	{"LEBANON", []string{"lebanon"}, []string{"lebanese"}, nil},
	{"URUGUAY", []string{"uruguay"}, []string{"uruguayan"}, nil},
	{"BURMA", []string{"burma", "myanmar"}, []string{"burmese"}, nil},
	{"MALI", []string{"mali"}, []string{"malian"}, nil},
	{"AFGHANISTAN", []string{"afghanistan"}, []string{"afghan"}, nil},
	{"ERITREA", []string{"eritrea"}, []string{"eritrean"}, nil},
	{"MAURITANIA", []string{"mauritania"}, []string{"mauritanian"}, nil},
	{"MOLDOVA", []string{"moldova"}, []string{"moldovan"}, nil},
	{"SOUTH SUDAN", []string{"south sudan"}, []string{"south sudanese"}, nil},
	{"MARSHALL ISLANDS", []string{"marshall islands"}, []string{"marshallese", "marshall islander"}, nil},
	{"SOUTH AFRICA", []string{"south africa"}, []string{"south african"}, nil},
	{"IRELAND", []string{"ireland", "republic of ireland"}, []string{"irish"}, nil},
	{"CZECH REPUBLIC", []string{"czech republic", "czechia"}, []string{"czech"}, []string{"czechs"}},
	{"UZBEKISTAN", []string{"uzbekistan"}, []string{"uzbek"}, nil},
	{"SRI LANKA", []string{"sri lanka"}, []string{"sri lankan"}, nil},
	{"LITHUANIA", []string{"lithuania"}, []string{"lithuanian"}, nil},
	{"NETHERLANDS", []string{"netherlands"}, []string{"dutch"}, nil},
	{"TAIWAN", []string{"taiwan"}, []string{"taiwanese"}, nil},
	{"AUSTRALIA", []string{"australia"}, []string{"australian"}, nil},
	{"YEMEN", []string{"yemen"}, []string{"yemeni"}, nil},
	{"KAZAKHSTAN", []string{"kazakhstan"}, []string{"kazakh"}, nil},
	{"MONGOLIA", []string{"mongolia"}, []string{"mongolian"}, nil},
	{"SAMOA", []string{"samoa"}, []string{"samoan"}, nil},
	{"ST. LUCIA", []string{"st. lucia", "st lucia", "saint lucia"}, []string{"st. lucian", "saint lucian"}, nil},
	{"TONGA", []string{"tonga"}, []string{"tongan"}, nil},
	{"TANZANIA", []string{"tanzania"}, []string{"tanzanian"}, nil},
	{"BULGARIA", []string{"bulgaria"}, []string{"bulgarian"}, nil},
	{"FIJI", []string{"fiji"}, []string{"fijian"}, nil},
	{"GREECE", []string{"greece"}, []string{"greek"}, nil},
	{"SERBIA", []string{"serbia"}, []string{"serbian"}, []string{"serbs"}},
	{"BARBADOS", []string{"barbados"}, []string{"barbadian", "bajan"}, nil},
	{"BURKINA FASO", []string{"burkina faso"}, []string{"burkinabe"}, nil},
	{"ZIMBABWE", []string{"zimbabwe"}, []string{"zimbabwean"}, nil},
	{"SLOVAKIA", []string{"slovakia"}, []string{"slovak"}, nil},
	{"ALGERIA", []string{"algeria"}, []string{"algerian"}, nil},
	{"NEW ZEALAND", []string{"new zealand"}, nil, []string{"new zealanders"}},
	{"ANGOLA", []string{"angola"}, []string{"angolan"}, nil},
	{"JAPAN", []string{"japan"}, []string{"japanese"}, nil},
	{"CONGO", []string{"republic of the congo", "republic of congo", "congo-brazzaville"}, nil, nil},
	{"ANTIGUA-BARBUDA", []string{"antigua and barbuda", "antigua-barbuda", "antigua & barbuda", "antigua"}, []string{"antiguan"}, nil},
	{"DOMINICA", []string{"dominica"}, nil, nil},
	{"SYRIA", []string{"syria"}, []string{"syrian"}, nil},
	{"UGANDA", []string{"uganda"}, []string{"ugandan"}, nil},
	{"BELARUS", []string{"belarus"}, []string{"belarusian"}, nil},
	{"KYRGYZSTAN", []string{"kyrgyzstan"}, []string{"kyrgyz"}, nil},
	{"TOGO", []string{"togo"}, []string{"togolese"}, nil},
	{"SWEDEN", []string{"sweden"}, []string{"swedish"}, []string{"swedes"}},
	{"USSR", []string{"ussr", "soviet union"}, nil, nil},
	{"ST. VINCENT-GRENADINES", []string{"st. vincent and the grenadines", "st vincent and the grenadines", "saint vincent and the grenadines", "st. vincent", "st vincent", "saint vincent"}, []string{"vincentian"}, nil},
	{"AZERBAIJAN", []string{"azerbaijan"}, []string{"azerbaijani"}, nil},
	{"PALAU", []string{"palau"}, []string{"palauan"}, nil},
	{"LATVIA", []string{"latvia"}, []string{"latvian"}, nil},
	{"KUWAIT", []string{"kuwait"}, []string{"kuwaiti"}, nil},
	{"TUNISIA", []string{"tunisia"}, []string{"tunisian"}, nil},
	{"ZAMBIA", []string{"zambia"}, []string{"zambian"}, nil},
	{"GRENADA", []string{"grenada"}, []string{"grenadian"}, nil},
	{"KOSOVO", []string{"kosovo"}, []string{"kosovar"}, nil},
	{"NIGER", []string{"niger"}, []string{"nigerien"}, nil},
	{"ST. KITTS-NEVIS", []string{"st. kitts and nevis", "st kitts and nevis", "saint kitts and nevis", "st. kitts-nevis", "st kitts-nevis", "st. kitts", "st kitts", "saint kitts"}, []string{"kittitian"}, nil},
	{"RWANDA", []string{"rwanda"}, []string{"rwandan"}, nil},
	{"MALAYSIA", []string{"malaysia"}, []string{"malaysian"}, nil},
	{"BHUTAN", []string{"bhutan"}, []string{"bhutanese"}, nil},
	{"ESTONIA", []string{"estonia"}, []string{"estonian"}, nil},
	{"BURUNDI", []string{"burundi"}, []string{"burundian"}, nil},
	{"MONTENEGRO", []string{"montenegro"}, []string{"montenegrin"}, nil},
	{"MACEDONIA", []string{"macedonia"}, []string{"macedonian"}, nil},
	{"SURINAME", []string{"suriname", "surinam"}, []string{"surinamese"}, nil},
	{"CROATIA", []string{"croatia"}, []string{"croatian"}, []string{"croats"}},
	{"YUGOSLAVIA", []string{"yugoslavia"}, nil, nil},
	{"BENIN", []string{"benin"}, []string{"beninese"}, nil},
	{"HONG KONG", []string{"hong kong"}, nil, nil},
	{"BELGIUM", []string{"belgium"}, []string{"belgian"}, nil},
	{"LIBYA", []string{"libya"}, []string{"libyan"}, nil},
	{"TAJIKISTAN", []string{"tajikistan"}, []string{"tajik"}, nil},
	{"PARAGUAY", []string{"paraguay"}, []string{"paraguayan"}, nil},
	{"CHAD", nil, []string{"chadian"}, nil},
	{"AUSTRIA", []string{"austria"}, []string{"austrian"}, nil},
	{"GABON", []string{"gabon"}, []string{"gabonese"}, nil},
	{"NORWAY", []string{"norway"}, []string{"norwegian"}, nil},
	{"SWITZERLAND", []string{"switzerland"}, []string{"swiss"}, nil},
	{"CENTRAL AFRICAN REPUBLIC", []string{"central african republic"}, nil, nil},
	{"TURKS AND CAICOS ISLANDS", []string{"turks and caicos islands", "turks and caicos"}, nil, nil},
	{"SINGAPORE", []string{"singapore"}, []string{"singaporean"}, nil},
	{"MALAWI", []string{"malawi"}, []string{"malawian"}, nil},
	{"EQUATORIAL GUINEA", []string{"equatorial guinea"}, []string{"equatorial guinean"}, nil},
	{"CZECHOSLOVAKIA", []string{"czechoslovakia"}, nil, nil},
	{"GUINEA-BISSAU", []string{"guinea-bissau", "guinea bissau"}, nil, nil},
	{"NETHERLANDS ANTILLES", []string{"netherlands antilles", "netherland antilles"}, nil, nil},
	{"DENMARK", []string{"denmark"}, []string{"danish"}, []string{"danes"}},
	{"NORTH MACEDONIA", []string{"north macedonia"}, nil, nil},
	{"TURKMENISTAN", []string{"turkmenistan"}, nil, nil},
	{"BRITISH VIRGIN ISLANDS", []string{"british virgin islands"}, nil, nil},
	{"UNITED ARAB EMIRATES", []string{"united arab emirates", "u.a.e", "uae"}, []string{"emirati"}, nil},
	{"GUADELOUPE", []string{"guadeloupe"}, nil, nil},
	{"BERMUDA", []string{"bermuda"}, []string{"bermudian"}, nil},
	{"QATAR", []string{"qatar"}, []string{"qatari"}, nil},
	{"FINLAND", []string{"finland"}, []string{"finnish"}, []string{"finns"}},
	{"BOTSWANA", []string{"botswana"}, nil, nil},
	{"CAYMAN ISLANDS", []string{"cayman islands"}, []string{"caymanian"}, nil},
	{"MOZAMBIQUE", []string{"mozambique"}, []string{"mozambican"}, nil},
	{"DJIBOUTI", []string{"djibouti"}, []string{"djiboutian"}, nil},
	{"MAURITIUS", []string{"mauritius"}, []string{"mauritian"}, nil},
	{"PAPUA NEW GUINEA", []string{"papua new guinea"}, []string{"papua new guinean"}, nil},
	{"NAMIBIA", []string{"namibia"}, []string{"namibian"}, nil},
	{"SERBIA AND MONTENEGRO", []string{"serbia and montenegro"}, nil, nil},
	{"ARUBA", []string{"aruba"}, []string{"aruban"}, nil},
	{"MACAU", []string{"macau", "macao"}, nil, nil},
	{"OMAN", []string{"oman"}, []string{"omani"}, nil},
	{"SLOVENIA", []string{"slovenia"}, []string{"slovenian"}, nil},
	{"CYPRUS", []string{"cyprus"}, []string{"cypriot"}, nil},
	{"ANGUILLA", []string{"anguilla"}, nil, nil},
	{"SEYCHELLES", []string{"seychelles"}, nil, nil},
	{"MONTSERRAT", []string{"montserrat"}, nil, nil},
	{"BAHRAIN", []string{"bahrain"}, []string{"bahraini"}, nil},
	{"MADAGASCAR", []string{"madagascar"}, nil, nil},
	{"ICELAND", []string{"iceland"}, []string{"icelandic"}, nil},
	{"SWAZILAND", []string{"swaziland"}, nil, nil},
	{"LESOTHO", []string{"lesotho"}, nil, nil},
	{"FRENCH GUIANA", []string{"french guiana"}, nil, nil},
	{"FRENCH POLYNESIA", []string{"french polynesia"}, nil, nil},
	{"ANDORRA", []string{"andorra"}, nil, nil},
	{"SAN MARINO", []string{"san marino"}, nil, nil},
	{"MALDIVES", []string{"maldives"}, nil, nil},
	{"NAURU", []string{"nauru"}, nil, nil},
	{"COMOROS", []string{"comoros"}, nil, nil},
	{"NORTH KOREA", []string{"north korea"}, []string{"north korean"}, nil},
	{"LUXEMBOURG", []string{"luxembourg"}, nil, nil},
	{"MONACO", []string{"monaco"}, nil, nil},
	{"BRUNEI", []string{"brunei"}, nil, nil},
	{"KIRIBATI", []string{"kiribati"}, nil, nil},
	{"ESWATINI", []string{"eswatini"}, nil, nil},
}

// demonymPlural makes the plural a writer uses for a demonym: "Mexicans",
// "Somalis", "Filipinos"; none for the ones used as they are ("the Irish",
// "Guyanese", "Swiss").
func demonymPlural(d string) string {
	for _, suffix := range []string{"ese", "sh", "ch", "ss"} {
		if strings.HasSuffix(d, suffix) {
			return ""
		}
	}
	return d + "s"
}

// countries maps every name and demonym (lower case) to the citizenship
// value of the releases.
var countries = func() map[string]string {
	m := map[string]string{}
	for _, c := range countryNames {
		for _, n := range c.names {
			m[n] = c.value
		}
		for _, d := range c.demonyms {
			m[d] = c.value
			if p := demonymPlural(d); p != "" {
				m[p] = c.value
			}
		}
		for _, p := range c.irregular {
			m[p] = c.value
		}
	}
	return m
}()

// countryMeasures are the measures whose records carry a citizenship: a
// country named elsewhere in the text is a reading of their figures.
var countryMeasures = map[string]bool{"arrests": true, "removals": true, "encounters": true}

// englishCountry is the first English name of a citizenship value, as a
// question of the reader writes it ("citizens of Haiti").
func englishCountry(value string) string {
	name := strings.ToLower(value)
	for _, c := range countryNames {
		if c.value == value && len(c.names) > 0 {
			name = c.names[0]
			break
		}
	}
	words := strings.Fields(name)
	for i, w := range words {
		if w != "and" && w != "of" && w != "the" {
			words[i] = strings.ToUpper(w[:1]) + w[1:]
		}
	}
	return strings.Join(words, " ")
}
