#!/usr/bin/env node
// Checks (or, with --write, sets) the spans of a gold annotation from its evidence: every gold
// claim's `evidence` must occur in its article (ID.txt beside the gold file); its `span` is where.
// When the evidence occurs more than once, the claim's `occurrence` (1-based, default 1) says
// which. Spans are UTF-16 offsets into the article text exactly as stored, as the scorer wants.
//
// Usage: node scripts/gold-spans.mjs fixtures/demo/gold.json [--write]
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";

const [file, flag] = process.argv.slice(2);
if (!file) {
  console.error("usage: node scripts/gold-spans.mjs GOLD.json [--write]");
  process.exit(2);
}
const gold = JSON.parse(readFileSync(file, "utf8"));
const problems = [];
let changed = 0;
for (const [id, article] of Object.entries(gold.articles ?? {})) {
  const text = readFileSync(join(dirname(file), `${id}.txt`), "utf8");
  for (const c of article.claims) {
    const at = [];
    for (let i = text.indexOf(c.evidence); i >= 0; i = text.indexOf(c.evidence, i + 1)) at.push(i);
    const n = c.occurrence ?? 1;
    if (at.length < n) {
      problems.push(`${c.id}: evidence not found in ${id}.txt: ${JSON.stringify(c.evidence.slice(0, 60))}`);
      continue;
    }
    const span = [at[n - 1], at[n - 1] + c.evidence.length];
    if (!Array.isArray(c.span) || c.span[0] !== span[0] || c.span[1] !== span[1]) {
      if (flag === "--write") {
        c.span = span;
        changed++;
      } else problems.push(`${c.id}: span ${JSON.stringify(c.span)} should be ${JSON.stringify(span)}`);
    }
  }
}
if (flag === "--write" && changed) writeFileSync(file, `${JSON.stringify(gold, null, 1)}\n`);
for (const p of problems) console.error(`gold-spans: ${p}`);
if (problems.length) process.exit(1);
console.log(`gold-spans: ${file}: every span matches its evidence${changed ? ` (${changed} set)` : ""}`);
