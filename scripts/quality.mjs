// Prints the measured extraction quality per language as a Markdown table: every gold file
// under fixtures/ (the seeds, the official readouts, one fixture per further language), scored
// by the rules of design/evaluation.md. Run after the build: npm run quality
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { join } from "node:path";
import { extractClaims, compareClaims, scoreResult } from "../dist/index.js";

const sets = [["fixtures/seeds", "seeds"], ["fixtures/readouts", "official readouts"]];
for (const code of readdirSync("fixtures/lang").sort()) sets.push([join("fixtures/lang", code), `fixture ${code}`]);

const rows = [];
const fmt = (x) => (x === null || x === undefined ? "—" : x.toFixed(2));
for (const [dir, label] of sets) {
  const gold = JSON.parse(readFileSync(join(dir, "gold.json"), "utf8"));
  const results = readdirSync(dir).filter((f) => f.endsWith(".txt")).sort().map((f) => {
    const id = f.replace(/\.txt$/, "");
    const side = join(dir, `${id}.json`);
    const meta = existsSync(side) ? JSON.parse(readFileSync(side, "utf8")) : {};
    return extractClaims({ id, text: readFileSync(join(dir, f), "utf8"), language: meta.language, publishedAt: meta.publishedAt, outlet: meta.outlet, url: meta.url, issuer: meta.issuer });
  });
  const cmp = compareClaims(results);
  const s = scoreResult(gold, cmp);
  const byLang = {};
  for (const [id, a] of Object.entries(gold.articles)) (byLang[a.language] ??= []).push(id);
  for (const lang of Object.keys(byLang)) {
    const one = scoreResult({ ...gold, articles: Object.fromEntries(byLang[lang].map((id) => [id, gold.articles[id]])), events: [] },
      { articles: cmp.articles.filter((a) => byLang[lang].includes(a.id)) });
    rows.push(`| ${lang} | ${label} | ${byLang[lang].length} | ${one.claims.required} | ${fmt(one.claims.precision)} | ${fmt(one.claims.recall)} | ${fmt(one.claims.f1)} | ${fmt(one.speakerAccuracy)} | ${fmt(one.sideAccuracy)} | ${fmt(one.dateAccuracy)} |`);
  }
  if (s.alignments.gold || s.disagreements.gold) {
    rows.push(`| all | ${label}: comparison | | | alignments ${s.alignments.found}/${s.alignments.gold} (precision ${fmt(s.alignments.precision)}) | disagreements ${s.disagreements.found}/${s.disagreements.gold} (precision ${fmt(s.disagreements.precision)}, ${s.disagreements.flagged} flagged) | traps ${s.disagreements.trapsRaised}/${s.disagreements.traps} | | | |`);
  }
}
console.log("| language | gold set | articles | required claims | precision | recall | F1 | speaker | side | date |");
console.log("|---|---|---|---|---|---|---|---|---|---|");
for (const r of rows) console.log(r);
