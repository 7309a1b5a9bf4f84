import { describe, expect, it } from "vitest";
import { extractClaims, type Claim } from "../src/index.js";

// Sentences written for these tests (German): reporting verbs and forms news copy uses that the pack
// lacked, separable verbs whose particle drifts to the end of the clause ("gab … an"), "Das/Dies
// berichtete X" for the sentence before, compound source nouns ("nach Unternehmensangaben"), a
// speech act with no content followed by the Konjunktiv I, and titles before one surname.
// These constructions are German only: no other pack has a mood of reported speech, particle
// verbs or one-word compounds; English "sources said" and Romance "selon X" are read already.
const PUB = "2026-12-01";
const claims = (text: string): Claim[] => extractClaims({ id: "t", text, language: "de", publishedAt: PUB }).claims;
const one = (text: string): Claim => {
  const cs = claims(text);
  expect(cs, text).toHaveLength(1);
  return cs[0]!;
};

describe("reporting verbs with a clause after them", () => {
  it.each([
    ["Die Anwälte der Klägerin argumentierten außerdem, die Frist sei abgelaufen.", "Die Anwälte der Klägerin", "die Frist sei abgelaufen"],
    ["Der Bürgermeister gestand ein, dass die Planung zu spät begonnen hatte.", "Der Bürgermeister", "die Planung zu spät"],
    ["Das Fachblatt spekuliert, dass der Hersteller verkauft werden könnte.", "Das Fachblatt", "der Hersteller verkauft"],
    ["Umweltverbände warnen davor, die Grenzwerte zu lockern.", "Umweltverbände", "davor, die Grenzwerte"],
    ["Die Forscherinnen schließen daraus, dass der Knochen älter ist als vermutet.", "Die Forscherinnen", "der Knochen älter"],
    ["Die Ärztekammer vertritt die Ansicht, dass die Praxen mehr Personal brauchen.", "Die Ärztekammer", "die Praxen mehr Personal"],
    ["Der Verein hatte den Standpunkt vertreten, die Satzung sei gültig.", "Der Verein", "die Satzung sei gültig"],
    ["Die Stadtwerke gehen davon aus, dass die Preise im Winter steigen.", "Die Stadtwerke", "die Preise im Winter"],
    ["Anwohner wiesen darauf hin, dass die Brücke seit Jahren marode sei.", "Anwohner", "die Brücke seit Jahren"],
  ])("%s", (text, mention, content) => {
    const c = one(text);
    expect(c.speaker.mention).toBe(mention);
    expect(c.assertion.startsWith(content)).toBe(true);
    expect(c.kind).toBe("indirect");
  });
});

describe("separable verbs whose particle closes the clause", () => {
  it.each([
    ["Die Reederei gab jedoch an, das Schiff sei voll versichert gewesen.", "Die Reederei", "das Schiff sei"],
    ["Am Abend gab die Trainerin bekannt, sie werde den Verein verlassen.", "die Trainerin", "sie werde den Verein"],
    ["Als Grund gab die Schule an, der Raum werde renoviert.", "die Schule", "der Raum werde"],
    ["Außerdem ließ die Sprecherin des Zoos verlauten, dass das Gehege bald öffnet.", "die Sprecherin des Zoos", "das Gehege bald"],
    ["Der Verband ruft alle Mitglieder dazu auf, an der Wahl teilzunehmen.", "Der Verband", "an der Wahl teilzunehmen"],
    ["Am Montag teilte die Feuerwehr mit, der Brand sei gelöscht.", "die Feuerwehr", "der Brand sei gelöscht"],
  ])("%s", (text, mention, content) => {
    const c = one(text);
    expect(c.speaker.mention).toBe(mention);
    expect(c.assertion.startsWith(content)).toBe(true);
  });

  it("reads a speech act whose object is its content: spoken of, reported, foretold, called for", () => {
    expect(one("Eine Lehrerin sprach von einem Klima der Angst an der Schule.").speaker.mention).toBe("Eine Lehrerin");
    expect(one("Anwohner berichteten von lauten Knallen in der Nacht.").speaker.mention).toBe("Anwohner");
    expect(one("Bis Freitag sagte das Institut einen Anstieg der Pegel voraus.").speaker.mention).toBe("das Institut");
    expect(one("Die Gewerkschaft rief zu einem Warnstreik am Donnerstag auf.").speaker.mention).toBe("Die Gewerkschaft");
  });

  it("reads no stem without its particle, nor other senses of a verb", () => {
    for (const text of [
      "Es gab am Abend keine weiteren Verletzten.",
      "Der Sänger gab am Samstag ein Konzert in der Halle.",
      "Die Polizei ließ die Demonstranten bis zum Rathaus ziehen.",
      "Der Fahrer rief sofort den Notarzt.",
      "Der Spedition droht nun eine hohe Geldstrafe.",
      "Berichte über den Unfall verbreiteten sich schnell.",
      "Der Wegweiser weist den Weg zum Bahnhof.",
    ])
      expect(claims(text), text).toEqual([]);
  });
});

describe("the sentence before as what was said", () => {
  it.each([
    ["Die Messe zieht im Herbst nach Leipzig um. Das berichtete die Lokalzeitung am Dienstag.", "die Lokalzeitung"],
    ["Der Preis geht an eine Hilfsorganisation. Dies gab die Jury gestern in Wien bekannt.", "die Jury"],
    ["Die Brücke bleibt bis Mai gesperrt. Das teilte die Stadt mit.", "die Stadt"],
  ])("%s", (text, mention) => {
    const c = one(text);
    expect(c.speaker.mention).toBe(mention);
    expect(c.assertion).toBe(text.slice(0, text.indexOf(".") + 1));
  });

  it("is no report after a sentence that has no such verb", () => {
    expect(claims("Die Brücke bleibt bis Mai gesperrt. Das gab es in der Stadt noch nie.")).toEqual([]);
  });
});

describe("source phrases with a compound noun", () => {
  it.each([
    ["Nach Unternehmensangaben arbeiten in dem Werk rund 2.000 Menschen.", "Unternehmensangaben", "arbeiten in dem Werk"],
    ["Laut Polizeiberichten war der Fahrer nicht angeschnallt.", "Polizeiberichten", "war der Fahrer"],
  ])("%s", (text, mention, content) => {
    const c = one(text);
    expect(c.speaker.mention).toBe(mention);
    expect(c.assertion.startsWith(content)).toBe(true);
  });

  it("is no source without a noun of information", () => {
    expect(claims("Nach Feierabend fuhr der Fahrer nach Hause.")).toEqual([]);
  });
});

describe("a speech act with no content, then the Konjunktiv I", () => {
  it("makes the speech act and the sentences after it the speaker's", () => {
    const cs = claims("Die Behörde äußerte Zweifel an dem Gutachten. Die Messungen seien zu ungenau. Außerdem fehle eine zweite Probe.");
    // (the run of Konjunktiv I after the act is one claim: de19)
    expect(cs.map((c) => [c.speaker.name, c.assertion])).toEqual([
      ["Die Behörde", "Zweifel an dem Gutachten."],
      ["Die Behörde", "Die Messungen seien zu ungenau. Außerdem fehle eine zweite Probe."],
    ]);
  });

  it("leaves a speech act with no Konjunktiv after it as narration, and threats never report", () => {
    expect(claims("Die Behörde äußerte Zweifel an dem Gutachten. Die Messungen wurden im Mai gemacht.")).toEqual([]);
    expect(claims("Der Spedition droht nun eine hohe Strafe. Sie habe gegen die Auflagen verstoßen.")).toEqual([]);
    expect(claims("Der Minister besuchte am Montag das Werk. Die Stimmung sei gut gewesen.")).toEqual([]);
  });
});

describe("titles before a name", () => {
  it.each([
    ["„Wir machen weiter“, sagte Vereinschef Brandl am Sonntag.", "Brandl"],
    ["„Wir machen weiter“, sagte Vereinschefin Petra Brandl.", "Petra Brandl"],
    ["Man mache weiter, so Bürgermeisterin Sommer.", "Sommer"],
    ["Die Lage sei ernst, so UN-Vertreterin Maria Lenz.", "Maria Lenz"],
    ["„Die Lage ist ernst“, sagte EU-Botschafter Karl Wenger.", "Karl Wenger"],
  ])("%s", (text, name) => {
    expect(one(text).speaker.name).toBe(name);
  });

  it("keeps a body named by the compound itself", () => {
    expect(one("„Die Lage ist ernst“, erklärte die EU-Kommission.").speaker.name).toBe("European Commission");
  });
});

describe("“Wie X mitteilte, …” with circumstance, an apposition or a prepositional source before the verb", () => {
  it.each([
    ["Wie der Sprecher des Klinikums, Jonas Weil, mitteilte, wurden drei Patienten verlegt.", "wurden drei Patienten verlegt."],
    ["Wie aus Kreisen der Stadtverwaltung verlautete, soll das Bad im Juni öffnen.", "soll das Bad im Juni öffnen."],
    ["Wie das Magazin in seiner Ausgabe vom Samstag berichtet, soll der Verein verkauft werden.", "soll der Verein verkauft werden."],
  ])("%s", (text, content) => {
    expect(one(text).assertion).toBe(content);
  });

  it("is no source in a comparison or an indirect question", () => {
    expect(one("Die Mieten sind so hoch wie nie zuvor, sagte die Maklerin.").speaker.mention).toBe("die Maklerin");
    expect(one("Wie die Gemeinde das bezahlen will, ist offen, sagte der Kämmerer.").speaker.mention).toBe("der Kämmerer");
  });
});
