import { z } from "zod";
import type { Alignment, ClaimEvent, ComparisonResult, DiffPart, Disagreement } from "../schema/comparison.js";
import { collapseCopies, indexCopies, type CopyIndex } from "./copies.js";
import { closeEnough } from "./diff.js";
import {
  DISAGREEMENT_TYPES,
  digestEvent,
  flagTopics,
  omissionLine,
  strongestCards,
  TYPE_MEANINGS,
  type Card,
  type EventDigest,
  type OmissionGroup,
} from "./digest.js";
import { escapeHtml } from "./escape.js";
import { REPORT_CSP, REPORT_CSS, REPORT_JS } from "./html-assets.js";
import { anchorOf, articleAnchorOf, buildAnchors, renderCopies, renderSourceArticle, type Anchors } from "./html-source.js";
import {
  claimDateLabel,
  coverageMatrix,
  disagreementSides,
  eventTitle,
  indexArticles,
  indexClaims,
  inputWarnings,
  lookupClaims,
  reportCounts,
  reportLede,
  groupBySource,
  sideLabel,
  sideName,
  type IndexedClaim,
  type ResultArticle,
} from "./model.js";
import { quotedAssertion, shorten, sourceLabel, sourceLine } from "./sources.js";
import { checkComparison, checkOptions } from "./validate.js";

/** Options of {@link renderHtml}. */
export interface HtmlOptions {
  /** Page title and first heading (default "claimdiff report"). */
  title?: string;
  /** How many of each event's strongest disagreements the summary lists (default 3). */
  strongest?: number;
}

/** The schema of {@link HtmlOptions}: strict (an unknown key is an error). */
export const HtmlOptionsSchema = z.strictObject({
  title: z.string().optional(),
  strongest: z.number().int().min(0).max(100).optional(),
});

interface Ctx {
  result: ComparisonResult;
  index: ReadonlyMap<string, IndexedClaim>;
  articles: ReadonlyMap<string, ResultArticle>;
  copies: CopyIndex;
  anchors: Anchors;
  /** Anchor ids of events and cards (disagreements and omission groups). */
  ids: Map<object, string>;
}

/**
 * Renders a comparison result as ONE self-contained HTML page (inline CSS and a tiny inline
 * script, no network requests, UTF-8), written to be read in a minute:
 * - **Summary first**: per event its sides, its disagreements counted by type and the strongest
 *   few with their one-line explanations (ranked: factual and stance, then characterization,
 *   then omissions; by confidence within); inputs that failed, with the reason.
 * - **Details** per event: disagreement cards (each side's wordings in its own column, a word
 *   diff only when the wordings are close), omissions grouped per passage and side and
 *   collapsed (no claim is flagged twice), the accounts as columns grouped by source, the topic
 *   coverage matrix with its legend, and the alignments (collapsed).
 * - **Sources**: every text once, named by outlet, title and date, with each claim's span
 *   highlighted and linked from the claims; copies of a text (`copyOf`) are one entry "also in
 *   N outlets", so the page grows with distinct content, not with copies.
 *
 * Every string from the input is HTML-escaped and only http(s) URLs become links; a
 * Content-Security-Policy forbids network access and foreign scripts. Keyboard: every control is
 * a link or a native disclosure; `j` / `k` move between cards. Prints with everything expanded.
 * Bad arguments throw `ClaimdiffError` (`invalid_result`, `invalid_options`).
 *
 * @example
 * await writeFile("report.html", renderHtml(compareClaims(results), { title: "Trump–Putin call" }));
 */
export function renderHtml(result: ComparisonResult, options: HtmlOptions = {}): string {
  const checked = checkComparison(result, "renderHtml");
  const opts = checkOptions(HtmlOptionsSchema, options, "renderHtml");
  const copies = indexCopies(checked);
  const shown = collapseCopies(checked, copies);
  const ctx: Ctx = { result: shown, index: indexClaims(shown), articles: indexArticles(shown), copies, anchors: buildAnchors(shown), ids: new Map() };
  const title = opts.title ?? "claimdiff report";
  const digests = shown.events.map((e) => digestEvent(e, ctx.index));
  digests.forEach((d, i) => assignIds(d, i, ctx));
  const counts = reportCounts(shown, copies, digests);
  const lede = reportLede(counts);
  const toc = digests.map((d, i) => `<li><a href="#${escapeHtml(idOf(d.event, ctx))}">${i + 1}. ${escapeHtml(eventTitle(d.event))}</a></li>`).join("");
  const sources = shown.articles.filter((a) => copies.root.get(a.id) === a.id || copies.copiesWithOwnClaims.has(a.id));
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
<a class="skip" href="#details">Skip to the details</a>
<header class="report-head">
<h1>${escapeHtml(title)}</h1>
<p class="lede">${lede.map(escapeHtml).join(" · ")}</p>
${toc ? `<nav aria-label="Events"><ol class="toc">${toc}</ol></nav>` : ""}
<p class="keys">Keys: <kbd>j</kbd> / <kbd>k</kbd> next / previous card · <kbd>Enter</kbd> opens a collapsed one · <kbd>Tab</kbd> moves between links.</p>
</header>
<main>
${renderSummary(digests, ctx, opts.strongest ?? 3)}
<div id="details">
${digests.map((d, i) => renderEvent(d, i, ctx)).join("\n")}
${renderBackground(ctx)}
${renderWarnings(shown)}
</div>
</main>
<section class="sources" id="sources" aria-labelledby="sources-h">
<h2 id="sources-h">Sources</h2>
${sources.map((a) => renderSourceArticle(a, ctx.anchors, copies.root.get(a.id) === a.id ? (copies.copies.get(a.id) ?? []) : [])).join("\n")}
</section>
<script>${REPORT_JS}</script>
</body>
</html>
`;
}

// ---------------------------------------------------------------------------------------------
// Summary

function renderSummary(digests: readonly EventDigest[], ctx: Ctx, strongest: number): string {
  const events = digests.map((d, i) => {
    const sides = d.sides
      .map(
        (s) =>
          `<span class="side-chip" data-side="${escapeHtml(s.side)}">${escapeHtml(s.label)}</span> (${s.claims} ${plural(s.claims, "claim")}, ${s.sources} ${plural(s.sources, "source")})`,
      )
      .join(" · ");
    const counts = DISAGREEMENT_TYPES.map((t) => {
      const n = d.counts[t];
      const groups = t === "omission" && n > 0 && d.omissions.length !== n ? ` in ${d.omissions.length} ${plural(d.omissions.length, "group")}` : "";
      return `<li class="type-${t}${n === 0 ? " zero" : ""}" data-type="${t}" data-count="${n}">${n} ${t === "omission" ? plural(n, "omission") : t}${groups}</li>`;
    }).join("");
    const top = strongestCards(d, strongest);
    const body =
      top.length > 0
        ? `<ul class="counts" aria-label="Disagreements by type">${counts}</ul>\n<ol class="strongest">${top.map((c) => `<li>${strongLine(c, ctx)}</li>`).join("")}</ol>`
        : `<p class="empty">No disagreement found.</p>`;
    return `<article class="event-summary" data-event="${escapeHtml(d.event.id)}">
<h3><a href="#${escapeHtml(idOf(d.event, ctx))}">${i + 1}. ${escapeHtml(eventTitle(d.event))}</a></h3>
<p class="sides-line">Sides: ${sides || "none"}</p>
${body}
</article>`;
  });
  return `<section class="report-summary" id="summary" aria-labelledby="summary-h">
<h2 id="summary-h">Summary</h2>
${renderInputProblems(ctx.result)}
${typeLegend()}
${events.length > 0 ? events.join("\n") : `<p class="empty">No event found.</p>`}
</section>`;
}

function strongLine(card: Card, ctx: Ctx): string {
  const href = `#${escapeHtml(idOf(card.kind === "disagreement" ? card.disagreement : card.group, ctx))}`;
  const topic = card.kind === "disagreement" ? card.disagreement.topic : card.group.topics.join(", ");
  const line = card.kind === "disagreement" ? card.disagreement.explanation : omissionLine(card.group, (s) => sideName(s));
  return `<a href="${href}"><span class="badge type-${card.type}">${card.type}</span> ${escapeHtml(shorten(topic, 80))}</a> — ${escapeHtml(shorten(oneLine(line), 260))} <span class="confidence">(${card.confidence.toFixed(2)})</span>`;
}

function typeLegend(): string {
  const items = DISAGREEMENT_TYPES.map((t) => `<div><dt><span class="badge type-${t}">${t}</span></dt><dd>${escapeHtml(TYPE_MEANINGS[t])}</dd></div>`);
  return `<dl class="legend type-legend" aria-label="Disagreement types">${items.join("")}</dl>`;
}

function renderInputProblems(result: ComparisonResult): string {
  const problems = inputWarnings(result);
  if (problems.length === 0) return "";
  const items = problems.map(
    (w) => `<li><span class="input">${escapeHtml(w.input ?? "")}</span> — ${escapeHtml(w.message)} <code>${escapeHtml(w.code)}</code></li>`,
  );
  return `<section class="inputs-failed" role="note" aria-labelledby="inputs-h">
<h3 id="inputs-h">${problems.length} ${plural(problems.length, "input")} with problems (not compared, or compared in part)</h3>
<ul>${items.join("")}</ul>
</section>`;
}

// ---------------------------------------------------------------------------------------------
// Details of an event

function renderEvent(digest: EventDigest, n: number, ctx: Ctx): string {
  const event = digest.event;
  const sourceLinks = event.articles.map((id) => {
    const a = ctx.articles.get(id);
    const label = a ? sourceLine(a) : "unknown source";
    return `<a href="#${escapeHtml(a ? articleAnchorOf(id, ctx.anchors) : "sources")}">${escapeHtml(label)}</a>`;
  });
  const contradictions = digest.contradictions.map((c) => (c.kind === "disagreement" ? renderDisagreement(c.disagreement, digest, ctx) : ""));
  const omissions = digest.omissions.map((g) => renderOmissionGroup(g, digest, ctx));
  return `<section class="event" id="${escapeHtml(idOf(event, ctx))}" data-event="${escapeHtml(event.id)}" data-event-type="${escapeHtml(event.type)}">
<h2>${n + 1}. ${escapeHtml(eventTitle(event))}</h2>
<p class="event-meta">Participants: ${listOrDash(event.participants.map(escapeHtml))}</p>
<p class="event-meta">Topics: ${listOrDash(event.topics.map(chip), " ")}</p>
<p class="event-meta">Sources: ${listOrDash(sourceLinks, " · ")}</p>
<h3>Disagreements</h3>
${contradictions.length > 0 ? `<div class="cards">${contradictions.join("\n")}</div>` : `<p class="empty">No factual, stance or characterization disagreement found.</p>`}
<h3>Omissions</h3>
${omissions.length > 0 ? `<div class="cards">${omissions.join("\n")}</div>` : `<p class="empty">None found.</p>`}
<h3>Accounts</h3>
<div class="accounts">
${event.accounts.map((account) => renderAccount(account, ctx)).join("\n")}
</div>
<h3>Topic coverage</h3>
${renderCoverage(event, ctx)}
${renderAlignments(event.alignments, ctx)}
</section>`;
}

function renderDisagreement(d: Disagreement, digest: EventDigest, ctx: Ctx): string {
  const groups = disagreementSides(d, digest.event, ctx.index);
  const columns = groups
    .map(({ side, claims }) => {
      const body =
        claims.length === 0
          ? `<div class="wording silent" data-side="${escapeHtml(side)}">not mentioned</div>`
          : claims.map((c) => wording(side, c, ctx)).join("");
      return `<div class="side-col" data-side="${escapeHtml(side)}"><div class="side-name">${escapeHtml(sideTitle(side, digest))}</div>${body}</div>`;
    })
    .join("");
  const others = flagTopics(d).slice(1);
  const also = others.length > 0 ? ` <span class="also-topics">also ${others.map(chip).join(" ")}</span>` : "";
  return `<article class="card disagreement type-${escapeHtml(d.type)}" id="${escapeHtml(idOf(d, ctx))}" tabindex="-1" data-type="${escapeHtml(d.type)}" data-topic="${escapeHtml(d.topic)}" data-confidence="${d.confidence.toFixed(2)}">
<header class="card-head"><span class="badge type-${escapeHtml(d.type)}">${escapeHtml(d.type)}</span><span class="topic">${escapeHtml(d.topic)}</span>${also}<span class="confidence">confidence ${d.confidence.toFixed(2)}</span></header>
<p class="explanation">${escapeHtml(d.explanation)}</p>
<div class="sides" data-columns="${groups.length}">${columns}</div>
${diffBlock(d.diff)}
</article>`;
}

function renderOmissionGroup(group: OmissionGroup, digest: EventDigest, ctx: Ctx): string {
  const name = (side: string) => sideName(side);
  const passages = group.passages
    .map(
      (p) =>
        `<div class="passage">${wording(p.claim.claim.speaker.side ?? group.speaking[0] ?? "none", p.claim, ctx)}<div class="topics">${p.topics.map(chip).join(" ")}</div></div>`,
    )
    .join("");
  const silent = group.silent
    .map((s) => `<li><strong>${escapeHtml(sideTitle(s.side, digest))}</strong> leaves out ${s.topics.map(chip).join(" ")}</li>`)
    .join("");
  const explanations = [...new Set(group.flags.map((f) => f.explanation))].map((e) => `<li>${escapeHtml(e)}</li>`).join("");
  return `<details class="card omission-group" id="${escapeHtml(idOf(group, ctx))}" data-type="omission" data-flags="${group.flags.length}" data-topics="${escapeHtml(group.topics.join(" "))}" data-confidence="${group.confidence.toFixed(2)}">
<summary><span class="card-head"><span class="badge type-omission">omission</span><span class="topic">${escapeHtml(group.topics.join(", "))}</span><span class="confidence">confidence ${group.confidence.toFixed(2)}</span></span><span class="summary-line">${escapeHtml(omissionLine(group, name))}</span></summary>
${silent ? `<ul class="silent-sides">${silent}</ul>` : ""}
<div class="passages">${passages}</div>
<ul class="explanations">${explanations}</ul>
</details>`;
}

function wording(side: string, { claim, article }: IndexedClaim, ctx: Ctx): string {
  const source = sourceLabel(article);
  const copies = ctx.copies.copies.get(article.id)?.length ?? 0;
  const also = copies > 0 ? ` (also in ${copies} ${plural(copies, "outlet")})` : "";
  return `<figure class="wording" data-side="${escapeHtml(side)}" data-claim="${escapeHtml(claim.id)}"><blockquote class="quote" lang="${escapeHtml(claim.language)}">${escapeHtml(quotedAssertion(claim, article))}</blockquote><figcaption class="who">${escapeHtml(claim.speaker.name)} · ${escapeHtml(source.outlet)}${escapeHtml(also)} · ${escapeHtml(claim.language)} · <a class="source-link" href="#${escapeHtml(anchorOf(claim.id, ctx.anchors.claims))}">source</a></figcaption></figure>`;
}

function diffBlock(diff: readonly DiffPart[] | null): string {
  if (!diff || diff.length === 0 || !closeEnough(diff)) return "";
  return `<div class="diff"><span class="diff-label">Word diff:</span> ${renderDiff(diff)}</div>`;
}

/**
 * Renders a word diff as HTML: added parts in `<ins>`, removed parts in `<del>`, all escaped.
 *
 * @example
 * renderDiff([{ value: "very good", added: false, removed: true }, { value: "constructive", added: true, removed: false }])
 * // "<del>very good</del><ins>constructive</ins>"
 */
export function renderDiff(parts: readonly DiffPart[]): string {
  return parts.map((p) => (p.added ? `<ins>${escapeHtml(p.value)}</ins>` : p.removed ? `<del>${escapeHtml(p.value)}</del>` : escapeHtml(p.value))).join("");
}

function renderAccount(account: ClaimEvent["accounts"][number], ctx: Ctx): string {
  const label = sideLabel(account, ctx.index);
  const cut = label.lastIndexOf(" / ");
  const speakers = cut > 0 ? `<span class="speakers">${escapeHtml(label.slice(0, cut))}</span> <span class="side-sep">/</span> ` : "";
  const items = lookupClaims(ctx.index, account.claims);
  const groups = groupBySource(items).map((list) => {
    const article = list[0]!.article;
    const copies = ctx.copies.copies.get(article.id) ?? [];
    return `<div class="from" data-article="${escapeHtml(article.id)}">
<p class="from-head"><a href="#${escapeHtml(articleAnchorOf(article.id, ctx.anchors))}">${escapeHtml(sourceLine(article))}</a> · ${escapeHtml(article.language)}</p>
${renderCopies(article, copies)}
<ol class="claims">${list.map((i) => renderClaim(i, ctx)).join("")}</ol>
</div>`;
  });
  return `<section class="account" data-side="${escapeHtml(account.side)}">
<h4 class="side-label">${speakers}<span class="side-code">${escapeHtml(sideName(account.side))}</span></h4>
${groups.length > 0 ? groups.join("\n") : `<p class="empty">No claims.</p>`}
</section>`;
}

function renderClaim({ claim, article }: IndexedClaim, ctx: Ctx): string {
  const role = claim.speaker.role ? ` <span class="role">${escapeHtml(claim.speaker.role)}</span>` : "";
  const topics = claim.topics.length > 0 ? `<div class="topics">${claim.topics.map(chip).join(" ")}</div>` : "";
  const via = claim.via.length > 0 ? ` · via ${escapeHtml(claim.via.join(", "))}` : "";
  return `<li class="claim" data-claim="${escapeHtml(claim.id)}" data-kind="${escapeHtml(claim.kind)}">
<div class="claim-head"><span class="speaker">${escapeHtml(claim.speaker.name)}</span>${role}</div>
<blockquote class="assertion" lang="${escapeHtml(claim.language)}">${escapeHtml(quotedAssertion(claim, article))}</blockquote>
<div class="claim-meta"><span class="kind">${escapeHtml(claim.kind)}</span> · <span class="date">${escapeHtml(claimDateLabel(claim))}</span>${via} · <a class="source-link" href="#${escapeHtml(anchorOf(claim.id, ctx.anchors.claims))}">source</a></div>
${topics}
</li>`;
}

function renderCoverage(event: ClaimEvent, ctx: Ctx): string {
  const rows = coverageMatrix(event, ctx.index);
  if (rows.length === 0 || event.accounts.length === 0) return `<p class="empty">No topics.</p>`;
  const head = event.accounts.map((a) => `<th scope="col" data-side="${escapeHtml(a.side)}">${escapeHtml(sideLabel(a, ctx.index))}</th>`).join("");
  const body = rows
    .map((row) => {
      const cells = row.cells
        .map((c) => {
          const cls = c.covered ? "covered" : c.omitted ? "missing omitted" : "missing";
          const title = c.covered
            ? c.claims.length > 0
              ? `mentioned in ${c.claims.length} ${plural(c.claims.length, "claim")}`
              : "mentioned"
            : c.omitted
              ? "left out: the other side mentions it (see Omissions)"
              : "not mentioned";
          return `<td class="${cls}" data-side="${escapeHtml(c.side)}" data-topic="${escapeHtml(row.topic)}" title="${escapeHtml(title)}">${c.covered ? "✓" : "—"}</td>`;
        })
        .join("");
      return `<tr data-topic="${escapeHtml(row.topic)}"><th scope="row">${escapeHtml(row.topic)}</th>${cells}</tr>`;
    })
    .join("\n");
  return `<dl class="legend coverage-legend" aria-label="Coverage legend"><div><dt><span class="swatch covered">✓</span></dt><dd>the side's account mentions the topic</dd></div><div><dt><span class="swatch missing omitted">—</span></dt><dd>left out: the other side mentions it (an omission)</dd></div><div><dt><span class="swatch missing">—</span></dt><dd>not mentioned, not flagged</dd></div></dl>
<div class="table-wrap"><table class="coverage">
<thead><tr><th scope="col">Topic</th>${head}</tr></thead>
<tbody>
${body}
</tbody>
</table></div>`;
}

function renderAlignments(alignments: readonly Alignment[], ctx: Ctx): string {
  if (alignments.length === 0) return "";
  const items = alignments.map((a) => {
    const who = lookupClaims(ctx.index, a.claims)
      .map(
        ({ claim, article }) =>
          `<a href="#${escapeHtml(anchorOf(claim.id, ctx.anchors.claims))}">${escapeHtml(claim.speaker.name)} (${escapeHtml(sourceLabel(article).outlet)}, ${escapeHtml(claim.language)})</a>`,
      )
      .join(" ↔ ");
    const keys = a.keys.length > 0 ? ` ${a.keys.map(chip).join(" ")}` : "";
    return `<li class="alignment" data-relation="${escapeHtml(a.relation)}"><strong>${escapeHtml(a.relation)}</strong> (${a.score.toFixed(2)}): ${who}${keys}${diffBlock(a.diff)}</li>`;
  });
  const n = alignments.length;
  return `<details class="alignments"><summary>Where the accounts agree: ${n} ${plural(n, "alignment")}</summary>
<ul class="alignments">${items.join("\n")}</ul>
</details>`;
}

function renderBackground(ctx: Ctx): string {
  const items = lookupClaims(ctx.index, ctx.result.background);
  if (items.length === 0) return "";
  return `<section class="background">
<h2>Background statements</h2>
<p class="lede">Past statements quoted for context, kept out of every event.</p>
<ol class="claims">${items.map((i) => renderClaim(i, ctx)).join("")}</ol>
</section>`;
}

function renderWarnings(result: ComparisonResult): string {
  const general = result.warnings.filter((w) => typeof w.input !== "string");
  if (general.length === 0) return "";
  const items = general.map((w) => `<li><code>${escapeHtml(w.code)}</code> ${escapeHtml(w.message)}</li>`);
  return `<section class="warnings"><h2>Warnings</h2><ul>${items.join("")}</ul></section>`;
}

// ---------------------------------------------------------------------------------------------
// Helpers

function sideTitle(side: string, digest: EventDigest): string {
  return digest.sides.find((s) => s.side === side)?.label ?? sideName(side);
}

/** Gives the event and each of its cards a unique anchor id: `event-2`, `event-2-d1`, `event-2-o1`. */
function assignIds(digest: EventDigest, n: number, ctx: Ctx): void {
  const base = `event-${n + 1}`;
  ctx.ids.set(digest.event, base);
  digest.contradictions.forEach((c, i) => {
    if (c.kind === "disagreement") ctx.ids.set(c.disagreement, `${base}-d${i + 1}`);
  });
  digest.omissions.forEach((g, i) => ctx.ids.set(g, `${base}-o${i + 1}`));
}

function idOf(key: object, ctx: Ctx): string {
  return ctx.ids.get(key) ?? "details";
}

function chip(text: string): string {
  return `<span class="chip">${escapeHtml(text)}</span>`;
}

function listOrDash(items: readonly string[], sep = ", "): string {
  return items.length > 0 ? items.join(sep) : "—";
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

function plural(n: number, word: string, many = `${word}s`): string {
  return n === 1 ? word : many;
}
