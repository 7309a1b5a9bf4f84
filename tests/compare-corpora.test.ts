import { describe, expect, it } from "vitest";
import { compareClaims } from "../src/compare/index.js";
import { extractClaims } from "../src/index.js";
import { scoreResult } from "../src/eval/score.js";
import type { ExtractionResult } from "../src/schema/claim.js";
import { ComparisonResultSchema } from "../src/schema/comparison.js";
import { sharedSet } from "./helpers/corpus.js";
import { goldEventOf, goldIdOf, loadGold, perfectClaims, type GoldSet } from "./helpers/gold-claims.js";

// The comparison on the shared corpora: on perfect claims (gold spans, speakers, sides and dates,
// no topics: what any good extractor would give) and end to end. The seeds' own bar is in
// tests/seeds.test.ts; these floors guard the measured level of the redesign against regressions.

const sets: GoldSet[] = ["seeds", "readouts", "dev"];

describe.each(sets)("perfect claims of %s", (set) => {
  const available = sharedSet(set) !== null;
  it.skipIf(!available)("group into the gold's events: no event mixes claims of two gold events", () => {
    const gold = loadGold(set);
    const ids = goldIdOf(gold);
    // The gold's encounters (calls, summits); a gold "event" of statements on a subject over
    // months (election interference) is not one the comparison builds.
    const goldEvent = new Map([...goldEventOf(gold)].map(([id, e]) => [id, e && /call|summit|meeting/.test(e) ? e : null]));
    const r = compareClaims(perfectClaims(set, gold));
    expect(ComparisonResultSchema.safeParse(r).success).toBe(true);
    for (const e of r.events) {
      const events = new Set(e.claims.map((id) => goldEvent.get(ids.get(id)!)).filter((x) => x !== null && x !== undefined));
      expect(events.size, e.id).toBeLessThanOrEqual(1);
    }
    // Each gold event is essentially one predicted event: at least 90% of its claims in one (a
    // call with another leader that an article reports in passing goes to an event of its own).
    const byGold = new Map<string, Map<string, number>>();
    for (const e of r.events)
      for (const id of e.claims) {
        const g = goldEvent.get(ids.get(id)!);
        if (!g) continue;
        if (!byGold.has(g)) byGold.set(g, new Map());
        byGold.get(g)!.set(e.id, (byGold.get(g)!.get(e.id) ?? 0) + 1);
      }
    for (const [g, events] of byGold) {
      const counts = [...events.values()];
      expect(Math.max(...counts) / counts.reduce((x, y) => x + y, 0), g).toBeGreaterThanOrEqual(0.9);
    }
  });
});

describe.skipIf(!sharedSet("dev"))("the development news articles (dev), perfect claims", () => {
  const gold = loadGold("dev");
  const score = scoreResult(gold, compareClaims(perfectClaims("dev", gold)));
  it("find alignments across languages and raise no trap", () => {
    expect(score.alignments.found).toBeGreaterThanOrEqual(12);
    expect(score.alignments.precision ?? 0).toBeGreaterThanOrEqual(0.35);
    expect(score.disagreements.found).toBeGreaterThanOrEqual(8);
    expect(score.disagreements.trapsRaised).toBe(0);
  });
  it("keep the undated articles' claims in their events", () => {
    const r = compareClaims(perfectClaims("dev", gold));
    const undated = perfectClaims("dev", gold)
      .filter((a) => !a.article.publishedAt)
      .flatMap((a) => a.claims.map((c) => c.id));
    expect(undated.length).toBeGreaterThan(10);
    const inEvents = new Set(r.events.flatMap((e) => e.claims));
    expect(undated.filter((id) => inEvents.has(id)).length / undated.length).toBeGreaterThanOrEqual(0.9);
  });
});

describe.skipIf(!sharedSet("readouts"))("the official readouts, end to end", () => {
  // (computed in the tests: describe.skipIf still runs this body when ../shared is absent)
  let cached: { r: ReturnType<typeof compareClaims>; score: ReturnType<typeof scoreResult> } | null = null;
  const run = () => {
    if (cached) return cached;
    const set = sharedSet("readouts")!;
    const r = compareClaims(set.articles().map((a) => extractClaims(a)));
    cached = { r, score: scoreResult(set.goldJson(), r) };
    return cached;
  };
  it("raise no trap, find half the disagreements, and keep a third party's reaction out of what the others omit", () => {
    const { r, score } = run();
    expect(score.disagreements.trapsRaised).toBe(0);
    expect(score.disagreements.found / score.disagreements.gold).toBeGreaterThanOrEqual(0.5);
    const omissions = r.events.flatMap((e) => e.disagreements).filter((d) => d.type === "omission");
    expect(omissions.some((d) => d.sides.UA !== undefined && d.sides.UA.length === 0)).toBe(false);
  });
  it("call the call of 7 December 2021 a video call, between Biden and Putin", () => {
    const { r } = run();
    const ev = r.events.find((e) => e.date === "2021-12-07")!;
    expect(ev.type).toBe("video-call");
    expect(ev.participants).toEqual(["Joe Biden", "Vladimir Putin"]);
  });
});

describe.skipIf(!sharedSet("seeds") || !sharedSet("readouts"))("copies of the seeds and readouts", () => {
  it("60 copies of each article give a result at most four times that of one copy", () => {
    const base: ExtractionResult[] = [...sharedSet("seeds")!.articles(), ...sharedSet("readouts")!.articles()].map((a) => extractClaims(a));
    const one = JSON.stringify(compareClaims(base)).length;
    const many = base.flatMap((r) =>
      Array.from({ length: 60 }, (_, n) => {
        if (n === 0) return r;
        const id = `${r.article.id}~${n}`;
        return { ...r, article: { ...r.article, id }, claims: r.claims.map((c, k) => ({ ...c, id: `${id}:c${k + 1}`, articleId: id })) };
      }),
    );
    expect(JSON.stringify(compareClaims(many)).length).toBeLessThanOrEqual(4 * one);
  });
});
