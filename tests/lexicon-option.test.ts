import { describe, expect, it } from "vitest";
import { BUILTIN_LEXICON, ClaimdiffError, compareClaims, compile, extendLexicon, extractClaims, getLanguagePack, type Lexicon } from "../src/index.js";
import { compilePack } from "../src/pipeline/lexicon.js";
import { lexiconFor } from "../src/compare/represent/lexicon.js";
import { readMentions } from "../src/compare/represent/index.js";
import { BUILTIN_LEXICON_INPUT } from "../src/lexicon/index.js";
import { LexiconSchema } from "../src/lexicon/types.js";

const xample: Lexicon = extendLexicon(BUILTIN_LEXICON, {
  entities: [{ id: "ursula-xample", name: "Ursula Xample", kind: "person", side: "DE", names: ["Ursula Xample", "Xample"], forms: { ru: ["Ксампл*"] } }],
  roles: [
    {
      id: "de-trade-minister",
      label: "German trade minister",
      side: "DE",
      holders: [{ id: "ursula-xample", from: "2030-01-01" }],
      forms: { en: ["German trade minister"] },
    },
  ],
});

const EN = { id: "en-1", text: "“We will not give in to pressure,” Xample said on Monday.", language: "en", publishedAt: "2031-03-04" };
const DE = { id: "de-1", text: "„Wir werden dem Druck nicht nachgeben“, sagte Ursula Xample am Montag.", language: "de", publishedAt: "2031-03-04" };
const speakers = (r: ReturnType<typeof extractClaims>) => r.claims.map((c) => c.speaker.id);

describe("the lexicon as an option", () => {
  it("a person added with extendLexicon is the speaker of claims in English and German", () => {
    for (const a of [EN, DE]) {
      const withIt = extractClaims(a, { lexicon: xample });
      expect(speakers(withIt), a.language).toEqual(["ursula-xample"]);
      expect(withIt.claims[0]!.speaker).toMatchObject({ name: "Ursula Xample", kind: "person", side: "DE" });
      // Without the extension the claim is found but nobody knows her: no such speaker id.
      const without = extractClaims(a);
      expect(without.claims).toHaveLength(1);
      expect(without.claims[0]!.speaker.id, a.language).toBeNull();
    }
  });

  it("forms of one language and roles with dates in office come from the lexicon", () => {
    const ru = extractClaims(
      { id: "ru-1", text: "«Мы не уступим давлению», — заявила Ксампл в понедельник.", language: "ru", publishedAt: "2031-03-04" },
      { lexicon: xample },
    );
    expect(speakers(ru)).toEqual(["ursula-xample"]);
    const role = (publishedAt: string) =>
      extractClaims(
        { id: "r", text: "“We will not give in to pressure,” the German trade minister said on Monday.", language: "en", publishedAt },
        { lexicon: xample },
      );
    expect(speakers(role("2031-03-04"))).toEqual(["ursula-xample"]);
    // Before she took office the title names nobody known: the role's label and side.
    expect(role("2020-03-04").claims.map((c) => [c.speaker.id, c.speaker.role, c.speaker.side])).toEqual([[null, "German trade minister", "DE"]]);
  });

  it("the comparison reads names through the same lexicon", () => {
    const text = "Xample spoke with Putin about trade.";
    expect(readMentions(text, lexiconFor("en", compile([], xample)).lexicon, "2031-03-04").people).toContain("ursula-xample");
    expect(readMentions(text, lexiconFor("en").lexicon, "2031-03-04").people).not.toContain("ursula-xample");
    const a = extractClaims(EN, { lexicon: xample });
    const b = extractClaims({ ...DE, id: "de-2" }, { lexicon: xample });
    const result = compareClaims([a, b], { lexicon: xample });
    expect(result.articles.flatMap((x) => x.claims).map((c) => c.speaker.id)).toEqual(["ursula-xample", "ursula-xample"]);
  });

  it("an id an extension refers to but nobody defines is a typed warning at extraction", () => {
    const broken = extendLexicon(BUILTIN_LEXICON, { roles: [{ id: "xx-envoy", label: "Envoy", holders: [{ id: "nobody-defined" }] }] });
    const w = extractClaims(EN, { lexicon: broken }).warnings.filter((x) => x.code === "unknown_lexicon_id");
    expect(w).toHaveLength(1);
    expect(w[0]!.message).toMatch(/nobody-defined/);
    expect(extractClaims(EN, { lexicon: xample }).warnings.filter((x) => x.code === "unknown_lexicon_id")).toEqual([]);
    expect(extractClaims(EN).warnings.filter((x) => x.code === "unknown_lexicon_id")).toEqual([]);
  });

  it("rejects what is no lexicon, with the options error", () => {
    const bad = { entities: [{ id: "Not An Id" }] };
    expect(() => extractClaims(EN, { lexicon: bad as unknown as Lexicon })).toThrow(ClaimdiffError);
    expect(() => compareClaims([], { lexicon: bad as unknown as Lexicon })).toThrow(/lexicon/);
    expect(() => extendLexicon(BUILTIN_LEXICON, { entities: [{ id: "x-y", kind: "robot" as "person" }] })).toThrow(ClaimdiffError);
    // The base is unchanged by an extension.
    expect(BUILTIN_LEXICON.entities.some((e) => e.id === "ursula-xample")).toBe(false);
  });
});

describe("one compiled model", () => {
  it("is memoised per (packs, lexicon) and shared by extraction and comparison", () => {
    expect(compile([], xample)).toBe(compile([], xample));
    expect(compile()).toBe(compile([], BUILTIN_LEXICON));
    expect(compile([], xample)).not.toBe(compile());
    const en = getLanguagePack("en");
    expect(compile([en], xample)).not.toBe(compile([], xample));
    // The matchers of a pack are built once per lexicon, whatever the packs list.
    expect(compilePack(en, compile([en], xample))).toBe(compilePack(en, compile([], xample)));
    expect(compilePack(en, compile([], xample))).not.toBe(compilePack(en, compile()));
    expect(lexiconFor("en", compile([], xample)).lexicon).toBe(lexiconFor("en", compile([en], xample)).lexicon);
  });

  it("can be passed precompiled to extractClaims and compareClaims", () => {
    const model = compile([], xample);
    expect(extractClaims(EN, { model })).toEqual(extractClaims(EN, { lexicon: xample }));
    const r = extractClaims(EN, { model });
    expect(compareClaims([r], { model })).toEqual(compareClaims([r], { lexicon: xample }));
    expect(() => extractClaims(EN, { model: {} as typeof model })).toThrow(/compile/);
    expect(() => compile([{}] as never)).toThrow(ClaimdiffError);
    expect(() => compile([], { entities: "none" } as never)).toThrow(/lexicon/);
  });
});

describe("the built-in lexicon", () => {
  it("is what the schema makes of its input (its defaults are filled without zod at import)", () => {
    expect(BUILTIN_LEXICON).toEqual(LexiconSchema.parse(BUILTIN_LEXICON_INPUT()));
    expect(BUILTIN_LEXICON.entities.length).toBeGreaterThan(20);
  });
});
