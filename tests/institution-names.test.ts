import { describe, expect, it } from "vitest";
import { extractClaims } from "../src/index.js";

// Speakers no lexicon names one by one (issue 11, item 1): political parties are bodies, a person of
// a body is no body, and seats of government speak for their governments as the Kremlin does.
const speaker = (language: string, text: string) => extractClaims({ id: "t", text, language, publishedAt: "2025-03-18" }).claims[0]?.speaker;

describe("a political party is an institution", () => {
  it.each([
    ["en", "The Labour Party said the budget was unfair.", "Labour Party"],
    ["es", "Según el Partido Popular, el acuerdo llega tarde.", "Partido Popular"],
    ["it", "Il Partito Democratico ha detto che la legge è sbagliata.", "Il Partito Democratico"],
    ["fr", "Le Parti socialiste a affirmé que la loi était injuste.", "Le Parti socialiste"],
    ["ro", "Partidul Social Democrat a declarat că legea este greșită.", "Partidul Social Democrat"],
    ["vi", "Đảng Dân chủ cho biết dự luật sẽ bị bác bỏ.", "Đảng Dân chủ"],
  ])("%s: %s", (language, text, name) => {
    expect(speaker(language, text)).toMatchObject({ name, kind: "institution" });
  });
});

describe("negative: a person of a body is not the body", () => {
  it.each([
    ["en", "A party spokesman said the budget was unfair."],
    ["en", "A ministry spokesman said the budget was unfair."],
  ])("%s: %s", (language, text) => {
    expect(speaker(language, text)?.kind).not.toBe("institution");
  });
});

describe("seats of government speak for their governments", () => {
  it.each([
    ["es", "Según informó Moncloa, la reunión fue un éxito.", "Moncloa", "ES"],
    ["it", "Palazzo Chigi ha fatto sapere che il decreto sarà approvato domani.", "Palazzo Chigi", "IT"],
    ["ro", "Palatul Cotroceni a anunțat că președintele va participa la summit.", "Cotroceni Palace", "RO"],
    ["ru", "В Монклоа заявили, что визит состоится.", "Moncloa", "ES"],
  ])("%s: %s", (language, text, name, side) => {
    expect(speaker(language, text)).toMatchObject({ name, kind: "institution", side });
  });
});
