import { describe, expect, it } from "vitest";
import { type Claim, extractClaims } from "../src/index.js";

/**
 * de44: German recall on news the project has not seen. Sentences the team wrote (no corpus text), positives and
 * negatives, for each construction.
 */
const claims = (text: string, language = "de"): Claim[] => extractClaims({ id: "t", text, language, publishedAt: "2026-05-12" }).claims;
const said = (text: string, language = "de") =>
  claims(text, language).map((c) => ({ who: c.speaker.mention ?? c.speaker.name, what: c.assertion, cue: c.cue }));

describe("de44: a perfect whose participle closes the sentence, its object before it", () => {
  it("reads the object between the auxiliary and the participle as what was announced, rejected or criticised", () => {
    const cases: [string, string, string][] = [
      ["Die Gewerkschaft hat am Dienstag einen landesweiten Streik angekündigt.", "Gewerkschaft", "einen landesweiten Streik"],
      ["Die Bürgermeisterin Hanna Roth hat ihren Rücktritt bekannt gegeben.", "Hanna Roth", "ihren Rücktritt"],
      ["Der Vorstand hat die Vorwürfe des Betriebsrats zurückgewiesen.", "Vorstand", "die Vorwürfe des Betriebsrats"],
      ["Der Verband hat die neue Regelung scharf kritisiert.", "Verband", "die neue Regelung scharf"],
      ["Die Ministerin hatte bereits am Montag Fehler bei der Vergabe eingeräumt.", "Ministerin", "Fehler bei der Vergabe"],
      ["Gestern hat die Stadtverwaltung eine Überprüfung der Brücken angekündigt.", "Stadtverwaltung", "eine Überprüfung der Brücken"],
    ];
    for (const [text, who, what] of cases) {
      const got = said(text);
      expect(got, text).toHaveLength(1);
      expect(got[0]!.who, text).toContain(who);
      expect(got[0]!.what, text).toBe(what);
    }
  });

  it("leaves a clause of content after the participle as it was", () => {
    const got = said("Der Landrat hatte am Montag angekündigt, die Gebühren zu senken.");
    expect(got).toHaveLength(1);
    expect(got[0]!.what).toBe("die Gebühren zu senken.");
    const two = said("Die Sprecherin hat gesagt, dass die Schule geschlossen bleibt.");
    expect(two).toHaveLength(1);
    expect(two[0]!.what).toBe("die Schule geschlossen bleibt.");
  });

  it("gives no claim for a participle that is no speech act, nor for a sentence of a court", () => {
    for (const text of [
      "Das Landgericht hat den Angeklagten zu vier Jahren Haft verurteilt.",
      "Die Polizei hat den Fahrer noch am Abend festgenommen.",
      "Der Mann hat das Fahrrad gestohlen.",
      "Die Firma hat im vergangenen Jahr neue Filialen eröffnet.",
      "Der Verein hat den Trainer entlassen.",
    ])
      expect(said(text), text).toEqual([]);
  });

  it("needs an object: an auxiliary right before the participle reports nothing", () => {
    expect(said("Das Ergebnis wird angekündigt.")).toEqual([]);
  });
});

describe("de44: a cue phrase that opens the sentence", () => {
  it("is read without looking for a clause before it", () => {
    const got = said("Für wahrscheinlich hält es der Bürgermeister, dass die Halle im Herbst öffnet.");
    expect(got).toHaveLength(1);
    expect(got[0]!.what).toBe("die Halle im Herbst öffnet.");
  });
});
