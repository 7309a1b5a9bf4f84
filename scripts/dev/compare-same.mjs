#!/usr/bin/env node
// Whether two builds compare alike: runs compareClaims of the build in CLAIMDIFF_DIST (default
// dist/) over the bench's input (the seed and readout results replicated with shifted dates, as
// `scripts/bench.mjs --phase compare N` builds it) and prints a digest of the JSON result, or the
// JSON itself with --json. Run it against two builds and compare the lines:
//   node scripts/dev/compare-same.mjs 1000
//   CLAIMDIFF_DIST=../base/dist node scripts/dev/compare-same.mjs 1000
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = fileURLToPath(new URL("../..", import.meta.url));
const dist = process.env.CLAIMDIFF_DIST ?? join(root, "dist");
const { extractClaims, compareClaims } = await import(pathToFileURL(join(dist, "index.js")).href);
const n = Number(process.argv.find((a) => /^\d+$/.test(a)) ?? 1000);

function loadDir(dir) {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => {
      const id = f.slice(0, -4);
      const side = join(dir, `${id}.json`);
      const meta = existsSync(side) ? JSON.parse(readFileSync(side, "utf8")) : {};
      const pick = Object.fromEntries(
        ["language", "publishedAt", "outlet", "url", "issuer", "title"].filter((k) => typeof meta[k] === "string").map((k) => [k, meta[k]]),
      );
      return { ...pick, id, text: readFileSync(join(dir, f), "utf8") };
    });
}
const shared = join(root, "..", "shared", "corpus");
const fixtures = existsSync(join(shared, "seeds"))
  ? [...loadDir(join(shared, "seeds")), ...loadDir(join(shared, "readouts"))]
  : readdirSync(join(root, "fixtures/lang"))
      .sort()
      .flatMap((code) => loadDir(join(root, "fixtures/lang", code)));

/** As in scripts/bench.mjs: a copy of an extraction result moved `r` × 45 days later, with its own ids and outlet. */
function shifted(res, r) {
  const days = r * 45;
  const shift = (iso) => {
    if (!iso) return iso;
    const [y, m = "01", d = "01"] = iso.slice(0, 10).split("-");
    const t = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)) + days * 86400000).toISOString();
    return iso.length >= 10 ? t.slice(0, 10) + iso.slice(10) : t.slice(0, iso.length);
  };
  const id = `${res.article.id}~${r}`;
  const outlet = res.article.outlet ? `${res.article.outlet} ${r}` : res.article.outlet;
  return {
    ...res,
    article: { ...res.article, id, outlet, publishedAt: shift(res.article.publishedAt) },
    claims: res.claims.map((c, k) => ({ ...c, id: `${id}:c${k + 1}`, articleId: id, outlet, date: { ...c.date, iso: shift(c.date.iso) } })),
  };
}

const base = fixtures.map((a) => extractClaims(a));
const results = [];
for (let r = 0; results.length < n; r++) for (const b of base) if (results.length < n) results.push(shifted(b, r));
const json = JSON.stringify(compareClaims(results));
if (process.argv.includes("--json")) process.stdout.write(`${json}\n`);
else process.stdout.write(`${n} articles: ${createHash("sha256").update(json).digest("hex")} (${json.length} chars)\n`);
