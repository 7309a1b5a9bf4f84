import { describe, expect, it } from "vitest";
import { represent, type ClaimRep } from "../src/compare/represent/index.js";
import { readings } from "../src/compare/represent/context.js";
import { conflicts, type Quantity } from "../src/compare/represent/quantities.js";
import { lexiconFor } from "../src/compare/represent/lexicon.js";
import { makeClaim } from "./helpers/gold-claims.js";

// Team-written sentences (invented statements; no corpus text).

const read = (language: string, assertion: string): ClaimRep =>
  represent(makeClaim({ assertion, language, speaker: "Ministry", side: "RU", date: "2026-06-24" }), lexiconFor(language).lexicon, 0);
const durations = (language: string, text: string): Quantity[] => read(language, text).quantities.filter((q) => q.kind === "duration");
const demands = (text: string) => read("en", text).predicates.filter((p) => p.cls === "demand");

describe("a time phrase between 'called' and the 'for' it takes alone", () => {
  it.each([
    "The president called on Monday for talks and spoke for an hour.",
    "The minister called on Tuesday for a ceasefire.",
    "The envoy called on 12 May for restraint.",
    "The ministry calls on Friday for new negotiations.",
  ])("a demand: %s", (text) => {
    expect(demands(text)).toHaveLength(1);
  });
  it.each([
    "Putin called on Tuesday evening.",
    "The president called on Monday to discuss trade.",
    "The envoy called on 12 May and left.",
    "Trump called on Monday, for the second time this week.",
    "Trump called on Monday, a spokesman said.",
    "The two leaders held a call on Monday for an hour.",
  ])("no demand: %s", (text) => {
    expect(demands(text)).toEqual([]);
  });
  it("'called on X to/for' and 'called for' stay demands", () => {
    expect(demands("The minister called on Moscow to withdraw its troops.")).toHaveLength(1);
    expect(demands("The minister called on the two sides for restraint.")).toHaveLength(1);
    expect(demands("The minister called for a ceasefire.")).toHaveLength(1);
  });
});

describe("a full hour is an hour", () => {
  const hour = durations("en", "The call lasted an hour.")[0]!;
  it.each([
    ["en", "The call lasted a full hour."],
    ["en", "They spoke for a full hour."],
    ["de", "Das Gespräch dauerte eine volle Stunde."],
    ["ru", "Разговор продолжался целый час."],
  ])("%s '%s' does not conflict with an hour", (language, text) => {
    const [d] = durations(language, text);
    expect(d).toBeDefined();
    expect(conflicts(d!, hour)).toBe(false);
    expect(d!.lo).toBeLessThanOrEqual(60);
  });
  it("negative: 45 full minutes conflict with an hour; 'full' with no number gives no amount", () => {
    const [d] = durations("en", "They spoke for 45 full minutes.");
    expect(conflicts(d!, hour)).toBe(true);
    expect(durations("en", "They held a full round of talks.")).toEqual([]);
  });
});

describe("'planned' is no proposal", () => {
  const concepts = (text: string) => read("en", text).keys.map((k) => k.key);
  it.each(["Moscow rejected the plan.", "Washington put forward new plans for Gaza.", "Kyiv welcomed the proposal."])("a proposal: %s", (text) => {
    expect(concepts(text)).toContain("c:proposals");
  });
  it.each(["The US is stoking hysteria over a so-called planned invasion.", "The ministers discussed the planned visit."])("none: %s", (text) => {
    expect(concepts(text)).not.toContain("c:proposals");
  });
});

describe("a condition before the assertion in its sentence conditions what it names", () => {
  const withSentence = (language: string, text: string, assertion: string): ClaimRep => {
    const at = text.indexOf(assertion);
    const claim = {
      ...makeClaim({ assertion, language, speaker: "White House", side: "US", date: "2026-06-24" }),
      assertionSpan: [at, at + assertion.length] as [number, number],
    };
    return represent(claim, lexiconFor(language).lexicon, 0, null, readings(text, [claim]).get(claim.id));
  };
  it.each([
    [
      "en",
      "Biden was clear that if Russia undertakes a further invasion of Ukraine, the United States will respond decisively.",
      "the United States will respond decisively",
    ],
    [
      "fr",
      "Si la Russie envahit l'Ukraine, les États-Unis réagiront avec fermeté et imposeront des sanctions.",
      "les États-Unis réagiront avec fermeté et imposeront des sanctions",
    ],
    [
      "de",
      "Falls Russland die Ukraine angreift, werden die USA entschlossen reagieren und Sanktionen verhängen.",
      "werden die USA entschlossen reagieren und Sanktionen verhängen",
    ],
  ])("%s: a condition before the assertion", (language, text, assertion) => {
    const r = withSentence(language, text, assertion);
    expect(r.conditionals.length).toBeGreaterThan(0);
    expect(Math.min(...r.conditionals)).toBeLessThan(r.text.indexOf(assertion));
  });
  it("negative: a plain sentence has none, and a condition after the assertion stays outside it", () => {
    expect(
      withSentence("en", "Biden said the United States will respond decisively to the invasion.", "the United States will respond decisively to the invasion")
        .conditionals,
    ).toEqual([]);
    expect(
      withSentence("en", "The United States imposed sanctions on Monday. It will add more if needed.", "The United States imposed sanctions on Monday")
        .conditionals,
    ).toEqual([]);
  });
});

describe("'so-called' names no call", () => {
  it("no phone call in 'so-called', and the distance stays", () => {
    const r = read("en", "The US is stoking hysteria over a so-called planned invasion.");
    expect(r.keys.map((k) => k.key)).not.toContain("c:phone-call");
    expect(r.heldAtDistance.length).toBeGreaterThan(0);
  });
  it("negative: a call is still a call", () => {
    expect(read("en", "Putin called Trump on Monday.").keys.map((k) => k.key)).toContain("c:phone-call");
    expect(read("en", "The so-called peace plan was discussed during the call.").keys.map((k) => k.key)).toContain("c:phone-call");
  });
});
