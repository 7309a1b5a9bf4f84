import { oneOf } from "../forms.js";

/**
 * Spanish reporting verbs. Each row lists the forms a news story uses, third person only:
 * preterite sg/pl, present sg/pl, imperfect sg/pl and the participle. `null` leaves out a form
 * that is also a common noun ("cuenta" = account, "crítica" = criticism), so that it does not
 * turn narration into a cue ("precisa" = precise, "denuncia" = complaint, "expresa" = explicit,
 * "sentencia" = ruling, "conviene" = it is worth). The compound tenses are built from the participle below.
 */
type Row = readonly [pret: string, pretPl: string, pres: string | null, presPl: string | null, impf: string | null, impfPl: string | null, participle: string];

const ROWS: readonly Row[] = [
  ["dijo", "dijeron", "dice", "dicen", "decía", "decían", "dicho"],
  ["afirmó", "afirmaron", "afirma", "afirman", "afirmaba", "afirmaban", "afirmado"],
  ["aseguró", "aseguraron", "asegura", "aseguran", "aseguraba", "aseguraban", "asegurado"],
  ["declaró", "declararon", "declara", "declaran", "declaraba", "declaraban", "declarado"],
  ["señaló", "señalaron", "señala", "señalan", "señalaba", "señalaban", "señalado"],
  ["indicó", "indicaron", "indica", "indican", "indicaba", "indicaban", "indicado"],
  ["explicó", "explicaron", "explica", "explican", "explicaba", "explicaban", "explicado"],
  ["añadió", "añadieron", "añade", "añaden", "añadía", "añadían", "añadido"],
  ["agregó", "agregaron", "agrega", "agregan", "agregaba", "agregaban", "agregado"],
  ["subrayó", "subrayaron", "subraya", "subrayan", "subrayaba", "subrayaban", "subrayado"],
  ["destacó", "destacaron", "destaca", "destacan", "destacaba", "destacaban", "destacado"],
  ["recalcó", "recalcaron", "recalca", "recalcan", "recalcaba", "recalcaban", "recalcado"],
  ["enfatizó", "enfatizaron", "enfatiza", "enfatizan", "enfatizaba", "enfatizaban", "enfatizado"],
  ["resaltó", "resaltaron", "resalta", "resaltan", "resaltaba", "resaltaban", "resaltado"],
  ["remarcó", "remarcaron", "remarca", "remarcan", "remarcaba", "remarcaban", "remarcado"],
  ["insistió", "insistieron", "insiste", "insisten", "insistía", "insistían", "insistido"],
  ["advirtió", "advirtieron", "advierte", "advierten", "advertía", "advertían", "advertido"],
  ["avisó", "avisaron", "avisa", "avisan", null, null, "avisado"],
  ["reconoció", "reconocieron", "reconoce", "reconocen", "reconocía", "reconocían", "reconocido"],
  ["admitió", "admitieron", "admite", "admiten", "admitía", "admitían", "admitido"],
  ["confesó", "confesaron", "confiesa", "confiesan", null, null, "confesado"],
  ["negó", "negaron", "niega", "niegan", "negaba", "negaban", "negado"],
  ["desmintió", "desmintieron", "desmiente", "desmienten", "desmentía", "desmentían", "desmentido"],
  ["rechazó", "rechazaron", "rechaza", "rechazan", "rechazaba", "rechazaban", "rechazado"],
  ["confirmó", "confirmaron", "confirma", "confirman", "confirmaba", "confirmaban", "confirmado"],
  ["anunció", "anunciaron", "anuncia", "anuncian", "anunciaba", "anunciaban", "anunciado"],
  ["informó", "informaron", "informa", "informan", "informaba", "informaban", "informado"],
  ["comunicó", "comunicaron", "comunica", "comunican", "comunicaba", "comunicaban", "comunicado"],
  ["manifestó", "manifestaron", "manifiesta", "manifiestan", "manifestaba", "manifestaban", "manifestado"],
  ["expresó", "expresaron", null, "expresan", "expresaba", "expresaban", "expresado"],
  ["sostuvo", "sostuvieron", "sostiene", "sostienen", "sostenía", "sostenían", "sostenido"],
  ["apuntó", "apuntaron", "apunta", "apuntan", "apuntaba", "apuntaban", "apuntado"],
  ["precisó", "precisaron", null, "precisan", null, null, "precisado"],
  ["aclaró", "aclararon", "aclara", "aclaran", "aclaraba", "aclaraban", "aclarado"],
  ["detalló", "detallaron", "detalla", "detallan", "detallaba", "detallaban", "detallado"],
  ["puntualizó", "puntualizaron", "puntualiza", "puntualizan", null, null, "puntualizado"],
  ["matizó", "matizaron", "matiza", "matizan", null, null, "matizado"],
  ["comentó", "comentaron", "comenta", "comentan", "comentaba", "comentaban", "comentado"],
  ["respondió", "respondieron", "responde", "responden", "respondía", "respondían", "respondido"],
  ["replicó", "replicaron", "replica", "replican", null, null, "replicado"],
  ["contestó", "contestaron", "contesta", "contestan", null, null, "contestado"],
  ["prometió", "prometieron", "promete", "prometen", "prometía", "prometían", "prometido"],
  ["garantizó", "garantizaron", "garantiza", "garantizan", null, null, "garantizado"],
  ["reiteró", "reiteraron", "reitera", "reiteran", "reiteraba", "reiteraban", "reiterado"],
  ["reafirmó", "reafirmaron", "reafirma", "reafirman", null, null, "reafirmado"],
  ["recordó", "recordaron", "recuerda", "recuerdan", "recordaba", "recordaban", "recordado"],
  ["denunció", "denunciaron", null, "denuncian", "denunciaba", "denunciaban", "denunciado"],
  ["acusó", "acusaron", "acusa", "acusan", "acusaba", "acusaban", "acusado"],
  // "crítica" (criticism) folds onto "critica": present and imperfect left out.
  ["criticó", "criticaron", null, "critican", null, null, "criticado"],
  ["calificó", "calificaron", "califica", "califican", null, null, "calificado"],
  ["tildó", "tildaron", "tilda", "tildan", null, null, "tildado"],
  ["describió", "describieron", "describe", "describen", "describía", "describían", "descrito"],
  ["consideró", "consideraron", "considera", "consideran", "consideraba", "consideraban", "considerado"],
  ["estimó", "estimaron", "estima", "estiman", null, null, "estimado"],
  ["opinó", "opinaron", "opina", "opinan", "opinaba", "opinaban", "opinado"],
  ["valoró", "valoraron", "valora", "valoran", null, null, "valorado"],
  ["escribió", "escribieron", "escribe", "escriben", "escribía", "escribían", "escrito"],
  ["tuiteó", "tuitearon", "tuitea", "tuitean", null, null, "tuiteado"],
  ["sugirió", "sugirieron", "sugiere", "sugieren", "sugería", "sugerían", "sugerido"],
  ["propuso", "propusieron", "propone", "proponen", "proponía", "proponían", "propuesto"],
  ["pidió", "pidieron", "pide", "piden", "pedía", "pedían", "pedido"],
  ["instó", "instaron", "insta", "instan", null, null, "instado"],
  ["exigió", "exigieron", "exige", "exigen", "exigía", "exigían", "exigido"],
  ["reveló", "revelaron", "revela", "revelan", null, null, "revelado"],
  ["argumentó", "argumentaron", "argumenta", "argumentan", "argumentaba", "argumentaban", "argumentado"],
  ["alegó", "alegaron", "alega", "alegan", "alegaba", "alegaban", "alegado"],
  ["mencionó", "mencionaron", "menciona", "mencionan", null, null, "mencionado"],
  ["observó", "observaron", "observa", "observan", null, null, "observado"],
  ["concluyó", "concluyeron", "concluye", "concluyen", null, null, "concluido"],
  ["defendió", "defendieron", "defiende", "defienden", "defendía", "defendían", "defendido"],
  ["lamentó", "lamentaron", "lamenta", "lamentan", null, null, "lamentado"],
  ["relató", "relataron", "relata", "relatan", null, null, "relatado"],
  ["trasladó", "trasladaron", null, null, null, null, "trasladado"],
  ["transmitió", "transmitieron", "transmite", "transmiten", null, null, "transmitido"],
  ["expuso", "expusieron", "expone", "exponen", null, null, "expuesto"],
  ["planteó", "plantearon", "plantea", "plantean", null, null, "planteado"],
  ["aseveró", "aseveraron", "asevera", "aseveran", null, null, "aseverado"],
  ["apostilló", "apostillaron", "apostilla", "apostillan", null, null, "apostillado"],
  ["sentenció", "sentenciaron", null, "sentencian", null, null, "sentenciado"],
  ["ironizó", "ironizaron", "ironiza", "ironizan", null, null, "ironizado"],
  ["auguró", "auguraron", "augura", "auguran", null, null, "augurado"],
  ["anticipó", "anticiparon", "anticipa", "anticipan", null, null, "anticipado"],
  ["reprochó", "reprocharon", "reprocha", "reprochan", null, null, "reprochado"],
  ["elogió", "elogiaron", "elogia", "elogian", null, null, "elogiado"],
  ["acordó", "acordaron", "acuerda", "acuerdan", null, null, "acordado"],
  ["coincidió", "coincidieron", "coincide", "coinciden", null, null, "coincidido"],
  ["convino", "convinieron", null, "convienen", null, null, "convenido"],
  ["insinuó", "insinuaron", "insinúa", "insinúan", null, null, "insinuado"],
  ["constató", "constataron", "constata", "constatan", null, null, "constatado"],
];

/** Auxiliaries of the compound tenses, including the reportative conditional ("habría dicho"). */
const AUX = ["ha", "han", "había", "habían", "habría", "habrían"];

/** Clitics between a subject and its verb ("Peskov le dijo a la prensa"). */
const CLITIC_VERBS = [
  "dijo",
  "dijeron",
  "aseguró",
  "aseguraron",
  "explicó",
  "confirmó",
  "prometió",
  "trasladó",
  "transmitió",
  "comunicó",
  "indicó",
  "reiteró",
  "pidió",
  "advirtió",
  "expresó",
  "recordó",
  "ha dicho",
  "ha asegurado",
  "ha trasladado",
  "ha transmitido",
];

/** Verbal phrases: periphrases that work as one reporting verb. */
const PHRASES = [
  // (a verb of limiting before the verb of saying: "se limitó a decir que …", "se limitaron a recordar")
  "se {limitó|limitaron|limita|limitan|ha limitado|han limitado} a {decir|señalar|afirmar|recordar|indicar|subrayar|reiterar|explicar|confirmar}",
  "hizo hincapié",
  "hicieron hincapié",
  "hace hincapié",
  "hacen hincapié",
  "ha hecho hincapié",
  "han hecho hincapié",
  "dejó claro",
  "dejó en claro",
  "dejaron claro",
  "dejaron en claro",
  "deja claro",
  "ha dejado claro",
  "han dejado claro",
  "ha dejado en claro",
  "puso de relieve",
  "pusieron de relieve",
  "pone de relieve",
  "ha puesto de relieve",
  "han puesto de relieve",
  "puso de manifiesto",
  "pusieron de manifiesto",
  "ha puesto de manifiesto",
  "dio a conocer",
  "dieron a conocer",
  "ha dado a conocer",
  "han dado a conocer",
  "hizo saber",
  "hicieron saber",
  "ha hecho saber",
  "se comprometió",
  "se comprometieron",
  "se ha comprometido",
  "se han comprometido",
  "se declaró",
  "se declararon",
  "se ha declarado",
  "se quejó",
  "se quejaron",
  "se refirió",
  "se refirieron",
  "se ha referido",
  "se pronunció",
  "se pronunciaron",
  "subió a twitter",
  "escribió en twitter",
  "escribió en x",
  "publicó en twitter",
  "publicó en x",
  "escribió en su cuenta",
];

/**
 * Verb + audience collocations ("dijo a la prensa", "declaró a los periodistas"): with them the
 * cue ends right before a postposed subject ("…», dijo a la prensa el portavoz del Kremlin").
 */
const AUDIENCE_VERBS = [
  "dijo",
  "dijeron",
  "declaró",
  "declararon",
  "explicó",
  "explicaron",
  "aseguró",
  "aseguraron",
  "afirmó",
  "afirmaron",
  "señaló",
  "señalaron",
  "indicó",
  "indicaron",
  "relató",
  "precisó",
  "confirmó",
  "confirmaron",
  "añadió",
  "reconoció",
  "respondió",
  "comentó",
  "contó",
  "detalló",
  "subrayó",
  "advirtió",
  "insistió",
  "ha dicho",
  "ha declarado",
  "ha explicado",
  "ha asegurado",
  "ha afirmado",
  "ha señalado",
  "ha indicado",
  "ha confirmado",
  "dice",
  "explica",
  "asegura",
  "afirma",
  "señala",
  "indica",
];
const AUDIENCES = [
  "a la prensa",
  "a los periodistas",
  "a los medios",
  "a los reporteros",
  "a la televisión",
  "a la radio",
  "en rueda de prensa",
  "en conferencia de prensa",
  "ante la prensa",
  "ante los periodistas",
  "a medios locales",
  "a la televisión estatal",
];

/**
 * Gerunds that report for the subject of the clause before them: "El juez bloqueó la norma,
 * afirmando que viola la ley" (the judge affirms). Only with the complementizer after them: a
 * gerund with an object reports nothing ("afirmando su competencia").
 */
const GERUNDS = [
  "diciendo",
  "afirmando",
  "asegurando",
  "declarando",
  "señalando",
  "explicando",
  "añadiendo",
  "agregando",
  "subrayando",
  "recalcando",
  "insistiendo",
  "advirtiendo",
  "argumentando",
  "alegando",
  "sosteniendo",
  "precisando",
  "reiterando",
  "aclarando",
];

/**
 * Publishing: with only an object, a document was made public ("publicó la transcripción de la
 * llamada"), which is narration; with "que", a colon or a quotation after it, it reports
 * (`reporting.contentVerbs`). "publicó en Twitter" stays a reporting phrase.
 */
const PUBLISHING: readonly Row[] = [["publicó", "publicaron", null, null, null, null, "publicado"]];

/** Verbs that qualify their object, which a clitic before them may stand for ("la calificó de «…»"). */
const QUALIFYING: readonly Row[] = [
  ["calificó", "calificaron", "califica", "califican", null, null, "calificado"],
  ["tildó", "tildaron", "tilda", "tildan", null, null, "tildado"],
  ["describió", "describieron", "describe", "describen", "describía", "describían", "descrito"],
];

/** Every third-person form of some rows, compound tenses included. */
function formsOf(rows: readonly Row[], out = new Set<string>()): Set<string> {
  for (const row of rows) {
    const participle = row[6];
    for (const form of row.slice(0, 6)) if (form) out.add(form);
    out.add(`${oneOf(AUX)} ${participle}`);
  }
  return out;
}

/** The verbs that report only with content after them (`reporting.contentVerbs`). */
// "Mostrarse" reports only with content after it ("se mostró convencido de que …"); with none it is
// narration ("El cansancio se mostró en la segunda mitad").
const SHOWING = ["se mostró", "se mostraron", "se muestra", "se muestran", "se ha mostrado", "se han mostrado"];
// "Contar" is as often to count ("Los técnicos contaron las papeletas") as to tell: it reports with content only
// ("contó que …", "«…», contó el testigo").
const TELLING: readonly Row[] = [["contó", "contaron", null, null, null, null, "contado"]];
export const CONTENT_VERBS: string[] = [...formsOf(PUBLISHING), ...formsOf(TELLING), ...SHOWING];

/** Every third-person form of the Spanish reporting verbs, compound tenses included. */
function reportingVerbs(): string[] {
  const out = formsOf(ROWS);
  out.add(`${oneOf(["le", "les", "se lo", "nos"])} ${oneOf(CLITIC_VERBS)}`);
  // (a direct-object clitic before a verb that qualifies something: "la oposición la calificó de «…»")
  const objects = oneOf(["lo", "la", "los", "las"]);
  out.add(`${objects} ${oneOf(QUALIFYING.flatMap((row) => row.slice(0, 6).filter((f): f is string => f !== null)))}`);
  out.add(`${objects} ${oneOf(AUX)} ${oneOf(QUALIFYING.map((row) => row[6]!))}`);
  for (const p of PHRASES) out.add(p);
  out.add(`${oneOf(GERUNDS)} que`);
  out.add(`${oneOf(AUDIENCE_VERBS)} ${oneOf(AUDIENCES)}`);
  return [...out];
}

/** The reporting verbs of the pack (`reporting.verbs`). */
export const VERBS: string[] = reportingVerbs();

/**
 * Participles whose passive is no report, left out of {@link PASSIVES}: being insured, supported,
 * rejected or defended, recognised, admitted, remembered, observed, concluded, counted, moved,
 * broadcast, exposed, sentenced, published or written ("fue rechazado por el Congreso", "fue
 * trasladado por la policía"), agreed (the parties did it), declared guilty, added, valued or
 * esteemed, and verbs with no passive ("insistido", "coincidido").
 */
const NO_PASSIVE = new Set([
  "asegurado",
  "declarado",
  "añadido",
  "agregado",
  "destacado",
  "insistido",
  "reconocido",
  "admitido",
  "rechazado",
  "sostenido",
  "apuntado",
  "replicado",
  "garantizado",
  "recordado",
  "estimado",
  "valorado",
  "escrito",
  "publicado",
  "observado",
  "concluido",
  "defendido",
  "contado",
  "trasladado",
  "transmitido",
  "expuesto",
  "sentenciado",
  "anticipado",
  "acordado",
  "coincidido",
  "convenido",
]);

/**
 * Participles of the reporting verbs that report in the passive (pack `reporting.passives`), in
 * their four agreements, derived from the table: "La reunión fue calificada de «…» por el portavoz".
 */
export const PASSIVES: string[] = ROWS.filter((r) => !NO_PASSIVE.has(r[6])).map((r) => `${r[6].slice(0, -1)}{o|a|os|as}`);

/** Reporting verbs that take no subject and continue the current source (`reporting.impersonal`). */
export const IMPERSONAL: string[] = [
  "se informó",
  "se informa",
  "se ha informado",
  "se indicó",
  "se indica",
  "se ha indicado",
  "se señaló",
  "se señala",
  "se ha señalado",
  "se destacó",
  "se destaca",
  "se subrayó",
  "se subraya",
  "se ha subrayado",
  "se recalcó",
  "se recalca",
  "se afirmó",
  "se afirma",
  "se precisó",
  "se precisa",
  "se explicó",
  "se explica",
  "se resaltó",
  "se resalta",
  "se recordó",
  "se recuerda",
  "se expresó",
  "se reiteró",
  "se reitera",
  "se constató",
  "se acordó",
  "se acordaron",
  "se ha acordado",
  "se convino",
  "se dijo",
  "se dice",
  "se lee",
  "se puede leer",
  "se asegura",
  "se aseguró",
  "se advierte",
  "se advirtió",
  "se hizo hincapié",
  "se hace hincapié",
  "se puso de relieve",
  "se pone de relieve",
  "se puso de manifiesto",
  "se abordó",
  "se abordaron",
  "se han abordado",
  "se discutió",
  "se discutieron",
  "se analizó",
  "se analizaron",
  "se trató",
  "se trataron",
  "se examinaron",
  "se examinó",
  "se habló",
  "se conversó",
  "según se informó",
  "según se indicó",
  "según se explicó",
];

/** Verbs of denial (`reporting.denials`). */
export const DENIALS: string[] = [
  "negó",
  "niega",
  "negaron",
  "niegan",
  "ha negado",
  "han negado",
  "desmintió",
  "desmiente",
  "desmintieron",
  "ha desmentido",
  "rechazó",
  "rechaza",
  "rechazaron",
  "ha rechazado",
  "descartó",
  "descarta",
  "descartaron",
  "ha descartado",
  "no es cierto",
  "no es verdad",
  "falso",
  "falsa",
  "es falso",
  "carece de fundamento",
  "sin fundamento",
  "infundado",
  "infundadas",
];

/**
 * Quoting (`reporting.quoting`): who is quoted speaks, not the medium — "El diario citó a un testigo
 * diciendo que …", "El ministro, citado por Reuters, dijo …". The active verb with the personal "a"
 * only: "citó un poema" quotes a text.
 */
export const QUOTING = {
  verbs: ["{citó|cita|citaba|citan|citaron|citaban|ha citado|han citado} a"],
  participles: ["{citado|citada|citados|citadas} por"],
  links: ["diciendo", "afirmando", "asegurando", "declarando", "señalando", "según {el|la} cual", "según {los|las} cuales"],
  words: [],
  wordsVerbs: [],
  passiveMarks: [],
};
