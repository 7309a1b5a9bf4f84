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
