import { oneOf } from "../forms.js";

/**
 * Italian reporting verbs. Each row: participle, passato remoto sg/pl, presente sg/pl,
 * imperfetto sg/pl (third person only). `null` leaves out a form that is also a common noun
 * ("nota" = note, "critica" = criticism, "replica" = reply), so that narration does not become a
 * cue. News copy mostly uses the passato prossimo ("ha detto"), often with an adverb between
 * the auxiliary and the participle ("ha poi aggiunto", "ha inoltre sottolineato"); those
 * combinations are generated below.
 *
 * The pack folds diacritics, so a passato remoto in -ò/-ì that folds onto a common noun or
 * adjective is left out ("annunciò" → "annuncio" = announcement, "commentò" → "commento",
 * "ricordò" → "ricordo", "pubblicò" → "pubblico", "precisò" → "preciso"): the forms that remain
 * fold only onto first-person verbs, which occur inside quotations, where cues are ignored.
 * Present forms that are also nouns or adjectives are left out too ("conferma" = confirmation,
 * "accusa" = accusation, "denuncia", "precisa" = precise, "manifesta", "conviene" = it is worth).
 */
type Row = readonly [
  participle: string,
  remoto: string | null,
  remotoPl: string | null,
  pres: string | null,
  presPl: string | null,
  impf: string | null,
  impfPl: string | null,
];

const ROWS: readonly Row[] = [
  ["detto", "disse", "dissero", "dice", "dicono", "diceva", "dicevano"],
  ["dichiarato", "dichiarò", "dichiararono", "dichiara", "dichiarano", "dichiarava", "dichiaravano"],
  ["affermato", "affermò", "affermarono", "afferma", "affermano", "affermava", "affermavano"],
  ["sostenuto", "sostenne", "sostennero", "sostiene", "sostengono", "sosteneva", "sostenevano"],
  ["sottolineato", "sottolineò", "sottolinearono", "sottolinea", "sottolineano", "sottolineava", "sottolineavano"],
  ["ribadito", "ribadì", "ribadirono", "ribadisce", "ribadiscono", "ribadiva", "ribadivano"],
  ["aggiunto", "aggiunse", "aggiunsero", "aggiunge", "aggiungono", "aggiungeva", "aggiungevano"],
  ["spiegato", "spiegò", "spiegarono", "spiega", "spiegano", "spiegava", "spiegavano"],
  ["precisato", null, "precisarono", null, "precisano", null, null],
  ["osservato", "osservò", "osservarono", "osserva", "osservano", null, null],
  ["notato", null, "notarono", null, null, null, null],
  ["evidenziato", "evidenziò", "evidenziarono", "evidenzia", "evidenziano", null, null],
  ["rilevato", "rilevò", "rilevarono", "rileva", "rilevano", null, null],
  ["assicurato", "assicurò", "assicurarono", "assicura", "assicurano", "assicurava", "assicuravano"],
  ["rassicurato", "rassicurò", "rassicurarono", "rassicura", "rassicurano", null, null],
  ["garantito", null, "garantirono", "garantisce", "garantiscono", null, null],
  ["annunciato", null, "annunciarono", "annuncia", "annunciano", null, null],
  ["confermato", "confermò", "confermarono", null, "confermano", "confermava", "confermavano"],
  ["riferito", "riferì", "riferirono", "riferisce", "riferiscono", "riferiva", "riferivano"],
  ["comunicato", "comunicò", "comunicarono", "comunica", "comunicano", null, null],
  ["informato", "informò", "informarono", "informa", "informano", null, null],
  ["rivelato", "rivelò", "rivelarono", "rivela", "rivelano", null, null],
  ["ammesso", "ammise", "ammisero", "ammette", "ammettono", "ammetteva", "ammettevano"],
  ["riconosciuto", "riconobbe", "riconobbero", "riconosce", "riconoscono", "riconosceva", "riconoscevano"],
  ["negato", "negò", "negarono", "nega", "negano", "negava", "negavano"],
  ["smentito", "smentì", "smentirono", "smentisce", "smentiscono", "smentiva", "smentivano"],
  ["escluso", "escluse", "esclusero", "esclude", "escludono", null, null],
  ["respinto", "respinse", "respinsero", "respinge", "respingono", null, null],
  ["avvertito", "avvertì", "avvertirono", "avverte", "avvertono", null, null],
  ["ammonito", "ammonì", "ammonirono", "ammonisce", "ammoniscono", null, null],
  ["avvisato", null, "avvisarono", null, null, null, null],
  ["insistito", "insistette", "insistettero", "insiste", "insistono", "insisteva", "insistevano"],
  ["risposto", "rispose", "risposero", "risponde", "rispondono", "rispondeva", "rispondevano"],
  ["replicato", "replicò", "replicarono", null, "replicano", null, null],
  ["commentato", null, "commentarono", "commenta", "commentano", null, null],
  ["scritto", "scrisse", "scrissero", "scrive", "scrivono", "scriveva", "scrivevano"],
  ["twittato", "twittò", "twittarono", "twitta", null, null, null],
  ["promesso", "promise", "promisero", "promette", "promettono", "prometteva", "promettevano"],
  ["ricordato", null, "ricordarono", "ricorda", "ricordano", "ricordava", "ricordavano"],
  ["denunciato", "denunciò", "denunciarono", null, "denunciano", null, null],
  ["accusato", "accusò", "accusarono", null, "accusano", "accusava", "accusavano"],
  // "critica" (criticism) is a frequent noun: only the unambiguous forms.
  ["criticato", null, "criticarono", null, "criticano", null, null],
  ["definito", "definì", "definirono", "definisce", "definiscono", "definiva", "definivano"],
  ["descritto", "descrisse", "descrissero", "descrive", "descrivono", null, null],
  ["ritenuto", "ritenne", "ritennero", "ritiene", "ritengono", "riteneva", "ritenevano"],
  ["considerato", "considerò", "considerarono", "considera", "considerano", null, null],
  ["suggerito", "suggerì", "suggerirono", "suggerisce", "suggeriscono", null, null],
  ["proposto", "propose", "proposero", "propone", "propongono", "proponeva", "proponevano"],
  ["chiesto", "chiese", "chiesero", "chiede", "chiedono", "chiedeva", "chiedevano"],
  ["esortato", "esortò", "esortarono", "esorta", "esortano", null, null],
  ["sollecitato", null, "sollecitarono", "sollecita", "sollecitano", null, null],
  ["invitato", null, "invitarono", "invita", "invitano", null, null],
  ["concluso", "concluse", "conclusero", "conclude", "concludono", null, null],
  ["rimarcato", "rimarcò", "rimarcarono", "rimarca", "rimarcano", null, null],
  ["puntualizzato", "puntualizzò", "puntualizzarono", "puntualizza", "puntualizzano", null, null],
  ["chiarito", null, "chiarirono", "chiarisce", "chiariscono", null, null],
  ["indicato", "indicò", "indicarono", "indica", "indicano", null, null],
  ["segnalato", "segnalò", "segnalarono", "segnala", "segnalano", null, null],
  ["enfatizzato", "enfatizzò", "enfatizzarono", "enfatizza", "enfatizzano", null, null],
  ["constatato", "constatò", "constatarono", "constata", "constatano", null, null],
  ["concordato", null, "concordarono", "concorda", "concordano", null, null],
  ["convenuto", "convenne", "convennero", null, "convengono", null, null],
  ["espresso", "espresse", "espressero", "esprime", "esprimono", null, null],
  ["manifestato", null, "manifestarono", null, "manifestano", null, null],
  ["auspicato", "auspicò", "auspicarono", "auspica", "auspicano", null, null],
  ["lamentato", null, "lamentarono", "lamenta", "lamentano", null, null],
  ["raccontato", null, "raccontarono", "racconta", "raccontano", "raccontava", "raccontavano"],
  ["anticipato", null, "anticiparono", "anticipa", "anticipano", null, null],
  ["ironizzato", "ironizzò", "ironizzarono", "ironizza", "ironizzano", null, null],
  ["tuonato", null, "tuonarono", "tuona", "tuonano", null, null],
  ["esordito", null, "esordirono", "esordisce", null, null, null],
  ["argomentato", null, "argomentarono", "argomenta", "argomentano", null, null],
];

/** Auxiliaries, including the reportative conditional ("Putin avrebbe detto" = reportedly said). */
const AUX = ["ha", "hanno", "aveva", "avevano", "avrebbe", "avrebbero", "abbia", "abbiano"];

/** Auxiliaries that news copy combines with an interpolated adverb. */
const ADVERB_AUX = ["ha", "hanno", "aveva", "avevano", "avrebbe"];

/** Adverbs that Italian puts between auxiliary and participle ("ha poi aggiunto"). */
/** The speaker's own turn, between auxiliary and participle here and between subject and verb in the pack's adverb phrases. */
export const OWN_TURN = ["da parte sua", "da parte loro", "dal canto suo", "dal canto loro", "a sua volta", "a loro volta"];

const ADVERBS = [
  "poi",
  "anche",
  "inoltre",
  "quindi",
  "infatti",
  "però",
  "ancora",
  "invece",
  "già",
  "infine",
  "pure",
  "subito",
  "tuttavia",
  "comunque",
  "oggi",
  "ieri",
  "più volte",
  "ripetutamente",
  "sempre",
  "spesso",
  "già più volte",
  "a più riprese",
  "in passato",
  // (the speaker's own turn: "Il sindaco ha da parte sua dichiarato che …")
  ...OWN_TURN,
];

/** Verbal phrases that work as one reporting verb, with their auxiliary forms. */
const PHRASES = [
  "{fa|fanno|fece} sapere",
  "{ha|hanno|aveva|avrebbe} fatto sapere",
  "{fa|fanno} notare",
  "{ha|hanno} fatto notare",
  "{ha|hanno} fatto presente",
  "fa presente",
  "{ha|hanno} reso noto",
  "{rende|rendono|rese} noto",
  "{ha|hanno} messo in {chiaro|guardia}",
  "mette in {chiaro|guardia}",
  "ha tenuto a {precisare|sottolineare|ribadire}",
  "tiene a {precisare|sottolineare}",
  "ha voluto {sottolineare|precisare|ribadire}",
  // (a verb of limiting before the verb of saying: "si è limitato a dire che …", "si limita a ribadire")
  "si è {limitato|limitata} a {dire|ribadire|ricordare|sottolineare|osservare|spiegare|precisare|confermare}",
  "si sono {limitati|limitate} a {dire|ribadire|ricordare|sottolineare|osservare|spiegare|precisare|confermare}",
  "si {limita|limitano|limitò} a {dire|ribadire|ricordare|sottolineare|osservare|spiegare|precisare|confermare}",
  "si è {detto|detta|dichiarato|dichiarata|impegnato|impegnata|espresso|espressa|soffermato|soffermata}",
  "si è {pronunciato|pronunciata|lamentato|lamentata}",
  "si sono {detti|dette|dichiarati|impegnati|espressi|soffermati}",
  "ha scritto {su x|su twitter|sui social|su telegram}",
];

/**
 * Verb + audience collocations ("ha detto ai giornalisti", "ha spiegato in conferenza stampa"):
 * with them the cue ends right before a postposed subject ("…», ha detto ai giornalisti il portavoce").
 */
const AUDIENCE_VERBS = [
  "detto",
  "dichiarato",
  "spiegato",
  "affermato",
  "riferito",
  "sottolineato",
  "precisato",
  "assicurato",
  "confermato",
  "aggiunto",
  "ribadito",
  "raccontato",
  "risposto",
  "annunciato",
  "ammesso",
  "avvertito",
  "osservato",
];
const AUDIENCE_PRESENT = [
  "dice",
  "dichiara",
  "spiega",
  "afferma",
  "riferisce",
  "sottolinea",
  "precisa",
  "assicura",
  "conferma",
  "aggiunge",
  "disse",
  "dichiarò",
  "spiegò",
];
const AUDIENCES = [
  "ai giornalisti",
  "alla stampa",
  "ai cronisti",
  "ai media",
  "ai reporter",
  "in conferenza stampa",
  "davanti ai giornalisti",
  "alla televisione",
  "alla tv",
  "alla tv di stato",
  "alla radio",
];

/**
 * Every third-person form of the Italian reporting verbs, compound tenses included, as patterns
 * with slots ("{ha|hanno|…} {poi|anche|…} detto", see `Pattern` in src/schema/pack.ts): some
 * three hundred patterns, expanded into the 10,000 combinations when the pack is built.
 */
/**
 * Gerunds that report for the subject of the clause before them: "Il giudice ha bloccato la
 * norma, affermando che viola la legge" (the judge affirms). Only with the complementizer after them: a
 * gerund with an object reports nothing ("affermando la propria competenza").
 */
const GERUNDS = [
  "dicendo",
  "affermando",
  "aggiungendo",
  "dichiarando",
  "spiegando",
  "sottolineando",
  "precisando",
  "ribadendo",
  "sostenendo",
  "assicurando",
  "avvertendo",
  "evidenziando",
  "rimarcando",
  "insistendo",
  "osservando",
];

/**
 * Publishing: with only an object, a document was made public ("ha pubblicato il resoconto della
 * telefonata"), which is narration; with "che", a colon or a quotation after it, it reports
 * (`reporting.contentVerbs`).
 */
const PUBLISHING: readonly Row[] = [["pubblicato", null, "pubblicarono", null, null, null, null]];

function formsOf(rows: readonly Row[], out = new Set<string>()): Set<string> {
  for (const row of rows) {
    const participle = row[0];
    for (const form of row.slice(1)) if (form) out.add(form);
    out.add(`${oneOf(AUX)} ${participle}`);
    out.add(`${oneOf(ADVERB_AUX)} ${oneOf(ADVERBS)} ${participle}`);
    // An object pronoun before the auxiliary, the participle agreeing with it: "la ha definita “…”", "li ha
    // definiti". ("lo ha" and "l'ha" open the retrospective "Lo ha riferito X", pack `reporting.retrospective`.)
    if (participle.endsWith("o")) {
      const stem = participle.slice(0, -1);
      out.add(`${oneOf(["la", "li", "le"])} ${oneOf(AUX)} ${oneOf([`${stem}a`, `${stem}i`, `${stem}e`])}`);
    }
  }
  return out;
}

/** The verbs that report only with content after them (`reporting.contentVerbs`). */
// "Mostrarsi" reports only with content after it ("si è mostrato fiducioso che …"); with none it is
// narration ("La stanchezza si è mostrata nel secondo tempo").
const SHOWING = ["si è {mostrato|mostrata}", "si sono {mostrati|mostrate}", "si mostra", "si mostrano"];
export const CONTENT_VERBS: string[] = [...formsOf(PUBLISHING), ...SHOWING];

/**
 * Participles of verbs that qualify their object ("l'ha definita “…”", "lo ha definito un errore"):
 * with "lo" or "l'" before the auxiliary they are a verb with its object pronoun, where a reporting
 * participle after the same words opens the retrospective "Lo ha riferito X" (pack
 * `reporting.retrospective`; a listed verb that holds those words is no retrospective).
 */
const QUALIFYING = ["definito", "descritto", "bollato", "giudicato", "chiamato", "etichettato"];

function reportingVerbs(): string[] {
  const out = formsOf(ROWS);
  const stems = QUALIFYING.map((p) => p.slice(0, -1));
  out.add(`lo ${oneOf(AUX)} ${oneOf(QUALIFYING)}`);
  out.add(`l'${oneOf(AUX)} ${oneOf(stems.flatMap((s) => [`${s}o`, `${s}a`]))}`);
  for (const p of PHRASES) out.add(p);
  out.add(`${oneOf(GERUNDS)} che`);
  out.add(`${oneOf(["ha", "hanno", "aveva", "avrebbe"])} ${oneOf(AUDIENCE_VERBS)} ${oneOf(AUDIENCES)}`);
  out.add(`${oneOf(AUDIENCE_PRESENT)} ${oneOf(AUDIENCES)}`);
  return [...out];
}

/** The reporting verbs of the pack (`reporting.verbs`). */
export const VERBS: string[] = reportingVerbs();

/**
 * Participles whose passive is no report, left out of {@link PASSIVES}: being supported, insured,
 * guaranteed, admitted, recognised, excluded, rejected, felt (an earthquake "è stato avvertito
 * dalla popolazione"), acquired ("rilevato da"), observed, invited, concluded, written, published
 * or remembered, agreed (the parties did it), declared guilty, added, and verbs with no passive
 * ("insistito", "risposto", "esordito").
 */
const NO_PASSIVE = new Set([
  "dichiarato",
  "sostenuto",
  "aggiunto",
  "assicurato",
  "rassicurato",
  "garantito",
  "ammesso",
  "riconosciuto",
  "escluso",
  "respinto",
  "avvertito",
  "insistito",
  "risposto",
  "replicato",
  "scritto",
  "pubblicato",
  "ricordato",
  "invitato",
  "concluso",
  "concordato",
  "convenuto",
  "anticipato",
  "esordito",
  "osservato",
  "rilevato",
]);

/**
 * Participles of the reporting verbs that report in the passive (pack `reporting.passives`), in
 * their four agreements, derived from the table: "L'incontro è stato definito «…» dal portavoce".
 */
export const PASSIVES: string[] = ROWS.filter((r) => !NO_PASSIVE.has(r[0])).map((r) => `${r[0].slice(0, -1)}{o|a|i|e}`);

/** Reporting verbs that take no subject and continue the current source (`reporting.impersonal`). */
export const IMPERSONAL: string[] = [
  "si legge",
  "si afferma",
  "si sottolinea",
  "si precisa",
  "si spiega",
  "si aggiunge",
  "si ribadisce",
  "si evidenzia",
  "si osserva",
  "si rileva",
  "si riferisce",
  "si apprende",
  "si dice",
  "si è discusso",
  "si è parlato",
  "si è convenuto",
  "si è concordato",
  "si è sottolineato",
  "è stato sottolineato",
  "è stata sottolineata",
  "sono stati sottolineati",
  "è stato ribadito",
  "è stata ribadita",
  "è stato evidenziato",
  "è stata evidenziata",
  "è stato concordato",
  "è stata concordata",
  "è stato affermato",
  "è stato detto",
  "è stato precisato",
  "è stato osservato",
  "è stato rilevato",
  "è stato riferito",
  "è stato discusso",
  "è stata discussa",
  "sono stati discussi",
  "sono state discusse",
  "è stato affrontato",
  "è stata affrontata",
  "sono stati affrontati",
  "sono state affrontate",
  "è stato esaminato",
  "sono stati esaminati",
  "è stata confermata",
  "è stato confermato",
  "è stata espressa",
  "è stato espresso",
  "viene sottolineato",
  "viene sottolineata",
  "viene precisato",
  "viene ribadito",
  "viene evidenziato",
  "viene riferito",
  "secondo quanto si legge",
  "come si legge",
];

/** Verbs of denial (`reporting.denials`). */
export const DENIALS: string[] = [
  "ha negato",
  "hanno negato",
  "nega",
  "negano",
  "negò",
  "ha smentito",
  "hanno smentito",
  "smentisce",
  "smentiscono",
  "smentì",
  "ha respinto",
  "hanno respinto",
  "respinge",
  "ha escluso",
  "hanno escluso",
  "esclude",
  "escludono",
  "non è vero",
  "falso",
  "falsa",
  "falsi",
  "infondato",
  "infondata",
  "infondate",
  "privo di fondamento",
  "priva di fondamento",
  "fake news",
];

/**
 * Quoting (`reporting.quoting`): who is quoted speaks, not the medium — "Il giornale cita un testimone
 * secondo cui …", "La Reuters cita un funzionario che ha detto …", "Il ministro, citato da Reuters,
 * ha detto …". The participle comes with its agent.
 */
export const QUOTING = {
  verbs: ["cita", "citano", "citava", "citavano", "ha citato", "hanno citato"],
  participles: ["{citato|citata|citati|citate} {da|dal|dallo|dalla|dall|dai|dagli|dalle}"],
  links: ["secondo cui", "secondo {il|la|i|le} qual{e|i}", "dicendo", "affermando", "sostenendo"],
  words: [],
  wordsVerbs: [],
  passiveMarks: [],
};
