import { describe, expect, it } from "vitest";
import { extractClaims, type Claim } from "../src/index.js";

// Sentences written for these tests: German "sollen" with a plain infinitive (what is to happen) right after a
// body's plan ("Die Partei will …") goes on with that plan; after a report of fact, a direct quotation, a source
// phrase or narration it stays the writer's news (see also tests/attribution-de-18b.test.ts).
const PUB = "2026-03-10";
const claims = (text: string): Claim[] => extractClaims({ id: "t", text, language: "de", publishedAt: PUB }).claims;
const show = (cs: Claim[]) => JSON.stringify(cs.map((c) => [c.speaker.name, c.cue, c.assertion]));

describe("'sollen' with a plain infinitive after a body's plan", () => {
  it.each([
    [
      "Die Partei will die Krankenversicherung umbauen. Auch Beamte sollen in die Versicherung einbezogen werden.",
      "Die Partei",
      "Auch Beamte sollen in die Versicherung einbezogen werden.",
    ],
    [
      "Die Landesregierung will mehr Lehrer einstellen. Dafür sollen 300 Millionen Euro bereitgestellt werden.",
      "Die Landesregierung",
      "Dafür sollen 300 Millionen Euro bereitgestellt werden.",
    ],
    [
      "Der Konzern will sein Werk in Emden umrüsten. Dort soll künftig auch ein Kleinwagen vom Band laufen.",
      "Der Konzern",
      "Dort soll künftig auch ein Kleinwagen vom Band laufen.",
    ],
  ])("%s", (text, speaker, content) => {
    const cs = claims(text);
    expect(cs, show(cs)).toHaveLength(2);
    expect(cs[1]!.speaker.name).toBe(speaker);
    expect(cs[1]!.cue).toBeNull();
    expect(cs[1]!.kind).toBe("indirect");
    expect(cs[1]!.assertion).toBe(content);
  });

  it("a run of such sentences is one claim", () => {
    const cs = claims("Die Partei will die Steuern senken. Die Einkommensteuer soll um drei Punkte sinken. Die Einnahmen sollen vor allem der Bildung dienen.");
    expect(
      cs.map((c) => c.assertion),
      show(cs),
    ).toEqual(["Die Partei will die Steuern senken.", "Die Einkommensteuer soll um drei Punkte sinken. Die Einnahmen sollen vor allem der Bildung dienen."]);
  });

  it.each([
    // no claim before: a plan told by the writer
    "Der Rettungsdienst war im Einsatz. Die Brücke soll im Sommer saniert werden.",
    // after a report of fact, even one that went on in the Konjunktiv
    "Die Polizei teilte mit, der Fahrer sei betrunken gewesen. Die Straße soll morgen wieder geöffnet werden.",
    "Die Polizei teilte mit, der Fahrer sei betrunken gewesen. Er habe Glück gehabt. Die Straße soll morgen wieder geöffnet werden.",
    "Der Minister sagte, die Reform komme im Herbst. Die Beiträge sollen sinken.",
    // narration between the plan and the modal
    "Die Partei will die Steuern senken. Das Kabinett tagte am Abend. Die Beiträge sollen sinken.",
    // after a direct quotation the writer speaks again
    "„Wir wollen schneller bauen“, sagte der Minister. Die neue Strecke soll 2030 eröffnet werden.",
    // after a source phrase, which vouches for one statement
    "Nach Angaben der Polizei wurde niemand verletzt. Die Toten sollen in ihrer Heimat bestattet werden.",
    // the modal as a second verb after a conjunction in a sentence of narration
    "Die Partei will die Steuern senken. Der Entwurf heißt Zukunftspaket und soll Familien entlasten.",
    // the modal with no infinitive closing the clause
    "Die Partei will die Steuern senken. Was soll das?",
  ])("negative: %s", (text) => {
    const cs = claims(text);
    expect(
      cs.filter((c) => /\bsollen?\b/.test(c.assertion)),
      show(cs),
    ).toEqual([]);
  });
});
