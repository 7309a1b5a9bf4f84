import { describe, expect, it } from "vitest";
import { extractClaims, type Claim } from "../src/index.js";

// A description and a name side by side before the reporting verb (issue 11): "the spokesman for
// the ministry, Jane Doe, said", "Il ministro degli Esteri Antonio Tajani ha detto" — the name
// speaks, the description is the role; and what follows "sagte" in German is content even where
// its first word could open a relative clause. Sentences written by the team, with negative cases.

const run = (language: string, text: string): Claim[] => extractClaims({ id: "t", language, text, publishedAt: "2025-03-18" }).claims;
const who = (cs: Claim[]) => cs.map((c) => [c.speaker.name, c.speaker.kind]);

describe("a description, then the name between commas: the name speaks", () => {
  const cases: [string, string, string][] = [
    ["fr", "Le porte-parole du gouvernement, Olivier Marchand, a assuré que la réforme serait maintenue.", "Olivier Marchand"],
    ["fr", "Le secrétaire général du syndicat, Paul Garnier, a affirmé que la grève continuerait.", "Paul Garnier"],
    ["ro", "Purtătorul de cuvânt al ministerului, Ion Popescu, a declarat că situația este calmă.", "Ion Popescu"],
    ["ro", "Ministrul de Externe, Ion Popescu, a declarat că situația este calmă.", "Ion Popescu"],
    ["es", "El portavoz del sindicato, Pedro Ramos, aseguró que la huelga continuará.", "Pedro Ramos"],
    ["it", "Il portavoce del sindacato, Marco Ferri, ha detto che lo sciopero continuerà.", "Marco Ferri"],
    ["de", "Der Sprecher der Gewerkschaft, Peter Brandt, sagte, der Streik gehe weiter.", "Peter Brandt"],
    ["pl", "Rzecznik związku, Jan Wiśniewski, powiedział, że strajk będzie kontynuowany.", "Jan Wiśniewski"],
    ["en", "The spokesman for the union, Peter Brand, said the strike would continue.", "Peter Brand"],
  ];
  for (const [lang, text, name] of cases)
    it(`${lang}: ${text}`, () => {
      const cs = run(lang, text);
      expect(who(cs)).toEqual([[name, "person"]]);
      expect(cs[0]!.speaker.role).toBeTruthy();
    });

  it("negative: a name first and its description between commas keeps the name", () => {
    expect(who(run("ro", "Ion Popescu, ministrul de Externe, a declarat că situația este calmă."))).toEqual([["Ion Popescu", "person"]]);
    expect(who(run("fr", "Paul Garnier, secrétaire général du syndicat, a affirmé que la grève continuerait."))).toEqual([["Paul Garnier", "person"]]);
  });
  it("negative: a participle after a comma still reports for the subject that opens the sentence", () => {
    expect(who(run("en", "A federal judge in Texas blocked the rule on Friday, saying it violated the law."))).toEqual([
      ["A federal judge in Texas", "unknown"],
    ]);
  });
});

describe("a role word, its complement, then a name with no comma: the last two capitalised words are the name", () => {
  const cases: [string, string, string][] = [
    ["it", "Il ministro degli Esteri Antonio Ferri ha detto che l'Italia è pronta.", "Antonio Ferri"],
    ["es", "La ministra de Defensa Margarita Ruiz dijo que España está preparada.", "Margarita Ruiz"],
    ["fr", "Le ministre des Affaires étrangères Jean Dupont a déclaré que la France était prête.", "Jean Dupont"],
  ];
  for (const [lang, text, name] of cases)
    it(`${lang}: ${text}`, () => {
      expect(who(run(lang, text))).toEqual([[name, "person"]]);
    });

  it("negative: a place after a preposition, with no role word, stays with the body's noun (a body: de20)", () => {
    expect(who(run("en", "Police in New York City said the suspect was arrested."))).toEqual([["Police in New York City", "institution"]]);
    expect(who(run("es", "La policía de Nueva York dijo que el sospechoso fue detenido."))).toEqual([["La policía de Nueva York", "institution"]]);
  });
});

describe("German: after “sagte” and its speaker, a comma opens the content", () => {
  it("a description with a genitive, the name between commas, then “sagte,”", () => {
    const [c] = run("de", "Der Sprecher des Innenministeriums, Peter Brandt, sagte, die Lage sei ruhig.");
    expect([c!.speaker.name, c!.assertion]).toEqual(["Peter Brandt", "die Lage sei ruhig."]);
  });
  it("dates after a speaker that follows the verb are not content", () => {
    const [c] = run("de", "Nach dem Treffen sagte Steinmeier am Montag, die Regierung müsse handeln.");
    expect(c!.assertion).toBe("die Regierung müsse handeln.");
  });
  it("negative: a relative clause right after the trailing speaker is no content", () => {
    const [c] = run("de", "Die Lage sei ruhig, sagte Steinmeier, der am Montag in Berlin war, vor Journalisten.");
    expect(c!.assertion).toBe("Die Lage sei ruhig");
  });
});

describe("a source phrase that names a statement: its author or owner speaks", () => {
  const cases: [string, string, string][] = [
    ["en", "According to a statement released by the ministry on Wednesday, two soldiers were wounded.", "the ministry"],
    ["fr", "Selon un communiqué publié mercredi par le ministère des Armées, deux soldats ont été blessés.", "le ministère des Armées"],
    ["pl", "Według komunikatu opublikowanego w środę przez ministerstwo obrony, dwóch żołnierzy zostało rannych.", "ministerstwo obrony"],
    ["de", "Laut einer Mitteilung des Verteidigungsministeriums wurden zwei Soldaten verletzt.", "Verteidigungsministerium"],
  ];
  for (const [lang, text, name] of cases)
    it(`${lang}: ${text}`, () => {
      const cs = run(lang, text);
      expect(cs.map((c) => c.speaker.name)).toEqual([name]);
    });
  it("negative: a statement with no author named keeps the phrase as its source", () => {
    expect(run("en", "According to a statement, two soldiers were wounded.").map((c) => c.speaker.name)).toEqual(["a statement"]);
  });
  it("Romanian: the genitive article opens a source phrase (“potrivit unui comunicat …”)", () => {
    const cs = run("ro", "Potrivit unui comunicat al guvernului, doi soldați au fost răniți.");
    expect(cs.map((c) => c.assertion)).toEqual(["doi soldați au fost răniți."]);
  });
});

describe("an acronym before a name is the body the person speaks for", () => {
  it("uk, after the verb and before it", () => {
    expect(run("uk", "«Ми не дозволимо ескалації», — наголосив речник МЗС Георгій Тихий.").map((c) => c.speaker.name)).toEqual(["Георгій Тихий"]);
    expect(run("uk", "Речник МЗС Георгій Тихий заявив, що Україна готова.").map((c) => c.speaker.name)).toEqual(["Георгій Тихий"]);
  });
  it("negative: an acronym joined by a hyphen is part of a compound title, and a name of two words keeps both", () => {
    expect(run("de", "„Wir sind bereit“, sagte SWR-Intendant Peter Boudgoust.").map((c) => c.speaker.name)).not.toEqual(["Intendant Peter Boudgoust"]);
    expect(run("en", "Jane Holt said the plan would raise costs.").map((c) => c.speaker.name)).toEqual(["Jane Holt"]);
  });
});

describe("a plural reporting verb with no subject, then where it was said: that body is the source", () => {
  it("ru and uk", () => {
    const ru = run("ru", "Как сообщили в правительстве области, пострадавших нет.");
    expect(ru.map((c) => [c.speaker.name, c.speaker.kind, c.assertion])).toEqual([["правительство области", "institution", "пострадавших нет."]]);
    // (a body by the construction, even when no list knows its name)
    expect(run("ru", "Как отметили в Минобороны, удары были нанесены по военным объектам.").map((c) => [c.speaker.name, c.speaker.kind])).toEqual([
      ["Минобороны", "institution"],
    ]);
    const uk = run("uk", "Як повідомили в уряді області, постраждалих немає.");
    expect(uk.map((c) => c.assertion)).toEqual(["постраждалих немає."]);
  });
  it("negative: an adverbial after the verb names no body (“в итоге”, “в четверг”)", () => {
    expect(run("ru", "Как сообщили в итоге, пострадавших нет.").map((c) => c.speaker.name)).not.toContain("итоге");
    expect(run("ru", "Как сообщили в четверг, пострадавших нет.").map((c) => c.speaker.name)).not.toContain("четверг");
  });
});
