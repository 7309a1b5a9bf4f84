import { describe, expect, it } from "vitest";
import { sentenceClaims } from "./helpers/one-claim.js";

// Sentences written for these tests, in the style of short Wikinews reports (politics, sport, courts, police):
// German leftovers of issue 11 — plans and decisions announced with a zu-infinitive, separable verbs whose
// particle closes an addressee before the comma, a place or an occasion between the verb and the comma,
// clauses in the Konjunktiv after a verb that needs content, and the public broadcasters as media.
const PUB = "2026-03-10";
const { claims, show, one } = sentenceClaims(PUB, "de");

describe("a plan or a decision announced with a zu-infinitive is its content", () => {
  it.each([
    ["Die Landesregierung hat beschlossen, die Kitagebühren ab August abzuschaffen.", "Die Landesregierung", "die Kitagebühren ab August abzuschaffen."],
    ["Das Verkehrsministerium hat entschieden, der Firma die Zulassung zu entziehen.", "Das Verkehrsministerium", "der Firma die Zulassung zu entziehen."],
    ["Die Stadt plant, bis 2030 klimaneutral zu werden.", "Die Stadt", "bis 2030 klimaneutral zu werden."],
    ["Der Verein beabsichtigt, das Stadion bis zum Sommer umzubauen.", "Der Verein", "das Stadion bis zum Sommer umzubauen."],
    ["Der Stadtrat beschloss, die Buslinie 7 wieder einzuführen.", "Der Stadtrat", "die Buslinie 7 wieder einzuführen."],
    ["Der Angeklagte bot an, den Schaden in voller Höhe zu ersetzen.", "Der Angeklagte", "den Schaden in voller Höhe zu ersetzen."],
    ["Die Partei hatte angekündigt, bei der Wahl erneut anzutreten.", "Die Partei", "bei der Wahl erneut anzutreten."],
  ])("%s", (text, speaker, content) => {
    const c = one(text);
    expect(c.kind).toBe("indirect");
    expect(c.speaker.mention).toBe(speaker);
    expect(c.assertion).toBe(content);
  });

  it.each([
    "Der Stadtrat beschloss am Abend den Haushalt.",
    "Die Minister beschlossen am Abend ein neues Sanktionspaket.",
    "Die Familie plant eine Reise nach Italien.",
    "Das Gericht entschied zugunsten der Kläger.",
    "Der Händler bot die Ware zu einem niedrigen Preis an.",
    "Die Feuerwehr war schnell bereit.",
    "Der Stürmer schlug den Ball ins Tor.",
    "Die Feuerwehr schlug am Abend Alarm.",
    "Der Versuch, die Mauer abzureißen, scheiterte.",
  ])("no content, no claim: %s", (text) => {
    const cs = claims(text);
    expect(cs, show(cs)).toHaveLength(0);
  });
});

describe("a separable verb's particle closes its addressee: the content follows the comma", () => {
  it.each([
    ["Die Gewerkschaft ruft alle Beschäftigten dazu auf, die Arbeit niederzulegen.", "Die Gewerkschaft", "die Arbeit niederzulegen."],
    ["Die Polizei forderte die Anwohner auf, Fenster und Türen geschlossen zu halten.", "Die Polizei", "Fenster und Türen geschlossen zu halten."],
    ["Die Ministerin schlug den Ländern vor, die Ferien zu verlängern.", "Die Ministerin", "die Ferien zu verlängern."],
  ])("%s", (text, speaker, content) => {
    const c = one(text);
    expect(c.speaker.mention).toBe(speaker);
    expect(c.assertion).toBe(content);
  });
});

describe("a place or an occasion between the verb and the comma is no content (verb second)", () => {
  it.each([
    ["Keller sagte 2019 in Berlin, die Reform sei überfällig.", "die Reform sei überfällig.", "2019"],
    ["Keller sagte 2019 in einem Interview, die Reform sei überfällig.", "die Reform sei überfällig.", "2019"],
    ["Der Minister erklärte vor Journalisten in Berlin, die Lage sei ernst.", "die Lage sei ernst.", PUB],
    ["Die Trainerin sagte am Montag in Köln, das Team sei bereit.", "das Team sei bereit.", "2026-03-09"],
  ])("%s", (text, content, date) => {
    const c = one(text);
    expect(c.assertion).toBe(content);
    expect(c.date.iso).toBe(date);
  });

  it("a year that opens the content stays in it", () => {
    const c = one("Keller sagte, 2019 in Berlin sei die Lage anders gewesen.");
    expect(c.assertion).toBe("2019 in Berlin sei die Lage anders gewesen.");
    expect(c.date.iso).toBe(PUB);
  });

  it("a clause a conjunction opens after the comma is not the content", () => {
    const cs = claims("Sie sagte in Berlin, als der Zug ankam, nichts.");
    expect(
      cs.every((c) => c.assertion !== "als der Zug ankam, nichts."),
      show(cs),
    ).toBe(true);
  });

  it("a verb whose object is its content keeps the phrase", () => {
    const c = one("Der Minister sprach von einem Erfolg, der lange vorbereitet worden sei.");
    expect(c.assertion).toBe("einem Erfolg, der lange vorbereitet worden sei.");
  });
});

describe("a clause in the Konjunktiv is the content a verb needs", () => {
  it.each([
    ["Der Trainer ist überzeugt, die Mannschaft sei stark genug.", "Der Trainer", "die Mannschaft sei stark genug."],
    ["Die Polizei meldete, der Fahrer habe keinen Führerschein gehabt.", "Die Polizei", "der Fahrer habe keinen Führerschein gehabt."],
  ])("%s", (text, speaker, content) => {
    const c = one(text);
    expect(c.speaker.mention).toBe(speaker);
    expect(c.assertion).toBe(content);
  });

  it.each([
    "Die Firma meldete am Montag Insolvenz an.",
    "Der Zeuge meldete sich bei der Polizei.",
    "Das Unternehmen meldete einen Gewinn von zwei Millionen Euro.",
  ])("no content, no claim: %s", (text) => {
    const cs = claims(text);
    expect(cs, show(cs)).toHaveLength(0);
  });
});

describe("public broadcasters are media", () => {
  it.each([
    ["de", "Wie das ZDF berichtete, wurde der Vertrag verlängert.", "ZDF"],
    ["de", "Laut ARD ist der Minister zurückgetreten.", "ARD"],
    ["de", "Der Deutschlandfunk meldete, der Minister sei zurückgetreten.", "Deutschlandfunk"],
    ["de", "Nach Angaben des ORF wurde die Grenze geschlossen.", "ORF"],
    ["en", "According to ZDF, the minister has resigned.", "ZDF"],
  ])("%s: %s", (language, text, name) => {
    const c = one(text, language);
    expect(c.speaker.name).toBe(name);
    expect(c.speaker.kind).toBe("media");
  });
});

describe("an appeal and a state before the comma", () => {
  it.each([
    ["Die Polizei bittet um Hinweise aus der Bevölkerung.", "Die Polizei", "Hinweise aus der Bevölkerung."],
    ["Die Polizei bittet die Bevölkerung um Mithilfe bei der Suche nach dem Vermissten.", "Die Polizei", "Mithilfe bei der Suche nach dem Vermissten."],
    ["Der Trainer zeigte sich überzeugt, die Mannschaft sei stark.", "Der Trainer", "die Mannschaft sei stark."],
    ["Die Ministerin zeigte sich sehr erleichtert, dass niemand verletzt wurde.", "Die Ministerin", "niemand verletzt wurde."],
  ])("%s", (text, speaker, content) => {
    const c = one(text);
    expect(c.speaker.mention).toBe(speaker);
    expect(c.assertion).toBe(content);
  });

  it.each(["Der Gast bat den Kellner um die Rechnung.", "Er bat sie um ihre Hand.", "Die Folgen zeigten sich erst am Morgen."])("no claim: %s", (text) => {
    const cs = claims(text);
    expect(cs, show(cs)).toHaveLength(0);
  });
});

describe("a medium addressed in the dative before the comma is no content", () => {
  it.each([
    ["Ein Sprecher des Roten Kreuzes sagte dem ORF, die Rettungskräfte seien schnell vor Ort gewesen.", "die Rettungskräfte seien schnell vor Ort gewesen."],
    ["Der Minister sagte der Zeitung, die Lage sei ernst.", "die Lage sei ernst."],
  ])("%s", (text, content) => {
    expect(one(text).assertion).toBe(content);
  });

  it("an object that is no medium stays in the content", () => {
    expect(one("Der Minister bestätigte den Bericht, der am Montag erschienen war.").assertion).toBe("den Bericht, der am Montag erschienen war.");
  });
});
