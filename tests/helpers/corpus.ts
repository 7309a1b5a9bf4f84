import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { ArticleInput } from "../../src/index.js";
import { loadFixtureDir } from "./fixtures.js";

/**
 * The shared evaluation corpora live beside the project in `../shared` (CI has them; a fresh
 * clone elsewhere does not). They are not ours, so they are never copied into the repository:
 * tests read them from there and skip, with a one-line notice, when the folder is missing.
 */
export const SHARED = process.env["CLAIMDIFF_SHARED"] ?? fileURLToPath(new URL("../../../shared", import.meta.url)); // CI checks a run without it

const noticed = new Set<string>();

/** A shared corpus set (`seeds`, `readouts`, `dev`, `wikinews-de-dev`) and its gold, or null when absent. */
export function sharedSet(name: string, goldName = name): { dir: string; gold: string; articles: () => ArticleInput[]; goldJson: () => unknown } | null {
  const dir = join(SHARED, "corpus", name);
  const gold = join(SHARED, "gold", `${goldName}.json`);
  if (!existsSync(dir) || !existsSync(gold)) {
    if (!noticed.has(name)) {
      noticed.add(name);
      console.warn(`[claimdiff tests] skipped: shared corpus "${name}" not found at ${dir}`);
    }
    return null;
  }
  return { dir, gold, articles: () => loadFixtureDir(dir), goldJson: () => JSON.parse(readFileSync(gold, "utf8")) };
}

/** Every team-written fixture article (fixtures/lang/<code>/*.txt), sorted by path. */
export function teamArticles(): ArticleInput[] {
  const root = fileURLToPath(new URL("../../fixtures/lang", import.meta.url));
  return readdirSync(root)
    .sort()
    .flatMap((code) => loadFixtureDir(join(root, code)));
}
