// Writes dist/<entry>.cjs for every library entry: CommonJS callers require the ES module build
// (Node ≥ 20.19 loads ES modules with require()), so the code ships once and CommonJS and ESM
// callers share one module instance. Run after tsup (npm run build); see tsup.config.ts.
import { existsSync, writeFileSync } from "node:fs";

const entries = ["index", "html", "node", "eval"];
for (const name of entries) {
  if (!existsSync(`dist/${name}.js`) || !existsSync(`dist/${name}.d.cts`)) {
    console.error(`cjs-entries: dist/${name}.js or dist/${name}.d.cts is missing; run tsup first`);
    process.exit(1);
  }
  writeFileSync(
    `dist/${name}.cjs`,
    `"use strict";\n// claimdiff is built as ES modules; Node ≥ 20.19 loads them with require().\nmodule.exports = require("./${name}.js");\n`,
  );
}
console.log(`wrote ${entries.length} CommonJS entries to dist/`);
