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

  it.each([
    ["en", "The plan was criticized by unions, who said it would cut benefits.", "unions", "it would cut benefits."],
    ["it", "Il piano è stato criticato dai sindacati, che hanno detto che taglierà i salari.", "sindacati", "taglierà i salari."],
    ["fr", "Le plan a été critiqué par les syndicats, qui ont déclaré qu'il réduirait les salaires.", "les syndicats", "il réduirait les salaires."],
    ["es", "El plan fue criticado por los sindicatos, que dijeron que reduciría los salarios.", "los sindicatos", "reduciría los salarios."],
    ["ro", "Planul a fost criticat de sindicate, care au spus că va reduce salariile.", "sindicate", "va reduce salariile."],
  ])("%s: a passive's agent with a relative clause of saying speaks through it: %s", (lang, text, speaker, assertion) => {
    const cs = claims(text, lang);
    expect(cs).toHaveLength(1);
    expect(cs[0]!.speaker.name).toBe(speaker);
    expect(cs[0]!.assertion).toBe(assertion);
    expect(cs[0]!.assertion).not.toMatch(/detto|déclaré|dijeron|spus|said/u);
  });

  it.each([
    ["it", "Il piano è stato criticato dai sindacati, che hanno manifestato a Roma."],
    ["es", "El plan fue criticado por los sindicatos, que marcharon en Madrid."],
  ])("%s: a relative clause with a verb that does not report gives no claim: %s", (lang, text) => {
    expect(claims(text, lang).some((c) => /detto|dijeron/u.test(c.cue ?? ""))).toBe(false);
  });

  it("a passive with content of its own keeps its agent: 'Die Bodenoffensive wurde von einer Armeesprecherin bestätigt.'", () => {
    const cs = claims("Die Bodenoffensive wurde von einer Armeesprecherin bestätigt.", "de");
    expect(cs).toHaveLength(1);
    expect(cs[0]!.speaker.name).toMatch(/Armeesprecherin/u);
  });
});
