import { describe, expect, it } from "vitest";
import { mkdtempSync, writeFileSync, readFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { execFileSync, spawnSync } from "node:child_process";
import { runCli, type CliIO } from "../src/cli/run.js";
import { scoreResult } from "../src/eval/score.js";
import { readJson } from "./helpers/fixtures.js";

async function cli(args: string[], stdin = "") {
  let out = "", err = "";
  const io: CliIO = { stdout: (s) => { out += s; }, stderr: (s) => { err += s; }, stdin: () => stdin };
  const code = await runCli(args, io);
  return { code, out, err };
}

// Team-written fixtures, one per language: en de es fr it ru uk.
const seeds = ["en", "de", "es", "fr", "it", "ru", "uk"].map((code) => `fixtures/lang/${code}/${code}-01.txt`);

describe("claimdiff CLI", async () => {
  it("extract --format json gives the evaluation shape, reading the sidecars", async () => {
    const r = await cli(["extract", ...seeds, "--format", "json"]);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(json.articles.map((a: { id: string }) => a.id)).toEqual(seeds.map((s) => s.replace(/^.*\/|\.txt$/g, "")));
    expect(json.articles[1].publishedAt).toBe("2025-03-19T09:30:00+01:00");
    expect(json.articles[1].language).toBe("de");
    expect(scoreResult(readJson("fixtures/lang/de/gold.json"), json).claims.f1).toBeGreaterThanOrEqual(0.9);
  });
  it("extract --format ndjson writes one article per line", async () => {
    const r = await cli(["extract", seeds[0]!, seeds[1]!, "--format", "ndjson"]);
    const lines = r.out.trim().split("\n");
    expect(lines).toHaveLength(2);
    expect(JSON.parse(lines[1]!).claims.length).toBeGreaterThan(3);
  });
  it("extract --format md is a table per article", async () => {
    const r = await cli(["extract", seeds[5]!, "--format", "md"]);
    expect(r.out).toMatch(/^## ru-01/m);
    expect(r.out).toMatch(/\| Dmitry Peskov[^|]*\| RU \|/);
  });
  it("compare --format json has events with alignments and disagreements", async () => {
    const r = await cli(["compare", ...seeds]);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(json.events.length).toBeGreaterThan(0);
    expect(json.events.some((e: { disagreements: unknown[] }) => e.disagreements.length > 0)).toBe(true);
  });
  it("compare --format ndjson writes one event per line", async () => {
    const r = await cli(["compare", ...seeds, "--format", "ndjson"]);
    const events = r.out.trim().split("\n").map((l) => JSON.parse(l));
    expect(events.length).toBeGreaterThanOrEqual(3);
    for (const e of events) expect(e).toHaveProperty("disagreements");
  });
  it("reads standard input with -, and --lang/--published override", async () => {
    const r = await cli(["extract", "-", "--lang", "ro", "--published", "2025-05-16"], "„Un summit trebuie organizat”, a declarat Peskov.");
    const a = JSON.parse(r.out).articles[0];
    expect(a.id).toBe("stdin");
    expect(a.claims[0].speaker.name).toBe("Dmitry Peskov");
    expect(a.claims[0].date.iso).toBe("2025-05-16");
  });
  it("exit 1 when an input cannot be read, the others are still processed", async () => {
    const r = await cli(["extract", "nope/missing.txt", seeds[3]!]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/missing\.txt/);
    expect(JSON.parse(r.out).articles).toHaveLength(1);
  });
  it("exit 1 on a broken sidecar, naming it", async () => {
    const dir = mkdtempSync(join(tmpdir(), "claimdiff-"));
    writeFileSync(join(dir, "a.txt"), "Peskov said the talks were useful.");
    writeFileSync(join(dir, "a.json"), "{ not json");
    const r = await cli(["extract", join(dir, "a.txt")]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/a\.json/);
  });
  it("exit 2 on wrong usage, with a hint", async () => {
    for (const args of [[], ["frobnicate", "x"], ["extract"], ["extract", "a.txt", "--format", "xml"], ["extract", "a.txt", "--bogus"], ["eval", "a.txt"], ["compare", "a.txt", "--format", "html"]]) {
      const r = await cli(args);
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.err).toMatch(/--help/);
    }
  });
  it("--help and --version", async () => {
    expect((await cli(["--help"])).out).toMatch(/claimdiff extract FILE/);
    expect((await cli(["--version"])).out.trim()).toBe(JSON.parse(readFileSync("package.json", "utf8")).version);
  });
  it("eval scores a gold file", async () => {
    const r = await cli(["eval", "--gold", "fixtures/lang/ru/gold.json", seeds[5]!, "--format", "json"]);
    expect(r.code).toBe(0);
    const s = JSON.parse(r.out);
    expect(s.claims.f1).toBeGreaterThanOrEqual(0.9);
    expect(s.perLanguage.ru.recall).toBeGreaterThanOrEqual(0.85);
  });
  it("compare --format html --out writes one self-contained file", async () => {
    const out = join(mkdtempSync(join(tmpdir(), "claimdiff-")), "report.html");
    const r = await cli(["compare", ...seeds, "--format", "html", "--out", out]);
    expect(r.code).toBe(0);
    const html = readFileSync(out, "utf8");
    expect(html).toMatch(/^<!doctype html>/i);
    expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+href=["']https?:/i);
  });
  it.skipIf(!existsSync("dist/cli.js"))("the built binary runs", async () => {
    expect(execFileSync("node", ["dist/cli.js", "--version"], { encoding: "utf8" }).trim()).toMatch(/^\d+\.\d+\.\d+/);
    expect(spawnSync("node", ["dist/cli.js", "extract"], { encoding: "utf8" }).status).toBe(2);
  });
});

describe("claimdiff CLI: comparison options and threads", () => {
  it("--rules limits the disagreement rules, --threshold is validated", async () => {
    const r = await cli(["compare", ...seeds, "--rules", "characterization"]);
    const types = JSON.parse(r.out).events.flatMap((e: { disagreements: { type: string }[] }) => e.disagreements.map((d) => d.type));
    expect(types.length).toBeGreaterThan(0);
    expect(new Set(types)).toEqual(new Set(["characterization"]));
    const bad = await cli(["compare", ...seeds, "--threshold", "2"]);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/threshold/);
    expect((await cli(["compare", ...seeds, "--rules", "omission,bogus"])).err).toMatch(/omission/);
  });
  it("--jobs 2 gives the same claims as one thread, in input order", async () => {
    const one = JSON.parse((await cli(["extract", ...seeds])).out);
    const two = JSON.parse((await cli(["extract", ...seeds, "--jobs", "2"])).out);
    expect(two.articles.map((a: { id: string }) => a.id)).toEqual(one.articles.map((a: { id: string }) => a.id));
    expect(two.articles.map((a: { claims: unknown[] }) => a.claims)).toEqual(one.articles.map((a: { claims: unknown[] }) => a.claims));
    expect((await cli(["extract", ...seeds, "--jobs", "x"])).code).toBe(2);
  });
});
