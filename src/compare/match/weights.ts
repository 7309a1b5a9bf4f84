import { GENERIC_CONCEPTS } from "../../lexicon/concepts.js";
import type { ClaimRep, KeyKind } from "../represent/index.js";

/** Keys of generic concepts ("cooperation", "agreement", "war"): sharing one tells no two claims apart. */
const GENERIC_KEYS: ReadonlySet<string> = new Set([...GENERIC_CONCEPTS].map((id) => `c:${id}`));

/**
 * How much each kind of key says about what two claims assert when they share it: a subject, a
 * place or an amount much; a state or a person less (an event's participants are named
 * everywhere); a word stem in one language less again; the kind of encounter, its procedure and
 * a predicate class little.
 */
export const KIND_FACTOR: Readonly<Record<KeyKind, number>> = {
  subject: 1,
  place: 1,
  quantity: 0.9,
  name: 0.7,
  state: 0.7,
  entity: 0.6,
  evaluation: 0.5,
  term: 0.8,
  // A designator ("F-35", "S-400", "Nord Stream 2") names one thing the same in every language.
  designator: 1,
  content: 0.45,
  broader: 0.4,
  procedural: 0.7,
  predicate: 0.35,
  event: 0.25,
};

/** Factor of the keys naming the event's own parties (its leaders, their states): every claim is about them. */
const PARTY_FACTOR = 0.15;
/** Rarity from which a shared key tells a pair apart (a key carried by at most about half the event's claims). */
const TELLING_RARITY = 0.45;
/** Kinds of keys that never tell a pair apart on their own: the kind of encounter, a word stem (two may: see similarity), an evaluation's direction. */
const NEVER_TELLING = new Set<KeyKind>(["event", "content", "evaluation"]);

/** Key weights of one event: rarer keys within the event weigh more. */
export interface EventWeights {
  /** Weight of a key in (0, 1]: its kind factor times its rarity in the event. */
  weight(key: string, kind: KeyKind): number;
  /** Rarity alone, in (0, 1]: 1 for a key one claim carries. */
  rarity(key: string): number;
  /** Claims of the event carrying the key. */
  df(key: string): number;
  /** Whether some article of the event carries the key in more than one claim (it runs through an account, not one matter of it). */
  recurs(key: string): boolean;
  /** Whether sharing the key tells two claims apart within the event (rare enough, not a party of the event). */
  telling(key: string, kind: KeyKind): boolean;
  /** Whether the key names one of the event's own parties (its leaders, their states). */
  party(key: string): boolean;
  size: number;
}

/**
 * Weights computed inside one event: `ln(1 + N / df)` scaled by `ln(1 + N)`, times the kind's
 * factor. A key most of the event's claims carry (the two leaders, "the call") weighs little;
 * one subject only two claims share weighs much.
 *
 * @example
 * eventWeights(event.reps, { ids: ["vladimir-putin"], sides: ["RU"] }).weight("c:safe-zones", "subject") // 0.8
 */
export function eventWeights(reps: readonly ClaimRep[], parties: { ids: readonly string[]; sides: readonly string[] } = { ids: [], sides: [] }): EventWeights {
  const df = new Map<string, number>();
  const articles = new Map<string, Set<string>>();
  for (const r of reps)
    for (const k of r.keys) {
      df.set(k.key, (df.get(k.key) ?? 0) + 1);
      let set = articles.get(k.key);
      if (!set) articles.set(k.key, (set = new Set()));
      set.add(r.claim.articleId);
    }
  const n = Math.max(reps.length, 2);
  const top = Math.log(1 + n);
  const own = new Set([...parties.ids.map((id) => `e:${id}`), ...parties.sides.map((s) => `s:${s}`)]);
  const rarities = new Map<string, number>();
  const rarity = (key: string) => {
    let r = rarities.get(key);
    if (r === undefined) rarities.set(key, (r = Math.log(1 + n / Math.max(1, df.get(key) ?? 1)) / top));
    return r;
  };
  return {
    weight: (key, kind) => (own.has(key) ? PARTY_FACTOR : KIND_FACTOR[kind]) * rarity(key),
    rarity,
    df: (key) => df.get(key) ?? 0,
    recurs: (key) => (df.get(key) ?? 0) > (articles.get(key)?.size ?? 0),
    telling: (key, kind) => !NEVER_TELLING.has(kind) && !own.has(key) && !GENERIC_KEYS.has(key) && rarity(key) >= TELLING_RARITY,
    party: (key) => own.has(key),
    size: reps.length,
  };
}
