import { describe, expect, it } from "vitest";
import { type Claim, extractClaims } from "../src/index.js";

// "according to <source noun> …" in several languages: sentences written for these tests, with
// look-alike negatives that must keep their behaviour.

const run = (language: string, text: string): Claim[] => extractClaims({ id: "t", language, text, publishedAt: "2026-03-12" }).claims;

describe("an elided article is no part of a name (it, fr)", () => {
  const cases: [string, string, string, string][] = [
    ["it", "Secondo l'Istat, la disoccupazione è scesa al 6 per cento.", "Istat", "l'Istat"],
    ["it", "Secondo l'Ocse, i salari cresceranno poco il prossimo anno.", "Ocse", "l'Ocse"],
    ["fr", "Selon l'Insee, le chômage a reculé à 7 pour cent.", "Insee", "l'Insee"],
    ["fr", "Selon l’Unédic, les comptes seront à l'équilibre en 2027.", "Unédic", "l’Unédic"],
  ];
  for (const [lang, text, name, mention] of cases)
    it(`${lang}: ${text}`, () => {
      const cs = run(lang, text);
      expect(cs.map((c) => [c.speaker.name, c.speaker.mention])).toEqual([[name, mention]]);
    });

  it("a name with an apostrophe that is no article keeps it", () => {
    const cs = run("en", "According to O'Donnell, the vote will be delayed until June.");
    expect(cs.map((c) => c.speaker.name)).toEqual(["O'Donnell"]);
  });
});

describe("a listed noun of people with an adjective or a complement after it is a group (es, fr, it, ro)", () => {
  const cases: [string, string, string][] = [
    ["es", "Según fuentes gubernamentales, el ministro de Pesca dimitirá el lunes.", "fuentes gubernamentales"],
    ["fr", "Selon des sources gouvernementales, le ministre de la Pêche démissionnera lundi.", "des sources gouvernementales"],
    ["fr", "Selon des sources proches du dossier, l'accord sera signé lundi.", "des sources proches du dossier"],
    ["it", "Secondo fonti governative, il ministro della Pesca si dimetterà lunedì.", "fonti governative"],
    ["ro", "Potrivit unor surse guvernamentale, ministrul Pescuitului va demisiona luni.", "surse guvernamentale"],
  ];
  for (const [lang, text, name] of cases)
    it(`${lang}: ${text}`, () => {
      const cs = run(lang, text);
      expect(cs.map((c) => [c.speaker.name, c.speaker.kind])).toEqual([[name, "group"]]);
    });

  it("a document is no group: 'according to the plan' keeps no group speaker", () => {
    for (const [lang, text] of [
      ["es", "Según el plan, el puente se abrirá en mayo."],
      ["fr", "Selon le plan, le pont ouvrira en mai."],
      ["it", "Secondo il piano, il ponte aprirà a maggio."],
      ["en", "According to the law, the mayor must resign."],
    ] as const)
      for (const c of run(lang, text)) expect(c.speaker.kind).not.toBe("group");
  });
});

describe("a report, a study or a survey by someone: the author speaks (en)", () => {
  const cases: [string, string, string][] = [
    ["The deficit will grow next year, according to a report by the budget office.", "the budget office", "institution"],
    ["According to a survey by the central bank, firms expect prices to rise.", "the central bank", "institution"],
  ];
  for (const [text, name, kind] of cases)
    it(text, () => {
      const cs = run("en", text);
      expect(cs.map((c) => [c.speaker.name, c.speaker.kind])).toEqual([[name, kind]]);
    });

  it("a noun after 'by' that names no author is no speaker", () => {
    for (const text of [
      "According to an analysis by region, the north grew fastest.",
      "According to a report, the deficit will grow next year.",
      "According to a study by researchers at the university, the drug cut deaths by half.",
    ]) {
      const cs = run("en", text);
      expect(cs.map((c) => c.speaker.kind)).toEqual(["unknown"]);
      expect(cs[0]!.speaker.name).not.toBe("region");
    }
  });
});
