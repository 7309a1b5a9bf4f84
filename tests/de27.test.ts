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

describe("de27: a body in the genitive after a source phrase or a statement noun speaks as an institution", () => {
  it("Nach Angaben der Feuerwehr … — the fire brigade, an institution", () => {
    const [c] = claims("Nach Angaben der Feuerwehr wurden drei Menschen verletzt.");
    expect(c?.speaker.name).toBe("Feuerwehr");
    expect(c?.speaker.kind).toBe("institution");
  });
  it("a compound of the body's noun, and other public bodies of the pack", () => {
    expect(claims("Nach Angaben der Berufsfeuerwehr brannte das Dach vollständig aus.")[0]?.speaker.kind).toBe("institution");
    expect(claims("Laut Bundeswehr wurden zwei Soldaten leicht verletzt.")[0]?.speaker.kind).toBe("institution");
    expect(claims("Nach Angaben der Gemeinde bleibt die Schule bis Montag geschlossen.")[0]?.speaker.kind).toBe("institution");
  });
  it("In einer Mitteilung der Stadt heißt es, … — the city issued it and speaks", () => {
    const [c] = claims("In einer Mitteilung der Stadt heißt es, die Straße bleibe bis Freitag gesperrt.");
    expect(c?.speaker.name).toBe("Stadt");
    expect(c?.speaker.kind).toBe("institution");
    expect(c?.assertion).toBe("die Straße bleibe bis Freitag gesperrt.");
  });
  it("In einer Erklärung des Ministeriums heißt es, … — named in its base form", () => {
    const [c] = claims("In einer Erklärung des Ministeriums heißt es, die Lage sei unter Kontrolle.");
    expect(c?.speaker.name).toBe("Ministerium");
    expect(c?.speaker.kind).toBe("institution");
  });
  it("negative: a statement noun with no issuer stays unnamed", () => {
    const [c] = claims("In einer Erklärung heißt es, die Lage sei unter Kontrolle.");
    expect(c?.speaker.name).toBe("unknown");
    expect(c?.assertion).toBe("die Lage sei unter Kontrolle.");
  });
  it("negative: the town as a place, and a person of the town, are no institution", () => {
    const [a] = claims("In der Stadt sagten Anwohner, die Lage sei ruhig.");
    expect(a?.speaker.mention).toBe("Anwohner");
    const [b] = claims("Ein Feuerwehrmann sagte, das Feuer sei gelöscht.");
    expect(b?.speaker.kind).not.toBe("institution");
  });
});

describe("de27: a weekday inside a medium's title is no date", () => {
  it("Der „Welt am Sonntag“ sagte Anna Müller, … — not dated to Sunday, and the title is no content", () => {
    const [c] = claims("Der „Welt am Sonntag“ sagte Anna Müller, das Projekt sei gescheitert.");
    expect(c?.speaker.name).toBe("Anna Müller");
    expect(c?.kind).toBe("indirect");
    expect(c?.assertion).toBe("das Projekt sei gescheitert.");
    expect(c?.date?.text ?? null).toBeNull();
    expect(c?.date?.basis).not.toBe("relative");
  });
  it("inside a phrase: Im Interview mit der „Bild am Sonntag“ sagte Keller, …", () => {
    const [c] = claims("Im Interview mit der „Bild am Sonntag“ sagte Keller, die Reform komme.");
    expect(c?.speaker.mention).toBe("Keller");
    expect(c?.date?.text ?? null).toBeNull();
  });
  it("negative: a real day next to the title still dates the claim", () => {
    const [c] = claims("Der „Bild am Sonntag“ sagte Keller am Montag, die Reform komme.");
    expect(c?.date?.text).toBe("Montag");
  });
  it("negative: a weekday alone, fronted or quoted, is a date", () => {
    expect(claims("Am Sonntag sagte Anna Müller, das Projekt sei gescheitert.")[0]?.date?.text).toBe("Sonntag");
    expect(claims("Anna Müller sagte „am Sonntag“, das Projekt sei gescheitert.")[0]?.date?.text).toBe("Sonntag");
  });
});
