import { describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { SHARED } from "./helpers/corpus.js";

// Texts the team did not write may not be in the repository. The shared corpora beside the
// project are the texts the team measures against: no tracked file holds a paragraph of them,
// and the team's own material (demo fixtures, README, HTML test pages) not even a sentence.

const corpus = join(SHARED, "corpus");
let present = false;
try {
  present = statSync(corpus).isDirectory();
} catch {
  console.warn(`[claimdiff tests] skipped: shared corpus not found at ${corpus}`);
}

function texts(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? texts(p) : p.endsWith(".txt") ? [readFileSync(p, "utf8")] : [];
  });
}

describe.skipIf(!present)("provenance", () => {
  const all = present ? texts(corpus) : [];
  const paragraphs = all.flatMap((t) =>
    t
      .split(/\n+/)
      .map((p) => p.trim())
      .filter((p) => p.length >= 200)
      .map((p) => p.slice(0, 200)),
  );
  const sentences = all.flatMap((t) =>
    t
      .split(/(?<=[.!?»”"])\s+|\n+/)
      .map((s) => s.trim())
      .filter((s) => s.length >= 50)
      .map((s) => s.slice(0, 50)),
  );
  const tracked = execFileSync("git", ["ls-files"], { encoding: "utf8" })
    .trim()
    .split("\n")
    .filter((f) => f !== "package-lock.json");

  it("no tracked file holds a paragraph of the shared corpora", () => {
    expect(paragraphs.length).toBeGreaterThan(100);
    const copies = tracked.flatMap((f) => {
      const text = readFileSync(f, "utf8");
      return paragraphs.filter((p) => text.includes(p)).map((p) => `${f}: ${p.slice(0, 60)}…`);
    });
    expect(copies).toEqual([]);
  });

  it("the team's own fixtures, README and HTML test pages hold no sentence of them", () => {
    const own = tracked.filter(
      (f) => f.startsWith("fixtures/demo/") || f === "README.md" || f.startsWith("docs/") || f === "tests/html-input.test.ts" || f === "tests/cli.test.ts",
    );
    expect(own.length).toBeGreaterThan(10);
    const lifted = own.flatMap((f) => {
      const text = readFileSync(f, "utf8");
      return sentences.filter((s) => text.includes(s)).map((s) => `${f}: ${s}…`);
    });
    expect(lifted).toEqual([]);
  });
});
