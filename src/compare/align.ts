import type { Alignment } from "../schema/comparison.js";
import { evidenceKeys, pairDiff, type ScoredPair } from "./pairs.js";
import { STANCE_MARKS, type ClaimKeys } from "./keys.js";
import { EVENT_TOPICS } from "./events.js";

/**
 * Aligns the claims of an event: pairs that assert the same thing, best first, each claim
 * matched at most once per other side (corroboration) or per other article (same-report) —
 * except that a claim listing several subjects ("Strategic Stability, ransomware and Iran") may
 * align with one claim of the other side per subject, when that claim reports only subjects of
 * the list and none already aligned. Pairs whose wordings disagree (different evaluations, a
 * denial against an assertion, conflicting numbers, a word held in scare quotes) are never aligned.
 *
 * @example
 * alignEvent(scorePairs(event.claims, ctx), ctx.threshold)[0]
 * // { claims: ["000.2", "002.2"], relation: "same-report", score: 0.81, keys: ["topic:tone", …], diff: null }
 */
export function alignEvent(pairs: readonly ScoredPair[], threshold: number, procedural: ReadonlySet<string> = new Set()): Alignment[] {
  const used = new Map<string, Set<string>>();
  const out: Alignment[] = [];
  const subjects = (p: ScoredPair) => p.evidence.topics.filter((t) => !procedural.has(t) && !EVENT_TOPICS.has(t) && !STANCE_MARKS.includes(t));
  for (const p of pairs) {
    if (p.evidence.conflict || p.evidence.score < threshold) continue;
    const groupOf = (k: ClaimKeys) => (p.relation === "corroboration" ? `side:${k.side}` : `article:${k.claim.articleId}`);
    const ua = `${p.a.claim.id}|${groupOf(p.b)}`;
    const ub = `${p.b.claim.id}|${groupOf(p.a)}`;
    const topics = subjects(p);
    const ta = used.get(ua);
    const tb = used.get(ub);
    if (ta || tb) {
      // A further alignment only for another item of a list: both claims' earlier alignments
      // with the other side were on other subjects.
      const another = p.relation === "corroboration" && p.evidence.contained && topics.length > 0;
      if (!another || (ta && topics.some((t) => ta.has(t))) || (tb && topics.some((t) => tb.has(t)))) continue;
      if (ta && tb) continue;
    }
    for (const key of [ua, ub]) {
      let set = used.get(key);
      if (!set) used.set(key, (set = new Set()));
      for (const t of topics) set.add(t);
    }
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
