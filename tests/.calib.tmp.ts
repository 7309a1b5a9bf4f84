// distribution of mutual-best pair scores vs gold labels (perfect claims or e2e)
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { join } from "node:path";
import { spawnSync } from "node:child_process";
import { normalizeInput } from "../src/compare/input.js";
import { represent } from "../src/compare/represent/index.js";
import { lexiconFor } from "../src/compare/represent/lexicon.js";
import { buildProfile } from "../src/compare/events/profile.js";
import { groupEvents } from "../src/compare/events/index.js";
import { eventWeights } from "../src/compare/match/weights.js";
import { scorePairs } from "../src/compare/match/pairs.js";
import { extractClaims } from "../src/index.js";
const e2e = process.argv.includes("--e2e");
const rows: Array<{ s: number; c: number; gold: boolean; opt: boolean; mutual: boolean; rel: string; set: string; id: string }> = [];
for (const set of ["seeds", "readouts", "dev"]) {
  const goldPath = join("/work/shared/gold", `${set}.json`);
  const gold = JSON.parse(readFileSync(goldPath, "utf8"));
  const idMap = new Map<string, any>();
  const gc = new Map<string, any>(); for (const a of Object.values(gold.articles) as any) for (const c of a.claims) gc.set(c.id, c);
  let input: any;
  if (!e2e) { input = JSON.parse(spawnSync(process.execPath, ["/work/shared/tools/gold-claims.mjs", "--gold", goldPath, join("/work/shared/corpus", set)], { encoding: "utf8", maxBuffer: 1 << 28 }).stdout); for (const [art, a] of Object.entries(gold.articles) as any) a.claims.forEach((c: any, i: number) => idMap.set(`${art}:c${i + 1}`, c.id)); }
  else {
    const dir = join("/work/shared/corpus", set);
    input = readdirSync(dir).filter((f) => f.endsWith(".txt")).sort().map((f) => { const id = f.slice(0, -4); const side = join(dir, `${id}.json`); const meta = existsSync(side) ? JSON.parse(readFileSync(side, "utf8")) : {}; return extractClaims({ id, text: readFileSync(join(dir, f), "utf8"), ...meta }); });
    for (const r of input) { const ga = gold.articles[r.article.id]; if (!ga) continue; const cands: any[] = []; for (const c of r.claims) for (const g of ga.claims) { const ov = Math.max(0, Math.min(g.span[1], c.span[1]) - Math.max(g.span[0], c.span[0])); const plen = c.span[1]-c.span[0]; if (ov >= 0.5 * (g.span[1] - g.span[0]) && plen <= Math.max(8*(g.span[1]-g.span[0]),800)) cands.push({ c, g, iou: ov / (Math.max(g.span[1], c.span[1]) - Math.min(g.span[0], c.span[0])) }); } cands.sort((x, y) => (y.g.required - x.g.required) || y.iou - x.iou); const ug = new Set(), up = new Set(); for (const { c, g } of cands) { if (ug.has(g.id) || up.has(c.id)) continue; ug.add(g.id); up.add(c.id); idMap.set(c.id, g.id); } }
  }
  const goldPairs = new Set<string>();
  for (const ev of gold.events) for (const al of ev.alignments) for (let i = 0; i < al.claims.length; i++) for (let j = i + 1; j < al.claims.length; j++) goldPairs.add([al.claims[i], al.claims[j]].sort().join("|"));
  const { articles } = normalizeInput(input);
  const profiles: any[] = []; let order = 0;
  articles.forEach((a, i) => { const list = a.claims.map((c) => represent(c, lexiconFor(c.language, []).lexicon, order++, a.publishedAt?.slice(0, 10) ?? null)); profiles.push(buildProfile(a, i, list, lexiconFor(a.language, []).lexicon)); });
  const { events } = groupEvents(profiles, 1);
  for (const e of events) {
    const w = eventWeights(e.reps, { ids: e.participantIds, sides: e.participantSides });
    const pairs = scorePairs(e.reps, w, null).filter((p) => p.evidence.discriminative);
    const best = new Map<string, number>();
    const key = (p: any, x: any, y: any) => `${x.claim.id}|${y.claim.articleId}|${y.side}`;
    for (const p of pairs) { for (const [x, y] of [[p.a, p.b], [p.b, p.a]]) { const k = key(p, x, y); best.set(k, Math.max(best.get(k) ?? 0, p.evidence.score)); } }
    for (const p of pairs) {
      const ga = idMap.get(p.a.claim.id), gb = idMap.get(p.b.claim.id);
      if (!ga || !gb) continue;
      const mutual = p.evidence.score >= best.get(key(p, p.a, p.b))! - 0.03 && p.evidence.score >= best.get(key(p, p.b, p.a))! - 0.03;
      rows.push({ s: p.evidence.score, c: p.evidence.containment, gold: goldPairs.has([ga, gb].sort().join("|")), opt: !gc.get(ga)?.required || !gc.get(gb)?.required, mutual, rel: p.relation, set, id: `${ga}~${gb}` });
    }
  }
}
for (const t of [0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.7]) {
  const sel = rows.filter((r) => r.mutual && r.s >= t);
  const right = sel.filter((r) => r.gold).length, opt = sel.filter((r) => !r.gold && r.opt).length;
  console.log(`t=${t} mutual: right ${right} wrong ${sel.length - right} (of which optional ${opt})`);
}
console.log("gold pairs present as candidates:", rows.filter((r) => r.gold).length, "mutual:", rows.filter((r) => r.gold && r.mutual).length);
if (process.argv.includes("--list")) for (const r of rows.filter((r) => r.mutual && r.s >= 0.3).sort((a, b) => b.s - a.s)) console.log(r.gold ? "GOLD" : r.opt ? "opt " : "BAD ", r.s.toFixed(2), r.c.toFixed(2), r.rel, r.set, r.id);
