import { parseArgs } from "node:util";
import { readFileSync, writeFileSync } from "node:fs";
import { extractClaims } from "../pipeline/extract.js";
import { compareClaims } from "../compare/index.js";
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
  --format json|ndjson|md|html   output format (extract: json, ndjson, md; compare: json, md, html)
  --out FILE                     write the output to FILE instead of standard output
  --lang CODE                    language of every input (default: sidecar, else detected)
  --published DATE               publication date of every input (ISO)
  --outlet NAME                  outlet of every input
  --issuer NAME                  issuer of first-party documents (e.g. "Kremlin")
  --verbose                      eval: list misses and errors
  --quiet                        no progress bar
  -h, --help                     this help
  -v, --version                  the version

Exit codes: 0 success, 1 an input could not be read or parsed (the others are still
processed), 2 wrong usage.`;

const FORMATS: Record<string, string[]> = { extract: ["json", "ndjson", "md"], compare: ["json", "md", "html"], eval: ["text", "json"] };

/**
 * Runs the command line. Returns the exit code.
 *
 * @example runCli(["extract", "a.txt", "--format", "ndjson"], io)
 */
export function runCli(argv: string[], io: CliIO): number {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv, allowPositionals: true, strict: true,
      options: {
        format: { type: "string" }, out: { type: "string" }, lang: { type: "string" }, published: { type: "string" },
        outlet: { type: "string" }, issuer: { type: "string" }, gold: { type: "string" }, verbose: { type: "boolean" },
        quiet: { type: "boolean" }, json: { type: "boolean" }, help: { type: "boolean", short: "h" }, version: { type: "boolean", short: "v" },
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

  const overrides: ArticleOverrides = { language: o.lang, publishedAt: o.published, outlet: o.outlet, issuer: o.issuer };
  let failed = false;
  const fail = (msg: string) => { failed = true; io.stderr(`claimdiff: ${msg}\n`); };
  const emit = (s: string) => { if (o.out) writeFileSync(o.out, s); else io.stdout(s); };

  const progress = createProgress({ total: files.length, quiet: o.quiet === true || !io.progressStream, ...(io.progressStream ? { stream: io.progressStream } : {}) });
  const results: ExtractionResult[] = [];
  const ndjson = command === "extract" && format === "ndjson";
  const lines: string[] = [];
  for (const f of files) {
    try {
      const { article } = loadArticle(f, overrides, io.stdin);
      const r = extractClaims(article);
      results.push(r);
      for (const w of r.warnings) if (w.code !== "unclosed-quote") io.stderr(`claimdiff: ${f}: ${w.message}\n`);
      if (ndjson) {
        const line = `${JSON.stringify(articleJson(r))}\n`;
        if (o.out) lines.push(line); else io.stdout(line);
      }
    } catch (e) {
      fail(e instanceof ClaimdiffError ? `${f}: ${e.message}` : `${f}: ${(e as Error).message}`);
    }
    progress.tick(f);
  }
  progress.stop();

  if (command === "extract") {
    if (format === "json") emit(`${JSON.stringify({ articles: results.map(articleJson) }, null, 1)}\n`);
    else if (format === "ndjson") { if (o.out) writeFileSync(o.out, lines.join("")); }
    else emit(extractionMarkdown(results));
  } else if (command === "compare") {
    const cmp = compareClaims(results);
    if (format === "json") emit(`${JSON.stringify(cmp, null, 1)}\n`);
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
    const report = scoreResult(gold, compareClaims(results));
    emit(format === "json" ? `${JSON.stringify(report, null, 1)}\n` : `${formatScore(report, o.verbose === true)}\n`);
  }
  return failed ? 1 : 0;
}

/** An extraction result as one article entry of the JSON output (design/evaluation.md). */
function articleJson(r: ExtractionResult) {
  return { ...r.article, claims: r.claims, warnings: r.warnings };
}
