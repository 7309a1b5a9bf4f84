#!/usr/bin/env node
// Report rendering bench: time renderHtml / renderMarkdown on one synthetic article of 4, 8 and
// 16 MB (a claim every sentence, some nested in others) and print the 16 MB / 4 MB ratio, which
// linear rendering keeps near 4. Uses the build (npm run build first; CLAIMDIFF_DIST overrides).
//
//   node scripts/bench-report.mjs            # 4, 8, 16 MB
//   node scripts/bench-report.mjs 1 2 4      # other sizes, in MB
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const dist = process.env.CLAIMDIFF_DIST ?? join(root, "dist");
const { renderHtml, renderMarkdown } = await import(pathToFileURL(join(dist, "index.js")).href);

const SENTENCES = [
  "The minister said the talks had been “useful and frank”, according to a statement.",
  "Officials in the capital added that a second round would follow within weeks.",
  "“We are ready to continue,” the spokesman told reporters on Tuesday.",
  "Analysts were not convinced.",
];

/** A one-article comparison result of about `mb` MB: every fourth paragraph holds three claims (one every ~450 characters, as in wire copy). */
function bigResult(mb) {
  const unit = `${SENTENCES.join(" ")}\n`;
  const text = unit.repeat(Math.ceil((mb * 1e6) / unit.length));
  const claims = [];
  let at = 0;
  for (let r = 0; at < text.length; r++, at += unit.length) {
    if (r % 4 !== 0) continue;
    let s = at;
    for (let k = 0; k < 3; k++) {
      const end = s + SENTENCES[k].length;
      const id = `big:c${claims.length + 1}`;
      claims.push(claim(id, text, [s, end], [s + 4, end - 10]));
      s = end + 1;
    }
  }
  const article = {
    id: "big",
    language: "en",
    languageDetected: false,
    title: "A long article",
    outlet: "Bench Daily",
    url: null,
    publishedAt: "2025-01-01",
    publishedAtSource: "metadata",
    issuer: null,
    via: [],
    textLength: text.length,
    claims,
    text,
  };
  return { articles: [article], events: [], background: [], warnings: [] };
}

function claim(id, text, span, assertionSpan) {
  return {
    id,
    articleId: "big",
    language: "en",
    outlet: "Bench Daily",
    via: [],
    speaker: { name: "Minister", id: null, mention: null, mentionSpan: null, kind: "person", role: null, side: "XX" },
    date: { iso: "2025-01-01", basis: "published", text: null, span: null },
    kind: "indirect",
    assertion: text.slice(...assertionSpan),
    assertionSpan,
    quotes: [],
    cue: "said",
    cueSpan: null,
    span,
    topics: [],
    background: false,
    confidence: 0.8,
  };
}

function best(fn, reps) {
  let min = Infinity;
  for (let i = 0; i < reps; i++) {
    const t0 = performance.now();
    fn();
    min = Math.min(min, performance.now() - t0);
  }
  return min / 1000;
}

const sizes = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => n > 0);
const mbs = sizes.length > 0 ? sizes : [4, 8, 16];
renderHtml(bigResult(0.2)); // warm-up
const rows = [];
for (const mb of mbs) {
  const result = bigResult(mb);
  const claims = result.articles[0].claims.length;
  rows.push({ mb, claims, html: best(() => renderHtml(result), 2), md: best(() => renderMarkdown(result), 2) });
}
console.log("| article | claims | renderHtml | renderMarkdown |");
console.log("| --- | --- | --- | --- |");
for (const r of rows) console.log(`| ${r.mb} MB | ${r.claims.toLocaleString("en-US")} | ${r.html.toFixed(2)} s | ${r.md.toFixed(2)} s |`);
const first = rows[0];
const last = rows[rows.length - 1];
if (rows.length > 1)
  console.log(`\nrenderHtml ${last.mb} MB / ${first.mb} MB: ×${(last.html / first.html).toFixed(1)} (linear: ×${(last.mb / first.mb).toFixed(1)})`);
