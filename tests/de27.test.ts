import { describe, expect, it } from "vitest";
import { extractClaims } from "../src/index.js";

const claims = (text: string, language = "de") => extractClaims({ id: "t", text, language, publishedAt: "2026-12-02" }).claims;

describe("de27: a bare surname after the verb, with the medium addressed fronted, speaks", () => {
  it("Dem „Spiegel“ sagte Müller, … — Müller speaks, content after the comma", () => {
    const [c, more] = claims("Dem „Spiegel“ sagte Müller, das Projekt sei gescheitert.");
    expect(more).toBeUndefined();
    expect(c?.speaker.mention).toBe("Müller");
    expect(c?.kind).toBe("indirect");
    expect(c?.assertion).toBe("das Projekt sei gescheitert.");
  });
  it("In einem Interview der „SZ“ sagte Müller, … — the fronted phrase is no content", () => {
    const [c] = claims("In einem Interview der „SZ“ sagte Brandt, die Reform komme zu spät.");
    expect(c?.speaker.mention).toBe("Brandt");
    expect(c?.kind).toBe("indirect");
    expect(c?.assertion).toBe("die Reform komme zu spät.");
  });
  it("the surname resolves to the full name named earlier in the article", () => {
    const cs = claims("Anna Müller leitet das Projekt seit 2020. Dem „Spiegel“ sagte Müller, das Projekt sei gescheitert.");
    const c = cs.find((x) => x.assertion.includes("gescheitert"));
    expect(c?.speaker.name).toBe("Anna Müller");
    expect(c?.speaker.mention).toBe("Müller");
  });
  it("a title of several words: Gegenüber der „Neuen Zürcher Zeitung“ sagte Keller, …", () => {
    const [c] = claims("Im Gespräch mit der „Neuen Zürcher Zeitung“ sagte Keller, der Vertrag sei unterschriftsreif.");
    expect(c?.speaker.mention).toBe("Keller");
    expect(c?.assertion).toBe("der Vertrag sei unterschriftsreif.");
  });
  it("negative: a medium without quotation marks before the verb stays the addressee", () => {
    const [c] = claims("Der Zeitung sagte die Ministerin, die Reform komme im Herbst.");
    expect(c?.speaker.mention).toBe("die Ministerin");
    expect(c?.assertion).toBe("die Reform komme im Herbst.");
  });
  it("negative: the medium after the speaker, in a trailing cue", () => {
    const [c] = claims("Das Projekt sei gescheitert, sagte Müller dem „Spiegel“.");
    expect(c?.speaker.mention).toBe("Müller");
    expect(c?.assertion).toBe("Das Projekt sei gescheitert");
  });
  it("negative: a quotation set off by a comma before the verb stays content", () => {
    const [c] = claims("„Das Projekt ist gescheitert“, sagte Müller.");
    expect(c?.speaker.mention).toBe("Müller");
    expect(c?.kind).toBe("direct");
    expect(c?.assertion).toContain("Das Projekt ist gescheitert");
  });
  it("negative: a sentence-long quotation before the verb with no comma stays content", () => {
    const [c] = claims("„Wir machen weiter wie bisher“ sagte Müller am Abend.");
    expect(c?.speaker.mention).toBe("Müller");
    expect(c?.assertion).toContain("Wir machen weiter wie bisher");
  });
});

describe("de27: a compound opened by an acronym or a code with a digit is a body's noun, no name", () => {
  it("Die G7-Staaten wollen … — the states speak as one (a plan)", () => {
    const [c] = claims("Die G7-Staaten wollen die Sanktionen gegen Russland verschärfen.");
    expect(c?.speaker.mention).toBe("Die G7-Staaten");
    expect(c?.speaker.kind).toBe("institution");
  });
  it("Die G20-Länder erklärten, … — a body, not a person named 'G20 Länder'", () => {
    const [c] = claims("Die G20-Länder erklärten, sie würden die Schulden erlassen.");
    expect(c?.speaker.kind).toBe("institution");
    expect(c?.assertion).toBe("sie würden die Schulden erlassen.");
  });
  it("Die EU-Staaten wollen …, Die SPD-Fraktion will …", () => {
    expect(claims("Die EU-Staaten wollen die Grenzkontrollen ausweiten.")[0]?.speaker.kind).toBe("institution");
    expect(claims("Die SPD-Fraktion will das Gesetz noch ändern.")[0]?.speaker.kind).toBe("institution");
  });
  it("keeps: Die EU-Kommission will …", () => {
    const [c] = claims("Die EU-Kommission will die Regeln lockern.");
    expect(c?.speaker.kind).toBe("institution");
  });
  it("negative: a name after such a compound stays the name", () => {
    const [c] = claims("CDU-Chef Friedrich Merz sagte, die Reform komme noch vor dem Sommer.");
    expect(c?.speaker.name).toBe("Friedrich Merz");
    expect(c?.speaker.kind).toBe("person");
  });
  it("negative: a hyphenated first name stays a person", () => {
    const [c] = claims("Hans-Peter Keller sagte, die Reform komme noch vor dem Sommer.");
    expect(c?.speaker.name).toBe("Hans-Peter Keller");
    expect(c?.speaker.kind).toBe("person");
  });
  it("negative: a compound that names no body plans nothing", () => {
    expect(claims("Die G7-Gipfel sollen künftig kürzer werden.")).toHaveLength(0);
    expect(claims("Die Kinder wollen im Garten spielen.")).toHaveLength(0);
  });
});
