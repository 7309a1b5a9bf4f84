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
