import { describe, expect, it } from "vitest";
import { sentenceClaims } from "./helpers/one-claim.js";

// Sentences written for these tests, in the style of German news reports: the plan of a body, a modal of intent
// whose clause ends in an infinitive ("Die Regierung will die Steuer senken"), is the body's claim; a person's
// wish, a pronoun or "man", the past "wollte" and a modal with no infinitive give nothing.
const PUB = "2026-03-10";
const { claims, one } = sentenceClaims(PUB, "de");

describe("a body's plan with a modal of intent is its claim", () => {
  it.each([
    ["Die Regierung will die Steuer im kommenden Jahr senken.", "Die Regierung"],
    ["Die Partei will die Schulen mit zusätzlich zwei Milliarden Euro fördern.", "Die Partei"],
    ["Mehrere Gewerkschaften wollen ihre Mitglieder zu Warnstreiks aufrufen.", "Mehrere Gewerkschaften"],
    ["Am Montag wollen die Gewerkschaften zu Streiks aufrufen.", "die Gewerkschaften"],
    ["Darüber hinaus will sich die Partei für höhere Löhne einsetzen.", "die Partei"],
    ["Mit der neuen Stelle will sich das Bundesinnenministerium stärker positionieren.", "das Bundesinnenministerium"],
    ["Verkehr: Die Stadtverwaltung will die Brücke bis zum Sommer sanieren.", "Die Stadtverwaltung"],
  ])("%s", (text, speaker) => {
    const c = one(text);
    expect(c.speaker.mention).toBe(speaker);
    expect(c.kind).toBe("indirect");
    expect(c.assertion).toBe(text);
    expect(c.cue).toMatch(/^(will|wollen)$/);
  });
  it.each([
    ["Er will nach Hause gehen."],
    ["Der Minister will die Steuer senken."],
    ["Die Kinder wollen draußen spielen."],
    ["Jetzt will man die Brücke sperren."],
    ["Die Polizei wollte den Mann festnehmen."],
    ["Die Stadt will einen neuen Park."],
    ["Will die Regierung die Steuer senken?"],
    ["„Wir wollen die Steuer senken“, sagte die Ministerin."],
  ])("negative: %s", (text) => {
    const cs = claims(text);
    expect(cs.filter((c) => c.cue === "will" || c.cue === "wollen")).toHaveLength(0);
  });
});
