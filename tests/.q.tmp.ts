// dev-loop quality: node --import tsx tests/.q.tmp.ts [set...] [--e2e] [--v]
import { readFileSync, readdirSync, existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { spawnSync } from "node:child_process";
import { compareClaims, extractClaims } from "../src/index.js";
import { scoreResult } from "../src/eval/score.js";
const shared = "/work/shared";
const args = process.argv.slice(2);
const sets = args.filter((a) => !a.startsWith("--"));
const e2e = args.includes("--e2e");
function loadDir(dir: string) {
  return readdirSync(dir).filter((f) => f.endsWith(".txt")).sort().map((f) => {
    const id = f.slice(0, -4); const side = join(dir, `${id}.json`);
    const meta = existsSync(side) ? JSON.parse(readFileSync(side, "utf8")) : {};
    return { id, text: readFileSync(join(dir, f), "utf8"), language: meta.language, publishedAt: meta.publishedAt, outlet: meta.outlet, url: meta.url, issuer: meta.issuer, title: meta.title };
  });
}
const f = (x: number | null) => (x === null || x === undefined ? "—" : x.toFixed(2));
for (const set of sets.length ? sets : ["seeds", "readouts", "dev"]) {
  const dir = join(shared, "corpus", set); const goldPath = join(shared, "gold", `${set}.json`);
  const gold = JSON.parse(readFileSync(goldPath, "utf8"));
  let input: any;
  if (e2e) input = loadDir(dir).map((a) => extractClaims(a));
  else input = JSON.parse(spawnSync(process.execPath, [join(shared, "tools/gold-claims.mjs"), "--gold", goldPath, dir], { encoding: "utf8", maxBuffer: 1 << 28 }).stdout);
  const t0 = performance.now();
  const cmp = compareClaims(input);
  const ms = performance.now() - t0;
  writeFileSync(`/tmp/cd/${set}${e2e ? "-e2e" : ""}.json`, JSON.stringify(cmp));
  const s = scoreResult(gold, cmp);
  const A = s.alignments, D = s.disagreements;
  console.log(`${set}${e2e ? " e2e" : " perfect"}: ${A.found}/${A.gold} alignments (P ${f(A.precision)} of ${A.predictedPairs}), ${D.found}/${D.gold} disagreements (P ${f(D.precision)} of ${D.flagged}), traps ${D.trapsRaised}/${D.traps}  [${cmp.events.length} events, ${ms.toFixed(0)} ms]`);
}
