import { existsSync, readFileSync, statSync } from "node:fs";
import { basename, dirname, extname, join } from "node:path";
import { ClaimdiffError } from "../errors.js";
import { normalizeInput } from "../compare/input.js";
import { decodeText } from "../input/decode.js";
import { ARTICLE_EXTENSIONS, fileError } from "../input/files.js";

/** An extraction result read back from a file: one article entry (`{ id, …, claims }`). */
export type ResultEntry = Record<string, unknown> & { id: string; claims: unknown[] };

/** What a FILE argument is. */
export type Input =
  | { kind: "article"; path: string }
  | { kind: "results"; path: string; entries: ResultEntry[] }
  | { kind: "failed"; path: string; reason: string };

/** Why a FILE argument is not read. */
export type SkipReason = "sidecar" | "gold" | "not-article" | "results" | "folder";

/** The FILE arguments sorted out: inputs in order, and the files skipped by reason. */
export interface SortedInputs {
  inputs: Input[];
  skipped: Map<SkipReason, string[]>;
}

const RESULT_EXTENSIONS = new Set([".json", ".ndjson", ".jsonl"]);

/** The article a `NAME.json` is the sidecar of, if one is beside it. */
function articleBeside(path: string): string | null {
  const stem = join(dirname(path), basename(path, extname(path)));
  for (const ext of ARTICLE_EXTENSIONS) if (existsSync(stem + ext)) return stem + ext;
  return null;
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false; // a missing file is reported when it is read
  }
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** A gold annotation: `{ articles: { ID: { claims } } }` (an object keyed by id, not a list). */
function isGold(v: unknown): boolean {
  return isObject(v) && (String(v.schema ?? "").startsWith("claimdiff-gold") || (isObject(v.articles) && !Array.isArray(v.articles)));
}

/**
 * The article entries of an extraction result: the `{ "articles": [...] }` that `extract
 * --format json` prints, a bare list of entries or extraction results, or (ndjson) one entry a
 * line. Checked as compareClaims would check them, so a bad file is named rather than failing
 * the whole comparison.
 */
function resultEntries(path: string, text: string): ResultEntry[] {
  const ext = extname(path).toLowerCase();
  let data: unknown;
  if (ext === ".json") {
    try {
      data = JSON.parse(text);
    } catch (e) {
      throw new Error(`${path} is not valid JSON: ${(e as Error).message}`);
    }
  } else {
    data = text.split(/\r?\n/).flatMap((line, i) => {
      if (line.trim() === "") return [];
      try {
        return [JSON.parse(line) as unknown];
      } catch (e) {
        throw new Error(`${path}, line ${i + 1}, is not valid JSON: ${(e as Error).message}`);
      }
    });
  }
  const list = Array.isArray(data) ? data : isObject(data) && Array.isArray(data.articles) ? data.articles : null;
  if (list === null || list.length === 0 || !list.every((x) => isObject(x) && Array.isArray(x.claims))) {
    throw new Error(`${path} is not an extraction result: expected the JSON 'claimdiff extract --format json' prints ({"articles": [...]}) or its ndjson`);
  }
  try {
    normalizeInput(list);
  } catch (e) {
    throw new Error(`${path}: ${e instanceof ClaimdiffError ? e.message.replace(/^Invalid claims: /, "") : (e as Error).message}`);
  }
  return list.map((x) => {
    const o = x as Record<string, unknown>;
    // an extraction result ({ article, text, claims }) becomes an article entry
    return (isObject(o.article) ? { ...o.article, claims: o.claims, text: o.text } : o) as ResultEntry;
  });
}

/**
 * Sorts the FILE arguments of a command: articles (`.txt`, `.md`, `.html`, `-`) are inputs;
 * `compare` and `eval` also read extraction results (`.json`, `.ndjson`); sidecars (`NAME.json`
 * beside `NAME.txt`), gold files and anything else are skipped. A results file that cannot be
 * read or is not a result is a failed input.
 */
export function sortInputs(files: readonly string[], command: string): SortedInputs {
  const inputs: Input[] = [];
  const skipped = new Map<SkipReason, string[]>();
  const skip = (why: SkipReason, path: string) => {
    const list = skipped.get(why);
    if (list) list.push(path);
    else skipped.set(why, [path]);
  };
  const seen = new Set<string>();
  for (const path of files) {
    if (path !== "-" && seen.has(path)) continue; // a glob and a name for the same file
    seen.add(path);
    const ext = path === "-" ? "" : extname(path).toLowerCase();
    if (path !== "-" && isFolder(path)) {
      skip("folder", path);
      continue;
    }
    if (path === "-" || ARTICLE_EXTENSIONS.has(ext)) {
      inputs.push({ kind: "article", path });
      continue;
    }
    if (!RESULT_EXTENSIONS.has(ext)) {
      skip("not-article", path);
      continue;
    }
    const sidecar = ext === ".json" && articleBeside(path) !== null;
    if (command === "extract") {
      skip(sidecar ? "sidecar" : /gold/i.test(basename(path)) ? "gold" : "results", path);
      continue;
    }
    let text: string;
    try {
      text = decodeText(readFileSync(path)).text;
    } catch (e) {
      inputs.push({
        kind: "failed",
        path,
        reason: e instanceof ClaimdiffError ? `${path}: ${e.message.replace(/^(Invalid input|Not text): /, "")}` : fileError(e, path),
      });
      continue;
    }
    if (ext === ".json") {
      let data: unknown = null;
      try {
        data = JSON.parse(text);
      } catch {
        // reported below, as a results file that is not valid JSON
      }
      if (isGold(data)) {
        skip("gold", path);
        continue;
      }
      // NAME.json beside NAME.txt is its sidecar, unless it holds claims
      if (sidecar && !(Array.isArray(data) || (isObject(data) && Array.isArray(data.articles)))) {
        skip("sidecar", path);
        continue;
      }
    }
    try {
      inputs.push({ kind: "results", path, entries: resultEntries(path, text) });
    } catch (e) {
      inputs.push({ kind: "failed", path, reason: (e as Error).message });
    }
  }
  return { inputs, skipped };
}

/** One line per reason for the files skipped: "skipped 3 sidecars (a.json, b.json, c.json)". */
export function skipNotices(skipped: ReadonlyMap<SkipReason, string[]>, command: string): string[] {
  const names = (l: string[]) => (l.length <= 3 ? l.join(", ") : `${l.slice(0, 3).join(", ")} and ${l.length - 3} more`);
  const what: Record<SkipReason, [string, string]> = {
    sidecar: ["sidecar", "metadata of the article beside it, read with it"],
    gold: ["gold file", command === "eval" ? "give it with --gold" : "gold annotations are read by 'claimdiff eval --gold'"],
    "not-article": ["file that is not an article", "articles are .txt, .md or .html"],
    results: ["extraction result", "'claimdiff compare' reads those"],
    folder: ["folder", "give the files in it, such as DIR/*.txt"],
  };
  const out: string[] = [];
  for (const [why, list] of skipped) {
    const [noun, because] = what[why];
    out.push(`skipped ${list.length} ${noun}${list.length === 1 ? "" : "s"} (${names(list)}): ${because}`);
  }
  return out;
}
