package claims

import "testing"

// TestRound20Ag: readings the round added from rows of fresh-2026-12ag, a
// tuning set (Russian, Polish, Arabic, Bengali, Hindi, Azerbaijani,
// Armenian, Malayalam, Urdu, Greek and Dutch sentences on ICE's FY2024
// removals and its detention counts of 2025-2026). Expected values are the
// rows' records_value, computed by testdata/claims/expected.py from ICE's
// detention-statistics workbooks (no icestat).
func TestRound20Ag(t *testing.T) {
	fuyuzatHead := "ABŞ 2024-cü maliyyə ilində 270 min miqrantı ölkədən çıxarıb"
	fuyuzatBody := "ABŞ İmmiqrasiya və Gömrük Mühafizəsi (ICE) sentyabrın 30-da başa çatan maliyyə ilində 270 mindən çox miqrantı deportasiya edib."
	checkReadingCases(t, corpusEngine(t), []readingCase{
		// ag-az-fuyuzat-01 (Azerbaijani): "2024-cü maliyyə ilində" (in
		// fiscal year 2024), "270 min" (270 thousand), "ölkədən çıxarıb"
		// (removed from the country): ICE Removals FY2024, 'Detention
		// FY24'!P29 of the edition 2024-10-01 = 271,484
		{"az: a headline's fiscal year", "2024-12-20", fuyuzatHead, "270 min", Supported, 271484},
		// ag-az-fuyuzat-02: "sentyabrın 30-da başa çatan maliyyə ilində"
		// (in the fiscal year that ended September 30), "270 mindən çox"
		// (more than 270 thousand), "deportasiya edib" (deported): P29 of
		// the edition 2024-10-01 = 271,484
		{"az: more than, deported", "2024-12-20", fuyuzatHead + "\n" + fuyuzatBody, "270 mindən çox", Supported, 271484},
		// ag-az-ucnoqta-01: "2025-ci ilin fevral ayında" (in February 2025),
		// "deportasiya edilən 12 000 nəfərlə müqayisədə" (compared with
		// 12,000 deported): monthly removals, which no edition gives (the
		// row's figure has no records_value); not the convicted detained
		{"az: monthly removals are not the detained", "2025-03-07",
			"ABŞ İmmiqrasiya və Gömrük Mühafizəsi (ICE) bu ilin fevral ayında Co Baydenin prezident olduğu bir il əvvəl eyni ayda olduğundan daha az miqrantı deportasiya edib.\n2025-ci ilin fevral ayında keçən ilin eyni dövründə deportasiya edilən 12 000 nəfərlə müqayisədə ABŞ-dan təxminən 11 000 miqrant deportasiya edilib.",
			"12 000", NotCheckable, 0},
		// ag-bn-priyo-02 (Bengali): "গত অর্থবছরে" (in the last fiscal
		// year), "২ লাখ ৭০ হাজার" (2 lakh 70 thousand), "বিতাড়িত করেছে"
		// (deported): P29 of the edition 2024-10-01 = 271,484
		{"bn: lakhs and thousands", "2024-12-20",
			"গত অর্থবছরে যুক্তরাষ্ট্রের অভিবাসন কর্তৃপক্ষ ২ লাখ ৭০ হাজার অভিবাসনপ্রত্যাশীকে বিতাড়িত করেছে।",
			"২ লাখ ৭০ হাজার", Supported, 271484},
		// ag-hi-newsbytes-02 (Hindi): "वित्त वर्ष 2024 में" (in fiscal year
		// 2024), "2.70 लाख" (2.70 lakh, 270,000), "देश से निकाल दिया है"
		// (have removed from the country): P29 of the edition 2024-10-01 =
		// 271,484
		{"hi: a decimal lakh", "2024-12-20",
			"अमेरिका के नवनिर्वाचित राष्ट्रपति डोनाल्ड ट्रंप अप्रवासियों के प्रति सख्त रुख अपनाने का ऐलान कर चुके हैं, लेकिन वर्तमान राष्ट्रपति जो बाइडन भी पीछे नहीं है। वित्त वर्ष 2024 में अमेरिका ने भारत सहित 192 देशों के 2.70 लाख अवैध अप्रवासियों को देश से निकाल दिया है।",
			"2.70 लाख", Supported, 271484},
		// ag-ur-dunya-02 (Urdu): "امریکی امیگریشن حکام" (U.S. immigration
		// authorities), "2لاکھ 70ہزار" (2 lakh 70 thousand), "ملک بدر کئے
		// گئے" (were deported): P29 of the edition 2024-10-01 = 271,484
		{"ur: lakhs written against the number", "2024-12-21",
			"لاس اینجلس(اے ایف پی)امریکی امیگریشن حکام کے اعداد و شمار کے مطابق امریکا سے 1 سال میں 2لاکھ 70ہزار تارکین ملک بدر کئے گئے ۔۔۔",
			"2لاکھ 70ہزار", Supported, 271484},
		// ag-ru-canews-02 (Russian): "за последний финансовый год" (in the
		// last fiscal year), "депортировала 270 000 мигрантов": P29 of the
		// edition 2024-10-01 = 271,484
		{"ru: the last fiscal year", "2024-12-22",
			"США депортировали за год 572 гражданина Узбекистана\nТаможенная служба США за последний финансовый год депортировала 270 000 мигрантов, следует из данных отчета ведомства.",
			"270 000", Supported, 271484},
		// ag-pl-fakt-02 (Polish): "w aresztach ... ICE, przebywało ok. 39
		// tys. osób" (about 39 thousand people were held in ICE's jails)
		// "w styczniu bieżącego roku" (in January this year): currently
		// detained, the first January 2025 edition (2025-01-04, as of
		// 2025-01-03), 'Detention FY25'!F20 = 39,152
		{"pl: held in January", "2025-12-10",
			"Jak wylicza amerykański think tank, Migration Policy Institute (MPI), kiedy Trump rozpoczynał prezydenturę w styczniu bieżącego roku, w aresztach Urzędu ds. Imigracji i Egzekwowania Ceł, znanego jako ICE, przebywało ok. 39 tys. osób.",
			"ok.", Supported, 39152},
		// ag-nl-stvs-01 (Dutch): "zitten er bijna 70.000 mensen in
		// detentiecentra van ICE" (there are nearly 70,000 people in ICE's
		// detention centers): currently detained, the edition 2026-02-13
		// (as of 2026-02-12), F20 = 68,289
		{"nl: people in detention centers", "2026-02-14",
			"De Amerikaanse immigratiedienst ICE heeft de afgelopen maanden duizenden immigranten illegaal vastgezet.\nVolgens persbureau Reuters zitten er bijna 70.000 mensen in detentiecentra van ICE, een stijging van ongeveer 75 procent ten opzichte een jaar geleden, toen president Trump aantrad.",
			"bijna 70.000", Supported, 68289},
		// ag-ru-moscow24-01 (Russian): "США выслали за 2024 финансовый год
		// 271 тыс. мигрантов" (the U.S. deported 271 thousand migrants in
		// fiscal year 2024): P29 of the edition 2024-10-01 = 271,484
		{"ru: a fiscal year by its number", "2024-12-20", "США выслали за 2024 финансовый год 271 тыс. мигрантов",
			"271 тыс.", Supported, 271484},
		// ag-ru-moscow24-03: "выслали 271 484 мигранта в 192 страны"
		// (deported 271,484 migrants to 192 countries), after "депортировала
		// более 270 тыс. мигрантов за финансовый год, закончившийся 30
		// сентября": P29 of the edition 2024-10-01 = 271,484
		{"ru: expelled, in the fiscal year that ended", "2024-12-20",
			"Иммиграционная и таможенная служба США (US Immigration and Customs Enforcement, ICE) депортировала более 270 тыс. мигрантов за финансовый год, закончившийся 30 сентября.\nСотрудники иммиграционной службы выслали 271 484 мигранта в 192 страны — это почти вдвое больше, чем в 2023 году (142 580 человек).",
			"271 484", Supported, 271484},
	})
}
