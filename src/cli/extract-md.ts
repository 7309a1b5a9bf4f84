import type { ExtractionResult } from "../schema/claim.js";

const cell = (s: string) => s.replace(/\|/g, "\\|").replace(/\s+/g, " ").trim();

/** A Markdown table of the claims of each article. */
export function extractionMarkdown(results: readonly ExtractionResult[]): string {
  const out: string[] = [];
  for (const r of results) {
    const a = r.article;
    out.push(`## ${a.id}`, "", `${a.outlet ?? "outlet unknown"} · ${a.language} · ${a.publishedAt ?? "date unknown"}${a.via.length ? ` · via ${a.via.join(", ")}` : ""}`, "");
    if (r.claims.length === 0) { out.push("_No claims._", ""); continue; }
    out.push("| # | speaker | side | date | kind | claim |", "|---|---|---|---|---|---|");
    r.claims.forEach((c, i) => out.push(`| ${i + 1} | ${cell(c.speaker.name)}${c.speaker.role ? ` (${cell(c.speaker.role)})` : ""} | ${c.speaker.side ?? "—"} | ${c.date.iso ?? "—"} | ${c.kind} | ${cell(c.assertion)} |`));
    out.push("");
  }
  return `${out.join("\n")}\n`;
}
