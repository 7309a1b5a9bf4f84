import { describe, expect, it } from "vitest";
import { extractClaims, type Claim } from "../src/index.js";

/**
 * English political news in wire style, round 2 (sentences written for these tests, US and UK
 * politics): surnames that are also function words, reporting phrases built on a noun, sources
 * without names, titles before names, and phrases that report nothing.
 */
const claims = (text: string, publishedAt = "2018-11-14"): Claim[] => extractClaims({ id: "t", text, language: "en", publishedAt }).claims;
const only = (text: string, publishedAt?: string): Claim => {
  const cs = claims(text, publishedAt);
  expect(cs).toHaveLength(1);
  return cs[0]!;
};
const none = (text: string) => expect(claims(text).map((c) => c.assertion)).toEqual([]);

describe("English news: a surname that is also a modal verb and a month ('May')", () => {
  it("the capitalised word names the speaker before the verb, after a title and after the verb", () => {
    const a = only("May said the deal would protect jobs across the country.");
    expect([a.speaker.name, a.assertion]).toEqual(["May", "the deal would protect jobs across the country."]);
    const b = only("Mrs May told MPs that the backstop was necessary.");
    expect([b.speaker.name, b.speaker.mention, b.assertion]).toEqual(["May", "Mrs May", "the backstop was necessary."]);
    const c = only('"We will not accept a bad deal," said May.');
    expect([c.speaker.name, c.kind]).toEqual(["May", "direct"]);
    expect(only("Prime Minister May said the backstop was necessary.").speaker.name).toBe("May");
    expect(only('May said: "No."').kind).toBe("direct");
  });
  it("after the full name of a person the lexicon knows, the surname is that person", () => {
    const cs = claims("Theresa May met European leaders in Brussels on Thursday. May said the talks had been constructive.");
    expect(cs.map((x) => [x.speaker.name, x.speaker.mention])).toEqual([["Theresa May", "May"]]);
    const ds = claims("Theresa May said the talks would go on. Later, May told MPs that no deal was better than a bad deal.");
    expect(ds.map((x) => x.speaker.name)).toEqual(["Theresa May", "Theresa May"]);
  });
  it("the modal in lower case stays a modal; 'May' as content is no speaker", () => {
    none("The date may change if the talks collapse.");
    const a = only("Trump said May would visit Washington next month.");
    expect([a.speaker.name, a.assertion]).toEqual(["Donald Trump", "May would visit Washington next month."]);
    expect(only("In May, the senator said the bill would pass.").speaker.mention).toBe("the senator");
  });
});
