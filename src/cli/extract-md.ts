import type { ExtractionResult } from "../schema/claim.js";
import { escapeMarkdown, escapeMarkdownCell } from "../report/escape.js";
import { sourceLabel } from "../report/sources.js";

/**
 * A Markdown table of the claims of each article, headed by the article's id (the file it came
 * from) and its outlet, title, language and date. Every string from the input is escaped: no
 * HTML passes through and Markdown syntax in article text stays text.
 *
 * @example
 * process.stdout.write(extractionMarkdown([extractClaims({ id: "a", text })]));
 */
export function extractionMarkdown(results: readonly ExtractionResult[]): string {
  const out: string[] = [];
  for (const r of results) {
    const a = r.article;
    const label = sourceLabel({ ...a, claims: [], text: r.text });
    const meta = [
      label.outlet,
      ...(a.title ? [label.title ?? ""] : []),
      a.language,
      label.date ?? "date unknown",
      ...(a.via.length ? [`via ${a.via.join(", ")}`] : []),
    ];
    out.push(`## ${escapeMarkdown(oneLine(a.id))}`, "", meta.map((m) => escapeMarkdown(oneLine(m))).join(" · "), "");
    if (r.claims.length === 0) {
      out.push("_No claims._", "");
      continue;
    }
    out.push("| # | speaker | side | date | kind | claim |", "|---|---|---|---|---|---|");
    r.claims.forEach((c, i) => {
      const speaker = `${escapeMarkdownCell(c.speaker.name)}${c.speaker.role ? ` (${escapeMarkdownCell(c.speaker.role)})` : ""}`;
      out.push(
        `| ${i + 1} | ${speaker} | ${escapeMarkdownCell(c.speaker.side ?? "—")} | ${escapeMarkdownCell(c.date.iso ?? "—")} | ${escapeMarkdownCell(c.kind)} | ${escapeMarkdownCell(c.assertion)} |`,
      );
    });
    out.push("");
  }
  return `${out.join("\n")}\n`;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
