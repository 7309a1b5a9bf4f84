#!/usr/bin/env node
// npm run bench: builds, then measures extraction throughput, comparison time, memory, hostile
// input and the worker speed-up on this machine, and prints a Markdown report.
//
// Each measurement runs in its own child process, so that its peak RSS is its own.
// CLAIMDIFF_DIST=path/to/dist overrides the build measured (default: ../dist/).
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { availableParallelism, cpus, loadavg, platform, release, totalmem } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { fixtures, seeds, shifted } from "./bench-input.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const dist = process.env.CLAIMDIFF_DIST ?? join(root, "dist");
const MB = 1e6;

// ---------------------------------------------------------------------------------------------
// Fixtures

const bytes = (s) => Buffer.byteLength(s, "utf8");

/** The fixtures replicated (ids made unique) until they hold at least `minBytes` of text. */
function corpus(minBytes) {
  const base = fixtures();
  const out = [];
  let total = 0;
  for (let r = 0; total < minBytes; r++) {
    for (const a of base) {
      out.push({ ...a, id: `${a.id}~${r}` });
      total += bytes(a.text);
    }
  }
  return { articles: out, bytes: total };
}

/** The fastest of three runs, in milliseconds. */
function bestOf3(fn) {
  let best = Infinity;
  for (let k = 0; k < 3; k++) {
    const t0 = performance.now();
    fn();
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

const lib = async () => import(pathToFileURL(join(dist, "index.js")).href);
const peakRssMB = () => process.resourceUsage().maxRSS / 1024;

// ---------------------------------------------------------------------------------------------
// Phases (each runs in a child process and prints one JSON line)

const phases = {
  /** One core: the ≥ 10 MB corpus, then the seeds alone. */
  async extract() {
    const { extractClaims } = await lib();
    const { articles, bytes: total } = corpus(10 * MB);
    for (const a of fixtures()) extractClaims(a); // warm-up
    let t0 = performance.now();
    let claims = 0;
    for (const a of articles) claims += extractClaims(a).claims.length;
    const s = (performance.now() - t0) / 1000;
    const sd = seeds();
    const reps = 200;
    t0 = performance.now();
    for (let r = 0; r < reps; r++) for (const a of sd) extractClaims(a);
    const ss = (performance.now() - t0) / 1000;
    return {
      articles: articles.length,
      mb: total / MB,
      seconds: s,
      claims,
      articlesPerSec: articles.length / s,
      mbPerSec: total / MB / s,
      seedArticlesPerSec: (reps * sd.length) / ss,
      seedMeanKB: sd.reduce((n, a) => n + bytes(a.text), 0) / sd.length / 1000,
      peakRssMB: peakRssMB(),
    };
  },

  /** The same corpus through extractClaimsStream: in the calling thread, then on N worker threads. */
  async workers() {
    const { extractClaimsStream, extractClaims } = await lib();
    if (!extractClaimsStream) return { missing: "extractClaimsStream is not exported from dist/index.js" };
    const { articles, bytes: total } = corpus(10 * MB);
    for (const a of fixtures()) extractClaims(a);
    const jobs = availableParallelism();
    // Both runs are timed warm: the main thread has extracted the fixtures above, and the pool's
    // threads extract them too before timing (module load, JIT and pack compilation are per thread).
    const { createExtractPool } = await import(pathToFileURL(join(dist, "node.js")).href);
    const pool = createExtractPool({ jobs });
    await Promise.all([...fixtures(), ...fixtures()].map((a) => pool.run(a)));
    const run = async (j) => {
      const t0 = performance.now();
      let n = 0;
      for await (const r of extractClaimsStream(articles, j > 1 ? { jobs: j, pool } : { jobs: 1 })) n += r.claims.length > -1 ? 1 : 0;
      return { seconds: (performance.now() - t0) / 1000, n };
    };
    const one = await run(1);
    const many = await run(jobs);
    await pool.close();
    return {
      jobs,
      mb: total / MB,
      articles: articles.length,
      oneSeconds: one.seconds,
      manySeconds: many.seconds,
      speedup: one.seconds / many.seconds,
      peakRssMB: peakRssMB(),
    };
  },

  /** compareClaims over n articles: the fixtures' results replicated with shifted dates, ids and outlets. */
  async compare(n) {
    const { extractClaims, compareClaims } = await lib();
    const base = fixtures().map((a) => extractClaims(a));
    const results = [];
    for (let r = 0; results.length < n; r++) for (const b of base) if (results.length < n) results.push(shifted(b, r));
    compareClaims(results.slice(0, 50)); // warm-up
    const t0 = performance.now();
    const cmp = compareClaims(results);
    const seconds = (performance.now() - t0) / 1000;
    return { articles: results.length, claims: results.reduce((k, x) => k + x.claims.length, 0), events: cmp.events.length, seconds, peakRssMB: peakRssMB() };
  },

  /** Hostile inputs, as ratios to 1 MB of ordinary English text (best of 3 each). */
  async hostile() {
    const { extractClaims } = await lib();
    const fill = (unit, size = MB) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
    const english = fixtures()
      .filter((a) => a.language === "en" && (a.id.includes("-en-") || a.id.startsWith("en-")))
      .map((a) => a.text);
    const time = (text) => bestOf3(() => extractClaims({ id: "h", text, language: "en", publishedAt: "2021-12-07" }));
    const ordinary = time(fill(`${english.join("\n\n")}\n\n`));
    const cases = [
      ["1 MB of unclosed quotation marks", fill("“")],
      ["1 MB of unclosed quotes between words", fill("“Putin said that ")],
      ["100k alternating quotation marks", "“”".repeat(50_000)],
      ["1 MB of alternating quotes around words", fill("“Putin said” ")],
      ["a 1 MB word with no spaces", fill("a")],
      ["50k nested brackets", `${"(".repeat(50_000)}Putin said${")".repeat(50_000)}`],
      ["a 1 MB line of dashes", fill("-")],
      ["1 MB sentence of cues (“he said he said …”)", fill("he said ")],
      ["1 MB of one-line paragraphs with an open quote", fill("“Putin\n")],
      ["1 MB of CRLF lines", fill("a\r\n")],
    ];
    return {
      ordinaryMs: ordinary,
      cases: cases.map(([name, text]) => {
        const ms = time(text);
        return { name, chars: text.length, ms, ratio: ms / ordinary };
      }),
    };
  },

  /** HTML input: an ordinary page against hostile nesting, per byte (best of 3 each). */
  async html() {
    const { extractClaims } = await lib();
    const english = fixtures()
      .filter((a) => a.language === "en")
      .map((a) => a.text)
      .join("\n\n");
    const paras = english
      .split(/\n+/)
      .filter(Boolean)
      .map((p) => `<p>${p.replace(/[<&]/g, " ")}</p>`)
      .join("\n");
    const page = (body) => `<!doctype html><html lang="en"><head><title>t</title></head><body><article>${body}</article></body></html>`;
    const ordinary = page(
      paras
        .repeat(Math.ceil(MB / paras.length))
        .slice(0, MB)
        .replace(/<[^>]*$/, ""),
    );
    const time = (html) => bestOf3(() => extractClaims({ id: "h", html, language: "en", publishedAt: "2021-12-07" }));
    const base = time(ordinary) / ordinary.length;
    const cases = [
      ["100k nested <div> elements", page(`${"<div>".repeat(100_000)}<p>Deep text.</p>${"</div>".repeat(100_000)}`)],
      ["50k nested <div> elements", page(`${"<div>".repeat(50_000)}<p>Deep text.</p>${"</div>".repeat(50_000)}`)],
      ["100k nested <span> elements", page(`${"<span>".repeat(100_000)}Deep text.${"</span>".repeat(100_000)}`)],
      ["100k stray closing tags, 1k deep", page(`${"<div>".repeat(1000)}${"</span>".repeat(100_000)}${"</div>".repeat(1000)}`)],
    ];
    return {
      ordinaryMs: base * ordinary.length,
      ordinaryChars: ordinary.length,
      cases: cases.map(([name, html]) => {
        const ms = time(html);
        return { name, chars: html.length, ms, ratio: ms / html.length / base };
      }),
    };
  },

  /** The cost of importing the core entry next to zod's (CPU time, median of 7 fresh processes). */
  async imports() {
    const cost = (spec) => {
      const code = `const t = process.cpuUsage(); await import(${JSON.stringify(spec)}); const u = process.cpuUsage(t); console.log((u.user + u.system) / 1000);`;
      const xs = [];
      for (let i = 0; i < 7; i++)
        xs.push(Number(spawnSync(process.execPath, ["--input-type=module", "-e", code], { encoding: "utf8", cwd: root }).stdout.trim()));
      return xs.sort((a, b) => a - b)[3];
    };
    const zod = cost("zod");
    const core = cost(pathToFileURL(join(dist, "index.js")).href);
    return { zodMs: zod, coreMs: core, ratio: core / zod };
  },

  /**
   * Extraction against the naive baseline of issue 11 (compromise's quotations, scripts/dev/
   * naive-baseline.mjs) on the same ≥ 3.4 MB of articles, both warm, in one process: the ratio of
   * their times (issue 14 asks ≥ ×15).
   */
  async baseline() {
    const { extractClaims } = await lib();
    let nlp;
    try {
      nlp = (await import("compromise")).default;
    } catch {
      return { missing: "compromise is not installed (a devDependency: npm ci)" };
    }
    const { articles, bytes: total } = corpus(3.4 * MB);
    for (const a of fixtures()) {
      extractClaims(a);
      nlp(a.text).quotations().json({ offset: true });
    }
    // CPU time of this process, not wall time: on a machine shared with other jobs, wall time counts
    // the waits for a core. Ours: the mean of three runs (the baseline's one long run is a mean too).
    const cpu = (fn) => {
      const c0 = process.cpuUsage();
      fn();
      const c = process.cpuUsage(c0);
      return (c.user + c.system) / 1000;
    };
    const ours =
      cpu(() => {
        for (let k = 0; k < 3; k++) for (const a of articles) extractClaims(a);
      }) / 3;
    const theirs = cpu(() => {
      for (const a of articles) nlp(a.text).quotations().json({ offset: true });
    });
    return { mb: total / MB, articles: articles.length, oursSeconds: ours / 1000, baselineSeconds: theirs / 1000, ratio: theirs / ours };
  },

  /** One English article of `mb` MB (default 50). */
  async large(mb = 50) {
    const { extractClaims } = await lib();
    const english = fixtures()
      .filter((a) => a.id.includes("-en-") || a.id.startsWith("en-"))
      .map((a) => a.text)
      .join("\n\n");
    const text = english.repeat(Math.ceil((mb * MB) / english.length)).slice(0, mb * MB);
    const t0 = performance.now();
    const r = extractClaims({ id: "big", text, language: "en", publishedAt: "2021-12-07" });
    const seconds = (performance.now() - t0) / 1000;
    return { mb: text.length / MB, seconds, claims: r.claims.length, peakRssMB: peakRssMB() };
  },

  /** 100k small articles streamed from a generator, results dropped as they come. */
  async batch() {
    const { extractClaimsStream } = await lib();
    if (!extractClaimsStream) return { missing: "extractClaimsStream is not exported from dist/index.js" };
    const n = 100_000;
    function* small() {
      for (let i = 0; i < n; i++)
        yield {
          id: `s${i}`,
          text: `“Talks will continue in ${(i % 28) + 1} days,” Kremlin spokesman Dmitry Peskov told reporters on Monday. He said the sides had agreed to meet again.`,
          language: "en",
          publishedAt: "2025-05-16",
        };
    }
    const t0 = performance.now();
    let claims = 0;
    for await (const r of extractClaimsStream(small())) claims += r.claims.length;
    const seconds = (performance.now() - t0) / 1000;
    return { articles: n, claims, seconds, articlesPerSec: n / seconds, peakRssMB: peakRssMB() };
  },
};

// ---------------------------------------------------------------------------------------------
// Orchestration

function child(phase, arg) {
  const r = spawnSync(process.execPath, [fileURLToPath(import.meta.url), "--phase", phase, ...(arg ? [String(arg)] : [])], {
    encoding: "utf8",
    maxBuffer: 64 * MB,
    env: process.env,
  });
  if (r.status !== 0) throw new Error(`bench phase ${phase} failed:\n${r.stderr}`);
  return JSON.parse(r.stdout.trim().split("\n").pop());
}

const f = (x, d = 1) => (typeof x === "number" ? x.toLocaleString("en-US", { minimumFractionDigits: d, maximumFractionDigits: d }) : String(x));

async function main() {
  const at = process.argv.indexOf("--phase");
  if (at >= 0) {
    const name = process.argv[at + 1];
    const arg = process.argv[at + 2];
    const out = await phases[name](arg ? Number(arg) : undefined);
    process.stdout.write(`${JSON.stringify(out)}\n`);
    return;
  }
  if (!existsSync(join(dist, "index.js"))) throw new Error(`no build at ${dist}: run npm run build (npm run bench does)`);
  const log = (s) => process.stderr.write(`bench: ${s}\n`);
  const load0 = loadavg()[0];
  log("extraction, one core, ≥ 10 MB…");
  const ex = child("extract");
  log("worker threads…");
  const wk = child("workers");
  log("compare 1k…");
  const c1 = child("compare", 1000);
  log("compare 10k…");
  const c10 = child("compare", 10000);
  log("hostile input…");
  const ho = child("hostile");
  log("the compromise baseline on 3.4 MB…");
  const bl = child("baseline");
  log("one 20 MB article…");
  const l20 = child("large", 20);
  log("one 50 MB article…");
  const lg = child("large");
  log("100k small articles…");
  const bt = child("batch");
  log("HTML input…");
  const ht = child("html");
  log("import cost…");
  const im = child("imports");

  const cpu = cpus()[0]?.model?.trim() ?? "unknown CPU";
  const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
  const lines = [];
  lines.push(`## claimdiff ${pkg.version} benchmark`);
  lines.push("");
  lines.push(
    `Machine: ${cpu}, ${cpus().length} cores (available parallelism ${availableParallelism()}), ${f(totalmem() / 2 ** 30, 0)} GiB, ${platform()} ${release()}, Node ${process.version}. Date: ${new Date().toISOString().slice(0, 10)}.`,
  );
  const load1 = loadavg()[0];
  if (Math.max(load0, load1) > 0.5)
    lines.push(
      `Load average ${f(load0, 2)} before, ${f(load1, 2)} after: other processes shared the CPU, so throughput and the worker speed-up are understated.`,
    );
  lines.push("");
  lines.push("| measurement | result | peak RSS |");
  lines.push("| --- | --- | --- |");
  lines.push(
    `| extraction, one core, ${f(ex.mb)} MB (${f(ex.articles, 0)} fixture articles, replicated) | **${f(ex.articlesPerSec, 0)} articles/s**, **${f(ex.mbPerSec, 2)} MB/s** | ${f(ex.peakRssMB, 0)} MB |`,
  );
  lines.push(`| extraction, one core, seed articles only (mean ${f(ex.seedMeanKB)} KB) | **${f(ex.seedArticlesPerSec, 0)} articles/s** | |`);
  if (bl.missing) lines.push(`| extraction against the compromise baseline | not measured: ${bl.missing} | |`);
  else
    lines.push(
      `| extraction against the compromise baseline (quotations), same ${f(bl.mb)} MB (${f(bl.articles, 0)} articles) | ${f(bl.oursSeconds, 2)} s vs ${f(bl.baselineSeconds, 2)} s of CPU: **×${f(bl.ratio, 1)} faster** | |`,
    );
  if (wk.missing) lines.push(`| worker threads | not measured: ${wk.missing} | |`);
  else
    lines.push(
      `| extractClaimsStream, ${f(wk.mb)} MB: 1 thread vs ${wk.jobs} worker threads (incl. pool start) | ${f(wk.oneSeconds, 2)} s vs ${f(wk.manySeconds, 2)} s: **speed-up ×${f(wk.speedup, 2)}** | ${f(wk.peakRssMB, 0)} MB |`,
    );
  lines.push(
    `| compareClaims, ${f(c1.articles, 0)} articles (${f(c1.claims, 0)} claims, ${f(c1.events, 0)} events) | **${f(c1.seconds * 1000, 0)} ms** | ${f(c1.peakRssMB, 0)} MB |`,
  );
  lines.push(
    `| compareClaims, ${f(c10.articles, 0)} articles (${f(c10.claims, 0)} claims, ${f(c10.events, 0)} events) | **${f(c10.seconds * 1000, 0)} ms** (growth ×${f(c10.seconds / c1.seconds)} for ×10 articles) | ${f(c10.peakRssMB, 0)} MB |`,
  );
  lines.push(
    `| one ${f(l20.mb, 0)} MB article | ${f(l20.seconds)} s (${f(l20.mb / l20.seconds, 2)} MB/s), ${f(l20.claims, 0)} claims | ${f(l20.peakRssMB, 0)} MB: **×${f(l20.peakRssMB / l20.mb, 1)} its size** |`,
  );
  lines.push(`| one ${f(lg.mb, 0)} MB article | ${f(lg.seconds)} s (${f(lg.mb / lg.seconds, 2)} MB/s), ${f(lg.claims, 0)} claims | ${f(lg.peakRssMB, 0)} MB |`);
  if (bt.missing) lines.push(`| 100k small articles | not measured: ${bt.missing} | |`);
  else
    lines.push(
      `| ${f(bt.articles, 0)} small articles streamed (extractClaimsStream, results dropped) | ${f(bt.seconds)} s (${f(bt.articlesPerSec, 0)} articles/s) | ${f(bt.peakRssMB, 0)} MB |`,
    );
  lines.push(`| importing the core entry (CPU time, fresh process) | ${f(im.coreMs, 0)} ms: **×${f(im.ratio, 1)} importing zod** (${f(im.zodMs, 0)} ms) | |`);
  lines.push("");
  lines.push(`Hostile input, time relative to 1 MB of ordinary English article text (${f(ho.ordinaryMs, 0)} ms), best of 3:`);
  lines.push("");
  lines.push("| input | size | time | ratio |");
  lines.push("| --- | --- | --- | --- |");
  for (const c of ho.cases) lines.push(`| ${c.name} | ${f(c.chars / 1000, 0)} k chars | ${f(c.ms, 0)} ms | ×${f(c.ratio, 2)} |`);
  lines.push("");
  lines.push(`HTML input, time per byte relative to an ordinary ${f(ht.ordinaryChars / 1000, 0)} k-char page (${f(ht.ordinaryMs, 0)} ms), best of 3:`);
  lines.push("");
  lines.push("| input | size | time | ratio per byte |");
  lines.push("| --- | --- | --- | --- |");
  for (const c of ht.cases) lines.push(`| ${c.name} | ${f(c.chars / 1000, 0)} k chars | ${f(c.ms, 0)} ms | ×${f(c.ratio, 2)} |`);
  process.stdout.write(`${lines.join("\n")}\n`);
}

main().catch((e) => {
  process.stderr.write(`${e.stack ?? e}\n`);
  process.exit(1);
});
