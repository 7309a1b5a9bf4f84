import type { Alignment } from "../schema/comparison.js";
import { evidenceKeys, pairDiff, type ScoredPair } from "./pairs.js";
import type { ClaimKeys } from "./keys.js";

/**
 * Aligns the claims of an event: pairs that assert the same thing, best first, each claim
 * matched at most once per other side (corroboration) or per other article (same-report).
 * Pairs whose wordings disagree (different evaluations, a denial against an assertion,
 * conflicting numbers) are never aligned.
 *
 * @example
 * alignEvent(scorePairs(event.claims, ctx), ctx.threshold)[0]
 * // { claims: ["000.2", "002.2"], relation: "same-report", score: 0.81, keys: ["topic:tone", …], diff: null }
 */
export function alignEvent(pairs: readonly ScoredPair[], threshold: number): Alignment[] {
  const used = new Set<string>();
  const out: Alignment[] = [];
  for (const p of pairs) {
    if (p.evidence.conflict || p.evidence.score < threshold) continue;
    const groupOf = (k: ClaimKeys) => (p.relation === "corroboration" ? `side:${k.side}` : `article:${k.claim.articleId}`);
    const ua = `${p.a.claim.id}|${groupOf(p.b)}`;
    const ub = `${p.b.claim.id}|${groupOf(p.a)}`;
    if (used.has(ua) || used.has(ub)) continue;
    used.add(ua);
    used.add(ub);
    const sameLanguage = p.a.language === p.b.language;
    out.push({
      claims: [p.a.claim.id, p.b.claim.id],
      relation: p.relation,
      score: Math.round(p.evidence.score * 1000) / 1000,
      keys: evidenceKeys(p.evidence),
      diff: pairDiff(p.a, p.b),
    });
  }
  return out;
}
