import { describe, expect, it } from "vitest";
import { sentenceClaims } from "./helpers/one-claim.js";

// Sentences written for these tests: German stance verbs, noun sources and relative clauses of saying.
const PUB = "2026-03-10";
const { claims, one } = sentenceClaims(PUB, "de");

describe("ruling out with a clause of fact reports, negated or not", () => {
  it.each([
    ["Der Bürgermeister hat ausgeschlossen, dass die Gebühren steigen.", "Der Bürgermeister", "ausgeschlossen", "die Gebühren steigen."],
    ["Der Bürgermeister hat nicht ausgeschlossen, dass die Gebühren steigen.", "Der Bürgermeister", "nicht ausgeschlossen", "die Gebühren steigen."],
    ["Die Ministerin schloss aus, dass weitere Schulen geschlossen werden.", "Die Ministerin", "schloss aus", "weitere Schulen geschlossen werden."],
    ["Der Verband schließt aus, mit der Konkurrenz zu fusionieren.", "Der Verband", "schließt aus", "mit der Konkurrenz zu fusionieren."],
  ])("%s", (text, mention, cue, content) => {
    const c = one(text);
    expect(c.kind).toBe("indirect");
    expect(c.speaker.mention).toBe(mention);
    expect(c.cue).toBe(cue);
    expect(c.assertion).toBe(content);
  });

  it.each([
    "Der Verein hatte den Torwart ausgeschlossen, nachdem er den Schiedsrichter beleidigt hatte.",
    "Der Abgeordnete wurde aus der Fraktion ausgeschlossen, die ihn lange unterstützt hatte.",
    "Die Ärzte schlossen eine Vergiftung aus.",
    "Ein Defekt gilt als ausgeschlossen, da die Bremsen geprüft wurden.",
  ])("no content clause, no claim: %s", (text) => {
    expect(claims(text)).toHaveLength(0);
  });
});
