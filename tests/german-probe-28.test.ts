import { describe, expect, it } from "vitest";
import { extractClaims } from "../src/index.js";

// Found on a fresh German article written for the probe (not corpus text).
const claims = (language: string, text: string) =>
  extractClaims({ id: "t", text, language, publishedAt: "2024-03-12" }).claims.map((c) => [c.speaker.name, c.assertion]);

describe("a retrospective sentence whose speaker has a title before the name", () => {
  it.each([
    ["de", "Bundeskanzler Olaf Scholz hat am Dienstag mit Xi Jinping telefoniert. Das teilte Regierungssprecher Steffen Hebestreit mit."],
    ["de", "Bundeskanzler Olaf Scholz hat am Dienstag mit Xi Jinping telefoniert. Das berichtete Regierungssprecher Steffen Hebestreit."],
  ])("%s: %s", (language, text) => {
    expect(claims(language, text)).toEqual([["Steffen Hebestreit", "Bundeskanzler Olaf Scholz hat am Dienstag mit Xi Jinping telefoniert."]]);
  });
  it("negative: the sentence after is no claim with no retrospective words", () => {
    expect(
      claims("de", "Bundeskanzler Olaf Scholz hat am Dienstag mit Xi Jinping telefoniert. Regierungssprecher Steffen Hebestreit reiste nach Paris."),
    ).toEqual([]);
  });
});

describe("a pronoun after narration opened by a hyphenated title and a name", () => {
  it.each([
    [
      "de",
      "Ein Sprecher sagte, die Lage sei ruhig. Grünen-Fraktionschefin Katharina Dröge forderte eine klarere Linie. Es reiche nicht, nur Gespräche zu führen, betonte sie.",
      "Katharina Dröge",
    ],
    ["en", "A spokesman said the situation was calm. Ex-Senator John Miller struck a different tone. “It is not enough,” he said.", "John Miller"],
  ])("%s: %s", (language, text, speaker) => {
    expect(claims(language, text).map((c) => c[0])).toEqual([claims(language, text)[0]![0], speaker]);
  });
  it("negative: the name does not open the sentence", () => {
    const out = claims(
      "de",
      "Ein Sprecher sagte, die Lage sei ruhig. Am Abend kam Grünen-Fraktionschefin Katharina Dröge. Es reiche nicht, nur Gespräche zu führen, betonte er.",
    );
    expect(out.map((c) => c[0])).toEqual(["Ein Sprecher", "Ein Sprecher"]);
  });
});
