import type { Claim } from "../schema/claim.js";
import type { Alignment, ClaimEvent, ComparisonResult, DiffPart, Disagreement } from "../schema/comparison.js";
import { escapeHtml } from "./escape.js";
import { REPORT_CSP, REPORT_CSS, REPORT_JS } from "./html-assets.js";
import { anchorOf, articleAnchor, renderSourceArticle, type AnchorMap } from "./html-source.js";
import {
  claimDateLabel,
  claimOutletLabel,
  coverageMatrix,
  disagreementSides,
  eventTypeLabel,
  indexClaims,
  lookupClaims,
  resultSummary,
  sideLabel,
  sideName,
  type IndexedClaim,
} from "./model.js";

/** Options of {@link renderHtml}. */
export interface HtmlOptions {
  /** Page title and first heading (default "claimdiff report"). */
  title?: string;
}

type Index = ReadonlyMap<string, IndexedClaim>;

/**
 * Renders a comparison result as ONE self-contained HTML page (inline CSS and a tiny inline
 * script, no network requests, UTF-8): per event the sides as columns with their claims, the
 * topic coverage matrix, disagreement cards (with a word diff for same-language pairs) and
 * alignments; below, every source article with each claim's span highlighted, linked from the
 * claims as `#src-ARTICLE-cN`. Every string from the input is HTML-escaped and only http(s)
 * URLs become links; a Content-Security-Policy forbids network access and foreign scripts.
 *
 * @example
 * await writeFile("report.html", renderHtml(compareClaims(results), { title: "Trump–Putin call" }));
 */
export function renderHtml(result: ComparisonResult, options: HtmlOptions = {}): string {
  const index = indexClaims(result);
  const anchors = buildAnchors(result);
  const title = options.title ?? "claimdiff report";
  const { articles, claims, events } = resultSummary(result);
  const toc = result.events
    .map((e, i) => `<li><a href="#${escapeHtml(eventAnchor(e.id))}">${i + 1}. ${escapeHtml(eventTitle(e))}</a></li>`)
    .join("");
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(REPORT_CSP)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<meta name="generator" content="claimdiff">
<title>${escapeHtml(title)}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<header class="report-head">
<h1>${escapeHtml(title)}</h1>
<p class="summary">${articles} ${plural(articles, "article")} · ${claims} ${plural(claims, "claim")} · ${events} ${plural(events, "event")}</p>
${toc ? `<ol class="toc">${toc}</ol>` : ""}
</header>
<main>
${result.events.map((e) => renderEvent(e, result, index, anchors)).join("\n")}
${renderBackground(result, index, anchors)}
${renderWarnings(result)}
</main>
<section class="sources">
<h2>Source articles</h2>
${result.articles.map((a) => renderSourceArticle(a, anchors)).join("\n")}
</section>
<script>${REPORT_JS}</script>
</body>
</html>
`;
}

function renderEvent(event: ClaimEvent, result: ComparisonResult, index: Index, anchors: AnchorMap): string {
  const articleLinks = event.articles.map((id) => {
    const a = result.articles.find((x) => x.id === id);
    const label = a?.outlet ? `${a.outlet} (${a.language})` : a ? `${id} (${a.language})` : id;
    return `<a href="#${escapeHtml(articleAnchor(id))}">${escapeHtml(label)}</a>`;
  });
  return `<section class="event" id="${escapeHtml(eventAnchor(event.id))}" data-event="${escapeHtml(event.id)}" data-event-type="${escapeHtml(event.type)}">
<h2>${escapeHtml(eventTitle(event))}</h2>
<p class="event-meta">Participants: ${listOrDash(event.participants.map(escapeHtml))}</p>
<p class="event-meta">Topics: ${listOrDash(event.topics.map(chip), " ")}</p>
<p class="event-meta">Articles: ${listOrDash(articleLinks)}</p>
<h3>Accounts</h3>
<div class="accounts">
${event.accounts.map((account) => renderAccount(account, index, anchors)).join("\n")}
</div>
<h3>Topic coverage</h3>
${renderCoverage(event, index)}
<h3>Disagreements</h3>
${
  event.disagreements.length > 0
    ? `<div class="disagreements">${event.disagreements.map((d) => renderDisagreement(d, event, index, anchors)).join("\n")}</div>`
    : `<p class="empty">None found.</p>`
}
${renderAlignments(event.alignments, index, anchors)}
</section>`;
}

function renderAccount(account: ClaimEvent["accounts"][number], index: Index, anchors: AnchorMap): string {
  const label = sideLabel(account, index);
  const cut = label.lastIndexOf(" / ");
  const speakers = cut > 0 ? `<span class="speakers">${escapeHtml(label.slice(0, cut))}</span> <span class="side-sep">/</span> ` : "";
  const items = lookupClaims(index, account.claims);
  const list = items.length > 0 ? `<ol class="claims">${items.map((i) => renderClaim(i, anchors)).join("")}</ol>` : `<p class="empty">No claims.</p>`;
  return `<section class="account" data-side="${escapeHtml(account.side)}">
<h3 class="side-label">${speakers}<span class="side-code">${escapeHtml(sideName(account.side))}</span></h3>
${list}
</section>`;
}

function renderClaim({ claim, article }: IndexedClaim, anchors: AnchorMap): string {
  const role = claim.speaker.role ? ` <span class="role">${escapeHtml(claim.speaker.role)}</span>` : "";
  const topics = claim.topics.length > 0 ? `<div class="topics">${claim.topics.map(chip).join(" ")}</div>` : "";
  return `<li class="claim" id="${escapeHtml(`claim-${anchorOf(claim.id, anchors).slice(4)}`)}" data-claim="${escapeHtml(claim.id)}" data-kind="${escapeHtml(claim.kind)}">
<div class="claim-head"><span class="speaker">${escapeHtml(claim.speaker.name)}</span>${role}</div>
<blockquote class="assertion" lang="${escapeHtml(claim.language)}">${escapeHtml(claim.assertion)}</blockquote>
<div class="claim-meta"><span class="kind">${escapeHtml(claim.kind)}</span> · <span class="outlet">${escapeHtml(claimOutletLabel(claim, article))}</span> · <span class="lang">${escapeHtml(claim.language)}</span> · <span class="date">${escapeHtml(claimDateLabel(claim))}</span> · <a class="source-link" href="#${escapeHtml(anchorOf(claim.id, anchors))}">source</a></div>
${topics}
</li>`;
}

function renderCoverage(event: ClaimEvent, index: Index): string {
  const rows = coverageMatrix(event, index);
  if (rows.length === 0 || event.accounts.length === 0) return `<p class="empty">No topics.</p>`;
  const head = event.accounts
    .map((a) => `<th scope="col" data-side="${escapeHtml(a.side)}">${escapeHtml(sideLabel(a, index))}</th>`)
    .join("");
  const body = rows
    .map((row) => {
      const cells = row.cells
        .map((c) => {
          const cls = c.covered ? "covered" : c.omitted ? "missing omitted" : "missing";
          const title = c.covered ? `${c.claims.length} claim(s): ${c.claims.join(", ")}` : c.omitted ? "omitted by this side" : "not mentioned";
          return `<td class="${cls}" data-side="${escapeHtml(c.side)}" data-topic="${escapeHtml(row.topic)}" title="${escapeHtml(title)}">${c.covered ? "✓" : "—"}</td>`;
        })
        .join("");
      return `<tr data-topic="${escapeHtml(row.topic)}"><th scope="row">${escapeHtml(row.topic)}</th>${cells}</tr>`;
    })
    .join("\n");
  return `<table class="coverage">
<thead><tr><th scope="col">Topic</th>${head}</tr></thead>
<tbody>
${body}
</tbody>
</table>`;
}

function renderDisagreement(d: Disagreement, event: ClaimEvent, index: Index, anchors: AnchorMap): string {
  const wordings = disagreementSides(d, event, index)
    .map(({ side, claims }) => {
      if (claims.length === 0) {
        return `<div class="wording silent" data-side="${escapeHtml(side)}"><div class="who">${escapeHtml(sideName(side))}</div>not mentioned</div>`;
      }
      return claims.map(({ claim }) => wording(side, claim, anchors)).join("");
    })
    .join("");
  const diff = d.diff && d.diff.length > 0 ? `<div class="diff" aria-label="word diff">${renderDiff(d.diff)}</div>` : "";
  return `<article class="disagreement type-${escapeHtml(d.type)}" data-type="${escapeHtml(d.type)}" data-topic="${escapeHtml(d.topic)}">
<header><span class="badge">${escapeHtml(d.type)}</span><span class="topic">${escapeHtml(d.topic)}</span><span class="confidence">confidence ${d.confidence.toFixed(2)}</span></header>
<div class="wordings">${wordings}</div>
${diff}
<p class="explanation">${escapeHtml(d.explanation)}</p>
</article>`;
}

function wording(side: string, claim: Claim, anchors: AnchorMap): string {
  return `<div class="wording" data-side="${escapeHtml(side)}" data-claim="${escapeHtml(claim.id)}"><div class="who">${escapeHtml(sideName(side))} — ${escapeHtml(claim.speaker.name)} · ${escapeHtml(claim.outlet ?? claim.articleId)} · ${escapeHtml(claim.language)}</div><q lang="${escapeHtml(claim.language)}">${escapeHtml(claim.assertion)}</q> <a class="source-link" href="#${escapeHtml(anchorOf(claim.id, anchors))}">source</a></div>`;
}

/**
 * Renders a word diff as HTML: added parts in `<ins>`, removed parts in `<del>`, all escaped.
 *
 * @example
 * renderDiff([{ value: "very good", added: false, removed: true }, { value: "constructive", added: true, removed: false }])
 * // "<del>very good</del><ins>constructive</ins>"
 */
export function renderDiff(parts: readonly DiffPart[]): string {
  return parts
    .map((p) => (p.added ? `<ins>${escapeHtml(p.value)}</ins>` : p.removed ? `<del>${escapeHtml(p.value)}</del>` : escapeHtml(p.value)))
    .join("");
}

function renderAlignments(alignments: readonly Alignment[], index: Index, anchors: AnchorMap): string {
  if (alignments.length === 0) return "";
  const items = alignments.map((a) => {
    const who = lookupClaims(index, a.claims)
      .map(({ claim }) => `<a href="#${escapeHtml(anchorOf(claim.id, anchors))}">${escapeHtml(claim.speaker.name)} (${escapeHtml(claim.outlet ?? claim.articleId)}, ${escapeHtml(claim.language)})</a>`)
      .join(" ↔ ");
    const keys = a.keys.length > 0 ? ` ${a.keys.map(chip).join(" ")}` : "";
    const diff = a.diff && a.diff.length > 0 ? `<div class="diff">${renderDiff(a.diff)}</div>` : "";
    return `<li class="alignment" data-relation="${escapeHtml(a.relation)}"><strong>${escapeHtml(a.relation)}</strong> (${a.score.toFixed(2)}): ${who}${keys}${diff}</li>`;
  });
  return `<h3>Alignments</h3>\n<ul class="alignments">${items.join("\n")}</ul>`;
}

function renderBackground(result: ComparisonResult, index: Index, anchors: AnchorMap): string {
  const items = lookupClaims(index, result.background);
  if (items.length === 0) return "";
  return `<section class="background">
<h2>Background statements</h2>
<p class="summary">Past statements quoted for context, kept out of every event.</p>
<ol class="claims">${items.map((i) => renderClaim(i, anchors)).join("")}</ol>
</section>`;
}

function renderWarnings(result: ComparisonResult): string {
  if (result.warnings.length === 0) return "";
  const items = result.warnings.map((w) => `<li><code>${escapeHtml(w.code)}</code> ${escapeHtml(w.message)}</li>`);
  return `<section class="warnings"><h2>Warnings</h2><ul>${items.join("")}</ul></section>`;
}

/** Unique anchor ids for every claim: `src-` + the claim id made fragment-safe (`:` → `-`). */
function buildAnchors(result: ComparisonResult): Map<string, string> {
  const anchors = new Map<string, string>();
  const used = new Set<string>();
  for (const article of result.articles) {
    for (const claim of article.claims) {
      if (anchors.has(claim.id)) continue;
      const base = anchorOf(claim.id, new Map());
      let id = base;
      for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
      used.add(id);
      anchors.set(claim.id, id);
    }
  }
  return anchors;
}

function eventTitle(event: ClaimEvent): string {
  const who = event.participants.length > 0 ? ` · ${event.participants.join(" – ")}` : "";
  return `${eventTypeLabel(event.type)} · ${event.date ?? "date unknown"}${who}`;
}

function eventAnchor(id: string): string {
  return `event-${id.replace(/[^A-Za-z0-9_.-]/g, "-")}`;
}

function chip(text: string): string {
  return `<span class="chip">${escapeHtml(text)}</span>`;
}

function listOrDash(items: readonly string[], sep = ", "): string {
  return items.length > 0 ? items.join(sep) : "—";
}

function plural(n: number, word: string): string {
  return n === 1 ? word : `${word}s`;
}
