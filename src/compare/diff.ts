import type { DiffPart } from "../schema/comparison.js";
import { wordDiff } from "./adapters/word-diff.js";
import { wordsOf, type ClaimRep } from "./represent/index.js";

/** Share of words two wordings must share for a word-by-word diff. */
const DIFF_OVERLAP = 0.5;

function wordOverlap(a: readonly string[], b: readonly string[]): number {
  const sa = new Set(a);
  const sb = new Set(b);
  const [small, large] = sa.size <= sb.size ? [sa, sb] : [sb, sa];
  if (small.size === 0) return 0;
  let shared = 0;
  for (const w of small) if (large.has(w)) shared++;
  return shared / small.size;
}

/**
 * The word diff of two claims' wordings when they are in one language, else null. Wordings that
 * share under half of their words are shown as wholly replaced (a finer diff of two different
 * sentences says nothing).
 *
 * @example
 * pairDiff(spicer, kremlin) // [{ value: "była to „bardzo dobra rozmowa”", removed: true, … }, …]
 */
export function pairDiff(a: ClaimRep, b: ClaimRep): DiffPart[] | null {
  if (a.language !== b.language) return null;
  const x = a.claim.assertion;
  const y = b.claim.assertion;
  if (x === y) return [{ value: x, added: false, removed: false }];
  if (wordOverlap(wordsOf(a), wordsOf(b)) < DIFF_OVERLAP)
    return [
      { value: x, added: false, removed: true },
      { value: y, added: true, removed: false },
    ];
  return wordDiff(x, y, a.language);
}
