import type { Alignment } from "../../schema/comparison.js";
import type { ClaimRep } from "../represent/index.js";
import { pairEvidence, skeletonsOf, type PairEvidence } from "./similarity.js";
import type { EventWeights } from "./weights.js";

/** A scored pair of claims of one event that can be related. */
export interface ScoredPair {
  a: ClaimRep;
  b: ClaimRep;
  relation: Alignment["relation"];
  evidence: PairEvidence;
  /** One claim agrees with the other in so many words ("agreeing with this view"). */
  endorsed?: boolean;
  /** One claim reports one part of the other, which says more (see `match/assign.ts`): the two are no copies of one report. */
  part?: boolean;
}

/** Keys carried by more claims than this propose no pairs in large events (they are everywhere). */
const POSTING_CAP = 64;
/** Events up to this size take every pair that shares a key. */
const ALL_PAIRS_LIMIT = 200;
/** Least score for a pair to be kept at all: below it two claims share nothing worth a rule. */
const FLOOR = 0.05;

/**
 * The relation two claims could have: `corroboration` when two sides speak (in one article or
 * two), `same-report` when one side (or a source with no side) is reported in two articles; null
 * for two claims of one side, or of no side, in one article.
 *
 * @example
 * relationOf(kremlinInRo, kremlinInVi) // "same-report"; relationOf(kremlin, whiteHouse) // "corroboration"
 */
export function relationOf(a: ClaimRep, b: ClaimRep): Alignment["relation"] | null {
  if (a.side && b.side && a.side !== b.side) return "corroboration";
  if (a.claim.articleId === b.claim.articleId) return null;
  return "same-report";
}

/** Kinds of keys that propose candidate pairs: those that can tell two claims apart. */
const PROPOSING = new Set([
  "subject",
  "place",
  "state",
  "name",
  "quantity",
  "entity",
  "content",
  "broader",
  "procedural",
  "evaluation",
  "term",
  "predicate",
  "event",
  "designator",
]);

/**
 * The candidate pairs of an event: claims that share a key able to tell them apart. Small events
 * take every such pair; in large ones a key carried by very many claims proposes none, so the
 * work stays near-linear. With embeddings, every pair of a small event is a candidate.
 */
function candidates(reps: readonly ClaimRep[], embeddings: boolean): Array<[number, number]> {
  const n = reps.length;
  const out: Array<[number, number]> = [];
  if (embeddings && n <= ALL_PAIRS_LIMIT) {
    for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) out.push([i, j]);
    return out;
  }
  const postings = new Map<string, number[]>();
  const post = (key: string, i: number) => {
    const list = postings.get(key);
    if (list) list.push(i);
    else postings.set(key, [i]);
  };
  reps.forEach((r, i) => {
    for (const k of r.keys) if (PROPOSING.has(k.kind)) post(k.key, i);
    // A name written with another vowel ("Tehran", "Teheran") proposes the pair too.
    for (const sk of skeletonsOf(r)) post(`~${sk}`, i);
  });
  const cap = n <= ALL_PAIRS_LIMIT ? Infinity : POSTING_CAP;
  const seen = new Set<number>();
  for (const list of postings.values()) {
    if (list.length < 2 || list.length > cap) continue;
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const code = list[x]! * n + list[y]!;
        if (seen.has(code)) continue;
        seen.add(code);
        out.push([list[x]!, list[y]!]);
      }
    }
  }
  return out;
}

/**
 * Scores the candidate pairs of an event that can be related (two sides, or one source in two
 * articles). Best first; the rules and the alignment read these scores.
 *
 * @example
 * scorePairs(event.reps, weights, null)[0].evidence.score // 0.81
 */
export function scorePairs(reps: readonly ClaimRep[], w: EventWeights, embeddings: ReadonlyMap<string, readonly number[]> | null): ScoredPair[] {
  const out: ScoredPair[] = [];
  for (const [i, j] of candidates(reps, embeddings !== null)) {
    const [a, b] = reps[i]!.order <= reps[j]!.order ? [reps[i]!, reps[j]!] : [reps[j]!, reps[i]!];
    const relation = relationOf(a, b);
    if (!relation) continue;
    const evidence = pairEvidence(a, b, w, embeddings);
    if (evidence.score < FLOOR && (evidence.embedding ?? 0) < FLOOR) continue;
    out.push({ a, b, relation, evidence });
  }
  return out.sort((x, y) => y.evidence.score - x.evidence.score || x.a.order - y.a.order || x.b.order - y.b.order);
}
