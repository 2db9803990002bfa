package claims

import "testing"

// TestTwentyThirdRoundReadings: the lead's readings of the twenty-third
// round, each found in a corpus row.
func TestTwentyThirdRoundReadings(t *testing.T) {
	checkReadingCases(t, corpusEngine(t), []readingCase{
		// "Since Oct. 1, ... through April 1" in an article of 2017-04-14
		// (ab-ajc-03, a real error): the last October 1 before the
		// article, 2016-10-01, to 2017-04-01. Removals of Somali citizens
		// by Removal Date in that span are 278 (zcat
		// ICERemovals_FY2017.csv.gz | awk -F'|' 'NR>6 &&
		// $5=="\"SOMALIA\"" {split($10,d,"/");
		// k=sprintf("%04d%02d%02d",d[3],d[1],d[2]); if (k>="20161001" &&
		// k<="20170401") n++} END {print n}'); the span had been read
		// from 2017-10-01 to 2018-04-01, after the article
		{"since a day without a year, through a later one", "2017-04-14",
			"Since Oct. 1, ICE has deported 237 Somalis, according to federal figures through April 1.", "237", Contradicted, 278},
		// a short Spanish sentence with two Spanish function words and
		// no English one is glossed (it yielded no claim): FY2018
		// removals of Mexican citizens are 141,045 (zcat
		// ICERemovals_FY2018.csv.gz | awk -F'|' 'NR>6 &&
		// $5=="\"MEXICO\""' | wc -l)
		{"a short Spanish sentence", "2019-05-01",
			"En 2018 fueron deportados 141 mil 45 mexicanos.", "141 mil 45", Supported, 141045},
		// "During 2017 ICE deported ...": a year after "during" is no
		// count (it was read as 2,017 removals); FY2017 removals are
		// 226,119 (zcat ICERemovals_FY2017.csv.gz | awk -F'|' 'NR>6 &&
		// $1!=""' | wc -l)
		{"a year after during", "2019-05-01",
			"During 2017 ICE deported 226,119 people.", "2017", "", 0},
		{"a year after durante", "2019-05-01",
			"Durante 2017 ICE deportó 226.119 personas.", "226.119", Supported, 226119},
		// a sentence giving only the figure of the earlier period, its
		// measure the sentence before's (z-it-affari-04's "Erano stati
		// poco più di 30.000 nello stesso periodo del 2016", in English):
		// it yielded no claim. Arrests by Apprehension Date 2016-01-22..
		// 2016-04-29 are 30,402 (zcat EROArrests_FY2016.csv.gz | awk
		// -F'|' 'NR>6 {split($2,d,"/");
		// k=sprintf("%04d%02d%02d",d[3],d[1],d[2]); if (k>="20160122" &&
		// k<="20160429") n++} END {print n}'); the measure is carried, so
		// it may support, never contradict
		{"the earlier period's figure alone, there were", "2017-05-17",
			"Between January 22 and April 29, 2017, ICE arrested 41,318 people. There were just over 30,000 in the same period of 2016.", "just over 30,000", Supported, 30402},
		{"the earlier period's figure alone, that compared with", "2017-05-17",
			"Between January 22 and April 29, 2017, ICE arrested 41,318 people. That compared with just over 30,000 in the same period of 2016.", "just over 30,000", Supported, 30402},
		{"the earlier period's figure alone, carried measure never contradicts", "2017-05-17",
			"Between January 22 and April 29, 2017, ICE arrested 41,318 people. There were 20,000 in the same period of 2016.", "20,000", NotCheckable, 30402},
		// "the same period of 2016" leading its sentence, before the
		// figure (w-es-pulmon-02's gloss, "En el mismo período de 2016 los
		// inmigrantes arrestados sumaron 30.000"): the period in force a
		// year earlier, 2016-01-22..04-29, 30,402 arrests (awk above); it
		// had been read as the 2017 span itself (41,426)
		{"the same period of a year, before the figure, in Spanish", "2017-05-18",
			"El Servicio de Control Inmigración y Aduanas (ICE) dijo que los agentes arrestaron a 41.300 inmigrantes sospechosos de haber entrado ilegalmente al país en un lapso de 100 días del 22 de enero al 29 de abril. En el mismo período de 2016 los inmigrantes arrestados sumaron 30.000.", "30.000", Supported, 30402},
		{"the same period of a year, before the figure, a wrong count", "2017-05-17",
			"Between January 22 and April 29, 2017, ICE arrested 41,318 people. In the same period of 2016, ICE arrested 27,000 people.", "27,000", Contradicted, 30402},
		// "13% fewer than the 250,000 deported under Obama": the figure
		// compared with is not of the sentence's year (am-pt-acheiusa18-05,
		// measured unseen: "250 mil" was contradicted by FY2017's
		// 226,119). With no period of its own it is the year before,
		// unstated, and the bare year's calendar reading supports it:
		// removals by Removal Date in calendar 2016 are 246,641 (178,267
		// in ICERemovals_FY2016.csv.gz and 68,374 in FY2017's: zcat F |
		// awk -F'|' 'NR>6 {split($10,d,"/"); if (d[3]=="2016") n++} END
		// {print n}')
		{"the figure compared with, after than the", "2018-02-24",
			"In 2017, ICE deported 215,000 immigrants, 13% fewer than the 250,000 deported under Obama.", "250,000", Supported, 246641},
		{"the figure compared with, a wrong one is not contradicted", "2018-02-24",
			"In 2017, ICE deported 215,000 immigrants, 13% fewer than the 270,000 deported under Obama.", "270,000", NotCheckable, 0},
		// the Portuguese, read through its gloss, is supported by the
		// fiscal year before, FY2016: 240,255 removals (zcat
		// ICERemovals_FY2016.csv.gz | awk -F'|' 'NR>6 && $1!=""' | wc -l)
		{"the figure compared with, in Portuguese", "2018-02-24",
			"Em 2017, 215 mil imigrantes foram mandados de volta aos países de origem, 13% a menos que os 250 mil deportados no governo Obama.", "250 mil", Supported, 240255},
	})
}
