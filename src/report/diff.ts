import type { DiffPart } from "../schema/comparison.js";

/** Below this share of common words, two wordings are shown side by side without a word diff. */
export const CLOSE_DIFF_MIN = 0.5;

/**
 * How much two wordings share, from their word diff: twice the characters (not counting
 * whitespace) the two have in common over the characters of both, from 0 (nothing in common)
 * to 1 (identical).
 *
 * @example
 * diffSimilarity([{ value: "a very good call", added: false, removed: false }]) // 1
 */
export function diffSimilarity(parts: readonly DiffPart[]): number {
  let common = 0;
  let removed = 0;
  let added = 0;
  for (const p of parts) {
    const n = p.value.replace(/\s+/g, "").length;
    if (p.added) added += n;
    else if (p.removed) removed += n;
    else common += n;
  }
  const total = 2 * common + added + removed;
  return total === 0 ? 1 : (2 * common) / total;
}

/**
 * Whether a word diff is worth showing: the wordings share at least {@link CLOSE_DIFF_MIN} of
 * their text. A diff of unrelated sentences strikes one out entirely and helps no reader.
 */
export function closeEnough(parts: readonly DiffPart[], min = CLOSE_DIFF_MIN): boolean {
  return parts.length > 0 && diffSimilarity(parts) >= min;
}
