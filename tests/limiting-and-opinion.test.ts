import { describe, expect, it } from "vitest";
import { extractClaims } from "../src/index.js";

const claims = (language: string, text: string) =>
  extractClaims({ id: "t", text, language, publishedAt: "2025-11-14" }).claims.map((c) => ({ speaker: c.speaker.name, assertion: c.assertion }));

// A verb of limiting before the verb of saying ("si è limitato a dire che …", "s'est contenté de
// dire que …"): the chain is one reporting verb. They gave no claim.
describe("a verb of limiting, then the verb of saying", () => {
  it.each([
    ["it", "Il portavoce, interpellato dai giornalisti, si è limitato a ribadire che la decisione spetta al governo.", "Il portavoce"],
    ["it", "Un portavoce della Commissione si è limitato a dire che “ogni contatto è benvenuto”.", "Un portavoce della Commissione"],
    ["fr", "Le porte-parole s'est contenté de dire que la décision appartient au gouvernement.", "Le porte-parole"],
    ["es", "El portavoz se limitó a decir que la decisión corresponde al Gobierno.", "El portavoz"],
    ["ro", "Purtătorul de cuvânt s-a limitat să spună că decizia aparține guvernului.", "Purtătorul de cuvânt"],
  ])("%s: %s", (language, text, speaker) => {
    const out = claims(language, text);
    expect(out).toHaveLength(1);
    expect(out[0]!.speaker).toBe(speaker);
  });
  it.each([
    ["it", "Il governo si è limitato a ridurre le tasse sul carburante."],
    ["fr", "Le gouvernement s'est contenté de réduire les impôts sur le carburant."],
    ["es", "El Gobierno se limitó a reducir los impuestos sobre el combustible."],
    ["ro", "Guvernul s-a limitat să reducă taxele pe carburant."],
  ])("negative: limiting an act, %s: %s", (language, text) => {
    expect(claims(language, text)).toEqual([]);
  });
});

// A preposition of view before a description that ends in a name of two words, then a comma or a
// quotation: the named person holds the view ("Per la segretaria del partito Elly Schlein “…”").
describe("a preposition of view before a description with a name", () => {
  it.each([
    ["fr", "Pour la cheffe des écologistes Marine Tondelier, le gouvernement se tait sur les droits humains.", "Marine Tondelier"],
    ["es", "Para la líder del partido andaluz María Jesús Montero, el Gobierno calla sobre los derechos humanos.", "María Jesús Montero"],
    ["ro", "Pentru liderul opoziției George Simion, guvernul tace despre drepturile omului.", "George Simion"],
    ["it", "Per la segretaria del partito Elly Schlein “il governo tace sui diritti umani”.", "Elly Schlein"],
  ])("%s: %s", (language, text, speaker) => {
    const out = claims(language, text);
    expect(out).toHaveLength(1);
    expect(out[0]!.speaker).toBe(speaker);
  });
  it.each([
    ["it", "Per la festa di Natale Mario Rossi ha comprato un albero."],
    ["fr", "Pour la fête de Noël Jean Dupont a acheté un sapin."],
    ["es", "Para la cena de Navidad María López compró un pavo."],
  ])("negative: a purpose, not a view, %s: %s", (language, text) => {
    expect(claims(language, text)).toEqual([]);
  });
});
