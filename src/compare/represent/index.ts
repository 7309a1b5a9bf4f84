import type { Claim, RelativeDate } from "../../schema/claim.js";
import { roleHoldersOn, type Entity } from "../../lexicon/index.js";
import type { LexiconModel } from "../../model/index.js";
import { conceptAncestors, conceptKind, conceptStates, BLOCS, GENERIC_CONCEPTS, getConcept, type ConceptKind } from "../../lexicon/concepts.js";
import { ceasedConcepts } from "./cessation.js";
import { contentKeys } from "./content.js";
import { compoundStates, withCompoundStates, withoutCompoundEvaluations } from "./compounds.js";
import { readEvaluations, type Evaluation } from "./evaluation.js";
import type { CompareLexicon, Operator, Thing } from "./lexicon.js";
import { compileNameSpellings, nameKey, unknownNames } from "./names.js";
import { designators } from "./designators.js";
import type { PhraseMatch, RepToken } from "./phrases.js";
import { readPredicates, type Predicate } from "./predicates.js";
import { readQuantities, type Quantity } from "./quantities.js";
import { scareQuoted } from "./scare.js";
import type { Reading } from "./context.js";
import { COGNATE_PREFIX, cognateKeys } from "./cognates.js";
import { stateTopic } from "./topics.js";
import { describedSide } from "../accounts.js";
import { impliedConcepts } from "./implied.js";
import { withoutForeignRoles } from "./foreign-roles.js";

export type { Quantity } from "./quantities.js";
export type { Predicate } from "./predicates.js";
export type { Evaluation } from "./evaluation.js";

/** Kinds of matching keys, each with its own reliability (see `match/weights.ts`). */
export type KeyKind =
  | "subject"
  | "place"
  | "state"
  | "entity"
  | "name"
  | "quantity"
  | "content"
  | "predicate"
  | "event"
  | "procedural"
  | "broader"
  | "evaluation"
  | "term"
  | "designator";

/** A language-independent (or, for `content`, language-prefixed) key of what a claim asserts. */
export interface Key {
  key: string;
  kind: KeyKind;
}

/**
 * What the comparison reads from one claim, computed once: who speaks for which side, when,
 * which people, states, concepts and amounts it names, what it does (agrees, denies, demands…)
 * and how it evaluates. Everything comes from the claim's text, language, speaker, side and
 * date; its `topics` are not read.
 */
export interface ClaimRep {
  claim: Claim;
  /** Position in the canonical order of the input (article id, then text position). */
  order: number;
  language: string;
  side: string | null;
  /** The one side a side-less speaker's description names ("a German government spokesman": DE); see `accounts.ts`. */
  describedSide?: string | null;
  /** The side of the institution that issued the claim's article, when it is a first-party document (a readout); set by `events`. */
  issuerSide?: string | null;
  /** The speaker stands for several sides at once ("Putin and Trump"): their sides. */
  jointSides: string[];
  /** The claim agrees with what was just said ("agreeing with this view"): it answers the statement before it. */
  endorses: boolean;
  /** The claim names both parties together ("both leaders", "the two presidents"). */
  pairRole: boolean;
  /** The speaker is a news medium (Reuters, TASS). */
  media: boolean;
  speakerKey: string;
  /** The institution the speaker speaks for (Peskov → kremlin), else the speaker key. */
  speakerRoot: string;
  day: number | null;
  period: string | null;
  /** The date rests on the text (explicit or relative), not on the publication date. */
  firmDate: boolean;
  /** The claim's day is its article's publication day (a readout dates what it reports to the day it was issued). */
  publishedDay: boolean;
  relative: RelativeDate | null;
  /** A past statement: flagged by the extractor, or carrying a marker such as "repeatedly" and no date. */
  background: boolean;
  /** Person entity ids the claim names (titles resolved to their holders where the date allows). */
  people: string[];
  /** Role ids the claim names whose holder is not known yet (no date). */
  roles: string[];
  /** Sides of the people and roles named. */
  namedSides: string[];
  states: string[];
  /** States named by the same words as a concept ("Coreea de Nord" → the Korean peninsula): the concept speaks for them. */
  aliasedStates: string[];
  /** Concept ids found in the text (not their broader concepts). */
  concepts: string[];
  eventKinds: string[];
  /** The gatherings of a bloc the claim names ("the NATO summit": ["summit"]), kept out of `eventKinds`. */
  blocGatherings: string[];
  keys: Key[];
  /**
   * Where the concepts (and their broader ones), states and people are named in the assertion, flat:
   * key, start, end, key, start, end… (see {@link spansOf}).
   */
  keySpans: ReadonlyArray<string | number>;
  quantities: Quantity[];
  predicates: Predicate[];
  /**
   * Where the assertion's condition markers ("if", "would", "якщо") start in {@link text}: what is
   * named beside one may happen, it is not said to be.
   */
  conditionals: number[];
  evaluations: Evaluation[];
  /**
   * The level of the claim's strongest evaluation when it evaluates the encounter itself ("a very
   * good conversation", "the talks were constructive"), else null.
   */
  encounterLevel: number | null;
  /** The senses of the terms evaluating the encounter ("constructive", "businesslike"): empty when none is known. */
  encounterSenses: string[];
  /**
   * The keys of the longest run of subjects the claim lists one after another ("Iran, the Korean
   * peninsula, Ukraine and the Israeli–Palestinian conflict"): at least three, each a few words
   * from the last. Empty when the claim lists nothing.
   */
  listRun: string[];
  /**
   * The skeletons of the claim's unknown names after their keys, flat: `[key, skeleton, key,
   * skeleton…]` ("n:tegra", "tegrn"); see `nameSkeleton`. A flat list, not a map: most claims
   * have one or two names, and a large comparison holds 150,000 claims.
   */
  nameSkeletons: readonly string[];
  /**
   * Where the claim names things by name, flat like {@link keySpans}: unknown names ("n:tauru"),
   * bodies ("e:nato") and designators ("d:f16"). What an act bears on when no concept is named by it.
   */
  namedSpans: ReadonlyArray<string | number>;
  /** Reporting topics: the subjects and places named, most telling first (concept ids, states as names). */
  topics: string[];
  /** Folded words in scare quotes: held at a distance. */
  scareWords: ReadonlySet<string>;
  /**
   * Where the claim holds what it mentions at a distance, `[start, end)` in {@link text}: the
   * pack's distancing words ("allegedly", "so-called", "whipping up hysteria over") and scare quotes.
   */
  distanced: Array<[number, number]>;
  /** The keys (concepts, states, people) the claim names at a distance: just after a distancing word, or in scare quotes. */
  heldAtDistance: string[];
  /** The text the claim was read from: its assertion, widened to its sentence where the article's text is given (see `represent/context.ts`). */
  text: string;
  /**
   * Sides of the people its paragraph names before the text read (see `Reading.lead`): the call a
   * claim of a roundup belongs to when the claim names no counterpart of its own.
   */
  leadSides?: string[];
}

/**
 * The character ranges where a claim names a key (a concept, a broader concept, a state).
 *
 * @example
 * spansOf(rep, "c:sanctions") // [[12, 21]]
 */
export function spansOf(r: Pick<ClaimRep, "keySpans">, key: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let i = 0; i + 2 < r.keySpans.length; i += 3) if (r.keySpans[i] === key) out.push([r.keySpans[i + 1] as number, r.keySpans[i + 2] as number]);
  return out;
}

const MARKS = /\p{M}+/gu;
const NOT_WORD = /[^\p{L}\p{N}]+/gu;

const wordCache = new WeakMap<ClaimRep, readonly string[]>();
/**
 * The words of a claim's assertion, lower-cased without diacritics, built on first use (for
 * comparing two wordings in one language).
 */
export function wordsOf(r: ClaimRep): readonly string[] {
  let w = wordCache.get(r);
  if (!w)
    wordCache.set(
      r,
      (w = (
        r.text
          .normalize("NFD")
          .replace(MARKS, "")
          .toLowerCase()
          .match(/[\p{L}\p{N}]+/gu) ?? []
      ).filter((x) => !/^\d+$/.test(x))),
    );
  return w;
}

/** The shared keys by kind, then key. */
const interned = new Map<KeyKind, Map<string, Key>>();
let internedCount = 0;
/** Most distinct keys kept for sharing: past it, the table starts again (keys stay correct, only less shared). */
const INTERN_LIMIT = 500_000;
/** One shared object per key and kind: the same keys recur across claims, and a large comparison holds millions of them. */
function internKey(key: string, kind: KeyKind): Key {
  let byKey = interned.get(kind);
  if (!byKey) interned.set(kind, (byKey = new Map()));
  let k = byKey.get(key);
  if (!k) {
    if (internedCount >= INTERN_LIMIT) {
      for (const m of interned.values()) m.clear();
      internedCount = 0;
    }
    byKey.set(key, (k = { key, kind }));
    internedCount++;
  }
  return k;
}

const DAY_MS = 86_400_000;

/**
 * Days since the epoch for `YYYY-MM-DD`, else null.
 *
 * @example
 * dayNumber("1970-01-02") // 1
 */
export function dayNumber(iso: string | null | undefined): number | null {
  if (!iso || iso.length < 10) return null;
  const t = Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
  return Number.isFinite(t) ? Math.round(t / DAY_MS) : null;
}

/** `YYYY-MM-DD` for a day number. */
export const isoOfDay = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);

/** The folded forms of the words and names met (they repeat); bounded, so that memory stays flat on large inputs. */
const folded = new Map<string, string>();
const FOLDED_LIMIT = 100_000;
const fold = (s: string) => {
  let f = folded.get(s);
  if (f === undefined) {
    f = s.normalize("NFD").replace(MARKS, "").toLowerCase().replace(NOT_WORD, " ").trim();
    if (folded.size >= FOLDED_LIMIT) folded.clear();
    folded.set(s, f);
  }
  return f;
};

/** The institution a speaker speaks for, following `affiliation` (Peskov → kremlin). */
export function speakerRoot(lexicon: LexiconModel, id: string | null, fallback: string): string {
  let cur = id ? lexicon.entity(id) : undefined;
  for (let hops = 0; cur?.affiliation && hops < 3; hops++) {
    const next = lexicon.entity(cur.affiliation);
    if (!next) break;
    cur = next;
  }
  return cur?.id ?? fallback;
}

/** People of every side a speaker name lists ("Putin and Trump", "Biden and Xi"). */
function jointSidesOf(name: string, lex: CompareLexicon): string[] {
  const sides = new Set<string>();
  for (const m of lex.things.findAll(lex.tokens(name))) {
    for (const v of m.values) if (v.t === "entity" && v.kind === "person" && v.side) sides.add(v.side);
  }
  return sides.size >= 2 ? [...sides].sort() : [];
}

/** Key kind of a concept by its inventory kind. */
const CONCEPT_KEY: Record<ConceptKind, KeyKind> = {
  event: "event",
  procedural: "procedural",
  evaluation: "procedural",
  stance: "procedural",
  subject: "subject",
  place: "place",
};

/**
 * The person holding a role on a date, or null when the date is unknown or nobody held it.
 *
 * @example
 * holderOn(lexiconModel(BUILTIN_LEXICON), "us-president", "2017-05-02") // "donald-trump"
 */
export function holderOn(lexicon: LexiconModel, roleId: string, date: string | null): string | null {
  if (!date) return null;
  const role = lexicon.role(roleId);
  if (!role || role.holders.length === 0) return null;
  return roleHoldersOn(role, date)[0] ?? null;
}

/**
 * The unit a count is keyed by: the concept the lexicon reads in the noun counted, so that one
 * count reads alike across languages ("eight prisoners", "acht Gefangene", "huit prisonniers" are
 * `c:prisoners`); else the noun's stem. Other amounts keep their unit.
 *
 * @example
 * countUnit({ kind: "count", unit: "gefang", end: 24, … }, things, tokens, lex) // "c:prisoners"
 */
function countUnit(q: Quantity, things: readonly PhraseMatch<Thing>[], tokens: readonly RepToken[], lex: CompareLexicon): string {
  if (q.kind !== "count" || q.unit === "exchange" || q.unit.startsWith("cur:")) return q.unit;
  // A sum: the currency counted ("500 milionów euro", "2 tỷ USD").
  const currency = things.find((m) => m.start < q.end && m.end >= q.end)?.values.find((v) => v.t === "currency");
  if (currency?.t === "currency") return `cur:${currency.code}`;
  let noun = things.find((m) => m.start < q.end && m.end >= q.end && m.values.some((v) => v.t === "concept"));
  // A phrase that holds the count itself ("scambio di otto prigionieri"): the concept of the noun alone.
  if (noun && noun.start < q.start) {
    const at = tokens.findIndex((t) => t.end === q.end);
    const own = at >= 0 ? lex.things.matchAt(tokens, at) : null;
    if (own?.values.some((v) => v.t === "concept")) noun = own;
  }
  const concept = noun?.values.find((v) => v.t === "concept");
  return concept && concept.t === "concept" ? `c:${concept.id}` : q.unit;
}

/**
 * The things of a claim with the number words a longer phrase passed over: a phrase of three words
 * may take one more word inside it ("scambio di otto prigionieri", "exchange of eight prisoners"),
 * and that word's number still counts what follows it.
 */
function withNumbersInside(things: readonly PhraseMatch<Thing>[], tokens: readonly RepToken[], lex: CompareLexicon): PhraseMatch<Thing>[] {
  const out = [...things];
  for (const m of things) {
    if (m.to - m.from < 3 || !m.values.some((v) => v.t === "concept")) continue;
    for (let k = m.from + 1; k < m.to - 1; k++) {
      const n = lex.things.matchAt(tokens, k);
      if (n && n.to <= m.to && n.values.some((v) => v.t === "number")) out.push({ ...n, values: n.values.filter((v) => v.t === "number") });
    }
  }
  return out.length === things.length ? out : out.sort((a, b) => a.from - b.from);
}

/**
 * The operators less the negations that are words of a longer phrase of the lexicon: "không" of
 * "bầu không khí" (atmosphere) negates nothing ("trong bầu không khí thân thiện", in a friendly
 * atmosphere).
 */
function withoutNegationsInPhrases(operators: PhraseMatch<Operator>[], things: readonly PhraseMatch<Thing>[]): PhraseMatch<Operator>[] {
  const inside = (m: PhraseMatch<Operator>) =>
    m.values.every((v) => v.t === "negation") && things.some((t) => t.from <= m.from && t.to >= m.to && t.to - t.from > m.to - m.from);
  return operators.some(inside) ? operators.filter((m) => !inside(m)) : operators;
}

/** Prefix of the keys of amounts and dates ("q:date:day:…"). */
export const QUANTITY_PREFIX = "q:";

/**
 * Reads a claim into its representation. `reference` dates the article (its publication date)
 * when the claim has none: titles ("the Russian president") resolve to their holder on it.
 *
 * @example
 * represent(claim, lexiconFor("ro", []).lexicon, 0).concepts // ["korean-peninsula", "meeting"]
 */
export function represent(claim: Claim, lex: CompareLexicon, order: number, reference: string | null = null, reading?: Reading): ClaimRep {
  const text = reading?.text ?? claim.assertion;
  const base = reading?.start ?? claim.assertionSpan[0];
  // Where the assertion itself stands in the text read.
  const ownFrom = reading ? Math.max(0, claim.assertionSpan[0] - reading.start) : 0;
  const ownTo = reading ? ownFrom + claim.assertion.length : text.length;
  const tokens = lex.tokens(text);
  const matched = lex.things.findAll(tokens);
  // Compounds of states ("franco-tedesco", «российско-американские»): each part is its state, none an evaluation.
  const compound = compoundStates(text, tokens, lex.things, lex.combiningForms);
  const operators = withoutCompoundEvaluations(withoutNegationsInPhrases(lex.operators.findAll(tokens), matched), compound.parts);
  const ungathered = withoutForeignRoles(withoutBlocGatherings(matched));
  // The gatherings of a bloc the assertion itself names ("the NATO summit", «саммит НАТО»): no
  // encounter of the claim's own, but the kind of the event when nothing else names one.
  const blocGatherings = lean([
    ...new Set(
      matched.flatMap((m, k) =>
        m !== ungathered[k] && m.end > ownFrom && m.start < ownTo ? m.values.flatMap((v) => (v.t === "concept" && GATHERINGS.has(v.id) ? [v.id] : [])) : [],
      ),
    ),
  ]);
  const listed = withoutActWords(withoutCommonNounStates(withoutEvaluatedStates(ungathered, operators, tokens), tokens), operators);
  const things = withCompoundStates(listed, compound.states);
  const covered = new Set<number>();
  for (const m of things) for (let k = m.from; k < m.to; k++) covered.add(k);
  // The speaker's own name is no content of what it says ("…, Hogan Gidley said" in the sentence read),
  // as a known speaker is no person of the claim.
  const speakerWords = new Set(
    fold(`${claim.speaker.name} ${claim.speaker.mention ?? ""}`)
      .split(" ")
      .filter((w) => w.length >= 3),
  );
  if (speakerWords.size) tokens.forEach((t, k) => speakerWords.has(fold(t.text)) && covered.add(k));

  const lexicon = lex.lexicon;
  const speaker = claim.speaker.id ? lexicon.entity(claim.speaker.id) : lexicon.entityOfName(claim.speaker.name);
  const speakerId = speaker?.id ?? null;
  const speakerKey = speakerId ?? fold(claim.speaker.name);
  const date = claim.date.iso && claim.date.iso.length >= 10 ? claim.date.iso : reference;

  const people = new Set<string>();
  const roles = new Set<string>();
  const namedSides = new Set<string>();
  const states = new Set<string>();
  const entities = new Set<string>();
  const concepts: string[] = [];
  const aliasedStates = new Set<string>();
  const pairRole = things.some((m) => m.values.some((v) => v.t === "role" && lexicon.role(v.id)?.pair === true));
  for (const m of things) {
    if (!m.values.some((v) => v.t === "concept")) continue;
    for (const v of m.values) if (v.t === "state") aliasedStates.add(v.code);
  }
  const addPerson = (id: string) => {
    if (id === speakerId) return;
    people.add(id);
    const side = lexicon.entity(id)?.side;
    if (side) namedSides.add(side);
  };
  // People are read from the assertion itself: its sentence around it names the speaker ("…, Putin
  // said") and the other party; its subjects and places are read from the whole sentence.
  for (const m of things) {
    const own = m.end > ownFrom && m.start < ownTo;
    readThing(own ? m : { ...m, values: m.values.filter((v) => v.t !== "role" && !(v.t === "entity" && (v.kind === "person" || v.kind === "group"))) }, {
      addPerson,
      roles,
      namedSides,
      states,
      entities,
      concepts,
      date,
      speakerId,
      lexicon,
    });
  }

  // A stopped act is what it becomes: a halt to strikes is a ceasefire.
  concepts.push(...ceasedConcepts(things, operators));

  const keys = new Map<string, Key>();
  const key = (k: string, kind: KeyKind) => {
    if (!keys.has(k)) keys.set(k, internKey(k, kind));
  };
  const found = [...new Set(concepts)];
  for (const id of found) key(`c:${id}`, CONCEPT_KEY[conceptKind(id)]);
  for (const id of found) for (const up of conceptAncestors(id).slice(1)) key(`c:${up}`, "broader");
  for (const s of states) key(`s:${s}`, "state");
  // A concept about a state speaks of it ("the Iranian nuclear programme" of Iran).
  for (const id of found) for (const s of conceptStates(id)) key(`s:${s}`, "state");
  for (const p of people) key(`e:${p}`, "entity");
  for (const r of roles) key(`e:${r}`, "entity");
  for (const e of entities) key(`e:${e}`, "entity");
  const skeletons = new Map<string, string>();
  // Reported speech after its cue ("Macron said that Africa must…", "a déclaré que l'Afrique…")
  // opens inside the sentence: a capital on its first word is a name's.
  const inside = ownFrom === 0 && claim.kind === "indirect" && claim.cueSpan !== null && claim.cueSpan[1] <= claim.assertionSpan[0];
  const namePositions = new Map<string, [number, number]>();
  for (const n of unknownNames(
    tokens,
    lex.notNames,
    covered,
    lex.capitalizedNouns,
    text,
    compileNameSpellings(lex.data.nameSpellings),
    skeletons,
    inside,
    namePositions,
  ))
    key(`n:${n}`, "name");
  // A count is of the concept its noun names, so that counts meet (and conflict) across languages and wordings.
  const read = readQuantities(text, tokens, withNumbersInside(things, tokens, lex), operators, lex.stopwords, lex.pack?.dates.numericOrder ?? "dmy");
  // Designators ("F-35", "С-400", "Nord Stream 2"): one key in every language and script; their
  // numbers count nothing ("F-35 jets" are no 35 jets; "14 Leopard 2" are still 14).
  const marks = designators(
    text,
    namesBeforeNumbers(things, tokens, text, covered, lex),
    [
      ...things.filter((m) => m.values.some((v) => v.t === "concept" || v.t === "entity")).map((m): [number, number] => [m.start, m.end]),
      ...read.filter((q) => q.kind === "date").map((q): [number, number] => [q.start, q.end]),
    ],
    lex.capitalizedNouns,
  );
  for (const d of marks) key(`d:${d.key}`, "designator");
  const quantities = (marks.length ? read.filter((q) => q.kind === "date" || !marks.some((d) => q.start >= d.start && q.start < d.end)) : read).map((q) =>
    q.kind === "count" ? { ...q, unit: countUnit(q, things, tokens, lex) } : q,
  );
  for (const q of quantities) key(`${QUANTITY_PREFIX}${q.kind}:${q.unit}:${Math.round((q.lo + q.hi) / 2)}`, "quantity");
  // An encounter's length speaks of its duration, in any wording (see `implied.ts`).
  for (const id of impliedConcepts(quantities)) {
    if (found.includes(id)) continue;
    found.push(id);
    key(`c:${id}`, CONCEPT_KEY[conceptKind(id)]);
    for (const up of conceptAncestors(id).slice(1)) key(`c:${up}`, "broader");
  }
  // A day names its month too ("on 7 July" is "in July"), as a narrower concept its broader one.
  for (const q of quantities) if (q.kind === "date" && q.unit === "day") key(`${QUANTITY_PREFIX}date:month:${Math.floor(q.lo / 100) * 100}`, "broader");
  for (const w of contentKeys(tokens, languageOf(claim), lex.stopwords, covered, lex.data.pairWords)) key(`w:${w}`, "content");
  // Across languages, the long words they share by descent ("infrastructure", "инфраструктура").
  // Words the operators read (acts, evaluations: "discussed", "positive") have their keys already.
  if (!lex.data.pairWords) {
    const read = new Set(covered);
    for (const m of operators) for (let k = m.from; k < m.to; k++) read.add(k);
    for (const w of cognateKeys(tokens, lex.stopwords, read)) key(`${COGNATE_PREFIX}${w}`, "content");
  }
  // The acts a claim asserts are its own: an act of its sentence that ends before the claim's
  // attribution (assertion and cue) belongs to the clause the claim hangs on ("Two years ago he
  // called to thank him for the tip, which helped foil a bombing": the relative clause thanks
  // nobody). What follows the span in its sentence still continues the claim (a span cut short).
  const attrFrom = reading ? Math.min(claim.span?.[0] ?? claim.assertionSpan[0], claim.assertionSpan[0]) - reading.start : 0;
  const predicates = readPredicates(
    text,
    tokens,
    operators.filter((m) => m.end > attrFrom || !m.values.some((v) => v.t === "predicate")),
    lex.timeWords,
  );
  // Handing over ("provide", "supply", "cung cấp") is read for its polarity only: what is handed
  // over is the matter, and "information provided by the US" is no act of the claim to match on.
  for (const p of predicates) if (p.cls !== "provide") key(`v:${p.cls}`, "predicate");
  const amounts = new Map<number, "number" | "unit">();
  for (const m of things) {
    if (m.values.some((v) => v.t === "unit")) amounts.set(m.from, "unit");
    else if (m.values.some((v) => v.t === "number")) amounts.set(m.from, "number");
  }
  const evaluations = readEvaluations(text, tokens, operators, amounts);
  // The direction of an evaluation ("positive", "tích cực", "pozitiv"): one key in every language;
  // and its sense ("dangerous": "pericolosa", "periculoasă"), one term in every language.
  for (const e of evaluations) if (e.level !== 0) key(`x:${e.level > 0 ? "+" : "-"}`, "evaluation");
  for (const e of evaluations) if (e.sense) key(`t:${e.sense}`, "term");

  const iso = claim.date.iso;
  const day = dayNumber(iso);
  const keyList = lean([...keys.values()]);
  const keySpans: Array<string | number> = [];
  // Names of things the claim names where they stand: unknown names ("Taurus"), bodies, designators.
  const named: Array<string | number> = [];
  for (const [n, [s, e]] of namePositions) if (keys.has(`n:${n}`)) named.push(`n:${n}`, s, e);
  for (const d of marks) named.push(`d:${d.key}`, d.start, d.end);
  const at = (k: string, m: PhraseMatch<Thing>) => {
    keySpans.push(keys.get(k)?.key ?? k, m.start, m.end);
  };
  for (const m of things) {
    for (const v of m.values) {
      if (v.t === "concept") {
        for (const up of conceptAncestors(v.id)) at(`c:${up}`, m);
        // A concept about a state names it where it stands ("the Taiwan Strait" names Taiwan).
        for (const st of conceptStates(v.id)) at(`s:${st}`, m);
      } else if (v.t === "state") at(`s:${v.code}`, m);
      else if (v.t === "entity" && v.kind === "person") at(`e:${v.id}`, m);
      else if (v.t === "entity" && isBody(v, speakerId)) {
        // A body that is also a concept (NATO, "l'OTAN") names it where it stands.
        if (getConcept(v.id)) for (const up of conceptAncestors(v.id)) at(`c:${up}`, m);
        named.push(`e:${v.id}`, m.start, m.end);
      } else if (v.t === "role") {
        const holder = holderOn(lexicon, v.id, date);
        if (holder) at(`e:${holder}`, m);
      }
    }
  }
  const distanced: Array<[number, number]> = [
    ...operators.filter((m) => m.values.some((v) => v.t === "distance")).map((m): [number, number] => [m.start, m.end]),
  ];
  const jointSides = claim.speaker.side ? [] : jointSidesOf(claim.speaker.name, lex);
  const scare = scareQuoted(text, tokens, claim.quotes ?? [], base, operators);
  return {
    claim,
    order,
    language: languageOf(claim),
    side: claim.speaker.side,
    describedSide: jointSides.length ? null : describedSide(claim.speaker, lex),
    jointSides,
    endorses: operators.some((m) => m.values.some((v) => v.t === "endorse")),
    pairRole,
    media: (speaker?.kind ?? claim.speaker.kind) === "media",
    speakerKey,
    speakerRoot: speakerRoot(lexicon, speakerId, speakerKey),
    day,
    period: day === null && iso ? iso : null,
    firmDate: claim.date.basis === "explicit" || claim.date.basis === "relative",
    publishedDay: reference !== null && iso !== null && iso.slice(0, 10) === reference.slice(0, 10),
    relative: claim.date.relative ?? null,
    // A marker of a past statement ("repeatedly", "từng") counts only where the claim has no date of its own.
    background: claim.background === true || (claim.date.iso === null && operators.some((m) => m.values.some((v) => v.t === "undated"))),
    people: lean([...people].sort()),
    roles: lean([...roles].sort()),
    namedSides: lean([...namedSides].sort()),
    states: lean([...states].sort()),
    aliasedStates: lean([...aliasedStates].sort()),
    concepts: lean(found),
    // The kind of encounter the claim itself names (not its sentence around it: "…, he said after the call").
    eventKinds: lean([
      ...new Set(
        things
          .filter((m) => m.end > ownFrom && m.start < ownTo)
          .flatMap((m) => m.values.flatMap((v) => (v.t === "concept" && conceptKind(v.id) === "event" ? [v.id] : []))),
      ),
    ]),
    blocGatherings,
    keys: keyList,
    keySpans: lean(keySpans),
    quantities: lean(quantities),
    predicates: lean(predicates),
    // In the assertion or before it in its sentence ("if Russia invades, the US will respond …":
    // the clause the assertion hangs on); its sentence may go on to another, conditional clause.
    // A modal of reported speech ("would") keeps what it evaluates hypothetical, though it puts no act under condition.
    conditionals: lean(operators.filter((m) => m.start < ownTo && m.values.some((v) => v.t === "conditional" || v.t === "backshift")).map((m) => m.start)),
    evaluations: lean(evaluations),
    ...encounterTerms(evaluations, keyList, things),
    listRun: lean(listRun(outsideCueClause(listed, claim, base, ownFrom, ownTo), tokens, text, operators, lex.stopwords)),
    namedSpans: named.length ? lean(named) : EMPTY,
    nameSkeletons: skeletons.size ? [...skeletons].flatMap(([k, v]) => [`n:${k}`, v]) : EMPTY,
    topics: lean(reportingTopics(found, [...states])),
    scareWords: leanSet(scare.words),
    distanced: lean([...distanced, ...scare.ranges]),
    heldAtDistance: lean(heldAtDistance(keySpans, distanced, scare.ranges)),
    text,
    leadSides: lean(reading?.lead ? readMentions(reading.lead, lex, iso).namedSides.sort() : []),
  };
}

/**
 * Capitalised names a number may follow ("Nord Stream 2", "Leopard 2"): the lexicon's concepts
 * written with a capital (keyed by the concept) and unknown capitalised words (by their name key).
 */
function namesBeforeNumbers(
  things: readonly PhraseMatch<Thing>[],
  tokens: readonly RepToken[],
  text: string,
  covered: ReadonlySet<number>,
  lex: CompareLexicon,
): Array<{ key: string; start: number; end: number }> {
  if (!/\d/.test(text)) return [];
  const out: Array<{ key: string; start: number; end: number }> = [];
  for (const m of things) {
    const concept = m.values.find((v) => v.t === "concept");
    if (concept && concept.t === "concept" && capitalisedName(text, m.start, m.end)) out.push({ key: concept.id, start: m.start, end: m.end });
  }
  tokens.forEach((t, i) => {
    // Not a sentence's first word ("Nearly 300 people").
    if (i > 0 && t.joins && t.upper && !t.digits && !covered.has(i) && t.text.length >= 4 && !lex.notNames.has(t.folded))
      out.push({ key: nameKey(t.text, compileNameSpellings(lex.data.nameSpellings)), start: t.start, end: t.end });
  });
  return out;
}

/**
 * Whether a phrase is written as a name: capitalised, and where it opens a sentence (its capital
 * may be the sentence's), with a capital on a later word too ("Nord Stream 2 …", not "Wymiana
 * jeńców 200 za 200", "Обмен пленными 300 на 300"). A phrase in quotation marks is a name
 * («Северный поток — 2»).
 */
function capitalisedName(text: string, start: number, end: number): boolean {
  const first = text.charAt(start);
  if (first === first.toLowerCase()) return false;
  let i = start - 1;
  while (i >= 0 && /\s/u.test(text.charAt(i))) i--;
  if (i >= 0 && /[\p{Pi}\p{Ps}"«„]/u.test(text.charAt(i))) return true;
  if (i >= 0 && !/[.!?…:]/u.test(text.charAt(i))) return true;
  return /[\s-]\p{Lu}/u.test(text.slice(start, end));
}

/** Characters after a distancing word ("allegedly", "whipping up hysteria over") within which what is named is held at a distance. */
const DISTANCE_REACH = 60;
/** Characters before it (a word of the same noun phrase: "the invasion, so-called"). */
const DISTANCE_BEFORE = 12;

/**
 * The keys named at a distance: a key whose mention starts within {@link DISTANCE_REACH}
 * characters after a distancing word (or just before it), or lies in scare quotes.
 *
 * @example
 * heldAtDistance(["c:invasion", 40, 48], [[20, 29]], []) // ["c:invasion"]
 */
export function heldAtDistance(
  keySpans: ReadonlyArray<string | number>,
  markers: ReadonlyArray<readonly [number, number]>,
  quoted: ReadonlyArray<readonly [number, number]>,
): string[] {
  if (markers.length === 0 && quoted.length === 0) return [];
  const out = new Set<string>();
  for (let i = 0; i + 2 < keySpans.length; i += 3) {
    const key = keySpans[i] as string;
    const start = keySpans[i + 1] as number;
    const end = keySpans[i + 2] as number;
    if (markers.some(([s, e]) => start >= s - DISTANCE_BEFORE && start <= e + DISTANCE_REACH) || quoted.some(([s, e]) => start < e && end > s)) out.add(key);
  }
  return [...out];
}

/** One empty array and set shared by every claim that has none (most claims lack most fields): 10,000 articles hold 150,000 claims. */
const EMPTY: readonly never[] = Object.freeze([]);
const EMPTY_SET: ReadonlySet<never> = new Set();
/**
 * A list as a claim keeps it: the shared empty array when empty, else a copy of exactly its
 * length. An array grown by `push` keeps room for more (V8 reserves 17 slots for its first
 * element): a claim holds some twenty lists, so the room would outweigh what most of them hold.
 */
const lean = <T>(list: T[]): T[] => (list.length ? list.slice() : (EMPTY as unknown as T[]));
const leanSet = <T>(set: Set<T>): Set<T> => (set.size ? set : (EMPTY_SET as unknown as Set<T>));

/** Characters between an evaluative term and the name of the encounter it qualifies. */
const ENCOUNTER_REACH = 40;

/** Concepts that name the encounter or its manner where an evaluation stands by them: its tone, the talks held in it ("the talks were extremely poor"). */
const ENCOUNTER_WORDS: ReadonlySet<string> = new Set(["tone", "negotiations"]);

/** The graded evaluations of a claim that evaluate the encounter (see {@link encounterLevel}). */
function encounterEvaluations(evaluations: readonly Evaluation[], keys: readonly Key[], things: readonly PhraseMatch<Thing>[]): Evaluation[] {
  const graded = evaluations.filter((e) => e.level !== 0);
  if (graded.length === 0) return [];
  if (!keys.some((k) => k.kind === "subject" || k.kind === "place" || k.kind === "state")) return graded;
  const encounter = things.filter((m) => m.values.some((v) => v.t === "concept" && (ENCOUNTER_WORDS.has(v.id) || conceptKind(v.id) === "event")));
  return graded.filter((e) => encounter.some((m) => Math.abs(m.start - e.start) <= ENCOUNTER_REACH || Math.abs(e.end - m.end) <= ENCOUNTER_REACH));
}

/** The level and senses of a claim's evaluation of the encounter. */
function encounterTerms(
  evaluations: readonly Evaluation[],
  keys: readonly Key[],
  things: readonly PhraseMatch<Thing>[],
): { encounterLevel: number | null; encounterSenses: string[] } {
  const list = encounterEvaluations(evaluations, keys, things);
  const level = list.length ? [...list].sort((x, y) => Math.abs(y.level) - Math.abs(x.level))[0]!.level : null;
  return { encounterLevel: level, encounterSenses: lean([...new Set(list.flatMap((e) => (e.sense ? [e.sense] : [])))].sort()) };
}

/**
 * The things of the text read that lie outside the claim's cue clause: its cue and the words
 * naming its speaker, and what stands between them, where they lie outside the assertion. A list
 * is what the claim asserts: "…, a German government spokesman said" names no item of it, while
 * items of the sentence around a short assertion still go on with its list.
 */
function outsideCueClause(things: readonly PhraseMatch<Thing>[], claim: Claim, base: number, ownFrom: number, ownTo: number): readonly PhraseMatch<Thing>[] {
  const spans = [claim.cueSpan, claim.speaker.mentionSpan].filter((s): s is [number, number] => Array.isArray(s) && s.length >= 2);
  if (spans.length === 0) return things;
  const from = Math.min(...spans.map((s) => s[0] - base));
  const to = Math.max(...spans.map((s) => s[1] - base));
  // A cue clause around or inside the assertion (a quotation broken by "he said") is no clause apart.
  if (to <= from || (from < ownTo && to > ownFrom)) return things;
  return things.filter((m) => m.end <= from || m.start >= to);
}

/** Most words between two listed subjects. */
const LIST_GAP = 4;
/** Fewest subjects that make a list. */
const LIST_MIN = 3;

/**
 * The keys of the longest run of listed subjects (see {@link ClaimRep.listRun}): subjects, places
 * and states following one another within one sentence, each separated from the last by a comma
 * or a word that joins list items ("and", "as well as") and at most {@link LIST_GAP} words.
 *
 * @example
 * listRun(things, tokens, text, operators) // ["c:iran-nuclear", "c:korean-peninsula", "s:UA", "c:israel-palestine"]
 */
export function listRun(
  things: readonly PhraseMatch<Thing>[],
  tokens: readonly { joins: boolean; start: number; end: number; folded?: string }[],
  text: string,
  operators: readonly PhraseMatch<Operator>[],
  stopwords: ReadonlySet<string> = new Set(),
): string[] {
  const joiners = operators.filter((m) => m.values.some((v) => v.t === "joiner"));
  const joinerAt = (k: number) => joiners.some((j) => k >= j.from && k < j.to);
  let best: string[] = [];
  let cur: string[] = [];
  let lastEnd = -1;
  for (const m of things) {
    // Generic concepts are the heads of items ("the conflict between…", "the situation in…"), not items.
    const concept = m.values.find(
      (v): v is Extract<Thing, { t: "concept" }> =>
        v.t === "concept" && !GENERIC_CONCEPTS.has(v.id) && (conceptKind(v.id) === "subject" || conceptKind(v.id) === "place"),
    );
    const state = m.values.find((v): v is Extract<Thing, { t: "state" }> => v.t === "state");
    const item = concept ? `c:${concept.id}` : state ? `s:${state.code}` : null;
    if (!item) continue;
    // Words between the two, function words and words joining items ("as well as joint work on
    // regional issues such as") not counted.
    let gap = 0;
    for (let k = Math.max(lastEnd, 0); k < m.from; k++) if (!stopwords.has(tokens[k]!.folded ?? "") && !joinerAt(k)) gap++;
    let joined = lastEnd >= 0 && gap <= LIST_GAP;
    if (joined) {
      const from = tokens[lastEnd - 1]!.end;
      const to = m.start;
      joined = /[,;]/.test(text.slice(from, to)) || joiners.some((j) => j.start >= from && j.end <= to);
    }
    // No sentence break between the two: every token from the end of the last up to this one joins on.
    let broken = false;
    for (let k = Math.max(lastEnd, 0); k <= m.from && k < tokens.length; k++) if (!tokens[k]!.joins) broken = true;
    if (broken) joined = false;
    // Within the sentence, a compound of two items ("the NATO-Russia Council") and an item named
    // again ("at NATO, through the NATO-Russia Council") go on with the list.
    else if (!joined && lastEnd >= 0 && (m.from === lastEnd || cur.includes(item)) && gap <= LIST_GAP) joined = true;
    if (!joined) cur = [];
    if (!cur.includes(item)) cur.push(item);
    if (cur.length > best.length) best = [...cur];
    lastEnd = m.to;
  }
  return best.length >= LIST_MIN ? best : [];
}

/** What a passage of text names, for telling which event an article reports (see `events/profile.ts`). */
export interface Mentions {
  people: string[];
  namedSides: string[];
  states: string[];
  concepts: string[];
  names: string[];
}

/**
 * The people, states, concepts and unknown names a passage of text names (an article's title and
 * lead), titles resolved to their holders on `date`.
 *
 * @example
 * readMentions("Biden and Xi spoke by phone", lex, "2024-04-02").people // ["joe-biden", "xi-jinping"]
 */
export function readMentions(text: string, lex: CompareLexicon, date: string | null): Mentions {
  const tokens = lex.tokens(text);
  const things = withoutForeignRoles(withoutBlocGatherings(lex.things.findAll(tokens)));
  const covered = new Set<number>();
  for (const m of things) for (let k = m.from; k < m.to; k++) covered.add(k);
  const people: string[] = [];
  const namedSides = new Set<string>();
  const states = new Set<string>();
  const concepts: string[] = [];
  const addPerson = (id: string) => {
    people.push(id);
    const side = lex.lexicon.entity(id)?.side;
    if (side) namedSides.add(side);
  };
  for (const m of things)
    readThing(m, { addPerson, roles: new Set(), namedSides, states, entities: new Set(), concepts, date, speakerId: null, lexicon: lex.lexicon });
  return {
    people,
    namedSides: [...namedSides],
    states: [...states],
    concepts,
    names: unknownNames(tokens, lex.notNames, covered, lex.capitalizedNouns, text, compileNameSpellings(lex.data.nameSpellings)),
  };
}

/** Kinds of encounter a bloc holds ("the G20 summit", "the APEC meeting"). */
const GATHERINGS = new Set(["summit", "meeting"]);
/**
 * The matches that read a word of lower case as a state only, where the pack reads the same word
 * as a term of evaluation: the word is the term, not a form of the state's name that merely begins
 * alike (French "franche", frank, is no form of "France"; "une conversation franche" speaks of no
 * state). A capitalised word keeps its state, and so does a phrase of several words.
 */
export function withoutEvaluatedStates(
  things: PhraseMatch<Thing>[],
  operators: readonly PhraseMatch<Operator>[],
  tokens: readonly RepToken[],
): PhraseMatch<Thing>[] {
  const evaluated = new Set<number>();
  for (const o of operators) if (o.to === o.from + 1 && o.values.some((v) => v.t === "eval" || v.t === "sense")) evaluated.add(o.from);
  if (evaluated.size === 0) return things;
  return things.filter((m) => {
    if (m.to !== m.from + 1 || !evaluated.has(m.from) || !m.values.every((v) => v.t === "state")) return true;
    const first = tokens[m.from]!.text.charAt(0);
    return first !== first.toLowerCase();
  });
}

/**
 * A state named by a word the language also has as a common noun of a concept ("reunión", a
 * meeting, is Réunion in Spanish), written in lower case: the noun, not the state. Capitalised,
 * the name stays ("la Reunión").
 *
 * @example
 * withoutCommonNounStates(things("la idea de una reunión"), tokens) // the "reunión" match holds the concept "meeting" alone
 */
export function withoutCommonNounStates(things: PhraseMatch<Thing>[], tokens: readonly RepToken[]): PhraseMatch<Thing>[] {
  return things.map((m) => {
    if (m.to !== m.from + 1 || !m.values.some((v) => v.t === "concept") || !m.values.some((v) => v.t === "state")) return m;
    const first = tokens[m.from]!.text.charAt(0);
    return first === first.toLowerCase() && first !== first.toUpperCase() ? { ...m, values: m.values.filter((v) => v.t !== "state") } : m;
  });
}

/**
 * The matches whose words are part of a longer phrase of an act read without their concepts:
 * "de acord", "d'accord", "d'accordo", "de acuerdo", "reached an agreement" say that someone
 * agreed (the predicate), not that there is an agreement (a deal) the claim speaks of. A concept
 * named by the act's whole phrase ("договоренность", "acordul") stays: the words are the thing too.
 *
 * @example
 * withoutActWords(things("au căzut de acord"), operators("au căzut de acord")) // the "acord" match, with no concept
 */
export function withoutActWords(things: PhraseMatch<Thing>[], operators: readonly PhraseMatch<Operator>[]): PhraseMatch<Thing>[] {
  const acts = operators.filter((o) => o.values.some((v) => v.t === "predicate"));
  if (acts.length === 0) return things;
  return things.map((m) => {
    if (!m.values.some((v) => v.t === "concept")) return m;
    const inAct = acts.some((o) => o.from <= m.from && o.to >= m.to && o.to - o.from > m.to - m.from);
    return inAct ? { ...m, values: m.values.filter((v) => v.t !== "concept") } : m;
  });
}

/** Most words between a bloc and the gathering it holds ("the summit of the G20"). */
const GATHERING_REACH = 2;

/**
 * The matches with a bloc's gathering ("the G20 summit in Hamburg", "the APEC meeting") read as
 * the bloc alone: a multilateral gathering is a place and time, not the encounter of the event
 * (a meeting "around the G20 summit" proposed during a phone call).
 */
export function withoutBlocGatherings(things: PhraseMatch<Thing>[]): PhraseMatch<Thing>[] {
  const blocs = things.filter((m) => m.values.some((v) => (v.t === "concept" || v.t === "entity") && BLOCS.has(v.id)));
  if (blocs.length === 0) return things;
  const gathering = (v: Thing) => v.t === "concept" && GATHERINGS.has(v.id);
  return things.map((m) => {
    if (!m.values.some(gathering)) return m;
    const near = blocs.some((b) => b !== m && ((b.from >= m.to && b.from - m.to <= GATHERING_REACH) || (m.from >= b.to && m.from - b.to <= GATHERING_REACH)));
    return near ? { ...m, values: m.values.filter((v) => !gathering(v)) } : m;
  });
}

/** The claim's language subtag, lower case ("pt-BR" → "pt"). */
export const languageOf = (claim: Pick<Claim, "language">) => claim.language.toLowerCase().split("-")[0]!;

interface Sink {
  addPerson: (id: string) => void;
  roles: Set<string>;
  namedSides: Set<string>;
  states: Set<string>;
  entities: Set<string>;
  concepts: string[];
  date: string | null;
  speakerId: string | null;
  lexicon: LexiconModel;
}

/** Whether an entity value is a body the claim names (not a person, group, medium, the speaker or a state as actor): see {@link readThing}. */
function isBody(v: Extract<Thing, { t: "entity" }>, speakerId: string | null): boolean {
  return v.id !== speakerId && v.kind !== "media" && v.kind !== "person" && v.kind !== "group" && !(v.side && stateTopic(v.side) === v.id);
}

function readThing(m: PhraseMatch<Thing>, s: Sink): void {
  for (const v of m.values) {
    if (v.t === "concept") s.concepts.push(v.id);
    else if (v.t === "state") s.states.add(v.code);
    else if (v.t === "entity") {
      if (v.id === s.speakerId || v.kind === "media") continue;
      if (v.kind === "person") s.addPerson(v.id);
      else if (v.kind === "group") {
        // "Putin and Trump": the people a group stands for.
        for (const member of groupMembers(s.lexicon, v.id)) s.addPerson(member);
      } else if (v.side && stateTopic(v.side) === v.id) {
        // A state named as an actor ("Russia said") is the state.
        s.states.add(v.side);
        s.namedSides.add(v.side);
      } else {
        s.entities.add(v.id);
        if (v.side) s.namedSides.add(v.side);
        // A body that is also a concept (NATO, the UN) is that too.
        if (getConcept(v.id)) s.concepts.push(v.id);
      }
    } else if (v.t === "role") {
      const holder = holderOn(s.lexicon, v.id, s.date);
      if (holder) s.addPerson(holder);
      else if (s.lexicon.role(v.id)?.pair !== true) {
        s.roles.add(v.id);
        if (v.side) s.namedSides.add(v.side);
      }
    }
  }
}

const membersCache = new WeakMap<LexiconModel, Map<string, string[]>>();
/** The people a group entity stands for, read from its canonical name ("Putin and Trump"). */
function groupMembers(lexicon: LexiconModel, id: string): string[] {
  let cache = membersCache.get(lexicon);
  if (!cache) membersCache.set(lexicon, (cache = new Map()));
  let hit = cache.get(id);
  if (hit) return hit;
  const name = lexicon.entity(id)?.name ?? "";
  hit = name
    .split(/\s+and\s+/)
    .map((n) => lexicon.entityOfName(n))
    .filter((e): e is Entity => e?.kind === "person")
    .map((e) => e.id);
  cache.set(id, hit);
  return hit;
}

/** The reporting topics of a claim: its subjects and places (concept ids), then the states it names. */
function reportingTopics(concepts: readonly string[], states: readonly string[]): string[] {
  const subjects = concepts.filter((id) => ["subject", "place", "evaluation", "stance"].includes(conceptKind(id)));
  const rest = concepts.filter((id) => !subjects.includes(id));
  return [...new Set([...subjects, ...states.map(stateTopic), ...rest])];
}
