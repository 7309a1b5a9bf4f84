import { describe, expect, it } from "vitest";
import { represent, type ClaimRep } from "../src/compare/represent/index.js";
import { lexiconFor } from "../src/compare/represent/lexicon.js";
import { makeClaim } from "./helpers/gold-claims.js";

// Team-written sentences (invented statements).

function read(language: string, assertion: string): ClaimRep {
  const claim = makeClaim({ assertion, language, speaker: "Ministry", side: "RU", date: "2026-06-24" });
  return represent(claim, lexiconFor(language).lexicon, 0);
}
const senses = (r: ClaimRep) => r.evaluations.map((e) => e.sense);

describe("open is frank only beside a word for talks (de, pl, ro as in the other packs)", () => {
  it.each([
    ["de", "Es sei ein offenes Gespräch über die Lage in der Region gewesen."],
    ["de", "Das Telefonat sei sehr offen gewesen, sagte der Sprecher."],
    ["de", "Beide Seiten hätten einen offenen Meinungsaustausch geführt."],
    ["pl", "Była to otwarta rozmowa o sytuacji w regionie."],
    ["pl", "Rozmowy były otwarte i konstruktywne."],
    ["ro", "A fost o discuție deschisă despre situația din regiune."],
    ["ro", "Convorbirea a fost deschisă și constructivă."],
  ])("%s: %s", (language, text) => {
    const r = read(language, text);
    expect(senses(r)).toContain("frank");
    expect(r.evaluations.find((e) => e.sense === "frank")!.level).toBeGreaterThan(0);
  });

  it.each([
    // Open in another sense: a border, a question, a door, a shop.
    ["de", "Die Grenze ist sehr offen, sagte der Minister."],
    ["de", "Die Frage der Sanktionen bleibt offen."],
    ["de", "Die Tür für weitere Verhandlungen stehe offen."],
    ["pl", "Granica jest otwarta dla uchodźców."],
    ["pl", "Kwestia sankcji pozostaje otwarta."],
    ["ro", "Granița rămâne deschisă pentru refugiați."],
    ["ro", "Problema sancțiunilor rămâne deschisă."],
  ])("not frank: %s: %s", (language, text) => {
    const r = read(language, text);
    expect(senses(r)).not.toContain("frank");
    expect(r.evaluations.filter((e) => e.level > 0)).toEqual([]);
  });
});

describe("a denied term is its mild contrary", () => {
  it.each([
    ["en", "It was not a very good call, the official said.", -1],
    ["en", "The talks were not very constructive.", -1],
    ["en", "The talks were not constructive.", -1],
    ["en", "The meeting was not hostile.", 1],
    ["de", "Es war kein sehr gutes Gespräch.", -1],
  ])("%s: %s", (language, text, level) => {
    const r = read(language, text);
    expect(r.evaluations.length).toBeGreaterThan(0);
    expect(r.encounterLevel ?? r.evaluations[0]!.level).toBe(level);
  });

  it("an undenied strong term keeps its level", () => {
    expect(read("en", "It was a very good call.").evaluations[0]!.level).toBe(2);
    expect(read("en", "The meeting was hostile.").evaluations[0]!.level).toBe(-2);
  });
});
