import { describe, expect, it } from "vitest";
import { extractClaims, type Claim } from "../src/index.js";

/** English praise and blame with content, and the people before a place in front of a relative clause of saying (sentences written for these tests). */
const claims = (text: string): Claim[] => extractClaims({ id: "t", text, language: "en", publishedAt: "2024-05-10" }).claims;

describe("en32: verbs of praise and blame report the content they carry", () => {
  it.each([
    ["Democrats slammed the proposal as a giveaway to the rich.", "Democrats", "slammed", "the proposal as a giveaway to the rich.", "indirect"],
    ["The union applauded the ruling as a victory for workers.", "The union", "applauded", "the ruling as a victory for workers.", "indirect"],
    ["Critics lambasted the plan as reckless.", "Critics", "lambasted", "the plan as reckless.", "indirect"],
    [
      "Human rights groups decried the arrests as politically motivated.",
      "Human rights groups",
      "decried",
      "the arrests as politically motivated.",
      "indirect",
    ],
    ["The mayor lauded the agreement as “a model for other cities.”", "The mayor", "lauded", "the agreement as “a model for other cities.”", "mixed"],
    ["Senator Jane Ortiz commended the police for “acting quickly.”", "Senator Jane Ortiz", "commended", "the police for “acting quickly.”", "mixed"],
    ["The senator faulted the agency for “a failure of leadership.”", "The senator", "faulted", "the agency for “a failure of leadership.”", "mixed"],
  ])("%s", (text, speaker, cue, assertion, kind) => {
    const cs = claims(text);
    expect(cs).toHaveLength(1);
    expect(cs[0]!.speaker.mention).toBe(speaker);
    expect(cs[0]!.cue).toBe(cue);
    expect(cs[0]!.assertion).toBe(assertion);
    expect(cs[0]!.kind).toBe(kind);
  });

  it.each([
    ["Ray Hollis signed the bill on Monday, hailing it as a historic step.", "hailing", "it as a historic step."],
    ["Ray Hollis voted against the bill, slamming it as “a giveaway to donors.”", "slamming", "it as “a giveaway to donors.”"],
    ["The senator issued a statement condemning the attack as cowardly.", "condemning", "the attack as cowardly."],
  ])("a participle after a first clause: %s", (text, cue, assertion) => {
    const cs = claims(text);
    expect(cs).toHaveLength(1);
    expect(cs[0]!.cue).toBe(cue);
    expect(cs[0]!.assertion).toBe(assertion);
  });

  it.each([
    // (praise of someone with no quotation, no "as" and no clause: the act is narrated, no content is attributed)
    "The governor praised the firefighters for their courage.",
    "Ray Hollis praised the plan.",
    "The crowd applauded.",
    "Ray Hollis left the room, praising the staff.",
    "Protesters marched through the city, denouncing the verdict.",
    // (the nouns are no verbs of praise or blame)
    "The plan drew praise from unions.",
    "The team faced a blast of cold air.",
    "Hail as big as golf balls fell on the town.",
  ])("no claim: %s", (text) => {
    expect(claims(text)).toEqual([]);
  });
});

describe("en32: the people before a place or a body after a preposition speak in a relative clause of saying", () => {
  it.each([
    ["Police arrested two men from Ohio, who said they had driven all night.", "two men from Ohio", "they had driven all night."],
    ["Reporters met three senators from Maine, who said the vote would be close.", "three senators from Maine", "the vote would be close."],
    ["The bill was opposed by Republicans in the Senate, who said it would raise taxes.", "Republicans in the Senate", "it would raise taxes."],
    ["The plan drew criticism from Republicans in the Senate, who said it would raise taxes.", "Republicans in the Senate", "it would raise taxes."],
    ["The decision angered farmers in Iowa, who said they had been ignored.", "farmers in Iowa", "they had been ignored."],
    ["The governor thanked volunteers at the shelter, who said they had worked all night.", "volunteers at the shelter", "they had worked all night."],
  ])("%s", (text, speaker, assertion) => {
    const cs = claims(text);
    expect(cs).toHaveLength(1);
    expect(cs[0]!.speaker.name).toBe(speaker);
    expect(cs[0]!.speaker.mention).toBe(speaker);
    expect(cs[0]!.assertion).toBe(assertion);
  });

  it("people named by a plural noun or a party before the place are a group", () => {
    for (const text of [
      "The bill was opposed by Republicans in the Senate, who said it would raise taxes.",
      "The decision angered farmers in Iowa, who said they had been ignored.",
      "Republicans in the Senate said the bill would pass.",
    ])
      expect(claims(text)[0]!.speaker.kind).toBe("group");
  });

  it.each([
    // (a noun of reaction before "from" does not speak: its complement does)
    ["The plan drew criticism from Democrats, who said it would hurt families.", "Democrats"],
    ["The plan drew complaints from residents, who said it would raise rents.", "residents"],
    ["The measure drew questions from lawmakers in Ohio, who said it was rushed.", "lawmakers in Ohio"],
    // (a complement joined by "of" was whole already)
    ["The reporter spoke with residents of the town, who said the water had been brown for weeks.", "residents of the town"],
  ])("the complement keeps speaking after a noun of reaction: %s", (text, speaker) => {
    expect(claims(text).map((c) => c.speaker.name)).toEqual([speaker]);
  });

  it.each(["Police arrested two men from Ohio, who drove all night.", "The decision angered farmers in Iowa, who met on Monday."])(
    "no claim with a relative clause that does not report: %s",
    (text) => {
      expect(claims(text)).toEqual([]);
    },
  );
});

describe("en32: three acts of one speaker in one sentence", () => {
  const acts = (text: string) => claims(text).map((c) => [c.cue, c.assertion, c.speaker.name]);
  it("an act with its own object, a report coordinated with it, and a participle after a comma: three claims", () => {
    expect(acts("Ray Hollis criticized the bill and said that it would raise taxes, noting that the state had a surplus.")).toEqual([
      ["criticized", "the bill", "Ray Hollis"],
      ["said", "it would raise taxes", "Ray Hollis"],
      ["noting", "the state had a surplus.", "Ray Hollis"],
    ]);
    expect(acts("The sheriff confirmed the arrest and said that the suspect was armed, adding that no one was hurt.").map((a) => a[0])).toEqual([
      "confirmed",
      "said",
      "adding",
    ]);
  });
  it("two acts stay two", () => {
    expect(acts("Ray Hollis criticized the bill and said that it would raise taxes.").map((a) => a[0])).toEqual(["criticized", "said"]);
    expect(acts("Ray Hollis said that the bill would raise taxes, noting that the state had a surplus.").map((a) => a[0])).toEqual(["said", "noting"]);
    // (a verb that reports nothing is no first act)
    expect(acts("Ray Hollis read the report and said that it was flawed, noting that the data were old.").map((a) => a[0])).toEqual(["said", "noting"]);
  });
});

describe("en32: a quoted name for the object, then 'and said' with a clause opened by its subject", () => {
  it.each([
    ["Ray Hollis called the plan “a disaster” and said Democrats would block it.", "Democrats would block it."],
    ["Ray Hollis called the plan “a disaster” and said the party was united against it.", "the party was united against it."],
    ["Ray Hollis called the plan “a disaster” and said Senate Republicans had not read it.", "Senate Republicans had not read it."],
  ])("%s", (text, second) => {
    const cs = claims(text);
    expect(cs.map((c) => c.cue)).toEqual(["called", "said"]);
    expect(cs[0]!.assertion).toBe("the plan “a disaster”");
    expect(cs[0]!.kind).toBe("mixed");
    expect(cs[1]!.assertion).toBe(second);
    expect(cs[1]!.speaker.name).toBe("Ray Hollis");
  });
  it.each([
    // (no clause after the second verb: one claim)
    "Ray Hollis called the plan “a disaster” and said nothing more.",
    // (a date after the verb is no subject, and no clause follows it: en33 splits "and said Tuesday that …")
    "Ray Hollis called the plan “a disaster” and said Tuesday.",
  ])("one claim: %s", (text) => {
    expect(claims(text)).toHaveLength(1);
  });
});
