import { describe, expect, it } from "vitest";
import { extractClaims } from "../src/index.js";

// Limits of the Romance and Slavic packs fixed as general rules (docs/limitations.md). Every
// sentence below was written for this file.
const run = (language: string, text: string) => extractClaims({ id: "t", text, language, publishedAt: "2026-03-18" }).claims;
const claims = (language: string, text: string) => run(language, text).map((c) => [c.speaker.name, c.kind, c.assertion]);

describe("a qualifying verb with an object pronoun is no retrospective attribution", () => {
  it.each([
    ["it", "Il sindaco l'ha definita “una scelta miope”.", "Il sindaco", "“una scelta miope”"],
    ["it", "La senatrice lo ha definito “un passo indietro”.", "La senatrice", "“un passo indietro”"],
    ["it", "Il segretario l'aveva descritto “come un errore storico”.", "Il segretario", "“come un errore storico”"],
    ["es", "La alcaldesa lo ha calificado de «un error histórico».", "La alcaldesa", "«un error histórico»"],
    ["ro", "Primarul l-a numit „un gest iresponsabil”.", "Primarul", "„un gest iresponsabil”"],
  ])("%s: %s", (language, text, speaker, content) => {
    expect(claims(language, text)).toEqual([[speaker, "direct", content]]);
  });
  it("ro: an enclitic feminine pronoun after the participle (a calificat-o)", () => {
    const c = run("ro", "Sindicatul a calificat-o drept „o provocare”.");
    expect(c.map((x) => [x.speaker.name, x.cue])).toEqual([["Sindicatul", "a calificat-o"]]);
  });
  it.each([
    ["it", "Il nuovo ponte aprirà a maggio. Lo ha riferito un portavoce della regione.", "un portavoce della regione"],
    ["it", "Il nuovo ponte aprirà a maggio. L'ha detto il sindaco.", "il sindaco"],
    ["es", "El nuevo puente abrirá en mayo. Lo ha dicho un portavoz regional.", "un portavoz regional"],
  ])("negative: a reporting participle with its subject after it still credits the sentence before (%s: %s)", (language, text, speaker) => {
    const c = run(language, text);
    expect(c.map((x) => [x.speaker.name, x.assertion])).toEqual([[speaker, text.slice(0, text.indexOf(".") + 1)]]);
  });
  it.each([
    ["it", "L'assessore l'ha incontrata martedì a Bari."],
    ["ro", "Premierul l-a numit ministru al Transporturilor."],
    ["ro", "Primarul l-a întâlnit marți la Cluj."],
  ])("negative: an object pronoun before a verb that reports nothing (%s: %s)", (language, text) => {
    expect(claims(language, text)).toEqual([]);
  });
});

const speaker = (language: string, text: string) => run(language, text).map((c) => [c.speaker.name, c.speaker.side]);

describe("a title and a state before a name, with no commas: the person, on that state's side", () => {
  it.each([
    ["fr", "Le ministre allemand des Affaires étrangères Hans Vogel a déclaré que la réunion était utile.", "DE"],
    ["fr", "Le ministre allemand Hans Vogel a déclaré que la réunion était utile.", "DE"],
    ["it", "Il ministro degli Esteri tedesco Hans Vogel ha detto che la riunione era utile.", "DE"],
    ["es", "El ministro de Exteriores alemán Hans Vogel dijo que la reunión fue útil.", "DE"],
    ["ro", "Ministrul de externe francez Jean Dupont a declarat că întâlnirea a fost utilă.", "FR"],
  ])("%s: %s", (language, text, side) => {
    const name = language === "ro" ? "Jean Dupont" : "Hans Vogel";
    expect(speaker(language, text)).toEqual([[name, side]]);
  });
  it("ro: a role word capitalised only by the sentence's start (no state: no side)", () => {
    expect(speaker("ro", "Ministrul de externe Jean Dupont a declarat că întâlnirea a fost utilă.")).toEqual([["Jean Dupont", null]]);
  });
  it.each([
    ["fr", "Le ministre des Affaires étrangères a déclaré que la réunion était utile.", "Le ministre des Affaires étrangères"],
    ["ro", "Ministrul de externe a declarat că întâlnirea a fost utilă.", "Ministrul de externe"],
  ])("negative: no name after the title keeps the description (%s: %s)", (language, text, name) => {
    expect(speaker(language, text).map((x) => x[0])).toEqual([name]);
  });
});

describe("a body after the noun of office, then a name: the person speaks", () => {
  it.each([
    ["fr", "Le représentant de l'ONU Pierre Lenz a déclaré que la trêve tenait."],
    ["fr", "Selon le représentant de l'ONU Pierre Lenz, la trêve tient."],
    ["es", "El representante de la ONU Pierre Lenz dijo que la tregua se mantiene."],
    ["it", "Il rappresentante dell'ONU Pierre Lenz ha detto che la tregua regge."],
    ["ro", "Reprezentantul ONU Pierre Lenz a declarat că armistițiul se menține."],
  ])("%s: %s", (language, text) => {
    expect(speaker(language, text).map((x) => x[0])).toEqual(["Pierre Lenz"]);
  });
  it.each([
    ["fr", "Le représentant de la Commission européenne a déclaré que la trêve tenait.", "Le représentant de la Commission européenne"],
    ["es", "El representante de la Unión Europea dijo que la tregua se mantiene.", "El representante de la Unión Europea"],
  ])("negative: a body with no name after it stays a description (%s: %s)", (language, text, name) => {
    expect(speaker(language, text).map((x) => x[0])).toEqual([name]);
  });
});

describe("a hyphenated role noun before an apposition, then a participle after a comma", () => {
  it.each([
    ["fr", "Le porte-parole du syndicat, Marc Olivier, a visité Lyon, affirmant que la grève continuerait.", "Marc Olivier"],
    ["fr", "Le directeur-adjoint du musée, Marc Olivier, a quitté Lyon, affirmant que la saison serait difficile.", "Marc Olivier"],
  ])("%s: %s", (language, text, name) => {
    expect(speaker(language, text).map((x) => x[0])).toEqual([name]);
  });
  it("negative: with no apposition, the hyphenated description is whole", () => {
    expect(speaker("fr", "Le porte-parole du syndicat a visité Lyon, affirmant que la grève continuerait.").map((x) => x[0])).toEqual([
      "Le porte-parole du syndicat",
    ]);
  });
});

describe("Spanish «de acuerdo con»: according to, not agreeing with", () => {
  it.each([
    ["De acuerdo con el alcalde, las obras terminarán en junio.", "el alcalde", "las obras terminarán en junio."],
    ["Las obras terminarán en junio, de acuerdo con el alcalde.", "el alcalde", "Las obras terminarán en junio"],
  ])("%s", (text, name, content) => {
    expect(run("es", text).map((c) => [c.speaker.name, c.assertion])).toEqual([[name, content]]);
  });
  it.each([
    ["La concejala dijo que está de acuerdo con el plan de obras.", "La concejala", "está de acuerdo con el plan de obras."],
    ["El sindicato afirmó que siempre ha estado de acuerdo con la reforma.", "El sindicato", "siempre ha estado de acuerdo con la reforma."],
  ])("negative: agreeing with something stays in the content (%s)", (text, name, content) => {
    expect(run("es", text).map((c) => [c.speaker.name, c.assertion])).toEqual([[name, content]]);
  });
  it("negative: agreeing alone is no claim of what follows", () => {
    expect(run("es", "La oposición está de acuerdo con el presupuesto.").map((c) => c.speaker.name)).not.toContain("el presupuesto");
  });
});
