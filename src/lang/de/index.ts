import { defineLanguagePack } from "../define.js";
import { COMPARE } from "./compare.js";
import { DE_IMPERSONAL, DE_VERBS } from "./verbs.js";
import { DE_ENTITIES, DE_ROLES } from "./names.js";
import { DE_TOPICS } from "./topics.js";

/** Day numbers written as ordinals ("am 12. März"): the period is no sentence end. */
const ORDINAL_DAYS = Array.from({ length: 31 }, (_, i) => `${i + 1}.`);

/**
 * German. Quotations „…“ (also »…«, ‚…‘, Swiss «…» and “…” as used online); trailing
 * attribution after the quote („…“, sagte Peskow. / „…“, so Peskow.); reported speech in the
 * Konjunktiv; separable reporting verbs ("teilte … mit"); genitive -s on names ("Putins").
 */
export const de = defineLanguagePack({
  code: "de",
  name: "German",
  detection: {
    scripts: ["Latin"],
    stopwords: [
      "der", "die", "und", "den", "von", "zu", "das", "mit", "sich", "des", "auf", "für", "ist", "im", "dem", "nicht",
      "ein", "eine", "als", "auch", "es", "werden", "aus", "er", "hat", "dass", "sie", "nach", "wird", "bei", "einer",
      "um", "sind", "noch", "wie", "einem", "über", "einen", "zum", "war", "haben", "nur", "oder", "aber", "vor", "zur",
      "bis", "mehr", "durch", "sagte", "sei", "habe", "werde", "zwischen", "seine", "ihre",
    ],
    letters: "äöüß",
  },
  matching: { foldDiacritics: true, capitalizedNouns: true },
  quotes: {
    pairs: [["„", "“"], ["„", "”"], ["»", "«"], ["‚", "‘"], ["›", "‹"], ["«", "»"], ["“", "”"], ["\"", "\""]],
    dashes: ["–", "—"],
  },
  sentences: {
    abbreviations: [
      "z.b.", "u.a.", "d.h.", "bzw.", "ca.", "dr.", "prof.", "nr.", "vgl.", "usw.", "etc.", "inkl.", "exkl.", "s.", "st.",
      "jan.", "feb.", "febr.", "aug.", "sept.", "okt.", "nov.", "dez.", "mio.", "mrd.", "min.", "std.", "evtl.", "ggf.",
      "sog.", "zit.", "gen.", "hl.", "u.s.", "z.t.", "v.a.", "o.ä.", "abs.", "art.", "bzgl.", "ehem.", "insb.", "jh.",
      "jhd.", "mind.", "max.", "rd.", "tel.", "u.ä.", "u.u.", "v.chr.", "n.chr.", "z.zt.", "a.d.", "i.d.r.", "s.o.",
      "s.u.", "dt.", "frz.", "engl.", "russ.", "ukr.", "amerik.", "hrsg.", "red.", "dipl.", "ing.", "bspw.", "zzgl.",
      ...ORDINAL_DAYS,
    ],
  },
  reporting: {
    verbs: DE_VERBS,
    impersonal: DE_IMPERSONAL,
    nouns: [
      "in einer erklärung", "in seiner erklärung", "in ihrer erklärung", "in der erklärung", "in einer schriftlichen erklärung",
      "in einer mitteilung", "in der mitteilung", "in seiner mitteilung", "in ihrer mitteilung", "in einer pressemitteilung",
      "in einer stellungnahme", "in seiner stellungnahme", "in ihrer stellungnahme", "in einem kommuniqué", "im kommuniqué",
      "in einem statement", "in einem interview", "im interview", "in einem gespräch mit", "im gespräch mit",
      "in einem beitrag", "in einem post", "in einem tweet", "auf x", "auf twitter", "auf telegram", "auf truth social",
      "auf einer pressekonferenz", "bei einer pressekonferenz", "auf der pressekonferenz", "bei einem briefing",
      "vor journalisten", "vor reportern", "gegenüber journalisten", "gegenüber reportern", "vor der presse",
      "in einer videobotschaft", "in seiner videobotschaft", "in seiner abendlichen videobotschaft", "in einer ansprache",
    ],
    // Sources are read forwards (the speaker follows the phrase). Postpositions that follow their
    // source ("dem Kreml zufolge") and the trailing particle "so" („…“, so Peskow) are left out
    // until the pipeline reads them backwards: as forward sources they would credit the last
    // speaker with the next sentence.
    // "„…“, so Peskow": "so" names a source only after the content, at the end of a sentence.
    trailingSources: ["so"],
    postSources: ["zufolge"],
    sources: [
      "laut", "nach angaben", "nach angaben von", "nach angaben des", "nach angaben der", "nach worten",
      "nach den worten", "nach darstellung", "nach darstellung des", "nach darstellung der", "nach informationen",
      "unter berufung auf", "berief sich auf", "beruft sich auf", "nach einschätzung", "nach auffassung", "nach ansicht",
      "aus sicht",
    ],
    complementizers: ["dass", "daß", "ob"],
    denials: [
      "dementierte", "dementiert", "dementieren", "bestritt", "bestreitet", "bestritten", "wies zurück", "weist zurück",
      "zurückgewiesen", "zurückwies", "lehnte ab", "lehnt ab", "abgelehnt", "nicht wahr", "falsch", "unwahr", "haltlos",
      "erfunden", "fake news", "verneinte", "verneint",
    ],
    undated: [
      "wiederholt", "mehrfach", "mehrmals", "immer wieder", "in der vergangenheit", "früher", "einst", "bereits früher",
      "schon früher", "stets", "schon immer", "seit langem", "seit jahren", "im laufe der jahre", "bereits mehrfach",
      "zuvor bereits", "schon einmal", "bereits im vorfeld", "zu einem früheren zeitpunkt", "seinerzeit",
    ],
    negations: ["nicht", "nie", "nicht näher"],
    pronouns: ["er", "sie", "wir", "ich"],
    questionLabels: ["frage", "f"],
  },
  roles: DE_ROLES,
  entities: DE_ENTITIES,
  topics: DE_TOPICS,
  evaluative: {
    positive: [
      "sehr gut", "sehr gutes", "sehr guten", "sehr gute", "gut", "gutes", "guten", "gute", "positiv*", "konstruktiv*",
      "produktiv*", "ausgezeichnet*", "hervorragend*", "erfolgreich*", "freundlich*", "herzlich*", "substanziell*",
      "sachlich*", "geschäftsmäßig*", "offen", "offenes", "offene", "offenen", "ehrlich*", "nützlich*", "fruchtbar*",
      "dauerhaft*", "bedeutsam*", "großartig*", "inhaltsreich*", "vertrauensvoll*", "respektvoll*", "wichtigen schritt",
    ],
    negative: [
      "schlecht*", "negativ*", "unbefriedigend*", "völlig unbefriedigend", "angespannt*", "schwierig*", "feindselig*",
      "enttäuschend*", "unproduktiv*", "bedrohlich*", "gefährlich*", "schwerer fehler", "schweren fehler", "hysterie",
      "inakzeptabel*", "unannehmbar*", "provokativ*", "provokation*", "aggressiv*",
    ],
    neutral: ["ausgewogen*", "neutral*"],
  },
  nameRules: [
    // Genitive -s on an unknown surname ("Witkoffs Reise" → Witkoff). Names that end in
    // -ss/-us/-as/-is/-os/-es in the nominative are kept by the guards below, which match first.
    { suffix: "ss", replace: "ss", minLength: 4 },
    { suffix: "us", replace: "us", minLength: 4 },
    { suffix: "as", replace: "as", minLength: 4 },
    { suffix: "is", replace: "is", minLength: 4 },
    { suffix: "os", replace: "os", minLength: 4 },
    { suffix: "es", replace: "es", minLength: 4 },
    { suffix: "s", replace: "", minLength: 4 },
  ],
  dates: {
    months: [
      ["januar", "jänner", "januars", "jan"], ["februar", "feber", "februars", "feb", "febr"], ["märz", "mrz"], ["april", "apr"],
      ["mai"], ["juni", "jun"], ["juli", "jul"], ["august", "aug"], ["september", "sept", "sep"], ["oktober", "okt"],
      ["november", "nov"], ["dezember", "dez"],
    ],
    weekdays: [["montag*"], ["dienstag*"], ["mittwoch*"], ["donnerstag*"], ["freitag*"], ["samstag*", "sonnabend*"], ["sonntag*"]],
    past: ["vergangenen", "vergangene", "vergangener", "letzten", "letzte", "letzter", "vorigen", "vorige", "voriger"],
    days: {
      "0": ["heute", "heutigen", "heute morgen", "heute früh", "heute vormittag", "heute nachmittag", "heute abend"],
      "-1": ["gestern", "gestrigen", "gestern morgen", "gestern früh", "gestern vormittag", "gestern nachmittag", "gestern abend"],
      "-2": ["vorgestern"],
    },
    units: { minute: ["Minute", "Minuten"], hour: ["Stunde", "Stunden"],
      day: ["tag", "tage", "tagen", "tages"],
      week: ["woche", "wochen"],
      month: ["monat", "monate", "monaten", "monats"],
      year: ["jahr", "jahre", "jahren", "jahres"],
    },
    numbers: {
      "1": ["ein", "eine", "einem", "einer", "einen", "eins"], "2": ["zwei", "zweier"], "3": ["drei", "ein paar", "einigen", "wenigen"],
      "4": ["vier"], "5": ["fünf"], "6": ["sechs"], "7": ["sieben"], "8": ["acht"], "9": ["neun"], "10": ["zehn"],
    },
    agoBefore: ["vor"],
    agoAfter: [],
    dayWords: ["am", "vom"],
    yearWords: ["des jahres"],
    numericOrder: "dmy",
  },
  compare: COMPARE,
  boilerplate: {
    lineStarts: [
      "lesen sie auch", "lesen sie mehr", "lesen sie hier", "lesen sie dazu", "lesen sie", "mehr zum thema", "mehr dazu",
      "auch interessant", "das könnte sie auch interessieren", "weiterlesen", "zum thema", "siehe auch", "anzeige",
      "foto", "fotos", "video", "jetzt abonnieren", "abonnieren sie", "newsletter", "folgen sie uns", "artikel teilen",
      "zur startseite", "mehr lesen", "hören sie", "empfohlener redaktioneller inhalt", "bildquelle", "quelle",
    ],
    endMarkers: [
      "kommentare", "kommentar schreiben", "leserkommentare", "das könnte sie auch interessieren", "mehr zum thema",
      "weitere artikel", "ähnliche artikel", "zur startseite", "diesen artikel teilen", "über den autor", "impressum",
    ],
    captions: [
      "bildquelle", "archivbild", "picture alliance", "getty images", "imago images", "kremlin pool", "ap photo",
    ],
    credits: ["mit material von", "mit material der", "mit agenturmaterial", "mit agenturen", "quelle", "quellen", "nach agenturangaben"],
  },
});
