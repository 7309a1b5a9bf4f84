import { describe, expect, it } from "vitest";
import { sentenceClaims } from "./helpers/one-claim.js";

// Sentences written for these tests: a report negated by its own words ("wollte nicht ausschließen, dass …",
// "konnte nicht bestätigen, dass …") is still a report when a clause of fact follows it; without one the
// negation cancels the cue.
const PUB = "2026-03-10";
const { claims, show, one } = sentenceClaims(PUB, "de");

describe("a negated report with a clause of fact is a report", () => {
  it.each([
    ["Der Minister wollte nicht ausschließen, dass die Steuern steigen.", "Der Minister", "nicht ausschließen", "die Steuern steigen."],
    ["Die Polizei konnte nicht bestätigen, dass der Täter gefasst wurde.", "Die Polizei", "bestätigen", "der Täter gefasst wurde."],
    ["Die Regierung schloss nicht aus, dass die Wahl verschoben wird.", "Die Regierung", "schloss nicht aus", "die Wahl verschoben wird."],
    ["Der Trainer hat nicht ausgeschlossen, dass er den Verein verlässt.", "Der Trainer", "nicht ausgeschlossen", "er den Verein verlässt."],
  ])("%s", (text, mention, cue, content) => {
    const c = one(text);
    expect(c.speaker.mention).toBe(mention);
    expect(c.cue).toBe(cue);
    expect(c.assertion).toBe(content);
    expect(c.kind).toBe("indirect");
  });

  it("a pronoun as the subject resolves to who was named", () => {
    const cs = claims("Anna Berger leitet das Amt. Sie konnte nicht bestätigen, dass die Schule geschlossen wird.");
    expect(cs, show(cs)).toHaveLength(1);
    expect(cs[0]!.speaker.name).toBe("Anna Berger");
    expect(cs[0]!.assertion).toBe("die Schule geschlossen wird.");
  });

  it.each([
    // (no reporting verb: the "dass" clause is no content of "gehen")
    "Er wollte nicht nach Hause gehen, dass es regnet.",
    // (ruling out with a noun object: no clause of fact, and "ausschließen" also means to expel)
    "Er schloss einen Rücktritt aus.",
    "Die Partei hat ihn ausgeschlossen.",
    "Die Partei hat den Abgeordneten nicht ausgeschlossen.",
    // (ruling out with no negation takes a noun as often: a clause after it is no content)
    "Der Minister hatte ein Eingreifen zunächst ausgeschlossen, nachdem er Soldaten geschickt hatte.",
    // (a negated verb before "ob" or a question word reports nothing)
    "Der Minister wollte nicht sagen, ob die Steuern steigen.",
    "Der Sprecher wollte nicht kommentieren, wann die Steuern steigen.",
    "Der Sprecher wollte sich nicht äußern.",
    "Der Sprecher hat den Bericht nicht kommentiert.",
  ])("no claim: %s", (text) => {
    const cs = claims(text);
    expect(cs, show(cs)).toHaveLength(0);
  });

  it("English is unchanged: a negated verb stays cancelled", () => {
    const cs = claims("The ministry did not comment, and the talks went on.", "en");
    expect(cs, show(cs)).toHaveLength(0);
  });
});

describe("a medium's title right after a verb of saying, set off by a comma, is whom the speaker told", () => {
  it.each([
    ["Müller sagte der „Welt am Sonntag“, die Lage sei ernst.", "Müller", "die Lage sei ernst."],
    ["Der Minister sagte dem „Spiegel“, die Regierung plane neue Steuern.", "Der Minister", "die Regierung plane neue Steuern."],
    ["Der Trainer sagte der „Bild“, er werde bleiben.", "Der Trainer", "er werde bleiben."],
  ])("%s", (text, mention, content) => {
    const c = one(text);
    expect(c.speaker.mention).toBe(mention);
    expect(c.assertion).toBe(content);
    expect(c.kind).toBe("indirect");
    // (the weekday in the title dates nothing: the claim falls back to the publication date)
    expect(c.date.iso).toBe(PUB);
  });

  it.each([
    // (a relative clause on a quoted word: its pronoun repeats the article; or a comma closes it)
    ["Müller kritisierte die „Reform“, die beschlossen wurde.", "die „Reform“, die beschlossen wurde."],
    ["Müller kritisierte die „Reform“, die im Mai beschlossen wurde, scharf.", "die „Reform“, die im Mai beschlossen wurde, scharf."],
    // (a quotation inside the content, not after the verb)
    ["Müller sagte, die „Reform“ sei gescheitert.", "die „Reform“ sei gescheitert."],
  ])("the quotation stays content: %s", (text, content) => {
    const c = one(text);
    expect(c.assertion).toBe(content);
    expect(c.kind).toBe("mixed");
  });
});

describe("diplomats of a body, described together, announce a plan", () => {
  it.each(["EU-Diplomaten wollen die Sanktionen verlängern.", "Die EU-Diplomaten wollen die Sanktionen verlängern."])("%s", (text) => {
    const c = one(text);
    expect(c.cue).toBe("wollen");
    expect(c.speaker.kind).toBe("group");
    expect(c.assertion).toBe(text);
  });

  it("they report with a verb of saying too", () => {
    const c = one("EU-Diplomaten sagten, die Gespräche seien gescheitert.");
    expect(c.assertion).toBe("die Gespräche seien gescheitert.");
  });

  it.each([
    // (no body's short name: diplomats in general may only wish)
    "Diplomaten wollen die Sanktionen verlängern.",
    "Die Diplomaten wollen nach Hause fahren.",
    // (one diplomat, a person: "will" is no group's modal)
    "Der EU-Diplomat will die Sanktionen verlängern.",
    // (no infinitive)
    "EU-Diplomaten wollen.",
  ])("no claim: %s", (text) => {
    const cs = claims(text);
    expect(cs, show(cs)).toHaveLength(0);
  });
});
