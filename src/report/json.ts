import type { ExtractionResult } from "../schema/claim.js";
import type { ComparisonResult } from "../schema/comparison.js";

/**
 * Pretty-printed JSON (two-space indent, trailing newline) of a comparison or extraction result.
 *
 * @example
 * await writeFile("result.json", renderJson(compareClaims(results)));
 */
export function renderJson(result: ComparisonResult | ExtractionResult | readonly ExtractionResult[]): string {
  return `${JSON.stringify(result, null, 2)}\n`;
}

/**
 * Newline-delimited JSON: one compact JSON document per line, one line per item (e.g. one
 * extraction result per article, or one claim per line). Empty input gives an empty string.
 *
 * @example
 * process.stdout.write(renderNdjson(results.flatMap((r) => r.claims)));
 */
export function renderNdjson(items: readonly unknown[]): string {
  return items.map((item) => `${JSON.stringify(item)}\n`).join("");
}
