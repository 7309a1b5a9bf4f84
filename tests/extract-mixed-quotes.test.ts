import { describe, expect, it } from "vitest";
import { extractClaims } from "../src/index.js";

const claims = (language: string, text: string) => extractClaims({ id: "t", text, language, publishedAt: "2025-03-18" }).claims;

// A CMS or an editor's autocorrect often leaves one straight and one curly mark around a quotation.
describe('a quotation between mixed marks ("…” and “…")', () => {
  it.each([
    ["it", 'Il Cremlino ha ribadito "l’impegno di Putin per una soluzione pacifica”.', '"l’impegno di Putin per una soluzione pacifica”'],
    ["it", 'Il ministro ha detto “la riunione è finita". Poi è partito.', '“la riunione è finita"'],
    ["en", 'The spokesman said “the talks were useful".', '“the talks were useful"'],
    ["fr", 'Le porte-parole a déclaré "l’entretien a été utile”.', '"l’entretien a été utile”'],
    ["es", 'El portavoz dijo "la reunión fue útil”.', '"la reunión fue útil”'],
    ["de", 'Der Sprecher sagte „das Gespräch war nützlich".', '„das Gespräch war nützlich"'],
    ["ru", 'Песков заявил „разговор был полезным".', '„разговор был полезным"'],
    ["uk", 'Речник заявив "розмова була корисною”.', '"розмова була корисною”'],
    ["pl", 'Rzecznik powiedział „rozmowa była przydatna".', '„rozmowa była przydatna"'],
    ["ro", 'Purtătorul de cuvânt a declarat "discuția a fost utilă”.', '"discuția a fost utilă”'],
    ["vi", 'Người phát ngôn nói “cuộc điện đàm rất hữu ích".', '“cuộc điện đàm rất hữu ích"'],
  ])("%s: %s", (language, text, quote) => {
    const cs = claims(language, text);
    expect(cs).toHaveLength(1);
    expect(cs[0]!.kind).toBe("direct");
    expect(cs[0]!.assertion).toBe(quote);
  });

  it("an apostrophe inside a word closes nothing, and a mark glued to a word opens nothing", () => {
    const cs = claims("it", 'Il ministro ha detto "l’Italia c’è”.');
    expect(cs[0]!.assertion).toBe('"l’Italia c’è”');
    // "5" in "a 5" inch screen" is no quotation: the mark follows a digit.
    expect(claims("en", 'The phone has a 5" screen and a 6” case, the maker said.')[0]?.kind).not.toBe("direct");
  });
});
