import type { ClaimdiffErrorCode } from "../errors.js";
import type { ExtractOptions } from "../pipeline/options.js";
import type { ExtractionResult } from "../schema/claim.js";

/** What every worker thread of the pool receives once, at start. */
export interface WorkerData {
  options: ExtractOptions;
}

/** An error thrown in a worker, as plain data. */
export interface WorkerError {
  name: string;
  message: string;
  code: ClaimdiffErrorCode | null;
  stack: string | null;
}

/** What the pool gives back for one article of a batch: its result or its error. */
export type Settled = { ok: true; value: ExtractionResult } | { ok: false; error: Error };

/** The reply of the worker to one article. */
export type WorkerReply = { ok: true; result: ExtractionResult } | { ok: false; error: WorkerError };
