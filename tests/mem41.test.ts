import { describe, expect, it } from "vitest";
import { represent, type ClaimRep } from "../src/compare/represent/index.js";
import { lexiconFor } from "../src/compare/represent/lexicon.js";
import { makeClaim } from "./helpers/gold-claims.js";

// A claim's representation keeps its lists at their exact length (a copy of what was gathered):
// the lists read the same, and no list is shared between two claims except the frozen empty one.

function read(language: string, assertion: string, order = 0): ClaimRep {
  const claim = makeClaim({ assertion, language, speaker: "Ministry", side: "RU", date: "2026-06-24", id: `m${order}` });
  return represent(claim, lexiconFor(language).lexicon, order);
}

const LISTS = ["keys", "keySpans", "states", "concepts", "topics", "predicates", "conditionals", "people", "quantities"] as const;

describe("claim representations hold exact lists", () => {
  const cases: Array<[string, string, string]> = [
    ["en", "Russia and Ukraine agreed on a ceasefire if sanctions on Moscow are lifted.", "The weather was pleasant."],
    ["de", "Russland und die Ukraine einigten sich auf eine Waffenruhe, falls Sanktionen aufgehoben werden.", "Das Wetter war angenehm."],
    ["fr", "La Russie et l'Ukraine ont convenu d'un cessez-le-feu si les sanctions sont levées.", "Il faisait beau."],
  ];
  for (const [lang, full, plain] of cases) {
    it(`${lang}: a claim naming states and a condition keeps them; a plain one shares the empty lists`, () => {
      const a = read(lang, full, 1);
      const b = read(lang, full, 2);
      expect(a.states.length).toBeGreaterThan(0);
      expect(a.keys.length).toBeGreaterThan(0);
      expect(a.keySpans.length % 3).toBe(0);
      expect(a.conditionals.length).toBeGreaterThan(0);
      for (const f of LISTS) {
        expect(b[f]).toEqual(a[f]);
        if (a[f].length) expect(b[f]).not.toBe(a[f]);
      }
      const c = read(lang, plain, 3);
      const d = read(lang, plain, 4);
      for (const f of ["states", "people", "conditionals", "quantities"] as const) {
        expect(c[f]).toEqual([]);
        expect(c[f]).toBe(d[f]);
        expect(Object.isFrozen(c[f])).toBe(true);
      }
    });
  }
});
