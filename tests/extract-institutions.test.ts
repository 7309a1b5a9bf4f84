import { describe, expect, it } from "vitest";
import { extractClaims, type Claim } from "../src/index.js";

// Public bodies no lexicon lists (pack `grammar.institutionNouns`): a speaker phrase headed by the
// noun of a body, with words after it, is an institution, named as written with the noun in its base form ("Potrivit
// Ministerului Apărării" → "Ministerul Apărării"); a phrase that holds such a noun after its first
// word describes someone there. Sentences written by the team.

const run = (language: string, text: string): Claim[] => extractClaims({ id: "t", language, text, publishedAt: "2025-03-18" }).claims;
const who = (cs: Claim[]) => cs.map((c) => [c.speaker.name, c.speaker.kind]);

describe("a body no lexicon lists is an institution, in its base form", () => {
  const cases: [string, string, string][] = [
    ["ro", "Potrivit Ministerului Apărării, atacul a fost respins.", "Ministerul Apărării"],
    ["ro", "Ministerul Afacerilor Externe a anunțat că ambasadorul a fost convocat.", "Ministerul Afacerilor Externe"],
    ["ro", "Conform Inspectoratului General pentru Situații de Urgență, incendiul a fost stins.", "Inspectoratul General"],
    ["pl", "Według Ministerstwa Zdrowia sytuacja jest pod kontrolą.", "Ministerstwo Zdrowia"],
    ["pl", "Ministerstwo Zdrowia poinformowało, że sytuacja jest pod kontrolą.", "Ministerstwo Zdrowia"],
    ["ru", "По данным Министерства здравоохранения, ситуация под контролем.", "Министерство здравоохранения"],
    ["ru", "Как сообщили в Министерстве здравоохранения, ситуация под контролем.", "Министерство здравоохранения"],
    ["uk", "За даними Міністерства охорони здоров'я, ситуація під контролем.", "Міністерство охорони здоров'я"],
    ["en", "The Ministry of Health said the situation was under control.", "The Ministry of Health"],
    ["en", "According to the Department of Water Resources, the dam is safe.", "the Department of Water Resources"],
    ["fr", "Selon le ministère de la Santé, la situation est sous contrôle.", "le ministère de la Santé"],
    ["es", "El Ministerio de Sanidad aseguró que la situación está bajo control.", "El Ministerio de Sanidad"],
    ["it", "Secondo il ministero della Salute, la situazione è sotto controllo.", "il ministero della Salute"],
    ["de", "Das Bundesministerium der Finanzen teilte mit, die Steuern würden nicht erhöht.", "Das Bundesministerium der Finanzen"],
    ["vi", "Bộ Y tế cho biết tình hình đã được kiểm soát.", "Bộ Y tế"],
  ];
  for (const [lang, text, name] of cases) it(`${lang}: ${text}`, () => expect(who(run(lang, text))).toEqual([[name, "institution"]]));
});

describe("negative cases", () => {
  it("a body named after the first word: a description of someone there, not a person's name", () => {
    expect(who(run("en", "Officials at the Department of Water Resources said the dam is safe."))).toEqual([
      // (people named by a plural noun are a group since en30; never a person or the body)
      ["Officials at the Department of Water Resources", "group"],
    ]);
    expect(who(run("ro", "Reprezentanții Ministerului Sănătății au precizat că situația este sub control."))).toEqual([
      ["Reprezentanții Ministerului Sănătății", "unknown"],
    ]);
  });
  it("the noun alone keeps its words as written (it may stand for a body named before), but speaks as a body", () => {
    expect(who(run("en", "The department said the dam is safe."))).toEqual([["The department", "institution"]]);
  });
  it("a name that ends in the noun of a body is that body", () => {
    expect(who(run("en", "The measure would cut spending, the Congressional Budget Office said."))).toEqual([["Congressional Budget Office", "institution"]]);
  });
  it("a person's name is still a person", () => {
    expect(who(run("ro", "Potrivit lui Andrei Munteanu, atacul a fost respins."))).toEqual([["Andrei Munteanu", "person"]]);
  });
});
