import { lazyLanguagePack } from "../define.js";
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
export const de = lazyLanguagePack("de", () => ({
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
  matching: { normalizers: ["strip-marks"], capitalizedNouns: true },
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
    // Verbs of agreeing and discussing: the source of their passage speaks for them.
    jointVerbs: ["vereinbarten", "vereinbarte", "vereinbart", "einigten sich", "einigte sich", "geeinigt", "verständigten sich", "verständigte sich", "verständigt", "sprachen über", "sprach über", "diskutierten", "erörterten", "besprachen", "beschlossen"],
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
      "mit den worten", "mit folgenden worten", "mit dem satz",
    ],
    // A speech act whose object is one of these reports it ("widersprach einer Darstellung", "wies die
    // Vorwürfe zurück"): reported speech needs content after its verb, and these nouns are content.
    claimNouns: [
      "darstellung", "darstellungen", "aussage", "aussagen", "behauptung", "behauptungen", "vorwurf", "vorwürfe",
      "vorwürfen", "anschuldigung", "anschuldigungen", "bericht", "berichte", "berichten", "berichts", "meldung",
      "meldungen", "äußerung", "äußerungen", "erklärung", "spekulation", "spekulationen", "gerüchte", "gerüchten",
      "kritik", "forderung", "forderungen", "version", "angaben", "einschätzung", "prognose", "warnung", "warnungen",
    ],
    // Speech acts whose object is their content ("kritisierte die Entscheidung", "bezeichnete X als Y").
    objectVerbs: [
      "kritisierte", "kritisierten", "kritisiert", "bezeichnete", "bezeichneten", "bezeichnet", "nannte", "nannten", "nennt",
      "charakterisierte", "charakterisiert", "wertete", "werteten", "wertet", "lobte", "lobten", "lobt", "begrüßte",
      "begrüßten", "begrüßt", "verurteilte", "verurteilten", "verurteilt", "dementierte", "dementierten", "dementiert",
      "bestritt", "bestritten", "bestreitet", "wies zurück", "wiesen zurück", "weist zurück", "sagte zu", "sagten zu", "sagt zu",
      "sicherte zu", "sicherten zu", "sichert zu", "kündigte an", "kündigten an", "kündigt an", "bemängelte", "bemängelten",
      "beklagte", "beklagten", "beklagt", "bekräftigte", "bekräftigten", "bekräftigt", "verkündete", "verkündeten", "verkündet",
      "monierte", "monierten", "warf vor", "warfen vor", "wirft vor", "werfen vor", "räumte ein", "räumten ein", "räumt ein",
    ],
    // Sources are read forwards (the speaker follows the phrase). Postpositions that follow their
    // source ("dem Kreml zufolge") and the trailing particle "so" („…“, so Peskow) are left out
    // until the pipeline reads them backwards: as forward sources they would credit the last
    // speaker with the next sentence.
    // "„…“, so Peskow": "so" names a source only after the content, at the end of a sentence.
    trailingSources: ["so"],
    postSources: ["zufolge", "angaben zufolge", "berichten zufolge"],
    sourcePrepositions: ["nach", "laut", "gemäß"],
    sourceNouns: [
      "angaben", "ansicht", "einschätzung", "einschätzungen", "aussage", "aussagen", "meldung", "meldungen", "untersuchung",
      "untersuchungen", "studie", "vorstellungen", "zeugenaussagen", "berichten", "bericht", "informationen", "erkenntnissen",
      "darstellung", "auffassung", "meinung", "worten", "schätzungen", "polizeiangaben", "medienberichten", "augenzeugen",
      "augenzeugenberichten", "experten", "beobachtern",
    ],
    sources: [
      "laut", "nach angaben", "nach angaben von", "nach angaben des", "nach angaben der", "nach worten",
      "nach den worten", "nach darstellung", "nach darstellung des", "nach darstellung der", "nach informationen",
      "unter berufung auf", "berief sich auf", "beruft sich auf", "nach einschätzung", "nach auffassung", "nach ansicht",
      "aus sicht", "nach aussagen", "nach aussage", "nach auskunft", "nach eigenen angaben", "nach offiziellen angaben",
      "nach polizeiangaben", "nach regierungsangaben", "nach armeeangaben", "nach behördenangaben", "nach medienangaben",
      "nach medienberichten", "nach berichten", "nach einem bericht", "nach dem willen", "demnach", "gemäß",
    ],
    asSources: ["wie"],
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
    // Konjunktiv I, 3rd person singular (and "seien"): the mood of reported speech. (Konjunktiv II forms —
    // "würde", "hätte", "wäre" — are as common in narration and hypotheses, so they mark nothing.)
    reportedMood: [
      "sei", "seien", "habe", "werde", "könne", "müsse", "solle", "wolle", "dürfe", "gebe", "gehe",
      "stehe", "liege", "bleibe", "komme", "wisse", "brauche", "sehe", "halte", "lasse", "trage", "plane", "verfüge",
      "arbeite", "erwarte", "fordere", "bestehe", "handle", "handele", "gelte", "fehle", "drohe", "hänge", "führe", "beginne",
      "möge", "verhandle", "unterstütze",
    ],
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
  grammar: {
    // Marks of a plural subject on a verb: a plural verb with no subject speaks for the group named last.
    pluralMarks: ["-ten", "haben"],
    // Nouns that name a news medium: "the agency" is the one named last.
    mediaNouns: ["agentur", "nachrichtenagentur", "zeitung", "blatt", "sender", "fernsehsender", "magazin", "nachrichtenmagazin", "portal", "agenturen"],
    determiners: ["der",  "die",  "das",  "den",  "dem",  "des",  "ein",  "eine",  "einer",  "eines",  "einem",  "einen",  "kein",  "keine",  "keiner",  "keinen",  "sein",  "seine",  "seiner",  "seinen",  "ihr",  "ihre",  "ihrer",  "ihren",  "dieser",  "diese",  "dieses",  "diesen",  "jener",  "jene",  "mehrere",  "einige",  "viele",  "beide",  "alle",  "zwei",  "drei",  "vier",  "fünf",  "zahlreiche",  "andere",  "weitere"],
    nominative: ["der",  "ein",  "kein",  "dieser",  "jener"],
    prepositions: ["in",  "im",  "ins",  "an",  "am",  "ans",  "auf",  "aus",  "bei",  "beim",  "mit",  "nach",  "seit",  "zu",  "zum",  "zur",  "für",  "gegen",  "ohne",  "um",  "durch",  "über",  "unter",  "vor",  "hinter",  "neben",  "zwischen",  "während",  "wegen",  "trotz",  "laut",  "gegenüber",  "bis",  "ab",  "außer",  "innerhalb",  "außerhalb",  "angesichts",  "anlässlich",  "per",  "als"],
    joiners: ["des",  "der",  "eines",  "von",  "vom"],
    conjunctions: ["und",  "oder",  "aber",  "sondern",  "denn",  "doch",  "weil",  "dass",  "daß",  "ob",  "wenn",  "als",  "wie",  "da",  "sowie",  "sodass",  "damit",  "nachdem",  "bevor",  "obwohl",  "während"],
    coordinators: ["und"],
    adverbs: ["auch",  "zudem",  "außerdem",  "ebenfalls",  "weiter",  "weiterhin",  "dann",  "jedoch",  "bereits",  "schon",  "noch",  "nun",  "jetzt",  "später",  "zuvor",  "damals",  "erneut",  "wiederum",  "allerdings",  "nämlich",  "ebenso",  "gleichzeitig",  "zugleich",  "hingegen",  "dagegen",  "indes",  "demnach",  "daher",  "deshalb",  "darum",  "zuletzt",  "kürzlich",  "bislang",  "bisher",  "inzwischen",  "mittlerweile",  "schließlich",  "anschließend",  "ferner",  "überdies",  "hat",  "haben",  "hatte",  "hatten",  "ist",  "sind",  "war",  "waren",  "wird",  "werden",  "wurde",  "wurden",  "habe",  "sei",  "seien",  "würde",  "würden",  "soll",  "sollen",  "sollte",  "könnte",  "kann",  "nicht",  "nie"],
    nonNames: ["ich",  "du",  "er",  "sie",  "es",  "wir",  "ihr",  "man",  "dies",  "das",  "jemand",  "niemand",  "wer",  "was",  "welche",  "welcher",  "welches",  "dieser",  "diese",  "jene",  "diesem",  "diesen",  "hier",  "dort",  "da",  "so",  "demnach",  "daher",  "deshalb",  "also",  "dennoch",  "trotzdem",  "jedoch",  "zudem",  "außerdem",  "ebenfalls",  "bisher",  "nun",  "dann",  "danach",  "davon",  "dazu",  "darauf",  "darüber",  "damit",  "dabei",  "dafür",  "dagegen",  "sich",  "uns",  "ihm",  "ihn",  "ihnen",  "mir",  "mich",  "dir",  "dich"],
    thingPronouns: [],
    titles: ["herr",  "herrn",  "frau",  "dr",  "prof"],
    adverbSuffixes: [],
    verbSecond: true,
    auxiliaries: ["hat", "haben", "hatte", "hatten", "habe", "hätte", "hätten", "ist", "sind", "war", "waren", "sei", "seien", "soll", "sollen", "sollte", "sollten", "will", "wollen", "wollte", "wollten", "kann", "können", "konnte", "konnten", "muss", "müssen", "musste", "mussten", "könne", "müsse", "wolle", "solle", "dürfe", "darf", "durfte", "möchte", "möchten", "würde", "würden", "lässt", "ließ"],
    passive: ["wird", "werden", "wurde", "wurden", "worden", "werde"],
    agents: ["von", "vom", "durch"],
  },
  nameRules: [
    // Genitive -s on an unknown surname ("Witkoffs Reise" → Witkoff). Names that end in
    // -ss/-us/-as/-is/-os/-es in the nominative are kept by the guards below, which match first.
    { suffix: "ss", replace: "ss", minLength: 4, lastWord: true },
    { suffix: "us", replace: "us", minLength: 4, lastWord: true },
    { suffix: "as", replace: "as", minLength: 4, lastWord: true },
    { suffix: "is", replace: "is", minLength: 4, lastWord: true },
    { suffix: "os", replace: "os", minLength: 4, lastWord: true },
    { suffix: "es", replace: "es", minLength: 4, lastWord: true },
    { suffix: "ns", replace: "ns", minLength: 4, lastWord: true },
    { suffix: "s", replace: "", minLength: 4, lastWord: true },
    // Dative plural of groups named as sources ("aus Regierungskreisen hieß es") → "Regierungskreise".
    { suffix: "kreisen", replace: "kreise", minLength: 8, lastWord: true },
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
}));
