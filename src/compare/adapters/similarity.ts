import { compareTwoStrings } from "string-similarity";

/**
 * String similarity of two wordings in the same language, 0–1 (Sørensen–Dice over character
 * bigrams, case-insensitive). The only module that imports `string-similarity`: swap the
 * implementation here and every caller follows.
 *
 * @example
 * similarity("a very good conversation", "a very good call") // ≈ 0.7
 */
export function similarity(a: string, b: string): number {
  if (a.length === 0 || b.length === 0) return a === b ? 1 : 0;
  return compareTwoStrings(a, b);
}
