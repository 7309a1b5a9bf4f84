import type { ClaimEvent, ComparisonResult, DiffPart } from "../schema/comparison.js";
import { escapeMarkdown, escapeMarkdownCell } from "./escape.js";
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

/** Options of {@link renderMarkdown}. */
export interface MarkdownOptions {
  /** First heading of the report (default "claimdiff report"). */
  title?: string;
  /** List the background claims kept out of every event (default true). */
  background?: boolean;
}

/**
 * Renders a comparison result as a readable Markdown summary: per event its type, date,
 * participants and articles; each side's account (speaker, role, claims with outlet, language,
 * date and the assertion quoted); the topic coverage matrix as a table (✓ / —); alignments; and
 * the disagreements with both wordings, the word diff and the explanation. Text from the input
 * is escaped so it shows literally.
 *
 * @example
 * const md = renderMarkdown(compareClaims(results), { title: "Trump–Putin call, 28 Jan 2017" });
 * await writeFile("report.md", md);
 */
export function renderMarkdown(result: ComparisonResult, options: MarkdownOptions = {}): string {
  const index = indexClaims(result);
  const { articles, claims, events } = resultSummary(result);
  const out: string[] = [
    `# ${escapeMarkdown(options.title ?? "claimdiff report")}`,
    "",
    `${articles} ${plural(articles, "article")} · ${claims} ${plural(claims, "claim")} · ${events} ${plural(events, "event")}`,
  ];
  result.events.forEach((event, i) => out.push("", ...eventSection(event, i + 1, result, index)));
  if (options.background !== false && result.background.length > 0) {
    out.push("", "## Background statements", "");
    for (const item of lookupClaims(index, result.background)) out.push(`- ${claimLine(item)}`);
  }
  if (result.warnings.length > 0) {
    out.push("", "## Warnings", "");
    for (const w of result.warnings) out.push(`- \`${w.code.replace(/`/g, "'")}\` ${escapeMarkdown(oneLine(w.message))}`);
  }
  return `${out.join("\n")}\n`;
}

function eventSection(event: ClaimEvent, n: number, result: ComparisonResult, index: Map<string, IndexedClaim>): string[] {
  const lines = [`## ${n}. ${eventTypeLabel(event.type)} · ${event.date ?? "date unknown"}`, ""];
  lines.push(`- **Participants:** ${listOrNone(event.participants.map(escapeMarkdown))}`);
  lines.push(`- **Topics:** ${listOrNone(event.topics.map(escapeMarkdown))}`);
  lines.push(`- **Articles:** ${listOrNone(event.articles.map((id) => articleLabel(id, result)))}`);
  lines.push("", "### Accounts");
  for (const account of event.accounts) {
    lines.push("", `#### ${escapeMarkdown(sideLabel(account, index))}`, "");
    const items = lookupClaims(index, account.claims);
    if (items.length === 0) lines.push("_No claims._");
    for (const item of items) lines.push(`- ${claimLine(item)}`);
  }
  lines.push("", "### Topic coverage", "", ...coverageTable(event, index));
  if (event.alignments.length > 0) {
    lines.push("", "### Alignments", "");
    for (const a of event.alignments) {
      const who = lookupClaims(index, a.claims).map(({ claim }) => `${escapeMarkdown(claim.speaker.name)} (${escapeMarkdown(claim.outlet ?? claim.articleId)}, ${escapeMarkdown(claim.language)})`);
      lines.push(`- **${a.relation}** (${a.score.toFixed(2)}): ${who.join(" ↔ ")}${a.keys.length ? ` — ${a.keys.map(escapeMarkdown).join(", ")}` : ""}`);
    }
  }
  lines.push("", "### Disagreements", "");
  if (event.disagreements.length === 0) lines.push("_None found._");
  event.disagreements.forEach((d, i) => {
    lines.push(`${i + 1}. **${d.type}** · ${escapeMarkdown(d.topic)}`);
    for (const { side, claims } of disagreementSides(d, event, index)) {
      const label = escapeMarkdown(sideName(side));
      if (claims.length === 0) lines.push(`   - ${label}: — _not mentioned_`);
      for (const { claim } of claims) lines.push(`   - ${label} — ${escapeMarkdown(claim.speaker.name)}: “${escapeMarkdown(oneLine(claim.assertion))}”`);
    }
    if (d.diff && d.diff.length > 0) lines.push(`   - Diff: ${markdownDiff(d.diff)}`);
    lines.push(`   - ${escapeMarkdown(oneLine(d.explanation))}`);
  });
  return lines;
}

function claimLine({ claim, article }: IndexedClaim): string {
  const role = claim.speaker.role ? ` (${escapeMarkdown(claim.speaker.role)})` : "";
  const meta = [claim.kind, claimOutletLabel(claim, article), claim.language, claimDateLabel(claim)].map(escapeMarkdown).join(" · ");
  return `**${escapeMarkdown(claim.speaker.name)}**${role} — ${meta}\n  > ${quoteBody(claim.assertion)}`;
}

function coverageTable(event: ClaimEvent, index: Map<string, IndexedClaim>): string[] {
  if (event.accounts.length === 0) return ["_No accounts._"];
  const rows = coverageMatrix(event, index);
  const head = `| Topic | ${event.accounts.map((a) => escapeMarkdownCell(sideLabel(a, index))).join(" | ")} |`;
  const rule = `| --- | ${event.accounts.map(() => ":---:").join(" | ")} |`;
  const body = rows.map((r) => `| ${escapeMarkdownCell(r.topic)} | ${r.cells.map((c) => (c.covered ? "✓" : "—")).join(" | ")} |`);
  return rows.length === 0 ? ["_No topics._"] : [head, rule, ...body];
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

function articleLabel(id: string, result: ComparisonResult): string {
  const a = result.articles.find((x) => x.id === id);
  const code = `\`${oneLine(id).replace(/`/g, "'")}\``;
  if (!a) return code;
  const meta = [a.outlet ?? "outlet unknown", a.language, a.publishedAt ?? "date unknown"].map(escapeMarkdown).join(", ");
  return `${code} (${meta})`;
}

function quoteBody(text: string): string {
  return escapeMarkdown(text.trim()).replace(/\r?\n/g, "\n  > ");
}

function oneLine(text: string): string {
  return text.replace(/[\r\n]+/g, " ");
}

/** Joins already-escaped items, or "—" when there are none. */
function listOrNone(items: readonly string[]): string {
  return items.length > 0 ? items.join(", ") : "—";
}

function plural(n: number, word: string): string {
  return n === 1 ? word : `${word}s`;
}
