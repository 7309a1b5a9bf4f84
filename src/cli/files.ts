import { readFileSync, existsSync } from "node:fs";
import { basename, extname, dirname, join } from "node:path";
import type { ArticleInput } from "../schema/article.js";

/** An input named on the command line, read with its sidecar. */
export interface LoadedArticle {
  id: string;
  path: string;
  article: ArticleInput;
}

/** Fields of the command line that override sidecar metadata. */
export interface ArticleOverrides {
  language?: string | undefined;
  publishedAt?: string | undefined;
  outlet?: string | undefined;
  issuer?: string | undefined;
}

/**
 * Reads `NAME.txt` / `.md` / `.html` (or `-` for standard input) and its sidecar `NAME.json`.
 * The article id is `NAME`. Throws an Error whose message names the file on any read or parse
 * problem.
 */
export function loadArticle(path: string, overrides: ArticleOverrides, stdin: () => string): LoadedArticle {
  const isStdin = path === "-";
  const ext = isStdin ? "" : extname(path).toLowerCase();
  const id = isStdin ? "stdin" : basename(path, extname(path));
  let body: string;
  try {
    body = isStdin ? stdin() : readFileSync(path, "utf8");
  } catch (e) {
    throw new Error(`cannot read ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  let meta: Record<string, unknown> = {};
  const side = isStdin ? null : join(dirname(path), `${id}.json`);
  if (side && side !== path && existsSync(side)) {
    try {
      meta = JSON.parse(readFileSync(side, "utf8")) as Record<string, unknown>;
    } catch (e) {
      throw new Error(`cannot parse the sidecar ${side}: ${(e as Error).message}`);
    }
    if (!meta || typeof meta !== "object" || Array.isArray(meta)) throw new Error(`the sidecar ${side} must hold a JSON object`);
  }
  const html = ext === ".html" || ext === ".htm" || (isStdin && /^\s*<(!doctype|html)/i.test(body));
  const pick = (k: string) => (typeof meta[k] === "string" ? (meta[k] as string) : undefined);
  const article: ArticleInput = {
    id,
    ...(html ? { html: body } : { text: body }),
    ...(pick("title") ? { title: pick("title") } : {}),
    ...(overrides.outlet ?? pick("outlet") ? { outlet: overrides.outlet ?? pick("outlet") } : {}),
    ...(pick("url") ? { url: pick("url") } : {}),
    ...(overrides.publishedAt ?? pick("publishedAt") ? { publishedAt: overrides.publishedAt ?? pick("publishedAt") } : {}),
    ...(overrides.language ?? pick("language") ? { language: overrides.language ?? pick("language") } : {}),
    ...(overrides.issuer ?? pick("issuer") ? { issuer: overrides.issuer ?? pick("issuer") } : {}),
  };
  return { id, path, article };
}
