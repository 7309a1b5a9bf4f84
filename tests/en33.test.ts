import { describe, expect, it } from "vitest";
import { extractClaims, type Claim } from "../src/index.js";

/** English: someone before a place in front of "who said", a dated second act after a quoted name, fixed "as" adverbials (sentences written for these tests). */
const claims = (text: string): Claim[] => extractClaims({ id: "t", text, language: "en", publishedAt: "2024-05-10" }).claims;

describe("en33: a common noun with its article before a place or a body speaks in a relative clause with 'who'", () => {
  it.each([
    ["The judge met a lawyer from Texas, who said the case was weak.", "a lawyer from Texas"],
    ["Police questioned an official from the ministry, who said no one was hurt.", "an official from the ministry"],
    ["The mayor met a teacher in Dallas, who said classes would resume.", "a teacher in Dallas"],
    ["Officials met an expert from Moscow, who said the talks would go on.", "an expert from Moscow"],
    ["Reporters reached a nurse at the clinic, who said the ward was full.", "a nurse at the clinic"],
  ])("%s", (text, speaker) => {
    const cs = claims(text);
    expect(cs).toHaveLength(1);
    expect(cs[0]!.speaker.name).toBe(speaker);
    expect(cs[0]!.speaker.mention).toBe(speaker);
  });

  it.each([
    // (a person after the preposition is the antecedent)
    ["The bill drew a letter from the senator, who said it was rushed.", "the senator"],
    ["The bill drew a rebuke from Jane Ortiz, who said it was rushed.", "Jane Ortiz"],
    ["The talks drew a call from Vladimir Putin, who said the war would go on.", "Vladimir Putin"],
    ["The plan drew a complaint from a resident, who said it would raise rents.", "a resident"],
    // (nouns of reaction with no article keep the complement, as en32 had it)
    ["The plan drew complaints from residents, who said it would raise rents.", "residents"],
    ["The plan drew criticism from Democrats, who said it would hurt families.", "Democrats"],
  ])("the complement stays the antecedent: %s", (text, speaker) => {
    expect(claims(text).map((c) => c.speaker.name)).toEqual([speaker]);
  });

  it("a name given before is a person after the preposition", () => {
    const cs = claims("Ray Hollis spoke on Monday. The bill drew a call from Hollis, who said it was rushed.");
    expect(cs.map((c) => c.speaker.name)).toEqual(["Ray Hollis"]);
  });

  it("'which' stands for no person: the open test does not apply", () => {
    expect(claims("The company hired a lawyer from Texas, which said the deal was off.").map((c) => c.speaker.name)).not.toContain("a lawyer from Texas");
  });

  it("a relative clause that reports nothing gives no claim", () => {
    expect(claims("The judge met a lawyer from Texas, who drove all night.")).toEqual([]);
  });
});

describe("en33: a date between the second verb and its complementizer after a quoted name", () => {
  it.each([
    ["Ray Hollis called the plan “a disaster” and said Tuesday that he would block it.", "he would block it.", "2024-05-07"],
    ["Ray Hollis called the plan “a disaster” and said on Monday that the party would block it.", "the party would block it.", "2024-05-06"],
  ])("%s", (text, second, iso) => {
    const cs = claims(text);
    expect(cs.map((c) => c.cue)).toEqual(["called", "said"]);
    expect(cs[0]!.assertion).toBe("the plan “a disaster”");
    expect(cs[1]!.assertion).toBe(second);
    expect(cs[1]!.speaker.name).toBe("Ray Hollis");
    expect(cs[1]!.date.iso).toBe(iso);
  });

  it.each(["Ray Hollis called the plan “a disaster” and said Tuesday.", "Ray Hollis called the plan “a disaster” and said nothing more."])(
    "one claim: %s",
    (text) => {
      expect(claims(text)).toHaveLength(1);
    },
  );
});

describe("en33: a fixed 'as' of manner after the verb is no content", () => {
  it.each([
    ["The minister announced as planned that taxes would rise.", "announced", "taxes would rise."],
    ["The minister said as expected that taxes would rise.", "said", "taxes would rise."],
    ["The mayor warned as usual that the budget was tight.", "warned", "the budget was tight."],
    ["The minister said, as expected, that taxes would rise.", "said", "taxes would rise."],
  ])("%s", (text, cue, assertion) => {
    const cs = claims(text);
    expect(cs).toHaveLength(1);
    expect(cs[0]!.cue).toBe(cue);
    expect(cs[0]!.assertion).toBe(assertion);
  });

  it.each(["The minister announced as expected.", "The company reported as usual.", "Officials confirmed as planned.", "Taxes will rise, as expected."])(
    "no claim: %s",
    (text) => {
      expect(claims(text)).toEqual([]);
    },
  );

  it("a predicative 'as' still carries content", () => {
    expect(claims("Ray Hollis described the plan as reckless.")[0]!.assertion).toBe("the plan as reckless.");
    expect(claims("Taxes will rise, as the minister said.")[0]!.speaker.name).toBe("the minister");
  });
});

describe("en33: a description in lower case with its article owns a noun of saying and its clause", () => {
  it.each([
    ["The governor's claim that the bill would raise taxes has no basis.", "The governor", "claim that", "the bill would raise taxes"],
    ["The company's repeated denial that it had broken the law was false.", "The company", "denial that", "it had broken the law"],
    ["The ministry's warning that prices would rise was ignored.", "The ministry", "warning that", "prices would rise"],
    ["The senator's argument that the bill is unconstitutional has been rejected.", "The senator", "argument that", "the bill is unconstitutional"],
  ])("%s", (text, speaker, cue, assertion) => {
    const cs = claims(text);
    expect(cs).toHaveLength(1);
    expect(cs[0]!.speaker.mention).toBe(speaker);
    expect(cs[0]!.cue).toBe(cue);
    expect(cs[0]!.assertion).toBe(assertion);
  });

  it.each([
    // (no possessor: the noun is the object of another act, or nobody's)
    "The claim that the bill would raise taxes has no basis.",
    "A warning that prices would rise was ignored.",
    // (a noun that is no noun of saying)
    "The governor's decision that the bill would wait was final.",
  ])("no claim: %s", (text) => {
    expect(claims(text)).toEqual([]);
  });
});

describe("en33: a warning with what it warns of", () => {
  it.each([
    ["Ray Hollis warned of a government shutdown.", "warned of", "a government shutdown."],
    ["Police warned of delays on the highway.", "warned of", "delays on the highway."],
    ["The senator cautioned against cutting taxes.", "cautioned against", "cutting taxes."],
    ["Ray Hollis warned that the bill would fail.", "warned", "the bill would fail."],
  ])("%s", (text, cue, assertion) => {
    const cs = claims(text);
    expect(cs).toHaveLength(1);
    expect(cs[0]!.cue).toBe(cue);
    expect(cs[0]!.assertion).toBe(assertion);
  });

  it.each(["A warning of storms was issued on Monday.", "Ray Hollis was warned of the danger.", "Ray Hollis had been warned against travel to the region."])(
    "no claim: %s",
    (text) => {
      expect(claims(text)).toEqual([]);
    },
  );
});
