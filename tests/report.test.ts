import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { ComparisonResultSchema, type ComparisonResult } from "../src/schema/comparison.js";
import { escapeHtml, escapeMarkdown, safeHttpUrl } from "../src/report/escape.js";
import { renderHtml, renderDiff } from "../src/report/html.js";
import { renderJson, renderNdjson } from "../src/report/json.js";
import { markdownDiff, renderMarkdown } from "../src/report/markdown.js";
import { coverageMatrix, indexClaims, sideLabel } from "../src/report/model.js";
import { segmentHighlights } from "../src/report/segments.js";
import { buildComparison, HOSTILE_TEXT, PL_TEXT } from "./fixtures-hostile/report-fixture.js";

interface El {
  textContent: string | null;
  getAttribute(name: string): string | null;
  querySelector(s: string): El | null;
  querySelectorAll(s: string): ArrayLike<El>;
  tagName: string;
  attributes: ArrayLike<{ name: string; value: string }>;
}

const all = (root: El, selector: string): El[] => Array.from(root.querySelectorAll(selector));
const one = (root: El, selector: string): El => {
  const el = root.querySelector(selector);
  if (!el) throw new Error(`no element matches ${selector}`);
  return el;
};

function dom(html: string): El {
  return (parseHTML(html) as unknown as { document: El }).document;
}

const result = ComparisonResultSchema.parse(buildComparison());
const index = indexClaims(result);
const html = renderHtml(result, { title: "Trump–Putin call, 28 January 2017" });
const doc = dom(html);
const EVENT = "2017-01-28-phone-call-trump-putin";

/** The text of every highlighted segment that belongs to `claimId`, in document order. */
function highlighted(root: El, claimId: string): string {
  return all(root, "mark.claim-span")
    .filter((m) => (m.getAttribute("data-claims") ?? "").split(" ").includes(claimId))
    .map((m) => m.textContent ?? "")
    .join("");
}

describe("the fixture", () => {
  it("is a valid ComparisonResult, also without article text", () => {
    expect(() => ComparisonResultSchema.parse(buildComparison({ withText: false }))).not.toThrow();
    expect(result.events).toHaveLength(2);
  });
});

describe("segmentHighlights", () => {
  it("splits overlapping and nested spans into flat segments", () => {
    const segs = segmentHighlights(20, [
      { key: "a", span: [2, 12] },
      { key: "b", span: [4, 8] },
      { key: "c", span: [10, 16] },
    ]);
    expect(segs).toEqual([
      { start: 0, end: 2, keys: [] },
      { start: 2, end: 4, keys: ["a"] },
      { start: 4, end: 8, keys: ["a", "b"] },
      { start: 8, end: 10, keys: ["a"] },
      { start: 10, end: 12, keys: ["a", "c"] },
      { start: 12, end: 16, keys: ["c"] },
      { start: 16, end: 20, keys: [] },
    ]);
  });

  it("clamps spans to the text and drops empty ones", () => {
    expect(segmentHighlights(5, [{ key: "a", span: [3, 99] }, { key: "b", span: [2, 2] }])).toEqual([
      { start: 0, end: 3, keys: [] },
      { start: 3, end: 5, keys: ["a"] },
    ]);
  });
});

describe("escaping helpers", () => {
  it("escapes the five HTML-significant characters", () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;");
  });

  it("keeps only http(s) URLs", () => {
    expect(safeHttpUrl("https://tpnews.ro/a b")).toBe("https://tpnews.ro/a%20b");
    expect(safeHttpUrl("http://kresy.pl/")).toBe("http://kresy.pl/");
    expect(safeHttpUrl("javascript:alert(1)")).toBeNull();
    expect(safeHttpUrl(" JavaScript:alert(1)")).toBeNull();
    expect(safeHttpUrl("data:text/html,<script>")).toBeNull();
    expect(safeHttpUrl("/relative/path")).toBeNull();
    expect(safeHttpUrl(null)).toBeNull();
  });

  it("escapes Markdown syntax so article text shows literally", () => {
    expect(escapeMarkdown("*very* [good](javascript:x) <b> a|b")).toBe("\\*very\\* \\[good\\](javascript:x) \\<b\\> a\\|b");
    expect(escapeMarkdown("# not a heading\n- not a list\n1. not a list")).toBe("\\# not a heading\n\\- not a list\n1\\. not a list");
    expect(escapeMarkdown("Preşedintele a vorbit în favoarea stabilirii")).toBe("Preşedintele a vorbit în favoarea stabilirii");
  });
});

describe("model", () => {
  it("labels each side by its main speakers and ISO side", () => {
    const [us, ru] = result.events[0]!.accounts;
    expect(sideLabel(us!, index)).toBe("White House, Sean Spicer / US");
    expect(sideLabel(ru!, index)).toBe("Kremlin / RU");
  });

  it("builds the coverage matrix from the accounts' topics", () => {
    const rows = coverageMatrix(result.events[0]!, index);
    const row = (topic: string) => rows.find((r) => r.topic === topic)!.cells.map((c) => [c.side, c.covered, c.omitted]);
    expect(row("korean-peninsula")).toEqual([["US", false, true], ["RU", true, false]]);
    expect(row("tone")).toEqual([["US", true, false], ["RU", true, false]]);
    expect(row("relations")).toEqual([["US", true, false], ["RU", false, false]]);
    expect(rows.find((r) => r.topic === "syria")!.cells[1]!.claims).toEqual(["vi-daily:c1"]);
  });
});

describe("renderHtml", () => {
  const event = one(doc, `[data-event="${EVENT}"]`);

  it("is one self-contained UTF-8 page: no external resources, CSP forbids the network", () => {
    expect(html.startsWith("<!doctype html>")).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(all(doc, "link")).toHaveLength(0);
    expect(all(doc, "img, iframe, object, embed, video, audio, source")).toHaveLength(0);
    expect(all(doc, "script[src]")).toHaveLength(0);
    expect(all(doc, "script")).toHaveLength(1);
    expect(html).not.toMatch(/url\(|@import|@font-face/);
    const csp = one(doc, 'meta[http-equiv="Content-Security-Policy"]').getAttribute("content")!;
    expect(csp).toContain("default-src 'none'");
    expect(csp).toMatch(/script-src 'sha256-[A-Za-z0-9+/=]+'/);
  });

  it("shows the sides of an event as labelled columns with their claims", () => {
    const columns = all(event, ".accounts > .account");
    expect(columns.map((c) => c.getAttribute("data-side"))).toEqual(["US", "RU"]);
    expect(one(columns[0]!, ".side-label").textContent).toBe("White House, Sean Spicer / US");
    expect(one(columns[1]!, ".side-label").textContent).toBe("Kremlin / RU");
    const spicer = one(columns[0]!, 'li.claim[data-claim="pl-kresy:c1"]');
    expect(one(spicer, ".speaker").textContent).toBe("Sean Spicer");
    expect(one(spicer, ".role").textContent).toBe("White House press secretary");
    expect(one(spicer, ".assertion").textContent).toBe("była to „bardzo dobra rozmowa”");
    expect(one(spicer, ".outlet").textContent).toBe("Kresy.pl");
    expect(one(spicer, ".lang").textContent).toBe("pl");
    expect(one(spicer, ".kind").textContent).toBe("mixed");
    expect(one(spicer, "a.source-link").getAttribute("href")).toBe("#src-pl-kresy-c1");
    // A Kremlin claim never lands in the White House column.
    expect(all(columns[0]!, "li.claim").map((c) => c.getAttribute("data-claim"))).not.toContain("ro-news:c1");
    expect(all(columns[1]!, "li.claim")).toHaveLength(5);
    // Unknown outlet is said so, not left blank.
    expect(one(event, 'li.claim[data-claim="ro-news:c1"] .outlet').textContent).toBe("outlet unknown");
  });

  it("renders the coverage matrix with ✓ and — per side and marks omissions", () => {
    const table = one(event, "table.coverage");
    expect(all(table, "thead th").map((th) => th.textContent)).toEqual(["Topic", "White House, Sean Spicer / US", "Kremlin / RU"]);
    const cell = (topic: string, side: string) => one(table, `tr[data-topic="${topic}"] td[data-side="${side}"]`);
    expect(cell("korean-peninsula", "US").textContent).toBe("—");
    expect(cell("korean-peninsula", "US").getAttribute("class")).toContain("omitted");
    expect(cell("korean-peninsula", "RU").textContent).toBe("✓");
    expect(cell("relations", "RU").textContent).toBe("—");
    expect(cell("relations", "RU").getAttribute("class")).not.toContain("omitted");
    expect(cell("tone", "US").textContent).toBe("✓");
    expect(all(table, "tbody tr")).toHaveLength(8);
  });

  it("renders disagreement cards with type, topic, both wordings, diff and explanation", () => {
    const cards = all(event, ".disagreement");
    expect(cards.map((c) => c.getAttribute("data-type"))).toEqual(["characterization", "omission", "omission"]);
    const tone = cards[0]!;
    expect(tone.getAttribute("data-topic")).toBe("tone");
    const wordings = all(tone, ".wording");
    expect(wordings.map((w) => w.getAttribute("data-side"))).toEqual(["US", "RU"]);
    expect(one(wordings[0]!, "q").textContent).toBe("była to „bardzo dobra rozmowa”");
    expect(one(wordings[1]!, "q").textContent).toBe("rozmowa była „konstruktywna”");
    expect(all(tone, ".diff del").map((d) => d.textContent).join(" ")).toContain("bardzo dobra");
    expect(all(tone, ".diff ins").map((d) => d.textContent).join(" ")).toContain("konstruktywna");
    expect(one(tone, ".explanation").textContent).toContain("konstruktywna");
    // The omission card shows the silent side explicitly.
    const korea = cards[1]!;
    expect(one(korea, '.wording.silent[data-side="US"]').textContent).toContain("not mentioned");
    expect(all(korea, '.wording[data-side="RU"]')).toHaveLength(2);
    expect(one(korea, ".diff, .explanation").textContent).toContain("Korean peninsula");
  });

  it("renders alignments", () => {
    const al = one(event, 'li.alignment[data-relation="corroboration"]');
    expect(all(al, "a").map((a) => a.getAttribute("href"))).toEqual(["#src-wh-readout-c2", "#src-ro-news-c2"]);
  });

  it("highlights every claim span in its source text, even when spans overlap", () => {
    for (const article of result.articles) {
      for (const claim of article.claims) {
        expect(highlighted(doc, claim.id), claim.id).toBe(article.text!.slice(claim.span[0], claim.span[1]));
      }
    }
    // pl-kresy:c2 is nested in c1 and c3 overlaps both: the shared segments carry every id.
    const shared = all(doc, "mark.claim-span").find((m) => m.getAttribute("data-claims") === "pl-kresy:c1 pl-kresy:c2 pl-kresy:c3");
    expect(shared?.textContent).toBe("Spicer.");
    // The source text is complete: marks only wrap it.
    const source = one(doc, '[data-article="pl-kresy"] .article-text');
    expect(source.textContent).toBe(PL_TEXT);
  });

  it("anchors each claim's source link on the first segment of its span", () => {
    for (const link of all(doc, "a.source-link")) {
      const id = link.getAttribute("href")!.slice(1);
      const target = one(doc, `[id="${id}"]`);
      const claimId = target.getAttribute("data-claim")!;
      expect(["MARK", "SPAN"]).toContain(target.tagName);
      expect((target.tagName === "MARK" ? target.getAttribute("data-claims")! : claimId).split(" ")).toContain(claimId);
    }
    const mark = one(doc, "#src-ro-news-c1");
    expect(mark.tagName).toBe("MARK");
    expect(mark.textContent).toBe("”Convorbirea a avut loc într-un ton pozitiv şi orientat spre rezolvarea problemelor”, se arată într-un comunicat al Kremlinului.");
  });

  it("counts offsets in UTF-16 units (astral characters before a span)", () => {
    const ro = result.articles.find((a) => a.id === "ro-news")!;
    expect(ro.text!.indexOf("🇺🇸")).toBeLessThan(ro.claims[0]!.span[0]);
    expect(highlighted(doc, "ro-news:c1")).toBe(ro.text!.slice(...ro.claims[0]!.span));
  });

  it("shows the assertions, anchored, when the result carries no article text", () => {
    const bare = dom(renderHtml(ComparisonResultSchema.parse(buildComparison({ withText: false }))));
    expect(all(bare, ".article-text")).toHaveLength(0);
    const mark = one(bare, "#src-vi-daily-c1");
    expect(mark.textContent).toBe(result.articles[3]!.claims[0]!.assertion);
  });

  it("renders Romanian, Polish and Vietnamese text unchanged", () => {
    expect(html).toContain("Convorbirea a avut loc într-un ton pozitiv şi orientat");
    expect(html).toContain("Służby prasowe Kremla podają");
    expect(html).toContain("tình hình trên bán đảo Triều Tiên");
    expect(one(doc, '[data-article="vi-daily"] .article-text').getAttribute("lang")).toBe("vi");
  });
});

describe("renderHtml on a hostile article", () => {
  const hostile = one(doc, "[data-article]:last-of-type");

  it("emits no markup from data: no script, no event handler, no javascript: URL", () => {
    expect(html.match(/<script/gi)).toHaveLength(1);
    expect(html).not.toMatch(/<(img|svg|iframe|i|b)[\s>]/i);
    // No tag carries an event handler (escaped text may still *show* "onerror=").
    // Every raw `"` in the page delimits an attribute value (data quotes are escaped), so
    // blanking the values leaves only markup the renderer wrote.
    const markup = html.replace(/"[^"]*"/g, '""');
    expect(markup).not.toMatch(/<[a-z][^<>]*\son[a-z]+\s*=/i);
    expect(html).toContain("onerror=&quot;window.__pwned=1&quot;");
    expect(html).not.toMatch(/href="\s*javascript:/i);
    for (const el of all(doc, "*")) {
      for (const attr of Array.from(el.attributes)) {
        expect(attr.name.startsWith("on"), `${el.tagName} ${attr.name}`).toBe(false);
        if (attr.name === "href" || attr.name === "src") expect(attr.value).toMatch(/^(#|https?:)/);
      }
    }
  });

  it("shows the hostile text literally, character for character", () => {
    expect(hostile.getAttribute("data-article")).toBe(`hostile"'<x>`);
    expect(one(hostile, ".article-text").textContent).toBe(HOSTILE_TEXT);
    expect(one(hostile, "h3").textContent).toBe("</title><script>window.__pwned=1</script>");
    expect(one(hostile, ".source-meta").textContent).toContain(`<b onmouseover="window.__pwned=1">Evil & Co</b>`);
    // The javascript: URL is not a link.
    expect(all(hostile, ".source-meta a")).toHaveLength(0);
    const card = one(doc, '.disagreement[data-type="stance"]');
    expect(card.getAttribute("data-topic")).toBe("<script>alert(1)</script>");
    expect(one(card, ".diff ins").textContent).toBe("<script>window.__pwned=1</script>");
    expect(one(card, ".explanation").textContent).toBe(`<img src=x onerror="window.__pwned=1"> <a href="javascript:alert(1)">x</a>`);
    const label = one(doc, '.account[data-side="XX"] .side-label').textContent;
    expect(label).toContain(`Officials"><svg onload=alert(1)>`);
  });

  it("keeps fragment ids safe even when article ids are not", () => {
    const ids = all(doc, "[id]").map((e) => e.getAttribute("id")!);
    for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9_.-]+$/);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe("renderDiff", () => {
  it("wraps added parts in <ins> and removed parts in <del>, escaped", () => {
    expect(
      renderDiff([
        { value: "a ", added: false, removed: false },
        { value: "<b>", added: false, removed: true },
        { value: "c&d", added: true, removed: false },
      ]),
    ).toBe("a <del>&lt;b&gt;</del><ins>c&amp;d</ins>");
  });
});

describe("renderMarkdown", () => {
  const md = renderMarkdown(result, { title: "Trump–Putin call" });

  it("summarises each event: type, date, participants, articles", () => {
    expect(md).toMatch(/^# Trump–Putin call\n\n5 articles · 12 claims · 2 events\n/);
    expect(md).toContain("## 1. Phone call · 2017-01-28");
    expect(md).toContain("- **Participants:** Donald Trump, Vladimir Putin");
    expect(md).toContain("`pl-kresy` (Kresy.pl, pl, 2017-05-02)");
    expect(md).toContain("`ro-news` (outlet unknown, ro, 2017-01-28)");
  });

  it("lists each side's account with speaker, role, claim metadata and the quoted assertion", () => {
    expect(md).toContain("#### White House, Sean Spicer / US");
    expect(md).toContain("#### Kremlin / RU");
    expect(md).toContain("- **Sean Spicer** (White House press secretary) — mixed · Kresy.pl · pl · 2017-01-28\n  > była to „bardzo dobra rozmowa”");
    expect(md).toContain("> Convorbirea a avut loc într-un ton pozitiv şi orientat spre rezolvarea problemelor");
    const us = md.slice(md.indexOf("#### White House"), md.indexOf("#### Kremlin"));
    expect(us).not.toContain("Convorbirea");
  });

  it("renders the coverage matrix as a table with ✓ and —", () => {
    expect(md).toContain("| Topic | White House, Sean Spicer / US | Kremlin / RU |\n| --- | :---: | :---: |");
    expect(md).toContain("| korean-peninsula | — | ✓ |");
    expect(md).toContain("| relations | ✓ | — |");
    expect(md).toContain("| tone | ✓ | ✓ |");
  });

  it("lists disagreements with type, topic, both wordings, diff and explanation", () => {
    expect(md).toContain("1. **characterization** · tone");
    expect(md).toContain("   - US — Sean Spicer: “była to „bardzo dobra rozmowa””");
    expect(md).toContain("   - RU — Kremlin: “rozmowa była „konstruktywna””");
    expect(md).toMatch(/ {3}- Diff: .*~~[^~]*bardzo dobra[^~]*~~/);
    expect(md).toContain("2. **omission** · korean\\-peninsula".replace("\\-", "-"));
    expect(md).toContain("   - US: — _not mentioned_");
    expect(md).toContain("- **corroboration** (0.71): White House (The White House, en) ↔ Kremlin (ro-news, ro) — terrorism, cooperation");
  });

  it("escapes Markdown and HTML in article text", () => {
    const hostile = md.slice(md.indexOf("## 2."));
    expect(hostile).not.toMatch(/(^|[^\\])<(script|img|svg|iframe)/);
    expect(hostile).toContain("\\<script\\>window.\\_\\_pwned = 1; alert(1)\\</script\\>");
    expect(hostile).toContain("\\[the transcript\\](javascript:alert(1))");
    expect(hostile).not.toMatch(/(^|[^\\])\[[^\]]*\]\(javascript:/);
    expect(md).toContain("| \\<script\\>alert(1)\\</script\\> | ✓ | — |");
  });

  it("renders a word diff with struck and bold words", () => {
    expect(
      markdownDiff([
        { value: "a ", added: false, removed: false },
        { value: "very good ", added: false, removed: true },
        { value: "constructive", added: true, removed: false },
      ]),
    ).toBe("a ~~very good~~ **constructive**");
  });
});

describe("renderJson / renderNdjson", () => {
  it("round-trips the result", () => {
    const json = renderJson(result);
    expect(json.endsWith("}\n")).toBe(true);
    expect(ComparisonResultSchema.parse(JSON.parse(json))).toEqual(result);
  });

  it("writes one JSON document per line", () => {
    const claims = result.articles.flatMap((a) => a.claims);
    const lines = renderNdjson(claims).split("\n");
    expect(lines.pop()).toBe("");
    expect(lines).toHaveLength(claims.length);
    expect(lines.map((l) => (JSON.parse(l) as { id: string }).id)).toEqual(claims.map((c) => c.id));
    expect(renderNdjson([])).toBe("");
  });
});

export type { ComparisonResult };
