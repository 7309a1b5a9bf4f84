/**
 * A team-written comparison event (fixtures/events/<name>/: articles, sidecars with the issuer of a readout, gold.json)
 * scored end to end and on perfect claims against lower bounds found when its rules were written, with no trap raised.
 */
import { expect, it } from "vitest";
import { compareClaims } from "../../src/compare/index.js";
import { scoreResult } from "../../src/eval/score.js";
import { extractClaims } from "../../src/index.js";
import { loadFixtureDir, readJson } from "./fixtures.js";
import { perfectClaims, type Gold } from "./gold-claims.js";

/** Gold items found at least, and the precision at least (0 where not pinned). */
export interface Floors {
  alignments: number;
  alignmentPrecision: number;
  disagreements: number;
  disagreementPrecision?: number;
}

function expectFloors(s: ReturnType<typeof scoreResult>, f: Floors): void {
  expect(s.alignments.found).toBeGreaterThanOrEqual(f.alignments);
  expect(s.alignments.precision ?? 0).toBeGreaterThanOrEqual(f.alignmentPrecision);
  expect(s.disagreements.found).toBeGreaterThanOrEqual(f.disagreements);
  expect(s.disagreements.precision ?? 0).toBeGreaterThanOrEqual(f.disagreementPrecision ?? 0);
  expect(s.disagreements.trapsRaised).toBe(0);
}

/** The two tests of a team event (call inside a `describe`): end to end, and on the gold's perfect claims. */
export function teamEventFloors(dir: string, gold: Gold, floors: { endToEnd: Floors; perfect: Floors }): void {
  it("end to end: lower bounds, no trap", () => {
    const results = loadFixtureDir(dir).map((a) => {
      const meta = readJson(`${dir}/${a.id}.json`) as { issuer?: string };
      return extractClaims({ ...a, issuer: meta.issuer ?? null });
    });
    expectFloors(scoreResult(gold, compareClaims(results)), floors.endToEnd);
  });
  it("on perfect claims: lower bounds, no trap", () => {
    expectFloors(scoreResult(gold, compareClaims(perfectClaims(dir as `${string}/${string}`, gold))), floors.perfect);
  });
}
