import { describe, expect, it } from "vitest";
import { sentenceClaims } from "./helpers/one-claim.js";

// Sentences written for these tests: German sources with only attributes, relatives of saying, split phrases.
const PUB = "2026-03-10";
const { claims, one } = sentenceClaims(PUB, "de");

describe("a noun of information with only attributes before 'zufolge' names no owner", () => {
  it.each([
    ["Ersten Angaben zufolge brannte die Scheune vollständig nieder.", "Ersten Angaben", "Ersten Angaben"],
    ["Offiziellen Angaben zufolge kamen vier Wanderer ums Leben.", "Offiziellen Angaben", "Offiziellen Angaben"],
    ["Unbestätigten Berichten zufolge ist der Trainer zurückgetreten.", "Unbestätigten Berichten", "Unbestätigten Berichten"],
    ["Vorläufigen Schätzungen zufolge liegt der Schaden bei zwei Millionen Euro.", "Vorläufigen Schätzungen", "Vorläufigen Schätzungen"],
    ["Den ersten Angaben zufolge brannte die Scheune vollständig nieder.", "ersten Angaben", "Den ersten Angaben"],
  ])("%s", (text, name, mention) => {
    const c = one(text);
    expect(c.speaker.name).toBe(name);
    expect(c.speaker.mention).toBe(mention);
    expect(c.speaker.kind).toBe("unknown");
    expect(c.assertion.startsWith(mention)).toBe(false);
  });

  it("attributes before a source noun the lexicon knows are left out of the content", () => {
    const c = one("Übereinstimmenden Medienberichten zufolge ist der Trainer zurückgetreten.");
    expect(c.assertion).toBe("ist der Trainer zurückgetreten.");
  });

  it.each([
    ["Schmidts Angaben zufolge brannte die Scheune vollständig nieder.", "Schmidt"],
    ["Der Feuerwehr zufolge brannte die Scheune vollständig nieder.", "Der Feuerwehr"],
  ])("an owner before the noun still speaks: %s", (text, mention) => {
    expect(one(text).speaker.mention).toBe(mention === "Schmidt" ? "Schmidts" : mention);
  });
});

describe("a relative clause of saying whose pronoun is also an article, its verb last", () => {
  it.each([
    // (after "von", ml40's complement of a reaction's words also steps over the joiner "der")
    ["Lob kam von der Gewerkschaft, die erklärte, der Tarifvertrag sei ein Erfolg.", "Gewerkschaft", "der Tarifvertrag sei ein Erfolg."],
    ["Der Reporter sprach mit dem Trainer, der am Sonntag sagte, die Mannschaft sei müde.", "dem Trainer", "die Mannschaft sei müde."],
    ["Die Stadt befragte drei Anwohner, die später erklärten, sie hätten nichts gehört.", "drei Anwohner", "sie hätten nichts gehört."],
    ["Die Reporterin traf den Bürgermeister, der dem Radiosender sagte, die Brücke bleibe gesperrt.", "den Bürgermeister", "die Brücke bleibe gesperrt."],
    ["Anfragen gingen an den Vorstand, der sagte, dass die Filiale schließt.", "den Vorstand", "die Filiale schließt."],
  ])("%s", (text, mention, content) => {
    const c = one(text);
    expect(c.speaker.mention).toBe(mention);
    expect(c.assertion).toBe(content);
  });

  it("an article that opens the subject of a clause after the comma is no relative", () => {
    const c = one("Der Pfarrer meinte, die Gemeinde sagte ihm ab.");
    expect(c.speaker.mention).toBe("Der Pfarrer");
    expect(c.cue).toBe("meinte");
  });

  it("a relative clause that does not report gives no claim", () => {
    expect(claims("Der Verein dankte den Helfern, die bis in die Nacht Sandsäcke füllten.")).toHaveLength(0);
  });
});
