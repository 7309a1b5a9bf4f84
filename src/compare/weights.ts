import { CALL_TOPICS } from "./events.js";
import type { ClaimKeys } from "./keys.js";

/**
 * Key weights from their frequency over every compared claim: `ln(1 + N / df)`, scaled to
 * (0, 1] by `ln(1 + N)`. A key most claims carry ("relations", Putin) weighs little.
 *
 * @example
 * keyWeights(keys, (k) => k.topics).get("isis") // 0.8
 */
export function keyWeights(keys: readonly ClaimKeys[], of: (k: ClaimKeys) => readonly string[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const k of keys) for (const t of new Set(of(k))) df.set(t, (df.get(t) ?? 0) + 1);
  const n = Math.max(keys.length, 2);
  const top = Math.log(1 + n);
  const out = new Map<string, number>();
  for (const [t, f] of df) out.set(t, Math.log(1 + n / f) / top);
  return out;
}

/**
 * Topic weights (see {@link keyWeights}).
 *
 * @example
 * topicWeights(keys).get("relations") // 0.4 (common), .get("astana-talks") // 1
 */
export const topicWeights = (keys: readonly ClaimKeys[]) => keyWeights(keys, (k) => k.topics);

/**
 * Topic weights for alignment: topics naming the call itself ("phone-call") say which event a
 * claim is about, not what it asserts, so they count half.
 *
 * @example
 * alignmentWeights(topicWeights(keys)).get("phone-call") // half of the topic weight
 */
export function alignmentWeights(weights: ReadonlyMap<string, number>): Map<string, number> {
  const out = new Map(weights);
  for (const t of CALL_TOPICS) {
    const w = out.get(t);
    if (w !== undefined) out.set(t, w / 2);
  }
  return out;
}
