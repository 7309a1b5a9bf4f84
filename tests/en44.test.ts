import { describe, expect, it } from "vitest";
import { type Claim, extractClaims } from "../src/index.js";

/**
 * en44: English attribution leftovers (issue 11). A verb of aspect before a reporting verb ("kept saying", "continued
 * to insist", "has spent three weeks telling") reports nothing itself; its subject speaks through the verb after it.
 * Sentences written by the team, positives and negatives.
 */
const claims = (text: string, language = "en"): Claim[] => extractClaims({ id: "t", text, language, publishedAt: "2026-05-12" }).claims;
const said = (text: string, language = "en") => claims(text, language).map((c) => [c.speaker.mention ?? c.speaker.name, c.assertion]);

describe("a verb of aspect before a reporting verb: its subject speaks", () => {
  it("right before the verb: 'kept saying', 'kept on saying', 'continued to insist', 'began to warn', 'went on to say'", () => {
    expect(said("The governor kept saying that the budget was balanced.")).toEqual([["The governor", "the budget was balanced."]]);
    expect(said("The governor kept on saying that the budget was balanced.")).toEqual([["The governor", "the budget was balanced."]]);
    expect(said("The council continued to insist that the bridge was safe.")).toEqual([["The council", "the bridge was safe."]]);
    expect(said("Forecasters began to warn that the river could flood.")).toEqual([["Forecasters", "the river could flood."]]);
    expect(said("She went on to say that the deal was dead.").map((x) => x[1])).toEqual(["the deal was dead."]);
  });
  it("a span of time or an object of 'spend' between: 'has spent three weeks telling', 'spent much of the campaign arguing'", () => {
    expect(said("The challenger has spent three weeks telling voters that the schools are failing.")).toEqual([["The challenger", "the schools are failing."]]);
    expect(said("The senator spent much of the debate arguing that taxes were too high.")).toEqual([["The senator", "taxes were too high."]]);
  });
  it("after a conjunction, the subject of the sentence", () => {
    expect(said("The mayor toured the plant and kept insisting that no jobs would go.")).toEqual([["The mayor", "no jobs would go."]]);
  });
  it("a known name before the aspect verb keeps its canonical name", () => {
    expect(claims("Trump has spent weeks telling supporters that the election was rigged.").map((c) => c.speaker.name)).toEqual(["Donald Trump"]);
  });
  it("Spanish: 'sigue diciendo', 'siguen asegurando'", () => {
    expect(said("El alcalde sigue diciendo que el presupuesto está equilibrado.", "es")).toEqual([["El alcalde", "el presupuesto está equilibrado."]]);
    expect(said("Los sindicatos siguen asegurando que el plan es injusto.", "es")).toEqual([["Los sindicatos", "el plan es injusto."]]);
  });
});

describe("no verb of aspect: nothing changes", () => {
  it("a participle on an object still speaks for that object or the sentence's subject as before", () => {
    expect(said("The report cites residents saying the water is unsafe.")).toEqual([["residents", "the water is unsafe."]]);
    expect(said("Analysts kept the forecast unchanged, saying demand was weak.")).toEqual([["Analysts", "demand was weak."]]);
  });
  it("an aspect verb with no reporting verb after it reports nothing", () => {
    expect(said("The senator kept the seat for three decades.")).toEqual([]);
    expect(said("Prices continued to rise in March.")).toEqual([]);
    expect(said("El gobierno sigue trabajando en el plan.", "es")).toEqual([]);
  });
  it("'continued' alone still closes a quotation", () => {
    expect(said("“We will win this fight,” the mayor continued.")).toEqual([["the mayor", "“We will win this fight,”"]]);
  });
});
