import { describe, expect, it } from "vitest";
import { z } from "zod";
import {
  ClaimSchema, ComparisonResultSchema, ArticleInputSchema,
  ClaimdiffError, defineLanguagePack, extendLanguagePack, extractClaims, getLanguagePack, listLanguages,
  ExtractionResultSchema, LanguagePackSchema,
} from "../src/index.js";

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
    expect(r.warnings.map((w) => w.code)).toContain("empty-text");
    expect(ExtractionResultSchema.safeParse(r).success).toBe(true);
  });
  it("warns about an unclosed quotation mark and does not let it swallow the article", () => {
    const text = "Peskov said: “The summit must be prepared.\nThe weather was fine. Nobody else spoke.";
    const r = extractClaims({ text, language: "en", publishedAt: "2025-05-16" });
    expect(r.warnings.some((w) => w.code === "unclosed-quote")).toBe(true);
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
      code: "xx", name: "Toy",
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
    for (const [schema, field] of [[ClaimSchema, "assertionSpan"], [ExtractionResultSchema, "warnings"], [ComparisonResultSchema, "disagreements"]] as const) {
      const json = JSON.stringify(z.toJSONSchema(schema, { unrepresentable: "any" }));
      expect(json).toContain(`"${field}"`);
      expect(json).toContain("draft/2020-12");
    }
    expect(z.toJSONSchema(ArticleInputSchema, { io: "input", unrepresentable: "any" })).toBeTruthy();
    expect(z.toJSONSchema(LanguagePackSchema, { io: "input", unrepresentable: "any" })).toBeTruthy();
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
