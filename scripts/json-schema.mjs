// Writes the JSON Schema of every result type into dist/schema/ so non-TypeScript users can
// validate claimdiff output. Run after tsup (npm run build).
import { mkdirSync, writeFileSync } from "node:fs";
import { z } from "zod";
import * as lib from "../dist/index.js";
import { GoldSchema } from "../dist/eval.js";

mkdirSync("dist/schema", { recursive: true });
const out = {
  "claim.json": [lib.ClaimSchema, "output"],
  "extraction-result.json": [lib.ExtractionResultSchema, "output"],
  "comparison-result.json": [lib.ComparisonResultSchema, "output"],
  "article-input.json": [lib.ArticleInputSchema, "input"],
  "language-pack.json": [lib.LanguagePackSchema, "input"],
  "lexicon.json": [lib.LexiconSchema, "input"],
  "gold.json": [GoldSchema, "input"],
};
for (const [file, [schema, io]] of Object.entries(out)) {
  const json = z.toJSONSchema(schema, { io, unrepresentable: "any" });
  writeFileSync(`dist/schema/${file}`, `${JSON.stringify(json, null, 2)}\n`);
}
console.log(`wrote ${Object.keys(out).length} JSON Schemas to dist/schema/`);
