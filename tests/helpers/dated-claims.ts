import { expect } from "vitest";
import { type Claim, extractClaims } from "../../src/index.js";

/**
 * Helpers for date tests: `claims(language, text, publishedAt)` extracts one text published on
 * `publishedAt` (the reference date `ref` by default; null for an undated article), and `one` asserts
 * there is exactly one claim and returns it.
 */
export function datedClaims(ref: string) {
  const claims = (language: string, text: string, publishedAt: string | null = ref): Claim[] =>
    extractClaims({ id: "t", text, language, ...(publishedAt ? { publishedAt } : {}) }).claims;
  const one = (language: string, text: string, publishedAt: string | null = ref): Claim => {
    const cs = claims(language, text, publishedAt);
    expect(cs).toHaveLength(1);
    return cs[0]!;
  };
  return { claims, one };
}
