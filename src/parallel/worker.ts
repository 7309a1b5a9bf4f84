/**
 * The piscina worker of the extraction pool (built to dist/worker.js and dist/worker.cjs). It runs
 * the pure {@link extractClaims} on one article per task. The extraction options come once, as
 * the pool's `workerData`, so that language packs are cloned and compiled once per thread rather
 * than once per article. Errors come back as values: a structured clone of an Error loses the
 * `code` of a {@link ClaimdiffError}, so the pool rebuilds it on the calling side.
 */
import { workerData } from "piscina";
import { extractClaims } from "../pipeline/extract.js";
import { ClaimdiffError } from "../errors.js";
import type { ArticleInput } from "../schema/article.js";
import type { ExtractOptions } from "../pipeline/options.js";
import type { WorkerData, WorkerReply } from "./protocol.js";

const options: ExtractOptions = ((workerData as WorkerData | undefined)?.options ?? {}) as ExtractOptions;

/**
 * Extracts the claims of one article in a worker thread.
 *
 * @example
 * // run by piscina: pool.run(article) → { ok: true, result }
 */
export default function extractTask(article: ArticleInput): WorkerReply {
  return extractOne(article);
}

/**
 * Extracts the claims of a batch of articles in a worker thread, one reply per article in order
 * (an article that fails fails alone). One message carries many small articles: the cost of a
 * task (posting, waking a thread, cloning) is paid once per batch.
 *
 * @example
 * // run by piscina: pool.runBatch(articles) → [{ ok: true, result }, …]
 */
export function extractBatch(articles: readonly ArticleInput[]): WorkerReply[] {
  return articles.map(extractOne);
}

function extractOne(article: ArticleInput): WorkerReply {
  try {
    return { ok: true, result: extractClaims(article, options) };
  } catch (e) {
    const err = e as Error;
    return {
      ok: false,
      error: { name: err?.name ?? "Error", message: err?.message ?? String(e), code: e instanceof ClaimdiffError ? e.code : null, stack: err?.stack ?? null },
    };
  }
}
