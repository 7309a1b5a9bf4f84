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

describe("fixed phrases of stance read with an adverb of the middle field between their words", () => {
  it.each([
    ["Der Trainer ist hingegen zuversichtlich, das Finale zu gewinnen.", "Der Trainer", "das Finale zu gewinnen."],
    ["Die Ministerin geht aber davon aus, dass der Haushalt ausgeglichen wird.", "Die Ministerin", "der Haushalt ausgeglichen wird."],
    ["Der Verband vertritt dagegen die Ansicht, dass die Reform zu spät kommt.", "Der Verband", "die Reform zu spät kommt."],
    ["Die Partei ist weiterhin der Meinung, dass die Mieten sinken müssen.", "Die Partei", "die Mieten sinken müssen."],
  ])("%s", (text, mention, content) => {
    const c = one(text);
    expect(c.speaker.mention).toBe(mention);
    expect(c.assertion).toBe(content);
  });

  it("an adverb with no clause after it gives no claim", () => {
    expect(claims("Die Spielerin war noch überzeugt.")).toHaveLength(0);
  });
});

describe("a conclusion with its clause reports ('kam zu dem Schluss, dass …')", () => {
  it.each([
    ["Die Prüfer kamen jedoch zum Ergebnis, dass die Abstimmung korrekt verlief.", "Die Prüfer", "die Abstimmung korrekt verlief."],
    ["Die Gutachter sind zu dem Schluss gekommen, dass die Brücke saniert werden muss.", "Die Gutachter", "die Brücke saniert werden muss."],
    ["Die Forscher wiesen daraufhin, dass die Proben verunreinigt waren.", "Die Forscher", "die Proben verunreinigt waren."],
  ])("%s", (text, mention, content) => {
    const c = one(text);
    expect(c.kind).toBe("indirect");
    expect(c.speaker.mention).toBe(mention);
    expect(c.assertion).toBe(content);
  });

  it.each(["Die Gespräche kamen zu keinem Ergebnis.", "Die Verhandlungen kamen am Abend zum Schluss.", "Der Richter wies daraufhin die Klage ab."])(
    "no clause, no claim: %s",
    (text) => {
      expect(claims(text)).toHaveLength(0);
    },
  );
});

describe("a medium's title in quotation marks after an opening source phrase is the source", () => {
  it.each([
    ["Laut „Kurier“ wurden bei dem Brand drei Menschen verletzt.", "Kurier", "„Kurier“", "wurden bei dem Brand drei Menschen verletzt."],
    ["Laut „Die Zeit“ will die Stadt das Stadion verkaufen.", "Die Zeit", "„Die Zeit“", "will die Stadt das Stadion verkaufen."],
    ["Laut der Zeitung „Neue Presse“ wurde der Bahnhof gesperrt.", "Neue Presse", "der Zeitung „Neue Presse“", "wurde der Bahnhof gesperrt."],
    ["Nach Angaben des „Tagesanzeiger“ wurde der Bahnhof gesperrt.", "Tagesanzeiger", "„Tagesanzeiger“", "wurde der Bahnhof gesperrt."],
  ])("%s", (text, name, mention, content) => {
    const c = one(text);
    expect(c.kind).toBe("indirect");
    expect(c.speaker.kind).toBe("media");
    expect(c.speaker.name).toBe(name);
    expect(c.speaker.mention).toBe(mention);
    expect(c.assertion).toBe(content);
  });

  it.each(["Er sang laut „Stille Nacht“ und ging nach Hause.", "Laut „Kurier“ und „Presse“ wurde der Bahnhof gesperrt."])("no source: %s", (text) => {
    expect(claims(text).filter((c) => c.speaker.kind === "media")).toHaveLength(0);
  });
});

describe("'Berichten' capitalised inside the sentence is the noun of a source phrase, not the verb", () => {
  it("Nach ersten Berichten …", () => {
    const c = one("Nach ersten Berichten wurden bei dem Unfall zwei Radfahrer verletzt.");
    expect(c.cue).toBe("Nach");
    expect(c.speaker.mention).toBe("ersten Berichten");
    expect(c.assertion).toBe("wurden bei dem Unfall zwei Radfahrer verletzt.");
  });

  it("the verb in lower case still reports", () => {
    const c = one("Die Lokalzeitungen berichten, dass zwei Radfahrer verletzt wurden.");
    expect(c.cue).toBe("berichten");
    expect(c.speaker.mention).toBe("Die Lokalzeitungen");
  });
});
