import { describe, expect, it } from "vitest";
import { extractClaims, type Claim } from "../src/index.js";

/**
 * English political news, round 3 (sentences written for these tests, US politics 2016-17):
 * reporting verbs coordinated after another verb, descriptions that name the last person's role,
 * and nominal attributions.
 */
const claims = (text: string, publishedAt = "2016-10-11"): Claim[] => extractClaims({ id: "t", text, language: "en", publishedAt }).claims;
const only = (text: string, publishedAt?: string): Claim => {
  const cs = claims(text, publishedAt);
  expect(cs).toHaveLength(1);
  return cs[0]!;
};

describe("English news: a reporting verb coordinated after another verb", () => {
  it("shares the subject that opens the sentence, not a possessor inside it", () => {
    const a = only("Trump's campaign did not dispute the figure but said the report was illegally obtained.");
    expect([a.speaker.mention, a.cue, a.assertion]).toEqual(["Trump's campaign", "said", "the report was illegally obtained."]);
    const b = only("The senator declined to comment but said the bill would pass.");
    expect([b.speaker.mention, b.assertion]).toEqual(["The senator", "the bill would pass."]);
    expect(only("The Senate majority leader delayed the vote but said the bill would pass.").speaker.mention).toBe("The Senate majority leader");
    expect(only("Clinton's aides met the donors but said the money was not discussed.").speaker.mention).toBe("Clinton's aides");
  });
  it("a conjunction followed by a subject of its own keeps that subject", () => {
    const a = only("Republicans blocked the bill, and Democrats said the vote was a disgrace.");
    expect(a.speaker.mention).toBe("Democrats");
    expect(only("The mayor toured the site and said the city would help.").speaker.mention).toBe("The mayor");
    expect(only("Pence and the senator said the ticket was united.").speaker.mention).toBe("Pence and the senator");
  });
});

describe("English news: a claim named by a noun with its possessor and its clause", () => {
  it("the possessor said the clause", () => {
    const a = only("Trump's claim that the election was rigged has been rejected by courts.");
    expect([a.speaker.name, a.cue, a.assertion.startsWith("the election was rigged")]).toEqual(["Donald Trump", "claim that", true]);
    const b = only("Hillary Clinton's argument that the economy needs more investment resonated with voters.");
    expect([b.speaker.name, b.cue]).toEqual(["Hillary Clinton", "argument that"]);
    expect(only("Senator Jeff Flake's argument that the party needs new leaders drew applause.").speaker.name).toBe("Jeff Flake");
  });
  it("no possessor, no clause, or a relative clause: no claim", () => {
    expect(claims("The claim that the election was rigged has been rejected.")).toEqual([]);
    expect(claims("Trump's claim was rejected by the courts.")).toEqual([]);
  });
});

describe("English news: a definite description with a role word refers to the person who spoke last", () => {
  it("'The Indiana governor' after a claim of Pence is Pence", () => {
    const cs = claims("Pence told Fox News that the ticket was united. The Indiana governor also dismissed the polls as skewed.");
    expect(cs.map((c) => [c.speaker.name, c.speaker.mention])).toEqual([
      ["Mike Pence", "Pence"],
      ["Mike Pence", "The Indiana governor"],
    ]);
  });
  it("an indefinite description, a named apposition, or another person named since: not that person", () => {
    const a = claims("Pence told Fox News that the ticket was united. A governor also dismissed the polls as skewed.");
    expect(a.map((c) => c.speaker.mention)).toEqual(["Pence", "A governor"]);
    const b = claims("Pence told Fox News that the ticket was united. The Ohio governor, John Kasich, said the polls were right.");
    expect(b.map((c) => c.speaker.name)).toEqual(["Mike Pence", "John Kasich"]);
    // (the person who opened the narration since is who the description means: not Pence, Clinton — en21)
    const c = claims("Pence told Fox News that the ticket was united. Hillary Clinton met donors. The senator said the polls were right.");
    expect(c.map((x) => x.speaker.name)).toEqual(["Mike Pence", "Hillary Clinton"]);
  });
});
