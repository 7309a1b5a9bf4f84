import { describe, expect, it } from "vitest";
import { extractClaims, type Claim } from "../src/index.js";

/**
 * sp41: speakers referred to again. Sentences the team wrote (invented people and events), positives and
 * negatives for each rule.
 */
const claims = (text: string, language = "en"): Claim[] => extractClaims({ id: "t", text, language, publishedAt: "2026-03-03" }).claims;
const speakers = (text: string, language = "en") => claims(text, language).map((c) => [c.speaker.name, c.speaker.mention]);

describe("a definite description repeating the head of an earlier speaker's description", () => {
  it("is that speaker", () => {
    expect(speakers("A senior administration official said the talks had stalled. The official added that a deal was still possible.")).toEqual([
      ["A senior administration official", "A senior administration official"],
      ["A senior administration official", "The official"],
    ]);
    const s = speakers("A spokeswoman for the port authority said the terminal would reopen. The spokeswoman said repairs would take a week.");
    expect(s[1]).toEqual([s[0]![0], "The spokeswoman"]);
    expect(s[0]![0]).not.toBe("The spokeswoman");
  });
  it("needs exactly one earlier speaker with that head", () => {
    const s = speakers(
      "A U.S. official said the talks had stalled. A European official said the text was ready. The official added that a deal was still possible.",
    );
    expect(s[2]![0]).toBe("The official");
  });
  it("is not a description with another head, nor the complement of the earlier one", () => {
    expect(speakers("A senior administration official said the talks had stalled. The diplomat added that a deal was still possible.")[1]![0]).toBe(
      "The diplomat",
    );
    expect(speakers("A spokesman for the minister said the talks had stalled. The minister added that a deal was still possible.")[1]![0]).not.toMatch(
      /spokesman/u,
    );
  });
  it("is not a singular after a plural", () => {
    expect(speakers("Officials said the talks had stalled. The official added that a deal was still possible.")[1]![0]).toBe("The official");
  });
});

describe("a person opening narration after a possessor and one title", () => {
  it("is whom a later pronoun refers to (de: a capitalised possessor before one word of title)", () => {
    const c = claims(
      "Die Sparkasse erklärte, die Lage sei ernst. Thüringens Verkehrsminister Jonas Keller zeigte sich besorgt. „Das trifft die ganze Region“, sagte er dem Radio.",
      "de",
    );
    expect(c.at(-1)!.speaker.name).toBe("Jonas Keller");
    expect(c.at(-1)!.speaker.mention).toBe("er");
  });
  it("is not a name after a preposition (de)", () => {
    const c = claims(
      "Die Sparkasse erklärte, die Lage sei ernst. Nach Verkehrsminister Jonas Keller wurde lange gesucht. „Das trifft die ganze Region“, sagte er.",
      "de",
    );
    expect(c.at(-1)!.speaker.name).not.toBe("Jonas Keller");
  });
  it("is whom a later pronoun refers to (en: a possessive mark after a capitalised word)", () => {
    const c = claims('The utility said the outage was serious. Vermont\'s transport secretary Lena Ortiz was worried. "This hurts every town," she said.');
    expect(c.at(-1)!.speaker.name).toBe("Lena Ortiz");
  });
  it("is not a person named as an object (en)", () => {
    const c = claims('The utility said the outage was serious. Vermont\'s governor met Lena Ortiz on Monday. "This hurts every town," she said.');
    expect(c.at(-1)!.speaker.name).not.toBe("Lena Ortiz");
  });
});
