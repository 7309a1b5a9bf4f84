import { availableParallelism } from "node:os";
import { ClaimdiffError } from "../errors.js";

/**
 * The most threads a `jobs` option may ask for. No machine Node runs on has more cores; a larger
 * value is a mistake (a unit mix-up, an unset variable read as a huge number), not a request.
 */
export const MAX_JOBS = 1024;

/** The cores this process may use (at least 1). */
export function coreCount(): number {
  return Math.max(1, availableParallelism());
}

/**
 * Checks a `jobs` value and returns the number of threads to use: 0 (or undefined) means one per
 * core; any other value must be a whole number from 1 to {@link MAX_JOBS}, and is capped at the
 * number of cores — extraction is CPU-bound, and every thread costs tens of megabytes for a
 * copy of the compiled language packs, so threads beyond the cores cost memory and buy nothing.
 *
 * @example
 * resolveJobs(0) // the number of cores
 * resolveJobs(64) // on a 2-core machine: 2
 * @throws {ClaimdiffError} `invalid_options` for a value that is not a whole number from 0 to MAX_JOBS.
 */
export function resolveJobs(jobs: number | undefined): number {
  if (jobs === undefined || jobs === 0) return coreCount();
  if (typeof jobs !== "number" || !Number.isInteger(jobs) || jobs < 0 || jobs > MAX_JOBS) {
    throw new ClaimdiffError(
      "invalid_options",
      `Invalid options: jobs must be a whole number from 1 to ${MAX_JOBS} (or 0 for one thread per core), not ${typeof jobs === "number" ? jobs : JSON.stringify(jobs)}.`,
    );
  }
  return Math.min(jobs, coreCount());
}
