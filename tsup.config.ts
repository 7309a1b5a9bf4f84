import { readdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { defineConfig, type Options } from "tsup";
import { BUILTIN_PACKS } from "./src/lang/registry.js";
import { LanguagePackSchema } from "./src/schema/pack.js";

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

/**
 * Each built-in language pack ships as its own module, `dist/pack-<code>.js`, loaded on the pack's
 * first use: the core entry neither parses nor runs the packs' vocabularies (most of the code).
 * In the build, the registry's `import { xx } from "./xx/index.js"` gets a stub instead: the same
 * `lazyLanguagePack(code, build, { detection })` whose `build` requires `./pack-<code>.js` (Node ≥
 * 20.19 loads ES modules with `require()`, synchronously; the pack module shares the core's
 * chunks), and whose detection data (scripts, stopwords, letters: small) is written in, so that
 * detecting a language loads only the pack chosen. Running from the sources (tests, tsx), the
 * registry imports the packs themselves, each still built lazily.
 *
 * The built-in packs are validated here, once, against the schema: the build fails on an invalid
 * pack, and the package does not validate them again when it loads them.
 */
const BUILT = new Map(
  BUILTIN_PACKS.map((pack) => {
    const plain: unknown = JSON.parse(JSON.stringify(pack));
    const checked = LanguagePackSchema.safeParse(plain);
    if (!checked.success) throw new Error(`the built-in pack "${pack.code}" is invalid:\n${JSON.stringify(checked.error.issues.slice(0, 5), null, 2)}`);
    return [pack.code, checked.data] as const;
  }),
);
const PACKS = readdirSync("src/lang", { withFileTypes: true })
  .filter((d) => d.isDirectory() && /^[a-z]{2,3}$/.test(d.name))
  .map((d) => d.name);
const packEntries = Object.fromEntries(PACKS.map((code) => [`pack-${code}`, `src/lang/${code}/index.ts`]));
type Plugin = NonNullable<Options["esbuildPlugins"]>[number];
const lazyPacks: Plugin = {
  name: "claimdiff-lazy-packs",
  setup(build) {
    build.onResolve({ filter: /^\.\/[a-z]{2,3}\/index\.js$/ }, (args) => {
      if (resolve(args.importer) !== resolve("src/lang/registry.ts")) return undefined;
      return { path: args.path.slice(2, -"/index.js".length), namespace: "claimdiff-pack" };
    });
    build.onLoad({ filter: /.*/, namespace: "claimdiff-pack" }, (args) => {
      const code = args.path;
      const source = readFileSync(`src/lang/${code}/index.ts`, "utf8");
      const m = /^export const (\w+) = lazyLanguagePack\("([^"]+)"/m.exec(source);
      if (!m || m[2] !== code) throw new Error(`src/lang/${code}/index.ts must export its pack as \`export const x = lazyLanguagePack("${code}", ...)\``);
      const name = m[1]!;
      const pack = BUILT.get(code);
      if (!pack) throw new Error(`src/lang/${code}/ holds a pack the registry does not list`);
      return {
        loader: "ts",
        resolveDir: resolve("src/lang"),
        contents: [
          `import { createRequire } from "node:module";`,
          `import type { LanguagePack } from "../schema/pack.ts";`,
          `import { lazyLanguagePack } from "./define.ts";`,
          `const load = () => (createRequire(import.meta.url)("./pack-${code}.js") as { ${name}: LanguagePack }).${name};`,
          `export const ${name} = lazyLanguagePack(${JSON.stringify(code)}, load, { detection: ${JSON.stringify(pack.detection)} });`,
        ].join("\n"),
      };
    });
  },
};

export default defineConfig([
  {
    entry: { ...library, worker: "src/parallel/worker.ts", cli: "src/cli.ts", ...packEntries },
    esbuildPlugins: [lazyPacks],
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
