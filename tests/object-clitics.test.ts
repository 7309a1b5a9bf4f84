import { describe, expect, it } from "vitest";
import { extractClaims } from "../src/index.js";

// An object pronoun before the auxiliary of a reporting verb, the participle agreeing with it:
// "Le ministre l'a qualifiée de « … »", "Il ministro li ha definiti “…”". They gave no claim.
const claims = (language: string, text: string) =>
  extractClaims({ id: "t", text, language, publishedAt: "2025-03-18" }).claims.map((c) => [c.speaker.name, c.kind]);

describe("a reporting verb with an object pronoun before its auxiliary", () => {
  it.each([
    ["fr", "Le ministre l'a qualifiée de « provocation inacceptable »."],
    ["fr", "Le ministre l'a dit clairement : « Nous ne céderons pas »."],
    ["fr", "La présidente les a jugés « irresponsables »."],
    ["it", "Il ministro li ha definiti “irresponsabili e pericolosi”."],
    ["it", "Il ministro la ha definita “una provocazione inaccettabile”."],
  ])("%s: %s", (language, text) => {
    expect(claims(language, text)).toHaveLength(1);
  });
  it("the speaker is the subject", () => {
    expect(claims("fr", "Le ministre l'a qualifiée de « provocation inacceptable ».")).toEqual([["Le ministre", "direct"]]);
  });
});

describe("negative: an object pronoun before a verb that reports nothing", () => {
  it.each([
    ["fr", "Le ministre l'a rencontré mardi à Paris."],
    ["it", "Il ministro li ha incontrati martedì a Roma."],
  ])("%s: %s", (language, text) => {
    expect(claims(language, text)).toEqual([]);
  });
});
