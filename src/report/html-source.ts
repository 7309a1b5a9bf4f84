import type { Claim } from "../schema/claim.js";
import { escapeHtml, safeHttpUrl } from "./escape.js";
import type { ResultArticle } from "./model.js";
import { segmentHighlights } from "./segments.js";

/** Maps claim ids to unique, fragment-safe anchor ids (`src-ARTICLE-cN`). */
export type AnchorMap = ReadonlyMap<string, string>;

/**
 * Renders an article's text with every claim's `span` highlighted. Overlapping and nested spans
 * are split into flat segments, each a `<mark class="claim-span" data-claims="id1 id2">`; the
 * first segment of each claim carries its anchor id (or an empty anchor element precedes it when
 * another claim already owns that segment's id). All text is HTML-escaped.
 *
 * @example
 * highlightText("Putin said: peace.", [claim], anchors)
 * // '<mark class="claim-span depth-1" id="src-a-c1" data-claim="a:c1" data-claims="a:c1">Putin said: peace.</mark>'
 */
export function highlightText(text: string, claims: readonly Claim[], anchors: AnchorMap): string {
  const segments = segmentHighlights(
    text.length,
    claims.map((c) => ({ key: c.id, span: c.span })),
  );
  const speakers = new Map(claims.map((c) => [c.id, c.speaker.name]));
  const started = new Set<string>();
  let html = "";
  for (const seg of segments) {
    const body = escapeHtml(text.slice(seg.start, seg.end));
    if (seg.keys.length === 0) {
      html += body;
      continue;
    }
    const fresh = seg.keys.filter((k) => !started.has(k));
    for (const k of fresh) started.add(k);
    const [owner, ...others] = fresh;
    const extra = others.map((k) => anchorElement(k, anchors)).join("");
    const idAttr = owner !== undefined ? ` id="${escapeHtml(anchorOf(owner, anchors))}" data-claim="${escapeHtml(owner)}"` : "";
    const depth = Math.min(seg.keys.length, 3);
    const title = [...new Set(seg.keys.map((k) => speakers.get(k) ?? k))].join("; ");
    html += `${extra}<mark class="claim-span depth-${depth}"${idAttr} data-claims="${escapeHtml(seg.keys.join(" "))}" title="${escapeHtml(title)}">${body}</mark>`;
  }
  // Claims whose span is empty or lies outside the text still get an anchor, so links land.
  for (const c of claims) if (!started.has(c.id)) html += anchorElement(c.id, anchors);
  return html;
}

/**
 * Renders one source article: title, outlet, language, date, a link when the URL is http(s),
 * and the text with claim spans highlighted — or, when the result carries no text, the list of
 * assertions, each anchored so the claims' source links still land.
 */
export function renderSourceArticle(article: ResultArticle, anchors: AnchorMap): string {
  const url = safeHttpUrl(article.url);
  const meta = [
    article.outlet ?? "outlet unknown",
    article.language,
    article.publishedAt ?? "date unknown",
    ...(article.via.length > 0 ? [`via ${article.via.join(", ")}`] : []),
  ].map(escapeHtml);
  if (url) meta.push(`<a href="${escapeHtml(url)}" rel="noopener noreferrer nofollow">${escapeHtml(url)}</a>`);
  const title = article.title ?? article.id;
  const body =
    typeof article.text === "string"
      ? `<div class="article-text" lang="${escapeHtml(article.language)}">${highlightText(article.text, article.claims, anchors)}</div>`
      : assertionsOnly(article, anchors);
  return `<article class="source" id="${escapeHtml(articleAnchor(article.id))}" data-article="${escapeHtml(article.id)}">
<h3>${escapeHtml(title)}</h3>
<p class="source-meta"><code>${escapeHtml(article.id)}</code> · ${meta.join(" · ")}</p>
${body}
</article>`;
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
  return anchors.get(claimId) ?? `src-${claimId.replace(/[^A-Za-z0-9_.-]/g, "-")}`;
}

/** The anchor id of a source article section. */
export function articleAnchor(articleId: string): string {
  return `article-${articleId.replace(/[^A-Za-z0-9_.-]/g, "-")}`;
}
