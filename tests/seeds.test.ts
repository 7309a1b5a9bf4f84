import { describe, expect, it } from "vitest";
import { compareClaims, extractClaims, ExtractionResultSchema, ComparisonResultSchema } from "../src/index.js";
import { scoreResult } from "../src/eval/score.js";
import { sharedSet } from "./helpers/corpus.js";

// The seeds and the official readouts are the specification: these bars are the issue's.
const seeds = sharedSet("seeds");
const readouts = sharedSet("readouts");
// describe.skipIf still runs its body to collect the tests: without the corpus, nothing to score
const run = (set: ReturnType<typeof sharedSet>) => {
  const results = set ? set.articles().map((a) => extractClaims(a)) : [];
  return { results, score: scoreResult(set ? set.goldJson() : { articles: {} }, { articles: results.map((r) => ({ id: r.article.id, claims: r.claims })) }) };
};

describe.skipIf(!seeds)("seed articles (ro, pl, vi, en, ro)", () => {
  const { results, score } = run(seeds);
  it("every result is valid against the exported schema and every span is exact", () => {
    for (const r of results) {
      expect(ExtractionResultSchema.safeParse(r).success).toBe(true);
      for (const c of r.claims) {
        expect(r.text.slice(...c.assertionSpan)).toBe(c.assertion);
        expect(c.span[0]).toBeLessThanOrEqual(c.assertionSpan[0]);
        expect(c.span[1]).toBeGreaterThanOrEqual(c.assertionSpan[1]);
        expect(c.span[1]).toBeLessThanOrEqual(r.text.length);
        if (c.speaker.mentionSpan) expect(r.text.slice(...c.speaker.mentionSpan)).toBe(c.speaker.mention);
        if (c.cueSpan) expect(r.text.slice(...c.cueSpan)).toBe(c.cue);
      }
    }
  });
  it("claims F1 ≥ 0.90", () => expect(score.claims.f1).toBeGreaterThanOrEqual(0.9));
  it("speaker accuracy ≥ 0.92", () => expect(score.speakerAccuracy).toBeGreaterThanOrEqual(0.92));
  it("side accuracy ≥ 0.92", () => expect(score.sideAccuracy).toBeGreaterThanOrEqual(0.92));
  it("date accuracy ≥ 0.90", () => expect(score.dateAccuracy).toBeGreaterThanOrEqual(0.9));
  it("recall ≥ 0.85 in every language", () => {
    for (const [lang, v] of Object.entries(score.perLanguage)) expect(v.recall, lang).toBeGreaterThanOrEqual(0.85);
  });
  it("credits and outlets: agencies go to via, never to the outlet", () => {
    const pl = results.find((r) => r.article.id.startsWith("001"))!;
    expect(pl.article.outlet).toBe("Kresy.pl");
    expect(pl.article.via).toEqual(expect.arrayContaining(["Reuters", "PAP"]));
    expect(pl.article.via).not.toContain("Kresy.pl");
  });
  it("boilerplate yields no claims: read-also lines, comment boxes, captions", () => {
    for (const r of results)
      for (const c of r.claims) {
        expect(c.assertion).not.toMatch(/Przeczytaj|Leave a Reply|Zostaw odpowiedź|You May Also Like|Ảnh: REUTERS/);
      }
  });
});

describe.skipIf(!readouts)("official readouts (White House, Kremlin, Office of the President of Ukraine)", () => {
  const { results, score } = run(readouts);
  it("infers the issuer from the url or outlet", () => {
    expect(new Set(results.map((r) => r.article.issuer))).toEqual(new Set(["White House", "Kremlin", "Office of the President of Ukraine"]));
  });
  it("claims F1 ≥ 0.85 and speaker accuracy ≥ 0.90", () => {
    expect(score.claims.f1).toBeGreaterThanOrEqual(0.85);
    expect(score.speakerAccuracy).toBeGreaterThanOrEqual(0.9);
  });
});

describe.skipIf(!seeds)("comparison of the seed articles (bars of the comparison issue)", () => {
  const results = seeds ? seeds.articles().map((a) => extractClaims(a)) : [];
  const cmp = compareClaims(results);
  const score = scoreResult(seeds ? seeds.goldJson() : { articles: {} }, cmp);
  it("is valid against the exported schema", () => expect(ComparisonResultSchema.safeParse(cmp).success).toBe(true));
  it("finds every required alignment, with precision ≥ 0.7", () => {
    expect(score.alignments.found).toBe(score.alignments.gold);
    expect(score.alignments.precision).toBeGreaterThanOrEqual(0.7);
  });
  it("finds all but one required disagreement, with precision ≥ 0.7 and at most 20 flags", () => {
    expect(score.disagreements.found).toBeGreaterThanOrEqual(score.disagreements.gold - 1);
    expect(score.disagreements.precision).toBeGreaterThanOrEqual(0.7);
    expect(score.disagreements.flagged).toBeLessThanOrEqual(20);
  });
  it("raises no trap: 45 minutes with Merkel is not an hour with Putin; one quote translated twice is one report", () => {
    expect(score.disagreements.trapsRaised).toBe(0);
  });
  it("puts the Romanian and Vietnamese articles on the 28 January 2017 call into one event", () => {
    const ev = cmp.events.find((e) => e.articles.includes("000_2d9b7339b95b5ee8"))!;
    expect(ev.articles).toContain("002_56b6f42cd140b67f");
    expect(ev.date).toBe("2017-01-28");
    expect(cmp.events.find((e) => e.articles.includes("001_cae0fa05ee2dc3f0"))!.articles).not.toContain("000_2d9b7339b95b5ee8");
  });
});
