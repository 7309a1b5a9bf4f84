import { z } from "zod";

/** Codes of {@link ClaimdiffError}: stable, for programs that branch on them. */
export type ClaimdiffErrorCode =
  | "invalid_article"
  | "invalid_options"
  | "invalid_language_pack"
  | "unknown_language"
  | "invalid_claims"
  | "invalid_gold"
  | "invalid_input"
  | "not_text";

/**
 * The one error claimdiff throws for bad input. `code` is stable; `message` says what is wrong
 * and how to fix it; `issues` holds zod's issues when the input failed a schema.
 *
 * @example
 * try { extractClaims({ txt: "…" }) } catch (e) {
 *   if (e instanceof ClaimdiffError && e.code === "invalid_article") console.error(e.message);
 * }
 */
export class ClaimdiffError extends Error {
  readonly code: ClaimdiffErrorCode;
  readonly issues: z.core.$ZodIssue[];
  constructor(code: ClaimdiffErrorCode, message: string, issues: z.core.$ZodIssue[] = []) {
    super(message);
    this.name = "ClaimdiffError";
    this.code = code;
    this.issues = issues;
  }
}

/** Parses `value` with `schema` or throws a {@link ClaimdiffError} with zod's prettified issues. */
export function parseOrThrow<S extends z.ZodType>(
  schema: S,
  value: unknown,
  code: ClaimdiffErrorCode,
  what: string,
  hint: string,
): z.output<S> {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  throw new ClaimdiffError(code, `Invalid ${what}: ${hint}\n${z.prettifyError(r.error)}`, r.error.issues);
}
