import { describe, expect, it } from "vitest";
import { BUILTIN_PACKS, detectLanguage, extractClaims } from "../src/index.js";

// Attribution in Spanish, French and Italian news (issue 11). Every sentence below was written
// for this file.
const run = (language: string, text: string) => extractClaims({ id: "t", text, language, publishedAt: "2026-03-18" }).claims;
const code = (text: string) => detectLanguage(text, BUILTIN_PACKS)?.pack.code;

describe("language detection: the detector's guess needs stopwords of its language in the text", () => {
  it.each([
    ["fr", "« Ce budget est un budget de responsabilité », a lancé François Bayrou sous les huées d'une partie de l'hémicycle."],
    ["it", "La segretaria del Pd, Elly Schlein, ha attaccato il governo, definendo la riforma «un regolamento di conti con la magistratura»."],
    ["de", "Die Oppositionsparteien CDU und FDP im niedersächsischen Landtag haben eine Sondersitzung des Innenausschusses beantragt."],
  ])("%s: %s", (language, text) => {
    expect(code(text)).toBe(language);
  });
  it.each([
    ["es", "El portavoz del Gobierno dijo el martes que las negociaciones seguirán."],
    ["en", "The spokesman said on Tuesday that the talks would continue next week."],
    ["fr", "Le vote doit avoir lieu lundi, a précisé la conférence des présidents."],
    ["it", "Il sindaco di Norcia ha detto che alcune scuole resteranno chiuse."],
  ])("negative: a sure guess backed by its stopwords stays (%s)", (language, text) => {
    expect(code(text)).toBe(language);
  });
});

const said = (language: string, text: string) => run(language, text).map((c) => [c.speaker.name, c.cue, c.assertion]);

describe("a relative clause between commas after the subject: the subject speaks by the verb after it", () => {
  it.each([
    ["es", "Un testigo, que pidió no ser identificado, dijo que el agua entró en su casa.", "Un testigo", "dijo", "el agua entró en su casa."],
    ["es", "El alcalde, que visitó la zona por la tarde, afirmó que la situación es grave.", "El alcalde", "afirmó", "la situación es grave."],
    [
      "es",
      "Una vecina de Alzira, que prefirió no dar su nombre, relató a la agencia que el río se desbordó de noche.",
      "Una vecina de Alzira",
      "relató",
      "el río se desbordó de noche.",
    ],
    ["it", "Il sindaco, che ha visitato la zona nel pomeriggio, ha detto che la situazione è grave.", "Il sindaco", "ha detto", "la situazione è grave."],
    [
      "fr",
      "Un témoin, qui a requis l'anonymat, a raconté que l'eau était montée en quelques minutes.",
      "Un témoin",
      "a raconté",
      "l'eau était montée en quelques minutes.",
    ],
  ])("%s: %s", (language, text, speaker, cue, content) => {
    expect(said(language, text)).toEqual([[speaker, cue, content]]);
  });
  it.each([
    ["es", "El alcalde dijo que la situación es grave.", "El alcalde", "dijo", "la situación es grave."],
    ["it", "Il sindaco ha detto che la situazione è grave.", "Il sindaco", "ha detto", "la situazione è grave."],
    ["es", "El Gobierno anunció que recurrirá la sentencia.", "El Gobierno", "anunció", "recurrirá la sentencia."],
  ])("negative: the same word as a complementizer still opens the content (%s: %s)", (language, text, speaker, cue, content) => {
    expect(said(language, text)).toEqual([[speaker, cue, content]]);
  });
});

const who = (language: string, text: string) => run(language, text).map((c) => c.speaker.name);

describe("a capitalised particle inside a name ('Le', 'La', 'Di', 'De') is part of it", () => {
  it.each([
    ["fr", "Sophie Le Pen a dénoncé un texte « injuste ».", "Sophie Le Pen"],
    ["fr", "Le député Jean Le Gall a déclaré que le texte était injuste.", "Jean Le Gall"],
    ["fr", "Selon Jean-Yves Le Drian, la France doit agir.", "Jean-Yves Le Drian"],
    ["fr", "« Non », a déclaré Paul Le Gall.", "Paul Le Gall"],
    ["it", "Secondo Ignazio La Russa, il voto è regolare.", "Ignazio La Russa"],
    ["it", "«Non cambierà nulla», ha detto Paola La Rosa.", "Paola La Rosa"],
  ])("%s: %s", (language, text, name) => {
    expect(who(language, text)).toEqual([name]);
  });
  it.each([
    ["fr", "Le Premier ministre a dit que Le Monde avait tort.", "Le Premier ministre"],
    ["it", "Il sindaco ha detto che La Spezia avrà un nuovo porto.", "Il sindaco"],
  ])("negative: a capitalised article with no first name before it opens a phrase of its own (%s: %s)", (language, text, name) => {
    const c = run(language, text);
    expect(c.map((x) => x.speaker.name)).toEqual([name]);
    expect(c[0]!.assertion.startsWith(language === "fr" ? "Le Monde" : "La Spezia")).toBe(true);
  });
});

describe("it: nouns of office before a name are its title ('Guardasigilli', 'capogruppo')", () => {
  it.each([
    ["Il Guardasigilli Marco Ferri ha respinto le critiche dell'opposizione.", "Marco Ferri"],
    ["«Non si fanno riforme così», ha detto il capogruppo di Forza Italia Paolo Barelli.", "Paolo Barelli"],
  ])("%s", (text, name) => {
    expect(who("it", text)).toEqual([name]);
  });
  it("negative: the noun alone stays the description", () => {
    expect(who("it", "Il capogruppo ha detto che il voto slitta a giugno.")).toEqual(["Il capogruppo"]);
  });
});
