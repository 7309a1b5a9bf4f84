import { readFileSync, statSync } from "node:fs";
import { basename, dirname, extname, join } from "node:path";
import { ClaimdiffError } from "../errors.js";
import type { ArticleInput } from "../schema/article.js";
import { isIsoDateOrDateTime } from "../schema/common.js";
import { decodeText } from "./decode.js";

/** An article read from a file with its sidecar. */
export interface ReadArticle {
  /** The article id: the file name without its extension (`stdin` for standard input). */
  id: string;
  /** The path read. */
  path: string;
  /** The article, ready for `extractClaims`. */
  article: ArticleInput;
  /** Problems that did not stop the reading (stray bytes replaced, sidecar fields not read). */
  warnings: string[];
}

/** Metadata that overrides a sidecar's (the CLI's `--lang`, `--published`, `--outlet`, `--issuer`). */
export interface ArticleOverrides {
  /** The language of the article (`--lang`). */
  language?: string | undefined;
  /** Its publication date (`--published`). */
  publishedAt?: string | undefined;
  /** Its outlet (`--outlet`). */
  outlet?: string | undefined;
  /** The issuer of a first-party document (`--issuer`). */
  issuer?: string | undefined;
}

/** Extensions of article files: plain text, Markdown, HTML. */
export const ARTICLE_EXTENSIONS: ReadonlySet<string> = new Set([".txt", ".md", ".html", ".htm"]);

/** Sidecar fields read into the article, each a string (or null); `via` a list of strings. */
const SIDECAR_FIELDS = ["title", "outlet", "url", "publishedAt", "language", "issuer"] as const;
const KNOWN = new Set<string>([...SIDECAR_FIELDS, "via"]);

/** Files larger than this are refused before reading (no news article comes close). */
export const MAX_FILE_BYTES = 256 * 1024 * 1024;

/**
 * A file-system error in words, with the path: "no such file", "is a folder", "permission
 * denied"… never a bare errno code.
 *
 * @example
 * fileError(err, "a.txt") // "cannot read a.txt: no such file"
 */
export function fileError(e: unknown, path: string, verb = "read"): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  const words: Record<string, string> = {
    ENOENT: verb === "read" ? "no such file" : "the folder does not exist",
    EISDIR: "it is a folder, not a file",
    ENOTDIR: "a part of the path is not a folder",
    EACCES: "permission denied",
    EPERM: "operation not permitted",
    EROFS: "the file system is read-only",
    ENOSPC: "no space left on the device",
    EDQUOT: "the disk quota is exceeded",
    EMFILE: "too many open files",
    ENAMETOOLONG: "the name is too long",
    ELOOP: "too many symbolic links",
    EBUSY: "the file is busy",
    EIO: "an input/output error",
    EFBIG: "the file is too large",
    EINVAL: "not a valid file",
  };
  return `cannot ${verb} ${path}: ${(code && words[code]) ?? ((e as Error)?.message || String(e))}`;
}

function readBytes(path: string): Uint8Array {
  try {
    const st = statSync(path);
    if (st.isDirectory()) throw Object.assign(new Error("folder"), { code: "EISDIR" });
    if (st.size > MAX_FILE_BYTES) throw Object.assign(new Error("too large"), { code: "EFBIG" });
    return readFileSync(path);
  } catch (e) {
    throw new ClaimdiffError("unreadable_input", fileError(e, path));
  }
}

const describe = (v: unknown) =>
  v === null ? "null" : Array.isArray(v) ? "a list" : typeof v === "object" ? "an object" : typeof v === "string" ? `"${v}"` : `the ${typeof v} ${String(v)}`;

/** A known field a misspelt sidecar key probably meant ("publishDate" → "publishedAt"). */
function meant(key: string): string | null {
  const k = key.toLowerCase().replace(/[-_ ]/g, "");
  const aliases: Record<string, string> = {
    lang: "language",
    date: "publishedAt",
    published: "publishedAt",
    publishdate: "publishedAt",
    datepublished: "publishedAt",
    publicationdate: "publishedAt",
    source: "outlet",
    publisher: "outlet",
    headline: "title",
    link: "url",
  };
  if (aliases[k]) return aliases[k]!;
  for (const f of KNOWN) if (f.toLowerCase() === k) return f;
  return null;
}

/**
 * Reads the sidecar `NAME.json` of an article: a JSON object whose fields `title`, `outlet`,
 * `url`, `publishedAt`, `language` and `issuer` are strings (or null) and `via` a list of
 * strings. Other fields (notes) are ignored; one that looks like a misspelt field is warned about.
 */
function readSidecar(path: string, warnings: string[]): Partial<Record<string, unknown>> {
  let raw: string;
  try {
    raw = decodeText(readBytes(path)).text;
  } catch (e) {
    throw e instanceof ClaimdiffError && e.code === "unreadable_input"
      ? e
      : new ClaimdiffError("invalid_article", `the sidecar ${path} is not text: ${(e as Error).message}`);
  }
  let meta: unknown;
  try {
    meta = JSON.parse(raw);
  } catch (e) {
    throw new ClaimdiffError("invalid_article", `the sidecar ${path} is not valid JSON: ${(e as Error).message}`);
  }
  if (meta === null || typeof meta !== "object" || Array.isArray(meta)) {
    throw new ClaimdiffError(
      "invalid_article",
      `the sidecar ${path} must hold a JSON object such as {"outlet": "Reuters", "publishedAt": "2025-03-18"}, not ${describe(meta)}`,
    );
  }
  const m = meta as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const f of SIDECAR_FIELDS) {
    const v = m[f];
    if (v === undefined || v === null) continue;
    if (typeof v !== "string") throw new ClaimdiffError("invalid_article", `the sidecar ${path}: "${f}" must be a string (or null), not ${describe(v)}`);
    if (v.trim() === "") continue;
    out[f] = v;
  }
  if (m.via !== undefined && m.via !== null) {
    if (!Array.isArray(m.via) || m.via.some((x) => typeof x !== "string"))
      throw new ClaimdiffError("invalid_article", `the sidecar ${path}: "via" must be a list of strings, not ${describe(m.via)}`);
    out.via = m.via;
  }
  if (typeof out.publishedAt === "string" && !isIsoDateOrDateTime(out.publishedAt)) {
    throw new ClaimdiffError(
      "invalid_article",
      `the sidecar ${path}: "publishedAt" ${JSON.stringify(out.publishedAt)} is not a date of the calendar in ISO form, such as "2025-03-18" or "2025-03-18T18:40:00Z"`,
    );
  }
  for (const k of Object.keys(m)) {
    if (KNOWN.has(k)) continue;
    const want = meant(k);
    if (want) warnings.push(`the sidecar ${path}: field "${k}" is not read; did you mean "${want}"?`);
  }
  return out;
}

/**
 * Reads an article file — `NAME.txt`, `NAME.md` or `NAME.html` — and its sidecar `NAME.json`
 * when there is one. The bytes are decoded by their byte-order mark (UTF-8, UTF-16 LE or BE;
 * UTF-8 without one); binary files are refused. The article id is `NAME`; `overrides` win over
 * the sidecar. `-` reads the given standard input text instead.
 *
 * @example
 * const { article, warnings } = readArticle("news/kremlin-call.txt", { language: "en" });
 * @throws {ClaimdiffError} `unreadable_input` when the file cannot be read (the message says why,
 * with the path), `invalid_input` for a binary file, `invalid_article` for a broken sidecar.
 */
export function readArticle(path: string, overrides: ArticleOverrides = {}, stdin?: () => string | Uint8Array): ReadArticle {
  if (typeof path !== "string" || path === "") throw new ClaimdiffError("invalid_input", "Invalid input: readArticle needs a file path.");
  const isStdin = path === "-";
  const ext = isStdin ? "" : extname(path).toLowerCase();
  const id = isStdin ? "stdin" : basename(path, extname(path));
  const warnings: string[] = [];
  let body: string;
  const decode = (bytes: Uint8Array) => {
    try {
      const d = decodeText(bytes, { html: ext === ".html" || ext === ".htm" });
      warnings.push(...d.warnings.map((w) => `${path}: ${w}`));
      return d.text;
    } catch (e) {
      throw e instanceof ClaimdiffError ? new ClaimdiffError(e.code, `${path}: ${e.message.replace(/^(Invalid input|Not text): /, "")}`) : e;
    }
  };
  if (isStdin) {
    if (!stdin) throw new ClaimdiffError("invalid_input", "Invalid input: no standard input to read.");
    const got = stdin();
    body = typeof got === "string" ? got.replace(/^\uFEFF/, "") : decode(got);
  } else body = decode(readBytes(path));
  const meta = isStdin ? {} : sidecarOf(path, id, warnings);
  const html = ext === ".html" || ext === ".htm" || (isStdin && /^\s*<(!doctype|html)/i.test(body));
  const pick = (k: keyof ArticleOverrides) => overrides[k] ?? (meta[k] as string | undefined);
  const article: ArticleInput = {
    id,
    ...(html ? { html: body } : { text: body }),
    ...(typeof meta.title === "string" ? { title: meta.title } : {}),
    ...(pick("outlet") ? { outlet: pick("outlet") } : {}),
    ...(typeof meta.url === "string" ? { url: meta.url } : {}),
    ...(pick("publishedAt") ? { publishedAt: pick("publishedAt") } : {}),
    ...(pick("language") ? { language: pick("language") } : {}),
    ...(pick("issuer") ? { issuer: pick("issuer") } : {}),
    ...(Array.isArray(meta.via) ? { via: meta.via as string[] } : {}),
  };
  return { id, path, article, warnings };
}

function sidecarOf(path: string, id: string, warnings: string[]): Partial<Record<string, unknown>> {
  const side = join(dirname(path), `${id}.json`);
  if (side === path) return {};
  try {
    statSync(side);
  } catch {
    return {};
  }
  return readSidecar(side, warnings);
}
