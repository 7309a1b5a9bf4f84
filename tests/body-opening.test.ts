import { describe, expect, it } from "vitest";
import { extractClaims } from "../src/index.js";

// A preposition that opens the sentence, a public body (pack `grammar.institutionNouns`) and a verb
// with no subject of its own: "В правительстве заявили, что …" — the body speaks, named in its base
// form. They gave no claim. Also nouns of an administration as public bodies.
const claims = (language: string, text: string) =>
  extractClaims({ id: "t", text, language, publishedAt: "2025-11-14" }).claims.map((c) => [c.speaker.name, c.speaker.kind]);

describe("a public body after the preposition that opens the sentence", () => {
  it.each([
    ["ru", "В правительстве заявили, что переговоры продолжатся.", "правительство"],
    ["ru", "В министерстве обороны заявили, что переговоры продолжатся.", "министерство обороны"],
    ["uk", "У міністерстві оборони повідомили, що переговори триватимуть.", "міністерство оборони"],
    ["pl", "W ministerstwie obrony poinformowano, że rozmowy będą kontynuowane.", "ministerstwo obrony"],
  ])("%s: %s", (language, text, name) => {
    expect(claims(language, text)).toEqual([[name, "institution"]]);
  });
  it("a subject after the verb speaks instead", () => {
    expect(claims("ru", "В министерстве обороны заявил министр Иван Петров, что переговоры продолжатся.")).toEqual([["Иван Петров", "person"]]);
  });
  it.each([
    // (no body: a company is no noun of the list)
    ["ru", "В компании заявили, что цены вырастут."],
    // (a date, not a body)
    ["ru", "В понедельник заявили, что цены вырастут."],
    ["uk", "У понеділок заявили, що ціни зростуть."],
  ])("negative: %s: %s", (language, text) => {
    expect(claims(language, text)).toEqual([]);
  });
});

describe("an administration is a public body", () => {
  it.each([["ro", "Administrația Prezidențială a anunțat că discuțiile vor continua.", "Administrația Prezidențială"]])("%s: %s", (language, text, name) => {
    expect(claims(language, text)).toEqual([[name, "institution"]]);
  });
  it("a person of the administration stays a description", () => {
    expect(claims("ro", "Un reprezentant al administrației a spus că discuțiile vor continua.")).toEqual([["Un reprezentant al administrației", "unknown"]]);
  });
});
