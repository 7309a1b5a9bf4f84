/**
 * `claimdiff/node`: what needs Node beyond the core — reading articles from files (decoding by
 * byte-order mark, refusing binary files, reading the `NAME.json` sidecar) and extracting on
 * worker threads. `extractClaimsStream(articles, { jobs })` in the core entry uses the same pool
 * and loads it only when threads are asked for.
 *
 * @example
 * ```ts
 * import { extractClaims } from "claimdiff";
 * import { readArticle } from "claimdiff/node";
 * const { article } = readArticle("articles/kremlin-call.txt");
 * const result = extractClaims(article);
 * ```
 *
 * @packageDocumentation
 * @module claimdiff/node
 */
export { createExtractPool, type ExtractPool, type ExtractPoolOptions } from "./parallel/pool.js";
export type { Settled } from "./parallel/protocol.js";
export { MAX_JOBS } from "./parallel/jobs.js";
export { decodeText, type DecodedText, type DecodeOptions } from "./input/decode.js";
export { readArticle, type ReadArticle, type ArticleOverrides } from "./input/files.js";
