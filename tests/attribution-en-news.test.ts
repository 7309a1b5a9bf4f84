import { describe, expect, it } from "vitest";
import { extractClaims, type Claim } from "../src/index.js";

/** Claims of an English text (sentences written for these tests, in the style of US political news). */
const claims = (text: string, publishedAt = "2017-11-14"): Claim[] => extractClaims({ id: "t", text, language: "en", publishedAt }).claims;
const only = (text: string, publishedAt?: string): Claim => {
  const cs = claims(text, publishedAt);
  expect(cs).toHaveLength(1);
  return cs[0]!;
};

describe("English news: speakers with determiners and relative clauses", () => {
  it("'one' opens a speaker's phrase like 'a'", () => {
    const c = only("\"I don't think it's going to pass,\" said one Republican aide, who spoke on condition of anonymity.");
    expect(c.speaker.mention).toBe("one Republican aide");
    expect(c.kind).toBe("direct");
    expect(c.assertion).toBe("\"I don't think it's going to pass,\"");
    expect(only('"It will not pass," said one Democratic senator.').speaker.mention).toBe("one Democratic senator");
    expect(only('"It will not pass," said a Republican aide, who asked not to be named.').speaker.mention).toBe("a Republican aide");
  });
});

describe("English news: US party tags belong to the name", () => {
  it("a tag and an apposition between commas before the verb", () => {
    const c = only('Rep. Kevin Brady (R-Texas), chairman of the Ways and Means Committee, said in a statement that the bill would "unleash growth."');
    expect(c.speaker.name).toBe("Kevin Brady");
    expect(c.kind).toBe("mixed");
    expect(c.assertion).toBe('the bill would "unleash growth."');
  });
  it("a tag before a date and a content verb", () => {
    const c = only('Sen. Elizabeth Warren (D-Mass.) on Tuesday called the proposal "a giveaway to the wealthy."');
    expect(c.speaker.name).toBe("Elizabeth Warren");
    expect(c.kind).toBe("mixed");
    expect(c.date.iso).toBe("2017-11-14");
  });
  it("tags in other forms, after the verb and before it", () => {
    expect(only('"It is a giveaway to the wealthy," said Sen. Bernie Sanders (I-Vt.).').speaker.name).toBe("Bernie Sanders");
    expect(only("Sen. Chuck Schumer (D., N.Y.) said the bill was a disaster.").speaker.name).toBe("Chuck Schumer");
    expect(only("Rep. Nancy Pelosi (D-Calif.) told reporters that the vote would fail.").speaker.name).toBe("Nancy Pelosi");
  });
  it("the claim quotes the original text, tag and all", () => {
    const c = only('"Sen. Warren (D-Mass.) is wrong about this," Rep. Kevin Brady (R-Texas) said.');
    expect(c.speaker.name).toBe("Kevin Brady");
    expect(c.assertion).toBe('"Sen. Warren (D-Mass.) is wrong about this,"');
  });
  it("not a party tag: an acronym after a body, a bracket after a lower-case word", () => {
    expect(only("The Congressional Budget Office (CBO) said the bill would add to the deficit.").speaker.mention).toMatch(/CBO|Congressional Budget Office/);
    const c = only("The senator said the bill (R) was a mistake.");
    expect(c.assertion).toBe("the bill (R) was a mistake.");
  });
});

describe("English news: datelines are layout", () => {
  it("a dateline before the first sentence is no part of it", () => {
    const c = only('WASHINGTON — Sen. Elizabeth Warren (D-Mass.) on Tuesday called the proposal "a giveaway to the wealthy."');
    expect(c.speaker.name).toBe("Elizabeth Warren");
    expect(c.kind).toBe("mixed");
  });
  it("a quotation right after a dateline is direct, without the dateline", () => {
    const c = only('WASHINGTON — "We will not back down," Senate Majority Leader Mitch McConnell said Tuesday.');
    expect(c.kind).toBe("direct");
    expect(c.assertion).toBe('"We will not back down,"');
    expect(c.speaker.name).toMatch(/McConnell/);
  });
  it("wire datelines with an agency and a date", () => {
    const a = only("LONDON, Nov 14 (Reuters) - British Prime Minister Theresa May said on Tuesday that talks would continue.");
    expect(a.speaker.name).toBe("Theresa May");
    expect(a.assertion).toBe("talks would continue.");
    const b = only('NEW YORK (Reuters) - "The market is strong," said Jane Doe, an economist at a bank.');
    expect(b.kind).toBe("direct");
    expect(b.assertion).toBe('"The market is strong,"');
  });
});
