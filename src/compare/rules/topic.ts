import type { Key, KeyKind } from "../represent/index.js";
import { stateTopic } from "../represent/topics.js";
import type { ScoredPair } from "../match/pairs.js";
import type { EventWeights } from "../match/weights.js";

/** Which shared keys name the topic of a pair, most telling first. */
const RANK: Partial<Record<KeyKind, number>> = { subject: 6, place: 5, state: 4, broader: 3, procedural: 2, event: 1 };

/**
 * A key as a reporting topic: a concept id as it is, a state by its English name ("taiwan").
 *
 * @example
 * topicOfKey({ key: "s:TW", kind: "state" }) // "taiwan"
 */
export function topicOfKey(k: Key): string | null {
  if (k.key.startsWith("c:")) return k.key.slice(2);
  if (k.key.startsWith("s:")) return stateTopic(k.key.slice(2));
  return null;
}

/**
 * The topics two claims share, most telling first: subjects and places before states, broader
 * concepts and the kind of encounter; rarer ones first within a rank.
 *
 * @example
 * pairTopics(pair, weights) // ["safe-zones", "syria"]
 */
export function pairTopics(p: ScoredPair, w: EventWeights, exclude: readonly string[] = []): string[] {
  const keys = p.evidence.shared
    .filter((k) => RANK[k.kind] !== undefined)
    .sort((x, y) => RANK[y.kind]! - RANK[x.kind]! || w.rarity(y.key) - w.rarity(x.key) || x.key.localeCompare(y.key));
  const out: string[] = [];
  for (const k of keys) {
    const t = topicOfKey(k);
    if (t && !exclude.includes(t) && !out.includes(t)) out.push(t);
  }
  return out;
}
