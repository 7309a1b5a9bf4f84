import { extractClaims } from "./pipeline/extract.js";
import { ExtractOptionsSchema, type ExtractOptions } from "./pipeline/options.js";
import { parseOrThrow, ClaimdiffError } from "./errors.js";
import { resolveJobs } from "./parallel/jobs.js";
import type { ExtractPool } from "./parallel/pool.js";
import type { Settled } from "./parallel/protocol.js";
import type { ArticleInput } from "./schema/article.js";
import type { ExtractionResult } from "./schema/claim.js";

/** Options of {@link extractClaimsStream}: the extraction options plus how to run them. */
export type StreamOptions = ExtractOptions & {
  /**
   * Worker threads. 1 (the default) extracts in the calling thread; N > 1 runs a pool of up to N
   * threads; 0 one per core. Capped at the number of cores and, for an array, at its length.
   */
  jobs?: number;
  /**
   * Called for an article that fails (invalid input, or a bug) with the error and the article's
   * position in the input; the stream goes on with the next one. Without it the stream throws.
   */
  onError?: (error: Error, index: number) => void;
  /** A pool to use instead of starting one (it is left open). Its options apply, not these. */
  pool?: ExtractPool;
  /** Most articles in flight with jobs > 1 (default 8 × jobs: enough queued work that no thread waits for the next message). */
  window?: number;
};

/** What {@link extractClaimsStream} reads: an array, a generator, or any async iterable of articles. */
export type ArticleSource = Iterable<ArticleInput> | AsyncIterable<ArticleInput>;
type Source = ArticleSource;

const STREAM_KEYS = new Set(["jobs", "onError", "pool", "window"]);

function splitOptions(options: StreamOptions, source: Source): { extract: ExtractOptions; jobs: number } {
  if (options === null || typeof options !== "object" || Array.isArray(options)) {
    throw new ClaimdiffError("invalid_options", "Invalid options: extractClaimsStream takes an options object such as { jobs: 4 }.");
  }
  const extract: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(options)) if (!STREAM_KEYS.has(k)) extract[k] = v;
  parseOrThrow(
    ExtractOptionsSchema,
    extract,
    "invalid_options",
    "extraction options",
    "allowed: packs, fallbackLanguage, firstParty, minConfidence, lexicon, model, and for streams jobs, onError, pool, window.",
  );
  let jobs = options.pool ? options.pool.jobs : resolveJobs(options.jobs ?? 1);
  if (Array.isArray(source)) jobs = Math.max(1, Math.min(jobs, source.length));
  if (options.window !== undefined && (!Number.isInteger(options.window) || options.window < 1)) {
    throw new ClaimdiffError("invalid_options", `Invalid options: window must be a whole number ≥ 1, not ${options.window}.`);
  }
  return { extract: extract as ExtractOptions, jobs };
}

function iteratorOf(source: Source): AsyncIterator<ArticleInput> | Iterator<ArticleInput> {
  if (source && typeof (source as AsyncIterable<ArticleInput>)[Symbol.asyncIterator] === "function")
    return (source as AsyncIterable<ArticleInput>)[Symbol.asyncIterator]();
  if (source && typeof (source as Iterable<ArticleInput>)[Symbol.iterator] === "function") return (source as Iterable<ArticleInput>)[Symbol.iterator]();
  throw new ClaimdiffError(
    "invalid_input",
    "Invalid input: extractClaimsStream needs an iterable or async iterable of articles (an array, a generator, a stream in object mode).",
  );
}

/**
 * Extracts the claims of many articles, yielding each {@link ExtractionResult} as soon as it and
 * every article before it are done: **results come in input order**. The input may be an array,
 * a generator or any async iterable (a database cursor, a readable stream in object mode); it is
 * read lazily, so memory stays bounded by the articles in flight — one with `jobs: 1`, at most
 * `window` (8 × jobs) with worker threads — plus what the consumer keeps. The stream pulls the
 * next article only when there is room, so a slow consumer slows the reading (backpressure).
 *
 * With `jobs > 1` the work runs on a pool of worker threads (piscina) started for the stream and
 * closed when it ends, is broken off, or fails.
 *
 * @example
 * for await (const r of extractClaimsStream(readArticles(), { jobs: 4 })) {
 *   process.stdout.write(JSON.stringify(r.claims) + "\n");
 * }
 * @throws {ClaimdiffError} `invalid_options` for bad options; the error of an article that fails, unless `onError` is given.
 */
export async function* extractClaimsStream(articles: ArticleSource, options: StreamOptions = {}): AsyncGenerator<ExtractionResult, void, undefined> {
  const { extract, jobs } = splitOptions(options, articles);
  const it = iteratorOf(articles);
  const onError = options.onError;
  let finished = false;
  const next = async (): Promise<IteratorResult<ArticleInput>> => {
    const r = await it.next();
    if (r.done) finished = true;
    return r;
  };
  try {
    if (jobs <= 1 && !options.pool) {
      for (let index = 0; ; index++) {
        const n = await next();
        if (n.done) return;
        let result: ExtractionResult;
        try {
          result = extractClaims(n.value, extract);
        } catch (e) {
          if (!onError) throw e;
          onError(e as Error, index);
          continue;
        }
        yield result;
      }
    }
    yield* pooled(next, extract, jobs, options);
  } finally {
    if (!finished) await it.return?.();
  }
}

/** Most articles in one task of the pool, and about the most characters of text. */
const MAX_BATCH = 32;
const BATCH_CHARS = 256_000;

/** Characters of an article's text or HTML (0 when it has neither: it fails alone in its batch). */
const sizeOf = (a: ArticleInput): number =>
  a && typeof a === "object" ? (typeof a.text === "string" ? a.text.length : typeof a.html === "string" ? a.html.length : 0) : 0;

/**
 * Runs articles on a pool, at most `window` at a time, yielding in input order. Articles go to the
 * threads in batches (a task costs a message each way and a thread woken: for articles of a few
 * kilobytes, as much as extracting them), as many per batch as leaves every thread two batches
 * in the window, at most MAX_BATCH articles or BATCH_CHARS characters.
 */
async function* pooled(
  next: () => Promise<IteratorResult<ArticleInput>>,
  extract: ExtractOptions,
  jobs: number,
  options: StreamOptions,
): AsyncGenerator<ExtractionResult, void, undefined> {
  // The pool (and piscina) is loaded only when threads are asked for.
  const pool = options.pool ?? (await import("./parallel/pool.js")).createExtractPool({ jobs, options: extract });
  const window = options.window ?? 8 * jobs;
  const batchSize = Math.max(1, Math.min(MAX_BATCH, Math.floor(window / (2 * pool.jobs))));
  const queue: { size: number; results: Promise<Settled[]> }[] = [];
  let inFlight = 0;
  let done = false;
  let index = 0;
  const send = (batch: ArticleInput[]) => {
    const results =
      batch.length === 1
        ? pool.run(batch[0]!).then(
            (value): Settled[] => [{ ok: true, value }],
            (error: Error): Settled[] => [{ ok: false, error }],
          )
        : pool.runBatch(batch).catch((error: Error) => batch.map((): Settled => ({ ok: false, error })));
    queue.push({ size: batch.length, results });
  };
  const fill = async () => {
    let batch: ArticleInput[] = [];
    let chars = 0;
    while (!done && inFlight < window) {
      const n = await next();
      if (n.done) {
        done = true;
        break;
      }
      batch.push(n.value);
      inFlight++;
      chars += sizeOf(n.value);
      if (batch.length >= batchSize || chars >= BATCH_CHARS) {
        send(batch);
        batch = [];
        chars = 0;
      }
    }
    if (batch.length) send(batch);
  };
  try {
    await fill();
    while (queue.length) {
      const b = queue.shift()!;
      const results = await b.results;
      inFlight -= b.size;
      await fill(); // keep the threads busy while the consumer handles these results
      for (const r of results) {
        const i = index++;
        if (r.ok) yield r.value;
        else if (options.onError) options.onError(r.error, i);
        else throw r.error;
      }
    }
  } finally {
    if (!options.pool) await pool.close();
  }
}
