import { describe, expect, it } from "vitest";
import { extractClaims } from "../src/index.js";

// Headlines give the speaker as a label before a comma and a quotation that is part of the line
// ("Casa Bianca, “molto buona” la telefonata"), often after a kicker ending in a colon. Only a line of
// its own with no full stop is a headline; the label is a person or a body the speakers pass knows.
const claims = (language: string, text: string) => extractClaims({ id: "t", text, language, publishedAt: "2025-03-18" }).claims;

describe("a headline label with a comma", () => {
  it.each([
    ["it", "Casa Bianca, “molto buona” la telefonata con Mosca\n\nI due leader hanno parlato a lungo.", "White House", "“molto buona” la telefonata con Mosca"],
    ["it", "Ucraina: Cremlino, “una nuova fase” nei negoziati\n\nIl testo è breve.", "Kremlin", "“una nuova fase” nei negoziati"],
    [
      "de",
      "Kreml, „sehr konstruktiv“ das Gespräch mit Washington\n\nBeide Seiten sprachen lange.",
      "Kremlin",
      "„sehr konstruktiv“ das Gespräch mit Washington",
    ],
    [
      "fr",
      "Diplomatie : Kremlin, « très constructif » l'entretien avec Washington\n\nLes deux camps ont parlé.",
      "Kremlin",
      "« très constructif » l'entretien avec Washington",
    ],
    ["es", "Casa Blanca, “muy buena” la llamada con Moscú\n\nAmbos líderes hablaron.", "White House", "“muy buena” la llamada con Moscú"],
  ])("%s: %s", (language, text, speaker, assertion) => {
    const c = claims(language, text)[0];
    expect([c?.speaker.name, c?.assertion, c?.kind]).toEqual([speaker, assertion, "mixed"]);
  });
});

describe("negative cases", () => {
  it.each([
    ["it", "Siria, “una nuova fase” per il paese\n\nIl testo è breve."],
    ["it", "Siria: “una nuova fase” nei negoziati\n\nIl testo è breve."],
    ["it", "Casa Bianca, “molto buona” la telefonata con Mosca, a quanto pare."],
    ["de", "Kreml, „gut“ das Gespräch\n\nBeide Seiten sprachen lange."],
  ])("%s: %s", (language, text) => {
    expect(claims(language, text)).toEqual([]);
  });
});
