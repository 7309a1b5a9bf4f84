import { describe, expect, it } from "vitest";
import { describedSide } from "../src/compare/accounts.js";
import { compareClaims } from "../src/compare/index.js";
import { represent, type ClaimRep } from "../src/compare/represent/index.js";
import { lexiconFor } from "../src/compare/represent/lexicon.js";
import { extractClaims, type ArticleInput } from "../src/index.js";
import type { Speaker } from "../src/schema/claim.js";
import { makeClaim } from "./helpers/gold-claims.js";

// Team-written sentences (invented statements).

function read(language: string, assertion: string): ClaimRep {
  const claim = makeClaim({ assertion, language, speaker: "Ministry", side: "RU", date: "2026-06-24" });
  return represent(claim, lexiconFor(language).lexicon, 0);
}

const described = (language: string, name: string): string | null => {
  const speaker: Speaker = { name, id: null, mention: name, mentionSpan: null, kind: "unknown", role: null, side: null };
  return describedSide(speaker, lexiconFor(language).lexicon);
};

describe("only an official description speaks for its state", () => {
  it.each([
    ["en", "a German government spokesman", "DE"],
    ["en", "Russian diplomats", "RU"],
    ["en", "a senior Ukrainian official", "UA"],
    ["de", "ein Sprecher der Bundesregierung", "DE"],
    ["de", "ein russischer Regierungssprecher", "RU"],
    ["de", "das ukrainische Außenministerium", "UA"],
    ["fr", "un porte-parole du gouvernement allemand", "DE"],
    ["fr", "un responsable ukrainien", "UA"],
    ["es", "un portavoz del gobierno alemán", "DE"],
    ["es", "fuentes diplomáticas rusas", "RU"],
    ["it", "un portavoce del governo tedesco", "DE"],
    ["it", "un funzionario ucraino", "UA"],
    ["ru", "представитель правительства Германии", "DE"],
    ["ru", "украинская сторона", "UA"],
    ["uk", "речник уряду Німеччини", "DE"],
    ["uk", "російські дипломати", "RU"],
    ["pl", "rzecznik niemieckiego rządu", "DE"],
    ["pl", "ukraińscy urzędnicy", "UA"],
    ["ro", "purtătorul de cuvânt al guvernului german", "DE"],
    ["ro", "oficiali ucraineni", "UA"],
    ["vi", "người phát ngôn chính phủ Đức", "DE"],
    ["vi", "phía Ukraine", "UA"],
  ])("%s: %s", (language, name, side) => {
    expect(described(language, name)).toBe(side);
  });

  it.each([
    // Negatives: people of a state who do not speak for it.
    ["en", "German analysts"],
    ["en", "a Russian expert"],
    ["en", "Ukrainian media"],
    ["de", "deutsche Analysten"],
    ["de", "ein russischer Experte"],
    ["fr", "des analystes allemands"],
    ["fr", "un expert russe"],
    ["es", "analistas alemanes"],
    ["es", "un experto ruso"],
    ["it", "analisti tedeschi"],
    ["it", "un esperto russo"],
    ["ru", "немецкие аналитики"],
    ["ru", "украинский эксперт"],
    ["uk", "німецькі аналітики"],
    ["uk", "російський експерт"],
    ["pl", "niemieccy analitycy"],
    ["pl", "rosyjski ekspert"],
    ["ro", "analiști germani"],
    ["ro", "un expert rus"],
    ["vi", "các nhà phân tích Đức"],
    ["vi", "một chuyên gia Nga"],
  ])("negative %s: %s", (language, name) => {
    expect(described(language, name)).toBeNull();
  });

  it("a body of one side speaks for it with no word of office", () => {
    expect(described("en", "Kremlin sources")).toBe("RU");
  });

  const call = (extra: string): ArticleInput[] => [
    {
      id: "a1",
      language: "en",
      publishedAt: "2026-11-20",
      text:
        "Merz and Zelensky hold phone call\n\nGerman Chancellor Friedrich Merz and Ukrainian President Volodymyr Zelensky spoke by phone on Thursday. " +
        `${extra} said the conversation was very good.`,
    },
    {
      id: "a2",
      language: "en",
      publishedAt: "2026-11-20",
      text:
        "Zelensky speaks with Merz\n\nUkrainian President Volodymyr Zelensky spoke with German Chancellor Friedrich Merz on Thursday. " +
        "Zelensky said the conversation was constructive.",
    },
  ];
  const tone = (extra: string) => {
    const cmp = compareClaims(call(extra).map((a) => extractClaims(a)));
    return cmp.events.flatMap((e) => e.disagreements).filter((d) => d.type === "characterization");
  };

  it("a government spokesman's 'very good' is the German side's, against Zelensky's 'constructive'", () => {
    const flags = tone("A German government spokesman");
    expect(flags).toHaveLength(1);
    expect(Object.keys(flags[0]!.sides).sort()).toEqual(["DE", "UA"]);
  });

  it("negative: German analysts are no side of the call", () => {
    expect(tone("German analysts")).toEqual([]);
  });
});
