import { expect, it } from "vitest";
import { extendLanguagePack, extractClaims, type LanguagePack } from "../../src/index.js";
import type { ScoreReport } from "../../src/eval/score.js";

/**
 * The bars every language's fixture must meet (the seeds' bars), as one `it` each so a report
 * names the one that fails. Call inside the fixture's `describe`; `score` is read when the tests
 * run.
 */
export function itMeetsTheLanguageBars(score: () => ScoreReport): void {
  it("claims F1 ≥ 0.90", () => expect(score().claims.f1).toBeGreaterThanOrEqual(0.9));
  it("recall ≥ 0.85", () => expect(score().claims.recall).toBeGreaterThanOrEqual(0.85));
  it("speaker accuracy ≥ 0.92", () => expect(score().speakerAccuracy).toBeGreaterThanOrEqual(0.92));
  it("side accuracy ≥ 0.92", () => expect(score().sideAccuracy).toBeGreaterThanOrEqual(0.92));
  it("date accuracy ≥ 0.90", () => expect(score().dateAccuracy).toBeGreaterThanOrEqual(0.9));
}

/** A pack passed explicitly gives the registry's claims, and an extended pack replaces the built-in one. */
export function expectExplicitAndExtendedPack(o: {
  pack: LanguagePack;
  publishedAt: string;
  /** A sentence the built-in pack already attributes. */
  sentence: string;
  /** A sentence whose verb only the extension knows. */
  text: string;
  verb: string;
  /** `[speaker, cue, assertion]` of the one claim the extended pack finds in `text`. */
  expected: [string, string, string];
}): void {
  const input = { language: o.pack.code, publishedAt: o.publishedAt };
  expect(extractClaims({ ...input, text: o.sentence }, { packs: [o.pack] }).claims).toEqual(extractClaims({ ...input, text: o.sentence }).claims);
  expect(extractClaims({ ...input, text: o.text }).claims).toEqual([]);
  const louder = extendLanguagePack(o.pack, { reporting: { verbs: [o.verb] } });
  const cs = extractClaims({ ...input, text: o.text }, { packs: [louder] }).claims;
  expect(cs.map((c) => [c.speaker.name, c.cue, c.assertion])).toEqual([o.expected]);
}
