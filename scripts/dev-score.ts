// Dev helper: extract the seeds (or readouts) with the source tree and score with ../shared/tools/score.mjs.
import { readFileSync, writeFileSync, readdirSync, existsSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { extractClaims } from "../src/index.js";
const dir = process.argv[2] ?? "fixtures/seeds";
const articles = [];
for (const f of readdirSync(dir).filter((f) => f.endsWith(".txt")).sort()) {
  const id = f.replace(/\.txt$/, "");
  const side = `${dir}/${id}.json`;
  const meta = existsSync(side) ? JSON.parse(readFileSync(side, "utf8")) : {};
  const r = extractClaims({ id, text: readFileSync(`${dir}/${f}`, "utf8"), language: meta.language, publishedAt: meta.publishedAt, outlet: meta.outlet, url: meta.url });
  articles.push({ id, claims: r.claims });
  if (process.env.SHOW) for (const c of r.claims) console.log(`${c.id} [${c.kind}] ${c.speaker.name} (${c.speaker.side}) ${c.date.iso}/${c.date.basis} cue=${c.cue} :: ${c.assertion.slice(0, 90)}`);
}
writeFileSync("/tmp/pred.json", JSON.stringify({ articles }, null, 1));
console.log(execFileSync("node", ["../shared/tools/score.mjs", "--gold", `${dir}/gold.json`, "--pred", "/tmp/pred.json", "--verbose"], { encoding: "utf8" }));
