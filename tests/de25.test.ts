import { describe, expect, it } from "vitest";
import { sentenceClaims } from "./helpers/one-claim.js";

// Sentences written for these tests, in the style of German news reports.
const PUB = "2026-03-10";
const { claims, one } = sentenceClaims(PUB, "de");

describe("a medium told in the dative after a trailing verb is no part of the speaker", () => {
  it.each([
    ["Die Steuerreform komme zu spät, sagte der Minister der Zeitung „Die Welt“.", "der Minister", "Die Steuerreform komme zu spät"],
    ["Die Reform sei gescheitert, sagte die Ministerin der Zeitung.", "die Ministerin", "Die Reform sei gescheitert"],
    ["Die Reform sei gescheitert, sagte Müller dem „Spiegel“.", "Müller", "Die Reform sei gescheitert"],
    ["Die Lage an der Grenze bleibe angespannt, sagte der Sprecher dem Sender.", "der Sprecher", "Die Lage an der Grenze bleibe angespannt"],
    ["Das Werk werde im Herbst schließen, sagte Weber im Gespräch mit dem „Handelsblatt“.", "Weber", "Das Werk werde im Herbst schließen"],
  ])("%s", (text, mention, assertion) => {
    const c = one(text);
    expect(c.speaker.mention).toBe(mention);
    expect(c.speaker.kind).not.toBe("media");
    expect(c.kind).toBe("indirect");
    expect(c.assertion).toBe(assertion);
  });
  // Negatives: a complement of the speaker that is no medium stays in the speaker's phrase; a genitive "des" is no dative.
  it.each([
    ["Die Lage sei ruhig, sagte der Sprecher der Polizei.", "der Sprecher der Polizei"],
    ["Die Lage sei ruhig, sagte der Chefredakteur des Senders.", "der Chefredakteur des Senders"],
    ["Die Lage sei ruhig, sagte die Sprecherin der Stadtverwaltung.", "die Sprecherin der Stadtverwaltung"],
  ])("%s", (text, mention) => {
    expect(one(text).speaker.mention).toBe(mention);
  });
  it("a quotation that is a fragment of the content, not a medium's title, keeps the claim mixed", () => {
    const c = one("Das sei „ein schwerer Fehler“ gewesen, sagte Müller dem Sender.");
    expect(c.speaker.mention).toBe("Müller");
    expect(c.kind).toBe("mixed");
  });
});

describe("a company's plan is a body's plan", () => {
  it.each([
    ["Die Deutsche Bank will im kommenden Jahr 3.000 Stellen streichen.", "Die Deutsche Bank"],
    ["Der Konzern will das Werk in Bochum bis zum Herbst schließen.", "Der Konzern"],
  ])("%s", (text, mention) => {
    const c = one(text);
    expect(c.speaker.mention).toBe(mention);
    expect(c.speaker.kind).toBe("institution");
    expect(c.cue).toBe("will");
    expect(c.assertion).toBe(text);
  });
  it("a person's errand to a bank is no claim", () => {
    expect(claims("Er will morgen zur Bank gehen und Geld abheben.")).toHaveLength(0);
  });
});
