import { lazyLanguagePack } from "../define.js";
import { COMPARE } from "./compare.js";
import { ENTITIES } from "./entities.js";
import { spellings, unique } from "./forms.js";
import type { LanguagePackInput } from "../../schema/pack.js";
import { ROLES } from "./roles.js";
import { TOPICS } from "./topics.js";
import { DENIALS, IMPERSONAL, REPORTING_VERBS } from "./verbs.js";

const dedupe = (rec: Record<string, string[]>): Record<string, string[]> =>
  Object.fromEntries(Object.entries(rec).map(([k, v]) => [k, unique(v)]));

/**
 * Weekday forms: bare ("vineri"), articled, meaning "on that day" or "the last such day"
 * ("vinerea", "vinerea trecută"), and the genitive construction of narrative copy
 * ("în cursul zilei de sâmbătă").
 */
const weekday = (bare: string, articled: string): string[] => [bare, articled, `ziua de ${bare}`, `zilei de ${bare}`];

/**
 * Adds the diacritic-less and old-orthography spelling of every pattern list (see
 * `spellings`); quote marks, scripts and name rules are left as they are.
 */
function withSpellings<T>(value: T, key = ""): T {
  if (key === "quotes" || key === "scripts" || key === "nameRules") return value;
  if (Array.isArray(value)) {
    return (value.every((v) => typeof v === "string") ? spellings(value as string[]) : value.map((v) => withSpellings(v))) as T;
  }
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withSpellings(v, k)])) as T;
  }
  return value;
}

/**
 * Romanian. Diacritics are NOT folded: folding would make the very frequent "puțin" ("little")
 * the name Putin, "această" ("this") the pronoun "aceasta", "că" the preposition "ca". Instead
 * every pattern also carries its diacritic-less spelling (for sites that publish without
 * diacritics) and its "î"-for-"â" spelling; cedilla "ş ţ" and comma "ș ț" are unified by word
 * folding itself.
 */
const input: LanguagePackInput = {
  code: "ro",
  name: "Romanian",
  detection: {
    scripts: ["Latin"],
    stopwords: [
      "și", "în", "la", "de", "cu", "pe", "din", "că", "să", "care", "este", "sunt", "au", "nu", "un", "o", "mai", "pentru",
      "fost", "dar", "iar", "însă", "ce", "cel", "cea", "cei", "ale", "al", "lui", "după", "despre", "între", "acest", "această",
      "acesta", "aceasta", "sau", "dacă", "fi", "fie", "către", "prin", "doar", "foarte", "unei", "unui", "se", "deja", "astfel",
      "totuși", "deși", "atât", "cât", "poate", "trebuie", "spre", "decât", "niciun", "până", "când", "ceea", "într",
    ],
    letters: "ăâîșțşţ",
  },
  matching: { normalizers: ["comma-below"] },
  quotes: {
    pairs: [["„", "”"], ["„", "“"], ["„", "\""], ["”", "”"], ["“", "”"], ["«", "»"], ["\"", "\""]],
    dashes: ["–", "—"],
  },
  sentences: {
    abbreviations: [
      "dl.", "d.", "dna.", "d-na.", "d-l.", "dlui.", "dnei.", "dra.", "nr.", "art.", "alin.", "lit.", "pct.", "cap.", "par.",
      "ș.a.", "ş.a.", "ș.a.m.d.", "ş.a.m.d.", "etc.", "prof.", "conf.", "univ.", "dr.", "ing.", "ec.", "av.", "pr.", "ep.", "sf.", "st.",
      "gen.", "col.", "lt.", "cpt.", "mr.", "plt.", "sg.", "mil.", "mld.", "mln.", "sec.", "min.", "aprox.", "cca.", "ex.", "vs.", "v.",
      "ian.", "feb.", "febr.", "mart.", "apr.", "iun.", "iul.", "aug.", "sept.", "sep.", "oct.", "nov.", "dec.",
      "str.", "bd.", "bld.", "jud.", "mun.", "com.", "tel.", "p.", "pag.", "vol.", "ed.", "fig.", "resp.", "sen.", "dep.",
      "n.r.", "n.red.", "red.", "a.c.", "î.e.n.", "e.n.", "î.hr.", "d.hr.", "s.u.a.", "u.e.", "s.a.", "s.r.l.", "ș.", "ş.",
    ],
  },
  reporting: {
    // Verbs of agreeing and discussing: the source of their passage speaks for them.
    jointVerbs: ["au convenit", "a convenit", "convenit", "au discutat", "a discutat", "au vorbit despre", "a vorbit despre", "s-au pus de acord", "au căzut de acord", "a căzut de acord", "au fost de acord", "au agreat", "au stabilit", "au decis"],
    verbs: REPORTING_VERBS,
    impersonal: IMPERSONAL,
    nouns: [
      "într-un comunicat", "în comunicatul", "în comunicat", "printr-un comunicat", "într-un comunicat de presă", "în comunicatul de presă",
      "într-un comunicat oficial", "potrivit comunicatului", "conform comunicatului", "potrivit unui comunicat", "conform unui comunicat",
      "într-o declarație", "în declarația", "printr-o declarație", "într-o declarație de presă", "în declarațiile", "într-o declarație comună",
      "într-un mesaj", "în mesajul", "printr-un mesaj", "într-un mesaj video", "într-un mesaj publicat",
      "pe Twitter", "pe X", "pe rețeaua X", "pe platforma X", "pe rețeaua de socializare", "pe rețelele de socializare", "pe Facebook",
      "pe Telegram", "pe canalul de Telegram", "pe Truth Social", "pe rețeaua Truth Social", "pe contul său", "pe pagina sa",
      "într-o postare", "în postarea", "printr-o postare", "într-un tweet", "în tweetul", "într-un mesaj pe Twitter",
      "într-un interviu", "în interviul", "în cadrul unui interviu", "într-un interviu acordat",
      "într-o conferință de presă", "în conferința de presă", "la conferința de presă", "în cadrul unei conferințe de presă",
      "în cadrul conferinței de presă", "într-un briefing", "în cadrul briefingului", "la briefingul", "în cadrul unui briefing",
      "într-un raport", "în raportul", "într-o notă", "în nota", "într-o scrisoare", "în scrisoarea", "într-un discurs", "în discursul",
      "în cadrul unui discurs", "într-o intervenție", "în intervenția", "într-o emisiune", "în emisiunea", "într-o înregistrare video",
      "într-un videoclip", "la televiziunea de stat", "pe site-ul Kremlinului", "pe site-ul oficial",
    ],
    sources: [
      "conform", "potrivit", "citat de", "citată de", "citați de", "citate de", "citat de agenția", "citată de agenția",
      "după cum a anunțat", "după cum a declarat", "după cum a precizat", "după cum a transmis", "după cum a relatat", "după cum a scris",
      "după cum informează", "după cum relatează", "după cum scrie", "după cum anunță", "după cum transmite", "după cum notează",
      "în opinia", "în opinia lui", "în opinia sa", "în viziunea", "în viziunea lui", "în cuvintele", "după spusele", "potrivit spuselor",
      "potrivit declarațiilor", "conform declarațiilor", "potrivit informațiilor", "conform informațiilor", "potrivit surselor",
      "conform surselor", "potrivit unor surse", "citând", "citând surse", "cu referire la", "făcând referire la", "preluat de",
      "preluată de", "relatează", "informează", "transmite", "scrie", "anunță", "notează",
    ],
    // Relative "according to which" introduces reported content, not a source: listing it here
    // keeps "informațiile conform cărora SUA…" from reading as "conform" + a source.
    retrospective: ["despre acest lucru", "a anunțat acest lucru"],
    asSources: ["după cum", "cum"],
    complementizers: [
      "că", "cum că", "faptul că", "precum că", "potrivit căruia", "potrivit căreia", "potrivit cărora", "conform căruia",
      "conform căreia", "conform cărora",
    ],
    denials: DENIALS,
    undated: [
      "la un moment dat", "adeseori", "adesea", "deseori", "de multe ori", "în repetate rânduri", "în mai multe rânduri",
      "în numeroase rânduri", "în mod repetat", "nu o dată", "de mai multe ori", "de fiecare dată", "anterior", "în trecut", "cândva",
      "odinioară", "mereu", "întotdeauna", "dintotdeauna", "de-a lungul timpului", "de-a lungul anilor", "în ultimii ani",
      "de ani de zile", "la vremea respectivă", "la acea vreme", "în campania electorală", "în timpul campaniei electorale",
      "pe parcursul campaniei", "în timpul campaniei", "în anii trecuți", "a tot spus", "a tot repetat",
    ],
    relatives: ["care"],
    negations: ["nu", "n-a", "n-au", "nici nu"],
    anaphors: ["acestuia", "acesteia", "acestora", "său", "sale", "lor"],
    pronouns: ["el", "ea", "ei", "ele", "noi", "eu", "dânsul", "dânsa", "acesta", "aceasta", "aceștia", "acestea", "dumnealui", "dumneaei"],
    // "Întrebat despre X, Peskov a afirmat…" introduces a claim, so the participle "întrebat" is
    // deliberately not a question label; labels are the nouns of transcripts ("Întrebare: …").
    questionLabels: ["întrebare", "întrebarea", "întrebări", "jurnalist", "ziarist", "reporter", "moderator"],
  },
  roles: dedupe(ROLES),
  entities: dedupe(ENTITIES),
  topics: dedupe(TOPICS),
  evaluative: {
    positive: [
      "bun", "bună", "bune", "buni", "foarte bun", "foarte bună", "foarte bune", "excelent*", "pozitiv", "pozitivă", "pozitive",
      "pozitivi", "constructiv*", "productiv", "productivă", "productive", "fructuos", "fructuoasă", "fructuoase", "util", "utilă",
      "utile", "reușit", "reușită", "de succes", "prietenesc", "prietenească", "prietenos", "prietenoasă", "cordial*", "călduros",
      "călduroasă", "substanțial*", "puternic", "puternică", "puternice", "durabil*", "de durată", "de lungă durată", "pragmatic*",
      "sincer", "sinceră", "franc", "francă", "semnificativ*", "reciproc avantajos", "respect reciproc", "încântat", "încântată",
      "mulțumit", "mulțumită", "satisfăcut", "satisfăcută", "optimist*", "promițător", "promițătoare", "minunat*", "fantastic*",
      "grozav*", "extraordinar*", "orientat spre rezolvarea problemelor",
    ],
    negative: [
      "rău", "rea", "prost", "proastă", "negativ*", "nesatisfăcător", "nesatisfăcătoare", "total nesatisfăcător",
      "total nesatisfăcătoare", "tensionat*", "dificil*", "ostil*", "dezamăgitor", "dezamăgitoare", "dezamăgit*", "neproductiv*",
      "amenințător", "amenințătoare", "periculos", "periculoasă", "periculoase", "eroare gravă", "greșeală gravă", "isterie",
      "isteria", "isteriei", "inacceptabil*", "îngrijorat*", "îngrijorare", "îngrijorarea", "agresiv*", "regretabil*", "lipsit de substanță",
      "eșec", "eșuat", "eșuată", "rece", "glacial*",
    ],
    neutral: ["echilibrat*", "la obiect", "de lucru", "neutru", "neutră", "realist*"],
  },
  grammar: {
    // Marks of a plural subject on a verb: a plural verb with no subject speaks for the group named last.
    pluralMarks: ["au"],
    // Nouns that name a news medium: "the agency" is the one named last.
    mediaNouns: ["agenția", "agenției", "agentia", "agentiei", "publicația", "publicației", "ziarul", "ziarului", "cotidianul", "cotidianului", "postul", "agențiile", "agențiilor"],
    determiners: ["un",  "o",  "niște",  "acest",  "această",  "acești",  "aceste",  "acel",  "acea",  "acei",  "acele",  "cei",  "cele",  "cel",  "cea",  "doi",  "două",  "trei",  "patru",  "mai",  "mulți",  "multe",  "unii",  "unele",  "toți",  "toate",  "fiecare"],
    nominative: [],
    prepositions: ["în",  "la",  "pe",  "cu",  "din",  "prin",  "pentru",  "spre",  "către",  "despre",  "fără",  "sub",  "după",  "până",  "între",  "contra",  "împotriva",  "printre",  "lângă",  "dintre",  "asupra"],
    joiners: ["de",  "al",  "a",  "ai",  "ale",  "lui"],
    conjunctions: ["și",  "iar",  "dar",  "însă",  "sau",  "ori",  "că",  "să",  "dacă",  "când",  "deoarece",  "fiindcă",  "ci",  "ca"],
    coordinators: ["și"],
    adverbs: ["și",  "mai",  "apoi",  "ulterior",  "totodată",  "deja",  "încă",  "însă",  "tot",  "chiar",  "doar",  "astfel",  "a",  "au",  "ar",  "fi",  "fost",  "este",  "sunt",  "era",  "nu"],
    nonNames: ["eu",  "tu",  "el",  "ea",  "noi",  "voi",  "ei",  "ele",  "acesta",  "aceasta",  "aceștia",  "acestea",  "acela",  "aceea",  "cineva",  "nimeni",  "care",  "ce",  "îl",  "le",  "îi",  "ne",  "vă",  "se",  "astfel",  "totodată",  "însă",  "apoi",  "deci",  "așadar",  "prin",  "urmare"],
    thingPronouns: [],
    titles: ["domnul",  "doamna",  "domnului",  "doamnei",  "dl",  "dna",  "dr",  "prof"],
    adverbSuffixes: [],
  },
  nameRules: [
    // Articled genitive-dative of a name written with the enclitic article: "Washingtonului" →
    // "Washington", "Pentagonului" → "Pentagon". No Romanian or foreign given name ends in -ului.
    { suffix: "ului", replace: "", minLength: 7 },
    // Articled nominative on a hyphen-less foreign name is too ambiguous ("Paul", "Raul", "Saul"):
    // no "-ul" rule.
    // Feminine genitive of first names in -ia: "Mariei" → "Maria", "Victoriei" → "Victoria".
    // (A bare "-ei" → "-a" rule would turn "Andrei", "Serghei", "Alexei", "Matei" into nonsense.)
    { suffix: "iei", replace: "ia", minLength: 6 },
    // Feminine genitives of names in -ela, -ina, -ena, -ana, -eta, -esa: "Angelei" → "Angela",
    // "Cristinei" → "Cristina", "Elenei" → "Elena", "Dianei" → "Diana", "Theresei" → "Theresa".
    { suffix: "elei", replace: "ela", minLength: 6 },
    { suffix: "inei", replace: "ina", minLength: 6 },
    { suffix: "enei", replace: "ena", minLength: 6 },
    { suffix: "anei", replace: "ana", minLength: 6 },
    { suffix: "etei", replace: "eta", minLength: 6 },
    { suffix: "esei", replace: "esa", minLength: 6 },
    // Russian and Ukrainian feminine surnames: "Zaharovei" → "Zaharova", "Ivanovei" → "Ivanova",
    // "-evei" → "-eva" ("Sergheevei" → "Sergheeva").
    { suffix: "ovei", replace: "ova", minLength: 6 },
    { suffix: "evei", replace: "eva", minLength: 6 },
  ],
  dates: {
    months: [
      ["ianuarie", "ian"], ["februarie", "feb", "febr"], ["martie", "mart"], ["aprilie", "apr"], ["mai"], ["iunie", "iun"],
      ["iulie", "iul"], ["august", "aug"], ["septembrie", "sept", "sep"], ["octombrie", "oct"], ["noiembrie", "nov"], ["decembrie", "dec"],
    ],
    weekdays: [
      weekday("luni", "lunea"), weekday("marți", "marțea"), weekday("miercuri", "miercurea"), weekday("joi", "joia"),
      weekday("vineri", "vinerea"), weekday("sâmbătă", "sâmbăta"), weekday("duminică", "duminica"),
    ],
    past: ["trecut", "trecută", "trecute", "trecuți", "precedent", "precedentă", "anterioară", "anterior"],
    days: {
      "0": ["azi", "astăzi", "în această dimineață", "în dimineața aceasta", "în această seară", "în seara aceasta", "diseară", "în cursul zilei de azi", "în cursul zilei de astăzi"],
      "-1": ["ieri", "aseară", "ieri seară", "ieri dimineață", "în cursul zilei de ieri", "în seara zilei de ieri"],
      "-2": ["alaltăieri", "alaltăseară"],
    },
    units: { minute: ["minut", "minute", "minutele"], hour: ["oră", "ore", "ora", "orei"],
      day: ["zi", "zile", "zilei"],
      week: ["săptămână", "săptămâni", "săptămâna"],
      month: ["lună", "luni", "luna", "lunii"],
      year: ["an", "ani", "anul"],
    },
    numbers: {
      "1": ["o", "un", "una", "unu"], "2": ["două", "doi"], "3": ["trei", "câteva", "câțiva"], "4": ["patru"], "5": ["cinci"],
      "6": ["șase"], "7": ["șapte"], "8": ["opt"], "9": ["nouă"], "10": ["zece"], "11": ["unsprezece"], "12": ["douăsprezece", "doisprezece"],
    },
    agoBefore: ["acum", "în urmă cu"],
    agoAfter: ["în urmă"],
    dayWords: ["data de"],
    yearWords: ["anul"],
    numericOrder: "dmy",
  },
  compare: COMPARE,
  boilerplate: {
    lineStarts: [
      "citește și", "citeşte şi", "citiți și", "citește mai mult", "citește continuarea", "citește articolul", "vezi și", "vezi aici",
      "vezi video", "vezi galeria", "vezi foto", "foto", "video", "sursa foto", "galerie foto", "abonează-te", "abonați-vă",
      "urmărește-ne", "urmăriți-ne", "urmărește știrile", "fii la curent", "distribuie", "publicitate", "articol recomandat",
      "recomandare", "recomandări", "click aici", "dă click", "apasă aici", "te-ar putea interesa", "mai multe detalii",
      "google news", "descarcă aplicația", "foto video",
    ],
    endMarkers: [
      "comentarii", "lasă un comentariu", "adaugă un comentariu", "scrie un comentariu", "0 comentarii", "1 comentariu",
      "articole similare", "articole asemănătoare", "articole recomandate", "știri similare", "știri recomandate", "te-ar putea interesa",
      "mai multe știri", "alte știri", "alte articole", "cele mai citite", "cele mai citite știri", "din aceeași categorie",
      "abonează-te la newsletter", "despre autor", "etichete", "tag-uri", "taguri", "distribuie articolul", "urmărește-ne pe",
    ],
    // A paragraph holding any of these anywhere is dropped as a caption, so only unambiguous
    // credit phrases are listed; a bare "Foto" opening a line is handled by lineStarts.
    captions: [
      "sursa foto", "sursă foto", "captură video", "captură foto", "captură de ecran", "captură tv", "imagine ilustrativă",
      "foto ilustrativ", "fotografie ilustrativă", "foto arhivă", "arhivă foto", "getty images", "profimedia", "inquam photos",
      "shutterstock", "dreamstime", "agerpres foto", "foto agerpres", "foto reuters", "foto afp", "foto epa",
    ],
    credits: ["sursa", "sursă", "conform", "via", "preluare", "preluat de", "preluată de", "cu informații de la", "cu informații de"],
  },
};

/** The Romanian language pack. */
export const ro = lazyLanguagePack("ro", () => withSpellings(input));
