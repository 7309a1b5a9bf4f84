import { describe, expect, it } from "vitest";
import { extractClaims } from "../src/index.js";

/** A paragraph with one attributed claim of its own, numbered. */
const para = (i: number) => `Dmitry Peskov told reporters on Tuesday that "the talks in round ${i} with Washington were useful and frank."`;

// Long articles (over 256k characters) are read window by window (src/pipeline/extract.ts): the
// claims, their spans into the original text, their ids and the warnings must be those of one
// reading of the whole text.
describe("a long article read window by window", () => {
  const n = 4000;
  const text = Array.from({ length: n }, (_, i) => para(i + 1)).join("\n\n");

  it("is long enough to be cut into windows", () => {
    expect(text.length).toBeGreaterThan(1 << 18);
  });

  it("yields every paragraph's claim once, in order, with ids numbered over the whole article", () => {
    const r = extractClaims({ id: "long", text, language: "en", publishedAt: "2025-03-19" });
    expect(r.claims).toHaveLength(n);
    r.claims.forEach((c, k) => {
      expect(c.id).toBe(`long:c${k + 1}`);
      expect(c.assertion).toBe(text.slice(c.assertionSpan[0], c.assertionSpan[1]));
      expect(c.assertion).toContain(`round ${k + 1} with`);
      expect(c.speaker.name).toBe("Dmitry Peskov");
    });
    // the same paragraph alone gives the same claim
    const alone = extractClaims({ id: "one", text: para(1), language: "en", publishedAt: "2025-03-19" }).claims[0]!;
    expect({ ...r.claims[0], id: alone.id, articleId: alone.articleId }).toEqual(alone);
  });

  it("warns about the first 20 unclosed quotation marks and counts the others once, over all windows", () => {
    const open = Array.from({ length: n }, (_, i) => `${para(i + 1)}\n\nAn open mark "here ${i} stays open.`).join("\n\n");
    const r = extractClaims({ id: "open", text: open, language: "en", publishedAt: "2025-03-19" });
    const w = r.warnings.filter((x) => x.code === "unclosed_quote");
    expect(w).toHaveLength(21);
    expect(w.slice(0, 20).every((x) => !!x.span && open.charAt(x.span[0]) === '"')).toBe(true);
    expect(w[20]!.message).toBe(`${n - 20} more unclosed quotation marks.`);
  });
});

describe("normalising a long text", () => {
  it("keeps a few numbers per change, not a map per character, and maps offsets past each change", async () => {
    const { normalize, toOriginal } = await import("../src/pipeline/normalize.js");
    const body = "word ".repeat(200_000);
    const t = `\u00a0${body}\r\n\u200b${body}`;
    const n = normalize(t);
    expect(n.text).toBe(` ${body}\n${body}`);
    expect(n.segN!.length).toBeLessThanOrEqual(6);
    // a word after the dropped CR and zero-width space is found where it is in the original
    const at = n.text.indexOf("word", body.length + 2);
    expect(toOriginal(n, at, at + 4)).toEqual([t.indexOf("word", body.length + 4), t.indexOf("word", body.length + 4) + 4]);
    expect(t.slice(...toOriginal(n, at, at + 4))).toBe("word");
  });
});
