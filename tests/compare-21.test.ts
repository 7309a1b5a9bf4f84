import { describe, expect, it } from "vitest";
import { compareClaims } from "../src/compare/index.js";
import type { Claim } from "../src/schema/claim.js";
import { makeClaim } from "./helpers/gold-claims.js";

const DATE = "2026-11-19";

/**
 * A fictional summit written for these tests: the White House readout says the two presidents
 * agreed to exchange a number of prisoners; an outlet in another language reports the same count
 * (or, in the near-miss, another one). The Kremlin's line on the tone makes the event two-sided.
 */
const OUTLET: Record<string, { same: string; other: string }> = {
  de: {
    same: "Trump sagte, beide Seiten würden je acht Gefangene austauschen.",
    other: "Trump sagte, beide Seiten würden je drei Gefangene austauschen.",
  },
  fr: {
    same: "Trump et Poutine sont convenus d'échanger huit prisonniers chacun.",
    other: "Trump et Poutine sont convenus d'échanger trois prisonniers chacun.",
  },
  es: {
    same: "Trump y Putin acordaron intercambiar ocho prisioneros cada uno.",
    other: "Trump y Putin acordaron intercambiar tres prisioneros cada uno.",
  },
};

function summit(language: string, which: "same" | "other"): Claim[] {
  const at = (n: number, text: string) => [1000 * n, 1000 * n + text.length] as [number, number];
  const wh = "President Trump and President Putin agreed to exchange eight prisoners held by each side.";
  const kr = "The talks were frank and substantive.";
  const outlet = OUTLET[language]![which];
  return [
    { ...makeClaim({ id: "wh:c1", article: "wh", language: "en", speaker: "White House", side: "US", assertion: wh, date: DATE }), span: at(1, wh) },
    { ...makeClaim({ id: "kr:c1", article: "kr", language: "en", speaker: "Kremlin", side: "RU", assertion: kr, date: DATE }), span: at(1, kr) },
    { ...makeClaim({ id: "n1:c1", article: "n1", language, speaker: "White House", side: "US", assertion: outlet, date: DATE }), span: at(1, outlet) },
  ];
}

const pairKeys = (claims: Claim[]) =>
  compareClaims(claims)
    .events.flatMap((e) => e.alignments)
    .filter((a) => a.claims.includes("wh:c1") && a.claims.includes("n1:c1"))
    .flatMap((a) => a.keys);

describe("a count of one thing reads alike across languages", () => {
  it.each(Object.keys(OUTLET))("%s: the same number of prisoners aligns the outlet with the readout", (language) => {
    expect(pairKeys(summit(language, "same"))).toContain("quantity:count:c:prisoners:8");
  });

  it.each(Object.keys(OUTLET))("%s: another number of prisoners is no shared count", (language) => {
    expect(pairKeys(summit(language, "other"))).not.toContain("quantity:count:c:prisoners:8");
    expect(pairKeys(summit(language, "other")).some((k) => k.startsWith("quantity:count"))).toBe(false);
  });
});
