import { z } from "zod";
import { ClaimdiffError, parseOrThrow } from "../errors.js";
import { ExtractionResultSchema } from "../schema/claim.js";
import { ComparisonResultSchema, type ComparisonResult } from "../schema/comparison.js";

/**
 * Checks the result given to a renderer: a {@link ComparisonResult} as `compareClaims` returns
 * it, or a `ClaimdiffError` `invalid_result` saying what is wrong.
 */
export function checkComparison(value: unknown, fn: string): ComparisonResult {
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    throw new ClaimdiffError("invalid_result", `${fn} needs a comparison result (the object compareClaims returns); got ${describe(value)}.`);
  }
  return parseOrThrow(
    ComparisonResultSchema,
    value,
    "invalid_result",
    `comparison result given to ${fn}`,
    "pass the object compareClaims returns, unchanged or valid against ComparisonResultSchema.",
  );
}

/** Checks the value given to `renderJson`: a comparison result, an extraction result or an array of them. */
export function checkJsonResult(value: unknown): void {
  const expected = "renderJson needs a comparison result, an extraction result or an array of extraction results";
  if (value === null || typeof value !== "object") throw new ClaimdiffError("invalid_result", `${expected}; got ${describe(value)}.`);
  const hint = "pass what compareClaims or extractClaims returns (or an array of extraction results).";
  if (Array.isArray(value)) parseOrThrow(z.array(ExtractionResultSchema), value, "invalid_result", "extraction results given to renderJson", hint);
  else if ("events" in value) parseOrThrow(ComparisonResultSchema, value, "invalid_result", "comparison result given to renderJson", hint);
  else if ("article" in value) parseOrThrow(ExtractionResultSchema, value, "invalid_result", "extraction result given to renderJson", hint);
  else throw new ClaimdiffError("invalid_result", `${expected} (an object with \`events\` or \`article\`); got an object with neither.`);
}

/** Parses an options object with a strict schema: unknown keys and wrong types are `invalid_options`. */
export function checkOptions<S extends z.ZodType>(schema: S, value: unknown, fn: string): z.output<S> {
  if (value !== undefined && (value === null || typeof value !== "object" || Array.isArray(value))) {
    throw new ClaimdiffError("invalid_options", `${fn} options must be an object; got ${describe(value)}.`);
  }
  return parseOrThrow(schema, value ?? {}, "invalid_options", `${fn} options`, "see the documented options.");
}

/** "undefined", "null", "an array", "a string", … for error messages. */
export function describe(value: unknown): string {
  if (value === null) return "null";
  if (value === undefined) return "undefined";
  if (Array.isArray(value)) return "an array";
  const t = typeof value;
  return t === "object" ? "an object" : `a ${t}`;
}
