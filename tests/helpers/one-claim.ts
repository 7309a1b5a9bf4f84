import { expect } from "vitest";
import { type Claim, extractClaims } from "../../src/index.js";

/**
 * Helpers for tests of single sentences published on `publishedAt` in `language` (by default):
 * `claims` extracts, `show` prints them for a failure message, and `one` asserts there is exactly one
 * claim whose assertion is the text at its span, and returns it.
 */
export function sentenceClaims(publishedAt: string, defaultLanguage: string) {
  const claims = (text: string, language = defaultLanguage): Claim[] => extractClaims({ id: "t", text, language, publishedAt }).claims;
  const show = (cs: Claim[]) => JSON.stringify(cs.map((c) => [c.speaker.name, c.speaker.kind, c.cue, c.assertion, c.date.iso]));
  const one = (text: string, language = defaultLanguage): Claim => {
    const cs = claims(text, language);
    expect(cs, show(cs)).toHaveLength(1);
    const c = cs[0]!;
    expect(text.slice(...c.assertionSpan)).toBe(c.assertion);
    return c;
  };
  return { claims, show, one };
}

/** Asserts the kinds, speaker and content of a claim a medium is reported to have made ("Der „Spiegel“ berichtete, …"). */
export function expectMediaReport(c: Claim, name: string, mention: string, content: string): void {
  expect(c.kind).toBe("indirect");
  expect(c.speaker.kind).toBe("media");
  expect(c.speaker.name).toBe(name);
  expect(c.speaker.mention).toBe(mention);
  expect(c.assertion).toBe(content);
}
