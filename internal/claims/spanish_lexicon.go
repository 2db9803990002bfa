package claims

// The Spanish lexicon of the gloss (spanish.go): phrases first, as the
// English reports word them ("el año fiscal anterior" → "the previous fiscal
// year", "la mayor cantidad de detenidos del ICE" → "the largest number of
// ICE detainees"), then single words. Where Spanish has one word for two
// English measures the gloss takes the one the enforcement press means most
// often and the reader's own alternatives do the rest: "detenciones" are
// arrests (the readings also try ICE's book-ins for arrests), "detenidos"
// are detained people, "expulsiones" and "deportaciones" removals.
var spanishPhrases = [][2]string{
	// agencies
	{"servicio de inmigración y control de aduanas", "Immigration and Customs Enforcement"},
	{"servicio de control de inmigración y aduanas", "Immigration and Customs Enforcement"},
	{"agencia de control de inmigración y aduanas", "Immigration and Customs Enforcement"},
	{"oficina de inmigración y aduanas", "Immigration and Customs Enforcement"},
	{"oficina inmigración y aduanas", "Immigration and Customs Enforcement"},
	{"inmigración y aduanas", "Immigration and Customs Enforcement"},
	{"agencia de inmigración y aduanas", "Immigration and Customs Enforcement"},
	{"departamento de inmigración y aduanas", "Immigration and Customs Enforcement"},
	{"departamento de inmigración y aduana", "Immigration and Customs Enforcement"},
	{"inmigración y control de aduanas", "Immigration and Customs Enforcement"},
	{"control de inmigración y aduanas", "Immigration and Customs Enforcement"},
	{"departamento de seguridad nacional", "Department of Homeland Security"},
	{"patrulla fronteriza", "Border Patrol"},
	{"oficina de aduanas y protección fronteriza", "Customs and Border Protection"},
	{"aduanas y protección fronteriza", "Customs and Border Protection"},
	{"oficina de detención y deportación", "Enforcement and Removal Operations"},
	{"el ice", "ICE"},
	{"del ice", "of ICE"},
	{"al ice", "to ICE"},
	{"por el ice", "by ICE"},
	{"por ice", "by ICE"},
	{"la cbp", "CBP"},
	{"el cbp", "CBP"},
	{"agentes de ice", "ICE agents"},
	{"agentes del ice", "ICE agents"},
	{"arrestos de ice", "ICE arrests"},
	{"arrestos del ice", "ICE arrests"},
	{"detenidos del ice", "ICE detainees"},
	{"detenidos de ice", "ICE detainees"},
	{"centros de detención del ice", "ICE detention facilities"},
	{"centros de detención de ice", "ICE detention facilities"},
	{"centro de detención de ice", "ICE detention center"},
	{"bajo custodia de ice", "in ICE custody"},
	{"bajo custodia del ice", "in ICE custody"},
	{"bajo custodia", "in custody"},
	{"personas bajo custodia de ice", "people in ICE custody"},
	{"personas bajo custodia del ice", "people in ICE custody"},
	{"cárceles de ice", "ICE jails"},
	{"por sus siglas en inglés", "as it is known in English"},
	// the university's town is no place of the figures
	{"universidad de syracuse ( nueva york )", "Syracuse University"},
	{"universidad de syracuse , nueva york", "Syracuse University"},
	{"universidad de syracuse , en nueva york", "Syracuse University"},
	{"universidad de syracuse", "Syracuse University"},
	{"alternativas a la detención", "Alternatives to Detention"},
	{"programa de alternativas a la detención", "Alternatives to Detention program"},
	{"dispositivos de seguimiento", "tracking devices"},
	// an epithet of ICE: "La agencia federal encargada de las deportaciones
	// monitorea a más de 225,000 inmigrantes" is ICE, not a count of
	// removals (w-es-univcopy-01)
	{"la agencia federal encargada de las deportaciones", "ICE"},
	{"agencia federal encargada de las deportaciones", "ICE"},
	{"por medio de", "through"},
	{"a mediados de", "in mid-"},
	{"hasta mediados de", "as of mid-"},
	// cd-es-colonaldia-01: "según datos filtrados" (according to leaked
	// data): ICE's internal figures, not a published edition
	{"datos filtrados", "leaked data"}, {"cifras filtradas", "leaked figures"},
	{"electrónicamente", "electronically"},
	{"monitorea a", "monitors"},
	{"monitorea", "monitors"},
	// "ICE supervisa cerca de 180,000 migrantes con tecnología
	// electrónica" (bg-es-visaverge-03)
	{"supervisa", "monitors"}, {"supervisan", "monitor"},
	// ICE's wrist-worn ATD device ("monitoreados mediante VeriWatch, un
	// monitor GPS que se lleva en la muñeca", "pulseras con GPS")
	{"pulseras con gps", "GPS wristbands"},
	{"pulsera con gps", "GPS wristband"},
	{"monitor gps", "GPS monitor"},
	{"monitores gps", "GPS monitors"},
	// "llevan monitores electrónicos o usan la app SmartLink"
	// (bg-es-visaverge-01): English word order, so the device is one
	// phrase beside the app (technologyIn)
	{"monitores electrónicos", "electronic monitors"}, {"monitor electrónico", "electronic monitor"},
	// "el 13% de los involucrados en el programa usan estos dispositivos"
	// (bg-es-elautomata-01): the program's participants
	{"los involucrados", "those involved"}, {"las involucradas", "those involved"},

	// criminality ("únicamente por infracciones civiles de la ley
	// migratoria": ICE's other immigration violators)
	{"únicamente por infracciones civiles de la ley migratoria", "only for civil immigration violations"},
	{"solo por infracciones civiles de la ley migratoria", "only for civil immigration violations"},
	{"únicamente por infracciones migratorias", "only for immigration violations"},
	{"sin tener condenas ni cargos penales", "with no criminal convictions or charges"},
	{"sin condenas ni cargos penales", "with no criminal convictions or charges"},
	{"sin cargos ni condenas penales", "with no criminal charges or convictions"},
	{"no tenían cargos ni condenas penales", "had no criminal charges or convictions"},
	{"no tenían condenas ni cargos penales", "had no criminal convictions or charges"},
	{"su población detenida", "its detained population"},
	{"la población detenida", "the detained population"},
	{"población detenida", "detained population"},
	{"se encuentran detenidas", "are detained"},
	{"se encuentran detenidos", "are detained"},
	{"están actualmente detenidas", "are currently detained"},
	{"están actualmente detenidos", "are currently detained"},

	// measures
	// TRAC's "initial book-ins" and its "daily rate" (aj-es-eldiariony-04:
	// "un promedio de 990 registros iniciales diarios durante los primeros
	// 26 días de julio ... con respecto a la tasa diaria de 1.224 arrestos
	// de junio")
	{"registros iniciales", "initial book-ins"},
	{"ingresos iniciales", "initial book-ins"},
	{"tasa diaria", "daily rate"},
	// the adjective after its noun, where the reader wants it before
	// ("990 initial book-ins daily" is no daily figure; "990 daily initial
	// book-ins" is)
	{"registros iniciales diarios", "daily initial book-ins"},
	{"ingresos iniciales diarios", "daily initial book-ins"},
	{"arrestos diarios", "daily arrests"},
	{"capturas diarias", "daily arrests"},
	{"detenciones diarias", "daily arrests"},
	{"arrestos administrativos", "administrative arrests"},
	{"arrestos totales", "total arrests"},
	{"fueron arrestados", "were arrested"},
	{"fueron arrestadas", "were arrested"},
	{"han sido arrestados", "have been arrested"},
	{"han sido arrestadas", "have been arrested"},
	{"ha arrestado", "has arrested"},
	{"han arrestado", "have arrested"},
	{"los detenidos", "the detainees"},
	{"las detenidas", "the detainees"},
	{"de detenidos", "of detainees"},
	{"nuevos detenidos", "new detainees"},
	{"# detenidos", "$1 detainees"},
	{"personas detenidas", "people detained"},
	{"detenidas por el ice durante", "booked into detention by ICE during"},
	{"detenidos por el ice durante", "booked into detention by ICE during"},
	{"detenidas durante", "booked into detention during"},
	{"personas detenidas por el ice durante", "people booked into detention by ICE during"},
	{"personas detenidas durante", "people booked into detention during"},
	{"detenidos durante", "booked into detention during"},
	{"personas bajo custodia", "people in custody"},
	// "De los 20.535 migrantes enviados a las cárceles migratorias": sent
	// to detention is booked into it (ICE's initial book-ins)
	{"enviados a las cárceles migratorias", "booked into immigration detention"},
	{"enviadas a las cárceles migratorias", "booked into immigration detention"},
	{"enviados a centros de detención", "booked into detention"},
	{"enviadas a centros de detención", "booked into detention"},
	{"cárceles migratorias", "immigration jails"},
	// "un total de 24,944 inmigrantes estaban en diferentes cárceles de
	// Estados Unidos": people who are in jails are held in detention (ICE's
	// currently-detained count), not arrested
	{"estaban en diferentes cárceles", "were held in detention"},
	{"están en diferentes cárceles", "are held in detention"},
	{"estaban en cárceles", "were held in detention"},
	{"están en cárceles", "are held in detention"},
	// "Texas, con 9,974 arrestados en un centro de ICE": the arrested
	// held in a center are its detained population, not its arrests
	{"arrestados en un centro", "detained in a center"},
	{"arrestados en centros", "detained in centers"},
	// "se estima que la cifra superó ya los 25,000 casos": "ya" between
	// the verb and its figure kept the reader from the comparison
	{"superó ya los", "already exceeded"},
	{"superó ya", "already exceeded"},
	{"superaron ya los", "already exceeded"},
	{"centros de detención", "detention facilities"},
	{"centro de detención", "detention center"},
	{"centro de detención del condado de {Name}", "$1 County Detention Center"},
	// "El Centro Residencial Familiar en Dilley", ICE's family
	// residential centers as the English reports name them
	{"centro residencial familiar", "Family Residential Center"},
	{"centro residencial", "Residential Center"},
	{"centro de detención del condado {Name}", "$1 County Detention Center"},
	{"condado de {Name}", "$1 County"},
	{"mantuvo detenidas a", "held in detention"},
	{"mantuvo detenidos a", "held in detention"},
	{"mantuvo a", "held"},
	{"mantiene a", "holds"},
	{"mantiene actualmente a", "currently holds"},
	{"fueron deportados", "were deported"},
	{"fueron deportadas", "were deported"},
	{"son deportados", "are deported"},
	{"han sido deportados", "have been deported"},
	{"ha deportado", "has deported"},
	{"han deportado", "have deported"},
	{"deportó a", "deported"},
	{"arrestó a", "arrested"},
	// "Las remociones en general están en baja" (aj-es-forbes-mx-08: are
	// down)
	{"están en baja", "are down"},
	{"está en baja", "is down"},
	{"están en alza", "are up"},
	{"está en alza", "is up"},
	{"en general", "overall"},
	// "desde que Donald Trump llegó a la Casa Blanca" (since he reached
	// the White House: since he took office, aj-es-generacionnews-01)
	{"llegó a la casa blanca", "took office"},
	{"llegara a la casa blanca", "took office"},
	{"arrestaron a", "arrested"},
	{"deportaron a", "deported"},
	{"deporta a", "deports"},
	{"fueron expulsados", "were removed"},
	{"fueron expulsadas", "were removed"},
	{"han sido detenidas", "have been detained"},
	{"han sido detenidos", "have been detained"},
	{"ha detenido", "has detained"},
	{"fueron regresadas a", "were sent back to"},
	{"fueron regresados a", "were sent back to"},
	{"fueron retornados a", "were sent back to"},
	{"fueron retornadas a", "were sent back to"},
	{"sin antecedentes penales", "with no criminal record"},
	{"sin antecedentes criminales", "with no criminal record"},
	{"no tienen antecedentes penales", "have no criminal record"},
	{"no tienen antecedentes criminales", "have no criminal record"},
	{"no tiene antecedentes penales", "has no criminal record"},
	{"no tiene antecedentes criminales", "has no criminal record"},
	{"no tienen sentencias criminales", "have no criminal convictions"},
	{"no tienen condenas penales", "have no criminal convictions"},
	{"sin historial criminal", "with no criminal history"},
	// TRAC described as "proyecto de la Universidad de Syracuse ... que analiza
	// los datos de detenciones migratorias": the data it analyzes name no
	// measure of the figure (af-es-confidencial-05: "siete de cada diez no
	// tienen sentencias criminales, el 71.1%, indica TRAC, proyecto ... que
	// analiza los datos de detenciones migratorias" is a share of the detained)
	{"que analiza los datos de detenciones migratorias", "that analyzes immigration data"},
	{"que analiza datos de detenciones migratorias", "that analyzes immigration data"},
	// "El 62% de ellos carece de antecedentes criminales": to lack a
	// record is to have none
	{"carece de antecedentes penales", "has no criminal record"},
	{"carece de antecedentes criminales", "has no criminal record"},
	{"carecen de antecedentes penales", "have no criminal record"},
	{"carecen de antecedentes criminales", "have no criminal record"},
	{"sin condenas", "without convictions"},
	{"antecedentes penales", "criminal records"},
	{"antecedentes criminales", "criminal records"},
	{"condenas penales", "criminal convictions"},
	{"condena penal", "criminal conviction"},
	{"cargos penales pendientes", "pending criminal charges"},
	{"cargos criminales pendientes", "pending criminal charges"},
	{"cargo penal pendiente", "pending criminal charge"},
	{"delincuentes condenados", "convicted criminals"},
	// ad-es-elmundosv-05: "solo el 28.3 % había sido condenado por algún
	// delito" (only 28.3 % had been convicted of a crime)
	{"había sido condenado por algún delito", "had been convicted of a crime"},
	{"habían sido condenados por algún delito", "had been convicted of a crime"},
	{"condenado por algún delito", "convicted of a crime"},
	{"condenados por algún delito", "convicted of a crime"},
	{"órdenes finales", "final orders"},
	{"extranjeros ilegales", "illegal aliens"},
	{"inmigrantes indocumentados", "undocumented immigrants"},
	{"autoridades migratorias", "immigration authorities"},
	{"cárceles locales", "local jails"},
	{"de nacionalidad mexicana", "Mexican nationals"},

	// periods
	{"año fiscal de #", "FY$1"},
	{"año fiscal #", "FY$1"},
	{"el año fiscal de #", "FY$1"},
	{"el año fiscal #", "FY$1"},
	{"año fiscal", "fiscal year"},
	// "ICE concluye hoy el período fiscal 2020 con más de 19.791 ..."
	// (aa-es-efe-01)
	{"el período fiscal #", "FY$1"},
	{"período fiscal #", "FY$1"},
	{"período fiscal", "fiscal year"},
	{"años fiscales", "fiscal years"},
	{"ejercicio fiscal", "fiscal year"},
	{"el año fiscal anterior", "the previous fiscal year"},
	{"al año fiscal anterior", "the previous fiscal year"},
	// af-es-dlasamericas-05: "las 271,484 deportaciones del año fiscal anterior"
	{"del año fiscal anterior", "of the previous fiscal year"},
	{"el año anterior", "the previous year"},
	{"al año anterior", "the previous year"},
	{"año previo", "previous year"},
	{"el mismo período", "the same period"},
	{"el mismo periodo", "the same period"},
	{"ese mismo periodo", "that same period"},
	{"ese mismo período", "that same period"},
	{"primer trimestre", "first quarter"},
	// "en primeros 4 días de 2018" (a headline drops the article)
	{"en primeros", "in the first"},
	{"en los primeros", "in the first"},
	{"el año pasado", "last year"},
	{"del año pasado", "of last year"},
	{"primera mitad de {mes}", "first half of $1"},
	{"# de {mes} de #", "$2 $1, $3"},
	{"# de {mes} del #", "$2 $1, $3"},
	{"# de {mes}", "$2 $1"},
	// "el 3 de diciembre, la agencia contabilizaba ... 36.755" is "on
	// December 3" (u-es-portuguesa-02): the reader binds a count to a day
	// said with "on"
	{"el # de {mes} de #", "on $2 $1, $3"},
	{"el # de {mes}", "on $2 $1"},
	// (but not the bounds of a span: "entre el 1 de octubre de 2017 y el 1
	// de septiembre de 2018", rm_round_test)
	{"entre el # de {mes} de #", "between $2 $1, $3"},
	{"entre el # de {mes}", "between $2 $1"},
	{"y el # de {mes} de #", "and $2 $1, $3"},
	{"y el # de {mes}", "and $2 $1"},
	{"el primero de {mes} de #", "$1 1, $2"},
	{"primero de {mes} de #", "$1 1, $2"},
	{"{mes} de #", "$1 $2"},
	{"{mes} del #", "$1 $2"},
	// ar-es-univision-03: "Sin embargo, los números dados a conocer ...
	// en los primeros tres meses del 2017 ... deportaron 5,283 personas
	// en este estado"; "del 2017" is "of 2017"
	{"sin embargo", "however"},
	{"dados a conocer", "released"},
	{"dadas a conocer", "released"},
	{"en este estado", "in this state"},
	{"del #", "of $1"},
	{"del # de {mes} de #", "from $2 $1, $3"},        // ap-es-telemundo-03: "Del 1 de octubre de 2018 al 30 de septiembre de 2019"
	{"hasta del # de {mes} de #", "as of $2 $1, $3"}, // s-es-expansion-02: "a casi 70,000 hasta del 7 de enero de 2026"
	{"del # de {mes}", "from $2 $1"},
	// "666 capturas diarias de enero a junio de 2025" (aj-es-noticiaslatam-01):
	// the months from one to the other, not "as of June"
	{"se elevó a", "rose to"},
	{"se elevaron a", "rose to"},
	{"de {mes} a {mes} de #", "from $1 to $2 $3"},
	{"de {mes} a {mes} del #", "from $1 to $2 $3"},
	{"desde el # de {mes} de #", "from $2 $1, $3"},
	{"hasta el # de {mes} de #", "through $2 $1, $3"},
	{"hasta el # de {mes}", "as of $2 $1"},
	{"al # de {mes} de #", "to $2 $1, $3"},
	{"al # de {mes}", "to $2 $1"},
	// "con corte al 9 de marzo de 2025" (ac-es-quiroga-02): the cut-off day
	{"con corte al # de {mes} de #", "as of $2 $1, $3"},
	{"con corte al # de {mes}", "as of $2 $1"},
	{"actualizados al # de {mes} de #", "current as of $2 $1, $3"},
	{"actualizados al # de {mes}", "current as of $2 $1"},
	{"a este # de {mes}", "as of $2 $1"},
	{"a {mes} de #", "as of $1 $2"},
	{"a finales de {mes}", "at the end of $1"},
	{"de finales de {mes}", "at the end of $1"},
	{"hace {n} semanas", "$1 weeks ago"},
	{"hace {n} meses", "$1 months ago"},
	{"hace {n} días", "$1 days ago"},
	{"hace unas {n} semanas", "some $1 weeks ago"},
	{"hace unos {n} meses", "some $1 months ago"},
	{"en los últimos # días", "in the last $1 days"},
	{"el último mes", "the last month"},
	{"hasta el momento", "so far"},
	{"en lo que va del año fiscal", "so far in fiscal year"},
	{"en lo que va del año", "so far this year"},
	{"por día", "per day"},
	{"al día", "a day"},
	// "más de 400 arrestos a diario" (ad-es-laprensafl-04): a day
	{"a diario", "a day"},
	{"por mes", "per month"},
	{"al mes", "a month"},
	{"un promedio diario de", "a daily average of"},
	{"con un promedio de", "averaging"},
	{"un promedio de", "an average of"},
	{"por primera vez", "for the first time"},

	// hedges and comparisons
	{"más de", "more than"},
	{"más del", "more than"},
	{"menos de", "fewer than"},
	// "no menos de N" is "no fewer than N", at least N, not "fewer than N"
	// (af-es-diariodecuba-06: "podrían haber sido deportados no menos de 560
	// cubanos")
	{"no menos de", "no fewer than"},
	{"cerca de", "about"},
	{"alrededor de", "around"},
	{"al menos", "at least"},
	{"por lo menos", "at least"},
	{"un total de", "a total of"},
	// a count that tripled, reflexive in Spanish (af-es-periodicocubano-02:
	// "las deportaciones de cubanos que en comparación con el pasado año casi
	// se triplican")
	{"se triplicó", "tripled"},
	{"se triplican", "tripled"},
	{"se triplica", "tripled"},
	{"se duplicó", "doubled"},
	{"se duplican", "doubled"},
	{"se duplica", "doubled"},
	{"casi un", "nearly"},
	{"en casi un", "by nearly"},
	{"por encima de", "above"},
	{"ha superado", "has surpassed"},
	{"el cuarto de millón", "250 thousand"},
	{"un cuarto de millón", "250 thousand"},
	{"cuarto de millón", "250 thousand"},
	{"medio millón", "500 thousand"},
	{"más de la mitad de", "more than half of"},
	{"la mitad de", "half of"},
	{"la mayoría de", "the majority of"},
	{"un tercio", "a third"},
	{"dos tercios", "two-thirds"},
	{"{n} de cada {n}", "$1 out of $2"},
	{"por ciento", "percent"},
	{", ( o el ?#", " (or"},
	{"( o el ?#", "(or"},
	{"en un ?#", "by"},
	{"en # %", "by $1 %"},
	{"en # por ciento", "by $1 percent"},
	{"un aumento del", "an increase of"},
	{"un aumento de", "an increase of"},
	{"un incremento del", "an increase of"},
	{"un incremento de", "an increase of"},
	{"una subida del", "a rise of"},
	{"una subida de", "a rise of"},
	{"una disminución del", "a decrease of"},
	{"una disminución de", "a decrease of"},
	{"una reducción del", "a reduction of"},
	{"una caída del", "a drop of"},
	{"un descenso del", "a decline of"},
	{"una leve disminución general", "a slight overall decrease"},
	{"una leve disminución", "a slight decrease"},
	{"un leve aumento", "a slight increase"},
	{"un aumento", "an increase"},
	{"un incremento", "an increase"},
	{"una disminución", "a decrease"},
	{"el aumento fue del", "the increase was"},
	{"el aumento fue de", "the increase was"},
	{"fue del", "was"},
	{"con respecto al", "compared with the"},
	{"con respecto a", "compared with"},
	{"respecto al", "compared with the"},
	{"respecto a", "compared with"},
	{"en relación con", "compared with"},
	{"en relación al", "compared with the"},
	{"en relación a", "compared with"},
	{"en comparación con", "compared with"},
	{"comparado con", "compared with"},
	{"frente a", "compared with"},
	{"más que", "more than"},
	{"casi el doble", "nearly double"},
	{"se incrementaron", "increased"},
	{"se incrementó", "increased"},
	{"se han aumentado", "have increased"},
	{"han aumentado", "have increased"},
	{"ha aumentado", "has increased"},
	{"han disminuido", "have decreased"},
	{"ha disminuido", "has decreased"},
	{"el mayor aumento porcentual", "the largest percentage increase"},
	{"la mayor cantidad de", "the most"},
	{"el mayor número de", "the most"},
	{"la cifra más alta", "the highest number"},
	{"poco menos de", "just under"},
	{"poco más de", "just over"},
	{"en un momento dado", "at any given time"},
	{"población privada de libertad", "detained population"},
	{"privada de libertad", "detained"},
	{"privadas de libertad", "detained"},
	{"privados de libertad", "detained"},
	{"bordea los", "hovers around"},
	{"bordea", "hovers around"},
	{"si bien", "although"},
	{"ha frenado", "has slowed"},
	{"el promedio diario", "the average daily population"},
	// az-es-lanoticia-08: "En 2019, el promedio de detenciones al día era
	// de 50 mil 165" (ICE's average daily population of FY2019, 50,165)
	{"el promedio de detenciones al día", "the average daily detention population"},
	{"el promedio de detenciones diarias", "the average daily detention population"},
	{"el promedio diario de detenciones", "the average daily detention population"},
	{"la población reclusa diaria promedio más alta", "the highest average daily population"},
	{"la población diaria promedio más alta", "the highest average daily population"},
	{"son los que registran", "record"},
	// ah-es-jornada-04: a state "concentra la mayor parte de las
	// detenciones" (holds most of the detentions: the most ICE detainees)
	{"concentra la mayor parte de las detenciones", "has the most ICE detentions"},
	{"concentra la mayoría de las detenciones", "has the most ICE detentions"},
	{"concentran la mayor parte de las detenciones", "have the most ICE detentions"},
	{"el número más alto", "the highest number"},
	{"el grupo más grande", "the largest group"},
	{"punto más alto", "highest point"},
	{"una cifra récord de", "a record number of"},

	// places
	{"estados unidos", "the United States"},
	{"ee . uu .", "U.S."},
	{"ee . uu", "U.S."},
	{"ee uu", "U.S."},
	{"nueva york", "New York"},
	// the field offices' cities and the states they cover, as Spanish
	// writes them (u-es-politicaya-03 to -11: "Los Ángeles: Se encarga de
	// la Zona Metropolitana de Los Ángeles ... Detuvo a 7,854.")
	{"los ángeles", "Los Angeles"},
	{"los angeles", "Los Angeles"},
	// the city, written so; "el paso" in lower case is a step or a crossing
	// (bx-es-elpais502-04: "El Paso registró un 17%")
	{"=El =Paso", "El Paso"},
	{"nueva orleans", "New Orleans"},
	{"nueva jersey", "New Jersey"},
	{"nuevo méxico", "New Mexico"},
	{"carolina del norte", "North Carolina"},
	{"carolina del sur", "South Carolina"},
	{"dakota del norte", "North Dakota"},
	{"dakota del sur", "South Dakota"},
	{"islas vírgenes", "Virgin Islands"},
	{"filadelfia", "Philadelphia"},
	{"luisiana", "Louisiana"},
	{"pensilvania", "Pennsylvania"},
	{"misuri", "Missouri"},
	{"hawái", "Hawaii"},
	{"hawai", "Hawaii"},
	{"norte de california", "Northern California"},
	{"el área de nueva york", "the New York area"},
	{"área de responsabilidad", "area of responsibility"},
	{"a nivel nacional", "nationwide"},
	{"en todo el país", "nationwide"},
	{"la casa blanca", "the White House"},

	// verbs and the rest
	{"llevó a cabo", "carried out"},
	{"para albergar a", "to house"},
	{"albergó a", "held"},
	{"confió en", "relied on"},
	{"de acuerdo con", "according to"},
	// cn-es-newsweekes-03: "el promedio semanal de aproximadamente 5,000
	// del año pasado" (last year's weekly average of about 5,000)
	{"promedio semanal de", "weekly average of"},
	{"promedio mensual de", "monthly average of"},
	{"se está quedando atrás", "is falling behind"},
	// cj-es-infobae-02: "fueron arrestados inicialmente en la frontera sur"
	{"en la frontera sur", "at the southern border"},
	{"la frontera sur", "the southern border"},
	{"según los datos", "according to data"},
	{"es decir", "that is"},
	{"mientras que", "while"},
	{"ya que", "because"},
	{"así como", "as well as"},
	{"por parte del", "by"},
	{"por parte de", "by"},
	{"deportaciones generales", "overall deportations"},
	{"de los cuales", "of whom"},
	{"de ellos", "of them"},
	{"de ellas", "of them"},
	{"lo que", "which"},
	{"ascendió a", "rose to"},
	// u-es-ahoramismo-06: "revelaron que em marzo los detenidos en centros
	// de inmigración llegaron a 27,723" (Portuguese "em", in, before a
	// month, as Spanish pages write it by slip)
	{"llegaron a", "reached"},
	{"em {mes}", "in $1"},
	// y-es-progreso-05: "con respecto a las 27.000 recluidos en el mes
	// julio" (the people held in detention in July): a month "en el mes
	// (de)", and "recluidos" before it, the people held then
	{"recluidos en el mes de {mes}", "held in detention in $1"},
	{"recluidos en el mes {mes}", "held in detention in $1"},
	{"en el mes de {mes}", "in $1"},
	{"en el mes {mes}", "in $1"},
	{"era de", "was"},
	{"ha sido", "has been"},
	{"han sido", "have been"},
	{"en total", "in total"},
	{"la isla", "the island"},
	{"se trata de", "it is"},
	{"a ?#", ""},
	{"desde que", "since"},
	{"asumió la presidencia", "took office"},
	{"asumió su mandato", "took office"},
	{"asumió el cargo", "took office"},
	// a span from an inauguration to the fiscal year's end, after the
	// month the president took office (w-es-miami24-04: "después de que el
	// presidente Donald Trump asumiera el cargo a fines de enero: desde su
	// inauguración el 20 de enero hasta el final del año fiscal el 30 de
	// septiembre ICE realizó 110,568 arrestos")
	// a change named by its size before the noun ("Ese salto del 75 por
	// ciento fue el más grande en las detenciones de ICE en cualquier área
	// del país": w-es-elpoder-05)
	{"salto del # por ciento", "$1 percent jump"},
	{"aumento del # por ciento", "$1 percent increase"},
	{"fue el más grande", "was the largest"},
	{"en cualquier área", "in any area"},
	{"asumiera el cargo", "took office"},
	{"después de que", "after"},
	{"a fines de", "at the end of"},
	{"a finales de", "at the end of"},
	{"desde su inauguración el # de {mes}", "from his inauguration on $2 $1"},
	{"desde su inauguración", "since his inauguration"},
	{"hasta el final del año fiscal el # de {mes}", "through $2 $1, the end of the fiscal year,"},
	{"hasta el final del", "until the end of the"},
	{"según lo reportó", "as reported by"},
	{"universidad de syracuse en nueva york", "Syracuse University"},
	{"universidad de syracuse", "Syracuse University"},
	{"inmigrantes neoyorquinos", "New York immigrants"},
	{"neoyorquinos", "New Yorkers"},
	// y-es-notisis-01: "En este programa se encuentran 183 mil migrantes
	// adultos" (In this program there are 183 thousand adult migrants):
	// the adjective after its noun is glossed before it, and "se
	// encuentran" (are found) after a program is there are
	{"migrantes adultos", "adult migrants"},
	{"inmigrantes adultos", "adult immigrants"},
	{"en este programa se encuentran", "in this program there are"},
	{"en el programa se encuentran", "in the program there are"},
	// "que han aceptado algún tipo de seguimiento" (who have accepted some
	// type of monitoring): "seguimiento" (follow-up) of people is
	// monitoring (y-es-notisis-01)
	{"tipo de seguimiento", "type of monitoring"},
	// superlatives and phrases the sixteenth round found left as written
	// ("la más alta registrada", "repartidos por todo el país", "haber
	// entrado ilegalmente")
	{"la más alta", "the highest"}, {"el más alto", "the highest"}, {"la más baja", "the lowest"}, {"el más bajo", "the lowest"},
	{"las más altas", "the highest"}, {"los más altos", "the highest"},
	{"por todo el país", "across the country"}, {"haber entrado", "having entered"},
	// the eighteenth round (fresh-2026-12ab): "N individuos en el sistema
	// de detención del ICE cuando Trump volvió al poder en enero"
	// (ab-es-voz-02, -05): ICE's detention system is ICE detention, the
	// people held in it; a president's return to power is his taking
	// office
	{"en el sistema de detención del ice", "in ICE detention"},
	{"en el sistema de detención de ice", "in ICE detention"},
	{"volvió al poder", "returned to power"}, {"regresó al poder", "returned to power"},
	// "Para inicios de 2026" (ab-es-maz-02): early in a year, as English
	// "in early 2026"
	{"para inicios de #", "in early $1"}, {"a inicios de #", "in early $1"},
	{"para principios de #", "in early $1"}, {"a principios de #", "in early $1"},
	// "monitoreo mediante grilletes electrónicos y aplicaciones móviles"
	// (ab-es-maz-05): phone apps, a technology listed beside the ankle
	// monitor, so the list describes the program (techListed)
	{"aplicaciones móviles", "mobile phone apps"}, {"aplicación móvil", "mobile phone app"},
	{"grilletes electrónicos", "electronic ankle monitors"}, {"grillete electrónico", "electronic ankle monitor"},
	// "cerca del 74% de los detenidos no cuenta con antecedentes
	// criminales" (ab-es-maz-03): "cerca del" before a figure is "about"
	// ("cerca de" already is); "no contar con" records is not having them
	{"cerca del ?#", "about"},
	{"no cuenta con antecedentes criminales", "have no criminal record"},
	{"no cuentan con antecedentes criminales", "have no criminal record"},
	{"no cuenta con antecedentes penales", "have no criminal record"},
	{"no cuentan con antecedentes penales", "have no criminal record"},
	// "la mayoría fueron retornados desde México" (bb-es-elheraldo-04):
	// returned from the country that deported them, not "since"
	{"retornados desde", "returned from"}, {"retornadas desde", "returned from"},
	{"deportados desde", "deported from"}, {"deportadas desde", "deported from"},
	// the past tenses: "el 71.7 % de los detenidos no contaba con
	// antecedentes criminales" (ad-es-elmundosv-04), "no tenía
	// antecedentes criminales" (ap-es-createxto-04); the negation had
	// been dropped, the share read as of those with a record
	{"no contaba con antecedentes criminales", "had no criminal record"},
	{"no contaban con antecedentes criminales", "had no criminal record"},
	{"no contaba con antecedentes penales", "had no criminal record"},
	{"no contaban con antecedentes penales", "had no criminal record"},
	// cd-es-feedman-01: "271.484 deportaciones, de las cuales México
	// lidera": a part of the total follows, not the total's country
	{"de las cuales", "of which"}, {"de los cuales", "of which"},
	// cd-es-noticias2025-01: "arrestados por ICE y sometidos a detención
	// civil migratoria" (booked into civil immigration detention)
	{"sometidos a detención civil migratoria", "booked into civil immigration detention"},
	{"sometidos a detención", "booked into detention"},
	// cd-es-meganoticias-04: "no cuentan con una sentencia criminal"
	{"no cuentan con una sentencia criminal", "have no criminal conviction"},
	{"no cuenta con una sentencia criminal", "has no criminal conviction"},
	{"no contaban con una sentencia criminal", "had no criminal conviction"},
	{"no contaba con una sentencia criminal", "had no criminal conviction"},
	// bs-es-enlace-05: "73.6 por ciento de las personas bajo custodia de
	// ICE ... no contaba con una condena criminal"
	{"no contaba con una condena criminal", "had no criminal conviction"},
	{"no contaban con una condena criminal", "had no criminal conviction"},
	{"no cuenta con una condena criminal", "has no criminal conviction"},
	{"no cuentan con una condena criminal", "have no criminal conviction"},
	{"no contaba con una condena penal", "had no criminal conviction"},
	{"no contaban con una condena penal", "had no criminal conviction"},
	{"no tenía antecedentes criminales", "had no criminal record"},
	{"no tenían antecedentes criminales", "had no criminal record"},
	{"no tenía antecedentes penales", "had no criminal record"},
	{"no tenían antecedentes penales", "had no criminal record"},
	// "entre 9,000 y 11,000 de estos detenidos fueron arrestados por ICE"
	// (u-es-univision-03): after a demonstrative "detenidos" is the noun,
	// ah-es-larepublica-02: "la cifra de deportados ha incrementado en
	// 26.86 % con relación a los 458 connacionales que tuvieron que dejar
	// territorio estadounidense y retornar al Perú en el 2017" (the
	// compatriots who had to leave U.S. territory: those removed)
	{"ha incrementado en", "has increased by"},
	{"se ha incrementado en", "has increased by"},
	{"ha incrementado", "has increased"},
	{"tuvieron que dejar territorio estadounidense", "had to leave U.S. territory"},
	{"tuvieron que dejar el territorio estadounidense", "had to leave U.S. territory"},
	// "en el 2017" (in 2017; Peruvian and Andean Spanish writes the article
	// before a year)
	{"en el #", "in $1"},
	// the detainees a figure is a part of
	{"estos detenidos", "these detainees"}, {"esos detenidos", "those detainees"},
	{"estas detenidas", "these detainees"}, {"esas detenidas", "those detainees"},
	// fix23-ne: words of real errors left unread. "lo que implica un
	// incremento del 25% con respecto a los 114.434 arrestos del año
	// anterior" (which implies an increase of 25 % compared with the
	// 114,434 arrests of the previous year; ab-es-24horas-04); "Un reporte
	// del centro de investigación Pew Research Center" (a report of the
	// research center; aj-es-elmasacre-02)
	{"del año anterior", "of the previous year"},
	{"centro de investigación", "research center"},
}

// spanishWordsEn glosses single words.
var spanishWordsEn = map[string]string{
	"individuos": "individuals",
	// ah-es-larepublica-02 ("los 458 connacionales", the compatriots)
	"connacionales": "compatriots", "connacional": "compatriot", "precisó": "said", "parlamentario": "parliamentarian",
	"retornar": "return", "detalló": "said",
	// function words
	"el": "the", "la": "the", "los": "the", "las": "the", "un": "a", "una": "a", "unos": "some", "unas": "some",
	"de": "of", "del": "of the", "al": "to the", "a": "to", "en": "in", "y": "and", "e": "and", "o": "or", "u": "or",
	"con": "with", "por": "by", "para": "for", "que": "that", "entre": "between", "desde": "since", "hasta": "until",
	"sin": "without", "sobre": "on", "durante": "during", "tras": "after", "como": "as", "más": "more", "menos": "fewer",
	"su": "its", "sus": "its", "este": "this", "esta": "this", "estos": "these", "estas": "these", "ese": "that", "esa": "that",
	"esos": "those", "esas": "those", "cuando": "when", "donde": "where", "también": "also", "pero": "but", "aunque": "although",
	"mientras": "while", "cada": "each", "todos": "all", "todas": "all", "otros": "other", "otras": "other", "se": "",
	"no": "not", "ya": "already", "muy": "very", "cual": "which", "cuales": "which", "aquellos": "those", "dicho": "that",
	"dos": "two", "tres": "three", "cuatro": "four", "cinco": "five", "seis": "six", "siete": "seven", "ocho": "eight",
	"nueve": "nine", "diez": "ten", "primeros": "first", "primer": "first", "primera": "first", "últimos": "last", "último": "last",
	"actualmente": "currently", "ahora": "now", "hoy": "today", "mensualmente": "monthly", "anualmente": "annually",
	"diario": "daily", "diarios": "daily", "diaria": "daily", "diarias": "daily", "promedio": "average", "semanal": "weekly", "semanales": "weekly", "mensual": "monthly", "mensuales": "monthly", "fronterizas": "border", "incluyen": "include", "total": "total", "totales": "total", "mil": "thousand",
	"según": "according to", "aproximadamente": "approximately", "casi": "nearly",
	"día": "day", "días": "days", "semana": "week", "semanas": "weeks", "mes": "month", "meses": "months",
	"año": "year", "años": "years",

	"enero": "January", "febrero": "February", "marzo": "March", "abril": "April", "mayo": "May", "junio": "June",
	"julio": "July", "agosto": "August", "septiembre": "September", "setiembre": "September", "octubre": "October",
	"noviembre": "November", "diciembre": "December",

	// measures
	"arresto": "arrest", "arrestos": "arrests", "arrestado": "arrested", "arrestados": "arrested", "arrestada": "arrested",
	"arrestadas": "arrested", "arrestó": "arrested", "arrestaron": "arrested", "arresta": "arrests", "arrestar": "arrest",
	"detenciones": "arrests", "detención": "detention", "detenido": "detained", "detenidos": "detained", "detenida": "detained",
	"detenidas": "detained", "permanecen": "remain", "permanece": "remains", "permanecían": "remained", "detuvo": "arrested", "detuvieron": "arrested",
	"deportaciones": "deportations", "deportación": "deportation", "deportado": "deported", "deportados": "deported",
	"deportada": "deported", "deportadas": "deported", "deportó": "deported", "deportaron": "deported", "deporta": "deports",
	"deportar": "deport", "expulsiones": "removals", "expulsión": "removal", "expulsado": "removed", "expulsados": "removed",
	"expulsada": "removed", "expulsadas": "removed", "expulsar": "remove", "expulsó": "removed", "retiros": "removals",
	"extracciones": "removals", "repatriación": "repatriation", "repatriados": "repatriated", "custodia": "custody",
	// ICE's "removals" as the Mexican press calques them (aj-es-infobae-03,
	// -07, -09: "la administración de Trump removió a 128 mil 765
	// individuos", "141 mil 45 mexicanos removidos", "el número de
	// remociones")
	"remociones": "removals", "remoción": "removal", "removió": "removed", "removieron": "removed",
	"removidos": "removed", "removidas": "removed", "removido": "removed", "removida": "removed",
	// a rank ("los inmigrantes mexicanos ocuparon el primer lugar en
	// deportaciones", aj-es-infobae-03): "occupied the first place", as
	// rank.go reads it
	"lugar": "place", "ocuparon": "occupied", "ocupó": "occupied", "ocupan": "occupy", "ocupa": "occupies",
	"segundo": "second", "segunda": "second", "tercer": "third", "tercero": "third", "tercera": "third",
	"cuarto": "fourth", "cuarta": "fourth", "quinto": "fifth", "quinta": "fifth",
	"tobilleras": "ankle monitors", "tobillera": "ankle monitor", "grillete": "ankle monitor", "grilletes": "ankle monitors",
	"redadas": "raids", "operativos": "operations",
	"monitoreados": "monitored", "monitoreando": "monitoring", "monitoreadas": "monitored", "monitoreado": "monitored", "monitoreada": "monitored",
	"pulsera": "wristband", "pulseras": "wristbands", "dispositivo": "device", "dispositivos": "devices",
	"tecnología": "technology", "mediante": "through",

	// people and things
	"personas": "people", "persona": "person", "inmigrantes": "immigrants", "inmigrante": "immigrant", "migrantes": "migrants",
	"migrante": "migrant", "extranjeros": "noncitizens", "indocumentados": "undocumented immigrants", "ciudadanos": "citizens",
	"agentes": "agents", "cárceles": "jails", "cárcel": "jail", "prisiones": "prisons", "familias": "families",
	"cifra": "figure", "cifras": "figures", "número": "number", "cantidad": "number", "datos": "data", "informe": "report",
	"estadísticas": "statistics", "agencia": "agency", "gobierno": "government", "presidente": "President",
	"administración": "administration", "mandato": "term", "aumento": "increase", "incremento": "increase",
	"disminución": "decrease", "descenso": "decline", "caída": "drop", "subida": "rise", "reducción": "reduction",
	"porcentual": "percentage", "récord": "record", "mayoría": "majority", "mitad": "half", "doble": "double",
	"anual": "annual", "oficiales": "official", "oficial": "official", "condados": "counties", "condado": "county",
	"área": "area", "país": "country", "frontera": "border", "inicialmente": "initially", "programa": "program", "centros": "centers", "centro": "center",

	// verbs
	"realizaron": "made", "realizó": "made", "realizado": "made", "registró": "recorded", "registraron": "recorded",
	"mantuvo": "held", "mantiene": "holds", "tenía": "had", "tenían": "had", "tiene": "has", "tienen": "have",
	"albergó": "held", "había": "there were", "habían": "there were", "hay": "there are", "fue": "was", "fueron": "were",
	"es": "is", "son": "are", "era": "was", "eran": "were", "ha": "has", "han": "have", "representa": "represents",
	"representan": "represent", "representaron": "represented", "alcanzó": "reached", "alcanzando": "reaching",
	"alcanzaron": "reached", "supera": "exceeds", "superó": "exceeded", "superaron": "exceeded", "muestran": "show",
	"muestra": "shows", "revela": "reveals", "revelan": "reveal", "indica": "indicates", "indicó": "indicated",
	"señala": "says", "reportó": "reported", "informó": "reported", "aumentaron": "increased", "aumentó": "increased",
	"disminuyó": "decreased", "disminuyeron": "decreased", "cayó": "fell", "cayeron": "fell", "subió": "rose",
	"subieron": "rose", "llegó": "reached", "creció": "grew", "crecieron": "grew",
	"alberga": "holds", "albergan": "hold", "registra": "records", "registran": "record",
	"dramático": "dramatic", "dramática": "dramatic", "elevó": "raised", "concluye": "ends", "ilegales": "illegal", "muchas": "many", "muchos": "many", "concluyó": "ended", "pandemia": "pandemic", "capturas": "arrests", "miles": "thousands",
	// common words of news reports on ICE figures (fresh-2026-12u's glosses left them untranslated)
	"liberados": "released", "liberadas": "released", "liberado": "released", "liberó": "released",
	"liberaron": "released", "devuelto": "returned", "devueltos": "returned", "devolvió": "returned",
	"cruzaron": "crossed", "cruzó": "crossed", "bajó": "fell", "bajaron": "fell", "ascendió": "rose",
	// cd-es-noticias2025-01: "Bajan cifras de detenidos por ICE" (figures
	// of detainees fall) had been read as Barbadians ("Bajans")
	"bajan": "fall", "lidera": "leads", "lideran": "lead",
	"ascendieron": "rose", "asciende": "amounts", "descendieron": "fell", "descendió": "fell", "mínimo": "minimum",
	"máximo": "maximum", "pico": "peak", "picos": "peaks", "última": "last", "últimas": "last", "pasado": "last",
	"pasada": "last", "estable": "steady", "estables": "steady", "elevado": "high", "elevada": "high", "alta": "high",
	"alto": "high", "baja": "low", "bajo": "under", "inmigración": "immigration", "migratoria": "immigration",
	"migratorias": "immigration", "migratorio": "immigration", "migratorios": "immigration", "estudio": "study",
	"análisis": "analysis", "investigadores": "researchers", "informes": "reports", "documento": "document",
	"información": "information", "población": "population", "recluidos": "detained", "recluidas": "detained",
	"reclusos": "detainees", "encontró": "found", "agregó": "added", "agrega": "adds", "detalla": "details",
	"comenzó": "began", "finalizó": "ended", "terminó": "ended", "mantenía": "held", "mantienen": "hold",
	"mantenido": "held", "sigue": "remains", "siguen": "remain", "continúa": "remains", "continúan": "remain",
	"procesó": "processed", "procesados": "processed", "contabilizó": "counted", "reveló": "revealed",
	"publicó": "published", "publicado": "published", "confirmó": "confirmed", "provocó": "caused", "crímenes": "crimes",
	"delitos": "crimes", "delito": "crime", "criminales": "criminal", "criminal": "criminal", "antecedentes": "records",
	"condenas": "convictions", "condena": "conviction", "condenados": "convicted", "condenado": "convicted", "condenada": "convicted", "condenadas": "convicted", "cargos": "charges",
	"pendientes": "pending", "órdenes": "orders", "orden": "order", "categoría": "category", "países": "countries",
	"nacionalidad": "nationality", "nacionales": "nationals", "además": "in addition", "aún": "still", "todavía": "still",
	"después": "after", "antes": "before", "solo": "only", "sólo": "only", "solamente": "only", "apenas": "just",
	"alrededor": "around", "varias": "several", "varios": "several", "algunos": "some", "algunas": "some",
	"oficinas": "offices", "oficina": "office", "capturan": "arrest", "capturó": "arrested", "capturados": "arrested",
	"aprehensiones": "apprehensions", "aprehendidos": "apprehended", "encuentros": "encounters", "patrulla": "patrol",
	"fronteriza": "border", "fronterizos": "border", "electrónica": "electronic", "electrónicos": "electronic",
	"electrónico": "electronic", "monitores": "monitors", "monitorizados": "monitored", "vigilancia": "surveillance",
	"programas": "programs", "inscritos": "enrolled", "inscritas": "enrolled", "participantes": "participants",
	"instalaciones": "facilities", "instalación": "facility", "capacidad": "capacity", "camas": "beds",
	"sábado": "Saturday", "domingo": "Sunday", "lunes": "Monday", "martes": "Tuesday", "miércoles": "Wednesday",
	"jueves": "Thursday", "viernes": "Friday", "política": "policy", "políticas": "policies",
	"mayor": "greater", "menor": "smaller", "récords": "records", "proporción": "proportion",
	"porcentaje": "percentage", "tasa": "rate", "ritmo": "pace", "nivel": "level", "niveles": "levels",
	"creciente": "growing", "crecimiento": "growth", "aumentado": "increased", "disminuido": "decreased",
	"reducido": "reduced", "duplicado": "doubled", "triplicado": "tripled", "superado": "exceeded",
	"alcanzado": "reached", "llegado": "reached", "rondaba": "hovered around", "ronda": "hovers around",
	"estarían": "would be", "serían": "would be", "está": "is", "están": "are", "estaba": "was", "estaban": "were",
	"estuvieron": "were", "ilegalmente": "illegally", "ilegal": "illegal", "indocumentado": "undocumented immigrant",
	"solicitantes": "applicants", "asilo": "asylum", "menores": "minors", "niños": "children", "adultos": "adults",
	"hombres": "men", "mujeres": "women",
	// "Alternativas a la Detención (ADT)"
	"adt": "ATD",
	// words the sixteenth round found left as written beside a figure
	// (spanish.go, readable: a clause with an untranslated word is not
	// stated): w-es-pulmon-01, y-es-progreso-04, u-es-portuguesa-01/-02
	"dijo": "said", "dice": "says", "sospechosos": "suspected", "sospechoso": "suspected", "lapso": "span",
	"registrada": "recorded", "registrado": "recorded", "registradas": "recorded", "registrados": "recorded",
	"revelado": "released", "contabilizaba": "counted", "repartidos": "spread",
	"repartidas": "spread", "significa": "means", "anterior": "previous", "contrasta": "contrasts",
	// ad-es-laprensafl-03 and its context: "los 30,028 del mismo período en
	// 2016", "entre el 22 de enero y el 29 de abril pasados", "debido a
	// demoras en los tribunales"
	"números": "figures", "entregados": "provided", "casos": "cases", "mismo": "same", "misma": "same", "período": "period", "periodo": "period", "pasados": "",
	"debido": "due", "demoras": "delays", "tribunales": "courts", "desglosado": "breakdown",
	"implica": "implies", "implican": "imply", "reporte": "report", "investigación": "research",
}

// spanishCountries glosses the countries and demonyms of the citizenships
// most often named in Spanish-language reports (countries.go knows their
// English names).
var spanishCountries = map[string]string{
	"méxico": "Mexico", "mexico": "Mexico", "mexicanos": "Mexicans", "mexicanas": "Mexicans", "mexicano": "Mexican", "mexicana": "Mexican",
	"guatemaltecos": "Guatemalans", "guatemaltecas": "Guatemalans", "guatemalteco": "Guatemalan", "guatemalteca": "Guatemalan",
	"hondureños": "Hondurans", "hondureñas": "Hondurans", "hondureño": "Honduran", "hondureña": "Honduran",
	"salvadoreños": "Salvadorans", "salvadoreñas": "Salvadorans", "salvadoreño": "Salvadoran", "salvadoreña": "Salvadoran",
	"cubanos": "Cubans", "cubanas": "Cubans", "cubano": "Cuban", "cubana": "Cuban",
	"dominicanos": "Dominicans", "dominicanas": "Dominicans", "república dominicana": "Dominican Republic",
	"haitianos": "Haitians", "haitianas": "Haitians", "haití": "Haiti",
	"venezolanos": "Venezuelans", "venezolanas": "Venezuelans", "colombianos": "Colombians", "colombianas": "Colombians",
	"ecuatorianos": "Ecuadorians", "ecuatorianas": "Ecuadorians", "nicaragüenses": "Nicaraguans",
	"brasileños": "Brazilians", "brasileñas": "Brazilians", "brasil": "Brazil", "peruanos": "Peruvians", "perú": "Peru",
	// the colloquial demonyms of the Central American press
	"catrachos": "Hondurans", "catrachas": "Hondurans", "chapines": "Guatemalans",
	"jamaiquinos": "Jamaicans", "chinos": "Chinese", "indios": "Indians", "panamá": "Panama",
	// "63 ciudadanos argentinos" (bl-es-lanacion-01)
	"argentinos": "Argentines", "argentinas": "Argentines", "argentino": "Argentine", "argentina": "Argentine",
	"chilenos": "Chileans", "chilenas": "Chileans", "bolivianos": "Bolivians", "bolivianas": "Bolivians",
	"uruguayos": "Uruguayans", "uruguayas": "Uruguayans", "paraguayos": "Paraguayans", "paraguayas": "Paraguayans",
	"costarricenses": "Costa Ricans", "panameños": "Panamanians", "panameñas": "Panamanians",
	"peruanas": "Peruvians", "nicaragüense": "Nicaraguan",
}
