import { describe, expect, it } from "vitest";
import { expectMediaReport, sentenceClaims } from "./helpers/one-claim.js";

// Sentences written for these tests, in the style of short Wikinews reports: a medium's title in quotation
// marks as the subject before the verb, the staff of a medium named with its paper in the genitive after the
// verb, and the members of a party or a body, described together, announcing a plan.
const PUB = "2026-03-10";
const { claims, show, one } = sentenceClaims(PUB, "de");

describe("a medium's title in quotation marks before the verb is the subject", () => {
  it.each([
    ["Der „Spiegel“ berichtete, die Regierung plane neue Steuern.", "Spiegel", "Der „Spiegel“", "die Regierung plane neue Steuern."],
    ["Wie der „Spiegel“ berichtete, plant die Regierung neue Steuern.", "Spiegel", "der „Spiegel“", "plant die Regierung neue Steuern."],
    ["Die „Bild“ schrieb am Montag, der Trainer werde den Verein verlassen.", "Bild", "Die „Bild“", "der Trainer werde den Verein verlassen."],
    [
      "Wie die „Süddeutsche Zeitung“ meldete, soll das Werk geschlossen werden.",
      "Süddeutsche Zeitung",
      "die „Süddeutsche Zeitung“",
      "soll das Werk geschlossen werden.",
    ],
    ["Die „Welt am Sonntag“ berichtete, dass der Minister zurücktreten wolle.", "Welt am Sonntag", "Die „Welt am Sonntag“", "der Minister zurücktreten wolle."],
  ])("%s", (text, name, mention, content) => {
    expectMediaReport(one(text), name, mention, content);
  });

  it("a title addressed before the verb leaves the subject after it", () => {
    const c = one("Der „Welt am Sonntag“ sagte Müller, die Regierung plane neue Steuern.");
    expect(c.speaker.name).toBe("Müller");
  });

  it.each([
    "Der „Spiegel“ berichtete über die Steuerpläne der Regierung.",
    "Die Zeitung druckte den „Aufruf“ am Montag.",
    "Der „Tatort“ lief am Sonntag im Ersten.",
  ])("no content or no title before a verb of saying, no claim: %s", (text) => {
    const cs = claims(text);
    expect(cs, show(cs)).toHaveLength(0);
  });

  it("a quotation set off by a comma before the verb stays its content", () => {
    const c = one("„Nein“, sagte der Minister.");
    expect(c.speaker.mention).toBe("der Minister");
    expect(c.assertion).toContain("Nein");
  });
});

describe("a medium after a noun of its staff, in the genitive, belongs to the speaker", () => {
  it.each([
    ["Die Lage sei ernst, sagte der Chefredakteur der Zeitung.", "der Chefredakteur der Zeitung"],
    ["Die Lage sei ernst, sagte die Korrespondentin der Nachrichtenagentur.", "die Korrespondentin der Nachrichtenagentur"],
  ])("%s", (text, mention) => {
    const c = one(text);
    expect(c.speaker.mention).toBe(mention);
    expect(c.assertion).toBe("Die Lage sei ernst");
  });

  it.each([
    // (a dative: the medium was told)
    ["Die Lage sei ernst, sagte der Chefredakteur dem Sender.", "der Chefredakteur"],
    // (no noun of a medium's staff: the minister told the paper)
    ["Die Lage sei ernst, sagte der Minister der Zeitung.", "der Minister"],
    ["Die Lage sei ernst, sagte der Minister der Zeitung „Die Welt“.", "der Minister"],
    // (a title after the paper: read as the medium told)
    ["Die Lage sei ernst, sagte ein Redakteur der Zeitung „Die Welt“.", "ein Redakteur"],
  ])("the addressee stays out of the speaker: %s", (text, mention) => {
    const c = one(text);
    expect(c.speaker.mention).toBe(mention);
  });
});

describe("the members of a body, described together, announce a plan", () => {
  it.each([
    ["Die CDU-Politiker wollen die Steuern senken.", "Die CDU-Politiker"],
    ["Die SPD-Abgeordneten wollen gegen den Haushalt stimmen.", "Die SPD-Abgeordneten"],
    ["Am Montag wollen die FDP-Minister einen eigenen Entwurf vorlegen.", "die FDP-Minister"],
  ])("%s", (text, mention) => {
    const c = one(text);
    expect(c.cue).toBe("wollen");
    expect(c.speaker.mention).toBe(mention);
    expect(c.assertion).toBe(text);
  });

  it.each([
    // (one person's wish is narration)
    "Der CDU-Politiker will die Steuern senken.",
    // (no body's members)
    "Die Kinder wollen im Park spielen.",
    "Die Touristen wollen am Abend nach Hause fahren.",
    // (what they tried, in the past)
    "Die CDU-Politiker wollten die Steuern senken.",
    // (no infinitive)
    "Die CDU-Politiker wollen das nicht.",
    // (a named person among them)
    "Die CDU-Politiker Hans Meier und Jens Kurz wollen die Steuern senken.",
  ])("no claim: %s", (text) => {
    const cs = claims(text);
    expect(cs, show(cs)).toHaveLength(0);
  });
});
