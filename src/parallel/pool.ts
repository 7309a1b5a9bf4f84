import { availableParallelism } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { Piscina } from "piscina";
import { ClaimdiffError, parseOrThrow } from "../errors.js";
import { ExtractOptionsSchema, type ExtractOptions } from "../pipeline/options.js";
import type { ArticleInput } from "../schema/article.js";
import type { ExtractionResult } from "../schema/claim.js";
import type { WorkerData, WorkerError, WorkerReply } from "./protocol.js";

/** Options of {@link createExtractPool}. */
export interface ExtractPoolOptions {
  /** Worker threads (default: the machine's available parallelism). */
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
  /** Articles submitted whose result has not come back yet. */
  readonly pending: number;
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
  if (here.endsWith(".ts")) return { file: join(dir, "worker.ts"), execArgv: ["--import", "tsx"] };
  return { file: join(dir, here.endsWith(".cjs") ? "worker.cjs" : "worker.js"), execArgv: [] };
}

/** Checks a `jobs` value: a positive integer; 0 means every available core. */
export function resolveJobs(jobs: number | undefined): number {
  if (jobs === undefined || jobs === 0) return Math.max(1, availableParallelism());
  if (!Number.isInteger(jobs) || jobs < 0) throw new ClaimdiffError("invalid_options", `Invalid options: jobs must be a whole number ≥ 1 (or 0 for every core), not ${jobs}.`);
  return jobs;
}

function toError(e: WorkerError): Error {
  const err = e.code ? new ClaimdiffError(e.code, e.message) : new Error(e.message);
  if (!e.code) err.name = e.name;
  if (e.stack) err.stack = e.stack;
  return err;
}

/**
 * Starts a pool of worker threads (piscina) that run {@link extractClaims}. Each thread loads
 * the library once and compiles the language packs once; articles are cloned to the threads and
 * results cloned back. The pool queues without limit: callers bound what they submit
 * ({@link extractClaimsStream} keeps at most 8 × jobs articles in flight). Close it when done.
 *
 * @example
 * const pool = createExtractPool({ jobs: 4 });
 * try { const r = await pool.run({ id: "a1", text: "…", language: "ro" }); } finally { await pool.close(); }
 * @throws {ClaimdiffError} `invalid_options` for bad options or jobs.
 */
export function createExtractPool(opts: ExtractPoolOptions = {}): ExtractPool {
  const jobs = resolveJobs(opts.jobs);
  const options = parseOrThrow(ExtractOptionsSchema, opts.options ?? {}, "invalid_options", "extraction options", "allowed: packs, fallbackLanguage, firstParty, minConfidence.");
  const def = defaultWorker();
  const file = opts.workerFile ?? def.file;
  const filename = file instanceof URL ? file.href : /^file:/.test(file) ? file : pathToFileURL(file).href;
  const workerData: WorkerData = { options: options as ExtractOptions };
  const piscina = new Piscina({
    filename,
    minThreads: jobs,
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
    async close() {
      if (closed) return;
      closed = true;
      await piscina.destroy();
    },
  };
}
