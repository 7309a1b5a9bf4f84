import { oneOf, optional } from "../forms.js";

/**
 * French reporting verbs. Each verb is listed with the forms news copy uses, generated from
 * its principal parts by {@link conjugate}: present ("déclare", "déclarent"), imperfect
 * ("déclarait"), passé simple ("déclara"), the past participle alone (so that "a notamment
 * déclaré" still has a cue), the compound tenses with their auxiliary ("a déclaré", "ont
 * déclaré", "avait déclaré", "aurait déclaré") and the inverted incises that follow a quotation
 * ("a-t-il déclaré", "a-t-elle ajouté", "ont-ils affirmé", "dit-il", "estime-t-elle").
 */

/** Principal parts of a reporting verb. */
interface Parts {
  /** Present, 3rd person singular and plural: "déclare", "déclarent". */
  p3s: string;
  p3p: string;
  /** Past participle: "déclaré". */
  pp: string;
  /** Imperfect stem: "déclar" → "déclarait", "déclaraient". */
  imp: string;
  /** Passé simple, 3rd person singular and plural: "déclara", "déclarèrent". */
  ps: string;
  psp: string;
}

/** The inverted form of a finite verb and a subject pronoun: "a" → "a-t-il", "dit" → "dit-il". */
function invert(verb: string, pronoun: string): string {
  return /[ae]$/.test(verb) ? `${verb}-t-${pronoun}` : `${verb}-${pronoun}`;
}

/**
 * Participles that are reporting verbs wherever they stand, listed alone so that "a notamment
 * déclaré" or "a-t-il encore souligné" keeps its cue. Other participles are passives or
 * adjectives too often ("le plan proposé par", "l'accord conclu", "soutenu par Washington") and
 * only count with their auxiliary.
 */
const BARE_PARTICIPLES = new Set([
  "déclaré",
  "affirmé",
  "souligné",
  "indiqué",
  "ajouté",
  "précisé",
  "expliqué",
  "estimé",
  "assuré",
  "rappelé",
  "insisté",
  "martelé",
  "réaffirmé",
  "réitéré",
  "confié",
  "noté",
  "relevé",
  "averti",
  "prévenu",
  "démenti",
  "nié",
  "répliqué",
  "rétorqué",
  "dit",
]);
/**
 * Present forms that are far more often nouns or adjectives ("la menace", "une demande",
 * "critique"), or that fold to the participle of a passive ("le plan proposé par", "un accord
 * salué par": with diacritics folded "proposé" reads as "propose"). These verbs count only in
 * their other forms ("a proposé", "proposait", "propose-t-il").
 */
const NOT_ALONE = new Set([
  "menace",
  "avance",
  "critique",
  "demande",
  "nuance",
  "tranche",
  "lâche",
  "propose",
  "accuse",
  "condamne",
  "qualifie",
  "évoque",
  "signale",
  "rapporte",
  "mentionne",
  "salue",
  "informe",
  "engage",
  "prononce",
  "interroge",
  "réclame",
]);

/**
 * Phrases of the speaker's own turn that French puts between the auxiliary and the participle ("Le
 * maire a pour sa part estimé que …", "a quant à lui déclaré"): part of the verb, no subject.
 */
const OWN_PART = [
  "pour sa part",
  "pour leur part",
  "de son côté",
  "de leur côté",
  "quant à lui",
  "quant à elle",
  "quant à eux",
  "quant à elles",
  "à son tour",
  "à leur tour",
];

/**
 * Every form of one reporting verb (see module doc).
 *
 * @example conjugate({ p3s: "dit", p3p: "disent", pp: "dit", imp: "dis", ps: "dit", psp: "dirent" })
 * // ["dit", "disent", "disait", "disaient", "dirent", "a dit", "ont dit", …, "a-t-il dit", "dit-il", …]
 */
export function conjugate(v: Parts): string[] {
  const out = [v.p3p, `${v.imp}ait`, `${v.imp}aient`, v.ps, v.psp];
  if (!NOT_ALONE.has(v.p3s)) out.push(v.p3s);
  if (BARE_PARTICIPLES.has(v.pp)) out.push(v.pp);
  out.push(`{a|ont|avait|avaient|aurait|auraient} ${optional(OWN_PART)} ${v.pp}`);
  // An object pronoun before the auxiliary, the participle agreeing with it: "l'a qualifiée de « … »", "les a jugés".
  out.push(`{l'|les} {a|ont|avait|avaient} ${oneOf(agreements(v.pp))}`);
  for (const p of ["il", "elle"]) {
    out.push(`${invert("a", p)} ${v.pp}`, `${invert("avait", p)} ${v.pp}`, `${invert("aurait", p)} ${v.pp}`);
    out.push(invert(v.p3s, p), invert(`${v.imp}ait`, p), invert(v.ps, p));
  }
  for (const p of ["ils", "elles"]) out.push(`ont-${p} ${v.pp}`, `avaient-${p} ${v.pp}`, invert(v.p3p, p));
  return [...new Set(out)];
}

/** A regular -er verb from its stem: "déclar" → déclare, déclarent, déclaré, déclarait, déclara. */
function er(stem: string, over: Partial<Parts> = {}): Parts {
  return { p3s: `${stem}e`, p3p: `${stem}ent`, pp: `${stem}é`, imp: stem, ps: `${stem}a`, psp: `${stem}èrent`, ...over };
}
/** -cer verbs keep the soft c with ç: "annonçait", "annonça". */
const cer = (stem: string) => er(stem, { imp: `${stem.slice(0, -1)}ç`, ps: `${stem.slice(0, -1)}ça`, psp: `${stem}èrent` });
/** -ger verbs keep the soft g with e: "jugeait", "jugea". */
const ger = (stem: string) => er(stem, { imp: `${stem}e`, ps: `${stem}ea` });
/** Verbs with a grave accent or a double consonant in the stressed present: "rappelle", "relève". */
const stressed = (stem: string, present: string) => er(stem, { p3s: `${present}e`, p3p: `${present}ent` });

const REGULAR = [
  "déclar",
  "affirm",
  "indiqu",
  "soulign",
  "ajout",
  "précis",
  "expliqu",
  "not",
  "confirm",
  "ni",
  "insist",
  "estim",
  "assur",
  "réaffirm",
  "déplor",
  "qualifi",
  "racont",
  "répliqu",
  "tweet",
  "comment",
  "évoqu",
  "signal",
  "observ",
  "constat",
  "plaid",
  "salu",
  "propos",
  "demand",
  "réclam",
  "accus",
  "critiqu",
  "regrett",
  "détaill",
  "résum",
  "témoign",
  "confi",
  "souhait",
  "pens",
  "mentionn",
  "inform",
  "rapport",
  "exhort",
  "clam",
  "proclam",
  "rétorqu",
  "tranch",
  "gliss",
  "lâch",
  "fustig",
  "condamn",
  "réfut",
  "contest",
  "rassur",
  "reproch",
  "insinu",
  "argu",
  "exprim",
];

const TABLE: Parts[] = [
  ...REGULAR.map((s) => er(s)),
  cer("annonc"),
  cer("dénonc"),
  cer("lanc"),
  cer("menac"),
  cer("avanc"),
  cer("nuanc"),
  cer("prononc"),
  ger("exig"),
  ger("interrog"),
  ger("engag"),
  stressed("rappel", "rappell"),
  stressed("appel", "appell"),
  stressed("relev", "relèv"),
  stressed("martel", "martèl"),
  stressed("réitér", "réitèr"),
  stressed("considér", "considèr"),
  stressed("espér", "espèr"),
  stressed("répét", "répèt"),
  stressed("révél", "révèl"),
  stressed("rejet", "rejett"),
  stressed("soulev", "soulèv"),
  { p3s: "dit", p3p: "disent", pp: "dit", imp: "dis", ps: "dit", psp: "dirent" },
  { p3s: "écrit", p3p: "écrivent", pp: "écrit", imp: "écriv", ps: "écrivit", psp: "écrivirent" },
  { p3s: "décrit", p3p: "décrivent", pp: "décrit", imp: "décriv", ps: "décrivit", psp: "décrivirent" },
  { p3s: "admet", p3p: "admettent", pp: "admis", imp: "admett", ps: "admit", psp: "admirent" },
  { p3s: "promet", p3p: "promettent", pp: "promis", imp: "promett", ps: "promit", psp: "promirent" },
  { p3s: "reconnaît", p3p: "reconnaissent", pp: "reconnu", imp: "reconnaiss", ps: "reconnut", psp: "reconnurent" },
  { p3s: "soutient", p3p: "soutiennent", pp: "soutenu", imp: "souten", ps: "soutint", psp: "soutinrent" },
  { p3s: "maintient", p3p: "maintiennent", pp: "maintenu", imp: "mainten", ps: "maintint", psp: "maintinrent" },
  { p3s: "prévient", p3p: "préviennent", pp: "prévenu", imp: "préven", ps: "prévint", psp: "prévinrent" },
  { p3s: "poursuit", p3p: "poursuivent", pp: "poursuivi", imp: "poursuiv", ps: "poursuivit", psp: "poursuivirent" },
  { p3s: "conclut", p3p: "concluent", pp: "conclu", imp: "conclu", ps: "conclut", psp: "conclurent" },
  { p3s: "répond", p3p: "répondent", pp: "répondu", imp: "répond", ps: "répondit", psp: "répondirent" },
  { p3s: "dément", p3p: "démentent", pp: "démenti", imp: "dément", ps: "démentit", psp: "démentirent" },
  { p3s: "avertit", p3p: "avertissent", pp: "averti", imp: "avertiss", ps: "avertit", psp: "avertirent" },
  { p3s: "réagit", p3p: "réagissent", pp: "réagi", imp: "réagiss", ps: "réagit", psp: "réagirent" },
  { p3s: "garantit", p3p: "garantissent", pp: "garanti", imp: "garantiss", ps: "garantit", psp: "garantirent" },
  { p3s: "convient", p3p: "conviennent", pp: "convenu", imp: "conven", ps: "convint", psp: "convinrent" },
  { p3s: "prétend", p3p: "prétendent", pp: "prétendu", imp: "prétend", ps: "prétendit", psp: "prétendirent" },
  { p3s: "concède", p3p: "concèdent", pp: "concédé", imp: "concéd", ps: "concéda", psp: "concédèrent" },
];

/** Multi-word reporting locutions, with their usual tenses and incises. */
const LOCUTIONS = [
  "fait savoir",
  "font savoir",
  "a fait savoir",
  "ont fait savoir",
  "a-t-il fait savoir",
  "a-t-elle fait savoir",
  "faisait savoir",
  "fit savoir",
  "fait valoir",
  "a fait valoir",
  "a-t-il fait valoir",
  "a-t-elle fait valoir",
  "ont fait valoir",
  "faisait valoir",
  "fait part",
  "a fait part",
  "ont fait part",
  "faisait part",
  "a-t-il fait part",
  "fait état",
  "a fait état",
  "ont fait état",
  "faisait état",
  "met en garde",
  "mettent en garde",
  "a mis en garde",
  "ont mis en garde",
  "a-t-il mis en garde",
  "a-t-elle mis en garde",
  "mettait en garde",
  "mis en garde",
  "a tenu à souligner",
  "a tenu à préciser",
  "a tenu à rappeler",
  "a tenu à rassurer",
  "a tenu à dire",
  // (a verb of limiting before the verb of saying: "s'est contenté de dire que …", "s'est borné à rappeler")
  "s'est {contenté|contentée|borné|bornée} {de|à} {dire|rappeler|souligner|indiquer|affirmer|préciser|confirmer}",
  "se sont {contentés|contentées|bornés|bornées} {de|à} {dire|rappeler|souligner|indiquer|affirmer|préciser|confirmer}",
  "se {contente|contentent|borne|bornent} {de|à} {dire|rappeler|souligner|indiquer|affirmer|préciser|confirmer}",
  "tient à souligner",
  "tient à préciser",
  "s'est dit",
  "s'est dite",
  "se sont dits",
  "se sont dites",
  "se dit",
  "se disent",
  "se disait",
  "s'était dit",
  "s'était dite",
  "s'est félicité",
  "s'est félicitée",
  "se sont félicités",
  "se félicite",
  "se félicitent",
  "s'est inquiété",
  "s'est inquiétée",
  "s'inquiète",
  "se sont inquiétés",
  "s'est réjoui",
  "s'est réjouie",
  "se réjouit",
  "s'est déclaré",
  "s'est déclarée",
  "s'est prononcé",
  "s'est prononcée",
  "se prononce",
  "s'est exprimé",
  "s'est exprimée",
  "s'est engagé",
  "s'est engagée",
  "se sont engagés",
  "s'engage",
  "s'est interrogé",
  "s'est interrogée",
  "s'interroge",
  "s'est insurgé",
  "s'est insurgée",
  "s'est alarmé",
  "s'est alarmée",
  "s'est défendu",
  "s'est défendue",
  "s'est voulu rassurant",
  "s'est voulue rassurante",
  "se veut rassurant",
  "se sont accordés",
  "se sont entendus",
  "sont convenus",
  "sont tombés d'accord",
  "se sont mis d'accord",
  "a appelé à",
  "ont appelé à",
  "a plaidé pour",
  "a menacé de",
];

/**
 * Present participles that report for the subject of the clause before them: "Un juge a bloqué
 * la règle, affirmant qu'elle viole la loi" (the judge affirms). Only with the complementizer after
 * them: a participle with an object reports nothing ("en affirmant sa compétence").
 */
const PARTICIPLES = [
  "affirmant",
  "ajoutant",
  "déclarant",
  "expliquant",
  "précisant",
  "soulignant",
  "estimant",
  "indiquant",
  "insistant",
  "jugeant",
  "avertissant",
  "arguant",
  "rappelant",
  "martelant",
];

/**
 * Verbs that report only with content after them (pack `reporting.contentVerbs`): "a jugé que …",
 * "a jugé le plan « irresponsable »", "« … », a jugé le ministre"; not "le tribunal a jugé
 * l'affaire", "il a été jugé pour meurtre", "le plan a été jugé irresponsable".
 */
// "Se montrer" reports only with content after it ("s'est montré confiant que …"); with none it is
// narration ("La fatigue se montre en fin de match").
const SHOWING = ["s'est montré", "s'est montrée", "se montre", "se sont montrés", "se sont montrées"];
export const CONTENT_VERBS: string[] = [...conjugate(ger("jug")), ...SHOWING];

/**
 * Participles whose passive is no report, left out of {@link PASSIVES}: being launched, supported,
 * kept, prosecuted, sentenced, recalled, admitted, recognised, questioned, threatened, entrusted,
 * provided or voted down ("a été poursuivi par la justice", "a été rejeté par le Parlement", "est
 * assuré par"), verbs with no passive ("insisté", "réagi"), and participles that are adjectives
 * ("le regretté", "prétendu", "engagé").
 */
const NO_PASSIVE = new Set([
  "ajouté",
  "assuré",
  "rassuré",
  "insisté",
  "réagi",
  "témoigné",
  "plaidé",
  "répondu",
  "pensé",
  "souhaité",
  "espéré",
  "regretté",
  "lancé",
  "poursuivi",
  "maintenu",
  "soutenu",
  "prévenu",
  "conclu",
  "garanti",
  "convenu",
  "engagé",
  "appelé",
  "relevé",
  "rappelé",
  "interrogé",
  "condamné",
  "menacé",
  "rejeté",
  "observé",
  "confié",
  "lâché",
  "glissé",
  "tranché",
  "clamé",
  "proclamé",
  "écrit",
  "admis",
  "reconnu",
  "prétendu",
  "prononcé",
]);

/** A French past participle in its four agreements: "qualifié", "qualifiée", "qualifiés", "qualifiées" ("admis": three). */
function agreements(pp: string): string[] {
  return pp.endsWith("s") ? [pp, `${pp}e`, `${pp}es`] : [pp, `${pp}e`, `${pp}s`, `${pp}es`];
}

/**
 * Participles of the reporting verbs that report in the passive (pack `reporting.passives`), in
 * every agreement, derived from the table: "La rencontre a été qualifiée de « … » par le porte-parole".
 */
export const PASSIVES: string[] = [...new Set(TABLE.filter((v) => !NO_PASSIVE.has(v.pp)).flatMap((v) => agreements(v.pp)))];

/** Every reporting verb form of the French pack. */
export const VERBS: string[] = [...new Set([...TABLE.flatMap(conjugate), ...LOCUTIONS, `${oneOf(PARTICIPLES)} ${oneOf(["que", "qu"])}`])];

/** Reporting verbs with no speaker of their own: they continue the current source. */
export const IMPERSONAL: string[] = [
  "a-t-on indiqué",
  "a-t-on appris",
  "a-t-on précisé",
  "a-t-on souligné",
  "a-t-on ajouté",
  "a-t-on assuré",
  "a-t-on expliqué",
  "a-t-on affirmé",
  "a-t-on fait savoir",
  "a-t-on confirmé",
  "indique-t-on",
  "estime-t-on",
  "juge-t-on",
  "déclare-t-on",
  "rappelle-t-on",
  "observe-t-on",
  "note-t-on",
  "reconnaît-on",
  "confie-t-on",
  "dit-on",
  "fait-on savoir",
  "avance-t-on",
  "insiste-t-on",
  "prévient-on",
  "a-t-on déclaré",
  "a-t-on dit",
  "a-t-on estimé",
  "a-t-on jugé",
  "a-t-on rappelé",
  "a-t-on reconnu",
  "a-t-on confié",
  "a-t-on noté",
  "a-t-on prévenu",
  "précise-t-on",
  "souligne-t-on",
  "ajoute-t-on",
  "assure-t-on",
  "explique-t-on",
  "affirme-t-on",
  "on a souligné",
  "on a indiqué",
  "on a précisé",
  "on souligne",
  "on indique",
  "il a été convenu",
  "il a été souligné",
  "il a été noté",
  "il a été rappelé",
  "il a été précisé",
  "il a été décidé",
  "a-t-il été précisé",
  "a-t-il été souligné",
  "a-t-il été indiqué",
  "a-t-il été convenu",
  "peut-on lire",
  "lit-on",
  "est-il écrit",
  "est-il indiqué",
  "est-il précisé",
  "est-il souligné",
  "y est-il écrit",
  "indique le communiqué",
  "précise le communiqué",
  "souligne le communiqué",
  "ajoute le communiqué",
  "affirme le communiqué",
  "indique le texte",
  "précise le texte",
  "souligne le texte",
  "ajoute le texte",
  "selon le texte",
  "indique le compte rendu",
  "précise le compte rendu",
  "souligne le compte rendu",
];

/** Verbs of denial (`reporting.denials`). */
export const DENIALS: string[] = [
  "a démenti",
  "dément",
  "démenti",
  "démentent",
  "a nié",
  "nie",
  "nié",
  "nient",
  "a rejeté",
  "rejette",
  "rejeté",
  "a réfuté",
  "réfute",
  "a contesté",
  "conteste",
  "pas vrai",
  "faux",
  "infondé",
  "infondée",
  "infondées",
  "sans fondement",
  "fake news",
  "catégoriquement",
  "fausse information",
  "fausses informations",
];

/**
 * Quoting (`reporting.quoting`): who is quoted speaks, not the medium — "Le Monde cite un témoin
 * disant que …", "Le ministre, cité par Reuters, a déclaré …". The participle comes with its agent.
 */
export const QUOTING = {
  verbs: ["cite", "citent", "citait", "citaient", "a cité", "ont cité", "avait cité"],
  participles: ["{cité|citée|cités|citées} par"],
  links: ["disant", "affirmant", "déclarant", "estimant", "assurant", "selon {lequel|laquelle|lesquels|lesquelles}"],
  words: [],
  wordsVerbs: [],
  passiveMarks: [],
};
