#!/usr/bin/env node
// Dev check (not shipped): every extraction error of a development set, one per line, with the
// gold and predicted values side by side — misses, extras, and matched claims whose speaker,
// side, date or kind differ. Matching follows ../shared/tools/score.mjs (span coverage ≥ half the
// gold span, length ≤ max(8×, 800); required first, then by overlap).
// Usage: npm run build && node scripts/dev/errors.mjs [--set dev|seeds|readouts|wikinews-de-dev|fixture-XX] [--only speaker|date|kind|side|miss|extra] [--article PREFIX]
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { extractClaims } from "../../dist/index.js";

const root = fileURLToPath(new URL("../..", import.meta.url));
const args = process.argv.slice(2);
const opt = (n, d) => {
  const i = args.indexOf(n);
  return i >= 0 ? args[i + 1] : d;
};
const set = opt("--set", "dev"),
  only = opt("--only"),
  prefix = opt("--article", "");
const goldFile = opt("--gold", set);
// --set fixture-ru: the team's fixture of that language (fixtures/lang/ru, its gold.json)
const fixture = set.startsWith("fixture-") ? join(root, "fixtures", "lang", set.slice(8)) : null;
const dir = fixture ?? join(root, "..", "shared", "corpus", set);
const gold = JSON.parse(readFileSync(fixture ? join(fixture, "gold.json") : join(root, "..", "shared", "gold", `${goldFile}.json`), "utf8"));
const fold = (s) =>
  (s ?? "")
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[.'’]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()
    .replace(/^the /, "");
const show = (s, n = 90) => JSON.stringify((s ?? "").replace(/\s+/g, " ").slice(0, n));

for (const f of readdirSync(dir)
  .filter((x) => x.endsWith(".txt") && x.startsWith(prefix))
  .sort()) {
  const id = f.slice(0, -4);
  const ga = gold.articles[id];
  if (!ga) continue;
  const side = join(dir, `${id}.json`);
  const meta = existsSync(side) ? JSON.parse(readFileSync(side, "utf8")) : {};
  const text = readFileSync(join(dir, f), "utf8");
  const r = extractClaims({
    id,
    text,
    language: meta.language ?? ga.language,
    publishedAt: meta.publishedAt,
    outlet: meta.outlet,
    url: meta.url,
    title: meta.title,
    issuer: meta.issuer,
  });
  const preds = r.claims;
  const cands = [];
  for (const g of ga.claims)
    preds.forEach((p, pi) => {
      const [gs, ge] = g.span,
        [ps, pe] = p.span;
      const ov = Math.max(0, Math.min(ge, pe) - Math.max(gs, ps));
      if (ov >= 0.5 * (ge - gs) && pe - ps <= Math.max(8 * (ge - gs), 800)) cands.push({ g, pi, iou: ov / (Math.max(ge, pe) - Math.min(gs, ps)) });
    });
  cands.sort((a, b) => b.g.required - a.g.required || b.iou - a.iou);
  const usedG = new Set(),
    usedP = new Set(),
    lines = [];
  for (const { g, pi } of cands) {
    if (usedG.has(g.id) || usedP.has(pi)) continue;
    usedG.add(g.id);
    usedP.add(pi);
    if (!g.required) continue;
    const p = preds[pi];
    const sp = [g.speaker, ...(g.speakerAlt ?? [])].map(fold).includes(fold(p.speaker.name));
    const sd = [g.side ?? null, ...(g.sideAlt ?? [])].includes(p.speaker.side ?? null);
    const d = p.date?.iso?.slice(0, 10) ?? null;
    const dt = g.date ? !!d && (d === g.date || (g.date.length < 10 && d.startsWith(g.date))) : !d;
    const kd = p.kind === g.kind;
    const probs = [];
    if (!sp && (!only || only === "speaker"))
      probs.push(`speaker ${show(p.speaker.name, 40)} (mention ${show(p.speaker.mention, 40)}) ≠ ${show(g.speaker, 40)}`);
    if (!sd && (!only || only === "side")) probs.push(`side ${p.speaker.side} ≠ ${g.side}`);
    if (!dt && (!only || only === "date")) probs.push(`date ${d} (${p.date?.basis} ${show(p.date?.text, 30)}) ≠ ${g.date}`);
    if (!kd && (!only || only === "kind")) probs.push(`kind ${p.kind} ≠ ${g.kind}`);
    if (probs.length)
      lines.push(
        `  ${g.id} ${probs.join("; ")}\n      gold ${show(text.slice(g.span[0], g.span[1]), 140)}\n      pred ${show(text.slice(p.span[0], p.span[1]), 140)}`,
      );
  }
  if (!only || only === "miss")
    for (const g of ga.claims)
      if (g.required && !usedG.has(g.id)) lines.push(`  MISS ${g.id} [${g.kind} ${g.speaker}] ${show(text.slice(g.span[0], g.span[1]), 200)}`);
  if (!only || only === "extra")
    preds.forEach((p, pi) => {
      if (!usedP.has(pi)) lines.push(`  EXTRA [${p.kind} ${p.speaker.name} / cue ${p.cue}] ${show(text.slice(p.span[0], p.span[1]), 200)}`);
    });
  if (lines.length) console.log(`${id} (${r.article.language}, published ${r.article.publishedAt})\n${lines.join("\n")}`);
}
