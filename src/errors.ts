import { z } from "zod";

/**
 * Codes of {@link ClaimdiffError}: stable, for programs that branch on them.
 *
 * - `invalid_article`: an article (or its sidecar file) is malformed: no `text`/`html`, an
 *   unknown field, a date that is not in the calendar, a field of the wrong type;
 * - `invalid_options`: an options object has an unknown key or a value out of range;
 * - `invalid_language_pack`: a language pack fails its schema;
 * - `unknown_language`: no language pack has the requested code;
 * - `invalid_claims`: what was given to compare is not extraction results, articles or claims;
 * - `invalid_gold`: a gold annotation is not in the gold format;
 * - `invalid_result`: what was given to a renderer is not a comparison or extraction result;
 * - `invalid_input`: an argument of the wrong kind (not a string, not iterable);
 * - `not_text`: input that is not text: a binary file (PDF, image, archive), bytes that are
 *   not UTF-8 or UTF-16, or binary data passed as text;
 * - `unreadable_input`: a file cannot be read (missing, a folder, no permission); the message
 *   names the path and says why in words.
 */
export type ClaimdiffErrorCode =
  | "invalid_article"
  | "invalid_options"
  | "invalid_language_pack"
  | "unknown_language"
  | "invalid_claims"
  | "invalid_gold"
  | "invalid_result"
  | "invalid_input"
  | "not_text"
  | "unreadable_input";

/**
 * The one error claimdiff throws for bad input. `code` is stable; `message` says what is wrong
 * and how to fix it; `issues` holds zod's issues when the input failed a schema.
 *
 * @example
 * try { extractClaims(JSON.parse(body)) } catch (e) {
 *   if (e instanceof ClaimdiffError && e.code === "invalid_article") console.error(e.message);
 * }
 */
export class ClaimdiffError extends Error {
  /** What kind of problem it is; stable across versions. */
  readonly code: ClaimdiffErrorCode;
  /** zod's issues when the input failed a schema (each with its `path`); empty otherwise. */
  readonly issues: z.core.$ZodIssue[];
  constructor(code: ClaimdiffErrorCode, message: string, issues: z.core.$ZodIssue[] = []) {
    super(message);
    this.name = "ClaimdiffError";
    this.code = code;
    this.issues = issues;
  }
}

/** Parses `value` with `schema` or throws a {@link ClaimdiffError} with zod's prettified issues. */
export function parseOrThrow<S extends z.ZodType>(schema: S, value: unknown, code: ClaimdiffErrorCode, what: string, hint: string): z.output<S> {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  throw new ClaimdiffError(code, `Invalid ${what}: ${hint}\n${z.prettifyError(r.error)}`, r.error.issues);
}
