#!/usr/bin/env node
// npm run quality: the measured quality of the built library on every development set.
//
// - the team's own fixtures (fixtures/lang/<code>/, with gold where written): always;
// - the shared corpora beside the project (../shared/corpus: seeds, readouts, dev,
//   wikinews-de-dev), scored by ../shared/tools/score.mjs's rules (ported in src/eval/score.ts),
//   end to end and, for the comparison, on perfect claims (the gold spans, speakers, sides and
//   dates, no topics: ../shared/tools/gold-claims.mjs) — skipped with a notice when absent.
//
// Options: --json (one JSON object), --set NAME (only that set; repeatable).
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { join } from "node:path";
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { extractClaims, compareClaims } from "../dist/index.js";
import { scoreResult } from "../dist/eval.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const shared = join(root, "..", "shared");
const args = process.argv.slice(2);
const only = args.flatMap((a, i) => (args[i - 1] === "--set" ? [a] : []));
const want = (name) => only.length === 0 || only.includes(name);

function loadDir(dir) {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => {
      const id = f.slice(0, -4);
      const side = join(dir, `${id}.json`);
      const meta = existsSync(side) ? JSON.parse(readFileSync(side, "utf8")) : {};
      return {
        id,
        text: readFileSync(join(dir, f), "utf8"),
        language: meta.language,
        publishedAt: meta.publishedAt,
        outlet: meta.outlet,
        url: meta.url,
        issuer: meta.issuer,
        title: meta.title,
      };
    });
}

const sets = [];
for (const code of readdirSync(join(root, "fixtures/lang")).sort()) {
  const dir = join(root, "fixtures/lang", code);
  if (existsSync(join(dir, "gold.json"))) sets.push({ name: `fixture-${code}`, dir, gold: join(dir, "gold.json"), compare: false });
}
const sharedSets = [
  { name: "seeds", compare: true },
  { name: "readouts", compare: true },
  { name: "dev", compare: true },
  { name: "wikinews-de-dev", compare: false, extraGold: "wikinews-de-dev-direct" },
];
if (existsSync(join(shared, "corpus"))) {
  for (const s of sharedSets) sets.push({ ...s, dir: join(shared, "corpus", s.name), gold: join(shared, "gold", `${s.name}.json`), shared: true });
} else console.error(`quality: ../shared/corpus not found: only the team's fixtures are measured`);

const round = (x) => (x === null || x === undefined ? null : Math.round(x * 1000) / 1000);
const out = {};
for (const set of sets.filter((s) => want(s.name))) {
  const articles = loadDir(set.dir);
  const results = articles.map((a) => extractClaims(a));
  const gold = JSON.parse(readFileSync(set.gold, "utf8"));
  const cmp = set.compare ? compareClaims(results) : { articles: results.map((r) => ({ ...r.article, claims: r.claims })), events: [] };
  const s = scoreResult(gold, cmp);
  const row = {
    claims: { p: round(s.claims.precision), r: round(s.claims.recall), f1: round(s.claims.f1), required: s.claims.required, predicted: s.claims.predicted },
    speaker: round(s.speakerAccuracy),
    side: round(s.sideAccuracy),
    date: round(s.dateAccuracy),
    undated: round(s.undatedAccuracy),
    kind: round(s.kindAccuracy),
    perLanguage: s.perLanguage,
  };
  if (set.compare) {
    row.compare = { alignments: s.alignments, disagreements: s.disagreements };
    // The comparison alone, on perfect claims (no topics).
    const tool = join(shared, "tools", "gold-claims.mjs");
    const r = spawnSync(process.execPath, [tool, "--gold", set.gold, set.dir], { encoding: "utf8", maxBuffer: 1 << 28 });
    if (r.status === 0) {
      const perfect = compareClaims(JSON.parse(r.stdout));
      const p = scoreResult(gold, perfect);
      row.perfect = { alignments: p.alignments, disagreements: p.disagreements };
    }
  }
  if (set.extraGold) {
    const g2 = JSON.parse(readFileSync(join(shared, "gold", `${set.extraGold}.json`), "utf8"));
    const s2 = scoreResult(g2, cmp);
    row.direct = { p: round(s2.claims.precision), r: round(s2.claims.recall), f1: round(s2.claims.f1) };
  }
  out[set.name] = row;
}

if (args.includes("--json")) {
  console.log(JSON.stringify(out, null, 1));
} else {
  const f = (x) => (x === null || x === undefined ? "—" : x.toFixed(2));
  console.log("| set | claims P | R | F1 | speaker | side | date | undated | kind |");
  console.log("|---|---|---|---|---|---|---|---|---|");
  for (const [name, r] of Object.entries(out)) {
    console.log(
      `| ${name} | ${f(r.claims.p)} | ${f(r.claims.r)} | ${f(r.claims.f1)} | ${f(r.speaker)} | ${f(r.side)} | ${f(r.date)} | ${f(r.undated)} | ${f(r.kind)} |`,
    );
    if (r.direct) console.log(`| ${name} (direct quotations required) | ${f(r.direct.p)} | ${f(r.direct.r)} | ${f(r.direct.f1)} | | | | | |`);
  }
  const c = (x) =>
    `${x.alignments.found}/${x.alignments.gold} alignments (P ${f(x.alignments.precision)} of ${x.alignments.predictedPairs} pairs), ${x.disagreements.found}/${x.disagreements.gold} disagreements (P ${f(x.disagreements.precision)} of ${x.disagreements.flagged}), traps ${x.disagreements.trapsRaised}/${x.disagreements.traps}`;
  console.log("\n| set | comparison end to end | comparison on perfect claims |");
  console.log("|---|---|---|");
  for (const [name, r] of Object.entries(out)) if (r.compare) console.log(`| ${name} | ${c(r.compare)} | ${r.perfect ? c(r.perfect) : "—"} |`);
}
