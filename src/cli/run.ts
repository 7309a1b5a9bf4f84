import { parseArgs } from "node:util";
import { z } from "zod";
import { readFileSync, writeFileSync } from "node:fs";
import { extractClaimsStream } from "../stream.js";
import { compareClaims, CompareOptionsSchema, type CompareOptions } from "../compare/index.js";
import { renderMarkdown } from "../report/markdown.js";
import { renderHtml } from "../report/html.js";
import { createProgress, type ProgressStream } from "../report/progress.js";
import { scoreResult, formatScore } from "../eval/score.js";
import { ClaimdiffError } from "../errors.js";
import type { ExtractionResult } from "../schema/claim.js";
import { loadArticle, type ArticleOverrides } from "./files.js";
import { extractionMarkdown } from "./extract-md.js";
import { VERSION } from "../version.js";

/** Where the CLI reads and writes: the real process by default, buffers in tests. */
export interface CliIO {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  stdin: () => string;
  /** Where a progress bar may be drawn (it is, only on a TTY); none in tests. */
  progressStream?: ProgressStream;
}

const HELP = `claimdiff ${VERSION}: who said what, when — and where the accounts disagree.

Usage:
  claimdiff extract FILE... [options]     claims of each article
  claimdiff compare FILE... [options]     events, accounts, alignments and disagreements
  claimdiff eval --gold GOLD.json FILE...  score extraction and comparison against a gold file

FILE is NAME.txt, NAME.md or NAME.html (a sidecar NAME.json may hold id-less metadata:
language, publishedAt, outlet, url, issuer, title), or - for standard input.

Options:
  --format json|ndjson|md|html   output format (extract: json, ndjson (an article a line), md;
                                 compare: json, ndjson (an event a line), md, html)
  --out FILE                     write the output to FILE instead of standard output
  --lang CODE                    language of every input (default: sidecar, else detected)
  --published DATE               publication date of every input (ISO)
  --outlet NAME                  outlet of every input
  --issuer NAME                  issuer of first-party documents (e.g. "Kremlin")
  --threshold X                  compare: alignment similarity threshold, 0–1 (default 0.45)
  --rules a,b                    compare: disagreement rules to run (omission,characterization,factual,stance)
  --min-confidence X             compare: ignore claims below this confidence, 0–1
  --event-window N               compare: days a readout may trail its event (default 1)
  --verbose                      eval: list misses and errors
  -j, --jobs N                   extract on N worker threads (0: one per core; default 1)
  --quiet                        no progress bar
  -h, --help                     this help
  -v, --version                  the version

Exit codes: 0 success, 1 an input could not be read or parsed (the others are still
processed), 2 wrong usage.`;

const FORMATS: Record<string, string[]> = { extract: ["json", "ndjson", "md"], compare: ["json", "ndjson", "md", "html"], eval: ["text", "json"] };

/**
 * Runs the command line. Returns the exit code.
 *
 * @example await runCli(["extract", "a.txt", "--format", "ndjson"], io)
 */
export async function runCli(argv: string[], io: CliIO): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv, allowPositionals: true, strict: true,
      options: {
        format: { type: "string" }, out: { type: "string" }, lang: { type: "string" }, published: { type: "string" },
        outlet: { type: "string" }, issuer: { type: "string" }, gold: { type: "string" }, verbose: { type: "boolean" },
        quiet: { type: "boolean" }, json: { type: "boolean" }, threshold: { type: "string" }, rules: { type: "string" },
        "min-confidence": { type: "string" }, "event-window": { type: "string" }, jobs: { type: "string", short: "j" }, help: { type: "boolean", short: "h" }, version: { type: "boolean", short: "v" },
      },
    });
  } catch (e) {
    io.stderr(`claimdiff: ${(e as Error).message}\nRun 'claimdiff --help' for usage.\n`);
    return 2;
  }
  const { values: o, positionals } = parsed;
  if (o.help) { io.stdout(`${HELP}\n`); return 0; }
  if (o.version) { io.stdout(`${VERSION}\n`); return 0; }
  const [command, ...files] = positionals;
  const usage = (msg: string) => { io.stderr(`claimdiff: ${msg}\nRun 'claimdiff --help' for usage.\n`); return 2; };
  if (!command) return usage("missing command: extract, compare or eval");
  if (!FORMATS[command]) return usage(`unknown command "${command}": use extract, compare or eval`);
  if (files.length === 0) return usage(`${command} needs at least one FILE (or - for standard input)`);
  const format = o.format ?? (command === "eval" ? (o.json ? "json" : "text") : "json");
  if (!FORMATS[command]!.includes(format)) return usage(`--format ${format} is not available for ${command}: use ${FORMATS[command]!.join(", ")}`);
  if (format === "html" && !o.out) return usage("--format html needs --out FILE");
  if (command === "eval" && !o.gold) return usage("eval needs --gold GOLD.json");
  if (o.published && !/^\d{4}-\d{2}-\d{2}/.test(o.published)) return usage(`--published ${o.published} is not an ISO date such as 2017-01-28`);

  // Comparison options, validated by the engine's own schema (a bad value is a usage error).
  const num = (v: string | undefined) => (v === undefined ? undefined : Number(v));
  const compareOptions: CompareOptions = {
    ...(o.threshold !== undefined ? { threshold: num(o.threshold) } : {}),
    ...(o.rules !== undefined ? { rules: o.rules.split(",").map((x) => x.trim()).filter(Boolean) as CompareOptions["rules"] } : {}),
    ...(o["min-confidence"] !== undefined ? { minConfidence: num(o["min-confidence"]) } : {}),
    ...(o["event-window"] !== undefined ? { eventWindowDays: num(o["event-window"]) } : {}),
  };
  const checked = CompareOptionsSchema.safeParse(compareOptions);
  if (!checked.success) return usage(`invalid comparison option:\n${z.prettifyError(checked.error)}`);

  const jobs = o.jobs === undefined ? 1 : Number(o.jobs);
  if (!Number.isInteger(jobs) || jobs < 0 || jobs > 256) return usage(`--jobs ${o.jobs} is not a number of threads (0 = one per core)`);

  const overrides: ArticleOverrides = { language: o.lang, publishedAt: o.published, outlet: o.outlet, issuer: o.issuer };
  let failed = false;
  const fail = (msg: string) => { failed = true; io.stderr(`claimdiff: ${msg}\n`); };
  const emit = (s: string) => { if (o.out) writeFileSync(o.out, s); else io.stdout(s); };

  const progress = createProgress({ total: files.length, quiet: o.quiet === true || !io.progressStream, ...(io.progressStream ? { stream: io.progressStream } : {}) });
  const results: ExtractionResult[] = [];
  const ndjson = command === "extract" && format === "ndjson";
  const lines: string[] = [];
  // Articles are read lazily and extracted in input order (on worker threads with --jobs N);
  // a file that cannot be read or parsed is named on stderr and the others go on.
  const names: string[] = [];
  function* articles() {
    for (const f of files) {
      try {
        const { article } = loadArticle(f, overrides, io.stdin);
        names.push(f);
        yield article;
      } catch (e) {
        fail(`${f}: ${(e as Error).message}`);
        progress.tick(f);
      }
    }
  }
  const stream = extractClaimsStream(articles(), {
    jobs,
    onError: (e, i) => { fail(`${names[i] ?? "input"}: ${e instanceof ClaimdiffError ? e.message : (e as Error).message}`); progress.tick(names[i] ?? ""); },
  });
  for await (const r of stream) {
    results.push(r);
    for (const w of r.warnings) if (w.code !== "unclosed-quote") io.stderr(`claimdiff: ${r.article.id}: ${w.message}\n`);
    if (ndjson) {
      const line = `${JSON.stringify(articleJson(r))}\n`;
      if (o.out) lines.push(line); else io.stdout(line);
    }
    progress.tick(r.article.id);
  }
  progress.stop();

  if (command === "extract") {
    if (format === "json") emit(`${JSON.stringify({ articles: results.map(articleJson) }, null, 1)}\n`);
    else if (format === "ndjson") { if (o.out) writeFileSync(o.out, lines.join("")); }
    else emit(extractionMarkdown(results));
  } else if (command === "compare") {
    const cmp = compareClaims(results, compareOptions);
    if (format === "json") emit(`${JSON.stringify(cmp, null, 1)}\n`);
    else if (format === "ndjson") emit(cmp.events.map((e) => `${JSON.stringify(e)}\n`).join("")); // one event per line
    else if (format === "md") emit(renderMarkdown(cmp));
    else emit(renderHtml(cmp));
  } else {
    let gold: unknown;
    try {
      gold = JSON.parse(readFileSync(o.gold!, "utf8"));
    } catch (e) {
      fail(`cannot read the gold file ${o.gold}: ${(e as Error).message}`);
      return 1;
    }
    const report = scoreResult(gold, compareClaims(results, compareOptions));
    emit(format === "json" ? `${JSON.stringify(report, null, 1)}\n` : `${formatScore(report, o.verbose === true)}\n`);
  }
  return failed ? 1 : 0;
}

/** An extraction result as one article entry of the JSON output (design/evaluation.md). */
function articleJson(r: ExtractionResult) {
  return { ...r.article, claims: r.claims, warnings: r.warnings };
}
