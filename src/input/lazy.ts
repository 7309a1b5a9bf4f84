import { createRequire } from "node:module";

/**
 * A `require` for this package's own dependencies, usable from the ESM build, the CJS build and
 * the TypeScript sources alike. Heavy dependencies (the HTML parser, Readability) are loaded
 * through it on first use, so importing claimdiff does not load them.
 */
function ownRequire(): NodeJS.Require {
  // In the CJS build `__filename` is defined and `import.meta` is empty; in ESM the reverse.
  return createRequire(typeof __filename === "string" ? __filename : import.meta.url);
}

/**
 * Loads a dependency once, on first call, and keeps it.
 *
 * @example
 * const linkedom = lazy<typeof import("linkedom")>("linkedom");
 * linkedom().parseHTML("<p>x</p>");
 */
export function lazy<T>(name: string): () => T {
  let mod: T | undefined;
  return () => (mod ??= ownRequire()(name) as T);
}
