// npx tsx tests/.dbg.tmp.ts SET [--claims] [--e2e]: gold alignments with their evidence, wrong predictions
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { spawnSync } from "node:child_process";
import { normalizeInput } from "../src/compare/input.js";
import { represent } from "../src/compare/represent/index.js";
import { lexiconFor } from "../src/compare/represent/lexicon.js";
import { buildProfile } from "../src/compare/events/profile.js";
import { groupEvents } from "../src/compare/events/index.js";
import { eventWeights } from "../src/compare/match/weights.js";
import { pairEvidence } from "../src/compare/match/similarity.js";
import { compareClaims } from "../src/compare/index.js";
const set = process.argv[2]!;
const shared = "/work/shared";
const goldPath = join(shared, "gold", `${set}.json`);
const gold = JSON.parse(readFileSync(goldPath, "utf8"));
const e2e = process.argv.includes("--e2e");
import { readdirSync, existsSync } from "node:fs";
import { extractClaims } from "../src/index.js";
function loadDir(dir: string) {
  return readdirSync(dir).filter((f) => f.endsWith(".txt")).sort().map((f) => {
    const id = f.slice(0, -4); const side = join(dir, `${id}.json`);
    const meta = existsSync(side) ? JSON.parse(readFileSync(side, "utf8")) : {};
    return { id, text: readFileSync(join(dir, f), "utf8"), language: meta.language, publishedAt: meta.publishedAt, outlet: meta.outlet, url: meta.url, issuer: meta.issuer, title: meta.title };
  });
}
const input = e2e ? loadDir(join(shared, "corpus", set)).map((a) => extractClaims(a)) : JSON.parse(spawnSync(process.execPath, [join(shared, "tools/gold-claims.mjs"), "--gold", goldPath, join(shared, "corpus", set)], { encoding: "utf8", maxBuffer: 1 << 28 }).stdout);
const idMap = new Map<string, string>();
if (!e2e) for (const [art, a] of Object.entries(gold.articles) as any) a.claims.forEach((c: any, i: number) => idMap.set(`${art}:c${i + 1}`, c.id));
else for (const r of input) {
  const ga = gold.articles[r.article.id]; if (!ga) continue;
  for (const c of r.claims) {
    let best: any = null, bi = 0;
    for (const g of ga.claims) { const ov = Math.max(0, Math.min(g.span[1], c.span[1]) - Math.max(g.span[0], c.span[0])); if (ov >= 0.5 * (g.span[1] - g.span[0])) { const iou = ov / (Math.max(g.span[1], c.span[1]) - Math.min(g.span[0], c.span[0])); if (iou > bi) { bi = iou; best = g; } } }
    idMap.set(c.id, best ? best.id : `${r.article.id.slice(0, 3)}.x${c.id.split(":c")[1]}`);
  }
}
const gid = (id: string) => idMap.get(id) ?? id;
const { articles } = normalizeInput(input);
const reps = new Map<string, any>(); const profiles: any[] = []; let order = 0;
articles.forEach((a, i) => { const list: any[] = []; for (const c of a.claims) { const r = represent(c, lexiconFor(c.language, []).lexicon, order++, a.publishedAt?.slice(0, 10) ?? null); reps.set(gid(c.id), r); list.push(r); } profiles.push(buildProfile(a, i, list, lexiconFor(a.language, []).lexicon)); });
const { events, background } = groupEvents(profiles, 1);
const evOf = new Map<any, any>(); for (const e of events) for (const r of e.reps) evOf.set(r, e);
for (const e of events) console.log(`EVENT ${e.id} sides=${e.participantSides} arts=${e.articles.map((x: string)=>x.slice(0,3))} n=${e.reps.length} claims=${e.reps.map((r: any)=>gid(r.claim.id)).join(",")}`);
console.log("background:", background.map((r: any) => gid(r.claim.id)).join(" "));
const show = (id: string) => { const r = reps.get(id); return r ? `${id}[${r.side}] ${r.keys.map((k: any) => k.key).join(" ")}` : id + "?"; };
if (process.argv.includes("--claims")) for (const [id, r] of reps) console.log("CLAIM", show(id), "| ev:", r.evaluations.map((e: any)=>e.level+e.text).join(","), "| pr:", r.predicates.map((p: any)=>(p.negated?"!":"")+p.cls).join(","), "| q:", r.quantities.map((q: any)=>q.text).join(","));
const cmp = compareClaims(input, { threshold: Number(process.env.T ?? 0.45) });
const pred = new Set<string>(); for (const e of cmp.events) for (const a of e.alignments) pred.add(a.claims.map(gid).sort().join("~"));
const goldPairs = new Set<string>();
for (const ev of gold.events) for (const al of ev.alignments) {
  for (let i = 0; i < al.claims.length; i++) for (let j = i + 1; j < al.claims.length; j++) goldPairs.add([al.claims[i], al.claims[j]].sort().join("~"));
  const [x, y] = al.claims.map((id: string) => reps.get(id));
  if (!x || !y) continue;
  const e = evOf.get(x); const same = e && e === evOf.get(y);
  let info = "different events";
  if (same) { const w = eventWeights(e.reps); const p = pairEvidence(x, y, w, null); info = `score ${p.score.toFixed(2)} cont ${p.containment.toFixed(2)} disc ${p.discriminative} shared ${p.shared.map((k: any)=>k.key).join(" ")}`; }
  const hit = pred.has([...al.claims].sort().join("~"));
  console.log(`AL ${hit ? "OK " : "-- "}${al.relation}${al.required===false?"(opt)":""} ${al.claims.join("~")}: ${info}`);
}
for (const p of pred) if (!goldPairs.has(p)) { const [a, b] = p.split("~"); const x = reps.get(a!), y = reps.get(b!); const e = evOf.get(x); const w = eventWeights(e.reps); const ev = pairEvidence(x, y, w, null); console.log(`WRONG ${p} score ${ev.score.toFixed(2)} shared ${ev.shared.map((k: any)=>k.key).join(" ")}`); }
if (process.argv.includes("--dis")) for (const e of cmp.events) for (const d of e.disagreements) console.log(`DIS ${d.type} ${d.topic} [${(d.topics??[]).join(",")}] ${d.claims.map(gid).join(",")}`);
