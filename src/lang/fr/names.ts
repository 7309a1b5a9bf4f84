/**
 * French roles and entity forms, keyed by the shared ids of src/lexicon. Elided articles are
 * split off by the tokenizer ("l'Élysée" → "l", "élysée"), so forms are written with the
 * apostrophe as in the text; the definite article is part of the common subject forms ("le
 * porte-parole du Kremlin") so that a role opening a clause reads as its subject. French
 * spellings of Russian and Ukrainian names follow AFP usage (Poutine, Peskov, Ouchakov,
 * Sergueï Lavrov, Zelensky, Kouleba).
 */
export const FR_ROLES: Record<string, string[]> = {
    "cn-president": ["le président chinois", "président chinois", "du président chinois"],
    "cn-leader": ["le dirigeant chinois", "dirigeant chinois", "du dirigeant chinois", "le numéro un chinois"],
  "us-president": [
    "président américain", "le président américain", "président des états-unis", "le président des états-unis",
    "chef de l'état américain", "le chef de l'état américain", "locataire de la maison blanche",
    "le locataire de la maison blanche", "homologue américain", "son homologue américain", "président us",
  ],
  "us-president-elect": [
    "président élu", "le président élu", "président élu américain", "président américain élu", "le président américain élu",
    "futur président américain", "le futur président américain", "futur locataire de la maison blanche",
  ],
  "us-leader": ["dirigeant américain", "le dirigeant américain", "leader américain", "numéro un américain"],
  "us-vice-president": ["vice-président", "le vice-président", "vice-président américain", "le vice-président américain", "vice-présidente", "vice-présidente américaine"],
  "wh-press-secretary": [
    "porte-parole de la maison blanche", "la porte-parole de la maison blanche", "le porte-parole de la maison blanche",
    "porte-parole de l'exécutif américain", "secrétaire de presse de la maison blanche", "porte-parole du président américain",
  ],
  "us-secretary-of-state": [
    "secrétaire d'état américain", "le secrétaire d'état américain", "secrétaire d'état", "le secrétaire d'état",
    "chef de la diplomatie américaine", "le chef de la diplomatie américaine", "patron de la diplomatie américaine",
    "ministre américain des affaires étrangères",
  ],
  "us-national-security-adviser": [
    "conseiller à la sécurité nationale", "le conseiller à la sécurité nationale", "conseiller américain à la sécurité nationale",
    "conseiller pour la sécurité nationale", "conseiller de la maison blanche pour la sécurité nationale",
    "conseiller à la sécurité nationale de la maison blanche",
  ],
  "us-officials": [
    "responsables américains", "responsable américain", "un responsable américain", "haut responsable américain", "un haut responsable américain",
    "un responsable de la maison blanche", "un haut responsable de la maison blanche", "un diplomate américain",
    "hauts responsables américains", "officiels américains", "les américains", "source américaine", "sources américaines",
  ],
  "us-intelligence": [
    "renseignement américain", "le renseignement américain", "services de renseignement américains",
    "agences de renseignement américaines", "services secrets américains", "communauté du renseignement américain",
  ],
  "us-lawmakers": ["parlementaires américains", "élus américains", "sénateurs américains", "congressistes", "élus du congrès"],
  "us-side": ["partie américaine", "la partie américaine", "côté américain", "délégation américaine", "la délégation américaine"],
  "ru-president": [
    "président russe", "le président russe", "président de la russie", "le président de la russie",
    "président de la fédération de russie", "chef de l'état russe", "le chef de l'état russe", "homologue russe",
    "son homologue russe",
  ],
  "ru-leader": [
    "maître du kremlin", "le maître du kremlin", "dirigeant russe", "le dirigeant russe", "leader russe", "numéro un russe",
    "chef du kremlin", "le chef du kremlin", "hôte du kremlin", "l'hôte du kremlin", "locataire du kremlin", "patron du kremlin",
  ],
  "kremlin-spokesperson": [
    "porte-parole du kremlin", "le porte-parole du kremlin", "porte-parole de la présidence russe",
    "le porte-parole de la présidence russe", "porte-parole de vladimir poutine", "porte-parole de poutine",
    "porte-parole du président russe", "secrétaire de presse du kremlin", "porte-voix du kremlin",
  ],
  "kremlin-aide": [
    "conseiller diplomatique du kremlin", "le conseiller diplomatique du kremlin", "conseiller du kremlin", "le conseiller du kremlin",
    "conseiller de vladimir poutine", "conseiller de poutine", "conseiller diplomatique de vladimir poutine",
    "conseiller diplomatique de poutine", "conseiller du président russe", "conseiller diplomatique du président russe",
    "conseiller présidentiel russe", "conseiller pour les affaires internationales du kremlin",
  ],
  "kremlin-representative": ["représentant du kremlin", "un représentant du kremlin", "responsable du kremlin", "un responsable du kremlin", "source au kremlin"],
  "kremlin-press-service": [
    "service de presse du kremlin", "le service de presse du kremlin", "services du kremlin", "compte rendu du kremlin",
    "compte-rendu du kremlin", "communiqué du kremlin", "le communiqué du kremlin", "communiqué de la présidence russe",
    "le communiqué de la présidence russe", "compte rendu russe", "version russe",
  ],
  "ru-foreign-minister": [
    "ministre russe des affaires étrangères", "le ministre russe des affaires étrangères", "chef de la diplomatie russe",
    "le chef de la diplomatie russe", "ministre des affaires étrangères russe", "patron de la diplomatie russe",
  ],
  "ru-foreign-ministry-spokesperson": [
    "porte-parole de la diplomatie russe", "la porte-parole de la diplomatie russe", "porte-parole du ministère russe des affaires étrangères",
    "la porte-parole du ministère russe des affaires étrangères", "porte-parole du ministère des affaires étrangères russe",
  ],
  "ru-side": [
    "partie russe", "la partie russe", "côté russe", "les russes", "moscou", "délégation russe", "la délégation russe",
    "responsables russes", "autorités russes", "les autorités russes", "le pouvoir russe", "un responsable russe",
    "un haut responsable russe", "un diplomate russe",
  ],
  "ua-president": [
    "président ukrainien", "le président ukrainien", "président de l'ukraine", "chef de l'état ukrainien",
    "le chef de l'état ukrainien", "homologue ukrainien",
  ],
  "ua-foreign-minister": [
    "ministre ukrainien des affaires étrangères", "le ministre ukrainien des affaires étrangères",
    "chef de la diplomatie ukrainienne", "le chef de la diplomatie ukrainienne",
  ],
  "ua-side": [
    "partie ukrainienne", "la partie ukrainienne", "côté ukrainien", "kiev", "kyiv", "autorités ukrainiennes",
    "les autorités ukrainiennes", "délégation ukrainienne", "la délégation ukrainienne", "un responsable ukrainien",
    "un haut responsable ukrainien",
  ],
  "de-chancellor": ["chancelier allemand", "le chancelier allemand", "chancelière allemande", "la chancelière allemande", "chancelier", "chancelière"],
  "fr-president": [
    "président français", "le président français", "président de la république", "le président de la république",
    "chef de l'état français", "le chef de l'état français",
  ],
  "gb-prime-minister": ["premier ministre britannique", "le premier ministre britannique", "première ministre britannique", "chef du gouvernement britannique"],
  "nato-secretary-general": ["secrétaire général de l'otan", "le secrétaire général de l'otan", "secrétaire général de l'alliance", "patron de l'otan", "chef de l'otan"],
  "foreign-diplomats": [
    "diplomates étrangers", "diplomates occidentaux", "diplomates européens", "diplomates", "un diplomate",
    "un diplomate européen", "un diplomate occidental", "un diplomate étranger", "diplomate européen", "diplomate occidental",
  ],
  "both-leaders": [
    "les deux dirigeants", "deux dirigeants", "les deux présidents", "deux présidents", "les deux chefs d'état",
    "les deux hommes", "les présidents", "les deux leaders", "les dirigeants",
  ],
};

export const FR_ENTITIES: Record<string, string[]> = {
    "chinese-government": ["pékin", "la chine", "le gouvernement chinois", "gouvernement chinois"],
    "media": ["les médias", "médias", "la presse"],
  "donald-trump": ["donald trump", "trump", "le milliardaire républicain"],
  "joe-biden": ["joe biden", "biden"],
  "vladimir-putin": ["vladimir poutine", "poutine", "vladimir vladimirovitch poutine"],
  "dmitry-peskov": ["dmitri peskov", "dmitry peskov", "peskov"],
  "yury-ushakov": ["iouri ouchakov", "youri ouchakov", "ouchakov"],
  "sergey-lavrov": ["sergueï lavrov", "lavrov"],
  "maria-zakharova": ["maria zakharova", "zakharova"],
  "dmitry-medvedev": ["dmitri medvedev", "medvedev"],
  "kirill-dmitriev": ["kirill dmitriev", "dmitriev"],
  "sergei-shoigu": ["sergueï choïgou", "choïgou"],
  "volodymyr-zelenskyy": ["volodymyr zelensky", "zelensky", "zelenski", "volodymyr zelenskyy"],
  "dmytro-kuleba": ["dmytro kouleba", "kouleba"],
  "andrii-sybiha": ["andriï sybiha", "sybiha"],
  "andriy-yermak": ["andriï iermak", "iermak", "andriy yermak"],
  "white-house": ["maison blanche", "maison-blanche", "la maison blanche"],
  "kremlin": ["kremlin", "le kremlin", "présidence russe", "la présidence russe"],
  "elysee": ["élysée", "l'élysée", "palais de l'élysée"],
  "state-department": ["département d'état", "le département d'état", "département d'état américain", "diplomatie américaine", "la diplomatie américaine"],
  "pentagon": ["pentagone", "le pentagone"],
  "us-government": [
    "gouvernement américain", "administration américaine", "l'administration américaine", "administration trump",
    "administration biden", "washington", "exécutif américain", "l'exécutif américain",
  ],
  "russian-foreign-ministry": [
    "ministère russe des affaires étrangères", "le ministère russe des affaires étrangères", "diplomatie russe",
    "la diplomatie russe", "ministère des affaires étrangères russe",
  ],
  "russian-defence-ministry": ["ministère russe de la défense", "le ministère russe de la défense", "ministère de la défense russe"],
  "russia": ["russie", "la russie"],
  "ukraine-presidency": ["présidence ukrainienne", "la présidence ukrainienne", "bureau du président ukrainien", "bureau de volodymyr zelensky", "cabinet de volodymyr zelensky"],
  "ukraine-foreign-ministry": ["ministère ukrainien des affaires étrangères", "diplomatie ukrainienne", "la diplomatie ukrainienne"],
  "nato": ["otan", "l'otan", "alliance atlantique", "l'alliance atlantique"],
  "united-nations": ["onu", "l'onu", "nations unies", "les nations unies"],
  "european-commission": ["commission européenne", "la commission européenne"],
  "downing-street": ["downing street"],
  "afp": ["afp", "l'afp", "agence france-presse"],
  "reuters": ["reuters", "agence reuters"],
  "ap": ["associated press"],
  "tass": ["tass", "agence tass", "l'agence tass"],
  "ria-novosti": ["ria novosti", "agence ria novosti"],
  "interfax": ["interfax", "agence interfax"],
};
