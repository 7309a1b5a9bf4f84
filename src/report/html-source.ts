import type { Claim } from "../schema/claim.js";
import type { ComparisonResult } from "../schema/comparison.js";
import { escapeHtml, safeHttpUrl, toAnchorId } from "./escape.js";
import type { ResultArticle } from "./model.js";
import { sweepHighlights } from "./segments.js";
import { shorten, sourceLabel } from "./sources.js";

/** Maps claim ids to unique, fragment-safe anchor ids (`src-ARTICLE-cN`). */
export type AnchorMap = ReadonlyMap<string, string>;

/** Unique, fragment-safe anchor ids of a report: claims (`src-…`) and articles (`article-…`). */
export interface Anchors {
  claims: AnchorMap;
  articles: AnchorMap;
}

/**
 * Builds unique anchor ids for every claim (`src-` + the claim id made fragment-safe) and every
 * article (`article-` + its id), numbered when two ids sanitise alike.
 */
export function buildAnchors(result: ComparisonResult): Anchors {
  const used = new Set<string>();
  const claims = new Map<string, string>();
  const articles = new Map<string, string>();
  const claim = (id: string) => {
    if (!claims.has(id)) claims.set(id, fresh(toAnchorId("src", id), used));
  };
  for (const article of result.articles) {
    if (!articles.has(article.id)) articles.set(article.id, fresh(toAnchorId("article", article.id), used));
    for (const c of article.claims) claim(c.id);
  }
  return { claims, articles };
}

function fresh(base: string, used: Set<string>): string {
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
  used.add(id);
  return id;
}

/**
 * Renders an article's text with every claim's `span` highlighted. Overlapping and nested spans
 * are split into flat segments, each a `<mark class="claim-span" data-claims="id1 id2">`; the
 * first segment of each claim carries its anchor id (or an empty anchor element precedes it when
 * another claim already owns that segment's id). All text is HTML-escaped. Linear in the text
 * and the claims (one sweep over the span boundaries).
 *
 * @example
 * highlightText("Putin said: peace.", [claim], anchors)
 * // '<mark class="claim-span depth-1" id="src-a-c1" data-claim="a:c1" data-claims="a:c1">Putin said: peace.</mark>'
 */
export function highlightText(text: string, claims: readonly Claim[], anchors: AnchorMap): string {
  const speakers = new Map(claims.map((c) => [c.id, c.speaker.name]));
  const started = new Set<string>();
  let html = "";
  sweepHighlights(
    text.length,
    claims.map((c) => ({ key: c.id, span: c.span })),
    (start, end, keys) => {
      const body = escapeHtml(text.slice(start, end));
      if (keys.length === 0) {
        html += body;
        return;
      }
      let extra = "";
      let idAttr = "";
      for (const k of keys) {
        if (started.has(k)) continue;
        started.add(k);
        // The first claim starting here owns the segment's id; the others get an empty anchor.
        if (idAttr === "") idAttr = ` id="${escapeHtml(anchorOf(k, anchors))}" data-claim="${escapeHtml(k)}"`;
        else extra += anchorElement(k, anchors);
      }
      const depth = Math.min(keys.length, 3);
      const title = keys.length === 1 ? (speakers.get(keys[0]!) ?? keys[0]!) : [...new Set(keys.map((k) => speakers.get(k) ?? k))].join("; ");
      html += `${extra}<mark class="claim-span depth-${depth}"${idAttr} data-claims="${escapeHtml(keys.join(" "))}" title="${escapeHtml(title)}">${body}</mark>`;
    },
  );
  // Claims whose span is empty or lies outside the text still get an anchor, so links land.
  for (const c of claims) if (!started.has(c.id)) html += anchorElement(c.id, anchors);
  return html;
}

/**
 * Renders one source article: its title, then outlet, language, date, agencies and a link when
 * the URL is http(s) — its id only as the section's anchor — and the text with claim spans
 * highlighted, or, when the result carries no text, the list of assertions, each anchored so
 * the claims' source links still land. `copies` (other outlets that carried the same text) are
 * listed once, collapsed, each anchored so links to a copy land on it.
 */
export function renderSourceArticle(article: ResultArticle, anchors: Anchors, copies: readonly ResultArticle[] = []): string {
  const label = sourceLabel(article);
  const body =
    typeof article.text === "string"
      ? `<div class="article-text" lang="${escapeHtml(article.language)}">${highlightText(article.text, article.claims, anchors.claims)}</div>`
      : assertionsOnly(article, anchors.claims);
  return `<article class="source" id="${escapeHtml(articleAnchorOf(article.id, anchors))}" data-article="${escapeHtml(article.id)}">
<h3>${escapeHtml(label.title ?? "Untitled article")}</h3>
<p class="source-meta">${sourceMeta(article).join(" · ")}</p>
${renderCopies(article, copies, anchors)}
${body}
</article>`;
}

/** Outlet, language, date, agencies and the http(s) link of an article, each escaped. */
export function sourceMeta(article: ResultArticle): string[] {
  const label = sourceLabel(article);
  const url = safeHttpUrl(article.url);
  const meta = [
    `<span class="outlet">${escapeHtml(label.outlet)}</span>`,
    `<span class="lang">${escapeHtml(label.language)}</span>`,
    `<span class="date">${escapeHtml(label.date ?? "date unknown")}</span>`,
    ...(article.via.length > 0 ? [escapeHtml(`via ${article.via.join(", ")}`)] : []),
  ];
  if (url) meta.push(`<a href="${escapeHtml(url)}" rel="noopener noreferrer nofollow">${escapeHtml(shorten(url, 80))}</a>`);
  return meta;
}

/**
 * The copies of `original`, collapsed: "also in N outlets", then each outlet (with the title and
 * date when they differ from the original's). With `anchors` — the one full list, in the
 * sources — each item also carries its link and its copy's anchor, so links to the copy land
 * there. Empty when there are none.
 */
export function renderCopies(original: ResultArticle, copies: readonly ResultArticle[], anchors?: Anchors): string {
  if (copies.length === 0) return "";
  const first = sourceLabel(original);
  const items = copies.map((c) => {
    const l = sourceLabel(c);
    const parts = [l.outlet, ...(l.title && l.title !== first.title ? [l.title] : []), ...(l.date !== first.date ? [l.date ?? "date unknown"] : [])];
    if (!anchors) return `<li>${escapeHtml(parts.join(" · "))}</li>`;
    const url = safeHttpUrl(c.url);
    const link = url ? ` <a href="${escapeHtml(url)}" rel="noopener noreferrer nofollow">${escapeHtml(shorten(url, 60))}</a>` : "";
    return `<li id="${escapeHtml(articleAnchorOf(c.id, anchors))}" data-article="${escapeHtml(c.id)}">${escapeHtml(parts.join(" · "))}${link}</li>`;
  });
  const n = copies.length;
  return `<details class="copies" data-copies="${n}"><summary>also in ${n} ${n === 1 ? "outlet" : "outlets"}</summary><ul>${items.join("")}</ul></details>`;
}

function assertionsOnly(article: ResultArticle, anchors: AnchorMap): string {
  if (article.claims.length === 0) return `<p class="empty">No text and no claims.</p>`;
  const items = article.claims.map(
    (c) =>
      `<li><mark class="claim-span depth-1" id="${escapeHtml(anchorOf(c.id, anchors))}" data-claim="${escapeHtml(c.id)}" data-claims="${escapeHtml(c.id)}">${escapeHtml(c.assertion)}</mark></li>`,
  );
  return `<p class="empty">Article text not included; assertions only:</p>
<ol class="assertions-only" lang="${escapeHtml(article.language)}">${items.join("")}</ol>`;
}

function anchorElement(claimId: string, anchors: AnchorMap): string {
  return `<span class="claim-anchor" id="${escapeHtml(anchorOf(claimId, anchors))}" data-claim="${escapeHtml(claimId)}"></span>`;
}

/** The anchor id of a claim (falls back to a sanitised form when the map lacks it). */
export function anchorOf(claimId: string, anchors: AnchorMap): string {
  return anchors.get(claimId) ?? toAnchorId("src", claimId);
}

/** The anchor id of a source article section. */
export function articleAnchorOf(articleId: string, anchors: Anchors): string {
  return anchors.articles.get(articleId) ?? toAnchorId("article", articleId);
}
