import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ComparisonResultSchema, type ComparisonResult } from "../src/schema/comparison.js";
import { escapeHtml, escapeMarkdown, safeHttpUrl } from "../src/report/escape.js";
import { renderHtml, renderDiff } from "../src/report/html.js";
import { markdownDiff, renderMarkdown } from "../src/report/markdown.js";
import { coverageMatrix, indexClaims, sideLabel } from "../src/report/model.js";
import { segmentHighlights, type Highlight } from "../src/report/segments.js";
import { diffSimilarity } from "../src/report/diff.js";
import { quotedAssertion, sourceLabel } from "../src/report/sources.js";
import { all, before, dom, one, type El } from "./fixtures-hostile/dom.js";
import { buildComparison, EVENT, HOSTILE_TEXT, MEETING, PL_TEXT, WIRE_TEXT } from "./fixtures-hostile/report-fixture.js";

const result = ComparisonResultSchema.parse(buildComparison());
const index = indexClaims(result);
const html = renderHtml(result, { title: "Trump–Putin call, 28 January 2017" });
const doc = dom(html);

/** The text of every highlighted segment that belongs to `claimId`, in document order. */
function highlighted(root: El, claimId: string): string {
  return all(root, "mark.claim-span")
    .filter((m) => (m.getAttribute("data-claims") ?? "").split(" ").includes(claimId))
    .map((m) => m.textContent ?? "")
    .join("");
}

const event = (id: string) => result.events.find((e) => e.id === id)!;
const section = (id: string) => all(doc, "section.event").find((el) => el.getAttribute("data-event") === id)!;
const text = (el: El) => (el.textContent ?? "").replace(/\s+/g, " ").trim();

describe("the fixture", () => {
  it("is a valid ComparisonResult, also without article text and with many copies", () => {
    expect(() => ComparisonResultSchema.parse(buildComparison({ withText: false }))).not.toThrow();
    expect(() => ComparisonResultSchema.parse(buildComparison({ copies: 5 }))).not.toThrow();
    expect(result.events).toHaveLength(3);
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
    expect(
      segmentHighlights(5, [
        { key: "a", span: [3, 99] },
        { key: "b", span: [2, 2] },
      ]),
    ).toEqual([
      { start: 0, end: 3, keys: [] },
      { start: 3, end: 5, keys: ["a"] },
    ]);
    expect(segmentHighlights(0, [{ key: "a", span: [0, 3] }])).toEqual([]);
  });

  it("lists keys in input order whatever the order of the spans", () => {
    const segs = segmentHighlights(10, [
      { key: "late", span: [0, 10] },
      { key: "early", span: [0, 5] },
    ]);
    expect(segs[0]).toEqual({ start: 0, end: 5, keys: ["late", "early"] });
  });

  it("agrees with the definition on random spans (every segment: exactly the spans covering it)", () => {
    const span = fc
      .tuple(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 40 }))
      .map(([a, b]) => [Math.min(a, b), Math.max(a, b)] as [number, number]);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 40 }), fc.array(span, { maxLength: 12 }), (length, spans) => {
        const hs: Highlight[] = spans.map((s, i) => ({ key: `k${i}`, span: s }));
        const segs = segmentHighlights(length, hs);
        // The segments tile [0, length) and change exactly where the covering set changes.
        let at = 0;
        for (const seg of segs) {
          expect(seg.start).toBe(at);
          expect(seg.end).toBeGreaterThan(seg.start);
          at = seg.end;
          for (let p = seg.start; p < seg.end; p++) {
            const covering = hs.filter((h) => h.span[0] <= p && p < Math.min(h.span[1], length)).map((h) => h.key);
            expect(seg.keys).toEqual(covering);
          }
        }
        expect(at).toBe(length);
      }),
      { numRuns: 300 },
    );
  });
});

describe("escaping helpers", () => {
  it("escapes the five HTML-significant characters", () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;");
  });

  it("keeps only http(s) URLs", () => {
    expect(safeHttpUrl("https://gazeta.example/a b")).toBe("https://gazeta.example/a%20b");
    expect(safeHttpUrl("http://gazeta.example/")).toBe("http://gazeta.example/");
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
    // GFM autolinks (URLs, www., e-mail addresses) stay text.
    expect(escapeMarkdown("see https://evil.example and www.evil.example or x@evil.example")).toBe(
      "see https\\://evil.example and www\\.evil.example or x\\@evil.example",
    );
  });
});

describe("model", () => {
  it("labels each side by its main speakers and ISO side", () => {
    const [us, ru] = event(EVENT).accounts;
    expect(sideLabel(us!, index)).toBe("White House, Sean Spicer / US");
    expect(sideLabel(ru!, index)).toBe("Kremlin / RU");
  });

  it("builds the coverage matrix; a topic is 'left out' only by a side silent in an omission flag on it", () => {
    const rows = coverageMatrix(event(EVENT), index);
    const row = (topic: string) => rows.find((r) => r.topic === topic)!.cells.map((c) => [c.side, c.covered, c.omitted]);
    expect(row("korean-peninsula")).toEqual([
      ["US", false, true],
      ["RU", true, false],
    ]);
    expect(row("tone")).toEqual([
      ["US", true, false],
      ["RU", true, false],
    ]);
    expect(row("relations")).toEqual([
      ["US", true, false],
      ["RU", false, false],
    ]);
    expect(rows.find((r) => r.topic === "syria")!.cells[1]!.claims).toEqual(["vi-daily:c1"]);
    // `topics` of a flag count too: "scheduling" rides on the "proposals" flag, but the US mentions it.
    const meeting = coverageMatrix(event(MEETING), index);
    expect(meeting.find((r) => r.topic === "experts")!.cells.map((c) => c.omitted)).toEqual([false, true]);
    expect(meeting.find((r) => r.topic === "scheduling")!.cells.map((c) => c.omitted)).toEqual([false, false]);
  });

  it("names sources by outlet, title and date; else the issuer or web site, the first line, 'date unknown'", () => {
    const byId = (id: string) => result.articles.find((a) => a.id === id)!;
    expect(sourceLabel(byId("pl-gazeta"))).toEqual({
      outlet: "Gazeta Przykładowa",
      named: true,
      title: "Dobra i konstruktywna rozmowa przywódców",
      date: "2017-01-29",
      language: "pl",
    });
    expect(sourceLabel({ ...byId("ro-news"), text: "Short headline\n\nBody." }).title).toBe("Short headline");
    expect(sourceLabel({ ...byId("ro-news"), outlet: null, issuer: null, url: "https://www.news.example/a" }).outlet).toBe("news.example");
    expect(sourceLabel({ ...byId("ro-news"), outlet: " ", issuer: "Kremlin" }).outlet).toBe("Kremlin");
    expect(sourceLabel({ ...byId("ro-news"), url: "javascript:x", publishedAt: null }).date).toBeNull();
    expect(sourceLabel({ ...byId("ro-news"), url: "javascript:x" }).outlet).toBe("unnamed outlet");
  });

  it("shows a quotation with the marks of its source, never marks of its own", () => {
    const claim = (id: string) => index.get(id)!;
    const q = (id: string) => quotedAssertion(claim(id).claim, claim(id).article);
    expect(q("ro-news:c1")).toBe("”Discuția s-a purtat într-un ton calm și a urmărit soluții practice”");
    expect(q("wire-summit:c2")).toBe('"A summit cannot be improvised,"');
    expect(q("wire-summit:c3")).toBe('"It must be prepared by experts over weeks."');
    // Marks inside an assertion stay as they are; none are added around it.
    expect(q("wire-summit:c6")).toBe('he would meet Putin "as soon as possible" and that nothing would move until they met');
    expect(q("pl-gazeta:c1")).toBe("była to „bardzo dobra rozmowa”");
    // Without the text there is nothing to read the marks from.
    expect(quotedAssertion(claim("ro-news:c1").claim, undefined)).toBe("Discuția s-a purtat într-un ton calm și a urmărit soluții practice");
  });

  it("measures how close two wordings are from their word diff", () => {
    expect(diffSimilarity([{ value: "same words", added: false, removed: false }])).toBe(1);
    expect(
      diffSimilarity([
        { value: "one thing", added: false, removed: true },
        { value: "another", added: true, removed: false },
      ]),
    ).toBe(0);
    const scheduling = event(MEETING).disagreements.find((d) => d.type === "factual")!;
    expect(diffSimilarity(scheduling.diff!)).toBeGreaterThan(0.5);
    const tone = event(EVENT).disagreements[0]!;
    expect(diffSimilarity(tone.diff!)).toBeLessThan(0.5);
  });
});

describe("renderHtml: summary first", () => {
  const summary = one(doc, "section#summary");

  it("opens with the summary, before any detail", () => {
    expect(before(doc, summary, one(doc, "section.event"))).toBe(true);
    expect(before(doc, one(doc, "h1"), summary)).toBe(true);
    expect(text(one(doc, ".lede"))).toBe(
      "6 texts from 8 outlets (2 copies folded into their originals) · 19 claims · 3 events · 9 disagreements (1 factual, 2 stance, 1 characterization, 5 omissions)",
    );
  });

  it("gives per event its sides and its disagreements counted by type, as in the result", () => {
    for (const e of result.events) {
      const block = all(summary, ".event-summary").find((el) => el.getAttribute("data-event") === e.id)!;
      for (const type of ["factual", "stance", "characterization", "omission"]) {
        const n = e.disagreements.filter((d) => d.type === type).length;
        expect(one(block, `ul.counts li[data-type="${type}"]`).getAttribute("data-count"), `${e.id} ${type}`).toBe(String(n));
      }
      expect(all(block, ".side-chip").map((s) => s.getAttribute("data-side"))).toEqual(e.accounts.map((a) => a.side));
    }
    const meeting = one(summary, `.event-summary[data-event="${MEETING}"]`);
    expect(text(one(meeting, ".sides-line"))).toBe(
      "Sides: Dmitry Peskov, Kremlin / RU (5 claims, 1 source) · Donald Trump, U.S. officials / US (2 claims, 1 source)",
    );
    expect(text(one(meeting, 'li[data-type="omission"]'))).toBe("3 omissions in 2 groups");
  });

  it("lists the strongest disagreements, ranked, with their one-line explanations and links to their cards", () => {
    const items = all(one(summary, `.event-summary[data-event="${MEETING}"]`), "ol.strongest > li");
    expect(items).toHaveLength(3);
    expect(items.map((li) => one(li, ".badge").textContent)).toEqual(["factual", "stance", "omission"]);
    expect(text(items[0]!)).toContain("US officials expect the meeting within two weeks; Lavrov (RU) in the second half of the year.");
    for (const li of items) {
      const id = one(li, "a").getAttribute("href")!.slice(1);
      expect(one(doc, `[id="${id}"]`).getAttribute("class")).toContain("card");
    }
    const limited = dom(renderHtml(result, { strongest: 1 }));
    expect(all(limited, `.event-summary[data-event="${MEETING}"] ol.strongest > li`)).toHaveLength(1);
  });

  it("lists the inputs that failed, with the reason, in the summary", () => {
    const failed = one(summary, ".inputs-failed");
    expect(text(failed)).toContain("inbox/<b>locked</b>.txt — cannot read the file: permission denied <b>x</b>");
    // The other warnings stay at the end.
    expect(all(doc, ".warnings li")).toHaveLength(1);
  });

  it("explains the colours: a legend of the disagreement types and of the coverage matrix", () => {
    expect(all(summary, ".type-legend dt .badge").map((b) => b.textContent)).toEqual(["factual", "stance", "characterization", "omission"]);
    const legend = one(section(EVENT), ".coverage-legend");
    expect(all(legend, "dt .swatch").map((s) => s.getAttribute("class"))).toEqual(["swatch covered", "swatch missing omitted", "swatch missing"]);
    expect(text(legend)).toContain("left out");
  });
});

describe("renderHtml: details", () => {
  it("ranks the cards: factual and stance, then characterization; omissions after, grouped", () => {
    const cards = all(section(MEETING), ".card");
    expect(cards.map((c) => c.getAttribute("data-type"))).toEqual(["factual", "stance", "omission", "omission"]);
    expect(cards.map((c) => c.getAttribute("data-confidence"))).toEqual(["0.80", "0.70", "0.70", "0.60"]);
    expect(all(section(EVENT), ".card").map((c) => c.getAttribute("data-type"))).toEqual(["characterization", "omission"]);
  });

  it("groups omission flags that rest on the same claims, collapsed, so no claim is flagged twice", () => {
    for (const e of result.events) {
      const groups = all(section(e.id), "details.omission-group");
      const flags = groups.reduce((n, g) => n + Number(g.getAttribute("data-flags")), 0);
      expect(flags, e.id).toBe(e.disagreements.filter((d) => d.type === "omission").length);
      const claims = groups.flatMap((g) => all(g, ".wording").map((w) => w.getAttribute("data-claim")));
      expect(new Set(claims).size, e.id).toBe(claims.length);
      for (const g of groups) expect(g.hasAttribute("open")).toBe(false);
    }
    const [prep, proposals] = all(section(MEETING), "details.omission-group");
    expect(prep!.getAttribute("data-topics")).toBe("preparation experts");
    expect(all(prep!, ".wording").map((w) => w.getAttribute("data-claim"))).toEqual(["wire-summit:c1", "wire-summit:c3"]);
    expect(text(one(prep!, "summary"))).toContain("Only RU mentions preparation, experts (2 passages); not in the US account.");
    expect(all(prep!, ".explanations li")).toHaveLength(2);
    expect(proposals!.getAttribute("data-topics")).toBe("proposals scheduling");
    const korea = one(section(EVENT), "details.omission-group");
    expect(all(korea, ".passage")).toHaveLength(2);
    expect(text(one(korea, ".silent-sides"))).toBe("White House, Sean Spicer / US leaves out korean-peninsula iran-nuclear");
  });

  it("keeps each side's wordings in its own column (a stance card with 5 wordings)", () => {
    const stance = one(section(MEETING), '.card[data-type="stance"]');
    const columns = all(stance, ".sides > .side-col");
    expect(columns.map((c) => c.getAttribute("data-side"))).toEqual(["RU", "US"]);
    expect(all(columns[0]!, ".wording").map((w) => w.getAttribute("data-side"))).toEqual(["RU", "RU", "RU", "RU"]);
    expect(all(columns[1]!, ".wording").map((w) => w.getAttribute("data-claim"))).toEqual(["wire-summit:c6"]);
    expect(text(one(columns[0]!, ".side-name"))).toBe("Dmitry Peskov, Kremlin / RU");
  });

  it("shows a word diff only between close wordings", () => {
    expect(all(one(section(MEETING), '.card[data-type="stance"]'), ".diff")).toHaveLength(0);
    expect(all(one(section(EVENT), '.card[data-type="characterization"]'), ".diff")).toHaveLength(0);
    const factual = one(section(MEETING), '.card[data-type="factual"]');
    expect(all(factual, ".diff del").map(text).join(" ")).toBe("within two weeks");
    expect(all(factual, ".diff ins").map(text).join(" ")).toBe("in the second half of the year");
  });

  it("prints quotations with the source's marks and adds none (no <q>, no doubled marks)", () => {
    expect(all(doc, "q")).toHaveLength(0);
    const wording = (id: string) => text(one(doc, `.wording[data-claim="${id}"] blockquote`));
    expect(wording("wire-summit:c2")).toBe('"A summit cannot be improvised,"');
    expect(wording("wire-summit:c6")).toBe('he would meet Putin "as soon as possible" and that nothing would move until they met');
    expect(text(one(doc, 'li.claim[data-claim="ro-news:c1"] .assertion'))).toBe("”Discuția s-a purtat într-un ton calm și a urmărit soluții practice”");
    expect(html).not.toMatch(/content:\s*open-quote/);
  });

  it("shows the sides of an event as labelled columns, claims grouped by source", () => {
    const columns = all(section(EVENT), ".accounts > .account");
    expect(columns.map((c) => c.getAttribute("data-side"))).toEqual(["US", "RU"]);
    expect(text(one(columns[0]!, ".side-label"))).toBe("White House, Sean Spicer / US");
    expect(text(one(columns[1]!, ".side-label"))).toBe("Kremlin / RU");
    expect(all(columns[0]!, ".from").map((f) => f.getAttribute("data-article"))).toEqual(["wh-readout", "pl-gazeta"]);
    expect(text(one(columns[0]!, '.from[data-article="pl-gazeta"] .from-head'))).toBe(
      "Gazeta Przykładowa · Dobra i konstruktywna rozmowa przywódców · 2017-01-29 · pl",
    );
    const spicer = one(columns[0]!, 'li.claim[data-claim="pl-gazeta:c1"]');
    expect(one(spicer, ".speaker").textContent).toBe("Sean Spicer");
    expect(one(spicer, ".role").textContent).toBe("White House press secretary");
    expect(one(spicer, ".kind").textContent).toBe("mixed");
    expect(one(spicer, "a.source-link").getAttribute("href")).toBe("#src-pl-gazeta-c1");
    expect(all(columns[0]!, "li.claim").map((c) => c.getAttribute("data-claim"))).not.toContain("ro-news:c1");
    expect(all(columns[1]!, "li.claim")).toHaveLength(5);
  });

  it("folds copies into one entry 'also in N outlets' with the list, and shows their text once", () => {
    const from = all(section(MEETING), '.from[data-article="wire-summit"]');
    expect(from).toHaveLength(2); // one per side
    for (const f of from) {
      const copies = one(f, "details.copies");
      expect(text(one(copies, "summary"))).toBe("also in 2 outlets");
      expect(all(copies, "li").map(text)).toEqual(["Example Wire reprint 1", "Example Wire reprint 2"]);
      expect(all(copies, "[id]")).toHaveLength(0);
    }
    expect(all(doc, 'article.source[data-article^="wire-summit"]')).toHaveLength(1);
    expect(html.split("Moscow and Washington gave different accounts").length - 1).toBe(1);
    // The sources list them once, with their links; links to a copy land on its entry.
    const listed = one(doc, 'article.source[data-article="wire-summit"] details.copies');
    expect(all(listed, "li").map(text)).toEqual([
      "Example Wire reprint 1 https://reprint1.example/en/story",
      "Example Wire reprint 2 https://reprint2.example/en/story",
    ]);
    expect(one(doc, "#article-wire-summit-copy2").closest("article.source")!.getAttribute("data-article")).toBe("wire-summit");
    expect(text(one(doc, `.event-meta:last-of-type`))).not.toContain("reprint");
  });

  it("names sources by outlet, title and date; ids appear only in anchors and data attributes", () => {
    const gazeta = one(doc, 'article.source[data-article="pl-gazeta"]');
    expect(text(one(gazeta, "h3"))).toBe("Dobra i konstruktywna rozmowa przywódców");
    expect(text(one(gazeta, ".source-meta"))).toBe("Gazeta Przykładowa · pl · 2017-01-29 · http://gazeta.example/swiat/rozmowa-prezydentow/");
    const visible = text(one(doc, "body"));
    for (const id of ["wh-readout", "pl-gazeta", "ro-news", "vi-daily", "wire-summit"]) expect(visible, id).not.toContain(id);
    expect(all(doc, "code").map(text)).not.toContain("pl-gazeta");
  });

  it("renders alignments, collapsed", () => {
    const details = one(section(EVENT), "details.alignments");
    expect(details.hasAttribute("open")).toBe(false);
    const al = one(details, 'li.alignment[data-relation="corroboration"]');
    expect(all(al, "a").map((a) => a.getAttribute("href"))).toEqual(["#src-wh-readout-c2", "#src-ro-news-c2"]);
  });

  it("highlights every claim span in its source text, even when spans overlap", () => {
    for (const article of result.articles) {
      if (article.copyOf) continue;
      for (const claim of article.claims) expect(highlighted(doc, claim.id), claim.id).toBe(article.text!.slice(claim.span[0], claim.span[1]));
    }
    const shared = all(doc, "mark.claim-span").find((m) => m.getAttribute("data-claims") === "pl-gazeta:c1 pl-gazeta:c2 pl-gazeta:c3");
    expect(shared?.textContent).toBe("Spicer.");
    expect(one(doc, '[data-article="pl-gazeta"] .article-text').textContent).toBe(PL_TEXT);
    expect(one(doc, '[data-article="wire-summit"] .article-text').textContent).toBe(WIRE_TEXT);
  });

  it("anchors each claim's source link on the first segment of its span", () => {
    for (const link of all(doc, "a.source-link")) {
      const id = link.getAttribute("href")!.slice(1);
      const target = one(doc, `[id="${id}"]`);
      const claimId = target.getAttribute("data-claim")!;
      expect(["MARK", "SPAN"]).toContain(target.tagName);
      expect((target.tagName === "MARK" ? target.getAttribute("data-claims")! : claimId).split(" ")).toContain(claimId);
    }
  });

  it("counts offsets in UTF-16 units (astral characters before a span)", () => {
    const ro = result.articles.find((a) => a.id === "ro-news")!;
    expect(ro.text!.indexOf("🇺🇸")).toBeLessThan(ro.claims[0]!.span[0]);
    expect(highlighted(doc, "ro-news:c1")).toBe(ro.text!.slice(...ro.claims[0]!.span));
  });

  it("shows the assertions, anchored, when the result carries no article text", () => {
    const bare = dom(renderHtml(ComparisonResultSchema.parse(buildComparison({ withText: false }))));
    expect(all(bare, ".article-text")).toHaveLength(0);
    expect(one(bare, "#src-vi-daily-c1").textContent).toBe(result.articles.find((a) => a.id === "vi-daily")!.claims[0]!.assertion);
  });

  it("is one self-contained page for any screen: no external resources, strict CSP, viewport, print styles", () => {
    expect(html.startsWith("<!doctype html>")).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(one(doc, 'meta[name="viewport"]').getAttribute("content")).toBe("width=device-width, initial-scale=1");
    expect(all(doc, "link, img, iframe, object, embed, video, audio, source, script[src]")).toHaveLength(0);
    expect(all(doc, "script")).toHaveLength(1);
    expect(html).not.toMatch(/url\(|@import|@font-face/);
    const csp = one(doc, 'meta[http-equiv="Content-Security-Policy"]').getAttribute("content")!;
    expect(csp).toContain("default-src 'none'");
    expect(csp).toMatch(/script-src 'sha256-[A-Za-z0-9+/=]+'/);
    expect(csp).not.toContain("unsafe-eval");
    expect(html).toMatch(/@media print\{/);
    expect(html).toMatch(/@media \(max-width:700px\)\{/);
  });

  it("can be used with the keyboard: a skip link, focusable cards, native disclosures", () => {
    expect(one(doc, "a.skip").getAttribute("href")).toBe("#details");
    one(doc, "#details");
    for (const card of all(doc, "article.card")) expect(card.getAttribute("tabindex")).toBe("-1");
    for (const card of all(doc, "details.card")) expect(one(card, "summary")).toBeTruthy();
    // Every link points inside the page or to an http(s) source.
    for (const a of all(doc, "a[href]")) expect(a.getAttribute("href")).toMatch(/^(#[A-Za-z0-9_.-]+|https?:)/);
    const ids = all(doc, "[id]").map((e) => e.getAttribute("id")!);
    expect(new Set(ids).size).toBe(ids.length);
    for (const a of all(doc, 'a[href^="#"]')) expect(ids, a.getAttribute("href")!).toContain(a.getAttribute("href")!.slice(1));
  });

  it("renders Romanian, Polish and Vietnamese text unchanged", () => {
    expect(html).toContain("Discuția s-a purtat într-un ton calm și a urmărit soluții practice");
    expect(html).toContain("Kreml poinformował z kolei");
    expect(html).toContain("bán đảo Triều Tiên");
    expect(one(doc, '[data-article="vi-daily"] .article-text').getAttribute("lang")).toBe("vi");
  });
});

describe("renderHtml on a hostile article", () => {
  const hostile = one(doc, 'article.source[data-article^="hostile"]');

  it("emits no markup from data: no script, no event handler, no javascript: URL", () => {
    expect(html.match(/<script/gi)).toHaveLength(1);
    expect(html).not.toMatch(/<(img|svg|iframe|i|b)[\s>]/i);
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
    expect(all(hostile, ".source-meta a")).toHaveLength(0);
    const card = one(doc, '.card[data-type="stance"][data-topic="<script>alert(1)</script>"]');
    expect(one(card, ".diff ins").textContent).toBe("<script>window.__pwned=1</script>");
    expect(one(card, ".explanation").textContent).toBe(`<img src=x onerror="window.__pwned=1"> <a href="javascript:alert(1)">x</a>`);
    expect(one(doc, '.account[data-side="XX"] .side-label').textContent).toContain(`Officials"><svg onload=alert(1)>`);
  });

  it("keeps fragment ids safe even when article ids are not", () => {
    const ids = all(doc, "[id]").map((e) => e.getAttribute("id")!);
    for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9_.-]+$/);
  });
});

describe("renderDiff and markdownDiff", () => {
  it("wraps added parts in <ins> and removed parts in <del>, escaped", () => {
    expect(
      renderDiff([
        { value: "a ", added: false, removed: false },
        { value: "<b>", added: false, removed: true },
        { value: "c&d", added: true, removed: false },
      ]),
    ).toBe("a <del>&lt;b&gt;</del><ins>c&amp;d</ins>");
  });

  it("renders a Markdown word diff with struck and bold words", () => {
    expect(
      markdownDiff([
        { value: "a ", added: false, removed: false },
        { value: "very good ", added: false, removed: true },
        { value: "constructive", added: true, removed: false },
      ]),
    ).toBe("a ~~very good~~ **constructive**");
  });
});

describe("renderMarkdown", () => {
  const md = renderMarkdown(result, { title: "Trump–Putin call" });

  it("opens with the summary: counts, sides, counts by type, the strongest disagreements, failed inputs", () => {
    expect(md).toMatch(
      /^# Trump–Putin call\n\n6 texts from 8 outlets \(2 copies folded into their originals\) · 19 claims · 3 events · 9 disagreements \(1 factual, 2 stance, 1 characterization, 5 omissions\)\n\n## Summary\n/,
    );
    const summary = md.slice(md.indexOf("## Summary"), md.indexOf("\n## 1."));
    expect(summary).toContain("### 2. Meeting · 2025-05-16 · Donald Trump – Vladimir Putin");
    expect(summary).toContain("- **Sides:** Dmitry Peskov, Kremlin / RU (5 claims, 1 source) · Donald Trump, U.S. officials / US (2 claims, 1 source)");
    expect(summary).toContain("- **Disagreements:** 1 factual · 1 stance · 0 characterization · 3 omissions in 2 groups");
    expect(summary).toContain(
      "  1. **factual** · scheduling — US officials expect the meeting within two weeks; Lavrov (RU) in the second half of the year. (0.80)",
    );
    expect(summary).toContain("  2. **stance** · meeting — ");
    expect(summary).toContain("- inbox/\\<b\\>locked\\</b\\>.txt: cannot read the file: permission denied \\<b\\>x\\</b\\> (input\\_failed)");
  });

  it("ranks the disagreements and groups the omissions, no claim listed twice", () => {
    const meeting = md.slice(md.indexOf("\n## 2. Meeting"), md.indexOf("\n## 3."));
    const dis = meeting.slice(meeting.indexOf("### Disagreements"), meeting.indexOf("### Omissions"));
    expect(dis.indexOf("**factual**")).toBeLessThan(dis.indexOf("**stance**"));
    const om = meeting.slice(meeting.indexOf("### Omissions"), meeting.indexOf("### Accounts"));
    expect(om.match(/^\d+\. \*\*omission\*\*/gm)).toHaveLength(2);
    expect(om).toContain(
      "1. **omission** · preparation, experts · confidence 0.70 — Only RU mentions preparation, experts (2 passages); not in the US account.",
    );
    expect(om.match(/It must be prepared by experts/g)).toHaveLength(1);
  });

  it("keeps each wording with its side, with the source's quotation marks and no diff of unrelated wordings", () => {
    expect(md).toContain('   - Dmitry Peskov, Kremlin / RU — Dmitry Peskov (Example Wire, also in 2 outlets): "A summit cannot be improvised,"');
    expect(md).toContain("   - White House, Sean Spicer / US — Sean Spicer (Gazeta Przykładowa): była to „bardzo dobra rozmowa”");
    expect(md).toContain("   - Word diff: the meeting would take place ~~within two weeks~~**in the second half of the year**");
    const tone = md.slice(md.indexOf("1. **characterization**"), md.indexOf("### Omissions"));
    expect(tone).not.toContain("Word diff");
  });

  it("lists accounts by source, the coverage matrix with its legend, and the sources with their copies once", () => {
    expect(md).toContain(
      "- From Gazeta Przykładowa · Dobra i konstruktywna rozmowa przywódców · 2017-01-29 (pl):\n  - **Sean Spicer** (White House press secretary) — mixed · pl · 2017-01-28\n    > była to „bardzo dobra rozmowa”",
    );
    expect(md).toContain("| Topic | White House, Sean Spicer / US | Kremlin / RU |\n| --- | :---: | :---: |");
    expect(md).toContain("| korean-peninsula | — (left out) | ✓ |");
    expect(md).toContain("| relations | ✓ | — |");
    expect(md).toContain("✓ the side's account mentions the topic");
    const sources = md.slice(md.indexOf("## Sources"));
    expect(sources).toContain(
      "- **Example Wire** · Kremlin and White House differ on summit timing · en · 2025-05-16\n  - also in 2 outlets: Example Wire reprint 1; Example Wire reprint 2\n",
    );
    expect(md).not.toContain("wire-summit");
    expect(md).not.toContain("pl-gazeta");
  });

  it("escapes Markdown and HTML in article text", () => {
    const hostile = md.slice(md.indexOf("\n## 3."));
    expect(hostile).not.toMatch(/(^|[^\\])<(script|img|svg|iframe)/);
    expect(hostile).toContain("\\<script\\>window.\\_\\_pwned = 1; alert(1)\\</script\\>");
    expect(hostile).toContain("\\[the transcript\\](javascript:alert(1))");
    expect(hostile).not.toMatch(/(^|[^\\])\[[^\]]*\]\(javascript:/);
    expect(md).toContain("| \\<script\\>alert(1)\\</script\\> | ✓ | — |");
  });

  it("leaves out the background claims on request", () => {
    const withBackground = { ...result, background: ["wh-readout:c1"] };
    expect(renderMarkdown(withBackground)).toContain("## Background statements");
    expect(renderMarkdown(withBackground, { background: false })).not.toContain("## Background statements");
  });
});

export type { ComparisonResult };
