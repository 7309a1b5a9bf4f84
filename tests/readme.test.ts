import { describe, expect, it } from "vitest";
import ts from "typescript";
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";

// Every code block of the README is compiled or run here:
// - TypeScript blocks are type-checked (strict) and run, with `claimdiff` imports pointing at the
//   sources, in a folder whose `articles/` holds the demo articles;
// - the CommonJS block is run the same way;
// - shell blocks: every `claimdiff …` line runs (exit 0) in a folder that has the repository's
//   fixtures; `npm run X` lines must name scripts that exist; `npm install claimdiff` must name
//   this package. A line of any other kind fails the test, so a new block cannot go untested.

const ROOT = resolve(".");
const README = readFileSync("README.md", "utf8");
const PKG = JSON.parse(readFileSync("package.json", "utf8")) as { name: string; scripts: Record<string, string> };
const TSX = pathToFileURL(resolve("node_modules/tsx/dist/loader.mjs")).href;

const blocks = [...README.matchAll(/^```(\w+)\n([\s\S]*?)^```$/gm)].map((m, i) => ({ n: i + 1, lang: m[1]!, code: m[2]! }));

const ENTRY: Record<string, string> = {
  claimdiff: "src/index.ts",
  "claimdiff/html": "src/html.ts",
  "claimdiff/node": "src/node.ts",
  "claimdiff/eval": "src/eval.ts",
};
const toSources = (code: string) =>
  code.replace(/(["'])(claimdiff(?:\/\w+)?)\1/g, (m, q: string, spec: string) => (ENTRY[spec] ? `${q}${join(ROOT, ENTRY[spec])}${q}` : m));

/** A working folder with the demo articles in `articles/` and the repository's fixtures. */
function workdir(): string {
  const dir = mkdtempSync(join(tmpdir(), "claimdiff-readme-"));
  mkdirSync(join(dir, "articles"));
  for (const f of readdirSync("fixtures/demo")) copyFileSync(join("fixtures/demo", f), join(dir, "articles", f));
  symlinkSync(resolve("fixtures"), join(dir, "fixtures"));
  return dir;
}

describe("README code blocks", () => {
  it("has blocks of the kinds this test runs", () => {
    expect(blocks.length).toBeGreaterThan(5);
    for (const b of blocks) expect(["ts", "js", "sh"], `block ${b.n}`).toContain(b.lang);
    expect(blocks.filter((b) => b.lang === "ts").length).toBeGreaterThanOrEqual(3);
    expect(blocks.filter((b) => b.lang === "js").length).toBeGreaterThanOrEqual(1);
  });

  const tsBlocks = blocks.filter((b) => b.lang === "ts");
  const dir = resolve("tests/.readme");

  it("TypeScript blocks type-check (strict)", () => {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const files = tsBlocks.map((b) => {
      const file = join(dir, `block-${b.n}.ts`);
      writeFileSync(file, `${toSources(b.code)}\nexport {};\n`);
      return file;
    });
    const program = ts.createProgram(files, {
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      target: ts.ScriptTarget.ES2022,
      lib: ["lib.es2023.d.ts"],
      strict: true,
      noUncheckedIndexedAccess: true,
      exactOptionalPropertyTypes: true,
      noEmit: true,
      allowImportingTsExtensions: true,
      resolveJsonModule: true,
      skipLibCheck: true,
      types: ["node"],
    });
    const errors = ts.getPreEmitDiagnostics(program).filter((d) => d.file && files.includes(resolve(d.file.fileName)));
    expect(errors.map((d) => `${d.file!.fileName.replace(/^.*\//, "")}: ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`)).toEqual([]);
  }, 240_000); // tsc over the blocks takes seconds alone, minutes on a busy machine

  for (const b of tsBlocks) {
    it(`TypeScript block ${b.n} runs`, () => {
      const cwd = workdir();
      const file = join(cwd, `block-${b.n}.mts`);
      writeFileSync(file, toSources(b.code));
      const r = spawnSync(process.execPath, ["--import", TSX, file], { cwd, encoding: "utf8", env: { ...process.env, TSX_DISABLE_CACHE: "1" } });
      expect(r.stderr).toBe("");
      expect(r.status).toBe(0);
      expect(r.stdout.length).toBeGreaterThan(0);
    });
  }

  for (const b of blocks.filter((x) => x.lang === "js")) {
    it(`CommonJS block ${b.n} runs`, () => {
      const cwd = workdir();
      const file = join(cwd, `block-${b.n}.cjs`);
      writeFileSync(file, toSources(b.code));
      const r = spawnSync(process.execPath, ["--import", TSX, file], { cwd, encoding: "utf8", env: { ...process.env, TSX_DISABLE_CACHE: "1" } });
      expect(r.status, r.stderr).toBe(0);
      expect(r.stdout + r.stderr).toMatch(/invalid_article/);
    });
  }

  for (const b of blocks.filter((x) => x.lang === "sh")) {
    it(`shell block ${b.n}: every line is run or checked`, () => {
      const lines = b.code
        .split("\n")
        .map((l) => l.replace(/\s+#\s.*$/, "").trim())
        .filter(Boolean);
      const cwd = workdir();
      for (const line of lines) {
        if (/^npm install( --global)? claimdiff$/.test(line)) continue; // the package's own name
        const npm = [...line.matchAll(/npm (?:run (\S+)|(test|install))/g)];
        if (npm.length) {
          for (const m of npm) if (m[1]) expect(PKG.scripts, line).toHaveProperty(m[1]);
          expect(
            line
              .replace(/npm (run \S+|test|install)/g, "")
              .replace(/&&/g, "")
              .trim(),
            line,
          ).toBe("");
          continue;
        }
        expect(line, `block ${b.n}: a line this test cannot run`).toMatch(/^(claimdiff |cat \S+ \| claimdiff )/);
        const script = `set -eo pipefail\nclaimdiff() { "${process.execPath}" --import "${TSX}" "${join(ROOT, "src/cli.ts")}" "$@"; }\n${line}\n`;
        const r = spawnSync("bash", ["-c", script], { cwd, encoding: "utf8", env: { ...process.env, TSX_DISABLE_CACHE: "1" } });
        expect(r.status, `${line}\n${r.stderr}`).toBe(0);
      }
      // Each line starts the CLI from source through tsx without a cache: under load a block of
      // several lines takes longer than the default minute. The limit bounds a hang, not speed.
    }, 300_000);
  }

  it("names files that exist in the repository", () => {
    const paths = new Set([...README.matchAll(/`((?:src|tests|fixtures|scripts)\/[\w./<>-]+)`/g)].map((m) => m[1]!));
    const missing = [...paths]
      .filter((p) => !p.includes("<") && !p.includes("*"))
      .filter((p) => {
        try {
          readFileSync(p.endsWith("/") ? join(p, ".") : p);
          return false;
        } catch (e) {
          return (e as NodeJS.ErrnoException).code !== "EISDIR";
        }
      });
    expect(missing).toEqual([]);
  });
});
