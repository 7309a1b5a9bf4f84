import { describe, expect, it } from "vitest";
import { extractClaims } from "../src/index.js";

const claims = (language: string, text: string) => extractClaims({ id: "t", text, language, publishedAt: "2025-05-02" }).claims;

describe("a speaker's phrase ends before a gerund", () => {
  it.each([
    ["es", '"La llamada fue útil", dijo el portavoz confirmando un nuevo contacto.', "el portavoz"],
    ["it", '"La telefonata è stata utile", ha detto il portavoce sottolineando il clima.', "il portavoce"],
    ["ro", "„Convorbirea a fost utilă”, a spus purtătorul de cuvânt subliniind climatul.", "purtătorul de cuvânt"],
    ["pl", "„Rozmowa była przydatna” – powiedział rzecznik podkreślając dobrą atmosferę.", "rzecznik"],
  ])("%s: %s", (language, text, speaker) => {
    const cs = claims(language, text);
    expect(cs).toHaveLength(1);
    expect(cs[0]!.speaker.name).toBe(speaker);
  });

  it("a word that only ends like a gerund stays in the phrase", () => {
    // "comando" (command) is no gerund: too short a stem before "-ando".
    const cs = claims("es", '"La situación es estable", dijo el comando militar.');
    expect(cs[0]!.speaker.name).toBe("el comando militar");
  });
});

describe("a complementizer that is also a preposition", () => {
  it("is a preposition before a name, a number or an article: the circumstance after the speaker stays outside the claim", () => {
    const cs = claims("it", '"La telefonata è stata utile", ha detto il portavoce, in vista dei colloqui di Ginevra.');
    expect(cs).toHaveLength(1);
    expect(cs[0]!.speaker.name).toBe("il portavoce");
    expect(cs[0]!.assertion).toBe('"La telefonata è stata utile"');
  });

  it("still opens an infinitive clause", () => {
    const cs = claims("it", "Il portavoce ha detto di voler proseguire il dialogo con Mosca.");
    expect(cs).toHaveLength(1);
    expect(cs[0]!.assertion.startsWith("voler proseguire")).toBe(true);
  });
});
