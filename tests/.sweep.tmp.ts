import { readFileSync } from "node:fs";
import { join } from "node:path";
import { spawnSync } from "node:child_process";
import { compareClaims } from "../src/index.js";
import { scoreResult } from "../src/eval/score.js";
const shared = "/work/shared";
const sets = ["seeds", "readouts", "dev"].map((set) => {
  const goldPath = join(shared, "gold", `${set}.json`);
  return { set, gold: JSON.parse(readFileSync(goldPath, "utf8")), input: JSON.parse(spawnSync(process.execPath, [join(shared, "tools/gold-claims.mjs"), "--gold", goldPath, join(shared, "corpus", set)], { encoding: "utf8", maxBuffer: 1 << 28 }).stdout) };
});
for (const t of process.argv.slice(2).map(Number)) {
  const row: string[] = [];
  let found = 0, gold = 0, right = 0, pairs = 0, df = 0, dg = 0, fl = 0;
  for (const s of sets) {
    const r = scoreResult(s.gold, compareClaims(s.input, { threshold: t }));
    row.push(`${s.set} ${r.alignments.found}/${r.alignments.gold} P${(r.alignments.precision ?? 0).toFixed(2)}(${r.alignments.predictedPairs}) D${r.disagreements.found}/${r.disagreements.gold} P${(r.disagreements.precision ?? 0).toFixed(2)}(${r.disagreements.flagged})`);
    found += r.alignments.found; gold += r.alignments.gold; right += Math.round((r.alignments.precision ?? 0) * r.alignments.predictedPairs); pairs += r.alignments.predictedPairs;
    df += r.disagreements.found; dg += r.disagreements.gold; fl += r.disagreements.flagged;
  }
  console.log(`t=${t}: A ${found}/${gold} P${(right / pairs).toFixed(2)} | D ${df}/${dg} of ${fl} | ${row.join(" | ")}`);
}
