import { describe, expect, it } from "vitest";
import { represent, type ClaimRep } from "../src/compare/represent/index.js";
import { lexiconFor } from "../src/compare/represent/lexicon.js";
import { cognateKey, COGNATE_PREFIX } from "../src/compare/represent/cognates.js";
import { pairEvidence } from "../src/compare/match/similarity.js";
import { eventWeights } from "../src/compare/match/weights.js";
import { makeClaim } from "./helpers/gold-claims.js";

function read(language: string, assertion: string, side = "RU", order = 0): ClaimRep {
  const claim = makeClaim({ assertion, language, speaker: "Kremlin", side, date: "2021-12-07" });
  return represent(claim, lexiconFor(language).lexicon, order);
}
const cognates = (r: ClaimRep) => r.keys.filter((k) => k.key.startsWith(COGNATE_PREFIX)).map((k) => k.key.slice(COGNATE_PREFIX.length));

describe("cognate keys: the long words European languages share", () => {
  it.each([
    ["privatization", "privat"],
    ["privatizzazione", "privat"],
    ["приватизация", "privat"],
    ["приватизації", "privat"],
    ["privatisierung", "privat"],
    ["prywatyzacja", "privat"],
    ["privatizarea", "privat"],
    ["privatización", "privat"],
    ["modernisation", "modern"],
    ["модернизации", "modern"],
  ])("%s → %s", (word, key) => {
    expect(cognateKey(word)).toBe(key);
  });

  it("gives none for short words and for scripts it cannot spell in Latin letters", () => {
    expect(cognateKey("russia")).toBeNull();
    expect(cognateKey("мир")).toBeNull();
    expect(cognateKey("私有化私有化私有化")).toBeNull();
    expect(cognateKey("12345678")).toBeNull();
  });

  it("are read from the words no concept, name or act covers", () => {
    expect(cognates(read("it", "il governo prepara la privatizzazione delle ferrovie"))).toContain("privat");
    expect(cognates(read("ru", "правительство готовит приватизацию железных дорог"))).toContain("privat");
    // "discussed" is an act (a predicate key of its own), not a cognate.
    expect(cognates(read("en", "they discussed the privatization"))).not.toContain("discus");
    // Vietnamese words are syllables: no cognates.
    expect(cognates(read("vi", "chính phủ chuẩn bị tư nhân hóa đường sắt"))).toEqual([]);
  });

  it("count across languages, never twice within one", () => {
    const it1 = read("it", "il governo prepara la privatizzazione delle ferrovie", "RU", 0);
    const ru1 = read("ru", "правительство готовит приватизацию железных дорог", "RU", 1);
    const en1 = read("en", "the government prepares the privatization of the railways", "RU", 2);
    const en2 = read("en", "privatization of the railways is ready", "US", 3);
    const w = eventWeights([it1, ru1, en1, en2]);
    expect(pairEvidence(it1, ru1, w, null).shared.map((k) => k.key)).toContain(`${COGNATE_PREFIX}privat`);
    const same = pairEvidence(en1, en2, w, null).shared.map((k) => k.key);
    expect(same).not.toContain(`${COGNATE_PREFIX}privat`);
    expect(same.some((k) => k.startsWith("w:en:privat"))).toBe(true);
  });
});
