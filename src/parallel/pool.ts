import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { Piscina } from "piscina";
import { ClaimdiffError, parseOrThrow } from "../errors.js";
import { resolveJobs } from "./jobs.js";
import { ExtractOptionsSchema, type ExtractOptions } from "../pipeline/options.js";
import type { ArticleInput } from "../schema/article.js";
import type { ExtractionResult } from "../schema/claim.js";
import type { Settled, WorkerData, WorkerError, WorkerReply } from "./protocol.js";

export type { Settled } from "./protocol.js";

/** Options of {@link createExtractPool}. */
export interface ExtractPoolOptions {
  /**
   * Most worker threads (default, and 0: one per core). A whole number from 1 to 1024, capped at
   * the number of cores; threads start only when there is work for them.
   */
  jobs?: number;
  /** Extraction options every worker uses (validated here, sent once per thread). */
  options?: ExtractOptions;
  /**
   * The worker module, if not the one next to this module (dist/worker.js or dist/worker.cjs;
   * src/parallel/worker.ts, loaded through tsx, when the TypeScript sources run).
   */
  workerFile?: string | URL;
  /** Extra Node flags for the worker threads. */
  execArgv?: string[];
}

/** A pool of worker threads that extract claims; see {@link createExtractPool}. */
export interface ExtractPool {
  /** Number of worker threads. */
  readonly jobs: number;
  /** Extracts one article in a worker. Rejects with a {@link ClaimdiffError} as extractClaims would throw it. */
  run(article: ArticleInput, signal?: AbortSignal): Promise<ExtractionResult>;
  /**
   * Extracts a batch of articles in one worker task: one message there and back for all of them,
   * which is what makes threads pay for short articles. Resolves to one entry per article, in
   * order: its result, or its error (an article that fails fails alone).
   */
  runBatch(articles: readonly ArticleInput[], signal?: AbortSignal): Promise<Settled[]>;
  /** Articles submitted whose result has not come back yet. */
  readonly pending: number;
  /** Threads running now: none before the first article, never more than `jobs`. */
  readonly threads: number;
  /** Stops the threads; tasks still queued are rejected. */
  close(): Promise<void>;
}

/** The file of this module, in the ESM build, the CJS build and the TypeScript sources alike. */
function thisFile(): string {
  // In the CJS build `__filename` is defined and `import.meta` is empty; in ESM the reverse.
  if (typeof __filename === "string") return __filename;
  return fileURLToPath(import.meta.url);
}

/** The worker module next to this one and the flags it needs: `.ts` sources run through tsx. */
export function defaultWorker(): { file: string; execArgv: string[] } {
  const here = thisFile();
  const dir = dirname(here);
  // tsx resolved from here, not from the working directory (which may be anywhere)
  if (here.endsWith(".ts")) return { file: join(dir, "worker.ts"), execArgv: ["--import", import.meta.resolve("tsx")] };
  return { file: join(dir, here.endsWith(".cjs") ? "worker.cjs" : "worker.js"), execArgv: [] };
}

export { resolveJobs } from "./jobs.js";

const POOL_KEYS = new Set(["jobs", "options", "workerFile", "execArgv"]);

/** Checks the options object of {@link createExtractPool}: an object with only the known keys. */
function checkPoolOptions(opts: unknown): ExtractPoolOptions {
  if (opts === undefined) return {};
  if (opts === null || typeof opts !== "object" || Array.isArray(opts)) {
    throw new ClaimdiffError("invalid_options", "Invalid options: createExtractPool takes an object such as { jobs: 4 }.");
  }
  const unknown = Object.keys(opts).filter((k) => !POOL_KEYS.has(k));
  if (unknown.length) {
    throw new ClaimdiffError(
      "invalid_options",
      `Invalid options: createExtractPool does not know ${unknown.map((k) => `"${k}"`).join(", ")}; allowed: ${[...POOL_KEYS].join(", ")}.`,
    );
  }
  const o = opts as ExtractPoolOptions;
  if (o.workerFile !== undefined && typeof o.workerFile !== "string" && !(o.workerFile instanceof URL)) {
    throw new ClaimdiffError("invalid_options", "Invalid options: workerFile must be a path or a file: URL.");
  }
  if (o.execArgv !== undefined && (!Array.isArray(o.execArgv) || o.execArgv.some((a) => typeof a !== "string"))) {
    throw new ClaimdiffError("invalid_options", "Invalid options: execArgv must be a list of strings.");
  }
  return o;
}

function toError(e: WorkerError): Error {
  const err = e.code ? new ClaimdiffError(e.code, e.message) : new Error(e.message);
  if (!e.code) err.name = e.name;
  if (e.stack) err.stack = e.stack;
  return err;
}

/**
 * Starts a pool of worker threads (piscina) that run `extractClaims`. Each thread loads
 * the library once and compiles the language packs once; articles are cloned to the threads and
 * results cloned back. The pool queues without limit: callers bound what they submit
 * (`extractClaimsStream` keeps at most 8 × jobs articles in flight). Close it when done.
 *
 * @example
 * const pool = createExtractPool({ jobs: 4 });
 * try { const r = await pool.run({ id: "a1", text: "…", language: "ro" }); } finally { await pool.close(); }
 * @throws {ClaimdiffError} `invalid_options` for bad options or jobs, or an unknown option.
 */
export function createExtractPool(init?: ExtractPoolOptions): ExtractPool {
  const opts = checkPoolOptions(init);
  const jobs = resolveJobs(opts.jobs);
  const { model, ...parsed } = parseOrThrow(
    ExtractOptionsSchema,
    opts.options ?? {},
    "invalid_options",
    "extraction options",
    "allowed: packs, fallbackLanguage, firstParty, minConfidence, lexicon, model.",
  );
  // A compiled model holds functions and does not cross to a thread: its packs and lexicon (plain data) do, and each thread compiles them once.
  const options = model ? { ...parsed, packs: [...model.packs], lexicon: model.lexicon.lexicon } : parsed;
  const def = defaultWorker();
  const file = opts.workerFile ?? def.file;
  const filename = file instanceof URL ? file.href : /^file:/.test(file) ? file : pathToFileURL(file).href;
  const workerData: WorkerData = { options: options as ExtractOptions };
  const piscina = new Piscina({
    filename,
    // Threads start on demand, up to `jobs`: a pool given one article starts one thread.
    minThreads: 0,
    maxThreads: jobs,
    idleTimeout: 60_000,
    workerData,
    execArgv: [...(opts.workerFile ? [] : def.execArgv), ...(opts.execArgv ?? [])],
  });
  let closed = false;
  let active = 0;
  return {
    jobs,
    get pending() {
      return active;
    },
    get threads() {
      return piscina.threads.length;
    },
    async run(article, signal) {
      if (closed) throw new ClaimdiffError("invalid_options", "Invalid options: the extraction pool is closed.");
      active++;
      try {
        const reply = (await piscina.run(article, signal ? { signal } : {})) as WorkerReply;
        if (!reply.ok) throw toError(reply.error);
        return reply.result;
      } finally {
        active--;
      }
    },
    async runBatch(articles, signal) {
      if (closed) throw new ClaimdiffError("invalid_options", "Invalid options: the extraction pool is closed.");
      if (!Array.isArray(articles)) throw new ClaimdiffError("invalid_input", "Invalid input: runBatch takes an array of articles.");
      if (articles.length === 0) return [];
      active += articles.length;
      try {
        const replies = (await piscina.run(articles, { name: "extractBatch", ...(signal ? { signal } : {}) })) as WorkerReply[];
        return replies.map((r): Settled => (r.ok ? { ok: true, value: r.result } : { ok: false, error: toError(r.error) }));
      } finally {
        active -= articles.length;
      }
    },
    async close() {
      if (closed) return;
      closed = true;
      await piscina.destroy();
    },
  };
}
