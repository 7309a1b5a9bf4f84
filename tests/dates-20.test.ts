import { describe, expect, it } from "vitest";
import { extractClaims } from "../src/index.js";

// Claim dates, issue 11 leftovers: "last year" said in one word or with a season ("торік",
// "прошлым летом", "przed rokiem", "năm ngoái", "letztes Jahr") and a German year opening the
// sentence before its reporting verb ("2019 sagte er"). Sentences written for these tests; fixed
// reference date 2025-03-19.

const REF = "2025-03-19";
const claims = (language: string, text: string, publishedAt?: string) =>
  extractClaims({ id: "t", text, language, ...(publishedAt ? { publishedAt } : {}) }).claims;

const name = (language: string) => (language === "uk" || language === "ru" ? "Келлер" : "Keller");

const LAST_YEAR: [string, string, string][] = [
  ["uk", "Торік Келлер заявив, що переговори будуть складними.", "Торік"],
  ["uk", "Торік улітку Келлер заявив, що переговори будуть складними.", "Торік улітку"],
  ["uk", "Минулого року Келлер заявив, що переговори будуть складними.", "Минулого року"],
  ["ru", "В прошлом году Келлер заявил, что переговоры будут трудными.", "прошлом году"],
  ["ru", "Прошлым летом Келлер заявил, что переговоры будут трудными.", "Прошлым летом"],
  ["pl", "W zeszłym roku Keller powiedział, że rozmowy będą trudne.", "zeszłym roku"],
  ["pl", "Przed rokiem Keller powiedział, że rozmowy będą trudne.", "Przed rokiem"],
  ["pl", "Zeszłego lata Keller powiedział, że rozmowy będą trudne.", "Zeszłego lata"],
  ["fr", "L'an dernier, Keller a déclaré que les discussions seraient difficiles.", "an dernier"],
  ["it", "L'anno scorso Keller ha detto che i colloqui sarebbero difficili.", "anno scorso"],
  ["es", "El año pasado, Keller dijo que las conversaciones serían difíciles.", "año pasado"],
  ["ro", "Anul trecut, Keller a declarat că discuțiile vor fi dificile.", "Anul trecut"],
  ["vi", "Năm ngoái, ông Keller cho biết các cuộc đàm phán sẽ khó khăn.", "Năm ngoái"],
  ["de", "Voriges Jahr sagte Keller, die Gespräche würden schwierig.", "Voriges Jahr"],
  ["de", "Letztes Jahr sagte Keller, die Gespräche würden schwierig.", "Letztes Jahr"],
  ["de", "Vergangenes Jahr sagte Keller, die Gespräche würden schwierig.", "Vergangenes Jahr"],
  ["en", "Last year, Keller said the talks would be hard.", "Last year"],
];

describe("'last year' before the speaker dates the claim to the year before", () => {
  it.each(LAST_YEAR)("%s: %s", (language, text, when) => {
    const cs = claims(language, text, REF);
    expect(cs).toHaveLength(1);
    expect(cs[0]!.speaker.name).toBe(name(language));
    expect(cs[0]!.date).toMatchObject({ iso: "2024", basis: "relative" });
    expect(cs[0]!.date.text).toContain(when);
  });

  it.each(LAST_YEAR)("%s: no publication date, no year and no part of the name: %s", (language, text) => {
    const cs = claims(language, text);
    expect(cs).toHaveLength(1);
    expect(cs[0]!.speaker.name).toBe(name(language));
    expect(cs[0]!.date.iso).toBeNull();
  });

  // Inside what was said it is the time of the content, not of the statement.
  it.each([
    ["uk", "Келлер заявив, що торік переговори були складними."],
    ["ru", "Келлер заявил, что прошлым летом переговоры были трудными."],
    ["pl", "Keller powiedział, że przed rokiem rozmowy były trudne."],
    ["de", "Keller sagte, die Gespräche seien letztes Jahr schwierig gewesen."],
  ])("negative: in the content it dates nothing: %s", (language, text) => {
    const cs = claims(language, text, REF);
    expect(cs).toHaveLength(1);
    expect(cs[0]!.date).toMatchObject({ iso: REF, basis: "published" });
  });

  // A word of the past with no unit or weekday after it is no date.
  it("negative: 'letztes' before a noun that is no time", () => {
    const cs = claims("de", "Letztes Wort sprach Keller: Die Gespräche würden schwierig.", REF);
    for (const c of cs) expect(c.date.iso).not.toBe("2024");
  });
});

describe("a German year opening the sentence before its reporting verb", () => {
  it("dates the claim to that year", () => {
    const cs = claims("de", "2019 sagte Keller, die Gespräche würden schwierig.", REF);
    expect(cs).toHaveLength(1);
    expect(cs[0]!.speaker.name).toBe("Keller");
    expect(cs[0]!.date).toMatchObject({ iso: "2019", basis: "explicit", text: "2019" });
  });

  it("with a subject after the verb that is a body", () => {
    const cs = claims("de", "2019 erklärte das Ministerium, die Gespräche würden schwierig.", REF);
    expect(cs).toHaveLength(1);
    expect(cs[0]!.date).toMatchObject({ iso: "2019", basis: "explicit" });
  });

  it("negative: a count before a plural noun is no year", () => {
    const cs = claims("de", "2019 Menschen sagten, die Lage sei schwierig.", REF);
    expect(cs).toHaveLength(1);
    expect(cs[0]!.date).toMatchObject({ iso: REF, basis: "published" });
  });

  it("negative: an English count before a noun is no year either", () => {
    const cs = claims("en", "2019 people said the situation was difficult.", REF);
    expect(cs).toHaveLength(1);
    expect(cs[0]!.date).toMatchObject({ iso: REF, basis: "published" });
  });

  it("negative: a number in the middle of the sentence before a verb is no year of the statement", () => {
    const cs = claims("de", "Nach Angaben der Polizei demonstrierten 2019 Menschen, sagte Keller.", REF);
    for (const c of cs) expect(c.date.iso).not.toBe("2019");
  });
});
