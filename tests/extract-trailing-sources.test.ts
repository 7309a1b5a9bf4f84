import { describe, expect, it } from "vitest";
import { extractClaims, type Claim } from "../src/index.js";

// A source named after the content (issue 11): "…, fanno sapere fonti di governo", "…, según han
// informado fuentes del Ejecutivo". Sentences written by the team, with negative cases.

const run = (language: string, text: string): Claim[] => extractClaims({ id: "t", language, text, publishedAt: "2025-03-18" }).claims;
const rows = (cs: Claim[]) => cs.map((c) => [c.speaker.name, c.assertion]);

describe("Italian “di”: a preposition unless an infinitive follows", () => {
  it("“fonti di governo” after the verb is the source", () => {
    expect(rows(run("it", "Il provvedimento entrerà in vigore lunedì prossimo, fanno sapere fonti di governo."))).toEqual([
      ["fonti di governo", "Il provvedimento entrerà in vigore lunedì prossimo"],
    ]);
  });
  it("negative: “di” before an infinitive (whole, cut short, after “non”) opens the content", () => {
    expect(rows(run("it", "Il ministro ha detto di volere incontrare i sindacati."))).toEqual([["Il ministro", "volere incontrare i sindacati."]]);
    expect(rows(run("it", "Il ministro ha detto di non voler incontrare i sindacati."))).toEqual([["Il ministro", "non voler incontrare i sindacati."]]);
    expect(rows(run("it", "Il ministro ha annunciato di aver firmato il decreto."))).toEqual([["Il ministro", "aver firmato il decreto."]]);
  });
});

describe("Spanish: “según” with a verb in the perfect", () => {
  it("after the content, the credit is not content", () => {
    expect(rows(run("es", "La medida entrará en vigor el lunes, según han informado fuentes del Ejecutivo."))).toEqual([
      ["fuentes del Ejecutivo", "La medida entrará en vigor el lunes"],
    ]);
  });
  it("before the content", () => {
    expect(rows(run("es", "Según ha explicado el ministro, la medida entrará en vigor el lunes."))).toEqual([
      ["el ministro", "la medida entrará en vigor el lunes."],
    ]);
  });
  it("negative: “según” before a noun is a source phrase of its own", () => {
    expect(rows(run("es", "La medida entrará en vigor el lunes, según fuentes del Ejecutivo."))).toEqual([
      ["fuentes del Ejecutivo", "La medida entrará en vigor el lunes"],
    ]);
  });
});
