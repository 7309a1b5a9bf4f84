import { z } from "zod";
import type { ClaimEvent, ComparisonResult, DiffPart } from "../schema/comparison.js";
import { collapseCopies, indexCopies, type CopyIndex } from "./copies.js";
import { closeEnough } from "./diff.js";
import { DISAGREEMENT_TYPES, digestEvent, flagTopics, omissionLine, strongestCards, type Card, type EventDigest, type OmissionGroup } from "./digest.js";
import { escapeMarkdown, escapeMarkdownCell } from "./escape.js";
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

/** Options of {@link renderMarkdown}. */
export interface MarkdownOptions {
  /** First heading of the report (default "claimdiff report"). */
  title?: string;
  /** List the background claims kept out of every event (default true). */
  background?: boolean;
  /** How many of each event's strongest disagreements the summary lists (default 3). */
  strongest?: number;
}

/** The schema of {@link MarkdownOptions}: strict (an unknown key is an error). */
export const MarkdownOptionsSchema = z.strictObject({
  title: z.string().optional(),
  background: z.boolean().optional(),
  strongest: z.number().int().min(0).max(100).optional(),
});

interface Ctx {
  index: ReadonlyMap<string, IndexedClaim>;
  articles: ReadonlyMap<string, ResultArticle>;
  copies: CopyIndex;
}

/**
 * Renders a comparison result as Markdown, summary first: per event its sides, its
 * disagreements counted by type and the strongest few with their one-line explanations
 * (factual and stance, then characterization, then omissions; by confidence within), and the
 * inputs that failed with the reason. Then per event: the disagreements with each side's
 * wordings (a word diff only when they are close), the omissions grouped per passage and side
 * (no claim listed twice), the accounts by source, the topic coverage matrix and the
 * alignments; then the sources, named by outlet, title and date, each text once with the
 * outlets that also carried it.
 *
 * Text from the input is escaped so it shows literally: no HTML passes through and Markdown
 * syntax in article text (emphasis, links, code, tables, headings, autolinks) stays text.
 * Bad arguments throw `ClaimdiffError` (`invalid_result`, `invalid_options`).
 *
 * @example
 * const md = renderMarkdown(compareClaims(results), { title: "Trump–Putin call, 28 Jan 2017" });
 * await writeFile("report.md", md);
 */
export function renderMarkdown(result: ComparisonResult, options: MarkdownOptions = {}): string {
  const checked = checkComparison(result, "renderMarkdown");
  const opts = checkOptions(MarkdownOptionsSchema, options, "renderMarkdown");
  const copies = indexCopies(checked);
  const shown = collapseCopies(checked, copies);
  const ctx: Ctx = { index: indexClaims(shown), articles: indexArticles(shown), copies };
  const digests = shown.events.map((e) => digestEvent(e, ctx.index));
  const counts = reportCounts(shown, copies, digests);
  const out: string[] = [`# ${escapeMarkdown(opts.title ?? "claimdiff report")}`, "", reportLede(counts).join(" · "), "", "## Summary"];
  const problems = inputWarnings(shown);
  if (problems.length > 0) {
    out.push("", `**${problems.length} ${plural(problems.length, "input")} with problems** (not compared, or compared in part):`, "");
    for (const w of problems) out.push(`- ${escapeMarkdown(oneLine(w.input ?? ""))}: ${escapeMarkdown(oneLine(w.message))} (${escapeMarkdown(w.code)})`);
  }
  if (digests.length === 0) out.push("", "_No event found._");
  digests.forEach((d, i) => out.push("", ...summaryLines(d, i + 1, opts.strongest ?? 3)));
  digests.forEach((d, i) => out.push("", ...eventSection(d, i + 1, ctx)));
  if (opts.background !== false && shown.background.length > 0) {
    out.push("", "## Background statements", "");
    for (const item of lookupClaims(ctx.index, shown.background)) out.push(`- ${claimLine(item)}`);
  }
  out.push("", ...sourcesSection(shown, ctx));
  const general = shown.warnings.filter((w) => typeof w.input !== "string");
  if (general.length > 0) {
    out.push("", "## Warnings", "");
    for (const w of general) out.push(`- ${escapeMarkdown(oneLine(w.code))}: ${escapeMarkdown(oneLine(w.message))}`);
  }
  return `${out.join("\n")}\n`;
}

function summaryLines(digest: EventDigest, n: number, strongest: number): string[] {
  const lines = [`### ${n}. ${escapeMarkdown(eventTitle(digest.event))}`, ""];
  const sides = digest.sides.map((s) => `${escapeMarkdown(s.label)} (${s.claims} ${plural(s.claims, "claim")}, ${s.sources} ${plural(s.sources, "source")})`);
  lines.push(`- **Sides:** ${sides.join(" · ") || "none"}`);
  const counts = DISAGREEMENT_TYPES.map((t) => {
    const k = digest.counts[t];
    const groups =
      t === "omission" && k > 0 && digest.omissions.length !== k ? ` in ${digest.omissions.length} ${plural(digest.omissions.length, "group")}` : "";
    return `${k} ${t === "omission" ? plural(k, "omission") : t}${groups}`;
  });
  if (digest.cards.length === 0) {
    lines.push("- **Disagreements:** none found");
    return lines;
  }
  lines.push(`- **Disagreements:** ${counts.join(" · ")}`);
  const top = strongestCards(digest, strongest);
  if (top.length > 0) {
    lines.push("- **Strongest:**");
    top.forEach((card, i) => lines.push(`  ${i + 1}. ${strongLine(card)}`));
  }
  return lines;
}

function strongLine(card: Card): string {
  const topic = card.kind === "disagreement" ? card.disagreement.topic : card.group.topics.join(", ");
  const line = card.kind === "disagreement" ? card.disagreement.explanation : omissionLine(card.group, sideName);
  return `**${card.type}** · ${escapeMarkdown(shorten(topic, 80))} — ${escapeMarkdown(shorten(oneLine(line), 260))} (${card.confidence.toFixed(2)})`;
}

function eventSection(digest: EventDigest, n: number, ctx: Ctx): string[] {
  const event = digest.event;
  const lines = [`## ${n}. ${escapeMarkdown(eventTitle(event))}`, ""];
  lines.push(`- **Participants:** ${listOrNone(event.participants.map(escapeMarkdown))}`);
  lines.push(`- **Topics:** ${listOrNone(event.topics.map(escapeMarkdown))}`);
  lines.push(
    `- **Sources:** ${listOrNone(
      event.articles.map((id) => {
        const a = ctx.articles.get(id);
        return escapeMarkdown(a ? sourceLine(a) : "unknown source");
      }),
      "; ",
    )}`,
  );
  lines.push("", "### Disagreements", "");
  if (digest.contradictions.length === 0) lines.push("_No factual, stance or characterization disagreement found._");
  digest.contradictions.forEach((card, i) => {
    if (card.kind !== "disagreement") return;
    const d = card.disagreement;
    const also = flagTopics(d).slice(1);
    lines.push(
      `${i + 1}. **${d.type}** · ${escapeMarkdown(d.topic)}${also.length > 0 ? ` (also ${also.map(escapeMarkdown).join(", ")})` : ""} · confidence ${d.confidence.toFixed(2)}`,
    );
    lines.push(`   - ${escapeMarkdown(oneLine(d.explanation))}`);
    for (const { side, claims } of disagreementSides(d, event, ctx.index)) {
      const label = escapeMarkdown(sideTitle(side, digest));
      if (claims.length === 0) lines.push(`   - ${label}: _not mentioned_`);
      for (const c of claims) lines.push(`   - ${label} — ${wordingLine(c, ctx)}`);
    }
    if (d.diff && closeEnough(d.diff)) lines.push(`   - Word diff: ${markdownDiff(d.diff)}`);
  });
  lines.push("", "### Omissions", "");
  if (digest.omissions.length === 0) lines.push("_None found._");
  digest.omissions.forEach((group, i) => lines.push(...omissionLines(group, i + 1, digest, ctx)));
  lines.push("", "### Accounts");
  for (const account of event.accounts) {
    lines.push("", `#### ${escapeMarkdown(sideLabel(account, ctx.index))}`, "");
    const items = lookupClaims(ctx.index, account.claims);
    if (items.length === 0) lines.push("_No claims._");
    for (const list of groupBySource(items)) {
      const article = list[0]!.article;
      const copies = ctx.copies.copies.get(article.id)?.length ?? 0;
      lines.push(
        `- From ${escapeMarkdown(sourceLine(article))} (${escapeMarkdown(article.language)})${copies > 0 ? `, also in ${copies} ${plural(copies, "outlet")} (see Sources)` : ""}:`,
      );
      for (const item of list) lines.push(`  - ${claimLine(item, "    ")}`);
    }
  }
  lines.push("", "### Topic coverage", "", ...coverageTable(event, ctx));
  if (event.alignments.length > 0) {
    lines.push("", "### Alignments", "");
    for (const a of event.alignments) {
      const who = lookupClaims(ctx.index, a.claims).map(
        ({ claim, article }) => `${escapeMarkdown(claim.speaker.name)} (${escapeMarkdown(sourceLabel(article).outlet)}, ${escapeMarkdown(claim.language)})`,
      );
      lines.push(`- **${a.relation}** (${a.score.toFixed(2)}): ${who.join(" ↔ ")}${a.keys.length ? ` — ${a.keys.map(escapeMarkdown).join(", ")}` : ""}`);
    }
  }
  return lines;
}

function omissionLines(group: OmissionGroup, n: number, digest: EventDigest, ctx: Ctx): string[] {
  const lines = [
    `${n}. **omission** · ${group.topics.map(escapeMarkdown).join(", ")} · confidence ${group.confidence.toFixed(2)} — ${escapeMarkdown(omissionLine(group, sideName))}`,
  ];
  for (const s of group.silent) lines.push(`   - Left out by ${escapeMarkdown(sideTitle(s.side, digest))}: ${s.topics.map(escapeMarkdown).join(", ")}`);
  for (const p of group.passages) {
    const side = p.claim.claim.speaker.side ?? group.speaking[0] ?? "none";
    lines.push(`   - ${escapeMarkdown(sideName(side))} — ${wordingLine(p.claim, ctx)} (${p.topics.map(escapeMarkdown).join(", ")})`);
  }
  return lines;
}

function wordingLine({ claim, article }: IndexedClaim, ctx: Ctx): string {
  const copies = ctx.copies.copies.get(article.id)?.length ?? 0;
  const also = copies > 0 ? `, also in ${copies} ${plural(copies, "outlet")}` : "";
  return `${escapeMarkdown(claim.speaker.name)} (${escapeMarkdown(sourceLabel(article).outlet)}${also}): ${escapeMarkdown(oneLine(quotedAssertion(claim, article)))}`;
}

function claimLine({ claim, article }: IndexedClaim, indent = "  "): string {
  const role = claim.speaker.role ? ` (${escapeMarkdown(claim.speaker.role)})` : "";
  const meta = [claim.kind, claim.language, claimDateLabel(claim), ...(claim.via.length > 0 ? [`via ${claim.via.join(", ")}`] : [])]
    .map(escapeMarkdown)
    .join(" · ");
  return `**${escapeMarkdown(claim.speaker.name)}**${role} — ${meta}\n${indent}> ${quoteBody(quotedAssertion(claim, article), indent)}`;
}

function coverageTable(event: ClaimEvent, ctx: Ctx): string[] {
  if (event.accounts.length === 0) return ["_No accounts._"];
  const rows = coverageMatrix(event, ctx.index);
  if (rows.length === 0) return ["_No topics._"];
  const head = `| Topic | ${event.accounts.map((a) => escapeMarkdownCell(sideLabel(a, ctx.index))).join(" | ")} |`;
  const rule = `| --- | ${event.accounts.map(() => ":---:").join(" | ")} |`;
  const body = rows.map((r) => `| ${escapeMarkdownCell(r.topic)} | ${r.cells.map((c) => (c.covered ? "✓" : c.omitted ? "— (left out)" : "—")).join(" | ")} |`);
  return [head, rule, ...body, "", "✓ the side's account mentions the topic · — (left out) the other side mentions it (an omission) · — not mentioned"];
}

function sourcesSection(result: ComparisonResult, ctx: Ctx): string[] {
  const lines = ["## Sources", ""];
  const shown = result.articles.filter((a) => ctx.copies.root.get(a.id) === a.id || ctx.copies.copiesWithOwnClaims.has(a.id));
  if (shown.length === 0) lines.push("_None._");
  for (const a of shown) {
    const l = sourceLabel(a);
    const parts = [
      `**${escapeMarkdown(l.outlet)}**`,
      ...(l.title ? [escapeMarkdown(l.title)] : []),
      escapeMarkdown(l.language),
      escapeMarkdown(l.date ?? "date unknown"),
    ];
    if (a.via.length > 0) parts.push(escapeMarkdown(`via ${a.via.join(", ")}`));
    lines.push(`- ${parts.join(" · ")}`);
    const copies = ctx.copies.root.get(a.id) === a.id ? (ctx.copies.copies.get(a.id) ?? []) : [];
    if (copies.length > 0) {
      const differs = (c: ResultArticle): string[] => {
        const k = sourceLabel(c);
        return [k.outlet, ...(k.title && k.title !== l.title ? [k.title] : []), ...(k.date !== l.date ? [k.date ?? "date unknown"] : [])];
      };
      lines.push(`  - also in ${copies.length} ${plural(copies.length, "outlet")}: ${copies.map((c) => escapeMarkdown(differs(c).join(" · "))).join("; ")}`);
    }
  }
  return lines;
}

/**
 * A word diff in Markdown: removed words struck through, added words in bold; whitespace is
 * kept outside the markers so the emphasis parses.
 *
 * @example
 * markdownDiff([{ value: "very good", added: false, removed: true }, …]) // "~~very good~~ …"
 */
export function markdownDiff(parts: readonly DiffPart[]): string {
  return parts
    .map((p) => {
      const text = escapeMarkdown(oneLine(p.value));
      if (!p.added && !p.removed) return text;
      const core = text.trim();
      if (core === "") return text;
      const lead = text.slice(0, text.length - text.trimStart().length);
      const trail = text.slice(text.trimEnd().length);
      return `${lead}${p.added ? `**${core}**` : `~~${core}~~`}${trail}`;
    })
    .join("");
}

function sideTitle(side: string, digest: EventDigest): string {
  return digest.sides.find((s) => s.side === side)?.label ?? sideName(side);
}

function quoteBody(text: string, indent: string): string {
  return text
    .trim()
    .split(/\r\n|\r|\n/)
    .map((line) => escapeMarkdown(line.trim()))
    .join(`\n${indent}> `);
}

function oneLine(text: string): string {
  return text.replace(/[\r\n]+/g, " ");
}

/** Joins already-escaped items, or "—" when there are none. */
function listOrNone(items: readonly string[], sep = ", "): string {
  return items.length > 0 ? items.join(sep) : "—";
}

function plural(n: number, word: string, many = `${word}s`): string {
  return n === 1 ? word : many;
}
