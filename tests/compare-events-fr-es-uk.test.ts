import { describe, expect, it } from "vitest";
import { fileURLToPath } from "node:url";
import { compareClaims } from "../src/compare/index.js";
import { represent, type ClaimRep } from "../src/compare/represent/index.js";
import { lexiconFor } from "../src/compare/represent/lexicon.js";
import { extractClaims } from "../src/index.js";
import { scoreResult } from "../src/eval/score.js";
import { loadFixtureDir, readJson } from "./helpers/fixtures.js";
import { makeClaim, perfectClaims, type Gold } from "./helpers/gold-claims.js";

// A team-written event with no counterpart among the development events: a fictional
// Trump–Zelenskyy call reported by both readouts (English, Ukrainian) and by French, Spanish,
// Ukrainian and German articles (fixtures/events/trump-zelenskyy-call). The development events
// have no French, Spanish or Ukrainian article; this one tests the comparison there.

const DIR = fileURLToPath(new URL("../fixtures/events/trump-zelenskyy-call", import.meta.url));
const gold = readJson(`${DIR}/gold.json`) as Gold;

describe("the Trump–Zelenskyy call (fr, es, uk, de articles, two readouts)", () => {
  it("end to end: alignments and disagreements across the languages, no trap", () => {
    const results = loadFixtureDir(DIR).map((a) => {
      const meta = readJson(`${DIR}/${a.id}.json`) as { issuer?: string };
      return extractClaims({ ...a, issuer: meta.issuer ?? null });
    });
    const s = scoreResult(gold, compareClaims(results));
    expect(s.alignments.found).toBeGreaterThanOrEqual(17);
    expect(s.alignments.precision ?? 0).toBeGreaterThanOrEqual(0.85);
    expect(s.disagreements.found).toBeGreaterThanOrEqual(3);
    expect(s.disagreements.trapsRaised).toBe(0);
  });

  it("on perfect claims", () => {
    const s = scoreResult(gold, compareClaims(perfectClaims(DIR as `${string}/${string}`, gold)));
    expect(s.alignments.found).toBeGreaterThanOrEqual(19);
    expect(s.alignments.precision ?? 0).toBeGreaterThanOrEqual(0.85);
    expect(s.disagreements.found).toBeGreaterThanOrEqual(3);
    expect(s.disagreements.trapsRaised).toBe(0);
  });
});

/** What the comparison reads from one sentence of a language. */
function read(language: string, assertion: string): ClaimRep {
  const claim = makeClaim({ assertion, language, speaker: "Kremlin", side: "RU", date: "2026-03-12" });
  return represent(claim, lexiconFor(language).lexicon, 0);
}
const keys = (r: ClaimRep) => r.keys.map((k) => k.key);

describe("a term of evaluation is no form of a state's name", () => {
  it.each([
    ["fr", "une conversation franche et substantielle", "FR"],
    ["fr", "des échanges francs et directs", "FR"],
  ])("%s: %s names no state", (language, text, state) => {
    const k = keys(read(language, text));
    expect(k).not.toContain(`s:${state}`);
    expect(k).toContain("t:frank");
  });
  it.each([
    ["fr", "Le président a évoqué la France et l'Allemagne.", "FR"],
    ["fr", "Paris et la France soutiennent Kiev.", "FR"],
    ["es", "Francia apoya a Ucrania.", "FR"],
  ])("%s: the state itself stays, with no evaluation (%s)", (language, text, state) => {
    const k = keys(read(language, text));
    expect(k).toContain(`s:${state}`);
    expect(k).not.toContain("t:frank");
  });
});

describe("French 'durer' is neither hard nor a tone", () => {
  it.each([
    ["fr", "La conversation n'a duré que 45 minutes."],
    ["fr", "L'entretien a duré une heure."],
    ["fr", "L'entretien dure une heure."],
  ])("%s: %s", (language, text) => {
    const r = read(language, text);
    expect(keys(r)).not.toContain("t:difficult");
    expect(keys(r)).not.toContain("x:-");
    expect(keys(r)).toContain("c:duration");
  });
  it.each([
    ["fr", "Les négociations ont été dures."],
    ["fr", "Un discours très dur envers Moscou."],
  ])("%s: the adjective stays an evaluation and is no length (%s)", (language, text) => {
    const r = read(language, text);
    expect(keys(r)).toContain("t:difficult");
    expect(keys(r)).not.toContain("c:duration");
  });
});
