import { describe, expect, it } from "vitest";
import { sentenceClaims } from "./helpers/one-claim.js";

// Sentences written for these tests, in the style of short Wikinews reports (police, courts, ministries):
// German leftovers of issue 11 — compound nouns of public bodies as institutions, a description with a
// complement and a place before the verb, and a second reporting verb coordinated after a verb and its object.
const PUB = "2026-03-10";
const { one, claims } = sentenceClaims(PUB, "de");

describe("a compound noun of a public body heads an institution (grammar.bodySuffixes)", () => {
  it.each([
    ["Das Verkehrsministerium teilte mit, dass die Talbrücke bis Mai gesperrt bleibt.", "Das Verkehrsministerium"],
    ["Die Bundesregierung erklärte, sie werde die Hilfen für Landwirte verlängern.", "Die Bundesregierung"],
    ["Die Staatsanwaltschaft erklärte, der Verdächtige sei am Morgen festgenommen worden.", "Die Staatsanwaltschaft"],
    ["Der Gemeinderat teilte mit, die Grundschule bleibe bis Ostern geschlossen.", "Der Gemeinderat"],
    ["Die Umweltbehörde warnte, das Wasser des Sees sei belastet.", "Die Umweltbehörde"],
    ["Die Bundespolizei meldete, dass zwei Männer am Bahnhof festgenommen wurden.", "Die Bundespolizei"],
    ["Das Landgericht Hamburg teilte mit, der Prozess beginne im Mai.", "Das Landgericht Hamburg"],
    ["Das Amtsgericht in Celle erklärte, das Urteil sei rechtskräftig.", "Das Amtsgericht in Celle"],
  ])("%s", (text, speaker) => {
    const c = one(text);
    expect(c.speaker.mention).toBe(speaker);
    expect(c.speaker.kind).toBe("institution");
  });

  it.each([
    // a noun of office that ends as a body does is a person's
    ["Der Landrat erklärte, die Kreisstraße bleibe gesperrt.", "Der Landrat"],
    ["Der Polizeipräsident erklärte, die Lage sei ruhig.", "Der Polizeipräsident"],
    // a person of a body stays a description
    ["Ein Sprecher des Innenministeriums sagte, die Grenze bleibe offen.", "Ein Sprecher des Innenministeriums"],
    ["Der Berater erklärte, die Lage sei ernst.", "Der Berater"],
  ])("not a body: %s", (text, speaker) => {
    const c = one(text);
    expect(c.speaker.mention).toBe(speaker);
    expect(c.speaker.kind).not.toBe("institution");
  });
});

describe("a description with a complement and a place before the verb is the whole speaker", () => {
  it.each([
    [
      "Die Sonderkommission der Polizei in Anklam bittet um Hinweise aus der Bevölkerung.",
      "Die Sonderkommission der Polizei in Anklam",
      "Hinweise aus der Bevölkerung.",
    ],
    ["Der Sprecher der Polizei in Anklam teilte mit, der Wagen sei gefunden worden.", "Der Sprecher der Polizei in Anklam", "der Wagen sei gefunden worden."],
    [
      "Die Mordkommission der Kriminalpolizei in Lübeck teilte mit, der Wagen sei sichergestellt.",
      "Die Mordkommission der Kriminalpolizei in Lübeck",
      "der Wagen sei sichergestellt.",
    ],
  ])("%s", (text, speaker, content) => {
    const c = one(text);
    expect(c.speaker.mention).toBe(speaker);
    expect(c.assertion).toBe(content);
  });

  it("English: the spokesman for the police in a town", () => {
    const c = one("The spokesman for the police in Anklam said the car had been found.", "en");
    expect(c.speaker.mention).toBe("The spokesman for the police in Anklam");
    expect(c.assertion).toBe("the car had been found.");
  });

  it.each([
    // a source phrase opening the sentence is no subject before a preposition
    ["Nach Angaben der Polizei in Anklam wurde der Wagen gefunden.", "Polizei"],
  ])("not a subject phrase: %s", (text, speaker) => {
    const c = one(text);
    expect(c.speaker.name).toBe(speaker);
  });
});

// Stop 37 (en31): each act is a claim of the subject, as PolNeAR counts relations and the contract allows
// ("X said A and added B may be one or two"): the first act with its object, the second with its clause.
describe("a second reporting verb coordinated after a verb and its object reports, for the same subject", () => {
  it.each([
    [
      "Die Polizei bestätigte den Vorfall und gab an, dass drei Menschen verletzt wurden.",
      "Die Polizei",
      "bestätigte",
      "den Vorfall",
      "gab an",
      "drei Menschen verletzt wurden.",
    ],
    [
      "Der Minister bestätigte den Bericht und sagte, die Truppen würden abgezogen.",
      "Der Minister",
      "bestätigte",
      "den Bericht",
      "sagte",
      "die Truppen würden abgezogen.",
    ],
    [
      "Die Firma wies die Vorwürfe zurück und erklärte, sie habe korrekt gehandelt.",
      "Die Firma",
      "wies",
      "die Vorwürfe",
      "erklärte",
      "sie habe korrekt gehandelt.",
    ],
  ])("%s", (text, speaker, cue1, object, cue2, content) => {
    const [a, b, ...rest] = claims(text);
    expect(rest).toHaveLength(0);
    expect([a?.speaker.mention, a?.cue]).toEqual([speaker, cue1]);
    // (the object; a separable verb's particle still follows it: "die Vorwürfe zurück")
    expect(a?.assertion.startsWith(object)).toBe(true);
    // (the same speaker; the second act's subject is implicit, so it has no mention of its own)
    expect([b?.speaker.name, b?.cue, b?.assertion]).toEqual([a?.speaker.name, cue2, content]);
  });

  it("English: confirmed the incident and said that …", () => {
    const [a, b, ...rest] = claims("The police confirmed the incident and said that three people were hurt.", "en");
    expect(rest).toHaveLength(0);
    expect([a?.cue, a?.assertion]).toEqual(["confirmed", "the incident"]);
    expect([b?.cue, b?.assertion]).toEqual(["said", "three people were hurt."]);
  });

  it.each([
    // no second verb of report: the first verb keeps its object
    ["Der Minister bestätigte den Bericht und die Zahlen.", "bestätigte", "den Bericht und die Zahlen."],
  ])("first verb keeps its object: %s", (text, cue, content) => {
    const c = one(text);
    expect(c.cue).toBe(cue);
    expect(c.assertion).toBe(content);
  });
});

describe("a first part of a compound cut short by a hyphen before 'und' is one name with the word after it", () => {
  it.each([
    ["Das Bau- und Verkehrsministerium kündigte an, der Firma die Lizenz zu entziehen.", "Das Bau- und Verkehrsministerium"],
    ["Die Bundes- und Landespolizei teilte mit, die Grenze sei ruhig.", "Die Bundes- und Landespolizei"],
  ])("%s", (text, speaker) => {
    const c = one(text);
    expect(c.speaker.name).toBe(speaker);
    expect(c.speaker.kind).toBe("institution");
  });

  it("two bodies joined by 'und' stay a group", () => {
    const c = one("Die Polizei und die Feuerwehr teilten mit, die Straße sei frei.");
    expect(c.speaker.kind).toBe("group");
    expect(c.speaker.mention).toBe("Die Polizei und die Feuerwehr");
  });
});
