#!/usr/bin/env node
// The cost of importing each entry of the built package, in CPU milliseconds (user + system,
// measured inside a fresh Node process around the import alone, median of N runs), next to the
// cost of importing zod, which every entry needs. CPU time rather than wall time, so that other
// work on the machine disturbs the ratio less.
//
// Usage: node scripts/import-cost.mjs [--runs N] [DIST_FILE_OR_SPECIFIER...]
// (default: dist/index.js, dist/html.js, dist/node.js, dist/eval.js; npm run build first)
import { spawnSync } from "node:child_process";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";

const args = process.argv.slice(2);
const runsAt = args.indexOf("--runs");
const runs = runsAt >= 0 ? Number(args.splice(runsAt, 2)[1]) : 11;
const targets = args.length ? args : ["dist/index.js", "dist/html.js", "dist/node.js", "dist/eval.js"];
const spec = (t) => (/^[./]|^dist\//.test(t) ? pathToFileURL(resolve(t)).href : t);

function cost(specifier) {
  const code = `const t = process.cpuUsage(); await import(${JSON.stringify(specifier)}); const u = process.cpuUsage(t); console.log((u.user + u.system) / 1000);`;
  const xs = [];
  for (let i = 0; i < runs; i++) {
    const r = spawnSync(process.execPath, ["--input-type=module", "-e", code], { encoding: "utf8" });
    if (r.status !== 0) throw new Error(`importing ${specifier} failed:\n${r.stderr}`);
    xs.push(Number(r.stdout.trim()));
  }
  xs.sort((a, b) => a - b);
  return xs[xs.length >> 1];
}

const zod = cost("zod");
console.log(`| import | CPU ms (median of ${runs}) | × zod |`);
console.log("|---|---|---|");
console.log(`| zod | ${zod.toFixed(0)} | 1.0 |`);
for (const t of targets) {
  const c = cost(spec(t));
  console.log(`| ${t} | ${c.toFixed(0)} | ${(c / zod).toFixed(1)} |`);
}
