import { defineConfig } from "tsup";

/**
 * The code ships once, as ES modules: every entry — the core (`claimdiff`), the subpath entries
 * (`claimdiff/html`, `claimdiff/node`, `claimdiff/eval`), the worker of the thread pool and the
 * CLI — imports the same shared chunks instead of bundling its own copy.
 *
 * CommonJS callers get `dist/<entry>.cjs`, written by scripts/cjs-entries.mjs after this build:
 * one line, `module.exports = require("./<entry>.js")`. Node ≥ 20.19 (our `engines`) loads ES
 * modules with `require()`, so CommonJS and ESM callers share one copy of the code and one
 * module instance (an error thrown is `instanceof ClaimdiffError` for both). Their types,
 * `<entry>.d.cts`, come from the second build below.
 */
const library = { index: "src/index.ts", html: "src/html.ts", node: "src/node.ts", eval: "src/eval.ts" };
const dts = { entry: library, compilerOptions: { ignoreDeprecations: "6.0" } }; // TS 6: TS5101 without it
/** Packs hold words in many scripts: keep them as UTF-8, not `\uXXXX` escapes (six bytes a letter). */
const utf8 = (options: { charset?: string }) => {
  options.charset = "utf8";
};

export default defineConfig([
  {
    entry: { ...library, worker: "src/parallel/worker.ts", cli: "src/cli.ts" },
    format: ["esm"],
    dts,
    clean: false,
    sourcemap: false,
    target: "node20",
    platform: "node",
    splitting: true,
    // Dependencies stay dependencies: nothing from node_modules is bundled.
    skipNodeModulesBundle: true,
    // Whitespace and syntax minified (names kept, so stack traces stay readable): the packs'
    // vocabularies are most of the tarball, and the package must stay under 400 kB.
    minifyWhitespace: true,
    minifySyntax: true,
    esbuildOptions: utf8,
  },
  {
    entry: library,
    format: ["cjs"],
    dts: { ...dts, only: true },
    clean: false,
    target: "node20",
    platform: "node",
    esbuildOptions: utf8,
  },
]);
