import { describe, expect, it } from "vitest";
import { type Claim, extractClaims } from "../src/index.js";

// Sentences written by the team for ml45 (no corpus text): positives and look-alike negatives.
const run = (language: string, text: string): Claim[] => extractClaims({ id: "t", language, text, publishedAt: "2026-03-12" }).claims;

describe("de: the particle of a separable verb that closes the sentence is not part of its object", () => {
  const cases: [string, string][] = [
    ["Der Bürgermeister wies die Kritik der Opposition zurück.", "die Kritik der Opposition"],
    ["Die Regierung kündigte neue Hilfen für Landwirte an.", "neue Hilfen für Landwirte"],
    ["Die Ministerin sagte den Kommunen mehr Geld zu.", "den Kommunen mehr Geld"],
  ];
  for (const [text, assertion] of cases)
    it(text, () => {
      const cs = run("de", text);
      expect(cs).toHaveLength(1);
      expect(cs[0]!.assertion).toBe(assertion);
    });

  it("an object of one word with its particle is an act without content", () => {
    expect(run("de", "Der Verband kündigte Protest an.")).toHaveLength(0);
  });

  // negatives: a particle before a comma, a trailing cue with its particle, and a verb with no particle keep their content
  it("Der Sprecher teilte mit, die Straße bleibe gesperrt.", () => {
    const cs = run("de", "Der Sprecher teilte mit, die Straße bleibe gesperrt.");
    expect(cs[0]!.assertion).toBe("die Straße bleibe gesperrt.");
  });
  it("Die Straße bleibe gesperrt, teilte der Sprecher mit.", () => {
    const cs = run("de", "Die Straße bleibe gesperrt, teilte der Sprecher mit.");
    expect(cs).toHaveLength(1);
    expect(cs[0]!.assertion).toBe("Die Straße bleibe gesperrt");
  });
  it("Der Bürgermeister kritisierte die Pläne der Opposition.", () => {
    const cs = run("de", "Der Bürgermeister kritisierte die Pläne der Opposition.");
    expect(cs[0]!.assertion).toBe("die Pläne der Opposition.");
  });
});

describe("a body's name after a source preposition goes on over 'and' and a capitalised second field", () => {
  const cases: [string, string, string][] = [
    ["de", "Laut der Gewerkschaft Handel und Logistik steigen die Löhne im kommenden Jahr um drei Prozent.", "Gewerkschaft Handel und Logistik"],
    [
      "ro",
      "Potrivit Ministerului Culturii și Patrimoniului Național bugetul va crește cu zece procente anul viitor.",
      "Ministerul Culturii și Patrimoniului Național",
    ],
  ];
  for (const [lang, text, name] of cases)
    it(`${lang}: ${text}`, () => {
      const cs = run(lang, text);
      expect(cs).toHaveLength(1);
      expect(cs[0]!.speaker.name).toBe(name);
      expect(cs[0]!.assertion.startsWith(name.split(" ")[0]!)).toBe(false);
    });

  // negatives: a second body (after its article, or a body's noun) is not the first one's field
  const negatives: [string, string, string][] = [
    ["de", "Laut der Gewerkschaft Verdi und der Polizei steigen die Löhne im kommenden Jahr um drei Prozent.", "Verdi und der Polizei"],
    ["de", "Laut der Gewerkschaft Verdi und Polizei steigen die Löhne im kommenden Jahr um drei Prozent.", "Verdi und Polizei"],
    ["ro", "Potrivit Ministerului Apărării și Ministerului Justiției bugetul va crește cu zece procente anul viitor.", "Apărării și Ministerului"],
  ];
  for (const [lang, text, not] of negatives)
    it(`${lang}: ${text}`, () => {
      for (const c of run(lang, text)) expect(c.speaker.name).not.toContain(not);
    });
});

describe("de: an office or a body goes on over 'für' and its field (pack grammar.descriptionLinks)", () => {
  const cases: [string, string][] = [
    ["Wie eine Sprecherin der Agentur für Wohnungsbau mitteilte, steigen die Mieten weiter deutlich an.", "Agentur für Wohnungsbau"],
    ["Wie der Beauftragte für Datenschutz erklärte, fehlen in vielen Behörden klare Regeln.", "Beauftragte für Datenschutz"],
  ];
  for (const [text, part] of cases)
    it(text, () => {
      const cs = run("de", text);
      expect(cs).toHaveLength(1);
      expect(cs[0]!.speaker.mention).toContain(part);
    });

  // negatives: a person's name, or one word with no article, takes no field ("on whose behalf")
  it("„Wir bleiben dabei“, sagte Krause für die Fraktion.", () => {
    const cs = run("de", "„Wir bleiben dabei“, sagte Krause für die Fraktion.");
    expect(cs).toHaveLength(1);
    expect(cs[0]!.speaker.mention).toBe("Krause");
  });
  it("en: Officials familiar with the plan said the vote would be delayed.", () => {
    const cs = run("en", "Officials familiar with the plan said the vote would be delayed.");
    expect(cs[0]!.speaker.mention).toBe("Officials familiar with the plan");
  });
});
