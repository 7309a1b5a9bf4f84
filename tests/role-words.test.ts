import { describe, expect, it } from "vitest";
import { extractClaims } from "../src/index.js";

// The words of a role's forms that name a state ("allemand" in "chancelier allemand") say whose
// office it is; they are no word of the office. A description with such a word and no noun of
// office ("le ministère allemand") is not the office holder named before.
const first = (language: string, text: string) => extractClaims({ id: "t", text, language, publishedAt: "2025-03-12" }).claims[0]?.speaker;

describe("a state's adjective does not make a description a role", () => {
  it.each([
    ["fr", "Emmanuel Macron et Olaf Scholz se sont entretenus mardi. Selon le ministère allemand, les deux dirigeants ont évoqué le Proche-Orient."],
    ["en", "Emmanuel Macron and Olaf Scholz spoke on Tuesday. The German ministry said the talks were useful."],
  ])("%s: %s", (language, text) => {
    expect(first(language, text)?.name).not.toBe("Olaf Scholz");
  });
});

describe("negative: the role itself still resolves to its holder", () => {
  it.each([
    ["fr", "Emmanuel Macron et Olaf Scholz se sont entretenus mardi. Le chancelier allemand a déclaré que l'échange était utile."],
    ["en", "The German chancellor said the talks were useful."],
  ])("%s: %s", (language, text) => {
    expect(first(language, text)).toMatchObject({ name: "Olaf Scholz", side: "DE" });
  });
});
