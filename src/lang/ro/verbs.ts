import { oneOf } from "../forms.js";
import { perfect, unique } from "./forms.js";

/**
 * One Romanian reporting verb: its past participle (for the perfect compound "a declarat"),
 * the finite forms used in news copy (present 3sg/3pl, imperfect, pluperfect) and the gerund.
 *
 * Only forms that are not also frequent nouns are listed as bare words: "critică", "replică",
 * "comunicat" and "răspuns" are nouns as often as verbs, so they appear only with an auxiliary.
 * First-person forms ("spun", "cred") are left out where they double as 1sg, because quotations
 * are full of "Cred că…".
 */
interface Verb {
  participle: string;
  finite?: readonly string[];
  gerund?: readonly string[];
}

const TABLE: readonly Verb[] = [
  { participle: "declarat", finite: ["declară", "declarau", "declarase", "declaraseră"], gerund: ["declarând"] },
  { participle: "spus", finite: ["spune", "spun", "spunea", "spuneau", "spusese", "spuseseră"], gerund: ["spunând"] },
  { participle: "zis", finite: ["zice", "zicea", "zisese"], gerund: ["zicând"] },
  { participle: "afirmat", finite: ["afirmă", "afirmau", "afirmase", "afirmaseră"], gerund: ["afirmând"] },
  { participle: "precizat", finite: ["precizează", "preciza", "precizau", "precizase", "precizaseră"], gerund: ["precizând"] },
  { participle: "subliniat", finite: ["subliniază", "sublinia", "subliniau", "subliniase", "subliniaseră"], gerund: ["subliniind"] },
  { participle: "menționat", finite: ["menționează", "menționa", "menționau", "menționase", "menționaseră"], gerund: ["menționând"] },
  { participle: "adăugat", finite: ["adaugă", "adăuga", "adăugase"], gerund: ["adăugând"] },
  { participle: "completat", finite: ["completează"], gerund: ["completând"] },
  { participle: "comunicat", finite: ["comunicase"], gerund: ["comunicând"] },
  { participle: "anunțat", finite: ["anunță", "anunța", "anunțau", "anunțase", "anunțaseră"], gerund: ["anunțând"] },
  { participle: "transmis", finite: ["transmite", "transmit", "transmitea", "transmisese"], gerund: ["transmițând"] },
  { participle: "arătat", finite: ["arătase"], gerund: ["arătând"] },
  { participle: "explicat", finite: ["explică", "explica", "explicase"], gerund: ["explicând"] },
  { participle: "concluzionat", finite: ["concluzionează"], gerund: ["concluzionând"] },
  { participle: "conchis", finite: ["conchide"], gerund: ["conchizând"] },
  { participle: "confirmat", finite: ["confirmă", "confirma", "confirmase"], gerund: ["confirmând"] },
  { participle: "negat", finite: ["neagă", "nega", "negase"], gerund: ["negând"] },
  { participle: "dezmințit", finite: ["dezminte", "dezmint"], gerund: ["dezmințind"] },
  { participle: "avertizat", finite: ["avertizează", "avertiza", "avertizase"], gerund: ["avertizând"] },
  { participle: "insistat", finite: ["insistă", "insista"], gerund: ["insistând"] },
  { participle: "susținut", finite: ["susține", "susțin", "susținea", "susțineau", "susținuse"], gerund: ["susținând"] },
  { participle: "recunoscut", finite: ["recunoaște", "recunoștea", "recunoscuse"], gerund: ["recunoscând"] },
  { participle: "admis", finite: ["admite"], gerund: ["admițând"] },
  { participle: "considerat", finite: ["consideră", "considera", "considerau"], gerund: ["considerând"] },
  { participle: "apreciat", finite: ["apreciază", "aprecia"], gerund: ["apreciind"] },
  { participle: "estimat", finite: ["estimează", "estima"], gerund: ["estimând"] },
  { participle: "opinat", finite: ["opinează"], gerund: ["opinând"] },
  { participle: "crezut", finite: ["crede", "credea"], gerund: [] },
  { participle: "promis", finite: ["promite", "promitea", "promisese"], gerund: ["promițând"] },
  { participle: "asigurat", finite: [], gerund: ["asigurând"] },
  { participle: "criticat", finite: [], gerund: ["criticând"] },
  { participle: "acuzat", finite: ["acuză", "acuza", "acuzau"], gerund: ["acuzând"] },
  { participle: "scris", finite: ["scrie", "scria", "scrisese"], gerund: ["scriind"] },
  { participle: "postat", finite: ["postează"], gerund: ["postând"] },
  { participle: "tweetat", finite: ["tweetează"], gerund: [] },
  { participle: "informat", finite: ["informează", "informa"], gerund: ["informând"] },
  { participle: "relatat", finite: ["relatează", "relata"], gerund: ["relatând"] },
  { participle: "reiterat", finite: ["reiterează"], gerund: ["reiterând"] },
  { participle: "reafirmat", finite: ["reafirmă"], gerund: ["reafirmând"] },
  { participle: "repetat", finite: [], gerund: [] },
  { participle: "dezvăluit", finite: ["dezvăluie"], gerund: ["dezvăluind"] },
  { participle: "replicat", finite: [], gerund: ["replicând"] },
  { participle: "răspuns", finite: ["răspunde"], gerund: ["răspunzând"] },
  { participle: "notat", finite: ["notează"], gerund: ["notând"] },
  { participle: "observat", finite: ["observă"], gerund: ["observând"] },
  { participle: "remarcat", finite: ["remarcă"], gerund: ["remarcând"] },
  { participle: "constatat", finite: ["constată"], gerund: ["constatând"] },
  { participle: "semnalat", finite: ["semnalează"], gerund: ["semnalând"] },
  { participle: "indicat", finite: ["indică"], gerund: ["indicând"] },
  { participle: "punctat", finite: ["punctează"], gerund: ["punctând"] },
  { participle: "accentuat", finite: ["accentuează"], gerund: ["accentuând"] },
  { participle: "evidențiat", finite: ["evidențiază"], gerund: ["evidențiind"] },
  { participle: "amintit", finite: ["amintește"], gerund: ["amintind"] },
  { participle: "reamintit", finite: ["reamintește"], gerund: ["reamintind"] },
  { participle: "specificat", finite: ["specifică"], gerund: ["specificând"] },
  { participle: "detaliat", finite: ["detaliază"], gerund: ["detaliind"] },
  { participle: "argumentat", finite: ["argumentează"], gerund: ["argumentând"] },
  { participle: "sugerat", finite: ["sugerează"], gerund: ["sugerând"] },
  { participle: "cerut", finite: ["cere", "cerea"], gerund: ["cerând"] },
  { participle: "solicitat", finite: ["solicită"], gerund: ["solicitând"] },
  { participle: "îndemnat", finite: ["îndeamnă"], gerund: ["îndemnând"] },
  { participle: "descris", finite: ["descrie"], gerund: ["descriind"] },
  { participle: "calificat", finite: [], gerund: ["calificând"] },
  { participle: "caracterizat", finite: ["caracterizează"], gerund: ["caracterizând"] },
  { participle: "comentat", finite: ["comentează"], gerund: ["comentând"] },
  { participle: "mărturisit", finite: ["mărturisește"], gerund: ["mărturisind"] },
  { participle: "povestit", finite: ["povestește"], gerund: ["povestind"] },
  { participle: "exprimat", finite: [], gerund: ["exprimându-și"] },
  { participle: "reacționat", finite: ["reacționează"], gerund: [] },
  { participle: "amenințat", finite: ["amenință"], gerund: ["amenințând"] },
  { participle: "convenit", finite: [], gerund: [] },
  { participle: "clarificat", finite: ["clarifică"], gerund: ["clarificând"] },
];

/** Multi-word reporting expressions and reflexive verbs that the table does not generate. */
const PHRASES: readonly string[] = [
  // (a verb of limiting before the verb of saying: "s-a limitat să spună că …", "s-au limitat să reamintească")
  "{s-a|s-au} limitat să {spună|declare|afirme|precizeze|reamintească|sublinieze|confirme}",
  "se {limitează|limitau} să {spună|declare|afirme|precizeze|reamintească|sublinieze|confirme}",
  "s-a arătat",
  "s-au arătat",
  "s-a declarat",
  "s-au declarat",
  "s-a plâns",
  "s-a lăudat",
  "s-a exprimat",
  "s-a pronunțat",
  "s-a angajat",
  "s-au angajat",
  "a dat asigurări",
  "au dat asigurări",
  "a mai dat asigurări",
  "dă asigurări",
  "dând asigurări",
  "a atras atenția",
  "au atras atenția",
  "atrage atenția",
  "atrăgând atenția",
  "a ținut să precizeze",
  "a ținut să sublinieze",
  "a ținut să menționeze",
  "a ținut să reamintească",
  "a ținut să sublinieze",
  "a lăsat să se înțeleagă",
  "a dat de înțeles",
  "a făcut apel",
  "au făcut apel",
  "face apel",
  "făcând apel",
  "a tras un semnal de alarmă",
  "trage un semnal de alarmă",
  "este de acord",
  "sunt de acord",
  "a fost de acord",
  "au fost de acord",
  "au căzut de acord",
  "a căzut de acord",
  "și-a exprimat",
  "și-au exprimat",
  "își exprimă",
  "și-a manifestat",
  "a declarat presei",
  "a spus reporterilor",
  "a declarat jurnaliștilor",
];

/**
 * A qualifying verb with its object pronoun: proclitic before the auxiliary ("l-a calificat", "i-au
 * descris", "le-a numit") or, for the feminine singular, enclitic after the participle ("a
 * calificat-o drept „…”").
 */
function withObject(participle: string): string[] {
  return [`{l-|i-|le-}{a|au} ${participle}`, `{a|au} ${participle}-o`];
}

/** Verbs that qualify their object, with an object pronoun ("a calificat-o drept „…”"). */
const QUALIFYING = ["calificat", "descris", "caracterizat", "catalogat", "etichetat"];

/**
 * "numit" with an object pronoun reports only with a quotation or a clause after it (`reporting.contentVerbs`):
 * "l-a numit „trădător”" against "l-a numit ministru" (appointed him).
 */
export const CONTENT_VERBS: string[] = withObject("numit");

/**
 * The pluperfect forms of the table ("declarase", "spuseseră"): a synthetic tense of a statement
 * made before the report, with no time of its own (pack `dates.perfect`).
 */
export const PLUPERFECT: string[] = unique(TABLE.flatMap((v) => (v.finite ?? []).filter((f) => /(?:se|seră)$/u.test(f))));

/** Reporting verbs in every form the pack recognises. */
export const VERBS: string[] = unique([
  ...TABLE.flatMap((v) => [...perfect(v.participle), ...(v.finite ?? []), ...(v.gerund ?? [])]),
  ...PHRASES,
  ...QUALIFYING.flatMap(withObject),
]);

/**
 * Participles whose passive is no report, left out of {@link PASSIVES}: being declared (winner,
 * guilty), insured, admitted, recognised, believed, considered, esteemed or estimated, repeated,
 * published, written, posted, asked for or requested, answered, threatened, agreed (the parties did
 * it), and verbs with no passive ("insistat", "reacționat").
 */
const NO_PASSIVE = new Set([
  "declarat",
  "asigurat",
  "admis",
  "recunoscut",
  "crezut",
  "considerat",
  "apreciat",
  "estimat",
  "repetat",
  "publicat",
  "scris",
  "postat",
  "tweetat",
  "cerut",
  "solicitat",
  "răspuns",
  "amenințat",
  "convenit",
  "insistat",
  "reacționat",
  "completat",
  "transmis",
  "arătat",
  "indicat",
  "observat",
  "remarcat",
]);

/** A Romanian past participle in its four agreements: "criticat", "criticată", "criticați", "criticate"; "descris", "descrisă", "descriși", "descrise". */
function agreements(p: string): string[] {
  const stem = p.slice(0, -1);
  return p.endsWith("s") ? [p, `${stem}să`, `${stem}și`, `${stem}se`] : [p, `${stem}tă`, `${stem}ți`, `${stem}te`];
}

/**
 * Participles of the reporting verbs that report in the passive (pack `reporting.passives`), in
 * every agreement, derived from the table: "Întâlnirea a fost calificată drept „…” de către purtătorul de cuvânt".
 */
export const PASSIVES: string[] = unique(TABLE.filter((v) => !NO_PASSIVE.has(v.participle)).flatMap((v) => agreements(v.participle)));

/** Present 3sg forms that take the impersonal reflexive "se" ("se arată într-un comunicat"). */
const IMPERSONAL_PRESENT = [
  "arată",
  "menționează",
  "precizează",
  "afirmă",
  "spune",
  "subliniază",
  "adaugă",
  "anunță",
  "notează",
  "explică",
  "susține",
  "consideră",
  "apreciază",
  "estimează",
  "indică",
  "relatează",
  "transmite",
  "declară",
  "evidențiază",
  "reamintește",
  "insistă",
  "specifică",
  "constată",
  "afirma",
];
/** Participles that take the impersonal "s-a" ("s-a convenit", "s-a precizat"). */
const IMPERSONAL_PERFECT = [
  "convenit",
  "precizat",
  "menționat",
  "subliniat",
  "afirmat",
  "anunțat",
  "spus",
  "stabilit",
  "decis",
  "agreat",
  "discutat",
  "notat",
  "constatat",
  "remarcat",
  "evidențiat",
  "reiterat",
  "confirmat",
  "transmis",
  "declarat",
  "apreciat",
  "reafirmat",
  "hotărât",
  "relatat",
];
/** Passive perfects of readout style ("a fost subliniată necesitatea…"); `*` covers gender and number. */
const PASSIVE = [
  "subliniat",
  "menționat",
  "precizat",
  "exprimat",
  "discutat",
  "abordat",
  "confirmat",
  "reafirmat",
  "evidențiat",
  "convenit",
  "stabilit",
  "notat",
  "salutat",
  "examinat",
  "analizat",
];

/** Subject-less reporting expressions that continue the current source. */
export const IMPERSONAL: string[] = unique([
  `se [mai] ${oneOf(IMPERSONAL_PRESENT)}`,
  `s-a [mai] ${oneOf(IMPERSONAL_PERFECT)}`,
  `s-au ${oneOf(IMPERSONAL_PERFECT)}`,
  ...PASSIVE.map((p) => `{a|au} fost ${p}*`),
  "se arată în",
  "după cum se arată",
]);

/** Verbs and phrases of denial, for stance comparison. */
export const DENIALS: string[] = unique([
  ...perfect("negat"),
  "neagă",
  "negând",
  "a negat categoric",
  ...perfect("respins"),
  "respinge",
  "resping",
  "respingând",
  ...perfect("dezmințit"),
  "dezminte",
  "dezmint",
  "dezmințind",
  ...perfect("infirmat"),
  "infirmă",
  "infirmând",
  ...perfect("contestat"),
  "contestă",
  "contestând",
  ...perfect("dezavuat"),
  "nu este adevărat",
  "nu e adevărat",
  "nu sunt adevărate",
  "neadevărat",
  "neadevărată",
  "neadevărate",
  "fals",
  "falsă",
  "false",
  "știri false",
  "fake news",
  "minciună",
  "minciuni",
  "nu corespunde realității",
  "nu corespund realității",
  "lipsit de temei",
  "lipsite de temei",
  "nefondat",
  "nefondate",
  "nu a confirmat",
]);

/**
 * Quoting (`reporting.quoting`): who is quoted speaks, not the medium — "Reuters citează un oficial
 * care a spus că …", "Ministrul, citat de Reuters, a declarat …". The participle comes with its agent
 * ("un citat din" is a noun); after an article it is a noun too ("un citat de Eminescu").
 */
export const QUOTING = {
  verbs: ["citează", "a citat", "au citat", "citau", "cita"],
  participles: ["{citat|citată|citați|citate} de [către]"],
  links: ["potrivit {căruia|căreia|cărora}", "spunând", "afirmând", "declarând"],
  words: [],
  wordsVerbs: [],
  passiveMarks: [],
};
