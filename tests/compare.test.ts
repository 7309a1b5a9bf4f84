import { describe, expect, it } from "vitest";
import { compareClaims } from "../src/compare/index.js";
import type { ComparisonResult } from "../src/schema/comparison.js";
import { ComparisonResultSchema } from "../src/schema/comparison.js";
import { goldClaims, goldEventOf, loadGold, scoreAgainstGold } from "./helpers/gold-claims.js";
import { sharedSet } from "./helpers/corpus.js";

const flagsOf = (r: ComparisonResult) => r.events.flatMap((e) => e.disagreements);
const eventOfClaim = (r: ComparisonResult, id: string) => r.events.find((e) => e.claims.includes(id))?.id;
const aligned = (r: ComparisonResult, a: string, b: string) =>
  r.events.some((e) => e.alignments.some((al) => al.claims.includes(a) && al.claims.includes(b)));

describe.skipIf(!sharedSet("seeds"))("compareClaims on the seeds' gold claims", () => {
  const gold = loadGold("seeds");
  const result = compareClaims(goldClaims("seeds", gold));
  const score = scoreAgainstGold(result, gold);

  it("returns a result the schema accepts", () => {
    expect(() => ComparisonResultSchema.parse(result)).not.toThrow();
  });

  it("finds every required alignment, with precision of at least 0.7", () => {
    expect(score.missedAlignments).toEqual([]);
    expect(score.alignmentsFound).toBe(score.alignmentsGold);
    expect(score.alignmentPrecision).toBeGreaterThanOrEqual(0.7);
  });

  it("aligns one Kremlin quote across Romanian and Vietnamese as the same report", () => {
    const al = result.events.flatMap((e) => e.alignments).find((a) => a.claims.includes("000.2") && a.claims.includes("002.2"));
    expect(al?.relation).toBe("same-report");
    expect(al?.diff).toBeNull();
    const cross = result.events.flatMap((e) => e.alignments).find((a) => a.claims.includes("000.4") && a.claims.includes("002.6"));
    expect(cross?.relation).toBe("corroboration");
  });

  it("finds all but one required disagreement, with precision of at least 0.7 and at most 20 flags", () => {
    expect(score.disagreementsFound).toBeGreaterThanOrEqual(score.disagreementsGold - 1);
    expect(score.disagreementPrecision).toBeGreaterThanOrEqual(0.7);
    expect(score.flagged).toBeLessThanOrEqual(20);
  });

  it("raises no trap", () => {
    expect(score.trapsRaised).toEqual([]);
  });

  it("flags the tone of the 2 May 2017 call: 'very good' against 'constructive', with a word diff", () => {
    const flag = flagsOf(result).find((d) => d.type === "characterization" && d.claims.includes("001.3") && d.claims.includes("001.7"));
    expect(flag).toBeDefined();
    expect(flag!.topic).toBe("tone");
    expect(flag!.sides).toEqual({ RU: ["001.7"], US: ["001.3"] });
    expect(flag!.explanation).toMatch(/bardzo dobra/);
    expect(flag!.explanation).toMatch(/konstruktywna/);
    expect(flag!.diff?.some((p) => p.removed)).toBe(true);
  });

  it("does not set 45 minutes with Merkel against one hour with Putin", () => {
    const factual = flagsOf(result).filter((d) => d.type === "factual");
    expect(factual.filter((d) => d.claims.includes("002.1") && (d.claims.includes("000.10") || d.claims.includes("000.1")))).toEqual([]);
  });

  it("lists the topics the Kremlin reported and the White House left out", () => {
    const omitted = flagsOf(result).filter((d) => d.type === "omission" && eventOfClaim(result, "002.4") === eventOfClaim(result, d.claims[0]!));
    expect(omitted.map((d) => d.topic)).toEqual(expect.arrayContaining(["ukraine", "iran-nuclear", "korean-peninsula", "israel-palestine", "trade"]));
    expect(omitted.every((d) => d.sides.RU!.length > 0 && d.sides.US!.length === 0)).toBe(true);
    expect(omitted.find((d) => d.topic === "ukraine")!.explanation).toMatch(/RU account .* mentions ukraine .*the US account .* does not/);
  });

  it("groups the claims of one call from two languages into one event, and keeps calls of other days apart", () => {
    const ev = eventOfClaim(result, "000.5");
    expect(ev).toBeDefined();
    expect(eventOfClaim(result, "002.4")).toBe(ev);
    expect(eventOfClaim(result, "002.6")).toBe(ev);
    expect(eventOfClaim(result, "001.3")).not.toBe(ev);
    expect(eventOfClaim(result, "003.4")).not.toBe(ev);
    const event = result.events.find((e) => e.id === ev)!;
    expect(event.date).toBe("2017-01-28");
    expect(event.participants).toEqual(["Donald Trump", "Vladimir Putin"]);
    expect(event.articles.sort()).toEqual(["000_2d9b7339b95b5ee8", "002_56b6f42cd140b67f"]);
  });

  it("never puts claims of two gold events into one event", () => {
    const goldEvent = goldEventOf(gold);
    for (const e of result.events) {
      const events = new Set(e.claims.map((id) => goldEvent.get(id)).filter((x) => x !== null));
      expect(events.size, e.id).toBeLessThanOrEqual(1);
    }
  });

  it("keeps background claims out of every event", () => {
    for (const id of ["000.7", "000.8", "002.8", "002.9", "003.9"]) {
      expect(result.background).toContain(id);
      expect(eventOfClaim(result, id)).toBeUndefined();
    }
  });

  it("builds one account per side, the White House and Spicer together", () => {
    const event = result.events.find((e) => e.claims.includes("001.3"))!;
    const us = event.accounts.find((a) => a.side === "US")!;
    expect(us.speakers).toEqual(expect.arrayContaining(["Sean Spicer", "White House"]));
    expect(us.claims).toEqual(expect.arrayContaining(["001.3", "001.6"]));
    // Claims with no side (Reuters, "Putin and Trump") belong to no account.
    expect(event.accounts.some((a) => a.claims.includes("001.1"))).toBe(false);
    expect(event.claims).toContain("001.1");
  });
});

describe.skipIf(!sharedSet("readouts"))("compareClaims on the official readouts' gold claims", () => {
  const gold = loadGold("readouts");
  const result = compareClaims(goldClaims("readouts", gold));
  const score = scoreAgainstGold(result, gold);

  it("groups the three calls as the gold does, a reaction of the next day included", () => {
    const goldEvent = goldEventOf(gold);
    const byGold = new Map<string, Set<string>>();
    for (const e of result.events) for (const id of e.claims) {
      const g = goldEvent.get(id)!;
      if (!byGold.has(g)) byGold.set(g, new Set());
      byGold.get(g)!.add(e.id);
    }
    expect(byGold.size).toBe(3);
    for (const ids of byGold.values()) expect(ids.size).toBe(1);
  });

  it("raises no trap and finds most required disagreements", () => {
    expect(score.trapsRaised).toEqual([]);
    expect(score.disagreementsFound / score.disagreementsGold).toBeGreaterThanOrEqual(0.6);
    expect(score.disagreementPrecision).toBeGreaterThanOrEqual(0.4);
  });

  it("keeps a third party's reaction out of the omissions", () => {
    // Zelenskyy comments on the Biden–Putin call: Ukraine took no part, so nothing is "omitted" from its account.
    const omissions = flagsOf(result).filter((d) => d.type === "omission");
    expect(omissions.some((d) => "UA" in d.sides)).toBe(false);
  });

  it("finds US–Ukraine corroboration on sovereignty", () => {
    expect(aligned(result, "014.3", "016.3")).toBe(true);
  });
});
