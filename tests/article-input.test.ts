import { describe, expect, it } from "vitest";
import { extractClaims } from "../src/index.js";

// extractClaims checks a plain article by hand before falling back to the schema: both must accept
// and reject the same articles.
describe("article input checks", () => {
  const text = "“Talks will continue,” Kremlin spokesman Dmitry Peskov told reporters on Monday.";
  const code = (article: unknown) => {
    try {
      extractClaims(article as never);
      return "ok";
    } catch (e) {
      return (e as { code?: string }).code;
    }
  };

  it("accepts what the schema accepts", () => {
    expect(code({ text })).toBe("ok");
    expect(code({ id: "a", text, language: "en", publishedAt: "2024-02-29", title: null, outlet: undefined, url: null, issuer: null, via: ["AP"] })).toBe("ok");
    expect(code({ html: `<p>${text}</p>`, publishedAt: "2025-05-16T10:00:00+03:00" })).toBe("ok");
  });

  it("rejects what the schema rejects", () => {
    expect(code({ text, publishedAt: "2021-02-29" })).toBe("invalid_article");
    expect(code({ text, publishedAt: "16 May 2025" })).toBe("invalid_article");
    expect(code({ text, language: "english!" })).toBe("invalid_article");
    expect(code({ text, lang: "en" })).toBe("invalid_article");
    expect(code({ id: "", text })).toBe("invalid_article");
    expect(code({ text, via: ["AP", 1] })).toBe("invalid_article");
    expect(code({ text, title: 3 })).toBe("invalid_article");
    expect(code({ id: "a" })).toBe("invalid_article");
    expect(code(null)).toBe("invalid_article");
  });

  it("gives the same result for an article and its copy with the fields undefined left out", () => {
    const a = extractClaims({ id: "a", text, language: "en", publishedAt: "2025-05-16", via: ["AP"] });
    const b = extractClaims({ id: "a", text, language: "en", publishedAt: "2025-05-16", via: ["AP"], title: undefined, outlet: undefined });
    expect(b).toEqual(a);
    expect(a.claims.length).toBeGreaterThan(0);
    expect(a.article.via).toContain("AP");
  });
});
