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

describe("the medium told after a trailing speaker, named in quotation marks or not, is a credit", () => {
  const cases: [string, string, string, string][] = [
    ["de", "Es gebe kaum noch Trinkwasser, sagte Toby Lanzer dem Sender „Radio Nord“.", "Toby Lanzer", "Es gebe kaum noch Trinkwasser"],
    ["de", "Es gebe kaum noch Trinkwasser, sagte Toby Lanzer der Zeitung „Die Welt“.", "Toby Lanzer", "Es gebe kaum noch Trinkwasser"],
    ["pl", "Brakuje wody pitnej – powiedział Jan Nowak w rozmowie z gazetą „Kurier Poranny”.", "Jan Nowak", "Brakuje wody pitnej"],
    ["ru", "Питьевой воды почти нет, заявил Иван Петров газете «Новая жизнь».", "Иван Петров", "Питьевой воды почти нет"],
    ["ro", "Nu mai există apă potabilă, a declarat Ion Popescu pentru ziarul „Gazeta de Sud”.", "Ion Popescu", "Nu mai există apă potabilă"],
    ["fr", "Il n'y a plus d'eau potable, a déclaré Jean Dupont au journal « Le Matin ».", "Jean Dupont", "Il n'y a plus d'eau potable"],
    ["es", "No queda agua potable, dijo Juan Pérez al diario «El Norte».", "Juan Pérez", "No queda agua potable"],
    ["it", "Non c'è più acqua potabile, ha detto Marco Rossi al quotidiano «La Voce».", "Marco Rossi", "Non c'è più acqua potabile"],
  ];
  for (const [lang, text, speaker, content] of cases)
    it(`${lang}: ${text}`, () => {
      const cs = run(lang, text);
      expect(cs).toHaveLength(1);
      expect([cs[0]!.speaker.name, cs[0]!.assertion, cs[0]!.kind]).toEqual([speaker, content, "indirect"]);
    });

  it("a quotation after the medium that is speech, not a title, stays the content", () => {
    const cs = run("de", "Toby Lanzer sagte dem Sender: „Es gibt kein Trinkwasser mehr.“");
    expect([cs[0]!.kind, cs[0]!.assertion]).toEqual(["direct", "„Es gibt kein Trinkwasser mehr.“"]);
  });
  it("a clause after the speaker that is no medium keeps its reading", () => {
    // the object of "accused" is not a credit: no trailing speaker
    expect(run("en", "The talks collapsed on Monday, accused the minister of stalling.").map((c) => c.speaker.name)).not.toContain("the minister");
  });
});
