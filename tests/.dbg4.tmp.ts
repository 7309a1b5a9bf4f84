import { readFileSync } from "node:fs";
import { join } from "node:path";
import { spawnSync } from "node:child_process";
import { normalizeInput } from "../src/compare/input.js";
import { represent } from "../src/compare/represent/index.js";
import { lexiconFor } from "../src/compare/represent/lexicon.js";
import { buildProfile } from "../src/compare/events/profile.js";
import { groupEvents } from "../src/compare/events/index.js";
import { eventWeights } from "../src/compare/match/weights.js";
import { scorePairs } from "../src/compare/match/pairs.js";
const [set, A, B] = process.argv.slice(2).filter((x) => !x.startsWith("--")) as [string, string, string];
const goldPath = join("/work/shared/gold", `${set}.json`);
const gold = JSON.parse(readFileSync(goldPath, "utf8"));
const idMap = new Map<string, string>();
for (const [art, a] of Object.entries(gold.articles) as any) a.claims.forEach((c: any, i: number) => idMap.set(`${art}:c${i + 1}`, c.id));
const gid = (id: string) => idMap.get(id) ?? id;
import { readdirSync, existsSync } from "node:fs";
import { extractClaims } from "../src/index.js";
const e2e = process.argv.includes("--e2e");
function loadDir(dir: string) {
  return readdirSync(dir).filter((f) => f.endsWith(".txt")).sort().map((f) => {
    const id = f.slice(0, -4); const side = join(dir, `${id}.json`);
    const meta = existsSync(side) ? JSON.parse(readFileSync(side, "utf8")) : {};
    return { id, text: readFileSync(join(dir, f), "utf8"), language: meta.language, publishedAt: meta.publishedAt, outlet: meta.outlet, url: meta.url, issuer: meta.issuer, title: meta.title };
  });
}
const input = e2e ? loadDir(join("/work/shared/corpus", set)).map((a) => extractClaims(a)) : JSON.parse(spawnSync(process.execPath, ["/work/shared/tools/gold-claims.mjs", "--gold", goldPath, join("/work/shared/corpus", set)], { encoding: "utf8", maxBuffer: 1 << 28 }).stdout);
if (e2e) for (const r of input) { const ga = gold.articles[r.article.id]; if (!ga) continue; for (const c of r.claims) { let best: any = null, bi = 0; for (const g of ga.claims) { const ov = Math.max(0, Math.min(g.span[1], c.span[1]) - Math.max(g.span[0], c.span[0])); if (ov >= 0.5 * (g.span[1] - g.span[0])) { const iou = ov / (Math.max(g.span[1], c.span[1]) - Math.min(g.span[0], c.span[0])); if (iou > bi) { bi = iou; best = g; } } } idMap.set(c.id, best ? best.id : c.id); } }
const { articles } = normalizeInput(input);
const profiles: any[] = []; let order = 0;
articles.forEach((a, i) => { const list = a.claims.map((c) => represent(c, lexiconFor(c.language, []).lexicon, order++, a.publishedAt?.slice(0, 10) ?? null)); profiles.push(buildProfile(a, i, list, lexiconFor(a.language, []).lexicon)); });
const { events } = groupEvents(profiles, 1);
for (const e of events) {
  const w = eventWeights(e.reps, { ids: e.participantIds, sides: e.participantSides });
  const pairs = scorePairs(e.reps, w, null);
  for (const id of [A, B]) {
    const mine = pairs.filter((p) => gid(p.a.claim.id) === id || gid(p.b.claim.id) === id);
    for (const p of mine.slice(0, 8)) console.log(id, "→", gid(p.a.claim.id), gid(p.b.claim.id), p.relation, p.evidence.score.toFixed(2), p.evidence.discriminative, p.evidence.shared.map((k) => k.key).join(" "));
  }
}
