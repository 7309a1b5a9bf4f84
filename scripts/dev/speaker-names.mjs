#!/usr/bin/env node
// Dev check (not shipped): the share of claims whose speaker name is a pronoun, an article, an
// adverb or a bare title ("It", "Lo", "Pertanto", "Mr") — the bar is at most 0.5%.
// Reads every development set beside the project and the team's fixtures.
// Usage: npm run build && node scripts/dev/speaker-names.mjs [--list]
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { pathToFileURL } from "node:url";
import { getLanguagePack } from "../../dist/index.js";

// CLAIMDIFF_DIST=path/to/dist measures another build (the word lists come from this one).
const { extractClaims } = await import(
  pathToFileURL(join(process.env.CLAIMDIFF_DIST ?? fileURLToPath(new URL("../../dist", import.meta.url)), "index.js")).href
);

const root = fileURLToPath(new URL("../..", import.meta.url));
const dirs = [
  ...readdirSync(join(root, "fixtures/lang")).map((c) => join(root, "fixtures/lang", c)),
  ...["seeds", "readouts", "dev", "wikinews-de-dev"].map((s) => join(root, "..", "shared", "corpus", s)).filter(existsSync),
];
const fold = (s) => s.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();
let total = 0;
const bad = [];
for (const dir of dirs) {
  for (const f of readdirSync(dir).filter((x) => x.endsWith(".txt"))) {
    const side = join(dir, f.replace(/\.txt$/, ".json"));
    const meta = existsSync(side) ? JSON.parse(readFileSync(side, "utf8")) : {};
    const r = extractClaims({
      id: f,
      text: readFileSync(join(dir, f), "utf8"),
      language: meta.language,
      publishedAt: meta.publishedAt,
      outlet: meta.outlet,
      url: meta.url,
      issuer: meta.issuer,
    });
    const g = getLanguagePack(r.article.language).grammar;
    const pack = getLanguagePack(r.article.language);
    const words = new Set(
      [...g.determiners, ...g.adverbs, ...g.nonNames, ...g.thingPronouns, ...g.titles, ...g.conjunctions, ...g.prepositions, ...pack.reporting.pronouns].map(
        fold,
      ),
    );
    for (const c of r.claims) {
      total++;
      const name = c.speaker.name;
      const ws = fold(name)
        .split(/[\s.]+/u)
        .filter(Boolean);
      // a name made only of such words, or a one-word name that is one
      if (name !== "unknown" && ws.length > 0 && ws.every((w) => words.has(w))) bad.push(`${f}: ${JSON.stringify(name)} (${c.cue})`);
    }
  }
}
console.log(
  `${bad.length} of ${total} claims (${((100 * bad.length) / Math.max(total, 1)).toFixed(2)}%) have a pronoun, article, adverb or bare title as speaker name`,
);
if (process.argv.includes("--list")) for (const b of bad) console.log(`  ${b}`);
