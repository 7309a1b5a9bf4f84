import { describe, expect, it } from "vitest";
import { sentenceClaims } from "./helpers/one-claim.js";

// Sentences written for these tests: German sources inside the clause, inverted stance phrases, titles after "laut".
const PUB = "2026-03-10";
const { claims, one } = sentenceClaims(PUB, "de");

describe("a source before 'zufolge' in the middle of a clause is only the noun phrase before it", () => {
  it.each([
    ["Die Preise steigen Experten zufolge weiter.", "Experten", "group"],
    ["Die Mieten sinken Analysten zufolge kaum.", "Analysten", "group"],
    ["Das Wasser steige Beobachtern zufolge nicht.", "Beobachtern", null],
  ])("%s", (text, mention, kind) => {
    const c = one(text);
    expect(c.speaker.mention).toBe(mention);
    if (kind) expect(c.speaker.kind).toBe(kind);
    // (the clause around the source is the content)
    expect(c.assertion).toBe(text);
  });

  it("a genitive before the noun keeps its attribute: 'Des Landes oberster Richter'", () => {
    const c = one("Des Landes oberster Richter sagte, die Reform sei falsch.");
    expect(c.speaker.mention).toBe("Des Landes oberster Richter");
  });

  it("a plural of people after a singular's determiner is one person: 'Dem Experten zufolge'", () => {
    const c = one("Dem Experten zufolge fallen die Preise bald.");
    expect(c.speaker.kind).not.toBe("group");
    expect(one("Den Experten zufolge fallen die Preise bald.").speaker.kind).toBe("group");
  });

  it("plural nouns of people that report are groups", () => {
    expect(one("Ärzte warnten, die Lage im Krankenhaus sei ernst.").speaker.kind).toBe("group");
    expect(one("Ökonomen erwarten, dass die Zinsen sinken.").speaker.kind).toBe("group");
  });
});

describe("figures and statistics are a source of no one", () => {
  it.each([
    ["Offiziellen Zahlen zufolge kamen zwei Segler ums Leben.", "Offiziellen Zahlen"],
    ["Vorläufigen Statistiken zufolge sank die Zahl der Unfälle.", "Vorläufigen Statistiken"],
  ])("%s", (text, name) => {
    const c = one(text);
    expect(c.speaker.name).toBe(name);
    expect(c.speaker.kind).toBe("unknown");
  });

  it("the verb 'zahlen' in lower case is no source", () => {
    expect(claims("Die Mieter zahlen seit Jahren zu viel.")).toHaveLength(0);
  });
});

describe("a medium's title in quotation marks after 'laut' inside the clause is the source, never quoted content", () => {
  it.each([
    ["Die Regierung plant laut „Spiegel“ neue Steuern.", "Spiegel"],
    ["Der Konzern plant laut „Handelsblatt“ den Abbau von Stellen.", "Handelsblatt"],
  ])("%s", (text, name) => {
    const c = one(text);
    expect(c.cue).toBe("laut");
    expect(c.speaker.name).toBe(name);
    expect(c.speaker.kind).toBe("media");
    // (the clause runs on through the source: the whole of it is the content)
    expect(c.assertion).toBe(text);
  });

  it("a plain source inside the clause also leaves the clause whole", () => {
    expect(one("Die Regierung plant laut Polizei neue Kontrollen.").assertion).toBe("Die Regierung plant laut Polizei neue Kontrollen.");
  });

  it("'laut' as an adverb before a song's title is no source", () => {
    expect(claims("Er sang laut „Stille Nacht“ und ging nach Hause.").filter((c) => c.speaker.kind === "media")).toHaveLength(0);
  });
});
