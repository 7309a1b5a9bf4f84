/**
 * German roles and entity forms, keyed by the shared ids of src/lexicon. Adjective–noun roles
 * are listed in every case and article form German news uses ("der russische Präsident", "des
 * russischen Präsidenten", "russischer Präsident"); hyphenated compounds ("US-Präsident") are
 * matched word by word, closed compounds ("Kremlsprecher") as one word. Genitive -s forms of
 * names ("Putins", "Peskows") are listed because "laut Putins" names Putin.
 */
export const DE_ROLES: Record<string, string[]> = {
    "cn-president": ["der chinesische präsident", "chinesische präsident", "chinesischen präsidenten", "chinas präsident", "chinas staatspräsident"],
    "cn-leader": ["der chinesische staatschef", "chinesische staatschef", "chinesischen staatschef", "chinas staatschef"],
  "us-president": [
    "us-präsident", "us-präsidenten", "us-präsidentin", "präsident der usa", "präsidenten der usa",
    "präsident der vereinigten staaten", "präsidenten der vereinigten staaten", "amerikanische präsident",
    "amerikanischen präsidenten", "amerikanischer präsident", "us-staatschef", "us-staatschefs",
    "amerikanische staatschef", "amerikanischen staatschef", "amerikanischen staatschefs", "us-amtskollege",
    "us-amtskollegen", "amerikanische amtskollege", "amerikanischen amtskollegen", "amerikanischer amtskollege",
    "bewohner des weißen hauses",
  ],
  "us-president-elect": [
    "designierte us-präsident", "designierten us-präsidenten", "designierter us-präsident", "gewählte us-präsident",
    "gewählten us-präsidenten", "künftige us-präsident", "künftigen us-präsidenten", "designierte präsident",
    "designierten präsidenten", "künftige amerikanische präsident", "künftigen amerikanischen präsidenten",
  ],
  "us-leader": ["us-führung", "amerikanische führung", "amerikanischen führung"],
  "us-vice-president": [
    "us-vizepräsident", "us-vizepräsidenten", "vizepräsident", "vizepräsidenten", "amerikanische vizepräsident",
    "amerikanischen vizepräsidenten", "us-vizepräsidentin",
  ],
  "wh-press-secretary": [
    "sprecherin des weißen hauses", "sprecher des weißen hauses", "pressesprecherin des weißen hauses",
    "pressesprecher des weißen hauses", "weiße-haus-sprecherin", "weiße-haus-sprecher", "us-regierungssprecherin",
    "us-regierungssprecher", "sprecherin der us-regierung", "sprecher der us-regierung", "trumps sprecherin",
    "trumps pressesprecherin", "bidens sprecherin", "bidens pressesprecherin",
  ],
  "us-secretary-of-state": [
    "us-außenminister", "us-außenministers", "us-außenministerin", "amerikanische außenminister",
    "amerikanischen außenminister", "amerikanischen außenministers", "amerikanischer außenminister",
    "außenminister der usa", "außenminister der vereinigten staaten", "us-chefdiplomat", "us-chefdiplomaten",
    "amerikanische chefdiplomat", "amerikanischen chefdiplomaten",
  ],
  "us-national-security-adviser": [
    "nationale sicherheitsberater", "nationalen sicherheitsberater", "nationaler sicherheitsberater",
    "nationalen sicherheitsberaters", "us-sicherheitsberater", "us-sicherheitsberaters", "sicherheitsberater des weißen hauses",
    "sicherheitsberater des us-präsidenten", "sicherheitsberater", "sicherheitsberaters",
  ],
  "us-officials": [
    "us-beamte", "us-beamten", "amerikanische beamte", "amerikanischen beamten", "us-regierungsvertreter",
    "us-regierungskreise", "us-regierungskreisen", "vertreter der us-regierung", "amerikanische regierungsvertreter",
    "amerikanischen regierungsvertreter", "die amerikaner", "us-offizielle", "us-vertreter",
  ],
  "us-intelligence": [
    "us-geheimdienste", "us-geheimdienst", "us-geheimdienstes", "us-geheimdiensten", "amerikanischen geheimdienste",
    "amerikanische geheimdienste", "us-nachrichtendienste", "us-nachrichtendienst",
  ],
  "us-lawmakers": ["us-abgeordnete", "us-abgeordneten", "us-senatoren", "us-kongressabgeordnete", "amerikanische abgeordnete", "amerikanischen abgeordneten"],
  "us-side": ["amerikanische seite", "amerikanischen seite", "us-seite", "us-delegation", "amerikanische delegation", "amerikanischen delegation"],
  "ru-president": [
    "russische präsident", "russischen präsidenten", "russischer präsident", "präsident russlands", "präsidenten russlands",
    "präsident der russischen föderation", "präsidenten der russischen föderation", "russische staatschef",
    "russischen staatschef", "russischen staatschefs", "russischer staatschef", "russische amtskollege",
    "russischen amtskollegen", "russischer amtskollege",
  ],
  "ru-leader": [
    "kremlchef", "kremlchefs", "kreml-chef", "kreml-chefs", "kremlherr", "kremlherrn", "kreml-herr", "kreml-herrn",
    "russische machthaber", "russischen machthaber", "russischen machthabers", "kremlherrscher", "kreml-herrscher",
  ],
  "kremlin-spokesperson": [
    "kremlsprecher", "kremlsprechers", "kreml-sprecher", "kreml-sprechers", "kremlsprecherin", "sprecher des kremls",
    "sprecher des kreml", "pressesprecher des kremls", "pressesprecher des kreml", "putins sprecher", "putin-sprecher",
    "sprecher putins", "sprecher von präsident putin", "sprecher von kremlchef putin", "präsidentensprecher",
    "sprecher des russischen präsidenten", "sprecher des präsidenten", "kreml-pressesprecher",
  ],
  "kremlin-aide": [
    "kremlberater", "kreml-berater", "kreml-beraters", "kremlberaters", "putin-berater", "putins berater", "berater putins",
    "putins außenpolitischer berater", "außenpolitische berater des kremls", "außenpolitischen berater des kremls",
    "außenpolitischer berater des kremls", "außenpolitische kreml-berater", "außenpolitischen kreml-berater",
    "außenpolitischer kreml-berater", "außenpolitische berater putins", "außenpolitischen berater putins",
    "berater des kremls", "berater des kreml", "berater des russischen präsidenten", "präsidentenberater",
  ],
  "kremlin-representative": ["kreml-vertreter", "kremlvertreter", "vertreter des kremls", "vertreter des kreml", "kreml-mitarbeiter", "kreml-beamter"],
  "kremlin-press-service": [
    "pressedienst des kremls", "pressedienst des kreml", "kreml-pressedienst", "kreml-pressestelle", "pressestelle des kremls",
    "kreml-erklärung", "erklärung des kremls", "mitteilung des kremls", "kreml-mitteilung", "russische mitteilung",
    "russischen mitteilung", "russische erklärung", "russischen erklärung",
  ],
  "ru-foreign-minister": [
    "russische außenminister", "russischen außenminister", "russischen außenministers", "russischer außenminister",
    "außenminister russlands", "russische chefdiplomat", "russischen chefdiplomaten", "moskaus chefdiplomat",
  ],
  "ru-foreign-ministry-spokesperson": [
    "sprecherin des russischen außenministeriums", "sprecherin des außenministeriums in moskau", "außenamtssprecherin",
    "russische außenamtssprecherin", "russischen außenamtssprecherin", "sprecherin des moskauer außenministeriums",
  ],
  "ru-side": [
    "russische seite", "russischen seite", "die russen", "russische regierungsvertreter", "russischen regierungsvertreter",
    "moskau", "moskauer führung", "russische führung", "russischen führung", "russische delegation", "russischen delegation",
  ],
  "ua-president": [
    "ukrainische präsident", "ukrainischen präsidenten", "ukrainischer präsident", "präsident der ukraine",
    "präsidenten der ukraine", "ukrainische staatschef", "ukrainischen staatschef", "ukrainischen staatschefs",
  ],
  "ua-foreign-minister": ["ukrainische außenminister", "ukrainischen außenminister", "ukrainischen außenministers", "außenminister der ukraine"],
  "ua-side": ["ukrainische seite", "ukrainischen seite", "kiew", "kyjiw", "ukrainische führung", "ukrainischen führung", "ukrainische delegation", "ukrainischen delegation"],
  "de-chancellor": ["bundeskanzler", "bundeskanzlerin", "bundeskanzlers", "kanzler", "kanzlerin", "kanzlers", "deutsche regierungschef", "deutschen regierungschef"],
  "fr-president": ["französische präsident", "französischen präsidenten", "französischer präsident", "frankreichs präsident", "präsident frankreichs"],
  "gb-prime-minister": [
    "britische premierminister", "britischen premierminister", "britischen premierministers", "britischer premierminister",
    "britische premier", "britischen premier", "britische regierungschef", "britischen regierungschef",
  ],
  "nato-secretary-general": ["nato-generalsekretär", "nato-generalsekretärs", "generalsekretär der nato", "nato-chef", "nato-chefs"],
  "foreign-diplomats": [
    "ausländische diplomaten", "westliche diplomaten", "europäische diplomaten", "diplomaten", "ein westlicher diplomat",
    "westlicher diplomat", "ein europäischer diplomat", "europäischer diplomat", "ein ausländischer diplomat",
  ],
  "both-leaders": [
    "beide präsidenten", "beiden präsidenten", "die beiden staatschefs", "beide staatschefs", "beiden staatschefs",
    "beide politiker", "beiden politiker", "die präsidenten",
  ],
};

export const DE_ENTITIES: Record<string, string[]> = {
    "chinese-government": ["peking", "china", "chinas regierung", "die chinesische regierung", "chinesische regierung", "chinesischen regierung"],
    "media": ["medien", "medienberichten", "medienberichte", "staatsmedien"],
  "donald-trump": ["donald trump", "trump", "trumps", "donald trumps", "der republikaner", "der us-republikaner"],
  "joe-biden": ["joe biden", "biden", "bidens"],
  "barack-obama": ["obamas"],
  "jake-sullivan": ["sullivans"],
  "marco-rubio": ["rubios"],
  "steve-witkoff": ["witkoffs"],
  "karoline-leavitt": ["leavitts"],
  "vladimir-putin": ["wladimir putin", "putin", "putins", "wladimir putins", "wladimir wladimirowitsch putin"],
  "dmitry-peskov": ["dmitri peskow", "dmitrij peskow", "peskow", "peskows"],
  "yury-ushakov": ["juri uschakow", "jurij uschakow", "uschakow", "uschakows"],
  "sergey-lavrov": ["sergej lawrow", "lawrow", "lawrows"],
  "maria-zakharova": ["maria sacharowa", "sacharowa", "sacharowas"],
  "dmitry-medvedev": ["dmitri medwedew", "dmitrij medwedew", "medwedew", "medwedews"],
  "kirill-dmitriev": ["kirill dmitrijew", "dmitrijew", "dmitrijews"],
  "sergei-shoigu": ["sergej schoigu", "schoigu", "schoigus"],
  "volodymyr-zelenskyy": ["wolodymyr selenskyj", "selenskyj", "selenskyjs", "selenski", "selenskij", "wolodimir selenski"],
  "dmytro-kuleba": ["dmytro kuleba", "kulebas"],
  "andrii-sybiha": ["andrij sybiha", "sybiha", "sybihas"],
  "andriy-yermak": ["andrij jermak", "jermak", "jermaks"],
  "angela-merkel": ["merkels"],
  "emmanuel-macron": ["macrons"],
  "white-house": ["weiße haus", "weißen haus", "weißes haus", "weißem haus", "weißen hauses", "weiße hauses"],
  "kremlin": ["kreml", "kremls", "kremel", "kremlführung", "kreml-führung"],
  "state-department": [
    "us-außenministerium", "us-außenministeriums", "außenministerium in washington", "amerikanische außenministerium",
    "amerikanischen außenministerium", "amerikanischen außenministeriums", "state department",
  ],
  "pentagon": ["pentagons", "us-verteidigungsministerium", "us-verteidigungsministeriums"],
  "us-government": [
    "us-regierung", "amerikanische regierung", "amerikanischen regierung", "regierung in washington", "trump-regierung",
    "biden-regierung", "us-administration", "washington", "washingtons",
  ],
  "russian-foreign-ministry": [
    "russische außenministerium", "russischen außenministerium", "russischen außenministeriums", "außenministerium in moskau",
    "moskauer außenministerium", "moskauer außenamt", "russische außenamt", "russischen außenamt", "russischen außenamts",
  ],
  "russian-defence-ministry": [
    "russische verteidigungsministerium", "russischen verteidigungsministerium", "russischen verteidigungsministeriums",
    "verteidigungsministerium in moskau", "moskauer verteidigungsministerium",
  ],
  "russia": ["russland", "russlands"],
  "ukraine-presidency": [
    "präsidialamt in kiew", "ukrainische präsidialamt", "ukrainischen präsidialamt", "ukrainischen präsidialamts",
    "selenskyjs büro", "büro des ukrainischen präsidenten", "büro von präsident selenskyj", "präsidentenbüro in kiew",
  ],
  "ukraine-foreign-ministry": ["ukrainische außenministerium", "ukrainischen außenministerium", "ukrainischen außenministeriums", "außenministerium in kiew"],
  "nato": ["nato", "die allianz", "nordatlantische bündnis", "nordatlantischen bündnis", "militärbündnis", "nordatlantikpakt"],
  "united-nations": ["vereinten nationen", "vereinte nationen", "uno"],
  "european-commission": ["eu-kommission", "europäische kommission", "europäischen kommission"],
  "elysee": ["élysée-palast", "elysee-palast", "élyséepalast"],
  "downing-street": ["downing street"],
  "ria-novosti": ["ria nowosti", "nachrichtenagentur ria nowosti"],
  "tass": ["tass", "staatsagentur tass", "nachrichtenagentur tass"],
  "interfax": ["interfax", "nachrichtenagentur interfax"],
  "dpa": ["dpa", "deutsche presse-agentur"],
  "afp": ["afp", "französische nachrichtenagentur afp"],
  "reuters": ["reuters", "nachrichtenagentur reuters"],
  "ap": ["ap", "nachrichtenagentur ap"],
};
