#!/usr/bin/env node
// Dev check (not shipped): the naive baseline of issue 11 — compromise's `.quotations()`, each
// attributed to the nearest person compromise finds — against claimdiff, on direct and mixed
// quotations of the English texts we have (the team's fixture, and the seeds, readouts and dev
// articles in English beside the project). Gold claims of other kinds count as optional, as in
// the PolNeAR direct+mixed figure the issue compares.
// Usage: npm run build && node scripts/dev/naive-baseline.mjs
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import nlp from "compromise";
import { extractClaims } from "../../dist/index.js";
import { scoreResult } from "../../dist/eval.js";

const root = fileURLToPath(new URL("../..", import.meta.url));
const shared = join(root, "..", "shared");
const sets = [{ dir: join(root, "fixtures/lang/en"), gold: join(root, "fixtures/lang/en/gold.json") }];
for (const name of ["seeds", "readouts", "dev"]) {
  const dir = join(shared, "corpus", name);
  if (existsSync(dir)) sets.push({ dir, gold: join(shared, "gold", `${name}.json`) });
}

/** Direct and mixed claims required; the others optional. */
function directGold(gold, ids) {
  const articles = {};
  for (const id of ids) {
    const a = gold.articles[id];
    if (a) articles[id] = { ...a, claims: a.claims.map((c) => ({ ...c, required: c.required && (c.kind === "direct" || c.kind === "mixed") })) };
  }
  return { articles, events: [] };
}

/** compromise: every quotation, with the nearest person named in the text. */
function naive(id, text) {
  const doc = nlp(text);
  const at = (x) => {
    // compromise's offsets count from its own normalised text: find the words in ours near them.
    const i = text.indexOf(x.text, Math.max(0, x.offset.start - 40));
    return i >= 0 ? [i, i + x.text.length] : null;
  };
  const people = doc
    .people()
    .json({ offset: true })
    .map((p) => ({ name: p.text, span: at(p) }))
    .filter((p) => p.span);
  const claims = [];
  for (const q of doc.quotations().json({ offset: true })) {
    const span = at(q);
    if (!span) continue;
    let best = null,
      dist = Infinity;
    for (const p of people) {
      const d = p.span[1] <= span[0] ? span[0] - p.span[1] : p.span[0] - span[1];
      if (d >= 0 && d < dist) {
        dist = d;
        best = p;
      }
    }
    claims.push({
      id: `${id}:n${claims.length + 1}`,
      articleId: id,
      span,
      speaker: { name: best?.name ?? "unknown", side: null },
      kind: "direct",
      date: { iso: null },
    });
  }
  return claims;
}

const rows = [];
const naiveAll = [],
  oursAll = [],
  goldAll = { articles: {}, events: [] };
for (const set of sets) {
  const gold = JSON.parse(readFileSync(set.gold, "utf8"));
  const files = readdirSync(set.dir).filter((f) => f.endsWith(".txt") && gold.articles[f.slice(0, -4)]?.language === "en");
  if (!files.length) continue;
  const ids = files.map((f) => f.slice(0, -4));
  const g = directGold(gold, ids);
  const naiveClaims = [],
    ours = [];
  for (const f of files) {
    const id = f.slice(0, -4);
    const text = readFileSync(join(set.dir, f), "utf8");
    const side = join(set.dir, `${id}.json`);
    const meta = existsSync(side) ? JSON.parse(readFileSync(side, "utf8")) : {};
    naiveClaims.push(...naive(id, text));
    ours.push(...extractClaims({ id, text, language: "en", publishedAt: meta.publishedAt, url: meta.url, outlet: meta.outlet, issuer: meta.issuer }).claims);
  }
  const n = scoreResult(g, { claims: naiveClaims }),
    o = scoreResult(g, { claims: ours });
  rows.push([set.dir.split("/").slice(-1)[0], g, n, o]);
  naiveAll.push(...naiveClaims);
  oursAll.push(...ours);
  Object.assign(goldAll.articles, g.articles);
}
const f = (x) => (x === null || x === undefined ? "—" : x.toFixed(2));
console.log("| English set | gold direct+mixed | naive P / R / F1 | claimdiff P / R / F1 |");
console.log("|---|---|---|---|");
for (const [name, , n, o] of rows)
  console.log(
    `| ${name} | ${n.claims.required} | ${f(n.claims.precision)} / ${f(n.claims.recall)} / ${f(n.claims.f1)} | ${f(o.claims.precision)} / ${f(o.claims.recall)} / ${f(o.claims.f1)} |`,
  );
const n = scoreResult(goldAll, { claims: naiveAll }),
  o = scoreResult(goldAll, { claims: oursAll });
console.log(
  `| all | ${n.claims.required} | ${f(n.claims.precision)} / ${f(n.claims.recall)} / ${f(n.claims.f1)} | ${f(o.claims.precision)} / ${f(o.claims.recall)} / ${f(o.claims.f1)} |`,
);
