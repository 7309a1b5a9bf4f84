import { describe, expect, it } from "vitest";
import { extractClaims, type Claim } from "../src/index.js";

// Sentences written for these tests. Hearsay "sollen" with a perfect infinitive ("Der Fahrer soll geflohen
// sein": he is said to have fled) goes on with the speaker of the claim right before it, as a sentence in
// the Konjunktiv I does; "sollen" with a plain infinitive (a plan, a duty), a copula or no claim before it
// stays narration.
const PUB = "2026-12-01";
const claims = (text: string): Claim[] => extractClaims({ id: "t", text, language: "de", publishedAt: PUB }).claims;
const dump = (cs: Claim[]) => JSON.stringify(cs.map((c) => [c.speaker.name, c.assertion]));

describe("hearsay 'sollen' with a perfect infinitive continues the claim before it", () => {
  it.each([
    ["Die Polizei teilte mit, der Fahrer sei betrunken gewesen. Er soll zuvor in einer Bar gewesen sein.", "Bar gewesen sein"],
    ["Die Feuerwehr erklärte, das Feuer sei in der Nacht ausgebrochen. Zwei Arbeiter sollen dabei verletzt worden sein.", "verletzt worden sein"],
    [
      "Der Vereinsvorstand sagte, die Kasse sei geprüft worden. Der frühere Kassenwart soll Spenden unterschlagen haben, um Schulden zu bezahlen.",
      "Spenden unterschlagen haben",
    ],
  ])("%s", (text, content) => {
    const cs = claims(text);
    expect(cs, dump(cs)).toHaveLength(2);
    expect(cs[1]!.assertion).toContain(content);
    expect(cs[1]!.speaker.name).toBe(cs[0]!.speaker.name);
  });

  it.each([
    // (a plan or a duty: "sollen" with a plain infinitive)
    "Die Polizei teilte mit, der Fahrer sei betrunken gewesen. Die Straße soll morgen wieder geöffnet werden.",
    // (a copula with a noun or an adjective, no participle)
    "Die Polizei teilte mit, der Fahrer sei betrunken gewesen. Zwei der Mitfahrer sollen Schüler sein.",
    "Die Stadt teilte mit, der Bau sei genehmigt worden. Die neue Brücke soll im Mai fertig sein.",
    // (no claim right before it: who says so is unknown)
    "Am Hafen brannte am Dienstag eine Lagerhalle. Zwei Arbeiter sollen dabei verletzt worden sein.",
  ])("%s", (text) => {
    const cs = claims(text);
    expect(
      cs.filter((c) => /sollen|soll /.test(c.assertion)),
      dump(cs),
    ).toHaveLength(0);
  });
});

// (2) An impersonal reporting verb set off by a comma at the end of the sentence ("…, hieß es.") reports what
// comes before it, with no source named: before, it looked for its content after itself and found none.
describe("an impersonal cue that closes the sentence reports what comes before it", () => {
  it.each([
    [
      "Die Verhandlungen über den Verkauf des Hafens seien ins Stocken geraten, hieß es.",
      "Die Verhandlungen über den Verkauf des Hafens seien ins Stocken geraten",
    ],
    ["Über die Höhe der Entschädigung habe man noch nicht gesprochen, hieß es weiter.", "Über die Höhe der Entschädigung habe man noch nicht gesprochen"],
  ])("%s", (text, content) => {
    const cs = claims(text);
    expect(cs, dump(cs)).toHaveLength(1);
    expect(cs[0]!.assertion).toBe(content);
    expect(cs[0]!.cue).toMatch(/^hieß es/);
  });

  it("in Polish too", () => {
    const cs = extractClaims({
      id: "t",
      text: "Rozmowy w sprawie portu będą kontynuowane w przyszłym tygodniu, podkreślono.",
      language: "pl",
      publishedAt: PUB,
    }).claims;
    expect(cs, dump(cs)).toHaveLength(1);
    expect(cs[0]!.assertion).toBe("Rozmowy w sprawie portu będą kontynuowane w przyszłym tygodniu");
  });

  it.each([
    // (the verb "heißen" as naming, not reporting)
    "Das alte Rathaus wurde 1910 gebaut und hieß damals anders.",
    // (too short to be content before it)
    "So hieß es.",
  ])("%s", (text) => {
    expect(claims(text), dump(claims(text))).toHaveLength(0);
  });
});
