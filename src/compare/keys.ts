import type { Claim } from "../schema/claim.js";
import { getEntity, getRole, roleHoldersOn } from "../lexicon/index.js";
import { tokenize, type Token } from "../text/tokens.js";
import { speakerNameMatcher, STANCE_MARKS, type CompareLexicon, type MentionRef, type Polarity, type SmallRef } from "./lexicon.js";
import type { Match } from "../text/matcher.js";

/** A number with its unit as found in a claim ("45 minutes", "about an hour", "2 decades"). */
export interface Quantity {
  value: number;
  /** Unit id from the pack ("hour", "day") or the folded unit word when the pack does not know it. */
  unit: string;
  /** Value in seconds when the unit is a time unit the pack knows. */
  seconds: number | null;
  text: string;
}

/** An evaluative term found in a claim. */
export interface EvaluativeTerm {
  /** Folded form, for comparing wordings in one language. */
  key: string;
  text: string;
  polarity: Polarity;
}

/** Everything the comparison reads from one claim, computed once. */
export interface ClaimKeys {
  claim: Claim;
  /** Days since 1970-01-01 for a day-precision date, else null. */
  day: number | null;
  /** "YYYY-MM" or "YYYY" for claims dated only to a month or year, else null. */
  period: string | null;
  /** The date rests on the text (explicit or relative), not on the publication date or context. */
  firmDate: boolean;
  side: string | null;
  /** Entity id of the speaker, else the folded name. */
  speakerKey: string;
  /** The institution the speaker speaks for (Peskov → kremlin), else the speaker key. */
  speakerRoot: string;
  /** Shared entity ids named in the assertion (people, institutions, roles), not the speaker. */
  entities: string[];
  /** People (and roles standing for people) named in the assertion or in a group speaker's name. */
  people: string[];
  /** Sides taking part as far as the claim shows: the speaker's and those of the people it names. */
  sides: string[];
  topics: string[];
  quantities: Quantity[];
  /** Comparable keys of the quantities: seconds for time units, else "value unit". */
  quantityKeys: Set<string>;
  evaluative: EvaluativeTerm[];
  /** Polarities of the evaluative terms. */
  polarities: Set<Polarity>;
  /** Folded evaluative terms. */
  evaluativeKeys: Set<string>;
  denial: boolean;
  /** Stance markers from the pack's topic words or the claim's topics: `urgency`, `preparation`. */
  marks: string[];
  language: string;
  /** The folded words of the assertion, in order (for same-language similarity and diffs). */
  wordKeys: readonly string[];
  /**
   * Folded words the claim puts in scare quotes: a quotation of one or two words that is not an
   * evaluation (the "invasion" of a side that disputes the word), keeping its distance from them.
   */
  scareWords: ReadonlySet<string>;
}

/** Longest quotation, in words, read as scare quotes rather than a quoted statement. */
const SCARE_WORDS = 2;
/** Shortest word that counts as a scare-quoted term (not a particle). */
const SCARE_MIN_LENGTH = 4;

/**
 * The folded words of a claim's one- or two-word quotations that are not evaluative terms:
 * words the speaker holds at a distance ("our so-called planned \"invasion\"").
 *
 * @example
 * scareQuoted(tokens, [[10, 20]], 0, evaluativeMatches) // Set { "invasion" }
 */
export function scareQuoted(tokens: readonly Token[], quotes: readonly (readonly [number, number])[], base: number, evaluative: readonly { start: number; end: number }[]): Set<string> {
  const out = new Set<string>();
  for (const [q0, q1] of quotes) {
    const from = q0 - base;
    const to = q1 - base;
    const inside = tokens.filter((t) => t.start >= from && t.end <= to);
    if (inside.length === 0 || inside.length > SCARE_WORDS) continue;
    if (evaluative.some((m) => m.start < to && m.end > from)) continue;
    for (const t of inside) if (t.key.length >= SCARE_MIN_LENGTH && !t.digits) out.add(t.key);
  }
  return out;
}

const DAY_MS = 86_400_000;
export { STANCE_MARKS } from "./lexicon.js";
const DIGITS = /^\d+$/;

/**
 * Days since the epoch for `YYYY-MM-DD`, else null.
 *
 * @example
 * dayNumber("1970-01-02") // 1; dayNumber("2016-10") // null
 */
export function dayNumber(iso: string | null): number | null {
  if (!iso || iso.length < 10) return null;
  const t = Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
  return Number.isFinite(t) ? Math.round(t / DAY_MS) : null;
}

/**
 * `YYYY-MM-DD` for a day number.
 *
 * @example
 * isoOfDay(1) // "1970-01-02"
 */
export function isoOfDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/**
 * The institution a speaker speaks for, following `affiliation` (Peskov → kremlin).
 *
 * @example
 * speakerRoot("dmitry-peskov", "dmitry-peskov") // "kremlin"
 */
export function speakerRoot(id: string | null, fallback: string): string {
  let cur = id ? getEntity(id) : undefined;
  for (let hops = 0; cur?.affiliation && hops < 3; hops++) {
    const next = getEntity(cur.affiliation);
    if (!next) break;
    cur = next;
  }
  return cur?.id ?? fallback;
}

const namedCache = new Map<string, MentionRef[]>();
/** People named in a canonical English name ("Putin and Trump" → Putin, Trump). */
function namedPeople(name: string): MentionRef[] {
  const hit = namedCache.get(name);
  if (hit) return hit;
  const out: MentionRef[] = [];
  if (namedCache.size < 10_000) namedCache.set(name, out);
  for (const m of speakerNameMatcher().findAll(tokenize(name, true), name)) for (const ref of m.values) if (ref.kind === "person") out.push(ref);
  return out;
}

const members = new Map<string, MentionRef[]>();
/** The people a group entity stands for, read from its canonical name. */
function membersOf(id: string): MentionRef[] {
  let hit = members.get(id);
  if (!hit) members.set(id, (hit = namedPeople(getEntity(id)?.name ?? "")));
  return hit;
}

const holderCache = new Map<string, MentionRef | null>();
/** The person holding a role on a date (the most recent holder when undated), or null. */
function holderOf(roleId: string, date: string | null): MentionRef | null {
  const key = `${roleId}|${date ?? ""}`;
  const hit = holderCache.get(key);
  if (hit !== undefined) return hit;
  const found = findHolder(roleId, date);
  if (holderCache.size < 100_000) holderCache.set(key, found);
  return found;
}

function findHolder(roleId: string, date: string | null): MentionRef | null {
  const role = getRole(roleId);
  if (!role || role.holders.length === 0) return null;
  const id = roleHoldersOn(role, date)[0];
  const e = id ? getEntity(id) : undefined;
  return e ? { id: e.id, kind: "person", side: e.side } : null;
}

function foldName(s: string): string {
  return s.normalize("NFD").replace(/\p{M}+/gu, "").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
}

/**
 * A key under which equal amounts meet: seconds for time units, else value and unit.
 *
 * @example
 * quantityKey({ value: 1, unit: "hour", seconds: 3600, text: "1 hour" }) // "3600s"
 */
export const quantityKey = (q: Quantity): string => (q.seconds !== null ? `${q.seconds}s` : `${q.value} ${q.unit}`);

function quantities(tokens: readonly Token[], text: string, small: ReadonlyArray<Match<SmallRef>>): Quantity[] {
  const out: Quantity[] = [];
  if (!/\d/.test(text) && !small.some((m) => m.values.some((v) => v.type === "number"))) return out;
  const at = new Map<number, Match<SmallRef>>();
  for (const m of small) at.set(m.from, m);
  const unitAt = (j: number) => at.get(j)?.values.find((v): v is Extract<SmallRef, { type: "unit" }> => v.type === "unit")?.unit;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    let value: number | null = null;
    let next = i + 1;
    if (DIGITS.test(t.text)) value = Number(t.text);
    else {
      const w = at.get(i);
      const n = w?.values.find((v): v is Extract<SmallRef, { type: "number" }> => v.type === "number");
      if (w && n) {
        value = n.value;
        next = w.to;
      }
    }
    if (value === null) continue;
    // The unit follows the number, possibly after one linking word ("45 de minute").
    let found = false;
    for (const j of [next, next + 1]) {
      const unit = unitAt(j);
      if (!unit) continue;
      out.push({ value, unit: unit.unit, seconds: unit.seconds === null ? null : value * unit.seconds, text: text.slice(t.start, at.get(j)!.end) });
      found = true;
      break;
    }
    // A unit the pack does not know: keep the word itself (after at most one short linking word,
    // as in "45 de minute"), comparable only with the same word in the same language.
    let after = tokens[next];
    if (after && after.text.length <= 2 && !after.digits) after = tokens[next + 1];
    if (!found && DIGITS.test(t.text) && after && !after.digits && after.start - t.end <= 4) {
      out.push({ value, unit: `word:${after.key}`, seconds: null, text: text.slice(t.start, after.end) });
    }
  }
  return out;
}

const isDenial = (m: Match<SmallRef>) => m.values.some((v) => v.type === "denial");
const cueCache = new WeakMap<CompareLexicon, Map<string, boolean>>();
/** Whether a reporting cue is a denial ("denied", "a negat"); cues repeat, so answers are kept. */
function cueDenies(cue: string, lex: CompareLexicon): boolean {
  let cache = cueCache.get(lex);
  if (!cache) cueCache.set(lex, (cache = new Map()));
  let hit = cache.get(cue);
  if (hit === undefined) {
    hit = lex.small.findAll(tokenize(cue, lex.fold), cue).some(isDenial);
    if (cache.size < 10_000) cache.set(cue, hit);
  }
  return hit;
}

/**
 * Reads the language-independent keys of a claim: date, speaker, named entities and sides,
 * topics, quantities, evaluative terms and denials (the last three through the language pack).
 *
 * @example
 * claimKeys(claim, lexiconFor("ro", []).lexicon).sides // ["RU", "US"]
 */
export function claimKeys(claim: Claim, lex: CompareLexicon): ClaimKeys {
  const text = claim.assertion;
  const tokens = tokenize(text, lex.fold);
  const entities = new Set<string>();
  const people = new Set<string>();
  const sides = new Set<string>();
  if (claim.speaker.side) sides.add(claim.speaker.side);
  const addPerson = (ref: MentionRef) => {
    people.add(ref.id);
    if (ref.side) sides.add(ref.side);
  };
  for (const m of lex.mentions.findAll(tokens, text)) {
    for (const ref of m.values) {
      if (ref.id === claim.speaker.id) continue;
      if (ref.kind === "group") {
        // "Putin and Trump": the people a group's canonical name lists.
        for (const member of membersOf(ref.id)) addPerson(member);
        continue;
      }
      if (ref.side === null) {
        // Bodies with no side (NATO, the UN) still name the subject; joint roles ("both leaders") do not.
        if (ref.kind === "institution") entities.add(ref.id);
        continue;
      }
      if (ref.kind === "role") {
        // A title stands for its holder on the claim's date ("the Russian president" → Putin);
        // a collective role ("the Ukrainian side") names a body, not a person.
        const holder = holderOf(ref.id, claim.date.iso);
        if (holder && holder.id !== claim.speaker.id) {
          entities.add(holder.id);
          addPerson(holder);
        } else if (!holder) entities.add(ref.id);
        continue;
      }
      if (ref.kind !== "media") entities.add(ref.id);
      if (ref.kind === "person") addPerson(ref);
    }
  }
  // A speaker with no side ("Putin and Trump", a news agency quoting both) names the sides taking part.
  if (!claim.speaker.side) for (const member of namedPeople(claim.speaker.name)) addPerson(member);
  const small = lex.small.findAll(tokens, text);
  const evaluative: EvaluativeTerm[] = [];
  for (const m of small) {
    const ev = m.values.find((v): v is Extract<SmallRef, { type: "evaluative" }> => v.type === "evaluative");
    if (ev) evaluative.push({ key: tokens.slice(m.from, m.to).map((t) => t.key).join(" "), text: text.slice(m.start, m.end), polarity: ev.polarity });
  }
  const denial = small.some(isDenial) || (claim.cue !== null && cueDenies(claim.cue, lex));
  const marks = new Set(claim.topics.filter((t) => STANCE_MARKS.includes(t)));
  for (const m of small) for (const v of m.values) if (v.type === "mark") marks.add(v.topic);
  const iso = claim.date.iso;
  const day = dayNumber(iso);
  const qs = quantities(tokens, text, small);
  const speakerKey = claim.speaker.id ?? foldName(claim.speaker.name);
  return {
    claim,
    day,
    period: day === null && iso ? iso : null,
    firmDate: claim.date.basis === "explicit" || claim.date.basis === "relative",
    side: claim.speaker.side,
    speakerKey,
    speakerRoot: speakerRoot(claim.speaker.id, speakerKey),
    entities: [...entities].sort(),
    people: [...people].sort(),
    sides: [...sides].sort(),
    topics: [...new Set(claim.topics)],
    quantities: qs,
    quantityKeys: new Set(qs.map(quantityKey)),
    evaluative,
    polarities: new Set(evaluative.map((e) => e.polarity)),
    evaluativeKeys: new Set(evaluative.map((e) => e.key)),
    denial,
    marks: [...marks].sort(),
    language: claim.language.toLowerCase().split("-")[0]!,
    wordKeys: tokens.map((t) => t.key),
    scareWords: scareQuoted(tokens, claim.quotes, claim.assertionSpan[0], small.filter((m) => m.values.some((v) => v.type === "evaluative"))),
  };
}
