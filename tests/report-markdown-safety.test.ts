/**
 * Markdown output through a real Markdown renderer (marked, GFM): article text must come out as
 * text — no HTML element, attribute or link of its own, whatever the text holds.
 */
import fc from "fast-check";
import { marked } from "marked";
import { describe, expect, it } from "vitest";
import { extractionMarkdown } from "../src/cli/extract-md.js";
import { escapeMarkdown, escapeMarkdownCell } from "../src/report/escape.js";
import { renderMarkdown } from "../src/report/markdown.js";
import type { ExtractionResult } from "../src/schema/claim.js";
import { ComparisonResultSchema } from "../src/schema/comparison.js";
import { all, dom, type El } from "./fixtures-hostile/dom.js";
import { buildComparison, HOSTILE_META, HOSTILE_TEXT } from "./fixtures-hostile/report-fixture.js";

/** The elements GFM makes from the report's own Markdown; anything else came from the data. */
const ALLOWED = new Set([
  "P",
  "H1",
  "H2",
  "H3",
  "H4",
  "UL",
  "OL",
  "LI",
  "STRONG",
  "EM",
  "DEL",
  "BLOCKQUOTE",
  "TABLE",
  "THEAD",
  "TBODY",
  "TR",
  "TH",
  "TD",
  "BR",
  "HR",
]);
const ALLOWED_ATTRS = new Set(["align", "start"]);

function renderGfm(md: string): El {
  return dom(`<!doctype html><html><body>${marked.parse(md, { gfm: true, async: false }) as string}</body></html>`);
}

/** Throws unless every element and attribute of the rendered Markdown is one the report makes. */
function expectOnlyReportMarkup(md: string): El {
  const doc = renderGfm(md);
  for (const el of all(doc, "body *")) {
    expect(ALLOWED.has(el.tagName), `<${el.tagName.toLowerCase()}> in rendered Markdown`).toBe(true);
    for (const attr of Array.from(el.attributes)) expect(ALLOWED_ATTRS.has(attr.name), `${el.tagName} ${attr.name}="${attr.value}"`).toBe(true);
  }
  return doc;
}

const hostileCases = [
  `<script>window.__pwned=1</script>`,
  `<img src=x onerror="window.__pwned=1">`,
  `[click](javascript:alert(1)) and ![img](https://evil.example/x.png)`,
  `<https://evil.example> www.evil.example https://evil.example/a mail@evil.example`,
  "`code` ``two`` ```fence``` ~~~tilde~~~",
  "*em* **strong** _u_ __uu__ ~~strike~~",
  "# heading\n## heading\n===\n---\n> quote\n- item\n+ item\n1. item\n2) item\n    indented code\n| a | b |\n|---|---|",
  "&lt;script&gt; &#60;b&#62; &amp;amp; \\<b\\>",
  "[ref]: https://evil.example\n[ref]",
  "<!-- comment --> <![CDATA[x]]> <?php x ?> <div\nonclick=x>",
  "footnote[^1]\n\n[^1]: https://evil.example",
];

describe("renderMarkdown through a Markdown renderer", () => {
  const result = ComparisonResultSchema.parse(buildComparison());

  it("passes no HTML, link or image of the article text through (the hostile fixture)", () => {
    const doc = expectOnlyReportMarkup(renderMarkdown(result));
    const body = doc.querySelector("body")!.textContent ?? "";
    expect(body).toContain('the call was "productive" <script>window.__pwned = 1; alert(1)</script>');
    expect(body).toContain("[the transcript](javascript:alert(1))");
    expect(body).toContain(HOSTILE_META.title);
  });

  it("shows every hostile string literally, in every place text goes", () => {
    for (const bad of hostileCases) {
      const r = buildComparison();
      const hostile = r.articles.find((a) => a.id.startsWith("hostile"))!;
      hostile.outlet = bad;
      hostile.title = bad;
      hostile.claims[0]!.speaker.name = bad;
      hostile.claims[0]!.assertion = bad;
      hostile.claims[0]!.topics = [bad];
      const e = r.events.find((x) => x.id.startsWith("hostile"))!;
      e.participants = [bad];
      e.topics = [bad];
      e.disagreements[0]!.explanation = bad;
      e.disagreements[0]!.topic = bad;
      r.warnings.push({ code: "input_failed", message: bad, input: bad });
      const doc = expectOnlyReportMarkup(renderMarkdown(r, { title: bad }));
      const flat = (doc.querySelector("body")!.textContent ?? "").replace(/\s+/g, " ");
      expect(flat, bad).toContain(bad.replace(/\s+/g, " ").trim());
    }
  });

  it("keeps any text literal (property: random text from Markdown's special characters)", () => {
    const chars = fc.constantFrom(..."<>&\"'`*_~[]()!#+-=|\\:/.@ \n\tab1".split(""));
    fc.assert(
      fc.property(
        fc.array(chars, { minLength: 1, maxLength: 40 }).map((a) => a.join("")),
        (s) => {
          // In a paragraph of its own, the escaped text renders as exactly the text.
          const line = s.replace(/\s+/g, " ").trim();
          if (line === "") return;
          const doc = expectOnlyReportMarkup(`x ${escapeMarkdown(line)}`);
          expect((doc.querySelector("p")?.textContent ?? "").replace(/\s+/g, " ")).toBe(`x ${line}`);
          // In a table cell too.
          const table = expectOnlyReportMarkup(`| a |\n| --- |\n| ${escapeMarkdownCell(s)} |`);
          expect((table.querySelector("td")?.textContent ?? "").replace(/\s+/g, " ").trim()).toBe(line);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("extract --format md (extractionMarkdown) through a Markdown renderer", () => {
  const claim = (assertion: string, name: string) => ({
    id: "h:c1",
    articleId: "h",
    language: "en",
    outlet: null,
    via: [],
    speaker: { name, id: null, mention: null, mentionSpan: null, kind: "person" as const, role: `<img src=x onerror=alert(1)>`, side: null },
    date: { iso: null, basis: null, text: null, span: null },
    kind: "direct" as const,
    assertion,
    assertionSpan: [0, 1] as [number, number],
    quotes: [],
    cue: null,
    cueSpan: null,
    span: [0, 1] as [number, number],
    topics: [],
    background: false,
    confidence: 0.5,
  });

  it("passes no HTML through and escapes Markdown syntax in every cell and heading", () => {
    for (const bad of [HOSTILE_TEXT, ...hostileCases]) {
      const r: ExtractionResult = {
        article: {
          id: `<b>${bad}</b>`,
          language: "en",
          languageDetected: false,
          title: bad,
          outlet: bad,
          url: null,
          publishedAt: null,
          publishedAtSource: "none",
          issuer: null,
          via: [bad],
          textLength: bad.length,
        },
        text: bad,
        claims: [claim(bad, bad)],
        warnings: [],
      };
      const md = extractionMarkdown([r]);
      const doc = expectOnlyReportMarkup(md);
      expect(all(doc, "table tbody tr"), bad).toHaveLength(1);
      expect(all(doc, "table tbody tr td"), bad).toHaveLength(6);
      const cell = (all(doc, "td")[5]!.textContent ?? "").replace(/\s+/g, " ").trim();
      expect(cell, bad).toBe(bad.replace(/\s+/g, " ").trim());
    }
  });
});
