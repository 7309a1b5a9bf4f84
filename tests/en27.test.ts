import { describe, expect, it } from "vitest";
import { extractClaims } from "../src/index.js";

const claims = (text: string) => extractClaims({ id: "t", text, language: "en", publishedAt: "2024-05-10" }).claims;

describe("en27: a known person matched by surname alone, contradicted by first name or title", () => {
  it("'Rep. Tom Harris' and later 'Mr. Harris' are Tom Harris, not Kamala Harris", () => {
    const cs = claims("Rep. Tom Harris said the bill would fail in the Senate. Mr. Harris added that the votes were not there.");
    expect(cs).toHaveLength(2);
    expect(cs[0]?.speaker.name).toBe("Tom Harris");
    expect(cs[0]?.speaker.id).toBeNull();
    expect(cs[1]?.speaker.name).toBe("Tom Harris");
    expect(cs[1]?.speaker.mention).toBe("Mr. Harris");
  });
  it("a woman's first name before a man's surname: 'Sen. Laura Biden' is not Joe Biden; nor is 'Ms. Biden'", () => {
    const cs = claims("Sen. Laura Biden said the tariff plan would hurt farmers. Ms. Biden said exporters would suffer.");
    expect(cs.map((c) => c.speaker.name)).toEqual(["Laura Biden", "Laura Biden"]);
  });
  it("negative: the person's own first name, a neutral title, or a title of the right sex keeps the match", () => {
    const [a, b] = claims("Vice President Kamala Harris said the plan would cut costs. Ms. Harris said the vote would come soon.");
    expect(a?.speaker.name).toBe("Kamala Harris");
    expect(b?.speaker.name).toBe("Kamala Harris");
    const [c] = claims("Mr. Biden said the economy was strong.");
    expect(c?.speaker.name).toBe("Joe Biden");
    const [e] = claims("Sen. Harris said the bill was unfair.");
    expect(e?.speaker.name).toBe("Kamala Harris");
  });
});

describe("en27: members of a party in the plural are a group", () => {
  it("'Democrats said', 'Senate Democrats said', 'The Republicans said' are groups", () => {
    expect(claims("Democrats said the bill would fail.")[0]?.speaker.kind).toBe("group");
    expect(claims("Senate Democrats said the bill would fail.")[0]?.speaker).toMatchObject({ name: "Senate Democrats", kind: "group" });
    expect(claims("The Republicans said the bill would fail.")[0]?.speaker.kind).toBe("group");
  });
  it("'Republicans have called the probe “…”' is the group's claim", () => {
    const [a] = claims("Republicans have called the probe “a political witch hunt.”");
    expect(a?.speaker).toMatchObject({ name: "Republicans", kind: "group" });
    expect(a?.cue).toBe("called");
  });
  it("negative: a person's name, or a singular party member, is no group", () => {
    expect(claims("Senator John Doe said the bill was fair.")[0]?.speaker.kind).toBe("person");
    // (since en30 people named by a plural noun are a group too: "Officials said" — see tests/en30.test.ts)
    expect(claims("Jones said the bill would fail.")[0]?.speaker.kind).not.toBe("group");
  });
});

describe("en27: a party's members who open a sentence of narration speak the quotation after it", () => {
  it("'Democrats disagreed.' then a quotation with no cue is the Democrats', not the speaker before", () => {
    const cs = claims("Senator John Doe said the bill was fair. Democrats disagreed. “This bill guts health care for millions.”");
    expect(cs).toHaveLength(2);
    expect(cs[1]?.speaker).toMatchObject({ name: "Democrats", kind: "group" });
    expect(cs[1]?.assertion).toContain("guts health care");
  });
  it("'House Republicans were not persuaded.' then a quotation; 'they said' after it", () => {
    const [, b] = claims("Senator John Doe said the bill was fair. House Republicans were not persuaded. “We will vote it down.”");
    expect(b?.speaker.name).toBe("House Republicans");
    const [c] = claims("The Senate passed the budget. Democrats disagreed. “This bill guts health care,” they said.");
    expect(c?.speaker.name).toBe("Democrats");
  });
  it("negative: a person who opens the sentence keeps the quotation", () => {
    const [, b] = claims("Democrats said the bill was unfair. Senator John Doe disagreed. “This bill is fair.”");
    expect(b?.speaker.name).toBe("John Doe");
  });
});

describe("en27: the speaker after a fronted clause naming another person", () => {
  it("'In his call with Zelensky, Erdogan said …' is Erdogan", () => {
    const [a] = claims("In his call with Zelensky, Erdogan said Turkey was ready to host peace talks.");
    expect(a?.speaker.name).toBe("Recep Tayyip Erdoğan");
    expect(a?.assertion).toBe("Turkey was ready to host peace talks.");
  });
});

describe("en27: 'earlier this week' gives no day (claims.md: a date is a day, a month or a year)", () => {
  it("'Earlier this week, Mr. Biden told reporters …' has no date", () => {
    const [a] = claims("Earlier this week, Mr. Biden told reporters that the economy was strong.");
    expect(a?.speaker.name).toBe("Joe Biden");
    expect(a?.date.iso).toBeNull();
  });
  it("negative: 'Last week' resolves against publishedAt", () => {
    const [a] = claims("Last week, Mr. Biden told reporters that the economy was strong.");
    expect(a?.date.iso).toBe("2024-05-03");
    expect(a?.date.basis).toBe("relative");
  });
});
