import { readFileSync, readdirSync, existsSync } from "node:fs";
import { join } from "node:path";
import type { ArticleInput } from "../../src/index.js";

/** The articles of a fixture folder (NAME.txt + NAME.json sidecar), as extractClaims input. */
export function loadFixtureDir(dir: string): ArticleInput[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => {
      const id = f.replace(/\.txt$/, "");
      const side = join(dir, `${id}.json`);
      const meta = existsSync(side) ? (JSON.parse(readFileSync(side, "utf8")) as Record<string, string | null>) : {};
      return {
        id,
        text: readFileSync(join(dir, f), "utf8"),
        language: meta.language ?? null,
        publishedAt: meta.publishedAt ?? null,
        outlet: meta.outlet ?? null,
        url: meta.url ?? null,
      };
    });
}

export const readJson = (path: string): unknown => JSON.parse(readFileSync(path, "utf8"));
