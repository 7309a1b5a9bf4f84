import { ClaimdiffError } from "../errors.js";
import type { ExtractionResult } from "../schema/claim.js";
import type { ComparisonResult } from "../schema/comparison.js";
import { checkJsonResult, describe } from "./validate.js";

/**
 * Pretty-printed JSON (two-space indent, trailing newline) of a comparison or extraction result
 * (or an array of extraction results). Anything else — `undefined`, a string, an object that is
 * not a valid result — throws `ClaimdiffError` `invalid_result`.
 *
 * @example
 * await writeFile("result.json", renderJson(compareClaims(results)));
 */
export function renderJson(result: ComparisonResult | ExtractionResult | readonly ExtractionResult[]): string {
  checkJsonResult(result);
  return `${stringify(result, 2, "renderJson")}\n`;
}

/**
 * Newline-delimited JSON: one compact JSON document per line, one line per item (e.g. one
 * extraction result per article, or one claim per line). Empty input gives an empty string.
 * `items` must be an array of JSON values: `undefined`, functions, symbols, BigInts and cycles
 * throw `ClaimdiffError` `invalid_result` naming the item.
 *
 * @example
 * process.stdout.write(renderNdjson(results.flatMap((r) => r.claims)));
 */
export function renderNdjson(items: readonly unknown[]): string {
  if (!Array.isArray(items)) throw new ClaimdiffError("invalid_result", `renderNdjson needs an array of items, one a line; got ${describe(items)}.`);
  let out = "";
  for (let i = 0; i < items.length; i++) out += `${stringify(items[i], undefined, `renderNdjson item ${i}`)}\n`;
  return out;
}

function stringify(value: unknown, indent: number | undefined, what: string): string {
  let json: string | undefined;
  try {
    json = JSON.stringify(value, null, indent);
  } catch (e) {
    throw new ClaimdiffError("invalid_result", `${what} is not serialisable as JSON: ${(e as Error).message}`);
  }
  if (typeof json !== "string") throw new ClaimdiffError("invalid_result", `${what} is ${describe(value)}, which has no JSON form.`);
  return json;
}
