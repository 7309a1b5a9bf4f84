import { describe, expect, it } from "vitest";
import { detectLanguage, extractClaims } from "../src/index.js";

// Speakers in languages other than English and German (ml39, issue 11). Every sentence below was written for this file.
const run = (language: string, text: string) => extractClaims({ id: "t", text, language, publishedAt: "2026-03-10" }).claims;
const first = (language: string, text: string) => run(language, text)[0]?.speaker ?? null;

describe("the speaker's own turn between subject and verb ('в свою очередь', 'por su parte'): the whole subject speaks", () => {
  it.each([
    ["ru", "Белый дом, в свою очередь, сообщил, что переговоры продолжатся в следующем месяце.", "White House"],
    ["ru", "Белый дом, со своей стороны, сообщил, что переговоры продолжатся.", "White House"],
    ["ru", "Министерство обороны, в свою очередь, сообщило, что учения завершены.", "Министерство обороны"],
    ["uk", "Білий дім, своєю чергою, повідомив, що переговори продовжаться наступного місяця.", "White House"],
    ["uk", "Білий дім, у свою чергу, повідомив, що переговори продовжаться.", "White House"],
    ["it", "La Casa Bianca, da parte sua, ha riferito che i colloqui continueranno il mese prossimo.", "White House"],
    ["fr", "La Maison Blanche, de son côté, a indiqué que les discussions reprendront le mois prochain.", "White House"],
    ["es", "La Casa Blanca, por su parte, informó que las conversaciones continuarán el próximo mes.", "White House"],
    ["ro", "Casa Albă, la rândul său, a transmis că discuțiile vor continua luna viitoare.", "White House"],
    ["pl", "Biały Dom ze swojej strony poinformował, że rozmowy będą kontynuowane.", "White House"],
    ["pl", "Ministerstwo Obrony ze swojej strony poinformowało, że rozmowy będą kontynuowane.", "Ministerstwo Obrony"],
  ])("%s: %s", (lang, text, name) => {
    expect(first(lang, text)?.name).toBe(name);
  });
  it.each([
    // (a parenthesis that is no turn phrase, as before; a preposition phrase after the verb stays content)
    ["ru", "Белый дом, однако, сообщил, что переговоры продолжатся.", "White House"],
    ["ru", "Песков, тем временем, сообщил, что переговоры продолжатся.", "Dmitry Peskov"],
    ["ru", "Белый дом сообщил, что переговоры продолжатся в свою очередь.", "White House"],
    ["pl", "Biały Dom poinformował, że obie strony ze swojej strony zgodziły się na rozmowy.", "White House"],
  ])("negative %s: %s", (lang, text, name) => {
    expect(first(lang, text)?.name).toBe(name);
  });
});

describe("a body's list of fields after an opening source ('Según el Ministerio de Agricultura, Pesca y Alimentación, …')", () => {
  it.each([
    [
      "es",
      "Según el Ministerio de Agricultura, Pesca y Alimentación, las exportaciones crecieron un 5 por ciento.",
      "el Ministerio de Agricultura, Pesca y Alimentación",
      "las exportaciones",
    ],
    [
      "it",
      "Secondo il Ministero dell'Agricoltura, della Sovranità alimentare e delle Foreste, le esportazioni sono cresciute del 5 per cento.",
      "il Ministero dell'Agricoltura, della Sovranità alimentare e delle Foreste",
      "le esportazioni",
    ],
    [
      "fr",
      "Selon le ministère de l'Agriculture et de la Souveraineté alimentaire, les exportations ont augmenté de 5 %.",
      "le ministère de l'Agriculture et de la Souveraineté alimentaire",
      "les exportations",
    ],
  ])("%s: %s", (lang, text, name, opens) => {
    const c = run(lang, text)[0];
    expect(c?.speaker.name).toBe(name);
    expect(c?.speaker.kind).toBe("institution");
    expect(c?.assertion.startsWith(opens)).toBe(true);
  });
  it.each([
    // (states, people or a list of subjects after the comma are the content's)
    ["es", "Según el Ministerio de Agricultura, España y Francia, además, firmaron el acuerdo.", "el Ministerio de Agricultura", "España"],
    [
      "it",
      "Secondo il Ministero dell'Agricoltura, Giorgia Meloni e Matteo Salvini, invece, hanno firmato l'accordo.",
      "il Ministero dell'Agricoltura",
      "Giorgia",
    ],
    ["es", "Según el Ministerio de Agricultura, las exportaciones, los precios y el empleo crecieron.", "el Ministerio de Agricultura", "las exportaciones"],
    // (no comma closes the list: the fields are no part of the source)
    ["es", "Según el Ministerio de Agricultura, Pesca y Alimentación crecieron un 5 por ciento.", "el Ministerio de Agricultura", "Pesca"],
  ])("negative %s: %s", (lang, text, name, opens) => {
    const c = run(lang, text)[0];
    expect(c?.speaker.name).toBe(name);
    expect(c?.assertion.startsWith(opens)).toBe(true);
  });
});

describe("detection of a short line: a verb form of one language outweighs another's ending (pack detection.headlineVerbs)", () => {
  const code = (text: string) => detectLanguage(text)?.pack.code ?? null;
  it.each([
    ["de", "Meloni trifft Macron."],
    ["de", "Merz empfängt Meloni."],
    ["fr", "Macron reçoit Meloni."],
    ["pl", "Tusk spotyka Meloni."],
    ["es", "Sánchez recibe a Meloni."],
  ])("%s: %s", (lang, text) => {
    expect(code(text)).toBe(lang);
  });
  it.each([
    // (a function word or an ending of its own language with no verb form of another, as before)
    ["it", "Salvini con Meloni."],
    ["ro", "Popescu a negat."],
    ["it", "Meloni incontra Macron."],
  ])("negative %s: %s", (lang, text) => {
    expect(code(text)).toBe(lang);
  });
});
