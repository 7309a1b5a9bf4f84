import { lazyLanguagePack } from "../define.js";
import { COMPARE } from "./compare.js";
import { FR_IMPERSONAL, FR_VERBS } from "./verbs.js";
import { FR_ENTITIES, FR_ROLES } from "./names.js";
import { FR_TOPICS } from "./topics.js";

/**
 * French. Quotations « … » with (narrow) no-break spaces inside, “…” and ‹ › as used online;
 * dialogue and quotations opened by a dash ("— La conversation a été franche, a déclaré M.
 * Ouchakov."); inverted incises after a quotation ("a-t-il ajouté", "estime-t-elle"); "selon",
 * "d'après" sources. The right single quote is an apostrophe in French ("l’Élysée"), never a
 * quotation mark.
 */
export const fr = lazyLanguagePack("fr", () => ({
  code: "fr",
  name: "French",
  detection: {
    scripts: ["Latin"],
    stopwords: [
      "le", "la", "les", "de", "des", "du", "un", "une", "et", "est", "en", "que", "qui", "dans", "pour", "pas", "sur", "au",
      "aux", "avec", "il", "elle", "ce", "cette", "son", "sa", "ses", "par", "ont", "été", "plus", "mais", "ou", "ne",
      "se", "qu", "lors", "selon", "entre", "sont", "leur", "leurs", "avait", "aussi", "nous", "été", "même", "après",
    ],
    letters: "àâçèéêëîïôùûœ",
  },
  matching: { normalizers: ["strip-marks"] },
  quotes: {
    pairs: [["«", "»"], ["“", "”"], ["‹", "›"], ["„", "“"], ["\"", "\""]],
    dashes: ["—", "–"],
  },
  sentences: {
    abbreviations: [
      "m.", "mm.", "mme.", "mlle.", "dr.", "pr.", "me.", "st.", "ste.", "etc.", "cf.", "env.", "p.", "pp.", "av.", "apr.",
      "j.-c.", "vol.", "éd.", "janv.", "févr.", "avr.", "juil.", "sept.", "oct.", "nov.", "déc.", "gén.", "col.", "lt.",
      "cdt.", "adj.", "sgt.", "n°.", "no.", "tél.", "ex.", "min.", "max.", "hab.", "mds.", "md.", "mln.", "art.", "al.",
      "bd.", "éds.", "fig.", "chap.", "resp.", "vs.", "ibid.", "op.", "cit.", "u.s.", "o.n.u.", "sté.",
    ],
  },
  reporting: {
    // Verbs of agreeing and discussing: the source of their passage speaks for them.
    jointVerbs: ["sont convenus", "se sont accordés", "se sont entendus", "sont tombés d'accord", "se sont mis d'accord", "ont discuté", "ont évoqué", "ont abordé", "ont parlé de", "ont décidé", "ont convenu"],
    verbs: FR_VERBS,
    impersonal: FR_IMPERSONAL,
    nouns: [
      "dans un communiqué", "dans son communiqué", "dans leur communiqué", "dans le communiqué", "dans une déclaration",
      "dans sa déclaration", "dans un message", "dans un tweet", "dans un post", "dans une publication", "sur x", "sur twitter",
      "sur telegram", "sur truth social", "sur son compte", "dans un entretien", "dans une interview", "dans un entretien accordé",
      "lors d'un point de presse", "lors de son point de presse", "lors d'une conférence de presse", "en conférence de presse",
      "devant la presse", "devant les journalistes", "aux journalistes", "à la presse", "dans un compte rendu",
      "dans le compte rendu", "dans un compte-rendu", "dans le compte-rendu", "dans une note", "dans une vidéo",
      "dans son allocution", "lors d'une allocution", "dans une lettre",
    ],
    sources: [
      "selon", "d'après", "de source", "citant", "cité par", "citée par", "cités par", "selon les termes de", "aux dires de",
      "à en croire", "de l'avis de", "relayé par", "relayés par",
      "selon le communiqué", "selon un communiqué", "selon le compte rendu", "selon le compte-rendu", "selon un compte rendu",
      "de sources", "comme l'a indiqué", "comme l'a rapporté", "comme l'a souligné", "comme l'a expliqué",
    ],
    asSources: ["comme"],
    complementizers: ["que", "qu", "si"],
    denials: [
      "a démenti", "dément", "démenti", "démentent", "a nié", "nie", "nié", "nient", "a rejeté", "rejette", "rejeté",
      "a réfuté", "réfute", "a contesté", "conteste", "pas vrai", "faux", "infondé", "infondée", "infondées",
      "sans fondement", "fake news", "catégoriquement", "fausse information", "fausses informations",
    ],
    undated: [
      "à plusieurs reprises", "à maintes reprises", "à de nombreuses reprises", "maintes fois", "régulièrement",
      "par le passé", "auparavant", "précédemment", "depuis longtemps", "avait déjà", "a déjà", "a toujours", "avait toujours",
      "jadis", "naguère", "au fil des ans", "au fil des années", "plus tôt cette année", "il y a quelque temps", "souvent",
      "dans le passé", "à l'époque", "de longue date", "ne cesse de", "n'a cessé de", "n'a eu de cesse de",
    ],
    relatives: ["qui"],
    negations: ["ne", "n", "pas"],
    pronouns: ["il", "elle", "ils", "elles", "nous", "je", "lui", "eux"],
    questionLabels: ["question", "q"],
  },
  roles: FR_ROLES,
  entities: FR_ENTITIES,
  topics: FR_TOPICS,
  evaluative: {
    positive: [
      "très bon", "très bonne", "bon", "bonne", "bien", "très bien", "positif", "positive", "positifs", "positives",
      "constructif", "constructive", "constructifs", "constructives", "productif", "productive", "excellent", "excellente",
      "réussi", "réussie", "fructueu*", "amical", "amicale", "cordial*", "chaleureu*", "substantiel*", "solide", "durable",
      "franc", "franche", "sincère", "sincères", "utile", "utiles", "professionnel", "professionnelle", "pragmatique",
      "pas important", "étape importante",
    ],
    negative: [
      "mauvais", "mauvaise", "négatif", "négative", "insatisfaisant*", "totalement insatisfaisant", "tendu", "tendue",
      "difficile", "difficiles", "hostile", "hostiles", "décevant*", "improductif", "improductive", "menaçant*", "dangereu*",
      "grave erreur", "hystérie", "inacceptable", "inacceptables", "provocat*", "agressi*",
    ],
    neutral: ["équilibré", "équilibrée", "neutre"],
  },
  grammar: {
    // Marks of a plural subject on a verb: a plural verb with no subject speaks for the group named last.
    pluralMarks: ["ont"],
    // Nouns that name a news medium: "the agency" is the one named last.
    mediaNouns: ["agence", "journal", "quotidien", "chaîne", "hebdomadaire", "agences"],
    determiners: ["le",  "la",  "les",  "l",  "un",  "une",  "des",  "du",  "ce",  "cet",  "cette",  "ces",  "son",  "sa",  "ses",  "leur",  "leurs",  "plusieurs",  "deux",  "trois",  "quatre",  "certains",  "certaines",  "tous",  "toutes",  "chaque",  "aucun",  "aucune"],
    nominative: [],
    prepositions: ["à",  "au",  "aux",  "en",  "dans",  "sur",  "sous",  "avec",  "sans",  "pour",  "par",  "chez",  "vers",  "entre",  "contre",  "depuis",  "pendant",  "après",  "avant",  "lors",  "malgré",  "envers",  "parmi",  "outre",  "via",  "auprès"],
    joiners: ["de",  "du",  "des",  "d"],
    conjunctions: ["et",  "ou",  "mais",  "donc",  "or",  "ni",  "car",  "que",  "qu",  "si",  "quand",  "lorsque",  "comme",  "puisque",  "tandis",  "alors"],
    coordinators: ["et"],
    adverbs: ["aussi",  "également",  "encore",  "ensuite",  "puis",  "déjà",  "toutefois",  "cependant",  "pourtant",  "néanmoins",  "alors",  "enfin",  "notamment",  "ainsi",  "a",  "ont",  "avait",  "avaient",  "est",  "sont",  "était",  "étaient",  "sera",  "serait",  "ne",  "pas",  "jamais",  "plus"],
    nonNames: ["je",  "tu",  "il",  "elle",  "on",  "nous",  "vous",  "ils",  "elles",  "ce",  "cela",  "ça",  "ceci",  "celui",  "celle",  "ceux",  "celles",  "qui",  "que",  "quoi",  "lui",  "leur",  "y",  "en",  "se",  "soi",  "moi",  "toi",  "eux",  "ainsi",  "donc",  "alors",  "cependant",  "toutefois",  "pourtant",  "néanmoins",  "enfin",  "aussi",  "également",  "puis",  "ensuite"],
    thingPronouns: [],
    titles: ["m",  "mme",  "mlle",  "monsieur",  "madame",  "mademoiselle",  "dr",  "me",  "pr"],
    adverbSuffixes: ["amment", "emment"],
  },
  nameRules: [],
  dates: {
    months: [
      ["janvier", "janv"], ["février", "févr"], ["mars"], ["avril", "avr"], ["mai"], ["juin"], ["juillet", "juil"], ["août"],
      ["septembre"], ["octobre", "oct"], ["novembre", "nov"], ["décembre", "déc"],
    ],
    weekdays: [["lundi"], ["mardi"], ["mercredi"], ["jeudi"], ["vendredi"], ["samedi"], ["dimanche"]],
    past: ["dernier", "dernière", "passé", "passée", "précédent", "précédente"],
    days: {
      "0": ["aujourd'hui", "ce matin", "cet après-midi", "ce soir", "cette nuit"],
      "-1": ["hier", "hier soir", "hier matin", "hier après-midi", "la nuit dernière"],
      "-2": ["avant-hier"],
    },
    units: { minute: ["minute", "minutes"], hour: ["heure", "heures"], day: ["jour", "jours"], week: ["semaine", "semaines"], month: ["mois"], year: ["an", "ans", "année", "années"] },
    numbers: {
      "1": ["un", "une"], "2": ["deux"], "3": ["trois", "quelques"], "4": ["quatre"], "5": ["cinq"], "6": ["six"], "7": ["sept"],
      "8": ["huit"], "9": ["neuf"], "10": ["dix"],
    },
    agoBefore: ["il y a"],
    agoAfter: [],
    dayWords: ["le"],
    yearWords: [],
    numericOrder: "dmy",
  },
  compare: COMPARE,
  boilerplate: {
    lineStarts: [
      "lire aussi", "à lire aussi", "a lire aussi", "lire également", "à lire également", "voir aussi", "lire la suite",
      "sur le même sujet", "pour aller plus loin", "abonnez-vous", "inscrivez-vous", "newsletter", "publicité", "photo",
      "crédit photo", "vidéo", "découvrez", "suivez-nous", "partager", "retrouvez", "notre dossier", "les plus lus",
      "article réservé aux abonnés", "réservé aux abonnés", "légende", "illustration", "crédits",
    ],
    endMarkers: [
      "commentaires", "réagissez", "vous aimerez aussi", "sur le même sujet", "nos newsletters", "les plus lus",
      "dans la même rubrique", "ajouter un commentaire", "contribuer", "à lire aussi",
    ],
    captions: ["crédit photo", "afp photo", "getty images", "sputnik / afp", "ap photo", "archives afp", "pool / afp", "kremlin pool"],
    credits: ["avec afp", "avec reuters", "avec l'afp", "avec agences", "avec ap", "source", "sources", "d'après afp", "(avec"],
  },
}));
