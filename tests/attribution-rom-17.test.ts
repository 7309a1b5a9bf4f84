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
