import { describe, expect, it } from "vitest";
import { collapseCopies, indexCopies } from "../src/report/copies.js";
import { groupOmissions } from "../src/report/digest.js";
import { renderHtml } from "../src/report/html.js";
import { renderMarkdown } from "../src/report/markdown.js";
import { indexClaims } from "../src/report/model.js";
import { ComparisonResultSchema, type ComparisonResult } from "../src/schema/comparison.js";
import { all, dom, one } from "./fixtures-hostile/dom.js";
import { buildComparison, MEETING } from "./fixtures-hostile/report-fixture.js";

type Article = ComparisonResult["articles"][number];

const base = ComparisonResultSchema.parse(buildComparison({ copies: 1 }));
const article = (r: ComparisonResult, id: string): Article => r.articles.find((a) => a.id === id)!;

describe("indexCopies", () => {
  it("follows copyOf chains to the original and lists each original's copies", () => {
    const r = buildComparison({ copies: 1 });
    const wire = article(r, "wire-summit");
    r.articles.push(
      { ...wire, id: "b", claims: [], copyOf: "wire-summit" },
      { ...wire, id: "c", claims: [], copyOf: "b" },
      { ...wire, id: "d", claims: [], copyOf: "not-in-the-result" },
    );
    const copies = indexCopies(r);
    expect(copies.root.get("c")).toBe("wire-summit");
    expect(copies.copies.get("wire-summit")!.map((a) => a.id)).toEqual(["b", "c"]);
    expect(copies.root.get("d")).toBe("d");
    expect(copies.root.get("pl-gazeta")).toBe("pl-gazeta");
  });

  it("makes the earliest article of a copyOf cycle the original", () => {
    const r = buildComparison({ copies: 1 });
    const wire = article(r, "wire-summit");
    r.articles.push({ ...wire, id: "x", claims: [], copyOf: "y" }, { ...wire, id: "y", claims: [], copyOf: "x" });
    const copies = indexCopies(r);
    expect(copies.root.get("y")).toBe("x");
    expect(copies.root.get("x")).toBe("x");
  });

  it("maps the claims a copy repeats to its original's, and keeps claims of its own", () => {
    const r = buildComparison({ copies: 1 });
    const wire = article(r, "wire-summit");
    const own = { ...wire.claims[0]!, id: "copy:c9", articleId: "copy", assertion: "a sentence only the copy carries", span: [0, 10] as [number, number] };
    r.articles.push({
      ...wire,
      id: "copy",
      outlet: "Reprint Daily",
      copyOf: "wire-summit",
      // The same claims under the copy's ids (the same spans), one with different white space, and one of its own.
      claims: [
        ...wire.claims.slice(0, 2).map((c, i) => ({ ...c, id: `copy:c${i + 1}`, articleId: "copy" })),
        { ...wire.claims[4]!, id: "copy:c5", articleId: "copy", span: [1, 2] as [number, number], assertion: wire.claims[4]!.assertion.replace(/ /g, "  ") },
        own,
      ],
    });
    const copies = indexCopies(r);
    expect(Object.fromEntries(copies.claimAlias)).toEqual({ "copy:c1": "wire-summit:c1", "copy:c2": "wire-summit:c2", "copy:c5": "wire-summit:c5" });
    expect([...copies.copiesWithOwnClaims]).toEqual(["copy"]);
  });
});

describe("collapseCopies", () => {
  it("lists each claim once in accounts, alignments and disagreements; repeated items are kept once, at their best", () => {
    const r = buildComparison({ copies: 1 });
    const wire = article(r, "wire-summit");
    r.articles.push({ ...wire, id: "copy", copyOf: "wire-summit", claims: wire.claims.map((c, i) => ({ ...c, id: `copy:c${i + 1}`, articleId: "copy" })) });
    const meeting = r.events.find((e) => e.id === MEETING)!;
    // A comparison that did not know about the copy: every claim twice, every flag twice.
    meeting.articles.push("copy");
    meeting.accounts[0]!.claims.push("copy:c1", "copy:c2");
    meeting.alignments.push(
      { ...meeting.alignments[0]!, claims: ["copy:c5", "wire-summit:c7"], score: 0.9 },
      { claims: ["copy:c5", "wire-summit:c5"], relation: "same-report", score: 1, keys: [], diff: null },
    );
    meeting.disagreements.push(
      ...meeting.disagreements.map((d) => ({
        ...d,
        confidence: d.confidence / 2,
        claims: d.claims.map((id) => id.replace("wire-summit", "copy")),
        sides: Object.fromEntries(Object.entries(d.sides).map(([s, ids]) => [s, ids.map((id) => id.replace("wire-summit", "copy"))])),
      })),
    );
    const shown = collapseCopies(r, indexCopies(r)).events.find((e) => e.id === MEETING)!;
    expect(shown.articles).toEqual(["wire-summit"]);
    expect(shown.accounts[0]!.claims).toEqual([1, 2, 3, 4, 5].map((n) => `wire-summit:c${n}`));
    expect(shown.alignments).toHaveLength(1);
    expect(shown.alignments[0]!.score).toBe(0.9);
    expect(shown.disagreements).toEqual(r.events.find((e) => e.id === MEETING)!.disagreements.slice(0, 5));
    // And the report built from it flags no claim twice.
    const groups = groupOmissions(shown, indexClaims(r));
    const claims = groups.flatMap((g) => g.passages.map((p) => p.claim.claim.id));
    expect(new Set(claims).size).toBe(claims.length);
  });
});

describe("a report of copies", () => {
  it("gives a copy with claims of its own a source section of its own", () => {
    const r = buildComparison({ copies: 1 });
    const wire = article(r, "wire-summit");
    const text = `${wire.text}\n\nA later paragraph only the reprint has.`;
    r.articles.push({
      ...wire,
      id: "reprint",
      outlet: "Reprint Daily",
      text,
      copyOf: "wire-summit",
      claims: [{ ...wire.claims[0]!, id: "reprint:c9", articleId: "reprint", assertion: "a later paragraph", span: [text.length - 39, text.length] }],
    });
    const doc = dom(renderHtml(r));
    expect(all(doc, "article.source").map((a) => a.getAttribute("data-article"))).toContain("reprint");
    expect(one(doc, "#src-reprint-c9").textContent).toBe("A later paragraph only the reprint has.");
  });

  it("grows with distinct content, not with copies: 60 outlets per story, HTML and Markdown at most ×4", () => {
    const many = ComparisonResultSchema.parse(buildComparison({ copies: 60 }));
    expect(many.articles.length).toBe(base.articles.length + 4 * 59);
    const html1 = renderHtml(base);
    const html60 = renderHtml(many);
    const md1 = renderMarkdown(base);
    const md60 = renderMarkdown(many);
    const ratio = { html: html60.length / html1.length, md: md60.length / md1.length };
    console.info(
      `[report] one copy: HTML ${html1.length} B, Markdown ${md1.length} B; 60 copies: HTML ${html60.length} B (×${ratio.html.toFixed(2)}), Markdown ${md60.length} B (×${ratio.md.toFixed(2)})`,
    );
    expect(ratio.html).toBeLessThanOrEqual(4);
    expect(ratio.md).toBeLessThanOrEqual(4);
    // The same cards, the same claims; the copies listed.
    const d1 = dom(html1);
    const d60 = dom(html60);
    expect(all(d60, ".card").length).toBe(all(d1, ".card").length);
    expect(all(d60, "li.claim").length).toBe(all(d1, "li.claim").length);
    expect(all(d60, "article.source").length).toBe(all(d1, "article.source").length);
    expect(all(d60, 'article.source[data-article="pl-gazeta"] details.copies li')).toHaveLength(59);
    expect(one(d60, ".lede").textContent).toContain("(236 copies folded into their originals)");
  });
});
