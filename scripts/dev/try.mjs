#!/usr/bin/env node
// Dev check (not shipped): the claims of a few lines of text, one article per argument or per
// paragraph-block read from stdin (blocks separated by a line "---").
// Usage: npm run build && echo "text" | node scripts/dev/try.mjs LANG [publishedAt]
import { readFileSync } from "node:fs";
import { extractClaims } from "../../dist/index.js";
const [lang, publishedAt] = process.argv.slice(2);
const blocks = readFileSync(0, "utf8")
  .split(/^---$/m)
  .map((b) => b.trim())
  .filter(Boolean);
for (const text of blocks) {
  const r = extractClaims({ id: "t", text, language: lang, ...(publishedAt ? { publishedAt } : {}) });
  console.log(`# ${text.replace(/\s+/g, " ").slice(0, 150)}`);
  if (r.claims.length === 0) console.log("   (no claim)");
  for (const c of r.claims)
    console.log(
      `   [${c.kind}] ${c.speaker.name} (${c.speaker.kind}${c.speaker.side ? ` ${c.speaker.side}` : ""}; "${c.speaker.mention ?? ""}") cue=${JSON.stringify(c.cue)} date=${c.date.iso ?? "-"}/${c.date.basis ?? "-"} :: ${JSON.stringify(c.assertion.slice(0, 90))}`,
    );
}
