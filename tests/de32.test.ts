import { describe, expect, it } from "vitest";
import { extractClaims, type Claim } from "../src/index.js";

// Sentences written for these tests: German "sollen" with a plain infinitive (what is to happen) right after a
// claim in reported speech goes on with what its speaker announced; elsewhere it stays narration.
const PUB = "2026-03-10";
const claims = (text: string): Claim[] => extractClaims({ id: "t", text, language: "de", publishedAt: PUB }).claims;
const show = (cs: Claim[]) => JSON.stringify(cs.map((c) => [c.speaker.name, c.cue, c.assertion]));

describe("'sollen' with a plain infinitive after a reported claim", () => {
  it.each([
    [
      "Der neue Vorstandschef Karl Brandt hat angekündigt, die Sanierung werde Stellen kosten. Die Kürzungen sollen vor allem die Verwaltung treffen.",
      "Karl Brandt",
      "Die Kürzungen sollen vor allem die Verwaltung treffen.",
    ],
    [
      "Ein Sprecher des Ministeriums sagte, dass das Land genug Kapazitäten habe. Allerdings soll die Hilfe kein Dauerzustand werden.",
      "Ein Sprecher des Ministeriums",
      "Allerdings soll die Hilfe kein Dauerzustand werden.",
    ],
    [
      "Die Bürgermeisterin erklärte, die Brücke sei marode. Sie soll im Sommer gesperrt und bis 2028 neu gebaut werden.",
      "Die Bürgermeisterin",
      "Sie soll im Sommer gesperrt und bis 2028 neu gebaut werden.",
    ],
  ])("%s", (text, speaker, content) => {
    const cs = claims(text);
    expect(cs, show(cs)).toHaveLength(2);
    expect(cs[1]!.speaker.name).toContain(speaker);
    expect(cs[1]!.cue).toBeNull();
    expect(cs[1]!.assertion).toBe(content);
  });

  it("a run of such sentences is one claim", () => {
    const cs = claims(
      "Der Minister sagte, die Reform komme im Herbst. Die Beiträge sollen sinken. Dabei sollen Familien entlastet werden.",
    );
    expect(cs.map((c) => c.assertion), show(cs)).toEqual([
      "die Reform komme im Herbst.",
      "Die Beiträge sollen sinken. Dabei sollen Familien entlastet werden.",
    ]);
  });

  it.each([
    // no claim before: a plan told by the writer
    ["Der Rettungsdienst war im Einsatz. Die Brücke soll im Sommer saniert werden.", 0],
    // narration between the claim and the modal
    ["Der Minister sagte, die Reform komme im Herbst. Das Kabinett tagte am Abend. Die Beiträge sollen sinken.", 1],
    // after a direct quotation the writer speaks again
    ["„Wir wollen schneller bauen“, sagte der Minister. Die neue Strecke soll 2030 eröffnet werden.", 1],
    // after a source phrase, which vouches for one statement
    ["Nach Angaben der Polizei wurde niemand verletzt. Die Toten sollen in ihrer Heimat bestattet werden.", 1],
    // the modal as a second verb after a conjunction in a sentence of narration
    ["Der Minister sagte, die Reform komme im Herbst. Der Entwurf heißt Zukunftspaket und soll Familien entlasten.", 1],
    // the modal with no infinitive closing the clause
    ["Der Minister sagte, die Reform komme im Herbst. Was soll das?", 1],
  ])("negative: %s", (text, n) => {
    const cs = claims(text);
    expect(cs, show(cs)).toHaveLength(n);
  });
});
