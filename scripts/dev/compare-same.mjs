#!/usr/bin/env node
// Whether two builds compare alike: runs compareClaims of the build in CLAIMDIFF_DIST (default
// dist/) over the bench's input (the seed and readout results replicated with shifted dates, as
// `scripts/bench.mjs --phase compare N` builds it) and prints a digest of the JSON result, or the
// JSON itself with --json. Run it against two builds and compare the lines:
//   node scripts/dev/compare-same.mjs 1000
//   CLAIMDIFF_DIST=../base/dist node scripts/dev/compare-same.mjs 1000
import { createHash } from "node:crypto";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { fixtures, shifted } from "../bench-input.mjs";

const root = fileURLToPath(new URL("../..", import.meta.url));
const dist = process.env.CLAIMDIFF_DIST ?? join(root, "dist");
const { extractClaims, compareClaims } = await import(pathToFileURL(join(dist, "index.js")).href);
const n = Number(process.argv.find((a) => /^\d+$/.test(a)) ?? 1000);

const base = fixtures().map((a) => extractClaims(a));
const results = [];
for (let r = 0; results.length < n; r++) for (const b of base) if (results.length < n) results.push(shifted(b, r));
const json = JSON.stringify(compareClaims(results));
if (process.argv.includes("--json")) process.stdout.write(`${json}\n`);
else process.stdout.write(`${n} articles: ${createHash("sha256").update(json).digest("hex")} (${json.length} chars)\n`);
