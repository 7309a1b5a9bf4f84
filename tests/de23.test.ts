import { describe, expect, it } from "vitest";
import { sentenceClaims } from "./helpers/one-claim.js";

// Sentences written for these tests, in the style of German news reports: a subject before the verb keeps
// the claim when dates closed by a comma follow the verb, and a name that opens the sentence right before
// the verb is not displaced by the person addressed after it.
const PUB = "2026-03-10";
const { one } = sentenceClaims(PUB, "de");

describe("dates after the verb closed by a comma open the content, not the subject", () => {
  it.each([
    ["Die Ministerin sagte am Dienstag, der Entwurf sei ein Fehler.", "Die Ministerin", "der Entwurf sei ein Fehler."],
    ["Der Sprecher erklärte am Montag, die Polizei habe zwei Männer festgenommen.", "Der Sprecher", "die Polizei habe zwei Männer festgenommen."],
    ["Die Bürgermeisterin sagte gestern, der Stadtrat werde im Mai entscheiden.", "Die Bürgermeisterin", "der Stadtrat werde im Mai entscheiden."],
    ["Müller sagte am Dienstag, er sei mit dem Ergebnis zufrieden.", "Müller", "er sei mit dem Ergebnis zufrieden."],
  ])("%s", (text, speaker, assertion) => {
    const c = one(text);
    expect(c.speaker.mention).toBe(speaker);
    expect(c.assertion).toBe(assertion);
  });
  // negatives: a subject after the verb (and dates after it) still speaks
  it.each([
    ["Am Montag sagte der Minister, die Regierung müsse handeln.", "der Minister", "die Regierung müsse handeln."],
    ["Am Montag sagte Steinmeier, die Regierung müsse handeln.", "Steinmeier", "die Regierung müsse handeln."],
  ])("negative: %s", (text, speaker, assertion) => {
    const c = one(text);
    expect(c.speaker.mention).toBe(speaker);
    expect(c.assertion).toBe(assertion);
  });
});

describe("a name that opens the sentence before the verb is its subject, the phrase after it the addressee", () => {
  it.each([
    ["Müller sagte der Zeitung, die Lage sei ernst.", "Müller"],
    ["Krause sagte am Dienstag dem Sender, die Brücke bleibe gesperrt.", "Krause"],
    ["Anna Schmidt sagte dem Sender, die Lage sei ernst.", "Anna Schmidt"],
  ])("%s", (text, speaker) => {
    const c = one(text);
    expect(c.speaker.mention).toBe(speaker);
    expect(c.assertion).not.toContain(speaker);
  });
  // negative: with something else before the verb, the subject after it still speaks
  it("negative: Nach der Sitzung sagte der Minister, …", () => {
    const c = one("Nach der Sitzung sagte der Minister, die Regierung müsse handeln.");
    expect(c.speaker.mention).toBe("der Minister");
  });
});
