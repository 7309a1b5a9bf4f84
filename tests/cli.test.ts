import { describe, expect, it } from "vitest";
import { mkdtempSync, writeFileSync, readFileSync, existsSync, readdirSync, mkdirSync, copyFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { execFileSync, spawnSync } from "node:child_process";
import { runCli, type CliIO } from "../src/cli/run.js";
import { scoreResult } from "../src/eval/score.js";
import { readJson } from "./helpers/fixtures.js";

/** Runs the CLI in this process, as a 2-core machine; stdout and stderr collected. */
async function cli(args: string[], stdin: string | Uint8Array = "") {
  let out = "",
    err = "";
  const writes: string[] = [];
  const io: CliIO = {
    stdout: (s) => {
      out += s;
      writes.push(s);
    },
    stderr: (s) => {
      err += s;
    },
    stdin: () => stdin,
    cores: 2,
  };
  const code = await runCli(args, io);
  return { code, out, err, writes };
}

/** Runs the CLI's entry file in a child process (through tsx), for what needs a real process. */
function spawnCli(args: string[], options: { shell?: string } = {}) {
  const cmd = [process.execPath, "--import", "tsx", "src/cli.ts", ...args].map((a) => `'${a.replace(/'/g, "'\\''")}'`).join(" ");
  return spawnSync("bash", ["-c", options.shell ? options.shell.replace("CLI", cmd) : cmd], {
    encoding: "utf8",
    env: { ...process.env, TSX_DISABLE_CACHE: "1" },
  });
}

const tmp = () => mkdtempSync(join(tmpdir(), "claimdiff-cli-"));

// The demo fixtures: team-written accounts of one (fictional) call, in en, de, ro, ru, fr.
const DEMO = "fixtures/demo";
const demo = readdirSync(DEMO)
  .filter((f) => f.endsWith(".txt"))
  .sort()
  .map((f) => `${DEMO}/${f}`);
const [deArticle, frArticle, enKremlin, roArticle, ruArticle, enWhiteHouse] = demo as [string, string, string, string, string, string];

describe("claimdiff extract", () => {
  it("--format json: the articles with their claims, reading the sidecars", async () => {
    const r = await cli(["extract", ...demo, "--format", "json"]);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(json.articles.map((a: { id: string }) => a.id)).toEqual(demo.map((s) => s.replace(/^.*\/|\.txt$/g, "")));
    const de = json.articles[0];
    expect([de.language, de.publishedAt, de.outlet]).toEqual(["de", "2025-10-08T07:45:00+02:00", "Berliner Tagesbote"]);
    expect(json.warnings).toEqual([]);
    expect(scoreResult(readJson(`${DEMO}/gold.json`), json).claims.f1).toBeGreaterThanOrEqual(0.8);
  });

  it("streams: each article is written as soon as it is extracted, in every format", async () => {
    for (const format of ["json", "ndjson", "md"]) {
      const r = await cli(["extract", ...demo, "--format", format]);
      expect(r.writes.length, format).toBeGreaterThanOrEqual(demo.length);
    }
    const lines = (await cli(["extract", deArticle, ruArticle, "--format", "ndjson"])).out.trim().split("\n");
    expect(lines.map((l) => JSON.parse(l).id)).toEqual(["de-tagesbote", "ru-vestnik"]);
  });

  it("--format md is a table per article", async () => {
    const r = await cli(["extract", ruArticle, "--format", "md"]);
    expect(r.out).toMatch(/^## ru-vestnik/m);
    expect(r.out).toMatch(/\| Yury Ushakov[^|]*\| RU \|/);
  });

  it("reads standard input with -, and --lang / --published override", async () => {
    const r = await cli(["extract", "-", "--lang", "ro", "--published", "2025-05-16"], "„Un summit trebuie organizat”, a declarat Peskov.");
    const a = JSON.parse(r.out).articles[0];
    expect(a.id).toBe("stdin");
    expect(a.claims[0].speaker.name).toBe("Dmitry Peskov");
    expect(a.claims[0].date.iso).toBe("2025-05-16");
  });

  it("decodes by byte-order mark: a UTF-16 file gives the claims of its UTF-8 copy", async () => {
    const dir = tmp();
    const text = readFileSync(roArticle, "utf8");
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
    const be = Buffer.from(le);
    be.swap16(); // the BOM becomes FE FF
    const utf8bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, "utf8")]);
    const claims = async (path: string) => JSON.parse((await cli(["extract", path, "--lang", "ro", "--published", "2025-10-08"])).out).articles[0].claims;
    writeFileSync(join(dir, "utf8.txt"), text);
    const want = await claims(join(dir, "utf8.txt"));
    expect(want.length).toBeGreaterThan(4);
    for (const [name, bytes] of [
      ["le.txt", le],
      ["be.txt", be],
      ["bom.txt", utf8bom],
    ] as const) {
      writeFileSync(join(dir, name), bytes);
      expect(await claims(join(dir, name)), name).toEqual(
        want.map((c: { id: string; articleId: string }) => ({ ...c, id: c.id.replace("utf8", name.slice(0, -4)), articleId: name.slice(0, -4) })),
      );
    }
  });

  it("refuses binary files with a message that says what they are, and goes on with the others", async () => {
    const dir = tmp();
    writeFileSync(join(dir, "scan.txt"), Buffer.from("%PDF-1.7\n%\u00e2\u00e3\n1 0 obj", "latin1"));
    const noise = Buffer.alloc(4096);
    for (let i = 0; i < noise.length; i++) noise[i] = (i * 7919 + 13) % 256;
    writeFileSync(join(dir, "noise.txt"), noise);
    const r = await cli(["extract", join(dir, "scan.txt"), join(dir, "noise.txt"), ruArticle]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/scan\.txt: this is a PDF document/);
    expect(r.err).toMatch(/noise\.txt: a binary file/);
    const json = JSON.parse(r.out);
    expect(json.articles.map((a: { id: string }) => a.id)).toEqual(["ru-vestnik"]);
    expect(json.warnings.map((w: { input: string; code: string }) => [w.code, w.input])).toEqual([
      ["input_failed", join(dir, "scan.txt")],
      ["input_failed", join(dir, "noise.txt")],
    ]);
  });

  it("a file-system error is one line in words with the path; exit 1; the others are still processed", async () => {
    const r = await cli(["extract", "nope/missing.txt", ruArticle]);
    expect(r.code).toBe(1);
    expect(r.err.trim()).toBe("claimdiff: cannot read nope/missing.txt: no such file");
    expect(JSON.parse(r.out).articles).toHaveLength(1);
  });

  it("a glob that also matches sidecars, gold files and folders reads only the articles, with a notice", async () => {
    const dir = tmp();
    for (const f of readdirSync(DEMO)) copyFileSync(join(DEMO, f), join(dir, f));
    mkdirSync(join(dir, "old"));
    writeFileSync(join(dir, "photo.png"), "x");
    const all = readdirSync(dir)
      .sort()
      .map((f) => join(dir, f));
    const r = await cli(["extract", ...all, "--format", "ndjson"]);
    expect(r.code).toBe(0);
    expect(r.out.trim().split("\n")).toHaveLength(6);
    expect(r.err).toMatch(/skipped 6 sidecars \(.*de-tagesbote\.json.*and 3 more\)/);
    expect(r.err).toMatch(/skipped 1 gold file \(.*gold\.json\)/);
    expect(r.err).toMatch(/skipped 1 folder/);
    expect(r.err).toMatch(/skipped 1 file that is not an article \(.*photo\.png\)/);
    expect((await cli(["extract", ...all, "--quiet", "--format", "ndjson"])).err).toBe("");
  });

  it("sidecar fields of the wrong type are an error naming the field; a misspelt field a warning", async () => {
    const dir = tmp();
    writeFileSync(join(dir, "a.txt"), "“The talks were useful,” Peskov said on Monday.");
    for (const [sidecar, field] of [
      [{ publishedAt: 12 }, "publishedAt"],
      [{ outlet: ["a"] }, "outlet"],
      [{ via: "Reuters" }, "via"],
      [{ publishedAt: "2021-02-30" }, "publishedAt"],
    ] as const) {
      writeFileSync(join(dir, "a.json"), JSON.stringify(sidecar));
      const r = await cli(["extract", join(dir, "a.txt")]);
      expect(r.code, field).toBe(1);
      expect(r.err).toMatch(new RegExp(`a\\.json: "${field}"`));
    }
    writeFileSync(join(dir, "a.json"), JSON.stringify({ published: "2025-05-19", language: "en" }));
    const r = await cli(["extract", join(dir, "a.txt")]);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/field "published" is not read; did you mean "publishedAt"\?/);
    writeFileSync(join(dir, "a.json"), "{ not json");
    expect((await cli(["extract", join(dir, "a.txt")])).err).toMatch(/a\.json is not valid JSON/);
    writeFileSync(join(dir, "a.json"), JSON.stringify({ language: "xx" }));
    const lang = await cli(["extract", join(dir, "a.txt")]);
    expect(lang.code).toBe(1);
    expect(lang.err).toMatch(/a\.json: "language" "xx" has no language pack.*--lang/);
  });
});

describe("claimdiff compare", () => {
  it("--format json: events with alignments and disagreements between the two sides", async () => {
    const r = await cli(["compare", ...demo]);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    const event = json.events.find((e: { claims: string[] }) => e.claims.length > 20);
    expect(event.accounts.map((a: { side: string }) => a.side).sort()).toEqual(["RU", "US"]);
    expect(event.disagreements.length).toBeGreaterThan(0);
    expect(new Set(json.articles.map((a: { language: string }) => a.language))).toEqual(new Set(["en", "de", "ro", "ru", "fr"]));
  });

  it("--format ndjson writes one event per line", async () => {
    const r = await cli(["compare", ...demo, "--format", "ndjson"]);
    const events = r.out
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(events.length).toBeGreaterThanOrEqual(1);
    for (const e of events) expect(e).toHaveProperty("disagreements");
  });

  it("compares an extraction result: the JSON extract prints, a bare list, or its ndjson", async () => {
    const dir = tmp();
    const direct = JSON.parse((await cli(["compare", ...demo])).out);
    const extracted = (await cli(["extract", ...demo])).out;
    writeFileSync(join(dir, "claims.json"), extracted);
    writeFileSync(join(dir, "list.json"), JSON.stringify(JSON.parse(extracted).articles));
    writeFileSync(join(dir, "claims.ndjson"), (await cli(["extract", ...demo, "--format", "ndjson"])).out);
    for (const file of ["claims.json", "list.json", "claims.ndjson"]) {
      const r = await cli(["compare", join(dir, file)]);
      expect(r.code, file).toBe(0);
      const again = JSON.parse(r.out);
      expect(
        again.events.map((e: { claims: string[] }) => e.claims),
        file,
      ).toEqual(direct.events.map((e: { claims: string[] }) => e.claims));
    }
    // the same extraction, compared again with other options
    const only = JSON.parse((await cli(["compare", join(dir, "claims.json"), "--rules", "omission"])).out);
    expect(new Set(only.events.flatMap((e: { disagreements: { type: string }[] }) => e.disagreements.map((d) => d.type)))).toEqual(new Set(["omission"]));
  });

  it("a .json that is no extraction result is a failed input, named, listed in the report", async () => {
    const dir = tmp();
    writeFileSync(join(dir, "notes.json"), JSON.stringify({ hello: "world" }));
    const r = await cli(["compare", join(dir, "notes.json"), ruArticle]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/notes\.json is not an extraction result/);
    const json = JSON.parse(r.out);
    expect(json.warnings).toContainEqual(expect.objectContaining({ code: "input_failed", input: join(dir, "notes.json") }));
  });

  it("--format html --out writes one self-contained file", async () => {
    const out = join(tmp(), "report.html");
    const r = await cli(["compare", ...demo, "--format", "html", "--out", out]);
    expect(r.code).toBe(0);
    const html = readFileSync(out, "utf8");
    expect(html).toMatch(/^<!doctype html>/i);
    expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+href=["']https?:/i);
  });

  it("--rules limits the disagreement rules, --threshold is validated", async () => {
    const r = await cli(["compare", ...demo, "--rules", "characterization"]);
    const types = JSON.parse(r.out).events.flatMap((e: { disagreements: { type: string }[] }) => e.disagreements.map((d) => d.type));
    expect(types.length).toBeGreaterThan(0);
    expect(new Set(types)).toEqual(new Set(["characterization"]));
    const bad = await cli(["compare", ...demo, "--threshold", "2"]);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/^claimdiff: --threshold 2: the value must be at most 1$/m);
  });
});

describe("claimdiff eval", () => {
  it("scores a gold file", async () => {
    const r = await cli(["eval", "--gold", `${DEMO}/gold.json`, ...demo, "--format", "json"]);
    expect(r.code).toBe(0);
    const s = JSON.parse(r.out);
    expect(s.claims.f1).toBeGreaterThanOrEqual(0.8);
    expect(s.perLanguage.ru.recall).toBeGreaterThanOrEqual(0.8);
  });

  it("a file that is no gold annotation is an invalid_gold error, exit 1, before any work", async () => {
    const r = await cli(["eval", "--gold", "package.json", ruArticle]);
    expect(r.code).toBe(1);
    expect(r.out).toBe("");
    expect(r.err).toMatch(/--gold package\.json is not a gold annotation.*invalid_gold/);
    const missing = await cli(["eval", "--gold", "nope.json", ruArticle]);
    expect([missing.code, missing.err.trim()]).toEqual([1, "claimdiff: cannot read nope.json: no such file"]);
  });
});

describe("help", () => {
  it("per-command help differs from the global help; 'help CMD' is 'CMD --help'", async () => {
    const global = (await cli(["--help"])).out;
    expect(global).toMatch(/claimdiff extract FILE/);
    for (const cmd of ["extract", "compare", "eval"]) {
      const own = await cli([cmd, "--help"]);
      expect(own.code).toBe(0);
      expect(own.out).not.toBe(global);
      expect(own.out).toMatch(new RegExp(`^Usage: claimdiff ${cmd}`));
      expect((await cli(["help", cmd])).out).toBe(own.out);
    }
    expect((await cli(["compare", "--help"])).out).toMatch(/--threshold/);
    expect((await cli(["extract", "--help"])).out).not.toMatch(/--threshold/);
    expect((await cli(["help"])).out).toBe(global);
  });
  it("--version", async () => {
    expect((await cli(["--version"])).out.trim()).toBe(JSON.parse(readFileSync("package.json", "utf8")).version);
  });
});

describe("usage errors: exit 2, a message in the command line's terms", () => {
  it.each([
    [[], /missing command/],
    [["frobnicate", "x"], /unknown command "frobnicate"/],
    [["extrct", "x"], /unknown command "extrct"; did you mean extract\?/],
    [["help", "comapre"], /no help on "comapre"; did you mean compare\?/],
    [["extract"], /extract needs at least one FILE/],
    [["extract", "a.txt", "--format", "xml"], /--format xml is not a format of extract/],
    [["extract", "a.txt", "--frmat", "md"], /unknown option --frmat; did you mean --format\?/],
    [["extract", "a.txt", "--bogus"], /unknown option --bogus$/m],
    [["extract", "a.txt", "--threshold", "0.5"], /--threshold is an option of compare and eval, not of extract/],
    [["eval", "a.txt"], /eval needs --gold/],
    [["compare", "a.txt", "--format", "html"], /--format html needs --out/],
    [["extract", "a.txt", "--lang", "xx"], /--lang xx: no language pack for "xx" \(built-in: en/],
    [["extract", "a.txt", "--lang", "de-DE-x"], null],
    [["extract", "a.txt", "--published", "2021-13-45"], /--published 2021-13-45 is not a date of the calendar/],
    [["extract", "a.txt", "--published", "2021-02-29"], /not a date of the calendar/],
    [["extract", "a.txt", "--published", "yesterday"], /not a date of the calendar/],
    [["compare", "a.txt", "--threshold", ""], /--threshold needs a value \(X\), not an empty string/],
    [["compare", "a.txt", "--threshold=", "0.5"], /--threshold needs a value/],
    [["compare", "a.txt", "--threshold", "abc"], /--threshold abc is not a number/],
    [["extract", "a.txt", "--jobs", ""], /--jobs needs a value/],
    [["extract", "a.txt", "--jobs", "x"], /--jobs x is not a number of threads/],
    [["extract", "a.txt", "--jobs", "-1"], /--jobs needs a value|not a number of threads/],
    [["extract", "a.txt", "--jobs", "1e9"], /not a number of threads/],
    [["compare", "a.txt", "--rules", ""], /--rules needs a value/],
    [["compare", "a.txt", "--rules", ","], /an empty rule name/],
    [["compare", "a.txt", "--rules", "omision"], /no rule "omision"; did you mean omission\?/],
    [["extract", "a.txt", "--quiet=yes"], /--quiet takes no value/],
    [["extract", "a.txt", "--out", "x", "--out", "y"], /--out is given twice/],
  ] as [string[], RegExp | null][])("%j", async (args, message) => {
    const r = await cli(args);
    if (message === null) {
      expect(r.code).not.toBe(2); // a well-formed tag of a known language is no usage error
      return;
    }
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
    expect(r.err).toMatch(/claimdiff --help|claimdiff help/);
    expect(r.err).not.toMatch(/options\.packs|article\.language|ArticleInput|TypeError| {4}at /);
  });

  it("no article among the FILEs is a usage error", async () => {
    const r = await cli(["extract", `${DEMO}/gold.json`, `${DEMO}/de-tagesbote.json`]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/no article among the FILEs/);
  });

  it("warnings speak the command line: --lang and the sidecar, not API fields", async () => {
    const dir = tmp();
    writeFileSync(join(dir, "greek.txt"), "Ο εκπρόσωπος δήλωσε ότι οι συνομιλίες θα συνεχιστούν την επόμενη εβδομάδα.");
    const r = await cli(["extract", join(dir, "greek.txt")]);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/greek\.txt: Could not detect the language; used "en"\. Give --lang, or "language" in the sidecar .*greek\.json\./);
    expect(r.err).not.toMatch(/article\.language/);
  });
});

describe("--out", () => {
  it("checked before any work: a missing folder or a folder is one line, exit 1, nothing read", async () => {
    for (const out of ["no/such/folder/report.md", tmp()]) {
      const r = await cli(["compare", ...demo, "--format", "md", "--out", out]);
      expect(r.code).toBe(1);
      expect(r.err.trim().split("\n")).toHaveLength(1);
      expect(r.err).toMatch(out.endsWith(".md") ? /cannot write no\/such\/folder\/report\.md: the folder does not exist/ : /it is a folder/);
      expect(r.out).toBe("");
    }
  });

  it("never onto a file that is read: an input, its sidecar, the gold file", async () => {
    const dir = tmp();
    copyFileSync(ruArticle, join(dir, "ru.txt"));
    const before = readFileSync(join(dir, "ru.txt"), "utf8");
    for (const out of [join(dir, "ru.txt"), join(dir, "ru.json"), join(dir, ".", "ru.txt")]) {
      const r = await cli(["extract", join(dir, "ru.txt"), "--out", out]);
      expect(r.code, out).toBe(2);
      expect(r.err).toMatch(/is also a file that is read/);
    }
    expect(readFileSync(join(dir, "ru.txt"), "utf8")).toBe(before);
    const g = await cli(["eval", "--gold", `${DEMO}/gold.json`, ruArticle, "--out", `${DEMO}/gold.json`]);
    expect(g.code).toBe(2);
  });

  it("replaces the file whole, leaving no temporary file behind", async () => {
    const dir = tmp();
    const out = join(dir, "claims.json");
    writeFileSync(out, "previous");
    const r = await cli(["extract", ruArticle, "--out", out]);
    expect(r.code).toBe(0);
    expect(r.out).toBe("");
    expect(JSON.parse(readFileSync(out, "utf8")).articles).toHaveLength(1);
    expect(readdirSync(dir)).toEqual(["claims.json"]);
  });

  it("a write that fails (the file size limit, as a full disk) leaves the previous file intact", () => {
    const dir = tmp();
    const out = join(dir, "report.json");
    writeFileSync(out, "previous report\n");
    // ulimit -f 4: no file may grow past 4 KB; the report is larger
    const r = spawnCli(["compare", ...demo.map((f) => resolve(f)), "--out", out], { shell: "ulimit -f 4; CLI" });
    expect(r.status).toBe(1);
    expect(r.stderr.trim()).toMatch(/^claimdiff: cannot write .*report\.json: the file is too large$/);
    expect(readFileSync(out, "utf8")).toBe("previous report\n");
    expect(readdirSync(dir)).toEqual(["report.json"]);
  });
});

describe("threads and pipes", () => {
  it("--jobs is capped at the inputs and the cores, and says so", async () => {
    const one = await cli(["extract", ruArticle, "--jobs", "256"]);
    expect(one.code).toBe(0);
    expect(one.err).toMatch(/--jobs 256: using 1 thread \(1 input, 2 cores\)/);
    expect(JSON.parse(one.out).articles[0].claims.length).toBeGreaterThan(3);
    expect((await cli(["extract", ...demo, "--jobs", "4"])).err).toMatch(/--jobs 4: using 2 threads \(6 inputs, 2 cores\)/);
  });

  it("--jobs 2 gives the same claims as one thread, in input order", async () => {
    const one = JSON.parse((await cli(["extract", ...demo])).out);
    const two = JSON.parse((await cli(["extract", ...demo, "--jobs", "2"])).out);
    expect(two.articles.map((a: { id: string }) => a.id)).toEqual(one.articles.map((a: { id: string }) => a.id));
    expect(two.articles.map((a: { claims: unknown[] }) => a.claims)).toEqual(one.articles.map((a: { claims: unknown[] }) => a.claims));
  });

  it("a reader that closes the pipe early ends the run quietly (EPIPE)", () => {
    const r = spawnCli(["extract", ...demo, "--format", "ndjson"], { shell: 'CLI | head -c 0; echo "status ${PIPESTATUS[0]}"' });
    expect(r.stdout.trim()).toBe("status 0");
    expect(r.stderr).not.toMatch(/EPIPE|Error| {4}at /);
  });

  it.skipIf(!existsSync("dist/cli.js"))("the built binary runs", () => {
    expect(execFileSync("node", ["dist/cli.js", "--version"], { encoding: "utf8" }).trim()).toMatch(/^\d+\.\d+\.\d+/);
    expect(spawnSync("node", ["dist/cli.js", "extract"], { encoding: "utf8" }).status).toBe(2);
  });
});

describe("failed inputs are listed in every report", () => {
  it("compare json and md, extract json and md, eval", async () => {
    const missing = "nope/missing.txt";
    const cmp = await cli(["compare", missing, ...demo]);
    expect(JSON.parse(cmp.out).warnings).toContainEqual({ code: "input_failed", message: "cannot read nope/missing.txt: no such file", input: missing });
    const md = await cli(["extract", missing, ruArticle, "--format", "md"]);
    expect(md.out).toMatch(/## Inputs not read\n\n- cannot read nope\/missing\.txt: no such file/);
    const ev = await cli(["eval", "--gold", `${DEMO}/gold.json`, missing, ...demo]);
    expect(ev.code).toBe(1);
    expect(ev.out).toMatch(/warning: input not read: cannot read nope\/missing\.txt/);
  });
});

describe("the demo fixtures", () => {
  it("two sides' accounts of one event in five languages, one article undated", () => {
    const langs = demo.map((f) => (readJson(f.replace(/\.txt$/, ".json")) as { language: string }).language);
    expect(new Set(langs)).toEqual(new Set(["en", "de", "ro", "ru", "fr"]));
    expect(demo.filter((f) => !(readJson(f.replace(/\.txt$/, ".json")) as { publishedAt?: string }).publishedAt)).toEqual([frArticle]);
    expect([enWhiteHouse, enKremlin].map((f) => (readJson(f.replace(/\.txt$/, ".json")) as { issuer: string }).issuer)).toEqual(["White House", "Kremlin"]);
  });
  it("the gold's spans match its evidence (scripts/gold-spans.mjs)", () => {
    const r = spawnSync(process.execPath, ["scripts/gold-spans.mjs", `${DEMO}/gold.json`], { encoding: "utf8" });
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
  });
});
