import { readFileSync } from "node:fs";
import { extractClaimsStream } from "../stream.js";
import { compareClaims, CompareOptionsSchema, type CompareOptions } from "../compare/index.js";
import { renderMarkdown } from "../report/markdown.js";
import { renderHtml } from "../report/html.js";
import { createProgress, type ProgressStream } from "../report/progress.js";
import { scoreResult, formatScore } from "../eval/score.js";
import { ClaimdiffError } from "../errors.js";
import { getLanguagePack, listLanguages } from "../lang/registry.js";
import { isIsoDateOrDateTime, type Warning } from "../schema/common.js";
import type { ArticleInput } from "../schema/article.js";
import type { ExtractionResult } from "../schema/claim.js";
import { decodeText } from "../input/decode.js";
import { fileError, readArticle, type ArticleOverrides } from "../input/files.js";
import { coreCount, MAX_JOBS } from "../parallel/jobs.js";
import { ALL_RULES } from "../compare/options.js";
import { VERSION } from "../version.js";
import { parseArgs, suggest, UsageError, type ParsedArgs } from "./args.js";
import { COMMANDS, FLAGS, FORMATS, commandHelp, globalHelp } from "./help.js";
import { sortInputs, skipNotices, type Input, type ResultEntry } from "./inputs.js";
import { checkOut, fileSink, OutputError, stdoutSink, type Sink } from "./output.js";
import { extractionMarkdown } from "./extract-md.js";

/** Where the CLI reads and writes: the real process by default, buffers in tests. */
export interface CliIO {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  /** Standard input, whole (read only when a FILE is `-`). */
  stdin: () => string | Uint8Array;
  /** Where a progress bar may be drawn (it is, only on a TTY); none in tests. */
  progressStream?: ProgressStream;
  /** Number of cores to assume (default: the machine's); tests set it. */
  cores?: number;
}

/** The checked options of a run. */
interface Run {
  command: "extract" | "compare" | "eval";
  format: string;
  out: string | undefined;
  overrides: ArticleOverrides;
  compare: CompareOptions;
  jobs: number;
  quiet: boolean;
  verbose: boolean;
  gold: string | undefined;
}

const CLI_FLAGS_FOR: Record<string, string> = {
  threshold: "--threshold",
  rules: "--rules",
  minConfidence: "--min-confidence",
  eventWindowDays: "--event-window",
};

/**
 * Runs the command line. Returns the exit code: 0 success, 1 an input or the output failed
 * (one line on stderr each, in words, with the path), 2 wrong usage. Never throws.
 *
 * @example await runCli(["extract", "a.txt", "--format", "ndjson"], io)
 */
export async function runCli(argv: string[], io: CliIO): Promise<number> {
  try {
    return await main(argv, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`claimdiff: ${e.message}\n${e.message.includes("claimdiff help") ? "" : "Run 'claimdiff --help' for usage.\n"}`);
      return 2;
    }
    if (e instanceof OutputError) {
      io.stderr(`claimdiff: ${e.message}\n`);
      return 1;
    }
    const err = e as Error;
    io.stderr(`claimdiff: internal error: ${err?.message ?? String(e)} (please report it; CLAIMDIFF_DEBUG=1 shows where)\n`);
    if (process.env["CLAIMDIFF_DEBUG"]) io.stderr(`${err?.stack ?? ""}\n`);
    return 1;
  }
}

async function main(argv: string[], io: CliIO): Promise<number> {
  const args = parseArgs(argv, FLAGS);
  const flag = (name: string) => args.flags.get(name);
  if (flag("version")) {
    io.stdout(`${VERSION}\n`);
    return 0;
  }
  const [command, ...files] = args.positionals;
  if (command === undefined) {
    if (flag("help")) {
      io.stdout(`${globalHelp()}\n`);
      return 0;
    }
    throw new UsageError("missing command: extract, compare or eval");
  }
  if (!(command in COMMANDS)) {
    const near = suggest(command, Object.keys(COMMANDS));
    throw new UsageError(`unknown command "${command}"${near ? `; did you mean ${near}?` : ": use extract, compare, eval or help"}`);
  }
  if (command === "help") {
    const topic = files[0];
    if (topic === undefined) io.stdout(`${globalHelp()}\n`);
    else if (topic in COMMANDS) io.stdout(`${commandHelp(topic)}\n`);
    else {
      const near = suggest(topic, Object.keys(COMMANDS));
      throw new UsageError(`no help on "${topic}"${near ? `; did you mean ${near}?` : ""}: the commands are extract, compare, eval`);
    }
    return 0;
  }
  if (flag("help")) {
    io.stdout(`${commandHelp(command)}\n`);
    return 0;
  }
  const run = checkRun(command as Run["command"], args);
  if (files.length === 0) throw new UsageError(`${command} needs at least one FILE (or - for standard input)`);

  const notice = (msg: string) => {
    if (!run.quiet) io.stderr(`claimdiff: ${msg}\n`);
  };
  const { inputs, skipped } = sortInputs(files, command);
  for (const line of skipNotices(skipped, command)) notice(line);
  const articles = inputs.filter((i) => i.kind === "article");
  if (inputs.length === 0)
    throw new UsageError(
      `no article among the FILEs: ${command} reads .txt, .md and .html${command === "extract" ? "" : ", and extraction results (.json, .ndjson)"}`,
    );

  // The output and the gold file are checked before any work.
  if (run.out) {
    const sidecars = articles.map((a) => a.path.replace(/\.[^./\\]+$/, ".json"));
    const problem = checkOut(run.out, [...files, ...sidecars, ...(run.gold ? [run.gold] : [])]);
    if (problem) throw new UsageError(problem);
  }
  let gold: unknown;
  if (run.gold) {
    try {
      gold = readGold(run.gold);
    } catch (e) {
      io.stderr(`claimdiff: ${(e as Error).message}\n`);
      return 1;
    }
  }

  // Threads: never more than the inputs or the cores, and say so when asked for more.
  const cores = io.cores ?? coreCount();
  const wanted = run.jobs === 0 ? cores : run.jobs;
  const jobs = Math.max(1, Math.min(wanted, cores, articles.length));
  if (jobs < wanted)
    notice(
      `--jobs ${run.jobs}: using ${jobs} thread${jobs === 1 ? "" : "s"} (${articles.length} input${articles.length === 1 ? "" : "s"}, ${cores} core${cores === 1 ? "" : "s"})`,
    );

  const failedInputs: Warning[] = [];
  const fail = (path: string, reason: string) => {
    failedInputs.push({ code: "input_failed", message: reason, input: path });
    io.stderr(`claimdiff: ${reason}\n`);
  };
  for (const i of inputs) if (i.kind === "failed") fail(i.path, i.reason);

  const sink: Sink = run.out ? fileSink(run.out) : stdoutSink(io.stdout);
  try {
    const stream = extractAll(articles, run, jobs, io, fail);
    if (run.command === "extract") await writeExtraction(stream, run.format, sink, failedInputs);
    else {
      const results: (ExtractionResult | ResultEntry)[] = [];
      for await (const r of stream) results.push(r);
      for (const i of inputs) if (i.kind === "results") results.push(...i.entries);
      const cmp = compareClaims(results as Parameters<typeof compareClaims>[0], run.compare);
      cmp.warnings.push(...failedInputs);
      if (run.command === "compare") {
        if (run.format === "json") sink.write(`${JSON.stringify(cmp, null, 1)}\n`);
        else if (run.format === "ndjson") for (const e of cmp.events) sink.write(`${JSON.stringify(e)}\n`);
        else if (run.format === "md") sink.write(renderMarkdown(cmp));
        else sink.write(renderHtml(cmp));
      } else {
        const report = scoreResult(gold, cmp);
        report.warnings.push(...failedInputs.map((w) => `input not read: ${w.message}`));
        sink.write(run.format === "json" ? `${JSON.stringify(report, null, 1)}\n` : `${formatScore(report, run.verbose)}\n`);
      }
    }
    sink.commit();
  } catch (e) {
    sink.abort();
    throw e;
  }
  return failedInputs.length ? 1 : 0;
}

/** The flags of a command, checked: wrong usage is a UsageError (exit 2), in the flags' terms. */
function checkRun(command: Run["command"], args: ParsedArgs): Run {
  for (const name of args.flags.keys()) {
    const f = FLAGS.find((x) => x.name === name)!;
    if (f.commands && !f.commands.includes(command)) {
      throw new UsageError(`--${name} is an option of ${f.commands.join(" and ")}, not of ${command}; see 'claimdiff help ${command}'`);
    }
  }
  const str = (name: string) => {
    const v = args.flags.get(name);
    return typeof v === "string" ? v : undefined;
  };
  const format = str("format") ?? (args.flags.get("json") ? "json" : FORMATS[command]![0]!);
  if (!FORMATS[command]!.includes(format)) {
    const near = suggest(format, FORMATS[command]!);
    throw new UsageError(`--format ${format} is not a format of ${command}${near ? `; did you mean ${near}?` : ""} (${FORMATS[command]!.join(", ")})`);
  }
  const out = str("out");
  if (format === "html" && !out) throw new UsageError("--format html needs --out FILE (the report is one HTML file)");
  const gold = str("gold");
  if (command === "eval" && !gold) throw new UsageError("eval needs --gold GOLD.json");

  const lang = str("lang");
  if (lang !== undefined) {
    try {
      getLanguagePack(lang);
    } catch {
      const near = suggest(lang.toLowerCase(), listLanguages());
      throw new UsageError(`--lang ${lang}: no language pack for "${lang}"${near ? `; did you mean ${near}?` : ""} (built-in: ${listLanguages().join(", ")})`);
    }
  }
  const published = str("published");
  if (published !== undefined && !isIsoDateOrDateTime(published)) {
    throw new UsageError(`--published ${published} is not a date of the calendar in ISO form, such as 2025-03-18 or 2025-03-18T18:40:00Z`);
  }

  const number = (name: string): number | undefined => {
    const v = str(name);
    if (v === undefined) return undefined;
    if (!/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(v.trim())) throw new UsageError(`--${name} ${v} is not a number`);
    return Number(v);
  };
  const compare: CompareOptions = {};
  const threshold = number("threshold");
  if (threshold !== undefined) compare.threshold = threshold;
  const minConfidence = number("min-confidence");
  if (minConfidence !== undefined) compare.minConfidence = minConfidence;
  const window = number("event-window");
  if (window !== undefined) compare.eventWindowDays = window;
  const rules = str("rules");
  if (rules !== undefined) {
    const list = rules.split(",").map((r) => r.trim());
    for (const r of list) {
      if (r === "") throw new UsageError(`--rules ${rules}: an empty rule name; give names separated by commas: ${ALL_RULES.join(",")}`);
      if (!(ALL_RULES as readonly string[]).includes(r)) {
        const near = suggest(r, ALL_RULES);
        throw new UsageError(`--rules: no rule "${r}"${near ? `; did you mean ${near}?` : ""} (rules: ${ALL_RULES.join(", ")})`);
      }
    }
    compare.rules = list as CompareOptions["rules"];
  }
  const checked = CompareOptionsSchema.safeParse(compare);
  if (!checked.success) {
    const issue = checked.error.issues[0]!;
    const key = String(issue.path[0] ?? "");
    const flagName = CLI_FLAGS_FOR[key] ?? key;
    throw new UsageError(`${flagName} ${String((compare as Record<string, unknown>)[key])}: ${issue.message.replace(new RegExp(`^${key}\\b`), "the value")}`);
  }

  const jobsText = str("jobs");
  let jobs = 1;
  if (jobsText !== undefined) {
    if (!/^\d+$/.test(jobsText.trim()) || Number(jobsText) > MAX_JOBS) {
      throw new UsageError(`--jobs ${jobsText} is not a number of threads: give a whole number from 1 to ${MAX_JOBS}, or 0 for one per core`);
    }
    jobs = Number(jobsText);
  }
  const overrides: ArticleOverrides = { language: lang, publishedAt: published, outlet: str("outlet"), issuer: str("issuer") };
  return { command, format, out, overrides, compare, jobs, quiet: args.flags.has("quiet"), verbose: args.flags.has("verbose"), gold };
}

/** Reads and checks a gold file; its problems are errors in words, with the path. */
function readGold(path: string): unknown {
  let text: string;
  try {
    text = decodeText(readFileSync(path)).text;
  } catch (e) {
    throw new Error(e instanceof ClaimdiffError ? `--gold ${path}: ${e.message.replace(/^(Invalid input|Not text): /, "")}` : fileError(e, path));
  }
  let gold: unknown;
  try {
    gold = JSON.parse(text);
  } catch (e) {
    throw new Error(`--gold ${path} is not valid JSON: ${(e as Error).message}`);
  }
  try {
    scoreResult(gold, { articles: [] });
  } catch (e) {
    if (e instanceof ClaimdiffError && e.code === "invalid_gold") {
      const first = e.issues[0];
      const where = first ? ` (${first.path.length ? `at ${first.path.join(".")}: ` : ""}${first.message})` : "";
      throw new Error(`--gold ${path} is not a gold annotation: expected {"articles": {ID: {"claims": [...]}}, "events": [...]}${where} [invalid_gold]`);
    }
    throw e;
  }
  return gold;
}

/** CLI words for the warnings of an extraction whose API wording names API fields. */
function warningText(w: Warning, path: string): string {
  if (w.code === "language_undetected" || w.code === "language_uncertain") {
    return `${w.message.replace(/ Pass article\.language to be sure\.?$/, "")} Give --lang, or "language" in the sidecar ${path.replace(/\.[^./]+$/, "")}.json.`;
  }
  return w.message;
}

/**
 * Reads and extracts the articles in order (on threads when jobs > 1), yielding each result;
 * an input that cannot be read or extracted is reported through `fail` and the others go on.
 */
async function* extractAll(
  inputs: readonly Input[],
  run: Run,
  jobs: number,
  io: CliIO,
  fail: (path: string, reason: string) => void,
): AsyncGenerator<ExtractionResult> {
  const progress = createProgress({
    total: inputs.length,
    quiet: run.quiet || !io.progressStream,
    ...(io.progressStream ? { stream: io.progressStream } : {}),
  });
  const paths: string[] = [];
  function* articles(): Generator<ArticleInput> {
    for (const input of inputs) {
      try {
        const read = readArticle(input.path, run.overrides, io.stdin);
        checkSidecarLanguage(read.article, input.path, run.overrides);
        for (const w of read.warnings) if (!run.quiet) io.stderr(`claimdiff: ${w}\n`);
        paths.push(input.path);
        yield read.article;
      } catch (e) {
        fail(input.path, e instanceof ClaimdiffError ? e.message : fileError(e, input.path));
        progress.tick(input.path);
      }
    }
  }
  const stream = extractClaimsStream(articles(), {
    jobs,
    onError: (e, i) => {
      const path = paths[i] ?? "input";
      fail(path, `${path}: ${e instanceof ClaimdiffError ? e.message : `internal error: ${e.message}`}`);
      progress.tick(path);
    },
  });
  let n = 0;
  try {
    for await (const r of stream) {
      const path = paths[n++] ?? r.article.id;
      for (const w of r.warnings) if (w.code !== "unclosed_quote") io.stderr(`claimdiff: ${path}: ${warningText(w, path)}\n`);
      progress.tick(r.article.id);
      yield r;
    }
  } finally {
    progress.stop();
  }
}

/** A language named by a sidecar must have a pack; said in the CLI's terms. */
function checkSidecarLanguage(article: ArticleInput, path: string, overrides: ArticleOverrides): void {
  const lang = article.language;
  if (!lang || overrides.language) return;
  try {
    getLanguagePack(lang);
  } catch {
    const sidecar = `${path.replace(/\.[^./]+$/, "")}.json`;
    throw new ClaimdiffError(
      "unknown_language",
      `the sidecar ${sidecar}: "language" ${JSON.stringify(lang)} has no language pack (built-in: ${listLanguages().join(", ")}); fix it or override it with --lang`,
    );
  }
}

/** An extraction result as one article entry of the JSON output: its metadata, claims and warnings. */
function articleJson(r: ExtractionResult) {
  return { ...r.article, claims: r.claims, warnings: r.warnings };
}

/**
 * Writes the extraction as it comes, keeping no result: JSON (`{"articles": [...], "warnings":
 * [...]}` written article by article), ndjson (an article a line) or Markdown (a table each).
 */
async function writeExtraction(stream: AsyncIterable<ExtractionResult>, format: string, sink: Sink, failed: readonly Warning[]): Promise<void> {
  let first = true;
  if (format === "json") sink.write('{\n "articles": [');
  for await (const r of stream) {
    if (format === "json") {
      sink.write(`${first ? "\n" : ",\n"}${indent(JSON.stringify(articleJson(r), null, 1), "  ")}`);
    } else if (format === "ndjson") sink.write(`${JSON.stringify(articleJson(r))}\n`);
    else sink.write(extractionMarkdown([r]));
    first = false;
  }
  if (format === "json") {
    sink.write(`${first ? "" : "\n "}],\n "warnings": ${failed.length ? indent(JSON.stringify(failed, null, 1), " ").trimStart() : "[]"}\n}\n`);
  } else if (format === "md" && failed.length) {
    sink.write(`## Inputs not read\n\n${failed.map((w) => `- ${mdEscape(w.message)}`).join("\n")}\n`);
  }
}

const indent = (json: string, pad: string) =>
  json
    .split("\n")
    .map((l) => pad + l)
    .join("\n");

/** Markdown-safe text for a line of the failed-inputs list. */
const mdEscape = (s: string) => s.replace(/[\\`*_[\]<>|#]/g, (c) => `\\${c}`).replace(/\s+/g, " ");
