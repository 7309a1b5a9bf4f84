import { describe, expect, it } from "vitest";
import { z } from "zod";
import {
  ClaimSchema,
  ComparisonResultSchema,
  ArticleInputSchema,
  ClaimdiffError,
  defineLanguagePack,
  extendLanguagePack,
  extractClaims,
  getLanguagePack,
  listLanguages,
  ExtractionResultSchema,
  LanguagePackSchema,
  detectLanguage,
  BUILTIN_PACKS,
  compareClaims,
  type ArticleInput,
} from "../src/index.js";
import { scoreResult, formatScore } from "../src/eval.js";
import { htmlToArticle } from "../src/html.js";
import { decodeText, readArticle } from "../src/node.js";

describe("input validation", () => {
  it("rejects an article without text or html with a typed, actionable error", () => {
    try {
      extractClaims({ id: "x" } as never);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ClaimdiffError);
      expect((e as ClaimdiffError).code).toBe("invalid_article");
      expect((e as ClaimdiffError).message).toMatch(/needs `text`/);
      expect((e as ClaimdiffError).issues.length).toBeGreaterThan(0);
    }
  });
  it("names the bad field of a malformed publication date", () => {
    expect(() => extractClaims({ text: "x", publishedAt: "28/01/2017" })).toThrow(/publishedAt/);
  });
  it("rejects unknown options", () => {
    try {
      extractClaims({ text: "x" }, { lenient: true } as never);
      expect.unreachable();
    } catch (e) {
      expect((e as ClaimdiffError).code).toBe("invalid_options");
    }
  });
  it("says which languages exist when a language has no pack", () => {
    try {
      extractClaims({ text: "x", language: "tlh" });
      expect.unreachable();
    } catch (e) {
      expect((e as ClaimdiffError).code).toBe("unknown_language");
      expect((e as ClaimdiffError).message).toMatch(/defineLanguagePack/);
      expect((e as ClaimdiffError).message).toMatch(/en/);
    }
  });
  it("returns no claims and a warning for empty text, never a crash", () => {
    const r = extractClaims({ text: "", language: "en" });
    expect(r.claims).toEqual([]);
    expect(r.warnings.map((w) => w.code)).toContain("empty_text");
    expect(ExtractionResultSchema.safeParse(r).success).toBe(true);
  });
  it("warns about an unclosed quotation mark and does not let it swallow the article", () => {
    const text = "Peskov said: “The summit must be prepared.\nThe weather was fine. Nobody else spoke.";
    const r = extractClaims({ text, language: "en", publishedAt: "2025-05-16" });
    expect(r.warnings.some((w) => w.code === "unclosed_quote")).toBe(true);
    for (const c of r.claims) expect(c.assertion).not.toMatch(/weather/);
  });
});

describe("language packs are data", () => {
  it("lists the built-in languages", () => {
    expect(listLanguages()).toEqual(expect.arrayContaining(["en"]));
    expect(getLanguagePack("en-GB").code).toBe("en");
  });
  it("rejects a malformed pack with the path of the problem", () => {
    expect(() => defineLanguagePack({ code: "xx" } as never)).toThrow(ClaimdiffError);
    expect(() => defineLanguagePack({ code: "xx" } as never)).toThrow(/detection/);
  });
  it("runs a toy language through the unchanged pipeline", () => {
    // "Toki-lite": an invented language, defined only by data.
    const xx = defineLanguagePack({
      code: "xx",
      name: "Toy",
      detection: { scripts: ["Latin"], stopwords: ["li", "e", "la", "pi", "en", "tan", "ni", "mi", "sina", "ona"] },
      quotes: { pairs: [["<", ">"]] },
      sentences: { abbreviations: [] },
      reporting: { verbs: ["toki e"], complementizers: ["ni"], sources: ["tan"], pronouns: ["ona"] },
      entities: { kremlin: ["tomo lawa"] },
      topics: { meeting: ["kulupu"] },
      dates: { months: Array.from({ length: 12 }, (_, i) => [`mun${i + 1}`]), weekdays: Array.from({ length: 7 }, (_, i) => [`suno${i + 1}`]) },
      boilerplate: { lineStarts: ["o lukin"] },
    });
    const text = "tomo lawa li toki e ni: kulupu li pona.\no lukin: tomo lawa li toki e ni ike.";
    const r = extractClaims({ id: "toy", text, language: "xx", publishedAt: "2025-05-16" }, { packs: [xx] });
    expect(r.article.language).toBe("xx");
    expect(r.claims).toHaveLength(1);
    expect(r.claims[0]!.speaker.name).toBe("Kremlin");
    expect(r.claims[0]!.speaker.side).toBe("RU");
    expect(r.claims[0]!.topics).toContain("meeting");
    expect(r.claims[0]!.assertion).toBe(text.slice(...r.claims[0]!.assertionSpan));
  });
  it("extends a pack with a new reporting verb", () => {
    const text = "The Kremlin grumbled that the talks were useless.";
    expect(extractClaims({ text, language: "en" }).claims).toHaveLength(0);
    const en2 = extendLanguagePack(getLanguagePack("en"), { reporting: { verbs: ["grumbled"] } });
    expect(LanguagePackSchema.safeParse(en2).success).toBe(true);
    const r = extractClaims({ text, language: "en" }, { packs: [en2] });
    expect(r.claims.map((c) => c.speaker.name)).toEqual(["Kremlin"]);
    expect(getLanguagePack("en").reporting.verbs).not.toContain("grumbled");
  });
});

describe("shipped JSON Schemas and HTML input", () => {
  it("every result schema converts to JSON Schema (shipped in dist/schema at build time)", () => {
    for (const [schema, field] of [
      [ClaimSchema, "assertionSpan"],
      [ExtractionResultSchema, "warnings"],
      [ComparisonResultSchema, "disagreements"],
    ] as const) {
      const json = JSON.stringify(z.toJSONSchema(schema, { unrepresentable: "any" }));
      expect(json).toContain(`"${field}"`);
      expect(json).toContain("draft/2020-12");
    }
    const articleDoc = z.toJSONSchema(ArticleInputSchema, { io: "input", unrepresentable: "any" }) as { $ref?: string; $defs?: Record<string, unknown> };
    expect(articleDoc.$ref).toBe("#/$defs/ArticleInput");
    const article = articleDoc.$defs!["ArticleInput"] as { properties: Record<string, { description?: string }>; additionalProperties?: unknown };
    expect(Object.keys(article.properties)).toEqual(expect.arrayContaining(["text", "html", "publishedAt", "language", "outlet", "issuer"]));
    expect(article.additionalProperties).toBe(false); // strict: a misspelt field is an error
    expect(article.properties["publishedAt"]!.description).toMatch(/ISO 8601/);
    const packDoc = z.toJSONSchema(LanguagePackSchema, { io: "input", unrepresentable: "any" }) as { $ref?: string; $defs?: Record<string, unknown> };
    const pack = packDoc.$defs![packDoc.$ref!.replace("#/$defs/", "")] as { required?: string[]; properties: Record<string, unknown> };
    expect(pack.required).toEqual(expect.arrayContaining(["code", "detection", "quotes"]));
    expect(Object.keys(pack.properties)).toEqual(expect.arrayContaining(["reporting", "entities", "dates"]));
  });
  it("extractClaims({ html }) keeps the body and reads the page's metadata", () => {
    const html = `<!doctype html><html lang="en"><head><title>Kremlin on talks</title>
      <meta property="og:site_name" content="Example News"><link rel="canonical" href="https://news.example/kremlin-talks">
      <meta property="article:published_time" content="2025-05-16T09:00:00Z"></head>
      <body><nav>Home | World | Read also: Trump said nothing</nav><article><h1>Kremlin on talks</h1>
      <p>Kremlin spokesman Dmitry Peskov said on Friday that a summit needed careful preparation.</p>
      <p>“It must be prepared by experts,” Peskov told reporters in Moscow.</p></article>
      <footer>Leave a Reply</footer></body></html>`;
    const r = extractClaims({ id: "page", html });
    expect(r.article).toMatchObject({ outlet: "Example News", url: "https://news.example/kremlin-talks", publishedAt: "2025-05-16T09:00:00Z", language: "en" });
    expect(r.claims.map((c) => c.speaker.name)).toEqual(["Dmitry Peskov", "Dmitry Peskov"]);
    for (const c of r.claims) expect(r.text.slice(...c.assertionSpan)).toBe(c.assertion);
    expect(r.text).not.toMatch(/Home \| World/);
  });
});

describe("ArticleInput is strict", () => {
  it("a misspelt field does not compile, and is rejected at run time naming the field", () => {
    // @ts-expect-error `txt` is no field of an article
    const misspelt: ArticleInput = { txt: "Peskov said the talks were useful." };
    try {
      extractClaims(misspelt);
      expect.unreachable();
    } catch (e) {
      expect((e as ClaimdiffError).code).toBe("invalid_article");
      expect((e as ClaimdiffError).message).toMatch(/txt/);
    }
    // @ts-expect-error an article needs text or html
    const empty: ArticleInput = { id: "x" };
    expect(() => extractClaims(empty)).toThrow(expect.objectContaining({ code: "invalid_article" }));
  });
  it("accepts only dates that are in the calendar", () => {
    for (const bad of ["2021-13-45", "2021-02-29", "2025-04-31", "2025-01-01T24:00", "2025-01-01T10:61:00Z", "2025-01-01T10:00:00+25:00"]) {
      expect(() => extractClaims({ text: "x", language: "en", publishedAt: bad }), bad).toThrow(expect.objectContaining({ code: "invalid_article" }));
    }
    for (const good of ["2024-02-29", "2025-12-31T23:59:59Z", "2025-03-18T18:40:00+03:00", "2025-03-18 18:40"]) {
      expect(extractClaims({ text: "x", language: "en", publishedAt: good }).article.publishedAt, good).toBe(good);
    }
  });
});

describe("every public function answers bad arguments with a ClaimdiffError and a code", () => {
  const code = (f: () => unknown) => {
    try {
      f();
    } catch (e) {
      return e instanceof ClaimdiffError ? e.code : `not a ClaimdiffError: ${String(e)}`;
    }
    return "no error";
  };
  it.each([
    ["detectLanguage(42)", () => detectLanguage(42 as never, BUILTIN_PACKS), "invalid_input"],
    ["detectLanguage(text, null)", () => detectLanguage("Peskov said so.", null as never), "invalid_input"],
    ["getLanguagePack(null)", () => getLanguagePack(null as never), "invalid_input"],
    ["getLanguagePack('en', 'x')", () => getLanguagePack("en", "x" as never), "invalid_input"],
    ["a pack { code: 'zz' } in options.packs", () => extractClaims({ text: "x", language: "zz" }, { packs: [{ code: "zz" } as never] }), "invalid_options"],
    ["defineLanguagePack(null)", () => defineLanguagePack(null as never), "invalid_language_pack"],
    ["extendLanguagePack(null, …)", () => extendLanguagePack(null as never, {}), "invalid_language_pack"],
    ["extendLanguagePack(en, 'x')", () => extendLanguagePack(getLanguagePack("en"), "x" as never), "invalid_language_pack"],
    ["scoreResult({}, r)", () => scoreResult({}, { articles: [] }), "invalid_gold"],
    ["scoreResult(gold, null)", () => scoreResult({ articles: {} }, null), "invalid_claims"],
    ["formatScore({})", () => formatScore({} as never), "invalid_input"],
    ["htmlToArticle(42)", () => htmlToArticle(42 as never), "invalid_input"],
    ["decodeText('x')", () => decodeText("x" as never), "invalid_input"],
    ["readArticle(42)", () => readArticle(42 as never), "invalid_input"],
    ["readArticle('missing.txt')", () => readArticle("no/such/file.txt"), "unreadable_input"],
    ["compareClaims(42)", () => compareClaims(42 as never), "invalid_claims"],
  ])("%s", (_, f, expected) => {
    expect(code(f)).toBe(expected);
  });
  it("a pack checked once is remembered (no validation per article)", () => {
    const en = structuredClone(getLanguagePack("en")); // as a worker thread receives it
    expect(extractClaims({ text: "“We will see,” Peskov said.", language: "en" }, { packs: [en] }).claims).toHaveLength(1);
  });
});
