import { describe, expect, it } from "vitest";
import { extractClaims } from "../src/index.js";

const claims = (text: string, language = "en") => extractClaims({ id: "t", text, language, publishedAt: "2024-05-10" }).claims;

describe("rel40: a relative clause of saying after an object — the noun phrase before the relative pronoun speaks", () => {
  it.each([
    ["The plan drew criticism from Democrats, who said it would cut benefits.", "Democrats", "it would cut benefits."],
    ["The plan drew criticism from unions, who said it would cut benefits.", "unions", "it would cut benefits."],
    ["The plan drew criticism from leaders of the unions, who said it would cut benefits.", "leaders of the unions", "it would cut benefits."],
    ["The move was welcomed by the unions, who said it would protect jobs.", "the unions", "it would protect jobs."],
  ])("%s", (text, speaker, assertion) => {
    const cs = claims(text);
    expect(cs).toHaveLength(1);
    expect(cs[0]!.speaker.name).toBe(speaker);
    expect(cs[0]!.assertion).toBe(assertion);
  });

  it("keeps a description with its speaker before the joining word whole", () => {
    const cs = claims("A spokesman for the ministry, who said the plan would fail, resigned.");
    expect(cs.map((c) => c.speaker.name)).toEqual(["A spokesman for the ministry"]);
  });

  it("an apposed relative clause: the subject speaks through the main verb", () => {
    const cs = claims("Smith, who chairs the committee, said that the plan would fail.");
    expect(cs).toHaveLength(1);
    expect(cs[0]!.speaker.name).toBe("Smith");
    expect(cs[0]!.assertion).toBe("the plan would fail.");
  });

  it.each([
    // (a restrictive clause with no comma identifies the senator; its bare content is no claim of the sentence)
    "The senator who said the plan would fail resigned.",
    // (a relative clause with a verb that does not report)
    "The plan drew criticism from Democrats, who met on Monday.",
    "The plan drew criticism from unions, who marched in the capital.",
  ])("no claim: %s", (text) => {
    expect(claims(text)).toHaveLength(0);
  });
});
